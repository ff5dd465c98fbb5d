//! `str.format` template parsing, mirroring CPython's
//! `Objects/stringlib/unicode_format.h` (`MarkupIterator_next`,
//! `parse_field`, `field_name_split`, `FieldNameIterator_next`, the
//! `AutoNumber` state and the recursion limit of `build_string`).
//!
//! Parsing is done up front, but CPython raises template errors lazily,
//! after formatting the fields before them (whose `__format__` may have side
//! effects). [`parse_format_template_partial`] therefore returns the pieces
//! parsed before the first error together with that error, so the caller can
//! render those pieces first and only then raise.

/// First part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldArg {
    /// `{}`: automatic numbering, already resolved to its index.
    Auto(usize),
    /// `{3}`.
    Index(usize),
    /// `{name}` (anything that is not all digits, e.g. `{-1}` or `{ 0}`).
    Keyword(String),
}

/// One `.attr` or `[key]` accessor after the first part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldAccessor {
    Attr(String),
    /// `[3]`: all-digit keys are integers.
    Index(usize),
    /// `[key]`: any other key is a string.
    Key(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName {
    pub arg: FieldArg,
    pub accessors: Vec<FieldAccessor>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatPiece {
    Literal(String),
    Field {
        name: FieldName,
        /// The character after `!`, unchecked: see [`check_conversion`].
        conversion: Option<char>,
        /// The format spec as a sub-template: render its pieces (nested
        /// fields included) and concatenate to get the spec string. Empty
        /// for no spec; `[Literal(s)]` when it has no nested fields.
        spec: Vec<FormatPiece>,
    },
}

impl FormatPiece {
    /// The spec as plain text when it contains no nested fields.
    pub fn literal_spec(spec: &[FormatPiece]) -> Option<String> {
        let mut out = String::new();
        for p in spec {
            match p {
                FormatPiece::Literal(s) => out.push_str(s),
                FormatPiece::Field { .. } => return None,
            }
        }
        Some(out)
    }
}

/// `Ok(())` for `r`, `s`, `a`; otherwise CPython's
/// `Unknown conversion specifier x` (raised after the field's object has
/// been looked up).
pub fn check_conversion(c: char) -> Result<(), String> {
    match c {
        'r' | 's' | 'a' => Ok(()),
        c if (c as u32) > 32 && (c as u32) < 127 => {
            Err(format!("Unknown conversion specifier {c}"))
        }
        c => Err(format!("Unknown conversion specifier \\x{:x}", c as u32)),
    }
}

/// `AutoNumber` of `unicode_format.h`: shared by a template and its nested
/// specs.
#[derive(Default)]
struct AutoNumber {
    manual: bool,
    auto: bool,
    next: usize,
}

/// Parse a whole template; the first error (in CPython's order) is returned.
pub fn parse_format_template(s: &str) -> Result<Vec<FormatPiece>, String> {
    match parse_format_template_partial(s) {
        (pieces, None) => Ok(pieces),
        (_, Some(e)) => Err(e),
    }
}

/// Parse as far as possible: the pieces before the first error, and the error.
pub fn parse_format_template_partial(s: &str) -> (Vec<FormatPiece>, Option<String>) {
    let chars: Vec<char> = s.chars().collect();
    let mut auto = AutoNumber::default();
    let mut out = Vec::new();
    let err = parse_into(&chars, 2, &mut auto, &mut out).err();
    (out, err)
}

fn parse_into(
    s: &[char],
    depth: u32,
    auto: &mut AutoNumber,
    out: &mut Vec<FormatPiece>,
) -> Result<(), String> {
    if depth == 0 {
        return Err("Max string recursion exceeded".into());
    }
    let mut pos = 0;
    let end = s.len();
    while pos < end {
        // Literal text up to a '{' or '}'.
        let mut lit = String::new();
        let mut markup = false;
        let mut c = '\0';
        while pos < end {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
            lit.push(c);
        }
        let at_end = pos >= end;
        if markup {
            if c == '}' && (at_end || s[pos] != '}') {
                push_lit(out, lit);
                return Err("Single '}' encountered in format string".into());
            }
            if at_end && c == '{' {
                push_lit(out, lit);
                return Err("Single '{' encountered in format string".into());
            }
            if s[pos] == c {
                // Escaped '{{' or '}}'.
                lit.push(c);
                pos += 1;
                markup = false;
            }
        }
        push_lit(out, lit);
        if !markup {
            continue;
        }
        let (name, conversion, spec_range) = parse_field(s, &mut pos)?;
        let name = split_field_name(name, auto)?;
        let mut spec = Vec::new();
        if let Some((a, b)) = spec_range {
            let text = &s[a..b];
            if text.contains(&'{') {
                // CPython expands the spec only when it contains '{'.
                parse_into(text, depth - 1, auto, &mut spec)?;
            } else if a < b {
                spec.push(FormatPiece::Literal(text.iter().collect()));
            }
        }
        out.push(FormatPiece::Field {
            name,
            conversion,
            spec,
        });
    }
    Ok(())
}

fn push_lit(out: &mut Vec<FormatPiece>, lit: String) {
    if lit.is_empty() {
        return;
    }
    if let Some(FormatPiece::Literal(prev)) = out.last_mut() {
        prev.push_str(&lit);
    } else {
        out.push(FormatPiece::Literal(lit));
    }
}

type Field<'a> = (&'a [char], Option<char>, Option<(usize, usize)>);

/// `parse_field`: `pos` is just after the opening '{'.
fn parse_field<'a>(s: &'a [char], pos: &mut usize) -> Result<Field<'a>, String> {
    let end = s.len();
    let start = *pos;
    let mut c = '\0';
    while *pos < end {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err("unexpected '{' in field name".into()),
            '[' => {
                while *pos < end && s[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    if !matches!(c, '}' | ':' | '!') {
        return Err("expected '}' before end of string".into());
    }
    let name = &s[start..*pos - 1];
    if c == '}' {
        return Ok((name, None, None));
    }
    let mut conversion = None;
    if c == '!' {
        if *pos >= end {
            return Err("end of string while looking for conversion specifier".into());
        }
        conversion = Some(s[*pos]);
        *pos += 1;
        if *pos < end {
            let c2 = s[*pos];
            *pos += 1;
            if c2 == '}' {
                return Ok((name, conversion, None));
            }
            if c2 != ':' {
                return Err("expected ':' after conversion specifier".into());
            }
        }
    }
    let spec_start = *pos;
    let mut count = 1;
    while *pos < end {
        let c = s[*pos];
        *pos += 1;
        if c == '{' {
            count += 1;
        } else if c == '}' {
            count -= 1;
            if count == 0 {
                return Ok((name, conversion, Some((spec_start, *pos - 1))));
            }
        }
    }
    Err("unmatched '{' in format spec".into())
}

fn parse_index(s: &[char]) -> Result<Option<usize>, String> {
    if s.is_empty() || !s.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut v: usize = 0;
    for c in s {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(c.to_digit(10).unwrap_or(0) as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
    }
    Ok(Some(v))
}

/// `field_name_split` + `FieldNameIterator_next`.
fn split_field_name(s: &[char], auto: &mut AutoNumber) -> Result<FieldName, String> {
    let first_end = s
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(s.len());
    let first = &s[..first_end];
    let arg = if first.is_empty() {
        if auto.manual {
            return Err(
                "cannot switch from manual field specification to automatic field numbering".into(),
            );
        }
        auto.auto = true;
        auto.next += 1;
        FieldArg::Auto(auto.next - 1)
    } else if let Some(i) = parse_index(first)? {
        if auto.auto {
            return Err(
                "cannot switch from automatic field numbering to manual field specification".into(),
            );
        }
        auto.manual = true;
        FieldArg::Index(i)
    } else {
        FieldArg::Keyword(first.iter().collect())
    };
    let mut accessors = Vec::new();
    let mut pos = first_end;
    while pos < s.len() {
        let c = s[pos];
        pos += 1;
        match c {
            '.' => {
                let st = pos;
                while pos < s.len() && s[pos] != '.' && s[pos] != '[' {
                    pos += 1;
                }
                if st == pos {
                    return Err("Empty attribute in format string".into());
                }
                accessors.push(FieldAccessor::Attr(s[st..pos].iter().collect()));
            }
            '[' => {
                let st = pos;
                while pos < s.len() && s[pos] != ']' {
                    pos += 1;
                }
                if pos >= s.len() {
                    return Err("Missing ']' in format string".into());
                }
                let key = &s[st..pos];
                pos += 1;
                if key.is_empty() {
                    return Err("Empty attribute in format string".into());
                }
                accessors.push(match parse_index(key)? {
                    Some(i) => FieldAccessor::Index(i),
                    None => FieldAccessor::Key(key.iter().collect()),
                });
                if pos < s.len() && s[pos] != '.' && s[pos] != '[' {
                    return Err("Only '.' or '[' may follow ']' in format field specifier".into());
                }
            }
            _ => return Err("Only '.' or '[' may follow ']' in format field specifier".into()),
        }
    }
    Ok(FieldName { arg, accessors })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> FormatPiece {
        FormatPiece::Literal(s.into())
    }
    fn field(
        arg: FieldArg,
        acc: Vec<FieldAccessor>,
        conv: Option<char>,
        spec: Vec<FormatPiece>,
    ) -> FormatPiece {
        FormatPiece::Field {
            name: FieldName {
                arg,
                accessors: acc,
            },
            conversion: conv,
            spec,
        }
    }

    #[test]
    fn parses() {
        assert_eq!(parse_format_template("{{}}").unwrap(), vec![lit("{}")]);
        assert_eq!(
            parse_format_template("x{0[0]}y").unwrap(),
            vec![
                lit("x"),
                field(
                    FieldArg::Index(0),
                    vec![FieldAccessor::Index(0)],
                    None,
                    vec![]
                ),
                lit("y")
            ]
        );
        assert_eq!(
            parse_format_template("{a.b[c]!r:>5}").unwrap(),
            vec![field(
                FieldArg::Keyword("a".into()),
                vec![
                    FieldAccessor::Attr("b".into()),
                    FieldAccessor::Key("c".into())
                ],
                Some('r'),
                vec![lit(">5")]
            )]
        );
        assert_eq!(
            parse_format_template("{:{}}{}").unwrap(),
            vec![
                field(
                    FieldArg::Auto(0),
                    vec![],
                    None,
                    vec![field(FieldArg::Auto(1), vec![], None, vec![])]
                ),
                field(FieldArg::Auto(2), vec![], None, vec![]),
            ]
        );
        assert_eq!(
            parse_format_template("{0[a}b]}").unwrap(),
            vec![field(
                FieldArg::Index(0),
                vec![FieldAccessor::Key("a}b".into())],
                None,
                vec![]
            )]
        );
        assert_eq!(
            parse_format_template("{0]}{-1}{00}").unwrap(),
            vec![
                field(FieldArg::Keyword("0]".into()), vec![], None, vec![]),
                field(FieldArg::Keyword("-1".into()), vec![], None, vec![]),
                field(FieldArg::Index(0), vec![], None, vec![]),
            ]
        );
        assert_eq!(
            check_conversion('x').unwrap_err(),
            "Unknown conversion specifier x"
        );
        assert_eq!(
            FormatPiece::literal_spec(&[lit(">5")]).as_deref(),
            Some(">5")
        );
    }

    #[test]
    fn errors() {
        // Messages from python3 3.11 `f.format([1, 2, 3], 5, 6, 7)`.
        let cases = [
            ("{0!r", "unmatched '{' in format spec"),
            (
                "{0!",
                "end of string while looking for conversion specifier",
            ),
            ("{0!rx}", "expected ':' after conversion specifier"),
            ("{0", "expected '}' before end of string"),
            ("{", "Single '{' encountered in format string"),
            ("}", "Single '}' encountered in format string"),
            ("a}b", "Single '}' encountered in format string"),
            ("{0[}", "expected '}' before end of string"),
            (
                "{0[1]x}",
                "Only '.' or '[' may follow ']' in format field specifier",
            ),
            ("{0.}", "Empty attribute in format string"),
            ("{0[]}", "Empty attribute in format string"),
            ("{:{:{}}}", "Max string recursion exceeded"),
            (
                "{}{0}",
                "cannot switch from automatic field numbering to manual field specification",
            ),
            (
                "{0}{}",
                "cannot switch from manual field specification to automatic field numbering",
            ),
            ("{a{}", "unexpected '{' in field name"),
            ("{0:{", "unmatched '{' in format spec"),
            ("{0.a[}", "expected '}' before end of string"),
            ("{0:}}", "Single '}' encountered in format string"),
        ];
        for (t, msg) in cases {
            assert_eq!(parse_format_template(t).unwrap_err(), msg, "{t:?}");
        }
        let (pieces, err) = parse_format_template_partial("ab{0}c}");
        assert_eq!(pieces.len(), 3);
        assert_eq!(
            err.as_deref(),
            Some("Single '}' encountered in format string")
        );
    }
}
