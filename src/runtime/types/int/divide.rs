//! Floor division and modulo of big ints (`//`, `%`; CPython's `long_div` / `long_mod`
//! over `l_divmod` and `x_divrem` in Objects/longobject.c).
//!
//! Why this exists: num-bigint 0.4.8 switches to Burnikel-Ziegler recursive division as
//! soon as the dividend has more than 128 and the divisor more than 64 machine digits,
//! whatever the length of the quotient. For a short quotient (the common case: spigot
//! algorithms such as pyperformance's pidigits divide two numbers of nearly equal size)
//! that recursion pads both operands to a power-of-two number of digits and costs many
//! full-size copies and multiplications, where CPython's schoolbook `x_divrem` makes one
//! pass. Here a short quotient is estimated from the leading bits of both operands
//! (a small division that stays on num-bigint's schoolbook path) and corrected with one
//! multiply-subtract over the full operands: linear in the operand size, like CPython.
//! Results are the exact floor quotient and remainder either way.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::Zero;

/// num-bigint's schoolbook/Burnikel-Ziegler switch: dividend above 128 and divisor above
/// 64 digits of 64 bits (`BURNIKEL_ZIEGLER_THRESHOLD` in its biguint/division.rs).
const BZ_DIVIDEND_BITS: u64 = 128 * 64;
const BZ_DIVISOR_BITS: u64 = 64 * 64;

/// Longest quotient (bits) estimated from leading bits; longer quotients go to
/// num-bigint, where Burnikel-Ziegler pays off.
const SHORT_QUOTIENT_BITS: u64 = 32 * 64;

/// Guard bits of the divisor kept beyond the quotient's length: with the divisor's
/// leading part at least 2^(q + GUARD) the estimate is off by at most 2.
const GUARD_BITS: u64 = 128;

/// Truncated `(a / b, a % b)` of magnitudes (`b` non-zero).
fn divrem_magnitude(a: &BigUint, b: &BigUint) -> (BigUint, BigUint) {
    let (abits, bbits) = (a.bits(), b.bits());
    if abits <= BZ_DIVIDEND_BITS || bbits <= BZ_DIVISOR_BITS || abits < bbits {
        return a.div_rem(b);
    }
    let qbits = abits - bbits + 1;
    if qbits > SHORT_QUOTIENT_BITS {
        return a.div_rem(b);
    }
    // Drop the low `shift` bits of both: the leading parts are below num-bigint's
    // Burnikel-Ziegler sizes (divisor ~qbits+GUARD bits, dividend twice that at most).
    let shift = bbits - (qbits + GUARD_BITS);
    let q_est = (a >> shift) / (b >> shift);
    let prod = &q_est * b;
    let mut q = q_est;
    if prod <= *a {
        // The estimate may be low: add the divisor's multiples back.
        let mut r = a - prod;
        while r >= *b {
            r -= b;
            q += 1u32;
        }
        (q, r)
    } else {
        // The estimate was high: a - q*b = -deficit; step q down until it is >= 0.
        let mut deficit = prod - a;
        loop {
            q -= 1u32;
            if deficit <= *b {
                return (q, b - deficit);
            }
            deficit -= b;
        }
    }
}

/// Python's `x // y` and `x % y` together (`y` non-zero): the quotient rounds toward
/// minus infinity and the remainder takes the divisor's sign (CPython's `l_divmod`).
pub fn div_mod_floor(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    if x.bits() <= BZ_DIVIDEND_BITS || y.bits() <= BZ_DIVISOR_BITS {
        return x.div_mod_floor(y);
    }
    let (qm, rm) = divrem_magnitude(x.magnitude(), y.magnitude());
    let opposite = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let mut q = BigInt::from_biguint(if opposite { Sign::Minus } else { Sign::Plus }, qm);
    let mut r = BigInt::from_biguint(x.sign(), rm);
    if opposite && !r.is_zero() {
        // Truncation rounded toward zero: step down once, the remainder takes y's sign.
        q -= 1;
        r += y;
    }
    (q, r)
}

/// Python's `x // y` (`y` non-zero).
pub fn div_floor(x: &BigInt, y: &BigInt) -> BigInt {
    div_mod_floor(x, y).0
}

/// Python's `x % y` (`y` non-zero).
pub fn mod_floor(x: &BigInt, y: &BigInt) -> BigInt {
    div_mod_floor(x, y).1
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::One;

    /// A deterministic pseudo-random big int of about `bits` bits.
    fn big(seed: u64, bits: u64) -> BigInt {
        let mut s = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let mut v = BigInt::one();
        while v.bits() < bits {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            v = (v << 64) + BigInt::from(s);
        }
        v
    }

    #[test]
    fn short_quotients_match_num_bigint() {
        let mut seed = 1;
        for abits in [8_000u64, 8_300, 9_000, 12_000, 20_000] {
            for qbits in [
                1u64, 2, 3, 60, 64, 65, 200, 1_000, 2_047, 2_048, 2_100, 4_000,
            ] {
                if qbits + 10 > abits {
                    continue;
                }
                seed += 1;
                let a = big(seed, abits);
                let b = big(seed * 7 + 3, abits - qbits);
                for (x, y) in [
                    (a.clone(), b.clone()),
                    (-a.clone(), b.clone()),
                    (a.clone(), -b.clone()),
                    (-a.clone(), -b.clone()),
                    (&b * BigInt::from(5u32), b.clone()),
                    (&b * BigInt::from(5u32) - 1, b.clone()),
                    (-(&b * BigInt::from(5u32)), b.clone()),
                ] {
                    assert_eq!(
                        div_mod_floor(&x, &y),
                        Integer::div_mod_floor(&x, &y),
                        "{abits} {qbits}"
                    );
                }
            }
        }
    }
}
