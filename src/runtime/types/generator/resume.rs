//! Running a generator's frame: CPython's `make_gen` (calling a generator function),
//! `gen_send_ex` (resume with a value or a thrown exception), `YIELD_VALUE`'s frame
//! save, `SEND` (`yield from`) and `_PyGen_FetchStopIterationValue`
//! (Objects/genobject.c, Python/ceval.c).
//!
//! A resumed generator's frame is copied from the generator object onto the value
//! stack (`push_generator_frame`) and run either in a nested dispatch loop
//! (`gen_resume`: `next()`, `send`, `throw`, `yield from`, native consumers), which
//! returns at its next `yield` or `return`, or, for `for x in gen`, in the running
//! loop itself (`gen_resume_inline`, CPython 3.12's FOR_ITER_GEN): there the frame
//! is not an entry frame, `yield` hands the value to the caller's FOR_ITER
//! (`yield_to_caller`) and `return` ends the caller's loop (`for_iter_exhausted`).

use super::{GenState, GeneratorObj};
use crate::bytecode::CodeObject;
use crate::runtime::object::Obj;
use crate::runtime::vm::eval::Exit;
use crate::runtime::vm::frame::{Block, Frame, FrameCode};
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};
use std::rc::Rc;

impl Vm {
    /// The generator object for a call of generator function `func` (CPython's
    /// `make_gen`): `slots` (owned) are its bound locals and cells; nothing runs yet.
    pub(crate) fn new_generator(
        &mut self,
        func: ObjRef,
        code: Rc<CodeObject>,
        globals: ObjRef,
        slots: Vec<Value>,
    ) -> Value {
        let fv = Value::Obj(func);
        self.incref(fv);
        self.heap.incref_obj(globals);
        let (name, qualname) = match self.heap.get(func) {
            Obj::Function(f) => (f.name, f.qualname),
            _ => (Value::None, Value::None),
        };
        self.incref(name);
        self.incref(qualname);
        self.heap.new_value(Obj::Generator(Box::new(GeneratorObj {
            code,
            func: fv,
            globals,
            slots,
            blocks: Vec::new(),
            handled: Vec::new(),
            ip: 0,
            state: GenState::Created,
            name,
            qualname,
            frame_obj: Value::None,
        })))
    }

    /// `yield`: saves the top (generator) frame into its generator object and pops it,
    /// moving (not copying) its references.
    pub fn suspend_generator(&mut self) {
        let f = self.frames.pop().unwrap();
        let g = f.generator.expect("yield outside a generator frame");
        self.frame_suspended(&f, g);
        // The generator's buffers were emptied by `gen_resume` and keep their
        // capacity: a yield copies the frame into them without allocating.
        // The exceptions being handled in the frame stay with it (CPython's
        // `gi_exc_state`), as do its blocks, relative to the frame.
        let handled_base = f.handled_base;
        if let Obj::Generator(gen) = self.heap.get_mut(g) {
            gen.slots.clear();
            gen.slots.extend_from_slice(&self.stack[f.base..self.sp]);
            gen.blocks.clear();
            gen.blocks
                .extend(self.blocks[f.block_base..].iter().map(|b| {
                    (
                        b.handler,
                        b.level - f.base as u32,
                        b.handled_depth.saturating_sub(handled_base as u32),
                    )
                }));
            gen.handled.clear();
            gen.handled.extend(self.handled.drain(handled_base..));
            gen.ip = f.ip as u32;
            gen.state = GenState::Suspended;
        }
        self.blocks.truncate(f.block_base);
        self.sp = f.ret_slot;
    }

    /// Resumes a generator with `sent` (borrowed), or throws `throw` into it
    /// (CPython's `gen_send_ex`). Ok(Ok(v)) = yielded v, Ok(Err(v)) = returned v
    /// (StopIteration), Err = raised.
    pub fn gen_resume(
        &mut self,
        g: ObjRef,
        sent: Value,
        throw: Option<Value>,
    ) -> PyResult<Result<Value, Value>> {
        let state = match self.heap.get(g) {
            Obj::Generator(gen) => gen.state,
            _ => unreachable!(),
        };
        match state {
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Finished => {
                if let Some(t) = throw {
                    self.incref(t);
                    return Err(PyErr(t));
                }
                return Ok(Err(Value::None));
            }
            GenState::Created if !matches!(sent, Value::None) && throw.is_none() => {
                return Err(
                    self.type_error("can't send non-None value to a just-started generator")
                );
            }
            _ => {}
        }
        if self.recursion_depth() >= self.recursion_limit {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        self.check_native_reentry("")?;
        self.push_generator_frame(g, sent, true)?;
        self.native_depth += 1;
        let r = if let Some(t) = throw {
            // Raise the thrown exception at the suspension point.
            self.incref(t);
            if self.fast_call_limit == 0 {
                // Traced: the frame resumes ('call') and raises there ('exception').
                self.run_frame_thrown(t)
            } else {
                match self.throw_in_top(t) {
                    Ok(()) => self.run_frame(),
                    Err(e) => Err(e),
                }
            }
        } else {
            self.run_frame()
        };
        self.native_depth -= 1;
        match r {
            Ok(Exit::Yield(v)) => Ok(Ok(v)),
            Ok(Exit::Return(v)) => {
                if let Obj::Generator(gen) = self.heap.get_mut(g) {
                    gen.state = GenState::Finished;
                }
                Ok(Err(v))
            }
            Err(e) => {
                if let Obj::Generator(gen) = self.heap.get_mut(g) {
                    gen.state = GenState::Finished;
                }
                Err(self.generator_exit_error(e))
            }
        }
    }

    /// Puts a suspended or new generator's frame on the frame stack with the value
    /// stack's top as its return slot (CPython's `_PyFrame_StackPush` of the
    /// generator's embedded frame in `gen_send_ex2`): the frame's references move
    /// from the generator object onto the value stack, and `sent` (borrowed) is
    /// pushed as the result of the `yield` it resumes. `is_entry` says a nested
    /// dispatch loop runs it (`gen_resume`) or the running loop does
    /// (`gen_resume_inline`). Errs (nothing changed) when the value stack is full.
    fn push_generator_frame(&mut self, g: ObjRef, sent: Value, is_entry: bool) -> PyResult<()> {
        let (code, globals, state, slots, blocks, ip) = match self.heap.get_mut(g) {
            Obj::Generator(gen) => {
                let state = gen.state;
                gen.state = GenState::Running;
                (
                    gen.code.clone(),
                    gen.globals,
                    state,
                    std::mem::take(&mut gen.slots),
                    std::mem::take(&mut gen.blocks),
                    gen.ip,
                )
            }
            _ => unreachable!(),
        };
        if self.sp + slots.len() + code.max_stack as usize + 8 >= self.stack.len() {
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.slots = slots;
                gen.blocks = blocks;
                gen.state = state;
            }
            return Err(self.stack_exhausted());
        }
        let ret_slot = self.sp;
        // A placeholder for the "callable" slot.
        self.push(Value::None);
        let base = self.sp;
        // The frame's references move onto the stack.
        self.stack[base..base + slots.len()].copy_from_slice(&slots);
        self.sp += slots.len();
        let block_base = self.blocks.len();
        let handled_base = self.handled.len();
        for &(h, lvl, depth) in &blocks {
            self.blocks.push(Block {
                handler: h,
                level: base as u32 + lvl,
                handled_depth: handled_base as u32 + depth,
            });
        }
        // The emptied buffers go back for the next suspension to fill; the
        // exceptions the frame was handling move back onto the handled stack.
        if let Obj::Generator(gen) = self.heap.get_mut(g) {
            let (mut slots, mut blocks) = (slots, blocks);
            slots.clear();
            blocks.clear();
            gen.slots = slots;
            gen.blocks = blocks;
            self.handled.append(&mut gen.handled);
        }
        let frame = Frame {
            stack_base: base + code.nlocalsplus(),
            code: FrameCode::owned(code),
            ip: ip as usize,
            ret_slot,
            base,
            globals,
            locals: None,
            block_base,
            handled_base,
            is_entry,
            generator: Some(g),
            ctor_instance: Value::Undef,
        };
        self.push_frame(|| frame);
        self.frame_resumed(g);
        if state != GenState::Created {
            self.incref(sent);
            self.push(sent);
        }
        Ok(())
    }

    /// `for x in gen` in the running dispatch loop (CPython 3.12's `FOR_ITER_GEN`):
    /// the generator's frame goes on the frame stack above the caller's, not an
    /// entry frame, so its `yield` hands the value straight to the caller's loop
    /// (see `yield_to_caller`) and its `return` ends the caller's loop
    /// (`for_iter_exhausted`) without a nested dispatch. The generator is on top of
    /// the caller's value stack (`self.sp` is current) and the caller's `ip` is
    /// saved past the `FOR_ITER`. False (nothing done) when the general path must
    /// run: tracing, a coroutine, a generator running or finished, the recursion
    /// limit reached, the value stack full.
    pub(crate) fn gen_resume_inline(&mut self, g: ObjRef) -> bool {
        let Obj::Generator(gen) = self.heap.get(g) else {
            return false;
        };
        // (`fast_call_limit` is 0 while tracing: the frame switch must go
        // through the traced loop, which gives the generator its 'call' event.)
        if self.fast_call_limit == 0
            || gen.code.flags.coroutine
            || !matches!(gen.state, GenState::Created | GenState::Suspended)
            || self.recursion_depth() >= self.recursion_limit
        {
            return false;
        }
        match self.push_generator_frame(g, Value::None, false) {
            Ok(()) => true,
            Err(e) => {
                self.decref(e.0);
                false
            }
        }
    }

    /// A `yield` (or a `yield from` passing a value up) in a generator frame the
    /// running loop resumed (`gen_resume_inline`): the frame is saved into its
    /// generator and popped, and `v` (owned) lands on the caller's stack as the
    /// `FOR_ITER`'s next item; the caller goes on after its `FOR_ITER`.
    pub(crate) fn yield_to_caller(&mut self, v: Value) {
        self.suspend_generator();
        self.push(v);
    }

    /// A generator frame the running loop resumed returned (finished): its
    /// caller's `for` loop is over, as `FOR_ITER` on exhaustion does: the
    /// generator (on top of the caller's stack) is released and the caller jumps to
    /// the loop's end. `v` (owned), the return value, is dropped as `for` drops
    /// StopIteration's value.
    pub(crate) fn for_iter_exhausted(&mut self, v: Value) {
        self.decref(v);
        let fi = self.frames.len() - 1;
        let ip = self.frames[fi].ip;
        let target = match self.frames[fi].code.code[ip - 1] {
            crate::bytecode::Op::ForIter(t) => t as usize,
            other => unreachable!("a generator frame resumed inline by {:?}", other),
        };
        let it = self.pop();
        self.decref(it);
        self.frames[fi].ip = target;
        self.drain_zero_queue();
    }

    /// PEP 479: a StopIteration leaving a generator's frame becomes
    /// `RuntimeError("generator raised StopIteration")` caused by it (CPython's
    /// `_PyErr_FormatFromCause` in `gen_send_ex2`); other exceptions pass as they are.
    pub(crate) fn generator_exit_error(&mut self, e: PyErr) -> PyErr {
        if !self.exc_matches(e.0, "StopIteration") {
            return e;
        }
        let r = self.err("RuntimeError", "generator raised StopIteration");
        // The StopIteration is both the cause and the context: two references,
        // ours and one more.
        self.incref(e.0);
        let old = match self.exc_state_mut(r.0) {
            Some(s) => {
                s.suppress_context = true;
                [
                    std::mem::replace(&mut s.cause, e.0),
                    std::mem::replace(&mut s.context, e.0),
                ]
            }
            None => [e.0, e.0],
        };
        for v in old {
            self.decref(v);
        }
        r
    }

    /// Delivers an exception into the top frame at its current point: to its innermost
    /// handler if any, else it propagates out of the frame.
    fn throw_in_top(&mut self, exc: Value) -> PyResult<()> {
        let f = self.frames.last().unwrap();
        if self.blocks.len() > f.block_base {
            let b = self.blocks.pop().unwrap();
            while self.sp > b.level as usize {
                let v = self.pop();
                self.decref(v);
            }
            while self.handled.len() > b.handled_depth as usize {
                let v = self.handled.pop().unwrap();
                self.decref(v);
            }
            self.incref(exc);
            self.handled.push(exc);
            self.push(exc);
            self.frames.last_mut().unwrap().ip = b.handler as usize;
            Ok(())
        } else {
            let fi = self.frames.len() - 1;
            let ip = self.frames[fi].ip.saturating_sub(1);
            self.tb_here(exc, fi, ip);
            self.pop_frame_discard();
            Err(PyErr(exc))
        }
    }

    /// `yield from` step (the `SEND` instruction): sends into a sub-iterator. Ok(Ok(y)) yielded, Ok(Err(r)) done.
    pub fn send_into(&mut self, sub: Value, sent: Value) -> PyResult<Result<Value, Value>> {
        if let Value::Obj(r) = sub {
            if let Obj::Generator(_) = self.heap.get(r) {
                return self.gen_resume(r, sent, None);
            }
        }
        if !matches!(sent, Value::None) {
            let m = self.get_attr(sub, "send")?;
            let r = self.call_value(m, &[sent], &[]);
            self.decref(m);
            return self.step_or_return(r);
        }
        // A Python iterator's own StopIteration carries the value `yield from`
        // evaluates to; builtin iterators end with None.
        if matches!(sub, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_))) {
            if let Some(m) = self.lookup_type_attr(sub, "__next__") {
                let r = self.call_value(m, &[sub], &[]);
                self.decref(m);
                return self.step_or_return(r);
            }
        }
        // A StopIteration escaping a builtin iterator's step (map calling a function
        // that raises it) ends the `yield from` with its value, as CPython's SEND.
        // The step ends the iterator rather than raising (PyIter_Next's rule, see
        // `stop_as_end`), so the StopIteration is asked for as `next()` asks.
        if let Some(old) = self.stop_stash.take() {
            self.decref(old);
        }
        self.want_stop = true;
        let r = self.iter_next(sub);
        self.want_stop = false;
        match (r, self.stop_stash.take()) {
            (Ok(None), None) => Ok(Err(Value::None)),
            (Ok(None), Some(e)) => self.step_or_return(Err(PyErr(e))),
            (r, stashed) => {
                if let Some(e) = stashed {
                    self.decref(e);
                }
                self.step_or_return(r.map(|v| v.unwrap_or(Value::None)))
            }
        }
    }

    /// One step of a delegation: a value goes on (`Ok(Ok(v))`), a StopIteration ends
    /// it with the exception's value (`Ok(Err(value))`), anything else is raised.
    fn step_or_return(&mut self, r: PyResult<Value>) -> PyResult<Result<Value, Value>> {
        match r {
            Ok(v) => Ok(Ok(v)),
            Err(e) if self.exc_matches(e.0, "StopIteration") => {
                let v = self.stop_iteration_value(e.0);
                self.decref(e.0);
                Ok(Err(v))
            }
            Err(e) => Err(e),
        }
    }

    /// The `value` of a StopIteration (owned; CPython's
    /// `_PyGen_FetchStopIterationValue`).
    pub fn stop_iteration_value(&mut self, exc: Value) -> Value {
        let args = self.exc_args(exc);
        let items = self.seq_items(args).unwrap_or_default();
        match items.first() {
            Some(&v) => {
                self.incref(v);
                v
            }
            None => Value::None,
        }
    }
}
