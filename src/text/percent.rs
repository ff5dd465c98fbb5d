//! printf-style `str % args` formatting, mirroring CPython's
//! `Objects/unicodeobject.c` (`PyUnicode_Format`, `unicode_format_arg_parse`,
//! `unicode_format_arg_format`, `unicode_format_arg_output`, `formatlong`,
//! `formatfloat`, `formatchar`).
//!
//! Two ways to use it:
//! * [`percent_format`] drives the whole thing and asks the caller for each
//!   argument through a callback ([`PercentRequest`]), so values are converted
//!   lazily and in CPython's order (`*` width, `*` precision, then the value).
//!   The caller still checks `not all arguments converted during string
//!   formatting` afterwards, since only it knows how many arguments exist.
//! * [`parse_percent`] + [`apply_percent`] for callers that walk the pieces.

use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, Signed, ToPrimitive};

use super::float_repr::float_body;
use super::int_text::int_to_base_string;

/// A converted argument. For `%s`/`%r`/`%a` the caller passes the result of
/// `str()`/`repr()`/`ascii()`; for `%c` an `Int` or a 1-character `Str`.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentArg<'a> {
    Int(BigInt),
    Float(f64),
    Str(&'a str),
}

/// Width or precision: a number in the format, or `*` (taken from the args).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Fixed(usize),
    Star,
}

/// One `%...` conversion.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PercentSpec {
    /// `%(key)s`.
    pub key: Option<String>,
    /// `-`
    pub left: bool,
    /// `+`
    pub plus: bool,
    /// ` `
    pub space: bool,
    /// `#`
    pub alt: bool,
    /// `0`
    pub zero: bool,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The conversion character (possibly unsupported: the error is raised by
    /// [`apply_percent`] after the argument has been fetched, as in CPython).
    pub conv: char,
    /// Character index of `conv` in the format string (for the error).
    pub index: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    Literal(String),
    Spec(PercentSpec),
    /// A parse error (`incomplete format`, `incomplete format key`), raised
    /// when the walk reaches it, after the preceding conversions.
    Error(String),
}

/// What [`percent_format`] needs from the caller next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentRequest<'k> {
    /// A `*` width/precision: next positional argument, which must be an
    /// `int` (else `* wants int`); return `PercentArg::Int`.
    Star,
    /// The value for a conversion: `mapping[key]` if `key` is given, else the
    /// next positional argument (`not enough arguments for format string`
    /// when exhausted). Convert according to `conv`: `s`/`r`/`a` → `Str` of
    /// `str()`/`repr()`/`ascii()`; `d i u x X o` → `Int` (a float may be
    /// passed as `Float` for `d i u`); `e E f F g G` → `Float` (ints
    /// converted); `c` → `Int` or `Str`. For other types use
    /// [`percent_type_error`]. For an unknown `conv` fetch the argument and
    /// return anything: the unsupported-character error follows.
    Value { key: Option<&'k str>, conv: char },
}

/// Parse a format string into literal text and conversion specs.
pub fn parse_percent(fmt: &str) -> Vec<PercentPiece> {
    let s: Vec<char> = fmt.chars().collect();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < s.len() {
        if s[i] != '%' {
            lit.push(s[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i < s.len() && s[i] == '%' {
            lit.push('%');
            i += 1;
            continue;
        }
        if !lit.is_empty() {
            out.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        match parse_spec(&s, &mut i) {
            Ok(spec) => out.push(PercentPiece::Spec(spec)),
            Err(e) => {
                out.push(PercentPiece::Error(e));
                return out;
            }
        }
    }
    if !lit.is_empty() {
        out.push(PercentPiece::Literal(lit));
    }
    out
}

fn parse_spec(s: &[char], i: &mut usize) -> Result<PercentSpec, String> {
    let mut spec = PercentSpec::default();
    if *i < s.len() && s[*i] == '(' {
        // Mapping key with balanced parentheses.
        let mut depth = 1;
        *i += 1;
        let start = *i;
        while *i < s.len() && depth > 0 {
            match s[*i] {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            *i += 1;
        }
        if depth > 0 {
            return Err("incomplete format key".into());
        }
        spec.key = Some(s[start..*i - 1].iter().collect());
    }
    while *i < s.len() {
        match s[*i] {
            '-' => spec.left = true,
            '+' => spec.plus = true,
            ' ' => spec.space = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
        *i += 1;
    }
    // CPython's limits: a width up to PY_SSIZE_T_MAX (a huge one then fails to
    // allocate: MemoryError), a precision up to INT_MAX.
    let count = |i: &mut usize, max: usize, what: &str| -> Result<Option<Count>, String> {
        if *i < s.len() && s[*i] == '*' {
            *i += 1;
            return Ok(Some(Count::Star));
        }
        let mut v: Option<usize> = None;
        while *i < s.len() {
            let Some(d) = s[*i].to_digit(10).filter(|_| s[*i].is_ascii()) else {
                break;
            };
            let n = v
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|n| n.checked_add(d as usize))
                .filter(|&n| n <= max);
            v = Some(n.ok_or_else(|| format!("{what} too big"))?);
            *i += 1;
        }
        Ok(v.map(Count::Fixed))
    };
    spec.width = count(i, isize::MAX as usize, "width")?;
    if *i < s.len() && s[*i] == '.' {
        *i += 1;
        spec.precision = Some(count(i, i32::MAX as usize, "precision")?.unwrap_or(Count::Fixed(0)));
    }
    // Length modifiers are accepted and ignored.
    while *i < s.len() && matches!(s[*i], 'h' | 'l' | 'L') {
        *i += 1;
    }
    if *i >= s.len() {
        return Err("incomplete format".into());
    }
    spec.conv = s[*i];
    spec.index = *i;
    *i += 1;
    Ok(spec)
}

/// The TypeError message for a value of type `type_name` that does not suit
/// conversion `conv`.
pub fn percent_type_error(conv: char, type_name: &str) -> String {
    match conv {
        'd' | 'i' | 'u' => format!("%{conv} format: a real number is required, not {type_name}"),
        'x' | 'X' | 'o' => format!("%{conv} format: an integer is required, not {type_name}"),
        'c' => "%c requires int or char".into(),
        _ => format!("must be real number, not {type_name}"),
    }
}

fn unsupported(spec: &PercentSpec) -> String {
    let c = spec.conv;
    let shown = if (' '..='~').contains(&c) { c } else { '?' };
    format!(
        "unsupported format character '{shown}' (0x{:x}) at index {}",
        c as u32, spec.index
    )
}

/// Format one argument. `width`/`precision` are the resolved values (a `*`
/// already replaced by the int the caller fetched; negative star widths mean
/// left-justify, negative star precisions mean 0, as in CPython).
pub fn apply_percent(
    spec: &PercentSpec,
    width: Option<i64>,
    precision: Option<i64>,
    arg: PercentArg,
) -> Result<String, String> {
    let mut left = spec.left;
    let width = match width {
        Some(w) if w < 0 => {
            left = true;
            w.unsigned_abs() as usize
        }
        Some(w) => w as usize,
        None => 0,
    };
    let prec = precision.map(|p| p.max(0) as usize);
    let c = spec.conv;
    // (sign, prefix, body, numeric)
    let (sign, prefix, body, numeric): (&str, &str, String, bool) = match c {
        's' | 'r' | 'a' => {
            let PercentArg::Str(s) = arg else {
                return Err(percent_type_error('s', "object"));
            };
            let body = match prec {
                Some(p) => s.chars().take(p).collect(),
                None => s.to_string(),
            };
            ("", "", body, false)
        }
        'c' => {
            let ch = match arg {
                // A surrogate comes out as its stand-in (`text::surrogates`); the
                // caller flags the result.
                PercentArg::Int(v) => v
                    .to_u32()
                    .filter(|&c| c < 0x110000)
                    .map(surrogate_or_char)
                    .filter(|_| !v.is_negative())
                    .ok_or_else(|| "%c arg not in range(0x110000)".to_string())?,
                PercentArg::Str(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                _ => return Err("%c requires int or char".into()),
            };
            ("", "", ch.to_string(), false)
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let v = match arg {
                PercentArg::Int(v) => v,
                PercentArg::Float(f) if matches!(c, 'd' | 'i' | 'u') => {
                    if f.is_nan() {
                        return Err("cannot convert float NaN to integer".into());
                    }
                    if f.is_infinite() {
                        return Err("cannot convert float infinity to integer".into());
                    }
                    // Finite, so the conversion is exact (`int(f)` truncates).
                    BigInt::from_f64(f.trunc()).unwrap_or_default()
                }
                PercentArg::Float(_) => return Err(percent_type_error(c, "float")),
                PercentArg::Str(_) => return Err(percent_type_error(c, "str")),
            };
            let base = match c {
                'x' | 'X' => 16,
                'o' => 8,
                _ => 10,
            };
            let mut digits = int_to_base_string(&v.abs(), base, false);
            if c == 'X' {
                digits = digits.to_uppercase();
            }
            if let Some(p) = prec {
                if digits.len() < p {
                    digits = format!("{}{digits}", "0".repeat(p - digits.len()));
                }
            }
            let prefix = match (spec.alt, c) {
                (true, 'x') => "0x",
                (true, 'X') => "0X",
                (true, 'o') => "0o",
                _ => "",
            };
            (sign_of(v.sign() == Sign::Minus, spec), prefix, digits, true)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                PercentArg::Float(x) => x,
                PercentArg::Int(v) => v
                    .to_f64()
                    .filter(|x| x.is_finite())
                    .ok_or_else(|| "int too large to convert to float".to_string())?,
                PercentArg::Str(_) => return Err(percent_type_error(c, "str")),
            };
            let body = float_body(x, c, Some(prec.unwrap_or(6)), spec.alt, false);
            (
                sign_of(x.is_sign_negative() && !x.is_nan(), spec),
                "",
                body,
                true,
            )
        }
        _ => return Err(unsupported(spec)),
    };
    let len = sign.len() + prefix.len() + body.chars().count();
    let pad = width.saturating_sub(len);
    Ok(if left {
        format!("{sign}{prefix}{body}{}", " ".repeat(pad))
    } else if numeric && spec.zero {
        format!("{sign}{prefix}{}{body}", "0".repeat(pad))
    } else {
        format!("{}{sign}{prefix}{body}", " ".repeat(pad))
    })
}

fn sign_of(negative: bool, spec: &PercentSpec) -> &'static str {
    if negative {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    }
}

/// Format `fmt` asking `next` for each argument in CPython's order.
pub fn percent_format<'a>(
    fmt: &str,
    next: &mut dyn FnMut(PercentRequest<'_>) -> Result<PercentArg<'a>, String>,
) -> Result<String, String> {
    let mut out = String::new();
    for piece in parse_percent(fmt) {
        match piece {
            PercentPiece::Literal(s) => out.push_str(&s),
            PercentPiece::Error(e) => return Err(e),
            PercentPiece::Spec(spec) => {
                let mut star = |c: Option<Count>| -> Result<Option<i64>, String> {
                    match c {
                        None => Ok(None),
                        Some(Count::Fixed(n)) => Ok(Some(n as i64)),
                        Some(Count::Star) => match next(PercentRequest::Star)? {
                            PercentArg::Int(v) => v.to_i64().map(Some).ok_or_else(|| {
                                "Python int too large to convert to C ssize_t".to_string()
                            }),
                            _ => Err("* wants int".into()),
                        },
                    }
                };
                let width = star(spec.width)?;
                let precision = star(spec.precision)?;
                let arg = next(PercentRequest::Value {
                    key: spec.key.as_deref(),
                    conv: spec.conv,
                })?;
                out.push_str(&apply_percent(&spec, width, precision, arg)?);
            }
        }
    }
    Ok(out)
}

/// The character for code point `c` (below 0x110000): itself, or a surrogate's
/// stand-in (`text::surrogates`).
pub fn surrogate_or_char(c: u32) -> char {
    match char::from_u32(c) {
        Some(ch) => ch,
        None => crate::text::surrogates::stand_in(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Positional test driver over a list of owned args.
    fn fmt(f: &str, args: &[PercentArg<'static>]) -> Result<String, String> {
        let mut it = args.iter();
        let r = percent_format(f, &mut |_req| {
            it.next()
                .cloned()
                .ok_or_else(|| "not enough arguments for format string".to_string())
        })?;
        if it.next().is_some() {
            return Err("not all arguments converted during string formatting".into());
        }
        Ok(r)
    }
    fn i(v: i64) -> PercentArg<'static> {
        PercentArg::Int(BigInt::from(v))
    }
    fn f(v: f64) -> PercentArg<'static> {
        PercentArg::Float(v)
    }
    fn s(v: &'static str) -> PercentArg<'static> {
        PercentArg::Str(v)
    }

    #[test]
    fn formats() {
        // Expected values from python3 3.11.
        let cases: Vec<(&str, Vec<PercentArg>, &str)> = vec![
            ("%.3d", vec![i(5)], "005"),
            ("%#x", vec![i(255)], "0xff"),
            ("%-5d|", vec![i(3)], "3    |"),
            ("%05.1f", vec![f(-2.5)], "-02.5"),
            ("%+d", vec![i(5)], "+5"),
            ("% d", vec![i(5)], " 5"),
            ("%#o", vec![i(8)], "0o10"),
            ("%c", vec![i(65)], "A"),
            ("%c", vec![s("é")], "é"),
            ("%5s|", vec![s("ab")], "   ab|"),
            ("%05s|", vec![s("ab")], "   ab|"),
            ("%.1s", vec![s("abc")], "a"),
            ("%#.0f", vec![i(1)], "1."),
            ("%x", vec![i(-255)], "-ff"),
            ("%#X", vec![i(255)], "0XFF"),
            ("%e", vec![f(1e100)], "1.000000e+100"),
            ("%g", vec![f(1e-5)], "1e-05"),
            ("%#g", vec![f(1.0)], "1.00000"),
            ("%010.3e", vec![f(-1.5)], "-1.500e+00"),
            ("%-010d|", vec![i(5)], "5         |"),
            ("%d", vec![f(3.7)], "3"),
            ("%d", vec![f(-1e20)], "-100000000000000000000"),
            ("%.0f", vec![f(0.5)], "0"),
            ("%+.3x", vec![i(5)], "+005"),
            ("%#.3x", vec![i(5)], "0x005"),
            ("%010.3d", vec![i(-5)], "-000000005"),
            ("% 05d", vec![i(5)], " 0005"),
            ("%f", vec![f(f64::INFINITY)], "inf"),
            ("%010f", vec![f(f64::NEG_INFINITY)], "-000000inf"),
            ("%#5x|", vec![i(0)], "  0x0|"),
            ("%#010x", vec![i(-255)], "-0x00000ff"),
            ("%*d|%-*d|", vec![i(4), i(1), i(-3), i(2)], "   1|2  |"),
            ("%.*f", vec![i(2), f(1.23456)], "1.23"),
            ("100%% %s", vec![s("x")], "100% x"),
            ("%ld", vec![i(7)], "7"),
            ("%.*s", vec![i(-1), s("abc")], ""),
            ("%*s|", vec![i(-3), s("a")], "a  |"),
            ("%05c", vec![i(65)], "    A"),
            ("%-#5o|", vec![i(8)], "0o10 |"),
            ("%.0e", vec![f(12345.0)], "1e+04"),
            ("%G", vec![f(1e-10)], "1E-10"),
        ];
        for (fm, args, want) in cases {
            assert_eq!(fmt(fm, &args).unwrap(), want, "{fm:?}");
        }
    }

    #[test]
    fn errors() {
        let cases: Vec<(&str, Vec<PercentArg>, &str)> = vec![
            (
                "%x",
                vec![f(1.5)],
                "%x format: an integer is required, not float",
            ),
            ("%c", vec![s("ab")], "%c requires int or char"),
            ("%c", vec![i(-1)], "%c arg not in range(0x110000)"),
            ("%c", vec![f(1.5)], "%c requires int or char"),
            (
                "%q",
                vec![i(1)],
                "unsupported format character 'q' (0x71) at index 1",
            ),
            (
                "%é",
                vec![i(1)],
                "unsupported format character '?' (0xe9) at index 1",
            ),
            (
                "%5%",
                vec![i(1)],
                "unsupported format character '%' (0x25) at index 2",
            ),
            ("%", vec![], "incomplete format"),
            (
                "%+.2%",
                vec![i(1)],
                "unsupported format character '%' (0x25) at index 4",
            ),
            ("%5", vec![i(1)], "incomplete format"),
            ("%(a", vec![], "incomplete format key"),
            (
                "%d %d",
                vec![i(1)],
                "not enough arguments for format string",
            ),
            (
                "%d",
                vec![i(1), i(2)],
                "not all arguments converted during string formatting",
            ),
            (
                "%d",
                vec![f(f64::NAN)],
                "cannot convert float NaN to integer",
            ),
            (
                "%d",
                vec![f(f64::INFINITY)],
                "cannot convert float infinity to integer",
            ),
            ("%*d", vec![s("a"), i(1)], "* wants int"),
        ];
        for (fm, args, want) in cases {
            assert_eq!(fmt(fm, &args).unwrap_err(), want, "{fm:?}");
        }
        assert_eq!(
            percent_type_error('d', "str"),
            "%d format: a real number is required, not str"
        );
        assert_eq!(
            percent_type_error('f', "str"),
            "must be real number, not str"
        );
    }

    #[test]
    fn mapping_keys() {
        let pieces = parse_percent("%(a)s and %(b(c))d");
        let keys: Vec<_> = pieces
            .iter()
            .filter_map(|p| match p {
                PercentPiece::Spec(s) => s.key.clone(),
                _ => None,
            })
            .collect();
        assert_eq!(keys, vec!["a".to_string(), "b(c)".to_string()]);
        let r = percent_format("%(x)s-%(y)05.1f", &mut |req| match req {
            PercentRequest::Value { key: Some("x"), .. } => Ok(PercentArg::Str("X")),
            PercentRequest::Value { key: Some("y"), .. } => Ok(PercentArg::Float(2.25)),
            _ => Err("KeyError".into()),
        });
        assert_eq!(r.unwrap(), "X-002.2");
    }
}
