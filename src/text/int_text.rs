//! Text <-> number conversion for `int(str, base)`, `float(str)` and
//! `hex`/`oct`/`bin`, mirroring CPython's `Objects/longobject.c`
//! (`PyLong_FromString`, `long_to_binary_base`) and `Objects/floatobject.c`
//! / `Python/pystrtod.c` (`PyFloat_FromString`, `_Py_string_to_number_with_underscores`).

use num_bigint::{BigInt, Sign};
use num_traits::{Num, Zero};

use super::str_methods::py_isspace;
use super::unicode_tables::{ranges_start, DECIMAL};

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII whitespace becomes
/// `' '` and non-ASCII decimal digits become ASCII digits; ASCII is kept (so
/// `\x1c`..`\x1f`, which `str.isspace` accepts, still make the literal
/// invalid, as in CPython).
pub(crate) fn to_ascii_number_text(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if py_isspace(c) {
                ' '
            } else if let Some(lo) = ranges_start(DECIMAL, c) {
                // Nd characters come in runs of ten starting at a zero.
                char::from(b'0' + ((c as u32 - lo) % 10) as u8)
            } else {
                c
            }
        })
        .collect()
}

/// Decimal digits of `u`, written right-aligned into `buf`; returns where they start.
/// Two digits per step from a pair table, as CPython's and Rust's own formatters do,
/// but without going through `core::fmt` (whose machinery costs more than the digits).
pub fn u64_digits(mut u: u64, buf: &mut [u8; 20]) -> usize {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut i = buf.len();
    while u >= 100 {
        let d = (u % 100) as usize * 2;
        u /= 100;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[d..d + 2]);
    }
    if u >= 10 {
        let d = u as usize * 2;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[d..d + 2]);
    } else {
        i -= 1;
        buf[i] = b'0' + u as u8;
    }
    i
}

/// Appends the decimal text of `v` (`str(int)` for a small int).
pub fn push_i64(out: &mut String, v: i64) {
    let mut buf = [0u8; 20];
    let start = u64_digits(v.unsigned_abs(), &mut buf);
    if v < 0 {
        out.push('-');
    }
    // The digits are ASCII.
    out.push_str(std::str::from_utf8(&buf[start..]).unwrap_or(""));
}

/// `str(v)` for a small int, allocated exactly.
pub fn i64_to_string(v: i64) -> String {
    let mut buf = [0u8; 20];
    let start = u64_digits(v.unsigned_abs(), &mut buf);
    let mut out = String::with_capacity(buf.len() - start + (v < 0) as usize);
    if v < 0 {
        out.push('-');
    }
    out.push_str(std::str::from_utf8(&buf[start..]).unwrap_or(""));
    out
}

fn ascii_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
}

/// `int(s, base)`: `Err(())` whenever CPython raises `invalid literal for
/// int() with base N: ...` (the caller builds that message, and checks the
/// base range 0 / 2..=36 itself; an out-of-range base here is also `Err`).
///
/// Rules: surrounding whitespace, one optional sign, optional `0x`/`0o`/`0b`
/// prefix (required to pick the base when `base == 0`, where a non-zero
/// decimal literal may not start with `0`), single underscores between
/// digits or right after the prefix.
// The brief's API: the caller owns the error message, so `()` is the error.
#[allow(clippy::result_unit_err)]
pub fn parse_int_literal(s: &str, base: u32) -> Result<BigInt, ()> {
    if base == 1 || base > 36 {
        return Err(());
    }
    let s = to_ascii_number_text(s);
    let s = s.trim_matches(ascii_space);
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.get(..2).map(|p| p.to_ascii_lowercase());
    let prefix_base = match lower.as_deref() {
        Some("0x") => Some(16),
        Some("0o") => Some(8),
        Some("0b") => Some(2),
        _ => None,
    };
    let mut base = base;
    let mut body = s;
    let mut had_prefix = false;
    if let Some(pb) = prefix_base {
        if base == 0 || base == pb {
            base = pb;
            body = &s[2..];
            had_prefix = true;
        }
    }
    if base == 0 {
        base = 10;
        // "010" is not allowed in base 0, but "000" / "0_0" is.
        if body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_') {
            return Err(());
        }
    }
    // Validate underscores: allowed after a prefix or between digits.
    let mut digits = String::with_capacity(body.len());
    let mut prev_underscore = !had_prefix; // leading '_' only after a prefix
    let mut first = true;
    for c in body.chars() {
        if c == '_' {
            if prev_underscore {
                return Err(());
            }
            prev_underscore = true;
        } else {
            let d = c.to_digit(36).ok_or(())?;
            if d >= base {
                return Err(());
            }
            digits.push(c);
            prev_underscore = false;
        }
        first = false;
    }
    if first || prev_underscore || digits.is_empty() {
        return Err(());
    }
    let v = BigInt::from_str_radix(&digits, base).map_err(|_| ())?;
    Ok(if neg { -v } else { v })
}

/// `float(s)`: `None` when CPython raises `could not convert string to
/// float: ...`. Accepts surrounding whitespace, a sign, `inf`/`infinity`/`nan`
/// in any case, and decimal literals with single underscores between digits.
pub fn parse_float_text(s: &str) -> Option<f64> {
    let s = to_ascii_number_text(s);
    let s = s.trim_matches(ascii_space);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if !valid_decimal(body) {
                return None;
            }
            let clean: String = body.chars().filter(|&c| c != '_').collect();
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

/// `digits [. digits] [e [sign] digits]` (either side of the point may be
/// empty but not both), where each digit run may contain single underscores
/// between digits, as in Python's float literal grammar.
fn valid_decimal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    // Parse a digit run with underscores; returns number of digits.
    let run = |i: &mut usize| -> Option<usize> {
        let mut n = 0;
        while *i < b.len() {
            if b[*i].is_ascii_digit() {
                n += 1;
                *i += 1;
            } else if b[*i] == b'_' {
                if n == 0 || *i + 1 >= b.len() || !b[*i + 1].is_ascii_digit() {
                    return None;
                }
                *i += 1;
            } else {
                break;
            }
        }
        Some(n)
    };
    let Some(int_digits) = run(&mut i) else {
        return false;
    };
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let Some(n) = run(&mut i) else { return false };
        frac_digits = n;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        match run(&mut i) {
            Some(n) if n > 0 => {}
            _ => return false,
        }
    }
    i == b.len()
}

/// Digits of `v` in `base` (2, 8, 10 or 16; any 2..=36 works), lowercase,
/// with `-` for negatives and, when `prefix`, `0b`/`0o`/`0x` after the sign:
/// `hex(-255) == '-0xff'`.
pub fn int_to_base_string(v: &BigInt, base: u32, prefix: bool) -> String {
    let digits = if v.is_zero() {
        "0".to_string()
    } else {
        v.magnitude().to_str_radix(base)
    };
    let p = match (prefix, base) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if v.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{p}{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i64_text_matches_display() {
        let mut cases = vec![
            0,
            1,
            9,
            10,
            99,
            100,
            101,
            999,
            1000,
            i64::MAX,
            i64::MIN,
            -1,
            -10,
        ];
        let mut x = 1i64;
        while let Some(y) = x.checked_mul(7) {
            cases.extend([y, -y, y - 1, y + 1]);
            x = y;
        }
        for v in cases {
            assert_eq!(i64_to_string(v), v.to_string());
            let mut s = String::from("x");
            push_i64(&mut s, v);
            assert_eq!(s, format!("x{v}"));
        }
    }

    fn pi(s: &str, b: u32) -> Option<String> {
        parse_int_literal(s, b).ok().map(|v| v.to_string())
    }

    #[test]
    fn ints() {
        // Checked against python3 3.11 `int(s, base)`.
        assert_eq!(pi(" 42 ", 10).as_deref(), Some("42"));
        assert_eq!(pi("-1_000", 10).as_deref(), Some("-1000"));
        assert_eq!(pi("0x_1f", 0).as_deref(), Some("31"));
        assert_eq!(pi("0x1f", 16).as_deref(), Some("31"));
        assert_eq!(pi("1f", 16).as_deref(), Some("31"));
        assert_eq!(pi("0b101", 0).as_deref(), Some("5"));
        assert_eq!(pi("0o17", 0).as_deref(), Some("15"));
        assert_eq!(pi("000", 0).as_deref(), Some("0"));
        assert_eq!(pi("z", 36).as_deref(), Some("35"));
        assert_eq!(pi("\u{661}\u{662}\u{663}", 16).as_deref(), Some("291"));
        assert_eq!(pi("\u{3000}1\u{85}", 10).as_deref(), Some("1"));
        assert_eq!(pi("\x1c1", 10), None);
        assert_eq!(pi("\t+7\n", 0).as_deref(), Some("7"));
        assert_eq!(
            pi("12345678901234567890123", 10).as_deref(),
            Some("12345678901234567890123")
        );
        for bad in [
            "", " ", "abc", "1__0", "_1", "1_", "010", "0x", "- 1", "++1", "1.0", "0b2",
        ] {
            assert_eq!(pi(bad, 0), None, "{bad:?}");
        }
        assert_eq!(pi("0x1f", 10), None);
        assert_eq!(pi("_1", 16), None);
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float_text(" 1.5 "), Some(1.5));
        assert_eq!(parse_float_text("-Infinity"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float_text("inF"), Some(f64::INFINITY));
        assert!(parse_float_text("nan").unwrap().is_nan());
        assert_eq!(parse_float_text("1_000.5"), Some(1000.5));
        assert_eq!(parse_float_text(".5"), Some(0.5));
        assert_eq!(parse_float_text("5."), Some(5.0));
        assert_eq!(parse_float_text("1e-3"), Some(0.001));
        assert_eq!(parse_float_text("1E+3"), Some(1000.0));
        assert_eq!(parse_float_text("\u{661}.\u{665}"), Some(1.5));
        assert_eq!(parse_float_text("1\x1f"), None);
        for bad in [
            "", ".", "1_", "_1", "1__0", "1e", "e5", "infinit", "1.5.5", "0x10", "1 2", "1._5",
        ] {
            assert_eq!(parse_float_text(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn bases() {
        assert_eq!(int_to_base_string(&BigInt::from(-255), 16, true), "-0xff");
        assert_eq!(int_to_base_string(&BigInt::from(8), 8, true), "0o10");
        assert_eq!(int_to_base_string(&BigInt::from(0), 2, true), "0b0");
        assert_eq!(int_to_base_string(&BigInt::from(5), 2, false), "101");
    }
}
