//! Raising exceptions and printing tracebacks (CPython's Python/errors.c and the
//! `traceback` module's formatting, including chained exceptions and the
//! `[Previous line repeated N more times]` collapse).

use super::{PyErr, PyResult, Vm};
use crate::runtime::object::Obj;
use crate::runtime::types::class::{ExcState, InstanceObj};
use crate::value::{ObjRef, Value};

/// The builtin exception classes the runtime itself names most (raising a
/// `TypeError`, testing for `StopIteration`, ...), by field: `Vm::builtin_exc`
/// is inlined into its callers, which pass a literal, so a name known to this
/// table costs one load instead of hashing it into `exc_types` (raising and
/// catching an exception made five such look-ups).
pub(in crate::runtime) struct CommonExc {
    stop_iteration: ObjRef,
    attribute_error: ObjRef,
    type_error: ObjRef,
    value_error: ObjRef,
    key_error: ObjRef,
    index_error: ObjRef,
    os_error: ObjRef,
    syntax_error: ObjRef,
    generator_exit: ObjRef,
    stop_async_iteration: ObjRef,
    runtime_error: ObjRef,
    name_error: ObjRef,
    zero_division_error: ObjRef,
    overflow_error: ObjRef,
    lookup_error: ObjRef,
    assertion_error: ObjRef,
    recursion_error: ObjRef,
    unbound_local_error: ObjRef,
    module_not_found_error: ObjRef,
    import_error: ObjRef,
    system_exit: ObjRef,
    keyboard_interrupt: ObjRef,
    memory_error: ObjRef,
    not_implemented_error: ObjRef,
    unicode_decode_error: ObjRef,
    unicode_encode_error: ObjRef,
}

impl CommonExc {
    pub(in crate::runtime) fn from_table(
        table: &crate::runtime::heap::fxhash::FxHashMap<&'static str, ObjRef>,
    ) -> CommonExc {
        CommonExc {
            stop_iteration: table["StopIteration"],
            attribute_error: table["AttributeError"],
            type_error: table["TypeError"],
            value_error: table["ValueError"],
            key_error: table["KeyError"],
            index_error: table["IndexError"],
            os_error: table["OSError"],
            syntax_error: table["SyntaxError"],
            generator_exit: table["GeneratorExit"],
            stop_async_iteration: table["StopAsyncIteration"],
            runtime_error: table["RuntimeError"],
            name_error: table["NameError"],
            zero_division_error: table["ZeroDivisionError"],
            overflow_error: table["OverflowError"],
            lookup_error: table["LookupError"],
            assertion_error: table["AssertionError"],
            recursion_error: table["RecursionError"],
            unbound_local_error: table["UnboundLocalError"],
            module_not_found_error: table["ModuleNotFoundError"],
            import_error: table["ImportError"],
            system_exit: table["SystemExit"],
            keyboard_interrupt: table["KeyboardInterrupt"],
            memory_error: table["MemoryError"],
            not_implemented_error: table["NotImplementedError"],
            unicode_decode_error: table["UnicodeDecodeError"],
            unicode_encode_error: table["UnicodeEncodeError"],
        }
    }
}

impl Vm {
    /// The builtin exception class `name` (borrowed).
    #[inline(always)]
    pub(in crate::runtime) fn builtin_exc(&self, name: &str) -> ObjRef {
        let c = &self.common_exc;
        match name {
            "StopIteration" => c.stop_iteration,
            "AttributeError" => c.attribute_error,
            "TypeError" => c.type_error,
            "ValueError" => c.value_error,
            "KeyError" => c.key_error,
            "IndexError" => c.index_error,
            "OSError" => c.os_error,
            "SyntaxError" => c.syntax_error,
            "GeneratorExit" => c.generator_exit,
            "StopAsyncIteration" => c.stop_async_iteration,
            "RuntimeError" => c.runtime_error,
            "NameError" => c.name_error,
            "ZeroDivisionError" => c.zero_division_error,
            "OverflowError" => c.overflow_error,
            "LookupError" => c.lookup_error,
            "AssertionError" => c.assertion_error,
            "RecursionError" => c.recursion_error,
            "UnboundLocalError" => c.unbound_local_error,
            "ModuleNotFoundError" => c.module_not_found_error,
            "ImportError" => c.import_error,
            "SystemExit" => c.system_exit,
            "KeyboardInterrupt" => c.keyboard_interrupt,
            "MemoryError" => c.memory_error,
            "NotImplementedError" => c.not_implemented_error,
            "UnicodeDecodeError" => c.unicode_decode_error,
            "UnicodeEncodeError" => c.unicode_encode_error,
            _ => self.exc_types[name],
        }
    }
}

/// CPython's `max_group_width` and `max_group_depth` for printing exception groups.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// CPython's `struct exception_print_context`: how deep in exception groups the
/// report is (each level indents by two and draws a `| ` margin), whether a group's
/// box still needs its closing line, and whether causes and contexts are printed.
struct PrintCtx {
    depth: usize,
    need_close: bool,
    chain: bool,
}

impl PrintCtx {
    fn new(chain: bool) -> PrintCtx {
        PrintCtx {
            depth: 0,
            need_close: false,
            chain,
        }
    }

    /// `_Py_WriteIndentedMargin(EXC_INDENT(ctx), EXC_MARGIN(ctx))`.
    fn margin(&self) -> String {
        if self.depth == 0 {
            String::new()
        } else {
            format!("{}| ", " ".repeat(2 * self.depth))
        }
    }
}

/// Appends `text`, each of its lines behind `margin`.
fn push_with_margin(out: &mut String, text: &str, margin: &str) {
    if margin.is_empty() {
        out.push_str(text);
        return;
    }
    for line in text.split_inclusive('\n') {
        out.push_str(margin);
        out.push_str(line);
    }
}

impl Vm {
    /// Creates an exception instance of `cls` with `args` (owned, moved in).
    pub fn new_exception(&mut self, cls: ObjRef, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        self.new_exception_tuple(cls, args)
    }

    /// Creates an exception instance of `cls` whose `args` is the tuple `args`
    /// (owned, moved in).
    pub fn new_exception_tuple(&mut self, cls: ObjRef, args: Value) -> Value {
        self.incref(Value::Obj(cls));
        let mut inst = InstanceObj::new(cls);
        inst.set_exc(ExcState::new(args));
        let e = Value::Obj(self.heap.alloc(Obj::Instance(inst)));
        // The two classes whose `tp_init` fills a member from the args (a subclass
        // is made by calling it, which runs the init).
        if cls == self.common_exc.stop_iteration || cls == self.common_exc.system_exit {
            self.init_value_member(e);
        }
        e
    }

    /// A new exception of the builtin class `name` with one str argument.
    #[inline(always)]
    pub fn err(&mut self, name: &str, msg: impl Into<String>) -> PyErr {
        let cls = self.builtin_exc(name);
        let m = self.new_str(msg.into());
        PyErr(self.new_exception(cls, vec![m]))
    }

    /// Issues a warning of the builtin category `category` from native code, as
    /// CPython's `PyErr_WarnEx(category, msg, 1)`: through `warnings.warn` with
    /// stacklevel 1, which (called from here) names the running Python frame. Err
    /// when the filters turn the warning into an exception.
    pub fn warn(&mut self, category: &str, msg: impl Into<String>) -> PyResult<()> {
        let warnings = self.import_module("warnings")?;
        let warn = self.get_attr(warnings, "warn");
        self.decref(warnings);
        let warn = warn?;
        let m = self.new_str(msg.into());
        let cat = Value::Obj(self.exc_type(category));
        let r = self.call_value(warn, &[m, cat], &[]);
        self.decref(warn);
        self.decref(m);
        self.decref(r?);
        Ok(())
    }

    pub fn err_noargs(&mut self, name: &str) -> PyErr {
        let cls = self.builtin_exc(name);
        PyErr(self.new_exception(cls, vec![]))
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("TypeError", msg)
    }

    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("ValueError", msg)
    }

    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("IndexError", msg)
    }

    pub fn attr_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("AttributeError", msg)
    }

    pub fn zero_div(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("ZeroDivisionError", msg)
    }

    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("OverflowError", msg)
    }

    /// `KeyError(key)`: the key itself is the argument (so the message is its repr).
    pub fn key_error(&mut self, key: Value) -> PyErr {
        self.incref(key);
        let cls = self.common_exc.key_error;
        PyErr(self.new_exception(cls, vec![key]))
    }

    /// `StopIteration(value)`.
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let cls = self.common_exc.stop_iteration;
        if matches!(value, Value::None) {
            PyErr(self.new_exception(cls, vec![]))
        } else {
            PyErr(self.new_exception(cls, vec![value]))
        }
    }

    /// The builtin exception class `name` (borrowed).
    #[inline(always)]
    pub fn exc_type(&self, name: &str) -> ObjRef {
        self.builtin_exc(name)
    }

    /// True if the exception value is an instance of builtin exception `name`.
    #[inline(always)]
    pub fn exc_matches(&self, exc: Value, name: &str) -> bool {
        self.is_instance(exc, self.builtin_exc(name))
    }

    pub fn exc_state(&self, exc: Value) -> Option<&ExcState> {
        match exc {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => i.exc(),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn exc_state_mut(&mut self, exc: Value) -> Option<&mut ExcState> {
        match exc {
            Value::Obj(r) => match self.heap.get_mut(r) {
                Obj::Instance(i) => i.exc_mut(),
                _ => None,
            },
            _ => None,
        }
    }

    /// `exc.args` (borrowed).
    pub fn exc_args(&self, exc: Value) -> Value {
        self.exc_state(exc).map(|s| s.args).unwrap_or(Value::None)
    }

    /// `str(exc)` as CPython's `BaseException.__str__` (and KeyError's repr rule),
    /// honouring a user-defined `__str__`.
    pub fn exc_str(&mut self, exc: Value) -> String {
        match self.to_str(exc) {
            Ok(s) => s,
            Err(e) => {
                self.decref(e.0);
                "<exception str() failed>".into()
            }
        }
    }

    /// Display name of an exception's class for the traceback's last line.
    pub fn exc_display_name(&self, exc: Value) -> String {
        let cls = self.type_of(exc);
        match self.heap.get(cls) {
            Obj::Class(c) => {
                if c.is_heap {
                    // The class's `__module__` when it is a str other than
                    // `__main__` and `builtins`; `<unknown>` when it is missing
                    // or not a str (CPython's `print_exception`).
                    let module = match self.heap.get(c.dict) {
                        Obj::Dict(d) => d
                            .iter()
                            .find(|e| self.as_str(e.key) == Some("__module__"))
                            .map(|e| self.as_str(e.value)),
                        _ => None,
                    };
                    match module {
                        Some(Some("__main__" | "builtins")) => c.qualname.clone(),
                        Some(Some(m)) => format!("{}.{}", m, c.qualname),
                        _ => format!("<unknown>.{}", c.qualname),
                    }
                } else {
                    c.name.clone()
                }
            }
            _ => "Exception".into(),
        }
    }

    /// The `__module__` of a class, as a string.
    pub fn class_module(&self, cls: ObjRef) -> String {
        if let Obj::Class(c) = self.heap.get(cls) {
            if let Obj::Dict(d) = self.heap.get(c.dict) {
                for e in d.iter() {
                    if self.as_str(e.key) == Some("__module__") {
                        return self.as_str(e.value).unwrap_or("").to_string();
                    }
                }
            }
        }
        String::new()
    }

    /// The last line of a traceback: `ValueError: message` or `ValueError`.
    pub fn exc_last_line(&mut self, exc: Value) -> String {
        if let Some(report) = self.syntax_error_report(exc) {
            return report;
        }
        let name = self.exc_display_name(exc);
        let mut msg = self.exc_str(exc);
        let hint = if self.exc_matches(exc, "AttributeError") {
            self.attr_suggestion(exc)
        } else if self.exc_matches(exc, "NameError") {
            self.name_suggestion(exc)
        } else {
            None
        };
        if let Some(hint) = hint {
            msg.push_str(&format!(". Did you mean: '{}'?", hint));
        }
        if msg.is_empty() {
            name
        } else {
            format!("{}: {}", name, msg)
        }
    }

    /// The full CPython-style report of an exception, with its chain.
    pub fn format_exception(&mut self, exc: Value) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        let mut ctx = PrintCtx::new(true);
        self.format_chain(exc, &mut out, &mut seen, &mut ctx);
        out
    }

    /// One exception's traceback and last line, without its cause/context chain (the
    /// form of CPython's default `sys.unraisablehook`).
    pub fn format_exception_unchained(&mut self, exc: Value) -> String {
        let mut out = String::new();
        let mut ctx = PrintCtx::new(false);
        self.format_chain(exc, &mut out, &mut Vec::new(), &mut ctx);
        out
    }

    /// CPython's `print_exception_recursive`: the cause or context first (each
    /// exception once), then the exception, or the box of an exception group.
    fn format_chain(
        &mut self,
        exc: Value,
        out: &mut String,
        seen: &mut Vec<ObjRef>,
        ctx: &mut PrintCtx,
    ) {
        if let Value::Obj(r) = exc {
            if !seen.contains(&r) {
                seen.push(r);
            }
        }
        let (cause, context, suppress) = match self.exc_state(exc) {
            Some(s) if ctx.chain => (s.cause, s.context, s.suppress_context),
            _ => (Value::None, Value::None, false),
        };
        let seen_before =
            |seen: &Vec<ObjRef>, v: Value| matches!(v, Value::Obj(r) if seen.contains(&r));
        if !matches!(cause, Value::None) {
            if !seen_before(seen, cause) {
                self.format_chained(
                    cause,
                    out,
                    seen,
                    ctx,
                    "The above exception was the direct cause of the following exception:\n",
                );
            }
        } else if !matches!(context, Value::None) && !suppress && !seen_before(seen, context) {
            self.format_chained(
                context,
                out,
                seen,
                ctx,
                "During handling of the above exception, another exception occurred:\n",
            );
        }
        self.format_group(exc, out, seen, ctx);
    }

    /// CPython's `print_chained`: the chained exception, then the message between
    /// margins.
    fn format_chained(
        &mut self,
        exc: Value,
        out: &mut String,
        seen: &mut Vec<ObjRef>,
        ctx: &mut PrintCtx,
        message: &str,
    ) {
        let need_close = ctx.need_close;
        self.format_chain(exc, out, seen, ctx);
        ctx.need_close = need_close;
        let m = ctx.margin();
        out.push_str(&format!("{m}\n{m}{message}{m}\n"));
    }

    /// CPython 3.11's `print_exception_group`: an exception group's traceback and
    /// message under a `+` header, then each member in a numbered box (at most 15,
    /// nested at most 10 deep).
    fn format_group(
        &mut self,
        exc: Value,
        out: &mut String,
        seen: &mut Vec<ObjRef>,
        ctx: &mut PrintCtx,
    ) {
        if !self.is_exception_group(exc) {
            self.format_one(exc, out, ctx);
            return;
        }
        if ctx.depth > MAX_GROUP_DEPTH {
            out.push_str(&ctx.margin());
            out.push_str(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        if ctx.depth == 0 {
            ctx.depth += 1;
        }
        self.format_one(exc, out, ctx);
        let excs = self.group_exceptions(exc);
        for &x in &excs {
            self.incref(x);
        }
        let num = excs.len();
        let n = if num <= MAX_GROUP_WIDTH {
            num
        } else {
            MAX_GROUP_WIDTH + 1
        };
        ctx.need_close = false;
        for (i, &e) in excs.iter().enumerate().take(n) {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let first = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            out.push_str(&" ".repeat(2 * ctx.depth));
            if truncated {
                out.push_str(&format!("{first}+---------------- ... ----------------\n"));
            } else {
                out.push_str(&format!(
                    "{first}+---------------- {} ----------------\n",
                    i + 1
                ));
            }
            ctx.depth += 1;
            if truncated {
                let more = num - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                out.push_str(&ctx.margin());
                out.push_str(&format!("and {more} more exception{s}\n"));
            } else {
                self.format_chain(e, out, seen, ctx);
            }
            if last && ctx.need_close {
                out.push_str(&" ".repeat(2 * ctx.depth));
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        for x in excs {
            self.decref(x);
        }
        if ctx.depth == 1 {
            ctx.depth -= 1;
        }
    }

    /// CPython's `print_exception`: one exception's traceback, last line and notes,
    /// each line behind the group margin.
    fn format_one(&mut self, exc: Value, out: &mut String, ctx: &PrintCtx) {
        let margin = ctx.margin();
        let tb = self.exc_state(exc).map_or(Value::None, |s| s.traceback);
        let body = self.format_traceback_entries(tb);
        if !body.is_empty() {
            let is_group = self.is_exception_group(exc);
            let header_margin = if is_group && ctx.depth == 1 {
                format!("{}+ ", " ".repeat(2 * ctx.depth))
            } else {
                margin.clone()
            };
            out.push_str(&header_margin);
            out.push_str(if is_group {
                "Exception Group Traceback (most recent call last):\n"
            } else {
                "Traceback (most recent call last):\n"
            });
            push_with_margin(out, &body, &margin);
        }
        let syntax = self.syntax_error_report(exc).is_some();
        let last = self.exc_last_line(exc);
        if syntax {
            // Its file-and-line lines are written one by one, each behind the margin.
            push_with_margin(out, &format!("{last}\n"), &margin);
        } else {
            out.push_str(&margin);
            out.push_str(&last);
            out.push('\n');
        }
        let mut notes = String::new();
        self.push_notes(exc, &mut notes);
        push_with_margin(out, &notes, &margin);
    }

    /// The entries of traceback `tb` as CPython's `PyTraceBack_Print` writes them
    /// after its heading: `File` lines, source lines and carets, runs of one line
    /// folded; "" when there are none to show.
    pub fn format_traceback_entries(&mut self, tb: Value) -> String {
        let mut tb = self.traceback_entries(tb);
        // `sys.tracebacklimit` (CPython's PyTraceBack_Print): the innermost `limit`
        // entries; none at all, not even the heading, when it is 0 or less.
        if let Some(limit) = self.sys_tracebacklimit() {
            if limit <= 0 {
                tb.clear();
            } else if (limit as usize) < tb.len() {
                tb.drain(..tb.len() - limit as usize);
            }
        }
        // `-X no_debug_ranges`: code carries no columns, so nothing is marked.
        let no_ranges = self.no_debug_ranges();
        let mut body = String::new();
        let mut last: Option<(String, u32, String)> = None;
        let mut repeat = 0usize;
        for (code, ip, line) in tb.iter() {
            let (code, ip, line) = (&**code, *ip, *line);
            let key = (code.filename.to_string(), line, code.name.clone());
            if last.as_ref() == Some(&key) {
                repeat += 1;
                if repeat >= 3 {
                    continue;
                }
            } else {
                if repeat >= 3 {
                    Self::push_repeat(&mut body, repeat - 2);
                }
                repeat = 0;
                last = Some(key);
            }
            body.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                code.filename, line, code.name
            ));
            // As CPython's linecache: source lines come from files; code from
            // `-c`, stdin, the REPL or `exec` (`<string>`, `<stdin>`) shows none.
            let pseudo = code.filename.starts_with('<') && code.filename.ends_with('>');
            if let Some(src) = self.sources.get(&*code.filename).filter(|_| !pseudo) {
                let raw = src.line_text(line);
                let text = raw.trim();
                if !text.is_empty() {
                    body.push_str(&format!("    {}\n", text));
                    let marks = if no_ranges {
                        None
                    } else {
                        Self::markers(src, raw, line, code, ip)
                    };
                    if let Some(marks) = marks {
                        body.push_str(&marks);
                        body.push('\n');
                    }
                }
            }
        }
        if repeat >= 3 {
            Self::push_repeat(&mut body, repeat - 2);
        }
        body
    }

    /// Whether `-X no_debug_ranges` was given, or `PYTHONNODEBUGRANGES` is set
    /// to a non-empty value without `-E` (CPython then compiles code without
    /// column positions: `co_positions()` has no columns and tracebacks no carets).
    pub fn no_debug_ranges(&self) -> bool {
        self.xoptions.iter().any(|o| o == "no_debug_ranges")
            || (!self.ignore_environment
                && std::env::var_os("PYTHONNODEBUGRANGES").is_some_and(|v| !v.is_empty()))
    }

    /// The exception's `__notes__` after its last line (CPython 3.11's
    /// `print_exception_notes`): each str note as it is, other notes as their str.
    fn push_notes(&mut self, exc: Value, out: &mut String) {
        let key = self.intern("__notes__");
        let notes = match self.get_attr(exc, key) {
            Ok(n) => n,
            Err(e) => {
                self.decref(e.0);
                return;
            }
        };
        match self.seq_items(notes) {
            Some(items) if self.is_list_or_tuple(notes) => {
                // Held while their str runs (it may change the list).
                for &n in &items {
                    self.incref(n);
                }
                for &n in &items {
                    let s = match self.as_str(n) {
                        Some(s) => s.to_string(),
                        None => match self.to_str(n) {
                            Ok(s) => s,
                            Err(e) => {
                                self.decref(e.0);
                                "<note str() failed>".into()
                            }
                        },
                    };
                    out.push_str(&s);
                    out.push('\n');
                }
                for n in items {
                    self.decref(n);
                }
            }
            _ => {
                // CPython 3.11 writes no newline after it.
                let s = match self.repr(notes) {
                    Ok(s) => s,
                    Err(e) => {
                        self.decref(e.0);
                        "<__notes__ repr() failed>".into()
                    }
                };
                out.push_str(&s);
            }
        }
        self.decref(notes);
    }

    fn is_list_or_tuple(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::List(_) | Obj::Tuple(_)))
    }

    /// `sys.tracebacklimit` when `sys` is loaded and it is set to an int.
    fn sys_tracebacklimit(&mut self) -> Option<i64> {
        let key = self.intern("sys");
        let Value::Obj(m) = self.dict_get_str(self.modules, key)? else {
            return None;
        };
        let Obj::Module(m) = self.heap.get(m) else {
            return None;
        };
        let d = m.dict;
        let key = self.intern("tracebacklimit");
        let v = self.dict_get_str(d, key)?;
        match self.scalar(v) {
            crate::value::Scalar::Int(i) => Some(i),
            crate::value::Scalar::Bool(b) => Some(b as i64),
            // A big int: beyond any traceback's length either way.
            crate::value::Scalar::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => Some(if b.sign() == num_bigint::Sign::Minus {
                    0
                } else {
                    i64::MAX
                }),
                _ => None,
            },
            _ => None,
        }
    }

    /// The `^^^^` line under the source line `raw` (line `line`) of a traceback entry
    /// at instruction `ip` of `code`.
    fn markers(
        src: &crate::source::SourceFile,
        raw: &str,
        line: u32,
        code: &crate::bytecode::CodeObject,
        ip: u32,
    ) -> Option<String> {
        let (start, end) = code.spans.get(ip as usize)?;
        if start == u32::MAX || src.line_of(start) != line {
            return None;
        }
        let line_start = src.line_start(line);
        let end = (src.line_of(end) == line).then(|| (end - line_start) as usize);
        let style = super::carets::Anchoring::Interpreter;
        super::carets::caret_line(raw, (start - line_start) as usize, end, style)
    }

    fn push_repeat(out: &mut String, n: usize) {
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }

    /// The cause of `raise ... from cause` (not None): a class is called with no
    /// arguments, an exception instance is kept, anything else is CPython's
    /// do_raise TypeError for causes. Owned result; `cause` stays borrowed.
    pub fn normalize_cause(&mut self, cause: Value) -> PyResult<Value> {
        if let Value::Obj(r) = cause {
            if let Obj::Class(_) = self.heap.get(r) {
                if self.is_subclass(r, self.types.base_exception) {
                    return self.call_value(cause, &[], &[]);
                }
            } else if self.is_instance(cause, self.types.base_exception) {
                self.incref(cause);
                return Ok(cause);
            }
        }
        Err(self.type_error("exception causes must derive from BaseException"))
    }

    /// `cls()` for `raise cls` when calling the class is `BaseException`'s
    /// construction alone (no `__new__`, `__init__` or metaclass of its own, no members
    /// beyond `args`): the instance as the call would make it (`call_plain_exc_class`
    /// for a class defined in Python whose constructor cache says so, `exception_new`
    /// for a builtin class), without the general call's window and dispatch.
    /// None (nothing done) for any other class. The owned instance, or the
    /// RecursionError the call itself would raise at the native depth limit.
    fn new_plain_exception(&mut self, r: ObjRef) -> Option<PyResult<Value>> {
        use crate::runtime::types::class::{BuiltinType, CLASS_EXC_PLAIN};
        // (While tracemalloc traces, allocations take the general path, which
        // attributes them to their site.)
        if self.heap.trace.is_some() {
            return None;
        }
        let Obj::Class(c) = self.heap.get(r) else {
            return None;
        };
        let hint = if c.kind == BuiltinType::User || c.kind == BuiltinType::Exception && c.is_heap {
            // `call_at`'s class arm: the constructor cache decides.
            if c.ctor_epoch != self.class_epoch || c.ctor_init.is_some() || !c.ctor_exc {
                return None;
            }
            Some(c.attrs_hint as usize)
        } else if c.kind == BuiltinType::Exception && c.native_new.is_none() {
            // `call_builtin_class_unpacked` -> `exception_new`'s first case.
            if self.class_facts(r) & CLASS_EXC_PLAIN == 0 {
                return None;
            }
            None
        } else {
            return None;
        };
        if self.sp + 2 >= self.stack.len() {
            return Some(Err(self.stack_exhausted()));
        }
        if let Err(e) = self.check_native_reentry(" while calling a Python object") {
            return Some(Err(e));
        }
        let t = self.exc_args_tuple(&[]);
        Some(Ok(match hint {
            Some(hint) => {
                self.heap.incref_obj(r);
                let mut inst = InstanceObj::with_attrs_capacity(r, hint);
                inst.set_exc(ExcState::new(t));
                self.heap.new_value(Obj::Instance(inst))
            }
            None => self.new_exception_tuple(r, t),
        }))
    }

    /// Makes `exc` the value of a `raise`: a class is instantiated; anything that is
    /// not an exception is a TypeError.
    pub fn normalize_raise(&mut self, exc: Value) -> PyResult<Value> {
        if let Value::Obj(r) = exc {
            if let Obj::Class(_) = self.heap.get(r) {
                if let Some(v) = self.new_plain_exception(r) {
                    return v;
                }
                if self.is_subclass(r, self.types.base_exception) {
                    let v = self.call_value(exc, &[], &[])?;
                    // A __new__ may return anything (CPython's _PyErr_CreateException
                    // check in do_raise).
                    if !self.is_instance(v, self.types.base_exception) {
                        // do_raise names both as reprs (`not <class 'int'>`).
                        let t = Value::Obj(self.type_of(v));
                        let (cr, tr) = (self.repr(exc)?, self.repr(t)?);
                        self.decref(v);
                        return Err(self.type_error(format!(
                            "calling {cr} should have returned an instance of BaseException, not {tr}"
                        )));
                    }
                    return Ok(v);
                }
            } else if self.is_instance(exc, self.types.base_exception) {
                self.incref(exc);
                return Ok(exc);
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }
}
