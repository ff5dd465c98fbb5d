//! Coroutines (`async def`, CPython's `PyCoroObject` in Objects/genobject.c) and the
//! protocol steps of `await`, `async with` and `async for` (GET_AWAITABLE,
//! BEFORE_ASYNC_WITH, GET_AITER, GET_ANEXT in Python/ceval.c).
//!
//! A coroutine is a generator object whose code has the `coroutine` flag: it runs and
//! suspends exactly like a generator (`await x` is `yield from` over x's awaitable
//! iterator), but its type is `coroutine`, it is awaitable, and it is not an iterator.

use crate::runtime::object::Obj;
use crate::runtime::vm::frame::{Frame, FrameCode};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// The finalizer of a coroutine freed before it ever ran: CPython's
    /// `_PyErr_WarnUnawaitedCoroutine`, which calls
    /// `warnings._warn_unawaited_coroutine(coro)` (a RuntimeWarning naming the
    /// Python line running when the coroutine is freed, with the coroutine as the
    /// warning's source). A failure (the filters turning it into an error) is
    /// reported as unraisable, as any finalizer's.
    pub(crate) fn warn_unawaited_coroutine(&mut self, r: ObjRef) {
        let coro = Value::Obj(r);
        let res = self.import_module("warnings").and_then(|w| {
            let f = self.get_attr(w, "_warn_unawaited_coroutine");
            self.decref(w);
            let f = f?;
            let out = self.call_value(f, &[coro], &[]);
            self.decref(f);
            out
        });
        match res {
            Ok(v) => self.decref(v),
            Err(e) => self.print_unraisable(e, coro),
        }
    }

    /// `await f(a, b)` (CALL, GET_AWAITABLE, LOAD_CONST None, YIELD_FROM) of a
    /// coroutine function with plain positional parameters and no cells, in the
    /// running dispatch loop: the call makes the coroutine object as
    /// `fast_generator_call` does and the `await` starts it as `yield_from_inline`
    /// does, but its frame is built where the arguments already are, moved up one
    /// slot (CPython's CALL_PY_EXACT_ARGS copying arguments in place), instead of
    /// moving them into the new object and straight back out. The window
    /// `stack[slot..]` holds the function and its `n` arguments; afterwards
    /// `stack[slot]` is the coroutine (the awaiting frame's stack top, as after the
    /// three instructions), above it the coroutine's running frame. The same
    /// objects are made in the same order and hold the same references as the
    /// four instructions one by one. False (nothing changed) when anything of that
    /// does not hold, and the instructions run one by one.
    pub(crate) fn await_call_inline(&mut self, callee: Value, slot: usize, n: usize) -> bool {
        let Value::Obj(r) = callee else {
            return false;
        };
        let Obj::Function(f) = self.heap.get(r) else {
            return false;
        };
        let code = &f.code;
        let base = slot + 2;
        if !code.flags.coroutine
            || code.flags.async_generator
            || code.flags.varargs
            || code.flags.varkeywords
            || code.kwonlyargcount != 0
            || code.argcount as usize != n
            || !code.cellvars.is_empty()
            || !code.freevars.is_empty()
            // `yield_from_inline`'s conditions: no tracing, the recursion check of
            // the frame push (that of the call is the same one, made at the same
            // depth), room for the frame on the value stack.
            || self.fast_call_limit == 0
            || self.tracer.active
            || self.recursion_depth() >= self.recursion_limit
            || base + code.nlocalsplus() + code.max_stack as usize + 8 >= self.stack.len()
        {
            return false;
        }
        let (code, globals) = (code.clone(), f.globals);
        let nvars = code.varnames.len();
        // The arguments become the first locals one slot up: the slot between is the
        // frame's return slot (`push_generator_frame`'s placeholder).
        // (A plain loop: `copy_within` is a `memmove` call, dearer than the few
        // values it moves.)
        for i in (0..n).rev() {
            self.stack[base + i] = self.stack[slot + 1 + i];
        }
        for v in &mut self.stack[base + n..base + nvars] {
            *v = Value::Undef;
        }
        // The coroutine object, created running: its frame is about to be pushed, so
        // it keeps no copy of the slots (an empty buffer allocates nothing).
        let g = self.new_generator(r, code.clone(), globals, Vec::new());
        let Value::Obj(gr) = g else {
            unreachable!("new_generator makes an object")
        };
        if let Obj::Generator(gen) = self.heap.get_mut(gr) {
            gen.state = super::GenState::Running;
        }
        // The call's reference to the function goes (the coroutine holds its own,
        // so nothing dies); the coroutine takes its place on the awaiting stack.
        self.heap.decref_obj(r);
        self.stack[slot] = g;
        self.stack[slot + 1] = Value::None;
        let frame = Frame {
            stack_base: base + nvars,
            code: FrameCode::owned(code),
            ip: 0,
            ret_slot: slot + 1,
            base,
            globals,
            locals: None,
            block_base: self.blocks.len(),
            handled_base: self.handled.len(),
            is_entry: false,
            generator: Some(gr),
            ctor_instance: Value::Undef,
            ctor_args: 0,
            handler_lasti: crate::runtime::vm::tracing::NO_INSN,
            cont: crate::runtime::vm::frame::Cont::None,
        };
        self.sp = base + nvars;
        self.push_frame(|| frame);
        true
    }

    /// True if `v` is a coroutine object (a generator object of `async def` code).
    pub fn is_coroutine(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r),
            Obj::Generator(g) if g.code.flags.coroutine && !g.code.flags.async_generator))
    }

    /// The unbound special method `name` of `v`'s type called with `v` (owned result),
    /// or None when the type has no such method.
    fn call_type_method(&mut self, v: Value, name: &str) -> Option<PyResult<Value>> {
        let m = self.lookup_type_attr(v, name)?;
        let r = self.call_value(m, &[v], &[]);
        self.decref(m);
        Some(r)
    }

    /// What `await v` iterates (owned; CPython's `_PyCoro_GetAwaitableIter`): a
    /// coroutine itself, else the iterator returned by `type(v).__await__(v)`. `kind`
    /// words the error as GET_AWAITABLE's oparg does: 0 `await`, 1 after `__aenter__`,
    /// 2 after `__aexit__`.
    pub fn get_awaitable(&mut self, v: Value, kind: u32) -> PyResult<Value> {
        if self.is_coroutine(v) {
            // CPython's GET_AWAITABLE: a coroutine suspended in its own `await` is
            // already somebody's awaitable.
            if let Some(yf) = v.as_obj().and_then(|r| self.gen_yf(r)) {
                self.decref(yf);
                return Err(self.err("RuntimeError", "coroutine is being awaited already"));
            }
            self.incref(v);
            return Ok(v);
        }
        let Some(r) = self.call_type_method(v, "__await__") else {
            let tn = self.type_name(v);
            return Err(self.type_error(match kind {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
                ),
                _ => format!("object {tn} can't be used in 'await' expression"),
            }));
        };
        let it = r?;
        if self.is_coroutine(it) {
            self.decref(it);
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(it) {
            let tn = self.type_name(it);
            self.decref(it);
            return Err(
                self.type_error(format!("__await__() returned non-iterator of type '{tn}'"))
            );
        }
        Ok(it)
    }

    /// `async with mgr` (BEFORE_ASYNC_WITH): (bound `__aexit__`, result of
    /// `__aenter__()`), both owned.
    pub fn before_async_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let t = self.type_of(mgr);
        let Some(enter) = self.class_lookup(t, "__aenter__") else {
            let tn = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{tn}' object does not support the asynchronous context manager protocol"
            )));
        };
        let Some(exit) = self.class_lookup(t, "__aexit__") else {
            self.decref(enter);
            let tn = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{tn}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            )));
        };
        self.enter_context(mgr, enter, exit)
    }

    /// `async for x in obj` (GET_AITER): `type(obj).__aiter__(obj)`, which must have
    /// `__anext__` (owned).
    pub fn get_aiter(&mut self, obj: Value) -> PyResult<Value> {
        let Some(r) = self.call_type_method(obj, "__aiter__") else {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {tn}"
            )));
        };
        let it = r?;
        match self.lookup_type_attr(it, "__anext__") {
            Some(m) => {
                self.decref(m);
                Ok(it)
            }
            None => {
                let tn = self.type_name(it);
                self.decref(it);
                Err(self.type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
                )))
            }
        }
    }

    /// One `async for` step (GET_ANEXT): the awaitable of `aiter.__anext__()` (owned).
    pub fn get_anext(&mut self, aiter: Value) -> PyResult<Value> {
        let Some(r) = self.call_type_method(aiter, "__anext__") else {
            let tn = self.type_name(aiter);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {tn}"
            )));
        };
        let v = r?;
        let r = self.get_awaitable(v, 0);
        match r {
            Ok(a) => {
                self.decref(v);
                Ok(a)
            }
            Err(e) => {
                self.decref(e.0);
                let tn = self.type_name(v);
                self.decref(v);
                Err(self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {tn}"
                )))
            }
        }
    }

    /// The class of the generator object `g`: `coroutine` for `async def` code.
    pub(crate) fn generator_class(&self, g: &super::GeneratorObj) -> ObjRef {
        if g.code.flags.async_generator {
            self.types.async_generator
        } else if g.code.flags.coroutine {
            self.types.coroutine
        } else {
            self.types.generator
        }
    }
}
