//! `range` methods (`index`, `count`) and the big-int range path (CPython's
//! Objects/rangeobject.c: a range whose bounds do not fit a C long keeps PyLongs).
//!
//! Small ranges stay `Obj::Range` with i64 bounds (the fast path used by loops);
//! `range(...)` builds an `Obj::BigRange` only when some argument is a big int.

use super::{add_methods, check_method};
use crate::runtime::object::function::KwArgs;
use crate::runtime::object::{BigRangeObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

pub fn install(vm: &mut Vm) {
    let r = vm.types.range;
    add_methods(vm, r, &[("index", index), ("count", count)]);
}

/// The (start, stop, step) of a range value as big ints.
pub fn bounds(vm: &Vm, v: Value) -> Option<(BigInt, BigInt, BigInt)> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Range { start, stop, step } => Some((
                BigInt::from(*start),
                BigInt::from(*stop),
                BigInt::from(*step),
            )),
            Obj::BigRange(b) => Some((b.start.clone(), b.stop.clone(), b.step.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// `len(range)` as a big int (0 for a non-range).
pub fn length(vm: &Vm, v: Value) -> BigInt {
    let Some((start, stop, step)) = bounds(vm, v) else {
        return BigInt::zero();
    };
    let (lo, hi, st) = if step.is_positive() {
        (start, stop, step)
    } else {
        (stop, start, -step)
    };
    if lo >= hi || st.is_zero() {
        BigInt::zero()
    } else {
        (hi - lo - 1u32) / st + 1u32
    }
}

/// The index of integer `x` in the range, if it is an element.
pub fn position(vm: &Vm, range: Value, x: &BigInt) -> Option<BigInt> {
    let (start, stop, step) = bounds(vm, range)?;
    let inside = if step.is_positive() {
        *x >= start && *x < stop
    } else {
        *x <= start && *x > stop
    };
    if !inside {
        return None;
    }
    let off = x - &start;
    if (&off % &step).is_zero() {
        Some(off / step)
    } else {
        None
    }
}

/// `range(...)` when some argument is a big int.
pub fn new_big(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mut n = Vec::with_capacity(3);
    for &a in args {
        match vm.as_bigint(a) {
            Some(b) => n.push(b),
            None => {
                let tn = vm.type_name(a);
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )));
            }
        }
    }
    let (start, stop, step) = match n.len() {
        1 => (BigInt::zero(), n[0].clone(), BigInt::from(1)),
        2 => (n[0].clone(), n[1].clone(), BigInt::from(1)),
        _ => (n[0].clone(), n[1].clone(), n[2].clone()),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm
        .heap
        .new_value(Obj::BigRange(Box::new(BigRangeObj { start, stop, step }))))
}

/// `bigrange[i]` (integer index only; slicing a big range is not supported).
pub fn big_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let (start, _, step) = bounds(vm, obj).unwrap_or_default();
    let len = match obj {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigRange(b) => b.len(),
            _ => BigInt::zero(),
        },
        _ => BigInt::zero(),
    };
    let Some(mut i) = vm.as_bigint(key) else {
        let tn = vm.type_name(key);
        if vm.is_slice(key) {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
        }
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            tn
        )));
    };
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_int(start + i * step))
}

/// `x` as a big int when it is an int or a bool (CPython's fast path for ranges).
fn exact_int(vm: &Vm, x: Value) -> Option<BigInt> {
    match x {
        Value::Int(i) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(b as i64)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => Some((**b).clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `range.index(x)`.
fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "index", args, 1, 1)?;
    let x = args[1];
    if let Some(b) = exact_int(vm, x) {
        if let Some(p) = position(vm, args[0], &b) {
            return Ok(vm.new_int(p));
        }
        let s = vm.repr(x)?;
        return Err(vm.value_error(format!("{} is not in range", s)));
    }
    // Generic search by equality (CPython falls back to _PySequence_IterSearch).
    match iter_search(vm, args[0], x, true)? {
        (_, Some(i)) => Ok(Value::Int(i)),
        _ => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

/// CPython's `_PySequence_IterSearch` over a range: compares every item with `x` by
/// `==`; returns (number of matches, index of the first). With `first_only` it stops
/// at the first match.
fn iter_search(
    vm: &mut Vm,
    seq: Value,
    x: Value,
    first_only: bool,
) -> PyResult<(i64, Option<i64>)> {
    let items = vm.get_iter(seq)?;
    let (mut n, mut first, mut i) = (0i64, None, 0i64);
    let result = loop {
        let v = match vm.iter_next(items) {
            Ok(Some(v)) => v,
            Ok(None) => break Ok((n, first)),
            Err(e) => break Err(e),
        };
        let eq = vm.eq(v, x);
        vm.decref(v);
        match eq {
            Ok(true) => {
                n += 1;
                first.get_or_insert(i);
                if first_only {
                    break Ok((n, first));
                }
            }
            Ok(false) => {}
            Err(e) => break Err(e),
        }
        i += 1;
    };
    vm.decref(items);
    result
}

/// `range.count(x)`.
fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "count", args, 1, 1)?;
    let x = args[1];
    if let Some(b) = exact_int(vm, x) {
        return Ok(Value::Int(position(vm, args[0], &b).is_some() as i64));
    }
    Ok(Value::Int(iter_search(vm, args[0], x, false)?.0))
}
