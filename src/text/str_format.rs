//! `str.format` template parsing, mirroring CPython's
//! `Objects/stringlib/unicode_format.h` (`MarkupIterator_next`,
//! `parse_field`, `field_name_split`, `FieldNameIterator_next`, the
//! `AutoNumber` state and the recursion limit of `build_string`).
//!
//! CPython raises every template error lazily, in the order it meets it while
//! rendering: a field's name is split (and auto-numbering checked) only when the
//! field is rendered, its `.attr`/`[key]` accessors are read one at a time between
//! the lookups (`"{0[a]b}".format(1)` is the TypeError of `1['a']`, not the syntax
//! error after it), and a nested spec is parsed only after the field's object was
//! found and converted. So this module offers the steps, not a parsed tree:
//! [`parse_markup`] splits the template into literals and raw fields (returning the
//! pieces before the first markup error with that error), [`split_field_name`]
//! reads a field's first part and [`next_accessor`] each following accessor.

/// The recursion budget of a top-level template (`build_string`'s
/// `recursion_depth`): a spec may hold fields, their specs may not.
pub const MAX_DEPTH: u32 = 2;

/// The error when a spec is expanded with no budget left.
pub const RECURSION_ERROR: &str = "Max string recursion exceeded";

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
pub enum FormatPiece {
    Literal(String),
    Field {
        /// The field name as written (split when the field is rendered).
        name: String,
        /// The character after `!`, unchecked: see [`check_conversion`].
        conversion: Option<char>,
        /// The format spec as written ("" for none).
        spec: String,
        /// The spec holds a `{` and is itself a template to render first
        /// (CPython's `format_spec_needs_expanding`).
        expand: bool,
    },
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
pub struct AutoNumber {
    manual: bool,
    auto: bool,
    next: usize,
}

/// `MarkupIterator_next` over a whole template: the literal and field pieces
/// before the first markup error, and that error.
pub fn parse_markup(s: &str) -> (Vec<FormatPiece>, Option<String>) {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let err = markup_into(&chars, &mut out).err();
    (out, err)
}

fn markup_into(s: &[char], out: &mut Vec<FormatPiece>) -> Result<(), String> {
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
        let (spec, expand) = match spec_range {
            Some((a, b)) => (s[a..b].iter().collect(), s[a..b].contains(&'{')),
            None => (String::new(), false),
        };
        out.push(FormatPiece::Field {
            name: name.iter().collect(),
            conversion,
            spec,
            expand,
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

/// `get_integer`: an all-digit text as its number, else None.
fn parse_index(s: &str) -> Result<Option<usize>, String> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut v: usize = 0;
    for c in s.bytes() {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(usize::from(c - b'0')))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
    }
    Ok(Some(v))
}

/// `field_name_split`: the field's first part (numbered, checked against the
/// template's numbering so far) and the byte offset where its accessors start.
pub fn split_field_name(s: &str, auto: &mut AutoNumber) -> Result<(FieldArg, usize), String> {
    let first_end = s.find(['.', '[']).unwrap_or(s.len());
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
        FieldArg::Keyword(first.to_string())
    };
    Ok((arg, first_end))
}

/// `FieldNameIterator_next`: the accessor at byte offset `pos` of the field name
/// (advancing it), or None at the end.
pub fn next_accessor(s: &str, pos: &mut usize) -> Result<Option<FieldAccessor>, String> {
    let b = s.as_bytes();
    if *pos >= b.len() {
        return Ok(None);
    }
    let c = b[*pos];
    *pos += 1;
    let st = *pos;
    let acc = match c {
        b'.' => {
            while *pos < b.len() && b[*pos] != b'.' && b[*pos] != b'[' {
                *pos += 1;
            }
            FieldAccessor::Attr(s[st..*pos].to_string())
        }
        b'[' => {
            while *pos < b.len() && b[*pos] != b']' {
                *pos += 1;
            }
            if *pos >= b.len() {
                return Err("Missing ']' in format string".into());
            }
            let key = &s[st..*pos];
            *pos += 1;
            match parse_index(key)? {
                Some(i) => FieldAccessor::Index(i),
                None => FieldAccessor::Key(key.to_string()),
            }
        }
        _ => return Err("Only '.' or '[' may follow ']' in format field specifier".into()),
    };
    if matches!(&acc, FieldAccessor::Attr(a) | FieldAccessor::Key(a) if a.is_empty()) {
        return Err("Empty attribute in format string".into());
    }
    Ok(Some(acc))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Walks a template as rendering does, with every lookup succeeding: the
    /// fields it meets (first part and accessors), or the first error.
    fn walk(
        t: &str,
        depth: u32,
        auto: &mut AutoNumber,
        seen: &mut Vec<String>,
    ) -> Result<(), String> {
        if depth == 0 {
            return Err(RECURSION_ERROR.into());
        }
        let (pieces, err) = parse_markup(t);
        for p in pieces {
            if let FormatPiece::Field {
                name,
                conversion,
                spec,
                expand,
            } = p
            {
                let (arg, mut pos) = split_field_name(&name, auto)?;
                let mut d = format!("{arg:?}");
                while let Some(a) = next_accessor(&name, &mut pos)? {
                    d.push_str(&format!(" {a:?}"));
                }
                if let Some(c) = conversion {
                    check_conversion(c)?;
                }
                seen.push(d);
                if expand {
                    walk(&spec, depth - 1, auto, seen)?;
                } else if !spec.is_empty() {
                    seen.push(format!("spec {spec}"));
                }
            }
        }
        err.map_or(Ok(()), Err)
    }

    fn fields(t: &str) -> Result<Vec<String>, String> {
        let mut seen = Vec::new();
        walk(t, MAX_DEPTH, &mut AutoNumber::default(), &mut seen).map(|_| seen)
    }

    #[test]
    fn parses() {
        assert_eq!(
            parse_markup("{{}}").0,
            vec![FormatPiece::Literal("{}".into())]
        );
        assert_eq!(fields("x{0[0]}y").unwrap(), ["Index(0) Index(0)"]);
        assert_eq!(
            fields("{a.b[c]!r:>5}").unwrap(),
            ["Keyword(\"a\") Attr(\"b\") Key(\"c\")", "spec >5"]
        );
        assert_eq!(
            fields("{:{}}{}").unwrap(),
            ["Auto(0)", "Auto(1)", "Auto(2)"]
        );
        assert_eq!(fields("{0[a}b]}").unwrap(), ["Index(0) Key(\"a}b\")"]);
        assert_eq!(
            fields("{0]}{-1}{00}").unwrap(),
            ["Keyword(\"0]\")", "Keyword(\"-1\")", "Index(0)"]
        );
        assert_eq!(
            check_conversion('x').unwrap_err(),
            "Unknown conversion specifier x"
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
            assert_eq!(fields(t).unwrap_err(), msg, "{t:?}");
        }
        let (pieces, err) = parse_markup("ab{0}c}");
        assert_eq!(pieces.len(), 3);
        assert_eq!(
            err.as_deref(),
            Some("Single '}' encountered in format string")
        );
    }
}
