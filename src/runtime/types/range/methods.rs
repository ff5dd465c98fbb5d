//! `range` methods `index` and `count` (CPython's `range_index`, `range_count` in
//! Objects/rangeobject.c): arithmetic for ints, the generic equality search otherwise.

use super::ops::position;
use crate::runtime::builtins::{add_methods, check_method};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use num_bigint::BigInt;

pub fn install(vm: &mut Vm) {
    let r = vm.types.range;
    add_methods(vm, r, &[("index", index), ("count", count)]);
}

/// `x` as a big int when it is an int or a bool (CPython's fast path for ranges).
fn exact_int(vm: &Vm, x: Value) -> Option<BigInt> {
    match x {
        Value::Int(i) => Some(BigInt::from(vm.heap.int_of(i))),
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
        (_, Some(i)) => Ok(vm.int(i)),
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
        return Ok({
            let n = position(vm, args[0], &b).is_some() as i64;
            vm.int(n)
        });
    }
    let n = iter_search(vm, args[0], x, false)?.0;
    Ok(vm.int(n))
}
