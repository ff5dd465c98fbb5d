//! Methods of int, float and generators (CPython's longobject.c, floatobject.c,
//! genobject.c). The set/frozenset methods are in `runtime/types/set/methods.rs`.

use super::{add_methods, check_method};
use crate::runtime::object::function::KwArgs;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::Value;

pub fn install(vm: &mut Vm) {
    let i = vm.types.int;
    add_methods(
        vm,
        i,
        &[
            ("bit_length", bit_length),
            ("__index__", int_index),
            ("__int__", int_index),
        ],
    );
    let f = vm.types.float;
    add_methods(
        vm,
        f,
        &[
            ("is_integer", is_integer),
            ("as_integer_ratio", as_integer_ratio),
        ],
    );
    let g = vm.types.generator;
    add_methods(
        vm,
        g,
        &[
            ("send", gen_send),
            ("close", gen_close),
            ("throw", gen_throw),
            ("__next__", gen_next),
            ("__iter__", gen_iter),
        ],
    );
    // Every builtin iterator type has `__next__` and `__iter__` (returning itself).
    let t = &vm.types;
    let iterators = [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.range_iterator,
        t.longrange_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
        t.callable_iterator,
    ];
    for it in iterators {
        add_methods(vm, it, &[("__next__", iter_next), ("__iter__", gen_iter)]);
    }
}

/// `iterator.__next__()` of the builtin iterators.
fn iter_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__next__", args, 0, 0)?;
    match vm.iter_next(args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.err_noargs("StopIteration")),
    }
}

fn bit_length(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = vm.as_bigint(args[0]).unwrap_or_default();
    Ok(Value::Int(b.bits() as i64))
}

fn int_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = vm.as_bigint(args[0]).unwrap_or_default();
    Ok(vm.new_int(b))
}

fn is_integer(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(
        matches!(args[0], Value::Float(f) if f.is_finite() && f.fract() == 0.0),
    ))
}

/// `float.as_integer_ratio()`: the exact fraction, in lowest terms, positive denominator.
fn as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "as_integer_ratio", args, 0, 0)?;
    let f = match args[0] {
        Value::Float(f) => f,
        _ => return Err(vm.type_error("descriptor 'as_integer_ratio' requires a 'float' object")),
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

fn gen_ref(vm: &mut Vm, v: Value) -> PyResult<crate::value::ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Generator(_)) => Ok(r),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn finish(vm: &mut Vm, r: PyResult<Result<Value, Value>>) -> PyResult<Value> {
    match r? {
        Ok(v) => Ok(v),
        Err(ret) => Err(vm.stop_iteration(ret)),
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "send", args, 1, 1)?;
    let g = gen_ref(vm, args[0])?;
    let r = vm.gen_resume(g, args[1], None);
    finish(vm, r)
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen_ref(vm, args[0])?;
    let r = vm.gen_resume(g, Value::None, None);
    finish(vm, r)
}

fn gen_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.incref(args[0]);
    Ok(args[0])
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "close", args, 0, 0)?;
    let g = gen_ref(vm, args[0])?;
    vm.gen_close(g)?;
    Ok(Value::None)
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "throw", args, 1, 3)?;
    let g = gen_ref(vm, args[0])?;
    let exc = vm.normalize_raise(args[1])?;
    let r = vm.gen_resume(g, Value::None, Some(exc));
    vm.decref(exc);
    finish(vm, r)
}

#[allow(dead_code)]
fn _e(e: PyErr) -> PyErr {
    e
}
