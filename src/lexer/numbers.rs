//! Numeric literals (CPython's `tok_get` number branch and `parsenumber`): `_`
//! separators, `0x`/`0o`/`0b`, floats, imaginary `j`, and CPython's error messages.
use logos::Lexer;

use super::token::{LexErr, Tok};
use crate::ast::{Constant, Span};
use crate::diagnostics::SyntaxError;

/// Scans a run of digits with single `_` separators; returns the end offset, or
/// `Err(pos)` of an illegal `_`. Requires at least one digit at `i`.
fn digits(b: &[u8], mut i: usize, ok: impl Fn(u8) -> bool) -> Result<usize, usize> {
    if i >= b.len() || !ok(b[i]) {
        return Err(i);
    }
    while i < b.len() {
        if ok(b[i]) {
            i += 1;
        } else if b[i] == b'_' {
            if i + 1 < b.len() && ok(b[i + 1]) {
                i += 1;
            } else {
                return Err(i);
            }
        } else {
            break;
        }
    }
    Ok(i)
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Is the number at `b[..i]` followed by a name character that makes it invalid?
/// CPython (`verify_end_of_number`) still accepts `1if x else y` and friends, with a
/// warning, when the letters start one of these keywords.
/// Whether the number ending before byte `i` runs into a name (`12abc`). CPython's
/// tokenizer reports that with the caret on the number's last character (it has
/// backed up to the offending one), hence the `- 1` at the callers.
fn bad_end(b: &[u8], i: usize) -> bool {
    // Only an ASCII name character (CPython 3.11.4+, gh-88943): a non-ASCII one
    // after a number is left to the tokenizer's "invalid character" error.
    if i >= b.len() || b[i] >= 0x80 || !is_ident_byte(b[i]) {
        return false;
    }
    let rest = &b[i..];
    !["and", "else", "for", "if", "in", "is", "not", "or"]
        .iter()
        .any(|k| rest.starts_with(k.as_bytes()))
}

pub(super) fn lex_number(lex: &mut Lexer<Tok>) -> Result<Constant, LexErr> {
    let start = lex.span().start;
    let b = lex.source().as_bytes();
    let base = lex.extras.base;
    let err = |msg: &str, s: usize, e: usize| -> LexErr {
        SyntaxError::from_tokenizer(msg, Span::new(base + s, base + e.max(s + 1))).into()
    };
    let (value, end) = scan(b, start).map_err(|(m, e)| err(&m, e, e + 1))?;
    // A name character right after the number that `scan` let through starts one of
    // the keywords `bad_end` accepts (`1if x else y`): CPython's
    // `verify_end_of_number` warns there, naming the literal's kind.
    if end < b.len() && b[end] < 0x80 && is_ident_byte(b[end]) {
        let kind = literal_kind(&b[start..end]);
        // A SyntaxError made of it (an "error" filter) marks the number's start.
        let at = Span::new(base + start, base + start + 1);
        let msg = format!("invalid {kind} literal");
        super::token::tokenizer_warning("SyntaxWarning", msg, at, true);
    }
    lex.bump(end - lex.span().end);
    Ok(value)
}

/// The kind of a scanned literal as CPython's tokenizer names it in its messages.
fn literal_kind(t: &[u8]) -> &'static str {
    let prefix = |c: u8| t.len() > 1 && t[0] == b'0' && t[1].eq_ignore_ascii_case(&c);
    if prefix(b'x') {
        "hexadecimal"
    } else if prefix(b'o') {
        "octal"
    } else if prefix(b'b') {
        "binary"
    } else if t.last().is_some_and(|c| c.eq_ignore_ascii_case(&b'j')) {
        "imaginary"
    } else {
        "decimal"
    }
}

type ScanErr = (String, usize);

fn scan(b: &[u8], start: usize) -> Result<(Constant, usize), ScanErr> {
    let text = |s: usize, e: usize| -> String {
        String::from_utf8_lossy(&b[s..e])
            .chars()
            .filter(|&c| c != '_')
            .collect()
    };
    // Radix-prefixed integers.
    if b[start] == b'0' && start + 1 < b.len() {
        let (radix, name): (u32, &str) = match b[start + 1] {
            b'x' | b'X' => (16, "hexadecimal"),
            b'o' | b'O' => (8, "octal"),
            b'b' | b'B' => (2, "binary"),
            _ => (0, ""),
        };
        if radix != 0 {
            let mut i = start + 2;
            if i < b.len() && b[i] == b'_' {
                i += 1;
            }
            let ok = |c: u8| (c as char).is_digit(radix);
            let end = match digits(b, i, ok) {
                Ok(e) => e,
                Err(p) => {
                    // A `_` must be followed by a digit of the base: a decimal
                    // digit that is not one is named (`0b1_2`).
                    let p = if p + 1 < b.len() && b[p] == b'_' && b[p + 1].is_ascii_digit() {
                        p + 1
                    } else {
                        p
                    };
                    if p < b.len() && b[p].is_ascii_digit() {
                        return Err((
                            format!("invalid digit '{}' in {} literal", b[p] as char, name),
                            p,
                        ));
                    }
                    return Err((format!("invalid {name} literal"), p.saturating_sub(1)));
                }
            };
            if end < b.len() && b[end].is_ascii_digit() {
                return Err((
                    format!("invalid digit '{}' in {} literal", b[end] as char, name),
                    end,
                ));
            }
            if bad_end(b, end) {
                return Err((format!("invalid {name} literal"), end - 1));
            }
            let digits = text(start + 2, end);
            let value = match i64::from_str_radix(&digits, radix) {
                Ok(v) => Constant::Int(v),
                Err(_) => match num_bigint::BigUint::parse_bytes(digits.as_bytes(), radix) {
                    Some(v) => Constant::BigInt(v.to_string()),
                    None => return Err((format!("invalid {name} literal"), end)),
                },
            };
            return Ok((value, end));
        }
    }
    let dec = |c: u8| c.is_ascii_digit();
    let bad = |p: usize| ("invalid decimal literal".to_string(), p);
    let mut i = start;
    let mut is_float = false;
    if b[i] != b'.' {
        i = digits(b, i, dec).map_err(bad)?;
    }
    let int_end = i;
    if i < b.len() && b[i] == b'.' {
        is_float = true;
        i += 1;
        if i < b.len() && b[i].is_ascii_digit() {
            i = digits(b, i, dec).map_err(bad)?;
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if j < b.len() && b[j].is_ascii_digit() {
            i = digits(b, j, dec).map_err(bad)?;
            is_float = true;
        } else if !b[i..].starts_with(b"else") {
            // CPython's caret: on the sign when one was read, else before the `e`.
            let signed = j > i + 1;
            return Err(bad(if signed { j - 1 } else { i.saturating_sub(1) }));
        }
    }
    let num_end = i;
    let imag = i < b.len() && (b[i] == b'j' || b[i] == b'J');
    if imag {
        i += 1;
    }
    if bad_end(b, i) {
        let kind = if imag { "imaginary" } else { "decimal" };
        return Err((format!("invalid {kind} literal"), i - 1));
    }
    let t = text(start, num_end);
    if imag {
        return Ok((Constant::Complex(t.parse().unwrap_or(f64::INFINITY)), i));
    }
    if is_float {
        return Ok((Constant::Float(t.parse().unwrap_or(f64::INFINITY)), i));
    }
    let _ = int_end;
    if t.len() > 1 && t.starts_with('0') {
        if t.bytes().all(|c| c == b'0') {
            return Ok((Constant::Int(0), i));
        }
        return Err((
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                .to_string(),
            start,
        ));
    }
    let value = match t.parse::<i64>() {
        Ok(v) => Constant::Int(v),
        Err(_) => Constant::BigInt(t),
    };
    Ok((value, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Result<Constant, String> {
        scan(s.as_bytes(), 0).map(|(c, _)| c).map_err(|e| e.0)
    }

    #[test]
    fn literals() {
        assert_eq!(num("1_000"), Ok(Constant::Int(1000)));
        assert_eq!(num("0xff"), Ok(Constant::Int(255)));
        assert_eq!(num("0o17"), Ok(Constant::Int(15)));
        assert_eq!(num("0b_101"), Ok(Constant::Int(5)));
        assert_eq!(num("1."), Ok(Constant::Float(1.0)));
        assert_eq!(num(".5"), Ok(Constant::Float(0.5)));
        assert_eq!(num("1e3"), Ok(Constant::Float(1000.0)));
        assert_eq!(num("2.5E-1"), Ok(Constant::Float(0.25)));
        assert_eq!(num("3j"), Ok(Constant::Complex(3.0)));
        assert_eq!(num("000"), Ok(Constant::Int(0)));
        assert_eq!(
            num("99999999999999999999"),
            Ok(Constant::BigInt("99999999999999999999".into()))
        );
        assert_eq!(
            num("0xffffffffffffffffff"),
            Ok(Constant::BigInt("4722366482869645213695".into()))
        );
        assert_eq!(num("1_"), Err("invalid decimal literal".into()));
        assert_eq!(num("1e"), Err("invalid decimal literal".into()));
        assert_eq!(num("0x"), Err("invalid hexadecimal literal".into()));
        assert_eq!(
            num("0b2"),
            Err("invalid digit '2' in binary literal".into())
        );
        assert_eq!(num("1abc"), Err("invalid decimal literal".into()));
        assert!(num("012").unwrap_err().starts_with("leading zeros"));
    }
}
