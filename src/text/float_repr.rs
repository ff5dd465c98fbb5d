//! Float to text conversion, mirroring CPython's `Python/pystrtod.c`
//! (`PyOS_double_to_string` / `format_float_short`) and `Objects/floatobject.c`
//! (`float_repr`).
//!
//! CPython uses David Gay's correctly rounded `dtoa`. Rust's `{:e}` (shortest
//! round-trip digits) and `{:.N e}` / `{:.N}` (correctly rounded to N digits)
//! produce exactly the same digit strings, so we only need to reproduce
//! CPython's *layout* rules: where the decimal point goes, when exponent
//! notation is used, and how the exponent is written (`e+16`, `e-05`).

/// Split Rust's `{:e}` output (`"1.2345e-7"`) into its digit string
/// (`"12345"`) and decimal exponent (`-7`), i.e. value = 0.d1d2.. * 10^(exp+1).
/// Past these precisions a float's exact value has no more digits (at most 1074
/// after the point, 767 significant), and Rust's formatter takes at most 65535: the
/// rest are zeros, appended (CPython formats any precision below 2**31).
const FIXED_EXACT: usize = 1100;
const SCI_EXACT: usize = 800;

/// `x` with `p` digits after the point, correctly rounded.
fn fixed_digits(x: f64, p: usize) -> String {
    if let Some(s) = fixed_digits_short(x, p) {
        return s;
    }
    if p <= FIXED_EXACT || !x.is_finite() {
        return format!("{x:.0$}", p.min(FIXED_EXACT));
    }
    let mut s = format!("{x:.FIXED_EXACT$}");
    s.extend(std::iter::repeat_n('0', p - FIXED_EXACT));
    s
}

/// `fixed_digits` of a non-negative `x` with at most `p` (up to 15) decimals, such
/// as a price (`12.5` to 2 places): when `x * 10^p` is exactly an integer below
/// 2^53 (the fused multiply-add's residual is zero), there is nothing to round and
/// the text is that integer's digits with the point put in. Rust's exact formatter
/// takes its slow bignum path (Dragon) for many such values.
fn fixed_digits_short(x: f64, p: usize) -> Option<String> {
    // (NaN, infinities and negative values, -0.0 included, take the general path.)
    if p > 15 || !x.is_finite() || x.is_sign_negative() {
        return None;
    }
    let scale = 10f64.powi(p as i32);
    let r = x * scale;
    if r >= 9_007_199_254_740_992.0 || r.fract() != 0.0 || x.mul_add(scale, -r) != 0.0 {
        return None;
    }
    let mut digits = (r as u64).to_string();
    if p > 0 {
        if digits.len() <= p {
            let zeros = p + 1 - digits.len();
            digits.insert_str(0, &"0".repeat(zeros));
        }
        digits.insert(digits.len() - p, '.');
    }
    Some(digits)
}

/// The digits and exponent of `x` in exponent form with `p` digits after the point.
fn sci_digits(x: f64, p: usize) -> (String, i32) {
    let (mut digits, exp) = sci_parts(&format!("{:.*e}", p.min(SCI_EXACT), x));
    // (Only finite values come here: the callers print inf and nan themselves.)
    if p > SCI_EXACT {
        digits.extend(std::iter::repeat_n('0', p - SCI_EXACT));
    }
    (digits, exp)
}

fn sci_parts(s: &str) -> (String, i32) {
    let (mant, exp) = s.split_once('e').expect("{:e} always has an exponent");
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse().expect("valid exponent"))
}

/// The shortest digit string that reads back as `x`, and its exponent, chosen as
/// Gay's `dtoa` mode 0 chooses it: among the shortest strings that round-trip, the
/// one nearest `x`, ties to even. Rust's `{:e}` finds the shortest length but may
/// pick the other neighbour when `x` lies exactly halfway between two candidates
/// (`1e15 + 0.2` is ...000.25: CPython prints `.2`, `{:e}` gives `.3`); the correctly
/// rounded string of that length (`{:.Ne}`, round-half-even) round-trips whenever
/// any string of that length does, so it is the answer.
fn shortest_digits(x: f64) -> (String, i32) {
    if let Some(r) = shortest_digits_exact(x) {
        return r;
    }
    let (digits, exp) = sci_parts(&format!("{x:e}"));
    let rounded = format!("{:.*e}", digits.len() - 1, x);
    if rounded.parse::<f64>() == Ok(x) {
        sci_parts(&rounded)
    } else {
        (digits, exp)
    }
}

/// `shortest_digits` of a positive `x` that is exactly a decimal of at most 15
/// significant digits (`2.125`, `1500.0`, `0.375`): `x * 10^k` is an integer below
/// 10^15 for some k <= 15 (checked exactly: the fused multiply-add's residual is
/// zero). Those digits, trailing zeros cut, are the answer: they read back as `x`
/// itself, and no shorter string can, since any decimal with fewer significant
/// digits is at least a unit of the last digit, over 10^-15 of `x`, away from it,
/// more than the half ulp (2^-53 of `x`) a string that reads back must be within.
/// None for every other value (the general path formats them).
fn shortest_digits_exact(x: f64) -> Option<(String, i32)> {
    if !(x.is_finite() && x > 0.0 && (1e-15..1e15).contains(&x)) {
        return None;
    }
    let mut scale = 1.0f64;
    for k in 0..=15i32 {
        let r = x * scale;
        if r >= 1e15 {
            return None;
        }
        if r.fract() == 0.0 && x.mul_add(scale, -r) == 0.0 {
            let mut digits = (r as u64).to_string();
            let n = digits.len() as i32;
            let kept = digits.trim_end_matches('0').len();
            digits.truncate(kept);
            return Some((digits, n - 1 - k));
        }
        scale *= 10.0;
    }
    None
}

/// CPython writes exponents with a sign and at least two digits.
fn exp_suffix(e: i32, upper: bool) -> String {
    let sign = if e < 0 { '-' } else { '+' };
    format!("{}{}{:02}", if upper { 'E' } else { 'e' }, sign, e.abs())
}

/// Lay out `digits` (no leading zeros unless the value is zero) whose first
/// digit has weight 10^`exp`, in positional notation. `min_frac` pads the
/// fractional part with zeros; `add_dot_0` mirrors `Py_DTSF_ADD_DOT_0`;
/// `alt` forces a trailing decimal point.
fn layout_fixed(digits: &str, exp: i32, min_frac: usize, add_dot_0: bool, alt: bool) -> String {
    let n = digits.len() as i32;
    let (int_part, mut frac) = if exp >= 0 {
        if n > exp + 1 {
            let k = (exp + 1) as usize;
            (digits[..k].to_string(), digits[k..].to_string())
        } else {
            let mut s = digits.to_string();
            s.extend(std::iter::repeat_n('0', (exp + 1 - n) as usize));
            (s, String::new())
        }
    } else {
        let mut f: String = "0".repeat((-exp - 1) as usize);
        f.push_str(digits);
        ("0".to_string(), f)
    };
    while frac.len() < min_frac {
        frac.push('0');
    }
    if frac.is_empty() && add_dot_0 {
        frac.push('0');
    }
    if frac.is_empty() {
        if alt {
            format!("{int_part}.")
        } else {
            int_part
        }
    } else {
        format!("{int_part}.{frac}")
    }
}

/// Lay out `digits` in exponent notation `d.ddd e+XX`.
fn layout_exp(digits: &str, exp: i32, alt: bool, upper: bool) -> String {
    let (first, rest) = digits.split_at(1);
    let mut s = first.to_string();
    if !rest.is_empty() || alt {
        s.push('.');
        s.push_str(rest);
    }
    s.push_str(&exp_suffix(exp, upper));
    s
}

/// `repr(x)` / `str(x)` for a Python float (`float_repr` with mode 'r').
pub fn float_repr(x: f64) -> String {
    let body = float_body(x.abs(), 'r', None, false, true);
    if x.is_sign_negative() && !x.is_nan() {
        format!("-{body}")
    } else {
        body
    }
}

/// Format the magnitude of `x` (sign is the caller's business, as in
/// CPython where the sign is handled by the padding logic) for one of the
/// float presentation types.
///
/// * `ty`: `'r'` (repr / empty format type), `'e' 'E' 'f' 'F' 'g' 'G' '%'`.
///   `'n'` must already be mapped to `'g'` by the caller.
/// * `precision`: `None` means the type's default (6, or shortest for `'r'`).
///   For `'r'` with a precision CPython switches to `'g'` keeping
///   `add_dot_0` (so `format(1.0, '.3') == '1.0'`).
/// * `alt`: the `#` flag. `add_dot_0`: append `.0` to integral fixed output.
pub fn float_body(
    x: f64,
    ty: char,
    precision: Option<usize>,
    alt: bool,
    add_dot_0: bool,
) -> String {
    let x = x.abs();
    let upper = matches!(ty, 'E' | 'F' | 'G');
    if !x.is_finite() {
        let mut s = match (x.is_nan(), upper) {
            (true, true) => "NAN",
            (true, false) => "nan",
            (false, true) => "INF",
            (false, false) => "inf",
        }
        .to_string();
        if ty == '%' {
            s.push('%');
        }
        return s;
    }
    match ty {
        'r' => match precision {
            None => {
                // Shortest repr: exponent notation when exp < -4 or exp >= 16.
                let (digits, exp) = shortest_digits(x);
                if !(-4..16).contains(&exp) {
                    layout_exp(&digits, exp, alt, false)
                } else {
                    layout_fixed(&digits, exp, 0, add_dot_0, alt)
                }
            }
            Some(p) => general(x, p, alt, add_dot_0, false),
        },
        'g' | 'G' => general(x, precision.unwrap_or(6), alt, false, upper),
        'e' | 'E' => {
            let p = precision.unwrap_or(6);
            let (digits, exp) = sci_digits(x, p);
            layout_exp(&digits, exp, alt, upper)
        }
        'f' | 'F' | '%' => {
            let p = precision.unwrap_or(6);
            let v = if ty == '%' { x * 100.0 } else { x };
            let mut s = fixed_digits(v, p);
            if p == 0 && alt {
                s.push('.');
            }
            if ty == '%' {
                s.push('%');
            }
            s
        }
        _ => unreachable!("float_body called with type {ty:?}"),
    }
}

/// The `'g'` presentation: `p` significant digits, exponent notation when
/// the decimal exponent is < -4 or >= p (>= p-1 with `add_dot_0`, exactly as
/// `format_float_short` does), trailing zeros removed unless `alt`.
fn general(x: f64, p: usize, alt: bool, add_dot_0: bool, upper: bool) -> String {
    let p = p.max(1);
    let (mut digits, exp) = if x == 0.0 {
        ("0".repeat(p), 0)
    } else {
        sci_digits(x, p - 1)
    };
    let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
    let use_exp = exp < -4 || exp >= limit;
    if !alt {
        let trimmed = digits.trim_end_matches('0');
        digits = if trimmed.is_empty() {
            "0".to_string()
        } else {
            trimmed.to_string()
        };
    }
    if use_exp {
        layout_exp(&digits, exp, alt, upper)
    } else {
        layout_fixed(&digits, exp, 0, add_dot_0, alt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_fixed_digits_agree_with_the_exact_formatter() {
        let mut n = 0;
        for i in 0..20000u32 {
            for x in [
                i as f64 / 4.0,
                i as f64 * 0.5 + 10.5,
                i as f64 / 100.0,
                i as f64 * 1e9,
            ] {
                for p in 0..=15 {
                    if let Some(s) = fixed_digits_short(x, p) {
                        assert_eq!(s, format!("{x:.p$}"), "{x} to {p} places");
                        n += 1;
                    }
                }
            }
        }
        // Most of these have short exact forms; inexact ones (0.01) fall through.
        assert!(n > 100_000);
        assert_eq!(fixed_digits_short(0.01, 2), None);
        assert_eq!(fixed_digits_short(-1.5, 2), None);
        assert_eq!(fixed_digits_short(0.25, 2).as_deref(), Some("0.25"));
        assert_eq!(fixed_digits_short(0.0, 3).as_deref(), Some("0.000"));
        assert_eq!(fixed_digits_short(7.0, 0).as_deref(), Some("7"));
    }

    #[test]
    fn repr_ties_round_half_even_as_cpython() {
        assert_eq!(float_repr(1e15 + 0.2), "1000000000000000.2");
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(5e-324), "5e-324");
    }

    #[test]
    fn repr_matches_cpython() {
        // Expected values from python3 (3.11) `repr(x)`.
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (100.0, "100.0"),
            (1.5e300, "1.5e+300"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (1.234e-5, "1.234e-05"),
            (123456789.0, "123456789.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.5, "2.5"),
            (-123.456, "-123.456"),
            (1e22, "1e+22"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x})");
        }
    }

    #[test]
    fn bodies() {
        assert_eq!(float_body(100.0, 'r', Some(3), false, true), "1e+02");
        assert_eq!(float_body(10.0, 'r', Some(3), false, true), "10.0");
        assert_eq!(float_body(1.0, 'e', Some(0), true, false), "1.e+00");
        assert_eq!(float_body(1.0, 'f', Some(0), true, false), "1.");
        assert_eq!(float_body(1.0, 'g', None, true, false), "1.00000");
        assert_eq!(float_body(1e-5, 'g', None, false, false), "1e-05");
        assert_eq!(
            float_body(123456.0, '%', Some(2), false, false),
            "12345600.00%"
        );
        assert_eq!(float_body(0.5, 'f', Some(0), false, false), "0");
        assert_eq!(float_body(1e100, 'e', None, false, false), "1.000000e+100");
    }
}
