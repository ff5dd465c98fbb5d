//! Resolving a slice against a sequence length (CPython's Objects/sliceobject.c
//! `PySlice_Unpack` + `PySlice_AdjustIndices`, together `PySlice_GetIndicesEx`).

use crate::runtime::builtins::{add_methods, check_method};
use crate::runtime::heap::Heap;
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::Zero;

/// Registers `slice.indices`.
pub fn install(vm: &mut Vm) {
    let c = vm.types.slice;
    add_methods(vm, c, &[("indices", indices)]);
}

/// `slice.indices(length)` (CPython's `slice_indices`): the (start, stop, step) a
/// sequence of that length would use, in unbounded ints (any length, any bounds).
fn indices(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "indices", args, 1, 1)?;
    if !vm.is_slice(args[0]) {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    }
    let len = match vm.as_bigint(args[1]) {
        Some(n) => n,
        None => match vm.index_dunder(args[1])? {
            Some(n) => n,
            None => {
                let tn = vm.type_name(args[1]);
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )));
            }
        },
    };
    if len < BigInt::zero() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = vm.slice_indices_big(args[0], &len)?;
    let items = vec![vm.new_int(start), vm.new_int(stop), vm.new_int(step)];
    Ok(vm.new_tuple(items))
}

impl Vm {
    /// Normalises a slice against a length: (start, stop, step, count).
    pub fn slice_indices(&mut self, s: Value, len: i64) -> PyResult<(i64, i64, i64, i64)> {
        let (start, stop, step) = self.slice_unpack(s)?;
        Ok(adjust_indices(start, stop, step, len))
    }

    /// `slice_indices` in unbounded ints, for a length of any size (CPython's
    /// `_PySlice_GetLongIndices`): each bound counted from the end when negative,
    /// then clamped to [0, len] (to [-1, len - 1] for a negative step).
    pub fn slice_indices_big(
        &mut self,
        s: Value,
        len: &BigInt,
    ) -> PyResult<(BigInt, BigInt, BigInt)> {
        use num_traits::Signed;
        let (a, b, c) = match s {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Slice { start, stop, step } => (*start, *stop, *step),
                _ => unreachable!(),
            },
            _ => unreachable!(),
        };
        let step = match self.slice_part_big(c)? {
            Some(st) if st.is_zero() => {
                return Err(self.value_error("slice step cannot be zero"));
            }
            Some(st) => st,
            None => BigInt::from(1),
        };
        let back = step.is_negative();
        let (lower, upper) = if back {
            (BigInt::from(-1), len - 1u32)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |mut i: BigInt| {
            if i.is_negative() {
                i += len;
                if i < lower {
                    i = lower.clone();
                }
            } else if i > upper {
                i = upper.clone();
            }
            i
        };
        let start = match self.slice_part_big(a)? {
            Some(i) => clamp(i),
            None if back => upper.clone(),
            None => lower.clone(),
        };
        let stop = match self.slice_part_big(b)? {
            Some(i) => clamp(i),
            None if back => lower.clone(),
            None => upper.clone(),
        };
        Ok((start, stop, step))
    }

    /// One part of a slice as an unbounded int (None when omitted), `__index__` run
    /// where needed.
    fn slice_part_big(&mut self, v: Value) -> PyResult<Option<BigInt>> {
        if matches!(v, Value::None) {
            return Ok(None);
        }
        if let Some(b) = self.as_bigint(v) {
            return Ok(Some(b));
        }
        match self.index_dunder(v)? {
            Some(b) => Ok(Some(b)),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// A slice's bounds as ints (None where omitted) and its non-zero step, `__index__`
    /// run where needed (CPython's `PySlice_Unpack`). A mutable sequence reads its
    /// length only after this, as that code may have resized it.
    pub fn slice_unpack(&mut self, s: Value) -> PyResult<(Option<i64>, Option<i64>, i64)> {
        let (a, b, c) = match s {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Slice { start, stop, step } => (*start, *stop, *step),
                _ => unreachable!(),
            },
            _ => unreachable!(),
        };
        let get = |vm: &mut Vm, v: Value| vm.eval_slice_index(v, true);
        let step = get(self, c)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        Ok((get(self, a)?, get(self, b)?, step))
    }

    /// CPython's `_PyEval_SliceIndex` (`allow_none`: None is "omitted") and
    /// `_PyEval_SliceIndexNotNone`: an int or an object with `__index__`, clamped to
    /// the ssize_t range (so `l.index(x, -10**30, 10**30)` searches everything).
    pub fn eval_slice_index(&mut self, v: Value, allow_none: bool) -> PyResult<Option<i64>> {
        if allow_none && matches!(v, Value::None) {
            return Ok(None);
        }
        if let Some(i) = self.as_i64(v) {
            return Ok(Some(i));
        }
        let b = match self.as_bigint(v) {
            Some(b) => b,
            None => match self.index_dunder(v)? {
                Some(b) => b,
                None if allow_none => {
                    return Err(self.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ))
                }
                None => {
                    return Err(self
                        .type_error("slice indices must be integers or have an __index__ method"))
                }
            },
        };
        use num_traits::ToPrimitive;
        Ok(Some(b.to_i64().unwrap_or(if b > 0.into() {
            i64::MAX
        } else {
            i64::MIN
        })))
    }

    pub fn is_slice(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Slice { .. }))
    }
}

/// `PySlice_AdjustIndices`: bounds (None = omitted) clamped to a sequence of `len`
/// items for a non-zero `step`: (start, stop, step, count).
pub fn adjust_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
    len: i64,
) -> (i64, i64, i64, i64) {
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let norm = |x: Option<i64>, def: i64| -> i64 {
        match x {
            None => def,
            Some(i) if i < 0 => (i.saturating_add(len)).max(lo),
            Some(i) => i.min(hi),
        }
    };
    let start = norm(start, if step < 0 { hi } else { lo });
    let stop = norm(stop, if step < 0 { lo } else { hi });
    let count = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    (start, stop, step, count)
}

/// The slice `[start:stop:step]` of `len` items when every bound is an int that fits
/// in 64 bits or None and the step is not zero, so resolving it runs no code and
/// cannot fail (the evaluation loop's slicing without a slice object); None otherwise.
#[inline]
pub fn fast_bounds(
    heap: &Heap,
    start: Value,
    stop: Value,
    step: Value,
    len: i64,
) -> Option<(i64, i64, i64, i64)> {
    let get = |v: Value| match v {
        Value::None => Some(None),
        Value::Int(h) => Some(Some(heap.int_of(h))),
        _ => None,
    };
    let step = get(step)?.unwrap_or(1);
    if step == 0 {
        return None;
    }
    Some(adjust_indices(get(start)?, get(stop)?, step, len))
}
