//! The `_testcapi` module: the part of CPython's Modules/_testcapimodule.c that its
//! own tests use to reach the interpreter's built-in error display:
//! `exception_print(exc)` reports an exception on `sys.stderr` exactly as an uncaught
//! one is reported (CPython's `PyErr_Display`), so the traceback tests can compare
//! it with the `traceback` module's rendering; `traceback_print(tb, file)` writes a
//! traceback's entries as that report does (CPython's `PyTraceBack_Print`);
//! `write_unraisable_exc(exc, err_msg, obj)` reports `exc` as unraisable
//! (`_PyErr_WriteUnraisableMsg`), through `sys.unraisablehook`, so the tests of the
//! hook can drive it. `float_pack(size, x, le)` / `float_unpack(data, le)` are
//! CPython's `PyFloat_Pack2/4/8` and `PyFloat_Unpack2/4/8` (IEEE 754 half, single
//! and double precision, big- or little-endian), and `FLT_MAX`, `FLT_MIN`,
//! `DBL_MAX`, `DBL_MIN` the C limits the float tests compare with (and the integer
//! ones, `SHRT_MIN` ... `ULLONG_MAX`, `PY_SSIZE_T_MAX`, for the struct tests). The
//! `pymarshal_*` functions drive marshal's C API (`PyMarshal_WriteLongToFile`,
//! `PyMarshal_ReadObjectFromFile`, ...) on a file named by its path. The
//! calling-convention test objects (`meth_varargs` ... `meth_fastcall_keywords`,
//! `MethInstance`, `MethClass`, `MethStatic`, `pyobject_vectorcall` & co) are
//! Python, `py/_testcapi_parts.py`, run in this module's namespace.

use crate::runtime::builtins::{add_module_fns, check_args, int_arg, new_module, set_in};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_testcapi");
    add_module_fns(
        vm,
        d,
        "_testcapi",
        &[
            ("exception_print", exception_print),
            ("write_unraisable_exc", write_unraisable_exc),
            ("traceback_print", traceback_print),
            ("float_pack", float_pack),
            ("float_unpack", float_unpack),
            ("pymarshal_write_long_to_file", pymarshal_write_long_to_file),
            (
                "pymarshal_write_object_to_file",
                pymarshal_write_object_to_file,
            ),
            (
                "pymarshal_read_short_from_file",
                pymarshal_read_short_from_file,
            ),
            (
                "pymarshal_read_long_from_file",
                pymarshal_read_long_from_file,
            ),
            (
                "pymarshal_read_last_object_from_file",
                pymarshal_read_last_object_from_file,
            ),
            (
                "pymarshal_read_object_from_file",
                pymarshal_read_object_from_file,
            ),
        ],
    );
    let limits = [
        ("FLT_MAX", f32::MAX as f64),
        ("FLT_MIN", f32::MIN_POSITIVE as f64),
        ("DBL_MAX", f64::MAX),
        ("DBL_MIN", f64::MIN_POSITIVE),
    ];
    for (name, x) in limits {
        let v = vm.float(x);
        set_in(vm, d, name, v);
    }
    // The C integer limits of this platform (LP64), which the struct and
    // getargs tests use to find the ranges of the native formats.
    let int_limits: [(&str, i128); 17] = [
        ("CHAR_MAX", i8::MAX as i128),
        ("CHAR_MIN", i8::MIN as i128),
        ("UCHAR_MAX", u8::MAX as i128),
        ("SHRT_MAX", i16::MAX as i128),
        ("SHRT_MIN", i16::MIN as i128),
        ("USHRT_MAX", u16::MAX as i128),
        ("INT_MAX", i32::MAX as i128),
        ("INT_MIN", i32::MIN as i128),
        ("UINT_MAX", u32::MAX as i128),
        ("LONG_MAX", i64::MAX as i128),
        ("LONG_MIN", i64::MIN as i128),
        ("ULONG_MAX", u64::MAX as i128),
        ("LLONG_MAX", i64::MAX as i128),
        ("LLONG_MIN", i64::MIN as i128),
        ("ULLONG_MAX", u64::MAX as i128),
        ("PY_SSIZE_T_MAX", isize::MAX as i128),
        ("PY_SSIZE_T_MIN", isize::MIN as i128),
    ];
    for (name, x) in int_limits {
        let v = vm.new_int(num_bigint::BigInt::from(x));
        set_in(vm, d, name, v);
    }
    let src = crate::runtime::modules::pysrc::TESTCAPI_PARTS;
    if let Err(e) = crate::runtime::modules::pysrc::exec_in(vm, "_testcapi", src, d) {
        // The snippet only defines functions and classes; should it fail, the
        // natives above stay usable.
        vm.decref(e.0);
    }
    m
}

/// `float_pack(size, x, le)`: `x` as an IEEE 754 number of `size` bytes (2, 4 or
/// 8), big-endian when `le` is 0. A finite `x` too large for the size is an
/// OverflowError, as struct's `e` and `f` formats report it.
fn float_pack(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "float_pack", args, 3, 3)?;
    let size = int_arg(vm, args[0])?;
    let x = vm.to_f64(args[1])?;
    let le = int_arg(vm, args[2])? != 0;
    let too_large = |vm: &mut Vm, fmt: char| {
        vm.overflow_error(format!("float too large to pack with {fmt} format"))
    };
    let mut data = match size {
        2 => {
            let h = crate::runtime::types::memoryview::f64_to_half(x);
            if x.is_finite() && h & 0x7c00 == 0x7c00 {
                return Err(too_large(vm, 'e'));
            }
            h.to_be_bytes().to_vec()
        }
        4 => {
            let y = x as f32;
            if y.is_infinite() && x.is_finite() {
                return Err(too_large(vm, 'f'));
            }
            y.to_be_bytes().to_vec()
        }
        8 => x.to_be_bytes().to_vec(),
        _ => return Err(vm.value_error("size must 2, 4 or 8")),
    };
    if le {
        data.reverse();
    }
    Ok(vm.new_bytes(data))
}

/// `float_unpack(data, le)`: the float the 2, 4 or 8 bytes of `data` encode.
fn float_unpack(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "float_unpack", args, 2, 2)?;
    let Some(data) = vm.bytes_data(args[0]).map(<[u8]>::to_vec) else {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "float_unpack() argument 1 must be read-only bytes-like object, not {tn}"
        )));
    };
    let le = int_arg(vm, args[1])? != 0;
    let mut be = data;
    if le {
        be.reverse();
    }
    let x = match be.len() {
        2 => crate::runtime::types::memoryview::half_to_f64(u16::from_be_bytes([be[0], be[1]])),
        4 => f32::from_be_bytes([be[0], be[1], be[2], be[3]]) as f64,
        8 => f64::from_be_bytes(be.try_into().expect("eight bytes")),
        _ => return Err(vm.value_error("data length must 2, 4 or 8 bytes")),
    };
    Ok(vm.float(x))
}

/// `exception_print(exc)`: the top level's report of `exc` (traceback, chain, last
/// line) written to `sys.stderr`.
fn exception_print(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "exception_print", args, 1, 1)?;
    crate::runtime::modules::sys::display_exception(vm, args[0])?;
    Ok(Value::None)
}

/// `write_unraisable_exc(exc, err_msg, obj)`: `exc` raised, then reported as
/// "Exception ignored {err_msg}: {obj!r}" ("Exception ignored in" when `err_msg` is
/// None); without a traceback it gets one at the calling frame.
fn write_unraisable_exc(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "write_unraisable_exc", args, 3, 3)?;
    let (exc, msg, obj) = (args[0], args[1], args[2]);
    let msg = match msg {
        Value::None => None,
        m => match vm.as_str(m) {
            Some(t) => Some(t.to_string()),
            None => {
                let tn = vm.type_name(m);
                return Err(
                    vm.type_error(format!("bad argument type for built-in operation: {tn}"))
                );
            }
        },
    };
    if vm.exc_state(exc).is_none() {
        return Err(vm.type_error("exceptions must derive from BaseException"));
    }
    vm.incref(exc);
    vm.print_unraisable_msg(crate::runtime::vm::PyErr(exc), msg.as_deref(), obj);
    Ok(Value::None)
}

/// `traceback_print(tb, file)`: "Traceback (most recent call last):" and the
/// entries of `tb`, written with `file.write`; nothing when `sys.tracebacklimit`
/// leaves no entry.
fn traceback_print(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "traceback_print", args, 2, 2)?;
    let (tb, file) = (args[0], args[1]);
    if !matches!(tb, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Traceback(_))) {
        return Err(vm.err("SystemError", "bad argument to internal function"));
    }
    let body = vm.format_traceback_entries(tb);
    if body.is_empty() {
        return Ok(Value::None);
    }
    let text = format!("Traceback (most recent call last):\n{body}");
    let write = vm.get_attr(file, "write")?;
    let s = vm.new_str(text);
    let r = vm.call_value(write, &[s], &[]);
    vm.decref(s);
    vm.decref(write);
    vm.decref(r?);
    Ok(Value::None)
}

/// A path argument's text.
fn path_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("expected str, not {tn}")))
        }
    }
}

fn os_error(vm: &mut Vm, e: std::io::Error) -> crate::runtime::vm::PyErr {
    vm.err("OSError", e.to_string())
}

/// `pymarshal_write_long_to_file(x, path, version)`: `PyMarshal_WriteLongToFile`,
/// the four little-endian bytes of a C long's low 32 bits.
fn pymarshal_write_long_to_file(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "pymarshal_write_long_to_file", args, 3, 3)?;
    let x = int_arg(vm, args[0])?;
    let path = path_arg(vm, args[1])?;
    std::fs::write(path, (x as i32).to_le_bytes()).map_err(|e| os_error(vm, e))?;
    Ok(Value::None)
}

/// `pymarshal_write_object_to_file(obj, path, version)`.
fn pymarshal_write_object_to_file(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "pymarshal_write_object_to_file", args, 3, 3)?;
    let version = int_arg(vm, args[2])?;
    let data = super::marshal::write_object(vm, args[0], version)?;
    let path = path_arg(vm, args[1])?;
    std::fs::write(path, data).map_err(|e| os_error(vm, e))?;
    Ok(Value::None)
}

/// The first `n` bytes of the file at `path` (EOFError when it is shorter).
fn file_prefix(vm: &mut Vm, path: Value, n: usize) -> PyResult<Vec<u8>> {
    let path = path_arg(vm, path)?;
    let data = std::fs::read(path).map_err(|e| os_error(vm, e))?;
    if data.len() < n {
        return Err(vm.err("EOFError", "EOF read where not expected"));
    }
    Ok(data[..n].to_vec())
}

/// `pymarshal_read_short_from_file(path)`: `(value, bytes read)`.
fn pymarshal_read_short_from_file(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "pymarshal_read_short_from_file", args, 1, 1)?;
    let b = file_prefix(vm, args[0], 2)?;
    let v = vm.int(i64::from(i16::from_le_bytes([b[0], b[1]])));
    let p = vm.int(2);
    Ok(vm.new_tuple(vec![v, p]))
}

/// `pymarshal_read_long_from_file(path)`: `(value, bytes read)`.
fn pymarshal_read_long_from_file(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "pymarshal_read_long_from_file", args, 1, 1)?;
    let b = file_prefix(vm, args[0], 4)?;
    let v = vm.int(i64::from(i32::from_le_bytes([b[0], b[1], b[2], b[3]])));
    let p = vm.int(4);
    Ok(vm.new_tuple(vec![v, p]))
}

/// The object at the start of the file at `path` and how many bytes it took.
fn object_from_file(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let path = path_arg(vm, args[0])?;
    let data = std::fs::read(path).map_err(|e| os_error(vm, e))?;
    let (v, used) = super::marshal::read_object(vm, data)?;
    let p = vm.int(used as i64);
    Ok(vm.new_tuple(vec![v, p]))
}

/// `pymarshal_read_last_object_from_file(path)`: `(object, position)`.
fn pymarshal_read_last_object_from_file(
    vm: &mut Vm,
    args: &[Value],
    _kw: KwArgs,
) -> PyResult<Value> {
    object_from_file(vm, args, "pymarshal_read_last_object_from_file")
}

/// `pymarshal_read_object_from_file(path)`: `(object, position)`.
fn pymarshal_read_object_from_file(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    object_from_file(vm, args, "pymarshal_read_object_from_file")
}
