//! The bytecode compiler: AST → [`CodeObject`]s.
//!
//! Mirrors CPython's Python/compile.c. [`symtable`] first decides every name's scope,
//! then one `Unit` per code object (module, function, lambda, comprehension, class body)
//! is filled by walking the tree: statements in `stmt.rs`, exception/with blocks in
//! `exceptions.rs`, assignment targets in `assign.rs`, expressions in `expr.rs`,
//! `match` statements and their patterns in `pattern.rs`, nested code objects in
//! `func.rs`, and `stackdepth.rs` computes `max_stack`.

mod assign;
mod consts;
mod exceptions;
mod expr;
mod func;
pub mod nesting;
mod pattern;
mod stackdepth;
mod stmt;
pub mod symtable;
#[cfg(test)]
mod tests;

pub use stackdepth::{max_stack_depth, stack_effect};

use crate::ast::{self, Span, Stmt};
use crate::bytecode::code::ConstKey;
use crate::bytecode::{CodeFlags, CodeObject, Const, Op, TraceEvent};
use crate::diagnostics::SyntaxError;
use crate::source::SourceFile;
use std::collections::HashMap;
use std::rc::Rc;
use symtable::{NameScope, ScopeId, ScopeKind, SymbolTable};

thread_local! {
    /// The file whose code gets `Op::Trace` instructions (`mempy --trace`).
    static TRACE_FILE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// The SyntaxWarnings of the compilation running under `collecting_warnings`
    /// (None: print them to stderr as they come).
    static WARNINGS: std::cell::RefCell<Option<Vec<CompileWarning>>> =
        const { std::cell::RefCell::new(None) };
}

/// A compile-time warning: its class, message and where in the source it is (a
/// node's span: CPython warns at the location of the statement or expression
/// being compiled).
pub struct CompileWarning {
    /// The warning class's name (`SyntaxWarning`, `DeprecationWarning`).
    pub category: &'static str,
    pub msg: String,
    pub span: Span,
    /// Where it was raised (the `text` of a SyntaxError an "error" filter makes).
    pub origin: crate::diagnostics::Origin,
}

/// Runs `f` (a parse and compile) collecting the SyntaxWarnings it would print,
/// for the caller to issue through the `warnings` module (CPython's
/// `compiler_warn` calls `PyErr_WarnExplicitObject`, so `compile()` under
/// `catch_warnings` records them and an "error" filter makes them SyntaxErrors).
pub fn collecting_warnings<T>(f: impl FnOnce() -> T) -> (T, Vec<CompileWarning>) {
    let outer = WARNINGS.with(|w| w.borrow_mut().replace(Vec::new()));
    let r = f();
    let got = WARNINGS.with(|w| std::mem::replace(&mut *w.borrow_mut(), outer));
    (r, got.unwrap_or_default())
}

/// Makes code compiled from the file named `name` (a `SourceFile` name) report line,
/// call and return events to the `--trace` recorder; `None` turns that off. Other
/// files (the library's Python sources, `exec` strings) are compiled as usual.
pub fn set_trace_file(name: Option<&str>) {
    TRACE_FILE.with(|t| *t.borrow_mut() = name.map(str::to_string));
}

fn traced(source: &SourceFile) -> bool {
    is_traced(&source.name)
}

/// Whether code compiled from the file named `name` gets `Op::Trace` instructions.
pub fn is_traced(name: &str) -> bool {
    TRACE_FILE.with(|t| t.borrow().as_deref() == Some(name))
}

/// Refuses trees nested deeper than CPython's parser or compiler would accept, before
/// the recursive passes run (see `depth.rs`).
fn check_depth(module: &ast::Module) -> Result<(), SyntaxError> {
    use crate::diagnostics::SyntaxErrorKind;
    let span = Span::new(0, 0);
    match nesting::check(module) {
        Ok(()) => Ok(()),
        Err(nesting::TooDeep::Parser) => {
            Err(SyntaxError::new(SyntaxErrorKind::MemoryError, "", span))
        }
        Err(nesting::TooDeep::Compiler) => Err(SyntaxError::new(
            SyntaxErrorKind::RecursionError,
            "maximum recursion depth exceeded during compilation",
            span,
        )),
    }
}

/// A compile-time warning of `category` for a source: collected when a caller issues the
/// warnings itself (`collecting_warnings`), else printed.
fn warning_in(
    source: &SourceFile,
    category: &'static str,
    span: Span,
    msg: &str,
    origin: crate::diagnostics::Origin,
) {
    let collected = WARNINGS.with(|w| match w.borrow_mut().as_mut() {
        Some(v) => {
            v.push(CompileWarning {
                category,
                msg: msg.to_string(),
                span,
                origin,
            });
            true
        }
        None => false,
    });
    // Printed directly only when no caller issues them: a script's or module's own
    // compilation.
    if collected {
        return;
    }
    print_warning(source, category, span, msg);
}

/// Prints a compile-time warning to stderr as CPython's default filters show it:
/// SyntaxWarnings with their line, DeprecationWarnings not at all (their module is
/// the file's, never `__main__`).
pub fn print_warning(source: &SourceFile, category: &str, span: Span, msg: &str) {
    if category != "SyntaxWarning" {
        return;
    }
    let line = source.line_of(span.start);
    let text = source.line_text(line).trim();
    let mut out = format!("{}:{}: SyntaxWarning: {}\n", source.name, line, msg);
    // The line comes from the file (linecache): none for `<string>` sources.
    if !text.is_empty() && !source.name.starts_with('<') {
        out.push_str(&format!("  {}\n", text));
    }
    crate::eprint_safe!("{}", out);
}

/// Where a tokenizer warning comes from, as a SyntaxError made of it says.
fn parse_origin(w: &ast::ParseWarning) -> crate::diagnostics::Origin {
    if w.tokenizer {
        crate::diagnostics::Origin::Tokenizer
    } else {
        crate::diagnostics::Origin::Parser
    }
}

/// Issues the tokenizer warnings of a parse that failed (CPython raises them
/// while tokenizing, before the parser gives up), as `compile_module` would.
pub fn issue_parse_warnings(source: &SourceFile) {
    for w in crate::lexer::token::take_tokenizer_warnings() {
        warning_in(source, w.category, w.span, &w.msg, parse_origin(&w));
    }
}

/// The interpreter's optimization level (`-O`: 1, `-OO`: 2; CPython's
/// `Py_OptimizeFlag`), for every compilation that does not choose its own.
static DEFAULT_OPTIMIZE: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

thread_local! {
    /// The level one `compile(..., optimize=N)` asked for, while it compiles.
    static OPTIMIZE_OVERRIDE: std::cell::Cell<Option<u8>> = const { std::cell::Cell::new(None) };
}

/// Sets the interpreter's optimization level (the command line's `-O` count).
pub fn set_default_optimize(level: u8) {
    DEFAULT_OPTIMIZE.store(level, std::sync::atomic::Ordering::Relaxed);
}

/// The interpreter's optimization level (`sys.flags.optimize`).
pub fn default_optimize() -> u8 {
    DEFAULT_OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed)
}

/// The level the compiler applies now: at 1 and above `assert` statements are left
/// out and `__debug__` is False; at 2 docstrings are dropped too.
pub fn optimize_level() -> u8 {
    OPTIMIZE_OVERRIDE
        .with(|o| o.get())
        .unwrap_or_else(default_optimize)
}

/// Runs `f` (a compilation) at optimization level `level` (`compile(optimize=N)`).
pub fn with_optimize<T>(level: u8, f: impl FnOnce() -> T) -> T {
    let old = OPTIMIZE_OVERRIDE.with(|o| o.replace(Some(level)));
    let r = f();
    OPTIMIZE_OVERRIDE.with(|o| o.set(old));
    r
}

/// Compiles source text into a module code object (CPython's `Py_CompileString`):
/// parse, then compile. `interactive` as for [`compile_module`].
pub fn compile_source(
    src: &SourceFile,
    interactive: bool,
) -> Result<std::rc::Rc<crate::bytecode::CodeObject>, SyntaxError> {
    let module = match crate::parser::parse(&src.text, crate::parser::Mode::Module) {
        Ok(m) => m,
        Err(e) => {
            issue_parse_warnings(src);
            return Err(e);
        }
    };
    let code = compile_module(&module, src, interactive);
    crate::parser::drop_module(module);
    code
}

/// The feature names `from __future__ import` accepts (CPython's `__future__`).
const FUTURE_FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The module's leading `from __future__ import ...` statements (after an optional
/// docstring): their start offsets, and whether they include `annotations`.
fn future_imports(body: &[ast::Stmt]) -> (Vec<u32>, bool) {
    let mut rest = body;
    if let Some(ast::StmtKind::Expr(e)) = rest.first().map(|s| &s.kind) {
        if matches!(e.kind, ast::ExprKind::Constant(ast::Constant::Str(_))) {
            rest = &rest[1..];
        }
    }
    let mut starts = Vec::new();
    let mut annotations = false;
    for s in rest {
        match &s.kind {
            ast::StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => {
                starts.push(s.span.start);
                annotations |= names.iter().any(|a| a.name == "annotations");
            }
            _ => break,
        }
    }
    (starts, annotations)
}

/// Whether a module or class body holds an annotated assignment, also inside its
/// compound statements but not in nested functions or classes (CPython's `find_ann`):
/// such a body sets up `__annotations__` first.
fn has_annotations(body: &[ast::Stmt]) -> bool {
    use ast::StmtKind::*;
    body.iter().any(|st| match &st.kind {
        AnnAssign { .. } => true,
        For { body, orelse, .. } | While { body, orelse, .. } | If { body, orelse, .. } => {
            has_annotations(body) || has_annotations(orelse)
        }
        With { body, .. } => has_annotations(body),
        Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

/// Compiles a parsed module. `interactive` (the REPL) makes top-level expression
/// statements echo their value with `PrintExpr` instead of discarding it.
pub fn compile_module(
    module: &ast::Module,
    source: &SourceFile,
    interactive: bool,
) -> Result<Rc<CodeObject>, SyntaxError> {
    compile_module_unmarked(module, source, interactive).map_err(from_compiler)
}

/// Marks an error as raised after parsing, by the symbol table or the code
/// generator (its `text` then comes from the file, as CPython's does).
fn from_compiler(mut e: SyntaxError) -> SyntaxError {
    e.origin = crate::diagnostics::Origin::Compiler;
    e
}

fn compile_module_unmarked(
    module: &ast::Module,
    source: &SourceFile,
    interactive: bool,
) -> Result<Rc<CodeObject>, SyntaxError> {
    for w in &module.warnings {
        warning_in(source, w.category, w.span, &w.msg, parse_origin(w));
    }
    check_depth(module)?;
    let table = SymbolTable::build(module)?;
    let mut c = Compiler {
        source,
        table,
        units: Vec::new(),
        interactive,
        trace: traced(source),
        future_annotations: false,
        future_starts: Vec::new(),
    };
    (c.future_starts, c.future_annotations) = future_imports(&module.body);
    c.push_unit(0, "<module>".into(), 1);
    c.unit().flags.uses_namespace = true;
    let body = c.docstring_split(&module.body, true)?;
    // A module that annotates anything gets `__annotations__` (SETUP_ANNOTATIONS).
    if has_annotations(body) {
        c.emit(Op::SetupAnnotations);
        c.unit().class_annotations = true;
    }
    for s in body {
        c.stmt(s)?;
    }
    c.emit_implicit_return();
    Ok(Rc::new(c.finish_unit()))
}

/// Compiles a module made of one expression statement (parsed with
/// `Mode::Expression`) into code that returns the expression's value (CPython's
/// `eval` mode); used by the REPL's `%refs`/`%size` commands.
pub fn compile_expression(
    module: &ast::Module,
    source: &SourceFile,
) -> Result<Rc<CodeObject>, SyntaxError> {
    compile_expression_unmarked(module, source).map_err(from_compiler)
}

fn compile_expression_unmarked(
    module: &ast::Module,
    source: &SourceFile,
) -> Result<Rc<CodeObject>, SyntaxError> {
    for w in &module.warnings {
        warning_in(source, w.category, w.span, &w.msg, parse_origin(w));
    }
    check_depth(module)?;
    let table = SymbolTable::build(module)?;
    let mut c = Compiler {
        source,
        table,
        units: Vec::new(),
        interactive: false,
        trace: false,
        future_annotations: false,
        future_starts: Vec::new(),
    };
    c.push_unit(0, "<module>".into(), 1);
    c.unit().flags.uses_namespace = true;
    match module.body.as_slice() {
        [ast::Stmt {
            kind: ast::StmtKind::Expr(e),
            ..
        }] => c.expr(e)?,
        _ => c.emit_const(Const::None),
    }
    c.emit(Op::ReturnValue);
    Ok(Rc::new(c.finish_unit()))
}

/// An active construct that `break`/`continue`/`return` must unwind through.
#[derive(Clone, Copy)]
enum Block<'a> {
    /// A loop; `id` indexes `Unit::breaks`. A `for` loop keeps its iterator on the stack.
    Loop { start: u32, id: usize, is_for: bool },
    /// A try body under `SetupExcept` (try/except): leaving it is a `PopBlock`.
    Try,
    /// A try body whose finally body must run on the way out.
    Finally(&'a [Stmt]),
    /// Running a finally body after an exception: `[exc]` is on the stack, and a
    /// `SetupExcept` guards the body.
    FinallyCleanup,
    /// Running an except-clause body: `[exc]` on the stack, a `SetupExcept` guards the
    /// body, and `name` (`except E as name`) must be unbound on exit.
    Handler(Option<&'a str>),
    /// Running an `except*` clause body (CPython's EXCEPTION_GROUP_HANDLER fblock):
    /// `break`, `continue` and `return` may not leave it.
    StarHandler,
    /// A with body: `[exit]` on the stack, a `SetupExcept` guards the body.
    With,
    /// An `async with` body: as `With`, but leaving it awaits `__aexit__`'s result.
    AsyncWith,
    /// A finally body inlined by `return`: the pending return value is on the stack
    /// below it (CPython's `POP_VALUE` fblock). A `break`/`continue` out of the body
    /// discards the value; a `return` replaces it.
    PopValue,
}

/// The source location instructions are attributed to: a line (for tracebacks and
/// line events) and a byte span of the file (for 3.11's `^^^^` markers).
#[derive(Clone, Copy)]
struct Loc {
    line: u32,
    span: (u32, u32),
}

/// The span of instructions no source expression stands for.
const NO_SPAN: (u32, u32) = (u32::MAX, u32::MAX);

/// One code object under construction.
struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    code: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<Const>,
    /// Where each mergeable constant is in `consts` (CPython's `merge_consts`).
    const_index: HashMap<ConstKey, u32>,
    /// Per constant: whether the parser or the AST optimiser made it (see
    /// `CodeObject::parser_made`).
    parser_made: Vec<bool>,
    names: Vec<Rc<str>>,
    name_index: HashMap<String, u32>,
    varnames: Vec<Rc<str>>,
    var_index: HashMap<String, u32>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    flags: CodeFlags,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    first_line: u32,
    docstring: Option<Rc<str>>,
    /// Where the instructions emitted now come from (CPython's `SET_LOC`): set to each
    /// statement and expression while it is compiled, restored after it.
    loc: Loc,
    /// The source span of each instruction (same length as `code`).
    spans: Vec<(u32, u32)>,
    blocks: Vec<Block<'a>>,
    /// Pending `break` jumps, one list per loop.
    breaks: Vec<Vec<usize>>,
    /// A class body with annotated names: `__annotations__` was created at its start
    /// and each top-level `name: ann` stores into it.
    class_annotations: bool,
    /// Indices of instructions without a line of their own (`CodeObject::no_line`).
    no_line: Vec<u32>,
    /// A `pass` whose line no instruction carries yet: a `Nop` goes in for it unless
    /// the next instruction is on the same line (CPython keeps a NOP only where a
    /// line would otherwise have no instruction).
    pending_nop: Option<Loc>,
}

struct Compiler<'a> {
    source: &'a SourceFile,
    table: SymbolTable,
    units: Vec<Unit<'a>>,
    interactive: bool,
    /// Emit `Op::Trace` instructions (call at entry, line per statement, return).
    trace: bool,
    /// `from __future__ import annotations` (PEP 563): annotations are stored as their
    /// source text instead of being evaluated.
    future_annotations: bool,
    /// Start offsets of the statements where a `from __future__` import is allowed.
    future_starts: Vec<u32>,
}

/// What a name operation does.
#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    /// CPython's `check_subscripter`: subscripting a literal that can never support it
    /// is compiled, with a SyntaxWarning (`perhaps you missed a comma?`).
    fn check_subscripter(&self, value: &ast::Expr) {
        use ast::{Constant, ExprKind};
        let warns = match &value.kind {
            ExprKind::Constant(c) => !matches!(
                c,
                Constant::Str(_) | Constant::SurrStr(_) | Constant::Bytes(_)
            ),
            ExprKind::Set(_)
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. } => true,
            _ => false,
        };
        if let (true, Some(tn)) = (warns, infer_type(value)) {
            self.syntax_warning(
                value,
                &format!("'{tn}' object is not subscriptable; perhaps you missed a comma?"),
            );
        }
    }

    /// CPython's `check_index`: a str, bytes, tuple or list display subscripted by
    /// a literal that is no int or slice (`[(1, 2) [i, j]]`) warns.
    fn check_index(&self, value: &ast::Expr, slice: &ast::Expr) {
        use ast::{Constant, ExprKind};
        let Some(index_type) = infer_type(slice) else {
            return;
        };
        if matches!(index_type, "int" | "bool") || matches!(slice.kind, ExprKind::Slice { .. }) {
            return;
        }
        let warns = match &value.kind {
            ExprKind::Constant(c) => {
                matches!(
                    c,
                    Constant::Str(_) | Constant::SurrStr(_) | Constant::Bytes(_)
                )
            }
            ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr(_)
            | ExprKind::FormattedValue { .. } => true,
            _ => false,
        };
        if let (true, Some(tn)) = (warns, infer_type(value)) {
            self.syntax_warning(
                value,
                &format!(
                    "{tn} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
                ),
            );
        }
    }

    /// CPython's `check_caller`: calling a literal or display (`[(1, 2) (3, 4)]`)
    /// warns.
    fn check_caller(&self, func: &ast::Expr) {
        use ast::ExprKind;
        let warns = matches!(
            func.kind,
            ExprKind::Constant(_)
                | ExprKind::Tuple(_)
                | ExprKind::List(_)
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set(_)
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr(_)
                | ExprKind::FormattedValue { .. }
        );
        if let (true, Some(tn)) = (warns, infer_type(func)) {
            self.syntax_warning(
                func,
                &format!("'{tn}' object is not callable; perhaps you missed a comma?"),
            );
        }
    }

    /// Prints a compile-time SyntaxWarning as CPython's warnings module shows it:
    /// `file:line: SyntaxWarning: msg` and the source line (none for `<string>` sources).
    fn syntax_warning(&self, at: &ast::Expr, msg: &str) {
        self.syntax_warning_at(at.span, msg);
    }

    /// `syntax_warning` at a span (a statement's): collected when a caller
    /// issues the warnings itself (`collecting_warnings`), else printed.
    fn syntax_warning_at(&self, span: Span, msg: &str) {
        let origin = crate::diagnostics::Origin::Compiler;
        warning_in(self.source, "SyntaxWarning", span, msg, origin);
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    fn cur(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    fn push_unit(&mut self, scope: ScopeId, name: String, first_line: u32) {
        let s = &self.table.scopes[scope];
        let mut u = Unit {
            scope,
            kind: s.kind,
            name,
            code: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            parser_made: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars: s.cellvars.iter().map(|n| n.as_str().into()).collect(),
            freevars: s.freevars.iter().map(|n| n.as_str().into()).collect(),
            flags: CodeFlags {
                generator: s.generator || s.coroutine,
                coroutine: s.coroutine,
                async_generator: s.coroutine && s.generator,
                ..CodeFlags::default()
            },
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            first_line,
            docstring: None,
            loc: Loc {
                line: first_line,
                span: NO_SPAN,
            },
            spans: Vec::new(),
            blocks: Vec::new(),
            breaks: Vec::new(),
            class_annotations: false,
            no_line: Vec::new(),
            pending_nop: None,
        };
        for p in &s.params {
            let i = u.varnames.len() as u32;
            u.varnames.push(p.as_str().into());
            u.var_index.insert(p.clone(), i);
        }
        if self.trace {
            u.code.push(Op::Trace(TraceEvent::Call));
            u.lines.push(first_line);
            u.spans.push(NO_SPAN);
        }
        self.units.push(u);
    }

    /// Turns the innermost unit into a finished code object.
    fn finish_unit(&mut self) -> CodeObject {
        self.flush_pass();
        let mut u = self.units.pop().unwrap();
        consts::trim_unused_consts(&mut u.code, &mut u.consts, &mut u.parser_made);
        let scope = &self.table.scopes[u.scope];
        let cell2arg: Vec<Option<u32>> = u
            .cellvars
            .iter()
            .map(|c| {
                u.varnames
                    .iter()
                    .take(scope.params.len())
                    .position(|v| v == c)
            })
            .map(|p| p.map(|i| i as u32))
            .collect();
        let max_stack = max_stack_depth(&u.code);
        // The per-instruction tables grew by doubling; a code object keeps them for
        // as long as it lives (a library module's functions for the whole run), so
        // they become exact-size boxed slices (`into()` below gives the spare
        // capacity back, a quarter of them on average).
        let simple_argc =
            if u.kwonlyargcount == 0 && u.flags == crate::bytecode::CodeFlags::default() {
                u.argcount
            } else {
                u32::MAX
            };
        CodeObject {
            name: u.name,
            qualname: if u.scope == 0 {
                "<module>".into()
            } else {
                scope.qualname.clone()
            },
            filename: self.source.name.clone(),
            code: u.code.into(),
            lines: u.lines.into(),
            spans: crate::bytecode::code::SpanTable::from_spans(&u.spans),
            consts: u.consts.into(),
            parser_made: u.parser_made.into(),
            names: u.names.into(),
            varnames: u.varnames.into(),
            cellvars: u.cellvars.into(),
            freevars: u.freevars.into(),
            cell2arg: cell2arg.into_boxed_slice(),
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            max_stack,
            simple_argc,
            first_line: u.first_line,
            no_line: u.no_line.into(),
            event_lines: Default::default(),
            docstring: u.docstring,
            runtime: Default::default(),
        }
    }

    // ---- emission -------------------------------------------------------------

    /// Emits the `Nop` of a pending `pass` (see `Unit::pending_nop`).
    pub(super) fn flush_pass(&mut self) {
        let u = self.unit();
        if let Some(loc) = u.pending_nop.take() {
            u.code.push(Op::Nop);
            u.lines.push(loc.line);
            u.spans.push(loc.span);
        }
    }

    fn emit(&mut self, op: Op) -> usize {
        let u = self.unit();
        if let Some(loc) = u.pending_nop {
            if loc.line == u.loc.line {
                u.pending_nop = None;
            } else {
                self.flush_pass();
            }
        }
        if self.trace && op == Op::ReturnValue {
            let u = self.unit();
            u.code.push(Op::Trace(TraceEvent::Return));
            u.lines.push(u.loc.line);
            u.spans.push(u.loc.span);
        }
        let u = self.unit();
        u.code.push(op);
        u.lines.push(u.loc.line);
        u.spans.push(u.loc.span);
        u.code.len() - 1
    }

    /// The implicit `return None` at the end of a body: it has no line for
    /// `sys.settrace` (its 'return' reports the last line that ran).
    fn emit_implicit_return(&mut self) {
        self.flush_pass();
        let at = self.here();
        self.emit_const(Const::None);
        self.emit(Op::ReturnValue);
        let end = self.here();
        self.unit().no_line.extend(at..end);
    }

    fn here(&self) -> u32 {
        self.cur().code.len() as u32
    }

    /// Points the jump at `at` to the current end of the code.
    fn patch(&mut self, at: usize) {
        let t = self.here();
        self.patch_to(at, t);
    }

    fn patch_to(&mut self, at: usize, t: u32) {
        let op = &mut self.unit().code[at];
        *op = match *op {
            Op::Jump(_) => Op::Jump(t),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
            Op::ForIter(_) => Op::ForIter(t),
            Op::SetupExcept(_) => Op::SetupExcept(t),
            other => panic!("patching a non-jump {other:?}"),
        };
    }

    fn line_of(&self, span: Span) -> u32 {
        self.source.line_of(span.start)
    }

    /// Where an attribute access `value.attr` spanning `span` is located (CPython
    /// 3.11's `update_start_location_to_match_attr`): the whole expression on one
    /// line; across lines, the attribute's name on the last line, so that a failing
    /// lookup marks `.method` and not the value above it.
    fn attr_name_span(&self, span: Span, attr: &str) -> Span {
        let n = attr.len() as u32;
        if n <= span.end - span.start && self.line_of(span) != self.source.line_of(span.end) {
            Span::new((span.end - n) as usize, span.end as usize)
        } else {
            span
        }
    }

    /// Makes `span` (a statement's or expression's) the location of the following
    /// instructions, returning the previous location for the caller to restore.
    fn set_line(&mut self, span: Span) -> Loc {
        let loc = Loc {
            line: self.line_of(span),
            span: (span.start, span.end),
        };
        std::mem::replace(&mut self.unit().loc, loc)
    }

    /// The index of constant `c` in the unit's `co_consts`, added if new. Equal
    /// constants share one entry (CPython's `_PyCode_ConstantKey`: `1`, `1.0`, `True`
    /// and `0.0`/`-0.0` stay apart; code objects never merge).
    fn add_const(&mut self, c: Const) -> u32 {
        self.add_const_made(c, true)
    }

    /// `add_const` for a constant the compiler itself builds (`parser_made` false):
    /// tuples folded from constant items after parsing, as CPython's
    /// `fold_tuple_on_constants` and `starunpack_helper` make them.
    fn add_compiler_const(&mut self, c: Const) -> u32 {
        self.add_const_made(c, false)
    }

    fn add_const_made(&mut self, c: Const, parser_made: bool) -> u32 {
        let u = self.unit();
        let key = ConstKey::of(&c);
        if let Some(&i) = key.as_ref().and_then(|k| u.const_index.get(k)) {
            u.parser_made[i as usize] |= parser_made;
            return i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(c);
        u.parser_made.push(parser_made);
        if let Some(k) = key {
            u.const_index.insert(k, i);
        }
        i
    }

    fn emit_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst(i));
    }

    /// `emit_const` of a constant the compiler builds (see `add_compiler_const`).
    fn emit_compiler_const(&mut self, c: Const) {
        let i = self.add_compiler_const(c);
        self.emit(Op::LoadConst(i));
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.into());
        u.name_index.insert(name.to_string(), i);
        i
    }

    fn var_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.var_index.get(name) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(name.into());
        u.var_index.insert(name.to_string(), i);
        i
    }

    /// Index of a cell or free variable in the frame's cell/free slots.
    /// The cell slot of `name` among the current scope's own cells.
    fn cell_idx(&self, name: &str) -> u32 {
        let u = self.cur();
        u.cellvars
            .iter()
            .position(|c| &**c == name)
            .unwrap_or_else(|| panic!("{name} is not a cell in {}", u.name)) as u32
    }

    /// The slot of `name` among the free variables (after the cells).
    fn free_idx(&self, name: &str) -> u32 {
        let u = self.cur();
        let i = u
            .freevars
            .iter()
            .position(|c| &**c == name)
            .unwrap_or_else(|| panic!("{name} is not free in {}", u.name));
        (u.cellvars.len() + i) as u32
    }

    fn deref_idx(&self, name: &str) -> u32 {
        let u = self.cur();
        if let Some(i) = u.cellvars.iter().position(|c| &**c == name) {
            return i as u32;
        }
        let i = u
            .freevars
            .iter()
            .position(|c| &**c == name)
            .unwrap_or_else(|| panic!("{name} is neither cell nor free in {}", u.name));
        (u.cellvars.len() + i) as u32
    }

    /// `name` as the current scope spells it: mangled inside a class (see
    /// `symtable::mangle`), for variables and attribute names alike.
    fn mangled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        let private = self.table.scopes[self.cur().scope].private.as_deref();
        match symtable::mangle(private, name) {
            Some(m) => std::borrow::Cow::Owned(m),
            None => std::borrow::Cow::Borrowed(name),
        }
    }

    /// Emits the load/store/delete of a variable according to its scope.
    fn name_op(&mut self, name: &str, ctx: Ctx) {
        let name = &*self.mangled(name);
        let (kind, scope) = {
            let u = self.cur();
            (u.kind, self.table.scopes[u.scope].lookup(name))
        };
        let op = match (kind, scope) {
            (_, NameScope::Free | NameScope::Cell) => {
                // A class body that names `__class__` itself reads the enclosing
                // scope's (a free variable), not the implicit cell it holds for its
                // methods, which has the same name (CPython keeps both).
                let i = if kind == ScopeKind::Class && scope == NameScope::Free {
                    self.free_idx(name)
                } else {
                    self.deref_idx(name)
                };
                match ctx {
                    // A class body sees its own namespace first (a name put there
                    // through locals() hides the enclosing function's).
                    Ctx::Load if kind == ScopeKind::Class => Op::LoadClassDeref(i),
                    Ctx::Load => Op::LoadDeref(i),
                    Ctx::Store => Op::StoreDeref(i),
                    Ctx::Del => Op::DeleteDeref(i),
                }
            }
            (ScopeKind::Function | ScopeKind::Comprehension, NameScope::Local) => {
                let i = self.var_idx(name);
                match ctx {
                    Ctx::Load => Op::LoadFast(i),
                    Ctx::Store => Op::StoreFast(i),
                    Ctx::Del => Op::DeleteFast(i),
                }
            }
            (ScopeKind::Function | ScopeKind::Comprehension, _)
            | (_, NameScope::GlobalExplicit) => {
                let i = self.name_idx(name);
                match ctx {
                    Ctx::Load => Op::LoadGlobal(i),
                    Ctx::Store => Op::StoreGlobal(i),
                    Ctx::Del => Op::DeleteGlobal(i),
                }
            }
            _ => {
                let i = self.name_idx(name);
                match ctx {
                    Ctx::Load => Op::LoadName(i),
                    Ctx::Store => Op::StoreName(i),
                    Ctx::Del => Op::DeleteName(i),
                }
            }
        };
        self.emit(op);
    }

    /// `from __future__ import names`: CPython's compile-time checks (position, known
    /// feature names); the import itself then runs like any other.
    fn check_future(&self, s: &Stmt, names: &[ast::Alias]) -> Result<(), SyntaxError> {
        if !self.future_starts.contains(&s.span.start) || self.units.len() > 1 {
            return Err(SyntaxError::syntax(
                "from __future__ imports must occur at the beginning of the file",
                s.span,
            ));
        }
        for a in names {
            if a.name == "braces" {
                return Err(SyntaxError::syntax("not a chance", s.span));
            }
            if !FUTURE_FEATURES.contains(&a.name.as_str()) {
                let msg = format!("future feature {} is not defined", a.name);
                return Err(SyntaxError::syntax(msg, s.span));
            }
        }
        Ok(())
    }

    /// Compiles an annotation: its value, or under `from __future__ import annotations`
    /// its source text as a string constant (CPython stores `ast.unparse`'s rendering;
    /// this is the text as written, so unusual spacing or redundant parentheses differ).
    fn annotation(&mut self, e: &'a ast::Expr) -> Result<(), SyntaxError> {
        if !self.future_annotations {
            // `*args: *Ts` records the one item unpacked from `Ts` (CPython's
            // `UNPACK_SEQUENCE 1`), e.g. `Unpack[Ts]` for a TypeVarTuple.
            if let ast::ExprKind::Starred(inner) = &e.kind {
                self.expr(inner)?;
                self.emit(Op::UnpackSequence(1));
                return Ok(());
            }
            return self.expr(e);
        }
        if let ast::ExprKind::Constant(ast::Constant::Str(v)) = &e.kind {
            let r = crate::text::str_methods::str_repr(v);
            self.emit_const(Const::Str(r.into()));
            return Ok(());
        }
        let text = &self.source.text;
        let (a, b) = (e.span.start as usize, e.span.end as usize);
        let s = text.get(a..b.min(text.len())).unwrap_or("");
        let s: Rc<str> = if s.contains('\n') {
            s.split_whitespace().collect::<Vec<_>>().join(" ").into()
        } else {
            s.into()
        };
        self.emit_const(Const::Str(s));
        Ok(())
    }

    /// Splits off a leading docstring. For modules and classes it is stored as
    /// `__doc__`; for functions it only becomes `CodeObject::docstring`.
    fn docstring_split<'b>(
        &mut self,
        body: &'b [Stmt],
        store: bool,
    ) -> Result<&'b [Stmt], SyntaxError> {
        // At level 2 (`-OO`) a docstring is an ordinary expression statement: nothing
        // is stored, and a function's first constant is None.
        if optimize_level() >= 2 {
            return Ok(body);
        }
        if let Some(Stmt {
            kind:
                ast::StmtKind::Expr(ast::Expr {
                    kind: ast::ExprKind::Constant(ast::Constant::Str(s)),
                    ..
                }),
            span,
        }) = body.first()
        {
            let doc: Rc<str> = s.as_str().into();
            self.unit().docstring = Some(doc.clone());
            if store {
                self.set_line(*span);
                self.emit_const(Const::Str(doc));
                self.name_op("__doc__", Ctx::Store);
            } else {
                // CPython keeps the docstring as the first constant of a function.
                self.add_const(Const::Str(doc));
            }
            return Ok(&body[1..]);
        }
        Ok(body)
    }
}

/// The type a literal or display evaluates to, by its node alone (CPython's
/// `infer_type`), for the "perhaps you missed a comma?" warnings.
fn infer_type(e: &ast::Expr) -> Option<&'static str> {
    use ast::{Constant, ExprKind};
    Some(match &e.kind {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant(c) => match c {
            Constant::None => "NoneType",
            Constant::True | Constant::False => "bool",
            Constant::Ellipsis => "ellipsis",
            Constant::Int(_) | Constant::BigInt(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex(_) => "complex",
            Constant::Str(_) | Constant::SurrStr(_) => "str",
            Constant::Bytes(_) => "bytes",
        },
        _ => return None,
    })
}
