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
pub fn caret_line(
    line: &str,
    start: usize,
    end: Option<usize>,
    style: Anchoring,
) -> Option<String> {
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
        Some(_) => anchors(segment, style),
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

/// Whose rules pick the operands: the interpreter's report (Python/traceback.c's
/// `extract_anchors_from_expr`, over UTF-8 bytes) or the `traceback` module's
/// (`_extract_caret_anchors_from_line_segment`, over characters). CPython 3.11.7's
/// two differ: for `(1) // 0` the report marks `^^` and the module `^`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Anchoring {
    Interpreter,
    TracebackModule,
}

/// `IS_WHITESPACE` of Python/traceback.c.
fn c_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

/// `_byte_offset_to_character_offset`: the characters of `segment` that start
/// before byte `offset` (a character cut by the offset counts, as its replacement).
fn chars_before(segment: &str, offset: usize) -> usize {
    segment
        .char_indices()
        .take_while(|&(b, _)| b < offset)
        .count()
}

/// For marked text that parses as a binary operation or a subscript: the character
/// offsets where its left part ends and its right part starts (the operator, or the
/// bracketed index, lies between).
fn anchors(segment: &str, style: Anchoring) -> Option<(usize, usize)> {
    let module = parse(segment, Mode::Expression).ok()?;
    let stmt = module.body.first()?;
    let crate::ast::StmtKind::Expr(e) = &stmt.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    match (&e.kind, style) {
        (ExprKind::BinOp { left, right, .. }, Anchoring::Interpreter) => {
            // The first byte after the left operand that is not blank, and the next one
            // too when it is not blank (`//`, `**`); a `)` is passed over unless it is
            // the last byte before the right operand.
            let stop = (right.span.start as usize).min(bytes.len());
            let mut found = None;
            let mut i = left.span.end as usize;
            while i < stop {
                if c_blank(bytes[i]) {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < stop && !c_blank(bytes[i + 1]) {
                    r += 1;
                }
                found = Some((i, r));
                if i + 1 < stop && bytes[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            let (l, r) = found?;
            Some((chars_before(segment, l), chars_before(segment, r)))
        }
        (ExprKind::BinOp { left, right, .. }, Anchoring::TracebackModule) => {
            // As traceback.py computes it, mixing the byte offset of the left
            // operand's end with character counts.
            let chars: Vec<char> = segment.chars().collect();
            let op_start = chars_before(segment, left.span.end as usize);
            let op_end = chars_before(segment, right.span.start as usize).max(op_start);
            let op: &[char] = &chars[op_start..op_end];
            let offset = op.iter().take_while(|c| c.is_whitespace()).count();
            let mut l = left.span.end as usize + offset;
            let mut r = l + 1;
            if offset + 1 < op.len() && !op[offset + 1].is_whitespace() {
                r += 1;
            }
            while l < chars.len() && (chars[l].is_whitespace() || matches!(chars[l], ')' | '#')) {
                l += 1;
                r += 1;
            }
            Some((chars_before(segment, l), chars_before(segment, r)))
        }
        (ExprKind::Subscript { value, slice }, _) => {
            // From the end of the value to the `[`, and from the end of the index to
            // just past the `]`: in bytes for the report, characters for the module.
            let (mut l, mut r, units): (usize, usize, Vec<char>) = match style {
                Anchoring::Interpreter => (
                    value.span.end as usize,
                    slice.span.end as usize + 1,
                    bytes.iter().map(|&b| b as char).collect(),
                ),
                Anchoring::TracebackModule => (
                    chars_before(segment, value.span.end as usize),
                    chars_before(segment, slice.span.end as usize + 1),
                    segment.chars().collect(),
                ),
            };
            while l < units.len() && units[l] != '[' {
                l += 1;
            }
            while r < units.len() && units[r] != ']' {
                r += 1;
            }
            if r < units.len() {
                r += 1;
            }
            Some(match style {
                Anchoring::Interpreter => (chars_before(segment, l), chars_before(segment, r)),
                Anchoring::TracebackModule => (l, r),
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{caret_line, Anchoring};

    fn mark(line: &str, what: &str) -> Option<String> {
        let start = line.find(what).unwrap();
        caret_line(
            line,
            start,
            Some(start + what.len()),
            Anchoring::Interpreter,
        )
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
        assert_eq!(
            caret_line("x = f(1,", 4, None, Anchoring::Interpreter).unwrap(),
            "        ^^^^"
        );
    }
}
