//! `range`'s arms of the object protocols (CPython's Objects/rangeobject.c):
//! equality (`range_richcompare`), hashing (`range_hash`), `in` (`range_contains`),
//! subscription (`range_subscript`, `compute_range_item`), and the big-int view of
//! either kind of range (`bounds`, `length`, `position`) those share with the methods.

use crate::bytecode::CmpOp;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

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

/// `range[slice]` in unbounded ints (CPython's `compute_slice`): the slice's indices
/// against the length mapped through the range, so `range(0, 2**100, 3)[::2**80]`
/// is a range too.
pub fn range_slice(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let (start, _, step) = bounds(vm, obj).unwrap_or_default();
    let len = length(vm, obj);
    let (i, j, k) = vm.slice_indices_big(key, &len)?;
    let nstart = &start + i * &step;
    let nstop = &start + j * &step;
    let nstep = step * k;
    Ok(super::new::make_range(vm, nstart, nstop, nstep))
}

/// `bigrange[i]` or `bigrange[slice]`.
pub fn big_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    if vm.is_slice(key) {
        return range_slice(vm, obj, key);
    }
    let (start, _, step) = bounds(vm, obj).unwrap_or_default();
    let len = length(vm, obj);
    let i = match vm.as_bigint(key) {
        Some(i) => Some(i),
        None if matches!(key, Value::Obj(_)) => vm.index_dunder(key)?,
        None => None,
    };
    let Some(mut i) = i else {
        let tn = vm.type_name(key);
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

impl Vm {
    /// `range(start, stop, step)[key]` for a small range: an int, or a new range for
    /// `range[slice]` when the slice's parts are None or small ints and the result's
    /// bounds fit i64 (the common case, without big-int arithmetic); None otherwise.
    fn small_range_slice(&mut self, start: i64, step: i64, len: i64, key: Value) -> Option<Value> {
        let Value::Obj(k) = key else { return None };
        let Obj::Slice {
            start: a,
            stop: b,
            step: c,
        } = self.heap.get(k)
        else {
            return None;
        };
        let part = |v: Value| match v {
            Value::None => Some(None),
            Value::Int(n) => Some(Some(self.heap.int_of(n))),
            _ => None,
        };
        let (a, b, c) = (part(*a)?, part(*b)?, part(*c)?);
        let c = c.unwrap_or(1);
        if c == 0 {
            return None;
        }
        let (s2, e2, st2, _) = crate::runtime::types::slice::indices::adjust_indices(a, b, c, len);
        let (start, step) = (start as i128, step as i128);
        let ns = i64::try_from(start + s2 as i128 * step).ok()?;
        let ne = i64::try_from(start + e2 as i128 * step).ok()?;
        let nst = i64::try_from(step * st2 as i128).ok()?;
        // The new range's length must fit i64 too (`make_range`'s rule).
        super::range_len_checked(ns, ne, nst)?;
        Some(self.heap.new_value(Obj::Range {
            start: ns,
            stop: ne,
            step: nst,
        }))
    }

    /// a slice (CPython's `range_subscript`).
    pub fn range_getitem(
        &mut self,
        start: i64,
        stop: i64,
        step: i64,
        key: Value,
    ) -> PyResult<Value> {
        let len = super::range_len(start, stop, step);
        if self.is_slice(key) {
            // CPython's compute_slice maps the slice's own (clipped) stop index, not
            // the end of the last element: range(4)[1::2] is range(1, 4, 2).
            if let Some(v) = self.small_range_slice(start, step, len, key) {
                return Ok(v);
            }
            // The result's bounds may leave i64 (a huge step), or the slice holds
            // big ints or `__index__` objects: done in big ints.
            let r = self.heap.new_value(Obj::Range { start, stop, step });
            let res = range_slice(self, r, key);
            self.decref(r);
            return res;
        }
        let Some(i) = self.as_i64(key) else {
            if self.as_bigint(key).is_some() {
                // Any int that does not fit i64 is out of range for an i64 range
                // (whose length fits i64, see `make_range`).
                return Err(self.index_error("range object index out of range"));
            }
            if let Value::Obj(_) = key {
                // An object with `__index__` (CPython's PyNumber_Index).
                if let Some(b) = self.index_dunder(key)? {
                    let k = self.new_int(b);
                    let res = self.range_getitem(start, stop, step, k);
                    self.decref(k);
                    return res;
                }
            }
            let tn = self.type_name(key);
            return Err(self.type_error(format!(
                "range indices must be integers or slices, not {}",
                tn
            )));
        };
        let j = if i < 0 { i.saturating_add(len) } else { i };
        if j < 0 || j >= len {
            return Err(self.index_error("range object index out of range"));
        }
        // The element lies between start and stop, so it fits i64 even when `j * step`
        // alone does not (range(-2**63, 2**63 - 1, 3)[j]): two's-complement wrapping
        // gives the exact result.
        Ok(self.int(start.wrapping_add(j.wrapping_mul(step))))
    }

    /// `a == b` / `a != b` for two ranges (CPython's `range_richcompare`): equal when
    /// they produce the same sequence, so only the length, the first element (if any)
    /// and the step (if more than one element) count. None for ordering operators.
    pub fn range_compare(&self, a: Value, b: Value, op: CmpOp) -> Option<bool> {
        let norm = |vm: &Self, r: Value| {
            let (start, _, step) = bounds(vm, r).unwrap_or_default();
            let n = length(vm, r);
            if n.is_zero() {
                (n, BigInt::zero(), BigInt::zero())
            } else if n.is_one() {
                (n, start, BigInt::zero())
            } else {
                (n, start, step)
            }
        };
        let e = norm(self, a) == norm(self, b);
        match op {
            CmpOp::Eq => Some(e),
            CmpOp::NotEq => Some(!e),
            _ => None,
        }
    }

    /// CPython's `range_hash`: hash((len, start, step)) with None for the parts that
    /// do not matter (empty: both; one element: the step).
    pub fn range_hash(&mut self, v: Value) -> PyResult<i64> {
        let (start, _, step) = bounds(self, v).unwrap_or_default();
        let len = length(self, v);
        let lenv = self.new_int(len.clone());
        let items = if len.is_zero() {
            vec![lenv, Value::None, Value::None]
        } else if len.is_one() {
            vec![lenv, self.new_int(start), Value::None]
        } else {
            let sv = self.new_int(start);
            vec![lenv, sv, self.new_int(step)]
        };
        let t = self.new_tuple(items);
        let h = self.hash(t);
        self.decref(t);
        h
    }

    /// `x in range` by arithmetic when `x` is an int (CPython's `range_contains`);
    /// None when the generic iterate-and-compare search must decide.
    pub fn range_contains(&mut self, range: Value, x: Value) -> Option<bool> {
        let Value::Obj(r) = range else { return None };
        match self.heap.get(r) {
            Obj::BigRange(_) => {
                let x = self.as_bigint(x)?;
                Some(position(self, range, &x).is_some())
            }
            Obj::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let i = self.as_i64(x)?;
                let inr = if step > 0 {
                    i >= start && i < stop
                } else {
                    i <= start && i > stop
                };
                Some(inr && (i - start) % step == 0)
            }
            _ => None,
        }
    }
}
