//! The layout pass: turns raw logos tokens into the logical token stream CPython's
//! tokenizer produces (Language Reference 2.1 "Line structure"): NEWLINE at the end of
//! each logical line, INDENT/DEDENT from the indentation stack, implicit line joining
//! inside brackets, blank and comment lines dropped. It also owns CPython's bracket
//! and indentation errors, and caps bracket nesting at 200 (CPython's MAXLEVEL) so that
//! deeply nested input fails here instead of overflowing anything later.
use std::collections::VecDeque;

use logos::Logos;

use super::strings::FieldParser;
use super::token::{Extras, Indentation, Tok};
use crate::ast::Span;
use crate::diagnostics::{SyntaxError, SyntaxErrorKind};

/// CPython's `MAXLEVEL`: the deepest bracket nesting the tokenizer accepts.
pub const MAX_NESTING: usize = 200;
/// Indentation levels CPython's tokenizer allows (MAXINDENT 100 includes the base level),
/// which also bounds how deeply statements can nest.
pub const MAX_INDENT: usize = 100;

pub type Triple = (usize, Tok, usize);

/// A token already handed to the parser, kept (without payload) so that error
/// messages can look back at the current line.
#[derive(Clone, Debug)]
pub struct Seen {
    pub start: usize,
    pub tok: Tok,
    pub end: usize,
    /// Bracket depth before this token.
    pub depth: usize,
}

pub struct Layout<'s> {
    lex: logos::Lexer<'s, Tok>,
    src: &'s str,
    base: usize,
    /// Expression mode: the whole input is one implicitly joined line.
    expr_mode: bool,
    indents: Vec<Indentation>,
    /// Parallel to `indents`: whether that level is the block of a `match` statement,
    /// the only place where a line-initial `case` is the soft keyword (CPython's
    /// grammar reaches `case_block` only from `match_stmt`).
    match_body: Vec<bool>,
    /// The logical line just ended was a `match` statement's header, so an indented
    /// line that follows opens a match block.
    match_header: bool,
    brackets: Vec<(u8, usize)>,
    pending: VecDeque<Triple>,
    /// Indentation of the line the next significant token starts.
    line_indent: Indentation,
    line_indent_span: (usize, usize),
    line_has_tokens: bool,
    done: bool,
    pub seen: Vec<Seen>,
    /// Index in `pending` of a line-initial `match`/`case` name whose logical line is
    /// being buffered to decide whether it is the soft keyword.
    soft: Option<usize>,
    /// A `(` right after `with` whose group is being buffered to decide whether it
    /// opens parenthesised with-items (see [`Layout::resolve_with_paren`]).
    with_paren: Option<WithParen>,
    /// The last token pushed was `with`.
    after_with: bool,
    /// Set once a tokenizer error has been yielded.
    pub failed: bool,
}

/// The buffered group of a `with (`: the index in `pending` of its `(`, the bracket
/// depth inside it, and the index of its `)` once read.
#[derive(Clone, Copy)]
struct WithParen {
    open: usize,
    depth: usize,
    close: Option<usize>,
}

fn err(kind: SyntaxErrorKind, msg: impl Into<String>, a: usize, b: usize) -> SyntaxError {
    SyntaxError::new(kind, msg, Span::new(a, b.max(a)))
}

fn closer_for(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

impl<'s> Layout<'s> {
    /// `src` is lexed as if it started at byte `base` of line `line_base` of the file.
    pub fn new(
        src: &'s str,
        base: usize,
        line_base: usize,
        expr_mode: bool,
        start: Tok,
        fields: Option<FieldParser>,
    ) -> Self {
        let lex = Tok::lexer_with_extras(src, Extras::new(base, line_base, fields));
        let ws_len = src.len() - src.trim_start_matches([' ', '\t', '\x0c']).len();
        let mut pending = VecDeque::new();
        pending.push_back((base, start, base));
        Layout {
            lex,
            src,
            base,
            expr_mode,
            indents: vec![Indentation::default()],
            match_body: vec![false],
            match_header: false,
            brackets: Vec::new(),
            pending,
            line_indent: Indentation::measure(&src[..ws_len]),
            line_indent_span: (base, base + ws_len),
            line_has_tokens: false,
            done: false,
            seen: Vec::new(),
            soft: None,
            with_paren: None,
            after_with: false,
            failed: false,
        }
    }

    fn line_of(&self, pos: usize) -> usize {
        let rel = pos.saturating_sub(self.base).min(self.src.len());
        1 + self.src.as_bytes()[..rel]
            .iter()
            .filter(|&&c| c == b'\n')
            .count()
    }

    /// Emits INDENT/DEDENTs before the first token of a logical line.
    fn indentation(&mut self, at: usize) -> Result<(), SyntaxError> {
        use SyntaxErrorKind::*;
        let ind = self.line_indent;
        let top = *self.indents.last().unwrap_or(&Indentation::default());
        let tab_err = |a, b| {
            err(
                TabError,
                "inconsistent use of tabs and spaces in indentation",
                a,
                b,
            )
        };
        if ind.col == top.col {
            if ind.altcol != top.altcol {
                return Err(tab_err(at, at + 1));
            }
        } else if ind.col > top.col {
            if ind.altcol <= top.altcol {
                return Err(tab_err(at, at + 1));
            }
            if self.indents.len() >= MAX_INDENT {
                // CPython's tokenizer (MAXINDENT): reported at the start of the line.
                let (a, _) = self.line_indent_span;
                return Err(err(
                    IndentationError,
                    "too many levels of indentation",
                    a,
                    a,
                ));
            }
            self.indents.push(ind);
            self.match_body.push(self.match_header);
            let (a, b) = self.line_indent_span;
            self.pending.push_back((a, Tok::Indent, b));
        } else {
            while self.indents.len() > 1 && ind.col < self.indents[self.indents.len() - 1].col {
                self.indents.pop();
                self.match_body.pop();
                self.pending.push_back((at, Tok::Dedent, at));
            }
            let top = self.indents[self.indents.len() - 1];
            if ind.col != top.col {
                // CPython's caret sits at the end of the offending line.
                let rel = at - self.base;
                let eol = self.src[rel..]
                    .find(['\n', '\r'])
                    .map_or(self.src.len(), |n| rel + n);
                let eol = self.base + eol;
                return Err(err(
                    IndentationError,
                    "unindent does not match any outer indentation level",
                    eol,
                    eol,
                ));
            }
            if ind.altcol != top.altcol {
                return Err(tab_err(at, at + 1));
            }
        }
        Ok(())
    }

    /// Bracket bookkeeping for one significant token.
    fn bracket(&mut self, tok: &Tok, a: usize, b: usize) -> Result<(), SyntaxError> {
        let c = match tok {
            Tok::LPar => b'(',
            Tok::LSqb => b'[',
            Tok::LBrace => b'{',
            Tok::RPar => b')',
            Tok::RSqb => b']',
            Tok::RBrace => b'}',
            _ => return Ok(()),
        };
        if matches!(c, b'(' | b'[' | b'{') {
            if self.brackets.len() >= MAX_NESTING {
                return Err(err(
                    SyntaxErrorKind::SyntaxError,
                    "too many nested parentheses",
                    a,
                    b,
                ));
            }
            self.brackets.push((c, a));
            return Ok(());
        }
        match self.brackets.pop() {
            None => Err(err(
                SyntaxErrorKind::SyntaxError,
                format!("unmatched '{}'", c as char),
                a,
                b,
            )),
            Some((open, at)) if closer_for(open) != c => {
                let (l1, l2) = (self.line_of(at), self.line_of(a));
                let msg = if l1 == l2 {
                    format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        c as char, open as char
                    )
                } else {
                    format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                        c as char, open as char, l1
                    )
                };
                Err(err(SyntaxErrorKind::SyntaxError, msg, a, b))
            }
            Some(_) => Ok(()),
        }
    }

    /// The error for text no token matches.
    fn bad_text(&self, a: usize, b: usize) -> SyntaxError {
        let rel = a - self.base;
        let rest = &self.src[rel..];
        if let Some(after) = rest.strip_prefix('\\') {
            // CPython's tokenizer: a `\` must be followed by a newline (else
            // E_LINECONT, even for a space); one at the very end is E_EOF, placed
            // right after the backslash.
            if after.is_empty() {
                let mut e = err(
                    SyntaxErrorKind::SyntaxError,
                    "unexpected EOF while parsing",
                    a + 1,
                    a + 1,
                );
                e.incomplete = true;
                return e;
            }
            return SyntaxError::from_tokenizer(
                "unexpected character after line continuation character",
                Span::new(a + 1, a + 2),
            );
        }
        let ch = rest.chars().next().unwrap_or(' ');
        // CPython's tokenizer names a character `str.isprintable` rejects (a
        // control character, a no-break space) by its code point only; other
        // ASCII punctuation is a token the parser rejects.
        let msg = if !crate::text::str_methods::isprintable(ch.encode_utf8(&mut [0; 4])) {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        } else if ch.is_ascii() {
            return err(SyntaxErrorKind::SyntaxError, "invalid syntax", a, b);
        } else {
            format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
        };
        SyntaxError::from_tokenizer(msg, Span::new(a, a + ch.len_utf8()))
    }

    fn at_eof(&mut self) -> Result<(), SyntaxError> {
        let end = self.base + self.src.len();
        if let Some(&(open, at)) = self.brackets.last() {
            let mut e = err(
                SyntaxErrorKind::SyntaxError,
                format!("'{}' was never closed", open as char),
                at,
                at + 1,
            );
            e.incomplete = true;
            e.no_end = true;
            return Err(e);
        }
        // A `\` line continuation right before EOF, reported right after the
        // backslash. (CPython reads on past a second line end; the REPL's
        // completeness check relies on this verdict, so it is kept here.)
        let trimmed = self.src.trim_end_matches(['\n', '\r']);
        if trimmed.len() + 2 >= self.src.len()
            && trimmed.len() < self.src.len()
            && trimmed.ends_with('\\')
        {
            let last_line = trimmed.rsplit('\n').next().unwrap_or("");
            if !last_line.contains('#') {
                let at = self.base + trimmed.len();
                let mut e = err(
                    SyntaxErrorKind::SyntaxError,
                    "unexpected EOF while parsing",
                    at,
                    at,
                );
                e.incomplete = true;
                return Err(e);
            }
        }
        if self.line_has_tokens && !self.expr_mode {
            self.pending.push_back((end, Tok::NewlineTok, end));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending.push_back((end, Tok::Dedent, end));
        }
        Ok(())
    }

    /// Decides the buffered `match` candidate once its logical line is complete
    /// (CPython's PEG parser tries the soft keyword's statement first and falls back to
    /// an expression). A match statement's header is the only logical line that starts
    /// with the name and ends with `:` (its grammar wants NEWLINE right after the
    /// colon; an annotation or a lambda needs something after its colon; a dict or
    /// slice colon is inside brackets), so that shape decides. `case` needs no look
    /// ahead: it is the keyword exactly at the start of a line of a match block
    /// (`match_body`), whatever follows (one-line bodies, `case [x]:`).
    fn resolve_soft(&mut self) {
        let Some(i) = self.soft.take() else { return };
        let nl = (i..self.pending.len()).find(|&k| matches!(self.pending[k].1, Tok::NewlineTok));
        let ends_with_colon =
            nl.is_some_and(|nl| nl >= i + 3 && matches!(self.pending[nl - 1].1, Tok::Colon));
        if ends_with_colon {
            self.pending[i].1 = Tok::SoftMatch;
            self.match_header = true;
        }
    }

    /// Pulls raw tokens until something is pending (a whole logical line when it
    /// starts with a soft keyword candidate).
    fn fill(&mut self) -> Result<(), SyntaxError> {
        let r = self.fill_raw();
        if self.soft.is_some() && (self.done || r.is_err()) {
            self.resolve_soft();
        }
        if self.done || r.is_err() {
            self.with_paren = None;
        }
        r
    }

    /// Follows the group of a `with (` as tokens are pushed. CPython's grammar tries
    /// `'with' '(' ','.with_item+ ','? ')' ':'` first and falls back to a with-item
    /// whose expression is the parenthesised one (`with (a, b) as c:`, `with (a).f():`),
    /// which an LR parser cannot choose between at the `(`: the layout pass reads the
    /// whole group and the token after it, and turns the `(` into `WithLPar` when a
    /// `:` follows and the contents can be with-items (not empty, and no generator
    /// `for`, `yield`, `:=` or leading `*` at the group's own depth, which only the
    /// parenthesised expression allows).
    fn with_paren_step(&mut self) {
        let Some(last) = self.pending.len().checked_sub(1) else {
            return;
        };
        let tok = &self.pending[last].1;
        if let Some(mut w) = self.with_paren {
            match w.close {
                None => {
                    if matches!(tok, Tok::RPar) && self.brackets.len() + 1 == w.depth {
                        w.close = Some(last);
                        self.with_paren = Some(w);
                    }
                }
                Some(close) => {
                    self.with_paren = None;
                    // `with (a as b) as c:` is no expression either: CPython reports
                    // the token after the group, where its first rule stopped.
                    let inside = self.with_items_inside(w, close);
                    if inside.0 && (matches!(tok, Tok::Colon) || inside.1) {
                        self.pending[w.open].1 = Tok::WithLPar;
                    }
                }
            }
        } else if self.after_with && matches!(tok, Tok::LPar) {
            self.with_paren = Some(WithParen {
                open: last,
                depth: self.brackets.len(),
                close: None,
            });
        }
        self.after_with = matches!(self.pending[last].1, Tok::With);
    }

    /// Whether the tokens between `w.open` and `close` can be a list of with-items,
    /// and whether one of them has `as` (no parenthesised expression has).
    fn with_items_inside(&self, w: WithParen, close: usize) -> (bool, bool) {
        if close == w.open + 1 {
            return (false, false);
        }
        let mut has_as = false;
        let mut depth = 0usize;
        let mut item_start = true;
        for k in w.open + 1..close {
            let tok = &self.pending[k].1;
            if depth == 0 {
                if matches!(tok, Tok::For | Tok::Async | Tok::Yield | Tok::ColonEqual)
                    || (item_start && matches!(tok, Tok::Star | Tok::DoubleStar))
                {
                    return (false, false);
                }
                has_as |= matches!(tok, Tok::As);
                item_start = matches!(tok, Tok::Comma);
            }
            match tok {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        (true, has_as)
    }

    fn fill_raw(&mut self) -> Result<(), SyntaxError> {
        while (self.pending.is_empty() || self.soft.is_some() || self.with_paren.is_some())
            && !self.done
        {
            let Some(raw) = self.lex.next() else {
                self.done = true;
                return self.at_eof();
            };
            let span = self.lex.span();
            let (a, b) = (self.base + span.start, self.base + span.end);
            let tok = match raw {
                Ok(t) => t,
                Err(e) => {
                    return Err(match e.0 {
                        Some(e) => *e,
                        None => self.bad_text(a, b),
                    })
                }
            };
            if let Tok::Newline(ind) = tok {
                if !self.brackets.is_empty() || self.expr_mode {
                    continue;
                }
                if self.line_has_tokens {
                    self.pending.push_back((a, Tok::NewlineTok, a + 1));
                    self.with_paren_step();
                    self.line_has_tokens = false;
                    self.resolve_soft();
                }
                self.line_indent = ind;
                let nl_len = if self.src.as_bytes().get(span.start..span.start + 2) == Some(b"\r\n")
                {
                    2
                } else {
                    1
                };
                self.line_indent_span = (a + nl_len, b);
                continue;
            }
            let line_start = !self.line_has_tokens && !self.expr_mode;
            let mut tok = tok;
            if line_start {
                self.indentation(a)?;
                self.match_header = false;
                if matches!(&tok, Tok::Name(w) if w == "case")
                    && self.match_body.last() == Some(&true)
                {
                    tok = Tok::SoftCase;
                }
            }
            self.line_has_tokens = true;
            self.bracket(&tok, a, b)?;
            if line_start && matches!(&tok, Tok::Name(w) if w == "match") {
                self.soft = Some(self.pending.len());
            }
            self.pending.push_back((a, tok, b));
            self.with_paren_step();
        }
        Ok(())
    }
}

impl Iterator for Layout<'_> {
    type Item = Result<Triple, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Err(e) = self.fill() {
            self.done = true;
            self.failed = true;
            self.pending.clear();
            return Some(Err(e));
        }
        let t = self.pending.pop_front()?;
        self.seen.push(Seen {
            start: t.0,
            tok: t.1.light(),
            end: t.2,
            depth: self.brackets.len(),
        });
        Some(Ok(t))
    }
}

impl Layout<'_> {
    /// From now on, lex f-strings as opaque strings (as CPython's tokenizer does).
    pub fn skip_fstrings(&mut self) {
        self.lex.extras.fields = None;
    }

    /// The end of the f-string whose contents failed to parse, if that was the error.
    pub fn deferred_end(&self) -> Option<usize> {
        match self.lex.extras.deferred_end {
            0 => None,
            n => Some(n),
        }
    }
}

/// The first tokenizer error in `src` (lexed as starting at byte `base`, line
/// `line_base`) from absolute byte `from` on: tokens only, no layout, f-strings opaque.
pub fn first_token_error_from(
    src: &str,
    base: usize,
    line_base: usize,
    from: usize,
) -> Option<SyntaxError> {
    let mut lay = Layout::new(src, base, line_base, false, Tok::StartModule, None);
    let rel = from.checked_sub(base)?;
    if rel > src.len() {
        return None;
    }
    lay.lex.bump(rel);
    // Tokens the parser reads before running the failing action (the rest of a run of
    // adjacent strings and one more token) report any error; further on, only errors
    // CPython's tokenizer raises as exceptions do: a bad line continuation (E_LINECONT)
    // ends the scan and keeps the original error.
    let mut lookahead = true;
    while let Some(raw) = lay.lex.next() {
        match raw {
            Err(e) => {
                let span = lay.lex.span();
                let (a, b) = (base + span.start, base + span.end);
                let e = match e.0 {
                    Some(e) => *e,
                    None => lay.bad_text(a, b),
                };
                if !lookahead && e.msg == "unexpected character after line continuation character" {
                    return None;
                }
                return Some(e);
            }
            Ok(Tok::Str(_)) => {}
            Ok(_) => lookahead = false,
        }
    }
    None
}

/// The absolute start of the first token after the run of adjacent string literals
/// that ends at absolute byte `end` (f-strings opaque): the token CPython's parser
/// has read ahead when it reports an f-string's error. The whole source is laid out
/// again so that newlines inside brackets are skipped as CPython's tokenizer does.
pub fn token_after_strings(
    src: &str,
    base: usize,
    line_base: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let lay = Layout::new(src, base, line_base, false, Tok::StartModule, None);
    for t in lay {
        let (a, tok, b) = t.ok()?;
        if a < end || matches!(tok, Tok::Str(_)) {
            continue;
        }
        // A comment before the line's end is part of CPython's NEWLINE token.
        if matches!(tok, Tok::Newline(_) | Tok::NewlineTok) {
            let gap = src.get(end - base..(a - base).min(src.len()))?;
            if let Some(h) = gap.find('#') {
                let start = end + h;
                return Some((start, end + gap.trim_end().len()));
            }
            return Some((a, a + 1));
        }
        return Some((a, b.max(a + 1)));
    }
    None
}

/// Runs the layout pass over a whole module, for tests and tools (f-strings opaque).
pub fn tokenize(src: &str) -> Result<Vec<Triple>, SyntaxError> {
    Layout::new(src, 0, 1, false, Tok::StartModule, None)
        .skip(1)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compact rendering of the token stream.
    fn kinds(src: &str) -> String {
        tokenize(src)
            .unwrap()
            .iter()
            .map(|t| match &t.1 {
                Tok::NewlineTok => "NL".to_string(),
                Tok::Indent => "IN".to_string(),
                Tok::Dedent => "DE".to_string(),
                Tok::Name(n) => n.clone(),
                Tok::Number(_) => "num".to_string(),
                Tok::Str(_) => "str".to_string(),
                t => t.text().unwrap_or("?").to_string(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn error(src: &str) -> (SyntaxErrorKind, String) {
        let e = tokenize(src).unwrap_err();
        (e.kind, e.msg)
    }

    #[test]
    fn blocks() {
        assert_eq!(kinds("if x:\n    y\nz\n"), "if x : NL IN y NL DE z NL");
        assert_eq!(
            kinds("if x:\n  if y:\n    a\nb"),
            "if x : NL IN if y : NL IN a NL DE DE b NL"
        );
        assert_eq!(kinds("if x:\n  a\n  b"), "if x : NL IN a NL b NL DE");
    }

    #[test]
    fn blank_and_comment_lines() {
        assert_eq!(kinds("a\n\n   # c\n\t\nb\n"), "a NL b NL");
        assert_eq!(kinds("# only a comment"), "");
        assert_eq!(kinds(""), "");
        assert_eq!(kinds("\n\n"), "");
    }

    #[test]
    fn joining() {
        assert_eq!(kinds("x = (1,\n  2)\n"), "x = ( num , num ) NL");
        assert_eq!(kinds("x = 1 + \\\n  2\n"), "x = num + num NL");
        assert_eq!(kinds("x = [\n# c\n]\n"), "x = [ ] NL");
        assert_eq!(kinds("x = '''a\n  b'''\ny"), "x = str NL y NL");
    }

    #[test]
    fn crlf_and_formfeed() {
        assert_eq!(kinds("if x:\r\n  y\r\nz\r\n"), "if x : NL IN y NL DE z NL");
        assert_eq!(kinds("a\n\x0cb\n"), "a NL b NL");
    }

    #[test]
    fn tabs() {
        assert_eq!(kinds("if x:\n\ty\n\tz\n"), "if x : NL IN y NL z NL DE");
        assert_eq!(
            error("if 1:\n\tx\n        y\n"),
            (
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation".into()
            )
        );
    }

    #[test]
    fn errors() {
        use SyntaxErrorKind::*;
        assert_eq!(error("x = )"), (SyntaxError, "unmatched ')'".into()));
        assert_eq!(
            error("x = (]"),
            (
                SyntaxError,
                "closing parenthesis ']' does not match opening parenthesis '('".into()
            )
        );
        assert_eq!(
            error("x = (\n]"),
            (
                SyntaxError,
                "closing parenthesis ']' does not match opening parenthesis '(' on line 1".into()
            )
        );
        let e = tokenize("x = (1,\n").unwrap_err();
        assert_eq!(e.msg, "'(' was never closed");
        assert!(e.incomplete);
        assert_eq!(e.span, Span::new(4, 5));
        assert_eq!(
            error("if 1:\n    x\n  y\n"),
            (
                IndentationError,
                "unindent does not match any outer indentation level".into()
            )
        );
        let e = tokenize("x = 1\\\n").unwrap_err();
        assert_eq!(e.msg, "unexpected EOF while parsing");
        assert!(e.incomplete);
        assert_eq!(
            error("x = 1 \\ y"),
            (
                SyntaxError,
                "unexpected character after line continuation character".into()
            )
        );
        assert_eq!(error("x = $"), (SyntaxError, "invalid syntax".into()));
    }

    #[test]
    fn nesting_limit() {
        let ok = "(".repeat(200) + &")".repeat(200);
        assert!(tokenize(&ok).is_ok());
        let deep = "(".repeat(10_000) + &")".repeat(10_000);
        assert_eq!(error(&deep).1, "too many nested parentheses");
    }

    #[test]
    fn indentation_limit() {
        let nest = |n: usize| {
            let mut s = String::new();
            for i in 0..n {
                s += &" ".repeat(i);
                s += "if x:\n";
            }
            s + &" ".repeat(n) + "y\n"
        };
        assert!(tokenize(&nest(99)).is_ok());
        assert_eq!(
            error(&nest(100)),
            (
                SyntaxErrorKind::IndentationError,
                "too many levels of indentation".into()
            )
        );
    }

    #[test]
    fn soft_keywords() {
        let soft = |src: &str| {
            tokenize(src)
                .unwrap()
                .iter()
                .filter(|t| matches!(t.1, Tok::SoftMatch | Tok::SoftCase))
                .count()
        };
        assert_eq!(soft("match x:\n    case 1:\n        pass\n"), 2);
        assert_eq!(soft("match (x):\n  case [a, b]:\n    pass"), 2);
        assert_eq!(soft("match = 3\nmatch(x)\ncase: int = 1\n"), 0);
        assert_eq!(soft("match.x = {1:\n 2}\nx = match\n"), 0);
        assert_eq!(soft("if match:\n  match\n"), 0);
        // One-line case bodies; `case` outside a match block is a name.
        assert_eq!(soft("match x:\n  case 1: pass\n  case [a]: b\n"), 3);
        assert_eq!(soft("case [x]: int\ncase 1:\n  pass\n"), 0);
        assert_eq!(soft("match x:\n case 1:\n  case = 2\n"), 2);
    }

    #[test]
    fn no_trailing_newline() {
        assert_eq!(kinds("x"), "x NL");
        assert_eq!(kinds("if x:\n  y"), "if x : NL IN y NL DE");
    }
}
