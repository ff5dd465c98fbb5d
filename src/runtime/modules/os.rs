//! `_os`, the system-call half of `os` (CPython's Modules/posixmodule.c, which CPython
//! names `posix`): the functions that ask the operating system something, each raising
//! CPython's `OSError` subclass with `errno`, `strerror` and the file name(s) on failure.
//! The rest of `os` (environ, walk, makedirs, scandir, the constants) and all of
//! `os.path` are written in Python on top of these (`py/os.py`, `py/posixpath.py`).
//!
//! Paths are str, bytes or objects with `__fspath__` (CPython's `path_converter`);
//! a bytes path gives bytes names back from `listdir`. File descriptors as paths,
//! `dir_fd` and `follow_symlinks` on the calls other than `stat` are left out.

use crate::runtime::builtins::{add_module_fns, check_args, int_arg, kwarg, new_module};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::Value;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_os");
    add_module_fns(
        vm,
        d,
        "posix",
        &[
            ("fspath", fspath),
            ("getcwd", getcwd),
            ("uname", uname),
            ("getcwdb", getcwdb),
            ("chdir", chdir),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("remove", remove),
            ("unlink", remove),
            ("rename", rename),
            ("replace", rename),
            ("stat", stat),
            ("lstat", lstat),
            ("chmod", chmod),
            ("chown", chown),
            ("access", access),
            ("readlink", readlink),
            ("symlink", symlink),
            ("realpath", realpath),
            ("environ_items", environ_items),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("getpid", getpid),
            ("getppid", getppid),
            ("getuid", getuid),
            ("geteuid", geteuid),
            ("getgid", getgid),
            ("getegid", getegid),
            ("cpu_count", cpu_count),
            ("urandom", urandom),
            ("strerror", strerror),
            ("confstr", confstr),
            ("get_inheritable", get_inheritable),
            ("set_inheritable", set_inheritable),
            ("open", fd_open),
            ("read", fd_read),
            ("write", fd_write),
            ("close", fd_close),
            ("closerange", fd_closerange),
            ("lseek", fd_lseek),
            ("pipe", fd_pipe),
            ("dup", fd_dup),
            ("dup2", fd_dup2),
            ("isatty", fd_isatty),
            ("fstat", fd_fstat),
            ("ftruncate", fd_ftruncate),
            ("fsync", fd_fsync),
        ],
    );
    // The `open()` flags and `lseek()` whences, the platform's values.
    for (name, v) in [
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_NDELAY", libc::O_NDELAY),
        ("O_NOCTTY", libc::O_NOCTTY),
        ("O_SYNC", libc::O_SYNC),
        ("O_DSYNC", libc::O_DSYNC),
        ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_DIRECTORY", libc::O_DIRECTORY),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
        ("O_ACCMODE", libc::O_ACCMODE),
        ("SEEK_SET", libc::SEEK_SET),
        ("SEEK_CUR", libc::SEEK_CUR),
        ("SEEK_END", libc::SEEK_END),
    ] {
        let iv = vm.int(i64::from(v));
        crate::runtime::builtins::set_in(vm, d, name, iv);
    }
    m
}

/// A path argument: its text and whether it was bytes. `func` and `arg` name the
/// call in CPython's TypeError.
fn path_of(vm: &mut Vm, v: Value, func: &str, arg: &str) -> PyResult<(String, bool)> {
    path_of_kinds(vm, v, func, arg, "string, bytes or os.PathLike")
}

/// `path_of` for a call whose CPython version also takes other kinds of argument
/// (`kinds` is how its TypeError lists them).
fn path_of_kinds(
    vm: &mut Vm,
    v: Value,
    func: &str,
    arg: &str,
    kinds: &str,
) -> PyResult<(String, bool)> {
    if let Some(s) = vm.as_str(v) {
        if s.contains('\0') {
            return Err(vm.value_error(format!("{func}: embedded null character in {arg}")));
        }
        return Ok((s.to_string(), false));
    }
    if let Some(b) = vm.bytes_data(v) {
        if b.contains(&0) {
            return Err(vm.value_error(format!("{func}: embedded null character in {arg}")));
        }
        return Ok((String::from_utf8_lossy(b).into_owned(), true));
    }
    if let Some(f) = vm.lookup_type_attr(v, "__fspath__") {
        let r = vm.call_value(f, &[v], &[]);
        vm.decref(f);
        let r = r?;
        let out = if let Some(s) = vm.as_str(r) {
            Ok((s.to_string(), false))
        } else if let Some(b) = vm.bytes_data(r) {
            Ok((String::from_utf8_lossy(b).into_owned(), true))
        } else {
            let (tn, rn) = (vm.type_name(v), vm.type_name(r));
            Err(vm.type_error(format!(
                "expected {tn}.__fspath__() to return str or bytes, not {rn}"
            )))
        };
        vm.decref(r);
        return out;
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("{func}: {arg} should be {kinds}, not {tn}")))
}

/// Argument `i` (or keyword `name`), if given.
fn arg(vm: &Vm, args: &[Value], kw: KwArgs, i: usize, name: &str) -> Option<Value> {
    args.get(i).copied().or_else(|| kwarg(vm, kw, name))
}

/// The required path argument of `func`.
fn req_path(vm: &mut Vm, args: &[Value], kw: KwArgs, func: &str) -> PyResult<(String, Value)> {
    let Some(p) = arg(vm, args, kw, 0, "path") else {
        return Err(vm.type_error(format!("{func}() missing required argument 'path' (pos 1)")));
    };
    let kinds = if matches!(func, "stat" | "chdir" | "chmod") {
        "string, bytes, os.PathLike or integer"
    } else {
        "string, bytes or os.PathLike"
    };
    let (s, _) = path_of_kinds(vm, p, func, "path", kinds)?;
    Ok((s, p))
}

/// The file name an OSError reports: the argument itself when it is str or bytes,
/// else (a path-like object) the text it stood for, as CPython's path converter. Owned.
fn file_value(vm: &mut Vm, v: Value, text: &str) -> Value {
    if vm.as_str(v).is_some() || vm.bytes_data(v).is_some() {
        vm.incref(v);
        v
    } else {
        vm.new_str(text)
    }
}

/// An OSError from `e` for the path argument `v` (whose text is `text`).
fn path_err(vm: &mut Vm, e: &std::io::Error, v: Value, text: &str) -> PyErr {
    let f = file_value(vm, v, text);
    let err = vm.os_error(e, Some(f));
    vm.decref(f);
    err
}

/// An OSError from `e` naming `file` (and `file2`, as `rename` does).
fn os_err2(vm: &mut Vm, e: &std::io::Error, file: Value, file2: Value) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let cls = vm.exc_type("OSError");
    let args = [
        vm.int(errno),
        vm.new_str(crate::runtime::types::exception::oserror::strerror_text(e)),
        file,
        Value::None,
        file2,
    ];
    let r = vm.call_value(Value::Obj(cls), &args, &[]);
    vm.decref(args[0]);
    vm.decref(args[1]);
    match r {
        Ok(v) => PyErr(v),
        Err(err) => err,
    }
}

/// `os.fspath(path)`: the str or bytes a path-like object stands for.
fn fspath(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "fspath", args, 1, 1)?;
    let v = args[0];
    // str and bytes, subclasses included, are paths already; a bytearray is not
    // (CPython's PyUnicode_Check / PyBytes_Check).
    let bytes_t = vm.types.bytes;
    if vm.as_str(v).is_some() || vm.is_instance(v, bytes_t) {
        vm.incref(v);
        return Ok(v);
    }
    if let Some(f) = vm.lookup_type_attr(v, "__fspath__") {
        let r = vm.call_value(f, &[v], &[]);
        vm.decref(f);
        let r = r?;
        if vm.as_str(r).is_some() || vm.is_instance(r, bytes_t) {
            return Ok(r);
        }
        let (tn, rn) = (vm.type_name(v), vm.type_name(r));
        vm.decref(r);
        return Err(vm.type_error(format!(
            "expected {tn}.__fspath__() to return str or bytes, not {rn}"
        )));
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {tn}"
    )))
}

fn getcwd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getcwd", args, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(p.to_string_lossy().into_owned())),
        Err(e) => Err(vm.os_error(&e, None)),
    }
}

/// A file descriptor argument: an int that fits a C int (CPython's
/// `_PyLong_FileDescriptor_Converter` words its errors so).
fn fd_arg(vm: &mut Vm, v: Value) -> PyResult<libc::c_int> {
    let n = int_arg(vm, v)?;
    libc::c_int::try_from(n).map_err(|_| {
        vm.err(
            "OverflowError",
            if n < 0 {
                "signed integer is less than minimum"
            } else {
                "signed integer is greater than maximum"
            },
        )
    })
}

/// The descriptor flags of `fd` (`fcntl(F_GETFD)`), or the OSError.
fn fd_flags(vm: &mut Vm, fd: libc::c_int) -> PyResult<libc::c_int> {
    // SAFETY: F_GETFD reads the descriptor's flags; an invalid descriptor is an
    // error return (EBADF), not undefined behaviour.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    if flags < 0 {
        let e = std::io::Error::last_os_error();
        return Err(vm.os_error(&e, None));
    }
    Ok(flags)
}

/// `os.get_inheritable(fd)`: whether child processes inherit `fd` (PEP 446: the
/// descriptors mempy opens, like CPython's, are close-on-exec).
fn get_inheritable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "get_inheritable", args, 1, 1)?;
    let fd = fd_arg(vm, args[0])?;
    let flags = fd_flags(vm, fd)?;
    Ok(Value::Bool(flags & libc::FD_CLOEXEC == 0))
}

/// `os.set_inheritable(fd, inheritable)`: sets or clears `fd`'s close-on-exec flag.
fn set_inheritable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "set_inheritable", args, 2, 2)?;
    let fd = fd_arg(vm, args[0])?;
    let inheritable = int_arg(vm, args[1])? != 0;
    let flags = fd_flags(vm, fd)?;
    let new = if inheritable {
        flags & !libc::FD_CLOEXEC
    } else {
        flags | libc::FD_CLOEXEC
    };
    if new != flags {
        // SAFETY: F_SETFD only changes the descriptor's flags; a bad descriptor is
        // an error return.
        if unsafe { libc::fcntl(fd, libc::F_SETFD, new) } < 0 {
            let e = std::io::Error::last_os_error();
            return Err(vm.os_error(&e, None));
        }
    }
    Ok(Value::None)
}

/// `uname()`: the five fields of the system's `utsname` as str.
fn uname(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "uname", args, 0, 0)?;
    // SAFETY: `utsname` is plain data, zero is a valid value, and `uname` only
    // writes NUL-terminated strings into its arrays.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(vm.os_error(&e, None));
    }
    let field = |a: &[libc::c_char]| {
        let bytes: Vec<u8> = a
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let parts = [
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ];
    let items: Vec<Value> = parts.into_iter().map(|s| vm.new_str(s)).collect();
    Ok(vm.new_tuple(items))
}

fn getcwdb(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getcwdb", args, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_bytes(p.to_string_lossy().into_owned().into_bytes())),
        Err(e) => Err(vm.os_error(&e, None)),
    }
}

fn chdir(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (p, pv) = req_path(vm, args, kw, "chdir")?;
    match std::env::set_current_dir(&p) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_err(vm, &e, pv, &p)),
    }
}

/// `os.listdir(path='.')`: the names in a directory, in the order the system gives.
fn listdir(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let pv = arg(vm, args, kw, 0, "path");
    let (p, bytes) = match pv {
        None | Some(Value::None) => (".".to_string(), false),
        Some(v) => path_of_kinds(
            vm,
            v,
            "listdir",
            "path",
            "string, bytes, os.PathLike, integer or None",
        )?,
    };
    let rd = match std::fs::read_dir(&p) {
        Ok(rd) => rd,
        Err(e) => {
            let v = pv.unwrap_or(Value::None);
            return Err(path_err(vm, &e, v, &p));
        }
    };
    let mut out = Vec::new();
    for ent in rd {
        match ent {
            Ok(ent) => {
                let name = ent.file_name().to_string_lossy().into_owned();
                out.push(if bytes {
                    vm.new_bytes(name.into_bytes())
                } else {
                    vm.new_str(name)
                });
            }
            Err(e) => {
                for v in out {
                    vm.decref(v);
                }
                return Err(vm.os_error(&e, pv));
            }
        }
    }
    Ok(vm.new_list(out))
}

fn mkdir(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (p, pv) = req_path(vm, args, kw, "mkdir")?;
    let mode = match arg(vm, args, kw, 1, "mode") {
        Some(m) => int_arg(vm, m)? as u32,
        None => 0o777,
    };
    match std::fs::DirBuilder::new().mode(mode).create(&p) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_err(vm, &e, pv, &p)),
    }
}

fn rmdir(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (p, pv) = req_path(vm, args, kw, "rmdir")?;
    match std::fs::remove_dir(&p) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_err(vm, &e, pv, &p)),
    }
}

/// `os.remove` / `os.unlink`: unlink(2), so a directory fails with EISDIR as CPython's.
fn remove(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (p, pv) = req_path(vm, args, kw, "remove")?;
    match std::fs::remove_file(&p) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_err(vm, &e, pv, &p)),
    }
}

/// `os.rename` / `os.replace` (rename(2) replaces an existing file on POSIX for both).
fn rename(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (Some(a), Some(b)) = (arg(vm, args, kw, 0, "src"), arg(vm, args, kw, 1, "dst")) else {
        let which = if arg(vm, args, kw, 0, "src").is_none() {
            "'src' (pos 1)"
        } else {
            "'dst' (pos 2)"
        };
        return Err(vm.type_error(format!("rename() missing required argument {which}")));
    };
    let (pa, _) = path_of(vm, a, "rename", "src")?;
    let (pb, _) = path_of(vm, b, "rename", "dst")?;
    match std::fs::rename(&pa, &pb) {
        Ok(()) => Ok(Value::None),
        Err(e) => {
            let (fa, fb) = (file_value(vm, a, &pa), file_value(vm, b, &pb));
            let err = os_err2(vm, &e, fa, fb);
            vm.decref(fa);
            vm.decref(fb);
            Err(err)
        }
    }
}

/// The fields of a stat result as a tuple, in `os.stat_result`'s order: the ten
/// visible fields (integer times), then float times and nanosecond times.
fn stat_tuple(vm: &mut Vm, m: &std::fs::Metadata) -> Value {
    let ns = |s: i64, n: i64| s as i128 * 1_000_000_000 + n as i128;
    let times = [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
    ];
    let mut items = vec![
        vm.int(m.mode() as i64),
        vm.int(m.ino() as i64),
        vm.int(m.dev() as i64),
        vm.int(m.nlink() as i64),
        vm.int(m.uid() as i64),
        vm.int(m.gid() as i64),
        vm.int(m.size() as i64),
    ];
    for (s, _) in times {
        items.push(vm.int(s));
    }
    for (s, n) in times {
        items.push(vm.float(s as f64 + n as f64 * 1e-9));
    }
    for (s, n) in times {
        items.push(vm.new_int(num_bigint::BigInt::from(ns(s, n))));
    }
    items.push(vm.int(m.blksize() as i64));
    items.push(vm.int(m.blocks() as i64));
    vm.new_tuple(items)
}

fn stat_common(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs,
    func: &str,
    follow: bool,
) -> PyResult<Value> {
    let (p, pv) = req_path(vm, args, kw, func)?;
    let follow = follow
        && match kwarg(vm, kw, "follow_symlinks") {
            Some(v) => vm.truthy(v)?,
            None => true,
        };
    let r = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    };
    match r {
        Ok(m) => Ok(stat_tuple(vm, &m)),
        Err(e) => Err(path_err(vm, &e, pv, &p)),
    }
}

fn stat(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    stat_common(vm, args, kw, "stat", true)
}

fn lstat(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    stat_common(vm, args, kw, "lstat", false)
}

fn chmod(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (p, pv) = req_path(vm, args, kw, "chmod")?;
    let Some(m) = arg(vm, args, kw, 1, "mode") else {
        return Err(vm.type_error("chmod() missing required argument 'mode' (pos 2)"));
    };
    let mode = int_arg(vm, m)? as u32;
    match std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_err(vm, &e, pv, &p)),
    }
}

/// `os.chown(path, uid, gid, *, follow_symlinks=True)`: chown(2), or lchown(2)
/// without following a final symlink; -1 leaves that id alone.
fn chown(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (p, pv) = req_path(vm, args, kw, "chown")?;
    let mut ids = [None; 2];
    for (i, name) in [(1, "uid"), (2, "gid")] {
        let Some(v) = arg(vm, args, kw, i, name) else {
            return Err(vm.type_error(format!(
                "chown() missing required argument '{name}' (pos {})",
                i + 1
            )));
        };
        let n = int_arg(vm, v)?;
        if n < -1 {
            return Err(vm.overflow_error(format!("{name} is less than minimum")));
        }
        if n > u32::MAX as i64 {
            return Err(vm.overflow_error(format!("{name} is greater than maximum")));
        }
        // (uid_t)-1, spelled either way, means "unchanged".
        ids[i - 1] = (n != -1 && n != u32::MAX as i64).then_some(n as u32);
    }
    let follow = match kwarg(vm, kw, "follow_symlinks") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let r = if follow {
        std::os::unix::fs::chown(&p, ids[0], ids[1])
    } else {
        std::os::unix::fs::lchown(&p, ids[0], ids[1])
    };
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_err(vm, &e, pv, &p)),
    }
}

/// `os.access(path, mode)`: access(2) with the real ids, True or False.
fn access(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (p, _) = req_path(vm, args, kw, "access")?;
    let Some(m) = arg(vm, args, kw, 1, "mode") else {
        return Err(vm.type_error("access() missing required argument 'mode' (pos 2)"));
    };
    let mode = int_arg(vm, m)? as libc::c_int;
    let c = std::ffi::CString::new(p).unwrap_or_default();
    // SAFETY: `c` is a valid NUL-terminated string for the duration of the call.
    let ok = unsafe { libc::access(c.as_ptr(), mode) } == 0;
    Ok(Value::Bool(ok))
}

fn readlink(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (p, pv) = req_path(vm, args, kw, "readlink")?;
    match std::fs::read_link(&p) {
        // The target has the argument's type, bytes for bytes (CPython's path_t).
        Ok(t) if vm.bytes_data(pv).is_some() => {
            Ok(vm.new_bytes(t.to_string_lossy().into_owned().into_bytes()))
        }
        Ok(t) => Ok(vm.new_str(t.to_string_lossy().into_owned())),
        Err(e) => Err(path_err(vm, &e, pv, &p)),
    }
}

fn symlink(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (Some(a), Some(b)) = (arg(vm, args, kw, 0, "src"), arg(vm, args, kw, 1, "dst")) else {
        return Err(vm.type_error("symlink() missing required argument 'dst' (pos 2)"));
    };
    let (pa, _) = path_of(vm, a, "symlink", "src")?;
    let (pb, _) = path_of(vm, b, "symlink", "dst")?;
    match std::os::unix::fs::symlink(&pa, &pb) {
        Ok(()) => Ok(Value::None),
        Err(e) => {
            let (fa, fb) = (file_value(vm, a, &pa), file_value(vm, b, &pb));
            let err = os_err2(vm, &e, fa, fb);
            vm.decref(fa);
            vm.decref(fb);
            Err(err)
        }
    }
}

/// The canonical path of an existing file (symlinks resolved), or None when it does
/// not exist; `os.path.realpath` handles the missing part in Python.
fn realpath(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (p, _) = req_path(vm, args, kw, "realpath")?;
    match std::fs::canonicalize(&p) {
        Ok(t) => Ok(vm.new_str(t.to_string_lossy().into_owned())),
        Err(_) => Ok(Value::None),
    }
}

/// The process environment as a list of (name, value) pairs, read once by `os` to
/// fill `os.environ`.
fn environ_items(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut out = Vec::new();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(k.to_string_lossy().into_owned());
        let v = vm.new_str(v.to_string_lossy().into_owned());
        out.push(vm.new_tuple(vec![k, v]));
    }
    Ok(vm.new_list(out))
}

fn env_text(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("str expected, not {tn}{what}")))
        }
    }
}

/// `os.putenv(name, value)`: changes the environment child processes inherit.
fn putenv(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "putenv", args, 2, 2)?;
    let k = env_text(vm, args[0], "")?;
    let v = env_text(vm, args[1], "")?;
    if k.is_empty() || k.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if k.contains('\0') || v.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "unsetenv", args, 1, 1)?;
    let k = env_text(vm, args[0], "")?;
    if k.is_empty() || k.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(Value::None)
}

fn getpid(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getpid", args, 0, 0)?;
    Ok(vm.int(std::process::id() as i64))
}

// The process's ids (posix's getppid, getuid, geteuid, getgid, getegid).
fn getppid(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getppid", args, 0, 0)?;
    // SAFETY: getppid(2) takes nothing and cannot fail.
    Ok(vm.int(unsafe { libc::getppid() } as i64))
}

fn getuid(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getuid", args, 0, 0)?;
    // SAFETY: getuid(2) takes nothing and cannot fail.
    Ok(vm.int(unsafe { libc::getuid() } as i64))
}

fn geteuid(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "geteuid", args, 0, 0)?;
    // SAFETY: geteuid(2) takes nothing and cannot fail.
    Ok(vm.int(unsafe { libc::geteuid() } as i64))
}

fn getgid(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getgid", args, 0, 0)?;
    // SAFETY: getgid(2) takes nothing and cannot fail.
    Ok(vm.int(unsafe { libc::getgid() } as i64))
}

fn getegid(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getegid", args, 0, 0)?;
    // SAFETY: getegid(2) takes nothing and cannot fail.
    Ok(vm.int(unsafe { libc::getegid() } as i64))
}

fn cpu_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "cpu_count", args, 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => vm.int(n.get() as i64),
        Err(_) => Value::None,
    })
}

/// `os.urandom(n)`: n bytes from the system's random source.
fn urandom(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "urandom", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    use std::io::Read;
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    match r {
        Ok(()) => Ok(vm.new_bytes(buf)),
        Err(e) => Err(vm.os_error(&e, None)),
    }
}

/// `os.strerror(code)`: the system's text for an errno.
fn strerror(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "strerror", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    let e = std::io::Error::from_raw_os_error(n as i32);
    let s = crate::runtime::types::exception::oserror::strerror_text(&e);
    Ok(vm.new_str(s))
}

/// `confstr(n)`: the system configuration string numbered `n` (the number, not the
/// name: `py/os.py` maps `confstr_names` first), or None when the system has no value.
fn confstr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "confstr", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    // `py/os.py` has checked the range (CPython's "too large to convert to C int").
    let name = libc::c_int::try_from(n).unwrap_or(-1);
    // confstr reports the size it needs (NUL included) and 0 for an unknown name
    // (errno EINVAL) or a name with no value (errno untouched), so ask twice.
    // SAFETY: a null buffer of length 0 is allowed; the second call writes at most
    // `buf.len()` bytes into `buf`.
    unsafe { *libc::__errno_location() = 0 };
    let need = unsafe { libc::confstr(name, std::ptr::null_mut(), 0) };
    if need == 0 {
        let e = std::io::Error::last_os_error();
        if e.raw_os_error().unwrap_or(0) != 0 {
            return Err(vm.os_error(&e, None));
        }
        return Ok(Value::None);
    }
    let mut buf = vec![0u8; need];
    unsafe { libc::confstr(name, buf.as_mut_ptr().cast(), need) };
    buf.truncate(need - 1);
    Ok(vm.new_str(String::from_utf8_lossy(&buf).into_owned()))
}

// ----- file descriptors -----------------------------------------------------------
// CPython's `os.open`, `os.read`... are thin wrappers of the system calls: a call
// interrupted by a signal (EINTR) is retried, a failure is the errno's OSError, and
// the descriptors made are non-inheritable (PEP 446).

/// The result of a system call returning -1 on failure, retried on EINTR.
fn retry(mut call: impl FnMut() -> libc::ssize_t) -> Result<libc::ssize_t, std::io::Error> {
    loop {
        let r = call();
        if r >= 0 {
            return Ok(r);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// The int argument `i` (or keyword `name`) of `func`, required.
fn req_int(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs,
    i: usize,
    name: &str,
    func: &str,
) -> PyResult<i64> {
    match arg(vm, args, kw, i, name) {
        Some(v) => int_arg(vm, v),
        None => Err(vm.type_error(format!(
            "{func}() missing required argument '{name}' (pos {})",
            i + 1
        ))),
    }
}

/// `os.open(path, flags, mode=0o777)`: a new descriptor for `path` (close-on-exec).
fn fd_open(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (p, pv) = req_path(vm, args, kw, "open")?;
    let flags = req_int(vm, args, kw, 1, "flags", "open")?;
    let mode = match arg(vm, args, kw, 2, "mode") {
        Some(v) => int_arg(vm, v)?,
        None => 0o777,
    };
    let Ok(c) = std::ffi::CString::new(p.as_bytes()) else {
        return Err(vm.value_error("open: embedded null character in path"));
    };
    let flags = flags as libc::c_int | libc::O_CLOEXEC;
    // SAFETY: `c` is a NUL-terminated path that outlives the call; open only reads it.
    let r =
        retry(|| unsafe { libc::open(c.as_ptr(), flags, mode as libc::c_uint) } as libc::ssize_t);
    match r {
        Ok(fd) => Ok(vm.int(fd as i64)),
        Err(e) => Err(path_err(vm, &e, pv, &p)),
    }
}

/// `os.read(fd, n)`: at most `n` bytes from `fd` (b'' at end of file).
fn fd_read(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "read", args, 2, 2)?;
    let fd = fd_arg(vm, args[0])?;
    let n = int_arg(vm, args[1])?;
    if n < 0 {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(vm.os_error(&e, None));
    }
    vm.ensure_alloc(n as usize)?;
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` is a writable buffer of `buf.len()` bytes for the whole call.
    let r = retry(|| unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) });
    match r {
        Ok(got) => {
            buf.truncate(got as usize);
            Ok(vm.new_bytes(buf))
        }
        Err(e) => Err(vm.os_error(&e, None)),
    }
}

/// `os.write(fd, data)`: how many bytes of the bytes-like `data` were written.
fn fd_write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "write", args, 2, 2)?;
    let fd = fd_arg(vm, args[0])?;
    let Some(data) = vm.buffer_bytes(args[1])? else {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    // SAFETY: `data` is a readable buffer of `data.len()` bytes for the whole call.
    let r = retry(|| unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) });
    match r {
        Ok(n) => Ok(vm.int(n as i64)),
        Err(e) => Err(vm.os_error(&e, None)),
    }
}

/// `os.close(fd)`. Not retried on EINTR: Linux has released the descriptor then.
fn fd_close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "close", args, 1, 1)?;
    let fd = fd_arg(vm, args[0])?;
    // SAFETY: closing a descriptor number; a bad one is an error return (EBADF).
    if unsafe { libc::close(fd) } < 0 {
        let e = std::io::Error::last_os_error();
        return Err(vm.os_error(&e, None));
    }
    Ok(Value::None)
}

/// `os.closerange(fd_low, fd_high)`: closes every descriptor in the range, errors
/// ignored.
fn fd_closerange(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "closerange", args, 2, 2)?;
    let lo = fd_arg(vm, args[0])?.max(0);
    let hi = fd_arg(vm, args[1])?;
    for fd in lo..hi {
        // SAFETY: as `fd_close`; the result is deliberately ignored.
        unsafe { libc::close(fd) };
    }
    Ok(Value::None)
}

/// `os.lseek(fd, pos, how)`: the new offset.
fn fd_lseek(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "lseek", args, 3, 3)?;
    let fd = fd_arg(vm, args[0])?;
    let pos = int_arg(vm, args[1])?;
    let how = fd_arg(vm, args[2])?;
    // SAFETY: lseek takes plain integers; a bad descriptor or offset is an error return.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how) };
    if r < 0 {
        let e = std::io::Error::last_os_error();
        return Err(vm.os_error(&e, None));
    }
    Ok(vm.int(r as i64))
}

/// `os.pipe()`: `(read_fd, write_fd)`, both close-on-exec.
fn fd_pipe(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "pipe", args, 0, 0)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` is the two-int array pipe2 fills.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        let e = std::io::Error::last_os_error();
        return Err(vm.os_error(&e, None));
    }
    let items = vec![vm.int(i64::from(fds[0])), vm.int(i64::from(fds[1]))];
    Ok(vm.new_tuple(items))
}

/// `os.dup(fd)`: a new, non-inheritable descriptor for the same file.
fn fd_dup(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "dup", args, 1, 1)?;
    let fd = fd_arg(vm, args[0])?;
    // SAFETY: F_DUPFD_CLOEXEC duplicates a descriptor number; a bad one is EBADF.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        let e = std::io::Error::last_os_error();
        return Err(vm.os_error(&e, None));
    }
    Ok(vm.int(i64::from(r)))
}

/// `os.dup2(fd, fd2, inheritable=True)`: `fd2`, now the same file as `fd`.
fn fd_dup2(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let fd = req_int(vm, args, kw, 0, "fd", "dup2")? as libc::c_int;
    let fd2 = req_int(vm, args, kw, 1, "fd2", "dup2")? as libc::c_int;
    let inheritable = match arg(vm, args, kw, 2, "inheritable") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let flags = if inheritable { 0 } else { libc::O_CLOEXEC };
    // SAFETY: dup3/dup2 take descriptor numbers; bad ones are an error return.
    let r = if fd == fd2 {
        unsafe { libc::dup2(fd, fd2) }
    } else {
        unsafe { libc::dup3(fd, fd2, flags) }
    };
    if r < 0 {
        let e = std::io::Error::last_os_error();
        return Err(vm.os_error(&e, None));
    }
    Ok(vm.int(i64::from(r)))
}

/// `os.isatty(fd)`: whether `fd` is a terminal (False for a bad descriptor).
fn fd_isatty(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "isatty", args, 1, 1)?;
    let fd = fd_arg(vm, args[0])?;
    // SAFETY: isatty takes a descriptor number and answers 0 for a bad one.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

/// `os.fstat(fd)`: the stat fields of the open file `fd`.
fn fd_fstat(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "fstat", args, 1, 1)?;
    let fd = fd_arg(vm, args[0])?;
    // The kernel's view of the descriptor's file (a pipe's too), through procfs's
    // link to it.
    match std::fs::metadata(format!("/proc/self/fd/{fd}")) {
        Ok(m) => Ok(stat_tuple(vm, &m)),
        Err(e) => {
            let e = match e.raw_os_error() {
                Some(libc::ENOENT) => std::io::Error::from_raw_os_error(libc::EBADF),
                _ => e,
            };
            Err(vm.os_error(&e, None))
        }
    }
}

/// `os.ftruncate(fd, length)`.
fn fd_ftruncate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "ftruncate", args, 2, 2)?;
    let fd = fd_arg(vm, args[0])?;
    let n = int_arg(vm, args[1])?;
    // SAFETY: plain integers; failures are error returns.
    let r = retry(|| unsafe { libc::ftruncate(fd, n as libc::off_t) } as libc::ssize_t);
    match r {
        Ok(_) => Ok(Value::None),
        Err(e) => Err(vm.os_error(&e, None)),
    }
}

/// `os.fsync(fd)`: `fd` may also be an object with a `fileno()` method.
fn fd_fsync(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "fsync", args, 1, 1)?;
    let mut v = args[0];
    let mut owned = None;
    if vm.as_i64(v).is_none() {
        if let Some(f) = vm.lookup_type_attr(v, "fileno") {
            let r = vm.call_value(f, &[v], &[]);
            vm.decref(f);
            v = r?;
            owned = Some(v);
        }
    }
    let fd = fd_arg(vm, v);
    if let Some(o) = owned {
        vm.decref(o);
    }
    let fd = fd?;
    // SAFETY: a descriptor number; failures are error returns.
    let r = retry(|| unsafe { libc::fsync(fd) } as libc::ssize_t);
    match r {
        Ok(_) => Ok(Value::None),
        Err(e) => Err(vm.os_error(&e, None)),
    }
}
