//! `try`/`except`/`else`/`finally` and `with`: block setup and handler code.
//!
//! Mirrors compiler_try_except / compiler_try_finally / compiler_with in CPython's
//! Python/compile.c, using block instructions instead of 3.11's exception table.
//!
//! VM CONTRACT (what this code assumes; notation bottom → top, `S` = the stack at
//! `SetupExcept`):
//! * Handled exceptions form a stack. Entering a handler (an exception caught by a
//!   `SetupExcept` block) cuts the value stack back to `S`, pushes `exc`, pushes `exc`
//!   on the handled stack and jumps. `PopExcept` pops one value and one handled entry.
//!   `Reraise` does NOT touch the handled stack: every path that leaves a handler by
//!   re-raising first runs `Copy(1); PopExcept` (pop the handled entry, keep `exc`).
//!   (A VM that also truncates the handled stack when unwinding is compatible.)
//! * try/except:
//!   `SetupExcept(H) body PopBlock else Jump(END)`
//!   `H: [S, exc]  SetupExcept(C0)` then per clause
//!   `type CheckExcMatch PopJumpIfFalse(NEXT)   [S, exc]`
//!   `PopBlock(C0)  [Copy(1) store name]  SetupExcept(Ci) body PopBlock [name=None; del name]
//!    PopExcept Jump(END)`
//!   `Ci: [S, exc, exc2] [name=None; del name] Swap(2) PopExcept Copy(1) PopExcept Reraise`
//!   no clause matched: `PopBlock(C0) Copy(1) PopExcept Reraise`;
//!   `C0: [S, exc, exc2] Swap(2) PopExcept Copy(1) PopExcept Reraise` (error in a type expr).
//! * try/finally: `SetupExcept(CL) body PopBlock finalbody Jump(END)`
//!   `CL: [S, exc] SetupExcept(CL2) finalbody PopBlock Copy(1) PopExcept Reraise`
//!   `CL2: [S, exc, exc2] Swap(2) PopExcept Copy(1) PopExcept Reraise`.
//!   try/except/finally is a try/finally around a try/except.
//! * with: `ctx BeforeWith [exit, res] (store target | Pop) [exit] SetupExcept(H) body
//!   PopBlock None None None Call(3) Pop Jump(END)` (the exit call as CPython's)
//!   `H: [S=.., exit, exc] SetupExcept(H2) WithExceptStart [exit, exc, res] PopJumpIfTrue(SUP)
//!   PopBlock Copy(1) PopExcept Reraise`
//!   `SUP: PopBlock PopExcept Pop []`; `H2: [exit, exc, exc2] Swap(2) PopExcept Copy(1)
//!   PopExcept Reraise` (an error raised by `__exit__`).
//! * Early exits (`break`/`continue`/`return`) out of a handler body run
//!   `PopBlock [unbind name] PopExcept`; out of a with body `PopBlock` and the exit call; out of a
//!   finally-protected body `PopBlock finalbody`. `return` keeps its value on top
//!   (`Swap(2)` before each pop of what is below it), so while a finally body inlined
//!   by `return` runs, the pending value is below whatever the body pushes: an early
//!   exit out of that body drops it first (`Block::PopValue`, CPython's POP_VALUE), so
//!   `continue`/`break` there discard the return and a `return` there replaces it.

use super::{Block, Compiler};
use crate::ast::{ExceptHandler, Stmt, WithItem};
use crate::bytecode::Op;
use crate::diagnostics::SyntaxError;

impl<'a> Compiler<'a> {
    /// Emits the code for a handler whose stack is `[exc, exc2]`: restore both handled
    /// entries and re-raise `exc2` (the new exception, whose context is `exc`) from
    /// where it was raised (CPython's cleanup handler, `RERAISE 1`).
    fn emit_double_reraise(&mut self) {
        self.without_line(|c| {
            c.emit(Op::Swap(2));
            c.emit(Op::PopExcept);
            c.emit_reraise(1);
        });
    }

    /// Re-raises the exception on top after popping its handled-stack entry;
    /// `lasti` is `Reraise`'s operand.
    fn emit_reraise(&mut self, lasti: u32) {
        self.without_line(|c| {
            c.emit(Op::Copy(1));
            c.emit(Op::PopExcept);
            c.emit(Op::Reraise(lasti));
        });
    }

    /// Leaves a handler block and re-raises (an `except` that matched nothing, the
    /// end of a `finally` run for an exception: `lasti` 0; a `with` whose `__exit__`
    /// did not suppress the exception: 2, as CPython's `RERAISE 2`).
    fn emit_pop_reraise(&mut self, lasti: u32) {
        self.without_line(|c| {
            c.emit(Op::PopBlock);
            c.emit_reraise(lasti);
        });
    }

    /// Emits cleanup code that has no line of its own (CPython's artificial
    /// instructions): `sys.settrace` reports no 'line' event for it.
    fn without_line(&mut self, f: impl FnOnce(&mut Self)) {
        self.flush_pass();
        let at = self.here();
        f(self);
        let end = self.here();
        self.unit().no_line.extend(at..end);
    }

    pub(super) fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let setup = self.emit(Op::SetupExcept(0));
        self.push_block(Block::Finally(finalbody))?;
        if handlers.is_empty() {
            self.body(body)?;
            self.body(orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().blocks.pop();
        self.emit(Op::PopBlock);
        self.body(finalbody)?;
        let end = self.emit(Op::Jump(0));
        // Exceptional path: [exc].
        self.patch(setup);
        let guard = self.emit(Op::SetupExcept(0));
        self.push_block(Block::FinallyCleanup)?;
        self.body(finalbody)?;
        self.unit().blocks.pop();
        self.emit_pop_reraise(0);
        self.patch(guard);
        self.emit_double_reraise();
        self.patch(end);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        if handlers.first().is_some_and(|h| h.star) {
            return self.try_star(body, handlers, orelse);
        }
        let setup = self.emit(Op::SetupExcept(0));
        self.push_block(Block::Try)?;
        self.body(body)?;
        self.unit().blocks.pop();
        self.emit(Op::PopBlock);
        self.body(orelse)?;
        let mut ends = vec![self.emit(Op::Jump(0))];
        // Handler entry: [exc].
        self.patch(setup);
        let c0 = self.emit(Op::SetupExcept(0));
        let mut catch_all = false;
        for (i, h) in handlers.iter().enumerate() {
            if h.typ.is_none() && i + 1 < handlers.len() {
                // CPython marks the `except:` line (the handler's first line).
                let span = crate::ast::Span::new(h.span.start as usize, h.span.start as usize + 7);
                return Err(SyntaxError::syntax("default 'except:' must be last", span));
            }
            self.set_line(h.span);
            let next = match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Op::CheckExcMatch);
                    Some(self.emit(Op::PopJumpIfFalse(0)))
                }
                None => {
                    catch_all = true;
                    None
                }
            };
            self.emit(Op::PopBlock);
            if let Some(n) = &h.name {
                // The name takes the stack's reference (CPython's `STORE_FAST`
                // after `PUSH_EXC_INFO`): while the handler runs, the exception is
                // held by the name and the handled-exception stack only, so
                // `sys.getrefcount(e)` is CPython's. A None keeps the slot that
                // `PopExcept` pops (CPython's is the previous exception).
                self.name_op(n, super::Ctx::Store);
                self.emit_const(crate::bytecode::Const::None);
            }
            let guard = self.emit(Op::SetupExcept(0));
            self.push_block(Block::Handler(h.name.as_deref()))?;
            self.body(&h.body)?;
            self.unit().blocks.pop();
            self.emit(Op::PopBlock);
            if let Some(n) = &h.name {
                self.unbind_exc_name(n);
            }
            self.emit(Op::PopExcept);
            ends.push(self.emit(Op::Jump(0)));
            // The handler body raised: [exc, exc2].
            self.patch(guard);
            if let Some(n) = &h.name {
                self.unbind_exc_name(n);
            }
            self.emit_double_reraise();
            match next {
                Some(j) => self.patch(j),
                None => break,
            }
        }
        if let (false, Some(last)) = (catch_all, handlers.last()) {
            // Nothing matched: re-raised on the last `except` line, where the last
            // failed match jumped from (CPython propagates that line to its RERAISE).
            let before = self.set_line(last.span);
            self.emit_pop_reraise(0);
            self.unit().loc = before;
        }
        self.patch(c0);
        self.emit_double_reraise();
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// `try`/`except*` (CPython's compiler_try_star_except). Every clause sees what
    /// the clauses before it left unmatched; what the clause bodies raise, and the
    /// part no clause matched, are gathered in a list that `PrepReraiseStar` turns
    /// into the exception to re-raise (or None):
    /// `H: [exc] SetupExcept(C0) Copy(1) BuildList(0) Swap(2)  [orig, res, exc]`, per
    /// clause `type CheckEgMatch PopJumpIfFalse(NOMATCH)  [orig, res, rest, match]`
    /// `(store name | Pop) SetupExcept(R) body PopBlock [unbind] Jump(NEXT)`;
    /// `R: [orig, res, rest, exc2] [unbind] Copy(1) PopExcept ListAppend(3) Jump(NEXT)`;
    /// `NOMATCH: Pop`; after the last clause `NEXT: ListAppend(1) PrepReraiseStar
    /// PopBlock(C0)`, then `[exc] Copy(1) None Is PopJumpIfFalse(RER) PopExcept
    /// Jump(END)`, `RER: Copy(1) PopExcept Reraise`; `C0` as in `try_except`.
    fn try_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        let setup = self.emit(Op::SetupExcept(0));
        self.push_block(Block::Try)?;
        self.body(body)?;
        self.unit().blocks.pop();
        self.emit(Op::PopBlock);
        self.body(orelse)?;
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        let c0 = self.emit(Op::SetupExcept(0));
        self.without_line(|c| {
            c.emit(Op::Copy(1));
            c.emit(Op::BuildList(0));
            c.emit(Op::Swap(2));
        });
        for h in handlers {
            self.set_line(h.span);
            if let Some(t) = &h.typ {
                self.expr(t)?;
            }
            self.emit(Op::CheckEgMatch);
            let nomatch = self.emit(Op::PopJumpIfFalse(0));
            match &h.name {
                Some(n) => self.name_op(n, super::Ctx::Store),
                None => {
                    self.emit(Op::Pop);
                }
            }
            let guard = self.emit(Op::SetupExcept(0));
            self.push_block(Block::StarHandler)?;
            self.body(&h.body)?;
            self.unit().blocks.pop();
            self.emit(Op::PopBlock);
            if let Some(n) = &h.name {
                self.unbind_exc_name(n);
            }
            let next = self.emit(Op::Jump(0));
            // The clause body raised: [orig, res, rest, exc2].
            self.patch(guard);
            self.without_line(|c| {
                if let Some(n) = &h.name {
                    c.unbind_exc_name(n);
                }
                c.emit(Op::Copy(1));
                c.emit(Op::PopExcept);
                c.emit(Op::ListAppend(2));
            });
            let raised = self.emit(Op::Jump(0));
            self.patch(nomatch);
            self.emit(Op::Pop);
            self.patch(next);
            self.patch(raised);
        }
        let rer = self.without_line_jump(|c| {
            c.emit(Op::ListAppend(1));
            c.emit(Op::PrepReraiseStar);
            c.emit(Op::PopBlock);
            c.emit(Op::Copy(1));
            c.emit_const(crate::bytecode::Const::None);
            c.emit(Op::CompareOp(crate::bytecode::CmpOp::Is));
            let rer = c.emit(Op::PopJumpIfFalse(0));
            c.emit(Op::PopExcept);
            rer
        });
        let done = self.emit(Op::Jump(0));
        self.patch(rer);
        self.emit_reraise(0);
        self.patch(c0);
        self.emit_double_reraise();
        self.patch(end);
        self.patch(done);
        Ok(())
    }

    /// `without_line` for code that returns a jump to patch.
    fn without_line_jump(&mut self, f: impl FnOnce(&mut Self) -> usize) -> usize {
        let mut at = 0;
        self.without_line(|c| at = f(c));
        at
    }

    /// `await` of the value on top (`GetAwaitable(kind)`, then `yield from` it).
    pub(super) fn emit_await(&mut self, kind: u32) {
        self.emit(Op::GetAwaitable(kind));
        self.emit_const(crate::bytecode::Const::None);
        self.emit(Op::YieldFrom);
    }

    /// `with` / `async with` (CPython's compiler_with / compiler_async_with): one
    /// context manager per level, the rest of the items nested inside.
    pub(super) fn with(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> Result<(), SyntaxError> {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        // Leaving the block (the `__exit__` call, the handler) is on the `with` line,
        // as in CPython: in a traceback from `__exit__` and in `sys.settrace`'s events.
        let with_loc = self.cur().loc;
        self.expr(&item.context)?;
        if is_async {
            self.emit(Op::BeforeAsyncWith);
            self.emit_await(1);
        } else {
            self.emit(Op::BeforeWith);
        }
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        let setup = self.emit(Op::SetupExcept(0));
        self.push_block(if is_async {
            Block::AsyncWith
        } else {
            Block::With
        })?;
        self.with(rest, body, is_async)?;
        self.unit().blocks.pop();
        let body_loc = std::mem::replace(&mut self.unit().loc, with_loc);
        self.emit(Op::PopBlock);
        if is_async {
            self.emit(Op::AsyncWithExit);
            self.emit_await(2);
            self.emit(Op::Pop);
        } else {
            self.emit_with_exit_call();
        }
        let end = self.emit(Op::Jump(0));
        // Handler: [exit, exc].
        self.patch(setup);
        let guard = self.emit(Op::SetupExcept(0));
        self.emit(Op::WithExceptStart);
        if is_async {
            self.emit_await(2);
        }
        let suppress = self.emit(Op::PopJumpIfTrue(0));
        self.emit_pop_reraise(2);
        self.patch(suppress);
        self.emit(Op::PopBlock);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        let end2 = self.emit(Op::Jump(0));
        self.patch(guard);
        self.emit_double_reraise();
        self.patch(end);
        self.patch(end2);
        self.unit().loc = body_loc;
        Ok(())
    }

    /// `async for` (CPython's compiler_async_for): `__aiter__` once, then each step
    /// awaits `__anext__()` under a handler that ends the loop on StopAsyncIteration.
    /// `top: SetupExcept(H) GetANext await PopBlock store body Jump(top)`
    /// `H: [aiter, exc] EndAsyncFor orelse`.
    pub(super) fn async_for(
        &mut self,
        target: &'a crate::ast::Expr,
        iter: &'a crate::ast::Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        self.expr(iter)?;
        self.emit(Op::GetAIter);
        let top = self.here();
        let setup = self.emit(Op::SetupExcept(0));
        self.emit(Op::GetANext);
        self.emit_await(0);
        self.emit(Op::PopBlock);
        self.store_target(target)?;
        let id = self.push_loop(top, true)?;
        self.body(body)?;
        self.emit(Op::Jump(top));
        let breaks = self.pop_loop(id);
        self.patch(setup);
        self.emit(Op::EndAsyncFor);
        self.body(orelse)?;
        breaks.into_iter().for_each(|b| self.patch(b));
        Ok(())
    }
}
