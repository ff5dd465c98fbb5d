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
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            span,
            incomplete: false,
        }
    }

    pub fn syntax(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, span)
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
        let text = src.line_text(line);
        let mut out = format!("  File \"{}\", line {}\n", src.name, line);
        let stripped = text.trim_start();
        if !stripped.is_empty() {
            // CPython 3.11 places a SyntaxError's caret by UTF-8 byte columns (its
            // parser's offsets), not characters: on a line with non-ASCII text the
            // marks shift right by the extra bytes, and so do we.
            let lead = text.len() - stripped.len();
            let line_start = src.line_start(line);
            let col = (self.span.start.saturating_sub(line_start)) as usize;
            let start = col.saturating_sub(lead);
            let end_line = src.line_of(self.span.end);
            let width = if end_line == line && self.span.end > self.span.start {
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
