//! Raw tokens (CPython's `Parser/tokenizer.c` token kinds) produced by a logos lexer.
//!
//! Strings and numbers are scanned by hand-written callbacks (see `strings.rs` and
//! `numbers.rs`) because their rules (triple quotes, escapes, `_` separators) are not
//! regular enough for good error messages. `Newline` carries the indentation of the
//! line that follows it, so the layout pass never rescans the source.
use std::fmt;

use logos::Logos;

use crate::ast::{Constant, Expr, ParseWarning, Span};
use crate::diagnostics::SyntaxError;

thread_local! {
    /// The warnings the tokenizer raised during the current `parser::parse`; the
    /// parser hands them to the module.
    static WARNINGS: std::cell::RefCell<Vec<ParseWarning>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Records a tokenizer warning of `category` (a warning class name) at `span`, once:
/// the layout pass may scan a stretch of source again while looking for errors.
pub fn tokenizer_warning(category: &'static str, msg: String, span: Span, tokenizer: bool) {
    WARNINGS.with(|w| {
        let mut w = w.borrow_mut();
        if !w.iter().any(|x| x.span == span && x.msg == msg) {
            w.push(ParseWarning {
                category,
                msg,
                span,
                tokenizer,
            });
        }
    });
}

/// Takes the tokenizer warnings recorded so far (clearing the list).
pub fn take_tokenizer_warnings() -> Vec<ParseWarning> {
    WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
}

/// Lexer state shared with callbacks: where this (sub)source sits in the real file,
/// so that f-string expressions lexed from a substring get absolute spans.
#[derive(Clone, Copy, Debug)]
pub struct Extras {
    /// Byte offset of the lexed text inside the whole file.
    pub base: usize,
    /// 1-based line number of the lexed text's first byte.
    pub line_base: usize,
    /// A cursor for line counting (`line_at_pos` is the line of byte `line_pos`),
    /// so that asking for the line of each f-string stays linear in the file size.
    pub line_pos: usize,
    pub line_at_pos: usize,
    /// Set when an f-string's contents fail to parse: the absolute end of that string.
    /// CPython parses f-string contents in a parser action, so a later tokenizer
    /// error still wins over such an error (see `parser::run`).
    pub deferred_end: usize,
    /// Parses the expression of an f-string replacement field (the parser hands
    /// itself in, so the lexer needs no import of it). `None`: lex f-strings as
    /// opaque strings (the later-tokenizer-error scan and token-level tests).
    pub fields: Option<super::strings::FieldParser>,
}

impl Extras {
    pub fn new(
        base: usize,
        line_base: usize,
        fields: Option<super::strings::FieldParser>,
    ) -> Extras {
        Extras {
            base,
            line_base,
            line_pos: 0,
            line_at_pos: line_base,
            deferred_end: 0,
            fields,
        }
    }

    /// The line of byte `pos` of the lexed text (moving the cursor forward).
    pub fn line_of(&mut self, src: &str, pos: usize) -> usize {
        let pos = pos.min(src.len());
        if pos < self.line_pos {
            self.line_pos = 0;
            self.line_at_pos = self.line_base;
        }
        self.line_at_pos += src.as_bytes()[self.line_pos..pos]
            .iter()
            .filter(|&&c| c == b'\n')
            .count();
        self.line_pos = pos;
        self.line_at_pos
    }
}

/// A lexer error. `None` means "no pattern matched"; the layout pass turns it into
/// CPython's message using the offending text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LexErr(pub Option<Box<SyntaxError>>);

impl From<SyntaxError> for LexErr {
    fn from(e: SyntaxError) -> Self {
        LexErr(Some(Box::new(e)))
    }
}

/// Indentation of the line after a newline, measured both ways CPython measures it:
/// tabs to the next multiple of 8 (`col`) and tabs as one column (`altcol`).
/// When the two orderings disagree CPython raises TabError.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Indentation {
    pub col: u32,
    pub altcol: u32,
}

impl Indentation {
    /// Measures a run of leading whitespace.
    pub fn measure(ws: &str) -> Indentation {
        let mut ind = Indentation::default();
        for c in ws.chars() {
            match c {
                ' ' => {
                    ind.col += 1;
                    ind.altcol += 1;
                }
                '\t' => {
                    ind.col = (ind.col / 8 + 1) * 8;
                    ind.altcol += 1;
                }
                // A form feed resets the column, as in CPython's tokenizer.
                '\x0c' => ind = Indentation::default(),
                _ => {}
            }
        }
        ind
    }
}

fn newline(lex: &mut logos::Lexer<Tok>) -> Indentation {
    let s = lex.slice();
    let ws = s.trim_start_matches(['\r', '\n']);
    Indentation::measure(ws)
}

/// A decoded string literal (one token; adjacent literals are joined by the grammar).
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    Str(String),
    /// A str literal holding lone surrogates as stand-ins (`text::surrogates`).
    SurrStr(String),
    Bytes(Vec<u8>),
    /// An f-string already split into `Constant(Str)` and `FormattedValue` parts.
    F(Vec<Expr>),
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(extras = Extras)]
#[logos(error = LexErr)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
#[logos(skip r"\\(\r\n|\n|\r)")]
pub enum Tok {
    /// A physical newline plus the next line's indentation.
    #[regex(r"(\r\n|\n|\r)[ \t\x0c]*", newline)]
    Newline(Indentation),

    // Synthetic tokens made by the layout pass, never by logos.
    NewlineTok,
    Indent,
    Dedent,
    StartModule,
    StartExpression,
    /// `match` / `case` where they begin a match statement or a case block (soft
    /// keywords, decided by the layout pass; elsewhere they are names).
    SoftMatch,
    SoftCase,
    /// The `(` right after `with` that opens a parenthesised list of with-items
    /// (`with (a as b, c):`), decided by the layout pass; other `(` stay `LPar`.
    WithLPar,

    /// An identifier, NFKC-normalised as CPython's parser does (PEP 3131), so
    /// `ｗｗｗ` and `www` name one variable; keywords are matched on the raw text
    /// first, as CPython's are.
    #[regex(r"[_\p{XID_Start}]\p{XID_Continue}*", |lex| crate::text::normalization::nfkc(lex.slice()).into_owned())]
    Name(String),
    #[regex(r"[0-9]", super::numbers::lex_number)]
    #[regex(r"\.[0-9]", super::numbers::lex_number)]
    Number(Constant),
    #[regex(
        r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?["']"#,
        super::strings::lex_string
    )]
    Str(Box<StrLit>),

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
}

impl Tok {
    /// The source text of a fixed token (operators and keywords).
    pub fn text(&self) -> Option<&'static str> {
        use Tok::*;
        Some(match self {
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            LPar | WithLPar => "(",
            RPar => ")",
            LSqb => "[",
            RSqb => "]",
            LBrace => "{",
            RBrace => "}",
            Colon => ":",
            Comma => ",",
            Semi => ";",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            VBar => "|",
            Amper => "&",
            Less => "<",
            Greater => ">",
            Equal => "=",
            Dot => ".",
            Percent => "%",
            EqEqual => "==",
            NotEqual => "!=",
            LessEqual => "<=",
            GreaterEqual => ">=",
            Tilde => "~",
            Circumflex => "^",
            LeftShift => "<<",
            RightShift => ">>",
            DoubleStar => "**",
            PlusEqual => "+=",
            MinEqual => "-=",
            StarEqual => "*=",
            SlashEqual => "/=",
            PercentEqual => "%=",
            AmperEqual => "&=",
            VBarEqual => "|=",
            CircumflexEqual => "^=",
            LeftShiftEqual => "<<=",
            RightShiftEqual => ">>=",
            DoubleStarEqual => "**=",
            DoubleSlash => "//",
            DoubleSlashEqual => "//=",
            At => "@",
            AtEqual => "@=",
            RArrow => "->",
            Ellipsis => "...",
            ColonEqual => ":=",
            _ => return Option::None,
        })
    }

    /// True for keywords (used to find the header of a block in error messages).
    pub fn is_keyword(&self) -> bool {
        self.text()
            .is_some_and(|t| t.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
    }

    /// Can this token begin an expression? (for "Perhaps you forgot a comma?")
    pub fn starts_expr(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Name(_) | Number(_) | Str(_) | None | True | False | LPar | LSqb | LBrace | Ellipsis
        )
    }

    /// Can this token end an expression?
    pub fn ends_expr(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Name(_) | Number(_) | Str(_) | None | True | False | RPar | RSqb | RBrace | Ellipsis
        )
    }

    /// A copy without heavy payloads, kept by the layout pass for error reporting.
    pub fn light(&self) -> Tok {
        match self {
            Tok::Name(_) => Tok::Name(String::new()),
            Tok::Number(_) => Tok::Number(Constant::None),
            Tok::Str(_) => Tok::Str(Box::new(StrLit::Str(String::new()))),
            t => t.clone(),
        }
    }
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Newline(_) | Tok::NewlineTok => write!(f, "newline"),
            Tok::Indent => write!(f, "indent"),
            Tok::Dedent => write!(f, "dedent"),
            Tok::StartModule | Tok::StartExpression => write!(f, "start of input"),
            Tok::SoftMatch => write!(f, "soft keyword 'match'"),
            Tok::SoftCase => write!(f, "soft keyword 'case'"),
            Tok::Name(n) => write!(f, "name '{n}'"),
            Tok::Number(_) => write!(f, "number"),
            Tok::Str(_) => write!(f, "string"),
            t if t.is_keyword() => write!(f, "keyword '{}'", t.text().unwrap_or("?")),
            t => write!(f, "'{}'", t.text().unwrap_or("?")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_human() {
        assert_eq!(Tok::Colon.to_string(), "':'");
        assert_eq!(Tok::NewlineTok.to_string(), "newline");
        assert_eq!(Tok::Name("x".into()).to_string(), "name 'x'");
        assert_eq!(Tok::Def.to_string(), "keyword 'def'");
        assert_eq!(Tok::Indent.to_string(), "indent");
    }

    #[test]
    fn keywords_versus_names() {
        let toks: Vec<_> = Tok::lexer_with_extras("define def if_ if", Extras::new(0, 1, None))
            .map(|t| t.unwrap())
            .collect();
        assert_eq!(
            toks,
            vec![
                Tok::Name("define".into()),
                Tok::Def,
                Tok::Name("if_".into()),
                Tok::If
            ]
        );
    }
}
