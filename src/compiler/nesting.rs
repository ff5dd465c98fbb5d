//! Nesting limits of the parser and compiler, checked before any recursive pass runs.
//!
//! mempy's LR parser builds arbitrarily deep trees without native recursion, but the
//! symbol table and code generator recurse once per nesting level. CPython 3.11 bounds
//! both stages, and mempy reproduces its two outcomes instead of relying on the size
//! of the interpreter thread's stack:
//!
//! * the PEG parser gives up with a bare `MemoryError` when its rule nesting reaches
//!   `MAXSTACK` (6000). Left-recursive chains (`1+1+...`, `a.b.c...`, `f()()...`) are
//!   parsed by loops and cost nothing per link; right-recursive ones (`- - -x`,
//!   `not not x`, `a if b else c if ...`, `a**b**c...`, `lambda: lambda: ...`) cost one
//!   or two levels each, and a sub-expression that restarts the grammar (an argument, an
//!   element, a bracketed expression) costs the whole chain from `expression` to
//!   `atom`. [`parser_levels`] estimates that count from the tree; the per-construct
//!   costs were calibrated against python3.11 (`-`×5970 and `lambda: `×2985 fail in an
//!   expression statement) and are approximate for other contexts;
//! * the symbol table counts one level per statement and per expression node along
//!   the nesting path, starting at 3 × the current recursion depth, and raises
//!   `RecursionError: maximum recursion depth exceeded during compilation` past
//!   3 × the recursion limit (`COMPILER_STACK_FRAME_SCALE`). That rule is exact.
//!
//! Both walks stop descending as soon as the limit is reached, so they recurse at most
//! `MAXSTACK` / the scaled limit levels; the scaled limit is further capped at
//! [`NATIVE_COMPILE_DEPTH`] so a raised recursion limit cannot make the compiler itself
//! recurse deeper than its native stack allows.

use crate::ast::{Expr, ExprKind, Module, Pattern, Stmt, StmtKind};
use std::cell::Cell;

/// CPython's `MAXSTACK` for the PEG parser.
const PARSER_MAXSTACK: usize = 6000;
/// Parser levels above a top-level expression statement's first operator.
const PARSER_BASE: usize = 30;
/// Extra parser levels per enclosing compound statement (block, statements, ...).
const PARSER_PER_BLOCK: usize = 6;
/// The rule chain from `expression` down to `atom`, paid again by every sub-expression
/// that restarts the grammar (call arguments, container elements, subscripts, ...).
const PARSER_RESTART: usize = 20;
/// `COMPILER_STACK_FRAME_SCALE`.
const SCALE: usize = 3;
/// Deepest nesting the symbol table and code generator may be asked to recurse into,
/// whatever the recursion limit (each level costs a few native frames of a few hundred
/// bytes; the interpreter thread has 1 GiB).
pub const NATIVE_COMPILE_DEPTH: usize = 200_000;

/// Why a tree is too deep to compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TooDeep {
    /// The parser's stack limit: CPython raises a bare `MemoryError`.
    Parser,
    /// `RecursionError: maximum recursion depth exceeded during compilation`.
    Compiler,
}

thread_local! {
    /// (current recursion depth, recursion limit) of the running program, set by the
    /// VM before it compiles code at run time (`exec`, `eval`, `compile`).
    static BUDGET: Cell<(usize, usize)> = const { Cell::new((0, 1000)) };
}

/// Records the recursion depth and limit the next compilation starts from.
pub fn set_budget(depth: usize, limit: usize) {
    BUDGET.with(|b| b.set((depth, limit)));
}

/// Checks `module` against both limits (parser first, as CPython fails there first).
pub fn check(module: &Module) -> Result<(), TooDeep> {
    for s in &module.body {
        stmt_levels(s, 0)?;
    }
    let (depth, limit) = BUDGET.with(|b| b.get());
    let limit = limit.saturating_mul(SCALE).min(NATIVE_COMPILE_DEPTH);
    let start = depth.saturating_mul(SCALE);
    let w = SymWalk { limit };
    for s in &module.body {
        w.stmt(s, start)?;
    }
    Ok(())
}

// ---- parser levels -------------------------------------------------------------

fn stmt_levels(s: &Stmt, blocks: usize) -> Result<(), TooDeep> {
    let base = PARSER_BASE + PARSER_PER_BLOCK * blocks;
    let e = |e: &Expr, extra: usize| parser_levels(e, base + extra);
    let body = |b: &[Stmt]| b.iter().try_for_each(|s| stmt_levels(s, blocks + 1));
    match &s.kind {
        StmtKind::Expr(x) => e(x, 0),
        StmtKind::Assign { targets, value } => {
            targets.iter().try_for_each(|t| e(t, 2))?;
            e(value, 2)
        }
        StmtKind::AugAssign { target, value, .. } => {
            e(target, 2)?;
            e(value, 2)
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            e(target, 2)?;
            e(annotation, 2)?;
            value.iter().try_for_each(|v| e(v, 2))
        }
        StmtKind::Return(v) => v.iter().try_for_each(|v| e(v, 2)),
        StmtKind::Delete(v) => v.iter().try_for_each(|v| e(v, 2)),
        StmtKind::Raise { exc, cause } => exc.iter().chain(cause.iter()).try_for_each(|v| e(v, 2)),
        StmtKind::Assert { test, msg } => {
            e(test, 2)?;
            msg.iter().try_for_each(|v| e(v, 2))
        }
        StmtKind::FunctionDef {
            params,
            body: b,
            decorators,
            returns,
            ..
        } => {
            decorators.iter().try_for_each(|d| e(d, 2))?;
            params.try_for_each_expr(|x| e(x, 2))?;
            returns.iter().try_for_each(|r| e(r, 2))?;
            body(b)
        }
        StmtKind::ClassDef {
            bases,
            keywords,
            body: b,
            decorators,
            ..
        } => {
            decorators.iter().try_for_each(|d| e(d, 2))?;
            bases.iter().try_for_each(|x| e(x, 2))?;
            keywords.iter().try_for_each(|k| e(&k.value, 2))?;
            body(b)
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
            ..
        } => {
            e(target, 2)?;
            e(iter, 2)?;
            body(b)?;
            body(orelse)
        }
        StmtKind::While {
            test,
            body: b,
            orelse,
        }
        | StmtKind::If {
            test,
            body: b,
            orelse,
        } => {
            e(test, 2)?;
            body(b)?;
            body(orelse)
        }
        StmtKind::With { items, body: b, .. } => {
            for it in items {
                e(&it.context, 2)?;
                it.target.iter().try_for_each(|t| e(t, 2))?;
            }
            body(b)
        }
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            body(b)?;
            for h in handlers {
                h.typ.iter().try_for_each(|t| e(t, 2))?;
                body(&h.body)?;
            }
            body(orelse)?;
            body(finalbody)
        }
        StmtKind::Match { subject, cases } => {
            e(subject, 2)?;
            for c in cases {
                pattern_levels(&c.pattern, base + PARSER_RESTART)?;
                c.guard.iter().try_for_each(|g| e(g, 2))?;
                body(&c.body)?;
            }
            Ok(())
        }
        StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => Ok(()),
    }
}

/// Parser levels of a pattern: each nested pattern restarts the pattern rules
/// (`pattern` down to `closed_pattern`), its expressions are entered at that level.
fn pattern_levels(p: &Pattern, level: usize) -> Result<(), TooDeep> {
    if level >= PARSER_MAXSTACK {
        return Err(TooDeep::Parser);
    }
    let (pats, exprs) = p.children();
    exprs.iter().try_for_each(|x| parser_levels(x, level))?;
    pats.iter()
        .try_for_each(|q| pattern_levels(q, level + PARSER_RESTART / 2))
}

/// Fails when the parser would have reached `MAXSTACK` inside `e`, entered at `level`.
fn parser_levels(e: &Expr, level: usize) -> Result<(), TooDeep> {
    if level >= PARSER_MAXSTACK {
        return Err(TooDeep::Parser);
    }
    let sub = |x: &Expr, cost: usize| parser_levels(x, level + cost);
    let restart = |x: &Expr| parser_levels(x, level + PARSER_RESTART);
    match &e.kind {
        // Loops in the grammar: the left operand is parsed at the same level.
        ExprKind::BinOp { left, op, right } => {
            sub(left, 0)?;
            let cost = if matches!(op, crate::ast::BinOp::Pow) {
                2
            } else {
                1
            };
            sub(right, cost)
        }
        ExprKind::Attribute { value, .. } => sub(value, 0),
        ExprKind::Subscript { value, slice } => {
            sub(value, 0)?;
            restart(slice)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            sub(func, 0)?;
            args.iter().try_for_each(restart)?;
            keywords.iter().try_for_each(|k| restart(&k.value))
        }
        ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| sub(v, 1)),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            sub(left, 1)?;
            comparators.iter().try_for_each(|c| sub(c, 1))
        }
        // Right recursion: one or two rule levels per link.
        ExprKind::UnaryOp { operand, .. } => sub(operand, 1),
        ExprKind::Await(x) | ExprKind::Starred(x) => sub(x, 1),
        // The test and body are disjunctions, parsed and finished before the orelse
        // recursion goes deeper; python3.11 fails `1 if 0 else `×5970 like `-`×5970.
        ExprKind::IfExp { test, body, orelse } => {
            sub(test, 1)?;
            sub(body, 1)?;
            sub(orelse, 1)
        }
        ExprKind::Lambda { params, body } => {
            params.try_for_each_expr(restart)?;
            sub(body, 2)
        }
        ExprKind::NamedExpr { target, value } => {
            sub(target, 1)?;
            sub(value, 1)
        }
        // Sub-expressions that start over from `expression`.
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().try_for_each(restart)?;
            values.iter().try_for_each(restart)
        }
        ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) => v.iter().try_for_each(restart),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            restart(elt)?;
            generators.iter().try_for_each(|g| {
                restart(&g.target)?;
                restart(&g.iter)?;
                g.ifs.iter().try_for_each(restart)
            })
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            restart(key)?;
            restart(value)?;
            generators.iter().try_for_each(|g| {
                restart(&g.target)?;
                restart(&g.iter)?;
                g.ifs.iter().try_for_each(restart)
            })
        }
        ExprKind::Yield(v) => v.iter().try_for_each(|x| restart(x)),
        ExprKind::YieldFrom(x) => restart(x),
        ExprKind::Slice { lower, upper, step } => lower
            .iter()
            .chain(upper)
            .chain(step)
            .try_for_each(|x| restart(x)),
        // f-string replacement fields are parsed by a fresh parser (levels restart).
        ExprKind::JoinedStr(v) => v.iter().try_for_each(|x| parser_levels(x, 0)),
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            parser_levels(value, PARSER_BASE)?;
            format_spec
                .iter()
                .try_for_each(|x| parser_levels(x, PARSER_BASE))
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => Ok(()),
    }
}

// ---- symbol-table depth ----------------------------------------------------------

struct SymWalk {
    limit: usize,
}

impl SymWalk {
    fn enter(&self, depth: usize) -> Result<usize, TooDeep> {
        if depth + 1 > self.limit {
            return Err(TooDeep::Compiler);
        }
        Ok(depth + 1)
    }

    fn body(&self, b: &[Stmt], d: usize) -> Result<(), TooDeep> {
        b.iter().try_for_each(|s| self.stmt(s, d))
    }

    fn stmt(&self, s: &Stmt, depth: usize) -> Result<(), TooDeep> {
        let d = self.enter(depth)?;
        let e = |x: &Expr| self.expr(x, d);
        match &s.kind {
            StmtKind::Expr(x) => e(x),
            StmtKind::Assign { targets, value } => {
                targets.iter().try_for_each(e)?;
                e(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                e(target)?;
                e(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                e(target)?;
                e(annotation)?;
                value.iter().try_for_each(e)
            }
            StmtKind::Return(v) => v.iter().try_for_each(e),
            StmtKind::Delete(v) => v.iter().try_for_each(e),
            StmtKind::Raise { exc, cause } => exc.iter().chain(cause.iter()).try_for_each(e),
            StmtKind::Assert { test, msg } => {
                e(test)?;
                msg.iter().try_for_each(e)
            }
            StmtKind::FunctionDef {
                params,
                body,
                decorators,
                returns,
                ..
            } => {
                decorators.iter().try_for_each(e)?;
                params.try_for_each_expr(e)?;
                returns.iter().try_for_each(|r| e(r))?;
                self.body(body, d)
            }
            StmtKind::ClassDef {
                bases,
                keywords,
                body,
                decorators,
                ..
            } => {
                decorators.iter().try_for_each(e)?;
                bases.iter().try_for_each(e)?;
                keywords.iter().try_for_each(|k| e(&k.value))?;
                self.body(body, d)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                e(target)?;
                e(iter)?;
                self.body(body, d)?;
                self.body(orelse, d)
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                e(test)?;
                self.body(body, d)?;
                self.body(orelse, d)
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    e(&it.context)?;
                    it.target.iter().try_for_each(e)?;
                }
                self.body(body, d)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body, d)?;
                for h in handlers {
                    h.typ.iter().try_for_each(e)?;
                    self.body(&h.body, d)?;
                }
                self.body(orelse, d)?;
                self.body(finalbody, d)
            }
            StmtKind::Match { subject, cases } => {
                e(subject)?;
                for c in cases {
                    self.pattern(&c.pattern, d)?;
                    c.guard.iter().try_for_each(e)?;
                    self.body(&c.body, d)?;
                }
                Ok(())
            }
            StmtKind::Import(_)
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => Ok(()),
        }
    }

    fn pattern(&self, p: &Pattern, depth: usize) -> Result<(), TooDeep> {
        let d = self.enter(depth)?;
        let (pats, exprs) = p.children();
        exprs.iter().try_for_each(|x| self.expr(x, d))?;
        pats.iter().try_for_each(|q| self.pattern(q, d))
    }

    fn expr(&self, x: &Expr, depth: usize) -> Result<(), TooDeep> {
        let d = self.enter(depth)?;
        x.try_for_each_child(|c| self.expr(c, d))
    }
}
