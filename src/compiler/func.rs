//! Nested code objects: `def`, `lambda`, `class` bodies and comprehensions, and the
//! `MakeFunction` sequences that turn them into objects at run time.
//!
//! Mirrors compiler_function / compiler_lambda / compiler_class / compiler_comprehension
//! in CPython's Python/compile.c (3.11 layout: comprehensions are nested functions
//! taking the outermost iterator as their single parameter `.0`).

use super::{Compiler, Ctx};
use crate::ast::{self, Expr, Keyword, Stmt, StmtKind};
use crate::bytecode::{CodeObject, Const, Op};
use crate::diagnostics::SyntaxError;
use std::rc::Rc;

/// What a comprehension builds.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    /// Pushes the closure tuple (if the code has free variables), the code, and
    /// emits `MakeFunction(flags | 8 if closure)`.
    pub(super) fn make_function(&mut self, code: CodeObject, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in code.freevars.clone() {
                let i = self.deref_idx(&name);
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        self.emit_const(Const::Code(Rc::new(code)));
        self.emit(Op::MakeFunction(flags));
    }

    /// Evaluates defaults in the enclosing scope: a tuple of positional defaults
    /// (flag 1) and a dict of keyword-only defaults (flag 2).
    fn defaults(&mut self, p: &'a ast::Parameters) -> Result<u32, SyntaxError> {
        let mut flags = 0;
        let pos: Vec<&Expr> = p
            .posonly
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_ref())
            .collect();
        if !pos.is_empty() {
            // All-constant defaults are one constant tuple, as CPython's peephole pass
            // folds `LOAD_CONST`s + `BUILD_TUPLE`: `f.__defaults__` is then that
            // constant (it counts the code object's reference).
            let mut consts = Vec::with_capacity(pos.len());
            for d in &pos {
                match self.constant_of(d)? {
                    Some(c) => consts.push(c),
                    None => break,
                }
            }
            if consts.len() == pos.len() {
                // The items stay in `co_consts` too: CPython loads each before its
                // peephole pass folds the loads into the tuple.
                for c in &consts {
                    self.add_const(c.clone());
                }
                self.emit_compiler_const(Const::Tuple(consts.into()));
            } else {
                for d in &pos {
                    self.expr(d)?;
                }
                self.emit(Op::BuildTuple(pos.len() as u32));
            }
            flags |= 1;
        }
        let kw: Vec<&ast::Param> = p.kwonly.iter().filter(|a| a.default.is_some()).collect();
        if !kw.is_empty() {
            for a in &kw {
                // The key is the name as the function's code spells it: mangled
                // by the enclosing class (CPython's compiler_visit_kwonlydefaults).
                let key = self.mangled(&a.name).into_owned();
                self.emit_const(Const::Str(key.as_str().into()));
                self.expr(a.default.as_ref().unwrap())?;
            }
            self.emit(Op::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    fn set_arg_counts(&mut self, p: &ast::Parameters) {
        let u = self.unit();
        u.argcount = (p.posonly.len() + p.args.len()) as u32;
        u.posonlyargcount = p.posonly.len() as u32;
        u.kwonlyargcount = p.kwonly.len() as u32;
        u.flags.varargs = p.vararg.is_some();
        u.flags.varkeywords = p.kwarg.is_some();
    }

    /// `def`: decorators, defaults, the function, decorator calls, then the binding.
    pub(super) fn function_def(
        &mut self,
        s: &'a Stmt,
        name: &str,
        params: &'a ast::Parameters,
        body: &'a [Stmt],
        decorators: &'a [Expr],
    ) -> Result<(), SyntaxError> {
        for d in decorators {
            self.expr(d)?;
        }
        let flags = self.defaults(params)?;
        let first_line = decorators
            .iter()
            .map(|d| self.line_of(d.span))
            .chain([self.line_of(s.span)])
            .min()
            .unwrap();
        let scope = self.table.scope_of(s);
        self.push_unit(scope, name.to_string(), first_line);
        self.set_arg_counts(params);
        let body = self.docstring_split(body, false)?;
        for st in body {
            self.stmt(st)?;
        }
        // An explicit final `return` makes the implicit one unreachable.
        if !matches!(body.last().map(|s| &s.kind), Some(StmtKind::Return(_))) {
            self.emit_implicit_return();
        }
        let code = self.finish_unit();
        self.set_line(s.span);
        self.make_function(code, flags);
        self.function_annotations(s, params)?;
        self.apply_decorators(s, decorators);
        self.name_op(name, Ctx::Store);
        Ok(())
    }

    /// `f.__annotations__ = {param: annotation, ..., 'return': annotation}` on the new
    /// function (left on the stack), when it has any. CPython 3.11 evaluates them just
    /// before making the function; here it is just after (same scope, same order).
    fn function_annotations(
        &mut self,
        s: &'a Stmt,
        params: &'a ast::Parameters,
    ) -> Result<(), SyntaxError> {
        let returns = match &s.kind {
            StmtKind::FunctionDef { returns, .. } => returns.as_deref(),
            _ => None,
        };
        let all = params.posonly.iter().chain(&params.args);
        let rest = params
            .vararg
            .iter()
            .chain(&params.kwonly)
            .chain(&params.kwarg);
        let anns: Vec<(&str, &'a Expr)> = all
            .chain(rest)
            .filter_map(|p| p.annotation.as_ref().map(|a| (p.name.as_str(), a)))
            .chain(returns.map(|r| ("return", r)))
            .collect();
        if anns.is_empty() {
            return Ok(());
        }
        self.emit(Op::Copy(1));
        for (name, a) in &anns {
            // Keys mangled by the enclosing class, as the parameters are.
            let key = self.mangled(name).into_owned();
            self.emit_const(Const::Str(key.as_str().into()));
            self.annotation(a)?;
        }
        self.emit(Op::BuildMap(anns.len() as u32));
        self.emit(Op::Swap(2));
        let i = self.name_idx("__annotations__");
        self.emit(Op::StoreAttr(i));
        Ok(())
    }

    pub(super) fn lambda(
        &mut self,
        e: &'a Expr,
        params: &'a ast::Parameters,
        body: &'a Expr,
    ) -> Result<(), SyntaxError> {
        let flags = self.defaults(params)?;
        let scope = self.table.scope_of(e);
        let line = self.line_of(e.span);
        self.push_unit(scope, "<lambda>".into(), line);
        self.set_arg_counts(params);
        // CPython puts None first so a lambda's co_consts[0] is never a docstring.
        self.add_const(Const::None);
        self.expr(body)?;
        self.emit(Op::ReturnValue);
        let code = self.finish_unit();
        self.make_function(code, flags);
        Ok(())
    }

    /// `class`: `LoadBuildClass`, the body function, the name, bases and keywords,
    /// then a call to `__build_class__`, decorators, binding.
    pub(super) fn class_def(
        &mut self,
        s: &'a Stmt,
        name: &str,
        bases: &'a [Expr],
        keywords: &'a [Keyword],
        body: &'a [Stmt],
        decorators: &'a [Expr],
    ) -> Result<(), SyntaxError> {
        for d in decorators {
            self.expr(d)?;
        }
        let first_line = decorators
            .iter()
            .map(|d| self.line_of(d.span))
            .chain([self.line_of(s.span)])
            .min()
            .unwrap();
        let scope = self.table.scope_of(s);
        let qualname = self.table.scopes[scope].qualname.clone();
        self.push_unit(scope, name.to_string(), first_line);
        self.unit().flags.uses_namespace = true;
        self.set_line(s.span);
        self.name_op("__name__", Ctx::Load);
        self.name_op("__module__", Ctx::Store);
        self.emit_const(Const::Str(qualname.into()));
        self.name_op("__qualname__", Ctx::Store);
        let body = self.docstring_split(body, true)?;
        // CPython's SETUP_ANNOTATIONS: a class body with annotated names gets an
        // `__annotations__` dict (only top-level `name: ann` statements are recorded).
        if super::has_annotations(body) {
            self.emit(Op::SetupAnnotations);
            self.unit().class_annotations = true;
        }
        for st in body {
            self.stmt(st)?;
        }
        self.unit().class_annotations = false;
        self.flush_pass();
        let at = self.here();
        if self.cur().cellvars.iter().any(|c| &**c == "__class__") {
            // CPython's compiler_class: the cell is also stored in the namespace as
            // `__classcell__`, for type.__new__ to fill with the new class.
            let i = self.cell_idx("__class__");
            self.emit(Op::LoadClosure(i));
            self.emit(Op::Copy(1));
            let k = self.name_idx("__classcell__");
            self.emit(Op::StoreName(k));
        } else {
            self.emit_const(Const::None);
        }
        self.emit(Op::ReturnValue);
        let end = self.here();
        self.unit().no_line.extend(at..end);
        let code = self.finish_unit();
        self.set_line(s.span);
        self.emit(Op::LoadBuildClass);
        self.make_function(code, 0);
        self.emit_const(Const::Str(name.into()));
        // Bases and keywords follow the same rules as call arguments (after the
        // two implicit arguments: the body function and the name).
        self.call_args(bases, keywords, 2)?;
        self.apply_decorators(s, decorators);
        self.name_op(name, Ctx::Store);
        Ok(())
    }

    /// The decorator calls, innermost first, each on its decorator's line and span
    /// (CPython 3.11: a traceback from a decorator points at `@deco`, and
    /// `sys.settrace` reports its line again); the binding is on the statement's.
    fn apply_decorators(&mut self, s: &'a Stmt, decorators: &'a [Expr]) {
        for d in decorators.iter().rev() {
            self.set_line(d.span);
            self.emit(Op::Call(1));
        }
        self.set_line(s.span);
    }

    /// A comprehension or generator expression: the nested code object, called with
    /// the iterator of the outermost iterable (evaluated here, in the enclosing scope).
    pub(super) fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        gens: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result<(), SyntaxError> {
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let scope = self.table.scope_of(e);
        let line = self.line_of(e.span);
        self.push_unit(scope, name.into(), line);
        self.unit().argcount = 1;
        match kind {
            CompKind::List => self.emit(Op::BuildList(0)),
            CompKind::Set => self.emit(Op::BuildSet(0)),
            CompKind::Dict => self.emit(Op::BuildMap(0)),
            CompKind::Gen => 0,
        };
        // An asynchronous comprehension (PEP 530) is a coroutine the enclosing
        // scope awaits; an asynchronous generator expression an async generator.
        let is_async = self.cur().flags.coroutine;
        self.comp_loop(kind, gens, 0, elt, value, e.span)?;
        if kind == CompKind::Gen {
            self.emit_const(Const::None);
        }
        self.emit(Op::ReturnValue);
        let code = self.finish_unit();
        self.make_function(code, 0);
        self.iter_operand(&gens[0].iter)?;
        self.emit(if gens[0].is_async {
            Op::GetAIter
        } else {
            Op::GetIter
        });
        self.emit(Op::Call(1));
        if is_async && kind != CompKind::Gen {
            self.emit_await(0);
        }
        Ok(())
    }

    /// One `for` clause of a comprehension and, recursively, the ones inside it.
    /// Stack inside the innermost loop: `[acc?, it_1 .. it_n]` (acc absent for genexpr).
    fn comp_loop(
        &mut self,
        kind: CompKind,
        gens: &'a [ast::Comprehension],
        depth: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        span: crate::ast::Span,
    ) -> Result<(), SyntaxError> {
        let g = &gens[depth];
        if depth == 0 {
            let i = self.var_idx(".0");
            self.emit(Op::LoadFast(i));
        } else {
            self.iter_operand(&g.iter)?;
            self.emit(if g.is_async {
                Op::GetAIter
            } else {
                Op::GetIter
            });
        }
        let top = self.here();
        let exit = if g.is_async {
            // As `async for` (CPython's compiler_async_comprehension_generator):
            // each item is the awaited `__anext__()`, StopAsyncIteration ends it;
            // a traceback through the await points at the whole comprehension.
            let saved = self.set_line(span);
            let setup = self.emit(Op::SetupExcept(0));
            self.emit(Op::GetANext);
            self.emit_await(0);
            self.emit(Op::PopBlock);
            self.unit().loc = saved;
            setup
        } else {
            self.emit(Op::ForIter(0))
        };
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.expr(cond)?;
            self.emit(Op::PopJumpIfFalse(top));
        }
        if depth + 1 < gens.len() {
            self.comp_loop(kind, gens, depth + 1, elt, value, span)?;
        } else {
            // The accumulator sits below the n iterators once the element is popped.
            let acc_depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(acc_depth));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(acc_depth));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    self.expr(value.unwrap())?;
                    self.emit(Op::MapAdd(acc_depth));
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
            }
        }
        self.emit(Op::Jump(top));
        self.patch(exit);
        if g.is_async {
            self.emit(Op::EndAsyncFor);
        }
        Ok(())
    }
}
