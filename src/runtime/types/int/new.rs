//! `int(x)`, `int(s, base)` and `bool(x)` (CPython's `long_new_impl` and
//! `PyLong_FromDouble` in Objects/longobject.c, `bool_new` in Objects/boolobject.c).

use crate::runtime::builtins::{check_args, kwarg};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{Scalar, Value};
use num_bigint::BigInt;

/// `int(x)` / `int(s, base)`.
pub fn int_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // `long_new`'s clinic parser words its count error as PyArg_ParseTuple does.
    crate::runtime::builtins::check_args_parsetuple(vm, "int", args, 0, 2)?;
    let base = match args.get(1).copied().or_else(|| kwarg(vm, kw, "base")) {
        Some(b) => Some(crate::runtime::builtins::int_arg_clamped(vm, b)?),
        None => None,
    };
    let Some(&v) = args.first() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(vm.int(0));
    };
    let arg = v;
    let v = vm.payload_unless(v, &["__int__", "__index__", "__trunc__"]);
    if base.is_none() && vm.bytes_data(v).is_none() && vm.type_of(v) != vm.types.str_ {
        // Other bytes-like objects (memoryview, array) are parsed from a bytes copy
        // of their memory (CPython's `PyNumber_Long`).
        if let Some(d) = vm
            .is_buffer(v)
            .then(|| vm.buffer_bytes(v))
            .transpose()?
            .flatten()
        {
            let b = vm.new_bytes(d);
            let r = int_new(vm, &[b], &[]);
            vm.decref(b);
            return r;
        }
    }
    if let Some(s) = vm.as_str(v) {
        // Fast path: short plain decimal text (the common `int("42")`) needs no big-int
        // parse. Anything unusual (underscores, other digits, prefixes) goes the long way.
        if base.is_none_or(|b| b == 10) {
            let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
            let body = t.strip_prefix(['-', '+']).unwrap_or(t);
            if !body.is_empty() && body.len() <= 18 && body.bytes().all(|c| c.is_ascii_digit()) {
                if let Ok(n) = t.parse::<i64>() {
                    return Ok(vm.int(n));
                }
            }
        }
        let s = s.to_string();
        let b = base.unwrap_or(10);
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        if !matches!(b, 2 | 4 | 8 | 16 | 32) {
            // Only non-power-of-two bases are limited (CPython's `_PyLong_FromBytes`).
            let digits = s.chars().filter(|c| c.is_alphanumeric()).count();
            vm.check_int_str_digits(digits, Some(digits))?;
        }
        return match crate::text::int_text::parse_int_literal(&s, b as u32) {
            Ok(n) => Ok(vm.new_int(n)),
            Err(()) => {
                let r = crate::text::str_methods::str_repr_flagged(&s, vm.str_is_flagged(v));
                Err(vm.value_error(format!("invalid literal for int() with base {}: {}", b, r)))
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
        let b = base.unwrap_or(10);
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match crate::text::int_text::parse_int_literal(&s, b as u32) {
            Ok(n) => Ok(vm.new_int(n)),
            Err(()) => {
                let r = vm.repr(v)?;
                Err(vm.value_error(format!("invalid literal for int() with base {}: {}", b, r)))
            }
        };
    }
    if base.is_some() {
        return Err(vm.type_error("int() can't convert non-string with explicit base"));
    }
    match vm.scalar(v) {
        // An exact int is its own `int()`; an int subclass instance's value is a
        // new int (CPython's `_PyLong_Copy`), never the payload it keeps.
        Scalar::Int(_) if v.is(arg) => {
            vm.incref(v);
            Ok(v)
        }
        Scalar::Int(i) => Ok(vm.int(i)),
        Scalar::Bool(b) => Ok(vm.int(b as i64)),
        Scalar::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                Ok(vm.int(t as i64))
            } else {
                Ok(vm.new_int(float_to_bigint(t)))
            }
        }
        _ => {
            if let Some(b) = vm.as_bigint(v) {
                if !v.is(arg) {
                    return Ok(vm.new_int(b));
                }
                vm.incref(v);
                return Ok(v);
            }
            if let Some(r) = int_from_hooks(vm, v)? {
                return Ok(r);
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                tn
            )))
        }
    }
}

/// `int(v)` through `v`'s hooks, as CPython's `PyNumber_Long`: `__int__`, else
/// `__index__`, else `__trunc__` (deprecated: a DeprecationWarning first). The
/// result is always an exact int: an int subclass (bool included) returned by
/// `__int__`/`__index__` is converted with CPython's DeprecationWarning, one from
/// `__trunc__` silently; `__trunc__` may also return anything with `__index__`.
/// None when `v` has none of the hooks.
fn int_from_hooks(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    for m in ["__int__", "__index__"] {
        let Some(f) = vm.lookup_type_attr(v, m) else {
            continue;
        };
        let r = vm.call_value(f, &[v], &[]);
        vm.decref(f);
        return exact_int(vm, r?, m, true).map(Some);
    }
    let Some(f) = vm.lookup_type_attr(v, "__trunc__") else {
        return Ok(None);
    };
    let r = vm
        .warn(
            "DeprecationWarning",
            "The delegation of int() to __trunc__ is deprecated.",
        )
        .and_then(|()| vm.call_value(f, &[v], &[]));
    vm.decref(f);
    let r = r?;
    if vm.is_instance(r, vm.types.int) {
        return exact_int(vm, r, "__trunc__", false).map(Some);
    }
    let Some(f) = vm.lookup_type_attr(r, "__index__") else {
        let tn = vm.type_name(r);
        vm.decref(r);
        return Err(vm.type_error(format!("__trunc__ returned non-Integral (type {tn})")));
    };
    let i = vm.call_value(f, &[r], &[]);
    vm.decref(f);
    vm.decref(r);
    exact_int(vm, i?, "__index__", true).map(Some)
}

/// The exact int equal to `r` (owned), the int a hook `method` returned: TypeError
/// when it is no int, a copy (after CPython's DeprecationWarning when `warn`) when it
/// is an instance of a subclass.
fn exact_int(vm: &mut Vm, r: Value, method: &str, warn: bool) -> PyResult<Value> {
    if matches!(r, Value::Int(_)) || vm.is_exact_bigint(r) {
        return Ok(r);
    }
    let value = if vm.is_instance(r, vm.types.int) {
        vm.as_bigint(vm.unwrap_payload(r))
    } else {
        None
    };
    let tn = vm.type_name(r);
    vm.decref(r);
    let Some(value) = value else {
        return Err(vm.type_error(format!("{method} returned non-int (type {tn})")));
    };
    if warn {
        let msg = crate::runtime::types::float::ops::subclass_warning(method, &tn);
        vm.warn("DeprecationWarning", msg)?;
    }
    Ok(vm.new_int(value))
}

/// Exact conversion of an integral f64 to BigInt.
pub fn float_to_bigint(f: f64) -> BigInt {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let m = BigInt::from(mant);
    let r = if exp >= 0 {
        m << exp as usize
    } else {
        m >> (-exp) as usize
    };
    if f < 0.0 {
        -r
    } else {
        r
    }
}

/// `bool(x)`: the truth value of `x` (False without an argument).
pub fn bool_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    check_args(vm, "bool", args, 0, 1)?;
    Ok(Value::Bool(match args.first() {
        Some(&v) => vm.truthy(v)?,
        None => false,
    }))
}
