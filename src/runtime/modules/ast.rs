//! `_mempy_ast`: mempy's own parse tree handed to Python, the native half of the
//! `ast` module (CPython's `Python/Python-ast.c` `ast2obj_*` functions, which turn the
//! parser's C tree into `ast.AST` objects).
//!
//! This is the one place that knows how a Rust [`crate::ast`] node maps onto CPython
//! 3.11's node classes (Parser/Python.asdl): which class, which fields in `_fields`
//! order, which expression context (`Load`/`Store`/`Del`, which mempy's tree does not
//! keep and is derived here from where an expression stands), and the positions
//! (`lineno`, `col_offset` in UTF-8 bytes, `end_lineno`, `end_col_offset`).
//!
//! A node comes out as a plain tuple `(class_name, position, field, ...)`, where
//! `position` is a 4-tuple or `None` for the classes without `_attributes`; lists stay
//! lists. The Python half (`py/ast.py`) turns the tuples into instances of its node
//! classes, so the class hierarchy lives in Python, where `isinstance` and subclassing
//! already work.

use crate::ast::{
    Alias, Comprehension, Constant, ExceptHandler, Expr, ExprKind, Keyword, MatchCase, Parameters,
    Pattern, PatternKind, Span, Stmt, StmtKind, WithItem,
};
use crate::diagnostics::SyntaxError;
use crate::runtime::builtins::{add_fns, new_module};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::source::SourceFile;
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_mempy_ast");
    add_fns(vm, d, &[("tree", tree)]);
    m
}

/// `tree(source, filename, mode)`: the parse of `source` as nested tuples (see the
/// module header), or CPython's SyntaxError for it. `mode` is `exec`, `eval` or
/// `single`; the caller has checked it and made `source` a str.
fn tree(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "tree", args, 3, 3)?;
    // Line ends are `\n` to the tokenizer, as CPython translates `\r\n` and `\r`.
    let text = vm
        .as_str(args[0])
        .unwrap_or("")
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let filename = vm.as_str(args[1]).unwrap_or("<unknown>").to_string();
    let mode = vm.as_str(args[2]).unwrap_or("exec").to_string();
    let src = SourceFile::new(&filename, &text);
    crate::compiler::nesting::set_budget(vm.recursion_depth(), vm.recursion_limit);
    let pmode = match mode.as_str() {
        "eval" => crate::parser::Mode::Expression,
        _ => crate::parser::Mode::Module,
    };
    let module = match crate::parser::parse(&text, pmode) {
        Ok(m) => m,
        Err(e) => return Err(vm.syntax_error_from(&e, &src)),
    };
    // CPython's parser rejects some trees that mempy leaves to its compiler (invalid
    // assignment targets, ...): compile too, and raise those of its errors that
    // CPython raises while parsing. Errors of later passes (symbol table, `return`
    // outside a function) are not ast.parse's.
    let checked = match mode.as_str() {
        "eval" => crate::compiler::compile_expression(&module, &src),
        _ => crate::compiler::compile_module(&module, &src, mode == "single"),
    };
    if let Err(e) = checked {
        if is_parser_error(&e) {
            crate::parser::drop_module(module);
            return Err(vm.syntax_error_from(&e, &src));
        }
    }
    let mut conv = Conv { vm, src: &src };
    let out = match mode.as_str() {
        "eval" => {
            let body = match module.body.first().map(|s| &s.kind) {
                Some(StmtKind::Expr(e)) => conv.expr(e, Ctx::Load),
                _ => Value::None,
            };
            conv.node("Expression", None, vec![body])
        }
        "single" => {
            let body = conv.stmts(&module.body);
            conv.node("Interactive", None, vec![body])
        }
        _ => {
            let body = conv.stmts(&module.body);
            let ignores = conv.vm.new_list(vec![]);
            conv.node("Module", None, vec![body, ignores])
        }
    };
    crate::parser::drop_module(module);
    Ok(out)
}

/// Whether a compiler error is one CPython 3.11 raises from its parser (so from
/// `ast.parse`), rather than from the symbol table or code generator.
fn is_parser_error(e: &SyntaxError) -> bool {
    const PARSER: [&str; 14] = [
        "Generator expression must be parenthesized",
        "argument unpacking follows",
        "cannot assign to",
        "cannot delete",
        "cannot use assignment expressions",
        "assignment expression cannot",
        "positional argument follows",
        "iterable unpacking cannot",
        "illegal target",
        "only single target",
        "is an illegal expression",
        "invalid syntax",
        "expected",
        "cannot use starred expression",
    ];
    PARSER
        .iter()
        .any(|p| e.msg.starts_with(p) || e.msg.contains(p))
        && !e.msg.contains("__debug__")
}

/// An expression's context (CPython's `expr_context`).
#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    Load,
    Store,
    Del,
}

impl Ctx {
    fn name(self) -> &'static str {
        match self {
            Ctx::Load => "Load",
            Ctx::Store => "Store",
            Ctx::Del => "Del",
        }
    }
}

struct Conv<'a> {
    vm: &'a mut Vm,
    src: &'a SourceFile,
}

impl Conv<'_> {
    /// `(lineno, col_offset, end_lineno, end_col_offset)` of a span, columns in bytes.
    fn pos(&mut self, span: Span) -> Value {
        let line = self.src.line_of(span.start);
        let col = span.start - self.src.line_start(line);
        let end_line = self.src.line_of(span.end);
        let end_col = span.end - self.src.line_start(end_line);
        let items = [line, col, end_line, end_col]
            .iter()
            .map(|&n| self.vm.int(n as i64))
            .collect();
        self.vm.new_tuple(items)
    }

    fn node(&mut self, name: &str, span: Option<Span>, fields: Vec<Value>) -> Value {
        let mut items = Vec::with_capacity(fields.len() + 2);
        items.push(self.vm.intern(name));
        self.vm.incref(items[0]);
        items.push(match span {
            Some(s) => self.pos(s),
            None => Value::None,
        });
        items.extend(fields);
        self.vm.new_tuple(items)
    }

    /// A field-less node (an operator or a context).
    fn leaf(&mut self, name: &str) -> Value {
        self.node(name, None, vec![])
    }

    fn str(&mut self, s: &str) -> Value {
        let v = self.vm.intern(s);
        self.vm.incref(v);
        v
    }

    fn opt_str(&mut self, s: &Option<String>) -> Value {
        match s {
            Some(s) => self.str(s),
            None => Value::None,
        }
    }

    fn names(&mut self, names: &[String]) -> Value {
        let items = names.iter().map(|n| self.str(n)).collect();
        self.vm.new_list(items)
    }

    fn stmts(&mut self, body: &[Stmt]) -> Value {
        let items = body.iter().map(|s| self.stmt(s)).collect();
        self.vm.new_list(items)
    }

    fn exprs(&mut self, es: &[Expr], ctx: Ctx) -> Value {
        let items = es.iter().map(|e| self.expr(e, ctx)).collect();
        self.vm.new_list(items)
    }

    fn opt_expr(&mut self, e: Option<&Expr>, ctx: Ctx) -> Value {
        match e {
            Some(e) => self.expr(e, ctx),
            None => Value::None,
        }
    }

    fn stmt(&mut self, s: &Stmt) -> Value {
        use StmtKind::*;
        let sp = Some(s.span);
        match &s.kind {
            FunctionDef {
                name,
                params,
                body,
                decorators,
                returns,
                is_async,
            } => {
                let fields = vec![
                    self.str(name),
                    self.arguments(params),
                    self.stmts(body),
                    self.exprs(decorators, Ctx::Load),
                    self.opt_expr(returns.as_deref(), Ctx::Load),
                    Value::None,
                ];
                let cls = if *is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                self.node(cls, sp, fields)
            }
            ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            } => {
                let fields = vec![
                    self.str(name),
                    self.exprs(bases, Ctx::Load),
                    self.keywords(keywords),
                    self.stmts(body),
                    self.exprs(decorators, Ctx::Load),
                ];
                self.node("ClassDef", sp, fields)
            }
            Return(v) => {
                let f = vec![self.opt_expr(v.as_ref(), Ctx::Load)];
                self.node("Return", sp, f)
            }
            Delete(ts) => {
                let f = vec![self.exprs(ts, Ctx::Del)];
                self.node("Delete", sp, f)
            }
            Assign { targets, value } => {
                let f = vec![
                    self.exprs(targets, Ctx::Store),
                    self.expr(value, Ctx::Load),
                    Value::None,
                ];
                self.node("Assign", sp, f)
            }
            AugAssign { target, op, value } => {
                let f = vec![
                    self.expr(target, Ctx::Store),
                    self.leaf(&format!("{:?}", op)),
                    self.expr(value, Ctx::Load),
                ];
                self.node("AugAssign", sp, f)
            }
            AnnAssign {
                target,
                annotation,
                value,
            } => {
                // `simple`: a bare name, not parenthesized.
                let paren = self.src.text.as_bytes().get(s.span.start as usize) == Some(&b'(');
                let simple = matches!(target.kind, ExprKind::Name(_)) && !paren;
                let f = vec![
                    self.expr(target, Ctx::Store),
                    self.expr(annotation, Ctx::Load),
                    self.opt_expr(value.as_ref(), Ctx::Load),
                    self.vm.int(simple as i64),
                ];
                self.node("AnnAssign", sp, f)
            }
            For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                let f = vec![
                    self.expr(target, Ctx::Store),
                    self.expr(iter, Ctx::Load),
                    self.stmts(body),
                    self.stmts(orelse),
                    Value::None,
                ];
                self.node(if *is_async { "AsyncFor" } else { "For" }, sp, f)
            }
            While { test, body, orelse } => {
                let f = vec![
                    self.expr(test, Ctx::Load),
                    self.stmts(body),
                    self.stmts(orelse),
                ];
                self.node("While", sp, f)
            }
            If { test, body, orelse } => {
                let f = vec![
                    self.expr(test, Ctx::Load),
                    self.stmts(body),
                    self.stmts(orelse),
                ];
                self.node("If", sp, f)
            }
            With {
                items,
                body,
                is_async,
            } => {
                let items: Vec<Value> = items.iter().map(|w| self.withitem(w)).collect();
                let f = vec![self.vm.new_list(items), self.stmts(body), Value::None];
                self.node(if *is_async { "AsyncWith" } else { "With" }, sp, f)
            }
            Raise { exc, cause } => {
                let f = vec![
                    self.opt_expr(exc.as_ref(), Ctx::Load),
                    self.opt_expr(cause.as_ref(), Ctx::Load),
                ];
                self.node("Raise", sp, f)
            }
            Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let hs: Vec<Value> = handlers.iter().map(|h| self.handler(h)).collect();
                let f = vec![
                    self.stmts(body),
                    self.vm.new_list(hs),
                    self.stmts(orelse),
                    self.stmts(finalbody),
                ];
                // A handler marked `except*` makes the whole statement a TryStar
                // (the parser allows no mixing).
                let kind = if handlers.iter().any(|h| h.star) {
                    "TryStar"
                } else {
                    "Try"
                };
                self.node(kind, sp, f)
            }
            Assert { test, msg } => {
                let f = vec![
                    self.expr(test, Ctx::Load),
                    self.opt_expr(msg.as_ref(), Ctx::Load),
                ];
                self.node("Assert", sp, f)
            }
            Import(names) => {
                let f = vec![self.aliases(names)];
                self.node("Import", sp, f)
            }
            ImportFrom {
                module,
                names,
                level,
            } => {
                let f = vec![
                    self.opt_str(module),
                    self.aliases(names),
                    self.vm.int(*level as i64),
                ];
                self.node("ImportFrom", sp, f)
            }
            Global(names) => {
                let f = vec![self.names(names)];
                self.node("Global", sp, f)
            }
            Nonlocal(names) => {
                let f = vec![self.names(names)];
                self.node("Nonlocal", sp, f)
            }
            Match { subject, cases } => {
                let cs: Vec<Value> = cases.iter().map(|c| self.match_case(c)).collect();
                let f = vec![self.expr(subject, Ctx::Load), self.vm.new_list(cs)];
                self.node("Match", sp, f)
            }
            Expr(e) => {
                let f = vec![self.expr(e, Ctx::Load)];
                self.node("Expr", sp, f)
            }
            Pass => self.node("Pass", sp, vec![]),
            Break => self.node("Break", sp, vec![]),
            Continue => self.node("Continue", sp, vec![]),
        }
    }

    fn withitem(&mut self, w: &WithItem) -> Value {
        let f = vec![
            self.expr(&w.context, Ctx::Load),
            self.opt_expr(w.target.as_ref(), Ctx::Store),
        ];
        self.node("withitem", None, f)
    }

    fn handler(&mut self, h: &ExceptHandler) -> Value {
        let f = vec![
            self.opt_expr(h.typ.as_ref(), Ctx::Load),
            self.opt_str(&h.name),
            self.stmts(&h.body),
        ];
        self.node("ExceptHandler", Some(h.span), f)
    }

    fn aliases(&mut self, names: &[Alias]) -> Value {
        let items = names
            .iter()
            .map(|a| {
                let f = vec![self.str(&a.name), self.opt_str(&a.asname)];
                self.node("alias", Some(a.span), f)
            })
            .collect();
        self.vm.new_list(items)
    }

    fn keywords(&mut self, kws: &[Keyword]) -> Value {
        let items = kws
            .iter()
            .map(|k| {
                let f = vec![self.opt_str(&k.name), self.expr(&k.value, Ctx::Load)];
                self.node("keyword", Some(k.span), f)
            })
            .collect();
        self.vm.new_list(items)
    }

    /// CPython's `arguments`: defaults of the positional parameters right-aligned in
    /// `defaults`, one `kw_defaults` entry (or None) per keyword-only parameter.
    fn arguments(&mut self, p: &Parameters) -> Value {
        let arg = |c: &mut Self, a: &crate::ast::Param| {
            let f = vec![
                c.str(&a.name),
                c.opt_expr(a.annotation.as_ref(), Ctx::Load),
                Value::None,
            ];
            // mempy's span covers a default too; CPython's `arg` ends at its
            // annotation, or its name.
            let end = match &a.annotation {
                Some(ann) => ann.span.end,
                None => a.span.start + a.name.len() as u32,
            };
            c.node("arg", Some(Span { end, ..a.span }), f)
        };
        let posonly: Vec<Value> = p.posonly.iter().map(|a| arg(self, a)).collect();
        let args: Vec<Value> = p.args.iter().map(|a| arg(self, a)).collect();
        let vararg = match &p.vararg {
            Some(a) => arg(self, a),
            None => Value::None,
        };
        let kwonly: Vec<Value> = p.kwonly.iter().map(|a| arg(self, a)).collect();
        let kw_defaults: Vec<Value> = p
            .kwonly
            .iter()
            .map(|a| self.opt_expr(a.default.as_ref(), Ctx::Load))
            .collect();
        let kwarg = match &p.kwarg {
            Some(a) => arg(self, a),
            None => Value::None,
        };
        let defaults: Vec<Value> = p
            .posonly
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_ref())
            .map(|d| self.expr(d, Ctx::Load))
            .collect();
        let f = vec![
            self.vm.new_list(posonly),
            self.vm.new_list(args),
            vararg,
            self.vm.new_list(kwonly),
            self.vm.new_list(kw_defaults),
            kwarg,
            self.vm.new_list(defaults),
        ];
        self.node("arguments", None, f)
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) -> Value {
        let items = gens
            .iter()
            .map(|g| {
                let f = vec![
                    self.expr(&g.target, Ctx::Store),
                    self.expr(&g.iter, Ctx::Load),
                    self.exprs(&g.ifs, Ctx::Load),
                    self.vm.int(g.is_async as i64),
                ];
                self.node("comprehension", None, f)
            })
            .collect();
        self.vm.new_list(items)
    }

    fn match_case(&mut self, c: &MatchCase) -> Value {
        let f = vec![
            self.pattern(&c.pattern),
            self.opt_expr(c.guard.as_ref(), Ctx::Load),
            self.stmts(&c.body),
        ];
        self.node("match_case", None, f)
    }

    fn patterns(&mut self, ps: &[Pattern]) -> Value {
        let items = ps.iter().map(|p| self.pattern(p)).collect();
        self.vm.new_list(items)
    }

    fn pattern(&mut self, p: &Pattern) -> Value {
        use PatternKind::*;
        let sp = Some(p.span);
        match &p.kind {
            MatchValue(e) => {
                let f = vec![self.expr(e, Ctx::Load)];
                self.node("MatchValue", sp, f)
            }
            MatchSingleton(c) => {
                let f = vec![self.constant(c)];
                self.node("MatchSingleton", sp, f)
            }
            MatchSequence(ps) => {
                let f = vec![self.patterns(ps)];
                self.node("MatchSequence", sp, f)
            }
            MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                let f = vec![
                    self.exprs(keys, Ctx::Load),
                    self.patterns(patterns),
                    self.opt_str(rest),
                ];
                self.node("MatchMapping", sp, f)
            }
            MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                let f = vec![
                    self.expr(cls, Ctx::Load),
                    self.patterns(patterns),
                    self.names(kwd_attrs),
                    self.patterns(kwd_patterns),
                ];
                self.node("MatchClass", sp, f)
            }
            MatchStar(name) => {
                let f = vec![self.opt_str(name)];
                self.node("MatchStar", sp, f)
            }
            MatchAs { pattern, name } => {
                let f = vec![
                    match pattern {
                        Some(p) => self.pattern(p),
                        None => Value::None,
                    },
                    self.opt_str(name),
                ];
                self.node("MatchAs", sp, f)
            }
            MatchOr(ps) => {
                let f = vec![self.patterns(ps)];
                self.node("MatchOr", sp, f)
            }
        }
    }

    fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(i) => self.vm.int(*i),
            Constant::BigInt(s) => match s.parse::<num_bigint::BigInt>() {
                Ok(b) => self.vm.new_int(b),
                Err(_) => Value::None,
            },
            Constant::Float(f) => self.vm.float(*f),
            Constant::Complex(im) => self
                .vm
                .new_complex(crate::runtime::types::complex::Complex::new(0.0, *im)),
            Constant::Str(s) => self.vm.new_str(s.clone()),
            Constant::SurrStr(s) => {
                let facts = crate::runtime::types::str::StrFacts::of_derived(s, true);
                self.vm.new_str_facts(s.clone(), facts)
            }
            Constant::Bytes(b) => self.vm.new_bytes(b.clone()),
        }
    }

    /// The parts of an f-string: CPython 3.11 gives its constant pieces and
    /// replacement fields the position of the whole string (`outer`); the expressions
    /// inside the fields keep their own.
    fn fstring_parts(&mut self, parts: &[Expr], outer: Span) -> Value {
        let items = parts.iter().map(|p| self.fpart(p, outer)).collect();
        self.vm.new_list(items)
    }

    /// One part of an f-string (see `fstring_parts`).
    fn fpart(&mut self, p: &Expr, outer: Span) -> Value {
        match &p.kind {
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let conv = conversion.map_or(-1, |c| c as i64);
                let spec = match format_spec.as_deref() {
                    Some(Expr {
                        kind: ExprKind::JoinedStr(ps),
                        span,
                    }) => {
                        // CPython's spec ends where its own f-string token ends.
                        let f = vec![self.fstring_parts(ps, outer)];
                        self.node(
                            "JoinedStr",
                            Some(Span {
                                end: span.end,
                                ..outer
                            }),
                            f,
                        )
                    }
                    Some(e) => self.expr(e, Ctx::Load),
                    None => Value::None,
                };
                let f = vec![self.expr(value, Ctx::Load), self.vm.int(conv), spec];
                self.node("FormattedValue", Some(outer), f)
            }
            ExprKind::Constant(c) => {
                let f = vec![self.constant(c), Value::None];
                self.node("Constant", Some(outer), f)
            }
            _ => self.expr(p, Ctx::Load),
        }
    }

    fn expr(&mut self, e: &Expr, ctx: Ctx) -> Value {
        use ExprKind::*;
        let sp = Some(e.span);
        let (name, f): (&str, Vec<Value>) = match &e.kind {
            BoolOp { op, values } => {
                let op = self.leaf(match op {
                    crate::ast::BoolOp::And => "And",
                    crate::ast::BoolOp::Or => "Or",
                });
                ("BoolOp", vec![op, self.exprs(values, Ctx::Load)])
            }
            NamedExpr { target, value } => (
                "NamedExpr",
                vec![self.expr(target, Ctx::Store), self.expr(value, Ctx::Load)],
            ),
            BinOp { left, op, right } => (
                "BinOp",
                vec![
                    self.expr(left, Ctx::Load),
                    self.leaf(&format!("{:?}", op)),
                    self.expr(right, Ctx::Load),
                ],
            ),
            UnaryOp { op, operand } => {
                let op = self.leaf(match op {
                    crate::ast::UnaryOp::Invert => "Invert",
                    crate::ast::UnaryOp::Not => "Not",
                    crate::ast::UnaryOp::UAdd => "UAdd",
                    crate::ast::UnaryOp::USub => "USub",
                });
                ("UnaryOp", vec![op, self.expr(operand, Ctx::Load)])
            }
            Lambda { params, body } => (
                "Lambda",
                vec![self.arguments(params), self.expr(body, Ctx::Load)],
            ),
            IfExp { test, body, orelse } => (
                "IfExp",
                vec![
                    self.expr(test, Ctx::Load),
                    self.expr(body, Ctx::Load),
                    self.expr(orelse, Ctx::Load),
                ],
            ),
            Dict { keys, values } => {
                let ks: Vec<Value> = keys
                    .iter()
                    .map(|k| self.opt_expr(k.as_ref(), Ctx::Load))
                    .collect();
                (
                    "Dict",
                    vec![self.vm.new_list(ks), self.exprs(values, Ctx::Load)],
                )
            }
            Set(v) => ("Set", vec![self.exprs(v, Ctx::Load)]),
            ListComp { elt, generators } => (
                "ListComp",
                vec![self.expr(elt, Ctx::Load), self.comprehensions(generators)],
            ),
            SetComp { elt, generators } => (
                "SetComp",
                vec![self.expr(elt, Ctx::Load), self.comprehensions(generators)],
            ),
            GeneratorExp { elt, generators } => (
                "GeneratorExp",
                vec![self.expr(elt, Ctx::Load), self.comprehensions(generators)],
            ),
            DictComp {
                key,
                value,
                generators,
            } => (
                "DictComp",
                vec![
                    self.expr(key, Ctx::Load),
                    self.expr(value, Ctx::Load),
                    self.comprehensions(generators),
                ],
            ),
            Await(v) => ("Await", vec![self.expr(v, Ctx::Load)]),
            Yield(v) => ("Yield", vec![self.opt_expr(v.as_deref(), Ctx::Load)]),
            YieldFrom(v) => ("YieldFrom", vec![self.expr(v, Ctx::Load)]),
            Compare {
                left,
                ops,
                comparators,
            } => {
                let os: Vec<Value> = ops.iter().map(|o| self.leaf(&format!("{:?}", o))).collect();
                (
                    "Compare",
                    vec![
                        self.expr(left, Ctx::Load),
                        self.vm.new_list(os),
                        self.exprs(comparators, Ctx::Load),
                    ],
                )
            }
            Call {
                func,
                args,
                keywords,
            } => {
                let f = self.expr(func, Ctx::Load);
                let args = match (&args[..], keywords.is_empty()) {
                    // `f(x for x in y)`: the call's parentheses are the generator's,
                    // and CPython's GeneratorExp spans them.
                    ([g], true) if matches!(g.kind, GeneratorExp { .. }) => {
                        let text = self.src.text.as_bytes();
                        let open = text[func.span.end as usize..g.span.start as usize]
                            .iter()
                            .rposition(|&b| b == b'(')
                            .map(|i| func.span.end + i as u32);
                        match open {
                            Some(start) if text.get(g.span.start as usize) != Some(&b'(') => {
                                let whole = Expr {
                                    span: Span::new(start as usize, e.span.end as usize),
                                    kind: g.kind.clone(),
                                };
                                let v = self.expr(&whole, Ctx::Load);
                                self.vm.new_list(vec![v])
                            }
                            _ => self.exprs(args, Ctx::Load),
                        }
                    }
                    _ => self.exprs(args, Ctx::Load),
                };
                ("Call", vec![f, args, self.keywords(keywords)])
            }
            JoinedStr(parts) => ("JoinedStr", vec![self.fstring_parts(parts, e.span)]),
            FormattedValue { .. } => return self.fpart(e, e.span),
            Constant(c) => {
                // `kind` is 'u' for a u-prefixed string literal.
                let first = self.src.text.as_bytes().get(e.span.start as usize);
                let kind = match c {
                    crate::ast::Constant::Str(_) | crate::ast::Constant::SurrStr(_)
                        if matches!(first, Some(b'u' | b'U')) =>
                    {
                        self.str("u")
                    }
                    _ => Value::None,
                };
                ("Constant", vec![self.constant(c), kind])
            }
            Attribute { value, attr } => (
                "Attribute",
                vec![
                    self.expr(value, Ctx::Load),
                    self.str(attr),
                    self.leaf(ctx.name()),
                ],
            ),
            Subscript { value, slice } => (
                "Subscript",
                vec![
                    self.expr(value, Ctx::Load),
                    self.expr(slice, Ctx::Load),
                    self.leaf(ctx.name()),
                ],
            ),
            Starred(v) => ("Starred", vec![self.expr(v, ctx), self.leaf(ctx.name())]),
            Name(id) => ("Name", vec![self.str(id), self.leaf(ctx.name())]),
            List(v) => ("List", vec![self.exprs(v, ctx), self.leaf(ctx.name())]),
            Tuple(v) => ("Tuple", vec![self.exprs(v, ctx), self.leaf(ctx.name())]),
            Slice { lower, upper, step } => (
                "Slice",
                vec![
                    self.opt_expr(lower.as_deref(), Ctx::Load),
                    self.opt_expr(upper.as_deref(), Ctx::Load),
                    self.opt_expr(step.as_deref(), Ctx::Load),
                ],
            ),
        };
        self.node(name, sp, f)
    }
}
