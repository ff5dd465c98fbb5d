//! The `sys` module: argv, exit, version, maxsize, getsizeof, getrefcount,
//! get/setrecursionlimit, getallocatedblocks, the standard streams (`types/file`),
//! `implementation` (CPython 3.11's SimpleNamespace: name 'cpython' — mempy is an
//! implementation of CPython's observable behaviour, so code that branches on the
//! implementation must take CPython's path; `sys.version` and the `mempy` module say
//! which interpreter this is).

use crate::runtime::builtins::{add_fns, check_args, new_module, set_in};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "sys");
    add_fns(
        vm,
        d,
        &[
            ("exit", exit),
            ("getsizeof", getsizeof),
            ("getrefcount", getrefcount),
            ("getrecursionlimit", getrecursionlimit),
            ("is_finalizing", is_finalizing),
            ("getswitchinterval", getswitchinterval),
            ("setswitchinterval", setswitchinterval),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
            ("setrecursionlimit", setrecursionlimit),
            ("getallocatedblocks", getallocatedblocks),
            ("intern", intern),
            ("exc_info", exc_info),
            ("exception", exception),
            ("_getframe", getframe),
            ("_current_frames", current_frames),
            ("_current_exceptions", current_exceptions),
            ("call_tracing", call_tracing),
            ("_clear_type_cache", clear_type_cache),
            ("settrace", settrace),
            ("gettrace", gettrace),
            ("setprofile", setprofile),
            ("getprofile", getprofile),
            ("getdefaultencoding", getdefaultencoding),
            ("getfilesystemencoding", getfilesystemencoding),
            ("getfilesystemencodeerrors", getfilesystemencodeerrors),
        ],
    );
    // The original hook stays reachable as `sys.__excepthook__` when a program
    // replaces `sys.excepthook`.
    let hook = crate::runtime::builtins::native(vm, "excepthook", excepthook);
    vm.incref(hook);
    set_in(vm, d, "excepthook", hook);
    set_in(vm, d, "__excepthook__", hook);
    let hook = crate::runtime::builtins::native(vm, "displayhook", displayhook);
    vm.incref(hook);
    set_in(vm, d, "displayhook", hook);
    set_in(vm, d, "__displayhook__", hook);
    let hook = crate::runtime::builtins::native(vm, "breakpointhook", breakpointhook);
    vm.incref(hook);
    set_in(vm, d, "breakpointhook", hook);
    set_in(vm, d, "__breakpointhook__", hook);
    let hook = crate::runtime::builtins::native(
        vm,
        "unraisablehook",
        crate::runtime::vm::unraisable::default_hook,
    );
    vm.incref(hook);
    set_in(vm, d, "unraisablehook", hook);
    set_in(vm, d, "__unraisablehook__", hook);
    let argv: Vec<Value> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    set_in(vm, d, "argv", argv);
    let argv0 = vm.argv.first().cloned();
    let path =
        crate::runtime::vm::import::initial_sys_path(argv0.as_deref(), vm.ignore_environment);
    let path: Vec<Value> = path.into_iter().map(|p| vm.new_str(p)).collect();
    let path = vm.new_list(path);
    set_in(vm, d, "path", path);
    let v = vm.new_str("3.11.7 (mempy) [Rust]");
    set_in(vm, d, "version", v);
    let nv = vm.int(i64::MAX);
    set_in(vm, d, "maxsize", nv);
    let nv = vm.int(0x030B07F0);
    set_in(vm, d, "hexversion", nv);
    let nv = vm.int(1013);
    set_in(vm, d, "api_version", nv);
    let p = vm.new_str("linux");
    set_in(vm, d, "platform", p);
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let exe = vm.new_str(exe);
    set_in(vm, d, "executable", exe);
    // sys.implementation's `_multiarch` (PEP 421's implementation-specific field, as
    // CPython's Linux builds set it); the namespace is built below and the name deleted.
    let ma = vm.new_str(format!("{}-linux-gnu", std::env::consts::ARCH));
    set_in(vm, d, "_multiarch", ma);
    let bo = vm.new_str("little");
    set_in(vm, d, "byteorder", bo);
    let modules = Value::Obj(vm.modules);
    vm.incref(modules);
    set_in(vm, d, "modules", modules);
    // The standard streams, each also kept as `sys.__stdin__` & co.
    for (fd, name, orig) in [
        (0u8, "stdin", "__stdin__"),
        (1, "stdout", "__stdout__"),
        (2, "stderr", "__stderr__"),
    ] {
        match crate::runtime::types::file::methods::make_std_stream(vm, fd) {
            Ok(f) => {
                vm.incref(f);
                set_in(vm, d, name, f);
                set_in(vm, d, orig, f);
            }
            Err(e) => {
                vm.decref(m);
                return Err(e);
            }
        }
    }
    // The struct sequences (version_info, float_info, int_info, hash_info) are built
    // by Python code using collections' namedtuple machinery.
    // `sys.flags.optimize`: the command line's -O count (removed once used).
    let level = vm.int(i64::from(crate::compiler::default_optimize()));
    set_in(vm, d, "_optimize", level);
    let was = std::mem::replace(&mut vm.import.library_only, true);
    let r = super::pysrc::exec_in(vm, "sys", SYS_STRUCTSEQS, d);
    vm.import.library_only = was;
    if let Err(e) = r {
        vm.decref(m);
        return Err(e);
    }
    set_command_line_options(vm, d);
    Ok(m)
}

/// `sys.is_finalizing()`: whether interpreter shutdown has begun.
fn is_finalizing(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "sys.is_finalizing() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(Value::Bool(vm.finalizing))
}

/// `sys._xoptions` and `sys.warnoptions` from the command line's `-X` and `-W`
/// options: `-X name` maps name to True, `-X name=value` to the string value.
fn set_command_line_options(vm: &mut Vm, d: crate::value::ObjRef) {
    let xd = vm.new_dict();
    for opt in vm.xoptions.clone() {
        let (name, value) = match opt.split_once('=') {
            Some((n, v)) => (n.to_string(), vm.new_str(v)),
            None => (opt, Value::Bool(true)),
        };
        let k = vm.new_str(name);
        let _ = vm.dict_set_item(xd, k, value);
        vm.decref(k);
        vm.decref(value);
    }
    set_in(vm, d, "_xoptions", xd);
    let warn: Vec<Value> = vm
        .warnoptions
        .clone()
        .into_iter()
        .map(|w| vm.new_str(w))
        .collect();
    let warn = vm.new_list(warn);
    set_in(vm, d, "warnoptions", warn);
    // Without a command line (mempy as a library): the program's argv.
    let orig = if vm.orig_argv.is_empty() {
        vm.argv.clone()
    } else {
        vm.orig_argv.clone()
    };
    let orig: Vec<Value> = orig.into_iter().map(|a| vm.new_str(a)).collect();
    let orig = vm.new_list(orig);
    set_in(vm, d, "orig_argv", orig);
}

const SYS_STRUCTSEQS: &str = "\
from collections import _structseq
version_info = _structseq('sys.version_info',
    ['major', 'minor', 'micro', 'releaselevel', 'serial'], [3, 11, 7, 'final', 0])
float_info = _structseq('sys.float_info',
    ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
     'mant_dig', 'epsilon', 'radix', 'rounds'],
    [1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15,
     53, 2.220446049250313e-16, 2, 1])
int_info = _structseq('sys.int_info',
    ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
     'str_digits_check_threshold'], [30, 4, 4300, 640])
hash_info = _structseq('sys.hash_info',
    ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits',
     'cutoff'], [64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0])
from types import SimpleNamespace as _ns
implementation = _ns(name='cpython', cache_tag='cpython-311', version=version_info,
                     hexversion=0x030B07F0, _multiarch=_multiarch)
del _multiarch
del _ns
flags = _structseq('sys.flags',
    ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
     'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning',
     'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
     'warn_default_encoding', 'safe_path', 'int_max_str_digits'],
    [0, 0, 0, _optimize, 1, 0, 0, 0, 0, 0, 0, 0, 0, False, 0, 0, False, -1])
del _optimize
# The thread implementation, as CPython's Linux builds describe theirs (mempy's
# threads are its own; programs read this to pick a code path).
thread_info = _structseq('sys.thread_info', ['name', 'lock', 'version'],
    ['pthread', 'semaphore', None])
del _structseq
abiflags = ''
copyright = ('mempy: an implementation of the observable behaviour of CPython 3.11, '
             'including its memory model.')
maxunicode = 1114111
float_repr_style = 'short'
warnoptions = []
_xoptions = {}
dont_write_bytecode = True
platlibdir = 'lib'
prefix = exec_prefix = base_prefix = base_exec_prefix = '/usr/local'
builtin_module_names = ('_array', '_heapq', '_os', '_sre', '_traceback', 'builtins',
    'cmath', 'gc', 'importlib', 'itertools', 'marshal', 'math', 'mempy', 'random', 'sys', 'time',
    'tracemalloc',
    'weakref')
";

/// `sys.getdefaultencoding()`: mempy's text is UTF-8.
fn getdefaultencoding(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getdefaultencoding", args, 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

/// `sys.getfilesystemencoding()`: file names are UTF-8 too.
fn getfilesystemencoding(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getfilesystemencoding", args, 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

/// `sys.getfilesystemencodeerrors()`: undecodable file-name bytes are escaped.
fn getfilesystemencodeerrors(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getfilesystemencodeerrors", args, 0, 0)?;
    Ok(vm.new_str("surrogateescape"))
}

/// `sys.<name>` (borrowed): None when the `sys` module is not made yet,
/// `Some(None)` when the program deleted the attribute (CPython's
/// `_PySys_GetAttr` returning NULL).
pub fn sys_attr(vm: &mut Vm, name: &str) -> Option<Option<Value>> {
    let dict = sys_dict(vm)?;
    let key = vm.intern(name);
    Some(vm.dict_get_str(dict, key))
}

/// The namespace of the `sys` module in `sys.modules`, None before it is made (or
/// when the program removed it). The key is found among the interned strings without
/// interning: a lookup must not allocate (tracemalloc and `--trace` would see it).
pub fn sys_dict(vm: &mut Vm) -> Option<ObjRef> {
    let key = Value::Obj(*vm.heap.interned.get("sys")?);
    let Value::Obj(sys) = vm.dict_get_str(vm.modules, key)? else {
        return None;
    };
    match vm.heap.get(sys) {
        Obj::Module(m) => Some(m.dict),
        _ => None,
    }
}

/// `sys.call_tracing(func, args)`: `func(*args)` (CPython runs it with tracing
/// re-enabled inside a trace function; mempy's trace functions are not
/// suspended while they run, so the plain call is the same).
fn call_tracing(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "call_tracing expected 2 arguments, got {}",
            args.len()
        )));
    }
    let items: Vec<Value> = match args[1] {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)) => match vm.heap.get(r) {
            Obj::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        },
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!(
                "call_tracing() argument 2 must be tuple, not {}",
                tn
            )));
        }
    };
    vm.call_value(args[0], &items, &[])
}

/// `sys._clear_type_cache()`: mempy keeps no method cache a program could see
/// stale, so there is nothing to clear.
fn clear_type_cache(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "sys._clear_type_cache() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(Value::None)
}

/// `sys.displayhook(value)` (and `sys.__displayhook__`): see `Vm::display_default`.
fn displayhook(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "sys.displayhook() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    vm.display_default(args[0])?;
    Ok(Value::None)
}

/// The exception being handled (innermost `except` or `finally` running), if any.
fn handled_exception(vm: &Vm) -> Option<Value> {
    vm.handled
        .last()
        .copied()
        .filter(|e| !matches!(e, Value::None))
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "exception", args, 0, 0)?;
    let e = handled_exception(vm).unwrap_or(Value::None);
    vm.incref(e);
    Ok(e)
}

/// `sys.breakpointhook(*args, **kws)` (and `sys.__breakpointhook__`), what
/// `breakpoint()` calls by default (CPython's `sys_breakpointhook`, PEP 553):
/// `$PYTHONBREAKPOINT` names the callable as `module.attr` (a bare name is a builtin),
/// unset or empty means `pdb.set_trace`, `0` turns breakpoints off. The environment
/// is read at each call (unless `-E`), so a program can change it while it runs; a
/// name that does not import is a RuntimeWarning and the call does nothing.
fn breakpointhook(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let envar = if vm.ignore_environment {
        None
    } else {
        std::env::var("PYTHONBREAKPOINT").ok()
    };
    let envar = match envar {
        Some(e) if !e.is_empty() => e,
        _ => "pdb.set_trace".to_string(),
    };
    if envar == "0" {
        return Ok(Value::None);
    }
    let (module, attr) = match envar.rfind('.') {
        None => ("builtins", envar.as_str()),
        Some(0) => return breakpoint_unimportable(vm, &envar),
        Some(i) => (&envar[..i], &envar[i + 1..]),
    };
    let m = match vm.import_absolute(module) {
        Ok(m) => m,
        Err(e) if vm.exc_matches(e.0, "ImportError") => {
            vm.decref(e.0);
            return breakpoint_unimportable(vm, &envar);
        }
        Err(e) => return Err(e),
    };
    let hook = vm.get_attr(m, attr);
    vm.decref(m);
    let hook = match hook {
        Ok(h) => h,
        Err(e) if vm.exc_matches(e.0, "AttributeError") => {
            vm.decref(e.0);
            return breakpoint_unimportable(vm, &envar);
        }
        Err(e) => return Err(e),
    };
    let r = vm.call_value(hook, args, kw);
    vm.decref(hook);
    r
}

/// The warning `sys.breakpointhook` gives instead of calling a hook it cannot find.
fn breakpoint_unimportable(vm: &mut Vm, envar: &str) -> PyResult<Value> {
    vm.warn(
        "RuntimeWarning",
        format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{envar}\""),
    )?;
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`, the default report of an uncaught
/// exception (CPython's `sys_excepthook_impl`): the traceback and chain, as the
/// top level prints them, written to `sys.stderr` (nothing when it is None).
fn excepthook(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "excepthook expected 3 arguments, got {}",
            args.len()
        )));
    }
    display_exception(vm, args[1])?;
    Ok(Value::None)
}

/// CPython's `PyErr_Display`: the top level's report of `value` (traceback, chain,
/// last line) written to `sys.stderr`; a value that is not an exception gets
/// `print_exception`'s TypeError line instead.
pub fn display_exception(vm: &mut Vm, value: Value) -> PyResult<()> {
    let text = if vm.exc_state(value).is_some() {
        vm.format_exception(value)
    } else {
        let tn = vm.type_name(value);
        format!("TypeError: print_exception(): Exception expected for value, {tn} found\n")
    };
    write_to_sys_stderr(vm, &text)
}

/// Writes `text` with `sys.stderr.write` (the process's stderr when `sys` has no
/// `stderr`; nothing when it is None).
pub fn write_to_sys_stderr(vm: &mut Vm, text: &str) -> PyResult<()> {
    let sys = vm.import_module("sys")?;
    let err = vm.get_attr(sys, "stderr");
    vm.decref(sys);
    let err = match err {
        Ok(e) => e,
        Err(e) => {
            vm.decref(e.0);
            vm.flush_out();
            write_stderr(text);
            return Ok(());
        }
    };
    if matches!(err, Value::None) {
        return Ok(());
    }
    let write = vm.get_attr(err, "write");
    vm.decref(err);
    let write = write?;
    let s = vm.new_str(text);
    let r = vm.call_value(write, &[s], &[]);
    vm.decref(s);
    vm.decref(write);
    vm.decref(r?);
    Ok(())
}

/// `sys.exc_info()`: (type, value, traceback) of the exception being handled, or
/// three Nones; the traceback is the exception's `__traceback__`.
fn exc_info(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "exc_info", args, 0, 0)?;
    Ok(exc_info_tuple(vm))
}

/// The running thread's `(type, value, traceback)` of the exception being
/// handled, `(None, None, None)` when there is none (new reference).
fn exc_info_tuple(vm: &mut Vm) -> Value {
    let items = match handled_exception(vm) {
        Some(e) => {
            let t = Value::Obj(vm.type_of(e));
            let tb = vm.exc_state(e).map_or(Value::None, |s| s.traceback);
            vm.incref(t);
            vm.incref(e);
            vm.incref(tb);
            vec![t, e, tb]
        }
        None => vec![Value::None; 3],
    };
    vm.new_tuple(items)
}

/// `sys._getframe(depth=0)`: the frame object of the calling Python frame, or of the
/// one `depth` calls further out.
fn getframe(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "_getframe", args, 0, 1)?;
    let depth = match args.first() {
        Some(&d) => match vm.as_i64(d) {
            Some(n) => n,
            None => {
                let tn = vm.type_name(d);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        },
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        if depth < 0 && n > 0 {
            let r = vm.frame_object(n as usize - 1);
            vm.heap.incref_obj(r);
            return Ok(Value::Obj(r));
        }
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let r = vm.frame_object((n - 1 - depth) as usize);
    vm.heap.incref_obj(r);
    Ok(Value::Obj(r))
}

/// `sys._current_frames()`: each thread's topmost frame, by thread identifier.
fn current_frames(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "_current_frames", args, 0, 0)?;
    let d = vm.new_dict();
    for (ident, r) in vm.green_current_frames() {
        let k = vm.new_int(ident.into());
        let res = vm.dict_set_item(d, k, Value::Obj(r));
        vm.decref(k);
        vm.heap.decref_obj(r);
        if let Err(e) = res {
            vm.decref(d);
            return Err(e);
        }
    }
    Ok(d)
}

/// `sys._current_exceptions()`: each thread's `exc_info()` triple, by thread
/// identifier (3.11's form: a tuple, `(None, None, None)` when nothing is handled).
fn current_exceptions(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "_current_exceptions", args, 0, 0)?;
    let infos = vm.green_each_thread(exc_info_tuple);
    let d = vm.new_dict();
    let mut res = Ok(());
    for (ident, t) in infos {
        if res.is_ok() {
            let k = vm.new_int(ident.into());
            res = vm.dict_set_item(d, k, t);
            vm.decref(k);
        }
        vm.decref(t);
    }
    match res {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}

/// `sys.settrace(f)`: the global trace function, told of every frame's start (see
/// `vm/tracing.rs`); None removes it.
fn settrace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "settrace", args, 1, 1)?;
    vm.set_trace_func(args[0]);
    Ok(Value::None)
}

/// `sys.gettrace()`: the trace function, or None.
fn gettrace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "gettrace", args, 0, 0)?;
    let f = vm.tracer.func;
    vm.incref(f);
    Ok(f)
}

/// `sys.setprofile(f)`: the profile function, told of calls and returns of Python
/// functions and builtins; None removes it.
fn setprofile(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "setprofile", args, 1, 1)?;
    vm.set_profile_func(args[0]);
    Ok(Value::None)
}

/// `sys.getprofile()`: the profile function, or None.
fn getprofile(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getprofile", args, 0, 0)?;
    let f = vm.tracer.profile;
    vm.incref(f);
    Ok(f)
}

fn exit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "exit", args, 0, 1)?;
    let cls = vm.exc_type("SystemExit");
    // `PyErr_SetObject(PyExc_SystemExit, status)`: a tuple status is the
    // exception's arguments (`sys.exit((42,))` exits with 42).
    let a: Vec<Value> = match args.first() {
        Some(&Value::Obj(r)) => match vm.heap.get(r) {
            Obj::Tuple(t) => t.to_vec(),
            _ => args.to_vec(),
        },
        _ => args.to_vec(),
    };
    for &x in &a {
        vm.incref(x);
    }
    Err(PyErr(vm.new_exception(cls, a)))
}

fn getsizeof(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (v, default) = getsizeof_args(vm, args, kw)?;
    match sizeof_of(vm, v) {
        Ok(n) => Ok(n),
        // `sys_getsizeof`: a default stands in for a TypeError only.
        Err(e) if default.is_some() && vm.exc_matches(e.0, "TypeError") => {
            vm.decref(e.0);
            let d = default.unwrap_or(Value::None);
            vm.incref(d);
            Ok(d)
        }
        Err(e) => Err(e),
    }
}

/// `getsizeof(object, default=<unset>)`'s arguments (borrowed).
fn getsizeof_args(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<(Value, Option<Value>)> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "getsizeof() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    let mut slots = [args.first().copied(), args.get(1).copied()];
    for &(k, val) in kw {
        let name = vm.heap.str(k).to_string();
        let i = match name.as_str() {
            "object" => 0,
            "default" => 1,
            _ => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for getsizeof()",
                    name
                )))
            }
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for getsizeof() given by name ('{}') and position ({})",
                name,
                i + 1
            )));
        }
        slots[i] = Some(val);
    }
    let Some(v) = slots[0] else {
        return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    Ok((v, slots[1]))
}

/// CPython's `_PySys_GetSizeOf`: a class statement's `__sizeof__` when it defines
/// one (its result must be an int that fits `Py_ssize_t` and is not negative), plus
/// the type's pre-header (GC header and, with a managed dict, its two pointers);
/// every other object is measured by its type's formula.
fn sizeof_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Value::Obj(r) = v {
        if let Obj::Instance(_) = vm.heap.get(r) {
            if let Some(m) = vm.lookup_type_attr(v, "__sizeof__") {
                // A builtin's `__sizeof__` (not the wrapper `lookup_type_attr` puts
                // around a descriptor, which runs Python code).
                let is_default = matches!(m, Value::Obj(mr) if matches!(vm.heap.get(mr),
                    Obj::Builtin(b) if b.name != crate::runtime::vm::attr::lookup::RECEIVERLESS));
                if !is_default {
                    let res = vm.call_value(m, &[v], &[]);
                    vm.decref(m);
                    let x = res?;
                    let n = vm.as_bigint(x);
                    vm.decref(x);
                    let Some(n) = n else {
                        return Err(vm.type_error("an integer is required"));
                    };
                    let Ok(n) = i64::try_from(&n) else {
                        return Err(vm.err(
                            "OverflowError",
                            "Python int too large to convert to C ssize_t",
                        ));
                    };
                    if n < 0 {
                        return Err(vm.value_error("__sizeof__() should return >= 0"));
                    }
                    let pre = match vm.heap.get(vm.type_of(v)) {
                        Obj::Class(c) => {
                            let l = c.layout;
                            (if l.gc { 16 } else { 0 }) + if l.managed_dict { 16 } else { 0 }
                        }
                        _ => 16,
                    };
                    // A size_t: `sys.maxsize` plus the pre-header still counts.
                    return Ok(vm.new_int(num_bigint::BigInt::from(n) + pre));
                }
                vm.decref(m);
            }
        }
    }
    let n = crate::runtime::heap::sizeof::sizeof(&vm.heap, v) as i64;
    Ok(vm.int(n))
}

/// `sys.getrefcount(x)`: the object's count plus the argument reference CPython's call
/// holds. The immediates (None, bools, NotImplemented, Ellipsis) have no count in
/// mempy: their references are counted by walking the heap (`Vm::census_immediate`).
///
/// CPython 3.11 allocates some singletons statically with an initial count of
/// 999,999,999 (`_PyObject_IMMORTAL_INIT`) and counts references on top: the small ints
/// -5..=256, the empty tuple, the empty and one-character Latin-1 strings, the empty and
/// one-byte bytes. Their counts here start from the same base, less the reference
/// mempy's own cache table holds, so `getrefcount(1)` is CPython's order of magnitude
/// and differences between two readings are exact.
fn getrefcount(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getrefcount", args, 1, 1)?;
    const STATIC_BASE: i64 = 999_999_999;
    let v = args[0];
    let Some(rc) = vm.heap.refcount_of(v) else {
        // An immediate singleton: count the references to it (see census_immediate).
        let n = vm.census_immediate(v);
        return Ok(vm.int(n as i64));
    };
    let mut n = i64::from(rc);
    // The argument itself is on the caller's stack (counted in rc). The intern
    // table's reference to an interned str is not counted, as in CPython 3.11 (whose
    // interned dict holds its strings without a count); here it keeps them alive.
    if let Value::Obj(r) = v {
        if vm.heap.is_interned(r) {
            n -= 1;
        }
    }
    if let Some(held) = vm.static_singleton_refs(v) {
        n += STATIC_BASE - i64::from(held);
    }
    Ok(vm.int(n))
}

fn get_int_max_str_digits(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "get_int_max_str_digits", args, 0, 0)?;
    let n = vm.int_max_str_digits as i64;
    Ok(vm.int(n))
}

/// `sys.set_int_max_str_digits(maxdigits)` (CPython 3.11's CVE-2020-10735 limit).
fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(v) = args
        .first()
        .copied()
        .or_else(|| crate::runtime::builtins::kwarg(vm, kw, "maxdigits"))
    else {
        return Err(
            vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    let n = crate::runtime::builtins::int_arg(vm, v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

fn getswitchinterval(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getswitchinterval", args, 0, 0)?;
    Ok(vm.float(crate::runtime::vm::threads::switch_interval()))
}

/// How often the running thread lets the others run (`vm/threads.rs`).
fn setswitchinterval(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "setswitchinterval", args, 1, 1)?;
    let s = vm.to_f64(args[0])?;
    if s <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    crate::runtime::vm::threads::set_switch_interval(s);
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "sys.getrecursionlimit() takes no arguments ({} given)",
            args.len()
        )));
    }
    let n = vm.recursion_limit as i64;
    Ok(vm.int(n))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // Argument Clinic METH_O messages.
    if !kw.is_empty() {
        return Err(vm.type_error("sys.setrecursionlimit() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "sys.setrecursionlimit() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let n = match args[0] {
        Value::Int(i) => vm.heap.int_of(i),
        Value::Bool(b) => b as i64,
        v => match vm.as_bigint(v) {
            // Too large for a C int either way; the sign decides nothing here.
            Some(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )));
            }
        },
    };
    if n > i32::MAX as i64 || n < i32::MIN as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // CPython counts this METH_O call itself as one level (cfunction guard).
    let depth = vm.recursion_depth() as i64 + 1;
    if n <= depth {
        return Err(vm.err(
            "RecursionError",
            format!(
                "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                n, depth
            ),
        ));
    }
    vm.recursion_limit = n as usize;
    vm.refresh_tracing();
    Ok(Value::None)
}

fn getallocatedblocks(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = vm.heap.live_count() as i64;
    Ok(vm.int(n))
}

fn intern(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "sys.intern() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    match args[0] {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Str(_)) => {
            let i = vm.heap.intern_obj(r);
            vm.heap.incref_obj(i);
            Ok(Value::Obj(i))
        }
        v if vm.as_str(v).is_some() => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("can't intern {tn}")))
        }
        v => {
            let tn = crate::runtime::types::str::codec::arg_type_name(vm, v);
            Err(vm.type_error(format!("intern() argument must be str, not {tn}")))
        }
    }
}

/// Writes to stderr without panicking when it is closed (`eprint!` would panic).
pub fn write_stderr(s: &str) {
    use std::io::Write;
    let _ = std::io::stderr().write_all(s.as_bytes());
}
