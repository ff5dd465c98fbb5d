//! Running a program: parse, compile, execute the module, report errors the way
//! CPython's `python3 script.py` does (tracebacks, SyntaxError, SystemExit codes), and
//! tear down the main module at exit so finalizers of globals run.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyErr, Vm};
use crate::source::SourceFile;
use crate::value::{ObjRef, Value};

/// The `__main__` module namespace (created once).
pub fn main_globals(vm: &mut Vm) -> ObjRef {
    let key = vm.intern("__main__");
    if let Ok(Some(Value::Obj(m))) = vm.dict_get_item(Value::Obj(vm.modules), key) {
        if let Obj::Module(md) = vm.heap.get(m) {
            let d = md.dict;
            vm.heap.decref_obj(m);
            return d;
        }
    }
    let (m, d) = crate::runtime::builtins::new_module(vm, "__main__");
    for name in ["__doc__", "__package__", "__loader__", "__spec__"] {
        crate::runtime::builtins::set_in(vm, d, name, Value::None);
    }
    let ann = vm.new_dict();
    crate::runtime::builtins::set_in(vm, d, "__annotations__", ann);
    // `__main__` sees the builtins *module* (imported modules get its namespace dict);
    // name lookups use the namespace either way.
    let b = match vm.import_module("builtins") {
        Ok(b) => b,
        Err(e) => {
            vm.decref(e.0);
            let b = Value::Obj(vm.builtins);
            vm.incref(b);
            b
        }
    };
    crate::runtime::builtins::set_in(vm, d, "__builtins__", b);
    let _ = vm.dict_set_item(Value::Obj(vm.modules), key, m);
    vm.decref(m);
    d
}

/// Hands an uncaught exception to `sys.excepthook` when the program replaced it
/// (CPython's `_PyErr_PrintEx`); false when the default report should be printed.
/// A hook that fails is reported, followed by the original exception, as CPython does.
fn call_user_excepthook(vm: &mut Vm, exc: Value) -> bool {
    let Some(sys) = vm.loaded_module("sys") else {
        return false;
    };
    let pair = (
        vm.get_attr(sys, "excepthook"),
        vm.get_attr(sys, "__excepthook__"),
    );
    vm.decref(sys);
    let (hook, orig) = match pair {
        (Ok(h), Ok(o)) => (h, o),
        (h, o) => {
            for r in [h, o] {
                match r {
                    Ok(v) => vm.decref(v),
                    Err(e) => vm.decref(e.0),
                }
            }
            return false;
        }
    };
    let same = matches!((hook, orig), (Value::Obj(a), Value::Obj(b)) if a == b);
    vm.decref(orig);
    if same {
        vm.decref(hook);
        return false;
    }
    let ty = Value::Obj(vm.type_of(exc));
    let tb = vm.exc_state(exc).map_or(Value::None, |s| s.traceback);
    let r = vm.call_value(hook, &[ty, exc, tb], &[]);
    vm.decref(hook);
    match r {
        Ok(v) => {
            vm.decref(v);
            vm.flush_out();
        }
        Err(e2) => {
            vm.flush_out();
            let hook_text = vm.format_exception(e2.0);
            vm.decref(e2.0);
            let text = vm.format_exception(exc);
            crate::eprint_safe!(
                "Error in sys.excepthook:\n{}\nOriginal exception was:\n{}",
                hook_text,
                text
            );
        }
    }
    true
}

/// Prints an uncaught exception and returns the process exit code.
pub fn report_exception(vm: &mut Vm, e: PyErr) -> i32 {
    vm.flush_out_before_report();
    if vm.exc_matches(e.0, "SystemExit") {
        let code = vm.system_exit_code(&e);
        vm.decref(e.0);
        return code;
    }
    if !call_user_excepthook(vm, e.0) {
        let text = vm.format_exception(e.0);
        crate::eprint_safe!("{}", text);
    }
    // An uncaught KeyboardInterrupt ends python3 with SIGINT's status (128 + 2).
    let code = if vm.exc_matches(e.0, "KeyboardInterrupt") {
        130
    } else {
        1
    };
    vm.decref(e.0);
    code
}

/// Runs a whole program; returns the exit code.
/// CPython imports `warnings` during start-up when `sys.warnoptions` is not empty
/// (-W options, PYTHONWARNINGS), so their filters apply, and a bad one is reported,
/// before the program runs.
fn import_warnings_for_options(vm: &mut Vm) {
    if vm.warnoptions.is_empty() {
        return;
    }
    match vm.import_module("warnings") {
        Ok(m) => vm.decref(m),
        Err(e) => {
            let _ = report_exception(vm, e);
        }
    }
}

pub fn run_program(vm: &mut Vm, filename: &str, text: &str) -> i32 {
    run_script(vm, filename, text, true)
}

/// Runs a program in `__main__`; with `teardown`, finalizes the main module after it
/// (without, its globals stay for `mempy -i`).
pub fn run_script(vm: &mut Vm, filename: &str, text: &str, teardown: bool) -> i32 {
    import_warnings_for_options(vm);
    let src = SourceFile::new(filename, text);
    vm.sources.insert(filename.to_string(), src.clone());
    let code = match crate::compiler::compile_source(&src, false) {
        Ok(c) => c,
        Err(e) => {
            vm.flush_out();
            crate::eprint_safe!("{}", e.render_cpython(&src));
            return 1;
        }
    };
    let globals = main_globals(vm);
    if filename != "<string>" {
        let f = vm.new_str(filename);
        crate::runtime::builtins::set_in(vm, globals, "__file__", f);
        // A script run from source has no cached bytecode.
        crate::runtime::builtins::set_in(vm, globals, "__cached__", Value::None);
    }
    vm.start_program_gc_state();
    let r = vm.eval_main(code, globals, globals);
    let code = match r {
        Ok(v) => {
            vm.decref(v);
            0
        }
        Err(e) => report_exception(vm, e),
    };
    vm.drain_zero_queue();
    // A quiet point: every reference is held by the heap or a root (debug builds).
    vm.debug_check_heap();
    if teardown {
        run_atexit(vm);
        finalize(vm, globals);
        vm.close_all_files();
    }
    vm.flush_out();
    code
}

/// Waits for the non-daemon threads to end (`threading._shutdown()`, if `threading`
/// was imported), as CPython's finalisation does before the atexit handlers.
fn shutdown_threads(vm: &mut Vm) {
    if !vm.green_threads_active() {
        return;
    }
    let key = vm.intern("threading");
    let m = match vm.dict_get_item(Value::Obj(vm.modules), key) {
        Ok(Some(m)) => m,
        _ => return,
    };
    let f = vm.get_attr(m, "_shutdown");
    vm.decref(m);
    let Ok(f) = f else { return };
    match vm.call_value(f, &[], &[]) {
        Ok(v) => vm.decref(v),
        Err(e) => {
            vm.flush_out();
            let report = vm.format_exception(e.0);
            crate::eprint_safe!("Exception ignored on threading shutdown:\n{}", report);
            vm.decref(e.0);
        }
    }
    vm.decref(f);
    vm.drain_zero_queue();
}

/// Calls the `atexit` handlers (last registered first), if the module was imported,
/// reporting a failing handler like CPython's `atexit_callfuncs`.
pub fn run_atexit(vm: &mut Vm) {
    shutdown_threads(vm);
    let key = vm.intern("atexit");
    let m = match vm.dict_get_item(Value::Obj(vm.modules), key) {
        Ok(Some(m)) => m,
        _ => return,
    };
    let handlers = vm.get_attr(m, "_exithandlers");
    vm.decref(m);
    let Ok(handlers) = handlers else { return };
    loop {
        let entry = match vm.heap.get_mut(handlers.as_obj().unwrap()) {
            Obj::List(l) => l.items.pop(),
            _ => None,
        };
        let Some(entry) = entry else { break };
        let parts = vm.seq_items(entry).unwrap_or_default();
        if parts.len() == 3 {
            let (func, args, kwargs) = (parts[0], parts[1], parts[2]);
            let pos = vm.seq_items(args).unwrap_or_default();
            let kw: Vec<(ObjRef, Value)> = match kwargs {
                Value::Obj(d) => match vm.heap.get(d) {
                    Obj::Dict(dict) => dict
                        .iter()
                        .filter_map(|e| e.key.as_obj().map(|k| (k, e.value)))
                        .collect(),
                    _ => vec![],
                },
                _ => vec![],
            };
            match vm.call_value(func, &pos, &kw) {
                Ok(v) => vm.decref(v),
                Err(e) => {
                    vm.flush_out();
                    if vm.exc_matches(e.0, "SystemExit") {
                        vm.decref(e.0);
                    } else {
                        let what = vm.repr(func).unwrap_or_default();
                        let report = vm.format_exception(e.0);
                        crate::eprint_safe!(
                            "Exception ignored in atexit callback: {}\n{}",
                            what,
                            report
                        );
                        vm.decref(e.0);
                    }
                }
            }
        }
        vm.decref(entry);
        vm.drain_zero_queue();
    }
    vm.decref(handlers);
}

/// Interpreter shutdown, in CPython 3.11's order (`Py_FinalizeEx`):
///
/// 1. a full collection when the collector is enabled (`PyGC_Collect`), so garbage
///    cycles are finalized while every module is still there;
/// 2. `finalize_modules`: `__main__` leaves `sys.modules`. A main module that defines a
///    function or class is then cyclic garbage with its namespace (function ->
///    `__globals__` -> function), so one collection finalizes everything only it held,
///    in the collector's order (`__del__` of all of them before any is cleared); a
///    namespace that was not in a cycle has been freed by that removal, its values in
///    insertion order;
/// 3. a main module still alive after that (something else holds it) has its
///    globals cleared in insertion order, then a last collection.
pub fn finalize(vm: &mut Vm, globals: ObjRef) {
    vm.finalizing = true;
    if vm.gc_enabled() {
        vm.collect(2);
        vm.drain_zero_queue();
    }
    let key = vm.intern("__main__");
    let module = match vm.dict_get_item(Value::Obj(vm.modules), key) {
        Ok(Some(m)) => m,
        _ => Value::None,
    };
    let is_main = matches!(module, Value::Obj(m)
        if matches!(vm.heap.get(m), Obj::Module(md) if md.dict == globals));
    if !is_main {
        // `sys.modules['__main__']` was replaced or removed: the namespace is not ours
        // to reach any more.
        vm.decref(module);
        vm.collect(2);
        vm.drain_zero_queue();
        return;
    }
    // Whether the module survives its removal, as `finalize_modules`' weak list tells.
    let watch = vm.new_weakref(module, Value::None).ok();
    // Held by the VM meanwhile: a root the debug build's heap check sees, not a
    // reference only Rust knows of.
    vm.exit_watch = watch;
    vm.decref(module);
    let _ = vm.dict_del_item(Value::Obj(vm.modules), key);
    vm.drain_zero_queue();
    vm.collect(2);
    vm.drain_zero_queue();
    vm.exit_watch = None;
    let alive = match watch {
        Some(Value::Obj(w)) => match vm.heap.get(w) {
            Obj::WeakRef(wr) => !matches!(wr.target, Value::None),
            _ => false,
        },
        // No weak reference could be made: assume the old order.
        _ => true,
    };
    if let Some(w) = watch {
        vm.decref(w);
    }
    if !alive {
        return;
    }
    let keys: Vec<Value> = match vm.heap.get(globals) {
        Obj::Dict(d) => d.iter().map(|e| e.key).collect(),
        _ => vec![],
    };
    for k in keys {
        vm.incref(k);
        let name = vm.as_str(k).unwrap_or("").to_string();
        if name != "__builtins__" {
            let _ = vm.dict_set_item(Value::Obj(globals), k, Value::None);
            vm.drain_zero_queue();
        }
        vm.decref(k);
    }
    vm.collect(2);
    vm.drain_zero_queue();
}

/// Where `-m NAME` found the module to run as `__main__` (CPython's
/// `runpy._get_module_details`): its file name (a path, or `<frozen NAME>` for a
/// library module written in Python), its source and its package (`__package__`).
pub struct MainModule {
    pub file: String,
    pub text: String,
    pub package: String,
    /// What `sys.argv[0]` becomes: the file, or for a library module (whose code is
    /// `<frozen NAME>`) the path its source has in a library directory
    /// (`calendar.py`, `json/tool.py`), whose base name programs show as theirs.
    pub argv0: String,
}

/// Finds module `name` for `-m`: parent packages are imported first (their
/// `__init__` runs, as in CPython), then the module is looked for on the parent's
/// `__path__` (or `sys.path`); a package runs its `__main__` submodule. `Err` is the
/// message CPython prints after the program name.
pub fn find_main_module(vm: &mut Vm, name: &str) -> Result<MainModule, String> {
    let (parent, child) = match name.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, name),
    };
    let dirs = match parent {
        Some(p) => {
            let m = match vm.import_absolute(p) {
                Ok(m) => m,
                Err(e) => {
                    let ty = vm.type_name(e.0).to_string();
                    let msg = vm.exc_str(e.0);
                    vm.decref(e.0);
                    return Err(format!(
                        "Error while finding module specification for '{name}' ({ty}: {msg})"
                    ));
                }
            };
            let dirs = match vm.get_attr(m, "__path__") {
                Ok(v) => {
                    let items = vm.seq_items(v).unwrap_or_default();
                    let out = items
                        .iter()
                        .filter_map(|&i| vm.as_str(i).map(str::to_string))
                        .collect();
                    vm.decref(v);
                    Some(out)
                }
                Err(e) => {
                    vm.decref(e.0);
                    None
                }
            };
            vm.decref(m);
            dirs
        }
        None => {
            let sys = vm.import_module("sys").ok();
            let path = sys.and_then(|s| {
                let p = vm.get_attr(s, "path").ok();
                vm.decref(s);
                p
            });
            let out = path.map(|p| {
                let items = vm.seq_items(p).unwrap_or_default();
                let out: Vec<String> = items
                    .iter()
                    .filter_map(|&i| vm.as_str(i).map(str::to_string))
                    .collect();
                vm.decref(p);
                out
            });
            Some(out.unwrap_or_default())
        }
    };
    let package = parent.unwrap_or("").to_string();
    for dir in dirs.iter().flatten() {
        let base = if dir.is_empty() {
            std::env::current_dir()
                .map(|d| d.display().to_string())
                .unwrap_or_default()
        } else {
            dir.clone()
        };
        let pkg = format!("{base}/{child}");
        if std::path::Path::new(&format!("{pkg}/__init__.py")).is_file() {
            return find_package_main(vm, name);
        }
        let file = format!("{base}/{child}.py");
        if std::path::Path::new(&file).is_file() {
            return match std::fs::read(&file) {
                Ok(b) => match crate::text::source_decode::decode_source(&b) {
                    Ok(text) => Ok(MainModule {
                        argv0: file.clone(),
                        file,
                        text,
                        package,
                    }),
                    Err(e) => Err(format!("SyntaxError: {}", e.file_message(&file))),
                },
                Err(e) => Err(format!("can't open file '{file}': {e}")),
            };
        }
    }
    // Not a file on the path: one of the library's own packages (which runs its
    // `__main__`) or modules written in Python.
    if crate::runtime::modules::pysrc::is_library_package(name) {
        return find_package_main(vm, name);
    }
    if let Some(text) = crate::runtime::modules::pysrc::runnable_source(name) {
        return Ok(MainModule {
            argv0: format!("{}.py", name.replace('.', "/")),
            file: format!("<frozen {name}>"),
            text: text.to_string(),
            package,
        });
    }
    Err(format!("No module named {name}"))
}

/// `-m PACKAGE`: the package's `__main__` submodule.
fn find_package_main(vm: &mut Vm, name: &str) -> Result<MainModule, String> {
    let sub = format!("{name}.__main__");
    match find_main_module(vm, &sub) {
        Ok(m) => Ok(m),
        Err(e) if e == format!("No module named {sub}") => Err(format!(
            "{e}; '{name}' is a package and cannot be directly executed"
        )),
        Err(e) => Err(e),
    }
}

/// Runs `-m NAME`: finds the module, makes its file `sys.argv[0]`, and runs it as
/// `__main__` with its package as `__package__`.
pub fn run_module(vm: &mut Vm, prog: &str, name: &str) -> i32 {
    import_warnings_for_options(vm);
    let found = match find_main_module(vm, name) {
        Ok(m) => m,
        Err(msg) => {
            vm.flush_out();
            crate::eprintln_safe!("{prog}: {msg}");
            return 1;
        }
    };
    if let Some(first) = vm.argv.first_mut() {
        first.clone_from(&found.argv0);
    }
    if let Some(sys) = vm.loaded_module("sys") {
        if let Ok(argv) = vm.get_attr(sys, "argv") {
            let f = vm.new_str(&found.argv0);
            let zero = vm.int(0);
            if let Err(e) = vm.set_item(argv, zero, f) {
                vm.decref(e.0);
            }
            vm.decref(zero);
            vm.decref(f);
            vm.decref(argv);
        }
        vm.decref(sys);
    }
    let globals = main_globals(vm);
    let p = vm.new_str(&found.package);
    crate::runtime::builtins::set_in(vm, globals, "__package__", p);
    run_program(vm, &found.file, &found.text)
}
