//! Methods of `float` (CPython's Objects/floatobject.c `float_is_integer_impl`,
//! `float_as_integer_ratio_impl`).

use crate::runtime::builtins::{add_methods, check_method};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn install(vm: &mut Vm) {
    let f = vm.types.float;
    add_methods(
        vm,
        f,
        &[
            ("is_integer", is_integer),
            ("as_integer_ratio", as_integer_ratio),
            ("hex", hex),
            ("conjugate", conjugate),
        ],
    );
    for (name, fun) in [
        (
            "fromhex",
            fromhex as crate::runtime::types::function::NativeFn,
        ),
        ("__getformat__", getformat),
    ] {
        let fh = crate::runtime::builtins::native(vm, name, fun);
        let cm = vm
            .heap
            .new_value(crate::runtime::object::Obj::ClassMethod(fh, None));
        if let crate::runtime::object::Obj::Class(c) = vm.heap.get(f) {
            let d = c.dict;
            crate::runtime::builtins::set_in(vm, d, name, cm);
        }
    }
}

/// `float.__getformat__(typestr)` (a classmethod): how C doubles and floats are stored,
/// IEEE 754 little-endian on every machine mempy runs on.
fn getformat(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__getformat__", args, 1, 1)?;
    let Some(s) = vm.as_str(args[1]) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!("__getformat__() argument must be str, not {}", tn)));
    };
    if s != "double" && s != "float" {
        return Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    Ok(vm.new_str("IEEE, little-endian"))
}

/// The float a method was called on (an instance of a float subclass gives its payload).
fn self_float(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<f64> {
    let v = args.first().copied().unwrap_or(Value::None);
    let v = vm.payload_unless(v, &[]);
    match vm.heap.f64_of(v) {
        Some(f) => Ok(f),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{}' for 'float' objects doesn't apply to a '{}' object",
                name, tn
            )))
        }
    }
}

/// `float.hex()`.
fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "hex", args, 0, 0)?;
    let f = self_float(vm, args, "hex")?;
    Ok(vm.new_str(crate::text::float_hex::float_to_hex(f)))
}

/// `float.conjugate()`: the float itself (a new float for a subclass instance).
fn conjugate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "conjugate", args, 0, 0)?;
    if let v @ Value::Float(_) = args[0] {
        // An exact float is returned as it is (CPython's `float_float`).
        vm.incref(v);
        return Ok(v);
    }
    let f = self_float(vm, args, "conjugate")?;
    Ok(vm.float(f))
}

/// `float.fromhex(s)` (a classmethod: a subclass is called with the float).
fn fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    use crate::text::float_hex::{float_from_hex, FromHexError};
    check_method(vm, "fromhex", args, 1, 1)?;
    let Some(s) = vm.as_str(args[1]) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {}", tn)));
    };
    let f = match float_from_hex(s) {
        Ok(f) => f,
        Err(FromHexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(FromHexError::Overflow) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
    };
    let r = vm.float(f);
    if matches!(args[0], Value::Obj(c) if c == vm.types.float) {
        return Ok(r);
    }
    let out = vm.call_value(args[0], &[r], &[]);
    vm.decref(r);
    out
}

fn is_integer(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(
        matches!(vm.heap.f64_of(args[0]), Some(f) if f.is_finite() && f.fract() == 0.0),
    ))
}

/// `float.as_integer_ratio()`: the exact fraction, in lowest terms, positive denominator.
fn as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "as_integer_ratio", args, 0, 0)?;
    let f = match vm.heap.f64_of(args[0]) {
        Some(f) => f,
        None => {
            return Err(vm.type_error("descriptor 'as_integer_ratio' requires a 'float' object"))
        }
    };
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    use num_bigint::BigInt;
    use num_traits::{One, Zero};
    let bits = f.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    if mant == 0 {
        e = 0;
    }
    while mant != 0 && mant & 1 == 0 && e < 0 {
        mant >>= 1;
        e += 1;
    }
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if e > 0 {
        num <<= e as usize;
    } else if e < 0 {
        den <<= (-e) as usize;
    }
    if neg && !num.is_zero() {
        num = -num;
    }
    let n = vm.new_int(num);
    let d = vm.new_int(den);
    Ok(vm.new_tuple(vec![n, d]))
}
