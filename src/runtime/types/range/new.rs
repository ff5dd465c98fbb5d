//! `range(stop)`, `range(start, stop[, step])` (CPython's `range_new` and
//! `make_range_object` in Objects/rangeobject.c).
//!
//! Small ranges stay `Obj::Range` with i64 bounds (the fast path used by loops);
//! `range(...)` builds an `Obj::BigRange` only when some argument is a big int.

use super::BigRangeObj;
use crate::runtime::builtins::check_args;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::Zero;

/// `range(...)`.
pub fn range_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    check_args(vm, "range", args, 1, 3)?;
    // Objects with __index__ (CPython's PyNumber_Index) become their ints first.
    if args
        .iter()
        .any(|&a| matches!(a, Value::Obj(_)) && vm.as_bigint(a).is_none())
    {
        let mut conv = Vec::with_capacity(args.len());
        for &a in args {
            let b = if matches!(a, Value::Obj(_)) && vm.as_bigint(a).is_none() {
                vm.index_dunder(a)
            } else {
                Ok(None)
            };
            match b {
                Ok(Some(b)) => conv.push(vm.new_int(b)),
                Ok(None) => {
                    vm.incref(a);
                    conv.push(a);
                }
                Err(e) => {
                    for c in conv {
                        vm.decref(c);
                    }
                    return Err(e);
                }
            }
        }
        let changed = conv.iter().zip(args).any(|(&c, &a)| !c.is(a));
        let r = if changed {
            Some(range_new(vm, &conv))
        } else {
            None
        };
        for c in conv {
            vm.decref(c);
        }
        if let Some(r) = r {
            return r;
        }
    }
    let mut n = [0i64; 3];
    for (i, &a) in args.iter().enumerate() {
        n[i] = match vm.as_i64(a) {
            Some(x) => x,
            None if vm.as_bigint(a).is_some() => {
                return new_big(vm, args);
            }
            None => {
                let tn = vm.type_name(a);
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )));
            }
        };
    }
    let (start, stop, step) = match args.len() {
        1 => (0, n[0], 1),
        2 => (n[0], n[1], 1),
        _ => (n[0], n[1], n[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    // The common case without big ints: bounds and length fit i64.
    if super::range_len_checked(start, stop, step).is_some() {
        return Ok(vm.heap.new_value(Obj::Range { start, stop, step }));
    }
    Ok(make_range(vm, start.into(), stop.into(), step.into()))
}

/// A range value with these bounds: `Obj::Range` when the bounds and the length fit
/// i64 (so the i64 arithmetic of its fast paths cannot overflow), else
/// `Obj::BigRange` (`range(-sys.maxsize, sys.maxsize)` has more than
/// `sys.maxsize` elements, and `len()` of it is an OverflowError as in CPython).
pub fn make_range(vm: &mut Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    use num_traits::ToPrimitive;
    let big = BigRangeObj { start, stop, step };
    if let (Some(start), Some(stop), Some(step), Some(_)) = (
        big.start.to_i64(),
        big.stop.to_i64(),
        big.step.to_i64(),
        big.len().to_i64(),
    ) {
        return vm.heap.new_value(Obj::Range { start, stop, step });
    }
    vm.heap.new_value(Obj::BigRange(Box::new(big)))
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
    Ok(make_range(vm, start, stop, step))
}
