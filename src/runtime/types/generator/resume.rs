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

use super::{DrainMode, GenState, GeneratorObj, SumAcc};
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
        let payload = Box::new(GeneratorObj {
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
            ag_running_async: false,
            ag_closed: false,
        });
        self.heap.new_value(Obj::Generator(payload))
    }

    /// `yield`: saves the top (generator) frame into its generator object and pops it,
    /// moving (not copying) its references.
    pub fn suspend_generator(&mut self) {
        self.suspend_generator_inline();
    }

    /// `suspend_generator`'s body, inlined into `yield_to_caller`, which runs it once
    /// per delegating frame a value passes through (`yield from` chains): the call's
    /// register saves and restores were a fifth of its cost.
    #[inline(always)]
    fn suspend_generator_inline(&mut self) -> ObjRef {
        let fi = self.frames.len() - 1;
        let f = &self.frames[fi];
        let g = f.generator.expect("yield outside a generator frame");
        let (base, ip, ret_slot) = (f.base, f.ip, f.ret_slot);
        let (block_base, handled_base) = (f.block_base, f.handled_base);
        // Dropped in place (its code's count), not moved out first.
        self.frames.truncate(fi);
        self.frame_suspended(ip, g);
        // The generator's buffers were emptied by `push_generator_frame` and keep
        // their capacity: a yield copies the frame into them without allocating.
        // The exceptions being handled in the frame stay with it (CPython's
        // `gi_exc_state`), as do its blocks, relative to the frame.
        let Obj::Generator(gen) = self.heap.get_mut(g) else {
            unreachable!("a generator frame of a non-generator")
        };
        save_values(&mut gen.slots, &self.stack[base..self.sp]);
        gen.blocks.clear();
        if self.blocks.len() > block_base {
            gen.blocks.extend(self.blocks[block_base..].iter().map(|b| {
                (
                    b.handler,
                    b.level - base as u32,
                    b.handled_depth.saturating_sub(handled_base as u32),
                )
            }));
            self.blocks.truncate(block_base);
        }
        gen.handled.clear();
        if self.handled.len() > handled_base {
            gen.handled.extend(self.handled.drain(handled_base..));
        }
        gen.ip = ip as u32;
        gen.state = GenState::Suspended;
        self.sp = ret_slot;
        g
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
            GenState::Running => {
                let kind = self.gen_kind_word(g);
                return Err(self.value_error(format!("{kind} already executing")));
            }
            GenState::Finished if self.gen_kind_word(g) == "coroutine" => {
                return Err(self.err("RuntimeError", "cannot reuse already awaited coroutine"));
            }
            GenState::Finished => {
                if let Some(t) = throw {
                    self.incref(t);
                    return Err(PyErr(t));
                }
                return Ok(Err(Value::None));
            }
            GenState::Created if !matches!(sent, Value::None) && throw.is_none() => {
                let kind = self.gen_kind_word(g);
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {kind}"
                )));
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
            self.chain_thrown(t);
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
                Err(self.gen_frame_error(g, e))
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
    ///
    /// Inlined into its three callers: a `yield from` chain resumes one frame per level
    /// for every value, and the call's register saves and restores were a fifth of
    /// the function's cost.
    #[inline(always)]
    fn push_generator_frame(&mut self, g: ObjRef, sent: Value, is_entry: bool) -> PyResult<()> {
        let ret_slot = self.sp;
        let base = ret_slot + 1;
        let block_base = self.blocks.len();
        let handled_base = self.handled.len();
        // One look-up of the generator; the stack, blocks and handled stack are
        // other fields of the VM, filled while it is borrowed.
        let Obj::Generator(gen) = self.heap.get_mut(g) else {
            unreachable!("push_generator_frame of a non-generator")
        };
        let n = gen.slots.len();
        if base + n + gen.code.max_stack as usize + 8 >= self.stack.len() {
            return Err(self.stack_exhausted());
        }
        let state = gen.state;
        gen.state = GenState::Running;
        // A placeholder for the "callable" slot, then the frame's references move
        // onto the stack; the emptied buffers keep their capacity for the next
        // suspension to fill.
        self.stack[ret_slot] = Value::None;
        copy_values(&mut self.stack[base..base + n], &gen.slots);
        gen.slots.clear();
        for &(h, lvl, depth) in &gen.blocks {
            self.blocks.push(Block {
                handler: h,
                level: base as u32 + lvl,
                handled_depth: handled_base as u32 + depth,
            });
        }
        gen.blocks.clear();
        // The exceptions the frame was handling move back onto the handled stack.
        if !gen.handled.is_empty() {
            self.handled.append(&mut gen.handled);
        }
        // SAFETY: the generator object owns `gen.code` (never reassigned: `gi_code` is
        // read-only) and outlives its running frame: whoever resumes it holds a
        // reference until the frame is off the frame stack (the caller's stack slot
        // under `FOR_ITER`/`YIELD_FROM`, the argument of `next()`/`send()`/a native
        // consumer), as CPython's generator embeds its running frame. Borrowing saves
        // an `Rc` count up and down per resume (a `yield from` chain resumes one frame
        // per level for every value).
        let code = unsafe { FrameCode::borrowed(&gen.code) };
        let frame = Frame {
            stack_base: base + gen.code.nlocalsplus(),
            code,
            ip: gen.ip as usize,
            ret_slot,
            base,
            globals: gen.globals,
            locals: None,
            block_base,
            handled_base,
            is_entry,
            generator: Some(g),
            ctor_instance: Value::Undef,
            ctor_args: 0,
            handler_lasti: crate::runtime::vm::tracing::NO_INSN,
            cont: crate::runtime::vm::frame::Cont::None,
        };
        let has_frame_obj = !matches!(gen.frame_obj, Value::None);
        self.sp = base + n;
        self.push_frame(|| frame);
        if has_frame_obj {
            self.frame_resumed(g);
        }
        if state != GenState::Created {
            self.incref(sent);
            self.push(sent);
        }
        Ok(())
    }

    /// Generator `g`'s frame ended (it returned or raised): the generator is
    /// finished and lets go of its function, as CPython's `clear_gen_frame`
    /// (`_PyFrame_Clear` drops the frame's `f_func` right after its locals), so a
    /// closure's cells and whatever they hold die when the generator finishes, not
    /// when the generator object does. It keeps the function's code object instead,
    /// for `gi_code` (CPython's `gi_code` is the generator's own reference). The
    /// caller drains the zero queue.
    pub(crate) fn gen_frame_cleared(&mut self, g: ObjRef) {
        let Obj::Generator(gen) = self.heap.get_mut(g) else {
            return;
        };
        gen.state = GenState::Finished;
        let func = gen.func;
        let Value::Obj(fr) = func else {
            return;
        };
        let keep = match self.heap.get(fr) {
            Obj::Function(f) => f.code_obj,
            _ => return,
        };
        self.incref(keep);
        if let Obj::Generator(gen) = self.heap.get_mut(g) {
            gen.func = keep;
        }
        self.decref(func);
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
    ///
    /// Inlined into both callers (`ForIter` over a generator, over an enumerate of
    /// one): out of line, its call's register saves and restores cost a fifth of a
    /// resume.
    #[inline(always)]
    pub(crate) fn gen_resume_inline(&mut self, g: ObjRef) -> bool {
        if !self.generator_runs_fast(g) {
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

    /// `for i, x in enumerate(gen)` (the `FOR_ITER`'s general path, with `it` on top
    /// of the caller's stack and the caller's `ip` saved past the `FOR_ITER`): when
    /// `it` is an enumerate over a generator, the generator's frame runs in the
    /// running loop as for `for x in gen` (`gen_resume_inline`), and its `yield`
    /// makes the enumerate's step (`yield_through_enumerate`) instead of a nested
    /// loop per item under `enum_next`. False (nothing done) otherwise, or when the
    /// general path must run (see `gen_resume_inline`; a count at `i64::MAX`, which
    /// goes big).
    pub(crate) fn for_iter_enumerate_gen(&mut self, it: Value) -> bool {
        use crate::runtime::types::iter::IterObj;
        let Value::Obj(e) = it else {
            return false;
        };
        let Obj::Iter(iter) = self.heap.get(e) else {
            return false;
        };
        let IterObj::Enumerate {
            it: Value::Obj(g),
            n,
            ..
        } = **iter
        else {
            return false;
        };
        n < i64::MAX
            && matches!(self.heap.get(g), Obj::Generator(_))
            && self.gen_resume_inline(g)
            && {
                self.descend_delegation();
                true
            }
    }

    /// Whether `g` is a generator (not a coroutine) that a fast path may resume
    /// without the general one: fresh or suspended, no tracing (`fast_call_limit`
    /// is 0 while tracing: the resume must go through the traced loop, which gives
    /// the generator its 'call' event), the recursion limit not reached.
    fn generator_runs_fast(&self, g: ObjRef) -> bool {
        let Obj::Generator(gen) = self.heap.get(g) else {
            return false;
        };
        self.fast_call_limit != 0
            && !gen.code.flags.coroutine
            && matches!(gen.state, GenState::Created | GenState::Suspended)
            && self.recursion_depth() < self.recursion_limit
    }

    /// `yield from sub` (and `await`) in the running dispatch loop (CPython 3.12's
    /// `SEND_GEN`): the sub-generator's frame goes on the frame stack above the
    /// delegating frame, not an entry frame, with `sent` (borrowed) as the result of
    /// the `yield` it resumes. The delegating frame's `ip` is past its `YIELD_FROM`
    /// (so a traceback through it names the `yield from` line, as for a call); a
    /// `yield` in the sub-generator then passes up through every delegating frame
    /// (`yield_to_caller`) and its `return` is the value of the `yield from`
    /// (`generator_returned_inline`). False (nothing done) when the general path
    /// must run: tracing, a generator running or finished, a first `send` of a
    /// value other than None (the general path raises), the recursion limit.
    pub(crate) fn yield_from_inline(&mut self, sub: ObjRef, sent: Value) -> bool {
        self.yield_from_inline_body(sub, sent)
    }

    /// `yield_from_inline`'s body, inlined into `descend_chain`'s per-level loop: the
    /// call's register saves and restores were a tenth of a level's cost.
    #[inline(always)]
    fn yield_from_inline_body(&mut self, sub: ObjRef, sent: Value) -> bool {
        let Obj::Generator(gen) = self.heap.get(sub) else {
            return false;
        };
        if self.fast_call_limit == 0
            || self.tracer.active
            || !(gen.state == GenState::Suspended
                || (gen.state == GenState::Created && matches!(sent, Value::None)))
            || self.recursion_depth() >= self.recursion_limit
        {
            return false;
        }
        match self.push_generator_frame(sub, sent, false) {
            Ok(()) => true,
            Err(e) => {
                self.decref(e.0);
                false
            }
        }
    }

    /// After the running loop pushed a resumed generator frame (`gen_resume_inline`,
    /// `yield_from_inline`): while the top frame is suspended in a `yield from` of a
    /// generator, runs that YIELD_FROM here as the dispatch loop's hot path would
    /// (the sub-generator's frame goes on top, sent the value the frame was resumed
    /// with), so a value travelling down a chain of delegating generators (`yield
    /// from` in recursive generators) does not set up the dispatch loop once per
    /// level only to run one instruction. Every frame is pushed as before; this only
    /// saves the loop's round trip. Stops (nothing changed for that level) where the
    /// dispatch loop's general path would be needed.
    ///
    /// The first check is inlined (a generator resumed by a `for` loop is usually not
    /// delegating); the descent itself is one call, whatever the chain's length.
    #[inline(always)]
    pub(crate) fn descend_delegation(&mut self) {
        if self.top_at_yield_from() {
            self.descend_chain();
        }
    }

    /// Whether the top frame stands at a `YIELD_FROM` with its sub-iterator and the
    /// value to send on its stack.
    #[inline(always)]
    fn top_at_yield_from(&self) -> bool {
        let f = &self.frames[self.frames.len() - 1];
        matches!(f.code.code.get(f.ip), Some(crate::bytecode::Op::YieldFrom))
            && self.sp >= f.stack_base + 2
    }

    /// `descend_delegation`'s loop, entered at a `YIELD_FROM`.
    #[inline(never)]
    fn descend_chain(&mut self) {
        loop {
            let fi = self.frames.len() - 1;
            let ip = self.frames[fi].ip;
            let (sub, sent) = (self.stack[self.sp - 2], self.stack[self.sp - 1]);
            let Value::Obj(sub) = sub else {
                return;
            };
            // The YIELD_FROM hot path: the frame goes on past it, and the value
            // sent is the sub-generator's (the stack's reference goes).
            self.frames[fi].ip = ip + 1;
            self.sp -= 1;
            if !self.yield_from_inline_body(sub, sent) {
                self.frames[fi].ip = ip;
                self.sp += 1;
                return;
            }
            self.heap.decref(sent);
            if !self.top_at_yield_from() {
                return;
            }
        }
    }

    /// A `yield` (or a `yield from` passing a value up) in a generator frame the
    /// running loop resumed (`gen_resume_inline`, `yield_from_inline`): the frame is
    /// saved into its generator and popped, and `v` (owned) goes to the caller. A
    /// caller at a `FOR_ITER` gets it as the loop's next item and goes on after the
    /// `FOR_ITER` (wrapped as `(count, v)` when the loop is over an `enumerate` of
    /// the generator: `yield_through_enumerate`). A caller delegating to the frame
    /// (`yield from`) yields it in turn,
    /// set to re-run its `YIELD_FROM` when resumed, as CPython's SEND/YIELD_VALUE
    /// pair does: up the chain to a `FOR_ITER`, or to an entry frame, for which
    /// `Some(v)` is returned (the dispatch loop returns `Exit::Yield(v)`).
    pub(crate) fn yield_to_caller(&mut self, v: Value) -> Option<Value> {
        loop {
            let g = self.suspend_generator_inline();
            let fi = self.frames.len() - 1;
            let ip = self.frames[fi].ip;
            if !matches!(
                self.frames[fi].code.code[ip - 1],
                crate::bytecode::Op::YieldFrom
            ) {
                // A `FOR_ITER` over the generator itself, or over the `enumerate`
                // wrapping it (`ForIter` in the evaluation loop resumed it through one).
                if self.top().is(Value::Obj(g)) {
                    self.push(v);
                } else {
                    self.yield_through_enumerate(v);
                }
                return None;
            }
            self.frames[fi].ip = ip - 1;
            if fi == self.collect_fi && self.fast_call_limit != 0 {
                // The generator `gen_collect` drains: the value joins the result and
                // the `yield from` goes on at once, sent None (or `gen_drain` folds it
                // in, when it can).
                if self.drain_mode == DrainMode::Collect {
                    if crate::runtime::limits::try_reserve(&mut self.collect_buf, 1) {
                        self.collect_buf.push(v);
                        self.push(Value::None);
                        return None;
                    }
                } else if self.drain_take(v) {
                    self.push(Value::None);
                    return None;
                }
            }
            if self.frames[fi].is_entry {
                self.suspend_generator();
                return Some(v);
            }
        }
    }

    /// A value `v` (owned) yielded by a generator the running loop resumed through
    /// the `enumerate` on top of the caller's stack (`for i, x in enumerate(gen)`):
    /// the enumerate's step, CPython's `enum_next` after its `tp_iternext` call
    /// returned `v` (the count goes up by one, the item is `(count, v)`). When the
    /// caller unpacks the item at once (`UNPACK_SEQUENCE 2`, the usual `for i, x`)
    /// the two values go straight to its stack, first on top, and the unpacking is
    /// skipped when the enumerate's result tuple is free to refill (`enum_refill`:
    /// it ends up as CPython's `enum_next` and `UNPACK_SEQUENCE` leave it).
    #[inline(never)]
    fn yield_through_enumerate(&mut self, v: Value) {
        use crate::runtime::types::iter::IterObj;
        let Value::Obj(e) = self.top() else {
            unreachable!("a generator resumed through a non-object")
        };
        let Obj::Iter(it) = self.heap.get_mut(e) else {
            unreachable!("a generator resumed through a non-iterator")
        };
        let IterObj::Enumerate { n, .. } = &mut **it else {
            unreachable!("a generator resumed through an iterator other than enumerate")
        };
        // `ForIter` resumes through an enumerate only below `i64::MAX`.
        let count = *n;
        *n += 1;
        let index = self.int(count);
        let fi = self.frames.len() - 1;
        let ip = self.frames[fi].ip;
        if matches!(
            self.frames[fi].code.code.get(ip),
            Some(crate::bytecode::Op::UnpackSequence(2))
        ) {
            if let Some((index, v)) = self.enum_refill(e, index, v) {
                self.push(v);
                self.push(index);
                self.frames[fi].ip = ip + 1;
                return;
            }
        }
        let t = self.enum_result(e, index, v);
        self.push(t);
    }

    /// Every value a fresh or suspended generator has left to yield, for a native
    /// consumer that takes them all before looking at any (`list()`, `tuple()`,
    /// `sorted()`, `str.join`, ...: `collect_iter`). The generator's frame runs once,
    /// in one nested dispatch loop, to its end: each `yield` appends to the result
    /// and resumes at once with None, as `next()` would, instead of suspending the
    /// frame and leaving the loop per value. Nothing between two values can observe
    /// the difference (the consumer runs no code per item). None (nothing done)
    /// when the general path must run: tracing, a coroutine, a generator running
    /// or finished, the recursion limit reached.
    pub(crate) fn gen_collect(&mut self, g: ObjRef) -> Option<PyResult<Vec<Value>>> {
        let base = self.collect_buf.len();
        let mut unused = Value::None;
        let r = match self.run_drained(g, DrainMode::Collect, &mut unused)? {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        let mut items = self.collect_buf.split_off(base);
        let r = match r {
            Ok(Exit::Return(v)) => {
                self.decref(v);
                Ok(())
            }
            Ok(Exit::Yield(v)) => {
                // The frame suspended after all (tracing began inside it, or the
                // result could not grow): the rest is taken one value at a time.
                items.push(v);
                loop {
                    match self.gen_resume(g, Value::None, None) {
                        Ok(Ok(v)) => {
                            if !crate::runtime::limits::try_reserve(&mut items, 1) {
                                self.decref(v);
                                break Err(self.err_noargs("MemoryError"));
                            }
                            items.push(v);
                        }
                        Ok(Err(ret)) => {
                            self.decref(ret);
                            break Ok(());
                        }
                        Err(e) => break Err(e),
                    }
                }
            }
            Err(e) => Err(self.gen_frame_error(g, e)),
        };
        // (The frame's end marked the generator finished: `finish_frame` on its
        // return, the unwinding on an exception.)
        match r {
            Ok(()) => Some(Ok(items)),
            Err(e) => {
                for x in items {
                    self.decref(x);
                }
                Some(Err(e))
            }
        }
    }

    /// `it` as a generator object, for the consumers that drain one (`gen_drain`):
    /// asked once per consumer, not per item.
    pub(crate) fn generator_of(&self, it: Value) -> Option<ObjRef> {
        match it {
            Value::Obj(g) if matches!(self.heap.get(g), Obj::Generator(_)) => Some(g),
            _ => None,
        }
    }

    /// Runs a fresh or suspended generator for `sum()`, `any()` or `all()` (`mode`)
    /// in one nested dispatch loop, folding each value it yields into `acc` (owned
    /// by the caller, updated in place) without suspending, as `gen_collect` does
    /// for `list()`: Ok(None) when the generator finished, Ok(Some(v)) when it
    /// yielded a value `v` (owned) that the fold cannot take natively (a big or
    /// non-numeric sum, a true value for `any()`): the generator is then suspended
    /// at that `yield`, exactly as after a `next()`, and the consumer goes on with
    /// `v` as usual. None (nothing done) when the general path must run.
    ///
    /// Only numbers, bools and None are folded, so no Python code (`__add__`,
    /// `__bool__`, a `__del__`) runs while the generator's frame stays on the
    /// stack; nothing can observe that it did not suspend between those values.
    pub(crate) fn gen_drain(
        &mut self,
        g: ObjRef,
        mode: DrainMode,
        acc: &mut Value,
    ) -> Option<PyResult<Option<Value>>> {
        let r = match self.run_drained(g, mode, acc)? {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        Some(match r {
            Ok(Exit::Return(v)) => {
                self.decref(v);
                Ok(None)
            }
            Ok(Exit::Yield(v)) => Ok(Some(v)),
            Err(e) => Err(self.gen_frame_error(g, e)),
        })
    }

    /// `gen_drain` for `sum()` while its total is the machine number `acc` (updated
    /// in place): what `sum_step` takes is folded in, the first value it cannot take
    /// comes back as `gen_drain`'s would. An enclosing sum's total is put back after.
    pub(crate) fn gen_drain_sum(
        &mut self,
        g: ObjRef,
        acc: &mut SumAcc,
    ) -> Option<PyResult<Option<Value>>> {
        let saved = std::mem::replace(&mut self.drain_sum, *acc);
        let mut unused = Value::None;
        let r = self.gen_drain(g, DrainMode::Sum, &mut unused);
        *acc = std::mem::replace(&mut self.drain_sum, saved);
        r
    }

    /// Runs generator `g`'s frame in a nested dispatch loop as the drained one
    /// (`collect_fi`) in `mode`, with `acc` (owned by the caller, updated in place)
    /// as the fold's total; the drain state of an enclosing drain is saved and put
    /// back, so a drain inside the drained generator's code (`list(h)` in its body)
    /// folds into its own result only. Ok(Err(e)) when the frame could not start,
    /// None when the general path must run.
    fn run_drained(
        &mut self,
        g: ObjRef,
        mode: DrainMode,
        acc: &mut Value,
    ) -> Option<PyResult<PyResult<Exit>>> {
        if !self.generator_runs_fast(g) {
            return None;
        }
        if let Err(e) = self.check_native_reentry("") {
            return Some(Err(e));
        }
        if let Err(e) = self.push_generator_frame(g, Value::None, true) {
            return Some(Err(e));
        }
        let saved_fi = std::mem::replace(&mut self.collect_fi, self.frames.len() - 1);
        let saved_mode = std::mem::replace(&mut self.drain_mode, mode);
        let saved_acc = std::mem::replace(&mut self.drain_acc, *acc);
        self.native_depth += 1;
        let r = self.run_frame();
        self.native_depth -= 1;
        self.collect_fi = saved_fi;
        self.drain_mode = saved_mode;
        *acc = std::mem::replace(&mut self.drain_acc, saved_acc);
        Some(Ok(r))
    }

    /// The fold of `gen_drain` for one yielded value `v` (the yield's reference):
    /// true when it was taken (the reference is consumed), false when `v` must be
    /// yielded to the consumer.
    #[inline(never)]
    pub(crate) fn drain_take(&mut self, v: Value) -> bool {
        use crate::value::Scalar;
        if self.drain_mode == DrainMode::CollectNative {
            let native = match v {
                Value::Obj(r) => matches!(self.heap.get(r), Obj::Str(_)),
                Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => true,
                _ => false,
            };
            if !native || !crate::runtime::limits::try_reserve(&mut self.collect_buf, 1) {
                return false;
            }
            self.collect_buf.push(v);
            return true;
        }
        if matches!(self.drain_mode, DrainMode::Max | DrainMode::Min) {
            return self.drain_min_max(v);
        }
        if self.drain_mode == DrainMode::DictPairs {
            return self.drain_dict_pair(v);
        }
        if self.drain_mode == DrainMode::Sum {
            return match sum_step(self, self.drain_sum, v) {
                Some(total) => {
                    self.drain_sum = total;
                    // A number's death never runs code.
                    self.decref(v);
                    true
                }
                None => false,
            };
        }
        let truth = match self.scalar(v) {
            Scalar::None => false,
            Scalar::Bool(b) => b,
            Scalar::Int(i) => i != 0,
            Scalar::Float(f) => f != 0.0,
            _ => return false,
        };
        match self.drain_mode {
            DrainMode::Collect
            | DrainMode::CollectNative
            | DrainMode::Max
            | DrainMode::Min
            | DrainMode::DictPairs => false,
            DrainMode::Any | DrainMode::All => {
                if truth != (self.drain_mode == DrainMode::All) {
                    return false;
                }
                // A number's death never runs code.
                self.decref(v);
                true
            }
            DrainMode::Sum => false,
        }
    }

    /// `drain_take` for `dict(gen)`: `v` (the yield's reference) goes into the dict
    /// being built (`drain_acc`) when it is an exact 2-tuple whose key is hashed and
    /// compared without Python code and is not in the dict yet, so the insertion
    /// lets nothing go (a replaced value's finalizer could run code) and cannot
    /// fail; the tuple then dies as the consumer's `Py_DECREF` would kill it (no
    /// code runs: its items are the dict's now). Anything else is yielded to the
    /// consumer, which merges it the general way.
    fn drain_dict_pair(&mut self, v: Value) -> bool {
        let Value::Obj(t) = v else { return false };
        let (key, value) = match self.heap.get(t) {
            Obj::Tuple(items) if items.len() == 2 => (items[0], items[1]),
            _ => return false,
        };
        let Value::Obj(d) = self.drain_acc else {
            return false;
        };
        if !matches!(self.dict_lookup_fast(d, key), Some(None)) {
            return false;
        }
        let Some(h) = self.fast_hash(key) else {
            return false;
        };
        if let Err(e) = self.dict_set_item_hashed(Value::Obj(d), key, h, value) {
            // (A memory cap reached.) The consumer's merge tries again and raises.
            self.decref(e.0);
            return false;
        }
        self.decref(v);
        true
    }

    /// `drain_take` for `max()`/`min()`: `v` (the yield's reference) against the best
    /// so far (`drain_acc`, owned; `Undef` before the first item), as CPython's
    /// `min_max` compares `item > best` (`<` for min) and drops the loser at once.
    /// Only two ints or two floats are compared here (no code can run, and a
    /// number's death runs none either); anything else is yielded to the consumer.
    fn drain_min_max(&mut self, v: Value) -> bool {
        use crate::value::Scalar;
        let acc = self.drain_acc;
        let is_max = self.drain_mode == DrainMode::Max;
        let better = match (self.scalar(v), self.scalar(acc)) {
            (Scalar::Int(_) | Scalar::Float(_), _) if acc.is_undef() => true,
            (Scalar::Int(x), Scalar::Int(b)) => {
                if is_max {
                    x > b
                } else {
                    x < b
                }
            }
            (Scalar::Float(x), Scalar::Float(b)) => {
                if is_max {
                    x > b
                } else {
                    x < b
                }
            }
            _ => return false,
        };
        if better {
            self.drain_acc = v;
            self.decref(acc);
        } else {
            self.decref(v);
        }
        true
    }

    /// A generator frame the running loop resumed returned `v` (owned): the
    /// generator is finished and its frame gone. A caller at a `FOR_ITER` ends its
    /// loop, as `FOR_ITER` on exhaustion does: the generator (on top of the caller's
    /// stack) is released, `v` is dropped as `for` drops StopIteration's value, and
    /// the caller jumps to the loop's end. A caller at a `YIELD_FROM` releases the
    /// generator and gets `v` as the value of the `yield from`.
    pub(crate) fn generator_returned_inline(&mut self, v: Value) {
        let fi = self.frames.len() - 1;
        let ip = self.frames[fi].ip;
        match self.frames[fi].code.code[ip - 1] {
            crate::bytecode::Op::ForIter(target) => {
                self.decref(v);
                let it = self.pop();
                self.decref(it);
                self.frames[fi].ip = target as usize;
            }
            crate::bytecode::Op::YieldFrom => {
                let sub = self.pop();
                self.decref(sub);
                self.push(v);
            }
            other => unreachable!("a generator frame resumed inline by {:?}", other),
        }
        self.drain_zero_queue();
    }

    /// PEP 479: a StopIteration leaving a generator's frame becomes
    /// `RuntimeError("generator raised StopIteration")` caused by it (CPython's
    /// `_PyErr_FormatFromCause` in `gen_send_ex2`); other exceptions pass as they are.
    pub(crate) fn generator_exit_error(&mut self, e: PyErr) -> PyErr {
        if !self.exc_matches(e.0, "StopIteration") {
            return e;
        }
        self.generator_exit_error_msg(e, "generator raised StopIteration")
    }

    /// `e` (owned) replaced by `RuntimeError(msg)` caused by it.
    pub(crate) fn generator_exit_error_msg(&mut self, e: PyErr, msg: &str) -> PyErr {
        let r = self.err("RuntimeError", msg);
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
    /// A thrown exception gets, as its `__context__`, the exception the resumed
    /// generator frame (the top frame) was handling when it suspended: CPython's
    /// `_PyErr_ChainStackItem` in `gen_send_ex2`, which chains with the
    /// generator's own `gi_exc_state` only (nothing when the generator was handling
    /// nothing, whatever its caller handles), replacing any context it had and
    /// cutting a cycle as a `raise` does.
    fn chain_thrown(&mut self, exc: Value) {
        let base = self.frames.last().map_or(0, |f| f.handled_base);
        let Some(&cur) = self.handled.get(base..).and_then(|h| h.last()) else {
            return;
        };
        if cur.is(exc) || matches!(cur, Value::None) || self.exc_state(exc).is_none() {
            return;
        }
        self.cut_context_cycle(cur, exc);
        self.incref(cur);
        if let Some(s) = self.exc_state_mut(exc) {
            let old = std::mem::replace(&mut s.context, cur);
            self.decref(old);
        }
    }

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
            let f = self.frames.last_mut().unwrap();
            // Thrown in at the suspension point: that is where it was raised.
            f.handler_lasti = f.ip.wrapping_sub(1);
            f.ip = b.handler as usize;
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
        self.value_member(exc)
    }
}

/// Replaces the contents of a suspending frame's save buffer `dst` with `src` (the
/// frame's slots and stack, a handful of values): one capacity check, then plain
/// stores. `Vec::extend` from the slice iterator cost four times as many
/// instructions per value (its length bookkeeping per element), paid once for every
/// delegating level a value passes through in a `yield from` chain.
#[inline(always)]
fn save_values(dst: &mut Vec<Value>, src: &[Value]) {
    let n = src.len();
    dst.clear();
    dst.reserve(n);
    let spare = &mut dst.spare_capacity_mut()[..n];
    for (d, s) in spare.iter_mut().zip(src) {
        d.write(*s);
    }
    // SAFETY: `reserve(n)` made room for `n` values past the (cleared) length, and the
    // loop above initialised all `n` of them (`spare` and `src` are both `n` long).
    unsafe { dst.set_len(n) };
}

/// Copies a frame's few values without a call to `memcpy` (a generator's saved
/// frame is usually a handful of slots, where the call and its set-up cost more
/// than the copy).
#[inline(always)]
fn copy_values(dst: &mut [Value], src: &[Value]) {
    let n = src.len();
    if n > 16 {
        dst.copy_from_slice(src);
        return;
    }
    let mut i = 0;
    while i + 2 <= n {
        dst[i..i + 2].copy_from_slice(&src[i..i + 2]);
        i += 2;
    }
    if i < n {
        dst[i] = src[i];
    }
}

/// One item of `sum()`'s fast loops (CPython's `builtin_sum`): an exact int or a
/// bool added to an int total that does not overflow, an exact float (or an int
/// that fits a C long) added to a float total. None when the item leaves the fast
/// loop (the caller then makes the total an object and adds with `+`).
pub(crate) fn sum_step(vm: &Vm, acc: SumAcc, v: Value) -> Option<SumAcc> {
    use crate::value::Scalar;
    let item = match v {
        Value::Int(_) | Value::Float(_) => vm.scalar(v),
        Value::Bool(b) => Scalar::Int(b as i64),
        _ => return None,
    };
    match (acc, item) {
        (SumAcc::Int(a), Scalar::Int(b)) => a.checked_add(b).map(SumAcc::Int),
        (SumAcc::Float(a), Scalar::Float(b)) => Some(SumAcc::Float(a + b)),
        (SumAcc::Float(a), Scalar::Int(b)) => Some(SumAcc::Float(a + b as f64)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_values_replaces_the_buffer_contents() {
        let mut buf = vec![Value::Bool(true); 7];
        let src: Vec<Value> = (0..5).map(|i| Value::Bool(i % 2 == 0)).collect();
        save_values(&mut buf, &src);
        assert_eq!(buf.len(), 5);
        assert!(buf.iter().zip(&src).all(|(a, b)| a.is(*b)));
        save_values(&mut buf, &[]);
        assert!(buf.is_empty());
        let big: Vec<Value> = (0..40).map(|_| Value::None).collect();
        save_values(&mut buf, &big);
        assert_eq!(buf.len(), 40);
    }
}
