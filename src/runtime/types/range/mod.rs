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

/// Number of elements of `range(start, stop, step)`.
/// `range_len` when the length fits i64 (a range whose bounds fit may still be
/// longer: `range(-2**63, 2**63 - 1)`), else None.
pub fn range_len_checked(start: i64, stop: i64, step: i64) -> Option<i64> {
    let n = if step > 0 && start < stop {
        (stop as i128 - start as i128 - 1) / step as i128 + 1
    } else if step < 0 && start > stop {
        (start as i128 - stop as i128 - 1) / (-(step as i128)) + 1
    } else {
        0
    };
    i64::try_from(n).ok()
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}
