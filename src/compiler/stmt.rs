//! Statements: control flow (`if`/`while`/`for`, `break`/`continue`/`return` with the
//! unwinding of enclosing blocks), imports, `assert`, `raise`, expression statements.
//!
//! Mirrors compiler_visit_stmt and compiler_unwind_fblock in CPython's Python/compile.c.
//! `for` keeps its iterator on the stack for the whole loop: `[it]` at the `ForIter`,
//! `[it, item]` after it, and `ForIter` pops the iterator itself on exhaustion.

use super::{Block, Compiler, Ctx};
use crate::ast::{Expr, ExprKind, Stmt, StmtKind};
use crate::bytecode::{Const, Op, TraceEvent};
use crate::diagnostics::SyntaxError;

impl<'a> Compiler<'a> {
    pub(super) fn body(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        self.set_line(s.span);
        // `--trace`: a line event per statement; loops report at their head instead
        // (once per iteration, as CPython's line events do).
        if self.trace && !matches!(s.kind, StmtKind::While { .. } | StmtKind::For { .. }) {
            self.emit(Op::Trace(TraceEvent::Line));
        }
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                params,
                body,
                decorators,
                ..
            } => self.function_def(s, name, params, body, decorators)?,
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            } => self.class_def(s, name, bases, keywords, body, decorators)?,
            StmtKind::Return(v) => {
                if !matches!(self.cur().kind, super::ScopeKind::Function) {
                    return Err(SyntaxError::syntax("'return' outside function", s.span));
                }
                if v.is_some() && self.cur().flags.async_generator {
                    return Err(SyntaxError::syntax(
                        "'return' with value in async generator",
                        s.span,
                    ));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Const::None),
                }
                self.set_line(s.span);
                if self
                    .cur()
                    .blocks
                    .iter()
                    .any(|b| matches!(b, Block::StarHandler))
                {
                    // CPython's compiler_return marks a constant value on the
                    // statement's line, and the except* check reports that place.
                    let at = match v {
                        Some(v) if matches!(v.kind, crate::ast::ExprKind::Constant(_)) => v.span,
                        _ => s.span,
                    };
                    return Err(SyntaxError::syntax(super::symtable::STAR_EXIT, at));
                }
                let before = self.here();
                self.unwind(true)?;
                if self.here() > before {
                    // Through a `finally`: the return is on the finally body's last
                    // line, as CPython's (where `sys.settrace` reports it).
                    if let Some(&l) = self.cur().lines.last() {
                        self.unit().loc.line = l;
                    }
                }
                self.emit(Op::ReturnValue);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                if let Some(items) = self.swap_assignment(targets, value)? {
                    // `a, b = b, a`: the values are pushed and reordered in place,
                    // as CPython's peephole pass turns `BUILD_TUPLE n;
                    // UNPACK_SEQUENCE n` (n <= 3) into `SWAP n`; no tuple is made.
                    let saved = self.set_line(value.span);
                    items.iter().try_for_each(|x| self.expr(x))?;
                    self.unit().loc = saved;
                    let swap_at =
                        (items.len() > 1).then(|| self.emit(Op::Swap(items.len() as u32)));
                    if let ExprKind::Tuple(ts) | ExprKind::List(ts) = &targets[0].kind {
                        let saved = self.set_line(targets[0].span);
                        ts.iter().try_for_each(|t| self.store_target(t))?;
                        self.unit().loc = saved;
                    }
                    if let Some(at) = swap_at {
                        self.apply_static_swap(at, items.len());
                    }
                } else {
                    self.expr(value)?;
                    for (i, t) in targets.iter().enumerate() {
                        if i + 1 < targets.len() {
                            self.emit(Op::Copy(1));
                        }
                        self.store_target(t)?;
                    }
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                // A simple name's annotation is stored; a parenthesized name's,
                // like an attribute's or subscript's, is only evaluated.
                if let (ExprKind::Name(n), true) =
                    (&target.kind, crate::ast::ann_simple(s.span, target))
                {
                    if self.cur().class_annotations {
                        // __annotations__[name] = annotation, the key mangled by
                        // the class as the name itself is.
                        self.annotation(annotation)?;
                        self.name_op("__annotations__", Ctx::Load);
                        let key = self.mangled(n).into_owned();
                        self.emit_const(Const::Str(key.as_str().into()));
                        self.emit(Op::StoreSubscr);
                    }
                } else {
                    self.complex_annotation(target, annotation, value.is_none())?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => self.async_for(target, iter, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.iter_operand(iter)?;
                self.emit(Op::GetIter);
                let top = self.here();
                if self.trace {
                    self.set_line(s.span);
                    self.emit(Op::Trace(TraceEvent::Line));
                }
                let exit = self.emit(Op::ForIter(0));
                self.store_target(target)?;
                let id = self.push_loop(top, true)?;
                self.body(body)?;
                self.emit(Op::Jump(top));
                let breaks = self.pop_loop(id);
                self.patch(exit);
                self.body(orelse)?;
                breaks.into_iter().for_each(|b| self.patch(b));
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.here();
                if self.trace {
                    self.emit(Op::Trace(TraceEvent::Line));
                }
                self.expr(test)?;
                let exit = self.emit(Op::PopJumpIfFalse(0));
                let id = self.push_loop(top, false)?;
                self.body(body)?;
                self.emit(Op::Jump(top));
                let breaks = self.pop_loop(id);
                self.patch(exit);
                self.body(orelse)?;
                breaks.into_iter().for_each(|b| self.patch(b));
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let skip = self.emit(Op::PopJumpIfFalse(0));
                self.body(body)?;
                if orelse.is_empty() {
                    self.patch(skip);
                } else {
                    let end = self.emit(Op::Jump(0));
                    self.patch(skip);
                    self.body(orelse)?;
                    self.patch(end);
                }
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.with(items, body, *is_async)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                for x in [exc, cause].into_iter().flatten() {
                    self.expr(x)?;
                    n += 1;
                }
                self.set_line(s.span);
                self.emit(Op::Raise(n));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody)?,
            StmtKind::Assert { test, msg } => {
                // `assert (x, "msg")` tests a non-empty tuple: always true.
                if matches!(&test.kind, ExprKind::Tuple(items) if !items.is_empty()) {
                    self.syntax_warning_at(
                        s.span,
                        "assertion is always true, perhaps remove parentheses?",
                    );
                }
                // Optimized code (`-O`, `compile(optimize=1)`) has no asserts.
                if super::optimize_level() >= 1 {
                    return Ok(());
                }
                self.expr(test)?;
                // CPython 3.11 jumps on a comparison without restoring the location it
                // set for it, so the AssertionError is raised "at" the last comparison.
                if let Some(span) = sticky_compare(test) {
                    self.set_line(span);
                }
                let ok = self.emit(Op::PopJumpIfTrue(0));
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.patch(ok);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let i = self.name_idx(&a.name);
                    self.emit(Op::ImportName(i));
                    match &a.asname {
                        // `import a.b as c` binds the submodule: walk down the attributes.
                        Some(asname) => {
                            for part in a.name.split('.').skip(1) {
                                let i = self.name_idx(part);
                                self.emit(Op::LoadAttr(i));
                            }
                            self.name_op(asname, Ctx::Store);
                        }
                        None => self.name_op(a.name.split('.').next().unwrap(), Ctx::Store),
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level == 0 && module.as_deref() == Some("__future__") {
                    self.check_future(s, names)?;
                }
                // Relative imports are encoded as the dotted name with leading dots.
                let full = format!(
                    "{}{}",
                    ".".repeat(*level as usize),
                    module.as_deref().unwrap_or("")
                );
                let i = self.name_idx(&full);
                // Followed directly by `ImportFrom`/`ImportStar`, `ImportName` pushes
                // the named module itself (CPython's IMPORT_NAME with a fromlist).
                self.emit(Op::ImportName(i));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Op::ImportStar);
                } else {
                    for a in names {
                        let i = self.name_idx(&a.name);
                        self.emit(Op::ImportFrom(i));
                        self.name_op(a.asname.as_ref().unwrap_or(&a.name), Ctx::Store);
                    }
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Pass => {
                // A `pass` still gets `sys.settrace`'s 'line' event: it leaves a `Nop`
                // unless the next instruction is on its line.
                self.flush_pass();
                let loc = self.cur().loc;
                self.unit().pending_nop = Some(loc);
            }
            StmtKind::Expr(e) => self.expr_stmt(e)?,
            StmtKind::Break => {
                let (id, _, is_for) = self.unwind_to_loop()?;
                if is_for {
                    // ForIter pops the iterator only on exhaustion; break must do it.
                    self.emit(Op::Pop);
                }
                let j = self.emit(Op::Jump(0));
                self.unit().breaks[id].push(j);
            }
            StmtKind::Continue => {
                let (_, start, _) = self.unwind_to_loop()?;
                self.emit(Op::Jump(start));
            }
        }
        Ok(())
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        // A bare constant (e.g. a string used as a comment) has no effect.
        if matches!(e.kind, crate::ast::ExprKind::Constant(_)) && !self.print_exprs() {
            return Ok(());
        }
        self.expr(e)?;
        let op = if self.print_exprs() {
            Op::PrintExpr
        } else {
            Op::Pop
        };
        self.emit(op);
        Ok(())
    }

    /// REPL echo applies to top-level statements only.
    fn print_exprs(&self) -> bool {
        self.interactive && self.units.len() == 1
    }

    pub(super) fn push_loop(&mut self, start: u32, is_for: bool) -> Result<usize, SyntaxError> {
        let id = self.unit().breaks.len();
        self.push_block(Block::Loop { start, id, is_for })?;
        self.unit().breaks.push(Vec::new());
        Ok(id)
    }

    /// Enters block `b`, refusing to nest deeper than CPython's CO_MAXBLOCKS (20)
    /// frame blocks. CPython runs an except clause under two of them
    /// (EXCEPTION_HANDLER or EXCEPTION_GROUP_HANDLER, then HANDLER_CLEANUP), every
    /// other block here under one. The error is placed at the statement being
    /// compiled, as compiler_error does.
    pub(super) fn push_block(&mut self, b: Block<'a>) -> Result<(), SyntaxError> {
        const CO_MAXBLOCKS: usize = 20;
        fn weight(b: &Block) -> usize {
            match b {
                Block::Handler(_) | Block::StarHandler => 2,
                _ => 1,
            }
        }
        let depth: usize = self.cur().blocks.iter().map(weight).sum();
        if depth + weight(&b) > CO_MAXBLOCKS {
            let (a, z) = match self.cur().loc.span {
                super::NO_SPAN => (0, 0),
                s => s,
            };
            return Err(SyntaxError::syntax(
                "too many statically nested blocks",
                crate::ast::Span::new(a as usize, z as usize),
            ));
        }
        self.unit().blocks.push(b);
        Ok(())
    }

    pub(super) fn pop_loop(&mut self, id: usize) -> Vec<usize> {
        self.unit().blocks.pop();
        std::mem::take(&mut self.unit().breaks[id])
    }

    /// Emits the exits of every block inside the innermost loop (for `break` and
    /// `continue`), returning that loop's id, start and whether it is a `for`.
    fn unwind_to_loop(&mut self) -> Result<(usize, u32, bool), SyntaxError> {
        let saved = self.cur().blocks.clone();
        let mut result = None;
        while let Some(b) = self.unit().blocks.pop() {
            if let Block::Loop { start, id, is_for } = b {
                result = Some((id, start, is_for));
                self.unit().blocks.push(b);
                break;
            }
            self.exit_block(b, false)?;
        }
        self.unit().blocks = saved;
        // The symbol table already rejected break/continue outside a loop.
        Ok(result.expect("break/continue outside loop"))
    }

    /// For `return`: leaves every block, keeping the return value on top.
    fn unwind(&mut self, preserve_tos: bool) -> Result<(), SyntaxError> {
        let saved = self.cur().blocks.clone();
        while let Some(b) = self.unit().blocks.pop() {
            self.exit_block(b, preserve_tos)?;
        }
        self.unit().blocks = saved;
        Ok(())
    }

    /// Emits what leaving block `b` early requires. The block has already been popped
    /// from `blocks`, so a finally body inlined here sees only the outer blocks (plus a
    /// `PopValue` for a pending return value: CPython's compiler_unwind_fblock).
    fn exit_block(&mut self, b: Block<'a>, preserve_tos: bool) -> Result<(), SyntaxError> {
        // Removes the item just below the preserved value (or the top).
        let drop_below = |c: &mut Self, op: Op| {
            if preserve_tos {
                c.emit(Op::Swap(2));
            }
            c.emit(op);
        };
        match b {
            Block::Loop { is_for, .. } => {
                if is_for {
                    drop_below(self, Op::Pop);
                }
            }
            Block::Try => {
                self.emit(Op::PopBlock);
            }
            Block::Finally(body) => {
                self.emit(Op::PopBlock);
                let loc = self.cur().loc;
                // A `return`'s value stays on the stack while the finally body runs;
                // the body's own `break`/`continue`/`return` must drop it.
                if preserve_tos {
                    self.push_block(Block::PopValue)?;
                }
                self.body(body)?;
                if preserve_tos {
                    self.unit().blocks.pop();
                }
                self.unit().loc = loc;
            }
            Block::PopValue => drop_below(self, Op::Pop),
            Block::FinallyCleanup => {
                self.emit(Op::PopBlock);
                drop_below(self, Op::PopExcept);
            }
            Block::StarHandler => {
                let span = self.cur().loc.span;
                let span = crate::ast::Span::new(span.0 as usize, span.1 as usize);
                return Err(SyntaxError::syntax(super::symtable::STAR_EXIT, span));
            }
            Block::Handler(name) => {
                self.emit(Op::PopBlock);
                if let Some(n) = name {
                    self.unbind_exc_name(n);
                }
                drop_below(self, Op::PopExcept);
            }
            Block::With => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit_with_exit_call();
            }
            Block::AsyncWith => {
                self.emit(Op::PopBlock);
                drop_below(self, Op::AsyncWithExit);
                self.emit_await(2);
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    /// Leaving a `with` block normally (or by `break`, `continue`, `return`): the
    /// bound `__exit__` on top is called with three Nones (CPython 3.11's
    /// `compiler_call_exit_with_nones`) as an ordinary call, so a Python `__exit__`
    /// runs as a frame of this dispatch loop, not a nested one. CPython's `CALL`
    /// keeps the bound method on the stack through the call (it is the callable of
    /// a method-style call there) and releases it before the result: `Copy(1)`
    /// keeps it below the call, `Swap(2) Pop Pop` releases it, then the result.
    pub(super) fn emit_with_exit_call(&mut self) {
        self.emit(Op::Copy(1));
        for _ in 0..3 {
            self.emit_const(crate::bytecode::Const::None);
        }
        self.emit(Op::Call(3));
        self.emit(Op::Swap(2));
        self.emit(Op::Pop);
        self.emit(Op::Pop);
    }

    /// `e = None; del e` after `except E as e`, so the exception (and its traceback)
    /// is not kept alive by the name.
    pub(super) fn unbind_exc_name(&mut self, name: &str) {
        self.emit_const(Const::None);
        self.name_op(name, Ctx::Store);
        self.name_op(name, Ctx::Del);
    }
}

/// The comparison whose location CPython 3.11's `compiler_jump_if` leaves set after
/// jumping on `test`: the last comparison it compiles (through `and`/`or`/`not`).
fn sticky_compare(test: &crate::ast::Expr) -> Option<crate::ast::Span> {
    use crate::ast::{ExprKind, UnaryOp};
    match &test.kind {
        ExprKind::Compare { .. } => Some(test.span),
        ExprKind::BoolOp { values, .. } => values.iter().rev().find_map(sticky_compare),
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => sticky_compare(operand),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// The value items of `a, b = x, y` when CPython compiles it without a tuple:
    /// one unstarred tuple or list target, and a tuple display of as many unstarred
    /// items (one to three) that does not fold to a constant.
    fn swap_assignment(
        &self,
        targets: &'a [Expr],
        value: &'a Expr,
    ) -> Result<Option<&'a [Expr]>, SyntaxError> {
        let ([target], ExprKind::Tuple(items)) = (targets, &value.kind) else {
            return Ok(None);
        };
        let (ExprKind::Tuple(ts) | ExprKind::List(ts)) = &target.kind else {
            return Ok(None);
        };
        let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred(_));
        if ts.len() != items.len()
            || !(1..=3).contains(&items.len())
            || ts.iter().any(starred)
            || items.iter().any(starred)
            || self.folds(value)?
        {
            return Ok(None);
        }
        Ok(Some(items))
    }

    /// `obj.attr: ann` / `obj[key]: ann` (CPython's compiler_annassign for a target
    /// that is no plain name): without a value the target's parts are still
    /// evaluated (`check_ann_expr`, `check_ann_subscript`), and in a module or class
    /// body the annotation is evaluated and dropped, unless annotations are postponed.
    fn complex_annotation(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        no_value: bool,
    ) -> Result<(), SyntaxError> {
        if no_value {
            match &target.kind {
                ExprKind::Attribute { value, .. } => self.eval_and_drop(value)?,
                ExprKind::Subscript { value, slice } => {
                    self.eval_and_drop(value)?;
                    self.annotation_subscript(slice)?;
                }
                _ => {}
            }
        }
        if !self.future_annotations && self.cur().flags.uses_namespace {
            self.eval_and_drop(annotation)?;
        }
        Ok(())
    }

    /// The parts of an annotated subscript target's key, each evaluated and dropped.
    fn annotation_subscript(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.eval_and_drop(part)?;
                }
                Ok(())
            }
            ExprKind::Tuple(items) => {
                for item in items {
                    self.annotation_subscript(item)?;
                }
                Ok(())
            }
            _ => self.eval_and_drop(e),
        }
    }

    fn eval_and_drop(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        self.expr(e)?;
        self.emit(Op::Pop);
        Ok(())
    }
}
