//! The abstract syntax tree produced by the grammar (`grammar/python.lalrpop`).
//!
//! Mirrors CPython's `ast` module (Parser/Python.asdl) for the subset mempy runs.
//! Every statement and expression carries a byte [`Span`] into its source, so the
//! compiler can build line tables and diagnostics can underline the right code.
//! The grammar only builds nodes; validity checks (assignment targets, `return`
//! outside a function, ...) happen in the compiler, where CPython's messages live.

/// The binary and comparison operators are the bytecode's (the VM dispatches on them);
/// the syntax tree names them from there.
pub use crate::bytecode::opcode::{BinOp, CmpOp};

/// A half-open byte range `[start, end)` into the source text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
}

/// A statement with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

/// An expression with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
}

/// A whole module (file, `-c` string, or one REPL input).
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
    /// The tokenizer's warnings, in source order: CPython issues them while parsing,
    /// so the compiler issues them before its own.
    pub warnings: Vec<ParseWarning>,
}

/// A warning raised while tokenizing (CPython's `parser_warn` and
/// `warn_invalid_escape_sequence`): its class's name, message and the token's span.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseWarning {
    pub category: &'static str,
    pub msg: String,
    pub span: Span,
    /// Raised by the tokenizer proper (a number's end), not by the parser's
    /// reading of a literal: that decides the `text` of a SyntaxError made of it.
    pub tokenizer: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `def name(params) -> ret: body`, with decorators applied bottom-up.
    FunctionDef {
        name: String,
        params: Box<Parameters>,
        body: Vec<Stmt>,
        decorators: Vec<Expr>,
        returns: Option<Box<Expr>>,
        /// `async def`: calling it makes a coroutine.
        is_async: bool,
    },
    /// `class name(bases, keywords): body`
    ClassDef {
        name: String,
        bases: Vec<Expr>,
        keywords: Vec<Keyword>,
        body: Vec<Stmt>,
        decorators: Vec<Expr>,
    },
    Return(Option<Expr>),
    /// `del a, b[i], c.x`
    Delete(Vec<Expr>),
    /// `a = b = value`: targets in source order.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`; see `ann_simple` for CPython's `simple`.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    /// `for` (`async for` when `is_async`: `__aiter__`/awaited `__anext__`).
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `if`/`elif` chains are nested `If`s in `orelse`, as in CPython's AST.
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `with` (`async with` when `is_async`: awaited `__aenter__`/`__aexit__`).
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    /// `raise [exc [from cause]]`
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from module import names` (`level` counts leading dots; `*` is an alias named "*").
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    /// `match subject:` with its `case` blocks (PEP 634).
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

/// `case pattern [if guard]: body`
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` clause, with its span (CPython's `ast.pattern`).
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub span: Span,
    pub kind: PatternKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal or dotted name, compared with `==`.
    MatchValue(Expr),
    /// `None`, `True`, `False`, compared with `is`.
    MatchSingleton(Constant),
    /// `[p, *rest, q]` / `(p, q)` / `p, q`.
    MatchSequence(Vec<Pattern>),
    /// `{key: p, **rest}`
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<String>,
    },
    /// `Cls(p, name=q)`
    MatchClass {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<String>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` / `*_` inside a sequence pattern.
    MatchStar(Option<String>),
    /// `p as name`; a bare capture has no pattern, the wildcard `_` neither a name.
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<String>,
    },
    /// `p | q | r`
    MatchOr(Vec<Pattern>),
}

impl Pattern {
    /// The sub-patterns and the expressions (values, keys, class) directly inside
    /// this pattern, in source order.
    pub fn children(&self) -> (Vec<&Pattern>, Vec<&Expr>) {
        use PatternKind::*;
        match &self.kind {
            MatchValue(e) => (vec![], vec![e]),
            MatchSingleton(_) | MatchStar(_) => (vec![], vec![]),
            MatchSequence(v) | MatchOr(v) => (v.iter().collect(), vec![]),
            MatchMapping { keys, patterns, .. } => {
                (patterns.iter().collect(), keys.iter().collect())
            }
            MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => (patterns.iter().chain(kwd_patterns).collect(), vec![cls]),
            MatchAs { pattern, .. } => (pattern.iter().map(|p| &**p).collect(), vec![]),
        }
    }

    /// Whether this is the bare wildcard `_` (CPython's `WILDCARD_CHECK`).
    pub fn is_wildcard(&self) -> bool {
        matches!(
            self.kind,
            PatternKind::MatchAs {
                pattern: None,
                name: None
            }
        )
    }
}

/// `name [as asname]` in an import.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
    pub span: Span,
}

/// One `expr [as target]` in a `with` statement.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// `except [type [as name]]: body`
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub span: Span,
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    /// `except*` (PEP 654): the handler takes the matching part of an exception group.
    pub star: bool,
}

/// A function's parameter list, split the way CPython's `ast.arguments` splits it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Parameters {
    /// Before `/`.
    pub posonly: Vec<Param>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Param>,
    /// `*args` (None if absent; a bare `*` gives None with kwonly non-empty).
    pub vararg: Option<Param>,
    /// After `*` or `*args`.
    pub kwonly: Vec<Param>,
    /// `**kwargs`
    pub kwarg: Option<Param>,
}

/// One parameter with its optional default and annotation.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: String,
    pub span: Span,
    pub default: Option<Expr>,
    pub annotation: Option<Expr>,
}

/// `name=value` or `**value` (name None) at a call site or in a class header.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub name: Option<String>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `target := value`
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        params: Box<Parameters>,
        body: Box<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **d}`: a `None` key means `**value`.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `a < b <= c`: `ops.len() == comparators.len()`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        /// Positional arguments; `*x` appears as `Starred`.
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// An f-string: the parts are concatenated.
    JoinedStr(Vec<Expr>),
    /// `{value!conversion:format_spec}` inside an f-string. `conversion` is
    /// `'r'`, `'s'`, `'a'` or `None`; `format_spec` is itself a `JoinedStr`.
    FormattedValue {
        value: Box<Expr>,
        conversion: Option<char>,
        format_spec: Option<Box<Expr>>,
    },
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: String,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
    },
    Starred(Box<Expr>),
    Name(String),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `lower:upper:step` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// `for target in iter if cond1 if cond2`
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    /// `async for` (PEP 530): the iterable's `__aiter__`, each item awaited from
    /// `__anext__`.
    pub is_async: bool,
}

/// Literal constants.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    /// An int literal that fits in i64.
    Int(i64),
    /// An int literal too big for i64, as decimal digits.
    BigInt(String),
    Float(f64),
    /// Imaginary literals are lexed but not supported at run time.
    Complex(f64),
    Str(String),
    /// A str literal holding lone surrogates, written as stand-in characters
    /// (`crate::text::surrogates`).
    SurrStr(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

impl Parameters {
    /// Each parameter's default and annotation expressions, in source order.
    pub fn try_for_each_expr<E>(&self, mut f: impl FnMut(&Expr) -> Result<(), E>) -> Result<(), E> {
        let all = self
            .posonly
            .iter()
            .chain(&self.args)
            .chain(&self.vararg)
            .chain(&self.kwonly)
            .chain(&self.kwarg);
        for param in all {
            if let Some(d) = &param.default {
                f(d)?;
            }
            if let Some(a) = &param.annotation {
                f(a)?;
            }
        }
        Ok(())
    }
}

impl Expr {
    /// Calls `f` on each direct sub-expression, in source order, stopping at the first
    /// error (CPython's `ast.iter_child_nodes`, for expressions): the one place that
    /// knows every `ExprKind`'s children, so walks that treat all children alike need
    /// not list the kinds again. A lambda's children are its parameters' defaults and
    /// annotations, then its body.
    pub fn try_for_each_child<E>(
        &self,
        mut f: impl FnMut(&Expr) -> Result<(), E>,
    ) -> Result<(), E> {
        use ExprKind::*;
        let comps = |generators: &[Comprehension], f: &mut dyn FnMut(&Expr) -> Result<(), E>| {
            generators.iter().try_for_each(|g| {
                f(&g.target)?;
                f(&g.iter)?;
                g.ifs.iter().try_for_each(&mut *f)
            })
        };
        match &self.kind {
            BoolOp { values, .. } => values.iter().try_for_each(f),
            NamedExpr { target, value } => {
                f(target)?;
                f(value)
            }
            BinOp { left, right, .. } => {
                f(left)?;
                f(right)
            }
            UnaryOp { operand, .. } => f(operand),
            Lambda { params, body } => {
                params.try_for_each_expr(&mut f)?;
                f(body)
            }
            IfExp { test, body, orelse } => {
                f(test)?;
                f(body)?;
                f(orelse)
            }
            Dict { keys, values } => {
                keys.iter().flatten().try_for_each(&mut f)?;
                values.iter().try_for_each(f)
            }
            Set(v) | List(v) | Tuple(v) | JoinedStr(v) => v.iter().try_for_each(f),
            ListComp { elt, generators }
            | SetComp { elt, generators }
            | GeneratorExp { elt, generators } => {
                f(elt)?;
                comps(generators, &mut f)
            }
            DictComp {
                key,
                value,
                generators,
            } => {
                f(key)?;
                f(value)?;
                comps(generators, &mut f)
            }
            Await(v) | YieldFrom(v) | Starred(v) => f(v),
            Yield(v) => v.iter().try_for_each(|v| f(v)),
            Compare {
                left, comparators, ..
            } => {
                f(left)?;
                comparators.iter().try_for_each(f)
            }
            Call {
                func,
                args,
                keywords,
            } => {
                f(func)?;
                args.iter().try_for_each(&mut f)?;
                keywords.iter().try_for_each(|k| f(&k.value))
            }
            FormattedValue {
                value, format_spec, ..
            } => {
                f(value)?;
                format_spec.iter().try_for_each(|x| f(x))
            }
            Attribute { value, .. } => f(value),
            Subscript { value, slice } => {
                f(value)?;
                f(slice)
            }
            Slice { lower, upper, step } => {
                lower.iter().chain(upper).chain(step).try_for_each(|x| f(x))
            }
            Constant(_) | Name(_) => Ok(()),
        }
    }
}

/// CPython's `AnnAssign.simple`: the target of the annotated assignment at
/// `stmt_span` is a bare name, not one in parentheses (`(x): int`). A
/// parenthesized name's span leaves out its parentheses, so it starts after the
/// statement does. Only a simple name is a local of its function and has its
/// annotation stored in `__annotations__`.
pub fn ann_simple(stmt_span: Span, target: &Expr) -> bool {
    matches!(target.kind, ExprKind::Name(_)) && target.span.start == stmt_span.start
}
