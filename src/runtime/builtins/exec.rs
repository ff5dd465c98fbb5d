//! `compile`, `exec` and `eval`: running source text chosen at run time (CPython's
//! `builtin_compile_impl`, `builtin_exec_impl`, `builtin_eval_impl` in
//! Python/bltinmodule.c).
//!
//! Source is parsed and compiled like a module (`exec`) or a single expression
//! (`eval`); the code runs in a fresh entry frame whose globals and locals are the
//! given namespaces. A syntax error becomes a catchable `SyntaxError` whose `str()` is
//! CPython's `msg (filename, line N)`.

use super::{check_args, kwarg};
use crate::bytecode::CodeObject;
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::source::SourceFile;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Exec,
    Eval,
    /// `compile(..., 'single')`: a module whose expression statements echo their
    /// value, as at the interactive prompt.
    Single,
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    super::add_fns(
        vm,
        b,
        &[
            ("compile", compile),
            ("exec", exec),
            ("eval", eval),
            ("__import__", import),
        ],
    );
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)` (CPython's
/// `builtin___import___impl`), over the import system in `vm/import.rs`.
fn import(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    super::check_args(vm, "__import__", args, 0, 5)?;
    let mut slots: [Option<Value>; 5] = [None; 5];
    for (i, &a) in args.iter().enumerate() {
        slots[i] = Some(a);
    }
    for &(k, v) in kw {
        let key = vm.heap.str(k).to_string();
        match NAMES.iter().position(|n| *n == key) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for __import__() given by name ('{}') and position ({})",
                    key,
                    i + 1
                )))
            }
            Some(i) => slots[i] = Some(v),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for __import__()",
                    key
                )))
            }
        }
    }
    let Some(name) = slots[0] else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let Some(name) = vm.as_str(name).map(str::to_string) else {
        return Err(vm.type_error("module name must be a string"));
    };
    let level = match slots[4] {
        Some(l) => super::int_arg(vm, l)?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let globals = match slots[1] {
        Some(Value::Obj(g)) if matches!(vm.heap.get(g), Obj::Dict(_)) => Some(g),
        Some(Value::None) | None => None,
        Some(_) if level > 0 => return Err(vm.type_error("globals must be a dict")),
        Some(_) => None,
    };
    let mut fromlist = Vec::new();
    if let Some(f) = slots[3] {
        if vm.truthy(f)? {
            match vm.seq_items(f) {
                Some(items) => {
                    for x in items {
                        match vm.as_str(x) {
                            Some(s) => fromlist.push(s.to_string()),
                            None => {
                                let tn = vm.type_name(x);
                                return Err(vm.type_error(format!(
                                    "Item in from list must be str, not {}",
                                    tn
                                )));
                            }
                        }
                    }
                }
                // A non-sequence fromlist still asks for the module itself.
                None => fromlist.push("*".to_string()),
            }
        }
    }
    vm.import_level(&name, globals, &fromlist, level as usize)
}

/// Parses and compiles `text`; syntax errors become Python `SyntaxError`s.
/// `from_str`: SyntaxError columns count characters (a str source, or bytes with a BOM
/// or a coding declaration), not UTF-8 bytes.
fn compile_text(
    vm: &mut Vm,
    text: &str,
    filename: &str,
    mode: Mode,
    from_str: bool,
) -> PyResult<Rc<CodeObject>> {
    let src = SourceFile::new(filename, text);
    // The compiler's nesting limit scales with the recursion depth and limit now.
    crate::compiler::nesting::set_budget(vm.recursion_depth(), vm.recursion_limit);
    let (result, warnings) = crate::compiler::collecting_warnings(|| {
        let parsed = match mode {
            Mode::Exec | Mode::Single => crate::parser::parse(text, crate::parser::Mode::Module),
            Mode::Eval => crate::parser::parse(
                text.trim_start_matches([' ', '\t']),
                crate::parser::Mode::Expression,
            ),
        };
        if parsed.is_err() {
            crate::compiler::issue_parse_warnings(&src);
        }
        parsed.and_then(|m| {
            let code = match mode {
                Mode::Exec => crate::compiler::compile_module(&m, &src, false),
                Mode::Single => crate::compiler::compile_module(&m, &src, true),
                Mode::Eval => crate::compiler::compile_expression(&m, &src),
            };
            crate::parser::drop_module(m);
            code
        })
    });
    for w in &warnings {
        issue_syntax_warning(vm, w, &src, from_str)?;
    }
    match result {
        Ok(code) => {
            vm.sources.insert(filename.to_string(), src);
            Ok(code)
        }
        // A SyntaxError with its members (msg, lineno, offset, text, ...), as
        // CPython's compile() raises it.
        Err(e) => Err(vm.syntax_error_in(&e, &src, from_str)),
    }
}

/// Issues a compile-time warning (SyntaxWarning, DeprecationWarning) through `warnings.warn_explicit` (CPython's
/// `compiler_warn`): recorded or shown as the filters say; one the filters turn
/// into an error is raised as a SyntaxError at the warning's place instead.
fn issue_syntax_warning(
    vm: &mut Vm,
    w: &crate::compiler::CompileWarning,
    src: &SourceFile,
    from_str: bool,
) -> PyResult<()> {
    let line = src.line_of(w.span.start.min(src.text.len() as u32));
    let warnings = vm.import_module("warnings")?;
    let warn = vm.get_attr(warnings, "warn_explicit");
    vm.decref(warnings);
    let warn = warn?;
    let msg = vm.new_str(w.msg.clone());
    let file = vm.new_str(src.name.to_string());
    let lineno = vm.int(line as i64);
    let cat = Value::Obj(vm.exc_type(w.category));
    let r = vm.call_value(warn, &[msg, cat, file, lineno], &[]);
    for v in [warn, msg, file, lineno] {
        vm.decref(v);
    }
    match r {
        Ok(v) => {
            vm.decref(v);
            Ok(())
        }
        Err(e) if vm.exc_matches(e.0, w.category) => {
            vm.decref(e.0);
            let mut se = crate::diagnostics::SyntaxError::syntax(w.msg.clone(), w.span);
            se.origin = w.origin;
            Err(vm.syntax_error_in(&se, src, from_str))
        }
        Err(e) => Err(e),
    }
}

/// Source text given as str, or as bytes-like UTF-8 text (CPython decodes it before
/// parsing); None for anything else.
fn source_text(vm: &mut Vm, v: Value) -> PyResult<Option<String>> {
    Ok(match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Bytes(_) | Obj::ByteArray(_) | Obj::MemoryView(_) => {
                let b = vm.buffer_bytes(v)?.unwrap_or_default();
                Some(source_bytes_text(vm, &b)?)
            }
            // A str holding lone surrogates has no UTF-8 form: CPython encodes the
            // source (`PyUnicode_AsUTF8AndSize`) before parsing and raises its
            // UnicodeEncodeError.
            _ if vm.str_is_flagged(v) => {
                let text = vm.as_str(v).unwrap_or("");
                let utf8 = crate::text::codecs::Codec::Utf8;
                let strict = crate::text::codecs::Errors::Strict;
                if let Err(e) = crate::text::codecs::encode(text, true, utf8, strict) {
                    vm.incref(v);
                    return Err(vm.codec_error(false, e, v));
                }
                vm.as_str(v).map(str::to_string)
            }
            _ => vm.as_str(v).map(str::to_string),
        },
        _ => None,
    })
}

/// Whether SyntaxError columns of source `v` count characters: for str, and for
/// bytes with a BOM or a coding declaration (else they count UTF-8 bytes, as
/// CPython's string tokenizer reports them).
fn columns_in_chars(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if vm.as_str(v).is_some() {
        return Ok(true);
    }
    let b = vm.buffer_bytes(v)?.unwrap_or_default();
    Ok(crate::text::source_decode::declares_encoding(&b))
}

/// Source bytes as text (PEP 263: a BOM or a coding declaration, UTF-8 otherwise);
/// a SyntaxError as CPython's string tokenizer raises it when they do not decode.
fn source_bytes_text(vm: &mut Vm, b: &[u8]) -> PyResult<String> {
    match crate::text::source_decode::decode_source_bytes(b) {
        Ok(t) => Ok(t),
        Err(e) => Err(vm.plain_syntax_error(e.string_message())),
    }
}

/// The code to run: a code object as is, or str source compiled now.
/// `closure` is exec's keyword (None counts as absent): the cells a code object
/// with free variables runs with, checked here as CPython's `builtin_exec_impl` does.
fn code_arg(
    vm: &mut Vm,
    v: Value,
    mode: Mode,
    fname: &str,
    closure: Option<Value>,
) -> PyResult<Rc<CodeObject>> {
    if let Value::Obj(r) = v {
        if let Obj::Code(c) = vm.heap.get(r) {
            let c = c.clone();
            let nfree = c.freevars.len();
            if fname == "eval" && nfree > 0 {
                return Err(
                    vm.type_error("code object passed to eval() may not contain free variables")
                );
            }
            if nfree == 0 && closure.is_some() {
                return Err(vm.type_error("cannot use a closure with this code object"));
            }
            // Exactly a tuple of as many cells as the code has free variables; and
            // the code must be a function body (mempy runs it as a function, which
            // a class body's namespace code cannot be).
            let cells_ok = |vm: &Vm, t: Value| {
                match t {
                Value::Obj(tr) => match vm.heap.get(tr) {
                    Obj::Tuple(items) => {
                        items.len() == nfree
                            && items.iter().all(|&x| {
                                matches!(x, Value::Obj(xr) if matches!(vm.heap.get(xr), Obj::Cell(_)))
                            })
                    }
                    _ => false,
                },
                _ => false,
            }
            };
            if nfree > 0 && (c.flags.uses_namespace || !closure.is_some_and(|t| cells_ok(vm, t))) {
                return Err(vm.type_error(format!(
                    "code object requires a closure of exactly length {}",
                    nfree
                )));
            }
            return Ok(c);
        }
    }
    if closure.is_some() {
        return Err(vm.type_error("closure can only be used when source is a code object"));
    }
    let from_str = columns_in_chars(vm, v)?;
    match source_text(vm, v)? {
        Some(s) => compile_text(vm, &s, "<string>", mode, from_str),
        None => Err(vm.type_error(format!(
            "{}() arg 1 must be a string, bytes or code object",
            fname
        ))),
    }
}

/// `ast.PyCF_ONLY_AST`: compile() returns the parse tree instead of code.
const PYCF_ONLY_AST: i64 = 0x400;
/// The `__future__` features' compiler flags (CPython's `PyCF_MASK`: division
/// 0x20000 up to annotations 0x1000000).
const PYCF_FUTURE_MASK: i64 = 0x1fe_0000;
/// `CO_NESTED`, accepted and ignored (CPython's `PyCF_MASK_OBSOLETE`).
const CO_NESTED: i64 = 0x10;
/// `PyCF_COMPILE_MASK`: DONT_IMPLY_DEDENT, ONLY_AST, TYPE_COMMENTS,
/// ALLOW_TOP_LEVEL_AWAIT and ALLOW_INCOMPLETE_INPUT.
const PYCF_COMPILE_MASK: i64 = 0x200 | PYCF_ONLY_AST | 0x1000 | 0x2000 | 0x4000;

/// Calls `ast._compile_hook(source, filename, mode, flags)`, which parses `source`
/// to a tree (PyCF_ONLY_AST) or turns a tree given as `source` back into source
/// text to compile; it raises compile()'s TypeError for anything else.
fn ast_hook(vm: &mut Vm, source: Value, filename: &str, mode: &str, flags: i64) -> PyResult<Value> {
    let m = vm.import_module("ast")?;
    let hook = vm.get_attr(m, "_compile_hook");
    vm.decref(m);
    let hook = hook?;
    let args = [
        source,
        vm.new_str(filename),
        vm.new_str(mode),
        vm.int(flags),
    ];
    let out = vm.call_value(hook, &args, &[]);
    vm.decref(hook);
    for &a in &args[1..] {
        vm.decref(a);
    }
    out
}

/// `compile(source, filename, mode, flags=0)`.
fn compile(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let get = |vm: &Vm, i: usize, name: &str| args.get(i).copied().or_else(|| kwarg(vm, kw, name));
    let (Some(source), Some(filename), Some(mode)) = (
        get(vm, 0, "source"),
        get(vm, 1, "filename"),
        get(vm, 2, "mode"),
    ) else {
        return Err(vm.type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let filename = match vm.as_str(filename) {
        Some(f) => f.to_string(),
        None => {
            let tn = vm.type_name(filename);
            return Err(vm.type_error(format!(
                "compile() argument 'filename' must be str, not {}",
                tn
            )));
        }
    };
    let flags = match get(vm, 3, "flags") {
        Some(f) => super::int_arg(vm, f)?,
        None => 0,
    };
    // CPython checks the flags before the mode: only the `__future__` features, the
    // obsolete CO_NESTED and the compile-time PyCF_* options are known.
    if flags & !(PYCF_FUTURE_MASK | CO_NESTED | PYCF_COMPILE_MASK) != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    // -1: the interpreter's level (`-O`); 0, 1, 2: that level for this compilation.
    let mut optimize = crate::compiler::default_optimize();
    if let Some(o) = get(vm, 5, "optimize") {
        let o = super::int_arg(vm, o)?;
        if !(-1..=2).contains(&o) {
            return Err(vm.value_error("compile(): invalid optimize value"));
        }
        if o >= 0 {
            optimize = o as u8;
        }
    }
    let mode = match vm.as_str(mode) {
        Some("exec") => Mode::Exec,
        Some("single") => Mode::Single,
        Some("eval") => Mode::Eval,
        _ => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    let from_str = columns_in_chars(vm, source)?;
    let text = source_text(vm, source)?;
    let text = match text {
        Some(t) if flags & PYCF_ONLY_AST == 0 => t,
        // A tree asked for, or given: the `ast` module's side of compile().
        _ => {
            let mode_name = match mode {
                Mode::Exec => "exec",
                Mode::Eval => "eval",
                Mode::Single => "single",
            };
            let out = ast_hook(vm, source, &filename, mode_name, flags)?;
            if flags & PYCF_ONLY_AST != 0 {
                return Ok(out);
            }
            let text = vm.as_str(out).map(str::to_string);
            vm.decref(out);
            match text {
                Some(t) => t,
                None => return Err(vm.type_error("compile() expected source text from the AST")),
            }
        }
    };
    let code = crate::compiler::with_optimize(optimize, || {
        compile_text(vm, &text, &filename, mode, from_str)
    })?;
    Ok(vm.heap.new_value(Obj::Code(code)))
}

/// The globals and locals namespaces for `exec`/`eval` (owned references).
///
/// `globals` must be a dict, a subclass allowed (`PyDict_Check`); the frame's
/// globals are then the subclass instance's dict storage, which CPython also reads
/// and writes directly (LOAD_NAME's globals step, STORE_GLOBAL), while the instance
/// itself stays the default `locals`, whose LOAD_NAME/STORE_NAME go through its
/// methods. `locals` may be any mapping (`PyMapping_Check`: its type has
/// `__getitem__`).
fn namespaces(vm: &mut Vm, args: &[Value], kw: KwArgs, fname: &str) -> PyResult<(ObjRef, ObjRef)> {
    let g = args.get(1).copied().filter(|v| !matches!(v, Value::None));
    let g = g.or_else(|| kwarg(vm, kw, "globals").filter(|v| !matches!(v, Value::None)));
    let l = args.get(2).copied().filter(|v| !matches!(v, Value::None));
    let l = l.or_else(|| kwarg(vm, kw, "locals").filter(|v| !matches!(v, Value::None)));
    // CPython checks eval's locals first, exec's globals first.
    if fname == "eval" {
        if let Some(l) = l {
            if !vm.is_mapping(l) {
                return Err(vm.type_error("locals must be a mapping"));
            }
        }
    }
    // The dict storage of `g` (borrowed): itself, or a dict subclass's payload.
    let storage = g.and_then(|v| {
        let v = vm.unwrap_payload(v);
        match v {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)) => Some(r),
            _ => None,
        }
    });
    if let (Some(v), None) = (g, storage) {
        let tn = vm.type_name(v);
        let msg = if fname == "exec" {
            format!("exec() globals must be a dict, not {}", tn)
        } else if vm.is_mapping(v) {
            "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
        } else {
            "globals must be a dict".to_string()
        };
        return Err(vm.type_error(msg));
    }
    if fname == "exec" {
        if let Some(l) = l.or(g) {
            if !vm.is_mapping(l) {
                let tn = vm.type_name(l);
                return Err(vm.type_error(format!("locals must be a mapping or None, not {}", tn)));
            }
        }
    }
    let globals = match storage {
        Some(r) => r,
        None => {
            let Some(f) = vm.frames.last() else {
                return Err(vm.type_error(format!("{}() needs a frame", fname)));
            };
            f.globals
        }
    };
    vm.heap.incref_obj(globals);
    // CPython inserts `__builtins__` into a globals dict that lacks it.
    let key = vm.intern("__builtins__");
    let has = match vm.dict_get_item(Value::Obj(globals), key) {
        Ok(v) => v.map(|v| vm.decref(v)).is_some(),
        Err(e) => {
            vm.heap.decref_obj(globals);
            return Err(e);
        }
    };
    if !has {
        let b = Value::Obj(vm.builtins);
        if let Err(e) = vm.dict_set_item(Value::Obj(globals), key, b) {
            vm.heap.decref_obj(globals);
            return Err(e);
        }
    }
    let locals = match l.or(g) {
        Some(v) => {
            vm.incref(v);
            v.as_obj().expect("a mapping is an object")
        }
        None => {
            // Default: the caller's locals (its namespace, or a snapshot of a
            // function's fast locals, as `locals()` gives).
            match super::namespace::locals_value(vm) {
                Ok(v) => v.as_obj().expect("locals() is an object"),
                Err(e) => {
                    vm.heap.decref_obj(globals);
                    return Err(e);
                }
            }
        }
    };
    Ok((globals, locals))
}

fn run(vm: &mut Vm, args: &[Value], kw: KwArgs, mode: Mode) -> PyResult<Value> {
    let fname = if mode == Mode::Exec { "exec" } else { "eval" };
    let Some(&src) = args.first() else {
        return Err(vm.type_error(format!(
            "{}() missing required argument 'source' (pos 1)",
            fname
        )));
    };
    check_args(vm, fname, args, 1, 3)?;
    let closure = match mode {
        Mode::Exec => kwarg(vm, kw, "closure").filter(|v| !matches!(v, Value::None)),
        _ => None,
    };
    // The namespaces are checked before the source is (CPython's order).
    let (globals, locals) = namespaces(vm, args, kw, fname)?;
    let r = code_arg(vm, src, mode, fname, closure).and_then(|code| match closure {
        None => vm.eval_code(code, globals, locals),
        // Code with free variables is a function's body: it runs as a function made
        // of it, the globals and the cells, called without arguments
        // (`PyEval_EvalCodeEx` with a closure; such code ignores `locals`).
        Some(cells) => {
            drop(code);
            // `src` is that code object (a closure is refused with source text).
            vm.incref(src);
            vm.incref(cells);
            let f = vm.make_function(src, Value::None, Value::None, cells, globals);
            let r = vm.call_value(f, &[], &[]);
            vm.decref(f);
            r
        }
    });
    vm.heap.decref_obj(globals);
    vm.heap.decref_obj(locals);
    let v = r?;
    if mode == Mode::Exec {
        vm.decref(v);
        return Ok(Value::None);
    }
    Ok(v)
}

fn exec(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    run(vm, args, kw, Mode::Exec)
}

fn eval(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    run(vm, args, kw, Mode::Eval)
}
