//! Compile-time errors (SyntaxError, IndentationError, TabError) as values with spans,
//! rendered either exactly as CPython 3.11 prints them or through miette.

use crate::ast::Span;
use crate::source::SourceFile;

/// Which SyntaxError subclass CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Source nested deeper than the compiler allows (CPython raises RecursionError
    /// "maximum recursion depth exceeded during compilation"; see `compiler/depth.rs`).
    RecursionError,
    /// Source nested deeper than CPython's parser stack: a bare MemoryError.
    MemoryError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
            SyntaxErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A compile-time error with the span of the offending code.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// CPython's message, e.g. `expected ':'`.
    pub msg: String,
    pub span: Span,
    /// True when the input simply ended too early (unclosed bracket, missing block):
    /// the REPL then asks for another line instead of reporting the error.
    pub incomplete: bool,
    /// Where the error sits when it was raised while parsing an f-string field's
    /// expression: CPython 3.11 parses `(expr)` as a source of its own, so the error's
    /// `text` is that fragment's line and its columns count from there (the line
    /// number still counts in the file).
    pub fragment: Option<Box<FragmentLoc>>,
    /// Which stage of CPython raises it; that decides its `text` (see [`Origin`]).
    pub origin: Origin,
    /// CPython gives no end column (`end_offset` 0: its `RAISE_ERROR_KNOWN_LOCATION`
    /// with end -1, as for an unclosed bracket); the span still marks one character.
    pub no_end: bool,
}

/// The stage of CPython's front end that raises an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The parser: `text` is the source line with its newline.
    Parser,
    /// The tokenizer (a bad character or number, an unterminated string): `text` is
    /// the line without its newline and one column is marked (`end_offset` is
    /// `offset`). Inside an f-string field it gets no `f-string: ` prefix.
    Tokenizer,
    /// The symbol table or the code generator, after a successful parse: CPython
    /// reads `text` from the file named by the filename (`PyErr_ProgramTextObject`),
    /// so source that is no file (`-c`, `compile(s, '<string>', ...)`) has none.
    Compiler,
}

/// An error's place inside an f-string field's `(expr)` fragment.
#[derive(Clone, Debug, PartialEq)]
pub struct FragmentLoc {
    /// The fragment's line holding the error's start, with its newline.
    pub text: String,
    /// 0-based byte columns of the error's start and end, each in its own fragment line.
    pub col: usize,
    pub end_col: usize,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            span,
            incomplete: false,
            fragment: None,
            origin: Origin::Parser,
            no_end: false,
        }
    }

    pub fn syntax(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, span)
    }

    /// A SyntaxError CPython's tokenizer raises (see [`Origin::Tokenizer`]).
    pub fn from_tokenizer(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            origin: Origin::Tokenizer,
            ..SyntaxError::syntax(msg, span)
        }
    }

    /// CPython's format: `  File "x.py", line N`, the stripped source line, a caret
    /// line, and `SyntaxError: msg`.
    pub fn render_cpython(&self, src: &SourceFile) -> String {
        // Not syntax errors in CPython: printed as plain exceptions, without a location.
        match self.kind {
            SyntaxErrorKind::MemoryError => return "MemoryError\n".into(),
            SyntaxErrorKind::RecursionError => return format!("RecursionError: {}\n", self.msg),
            _ => {}
        }
        let line = src.line_of(self.span.start.min(src.text.len() as u32));
        let from_file;
        let text = if self.origin == Origin::Compiler {
            from_file = file_line(&src.name, line).unwrap_or_default();
            from_file.as_str()
        } else {
            src.line_text(line)
        };
        let mut out = format!("  File \"{}\", line {}\n", src.name, line);
        if let Some(f) = &self.fragment {
            out.push_str(&render_fragment(
                f,
                line == src.line_of(self.span.end) && self.origin != Origin::Tokenizer,
            ));
            out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
            return out;
        }
        let stripped = text.trim_start();
        if !stripped.is_empty() {
            // CPython 3.11 places a file's SyntaxError caret by UTF-8 byte columns (its
            // parser's offsets, not converted when the file has no coding cookie):
            // on a line with non-ASCII text the marks shift right by the extra
            // bytes, and so do we.
            let lead = text.len() - stripped.len();
            let line_start = src.line_start(line);
            let mut col = (self.span.start.saturating_sub(line_start)) as usize;
            if self.origin == Origin::Tokenizer {
                // The tokenizer's own errors count characters (it decodes the line
                // up to the error to find the column).
                col = text
                    .get(..col.min(text.len()))
                    .map_or(col, |h| col - (h.len() - h.chars().count()));
            }
            let start = col.saturating_sub(lead);
            let end_line = src.line_of(self.span.end);
            let width = if end_line == line
                && self.span.end > self.span.start
                && self.origin != Origin::Tokenizer
            {
                (self.span.end - self.span.start) as usize
            } else {
                1
            };
            let shown = stripped.trim_end();
            let width = width.min(shown.len().saturating_sub(start).max(1));
            out.push_str(&format!("    {}\n", shown));
            // CPython drops the caret when it would point into the stripped indentation
            // (e.g. "too many levels of indentation", reported at column 0).
            if col >= lead {
                out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
        out
    }

    /// A miette rendering: the message, and the source line with the span labelled.
    pub fn render_miette(&self, src: &SourceFile, color: bool) -> String {
        use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic};
        let len = (self.span.end.saturating_sub(self.span.start)) as usize;
        let start = (self.span.start as usize).min(src.text.len());
        let len = len.min(src.text.len() - start);
        let diag = MietteDiagnostic::new(format!("{}: {}", self.kind.name(), self.msg))
            .with_label(LabeledSpan::at(start..start + len, self.msg.clone()));
        let report = miette::Report::new(diag)
            .with_source_code(miette::NamedSource::new(&src.name, src.text.to_string()));
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let mut out = String::new();
        let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
        if handler.render_report(&mut out, report.as_ref()).is_err() {
            out = self.render_cpython(src);
        }
        out
    }
}

/// The source line and caret line of an error inside an f-string field's fragment,
/// placed as CPython prints a SyntaxError's `text`, `offset` and `end_offset`.
fn render_fragment(f: &FragmentLoc, same_line: bool) -> String {
    let text = f.text.trim_end_matches('\n');
    let stripped = text.trim_start();
    if stripped.is_empty() {
        return String::new();
    }
    let lead = text.len() - stripped.len();
    let shown = stripped.trim_end();
    let mut out = format!("    {}\n", shown);
    if f.col >= lead {
        let start = f.col - lead;
        let width = if same_line && f.end_col > f.col {
            f.end_col - f.col
        } else {
            1
        };
        let width = width.min(shown.len().saturating_sub(start).max(1));
        out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
    }
    out
}

/// Line `line` (1-based) of the file `name`, without its line end, if there is such a
/// file (CPython's `PyErr_ProgramTextObject`, which a compiler error's text comes from).
pub fn file_line(name: &str, line: u32) -> Option<String> {
    let bytes = std::fs::read(name).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let l = text
        .split_inclusive('\n')
        .nth(line.checked_sub(1)? as usize)?;
    Some(l.trim_end_matches(['\n', '\r']).to_string())
}
