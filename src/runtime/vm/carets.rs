//! The marker line CPython 3.11 prints under a traceback's source line
//! (`print_error_location_carets` in Python/traceback.c, PEP 657): `^` under the
//! expression whose instruction failed, and for a binary operation or a subscript
//! `~` under the operands with `^` under the operator or the index:
//!
//! ```text
//!     print(x['a'][5])
//!           ~~~~~~^^^
//! ```
//!
//! The rules, as 3.11 applies them: positions are characters of the line; a span that
//! goes on to later lines is marked to the end of its first line; the operands are
//! found by parsing the marked text on its own (only a binary operation or a
//! subscript gets `~` ranges); and no marker line is printed when plain `^` would
//! cover the whole stripped line.

use crate::ast::ExprKind;
use crate::parser::{parse, Mode};

/// The marker line for the source line `line` (as in the file, no line terminator)
/// when the failing expression covers bytes `start..end` of it (`end` None: it goes
/// on past the end of the line). `None` when there is nothing to mark.
pub fn caret_line(line: &str, start: usize, end: Option<usize>) -> Option<String> {
    let chars = |byte: usize| line.get(..byte).map(|s| s.chars().count());
    let start_ch = chars(start)?;
    let end_byte = match end {
        Some(e) => e,
        None => line.trim_end().len(),
    };
    let end_ch = chars(end_byte)?;
    if end_ch <= start_ch {
        return None;
    }
    // Operand ranges, in characters from the start of the marked text.
    let segment = &line[start..end_byte];
    let anchors = match end {
        Some(_) => anchors(segment),
        None => None,
    };
    let indent = line.chars().take_while(|c| c.is_whitespace()).count();
    let stripped_len = line.trim().chars().count();
    if end_ch - start_ch >= stripped_len && anchors.is_none() {
        return None;
    }
    // What is printed is measured in terminal columns, a wide character taking two
    // (3.11's `_display_width`).
    let width = |s: &str, chars: usize| {
        let byte = s.char_indices().nth(chars).map_or(s.len(), |(b, _)| b);
        crate::text::display_width(&s[..byte])
    };
    let mut out = String::from("    ");
    let lead = crate::text::display_width(&line[..start]);
    out.extend(std::iter::repeat_n(' ', lead.saturating_sub(indent)));
    let total = crate::text::display_width(segment);
    match anchors {
        Some((left_end, right_start)) => {
            let (l, r) = (width(segment, left_end), width(segment, right_start));
            out.extend(std::iter::repeat_n('~', l));
            out.extend(std::iter::repeat_n('^', r.saturating_sub(l)));
            out.extend(std::iter::repeat_n('~', total.saturating_sub(r)));
        }
        None => out.extend(std::iter::repeat_n('^', total)),
    }
    Some(out)
}

/// For marked text that parses as a binary operation or a subscript: the character
/// offsets where its left part ends and its right part starts (the operator, or the
/// bracketed index, lies between).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let module = parse(segment, Mode::Expression).ok()?;
    let stmt = module.body.first()?;
    let crate::ast::StmtKind::Expr(e) = &stmt.kind else {
        return None;
    };
    let (left, right) = match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            // The operator: the first character after the left operand that is not
            // blank or a closing parenthesis; two characters if the next one is not
            // blank either (`//`, `**`, `<<`, ...).
            let bytes = segment.as_bytes();
            let from = left.span.end as usize;
            let to = (right.span.start as usize).min(bytes.len());
            let at = (from..to).find(|&i| !matches!(bytes[i], b' ' | b'\t' | b'\x0c' | b')'))?;
            let mut end = at + 1;
            if end < to && !matches!(bytes[end], b' ' | b'\t' | b'\x0c') {
                end += 1;
            }
            (at, end)
        }
        ExprKind::Subscript { value, slice } => {
            (value.span.end as usize, slice.span.end as usize + 1)
        }
        _ => return None,
    };
    let chars = |byte: usize| {
        segment
            .get(..byte.min(segment.len()))
            .map(|s| s.chars().count())
    };
    Some((chars(left)?, chars(right)?))
}

#[cfg(test)]
mod tests {
    use super::caret_line;

    fn mark(line: &str, what: &str) -> Option<String> {
        let start = line.find(what).unwrap();
        caret_line(line, start, Some(start + what.len()))
    }

    #[test]
    fn markers_as_cpython_prints_them() {
        assert_eq!(
            mark("print(x['a'][5])", "x['a'][5]").unwrap(),
            "          ~~~~~~^^^"
        );
        assert_eq!(
            mark("c = a   +   b", "a   +   b").unwrap(),
            "        ~~~~^~~~~"
        );
        assert_eq!(
            mark("    return (1) // 0", "(1) // 0").unwrap(),
            "           ~~~~^^~~"
        );
        assert_eq!(
            mark("obj.method(1, 2)", "obj.method").unwrap(),
            "    ^^^^^^^^^^"
        );
        assert_eq!(mark("x[1]", "x[1]").unwrap(), "    ~^^^");
        assert_eq!(
            mark("print(é['ß'] + 1)", "é['ß']").unwrap(),
            "          ~^^^^^"
        );
        // Plain carets over the whole stripped line are left out.
        assert_eq!(mark("    l.append(1, 2)", "l.append(1, 2)"), None);
        // A span that goes on to the next line: to the end of this one.
        assert_eq!(caret_line("x = f(1,", 4, None).unwrap(), "        ^^^^");
    }
}
