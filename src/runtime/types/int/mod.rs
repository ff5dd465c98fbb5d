//! `int` and `bool` (CPython's Objects/longobject.c, boolobject.c). An int that fits
//! i64 is unboxed (`Value::Int`), a bigger one is `Obj::BigInt(Box<BigInt>)`; a bool
//! is `Value::Bool`. This file holds the data part (the `getsizeof` model); the
//! siblings hold arithmetic (`ops.rs`), big floor division (`divide.rs`), hashing
//! (`hash.rs`), repr and the int<->str digit limit (`repr.rs`), the methods
//! (`methods.rs`) and `int(...)`/`bool(...)` (`new.rs`).

pub mod divide;
pub mod hash;
pub mod methods;
pub mod new;
pub mod ops;
pub mod repr;

use num_bigint::BigInt;

/// Size of an int object: 24 + 4 bytes per 30-bit digit (at least one), as CPython's
/// `int.__sizeof__`.
pub fn int_size(b: &BigInt) -> usize {
    let bits = b.bits() as usize;
    let digits = bits.div_ceil(30).max(1);
    24 + 4 * digits
}

/// `sys.getsizeof` of an int that fits in i64 (the same rule without a BigInt).
pub fn i64_size(i: i64) -> usize {
    let bits = 64 - i.unsigned_abs().leading_zeros() as usize;
    24 + 4 * bits.div_ceil(30).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_sizes_follow_the_30_bit_digit_rule() {
        assert_eq!(int_size(&BigInt::from(0)), 28);
        assert_eq!(int_size(&BigInt::from(1)), 28);
        assert_eq!(int_size(&(BigInt::from(1) << 30)), 32);
        assert_eq!(int_size(&(BigInt::from(1) << 64)), 36);
        for i in [
            0i64,
            1,
            -1,
            (1 << 30) - 1,
            1 << 30,
            -(1 << 62),
            i64::MIN,
            i64::MAX,
        ] {
            assert_eq!(i64_size(i), int_size(&BigInt::from(i)), "{i}");
        }
        assert_eq!(int_size(&BigInt::from(-1)), 28);
    }
}
