//! `hash(int)` (CPython's `long_hash` in Objects/longobject.c, with the modulus of
//! Python/pyhash.c): the value mod 2**61 - 1, sign kept, -1 becomes -2.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// CPython's `_PyHASH_MODULUS` (2**61 - 1), shared with the float hash so equal
/// ints and floats hash alike.
pub const MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an int: value mod 2**61 - 1, sign kept, -1 becomes -2.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    // Almost every int is below the modulus in magnitude: skip the 64-bit division
    // (tens of cycles on every dict or set probe by int key).
    let a = i.unsigned_abs();
    let m = if a < MODULUS { a } else { a % MODULUS } as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}
