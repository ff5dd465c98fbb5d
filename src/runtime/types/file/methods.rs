//! `open()` and the methods of file objects (CPython's `_io.open` in
//! Modules/_io/_iomodule.c and the methods of `_io.TextIOWrapper`,
//! `_io.BufferedReader`/`BufferedWriter`/`BufferedRandom`): the four `_io` classes
//! are made on first use, with native methods and properties; a file object's state
//! is a [`FileState`] in the VM's file table. `__del__` closes a file whose last
//! reference goes (CPython's `iobase_finalize`); the runner closes the rest at exit.
//! Also `sys.stdin`, a text file over the process's standard input.
//!
//! Left out: `buffering` other than 0 (binary 0 makes a FileIO, whose writes are not
//! buffered; other values are accepted and ignored), `opener`, file descriptors as `file`,
//! `detach`, `buffer`/`raw`, `readinto`, `peek`, `read1`, encodings other than
//! UTF-8, ASCII and Latin-1.

use std::io::SeekFrom;

use super::{CodecError, Encoding, Errors, FileError, FileState, Mode};
use crate::runtime::builtins::{add_fns, add_methods, kwarg, native, set_in};
use crate::runtime::object::{InstanceObj, Obj, PropertyObj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};

const CLASS_NAMES: [&str; 5] = [
    "TextIOWrapper",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRandom",
    // The raw layer: python3 -u (PYTHONUNBUFFERED) puts it under stdout and stderr.
    "FileIO",
];

/// `__repr__` is Python code: the instance repr machinery calls only Python-level
/// `__repr__` overrides.
const REPR_SRC: &str = "def __repr__(self):\n    return _file_repr(self)\n";

/// Registers `open`.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    add_fns(vm, b, &[("open", open)]);
}

/// The `_io` classes, made on first use.
pub fn classes(vm: &mut Vm) -> PyResult<[ObjRef; 5]> {
    if let Some(c) = vm.files.classes {
        return Ok(c);
    }
    // Their bases are io's stream classes, so `isinstance(f, io.TextIOBase)` holds
    // (CPython registers its C classes with those ABCs). Importing io may itself make
    // the classes (io takes them from `_io`): then they exist when it returns.
    let bases = io_bases(vm);
    if let Some(c) = vm.files.classes {
        for b in bases.into_iter().flatten() {
            vm.heap.decref_obj(b);
        }
        return Ok(c);
    }
    // The helper module only carries the namespace the `__repr__` function is defined
    // in (its globals, which the function keeps alive): it goes when the classes exist.
    let (m, helper) = crate::runtime::builtins::new_module(vm, "_io");
    let r = make_classes(vm, helper, bases);
    vm.decref(m);
    for b in bases.into_iter().flatten() {
        vm.heap.decref_obj(b);
    }
    r
}

/// io's `TextIOBase`, `BufferedIOBase` and `RawIOBase` (owned), or None where io cannot
/// be imported (`sys.modules['io'] = None`) or lacks the class.
fn io_bases(vm: &mut Vm) -> [Option<ObjRef>; 3] {
    let mut out = [None; 3];
    let io = match vm.import_module("io") {
        Ok(m) => m,
        Err(e) => {
            vm.decref(e.0);
            return out;
        }
    };
    for (i, name) in ["TextIOBase", "BufferedIOBase", "RawIOBase"]
        .into_iter()
        .enumerate()
    {
        match vm.get_attr(io, name) {
            Ok(Value::Obj(c)) if matches!(vm.heap.get(c), Obj::Class(_)) => out[i] = Some(c),
            Ok(v) => vm.decref(v),
            Err(e) => vm.decref(e.0),
        }
    }
    vm.decref(io);
    out
}

/// Makes the `_io` classes, their `__repr__` defined in the module dict `helper`.
fn make_classes(vm: &mut Vm, helper: ObjRef, bases: [Option<ObjRef>; 3]) -> PyResult<[ObjRef; 5]> {
    let f = native(vm, "_file_repr", file_repr);
    set_in(vm, helper, "_file_repr", f);
    crate::runtime::modules::pysrc::exec_in(vm, "_io", REPR_SRC, helper)?;
    let k = vm.intern("__repr__");
    let repr_fn = vm.dict_get_str(helper, k).unwrap_or(Value::None);
    let mut out = Vec::new();
    for name in CLASS_NAMES {
        let ns = vm.new_dict();
        let m = vm.new_str("_io");
        let km = vm.intern("__module__");
        vm.dict_set_item(ns, km, m)?;
        vm.decref(m);
        vm.dict_set_item(ns, k, repr_fn)?;
        let base = match name {
            "TextIOWrapper" => bases[0],
            "FileIO" => bases[2],
            _ => bases[1],
        };
        let base = base.unwrap_or(vm.types.object);
        let cls = crate::runtime::types::class::new::make_class(vm, name, &[base], ns);
        vm.decref(ns);
        let cls = cls?;
        let Value::Obj(c) = cls else {
            return Err(vm.type_error("cannot make file class"));
        };
        add_methods(
            vm,
            c,
            &[
                ("read", read),
                ("readline", readline),
                ("readlines", readlines),
                ("write", write),
                ("writelines", writelines),
                ("close", close),
                ("flush", flush),
                ("seek", seek),
                ("tell", tell),
                ("truncate", truncate),
                ("readable", readable),
                ("writable", writable),
                ("seekable", seekable),
                ("fileno", fileno),
                ("isatty", isatty),
                ("__enter__", enter),
                ("__exit__", exit),
                ("__iter__", iter),
                ("__next__", next),
                ("__del__", del),
            ],
        );
        let mut props: Vec<(&'static str, crate::runtime::object::NativeFn)> =
            vec![("closed", prop_closed), ("name", prop_name)];
        if name == "TextIOWrapper" {
            props.extend([
                (
                    "encoding",
                    prop_encoding as crate::runtime::object::NativeFn,
                ),
                ("errors", prop_errors),
                ("newlines", prop_newlines),
                ("line_buffering", prop_line_buffering),
                ("write_through", prop_write_through),
            ]);
        } else {
            props.push(("mode", prop_mode));
        }
        let d = match vm.heap.get(c) {
            Obj::Class(cl) => cl.dict,
            _ => return Err(vm.type_error("cannot make file class")),
        };
        for (pname, f) in props {
            let fget = native(vm, pname, f);
            let p = vm.heap.new_value(Obj::Property(Box::new(PropertyObj {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
                name: Value::None,
                getter_doc: false,
            })));
            set_in(vm, d, pname, p);
        }
        if let Obj::Class(cl) = vm.heap.get_mut(c) {
            cl.has_del = true;
        }
        vm.invalidate_method_cache();
        out.push(c);
    }
    let c = [out[0], out[1], out[2], out[3], out[4]];
    vm.files.classes = Some(c);
    Ok(c)
}

/// A new file object of class `cls` owning `state` (owned).
fn new_file(vm: &mut Vm, cls: ObjRef, state: FileState) -> Value {
    vm.heap.incref_obj(cls);
    let r = vm.heap.alloc(Obj::Instance(InstanceObj::new(cls)));
    if let Some(mut old) = vm.files.files.insert(r, state) {
        let _ = old.close();
    }
    Value::Obj(r)
}

/// The text of a str argument, or None for None; TypeError otherwise.
fn opt_str(vm: &mut Vm, v: Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.as_str(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!(
                    "open() argument '{what}' must be str or None, not {tn}"
                )))
            }
        },
    }
}

fn errors_of(vm: &mut Vm, name: Option<&str>) -> PyResult<Errors> {
    Ok(match name.unwrap_or("strict") {
        "strict" => Errors::Strict,
        "replace" => Errors::Replace,
        "ignore" => Errors::Ignore,
        other => {
            return Err(vm.err(
                "LookupError",
                format!("unknown error handler name '{other}'"),
            ))
        }
    })
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub fn open(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    if args.len() > NAMES.len() {
        return Err(vm.type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.len()
        )));
    }
    let arg = |vm: &Vm, i: usize| args.get(i).copied().or_else(|| kwarg(vm, kw, NAMES[i]));
    let Some(file) = arg(vm, 0) else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    // An int is an open descriptor to wrap (CPython's FileIO takes one as is).
    let fd = match file {
        Value::Int(_) => vm.as_i64(file),
        _ => None,
    };
    let path = match vm.as_str(file) {
        _ if fd.is_some() => fd.unwrap_or(0).to_string(),
        Some(s) => s.to_string(),
        None => match vm.bytes_data(file) {
            Some(b) => String::from_utf8_lossy(b).into_owned(),
            None => {
                // An os.PathLike (pathlib.Path): its __fspath__ names the file.
                let Some(f) = vm.lookup_type_attr(file, "__fspath__") else {
                    let tn = vm.type_name(file);
                    return Err(vm.type_error(format!(
                        "expected str, bytes or os.PathLike object, not {tn}"
                    )));
                };
                let r = vm.call_value(f, &[file], &[]);
                vm.decref(f);
                let r = r?;
                let s = vm.as_str(r).map(str::to_string).or_else(|| {
                    vm.bytes_data(r)
                        .map(|b| String::from_utf8_lossy(b).into_owned())
                });
                vm.decref(r);
                match s {
                    Some(s) => s,
                    None => {
                        let tn = vm.type_name(file);
                        return Err(vm.type_error(format!(
                            "expected {tn}.__fspath__() to return str or bytes"
                        )));
                    }
                }
            }
        },
    };
    let mode_text = opt_str(vm, arg(vm, 1), "mode")?.unwrap_or_else(|| "r".into());
    let mode = Mode::parse(&mode_text).map_err(|m| vm.value_error(m))?;
    let encoding = opt_str(vm, arg(vm, 3), "encoding")?;
    let errors = opt_str(vm, arg(vm, 4), "errors")?;
    let newline = opt_str(vm, arg(vm, 5), "newline")?;
    let buffering = arg(vm, 2).and_then(|v| vm.as_i64(v)).unwrap_or(-1);
    if mode.binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    } else if buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!("illegal newline value: {nl}")));
        }
    }
    // FileIO's path conversion (`PyUnicode_FSConverter`) refuses a NUL before any
    // system call, and before TextIOWrapper looks the encoding up.
    if path.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    // "locale" (PEP 597, 3.10) is the locale's encoding, as None is: UTF-8 here.
    let encoding = encoding.filter(|e| e != "locale");
    let enc = match &encoding {
        None => Encoding::Utf8,
        Some(e) => match Encoding::lookup(e) {
            Some(x) => x,
            None => return Err(vm.err("LookupError", format!("unknown encoding: {e}"))),
        },
    };
    let errs = errors_of(vm, errors.as_deref())?;
    let closefd = match arg(vm, 6) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if !closefd && fd.is_none() {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    let f = match fd {
        Some(fd) => file_of_fd(vm, fd)?,
        None => open_path(vm, &path, &mode, file)?,
    };
    let mut state = FileState {
        file: Some(f),
        name: path,
        from_fd: fd.is_some(),
        mode: mode.clone(),
        mode_text: mode_text.clone(),
        encoding: enc,
        encoding_name: encoding.unwrap_or_else(|| "UTF-8".into()),
        errors: errs,
        errors_name: errors.unwrap_or_else(|| "strict".into()),
        newline,
        rbuf: Vec::new(),
        rpos: 0,
        eof: false,
        tbuf: String::new(),
        tpos: 0,
        wbuf: Vec::new(),
        closefd,
        unbuffered: mode.binary && buffering == 0,
        stdin: false,
        std_out: 0,
        closed: false,
        sig_read: enc == Encoding::Utf8Sig,
        sig_write: false,
    };
    if mode.appending {
        if let Err(e) = state.seek(SeekFrom::End(0)) {
            return Err(vm.os_error(&e, Some(file)));
        }
    }
    if enc == Encoding::Utf8Sig && mode.writable() {
        // No mark in the middle of a file (one opened to append to, or by a
        // descriptor positioned past the start).
        state.sig_write = state.tell().map_or(true, |p| p == 0);
    }
    let cls = classes(vm)?;
    // Binary with buffering=0 is the raw file itself (CPython's FileIO).
    let class_name = if mode.binary && buffering == 0 {
        "FileIO"
    } else {
        mode.class_name()
    };
    let idx = CLASS_NAMES
        .iter()
        .position(|&n| n == class_name)
        .unwrap_or(0);
    let fv = new_file(vm, cls[idx], state);
    if !mode.binary {
        let m = vm.new_str(mode_text);
        let k = vm.intern("mode");
        let r = vm.set_attr(fv, k, Some(m));
        vm.decref(m);
        if let Err(e) = r {
            vm.decref(fv);
            return Err(e);
        }
    }
    Ok(fv)
}

/// The OS file `open()` makes for `path` in `mode` (`file` is the argument, for the
/// OSError's filename).
fn open_path(vm: &mut Vm, path: &str, mode: &Mode, file: Value) -> PyResult<std::fs::File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.read(mode.readable());
    if mode.writing {
        opts.write(true).create(true).truncate(true);
    } else if mode.appending {
        opts.append(true).create(true);
    } else if mode.creating {
        opts.write(true).create_new(true);
    } else if mode.updating {
        opts.write(true);
    }
    let f = match opts.open(path) {
        Ok(f) => f,
        Err(e) => return Err(vm.os_error(&e, Some(file))),
    };
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(vm.os_error(&e, Some(file)));
    }
    Ok(f)
}

/// `open(fd)`: the open descriptor `fd` as a file, after checking it is one (a
/// negative or closed descriptor is CPython's ValueError / EBADF OSError).
fn file_of_fd(vm: &mut Vm, fd: i64) -> PyResult<std::fs::File> {
    if fd < 0 {
        return Err(vm.value_error("negative file descriptor"));
    }
    let Ok(fd) = i32::try_from(fd) else {
        return Err(vm.err("OverflowError", "signed integer is greater than maximum"));
    };
    let meta = std::fs::metadata(format!("/proc/self/fd/{fd}"));
    match meta {
        Ok(m) if m.is_dir() => {
            let e = std::io::Error::from_raw_os_error(21);
            return Err(vm.os_error(&e, None));
        }
        Ok(_) => {}
        Err(_) => {
            let e = std::io::Error::from_raw_os_error(9);
            return Err(vm.os_error(&e, None));
        }
    }
    use std::os::unix::io::FromRawFd;
    // SAFETY: `fd` is an open descriptor (checked above) that the program hands
    // over; the File owns it from now, and gives it back unclosed on close when
    // `closefd` is false (`FileState::close`), as CPython's FileIO does.
    Ok(unsafe { std::fs::File::from_raw_fd(fd) })
}

/// The state of one of the standard streams: `fd` 0 (stdin), 1 or 2, text or
/// binary, with python3's error handler for it.
fn std_state(fd: u8, binary: bool) -> FileState {
    let name = ["<stdin>", "<stdout>", "<stderr>"][fd as usize];
    let mode_text = match (fd, binary) {
        (0, false) => "r",
        (0, true) => "rb",
        (_, false) => "w",
        (_, true) => "wb",
    };
    // python3 3.11: stderr escapes what it cannot encode; the others are strict,
    // except under the C/POSIX locale, where UTF-8 mode makes them surrogateescape.
    let errors_name = if fd == 2 {
        "backslashreplace"
    } else if c_locale() {
        "surrogateescape"
    } else {
        "strict"
    };
    FileState {
        file: None,
        name: name.into(),
        from_fd: false,
        mode: Mode::parse(mode_text).unwrap_or_else(|_| unreachable_mode()),
        mode_text: mode_text.into(),
        encoding: Encoding::Utf8,
        encoding_name: "utf-8".into(),
        errors: Errors::Strict,
        errors_name: errors_name.into(),
        newline: None,
        rbuf: Vec::new(),
        rpos: 0,
        eof: false,
        tbuf: String::new(),
        tpos: 0,
        wbuf: Vec::new(),
        closefd: false,
        unbuffered: false,
        stdin: fd == 0,
        std_out: fd,
        closed: false,
        sig_read: false,
        sig_write: false,
    }
}

/// Whether the locale is C or POSIX (nothing set counts) or one of the UTF-8 locales
/// python3 coerces C to (`C.UTF-8`, `C.utf8`, `UTF-8`): then its standard streams
/// use surrogateescape (CPython's `config_get_stdio_errors`).
pub(crate) fn c_locale() -> bool {
    for var in ["LC_ALL", "LC_CTYPE", "LANG"] {
        if let Some(v) = std::env::var_os(var).filter(|v| !v.is_empty()) {
            return ["C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8"]
                .iter()
                .any(|l| v == *l);
        }
    }
    true
}

/// `sys.stdin`: a text file reading the process's standard input, with its
/// `.buffer` (a `BufferedReader`).
pub fn make_stdin(vm: &mut Vm) -> PyResult<Value> {
    make_std_stream(vm, 0)
}

/// `sys.stdin` (fd 0), `sys.stdout` (1) or `sys.stderr` (2): a `TextIOWrapper`
/// whose `buffer` attribute is the binary stream beneath (`BufferedReader` /
/// `BufferedWriter`); output goes through the VM's stdout buffers or to stderr.
pub fn make_std_stream(vm: &mut Vm, fd: u8) -> PyResult<Value> {
    let cls = classes(vm)?;
    let fv = new_file(vm, cls[0], std_state(fd, false));
    let unbuffered = vm.out_mode == crate::runtime::vm::OutMode::Unbuffered;
    let bcls = match fd {
        0 => cls[1],
        _ if unbuffered => cls[4],
        _ => cls[2],
    };
    let bv = new_file(vm, bcls, std_state(fd, true));
    let mode = vm.new_str(if fd == 0 { "r" } else { "w" });
    let mut r = Ok(());
    for (name, v) in [("mode", mode), ("buffer", bv)] {
        let k = vm.intern(name);
        if r.is_ok() {
            r = vm.set_attr(fv, k, Some(v));
        }
        vm.decref(v);
    }
    match r {
        Ok(()) => Ok(fv),
        Err(e) => {
            vm.decref(fv);
            Err(e)
        }
    }
}

/// `write` on a standard output stream: text or bytes into the VM's stdout layers
/// (`vm/stdout.rs`), or to stderr, which python3 writes at once (stdout is flushed
/// first unless it is block buffered, which decides how the two interleave on one
/// pipe).
fn std_write(vm: &mut Vm, fd: u8, binary: bool, data: Value) -> PyResult<Value> {
    if binary {
        let Some(b) = vm.buffer_bytes(data)? else {
            let tn = vm.type_name(data);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        };
        if fd == 1 {
            vm.print_out_bytes(&b)?;
        } else {
            if vm.out_mode != crate::runtime::vm::OutMode::Block || vm.interactive {
                vm.flush_out();
            }
            use std::io::Write;
            let _ = std::io::stderr().write_all(&b);
        }
        return Ok(vm.int(b.len() as i64));
    }
    let Some(s) = vm.as_str(data).map(str::to_string) else {
        let tn = vm.type_name(data);
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    };
    if vm.str_is_flagged(data) {
        // Lone surrogates: the stream's error handler decides (`std_write_flagged`).
        vm.std_write_flagged(fd, &s)?;
        return Ok(vm.int(s.chars().count() as i64));
    }
    if fd == 1 {
        vm.print_out(&s)?;
    } else {
        if vm.out_mode != crate::runtime::vm::OutMode::Block || vm.interactive {
            vm.flush_out();
        }
        crate::runtime::modules::sys::write_stderr(&s);
    }
    Ok(vm.int(s.chars().count() as i64))
}

/// Whether `v` is the interpreter's own `sys.stdout` text stream (print's fast path).
pub fn is_std_stdout(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Obj(r) => vm
            .files
            .files
            .get(&r)
            .is_some_and(|st| st.std_out == 1 && !st.mode.binary && !st.closed),
        _ => false,
    }
}

fn unreachable_mode() -> Mode {
    Mode {
        reading: true,
        writing: false,
        appending: false,
        creating: false,
        updating: false,
        binary: false,
    }
}

// ----- method helpers ---------------------------------------------------------------

/// The ObjRef of a file method's receiver, if it is an open-or-closed file object.
fn me_ref(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(r)) if vm.files.files.contains_key(r) => Ok(*r),
        _ => Err(vm.value_error("I/O operation on uninitialized object")),
    }
}

fn state(vm: &mut Vm, r: ObjRef) -> &mut FileState {
    vm.files
        .files
        .get_mut(&r)
        .expect("file object without state (checked by me_ref)")
}

/// ValueError for an operation on a closed file, with CPython's message for the
/// operation (`op`) and kind of file.
fn check_open(vm: &mut Vm, r: ObjRef, op: &str) -> PyResult<()> {
    let st = state(vm, r);
    if !st.closed() {
        return Ok(());
    }
    let binary = st.mode.binary;
    let msg = if !binary {
        if op == "fileno" {
            "I/O operation on closed file".to_string()
        } else {
            "I/O operation on closed file.".to_string()
        }
    } else {
        match op {
            "read" | "readline" | "seek" => format!("{op} of closed file"),
            "write" => "write to closed file".to_string(),
            "tell" | "fileno" => "I/O operation on closed file".to_string(),
            _ => "I/O operation on closed file.".to_string(),
        }
    };
    Err(vm.value_error(msg))
}

/// `io.UnsupportedOperation(msg)`.
fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let io = match vm.import_module("io") {
        Ok(m) => m,
        Err(e) => return e,
    };
    let cls = vm.get_attr(io, "UnsupportedOperation");
    vm.decref(io);
    let cls = match cls {
        Ok(c) => c,
        Err(e) => return e,
    };
    let m = vm.new_str(msg);
    let r = vm.call_value(cls, &[m], &[]);
    vm.decref(m);
    vm.decref(cls);
    match r {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn check_readable(vm: &mut Vm, r: ObjRef, op: &str) -> PyResult<()> {
    check_open(vm, r, op)?;
    let st = state(vm, r);
    if st.mode.readable() {
        return Ok(());
    }
    let msg = if st.mode.binary {
        "read"
    } else {
        "not readable"
    };
    Err(unsupported(vm, msg))
}

fn check_writable(vm: &mut Vm, r: ObjRef) -> PyResult<()> {
    check_open(vm, r, "write")?;
    let st = state(vm, r);
    if st.mode.writable() {
        return Ok(());
    }
    let msg = if st.mode.binary {
        "write"
    } else {
        "not writable"
    };
    Err(unsupported(vm, msg))
}

fn io_err(vm: &mut Vm, e: std::io::Error) -> PyErr {
    // `interrupt::read_fd` gave up waiting because of Ctrl-C.
    if e.kind() == std::io::ErrorKind::Interrupted {
        return vm.interrupted();
    }
    vm.os_error(&e, None)
}

fn codec_err(vm: &mut Vm, r: ObjRef, e: CodecError) -> PyErr {
    let codec = state(vm, r).encoding.codec_name();
    if e.decoding {
        vm.err(
            "UnicodeDecodeError",
            format!(
                "'{codec}' codec can't decode byte 0x{:02x} in position {}: {}",
                e.value, e.start, e.reason
            ),
        )
    } else {
        // The character as UnicodeEncodeError's str shows it: \xNN, \uNNNN, \UNNNNNNNN.
        let ch = match e.value {
            v if v < 0x100 => format!("\\x{v:02x}"),
            v if v < 0x10000 => format!("\\u{v:04x}"),
            v => format!("\\U{v:08x}"),
        };
        vm.err(
            "UnicodeEncodeError",
            format!(
                "'{codec}' codec can't encode character '{ch}' in position {}: {}",
                e.start, e.reason
            ),
        )
    }
}

fn file_err(vm: &mut Vm, r: ObjRef, e: FileError) -> PyErr {
    match e {
        FileError::Io(e) => io_err(vm, e),
        FileError::Codec(e) => codec_err(vm, r, e),
    }
}

/// A size argument: None or negative = no limit.
fn size_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.as_i64(v) {
            Some(n) if n < 0 => Ok(None),
            Some(n) => Ok(Some(n as usize)),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("argument should be integer or None, not '{tn}'")))
            }
        },
    }
}

/// Reads one line (str or bytes) as a new value.
fn line_value(vm: &mut Vm, r: ObjRef, limit: Option<usize>) -> PyResult<Value> {
    let st = state(vm, r);
    if st.mode.binary {
        match st.read_line_bytes(limit) {
            Ok(b) => Ok(vm.new_bytes(b)),
            Err(e) => Err(io_err(vm, e)),
        }
    } else {
        match st.read_line_text(limit) {
            Ok(s) => Ok(vm.new_str(s)),
            Err(e) => Err(file_err(vm, r, e)),
        }
    }
}

fn is_empty(vm: &Vm, v: Value) -> bool {
    vm.as_str(v).is_some_and(str::is_empty) || vm.bytes_data(v).is_some_and(<[u8]>::is_empty)
}

// ----- methods ----------------------------------------------------------------------

fn read(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_readable(vm, r, "read")?;
    let n = size_arg(vm, args.get(1).copied().or_else(|| kwarg(vm, kw, "size")))?;
    let st = state(vm, r);
    if st.mode.binary {
        match st.read_bytes(n) {
            Ok(b) => Ok(vm.new_bytes(b)),
            Err(e) => Err(io_err(vm, e)),
        }
    } else {
        match st.read_text(n) {
            Ok(s) => Ok(vm.new_str(s)),
            Err(e) => Err(file_err(vm, r, e)),
        }
    }
}

fn readline(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_readable(vm, r, "readline")?;
    let n = size_arg(vm, args.get(1).copied().or_else(|| kwarg(vm, kw, "size")))?;
    line_value(vm, r, n)
}

fn readlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_readable(vm, r, "readlines")?;
    let hint =
        size_arg(vm, args.get(1).copied().or_else(|| kwarg(vm, kw, "hint")))?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let l = match line_value(vm, r, None) {
            Ok(l) => l,
            Err(e) => {
                for x in lines {
                    vm.decref(x);
                }
                return Err(e);
            }
        };
        if is_empty(vm, l) {
            vm.decref(l);
            break;
        }
        total += vm
            .as_str(l)
            .map(|s| s.chars().count())
            .or_else(|| vm.bytes_data(l).map(<[u8]>::len))
            .unwrap_or(0);
        lines.push(l);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    let Some(&data) = args.get(1) else {
        return Err(vm.type_error("write() takes exactly one argument (0 given)"));
    };
    let binary = state(vm, r).mode.binary;
    let std_fd = state(vm, r).std_out;
    if std_fd != 0 {
        if !state(vm, r).mode.writable() {
            return Err(unsupported(vm, "write"));
        }
        check_open(vm, r, "write")?;
        return std_write(vm, std_fd, binary, data);
    }
    if binary {
        if !state(vm, r).mode.writable() {
            return Err(unsupported(vm, "write"));
        }
        if state(vm, r).closed() {
            return Err(vm.value_error("write to closed file"));
        }
        let Some(b) = vm.buffer_bytes(data)? else {
            let tn = vm.type_name(data);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        };
        let n = b.len();
        if let Err(e) = state(vm, r).write_bytes(&b) {
            return Err(io_err(vm, e));
        }
        return Ok(vm.int(n as i64));
    }
    check_open(vm, r, "write")?;
    let Some(s) = vm.as_str(data).map(str::to_string) else {
        let tn = vm.type_name(data);
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    };
    check_writable(vm, r)?;
    let st = state(vm, r);
    let bytes = match st.encode_text(&s) {
        Ok(b) => b,
        Err(e) => return Err(codec_err(vm, r, e)),
    };
    let st = state(vm, r);
    if let Err(e) = st.write_bytes(&bytes) {
        return Err(io_err(vm, e));
    }
    // The terminal-like streams are line buffered; files are not.
    if st.stdin {
        let _ = st.flush();
    }
    Ok(vm.int(s.chars().count() as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_open(vm, r, "writelines")?;
    let Some(&lines) = args.get(1) else {
        return Err(vm.type_error("writelines() takes exactly one argument (0 given)"));
    };
    let it = vm.get_iter(lines)?;
    loop {
        let item = match vm.iter_next(it) {
            Ok(Some(x)) => x,
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        };
        let res = write(vm, &[args[0], item], &[]);
        vm.decref(item);
        match res {
            // The count `write` returns is not wanted.
            Ok(n) => vm.decref(n),
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    let st = state(vm, r);
    if st.closed() {
        return Ok(Value::None);
    }
    match st.close() {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(io_err(vm, e)),
    }
}

fn flush(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_open(vm, r, "flush")?;
    if state(vm, r).std_out == 1 {
        vm.flush_out_checked()?;
        return Ok(Value::None);
    }
    match state(vm, r).flush() {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(io_err(vm, e)),
    }
}

fn seek(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_open(vm, r, "seek")?;
    let off = args.get(1).copied().or_else(|| kwarg(vm, kw, "cookie"));
    let Some(off) = off else {
        return Err(vm.type_error("seek() takes at least 1 argument (0 given)"));
    };
    let Some(off) = vm.as_i64(off) else {
        let tn = vm.type_name(off);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    };
    let whence = match args.get(2).copied().or_else(|| kwarg(vm, kw, "whence")) {
        Some(w) => vm.as_i64(w).unwrap_or(-1),
        None => 0,
    };
    let st = state(vm, r);
    if st.stdin {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let binary = st.mode.binary;
    let pos = match whence {
        0 => {
            if off < 0 {
                return Err(vm.value_error(format!("negative seek position {off}")));
            }
            SeekFrom::Start(off as u64)
        }
        1 | 2 if !binary && off != 0 => {
            let what = if whence == 1 { "cur" } else { "end" };
            return Err(unsupported(
                vm,
                &format!("can't do nonzero {what}-relative seeks"),
            ));
        }
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        w => {
            let msg = if binary {
                format!("whence value {w} unsupported")
            } else {
                format!("invalid whence ({w}, should be 0, 1 or 2)")
            };
            return Err(vm.value_error(msg));
        }
    };
    match state(vm, r).seek(pos) {
        Ok(p) => Ok(vm.int(p as i64)),
        Err(e) => Err(io_err(vm, e)),
    }
}

fn tell(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_open(vm, r, "tell")?;
    if state(vm, r).stdin {
        return Err(vm.os_error(&std::io::Error::from_raw_os_error(29), None));
    }
    match state(vm, r).tell() {
        Ok(p) => Ok(vm.int(p as i64)),
        Err(e) => Err(io_err(vm, e)),
    }
}

fn truncate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_writable(vm, r)?;
    let size = match args.get(1).copied() {
        None | Some(Value::None) => None,
        Some(v) => vm.as_i64(v),
    };
    let st = state(vm, r);
    let res = (|| -> std::io::Result<u64> {
        st.flush()?;
        let size = match size {
            Some(s) => s.max(0) as u64,
            None => st.tell()?,
        };
        if let Some(f) = st.file.as_mut() {
            f.set_len(size)?;
        }
        Ok(size)
    })();
    match res {
        Ok(s) => Ok(vm.int(s as i64)),
        Err(e) => Err(io_err(vm, e)),
    }
}

fn readable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_open(vm, r, "readable")?;
    Ok(Value::Bool(state(vm, r).mode.readable()))
}

fn writable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_open(vm, r, "writable")?;
    Ok(Value::Bool(state(vm, r).mode.writable()))
}

fn seekable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_open(vm, r, "seekable")?;
    let st = state(vm, r);
    Ok(Value::Bool(!st.stdin && st.std_out == 0))
}

fn fileno(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_open(vm, r, "fileno")?;
    let st = state(vm, r);
    if st.std_out != 0 {
        let fd = st.std_out as i64;
        return Ok(vm.int(fd));
    }
    #[cfg(unix)]
    let fd = {
        use std::os::unix::io::AsRawFd;
        st.file.as_ref().map_or(0, |f| f.as_raw_fd() as i64)
    };
    #[cfg(not(unix))]
    let fd = {
        let _ = st;
        -1
    };
    Ok(vm.int(fd))
}

fn isatty(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    use std::io::IsTerminal;
    let r = me_ref(vm, args)?;
    check_open(vm, r, "isatty")?;
    let st = state(vm, r);
    let tty = match (&st.file, st.std_out) {
        (Some(f), _) => f.is_terminal(),
        (None, 1) => std::io::stdout().is_terminal(),
        (None, 2) => std::io::stderr().is_terminal(),
        (None, _) => std::io::stdin().is_terminal(),
    };
    Ok(Value::Bool(tty))
}

fn enter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_open(vm, r, "enter")?;
    vm.incref(args[0]);
    Ok(args[0])
}

fn exit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    close(vm, &args[..1], &[])
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_open(vm, r, "iter")?;
    vm.incref(args[0]);
    Ok(args[0])
}

fn next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    check_readable(vm, r, "readline")?;
    let l = line_value(vm, r, None)?;
    if is_empty(vm, l) {
        vm.decref(l);
        return Err(vm.err_noargs("StopIteration"));
    }
    Ok(l)
}

/// CPython's `iobase_finalize`: a file whose last reference goes is closed (and its
/// buffer flushed); its state leaves the table.
fn del(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(Value::Obj(r)) = args.first() {
        if let Some(mut st) = vm.files.files.remove(r) {
            if let Err(e) = st.close() {
                return Err(io_err(vm, e));
            }
        }
    }
    Ok(Value::None)
}

// ----- properties -------------------------------------------------------------------

fn prop_closed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    Ok(Value::Bool(state(vm, r).closed()))
}

fn prop_name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    let st = state(vm, r);
    // A file opened from a descriptor is named by the descriptor (an int).
    if st.from_fd {
        let fd = st.name.parse::<i64>().unwrap_or(-1);
        return Ok(vm.int(fd));
    }
    let name = st.name.clone();
    Ok(vm.new_str(name))
}

fn prop_mode(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    let m = state(vm, r).mode.raw_mode();
    Ok(vm.new_str(m))
}

fn prop_encoding(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    let e = state(vm, r).encoding_name.clone();
    Ok(vm.new_str(e))
}

fn prop_errors(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    let e = state(vm, r).errors_name.clone();
    Ok(vm.new_str(e))
}

fn prop_newlines(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

/// `line_buffering`: python3 line-buffers stdout on a terminal (not under -u, where
/// it writes through instead); files and the other streams are not.
fn prop_line_buffering(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    let std = state(vm, r).std_out;
    Ok(Value::Bool(
        std == 1 && vm.out_mode == crate::runtime::vm::OutMode::Line,
    ))
}

/// `write_through`: python3 sets it on the standard streams under -u
/// (`PYTHONUNBUFFERED`), and always on stderr.
fn prop_write_through(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    let std = state(vm, r).std_out;
    let unbuffered = vm.out_mode == crate::runtime::vm::OutMode::Unbuffered;
    Ok(Value::Bool(
        std == 2 || (unbuffered && (std != 0 || state(vm, r).stdin)),
    ))
}

/// `repr(f)`: `<_io.TextIOWrapper name='x.txt' mode='r' encoding='UTF-8'>`,
/// `<_io.BufferedReader name='x.txt'>`.
fn file_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = me_ref(vm, args)?;
    let cls = vm.type_name(args[0]);
    let st = state(vm, r);
    let name = if st.from_fd {
        st.name.clone()
    } else {
        crate::text::str_methods::str_repr(&st.name)
    };
    let s = if cls == "FileIO" {
        let mode = crate::text::str_methods::str_repr(&st.mode_text);
        let closefd = if st.closefd { "True" } else { "False" };
        format!("<_io.{cls} name={name} mode={mode} closefd={closefd}>")
    } else if st.mode.binary {
        format!("<_io.{cls} name={name}>")
    } else {
        let mode = crate::text::str_methods::str_repr(&st.mode_text);
        let enc = crate::text::str_methods::str_repr(&st.encoding_name);
        format!("<_io.{cls} name={name} mode={mode} encoding={enc}>")
    };
    Ok(vm.new_str(s))
}

impl Vm {
    /// Flushes and closes every file still open (interpreter exit).
    pub fn close_all_files(&mut self) {
        self.files.close_all();
    }
}
