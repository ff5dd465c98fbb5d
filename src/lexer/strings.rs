//! String literals (CPython's `tok_get` string branch, `Parser/string_parser.c`):
//! prefixes, single/triple quotes, escape decoding, and f-string splitting into
//! `JoinedStr` parts. The expression inside `{}` is parsed by re-running the whole
//! front end on that substring in expression mode, with spans shifted to the file:
//! the parser passes itself in as a [`FieldParser`] (the lexer sits below it).
use logos::Lexer;

use super::token::{LexErr, StrLit, Tok};
use crate::ast::{Constant, Expr, ExprKind, Span};
use crate::diagnostics::SyntaxError;

/// Parses an f-string field's expression text, placed at byte `base`, line `line` of
/// the file (`parser::parse_fragment`).
pub type FieldParser = fn(&str, usize, usize) -> Result<Expr, SyntaxError>;

pub(super) fn lex_string(lex: &mut Lexer<Tok>) -> Result<Box<StrLit>, LexErr> {
    let src = lex.source();
    let span = lex.span();
    let mut ex = lex.extras;
    let opener = lex.slice();
    let quote = opener.as_bytes()[opener.len() - 1];
    let prefix = opener[..opener.len() - 1].to_ascii_lowercase();
    let raw = prefix.contains('r');
    let bytes = prefix.contains('b');
    let fstr = prefix.contains('f');
    let b = src.as_bytes();
    let mut i = span.end;
    let triple = i + 1 < b.len() && b[i] == quote && b[i + 1] == quote;
    if triple {
        i += 2;
    }
    let body_start = i;
    let quote_at = span.end - 1;
    let body_end;
    loop {
        if i >= b.len() {
            let msg = if triple {
                // CPython reports the last line of the file (a final newline does not count).
                let end = if src.ends_with('\n') {
                    b.len() - 1
                } else {
                    b.len()
                };
                format!(
                    "unterminated triple-quoted string literal (detected at line {})",
                    ex.line_of(src, end)
                )
            } else {
                format!(
                    "unterminated string literal (detected at line {})",
                    ex.line_of(src, quote_at)
                )
            };
            let mut e =
                SyntaxError::syntax(msg, Span::new(ex.base + span.start, ex.base + quote_at + 1));
            e.incomplete = triple;
            // A single-quoted one is reported on its own line (CPython's tokenizer).
            if !triple {
                e.origin = crate::diagnostics::Origin::Tokenizer;
            }
            return Err(e.into());
        }
        let c = b[i];
        if c == b'\\' {
            i += 1;
            if i < b.len() && b[i] == b'\r' && i + 1 < b.len() && b[i + 1] == b'\n' {
                i += 1;
            }
            // Skip one whole (possibly multi-byte) character.
            i += 1;
            while i < b.len() && (b[i] & 0xC0) == 0x80 {
                i += 1;
            }
            continue;
        }
        if (c == b'\n' || c == b'\r') && !triple {
            let msg = format!(
                "unterminated string literal (detected at line {})",
                ex.line_of(src, i)
            );
            return Err(SyntaxError::from_tokenizer(
                msg,
                Span::new(ex.base + span.start, ex.base + quote_at + 1),
            )
            .into());
        }
        if c == quote {
            if !triple {
                body_end = i;
                i += 1;
                break;
            }
            if i + 2 < b.len() && b[i + 1] == quote && b[i + 2] == quote {
                body_end = i;
                i += 3;
                break;
            }
        }
        i += 1;
    }
    lex.bump(i - span.end);
    let body = &src[body_start..body_end];
    let abs = ex.base + body_start;
    let whole = Span::new(ex.base + span.start, ex.base + i);
    let lit = if fstr && ex.fields.is_none() {
        StrLit::Str(String::new())
    } else if let (true, Some(fields)) = (fstr, ex.fields) {
        let line = ex.line_of(src, body_start);
        lex.extras = ex;
        let mut p = FParser {
            s: body,
            pos: 0,
            base: abs,
            line,
            raw,
            depth: 0,
            whole,
            fields,
        };
        let parts = match p.parse(false) {
            Ok(parts) => parts,
            Err(e) => {
                lex.extras.deferred_end = ex.base + i;
                return Err(e.into());
            }
        };
        StrLit::F(parts)
    } else if bytes {
        if let Some(_c) = body.chars().find(|c| !c.is_ascii()) {
            return Err(SyntaxError::syntax(
                "bytes can only contain ASCII literal characters",
                whole,
            )
            .into());
        }
        if raw {
            StrLit::Bytes(body.as_bytes().to_vec())
        } else {
            StrLit::Bytes(decode_bytes(body, whole)?)
        }
    } else if raw {
        StrLit::Str(body.to_string())
    } else {
        match decode_str_flagged(body, whole)? {
            (t, false) => StrLit::Str(t),
            (t, true) => StrLit::SurrStr(t),
        }
    };
    Ok(Box::new(lit))
}

fn unicode_error(msg: &str, span: Span) -> SyntaxError {
    SyntaxError::syntax(
        format!("(unicode error) 'unicodeescape' codec can't decode bytes: {msg}"),
        span,
    )
}

/// CPython's wording, which names the byte positions of the bad escape in the body.
fn unicode_error_at(msg: &str, from: usize, to: usize, span: Span) -> SyntaxError {
    SyntaxError::syntax(
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {msg}"),
        span,
    )
}

/// Decodes the escapes of a non-raw `str` literal body; true when it holds lone
/// surrogates (`\ud800`), which are written as stand-ins (`text::surrogates`).
pub fn decode_str_flagged(body: &str, span: Span) -> Result<(String, bool), SyntaxError> {
    let mut flagged = false;
    let mut nsurr = 0usize;
    let mut out = String::with_capacity(body.len());
    let mut it = body.char_indices().peekable();
    // CPython's `first_invalid_escape`: the literal's first unknown escape, or octal
    // escape above 0o377, is reported once (a DeprecationWarning in 3.11).
    let mut invalid: Option<String> = None;
    while let Some((at, c)) = it.next() {
        if c != '\\' {
            // Normalise CRLF line endings inside triple-quoted strings.
            if c == '\r' {
                if it.peek().map(|p| p.1) == Some('\n') {
                    continue;
                }
                out.push('\n');
                continue;
            }
            out.push(c);
            continue;
        }
        let Some((_, e)) = it.next() else {
            // Only an f-string's literal part ends in a lone backslash: the `{` of a
            // field follows it, and CPython reports that escape.
            if invalid.is_none() {
                invalid = Some("invalid escape sequence '\\{'".to_string());
            }
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if it.peek().map(|p| p.1) == Some('\n') {
                    it.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match it.peek().and_then(|p| p.1.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            it.next();
                        }
                        None => break,
                    }
                }
                if v > 0o377 && invalid.is_none() {
                    invalid = Some(format!("invalid octal escape sequence '\\{:o}'", v));
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v: u32 = 0;
                for _ in 0..n {
                    match it.peek().and_then(|p| p.1.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            it.next();
                        }
                        None => {
                            let what = match e {
                                'x' => "truncated \\xXX escape",
                                'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            let last = it.peek().map_or(body.len(), |p| p.0) - 1;
                            return Err(unicode_error_at(what, at, last, span));
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if crate::text::surrogates::is_surrogate(v) => {
                        flagged |= crate::text::surrogates::push_code_point(&mut out, v);
                        nsurr += 1;
                    }
                    None => return Err(unicode_error("illegal Unicode character", span)),
                }
            }
            'N' => {
                // CPython's `\N{name}`: a character name or alias, any case; the error
                // positions run from the backslash to where the decoder stopped.
                let malformed = "malformed \\N character escape";
                let end_of = |it: &mut std::iter::Peekable<std::str::CharIndices>| {
                    it.peek().map_or(body.len(), |p| p.0)
                };
                if it.peek().map(|p| p.1) != Some('{') {
                    let stop = end_of(&mut it);
                    return Err(unicode_error_at(malformed, at, stop - 1, span));
                }
                it.next();
                let start = end_of(&mut it);
                while it.peek().is_some_and(|p| p.1 != '}') {
                    it.next();
                }
                let close = end_of(&mut it);
                if close >= body.len() || close == start {
                    return Err(unicode_error_at(malformed, at, close - 1, span));
                }
                it.next();
                match crate::text::char_by_name(&body[start..close]) {
                    Some(ch) => out.push(ch),
                    None => {
                        let msg = "unknown Unicode character name";
                        return Err(unicode_error_at(msg, at, close, span));
                    }
                }
            }
            other => {
                // Unknown escapes keep the backslash.
                if invalid.is_none() {
                    invalid = Some(format!("invalid escape sequence '\\{other}'"));
                }
                out.push('\\');
                out.push(other);
            }
        }
    }
    if let Some(msg) = invalid {
        super::token::tokenizer_warning("DeprecationWarning", msg, span, false);
    }
    if flagged
        && out
            .chars()
            .filter(|&c| crate::text::surrogates::is_stand_in(c))
            .count()
            != nsurr
    {
        return Err(SyntaxError::syntax(crate::text::surrogates::MIXED, span));
    }
    Ok((out, flagged))
}

/// Decodes the escapes of a non-raw bytes literal body (ASCII only).
pub fn decode_bytes(body: &str, span: Span) -> Result<Vec<u8>, SyntaxError> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    // The first invalid escape, reported once (as `decode_str_flagged`).
    let mut invalid: Option<String> = None;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            if c == b'\r' {
                if i < b.len() && b[i] == b'\n' {
                    continue;
                }
                out.push(b'\n');
                continue;
            }
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                if v > 0o377 && invalid.is_none() {
                    invalid = Some(format!("invalid octal escape sequence '\\{:o}'", v));
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let h = b.get(i..i + 2).and_then(|h| std::str::from_utf8(h).ok());
                match h.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) if h.is_some_and(|h| h.bytes().all(|c| c.is_ascii_hexdigit())) => {
                        out.push(v);
                        i += 2;
                    }
                    _ => {
                        return Err(SyntaxError::syntax(
                            format!("(value error) invalid \\x escape at position {}", i - 2),
                            span,
                        ))
                    }
                }
            }
            other => {
                if invalid.is_none() {
                    invalid = Some(format!("invalid escape sequence '\\{}'", other as char));
                }
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    if let Some(msg) = invalid {
        super::token::tokenizer_warning("DeprecationWarning", msg, span, false);
    }
    Ok(out)
}

/// Splits an f-string body into literal and replacement-field parts.
struct FParser<'a> {
    s: &'a str,
    pos: usize,
    /// Absolute offset of `s` in the file.
    base: usize,
    /// Line of `s`'s first byte.
    line: usize,
    raw: bool,
    /// How many format specs deep we are (CPython allows one level of nesting).
    depth: usize,
    /// Span of the whole literal, used for the constant parts and most errors.
    whole: Span,
    /// Parses each replacement field's expression.
    fields: FieldParser,
}

impl FParser<'_> {
    fn err(&self, msg: &str) -> SyntaxError {
        SyntaxError::syntax(format!("f-string: {msg}"), self.whole)
    }

    fn peek(&self, k: usize) -> Option<u8> {
        self.s.as_bytes().get(self.pos + k).copied()
    }

    fn flush(&self, lit: &mut String, parts: &mut Vec<Expr>) -> Result<(), SyntaxError> {
        if lit.is_empty() {
            return Ok(());
        }
        let (text, flagged) = if self.raw {
            (std::mem::take(lit), false)
        } else {
            let t = decode_str_flagged(lit, self.whole)?;
            lit.clear();
            t
        };
        if flagged {
            push_surr_str(parts, text, self.whole);
        } else {
            push_str(parts, text, self.whole);
        }
        Ok(())
    }

    /// Parses literal text and fields until the end (or, in a format spec, an unmatched `}`).
    fn parse(&mut self, in_spec: bool) -> Result<Vec<Expr>, SyntaxError> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        while let Some(c) = self.peek(0) {
            match c {
                b'{' if self.peek(1) == Some(b'{') && !in_spec => {
                    lit.push('{');
                    self.pos += 2;
                }
                b'}' if self.peek(1) == Some(b'}') && !in_spec => {
                    lit.push('}');
                    self.pos += 2;
                }
                b'{' => {
                    self.flush(&mut lit, &mut parts)?;
                    self.field(&mut parts)?;
                }
                b'}' => {
                    if in_spec {
                        break;
                    }
                    return Err(self.err("single '}' is not allowed"));
                }
                // An escape stays whole in the literal text: `\\` so that a following
                // `N{` is text, and `\N{name}`, whose braces are no field.
                b'\\' if !self.raw && !matches!(self.peek(1), Some(b'{' | b'}') | None) => {
                    let n = if self.peek(1) == Some(b'N') && self.peek(2) == Some(b'{') {
                        self.s[self.pos..].find('}').map_or(2, |k| k + 1)
                    } else {
                        1 + self.s[self.pos + 1..]
                            .chars()
                            .next()
                            .map_or(0, char::len_utf8)
                    };
                    lit.push_str(&self.s[self.pos..self.pos + n]);
                    self.pos += n;
                }
                _ => {
                    let ch = self.s[self.pos..].chars().next().unwrap_or(' ');
                    lit.push(ch);
                    self.pos += ch.len_utf8();
                }
            }
        }
        self.flush(&mut lit, &mut parts)?;
        Ok(parts)
    }

    /// Parses one `{expr[=][!c][:spec]}` starting at the `{`.
    fn field(&mut self, parts: &mut Vec<Expr>) -> Result<(), SyntaxError> {
        if self.depth >= 2 {
            // A field inside a nested spec: `f'{x:{y:{z}}}'`.
            return Err(self.err("expressions nested too deeply"));
        }
        let b = self.s.as_bytes();
        self.pos += 1;
        let start = self.pos;
        // CPython 3.11's fstring_find_expr: a bracket stack, nested string literals
        // skipped, and its error checks in its order.
        let mut stack: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        let mut self_doc = false;
        let mut end = None;
        let mut i = start;
        while i < b.len() {
            let c = b[i];
            if c == b'\\' {
                return Err(SyntaxError::syntax(
                    "f-string expression part cannot include a backslash",
                    self.whole,
                ));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                        i += 2;
                        quote = None;
                    }
                }
                i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                    if triple {
                        i += 2;
                    }
                    quote = Some((c, triple));
                }
                b'(' | b'[' | b'{' => {
                    if stack.len() >= 200 {
                        return Err(self.err("too many nested parenthesis"));
                    }
                    stack.push(c);
                }
                b'#' => {
                    return Err(SyntaxError::syntax(
                        "f-string expression part cannot include '#'",
                        self.whole,
                    ))
                }
                b'!' | b'=' | b'<' | b'>' if b.get(i + 1) == Some(&b'=') => {
                    i += 1;
                }
                b'}' | b':' | b'!' if stack.is_empty() => {
                    end = Some(i);
                    break;
                }
                b'=' if stack.is_empty() => {
                    self_doc = true;
                    end = Some(i);
                    break;
                }
                b')' | b']' | b'}' => {
                    let Some(open) = stack.pop() else {
                        return Err(self.err(&format!("unmatched '{}'", c as char)));
                    };
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != want {
                        return Err(self.err(&format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        )));
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if quote.is_some() {
            return Err(self.err("unterminated string"));
        }
        if let Some(&open) = stack.last() {
            return Err(self.err(&format!("unmatched '{}'", open as char)));
        }
        let Some(end) = end else {
            return Err(self.err("expecting '}'"));
        };
        let text = &self.s[start..end];
        // Only ASCII whitespace counts (`\v` or a no-break space is a bad character).
        if text
            .trim_matches(|c: char| c.is_ascii_whitespace())
            .is_empty()
        {
            // CPython 3.11.7 names the delimiter that came too early.
            return Err(match b[end] {
                b'}' => self.err("empty expression not allowed"),
                c => self.err(&format!("expression required before '{}'", c as char)),
            });
        }
        let line = self.line + self.s[..start].matches('\n').count();
        let value = (self.fields)(text, self.base + start, line)?;
        self.pos = end;
        let mut conversion = None;
        if self_doc {
            self.pos += 1;
            while matches!(self.peek(0), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                self.pos += 1;
            }
            // The expression text and `=` are kept verbatim, as CPython does.
            push_str(parts, self.s[start..self.pos].to_string(), self.whole);
        }
        if self.peek(0) == Some(b'!') {
            match self.peek(1) {
                Some(c @ (b's' | b'r' | b'a')) => {
                    conversion = Some(c as char);
                    self.pos += 2;
                }
                None => return Err(self.err("expecting '}'")),
                _ => {
                    return Err(self.err("invalid conversion character: expected 's', 'r', or 'a'"))
                }
            }
            if !matches!(self.peek(0), Some(b'}' | b':')) {
                return Err(self.err("expecting '}'"));
            }
        }
        let mut format_spec = None;
        if self.peek(0) == Some(b':') {
            self.pos += 1;
            self.depth += 1;
            let spec = self.parse(true);
            self.depth -= 1;
            let spec = spec?;
            format_spec = Some(Box::new(Expr {
                span: self.whole,
                kind: ExprKind::JoinedStr(spec),
            }));
        }
        if self.peek(0) != Some(b'}') {
            return Err(self.err("expecting '}'"));
        }
        self.pos += 1;
        if self_doc && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        let span = value.span;
        parts.push(Expr {
            span,
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
        });
        Ok(())
    }
}

/// Appends literal text, merging with a preceding constant part.
pub fn push_str(parts: &mut Vec<Expr>, text: String, span: Span) {
    if text.is_empty() {
        return;
    }
    if let Some(Expr {
        kind: ExprKind::Constant(Constant::Str(prev)),
        ..
    }) = parts.last_mut()
    {
        prev.push_str(&text);
        return;
    }
    parts.push(Expr {
        span,
        kind: ExprKind::Constant(Constant::Str(text)),
    });
}

/// Appends literal text holding surrogates (stand-ins) as its own part: the joined
/// string is built at run time, where joining flagged and plain text is checked.
pub fn push_surr_str(parts: &mut Vec<Expr>, text: String, span: Span) {
    parts.push(Expr {
        span,
        kind: ExprKind::Constant(Constant::SurrStr(text)),
    });
}

/// Joins adjacent string literals (`"a" f"{b}" 'c'`) into one expression.
pub fn concat(lits: Vec<(usize, Box<StrLit>, usize)>) -> Result<Expr, SyntaxError> {
    let span = Span::new(
        lits.first().map_or(0, |l| l.0),
        lits.last().map_or(0, |l| l.2),
    );
    let n_bytes = lits
        .iter()
        .filter(|l| matches!(*l.1, StrLit::Bytes(_)))
        .count();
    if n_bytes > 0 && n_bytes < lits.len() {
        // CPython reports it just after the last literal.
        return Err(SyntaxError::syntax(
            "cannot mix bytes and nonbytes literals",
            Span::new(span.end as usize, span.end as usize + 1),
        ));
    }
    if n_bytes > 0 {
        let mut out = Vec::new();
        for l in lits {
            if let StrLit::Bytes(b) = *l.1 {
                out.extend(b);
            }
        }
        return Ok(Expr {
            span,
            kind: ExprKind::Constant(Constant::Bytes(out)),
        });
    }
    let any_f = lits.iter().any(|l| matches!(*l.1, StrLit::F(_)));
    let any_surr = lits.iter().any(|l| matches!(*l.1, StrLit::SurrStr(_)));
    if !any_f && any_surr {
        // Stand-ins of plain parts would read as surrogates once joined.
        let clash = lits
            .iter()
            .any(|l| matches!(&*l.1, StrLit::Str(t) if crate::text::surrogates::has_stand_in(t)));
        if !clash {
            let mut s = String::new();
            for l in lits {
                if let StrLit::Str(t) | StrLit::SurrStr(t) = *l.1 {
                    s.push_str(&t);
                }
            }
            return Ok(Expr {
                span,
                kind: ExprKind::Constant(Constant::SurrStr(s)),
            });
        }
    }
    if !any_f && !any_surr {
        let mut s = String::new();
        for l in lits {
            if let StrLit::Str(t) = *l.1 {
                s.push_str(&t);
            }
        }
        return Ok(Expr {
            span,
            kind: ExprKind::Constant(Constant::Str(s)),
        });
    }
    let mut parts = Vec::new();
    for (a, l, b) in lits {
        match *l {
            StrLit::Str(t) => push_str(&mut parts, t, Span::new(a, b)),
            StrLit::SurrStr(t) => push_surr_str(&mut parts, t, Span::new(a, b)),
            StrLit::F(ps) => {
                for p in ps {
                    match p.kind {
                        ExprKind::Constant(Constant::Str(t)) => push_str(&mut parts, t, p.span),
                        _ => parts.push(p),
                    }
                }
            }
            StrLit::Bytes(_) => {}
        }
    }
    Ok(Expr {
        span,
        kind: ExprKind::JoinedStr(parts),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(body: &str) -> Result<Vec<u8>, String> {
        decode_bytes(body, Span::new(0, 0)).map_err(|e| e.msg)
    }

    #[test]
    fn bytes_escapes() {
        assert_eq!(bytes(r"a\x41\x00\xff").unwrap(), b"aA\x00\xff");
        assert_eq!(bytes(r"\101\0\7\177\377").unwrap(), b"A\x00\x07\x7f\xff");
        assert_eq!(bytes(r#"\n\t\r\\\'\""#).unwrap(), b"\n\t\r\\'\"");
        assert_eq!(bytes(r"\a\b\f\v").unwrap(), b"\x07\x08\x0c\x0b");
        // Unknown escapes are kept as written; a backslash-newline joins lines.
        assert_eq!(bytes(r"\q\N").unwrap(), b"\\q\\N");
        assert_eq!(bytes("x\\\ny").unwrap(), b"xy");
        assert_eq!(
            bytes(r"ab\x4").unwrap_err(),
            r"(value error) invalid \x escape at position 2"
        );
    }
}
