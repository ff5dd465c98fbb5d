//! `_posixshmem`, POSIX shared memory objects (CPython's Modules/_multiprocessing/
//! posixshmem.c): `shm_open(path, flags, mode=0o777)` returns the descriptor of the
//! named object, `shm_unlink(path)` removes the name. Failures are the OSError
//! subclass of the errno with `path` as the file name; a call interrupted by a
//! signal is retried (PEP 475).

use crate::runtime::builtins::{add_module_fns, int_arg, kwarg, new_module};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use std::ffi::CString;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_posixshmem");
    add_module_fns(
        vm,
        d,
        "_posixshmem",
        &[("shm_open", shm_open), ("shm_unlink", shm_unlink)],
    );
    m
}

/// Argument `i` named `name`: positional or by keyword (borrowed).
fn arg(vm: &Vm, args: &[Value], kw: KwArgs, i: usize, name: &str) -> Option<Value> {
    args.get(i).copied().or_else(|| kwarg(vm, kw, name))
}

/// Rejects keywords other than `names`, as Argument Clinic's parser.
fn check_keywords(vm: &mut Vm, kw: KwArgs, func: &str, names: &[&str]) -> PyResult<()> {
    for &(k, _) in kw.iter() {
        let k = vm.heap.str(k).to_string();
        if !names.contains(&k.as_str()) {
            return Err(vm.type_error(format!("{func}() got an unexpected keyword argument '{k}'")));
        }
    }
    Ok(())
}

/// The `path` argument: a str (Argument Clinic's `unicode`) without NULs.
fn path_arg(vm: &mut Vm, v: Option<Value>, func: &str) -> PyResult<(CString, Value)> {
    let Some(v) = v else {
        return Err(vm.type_error(format!("{func}() missing required argument 'path' (pos 1)")));
    };
    let Some(s) = vm.as_str(v).map(str::to_string) else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("{func}() argument 'path' must be str, not {tn}")));
    };
    match CString::new(s) {
        Ok(c) => Ok((c, v)),
        Err(_) => Err(vm.value_error("embedded null character")),
    }
}

/// An int argument that fits a C int.
fn c_int_arg(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let i = int_arg(vm, v)?;
    i32::try_from(i).map_err(|_| {
        let which = if i > 0 {
            "greater than maximum"
        } else {
            "less than minimum"
        };
        vm.overflow_error(format!("signed integer is {which}"))
    })
}

/// `shm_open(path, flags, mode=0o777)`: shm_open(3); the new descriptor.
fn shm_open(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_keywords(vm, kw, "shm_open", &["path", "flags", "mode"])?;
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "shm_open() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let (path, pv) = path_arg(vm, arg(vm, args, kw, 0, "path"), "shm_open")?;
    let Some(flags) = arg(vm, args, kw, 1, "flags") else {
        return Err(vm.type_error("shm_open() missing required argument 'flags' (pos 2)"));
    };
    let flags = c_int_arg(vm, flags)?;
    let mode = match arg(vm, args, kw, 2, "mode") {
        Some(m) => c_int_arg(vm, m)?,
        None => 0o777,
    };
    loop {
        // SAFETY: `path` is a NUL-terminated string that outlives the call.
        let fd = unsafe { libc::shm_open(path.as_ptr(), flags, mode as libc::mode_t) };
        if fd >= 0 {
            return Ok(vm.int(fd as i64));
        }
        let e = std::io::Error::last_os_error();
        if e.kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        return Err(vm.os_error(&e, Some(pv)));
    }
}

/// `shm_unlink(path)`: shm_unlink(3).
fn shm_unlink(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_keywords(vm, kw, "shm_unlink", &["path"])?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "shm_unlink() takes at most 1 argument ({} given)",
            args.len()
        )));
    }
    let (path, pv) = path_arg(vm, arg(vm, args, kw, 0, "path"), "shm_unlink")?;
    loop {
        // SAFETY: `path` is a NUL-terminated string that outlives the call.
        let r = unsafe { libc::shm_unlink(path.as_ptr()) };
        if r == 0 {
            return Ok(Value::None);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        return Err(vm.os_error(&e, Some(pv)));
    }
}
