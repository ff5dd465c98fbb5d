//! The parser front door (CPython's `Parser/pegen.c` entry points and its error
//! reporting): runs the layout pass into the lalrpop grammar, and maps lalrpop's
//! errors onto the messages CPython 3.11 prints (`expected ':'`, `expected an indented
//! block after 'if' statement on line N`, `unexpected indent`, `invalid syntax`).
use lalrpop_util::ParseError;

use crate::ast::{self, Expr, Span, StmtKind};
use crate::diagnostics::{SyntaxError, SyntaxErrorKind};
use crate::lexer::layout::{Layout, Seen};
use crate::lexer::Tok;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    grammar,
    "/python.rs"
);

/// What the input is (CPython's `exec` / `single` / `eval` compile modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Module,
    Interactive,
    Expression,
}

/// Parses `src` into a module. Expression mode yields one `Stmt::Expr`.
pub fn parse(src: &str, mode: Mode) -> Result<ast::Module, SyntaxError> {
    let expr_mode = mode == Mode::Expression;
    let start = if expr_mode {
        Tok::StartExpression
    } else {
        Tok::StartModule
    };
    crate::lexer::token::take_tokenizer_warnings();
    // On an error the warnings stay behind for `compiler::issue_parse_warnings`
    // (CPython has issued them by the time the parser fails).
    let mut m = run(src, 0, 1, expr_mode, start)?;
    m.warnings = crate::lexer::token::take_tokenizer_warnings();
    Ok(m)
}

/// Parses the expression of an f-string replacement field, `text` at byte `base` of
/// line `line` (its `{` is the byte before). Like CPython 3.11's
/// `fstring_compile_expr`, the text is parsed as `(text)`, a source of its own whose
/// parentheses stand where the braces are, so a bare `yield` or a tuple parses, and
/// an error raised by that parse reads `f-string: ...` and is located in the fragment.
pub fn parse_fragment(text: &str, base: usize, line: usize) -> Result<Expr, SyntaxError> {
    let wrapped = format!("({text})");
    let open = base - 1;
    let m = run(&wrapped, open, line, true, Tok::StartExpression).map_err(|mut e| {
        // An error from a field nested deeper is already placed in its own fragment.
        if e.fragment.is_none() && e.kind == SyntaxErrorKind::SyntaxError {
            // The prefix is the fragment parser's; its tokenizer's errors have none.
            if e.origin != crate::diagnostics::Origin::Tokenizer {
                e.msg = format!("f-string: {}", e.msg);
            }
            e.fragment = Some(Box::new(fragment_loc(&wrapped, open, e.span)));
        }
        e
    })?;
    match m.body.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Expr(e)) => Ok(e),
        _ => Err(SyntaxError::syntax(
            "f-string: invalid syntax",
            Span::new(base, base + text.len()),
        )),
    }
}

/// Where `span` (absolute) falls in the fragment `wrapped` that starts at byte `open`.
fn fragment_loc(wrapped: &str, open: usize, span: Span) -> crate::diagnostics::FragmentLoc {
    let rel = |p: u32| (p as usize).saturating_sub(open).min(wrapped.len());
    let line_start = |p: usize| wrapped[..p].rfind('\n').map_or(0, |i| i + 1);
    let a = rel(span.start);
    let b = rel(span.end).max(a);
    let from = line_start(a);
    let to = wrapped[a..].find('\n').map_or(wrapped.len(), |i| a + i);
    crate::diagnostics::FragmentLoc {
        text: format!("{}\n", &wrapped[from..to]),
        col: a - from,
        end_col: b - line_start(b),
    }
}

fn run(
    src: &str,
    base: usize,
    line: usize,
    expr_mode: bool,
    start: Tok,
) -> Result<ast::Module, SyntaxError> {
    let mut layout = Layout::new(src, base, line, expr_mode, start, Some(parse_fragment));
    let result = grammar::TopParser::new().parse(&mut layout);
    result.map_err(|e| {
        let err = map_error(e, &layout.seen, src, base, line);
        if layout.failed {
            // An f-string's contents are parsed in a parser action in CPython 3.11, so
            // a tokenizer error later in the source still replaces that error.
            if let Some(end) = layout.deferred_end() {
                if err.fragment.is_some() {
                    // Raised by the parse of a field's fragment: it keeps its place.
                    return crate::lexer::layout::first_token_error_from(src, base, line, end)
                        .unwrap_or(err);
                }
                if let Some(te) = crate::lexer::layout::first_token_error_from(src, base, line, end)
                {
                    return te;
                }
                // CPython raises it from the action of the whole run of adjacent
                // strings, at the token it had read ahead: the first one after them.
                if err.msg.starts_with("f-string") {
                    if let Some((a, b)) =
                        crate::lexer::layout::token_after_strings(src, base, line, end)
                    {
                        let mut err = err;
                        err.span = Span::new(a, b);
                        return err;
                    }
                }
            }
            return err;
        }
        // Like CPython (`_PyPegen_tokenize_full_source_to_check_for_errors`), a
        // tokenizer error anywhere later in the source wins over a parser error.
        // An unclosed bracket only wins if the parser error is on a later line, or
        // if CPython's "forgot a comma" rule would have read on into the EOF.
        // (CPython's lookahead reaches EOF when only a short tail follows; we
        // approximate "short" as at most three more tokens.)
        let mut rest = 0;
        let mut tail_is_expr = false;
        // CPython's tokenizer does not look inside f-strings.
        layout.skip_fstrings();
        for t in &mut layout {
            match t {
                Err(te) => {
                    // CPython's tokenizer reports a bad line continuation (E_LINECONT)
                    // without raising, so that scan stops and the parser error stays.
                    if te.msg == "unexpected character after line continuation character" {
                        return err;
                    }
                    let comma = err.msg.ends_with("forgot a comma?") && rest <= 3 && !tail_is_expr;
                    if te.msg.ends_with("was never closed")
                        && !comma
                        && line_at(src, base, line, err.span.start as usize)
                            <= line_at(src, base, line, te.span.start as usize)
                    {
                        return err;
                    }
                    return te;
                }
                Ok((_, tok, _)) => {
                    if rest == 0 {
                        tail_is_expr = tok.starts_expr();
                    }
                    rest += 1;
                }
            }
        }
        err
    })
}

/// Python 2's `print x` / `exec x` wherever an expression may stand (CPython's
/// `invalid_legacy_expression`: the name, no `(`, then an expression), when the
/// parser stopped at most two tokens after the name. The error spans the name and
/// the expression after it.
fn legacy_call(seen: &[Seen], src: &str, base: usize, line: usize) -> Option<SyntaxError> {
    let last = seen.len().checked_sub(1)?;
    for j in (last.saturating_sub(2)..last).rev() {
        let (p, next) = (&seen[j], &seen[j + 1]);
        if matches!(
            p.tok,
            Tok::NewlineTok | Tok::Semi | Tok::Indent | Tok::Dedent | Tok::StartModule
        ) {
            return None;
        }
        let word = src.get(p.start.saturating_sub(base)..p.end.saturating_sub(base));
        let Some(w @ ("print" | "exec")) = word else {
            continue;
        };
        // `x.print` is no call of the name; `print (x)`, `print [x]`, `print -x`
        // continue an expression instead of starting one.
        let after_dot = j > 0 && seen[j - 1].tok == Tok::Dot;
        let starts = (next.tok.starts_expr() && !matches!(next.tok, Tok::LPar | Tok::LSqb))
            || matches!(next.tok, Tok::Not | Tok::Lambda | Tok::Tilde);
        if !matches!(p.tok, Tok::Name(_)) || after_dot || !starts {
            return None;
        }
        let end = legacy_expression_end(src, base, line, next.start).unwrap_or(next.end);
        // Only when what follows is an expression (CPython's rule requires
        // `star_expressions` there): `exec {1:(foo.)}` is plain invalid syntax.
        let text = src.get(next.start.saturating_sub(base)..end.saturating_sub(base))?;
        if parse(&format!("({text})"), Mode::Expression).is_err() {
            return None;
        }
        return Some(SyntaxError::syntax(
            format!("Missing parentheses in call to '{w}'. Did you mean {w}(...)?"),
            Span::new(p.start, end),
        ));
    }
    None
}

/// Whether an expression starts at absolute byte `from` (up to where
/// `legacy_expression_end` puts its end) and parses on its own.
fn expression_at(src: &str, base: usize, line: usize, from: usize) -> bool {
    let Some(end) = legacy_expression_end(src, base, line, from) else {
        return false;
    };
    match src.get(from.saturating_sub(base)..end.saturating_sub(base)) {
        Some(text) => parse(&format!("({text})"), Mode::Expression).is_ok(),
        None => false,
    }
}

/// Where the expressions starting at absolute byte `from` end: before the end of the
/// statement, a bracket closing one opened earlier, or a second expression right
/// after a complete one (`print x y` ends after `x`).
fn legacy_expression_end(src: &str, base: usize, line: usize, from: usize) -> Option<usize> {
    let lay = Layout::new(src, base, line, false, Tok::StartModule, None);
    let mut depth = 0usize;
    let mut end = None;
    let mut prev: Option<Tok> = None;
    for t in lay {
        let Ok((a, tok, b)) = t else {
            break;
        };
        if a < from {
            continue;
        }
        let ends = prev.as_ref().is_some_and(Tok::ends_expr);
        let strings = matches!(tok, Tok::Str(_)) && matches!(prev, Some(Tok::Str(_)));
        if depth == 0
            && ends
            && tok.starts_expr()
            && !matches!(tok, Tok::LPar | Tok::LSqb)
            && !strings
        {
            break;
        }
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Tok::NewlineTok | Tok::Newline(_) | Tok::Semi | Tok::Indent | Tok::Dedent
                if depth == 0 =>
            {
                break
            }
            _ => {}
        }
        end = Some(b);
        prev = Some(tok.light());
    }
    end
}

/// Where the parameter list holding `seen[i]` is: whether it is a `def`'s (else a
/// lambda's), and the index of the first token of the parameter `seen[i]` is in.
/// Walks back over balanced brackets to the `def name (` or `lambda` that opened it.
fn parameter_list(seen: &[Seen], i: usize) -> Option<(bool, usize)> {
    let mut depth = 0usize;
    let mut item = None;
    let mut colon = false;
    for j in (0..=i).rev() {
        match seen[j].tok {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace if depth > 0 => depth -= 1,
            Tok::LPar => {
                let def = j >= 2
                    && matches!(seen[j - 1].tok, Tok::Name(_))
                    && seen[j - 2].tok == Tok::Def;
                return def.then(|| (true, item.unwrap_or(j + 1)));
            }
            Tok::LSqb | Tok::LBrace => return None,
            Tok::Comma if depth == 0 => {
                item.get_or_insert(j + 1);
            }
            // An annotation's colon stands in a `def`'s list, never in a lambda's.
            Tok::Colon if depth == 0 => colon = true,
            Tok::Lambda if depth == 0 => {
                return (!colon).then(|| (false, item.unwrap_or(j + 1)));
            }
            Tok::NewlineTok | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::Semi => {
                return None
            }
            _ => {}
        }
    }
    None
}

/// CPython's `invalid_parameters` / `invalid_lambda_parameters` and friends, for the
/// token `tok` (at `a..b`) the parser could not take: a `=` with no default after
/// it, a default on `*args` / `**kwargs`, `/*` without a comma, `def f:`.
fn parameter_error(seen: &[Seen], tok: &Tok, a: usize, b: usize) -> Option<SyntaxError> {
    let i = seen.len().checked_sub(2)?;
    let prev = &seen[i];
    if i >= 1 && matches!(prev.tok, Tok::Name(_)) && seen[i - 1].tok == Tok::Def {
        return (*tok != Tok::LPar).then(|| SyntaxError::syntax("expected '('", Span::new(a, b)));
    }
    let (def, item) = parameter_list(seen, i)?;
    match tok {
        Tok::Comma | Tok::RPar if prev.tok == Tok::Equal && (def || *tok == Tok::Comma) => {
            Some(SyntaxError::syntax(
                "expected default value expression",
                Span::new(prev.start, prev.end),
            ))
        }
        Tok::Equal => {
            let what = match seen.get(item)?.tok {
                Tok::Star => "var-positional",
                Tok::DoubleStar => "var-keyword",
                _ => return None,
            };
            Some(SyntaxError::syntax(
                format!("{what} argument cannot have default value"),
                Span::new(a, b),
            ))
        }
        Tok::Star if prev.tok == Tok::Slash => Some(SyntaxError::syntax(
            "expected comma between / and *",
            Span::new(a, b),
        )),
        _ => None,
    }
}

/// `from m import x,` ending its line (CPython's `invalid_import_from_targets`),
/// reported at the end of the line; `at` is where the NEWLINE stands.
fn import_trailing_comma(seen: &[Seen], at: usize) -> Option<SyntaxError> {
    let i = seen.len().checked_sub(2)?;
    if seen[i].tok != Tok::Comma {
        return None;
    }
    let mut j = i;
    while j > 0
        && !matches!(
            seen[j - 1].tok,
            Tok::NewlineTok | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::Semi
        )
    {
        j -= 1;
    }
    let stmt = &seen[j..=i];
    let import = stmt.iter().position(|s| s.tok == Tok::Import)?;
    let plain = stmt[import + 1..].iter().all(|s| s.tok != Tok::LPar);
    (stmt[0].tok == Tok::From && plain).then(|| {
        SyntaxError::syntax(
            "trailing comma not allowed without surrounding parentheses",
            Span::new(at, at),
        )
    })
}

fn has(expected: &[String], t: &str) -> bool {
    expected.iter().any(|e| e == t)
}

/// The keyword that opened the block whose header ends at `seen[nl]` (a NEWLINE).
fn block_header(seen: &[Seen], nl: usize) -> Option<(usize, String)> {
    let mut i = nl;
    while i > 0
        && !matches!(
            seen[i - 1].tok,
            Tok::NewlineTok | Tok::Indent | Tok::Dedent | Tok::StartModule
        )
    {
        i -= 1;
    }
    let first = seen.get(i)?;
    let what = match first.tok {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        Tok::SoftMatch => "'match' statement",
        Tok::SoftCase => "'case' statement",
        _ => return None,
    };
    Some((first.start, what.to_string()))
}

fn line_at(src: &str, base: usize, line: usize, pos: usize) -> usize {
    let rel = pos.saturating_sub(base).min(src.len());
    line + src.as_bytes()[..rel]
        .iter()
        .filter(|&&c| c == b'\n')
        .count()
}

fn map_error(
    e: ParseError<usize, Tok, SyntaxError>,
    seen: &[Seen],
    src: &str,
    base: usize,
    line: usize,
) -> SyntaxError {
    use SyntaxErrorKind::IndentationError;
    let invalid = |a: usize, b: usize| SyntaxError::syntax("invalid syntax", Span::new(a, b));
    let expected_block = |nl: usize, at: usize, end: usize| -> Option<SyntaxError> {
        let (pos, what) = block_header(seen, nl)?;
        Some(SyntaxError::new(
            IndentationError,
            format!(
                "expected an indented block after {} on line {}",
                what,
                line_at(src, base, line, pos)
            ),
            // CPython marks only the first character of the unindented statement.
            Span::new(at, end.min(at + 1)),
        ))
    };
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => invalid(location, location + 1),
        ParseError::ExtraToken { token: (a, _, b) } => invalid(a, b),
        ParseError::UnrecognizedEof { location, expected } => {
            if has(&expected, "INDENT") && !seen.is_empty() {
                let nl = seen.len() - 1;
                if let Some(mut err) = expected_block(nl, location, location) {
                    err.incomplete = true;
                    return err;
                }
            }
            let mut err = invalid(location, location);
            err.incomplete = true;
            err
        }
        ParseError::UnrecognizedToken {
            token: (a, tok, b),
            expected,
        } => {
            if tok == Tok::Indent {
                // CPython points at the first token of the over-indented line.
                let at = b.saturating_sub(1).max(a);
                return SyntaxError::new(IndentationError, "unexpected indent", Span::new(at, b));
            }
            // `seen` ends with the offending token; the one before it is its predecessor.
            let prev = seen
                .len()
                .checked_sub(2)
                .and_then(|i| seen.get(i).map(|s| (i, s)));
            if has(&expected, "INDENT") {
                if let Some((i, p)) = prev {
                    if p.tok == Tok::NewlineTok {
                        if let Some(err) = expected_block(i, a, b.max(a + 1)) {
                            return err;
                        }
                    }
                }
            }
            if tok == Tok::NewlineTok && has(&expected, "\":\"") {
                if let Some((i, _)) = prev {
                    if block_header(seen, i + 1).is_some() {
                        return SyntaxError::syntax("expected ':'", Span::new(a, a + 1));
                    }
                }
            }
            if has(&expected, "\"else\"") && tok != Tok::Else {
                // CPython underlines from the start of the conditional's body: we take
                // the token just before the last `if`.
                let at = seen
                    .iter()
                    .rposition(|s| s.tok == Tok::If)
                    .and_then(|i| i.checked_sub(1))
                    .map_or(a, |i| seen[i].start);
                return SyntaxError::syntax(
                    "expected 'else' after 'if' expression",
                    Span::new(at, b),
                );
            }
            if let Some((i, p)) = prev {
                // `match x` without its colon: CPython's `invalid_match_stmt` ("match"
                // subject NEWLINE) says `expected ':'` at the end of the line.
                let word = src.get(p.start.saturating_sub(base)..p.end.saturating_sub(base));
                let line_start = i == 0
                    || matches!(
                        seen[i - 1].tok,
                        Tok::NewlineTok | Tok::Indent | Tok::Dedent | Tok::StartModule
                    );
                if word == Some("match") && line_start && tok.starts_expr() {
                    let from = a.saturating_sub(base);
                    if let Some(rest) = src.get(from..) {
                        let line = rest.split('\n').next().unwrap_or("");
                        let code = line.split('#').next().unwrap_or("").trim_end();
                        if !code.ends_with(':') && !code.contains(':') {
                            let at = a + code.len();
                            return SyntaxError::syntax("expected ':'", Span::new(at, at + 1));
                        }
                    }
                }
            }
            if tok == Tok::NewlineTok {
                if let Some(err) = import_trailing_comma(seen, a) {
                    return err;
                }
            }
            if let Some(err) = parameter_error(seen, &tok, a, b) {
                return err;
            }
            if let Some(err) = legacy_call(seen, src, base, line) {
                return err;
            }
            if let Some((_, p)) = prev {
                let cur = seen.last();
                // CPython's `invalid_expression`: two expressions side by side
                // inside brackets, the second a whole expression (`[x {1:2}]`,
                // not `[x {1:(foo.)}]` nor a bare `x {1:2}`).
                if p.ends_expr()
                    && tok.starts_expr()
                    && p.depth > 0
                    && cur.is_some_and(|c| c.depth > 0)
                    && has(&expected, "\",\"")
                    && expression_at(src, base, line, a)
                {
                    return SyntaxError::syntax(
                        "invalid syntax. Perhaps you forgot a comma?",
                        Span::new(p.start, b),
                    );
                }
            }
            // CPython's NEWLINE token leaves the newline out: it ends where it starts.
            if tok == Tok::NewlineTok {
                return invalid(a, a);
            }
            invalid(a, b)
        }
    }
}

impl Seen {
    fn ends_expr(&self) -> bool {
        self.tok.ends_expr()
    }
}

/// Helpers called from grammar actions.
pub mod helpers {
    use lalrpop_util::ParseError;

    use crate::ast::*;
    use crate::diagnostics::SyntaxError;
    use crate::lexer::Tok;

    pub use crate::lexer::strings::concat;

    pub type PErr = ParseError<usize, Tok, SyntaxError>;

    fn user(msg: impl Into<String>, span: Span) -> PErr {
        ParseError::User {
            error: SyntaxError::syntax(msg, span),
        }
    }

    pub fn pattern(l: usize, r: usize, kind: PatternKind) -> Pattern {
        Pattern {
            span: Span::new(l, r),
            kind,
        }
    }

    /// A literal pattern: `None`/`True`/`False` compare by identity, the rest by `==`;
    /// an f-string is no literal (CPython's check in the AST validator).
    pub fn literal_pattern(l: usize, r: usize, e: Expr) -> Pattern {
        let kind = match &e.kind {
            ExprKind::Constant(c @ (Constant::None | Constant::True | Constant::False)) => {
                PatternKind::MatchSingleton(c.clone())
            }
            _ => PatternKind::MatchValue(e),
        };
        pattern(l, r, kind)
    }

    /// `real + imag` / `real - imag` in a pattern (CPython's `complex_number` rule).
    pub fn complex_literal(l: usize, r: usize, a: Expr, op: BinOp, b: Expr) -> Result<Expr, PErr> {
        let imaginary = |e: &Expr| match &e.kind {
            ExprKind::Constant(c) => matches!(c, Constant::Complex(_)),
            ExprKind::UnaryOp { operand, .. } => {
                matches!(operand.kind, ExprKind::Constant(Constant::Complex(_)))
            }
            _ => false,
        };
        if imaginary(&a) {
            return Err(user("real number required in complex literal", a.span));
        }
        if !imaginary(&b) {
            return Err(user("imaginary number required in complex literal", b.span));
        }
        Ok(bin(l, r, a, op, b))
    }

    /// One item of a mapping pattern, before ordering checks.
    pub enum MapItem {
        Key(Expr, Pattern),
        Rest(String, Span),
    }

    /// `{k: p, ..., **rest}`: `**rest` only last and never `**_` (both are plain
    /// `invalid syntax` in CPython's grammar).
    pub fn mapping_pattern(l: usize, r: usize, items: Vec<MapItem>) -> Result<Pattern, PErr> {
        let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
        for it in items {
            match it {
                MapItem::Key(k, p) => {
                    if rest.is_some() {
                        return Err(user("invalid syntax", k.span));
                    }
                    keys.push(k);
                    patterns.push(p);
                }
                MapItem::Rest(n, span) => {
                    if n == "_" || rest.is_some() {
                        return Err(user("invalid syntax", span));
                    }
                    rest = Some(n);
                }
            }
        }
        Ok(pattern(
            l,
            r,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            },
        ))
    }

    /// One argument of a class pattern.
    pub enum ClassArg {
        Pos(Pattern),
        Kw(String, usize, Pattern),
    }

    /// `Cls(p, q, name=r)`: positional sub-patterns must come first.
    pub fn class_pattern(
        l: usize,
        r: usize,
        cls: Expr,
        args: Vec<ClassArg>,
    ) -> Result<Pattern, PErr> {
        let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
        let mut bad: Option<Span> = None;
        for a in args {
            match a {
                ClassArg::Pos(p) => {
                    if !kwd_attrs.is_empty() {
                        let s = bad.get_or_insert(p.span);
                        s.end = p.span.end;
                        continue;
                    }
                    patterns.push(p);
                }
                ClassArg::Kw(n, _, p) => {
                    if bad.is_some() {
                        break;
                    }
                    kwd_attrs.push(n);
                    kwd_patterns.push(p);
                }
            }
        }
        if let Some(span) = bad {
            return Err(user("positional patterns follow keyword patterns", span));
        }
        Ok(pattern(
            l,
            r,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
        ))
    }

    /// `async` before a `def`/`for`/`with` starting at `l`: marks it and widens its span.
    pub fn make_async(l: usize, mut s: Stmt) -> Stmt {
        match &mut s.kind {
            StmtKind::FunctionDef { is_async, .. }
            | StmtKind::For { is_async, .. }
            | StmtKind::With { is_async, .. } => *is_async = true,
            _ => {}
        }
        s.span.start = l as u32;
        s
    }

    /// A function definition with its decorators (applied bottom-up when compiled).
    pub fn with_decorators(mut s: Stmt, d: Vec<Expr>) -> Stmt {
        if let StmtKind::FunctionDef { decorators, .. } = &mut s.kind {
            *decorators = d;
        }
        s
    }

    pub fn stmt(l: usize, r: usize, kind: StmtKind) -> Stmt {
        Stmt {
            span: Span::new(l, r),
            kind,
        }
    }

    pub fn expr(l: usize, r: usize, kind: ExprKind) -> Expr {
        Expr {
            span: Span::new(l, r),
            kind,
        }
    }

    pub fn bin(l: usize, r: usize, a: Expr, op: BinOp, b: Expr) -> Expr {
        expr(
            l,
            r,
            ExprKind::BinOp {
                left: Box::new(a),
                op,
                right: Box::new(b),
            },
        )
    }

    /// End offset of a block (or `default` for an empty one).
    pub fn end_of(body: &[Stmt], default: usize) -> usize {
        body.last().map_or(default, |s| s.span.end as usize)
    }

    pub fn param(
        name: String,
        l: usize,
        r: usize,
        default: Option<Expr>,
        annotation: Option<Expr>,
    ) -> Param {
        Param {
            name,
            span: Span::new(l, r),
            default,
            annotation,
        }
    }

    /// One comma-separated item of a parameter list, before ordering checks.
    pub enum ParamItem {
        Plain(Param),
        Star(Option<Param>, Span),
        DStar(Param, Span),
        Slash(Span),
    }

    /// Splits a flat parameter list into CPython's `arguments` shape, with its errors.
    /// `colon` is a lambda's `:` (CPython reports some lambda errors at the last token
    /// it read instead of at the offending one).
    pub fn build_params(items: Vec<ParamItem>, colon: Option<usize>) -> Result<Parameters, PErr> {
        let mut p = Parameters::default();
        let mut seen_star = false;
        let mut seen_default = false;
        let mut names: Vec<String> = Vec::new();
        // Duplicates are reported after ordering errors, as CPython's symtable does.
        let mut dup: Option<PErr> = None;
        let mut check_dup = |pa: &Param| -> Result<(), PErr> {
            if names.contains(&pa.name) && dup.is_none() {
                dup = Some(user(
                    format!("duplicate argument '{}' in function definition", pa.name),
                    pa.span,
                ));
            }
            names.push(pa.name.clone());
            Ok(())
        };
        let n = items.len();
        // The start of each item's `**`, when it is one.
        let dstar_at: Vec<Option<u32>> = items
            .iter()
            .map(|it| match it {
                ParamItem::DStar(_, s) => Some(s.start),
                _ => None,
            })
            .collect();
        for (i, it) in items.into_iter().enumerate() {
            if p.kwarg.is_some() {
                let span = match &it {
                    ParamItem::Plain(x) => x.span,
                    ParamItem::Star(_, s) | ParamItem::DStar(_, s) | ParamItem::Slash(s) => *s,
                };
                return Err(user("arguments cannot follow var-keyword argument", span));
            }
            match it {
                ParamItem::Plain(pa) => {
                    check_dup(&pa)?;
                    if seen_star {
                        p.kwonly.push(pa);
                    } else {
                        if pa.default.is_some() {
                            seen_default = true;
                        } else if seen_default {
                            return Err(user(
                                "non-default argument follows default argument",
                                pa.span,
                            ));
                        }
                        p.args.push(pa);
                    }
                }
                ParamItem::Star(pa, span) => {
                    if seen_star {
                        return Err(user("* argument may appear only once", span));
                    }
                    // A bare `*` needs a keyword-only parameter after it, not the end
                    // of the list nor `**` (CPython's invalid_star_etc).
                    let next_dstar = dstar_at.get(i + 1).copied().flatten();
                    if pa.is_none() && (i + 1 == n || next_dstar.is_some()) {
                        let at = match (colon, next_dstar) {
                            (None, _) => span,
                            (Some(_), Some(d)) => Span::new(d as usize, d as usize + 2),
                            (Some(c), None) => Span::new(c, c + 1),
                        };
                        return Err(user("named arguments must follow bare *", at));
                    }
                    if let Some(pa) = &pa {
                        check_dup(pa)?;
                    }
                    seen_star = true;
                    p.vararg = pa;
                }
                ParamItem::DStar(pa, _) => {
                    check_dup(&pa)?;
                    p.kwarg = Some(pa);
                }
                ParamItem::Slash(span) => {
                    if seen_star {
                        return Err(user("/ must be ahead of *", span));
                    }
                    if !p.posonly.is_empty() {
                        return Err(user("/ may appear only once", span));
                    }
                    if p.args.is_empty() {
                        return Err(user("at least one argument must precede /", span));
                    }
                    p.posonly = std::mem::take(&mut p.args);
                }
            }
        }
        if let Some(e) = dup {
            return Err(e);
        }
        Ok(p)
    }

    /// One call argument, before ordering checks.
    pub enum Arg {
        Pos(Expr),
        /// An unparenthesized generator expression (only valid as the sole argument).
        Gen(Expr),
        Star(Expr),
        Kw(Keyword),
    }

    pub fn build_args(items: Vec<Arg>) -> Result<(Vec<Expr>, Vec<Keyword>), PErr> {
        let mut args = Vec::new();
        let mut kws: Vec<Keyword> = Vec::new();
        let n = items.len();
        for it in items {
            match it {
                Arg::Gen(e) if n == 1 => args.push(e),
                Arg::Gen(e) => {
                    return Err(user("Generator expression must be parenthesized", e.span))
                }
                Arg::Kw(k) if k.name.is_some() && kws.iter().any(|o| o.name == k.name) => {
                    return Err(user(
                        format!(
                            "keyword argument repeated: {}",
                            k.name.as_deref().unwrap_or("")
                        ),
                        k.span,
                    ))
                }
                Arg::Pos(e) => {
                    if let Some(k) = kws.last() {
                        let msg = if kws.iter().any(|k| k.name.is_none()) {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        let _ = k;
                        return Err(user(msg, e.span));
                    }
                    args.push(e);
                }
                Arg::Star(e) => {
                    if kws.iter().any(|k| k.name.is_none()) {
                        // CPython marks the `*` alone.
                        return Err(user(
                            "iterable argument unpacking follows keyword argument unpacking",
                            Span::new(e.span.start as usize, e.span.start as usize + 1),
                        ));
                    }
                    args.push(e);
                }
                Arg::Kw(k) => kws.push(k),
            }
        }
        Ok((args, kws))
    }

    #[derive(Clone, Copy, PartialEq, Eq)]
    pub enum Ctx {
        Assign,
        For,
        With,
        Del,
    }

    /// CPython's name for an expression that cannot be a target.
    fn describe(e: &Expr) -> &'static str {
        match &e.kind {
            ExprKind::Constant(Constant::None) => "None",
            ExprKind::Constant(Constant::True) => "True",
            ExprKind::Constant(Constant::False) => "False",
            ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
            ExprKind::Constant(_) | ExprKind::JoinedStr(_) => "literal",
            ExprKind::Call { .. } => "function call",
            ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => {
                "expression"
            }
            ExprKind::Compare { .. } => "comparison",
            ExprKind::Lambda { .. } => "lambda",
            ExprKind::IfExp { .. } => "conditional expression",
            ExprKind::NamedExpr { .. } => "named expression",
            ExprKind::Dict { .. } => "dict literal",
            ExprKind::Set(_) => "set display",
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            ExprKind::GeneratorExp { .. } => "generator expression",
            ExprKind::Await(_) => "await expression",
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
            ExprKind::FormattedValue { .. } => "f-string expression",
            ExprKind::Starred(_) => "starred",
            _ => "expression",
        }
    }

    /// Whether `e = ...` gets "here. Maybe you meant '==' instead of '='?": CPython's
    /// `invalid_named_expression` offers it only for a `bitwise_or` that is not a
    /// generator expression nor `True`/`None`/`False` (a `not`, `and`/`or`,
    /// comparison, conditional or lambda gets the plain message).
    pub fn assign_hint(e: &Expr) -> bool {
        !matches!(
            e.kind,
            ExprKind::Constant(Constant::None | Constant::True | Constant::False)
                | ExprKind::Starred(_)
                | ExprKind::GeneratorExp { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::Compare { .. }
                | ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
                | ExprKind::Lambda { .. }
                | ExprKind::IfExp { .. }
        )
    }

    /// Checks an assignment / for / with / del target, with CPython's messages.
    /// `Ctx::Assign` is the only target of `t = v` (CPython then adds "here. Maybe you
    /// meant '=='..."); nested targets and chained assignments use `Ctx::For`'s wording.
    pub fn check_target(e: &Expr, ctx: Ctx) -> Result<(), PErr> {
        let inner_ctx = if ctx == Ctx::Assign { Ctx::For } else { ctx };
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(v) | ExprKind::List(v) => {
                for x in v {
                    check_target(x, inner_ctx)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) if ctx != Ctx::Del => check_target(inner, inner_ctx),
            _ => {
                let what = describe(e);
                let msg = match ctx {
                    Ctx::Del => format!("cannot delete {what}"),
                    Ctx::Assign if assign_hint(e) => {
                        format!(
                            "cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                        )
                    }
                    _ => format!("cannot assign to {what}"),
                };
                Err(user(msg, e.span))
            }
        }
    }

    /// A target of an assignment chain; `bare_yield` when it is an unparenthesized
    /// yield expression (`x = yield = y`), which CPython's `invalid_assignment` names
    /// apart from the other invalid targets.
    pub fn check_chain_target(e: &Expr, bare_yield: bool, ctx: Ctx) -> Result<(), PErr> {
        if bare_yield {
            return Err(user("assignment to yield expression not possible", e.span));
        }
        check_target(e, ctx)
    }

    /// `( e )`: the expression itself; a parenthesized `*x` is CPython's
    /// `invalid_group` error.
    /// `except*:` (CPython's `invalid_except_star_stmt_indent`'s sibling rule).
    pub fn star_without_types(colon: usize) -> PErr {
        user(
            "expected one or more exception types",
            Span::new(colon, colon + 1),
        )
    }

    /// `except A, B:` (CPython's `invalid_except_stmt`), marked over the types.
    pub fn unparenthesized_types(a: usize, b: usize) -> PErr {
        user(
            "multiple exception types must be parenthesized",
            Span::new(a, b),
        )
    }

    /// A `try` has either `except` or `except*` clauses, never both: the first
    /// clause of the other kind is CPython's `invalid_try_stmt` error, marked over its
    /// keyword (and star).
    pub fn check_handlers(h: &[ExceptHandler]) -> Result<(), PErr> {
        let Some(first) = h.first() else {
            return Ok(());
        };
        if let Some(odd) = h.iter().find(|x| x.star != first.star) {
            let at = odd.span.start as usize;
            let len = if odd.star { 7 } else { 6 };
            return Err(user(
                "cannot have both 'except' and 'except*' on the same 'try'",
                Span::new(at, at + len),
            ));
        }
        Ok(())
    }

    /// `target := value` where any expression was read as the target: only a bare
    /// name may be bound (CPython's `invalid_named_expression`, which reports a
    /// parenthesized name `(a)` as "name" too).
    pub fn named_expr(l: usize, r: usize, target: Expr, value: Expr) -> Result<Expr, PErr> {
        match &target.kind {
            ExprKind::Name(_) if target.span.start as usize == l => Ok(expr(
                l,
                r,
                ExprKind::NamedExpr {
                    target: Box::new(target),
                    value: Box::new(value),
                },
            )),
            kind => {
                let what = match kind {
                    ExprKind::Name(_) => "name",
                    ExprKind::Tuple(_) => "tuple",
                    ExprKind::List(_) => "list",
                    ExprKind::Attribute { .. } => "attribute",
                    ExprKind::Subscript { .. } => "subscript",
                    _ => describe(&target),
                };
                Err(user(
                    format!("cannot use assignment expressions with {what}"),
                    target.span,
                ))
            }
        }
    }

    /// `t = v` where a named expression may stand (`if x = 3:`, `[z=3]`), `l..r`
    /// the whole and `el..er` the `=` (CPython's `invalid_named_expression`).
    pub fn equals_in_expression(l: usize, t: Expr, el: usize, er: usize, r: usize) -> PErr {
        match &t.kind {
            ExprKind::Name(_) if t.span.start as usize == l => user(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                Span::new(l, r),
            ),
            ExprKind::List(_) | ExprKind::Tuple(_) => user("invalid syntax", Span::new(el, er)),
            _ if assign_hint(&t) => {
                let what = match t.kind {
                    ExprKind::Name(_) => "name",
                    ExprKind::Attribute { .. } => "attribute",
                    ExprKind::Subscript { .. } => "subscript",
                    _ => describe(&t),
                };
                user(
                    format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
                    t.span,
                )
            }
            _ => user("invalid syntax", Span::new(el, er)),
        }
    }

    /// `name=value` in a call; anything else before the `=` is CPython's
    /// `invalid_kwarg` (reported from the expression to the end of the value).
    pub fn keyword_arg(l: usize, eq: usize, r: usize, t: Expr, value: Expr) -> Result<Arg, PErr> {
        // CPython underlines from the expression through the `=`.
        let span = Span::new(t.span.start as usize, eq);
        match t.kind {
            ExprKind::Name(n) if t.span.start as usize == l => Ok(Arg::Kw(Keyword {
                name: Some(n),
                value,
                span: Span::new(l, r),
            })),
            ExprKind::Constant(c @ (Constant::None | Constant::True | Constant::False)) => {
                let what = match c {
                    Constant::None => "None",
                    Constant::True => "True",
                    _ => "False",
                };
                Err(user(format!("cannot assign to {what}"), span))
            }
            _ => Err(user(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                span,
            )),
        }
    }

    /// The element of a list/set comprehension or generator expression, read as
    /// `items, last` (`items` each followed by a comma ending at `comma_end`), with
    /// CPython's `invalid_comprehension` messages for anything but one plain
    /// expression. `at` is where the first `for` starts.
    pub fn comp_elt(
        mut items: Vec<Expr>,
        comma_end: usize,
        last: Option<Expr>,
        at: usize,
        gens: &[Comprehension],
    ) -> Result<Expr, PErr> {
        match (items.is_empty(), last) {
            (true, Some(e)) => {
                if matches!(e.kind, ExprKind::Starred(_)) {
                    return Err(user(
                        "iterable unpacking cannot be used in comprehension",
                        e.span,
                    ));
                }
                Ok(e)
            }
            (true, None) => {
                let word = if gens.first().is_some_and(|g| g.is_async) {
                    "async"
                } else {
                    "for"
                };
                Err(user("invalid syntax", Span::new(at, at + word.len())))
            }
            (false, last) => {
                let start = items[0].span.start as usize;
                let end = match last {
                    Some(e) => e.span.end as usize,
                    None if items.len() > 1 => {
                        items.pop().map_or(comma_end, |e| e.span.end as usize)
                    }
                    None => comma_end,
                };
                Err(user(
                    "did you forget parentheses around the comprehension target?",
                    Span::new(start, end),
                ))
            }
        }
    }

    /// `{**a for a in b}` (CPython's `invalid_dict_comprehension`), reported at the `**`.
    pub fn dict_unpack_in_comp(l: usize, r: usize) -> PErr {
        user(
            "dict unpacking cannot be used in dict comprehension",
            Span::new(l, r),
        )
    }

    pub fn group(e: Expr) -> Result<Expr, PErr> {
        if matches!(e.kind, ExprKind::Starred(_)) {
            return Err(user("cannot use starred expression here", e.span));
        }
        Ok(e)
    }

    /// `( **x )` (CPython's `invalid_group`), reported at the `**`.
    pub fn double_starred_group(l: usize, r: usize) -> PErr {
        user("cannot use double starred expression here", Span::new(l, r))
    }

    /// A bare `*x` where a value is required (`x = *a`, `*a` as a statement).
    pub fn check_not_starred(e: &Expr) -> Result<(), PErr> {
        if matches!(e.kind, ExprKind::Starred(_)) {
            // CPython's code generator raises this one, after the parse.
            let mut error = SyntaxError::syntax("can't use starred expression here", e.span);
            error.origin = crate::diagnostics::Origin::Compiler;
            return Err(ParseError::User { error });
        }
        Ok(())
    }

    pub fn check_aug_target(e: &Expr) -> Result<(), PErr> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(_) => Err(user(
                "'tuple' is an illegal expression for augmented assignment",
                e.span,
            )),
            ExprKind::List(_) => Err(user(
                "'list' is an illegal expression for augmented assignment",
                e.span,
            )),
            _ => Err(user(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    describe(e)
                ),
                e.span,
            )),
        }
    }

    pub fn check_ann_target(e: &Expr) -> Result<(), PErr> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(_) => Err(user(
                "only single target (not tuple) can be annotated",
                e.span,
            )),
            ExprKind::List(_) => Err(user(
                "only single target (not list) can be annotated",
                e.span,
            )),
            _ => Err(user("illegal target for annotation", e.span)),
        }
    }
}

#[cfg(test)]
mod tests;

/// Drops a module without recursing: deeply left-nested expressions (a 100,000-term
/// `1+1+...`) would otherwise overflow the stack in the compiler-generated drop glue.
pub fn drop_module(m: ast::Module) {
    let mut stmts: Vec<ast::Stmt> = m.body;
    let mut exprs: Vec<Expr> = Vec::new();
    while let Some(s) = stmts.pop() {
        take_stmt(s, &mut stmts, &mut exprs);
        while let Some(e) = exprs.pop() {
            take_expr(e, &mut exprs);
        }
    }
}

/// Moves the children of an expression onto `out`, so its own drop is shallow.
fn take_expr(e: Expr, out: &mut Vec<Expr>) {
    use ast::ExprKind::*;
    match e.kind {
        BoolOp { values, .. } => out.extend(values),
        NamedExpr { target, value } => out.extend([*target, *value]),
        BinOp { left, right, .. } => out.extend([*left, *right]),
        UnaryOp { operand, .. } => out.push(*operand),
        Lambda { body, .. } => out.push(*body),
        IfExp { test, body, orelse } => out.extend([*test, *body, *orelse]),
        Dict { keys, values } => {
            out.extend(keys.into_iter().flatten());
            out.extend(values);
        }
        Set(v) | List(v) | Tuple(v) | JoinedStr(v) => out.extend(v),
        ListComp { elt, generators }
        | SetComp { elt, generators }
        | GeneratorExp { elt, generators } => {
            out.push(*elt);
            for g in generators {
                out.push(g.target);
                out.push(g.iter);
                out.extend(g.ifs);
            }
        }
        DictComp {
            key,
            value,
            generators,
        } => {
            out.extend([*key, *value]);
            for g in generators {
                out.push(g.target);
                out.push(g.iter);
                out.extend(g.ifs);
            }
        }
        Await(x) | YieldFrom(x) | Starred(x) => out.push(*x),
        Yield(x) => out.extend(x.map(|b| *b)),
        Compare {
            left, comparators, ..
        } => {
            out.push(*left);
            out.extend(comparators);
        }
        Call {
            func,
            args,
            keywords,
        } => {
            out.push(*func);
            out.extend(args);
            out.extend(keywords.into_iter().map(|k| k.value));
        }
        FormattedValue {
            value, format_spec, ..
        } => {
            out.push(*value);
            out.extend(format_spec.map(|b| *b));
        }
        Attribute { value, .. } => out.push(*value),
        Subscript { value, slice } => out.extend([*value, *slice]),
        Slice { lower, upper, step } => {
            out.extend([lower, upper, step].into_iter().flatten().map(|b| *b))
        }
        Constant(_) | Name(_) => {}
    }
}

/// Moves a pattern's expressions onto `out` (patterns nest only as deep as the
/// source brackets them, which the layout pass caps).
fn take_pattern(p: ast::Pattern, out: &mut Vec<Expr>) {
    use ast::PatternKind::*;
    match p.kind {
        MatchValue(e) => out.push(e),
        MatchSingleton(_) | MatchStar(_) => {}
        MatchSequence(v) | MatchOr(v) => v.into_iter().for_each(|q| take_pattern(q, out)),
        MatchMapping { keys, patterns, .. } => {
            out.extend(keys);
            patterns.into_iter().for_each(|q| take_pattern(q, out));
        }
        MatchClass {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            out.push(cls);
            patterns
                .into_iter()
                .chain(kwd_patterns)
                .for_each(|q| take_pattern(q, out));
        }
        MatchAs { pattern, .. } => {
            if let Some(q) = pattern {
                take_pattern(*q, out);
            }
        }
    }
}

fn take_stmt(s: ast::Stmt, stmts: &mut Vec<ast::Stmt>, out: &mut Vec<Expr>) {
    use ast::StmtKind::*;
    match s.kind {
        FunctionDef {
            body,
            decorators,
            returns,
            ..
        } => {
            stmts.extend(body);
            out.extend(decorators);
            out.extend(returns.map(|b| *b));
        }
        ClassDef {
            bases,
            keywords,
            body,
            decorators,
            ..
        } => {
            stmts.extend(body);
            out.extend(bases);
            out.extend(keywords.into_iter().map(|k| k.value));
            out.extend(decorators);
        }
        Return(e) => out.extend(e),
        Delete(v) => out.extend(v),
        Assign { targets, value } => {
            out.extend(targets);
            out.push(value);
        }
        AugAssign { target, value, .. } => out.extend([target, value]),
        AnnAssign {
            target,
            annotation,
            value,
        } => {
            out.extend([target, annotation]);
            out.extend(value);
        }
        For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            out.extend([target, iter]);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        While { test, body, orelse } | If { test, body, orelse } => {
            out.push(test);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        With { items, body, .. } => {
            for it in items {
                out.push(it.context);
                out.extend(it.target);
            }
            stmts.extend(body);
        }
        Raise { exc, cause } => out.extend(exc.into_iter().chain(cause)),
        Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts.extend(body);
            for h in handlers {
                out.extend(h.typ);
                stmts.extend(h.body);
            }
            stmts.extend(orelse);
            stmts.extend(finalbody);
        }
        Assert { test, msg } => {
            out.push(test);
            out.extend(msg);
        }
        Match { subject, cases } => {
            out.push(subject);
            for c in cases {
                take_pattern(c.pattern, out);
                out.extend(c.guard);
                stmts.extend(c.body);
            }
        }
        Expr(e) => out.push(e),
        Import(_) | ImportFrom { .. } | Global(_) | Nonlocal(_) | Pass | Break | Continue => {}
    }
}
