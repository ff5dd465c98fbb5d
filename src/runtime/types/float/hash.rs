//! `hash(float)` (CPython's `_Py_HashDouble` in Python/pyhash.c): the exact
//! rational value mod 2**61 - 1, so an integral float hashes like the equal int.

use crate::runtime::types::int::hash::{hash_i64, MODULUS};

/// CPython's `_Py_HashDouble`.
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        // A NaN float object hashes by identity (`Vm::hash`); a bare NaN value, as
        // a complex's part, hashes as 0, as `_Py_HashDouble(NULL, nan)` does.
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_i64(x as i64);
    }
    let (mut m, mut e) = frexp(x);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut xh: u64 = 0;
    while m != 0.0 {
        xh = ((xh << 28) & MODULUS) | (xh >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        xh += y;
        if xh >= MODULUS {
            xh -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    xh = ((xh << e) & MODULUS) | (xh >> (61 - e));
    let h = (xh as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}
