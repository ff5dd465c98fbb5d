//! Complex numbers as text, mirroring CPython's Objects/complexobject.c:
//! `complex_repr` (the parts written by `PyOS_double_to_string` in mode 'r'
//! without `.0`, the imaginary part always signed, parentheses unless the
//! real part is +0.0) and `complex_from_string_inner` (what `complex('1+2j')`
//! accepts). `format(complex, spec)` is in `format_spec.rs` with the other
//! presentation types.

use super::float_repr::float_body;

/// One part of a complex repr: the float's shortest repr without the `.0` a
/// float repr adds (`1`, `2.5`, `1e+16`, `inf`, `nan`), sign included
/// (never on a NaN, as `PyOS_double_to_string` writes it).
fn part(x: f64, force_sign: bool) -> String {
    let body = float_body(x, 'r', None, false, false);
    if x.is_sign_negative() && !x.is_nan() {
        format!("-{body}")
    } else if force_sign {
        format!("+{body}")
    } else {
        body
    }
}

/// `repr(complex(re, im))`: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", part(im, false))
    } else {
        format!("({}{}j)", part(re, false), part(im, true))
    }
}

/// The length of the float literal at the start of `b` (CPython's
/// `PyOS_string_to_double` with an end pointer): an optional sign, then
/// `inf`/`infinity`/`nan` in any case or `digits[.digits][e[sign]digits]`;
/// 0 when there is none. The value is parsed by the caller.
fn float_prefix(b: &[u8]) -> usize {
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let rest = &b[i..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if lower.starts_with(b"infinity") {
        return i + 8;
    }
    if lower.starts_with(b"inf") || lower.starts_with(b"nan") {
        return i + 3;
    }
    let start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - start;
    if i < b.len() && b[i] == b'.' {
        let mut j = i + 1;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        digits += j - i - 1;
        i = j;
    }
    if digits == 0 {
        return 0;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if j < b.len() && b[j].is_ascii_digit() {
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            i = j;
        }
    }
    i
}

/// The value of a float literal found by [`float_prefix`].
fn float_value(t: &[u8]) -> f64 {
    let s = std::str::from_utf8(t).unwrap_or("0");
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let v = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => body.parse::<f64>().unwrap_or(f64::INFINITY),
    };
    if neg {
        -v
    } else {
        v
    }
}

/// Removes the `_` separators of a number string, each of which must stand
/// between two digits (CPython's `_Py_string_to_number_with_underscores`);
/// None for a misplaced one.
fn strip_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_string());
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let ok =
                i > 0 && b[i - 1].is_ascii_digit() && i + 1 < b.len() && b[i + 1].is_ascii_digit();
            if !ok {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Why a string is not a complex: CPython reports a misplaced `_` before parsing
/// (`could not convert string to complex: '1__0j'`), anything else after
/// (`complex() arg is a malformed string`).
#[derive(Debug, PartialEq, Eq)]
pub enum ComplexTextError {
    Underscore,
    Malformed,
}

/// `complex(s)` for a string: `(re, im)`. The forms are `<float>`,
/// `<float>j`, `<float><signed-float>j`, `<float><sign>j`, `<sign>j`, `j`,
/// optionally in parentheses, with whitespace around (and inside the
/// parentheses).
pub fn parse_complex(s: &str) -> Result<(f64, f64), ComplexTextError> {
    // As CPython, Unicode whitespace and decimal digits are made ASCII first, so
    // `complex('\u2003(\u20021+1j )')` is 1+1j; only ASCII whitespace is stripped.
    let s = super::int_text::to_ascii_number_text(s);
    let s = strip_underscores(s.trim_matches(|c: char| c.is_ascii() && is_space(c as u8)))
        .ok_or(ComplexTextError::Underscore)?;
    parse_parts(&s).ok_or(ComplexTextError::Malformed)
}

fn parse_parts(s: &str) -> Option<(f64, f64)> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut bracket = false;
    if i < b.len() && b[i] == b'(' {
        bracket = true;
        i += 1;
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
    }
    let (mut re, mut im) = (0.0, 0.0);
    let n = float_prefix(&b[i..]);
    let is_j = |i: usize| i < b.len() && (b[i] == b'j' || b[i] == b'J');
    if n > 0 {
        let z = float_value(&b[i..i + n]);
        i += n;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            re = z;
            let m = float_prefix(&b[i..]);
            if m > 0 {
                im = float_value(&b[i..i + m]);
                i += m;
            } else {
                im = if b[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !is_j(i) {
                return None;
            }
            i += 1;
        } else if is_j(i) {
            im = z;
            i += 1;
        } else {
            re = z;
        }
    } else {
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            im = if b[i] == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            im = 1.0;
        }
        if !is_j(i) {
            return None;
        }
        i += 1;
    }
    while i < b.len() && is_space(b[i]) {
        i += 1;
    }
    if bracket {
        if i >= b.len() || b[i] != b')' {
            return None;
        }
        i += 1;
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
    }
    (i == b.len()).then_some((re, im))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_as_cpython() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(-0.0, -0.0), "(-0-0j)");
        assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(complex_repr(1.0, -f64::NAN), "(1+nanj)");
        assert_eq!(complex_repr(1e16, 0.5), "(1e+16+0.5j)");
    }

    #[test]
    fn parse_forms() {
        assert_eq!(parse_complex("1+2j"), Ok((1.0, 2.0)));
        assert_eq!(parse_complex(" ( 1.5e3-2J ) "), Ok((1500.0, -2.0)));
        assert_eq!(parse_complex("j"), Ok((0.0, 1.0)));
        assert_eq!(parse_complex("-j"), Ok((0.0, -1.0)));
        assert_eq!(parse_complex("1-j"), Ok((1.0, -1.0)));
        assert_eq!(parse_complex("1_0j"), Ok((0.0, 10.0)));
        assert_eq!(parse_complex("1__0j"), Err(ComplexTextError::Underscore));
        assert_eq!(parse_complex("1e"), Err(ComplexTextError::Malformed));
        assert_eq!(parse_complex("1+2"), Err(ComplexTextError::Malformed));
        assert_eq!(parse_complex("( 1j"), Err(ComplexTextError::Malformed));
        assert_eq!(parse_complex(""), Err(ComplexTextError::Malformed));
    }
}
