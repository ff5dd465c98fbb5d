//! `int.to_bytes` and `int.from_bytes` (CPython's `int_to_bytes_impl` and
//! `int_from_bytes_impl` in Objects/longobject.c). They are int methods, kept beside
//! bytes because they share its int-to-byte conversion (`bytes_from_ints`).

use super::new::bytes_from_ints;
use crate::runtime::builtins::{add_methods, int_arg, kwarg};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Registers `int.to_bytes` and the classmethod `int.from_bytes`.
pub(super) fn install(vm: &mut Vm) {
    let int = vm.types.int;
    add_methods(vm, int, &[("to_bytes", int_to_bytes)]);
    let f = crate::runtime::builtins::native(vm, "from_bytes", int_from_bytes);
    let cm = vm.heap.new_value(Obj::ClassMethod(f, None));
    if let Obj::Class(c) = vm.heap.get(int) {
        let d = c.dict;
        crate::runtime::builtins::set_in(vm, d, "from_bytes", cm);
    }
}

/// The `byteorder` argument: true for little-endian.
fn byteorder_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match vm.as_str(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                tn
            )))
        }
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    use num_bigint::Sign;
    if args.len() > 3 {
        // Argument Clinic's positional count message.
        return Err(vm.type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            args.len() - 1
        )));
    }
    let length = match args.get(1).copied().or_else(|| kwarg(vm, kw, "length")) {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(
        vm,
        args.get(2).copied().or_else(|| kwarg(vm, kw, "byteorder")),
    )?;
    let signed = match kwarg(vm, kw, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = vm.as_bigint(args[0]).unwrap_or_default();
    if n.sign() == Sign::Minus && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    vm.ensure_alloc(length)?;
    // Two's complement, little-endian, then padded with the sign byte.
    let mut le = n.to_signed_bytes_le();
    if !signed && le.len() > 1 && le.last() == Some(&0) {
        le.pop();
    }
    if n.sign() == Sign::NoSign {
        le.clear();
    }
    if le.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let pad = if n.sign() == Sign::Minus { 0xff } else { 0 };
    le.resize(length, pad);
    if !little {
        le.reverse();
    }
    Ok(vm.new_bytes(le))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 3 {
        // Argument Clinic's positional count message.
        return Err(vm.type_error(format!(
            "from_bytes() takes at most 2 positional arguments ({} given)",
            args.len() - 1
        )));
    }
    let Some(src) = args.get(1).copied().or_else(|| kwarg(vm, kw, "bytes")) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder_arg(
        vm,
        args.get(2).copied().or_else(|| kwarg(vm, kw, "byteorder")),
    )?;
    let signed = match kwarg(vm, kw, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // CPython's `PyObject_Bytes`: a bytes as it is, else `__bytes__` (which must
    // give a bytes), else a buffer or an iterable of ints (`PyBytes_FromObject`).
    let converted = match vm.bytes_data(src) {
        Some(_) => None,
        None => vm.bytes_via_dunder(src, false)?,
    };
    let mut data = match vm.bytes_data(converted.unwrap_or(src)) {
        Some(d) => {
            let d = d.to_vec();
            if let Some(c) = converted {
                vm.decref(c);
            }
            d
        }
        None => {
            let not_iterable = vm.is_str(src) || {
                match vm.get_iter(src) {
                    Ok(it) => {
                        vm.decref(it);
                        false
                    }
                    Err(e) if vm.exc_matches(e.0, "TypeError") => {
                        vm.decref(e.0);
                        true
                    }
                    Err(e) => return Err(e),
                }
            };
            if not_iterable {
                let tn = vm.type_name(src);
                return Err(vm.type_error(format!("cannot convert '{}' object to bytes", tn)));
            }
            let items = vm.collect_iter(src)?;
            let r = bytes_from_ints(vm, &items, false);
            for x in items {
                vm.decref(x);
            }
            r?
        }
    };
    if !little {
        data.reverse();
    }
    let n = if signed {
        num_bigint::BigInt::from_signed_bytes_le(&data)
    } else {
        num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    let n = vm.new_int(n);
    // Called on a subclass (`bool.from_bytes`), the int is handed to the class
    // (CPython's `int_from_bytes_impl`: `type(long_obj)` unless type is int).
    match args.first() {
        Some(&Value::Obj(cls)) if cls != vm.types.int => {
            let r = vm.call_value(Value::Obj(cls), &[n], &[]);
            vm.decref(n);
            r
        }
        _ => Ok(n),
    }
}
