//! `float.hex()` and `float.fromhex()` text (CPython's `float_hex` /
//! `float_fromhex` in Objects/floatobject.c): pure text, no heap.

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>` for normal numbers, `0x0.<...>p-1022`
/// for subnormals, `inf`/`nan` for the others.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{}inf", sign);
    }
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        format!("{}0x0.{:013x}p-1022", sign, frac)
    } else {
        format!("{}0x1.{:013x}p{:+}", sign, frac, exp - 1023)
    }
}

/// Why `float.fromhex` failed.
#[derive(Debug, PartialEq, Eq)]
pub enum FromHexError {
    /// `ValueError: invalid hexadecimal floating-point string`
    Invalid,
    /// `OverflowError: hexadecimal value too large to represent as a float`
    Overflow,
}

/// 2**e as an f64, for -1074 <= e <= 1023.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `float.fromhex(s)`, correctly rounded (half to even).
pub fn float_from_hex(s: &str) -> Result<f64, FromHexError> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |f: f64| if neg { -f } else { f };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let b = lower.strip_prefix("0x").unwrap_or(&lower).as_bytes();
    let mut i = 0;
    // The significand: up to 28 hex digits kept exactly, the rest folded into `sticky`.
    let mut m: u128 = 0;
    let mut sticky = false;
    let mut e: i64 = 0;
    let mut ndigits = 0;
    let mut seen_point = false;
    while i < b.len() {
        let c = b[i];
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            ndigits += 1;
            if m >> 112 == 0 {
                m = (m << 4) | d as u128;
                if seen_point {
                    e -= 4;
                }
            } else {
                sticky |= d != 0;
                if !seen_point {
                    e += 4;
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(FromHexError::Invalid);
    }
    if i < b.len() {
        if b[i] != b'p' {
            return Err(FromHexError::Invalid);
        }
        i += 1;
        let mut pneg = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            pneg = b[i] == b'-';
            i += 1;
        }
        let start = i;
        let mut p: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            p = (p * 10 + (b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start || i != b.len() {
            return Err(FromHexError::Invalid);
        }
        e += if pneg { -p } else { p };
    }
    if m == 0 {
        return Ok(signed(0.0));
    }
    let len = 128 - m.leading_zeros() as i64;
    let top = len - 1 + e;
    if top >= 1024 {
        return Err(FromHexError::Overflow);
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let mant: u128 = if shift <= 0 {
        m << (-shift) as u32
    } else if shift > 128 {
        0
    } else {
        let q = if shift == 128 { 0 } else { m >> shift as u32 };
        let half = 1u128 << (shift - 1) as u32;
        let rem = if shift == 128 {
            m
        } else {
            m & ((half << 1) - 1)
        };
        let up = rem > half || (rem == half && (sticky || q & 1 == 1));
        q + up as u128
    };
    // Rounding may carry into a new top bit.
    let mant_len = 128 - mant.leading_zeros() as i64;
    if mant_len > 0 && mant_len - 1 + lsb >= 1024 {
        return Err(FromHexError::Overflow);
    }
    Ok(signed(mant as f64 * pow2(lsb)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips() {
        assert_eq!(float_to_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_to_hex(5e-324), "0x0.0000000000001p-1022");
        for x in [
            1.0,
            0.1,
            -2.5e300,
            5e-324,
            1e-310,
            f64::MAX,
            f64::MIN_POSITIVE,
        ] {
            assert_eq!(float_from_hex(&float_to_hex(x)), Ok(x));
        }
        assert_eq!(float_from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(float_from_hex("0x1.8p-1074"), Ok(1e-323));
        assert_eq!(float_from_hex("0x1p1024"), Err(FromHexError::Overflow));
        assert_eq!(
            float_from_hex("0x1.fffffffffffff8p1023"),
            Err(FromHexError::Overflow)
        );
        assert_eq!(float_from_hex("0x."), Err(FromHexError::Invalid));
        assert_eq!(float_from_hex("1p"), Err(FromHexError::Invalid));
    }
}
