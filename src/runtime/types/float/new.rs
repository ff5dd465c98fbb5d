//! `float(x)` (CPython's `float_new_impl` / `PyNumber_Float` in
//! Objects/floatobject.c): from a str, a number, or an object with `__float__`.

use crate::runtime::builtins::check_args;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// `float()` / `float(x)`.
pub fn float_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "float", args, 0, 1)?;
    let Some(&v) = args.first() else {
        return Ok(vm.float(0.0));
    };
    if let Value::Float(_) = v {
        // `float(x)` of an exact float is x itself (`PyNumber_Float`).
        vm.incref(v);
        return Ok(v);
    }
    let v = vm.payload_unless(v, &["__float__", "__index__"]);
    // The hooks come before any text parsing (CPython's `PyNumber_Float`): a str
    // subclass with its own `__float__` converts through it.
    if vm.payload_of(v).is_some() {
        if let Some(f) = vm.lookup_type_attr(v, "__float__") {
            vm.decref(f);
            let n = vm.to_f64(v)?;
            return Ok(vm.float(n));
        }
    }
    if vm.bytes_data(v).is_none() && vm.type_of(v) != vm.types.str_ && vm.is_buffer(v) {
        // Other bytes-like objects (memoryview, array) are parsed from a bytes copy
        // of their memory (CPython's `PyFloat_FromString`).
        if let Some(d) = vm.buffer_bytes(v)? {
            let b = vm.new_bytes(d);
            let r = float_new(vm, &[b], &[]);
            vm.decref(b);
            return r;
        }
    }
    if let Some(s) = vm.as_str(v) {
        let s = s.to_string();
        return match crate::text::int_text::parse_float_text(&s) {
            Some(f) => Ok(vm.float(f)),
            None => {
                let r = crate::text::str_methods::str_repr_flagged(&s, vm.str_is_flagged(v));
                Err(vm.value_error(format!("could not convert string to float: {}", r)))
            }
        };
    }
    // bytes and bytearray are parsed as ASCII text; errors show their repr.
    let bytes_text = match v {
        Value::Obj(r) => match vm.heap.get(r) {
            crate::runtime::object::Obj::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
            crate::runtime::object::Obj::ByteArray(b) => {
                Some(String::from_utf8_lossy(&b.data).into_owned())
            }
            _ => None,
        },
        _ => None,
    };
    if let Some(s) = bytes_text {
        return match crate::text::int_text::parse_float_text(&s) {
            Some(f) => Ok(vm.float(f)),
            None => {
                let r = vm.repr(v)?;
                Err(vm.value_error(format!("could not convert string to float: {}", r)))
            }
        };
    }
    if vm.num(v).is_some() {
        return Ok({
            let n = vm.to_f64(v)?;
            vm.float(n)
        });
    }
    for m in ["__float__", "__index__"] {
        if let Some(f) = vm.lookup_type_attr(v, m) {
            vm.decref(f);
            let n = vm.to_f64(v)?;
            return Ok(vm.float(n));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        tn
    )))
}
