//! `range` (CPython's Objects/rangeobject.c).
//!
//! A range whose bounds fit i64 is `Obj::Range { start, stop, step }` inline in the
//! heap slot (the fast path loops use); one with a big-int bound is `Obj::BigRange`
//! holding a `BigRangeObj`, as CPython's rangeobject keeps PyLongs. This file holds
//! the data part (the payload, its length and its repr text); the VM-facing parts
//! are the siblings: `ops.rs` (compare, hash, `in`, subscription and the big-int
//! view of either kind), `methods.rs` (`index`, `count`), `new.rs` (`range(...)`).

pub mod methods;
pub mod new;
pub mod ops;

use num_bigint::BigInt;

/// Bounds of a big-int `range` (see `Obj::BigRange`).
pub struct BigRangeObj {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl BigRangeObj {
    /// Number of elements (CPython's `compute_range_length`).
    pub fn len(&self) -> BigInt {
        use num_traits::{Signed, Zero};
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -self.step.clone())
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1u32) / step + 1u32
    }

    pub fn is_empty(&self) -> bool {
        use num_traits::Zero;
        self.len().is_zero()
    }

    /// `repr(range)` (CPython's `range_repr`: the step only when it is not 1).
    pub fn repr(&self) -> String {
        if self.step == BigInt::from(1) {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }
    }
}

/// `repr(range)` of a small range (CPython's `range_repr`).
pub fn repr(start: i64, stop: i64, step: i64) -> String {
    if step == 1 {
        format!("range({}, {})", start, stop)
    } else {
        format!("range({}, {}, {})", start, stop, step)
    }
}

/// `range_len` when the length fits i64 (a range whose bounds fit may still be
/// longer: `range(-2**63, 2**63 - 1)`), else None.
pub fn range_len_checked(start: i64, stop: i64, step: i64) -> Option<i64> {
    i64::try_from(range_len_u64(start, stop, step)).ok()
}

/// The element count as u64 (at most 2**64 - 1: the span below is under 2**64), by
/// 64-bit division (the i128 one was a library call on every `range()`).
#[inline]
fn range_len_u64(start: i64, stop: i64, step: i64) -> u64 {
    let (lo, hi) = if step > 0 && start < stop {
        (start, stop)
    } else if step < 0 && start > stop {
        (stop, start)
    } else {
        return 0;
    };
    // `hi - lo - 1` is below 2**64 - 1: wrapping i64 arithmetic read as u64 is exact.
    let span = (hi.wrapping_sub(lo) as u64).wrapping_sub(1);
    let step = step.unsigned_abs();
    if step == 1 {
        span + 1
    } else {
        span / step + 1
    }
}

/// Number of elements of `range(start, stop, step)` (wrapped to i64 when longer:
/// callers that can meet such ranges use `range_len_checked`).
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    range_len_u64(start, stop, step) as i64
}

#[cfg(test)]
mod len_tests {
    use super::{range_len, range_len_checked};

    /// The count by the definition (128-bit arithmetic, no shortcut).
    fn reference(start: i64, stop: i64, step: i64) -> i128 {
        let (start, stop, step) = (start as i128, stop as i128, step as i128);
        if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / -step + 1
        } else {
            0
        }
    }

    #[test]
    fn lengths_match_the_definition_at_the_extremes() {
        let points = [
            i64::MIN,
            i64::MIN + 1,
            -7,
            -1,
            0,
            1,
            2,
            7,
            10,
            i64::MAX - 1,
            i64::MAX,
        ];
        let steps = [i64::MIN, -3, -2, -1, 1, 2, 3, 7, i64::MAX];
        for &a in &points {
            for &b in &points {
                for &s in &steps {
                    let want = reference(a, b, s);
                    assert_eq!(range_len(a, b, s), want as i64, "range({a}, {b}, {s})");
                    assert_eq!(range_len_checked(a, b, s), i64::try_from(want).ok());
                }
            }
        }
    }
}
