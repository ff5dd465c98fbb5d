//! `SyntaxError`'s members and display (CPython's `SyntaxError_init`,
//! `SyntaxError_str` in Objects/exceptions.c and the SyntaxError branch of
//! `print_exception` in Python/pythonrun.c): `msg`, `filename`, `lineno`, `offset`,
//! `text`, `end_lineno`, `end_offset` taken from `SyntaxError(msg, (filename, lineno,
//! offset, text, end_lineno, end_offset))`; `str()` is `msg (file.py, line N)`; an
//! uncaught one prints its file, line, source text and carets before its last line.
//! Also the compiler's errors turned into such exceptions (an imported file's syntax
//! error is raised at the `import`).

use crate::diagnostics::Origin;
use crate::runtime::builtins::add_methods;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::source::SourceFile;
use crate::value::Value;

/// The members, in field order (`ExcState::fields`; CPython's `PySyntaxErrorObject`
/// slots with their `T_OBJECT` member descriptors).
const FIELDS: [&str; 8] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];
const MSG: usize = 0;
const FILENAME: usize = 1;
const LINENO: usize = 2;
const OFFSET: usize = 3;
const TEXT: usize = 4;
const END_LINENO: usize = 5;
const END_OFFSET: usize = 6;

/// Registers `SyntaxError.__init__` and the member descriptors.
pub fn install(vm: &mut Vm) {
    let cls = vm.exc_type("SyntaxError");
    add_methods(vm, cls, &[("__init__", syntax_error_init)]);
    for (ix, f) in FIELDS.iter().enumerate() {
        super::fields::add_member(vm, cls, f, ix as u32);
    }
}

/// Stores `v` (borrowed) in member `ix` of `exc`.
fn set(vm: &mut Vm, exc: Value, ix: usize, v: Value) {
    vm.incref(v);
    let old = vm.set_exc_field(exc, ix, v);
    if !old.is_undef() {
        vm.decref(old);
    }
}

fn syntax_error_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let me = args[0];
    let rest = &args[1..];
    for &a in rest {
        vm.incref(a);
    }
    let t = vm.new_tuple(rest.to_vec());
    if let Some(s) = vm.exc_state_mut(me) {
        let old = std::mem::replace(&mut s.args, t);
        vm.decref(old);
    } else {
        vm.decref(t);
    }
    init_members(vm, me, rest)?;
    Ok(Value::None)
}

/// Sets a new SyntaxError's members from its constructor arguments `args`
/// (CPython's `SyntaxError_init`); other exceptions are left alone.
pub fn init_members(vm: &mut Vm, me: Value, args: &[Value]) -> PyResult<()> {
    if !vm.exc_matches(me, "SyntaxError") {
        return Ok(());
    }
    // CPython's `SyntaxError_init`: `msg` from a first argument, the location from
    // a second; members not given keep what they had (None for a new exception).
    if let Some(&msg) = args.first() {
        set(vm, me, MSG, msg);
    }
    if args.len() == 2 {
        // `PySequence_Tuple(info)` then `PyArg_ParseTuple(info, "OOOO|OO", ...)`.
        let items = vm.collect_iter(args[1])?;
        let n = items.len();
        let err = if n < 4 {
            Some(format!("function takes at least 4 arguments ({n} given)"))
        } else if n > 6 {
            Some(format!("function takes at most 6 arguments ({n} given)"))
        } else if n == 5 {
            Some("end_offset must be provided when end_lineno is provided".to_string())
        } else {
            None
        };
        if let Some(msg) = err {
            for v in items {
                vm.decref(v);
            }
            return Err(vm.type_error(msg));
        }
        for (i, &v) in items.iter().enumerate() {
            set(vm, me, FILENAME + i, v);
        }
        for v in items {
            vm.decref(v);
        }
    }
    Ok(())
}

impl Vm {
    /// Member `ix` of SyntaxError `exc` (owned), None while unset: the struct
    /// fields CPython's `SyntaxError_str` and `print_exception` read.
    fn exc_attr(&mut self, exc: Value, ix: usize) -> Value {
        let v = self.exc_field(exc, ix);
        self.incref(v);
        v
    }

    /// `str()` of a SyntaxError with a location: `msg (file.py, line N)`; None for
    /// other exceptions (and for SyntaxErrors without one).
    pub(crate) fn syntax_error_str(&mut self, exc: Value) -> PyResult<Option<String>> {
        if !self.exc_matches(exc, "SyntaxError") {
            return Ok(None);
        }
        let file = self.exc_attr(exc, FILENAME);
        let line = self.exc_attr(exc, LINENO);
        let fname = self
            .as_str(file)
            .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        let lineno = self.as_i64(line);
        self.decref(file);
        self.decref(line);
        if fname.is_none() && lineno.is_none() {
            return Ok(None);
        }
        let msg = self.exc_attr(exc, MSG);
        let m = self.to_str(msg);
        self.decref(msg);
        let m = m?;
        Ok(Some(match (fname, lineno) {
            (Some(f), Some(l)) => format!("{m} ({f}, line {l})"),
            (Some(f), None) => format!("{m} ({f})"),
            (None, Some(l)) => format!("{m} (line {l})"),
            (None, None) => m,
        }))
    }

    /// The report of an uncaught SyntaxError (CPython 3.11's
    /// `print_exception_file_and_line` over `parse_syntax_error`): `  File "f",
    /// line N` (`<string>` without a file name), the source line with its carets
    /// (`print_error_text`), then `Name: msg` (no final newline). None for other
    /// exceptions and for a SyntaxError whose `lineno` or `offset` is not an int
    /// (it is then reported as any exception is, by its str).
    pub(crate) fn syntax_error_report(&mut self, exc: Value) -> Option<String> {
        if !self.exc_matches(exc, "SyntaxError") {
            return None;
        }
        let exact = self.type_of(exc) == self.exc_type("SyntaxError");
        let vals: Vec<Value> = [FILENAME, LINENO, OFFSET, END_LINENO, END_OFFSET, TEXT, MSG]
            .iter()
            .map(|&ix| self.exc_attr(exc, ix))
            .collect();
        let report = self.syntax_report_of(&vals, exact);
        for v in vals {
            self.decref(v);
        }
        let (head, msg) = report?;
        let name = self.exc_display_name(exc);
        Some(if msg.is_empty() {
            format!("{head}{name}")
        } else {
            format!("{head}{name}: {msg}")
        })
    }

    /// The file-and-line block and the message's str of `syntax_error_report`, from
    /// the exception's (filename, lineno, offset, end_lineno, end_offset, text,
    /// msg).
    fn syntax_report_of(&mut self, vals: &[Value], exact: bool) -> Option<(String, String)> {
        let [file, lineno, offset, end_lineno, end_offset, text, msg] = vals[..] else {
            return None;
        };
        // An int field (None allowed where CPython allows it), or the whole report
        // is off.
        let int = |vm: &Self, v: Value, none: Option<i64>| match v {
            Value::None => none.map(Some),
            v => vm.as_i64(v).map(Some),
        };
        let lineno = int(self, lineno, None)??;
        let offset = int(self, offset, Some(-1))??;
        let (end_lineno, mut end_offset) = if exact {
            (
                int(self, end_lineno, Some(lineno))??,
                int(self, end_offset, Some(-1))??,
            )
        } else {
            (lineno, -1)
        };
        let fname = match file {
            Value::None => "<string>".to_string(),
            f => match self.as_str(f) {
                Some(s) => s.to_string(),
                None => self.to_str(f).ok()?,
            },
        };
        let msg = match self.as_str(msg) {
            Some(s) => s.to_string(),
            None => match self.to_str(msg) {
                Ok(s) => s,
                Err(e) => {
                    self.decref(e.0);
                    String::new()
                }
            },
        };
        let mut out = format!("  File \"{fname}\", line {lineno}\n");
        if let Some(text) = self.as_str(text) {
            let size = text.len() as i64;
            // A span over several lines is marked to the end of the first one,
            // and never beyond the text.
            if end_lineno > lineno {
                end_offset = size;
            }
            end_offset = end_offset.min(size + 1);
            out.push_str(&error_text(text, offset, end_offset));
        }
        Some((out, msg))
    }

    /// A SyntaxError with a message and no location (`SyntaxError(msg)`, so `msg`
    /// is set): what the source decoder raises before there are lines to point at.
    pub(crate) fn plain_syntax_error(&mut self, msg: String) -> PyErr {
        let m = self.new_str(msg);
        let cls = self.exc_type("SyntaxError");
        let r = self.call_value(Value::Obj(cls), &[m], &[]);
        self.decref(m);
        match r {
            Ok(v) => PyErr(v),
            Err(e) => e,
        }
    }

    /// The compiler's error `e` in `src` as a Python exception (SyntaxError,
    /// IndentationError, TabError with their members; MemoryError, RecursionError).
    pub fn syntax_error_from(
        &mut self,
        e: &crate::diagnostics::SyntaxError,
        src: &SourceFile,
    ) -> PyErr {
        self.syntax_error_in(e, src, false)
    }

    /// `syntax_error_from` with the columns counted as CPython counts them:
    /// `char_columns` when the source was a str (CPython's tokenizer then has an
    /// encoding and the parser converts its byte columns to characters); the
    /// tokenizer's own errors are in characters whatever the source.
    pub fn syntax_error_in(
        &mut self,
        e: &crate::diagnostics::SyntaxError,
        src: &SourceFile,
        char_columns: bool,
    ) -> PyErr {
        use crate::diagnostics::SyntaxErrorKind;
        match e.kind {
            SyntaxErrorKind::MemoryError => return self.err_noargs("MemoryError"),
            SyntaxErrorKind::RecursionError => return self.err("RecursionError", e.msg.clone()),
            _ => {}
        }
        let start = e.span.start.min(src.text.len() as u32);
        let end = e.span.end.min(src.text.len() as u32).max(start);
        let line = src.line_of(start);
        let end_line = src.line_of(end);
        let mut offset = (start - src.line_start(line)) as i64 + 1;
        let mut end_offset = (end - src.line_start(end_line)) as i64 + 1;
        let mut text = format!("{}\n", src.line_text(line));
        if let Some(f) = &e.fragment {
            // Raised inside an f-string field: CPython's text and columns are those
            // of the `(expr)` fragment it parsed on its own.
            offset = f.col as i64 + 1;
            end_offset = f.end_col as i64 + 1;
            text = f.text.clone();
        }
        // A span running onto later lines: CPython's parser has read past the
        // error's line by then, so the line is the file's when there is a file,
        // else the tokenizer buffer's, without its newline; the end column is
        // counted in (and clipped to) that first line.
        let multi = e.fragment.is_none() && e.origin == Origin::Parser && end_line > line;
        let on_disk = multi && {
            match crate::diagnostics::file_line(&src.name, line) {
                Some(t) => {
                    text = t + "\n";
                    true
                }
                None => {
                    text.pop();
                    false
                }
            }
        };
        if char_columns || on_disk || e.origin == Origin::Tokenizer {
            let end_text = match &e.fragment {
                Some(_) => text.clone(),
                None if multi => {
                    end_offset = end_offset.min(text.len() as i64 + 1);
                    text.clone()
                }
                None => src.line_text(end_line).to_string(),
            };
            offset = char_column(&text, offset);
            end_offset = char_column(&end_text, end_offset);
        }
        if e.no_end {
            end_offset = 0;
        }
        let mut text = Some(text);
        match e.origin {
            Origin::Parser => {}
            Origin::Tokenizer => {
                // CPython's tokenizer reports the line without its newline, one column.
                if let Some(t) = &mut text {
                    t.pop();
                }
                end_offset = offset;
            }
            // The line as the file on disk has it, if there is such a file.
            Origin::Compiler => {
                text = crate::diagnostics::file_line(&src.name, line).map(|t| t + "\n")
            }
        }
        let info = vec![
            self.new_str(src.name.to_string()),
            self.int(line as i64),
            self.int(offset),
            match text {
                Some(t) => self.new_str(t),
                None => Value::None,
            },
            self.int(end_line as i64),
            self.int(end_offset),
        ];
        let info = self.new_tuple(info);
        let msg = self.new_str(e.msg.clone());
        let cls = self.exc_type(e.kind.name());
        let r = self.call_value(Value::Obj(cls), &[msg, info], &[]);
        self.decref(msg);
        self.decref(info);
        match r {
            Ok(v) => PyErr(v),
            Err(err) => err,
        }
    }
}

/// A 1-based byte column of `line` as a 1-based character column (CPython's
/// `_PyPegen_byte_offset_to_character_offset`); a column past the line's end moves
/// by the line's multi-byte excess.
fn char_column(line: &str, col: i64) -> i64 {
    let byte = (col - 1).max(0) as usize;
    let within = byte.min(line.len());
    let head = line.get(..within).unwrap_or(line);
    let excess = head.len() - head.chars().count();
    col - excess as i64
}

/// CPython's `print_error_text`: the source line (from the line holding the
/// offset, leading blanks dropped, a newline ensured) and, unless the offset falls
/// left of the text, the carets under it: `end_offset - offset` of them (one
/// without a usable end), the offset clipped to the end of the line.
fn error_text(text: &str, offset: i64, end_offset: i64) -> String {
    let carets = if end_offset > 0 && end_offset > offset {
        (end_offset - offset) as usize
    } else {
        1
    };
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    let mut offset = offset - 1 - (text.len() - stripped.len()) as i64;
    let mut rest = stripped;
    let mut len = rest.len() as i64 - rest.ends_with('\n') as i64;
    offset = offset.min(len);
    // Lines before the one the offset falls in are skipped.
    while let Some(nl) = rest.find('\n') {
        let nl = nl as i64;
        if nl >= offset {
            break;
        }
        rest = &rest[nl as usize + 1..];
        len -= nl + 1;
        offset -= nl + 1;
    }
    let mut out = format!("    {rest}");
    if rest.as_bytes().get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset >= 0 {
        out.push_str("    ");
        out.push_str(&" ".repeat(offset as usize));
        out.push_str(&"^".repeat(carets));
        out.push('\n');
    }
    out
}
