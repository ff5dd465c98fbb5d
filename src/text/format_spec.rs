//! The format-specification mini-language (`format(value, spec)`,
//! `str.format` fields, f-strings), mirroring CPython's
//! `Python/formatter_unicode.c`: `parse_internal_render_format_spec`,
//! `calc_number_widths`/`fill_number`, `format_long_internal`,
//! `format_float_internal` and `format_string_internal`, plus the digit
//! grouping of `Objects/unicodeobject.c` (`_PyUnicode_InsertThousandsGrouping`).
//!
//! Locale-dependent behaviour (`'n'`) uses the C locale, as CPython does
//! unless the program calls `locale.setlocale`: no grouping, `.` decimal point.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use super::float_repr::float_body;
use super::int_text::{int_to_base_string, u64_digits};

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormatSpec {
    /// Explicit fill character (only set together with `align`).
    pub fill: Option<char>,
    /// One of `<>^=`.
    pub align: Option<char>,
    /// One of `+- `.
    pub sign: Option<char>,
    /// The 3.11 `z` flag: coerce negative zero to positive zero (floats only).
    pub no_neg_zero: bool,
    /// `#`.
    pub alternate: bool,
    /// The legacy `0` flag before the width (`fill='0'`, `align='='` for numbers).
    pub zero: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// Presentation type; `None` when omitted.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Parse the decimal integer starting at `chars[*pos]`; `Ok(None)` if there is
/// no digit. CPython's `get_integer` reports overflow of `Py_ssize_t`.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut v: Option<usize> = None;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        // Unicode decimal digits are accepted by CPython too; ASCII only here.
        let cur = v.unwrap_or(0);
        let next = cur
            .checked_mul(10)
            .and_then(|x| x.checked_add(d as usize))
            .filter(|&x| x <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
        v = Some(next);
        *pos += 1;
    }
    Ok(v)
}

/// [`parse_format_spec_for`] with the type name `object` in the one message
/// that names the type.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object")
}

/// Parse `spec`; `type_name` is used in `Invalid format specifier '...' for
/// object of type '...'`. The ','/'_' versus type check depends on the
/// formatter's default type and is done by the `format_*` functions.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    // Specs are short: decode them into a stack buffer rather than a Vec.
    let mut buf = ['\0'; 24];
    let owned: Vec<char>;
    let chars: &[char] = if spec.len() <= buf.len() {
        let mut n = 0;
        for c in spec.chars() {
            buf[n] = c;
            n += 1;
        }
        &buf[..n]
    } else {
        owned = spec.chars().collect();
        &owned
    };
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec::default();
    if end >= 2 && is_align(chars[1]) {
        f.fill = Some(chars[0]);
        f.align = Some(chars[1]);
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_zero = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    // The '0' flag only counts when no explicit fill was given.
    if f.fill.is_none() && pos < end && chars[pos] == '0' {
        f.zero = true;
        pos += 1;
    }
    f.width = get_integer(chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".into());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".into());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        f.precision = get_integer(chars, &mut pos)?;
        if f.precision.is_none() {
            return Err("Format specifier missing precision".into());
        }
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    Ok(f)
}

/// CPython's `invalid_thousands_separator_type` check, run with the
/// formatter's default type filled in (`'d'` for int, `'s'` for str, none for
/// float). Returns whether `_` groups by four (bin/oct/hex).
fn check_grouping(spec: &FormatSpec, ty: Option<char>) -> Result<usize, String> {
    let Some(g) = spec.grouping else { return Ok(3) };
    match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(3),
        Some('b' | 'o' | 'x' | 'X') if g == '_' => Ok(4),
        Some(t) => Err(if (t as u32) > 32 && (t as u32) < 128 {
            format!("Cannot specify '{g}' with '{t}'.")
        } else {
            format!("Cannot specify '{g}' with '\\x{:x}'.", t as u32)
        }),
    }
}

fn unknown_code(t: char, type_name: &str) -> String {
    if (t as u32) > 32 && (t as u32) < 128 {
        format!("Unknown format code '{t}' for object of type '{type_name}'")
    } else {
        format!(
            "Unknown format code '\\x{:x}' for object of type '{type_name}'",
            t as u32
        )
    }
}

/// Insert `sep` every `group` digits from the right, padding with zeros
/// (and separators) up to `min_width` characters: the algorithm of
/// `_PyUnicode_InsertThousandsGrouping`, so `format(1234, '08,')` is
/// `0,001,234` (one longer than asked) exactly as in CPython.
fn group_digits(digits: &str, sep: Option<char>, group: usize, min_width: usize) -> String {
    let Some(sep) = sep else {
        let n = digits.chars().count();
        return if n < min_width {
            format!("{}{digits}", "0".repeat(min_width - n))
        } else {
            digits.to_string()
        };
    };
    let src: Vec<char> = digits.chars().collect();
    let mut remaining = src.len() as isize;
    let mut min_width = min_width as isize;
    // Pieces are produced right to left.
    let mut pieces: Vec<String> = Vec::new();
    let mut use_sep = false;
    let mut emit = |n_zeros: isize, n_chars: isize, remaining: isize, use_sep: bool| {
        let mut s = String::new();
        s.extend(std::iter::repeat_n('0', n_zeros.max(0) as usize));
        let lo = (remaining - n_chars) as usize;
        s.extend(&src[lo..remaining as usize]);
        if use_sep {
            s.push(sep);
        }
        pieces.push(s);
    };
    let g = group as isize;
    // CPython's grouping ("\3" repeated) never ends on its own: the loop
    // stops once all digits are used and the minimum width is reached.
    loop {
        let len = g.min(remaining.max(min_width).max(1));
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(n_zeros, n_chars, remaining, use_sep);
        use_sep = true;
        remaining -= n_chars;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    pieces.reverse();
    pieces.concat()
}

/// Assemble a number: `sign` + `prefix` + grouped `int_digits` + `rest`
/// (decimal point, fraction, exponent, `%`), padded to the spec's width.
/// Mirrors `calc_number_widths` + `fill_number`.
fn fill_number(
    sign: &str,
    prefix: &str,
    int_digits: &str,
    rest: &str,
    spec: &FormatSpec,
    group: usize,
) -> String {
    let (fill, align) = resolve_fill_align(spec, '>', true);
    let width = spec.width.unwrap_or(0);
    let fixed = sign.chars().count() + prefix.chars().count() + rest.chars().count();
    // Zero padding with '=' is done by the grouping routine itself so that
    // separators appear inside the padding.
    let min_width = if fill == '0' && align == '=' {
        width.saturating_sub(fixed)
    } else {
        0
    };
    // inf/nan have no digits: CPython pads them with plain zeros, no separators.
    let sep = if int_digits.is_empty() {
        None
    } else {
        spec.grouping
    };
    // Without separators the zero padding is a plain run of zeros.
    let grouped;
    let (zeros, digits) = if sep.is_some() {
        grouped = group_digits(int_digits, sep, group, min_width);
        (0, grouped.as_str())
    } else {
        let n = int_digits.chars().count();
        (min_width.saturating_sub(n), int_digits)
    };
    let body_len = fixed + zeros + digits.chars().count();
    let pad = width.saturating_sub(body_len);
    let mut out = String::with_capacity(
        sign.len() + prefix.len() + zeros + digits.len() + rest.len() + pad * fill.len_utf8(),
    );
    let push_fill = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(fill, n));
    let (before, inside, after) = match align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    push_fill(&mut out, before);
    out.push_str(sign);
    out.push_str(prefix);
    push_fill(&mut out, inside);
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(digits);
    out.push_str(rest);
    push_fill(&mut out, after);
    out
}

/// The effective fill and alignment: the `0` flag means fill `'0'` and, for
/// numbers without an explicit alignment, `'='`.
fn resolve_fill_align(spec: &FormatSpec, default_align: char, numeric: bool) -> (char, char) {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && numeric {
        '='
    } else {
        default_align
    });
    (fill, align)
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// `format(int, spec)` for a Python `int`.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    format_int_named(v, spec, "int")
}

/// `format(v, spec)` for an int-like value whose type is `type_name`
/// (e.g. `bool` for `format(True, 'q')`'s error message).
pub fn format_int_named(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    let group = check_grouping(spec, Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = v.to_f64().filter(|x| x.is_finite());
            let x = x.ok_or_else(|| "int too large to convert to float".to_string())?;
            return format_float_named(x, spec, type_name);
        }
        t => return Err(unknown_code(t, type_name)),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if spec.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        if spec.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
        }
        if v.to_i64().is_none() {
            return Err("Python int too large to convert to C long".into());
        }
        // A surrogate comes out as its stand-in (`text::surrogates`).
        let ch = v
            .to_u32()
            .filter(|&c| c < 0x110000)
            .map(crate::text::percent::surrogate_or_char)
            .ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
        return Ok(fill_number("", "", "", &ch.to_string(), spec, group));
    }
    let base = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = match v.to_i64() {
        // Machine-sized values (nearly all) skip the big-int digit loop.
        Some(i) => {
            let u = i.unsigned_abs();
            match base {
                2 => format!("{:b}", u),
                8 => format!("{:o}", u),
                16 => format!("{:x}", u),
                _ => u.to_string(),
            }
        }
        None => int_to_base_string(&v.abs(), base, false),
    };
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    let prefix = if spec.alternate {
        match ty {
            'b' => "0b",
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => "",
        }
    } else {
        ""
    };
    let sign = sign_str(v.sign() == Sign::Minus, spec.sign);
    Ok(fill_number(sign, prefix, &digits, "", spec, group))
}

/// `format_int_named` for a machine-sized int: the common specs (`d`, `x`, `o`, `b`,
/// width, fill, sign, grouping) without building a big int; anything else delegates.
pub fn format_i64_named(v: i64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let simple = matches!(spec.ty, None | Some('d' | 'x' | 'X' | 'o' | 'b'))
        && spec.precision.is_none()
        && !spec.no_neg_zero;
    if !simple {
        return format_int_named(&BigInt::from(v), spec, type_name);
    }
    let ty = spec.ty.unwrap_or('d');
    let group = check_grouping(spec, Some(ty))?;
    let u = v.unsigned_abs();
    let mut buf = [0u8; 20];
    let formatted;
    let digits = match ty {
        'b' => {
            formatted = format!("{:b}", u);
            formatted.as_str()
        }
        'o' => {
            formatted = format!("{:o}", u);
            formatted.as_str()
        }
        'x' => {
            formatted = format!("{:x}", u);
            formatted.as_str()
        }
        'X' => {
            formatted = format!("{:X}", u);
            formatted.as_str()
        }
        _ => {
            let start = u64_digits(u, &mut buf);
            std::str::from_utf8(&buf[start..]).unwrap_or("")
        }
    };
    let prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let sign = sign_str(v < 0, spec.sign);
    Ok(fill_number(sign, prefix, digits, "", spec, group))
}

/// `format(float, spec)`.
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, String> {
    format_float_named(v, spec, "float")
}

/// `format(v, spec)` for a float-like value of type `type_name`.
pub fn format_float_named(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let group = check_grouping(spec, spec.ty)?;
    let (ty, add_dot_0) = match spec.ty {
        None => ('r', true),
        Some('n') => ('g', false),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => (t, false),
        Some(t) => return Err(unknown_code(t, type_name)),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    let body = float_body(v, ty, spec.precision, spec.alternate, add_dot_0);
    let mut negative = v.is_sign_negative() && !v.is_nan();
    if negative
        && spec.no_neg_zero
        && v.is_finite()
        && !body.chars().any(|c| ('1'..='9').contains(&c))
    {
        // 'z': a value that rounds to zero loses its minus sign.
        negative = false;
    }
    // Split into integer digits (grouped) and the rest.
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (int_digits, rest) = body.split_at(split);
    let sign = sign_str(negative, spec.sign);
    if int_digits.is_empty() {
        // inf / nan: nothing to group, but padding still applies.
        return Ok(fill_number(sign, "", "", rest, spec, group));
    }
    Ok(fill_number(sign, "", int_digits, rest, spec, group))
}

/// `format(complex(re, im), spec)` (CPython's `format_complex_internal`): each
/// part formatted as a float of the same presentation type, the imaginary part
/// always signed unless the real part is left out; no type means `str()`'s
/// layout (shortest parts, no `.0`, parentheses unless the real part is +0.0),
/// a precision with no type means `'g'`. Zero padding and `'='` are refused.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    if spec.zero || spec.fill == Some('0') {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    let group = check_grouping(spec, spec.ty)?;
    let (mut ty, mut skip_re, mut parens) = match spec.ty {
        None => ('r', false, true),
        Some('n') => ('g', false, false),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => (t, false, false),
        Some(t) => return Err(unknown_code(t, "complex")),
    };
    if spec.ty.is_none() && re == 0.0 && re.is_sign_positive() {
        skip_re = true;
        parens = false;
    }
    if ty == 'r' && spec.precision.is_some() {
        ty = 'g';
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    let part = |x: f64, sign: Option<char>| -> String {
        let body = float_body(x, ty, spec.precision, spec.alternate, false);
        let mut negative = x.is_sign_negative() && !x.is_nan();
        if negative
            && spec.no_neg_zero
            && x.is_finite()
            && !body.chars().any(|c| ('1'..='9').contains(&c))
        {
            negative = false;
        }
        let split = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let (digits, rest) = body.split_at(split);
        let digits = if spec.grouping.is_some() && !digits.is_empty() {
            group_digits(digits, spec.grouping, group, 0)
        } else {
            digits.to_string()
        };
        format!("{}{}{}", sign_str(negative, sign), digits, rest)
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, spec.sign));
        body.push_str(&part(im, Some('+')));
    } else {
        body.push_str(&part(im, spec.sign));
    }
    body.push('j');
    if parens {
        body.push(')');
    }
    let (fill, align) = resolve_fill_align(spec, '>', true);
    Ok(pad_str(&body, spec.width.unwrap_or(0), fill, align))
}

/// `format(str, spec)`.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    format_str_named(s, spec, "str")
}

/// `format(s, spec)` for a str-like value of type `type_name`.
pub fn format_str_named(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec, Some(ty))?;
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".into()),
        Some(_) => return Err("Sign not allowed in string format specifier".into()),
        None => {}
    }
    if spec.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let (fill, align) = resolve_fill_align(spec, '<', false);
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad_str(&body, spec.width.unwrap_or(0), fill, align))
}

/// Pad `body` to `width` characters with `fill`, aligned `<`, `>` or `^`.
pub fn pad_str(body: &str, width: usize, fill: char, align: char) -> String {
    let n = body.chars().count();
    if n >= width {
        return body.to_string();
    }
    let pad = width - n;
    let fills = |k: usize| fill.to_string().repeat(k);
    match align {
        '>' => format!("{}{body}", fills(pad)),
        '^' => format!("{}{body}{}", fills(pad / 2), fills(pad - pad / 2)),
        _ => format!("{body}{}", fills(pad)),
    }
}

/// Is `v` zero? (Convenience for callers routing `bool`.)
pub fn is_zero(v: &BigInt) -> bool {
    v.is_zero()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fi(v: i64, s: &str) -> Result<String, String> {
        format_int(&BigInt::from(v), &parse_format_spec_for(s, "int")?)
    }
    fn ff(v: f64, s: &str) -> Result<String, String> {
        format_float(v, &parse_format_spec_for(s, "float")?)
    }
    fn fs(v: &str, s: &str) -> Result<String, String> {
        format_str(v, &parse_format_spec_for(s, "str")?)
    }

    #[test]
    fn ints() {
        // Expected values from python3 3.11 `format(v, spec)`.
        assert_eq!(fi(1234, "08,").unwrap(), "0,001,234");
        assert_eq!(fi(1234, "0=10,").unwrap(), "00,001,234");
        assert_eq!(fi(255, "#010x").unwrap(), "0x000000ff");
        assert_eq!(fi(123456789, "_x").unwrap(), "75b_cd15");
        assert_eq!(fi(5, "^7").unwrap(), "   5   ");
        assert_eq!(fi(-5, "^+8").unwrap(), "   -5   ");
        assert_eq!(fi(1, "0<5").unwrap(), "10000");
        assert_eq!(fi(-5, "05").unwrap(), "-0005");
        assert_eq!(fi(-5, "x<05").unwrap(), "-5xxx");
        assert_eq!(fi(12345678, ",d").unwrap(), "12,345,678");
        assert_eq!(fi(0, "#b").unwrap(), "0b0");
        assert_eq!(fi(10, "#_b").unwrap(), "0b1010");
        assert_eq!(fi(65, "c").unwrap(), "A");
        assert_eq!(fi(5, "f").unwrap(), "5.000000");
        assert_eq!(fi(-255, "#X").unwrap(), "-0XFF");
        assert_eq!(fi(1, "").unwrap(), "1");
        assert_eq!(
            fi(1, "abc").unwrap_err(),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            fi(1, "z").unwrap_err(),
            "Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi(1, ".2").unwrap_err(),
            "Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi(65, "+c").unwrap_err(),
            "Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(fi(-1, "c").unwrap_err(), "%c arg not in range(0x110000)");
        assert_eq!(
            fi(1, "q").unwrap_err(),
            "Unknown format code 'q' for object of type 'int'"
        );
        assert_eq!(
            fi(1, "\x01").unwrap_err(),
            "Unknown format code '\\x1' for object of type 'int'"
        );
        assert_eq!(
            fi(1, "é").unwrap_err(),
            "Unknown format code '\\xe9' for object of type 'int'"
        );
        assert_eq!(fi(1, ",_").unwrap_err(), "Cannot specify both ',' and '_'.");
        assert_eq!(fi(1, "_,").unwrap_err(), "Cannot specify both ',' and '_'.");
        assert_eq!(fi(1, ",x").unwrap_err(), "Cannot specify ',' with 'x'.");
        assert_eq!(fi(1, "_n").unwrap_err(), "Cannot specify '_' with 'n'.");
        assert_eq!(
            fi(1, ".").unwrap_err(),
            "Format specifier missing precision"
        );
        assert_eq!(
            fi(1, "99999999999999999999").unwrap_err(),
            "Too many decimal digits in format string"
        );
    }

    #[test]
    fn floats() {
        assert_eq!(ff(1.5, ".0").unwrap(), "2e+00");
        assert_eq!(ff(1.0, "").unwrap(), "1.0");
        assert_eq!(ff(100.0, ".3").unwrap(), "1e+02");
        assert_eq!(ff(10.0, ".3").unwrap(), "10.0");
        assert_eq!(ff(1e20, ".3").unwrap(), "1e+20");
        assert_eq!(ff(1.0, "#").unwrap(), "1.0");
        assert_eq!(ff(1e16, "#").unwrap(), "1.e+16");
        assert_eq!(ff(1.0, "#.0e").unwrap(), "1.e+00");
        assert_eq!(ff(-0.0001, "z.2f").unwrap(), "0.00");
        assert_eq!(ff(1234.5, "012,.2f").unwrap(), "0,001,234.50");
        assert_eq!(ff(1234.5678, "_.2f").unwrap(), "1_234.57");
        assert_eq!(ff(f64::INFINITY, "010").unwrap(), "0000000inf");
        assert_eq!(ff(f64::NAN, "+").unwrap(), "+nan");
        assert_eq!(ff(f64::INFINITY, "010,").unwrap(), "0000000inf");
        assert_eq!(ff(f64::NEG_INFINITY, "z0").unwrap(), "-inf");
        assert_eq!(ff(f64::INFINITY, ".2%").unwrap(), "inf%");
        assert_eq!(ff(f64::NAN, "=010").unwrap(), "0000000nan");
        assert_eq!(ff(1e301, "010").unwrap(), "00001e+301");
        assert_eq!(ff(12345.678, "n").unwrap(), "12345.7");
        assert_eq!(ff(-0.0, "").unwrap(), "-0.0");
        assert_eq!(ff(1.5, "=+10").unwrap(), "+      1.5");
        assert_eq!(ff(1e-7, "g").unwrap(), "1e-07");
        assert_eq!(ff(123456.0, ".2%").unwrap(), "12345600.00%");
        assert_eq!(ff(1e16, ".17").unwrap(), "1e+16");
        assert_eq!(
            ff(1.5, "d").unwrap_err(),
            "Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(ff(1.23456, "E").unwrap(), "1.234560E+00");
        assert_eq!(ff(f64::INFINITY, "F").unwrap(), "INF");
    }

    #[test]
    fn strs() {
        assert_eq!(fs("ab", "05").unwrap(), "ab000");
        assert_eq!(fs("abc", "^7.2").unwrap(), "  ab   ");
        assert_eq!(fs("a", "<<").unwrap(), "a");
        assert_eq!(fs("a", "*>3").unwrap(), "**a");
        assert_eq!(fs("a", ",").unwrap_err(), "Cannot specify ',' with 's'.");
        assert_eq!(
            fs("a", "+").unwrap_err(),
            "Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "#").unwrap_err(),
            "Alternate form (#) not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "=").unwrap_err(),
            "'=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "z").unwrap_err(),
            "Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", ".99999999999999999999").unwrap_err(),
            "Too many decimal digits in format string"
        );
    }
}
