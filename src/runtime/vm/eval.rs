//! The dispatch loop (CPython's `_PyEval_EvalFrameDefault`, Python/ceval.c).
//!
//! Python-to-Python calls never recurse on the Rust stack: `Call` pushes a frame and the
//! loop continues in it; `ReturnValue` pops it. Native code that must call back into
//! Python (`__repr__` from `print`, `key=` in `sorted`, `__init__` of a builtin-created
//! object, generators) re-enters through [`Vm::run_frame`], counted by `native_depth`.
//!
//! This file is over the project's ~800-line guide on purpose: the loop is one `match`
//! over every instruction, kept in one function so the compiler keeps the registers
//! (`Regs`) in machine registers; the work an instruction does beyond a few lines lives
//! with its type (`runtime/types/`) or protocol (`vm/ops.rs`, `vm/call/`, ...).

use super::frame::{Block, Cont};
use super::regs::Regs;
use super::tracing;
use super::{PyErr, PyResult, Vm};
use crate::bytecode::{BinOp, CmpOp};
use crate::bytecode::{CodeObject, Op, Unary};
use crate::runtime::heap::counts::Release;
use crate::runtime::heap::Heap;
use crate::runtime::object::{IterObj, ListObj, Obj};
use crate::runtime::types::generator::{DrainMode, GenState};
use crate::runtime::types::iter::PairStep;
use crate::runtime::types::tuple;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

/// `$s[$i]` (by value) where bytecode verification proved `$i` in range: an
/// instruction index reached by falling through or jumping, or a constant or name
/// operand (verify.rs, invariants 1 and 2). Checked in debug builds, where the fuzzers
/// run.
macro_rules! verified {
    ($s:expr, $i:expr) => {
        *verified_ref!($s, $i)
    };
}

/// `&$s[$i]` under the same proof as `verified!`.
macro_rules! verified_ref {
    ($s:expr, $i:expr) => {{
        let (s, i) = (&$s[..], $i);
        debug_assert!(i < s.len(), "unverified index {i} (len {})", s.len());
        // SAFETY: `i < s.len()` by bytecode verification (see the macro's doc):
        // instructions fall through only to a successor that exists (the last one is a
        // return, jump or raise) and jump only to verified targets; constant and name
        // operands were checked against these very slices, which `runtime_of` built
        // with one entry per constant and per name.
        unsafe { s.get_unchecked(i) }
    }};
}

/// What `run_frame` ended with.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// What a dispatch loop raises when tracing started or stopped at a frame switch:
/// `run_frame` runs the top frame on in the other loop. (A sentinel on the error path,
/// which costs the normal returns nothing: no exception is `Undef`.)
const SWITCH: PyErr = PyErr(Value::Undef);

/// Where `general_op` sends the dispatch loop.
enum Flow {
    /// Go on in the same frame at this instruction.
    Next(usize),
    /// The frame stack changed (a call or a return): reload the top frame.
    Frame,
    /// The entry frame returned or yielded.
    Exit(Exit),
}

impl Vm {
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.stack[self.sp] = v;
        self.sp += 1;
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        self.sp -= 1;
        self.stack[self.sp]
    }

    #[inline(always)]
    pub fn top(&self) -> Value {
        self.stack[self.sp - 1]
    }

    #[inline(always)]
    pub fn peek(&self, n: usize) -> Value {
        self.stack[self.sp - 1 - n]
    }

    /// Runs the top frame (pushed by the caller with `is_entry = true`) until it returns
    /// or yields. Exceptions that escape it are returned as `Err`.
    #[inline]
    pub fn run_frame(&mut self) -> PyResult<Exit> {
        let entry_depth = self.frames.len();
        // (`fast_call_limit` is 0 exactly while tracing is active: one load.)
        if self.fast_call_limit == 0 {
            return self.run_frame_switching(entry_depth, true);
        }
        loop {
            match self.dispatch(entry_depth) {
                Ok(exit) => return Ok(exit),
                // Tracing started at a frame switch.
                Err(err) if err.0.is_undef() => {
                    let fresh = self.frames.last().is_some_and(|f| f.ip == 0);
                    return self.run_frame_switching(entry_depth, fresh);
                }
                Err(err) => {
                    // Unwind: find a handler in this frame or pop frames until the entry.
                    if let Some(exit) = self.unwind(err, entry_depth)? {
                        return Ok(exit);
                    }
                }
            }
        }
    }

    /// `run_frame` for a generator frame just resumed by `throw()` while tracing is
    /// active: the frame's 'call' event, then `exc` (owned) raised at its suspension
    /// point, reported as an 'exception' event there before it is handled or leaves
    /// the frame (CPython's `throwflag` path). Without tracing `throw_in_top` does
    /// the same without the events.
    pub(crate) fn run_frame_thrown(&mut self, mut exc: Value) -> PyResult<Exit> {
        let entry_depth = self.frames.len();
        let fi = entry_depth - 1;
        let ip = self.frames[fi].ip;
        let line = match ip {
            0 => Vm::entry_line(&self.frames[fi].code),
            _ => self.frames[fi].code.lines[ip - 1],
        };
        if let Err(e) = self.trace_call(fi, line) {
            // The trace function's error replaces the thrown exception.
            self.decref(exc);
            exc = e.0;
        }
        if self.blocks.len() <= self.frames[fi].block_base {
            // It leaves the frame: the frame's traceback entry, as `throw_in_top`.
            self.tb_here(exc, fi, ip.saturating_sub(1));
        }
        self.tracer.exc_raised = true;
        match self.unwind(PyErr(exc), entry_depth)? {
            Some(exit) => Ok(exit),
            None => self.run_frame_switching(entry_depth, false),
        }
    }

    /// `run_frame` once tracing has been active: each frame switch may change the
    /// loop (`dispatch_traced` while a trace or profile function is set). `fresh`
    /// says the top frame has not started yet (traced, it gets a 'call' event). Out of
    /// line, so that `run_frame` stays as small as it is without tracing.
    #[cold]
    #[inline(never)]
    fn run_frame_switching(&mut self, entry_depth: usize, mut fresh: bool) -> PyResult<Exit> {
        loop {
            let r = if self.fast_call_limit != 0 {
                self.dispatch(entry_depth)
            } else {
                self.dispatch_traced(entry_depth, fresh)
            };
            match r {
                Ok(exit) => return Ok(exit),
                // Tracing started or stopped at a frame switch: the top frame goes on in
                // the other loop. A frame at its first instruction was just pushed by a
                // call (a generator's first run starts in `run_frame`).
                Err(err) if err.0.is_undef() => {
                    fresh = self.frames.last().is_some_and(|f| f.ip == 0)
                }
                Err(err) => {
                    fresh = false;
                    // Unwind: find a handler in this frame or pop frames until the entry.
                    if let Some(exit) = self.unwind(err, entry_depth)? {
                        return Ok(exit);
                    }
                }
            }
        }
    }

    /// Handles an exception raised in the top frame. Returns Ok(None) when a handler
    /// was found (execution continues there), Err when the entry frame was popped.
    fn unwind(&mut self, err: PyErr, entry_depth: usize) -> PyResult<Option<Exit>> {
        let mut exc = err.0;
        // `sys.settrace`: an exception raised here (not re-raised), or arriving from a
        // call, is an 'exception' event in each frame it reaches (CPython's
        // `call_exc_trace` at the `error` label).
        let mut raised = std::mem::take(&mut self.tracer.exc_raised);
        loop {
            if raised && self.tracer.active {
                let fi = self.frames.len() - 1;
                if let Err(e) = self.trace_exception(fi, exc) {
                    // The trace function's error replaces the exception.
                    self.decref(exc);
                    exc = e.0;
                }
            }
            raised = true;
            let f = self.frames.last().expect("unwind without frame");
            let block_base = f.block_base;
            if self.blocks.len() > block_base {
                let b = self.blocks.pop().unwrap();
                // Cut the stack back to the block's level.
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
                if self.tracer.active {
                    self.tracer.raised_at = f.ip.checked_sub(1);
                }
                f.handler_lasti = f.ip.wrapping_sub(1);
                f.ip = b.handler as usize;
                self.drain_zero_queue();
                return Ok(None);
            }
            // No handler here: pop the frame.
            let is_entry = f.is_entry;
            let inline_gen = !is_entry && f.generator.is_some();
            if self.tracer.active {
                // 'return' with None; an error of the trace function is dropped, as
                // CPython's `TRACE_FUNCTION_UNWIND` does.
                let fi = self.frames.len() - 1;
                let ip = self.frames[fi].ip.saturating_sub(1);
                let line = self.frames[fi].code.lines.get(ip).copied().unwrap_or(0);
                if let Err(e) = self.trace_return(fi, Value::None, line) {
                    self.decref(e.0);
                }
            }
            self.pop_frame_discard();
            if inline_gen {
                // What `gen_resume` does for a generator run by a nested loop.
                exc = self.generator_exit_error(PyErr(exc)).0;
            }
            if is_entry || self.frames.len() < entry_depth {
                return Err(PyErr(exc));
            }
            // The exception arrives in the caller: record it there.
            let fi = self.frames.len() - 1;
            let ip = self.frames[fi].ip.saturating_sub(1);
            self.tb_here(exc, fi, ip);
        }
    }

    /// Pops the top frame, dropping everything it holds.
    pub fn pop_frame_discard(&mut self) {
        let f = self.frames.pop().unwrap();
        if f.cont.guarded() {
            self.c_depth -= 1;
        }
        self.frame_ended(&f);
        self.blocks.truncate(f.block_base);
        while self.handled.len() > f.handled_base {
            let v = self.handled.pop().unwrap();
            self.decref(v);
        }
        self.release_window(f.ret_slot);
        self.decref(f.ctor_instance);
        self.heap.class_call_args_done(f.ctor_args);
        if let Some(g) = f.generator {
            self.gen_frame_cleared(g);
        }
        self.drain_zero_queue();
        if let Cont::CallEx(kw) = f.cont {
            // The callee raised: CALL_FUNCTION_EX lets go of what it held after the
            // frame's locals, before the exception goes on in the caller.
            self.release_call_ex_operands(kw);
            self.drain_zero_queue();
        }
    }

    /// Records the current instruction in a fresh exception's traceback.
    fn raise_here(&mut self, e: PyErr, fi: usize, ip: usize) -> PyErr {
        if self.trace.is_some() {
            self.trace_raise(e.0);
        }
        // For `sys.settrace` (read and reset by `unwind`).
        self.tracer.exc_raised = true;
        // Raised while another is handled: that one is its context (CPython's
        // `_PyErr_SetObject`), for exceptions raised by native code too.
        self.set_context(e.0);
        self.tb_here(e.0, fi, ip);
        e
    }

    /// The instruction loop proper. Returns on the entry frame's return/yield; raises
    /// with the traceback entry of the current frame already attached. Raises `SWITCH`
    /// when `sys.settrace`/`sys.setprofile` started: `run_frame` goes on in
    /// `dispatch_traced` (the hot paths never look at tracing: see `tracing.rs`).
    fn dispatch(&mut self, entry_depth: usize) -> PyResult<Exit> {
        'frame: loop {
            let fi = self.frames.len() - 1;
            // SAFETY: frame `fi`'s code lives as long as the frame is on the frame stack
            // (`FrameCode`), and this iteration of `'frame` ends (`continue 'frame`,
            // `return`) whenever that frame may have been popped, before `code` is used
            // again. Detaching the borrow from `self` (instead of cloning an `Rc`)
            // spares two updates of a shared count per call and return, which
            // serialise on the same memory word in recursive code.
            let code: &CodeObject = unsafe { &*(&*self.frames[fi].code as *const CodeObject) };
            let base = self.frames[fi].base;
            let mut ip = self.frames[fi].ip;
            let rt = self.runtime_of(code);
            let ex = exec_of(rt, code);
            let globals = self.frames[fi].globals;
            // Local slices: through `rt`, every use would reload the pointer and length
            // after any call.
            let quick: &[Op] = &ex.quick;
            let consts: &[Value] = &rt.consts;
            // SAFETY: the stack is allocated once with the VM and never resized; `r` is
            // rebuilt after every instruction that went through `&mut self` (regs.rs).
            let mut reg = unsafe { Regs::new(&mut self.stack, self.sp) };
            // The bound the compiler's stack-depth analysis promises, which the
            // unchecked register accesses rely on (regs.rs, invariant 2).
            #[cfg(debug_assertions)]
            let stack_limit = self.frames[fi].stack_base + code.max_stack as usize;
            // Frees what the instruction let go of (a temporary operand, a replaced
            // item) before the next one runs, as CPython's immediate deallocation
            // does; `__del__` may run, so the registers are rebuilt.
            macro_rules! drain_regs {
                () => {
                    if self.needs_drain() {
                        self.sp = reg.sp;
                        self.drain_zero_queue();
                        // SAFETY: as at the top of the frame.
                        reg = unsafe { Regs::new(&mut self.stack, self.sp) };
                    }
                };
            }
            // Releases a value the instruction popped: an object's death may run
            // code (drained before the next instruction); a number's never does.
            macro_rules! release_regs {
                ($v:expr) => {
                    match $v {
                        Value::Obj(r) => {
                            self.heap.decref_obj(r);
                            drain_regs!();
                        }
                        Value::Int(n) | Value::Float(n) => self.heap.decref_num(n),
                        _ => {}
                    }
                };
            }
            // LOAD_GLOBAL's cached read (a LOAD_NAME in module code does the same):
            // the value the cache locates, pushed; a miss leaves the hot block.
            macro_rules! load_global_hot {
                ($i:expr, $hot:lifetime) => {{
                    let cache = verified!(ex.global_cache, $i as usize).get();
                    let name = verified!(rt.names, $i as usize);
                    let Some(v) = self.cached_global(globals, name, cache) else {
                        break $hot;
                    };
                    self.heap.incref(v);
                    reg.push(v);
                }};
            }
            // The end of a pair of loads whose values the frame keeps alive without
            // the stack's references (locals, constants, a cell's value): when the
            // next instruction consumes both (`x - 1`, `n < 2`, `l[i]`, `d[k]`) and
            // its fast case applies, it runs here on them, unpushed (no dispatch, no
            // count round trip); else both are pushed.
            macro_rules! fuse_or_push {
                ($v:expr, $w:expr, $insn:lifetime) => {{
                    let (v, w) = ($v, $w);
                    let next = verified!(quick, ip);
                    if let Some(adv) = fuse_pair(&mut self.heap, next, v, w, quick, ip, &mut reg)
                    {
                        ip = adv;
                        continue $insn;
                    }
                    // `d[k]` (BINARY_SUBSCR_DICT) with the key present and a hash and
                    // equality that run no code: only the value is pushed.
                    if let (Op::BinarySubscr, Value::Obj(d)) = (next, v) {
                        if let Obj::Dict(_) = self.heap.get(d) {
                            if let Some(Some(x)) = self.dict_lookup_fast(d, w) {
                                self.heap.incref(x);
                                reg.push(x);
                                ip += 1;
                                continue $insn;
                            }
                        }
                    }
                    self.heap.incref(v);
                    self.heap.incref(w);
                    reg.push(v);
                    reg.push(w);
                }};
            }
            'insn: loop {
                #[cfg(debug_assertions)]
                assert!(
                    reg.sp <= stack_limit,
                    "{}: evaluation stack deeper than max_stack {} at instruction {}",
                    code.name,
                    code.max_stack,
                    ip
                );
                let op = verified!(quick, ip);
                ip += 1;
                #[cfg(feature = "opstats")]
                super::opstats::fetched(op);
                // The hottest instructions in their common case run on the registers
                // `r`; anything unusual (an unbound local, a cache miss, a type that
                // needs a method call) leaves the block untouched and takes the
                // general path below, which redoes the instruction in full.
                'hot: {
                    match op {
                        Op::LoadFast(i) => {
                            let v = reg.get(base + i as usize);
                            if v.is_undef() {
                                break 'hot;
                            }
                            self.heap.incref(v);
                            reg.push(v);
                        }
                        Op::LoadFastLoadMethod(a) => {
                            // `c.output()` on a local with a cached method: `[.., func,
                            // self]` in one dispatch (the partner's module, class and
                            // declined cases run it alone, after a plain load).
                            let Op::LoadMethod(n) = verified!(quick, ip) else {
                                break 'hot;
                            };
                            let obj = reg.get(base + a as usize);
                            if obj.is_undef() {
                                break 'hot;
                            }
                            let cache = verified_ref!(ex.method_cache, n as usize);
                            let Some(f) = self.load_method_hit(obj, cache) else {
                                break 'hot;
                            };
                            ip += 1;
                            self.heap.incref_obj(f);
                            self.heap.incref(obj);
                            reg.push(Value::Obj(f));
                            reg.push(obj);
                        }
                        Op::LoadConst(i) => {
                            let v = verified!(consts, i as usize);
                            self.heap.incref(v);
                            reg.push(v);
                        }
                        Op::StoreFast(i) => {
                            let v = reg.pop();
                            match reg.replace(base + i as usize, v) {
                                Value::Obj(old) => {
                                    self.heap.decref_obj(old);
                                    self.sp = reg.sp;
                                    self.drain_zero_queue();
                                    // SAFETY: as above (the drain may have run `__del__`).
                                    reg = unsafe { Regs::new(&mut self.stack, self.sp) };
                                }
                                // A number's death runs no code: no drain needed.
                                Value::Int(n) | Value::Float(n) => self.heap.decref_num(n),
                                _ => {}
                            }
                        }
                        Op::LoadFastUnpack(a) => {
                            // `a, b, c = t` with `t` a local: the items go from the
                            // sequence straight into the locals (`unpack_run`). The
                            // load's and the unpacking's counts of `t` cancel out, so
                            // neither is made; `t`'s local holds it meanwhile.
                            let Value::Obj(r) = reg.get(base + a as usize) else {
                                break 'hot;
                            };
                            let Op::UnpackSequence(n) = verified!(quick, ip) else {
                                break 'hot;
                            };
                            let n = n as usize;
                            let Some(ops) = quick.get(ip + 1..ip + 1 + n) else {
                                break 'hot;
                            };
                            // Anything due (a finalizer) runs after UNPACK_SEQUENCE,
                            // before the stores: the general path does that.
                            if self.needs_drain() {
                                break 'hot;
                            }
                            let Some((items, len)) = self.heap.seq_items(r) else {
                                break 'hot;
                            };
                            if len != n {
                                break 'hot;
                            }
                            // SAFETY: `ops` are this frame's verified instructions
                            // (their operands are its locals), `items` has `n` items
                            // of a sequence that the local `a` holds, and a store
                            // that would let go of it stops the run (`Release::Last`).
                            let k = unsafe {
                                unpack_run(&mut self.heap, reg.slot_ptr(base), items, ops)
                            };
                            ip += 1 + k;
                            if k < n {
                                // SAFETY: as above; the compiler's stack depth counts
                                // UNPACK_SEQUENCE's `n` pushes.
                                unsafe { push_unstored(&mut self.heap, &mut reg, items, k, n) };
                            }
                        }
                        Op::LoadFastLoadFast(a) | Op::LoadFastLoadConst(a) => {
                            let w = match (op, verified!(quick, ip)) {
                                (Op::LoadFastLoadFast(_), Op::LoadFast(b)) => {
                                    reg.get(base + b as usize)
                                }
                                (Op::LoadFastLoadConst(_), Op::LoadConst(c)) => {
                                    verified!(consts, c as usize)
                                }
                                _ => break 'hot,
                            };
                            let v = reg.get(base + a as usize);
                            if v.is_undef() || w.is_undef() {
                                break 'hot;
                            }
                            ip += 1;
                            fuse_or_push!(v, w, 'insn);
                        }
                        Op::LoadGlobal(i) => load_global_hot!(i, 'hot),
                        Op::LoadName(i) => {
                            // Module-level code, whose locals are its globals (the
                            // frame's `locals` is that dict or absent): LOAD_GLOBAL's
                            // cached read. A class body or `exec` with a locals
                            // mapping of its own looks there first (general path).
                            if self.frames[fi].locals.is_some_and(|l| l != globals) {
                                break 'hot;
                            }
                            load_global_hot!(i, 'hot)
                        }
                        Op::StoreName(i) | Op::StoreGlobal(i) => {
                            // Rebinding a module-level name whose entry the cache
                            // located: the value is replaced in the dict's entry (no
                            // hashing), the old one released at once.
                            if matches!(op, Op::StoreName(_))
                                && self.frames[fi].locals.is_some_and(|l| l != globals)
                            {
                                break 'hot;
                            }
                            let cache = verified!(ex.global_cache, i as usize).get();
                            if cache.gver != 0 {
                                break 'hot;
                            }
                            let name = verified!(rt.names, i as usize);
                            let v = reg.peek(0);
                            // CPython's MAINTAIN_TRACKING, as every dict store.
                            if !self.heap.is_tracked(globals) && self.heap.may_be_tracked(v) {
                                break 'hot;
                            }
                            let Obj::Dict(g) = self.heap.get_mut(globals) else {
                                break 'hot;
                            };
                            let Some(slot) = g.value_mut_for(cache.ix as usize, name) else {
                                break 'hot;
                            };
                            let old = std::mem::replace(slot, reg.pop());
                            release_regs!(old);
                        }
                        Op::CallKw(_) | Op::CallMethodKw(_) => {
                            // `f(x, key=v)`, `obj.m(x, key=v)` of a Python function
                            // (the method's function with `self` below the
                            // arguments): its binding without the general path's
                            // round trip. Anything else goes there.
                            let (slot, nargs) = match op {
                                Op::CallKw(n) => (reg.sp - n as usize - 2, n as usize),
                                Op::CallMethodKw(n) => (reg.sp - n as usize - 3, n as usize + 1),
                                _ => break 'hot,
                            };
                            let Value::Obj(c) = reg.get(slot) else {
                                break 'hot;
                            };
                            let kwnames = reg.peek(0);
                            self.frames[fi].ip = ip;
                            self.sp = reg.sp - 1;
                            let Some(r) = self.function_call_binding(c, slot, nargs, Some(kwnames))
                            else {
                                self.sp = reg.sp;
                                break 'hot;
                            };
                            // The names are a constant of this code: never the last
                            // reference.
                            self.heap.decref(kwnames);
                            match r {
                                Ok(()) => continue 'frame,
                                Err(e) => return Err(self.raise_here(e, fi, ip - 1)),
                            }
                        }
                        Op::SetAdd(i) => {
                            // A set comprehension's step when the item's hash and
                            // equality run no code.
                            let v = reg.peek(0);
                            let Some(added) = self.set_add_fast(reg.peek(i as usize), v) else {
                                break 'hot;
                            };
                            reg.sp -= 1;
                            if !added {
                                release_regs!(v);
                            }
                        }
                        Op::LoadGlobalLoadAttr(i) => {
                            // `Direction.NONE`: the global's dict keeps the object
                            // alive, so it is never pushed (no incref/decref round
                            // trip, no drain); only the attribute is.
                            let Op::LoadAttr(n) = verified!(quick, ip) else {
                                break 'hot;
                            };
                            let cache = verified!(ex.global_cache, i as usize).get();
                            let name = verified!(rt.names, i as usize);
                            let Some(obj) = self.cached_global(globals, name, cache) else {
                                break 'hot;
                            };
                            let name = verified!(rt.names, n as usize);
                            let cache = verified_ref!(ex.load_attr_cache, n as usize);
                            let Some(v) = self.load_attr_fast(obj, name, cache) else {
                                break 'hot;
                            };
                            ip += 1;
                            self.heap.incref(v);
                            reg.push(v);
                        }
                        Op::BinaryOp(bop) | Op::InplaceOp(bop) => {
                            // Numbers only: freeing one runs no code, so no drain.
                            let (a, b) = (reg.peek(1), reg.peek(0));
                            let Some(v) = fast_binary_owned(&mut self.heap, bop, a, b) else {
                                // An instance's operator method in Python runs as a
                                // frame of this loop (call/slot.rs).
                                let is_instance = |v: Value| matches!(v, Value::Obj(x) if matches!(self.heap.get(x), Obj::Instance(_)));
                                if is_instance(a) || is_instance(b) {
                                    self.frames[fi].ip = ip;
                                    self.sp = reg.sp;
                                    let pushed = match op {
                                        Op::BinaryOp(_) => self.push_binary_frame(bop),
                                        _ => self.push_inplace_frame(bop),
                                    };
                                    if pushed {
                                        continue 'frame;
                                    }
                                }
                                // `a + b` of two strs (not `s += t`, which may append
                                // in place on the general path).
                                if bop != BinOp::Add || matches!(op, Op::InplaceOp(_)) {
                                    break 'hot;
                                }
                                let Some(v) = self.str_concat_plain(a, b) else {
                                    break 'hot;
                                };
                                reg.sp -= 1;
                                reg.set(reg.sp - 1, v);
                                self.heap.decref(a);
                                self.heap.decref(b);
                                drain_regs!();
                                continue 'insn;
                            };
                            reg.sp -= 1;
                            reg.set(reg.sp - 1, v);
                        }
                        Op::ForIter(t) => {
                            // CPython 3.12's FOR_ITER_RANGE / FOR_ITER_LIST: the next
                            // item of a range or list/tuple iterator without a call,
                            // and the end of the loop (the iterator dies at once, as
                            // FOR_ITER's Py_DECREF). Other iterators take the general
                            // path.
                            let Value::Obj(r) = reg.peek(0) else {
                                break 'hot;
                            };
                            if let Obj::Generator(_) = self.heap.get(r) {
                                // CPython 3.12's FOR_ITER_GEN: the generator's frame
                                // runs in this loop.
                                self.frames[fi].ip = ip;
                                self.sp = reg.sp;
                                if self.gen_resume_inline(r) {
                                    self.descend_delegation();
                                    continue 'frame;
                                }
                                break 'hot;
                            }
                            let Obj::Iter(it) = self.heap.get_mut(r) else {
                                break 'hot;
                            };
                            match &mut **it {
                                IterObj::Range {
                                    cur, stop, step, ..
                                } => {
                                    let c = *cur;
                                    if !((*step > 0 && c < *stop) || (*step < 0 && c > *stop)) {
                                        reg.sp -= 1;
                                        self.heap.decref_obj(r);
                                        ip = t as usize;
                                        drain_regs!();
                                        continue 'insn;
                                    }
                                    *cur = c.saturating_add(*step);
                                    // A new int even when the loop variable's previous
                                    // one dies in the STORE_FAST: CPython makes the new
                                    // one first, so the two alternate between two
                                    // addresses (`id()` shows it).
                                    let v = self.heap.int(c);
                                    reg.push(v);
                                }
                                IterObj::Seq { seq, idx } => {
                                    let Value::Obj(sr) = *seq else {
                                        break 'hot;
                                    };
                                    let i = *idx;
                                    // A subclass's instance (`for c in v.constraints`
                                    // over a `class OrderedCollection(list)`): its
                                    // builtin part is walked, as `builtin_iter_next`
                                    // does (`iter_target`), and the iterator is that
                                    // part's kind (`type_of`).
                                    let part = match self.heap.get(sr) {
                                        Obj::Instance(inst) => match inst.payload() {
                                            Some(Value::Obj(p)) => p,
                                            _ => break 'hot,
                                        },
                                        _ => sr,
                                    };
                                    let (item, is_list) = match self.heap.get(part) {
                                        Obj::List(l) => (l.items.get(i).copied(), true),
                                        Obj::Tuple(t) => (t.get(i).copied(), false),
                                        // `for ch in text` over ASCII text: the next
                                        // character's cached singleton (the end, and
                                        // characters not made yet, take the general
                                        // path).
                                        Obj::Str(s) if s.is_ascii() => {
                                            let Some(b) = s.ascii_byte(i) else {
                                                // The end: the iterator lets go of
                                                // the str, then the loop drops it
                                                // (only the loop holding it, it dies
                                                // at once: nothing can ask its type).
                                                if self.heap.rc(r) == 1 {
                                                    if let Obj::Iter(it) = self.heap.get_mut(r) {
                                                        **it = IterObj::Done;
                                                    }
                                                    self.heap.decref_obj(sr);
                                                } else {
                                                    self.finish_iter(r);
                                                }
                                                reg.sp -= 1;
                                                self.heap.decref_obj(r);
                                                ip = t as usize;
                                                drain_regs!();
                                                continue 'insn;
                                            };
                                            let c = self.latin1_chars[b as usize];
                                            if c == 0 {
                                                break 'hot;
                                            }
                                            (Some(Value::Obj(ObjRef(c))), false)
                                        }
                                        _ => break 'hot,
                                    };
                                    let Some(v) = item else {
                                        // Exhausted: the iterator lets go of its
                                        // sequence first (`listiter_next`), then the
                                        // loop drops the iterator.
                                        // (Only the loop holding it, it dies at
                                        // once: nothing can ask its type.)
                                        let spent = if self.heap.rc(r) == 1 {
                                            IterObj::Done
                                        } else if is_list {
                                            IterObj::Spent {
                                                class: self.types.list_iterator,
                                                size: 48,
                                            }
                                        } else {
                                            IterObj::Spent {
                                                class: self.types.tuple_iterator,
                                                size: 48,
                                            }
                                        };
                                        if let Obj::Iter(it) = self.heap.get_mut(r) {
                                            **it = spent;
                                        }
                                        reg.sp -= 1;
                                        self.heap.decref_obj(sr);
                                        self.heap.decref_obj(r);
                                        ip = t as usize;
                                        drain_regs!();
                                        continue 'insn;
                                    };
                                    if let Obj::Iter(it) = self.heap.get_mut(r) {
                                        if let IterObj::Seq { idx, .. } = &mut **it {
                                            *idx = i + 1;
                                        }
                                    }
                                    self.heap.incref(v);
                                    reg.push(v);
                                }
                                IterObj::Reversed { seq, idx } => {
                                    // `reversed(l)` over an exact list or tuple
                                    // (`listreviter_next`); the end, subclasses and
                                    // user sequences take the general path.
                                    let (Value::Obj(sr), i) = (*seq, *idx) else {
                                        break 'hot;
                                    };
                                    if i < 0 {
                                        break 'hot;
                                    }
                                    let item = match self.heap.get(sr) {
                                        Obj::List(l) => l.items.get(i as usize).copied(),
                                        Obj::Tuple(t) => t.get(i as usize).copied(),
                                        _ => None,
                                    };
                                    let Some(v) = item else {
                                        break 'hot;
                                    };
                                    if let Obj::Iter(it) = self.heap.get_mut(r) {
                                        if let IterObj::Reversed { idx, .. } = &mut **it {
                                            *idx = i - 1;
                                        }
                                    }
                                    self.heap.incref(v);
                                    reg.push(v);
                                }
                                IterObj::Dict { kind: 0 | 1, .. } => {
                                    let Some(v) = self.next_dict_fast(r) else {
                                        break 'hot;
                                    };
                                    reg.push(v);
                                }
                                IterObj::Set { .. } => {
                                    let Some(next) = self.next_set_fast(r) else {
                                        break 'hot;
                                    };
                                    let Some(v) = next else {
                                        // Exhausted: the iterator has let go of its
                                        // set (`setiter_iternext`), then the loop
                                        // drops the iterator.
                                        reg.sp -= 1;
                                        self.heap.decref_obj(r);
                                        ip = t as usize;
                                        drain_regs!();
                                        continue 'insn;
                                    };
                                    reg.push(v);
                                }
                                IterObj::Zip { .. }
                                    if !matches!(verified!(quick, ip), Op::UnpackSequence(2)) =>
                                {
                                    // `for a, b, c in zip(xs, ys, zs)`, `for p in
                                    // zip(xs, ys)` over lists, tuples, strs, ranges.
                                    let Some(v) = self.next_zip_fast(r) else {
                                        break 'hot;
                                    };
                                    reg.push(v);
                                    drain_regs!();
                                }
                                IterObj::Enumerate { .. }
                                | IterObj::Dict { kind: 2, .. }
                                | IterObj::Zip { .. } => {
                                    // `for i, x in enumerate(l)`, `for k, v in
                                    // d.items()`, `for a, b in zip(xs, ys)`: the pair
                                    // goes straight to the UNPACK_SEQUENCE's result,
                                    // first item on top; the end of the loop without
                                    // the general path.
                                    if !matches!(verified!(quick, ip), Op::UnpackSequence(2)) {
                                        break 'hot;
                                    }
                                    match self.next_pair_fast(r) {
                                        PairStep::Pair(a, b) => {
                                            reg.push(b);
                                            reg.push(a);
                                            ip += 1;
                                            // The refill let go of the old pair.
                                            drain_regs!();
                                        }
                                        PairStep::End => {
                                            reg.sp -= 1;
                                            self.heap.decref_obj(r);
                                            ip = t as usize;
                                            drain_regs!();
                                            continue 'insn;
                                        }
                                        PairStep::Slow => break 'hot,
                                    }
                                }
                                _ => break 'hot,
                            }
                        }
                        Op::BuildTuple(n) => {
                            // The items move from the stack into one exact-size
                            // allocation. Under tracemalloc the general path records
                            // the allocation's site.
                            if n == 0 || self.heap.trace.is_some() {
                                break 'hot;
                            }
                            let start = reg.sp - n as usize;
                            let items = if n as usize <= tuple::INLINE_ITEMS {
                                let mut items = [Value::Undef; tuple::INLINE_ITEMS];
                                for (k, i) in (start..reg.sp).enumerate() {
                                    items[k] = reg.get(i);
                                }
                                tuple::TupleObj::Inline {
                                    len: n as u8,
                                    items,
                                }
                            } else {
                                tuple::TupleObj::Boxed(
                                    (start..reg.sp).map(|i| reg.get(i)).collect(),
                                )
                            };
                            let t = self.heap.alloc(Obj::Tuple(items));
                            reg.sp = start;
                            reg.push(Value::Obj(t));
                        }
                        Op::BinarySubscr => {
                            // CPython's BINARY_SUBSCR_LIST_INT / _TUPLE_INT / _DICT.
                            let (obj, key) = (reg.peek(1), reg.peek(0));
                            let Value::Obj(r) = obj else {
                                break 'hot;
                            };
                            if let Obj::Dict(_) = self.heap.get(r) {
                                let Some(Some(v)) = self.dict_lookup_fast(r, key) else {
                                    break 'hot;
                                };
                                self.heap.incref(v);
                                self.heap.decref(key);
                                self.heap.decref_obj(r);
                                reg.sp -= 1;
                                reg.set(reg.sp - 1, v);
                                drain_regs!();
                                continue 'insn;
                            }
                            if let Obj::Instance(_) = self.heap.get(r) {
                                // CPython's BINARY_SUBSCR_GETITEM: `[.., obj, key]`
                                // becomes the call `[.., __getitem__, obj, key]`, run as
                                // a frame of this loop; its result lands where `obj` was.
                                let Some(f) = self.python_getitem(r) else {
                                    break 'hot;
                                };
                                if reg.sp + 1 >= self.stack.len() {
                                    break 'hot;
                                }
                                self.heap.incref(f);
                                let slot = reg.sp - 2;
                                reg.set(slot + 2, key);
                                reg.set(slot + 1, obj);
                                reg.set(slot, f);
                                reg.sp += 1;
                                self.frames[fi].ip = ip;
                                self.sp = reg.sp;
                                if self.fast_function_call(f, slot, 2) {
                                    continue 'frame;
                                }
                                // Declined (argument binding, recursion limit): undo.
                                reg.sp -= 1;
                                reg.set(slot, obj);
                                reg.set(slot + 1, key);
                                self.sp = reg.sp;
                                self.heap.decref(f);
                                break 'hot;
                            }
                            let Value::Int(k) = key else {
                                break 'hot;
                            };
                            let i = self.heap.int_of(k);
                            let item = match self.heap.get(r) {
                                Obj::List(l) => item_at(&l.items, i),
                                Obj::Tuple(t) => item_at(t, i),
                                Obj::Array(a) => {
                                    // `array('d')[i]`: the item as a new float.
                                    let Some(x) = a.f64_at(i) else {
                                        break 'hot;
                                    };
                                    let v = self.heap.float(x);
                                    self.heap.decref_num(k);
                                    self.heap.decref_obj(r);
                                    reg.sp -= 1;
                                    reg.set(reg.sp - 1, v);
                                    drain_regs!();
                                    continue 'insn;
                                }
                                // `s[i]` of ASCII text: the character's cached
                                // singleton (CPython's `unicode_char`); one not made
                                // yet is made on the general path.
                                Obj::Str(s) if s.is_ascii() => {
                                    match item_at(s.as_str().as_bytes(), i) {
                                        Some(b) => match self.latin1_chars[b as usize] {
                                            0 => None,
                                            c => Some(Value::Obj(ObjRef(c))),
                                        },
                                        None => None,
                                    }
                                }
                                _ => None,
                            };
                            let Some(v) = item else {
                                break 'hot;
                            };
                            self.heap.incref(v);
                            self.heap.decref_num(k);
                            self.heap.decref_obj(r);
                            reg.sp -= 1;
                            reg.set(reg.sp - 1, v);
                            // `f()[0]`: the container may have been a temporary.
                            drain_regs!();
                        }
                        Op::StoreSubscr => {
                            // CPython's STORE_SUBSCR_LIST_INT: the stack's reference to
                            // the value moves into the list; the old item dies after.
                            let (v, obj, key) = (reg.peek(2), reg.peek(1), reg.peek(0));
                            let Value::Obj(r) = obj else {
                                break 'hot;
                            };
                            if let Obj::Dict(_) = self.heap.get(r) {
                                // CPython's STORE_SUBSCR_DICT.
                                let Some(old) = self.dict_store_fast(r, key, v) else {
                                    break 'hot;
                                };
                                // As `insertdict` then STORE_SUBSCR: the replaced
                                // value goes first, then the key and the dict.
                                reg.sp -= 3;
                                if !old.is_undef() {
                                    self.heap.decref(old);
                                }
                                self.heap.decref(key);
                                self.heap.decref_obj(r);
                                drain_regs!();
                                continue 'insn;
                            }
                            let Value::Int(k) = key else {
                                break 'hot;
                            };
                            let i = self.heap.int_of(k);
                            let l = match self.heap.get_mut(r) {
                                Obj::List(l) => l,
                                Obj::Array(_) => {
                                    // `array('d')[i] = x` for a float `x`: stored in
                                    // place, the stack's reference to `x` released.
                                    let x = match v {
                                        Value::Float(_) => self.heap.f64_of(v),
                                        _ => None,
                                    };
                                    let Some(x) = x else {
                                        break 'hot;
                                    };
                                    let Obj::Array(a) = self.heap.get_mut(r) else {
                                        break 'hot;
                                    };
                                    if !a.set_f64_at(i, x) {
                                        break 'hot;
                                    }
                                    reg.sp -= 3;
                                    self.heap.decref_num(k);
                                    self.heap.decref_obj(r);
                                    self.heap.decref(v);
                                    drain_regs!();
                                    continue 'insn;
                                }
                                _ => break 'hot,
                            };
                            let n = l.items.len() as i64;
                            let j = if i < 0 { i + n } else { i };
                            if !(0..n).contains(&j) {
                                break 'hot;
                            }
                            let old = std::mem::replace(&mut l.items[j as usize], v);
                            reg.sp -= 3;
                            self.heap.decref_num(k);
                            self.heap.decref_obj(r);
                            self.heap.decref(old);
                            drain_regs!();
                        }
                        Op::BuildList(0) => {
                            // `[]`, a list comprehension's accumulator. Under
                            // tracemalloc the general path records the site.
                            if self.heap.trace.is_some() {
                                break 'hot;
                            }
                            let l = self.heap.alloc(Obj::List(ListObj::new(Vec::new())));
                            reg.push(Value::Obj(l));
                        }
                        Op::LoadClosure(i) => {
                            // A cell for an inner function's closure tuple.
                            let cell = reg.get(base + code.varnames.len() + i as usize);
                            self.heap.incref(cell);
                            reg.push(cell);
                        }
                        Op::MakeFunction(flags) => {
                            // `def`, `lambda` and a comprehension's function: nothing
                            // but allocation, no Python code.
                            let code_v = reg.pop();
                            let closure = if flags & 8 != 0 {
                                reg.pop()
                            } else {
                                Value::None
                            };
                            let kwdefaults = if flags & 2 != 0 {
                                reg.pop()
                            } else {
                                Value::None
                            };
                            let defaults = if flags & 1 != 0 {
                                reg.pop()
                            } else {
                                Value::None
                            };
                            self.sp = reg.sp;
                            let f =
                                self.make_function(code_v, defaults, kwdefaults, closure, globals);
                            reg.push(f);
                        }
                        Op::MapAdd(i) => {
                            // A dict comprehension's item under a key whose hash and
                            // comparison are native (CPython's STORE_SUBSCR_DICT path
                            // of `insertdict`): the value's reference moves in, the key's
                            // and the replaced value's are let go of.
                            let (v, k) = (reg.peek(0), reg.peek(1));
                            let Value::Obj(d) = reg.peek(i as usize + 1) else {
                                break 'hot;
                            };
                            if !matches!(self.heap.get(d), Obj::Dict(_)) {
                                break 'hot;
                            }
                            let Some(old) = self.dict_store_fast(d, k, v) else {
                                break 'hot;
                            };
                            reg.sp -= 2;
                            if !old.is_undef() {
                                self.heap.decref(old);
                            }
                            self.heap.decref(k);
                            drain_regs!();
                        }
                        Op::ListAppend(i) => {
                            // A comprehension's append: the stack's reference moves
                            // into the list.
                            let v = reg.peek(0);
                            let Value::Obj(l) = reg.peek(i as usize) else {
                                break 'hot;
                            };
                            let Obj::List(list) = self.heap.get_mut(l) else {
                                break 'hot;
                            };
                            list.push(v);
                            reg.sp -= 1;
                        }
                        Op::GetIter => {
                            // `iter()` of a list, tuple, str or range: a new iterator
                            // holding the sequence (the stack's reference moves in).
                            if self.heap.trace.is_some() {
                                break 'hot;
                            }
                            let v = reg.peek(0);
                            let Value::Obj(r) = v else {
                                break 'hot;
                            };
                            let (it, is_range) = match self.heap.get(r) {
                                Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) => {
                                    (IterObj::Seq { seq: v, idx: 0 }, false)
                                }
                                Obj::Range { start, stop, step } => {
                                    (IterObj::range(*start, *stop, *step), true)
                                }
                                _ => break 'hot,
                            };
                            let it = self.heap.alloc(Obj::Iter(Box::new(it)));
                            reg.set(reg.sp - 1, Value::Obj(it));
                            // The range goes after the iterator is made, as GET_ITER.
                            if is_range {
                                self.heap.decref_obj(r);
                                drain_regs!();
                            }
                        }
                        Op::FormatValue(0 | 1) => {
                            // `f"{x}"`, `f"{x!s}"` (and `"%s" % x`, which the compiler
                            // turns into it) with no spec: an exact str is its own
                            // text (CPython's FORMAT_VALUE skips the call); an int
                            // is its decimal text.
                            match reg.peek(0) {
                                Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_)) => {}
                                Value::Int(h) => {
                                    // `PyObject_Str` of an int: a new str even for
                                    // one digit (never the one-character singleton).
                                    let s = self.small_int_str(self.heap.int_of(h));
                                    reg.set(reg.sp - 1, s);
                                    self.heap.decref_num(h);
                                }
                                _ => break 'hot,
                            }
                        }
                        Op::BuildString(n) => {
                            // The pieces are strs (FORMAT_VALUE made them).
                            self.sp = reg.sp;
                            let Some(Ok(v)) = self.build_string(n as usize, true) else {
                                break 'hot;
                            };
                            // SAFETY: as at the top of the frame.
                            reg = unsafe { Regs::new(&mut self.stack, self.sp) };
                            reg.push(v);
                            drain_regs!();
                        }
                        Op::YieldValue => {
                            // A generator frame this loop resumed (`for x in gen`,
                            // `yield from`): the value goes straight to the caller's
                            // FOR_ITER or up the delegating frames. One a nested loop
                            // runs (`next()`, `send`, native consumers) returns it.
                            // (Not once tracing began: the rest yields as `next()`
                            // would, with its 'return' and 'call' events.)
                            if fi == self.collect_fi && self.fast_call_limit != 0 {
                                // A generator `list()`/`tuple()`/... drains: the value
                                // joins the result and the `yield` gives None at once;
                                // `sum()`/`any()`/`all()` fold it in natively when they
                                // can (else it is yielded to them as usual).
                                if self.drain_mode == DrainMode::Collect {
                                    if !crate::runtime::limits::try_reserve(
                                        &mut self.collect_buf,
                                        1,
                                    ) {
                                        break 'hot;
                                    }
                                    let v = reg.pop();
                                    self.collect_buf.push(v);
                                    // The `yield` gives None; a `yield` statement (every
                                    // generator expression's) drops it at once, so its
                                    // POP_TOP is skipped rather than run: no code runs
                                    // between the two and None's count ends the same.
                                    if matches!(quick.get(ip), Some(Op::Pop)) {
                                        ip += 1;
                                    } else {
                                        reg.push(Value::None);
                                    }
                                    continue 'insn;
                                }
                                if self.drain_take(reg.peek(0)) {
                                    // As above: a discarded None skips its POP_TOP.
                                    if matches!(quick.get(ip), Some(Op::Pop)) {
                                        reg.sp -= 1;
                                        ip += 1;
                                    } else {
                                        reg.set(reg.sp - 1, Value::None);
                                    }
                                    continue 'insn;
                                }
                            }
                            let v = reg.pop();
                            self.frames[fi].ip = ip;
                            self.sp = reg.sp;
                            if self.frames[fi].is_entry {
                                self.suspend_generator();
                                return Ok(Exit::Yield(v));
                            }
                            if let Some(v) = self.yield_to_caller(v) {
                                return Ok(Exit::Yield(v));
                            }
                            continue 'frame;
                        }
                        Op::GetAwaitable(_) => {
                            // `await f()`: a coroutine that has not started is its
                            // own awaitable (it stays on the stack); anything else
                            // takes the general path's checks and `__await__`.
                            let Value::Obj(c) = reg.peek(0) else {
                                break 'hot;
                            };
                            if !matches!(self.heap.get(c), Obj::Generator(g)
                                if g.state == GenState::Created
                                    && g.code.flags.coroutine
                                    && !g.code.flags.async_generator)
                            {
                                break 'hot;
                            }
                        }
                        Op::YieldFrom => {
                            // `yield from gen` / `await coro` (CPython 3.12's
                            // SEND_GEN): the sub-generator's frame runs in this loop,
                            // above this one, with `sent` as its `yield`'s result.
                            let Value::Obj(g) = reg.peek(1) else {
                                break 'hot;
                            };
                            let sent = reg.peek(0);
                            self.frames[fi].ip = ip;
                            self.sp = reg.sp - 1;
                            if !self.yield_from_inline(g, sent) {
                                break 'hot;
                            }
                            // The stack's reference (the resumed frame holds its own).
                            self.heap.decref(sent);
                            self.descend_delegation();
                            continue 'frame;
                        }
                        Op::DeleteSubscr => {
                            // `del d[k]` of a present key (CPython's `delitem_common`:
                            // the key is released, then the value, then the operands).
                            let (obj, key) = (reg.peek(1), reg.peek(0));
                            let Value::Obj(r) = obj else {
                                break 'hot;
                            };
                            let Some((k, v)) = self.dict_del_fast(r, key) else {
                                break 'hot;
                            };
                            reg.sp -= 2;
                            self.heap.decref(k);
                            self.heap.decref(v);
                            self.heap.decref(key);
                            self.heap.decref_obj(r);
                            drain_regs!();
                        }
                        Op::BuildSlice(n) => {
                            // `x[a:b]`, `x[a:b:c]` and `l[a:b] = v` with int or None
                            // bounds: the slice object would die in the next
                            // instruction, so that instruction is done here without
                            // it (CPython 3.12's BINARY_SLICE / STORE_SLICE).
                            let k = n as usize;
                            let step = if k == 3 { reg.peek(0) } else { Value::None };
                            let (start, stop) = (reg.peek(k - 1), reg.peek(k - 2));
                            match verified!(quick, ip) {
                                Op::BinarySubscr => {
                                    let Value::Obj(r) = reg.peek(k) else {
                                        break 'hot;
                                    };
                                    let Some(v) = self.fast_slice_get(r, start, stop, step) else {
                                        break 'hot;
                                    };
                                    for b in [start, stop, step] {
                                        self.heap.decref(b);
                                    }
                                    self.heap.decref_obj(r);
                                    reg.sp -= k;
                                    reg.set(reg.sp - 1, v);
                                }
                                Op::StoreSubscr => {
                                    let (Value::Obj(r), v) = (reg.peek(k), reg.peek(k + 1)) else {
                                        break 'hot;
                                    };
                                    if self.list_ass_slice_fast(r, start, stop, step, v).is_none() {
                                        break 'hot;
                                    }
                                    for b in [start, stop, step] {
                                        self.heap.decref(b);
                                    }
                                    self.heap.decref_obj(r);
                                    self.heap.decref(v);
                                    reg.sp -= k + 2;
                                }
                                _ => break 'hot,
                            }
                            ip += 1;
                            drain_regs!();
                        }
                        Op::UnpackSequence(n) => {
                            // CPython's UNPACK_SEQUENCE_TUPLE / _LIST: exact length only
                            // (anything else raises or iterates on the general path).
                            let Value::Obj(r) = reg.peek(0) else {
                                break 'hot;
                            };
                            let n = n as usize;
                            // `a, b, c = t` with `t` held elsewhere (a variable) and
                            // nothing due to run: the items go from the sequence
                            // straight into the locals (see `unpack_into_locals`).
                            if !self.needs_drain() {
                                // SAFETY: `base` is this frame's base and `quick` its
                                // code's verified instructions (`Regs` invariant 2).
                                let next = unsafe {
                                    unpack_into_locals(
                                        &mut self.heap,
                                        &mut reg,
                                        r,
                                        n,
                                        quick,
                                        ip,
                                        base,
                                    )
                                };
                                if let Some(next) = next {
                                    ip = next;
                                    continue 'insn;
                                }
                            }
                            let items: &[Value] = match self.heap.get(r) {
                                Obj::Tuple(t) => t,
                                Obj::List(l) => &l.items,
                                _ => break 'hot,
                            };
                            if items.len() != n {
                                break 'hot;
                            }
                            // The compiler's stack depth counts the `n` pushes.
                            reg.sp -= 1;
                            for &v in items.iter().rev() {
                                reg.push(v);
                            }
                            for k in 0..n {
                                self.heap.incref(reg.peek(k));
                            }
                            self.heap.decref_obj(r);
                            drain_regs!();
                            // `a, b, c = t` into locals: the STORE_FASTs that follow
                            // run here without their dispatch. Each leaves the stack,
                            // counts and finalizers exactly as its own dispatch would.
                            for _ in 0..n {
                                let Op::StoreFast(j) = verified!(quick, ip) else {
                                    break;
                                };
                                ip += 1;
                                let v = reg.pop();
                                match reg.replace(base + j as usize, v) {
                                    Value::Obj(old) => {
                                        self.heap.decref_obj(old);
                                        drain_regs!();
                                    }
                                    Value::Int(n) | Value::Float(n) => self.heap.decref_num(n),
                                    _ => {}
                                }
                            }
                        }
                        Op::CompareOp(cop) => {
                            let (a, b) = (reg.peek(1), reg.peek(0));
                            let Some(t) = self.hot_compare(cop, a, b) else {
                                // An instance's comparison method in Python runs as a
                                // frame of this loop (call/slot.rs); its result lands
                                // where `a` was (a following PopJumpIfFalse then tests it).
                                if let Value::Obj(x) = a {
                                    if let Obj::Instance(_) = self.heap.get(x) {
                                        self.frames[fi].ip = ip;
                                        self.sp = reg.sp;
                                        if self.push_compare_frame(cop) {
                                            continue 'frame;
                                        }
                                    }
                                }
                                break 'hot;
                            };
                            self.heap.decref(a);
                            self.heap.decref(b);
                            reg.sp -= 1;
                            reg.set(reg.sp - 1, Value::Bool(t));
                            // `f() is None`: the operand may have been a temporary.
                            drain_regs!();
                        }
                        Op::CompareJumpIfFalse(cop) => {
                            let (a, b) = (reg.peek(1), reg.peek(0));
                            let Some(t) = self.hot_compare(cop, a, b) else {
                                // An instance's comparison method in Python runs as a
                                // frame of this loop (call/slot.rs); its result lands
                                // where `a` was (a following PopJumpIfFalse then tests it).
                                if let Value::Obj(x) = a {
                                    if let Obj::Instance(_) = self.heap.get(x) {
                                        self.frames[fi].ip = ip;
                                        self.sp = reg.sp;
                                        if self.push_compare_frame(cop) {
                                            continue 'frame;
                                        }
                                    }
                                }
                                break 'hot;
                            };
                            self.heap.decref(a);
                            self.heap.decref(b);
                            reg.sp -= 2;
                            if let Op::PopJumpIfFalse(target) = verified!(quick, ip) {
                                ip += 1;
                                if !t {
                                    ip = target as usize;
                                }
                            } else {
                                reg.push(Value::Bool(t));
                            }
                            drain_regs!();
                        }
                        Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                            // Truth of the values whose test runs no code (CPython's
                            // `PyObject_IsTrue` fast cases); instances take the
                            // general path.
                            let v = reg.peek(0);
                            let Some(b) = self.hot_truth(v) else {
                                break 'hot;
                            };
                            reg.sp -= 1;
                            if b == matches!(op, Op::PopJumpIfTrue(_)) {
                                ip = t as usize;
                            }
                            release_regs!(v);
                        }
                        Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                            // `a and b`, `a or b`: the operand stays when the jump is
                            // taken, else it is popped.
                            let v = reg.peek(0);
                            let Some(b) = self.hot_truth(v) else {
                                break 'hot;
                            };
                            if b == matches!(op, Op::JumpIfTrueOrPop(_)) {
                                ip = t as usize;
                            } else {
                                reg.sp -= 1;
                                release_regs!(v);
                            }
                        }
                        Op::UnaryOp(Unary::Not) => {
                            let v = reg.peek(0);
                            let Some(b) = self.hot_truth(v) else {
                                break 'hot;
                            };
                            reg.set(reg.sp - 1, Value::Bool(!b));
                            release_regs!(v);
                        }
                        Op::UnaryOp(Unary::Neg) => {
                            // `-x` of an int that stays in i64, or of a float: a new
                            // number, as CPython's `long_neg` / `float_neg` make.
                            let v = reg.peek(0);
                            let r = match v {
                                Value::Int(n) => match self.heap.int_of(n).checked_neg() {
                                    Some(x) => self.heap.int(x),
                                    None => break 'hot,
                                },
                                Value::Float(n) => {
                                    let x = self.heap.float_of(n);
                                    self.heap.float(-x)
                                }
                                _ => break 'hot,
                            };
                            reg.set(reg.sp - 1, r);
                            release_regs!(v);
                        }
                        Op::Copy(n) => {
                            let v = reg.peek(n as usize - 1);
                            self.heap.incref(v);
                            reg.push(v);
                        }
                        Op::Swap(n) => {
                            let top = reg.sp - 1;
                            let other = top + 1 - n as usize;
                            let (a, b) = (reg.get(top), reg.get(other));
                            reg.set(top, b);
                            reg.set(other, a);
                        }
                        Op::LoadDeref(i) => {
                            let cell = reg.get(base + code.varnames.len() + i as usize);
                            let Value::Obj(c) = cell else {
                                break 'hot;
                            };
                            let Obj::Cell(v) = self.heap.get(c) else {
                                break 'hot;
                            };
                            let v = *v;
                            if v.is_undef() {
                                break 'hot;
                            }
                            self.heap.incref(v);
                            reg.push(v);
                        }
                        Op::LoadDerefLoadFast(i) => {
                            // `pool[i]` in a comprehension over an enclosing variable:
                            // the cell keeps its value alive as a local would, so the
                            // pair fuses with a following subscript or arithmetic as
                            // LOAD_FAST__LOAD_FAST does.
                            let Op::LoadFast(b) = verified!(quick, ip) else {
                                break 'hot;
                            };
                            let cell = reg.get(base + code.varnames.len() + i as usize);
                            let Value::Obj(c) = cell else {
                                break 'hot;
                            };
                            let Obj::Cell(v) = self.heap.get(c) else {
                                break 'hot;
                            };
                            let v = *v;
                            let w = reg.get(base + b as usize);
                            if v.is_undef() || w.is_undef() {
                                break 'hot;
                            }
                            ip += 1;
                            fuse_or_push!(v, w, 'insn);
                        }
                        // `try:` costs CPython 3.11 nothing until something raises;
                        // here it is a block push and pop without leaving the block.
                        Op::SetupExcept(t) => {
                            self.blocks.push(Block {
                                handler: t,
                                level: reg.sp as u32,
                                handled_depth: self.handled.len() as u32,
                            });
                        }
                        Op::PopBlock => {
                            self.blocks.pop();
                        }
                        // Catching: `except C:` naming one exception class, and leaving
                        // the handler, without the general path's round trip.
                        Op::CheckExcMatch => {
                            let t = reg.peek(0);
                            let Some(hit) = self.exc_match_class(reg.peek(1), t) else {
                                break 'hot;
                            };
                            reg.pop();
                            release_regs!(t);
                            reg.push(Value::Bool(hit));
                        }
                        Op::PopExcept => {
                            let v = reg.pop();
                            let h = if self.handled.len() > self.frames[fi].handled_base {
                                self.handled.pop()
                            } else {
                                None
                            };
                            release_regs!(v);
                            if let Some(h) = h {
                                release_regs!(h);
                            }
                        }
                        Op::Jump(t) => {
                            // Backward jumps poll for Ctrl-C on the general path.
                            if (t as usize) < ip && crate::runtime::interrupt::pending() {
                                break 'hot;
                            }
                            ip = t as usize;
                        }
                        Op::Pop => {
                            let v = reg.pop();
                            release_regs!(v);
                        }
                        Op::Call(n) => {
                            let slot = reg.sp - n as usize - 1;
                            let callee = reg.get(slot);
                            let Value::Obj(c) = callee else {
                                break 'hot;
                            };
                            if let 1..=2 = n {
                                let second = if n == 2 {
                                    reg.get(slot + 2)
                                } else {
                                    Value::Undef
                                };
                                let args = [reg.get(slot + 1), second];
                                if let Some(v) = self.call_intrinsic(c, &args[..n as usize]) {
                                    for &a in &args[..n as usize] {
                                        self.heap.decref(a);
                                    }
                                    self.heap.decref_obj(c);
                                    reg.sp = slot;
                                    reg.push(v);
                                    drain_regs!();
                                    continue 'insn;
                                }
                            }
                            // One look at the callee's kind picks the specialisation
                            // (CPython 3.11's PRECALL/CALL families): a builtin never
                            // pays for the Python-function checks, nor the reverse.
                            let builtin = match self.heap.get(c) {
                                Obj::Builtin(_) => true,
                                Obj::Function(_) | Obj::Class(_) => false,
                                Obj::BoundMethod { .. } => {
                                    // `m(x)` of a bound Python method (changes
                                    // nothing when it declines).
                                    self.frames[fi].ip = ip;
                                    self.sp = reg.sp;
                                    if self.fast_bound_method_call(c, slot, n as usize) {
                                        continue 'frame;
                                    }
                                    break 'hot;
                                }
                                _ => break 'hot,
                            };
                            self.frames[fi].ip = ip;
                            self.sp = reg.sp;
                            if !builtin {
                                // Changes nothing when it declines.
                                if self.fast_function_call(callee, slot, n as usize) {
                                    continue 'frame;
                                }
                                // `f(x)` of a function with `*args`, keyword-only
                                // parameters or cells: its full binding, still without
                                // the general path's round trip.
                                match self.function_call_binding(c, slot, n as usize, None) {
                                    None => {}
                                    Some(Ok(())) => continue 'frame,
                                    Some(Err(e)) => return Err(self.raise_here(e, fi, ip - 1)),
                                }
                                // `float(x)`, `range(n)`: a class called natively.
                                match self.fast_builtin_class_call(slot, n as usize) {
                                    None => {}
                                    Some(Ok(())) => {
                                        // SAFETY: as at the top of the frame.
                                        reg = unsafe { Regs::new(&mut self.stack, self.sp) };
                                        continue 'insn;
                                    }
                                    Some(Err(e)) => return Err(self.raise_here(e, fi, ip - 1)),
                                }
                                // `await f(..)`: the coroutine's frame starts where
                                // the arguments are (changes nothing when it declines).
                                if let Some(
                                    &[Op::GetAwaitable(_), Op::LoadConst(k), Op::YieldFrom],
                                ) = quick.get(ip..ip + 3)
                                {
                                    if matches!(consts.get(k as usize), Some(Value::None))
                                        && self.await_call_inline(callee, slot, n as usize)
                                    {
                                        // Past the `await`: the coroutine's return
                                        // gives the YIELD_FROM its value, its first
                                        // suspension re-runs the YIELD_FROM.
                                        self.frames[fi].ip = ip + 3;
                                        continue 'frame;
                                    }
                                }
                                if self.fast_generator_call(callee, slot, n as usize) {
                                    // SAFETY: as at the top of the frame.
                                    reg = unsafe { Regs::new(&mut self.stack, self.sp) };
                                    drain_regs!();
                                    continue 'insn;
                                }
                                break 'hot;
                            }
                            // `len(x)` of an instance with a Python `__len__`: its
                            // frame runs in this loop (call/slot.rs).
                            if n == 1 && Some(c) == self.intrinsics.len && self.push_len_frame(slot)
                            {
                                continue 'frame;
                            }
                            match self.fast_native_call(slot, n as usize) {
                                None => break 'hot,
                                Some(Ok(())) => {
                                    // SAFETY: as at the top of the frame.
                                    reg = unsafe { Regs::new(&mut self.stack, self.sp) };
                                }
                                Some(Err(e)) => return Err(self.raise_here(e, fi, ip - 1)),
                            }
                        }
                        Op::CallMethod(n) => {
                            let slot = reg.sp - n as usize - 2;
                            // `l.append(x)` on an exact list (CPython 3.11's
                            // PRECALL_NO_KW_LIST_APPEND): the stack's reference to `x`
                            // moves into the list; no call, no argument vector.
                            if let (1, Value::Obj(c), Value::Obj(l)) =
                                (n, reg.get(slot), reg.get(slot + 1))
                            {
                                if Some(c) == self.intrinsics.list_append
                                    && self.heap.trace.is_none()
                                {
                                    // `todo.append(c)` on an instance of a list
                                    // subclass (`OrderedCollection`): its builtin part,
                                    // which `list.append` runs on (only a list
                                    // subclass's instance has a list as that part).
                                    let target = match self.heap.get(l) {
                                        Obj::Instance(i) => match i.payload() {
                                            Some(Value::Obj(p)) => p,
                                            _ => l,
                                        },
                                        _ => l,
                                    };
                                    if let Obj::List(list) = self.heap.get_mut(target) {
                                        list.push(reg.get(slot + 2));
                                        reg.sp = slot;
                                        self.heap.decref_obj(l);
                                        self.heap.decref_obj(c);
                                        reg.push(Value::None);
                                        drain_regs!();
                                        continue 'insn;
                                    }
                                }
                            }
                            let mut nargs = n as usize + 1;
                            // `[.., NULL, f, args..]` (LOAD_METHOD found no method):
                            // the call of `f` with `n` arguments, moved down one slot
                            // so the result lands where a call's would.
                            let shifted = reg.get(slot).is_undef();
                            if shifted {
                                for i in slot..reg.sp - 1 {
                                    reg.set(i, reg.get(i + 1));
                                }
                                reg.sp -= 1;
                                nargs -= 1;
                            }
                            self.frames[fi].ip = ip;
                            self.sp = reg.sp;
                            // A method descriptor (`d.get(k)`) skips the Python
                            // function checks.
                            let callee = reg.get(slot);
                            let builtin = matches!(callee, Value::Obj(c)
                                if matches!(self.heap.get(c), Obj::Builtin(_)));
                            if !builtin {
                                if self.fast_function_call(callee, slot, nargs) {
                                    continue 'frame;
                                }
                                // `self.hook(x)` where `hook` is an instance
                                // attribute holding a bound method.
                                if let Value::Obj(c) = callee {
                                    if self.fast_bound_method_call(c, slot, nargs) {
                                        continue 'frame;
                                    }
                                }
                                // `self.items()` of a generator method: the generator
                                // is made here, as for `Call` (changes nothing when
                                // it declines).
                                if self.fast_generator_call(callee, slot, nargs) {
                                    // SAFETY: as at the top of the frame.
                                    reg = unsafe { Regs::new(&mut self.stack, self.sp) };
                                    drain_regs!();
                                    continue 'insn;
                                }
                            }
                            match self.fast_native_call(slot, nargs) {
                                None => {
                                    // Declined (nothing changed): back to the layout
                                    // the general path expects.
                                    if shifted {
                                        for i in (slot + 1..=reg.sp).rev() {
                                            reg.set(i, reg.get(i - 1));
                                        }
                                        reg.set(slot, Value::Undef);
                                        reg.sp += 1;
                                        self.sp = reg.sp;
                                    }
                                    break 'hot;
                                }
                                Some(Ok(())) => {
                                    // SAFETY: as at the top of the frame.
                                    reg = unsafe { Regs::new(&mut self.stack, self.sp) };
                                }
                                Some(Err(e)) => return Err(self.raise_here(e, fi, ip - 1)),
                            }
                        }
                        Op::ReturnValue => {
                            let f = &self.frames[fi];
                            let ctor = f.ctor_instance;
                            if f.is_entry
                                || (!ctor.is_undef() && !matches!(reg.peek(0), Value::None))
                                || self.blocks.len() != f.block_base
                                || self.handled.len() != f.handled_base
                                || fi < entry_depth
                                || self.frame_obj_at.last() == Some(&fi)
                            {
                                break 'hot;
                            }
                            if let Some(g) = f.generator {
                                // A generator (or `await`ed coroutine) frame the running
                                // loop resumed ends (`gen_resume_inline`,
                                // `yield_from_inline`): `finish_frame`'s work without its
                                // checks (no frame object, blocks or handled
                                // exceptions, no constructor), then the caller's
                                // `FOR_ITER` ends or its `yield from` gets the value.
                                let v = reg.pop();
                                let ret_slot = f.ret_slot;
                                self.sp = reg.sp;
                                self.pop_frame_quick();
                                self.release_window(ret_slot);
                                self.gen_frame_cleared(g);
                                self.drain_zero_queue();
                                self.generator_returned_inline(v);
                                continue 'frame;
                            }
                            // A plain function frame (the fast path of `finish_frame`):
                            // drop its window and leave the result where the caller
                            // pushed the callable. An `__init__` frame pushed by a class
                            // call returned None: its result is the instance, whose
                            // reference the frame held.
                            let ret_slot = f.ret_slot;
                            let cont = f.cont;
                            let mut v = reg.pop();
                            let mut ctor_args = 0;
                            if !ctor.is_undef() {
                                v = ctor;
                                ctor_args = f.ctor_args;
                            }
                            // `release_window`'s order: locals first to last, then
                            // the callable.
                            for i in ret_slot + 1..reg.sp {
                                self.heap.decref(reg.get(i));
                            }
                            if reg.sp > ret_slot {
                                self.heap.decref(reg.get(ret_slot));
                            }
                            reg.sp = ret_slot;
                            if cont != Cont::None {
                                // An operator's special method (call/slot.rs): the
                                // caller's instruction finishes with the result.
                                self.pop_frame_quick();
                                if cont.guarded() {
                                    self.c_depth -= 1;
                                }
                                self.sp = reg.sp;
                                if let Err(e) = self.finish_slot_frame(cont, v) {
                                    let cf = self.frames.len() - 1;
                                    let cip = self.frames[cf].ip;
                                    return Err(self.raise_here(e, cf, cip - 1));
                                }
                                continue 'frame;
                            }
                            reg.push(v);
                            self.pop_frame_quick();
                            self.sp = reg.sp;
                            self.heap.class_call_args_done(ctor_args);
                            self.drain_zero_queue();
                            continue 'frame;
                        }
                        Op::LoadAttr(n) => {
                            let obj = reg.peek(0);
                            let name = verified!(rt.names, n as usize);
                            let cache = verified_ref!(ex.load_attr_cache, n as usize);
                            let Some(v) = self.load_attr_fast(obj, name, cache) else {
                                // A property with a Python getter (CPython 3.12's
                                // LOAD_ATTR_PROPERTY): `[obj] -> [fget, obj]`, the
                                // stack's reference to `obj` now the argument's, and
                                // the getter runs in a frame of this loop, its result
                                // landing where `obj` was.
                                if let Some(fget) = self.property_getter_hit(obj, cache) {
                                    let slot = reg.sp - 1;
                                    reg.set(slot, fget);
                                    reg.push(obj);
                                    self.frames[fi].ip = ip;
                                    self.sp = reg.sp;
                                    if self.fast_function_call(fget, slot, 1) {
                                        self.heap.incref(fget);
                                        continue 'frame;
                                    }
                                    // Declined (nothing changed): back to `[obj]`.
                                    reg.sp -= 1;
                                    reg.set(slot, obj);
                                    self.sp = reg.sp;
                                }
                                break 'hot;
                            };
                            self.heap.incref(v);
                            reg.set(reg.sp - 1, v);
                            // A temporary (`f().x`) dies here, as in CPython.
                            self.heap.decref(obj);
                            drain_regs!();
                        }
                        Op::LoadFastLoadAttr(a) => {
                            let Op::LoadAttr(n) = verified!(quick, ip) else {
                                break 'hot;
                            };
                            // The local keeps `obj` alive: no incref/decref round trip.
                            let obj = reg.get(base + a as usize);
                            let name = verified!(rt.names, n as usize);
                            let cache = verified_ref!(ex.load_attr_cache, n as usize);
                            let Some(v) = self.load_attr_fast(obj, name, cache) else {
                                // `self.prop`: as in `LoadAttr`, past the fused pair,
                                // `[] -> [fget, obj]` (a new reference to the local).
                                if let Some(fget) = self.property_getter_hit(obj, cache) {
                                    let slot = reg.sp;
                                    reg.push(fget);
                                    reg.push(obj);
                                    self.frames[fi].ip = ip + 1;
                                    self.sp = reg.sp;
                                    if self.fast_function_call(fget, slot, 1) {
                                        self.heap.incref(fget);
                                        self.heap.incref(obj);
                                        continue 'frame;
                                    }
                                    reg.sp = slot;
                                    self.sp = reg.sp;
                                }
                                break 'hot;
                            };
                            ip += 1;
                            self.heap.incref(v);
                            reg.push(v);
                        }
                        Op::LoadFastStoreAttr(a) => {
                            // `self.x = v` (STORE_ATTR_INSTANCE_VALUE on a local): the
                            // local keeps the object alive, so it is never pushed (no
                            // count round trip); the stack's reference to `v` moves
                            // into the attribute and the replaced value is released.
                            let Op::StoreAttr(n) = verified!(quick, ip) else {
                                break 'hot;
                            };
                            let obj = reg.get(base + a as usize);
                            if obj.is_undef() {
                                break 'hot;
                            }
                            let v = reg.peek(0);
                            let name = verified!(rt.names, n as usize);
                            let cache = verified_ref!(ex.store_attr_cache, n as usize);
                            let Some(old) = self.store_attr_hit(obj, name, v, cache) else {
                                break 'hot;
                            };
                            ip += 1;
                            reg.sp -= 1;
                            release_regs!(old);
                        }
                        Op::StoreAttr(n) => {
                            let (obj, v) = (reg.peek(0), reg.peek(1));
                            let name = verified!(rt.names, n as usize);
                            let cache = verified_ref!(ex.store_attr_cache, n as usize);
                            // The stack's reference to `v` moves into the attribute.
                            let Some(old) = self.store_attr_hit(obj, name, v, cache) else {
                                break 'hot;
                            };
                            reg.sp -= 2;
                            self.heap.decref(old);
                            self.heap.decref(obj);
                            drain_regs!();
                        }
                        Op::LoadMethod(n) => {
                            let obj = reg.peek(0);
                            let cache = verified_ref!(ex.method_cache, n as usize);
                            let Some(f) = self.load_method_hit(obj, cache) else {
                                // `math.sqrt(x)`: a module's attribute is a plain value
                                // of its dict (`module_getattro` finds it there first):
                                // `[.., NULL, value]`, as LOAD_METHOD leaves a non-method.
                                let Value::Obj(m) = obj else {
                                    break 'hot;
                                };
                                if let Obj::Class(_) = self.heap.get(m) {
                                    // `Class.f(..)` (CPython's LOAD_METHOD_CLASS): a
                                    // function or staticmethod goes as `[NULL, f]`; a
                                    // classmethod as `[f, Class]`, the stack's
                                    // reference to the class becoming the first
                                    // argument, as the bound method CPython makes
                                    // would pass it (that object lives only until the
                                    // call unpacks it; its allocation is counted for
                                    // the collector as CPython's is).
                                    let Some((f, bind)) = self.class_receiver_hit(m, cache) else {
                                        break 'hot;
                                    };
                                    self.heap.incref_obj(f);
                                    if bind {
                                        self.heap.note_transient_gc_object();
                                        reg.set(reg.sp - 1, Value::Obj(f));
                                        reg.push(obj);
                                    } else {
                                        reg.set(reg.sp - 1, Value::Undef);
                                        reg.push(Value::Obj(f));
                                        self.heap.decref_obj(m);
                                        drain_regs!();
                                    }
                                    continue 'insn;
                                }
                                // A subclass's module may have data descriptors
                                // that come before its dict: the general lookup.
                                let Obj::Module(module) = self.heap.get(m) else {
                                    break 'hot;
                                };
                                if module.class.is_some() {
                                    break 'hot;
                                }
                                let Value::Obj(name) = verified!(rt.names, n as usize) else {
                                    break 'hot;
                                };
                                let Some(v) = self.module_attr_fast(module.dict, name, cache)
                                else {
                                    break 'hot;
                                };
                                self.heap.incref(v);
                                reg.set(reg.sp - 1, Value::Undef);
                                reg.push(v);
                                self.heap.decref_obj(m);
                                drain_regs!();
                                continue 'insn;
                            };
                            // `[.., func, self]`: the stack's reference to `obj` is
                            // now the `self` argument's.
                            self.heap.incref_obj(f);
                            reg.set(reg.sp - 1, Value::Obj(f));
                            reg.push(obj);
                        }
                        // Every other instruction, named rather than `_`: with no
                        // default arm the jump table covers every discriminant, so the
                        // dispatch needs no range check (three machine instructions
                        // per instruction fetched).
                        Op::Nop
                        | Op::Trace(_)
                        | Op::DeleteFast(_)
                        | Op::LoadClassDeref(_)
                        | Op::StoreDeref(_)
                        | Op::DeleteDeref(_)
                        | Op::DeleteGlobal(_)
                        | Op::DeleteName(_)
                        | Op::DeleteAttr(_)
                        | Op::CallEx(_)
                        | Op::UnaryOp(_)
                        | Op::BuildList(_)
                        | Op::BuildSet(_)
                        | Op::BuildMap(_)
                        | Op::BuildConstKeyMap(_)
                        | Op::ListExtend(_)
                        | Op::SetUpdate(_)
                        | Op::DictUpdate(_)
                        | Op::DictMerge(_)
                        | Op::ListToTuple
                        | Op::UnpackEx(_)
                        | Op::FormatValue(_)
                        | Op::GetYieldFromIter
                        | Op::BeforeAsyncWith
                        | Op::AsyncWithExit
                        | Op::GetAIter
                        | Op::GetANext
                        | Op::EndAsyncFor
                        | Op::ImportName(_)
                        | Op::ImportFrom(_)
                        | Op::ImportStar
                        | Op::Raise(_)
                        | Op::Reraise(_)
                        | Op::BeforeWith
                        | Op::WithExceptStart
                        | Op::CheckEgMatch
                        | Op::PrepReraiseStar
                        | Op::LoadBuildClass
                        | Op::LoadAssertionError
                        | Op::GetLen
                        | Op::MatchSequence
                        | Op::MatchMapping
                        | Op::MatchKeys
                        | Op::MatchClass(_)
                        | Op::PrintExpr
                        | Op::LoadLocals
                        | Op::SetupAnnotations => break 'hot,
                    }
                    continue 'insn;
                }
                self.sp = reg.sp;
                match self.general_op(op, ip, fi, code, rt, entry_depth)? {
                    Flow::Next(next) => {
                        ip = next;
                        // What the instruction let go of dies before the next one runs
                        // (CPython frees inside the instruction), so finalizers do not
                        // wait for a later safe point.
                        self.drain_zero_queue();
                    }
                    // A call or return on the general path: where tracing, once
                    // started, takes over (see `tracing.rs`).
                    Flow::Frame if self.fast_call_limit == 0 => return Err(SWITCH),
                    Flow::Frame => continue 'frame,
                    Flow::Exit(exit) => return Ok(exit),
                }
                // SAFETY: as at the top of the frame.
                reg = unsafe { Regs::new(&mut self.stack, self.sp) };
            }
        }
    }

    /// The instruction loop while a trace or profile function is set (CPython 3.11's
    /// `DO_TRACING` path): every instruction runs through `general_op` (the plain,
    /// unquickened instructions, so no superinstruction hides a line boundary), with
    /// the events of `vm/tracing.rs` around it. `fresh` says the top frame has not
    /// started yet (it gets a 'call' event). Raises `SWITCH` when tracing stopped: the
    /// frame goes on in `dispatch`.
    #[inline(never)]
    fn dispatch_traced(&mut self, entry_depth: usize, fresh: bool) -> PyResult<Exit> {
        // Frames above this depth have not had their 'call' event.
        let mut depth = self.frames.len() - usize::from(fresh);
        'frame: loop {
            if !self.tracer.active {
                return Err(SWITCH);
            }
            let fi = self.frames.len() - 1;
            // SAFETY: as in `dispatch`: the borrow ends with this iteration of
            // `'frame`, which ends whenever the frame may have been popped.
            let code: &CodeObject = unsafe { &*(&*self.frames[fi].code as *const CodeObject) };
            let mut ip = self.frames[fi].ip;
            let rt = self.runtime_of(code);
            exec_of(rt, code);
            let ev_lines: &[u32] = self.event_lines(code);
            // Traced: the last instruction with a line run in this frame.
            let mut last = tracing::NO_INSN;
            {
                let is_new = self.frames.len() > depth;
                depth = self.frames.len();
                if is_new {
                    // A frame starting (a generator: resuming after its `yield`).
                    let line = match ip {
                        0 => Vm::entry_line(code),
                        _ => {
                            last = ip - 1;
                            code.lines[ip - 1]
                        }
                    };
                    if let Err(e) = self.trace_call(fi, line) {
                        return Err(self.raise_here(e, fi, ip.saturating_sub(1)));
                    }
                } else {
                    // Back from a call, or at an exception handler.
                    last = match self.tracer.raised_at.take() {
                        Some(at) => at,
                        None => ip.wrapping_sub(1),
                    };
                }
            }
            loop {
                let op = verified!(code.code, ip);
                {
                    let line = verified!(ev_lines, ip);
                    if line != 0 {
                        if last == tracing::NO_INSN || ip < last || line != code.lines[last] {
                            self.frames[fi].ip = ip + 1;
                            if let Err(e) = self.trace_line(fi, line) {
                                return Err(self.raise_here(e, fi, ip));
                            }
                        }
                        last = ip;
                    }
                }
                ip += 1;
                match self.general_op_traced(op, ip, fi, code, rt, entry_depth, last)? {
                    Flow::Next(next) => ip = next,
                    Flow::Frame => continue 'frame,
                    Flow::Exit(exit) => return Ok(exit),
                }
            }
        }
    }

    /// `general_op` in the traced loop: a return or yield is a 'return' event, a call
    /// of a builtin is wrapped in 'c_call' and 'c_return'/'c_exception' for the
    /// profile function.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn general_op_traced(
        &mut self,
        op: Op,
        ip: usize,
        fi: usize,
        code: &CodeObject,
        rt: &crate::bytecode::code::RuntimeConsts,
        entry_depth: usize,
        last: usize,
    ) -> PyResult<Flow> {
        let profiled = match op {
            Op::ReturnValue | Op::YieldValue => {
                // The line of the return itself, or the last line run before an
                // implicit one.
                let line = match last {
                    tracing::NO_INSN => Vm::entry_line(code),
                    l => code.lines[l],
                };
                self.frames[fi].ip = ip;
                let v = self.top();
                if let Err(e) = self.trace_return(fi, v, line) {
                    return Err(self.raise_here(e, fi, ip - 1));
                }
                None
            }
            Op::ForIter(t) if self.local_trace(fi).is_some() => {
                // A generator that returns a value ends the loop with StopIteration
                // set, which CPython 3.11's FOR_ITER reports as an 'exception' event.
                let it = self.top();
                let Value::Obj(g) = it else {
                    return self.general_op(op, ip, fi, code, rt, entry_depth);
                };
                if !matches!(self.heap.get(g), Obj::Generator(gen) if !gen.code.flags.coroutine) {
                    return self.general_op(op, ip, fi, code, rt, entry_depth);
                }
                self.frames[fi].ip = ip;
                return match self.gen_resume(g, Value::None, None) {
                    Err(e) => Err(self.raise_here(e, fi, ip - 1)),
                    Ok(Ok(v)) => {
                        self.push(v);
                        Ok(Flow::Next(ip))
                    }
                    Ok(Err(ret)) => {
                        if !matches!(ret, Value::None) {
                            let e = self.stop_iteration(ret);
                            let r = self.trace_exception(fi, e.0);
                            self.decref(e.0);
                            if let Err(e2) = r {
                                return Err(self.raise_here(e2, fi, ip - 1));
                            }
                        }
                        self.pop();
                        self.decref(it);
                        self.drain_zero_queue();
                        Ok(Flow::Next(t as usize))
                    }
                };
            }
            _ if matches!(self.tracer.profile, Value::None) => None,
            Op::Call(n) => self.profiled_builtin(self.sp - n as usize - 1, false),
            Op::CallKw(n) => self.profiled_builtin(self.sp - n as usize - 2, false),
            Op::CallMethod(n) => self.profiled_builtin(self.sp - n as usize - 2, true),
            Op::CallMethodKw(n) => self.profiled_builtin(self.sp - n as usize - 3, true),
            _ => None,
        };
        let Some(f) = profiled else {
            return self.general_op(op, ip, fi, code, rt, entry_depth);
        };
        self.frames[fi].ip = ip;
        if let Err(e) = self.profile_c_event(fi, tracing::Event::CCall, f) {
            self.decref(f);
            return Err(self.raise_here(e, fi, ip - 1));
        }
        let r = self.general_op(op, ip, fi, code, rt, entry_depth);
        let ev = match r {
            Ok(_) => tracing::Event::CReturn,
            Err(_) => tracing::Event::CException,
        };
        let r2 = self.profile_c_event(fi, ev, f);
        self.decref(f);
        match (r, r2) {
            (r, Ok(())) => r,
            (Err(e), Err(e2)) => {
                self.decref(e.0);
                Err(self.raise_here(e2, fi, ip - 1))
            }
            (Ok(flow), Err(e2)) => {
                // The profile function's error replaces the call's result.
                if let Flow::Next(_) = flow {
                    let v = self.pop();
                    self.decref(v);
                }
                Err(self.raise_here(e2, fi, ip - 1))
            }
        }
    }

    /// Every instruction in full generality (the `'hot` block of `dispatch` handles
    /// the common cases of a few). Out of line so that the hot loop stays small enough
    /// for its state to live in registers. Returns where execution goes next; raises
    /// with the traceback entry of the current frame attached.
    #[inline(never)]
    fn general_op(
        &mut self,
        op: Op,
        mut ip: usize,
        fi: usize,
        code: &CodeObject,
        rt: &crate::bytecode::code::RuntimeConsts,
        entry_depth: usize,
    ) -> PyResult<Flow> {
        #[cfg(feature = "opstats")]
        {
            let name = |vm: &Self, k: usize| match vm.sp.checked_sub(k) {
                Some(i) if i >= vm.frames[fi].base => vm.type_name(vm.stack[i]),
                _ => "-".to_string(),
            };
            let tos = format!("{} {}", name(self, 2), name(self, 1));
            super::opstats::general(op, &tos);
        }
        if self.heap.trace.is_some() {
            // tracemalloc: what this instruction allocates was allocated here.
            crate::runtime::modules::tracemalloc::note_site(self, fi, ip);
        }
        // Where the frame is, for what this instruction may ask of it
        // (`frame.f_lineno` of the running frame, `sys._getframe`).
        self.frames[fi].ip = ip;
        let base = self.frames[fi].base;
        macro_rules! tryv {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => {
                        self.frames[fi].ip = ip;
                        let e = self.raise_here(e, fi, ip - 1);
                        return Err(e);
                    }
                }
            };
        }
        match op {
            Op::Nop => {}
            Op::Trace(ev) => {
                self.frames[fi].ip = ip;
                self.trace_op(ev);
            }
            Op::LoadConst(i) => {
                let v = rt.consts[i as usize];
                self.incref(v);
                self.push(v);
            }
            // A fused pair's general path is its first half: the partner then runs
            // as itself.
            // The partner (`LoadMethod`, `StoreAttr`, ...) stays in place and runs next.
            Op::LoadFast(i)
            | Op::LoadFastUnpack(i)
            | Op::LoadFastLoadMethod(i)
            | Op::LoadFastStoreAttr(i) => {
                let v = self.stack[base + i as usize];
                if v.is_undef() {
                    tryv!(Err(self.unbound_local(code, i)));
                }
                self.incref(v);
                self.push(v);
            }
            Op::StoreFast(i) => {
                let v = self.pop();
                let old = std::mem::replace(&mut self.stack[base + i as usize], v);
                match old {
                    Value::Obj(_) => {
                        self.decref(old);
                        self.drain_zero_queue();
                    }
                    Value::Int(n) | Value::Float(n) => self.heap.decref_num(n),
                    _ => {}
                }
            }
            Op::DeleteFast(i) => {
                let old = std::mem::replace(&mut self.stack[base + i as usize], Value::Undef);
                if old.is_undef() {
                    let name = code.varnames[i as usize].clone();
                    tryv!(Err(self.err(
                        "UnboundLocalError",
                        format!(
                            "cannot access local variable '{}' where it is not associated with a value",
                            name
                        )
                    )));
                }
                self.decref(old);
                self.drain_zero_queue();
            }
            // The partner `LoadFast` stays in place and runs next on its own.
            Op::LoadDeref(i) | Op::LoadDerefLoadFast(i) => {
                let cell = self.stack[base + code.varnames.len() + i as usize];
                let v = self.cell_get(cell);
                if v.is_undef() {
                    let e = self.unbound_deref(code, i as usize);
                    tryv!(Err(e));
                }
                self.incref(v);
                self.push(v);
            }
            Op::LoadClassDeref(i) => {
                let v = tryv!(self.load_class_deref(code, base, fi, i as usize));
                self.push(v);
            }
            Op::StoreDeref(i) => {
                let v = self.pop();
                let cell = self.stack[base + code.varnames.len() + i as usize];
                self.cell_set(cell, v);
                self.drain_zero_queue();
            }
            Op::DeleteDeref(i) => {
                let cell = self.stack[base + code.varnames.len() + i as usize];
                if self.cell_get(cell).is_undef() {
                    let e = self.unbound_deref(code, i as usize);
                    tryv!(Err(e));
                }
                self.cell_set(cell, Value::Undef);
                self.drain_zero_queue();
            }
            Op::LoadClosure(i) => {
                let cell = self.stack[base + code.varnames.len() + i as usize];
                self.incref(cell);
                self.push(cell);
            }
            // The fused pair's general path is its first half: the `LoadAttr` then
            // runs as itself.
            Op::LoadGlobal(i) | Op::LoadGlobalLoadAttr(i) => {
                let globals = self.frames[fi].globals;
                let cache = &rt.exec().global_cache[i as usize];
                let name = rt.names[i as usize];
                let v = match self.cached_global(globals, name, cache.get()) {
                    Some(v) => v,
                    None => tryv!(self.load_global_filling(globals, name, cache)),
                };
                self.incref(v);
                self.push(v);
            }
            Op::StoreGlobal(i) => {
                let name = rt.names[i as usize];
                let v = self.pop();
                let globals = self.frames[fi].globals;
                let cache = &rt.exec().global_cache[i as usize];
                tryv!(self.store_global(globals, name, v, cache));
                self.drain_zero_queue();
            }
            Op::DeleteGlobal(i) => {
                let name = rt.names[i as usize];
                let globals = Value::Obj(self.frames[fi].globals);
                if !tryv!(self.dict_del_item(globals, name)) {
                    tryv!(Err(self.name_error(name)));
                }
                self.drain_zero_queue();
            }
            Op::LoadName(i) => {
                let name = rt.names[i as usize];
                let f = &self.frames[fi];
                let (locals, globals) = (f.locals, f.globals);
                let mut found = None;
                // The globals step below reads `globals` as a dict (the inline cache);
                // a locals namespace that is the same exact dict needs no first look.
                if let Some(l) = locals {
                    if l != globals {
                        found = tryv!(self.ns_load(l, name));
                    }
                }
                let v = match found {
                    Some(v) => v,
                    None => {
                        let cache = &rt.exec().global_cache[i as usize];
                        let v = match self.cached_global(globals, name, cache.get()) {
                            Some(v) => v,
                            None => tryv!(self.load_global_filling(globals, name, cache)),
                        };
                        self.incref(v);
                        v
                    }
                };
                self.push(v);
            }
            Op::StoreName(i) => {
                let name = rt.names[i as usize];
                let v = self.pop();
                let f = &self.frames[fi];
                let ns = f.locals.unwrap_or(f.globals);
                if ns == f.globals {
                    let cache = &rt.exec().global_cache[i as usize];
                    tryv!(self.store_global(ns, name, v, cache));
                } else {
                    let r = self.ns_store(ns, name, v);
                    self.decref(v);
                    tryv!(r);
                }
                self.drain_zero_queue();
            }
            Op::DeleteName(i) => {
                let name = rt.names[i as usize];
                let f = &self.frames[fi];
                let ns = f.locals.unwrap_or(f.globals);
                if !tryv!(self.ns_delete(ns, name)) {
                    tryv!(Err(self.name_error(name)));
                }
                self.drain_zero_queue();
            }
            Op::LoadAttr(i) => {
                let name = rt.names[i as usize];
                let obj = self.pop();
                let cache = &rt.exec().load_attr_cache[i as usize];
                let r = self.load_attr_uncached(obj, name, cache);
                self.decref(obj);
                let v = tryv!(r);
                self.push(v);
                self.drain_zero_queue();
            }
            Op::StoreAttr(i) => {
                let name = rt.names[i as usize];
                let obj = self.pop();
                let v = self.pop();
                let cache = &rt.exec().store_attr_cache[i as usize];
                let r = self.store_attr_uncached(obj, name, v, cache);
                self.decref(v);
                self.decref(obj);
                tryv!(r);
                self.drain_zero_queue();
            }
            Op::DeleteAttr(i) => {
                let name = rt.names[i as usize];
                let obj = self.pop();
                let r = self.set_attr(obj, name, None);
                self.decref(obj);
                tryv!(r);
                self.drain_zero_queue();
            }
            Op::LoadMethod(i) => {
                let name = rt.names[i as usize];
                let obj = self.pop();
                let cache = &rt.exec().method_cache[i as usize];
                if let Some((f, recv)) = self.super_method(obj, name) {
                    // `super().f(..)`: the super object dies here, as CPython's
                    // LOAD_METHOD drops it once the attribute is found.
                    self.push(f);
                    self.push(recv);
                    self.decref(obj);
                    return Ok(Flow::Next(ip));
                }
                match self.load_method_uncached(obj, name, cache) {
                    Ok(Some(func)) => {
                        self.push(func);
                        self.push(obj);
                    }
                    Ok(None) => {
                        self.fill_class_receiver_cache(obj, name, cache);
                        let r = self.get_attr(obj, name);
                        self.decref(obj);
                        let v = tryv!(r);
                        self.push(Value::Undef);
                        self.push(v);
                    }
                    Err(e) => {
                        self.decref(obj);
                        tryv!(Err(e));
                    }
                }
            }
            Op::CallMethod(n) => {
                let n = n as usize;
                let slot = self.sp - n - 2;
                self.frames[fi].ip = ip;
                // The hot block already tried `fast_function_call`.
                let r = if self.stack[slot].is_undef() {
                    self.call_at(slot + 1, n, None, slot)
                } else {
                    self.call_at(slot, n + 1, None, slot)
                };
                match r {
                    Ok(true) => return Ok(Flow::Frame),
                    Ok(false) => {}
                    Err(e) => tryv!(Err(e)),
                }
            }
            Op::Call(n) => {
                let slot = self.sp - n as usize - 1;
                self.frames[fi].ip = ip;
                // The hot block already tried `fast_function_call`.
                match self.call_at(slot, n as usize, None, slot) {
                    Ok(true) => return Ok(Flow::Frame),
                    Ok(false) => {}
                    Err(e) => tryv!(Err(e)),
                }
            }
            Op::CallKw(n) => {
                let kwnames = self.pop();
                let slot = self.sp - n as usize - 1;
                self.frames[fi].ip = ip;
                let r = self.call_at(slot, n as usize, Some(kwnames), slot);
                self.decref(kwnames);
                match r {
                    Ok(true) => return Ok(Flow::Frame),
                    Ok(false) => {}
                    Err(e) => tryv!(Err(e)),
                }
            }
            Op::CallMethodKw(n) => {
                // CallMethod's two layouts, with the keyword names on top.
                let kwnames = self.pop();
                let n = n as usize;
                let slot = self.sp - n - 2;
                self.frames[fi].ip = ip;
                let r = if self.stack[slot].is_undef() {
                    self.call_at(slot + 1, n, Some(kwnames), slot)
                } else {
                    self.call_at(slot, n + 1, Some(kwnames), slot)
                };
                self.decref(kwnames);
                match r {
                    Ok(true) => return Ok(Flow::Frame),
                    Ok(false) => {}
                    Err(e) => tryv!(Err(e)),
                }
            }
            Op::CallEx(flag) => {
                self.frames[fi].ip = ip;
                match self.call_ex(flag & 1 != 0) {
                    Ok(true) => return Ok(Flow::Frame),
                    Ok(false) => {}
                    Err(e) => tryv!(Err(e)),
                }
            }
            Op::BinarySubscr => {
                let key = self.pop();
                let obj = self.pop();
                let r = self.get_item(obj, key);
                self.decref(key);
                self.decref(obj);
                let v = tryv!(r);
                self.push(v);
            }
            Op::StoreSubscr => {
                let key = self.pop();
                let obj = self.pop();
                let v = self.pop();
                let r = self.set_item(obj, key, v);
                self.decref(key);
                self.decref(obj);
                self.decref(v);
                tryv!(r);
                self.drain_zero_queue();
            }
            Op::DeleteSubscr => {
                let key = self.pop();
                let obj = self.pop();
                let r = self.del_item(obj, key);
                self.decref(key);
                self.decref(obj);
                tryv!(r);
                self.drain_zero_queue();
            }
            Op::BinaryOp(bop) | Op::InplaceOp(bop) => {
                let b = self.pop();
                let a = self.pop();
                // `s += t` into the local `s` itself (CPython 3.11's
                // BINARY_OP_INPLACE_ADD_UNICODE): the stack's reference to `s` is the
                // result's.
                if let (Op::InplaceOp(BinOp::Add), Value::Obj(ra), Op::StoreFast(j)) =
                    (op, a, rt.exec().quick[ip])
                {
                    if self.stack[base + j as usize].is(a) && self.str_append_in_place(ra, b) {
                        self.decref(b);
                        self.push(a);
                        return Ok(Flow::Next(ip));
                    }
                }
                let v = match fast_binary_owned(&mut self.heap, bop, a, b) {
                    Some(v) => v,
                    None => {
                        self.frames[fi].ip = ip;
                        let r = if matches!(op, Op::InplaceOp(_)) {
                            self.inplace_op(a, b, bop)
                        } else {
                            self.binary_op(a, b, bop)
                        };
                        self.decref(a);
                        self.decref(b);
                        tryv!(r)
                    }
                };
                self.push(v);
            }
            Op::UnaryOp(u) => {
                let a = self.pop();
                let r = match u {
                    Unary::Not => self.truthy(a).map(|t| Value::Bool(!t)),
                    _ => self.unary_op(a, u),
                };
                self.decref(a);
                let v = tryv!(r);
                self.push(v);
            }
            Op::CompareOp(cop) => {
                let b = self.pop();
                let a = self.pop();
                let fast = fast_compare(&self.heap, cop, a, b);
                let v = match fast {
                    Some(t) => {
                        self.heap.decref(a);
                        self.heap.decref(b);
                        Value::Bool(t)
                    }
                    None => {
                        self.frames[fi].ip = ip;
                        let r = self.compare_op(a, b, cop);
                        self.decref(a);
                        self.decref(b);
                        tryv!(r)
                    }
                };
                self.push(v);
                // A temporary operand dies here, as in CPython.
                self.drain_zero_queue();
            }
            Op::LoadFastLoadFast(a) => {
                let v = self.stack[base + a as usize];
                if v.is_undef() {
                    tryv!(Err(self.unbound_local(code, a)));
                }
                self.incref(v);
                self.push(v);
                if let Op::LoadFast(b) = rt.exec().quick[ip] {
                    ip += 1;
                    let w = self.stack[base + b as usize];
                    if w.is_undef() {
                        tryv!(Err(self.unbound_local(code, b)));
                    }
                    self.incref(w);
                    self.push(w);
                }
            }
            Op::LoadFastLoadConst(a) => {
                let v = self.stack[base + a as usize];
                if v.is_undef() {
                    tryv!(Err(self.unbound_local(code, a)));
                }
                self.incref(v);
                self.push(v);
                if let Op::LoadConst(c) = rt.exec().quick[ip] {
                    ip += 1;
                    let w = rt.consts[c as usize];
                    self.incref(w);
                    self.push(w);
                }
            }
            Op::LoadFastLoadAttr(a) => {
                let obj = self.stack[base + a as usize];
                if obj.is_undef() {
                    tryv!(Err(self.unbound_local(code, a)));
                }
                if let Op::LoadAttr(n) = rt.exec().quick[ip] {
                    // The local keeps `obj` alive: no incref/decref round trip.
                    ip += 1;
                    let name = rt.names[n as usize];
                    let cache = &rt.exec().load_attr_cache[n as usize];
                    let v = tryv!(self.load_attr_uncached(obj, name, cache));
                    self.push(v);
                } else {
                    self.incref(obj);
                    self.push(obj);
                }
            }
            Op::CompareJumpIfFalse(cop) => {
                let b = self.pop();
                let a = self.pop();
                let t = match fast_compare(&self.heap, cop, a, b) {
                    Some(t) => {
                        self.heap.decref(a);
                        self.heap.decref(b);
                        t
                    }
                    None => {
                        self.frames[fi].ip = ip;
                        let r = self.compare_op(a, b, cop);
                        self.decref(a);
                        self.decref(b);
                        let v = tryv!(r);
                        tryv!(self.consume_truth(v))
                    }
                };
                self.drain_zero_queue();
                if let Op::PopJumpIfFalse(target) = rt.exec().quick[ip] {
                    ip += 1;
                    if !t {
                        ip = target as usize;
                    }
                } else {
                    self.push(Value::Bool(t));
                }
            }
            Op::Pop => match self.pop() {
                v @ Value::Obj(_) => {
                    self.decref(v);
                    self.drain_zero_queue();
                }
                Value::Int(n) | Value::Float(n) => self.heap.decref_num(n),
                _ => {}
            },
            Op::Copy(n) => {
                let v = self.peek(n as usize - 1);
                self.incref(v);
                self.push(v);
            }
            Op::Swap(n) => {
                let top = self.sp - 1;
                self.stack.swap(top, top + 1 - n as usize);
            }
            Op::Jump(t) => {
                if (t as usize) < ip && crate::runtime::interrupt::pending() {
                    tryv!(self.poll_attention());
                }
                ip = t as usize
            }
            Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                let v = self.pop();
                let b = tryv!(self.consume_truth(v));
                if b == matches!(op, Op::PopJumpIfTrue(_)) {
                    ip = t as usize;
                }
            }
            Op::JumpIfFalseOrPop(t) => {
                let v = self.top();
                if !tryv!(self.truthy(v)) {
                    ip = t as usize;
                } else {
                    self.pop();
                    self.decref(v);
                }
            }
            Op::JumpIfTrueOrPop(t) => {
                let v = self.top();
                if tryv!(self.truthy(v)) {
                    ip = t as usize;
                } else {
                    self.pop();
                    self.decref(v);
                }
            }
            Op::GetIter => {
                let v = self.pop();
                let r = self.get_iter(v);
                self.decref(v);
                let it = tryv!(r);
                self.push(it);
            }
            Op::ForIter(t) => {
                let it = self.top();
                self.frames[fi].ip = ip;
                if self.for_iter_enumerate_gen(it) {
                    return Ok(Flow::Frame);
                }
                match tryv!(self.iter_next(it)) {
                    Some(v) => self.push(v),
                    None => {
                        self.pop();
                        self.decref(it);
                        self.drain_zero_queue();
                        ip = t as usize;
                    }
                }
            }
            Op::BuildTuple(n) => {
                let items = self.pop_n(n as usize);
                let v = self.new_tuple(items);
                self.push(v);
            }
            Op::BuildList(n) => {
                let n = n as usize;
                let items = self.pop_n(n);
                // CPython 3.11 folds a literal of 3+ constants into a tuple and
                // extends an empty list with it (capacity rounded up to even).
                let folded = n > 2
                    && ip > n
                    && code.code[ip - 1 - n..ip - 1]
                        .iter()
                        .all(|o| matches!(o, Op::LoadConst(_)));
                let v = if folded {
                    self.heap.new_value(Obj::List(
                        crate::runtime::object::ListObj::new_preallocated(items),
                    ))
                } else {
                    self.new_list(items)
                };
                self.push(v);
            }
            Op::BuildSet(n) => {
                let items = self.pop_n(n as usize);
                let r = self.build_set(items);
                let v = tryv!(r);
                self.push(v);
            }
            Op::BuildMap(n) => {
                let items = self.pop_n(2 * n as usize);
                let r = self.build_map(items);
                let v = tryv!(r);
                self.push(v);
            }
            Op::BuildConstKeyMap(n) => {
                let keys = self.pop();
                let values = self.pop_n(n as usize);
                let mut items = Vec::with_capacity(2 * values.len());
                let key_items: Vec<Value> = match keys {
                    Value::Obj(r) => match self.heap.get(r) {
                        Obj::Tuple(t) => t.iter().copied().collect(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                for (v, k) in values.into_iter().zip(key_items) {
                    self.incref(k);
                    items.push(k);
                    items.push(v);
                }
                // The keys tuple is a constant: its release frees nothing.
                self.decref(keys);
                let r = self.build_map(items);
                let v = tryv!(r);
                self.push(v);
            }
            Op::BuildString(n) => {
                let r = self.build_string(n as usize, false);
                let v = tryv!(r.unwrap_or(Ok(Value::None)));
                self.push(v);
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { self.pop() } else { Value::None };
                let stop = self.pop();
                let start = self.pop();
                let v = self.heap.new_value(Obj::Slice { start, stop, step });
                self.push(v);
            }
            Op::ListAppend(i) => {
                let v = self.pop();
                let l = self.peek(i as usize - 1);
                if let Value::Obj(r) = l {
                    if let Obj::List(list) = self.heap.get_mut(r) {
                        list.push(v);
                    }
                }
            }
            Op::SetAdd(i) => {
                let v = self.pop();
                let s = self.peek(i as usize - 1);
                let r = self.set_add(s, v);
                self.decref(v);
                tryv!(r);
            }
            Op::MapAdd(i) => {
                let v = self.pop();
                let k = self.pop();
                let d = self.peek(i as usize - 1);
                let r = self.dict_set_item(d, k, v);
                self.decref(k);
                self.decref(v);
                tryv!(r);
            }
            Op::ListExtend(i) => {
                let it = self.pop();
                let l = self.peek(i as usize - 1);
                let r = self.list_extend(l, it);
                let r = r.map_err(|e| self.star_arg_error(e, it, None));
                self.decref(it);
                tryv!(r);
            }
            Op::SetUpdate(i) => {
                let it = self.pop();
                let s = self.peek(i as usize - 1);
                let r = self.set_update(s, it);
                self.decref(it);
                tryv!(r);
            }
            Op::DictUpdate(i) | Op::DictMerge(i) => {
                let m = self.pop();
                let merge = matches!(op, Op::DictMerge(_));
                let r = self.dict_update_op(i as usize, m, merge);
                self.decref(m);
                tryv!(r);
            }
            Op::ListToTuple => {
                let l = self.pop();
                let items = self.seq_items(l).unwrap_or_default();
                for &v in &items {
                    self.incref(v);
                }
                self.decref(l);
                let t = self.new_tuple(items);
                self.push(t);
            }
            Op::UnpackSequence(n) => {
                let seq = self.pop();
                if self.unpack_exact_seq(seq, n as usize) {
                    self.decref(seq);
                } else {
                    let r = self.unpack(seq, n as usize, None);
                    self.decref(seq);
                    let items = tryv!(r);
                    for v in items.into_iter().rev() {
                        self.push(v);
                    }
                }
            }
            Op::UnpackEx(arg) => {
                let before = (arg & 0xffff) as usize;
                let after = (arg >> 16) as usize;
                let seq = self.pop();
                let r = self.unpack(seq, before, Some(after));
                self.decref(seq);
                let items = tryv!(r);
                for v in items.into_iter().rev() {
                    self.push(v);
                }
            }
            Op::FormatValue(flags) => {
                let spec = if flags & 4 != 0 {
                    self.pop()
                } else {
                    Value::None
                };
                let v = self.pop();
                self.frames[fi].ip = ip;
                let r = self.format_value(v, flags & 3, spec);
                self.decref(v);
                self.decref(spec);
                let s = tryv!(r);
                self.push(s);
            }
            Op::MakeFunction(flags) => {
                let code_v = self.pop();
                let closure = if flags & 8 != 0 {
                    self.pop()
                } else {
                    Value::None
                };
                let kwdefaults = if flags & 2 != 0 {
                    self.pop()
                } else {
                    Value::None
                };
                let defaults = if flags & 1 != 0 {
                    self.pop()
                } else {
                    Value::None
                };
                let globals = self.frames[fi].globals;
                let f = self.make_function(code_v, defaults, kwdefaults, closure, globals);
                self.push(f);
            }
            Op::ReturnValue => {
                let v = self.pop();
                let f = &self.frames[fi];
                if !f.is_entry
                    && f.generator.is_none()
                    && f.ctor_instance.is_undef()
                    && f.cont == Cont::None
                    && self.blocks.len() == f.block_base
                    && self.handled.len() == f.handled_base
                    && fi >= entry_depth
                    && self.frame_obj_at.last() != Some(&fi)
                {
                    // Fast path of `finish_frame`: a plain function frame.
                    let ret_slot = f.ret_slot;
                    self.pop_frame_quick();
                    self.release_window(ret_slot);
                    self.push(v);
                    self.drain_zero_queue();
                    return Ok(Flow::Frame);
                }
                let is_entry = self.frames[fi].is_entry;
                let inline_gen = !is_entry && self.frames[fi].generator.is_some();
                let cont = self.frames[fi].cont;
                let v = match self.finish_frame(v) {
                    Ok(v) => v,
                    Err(e) => {
                        // __init__ returned non-None: raise in the caller.
                        if is_entry {
                            return Err(e);
                        }
                        return Err(e);
                    }
                };
                if inline_gen {
                    self.generator_returned_inline(v);
                    return Ok(Flow::Frame);
                }
                if cont != Cont::None {
                    // An operator's special method (call/slot.rs), returning through
                    // the general path (a frame object, tracing started inside it).
                    if let Err(e) = self.finish_slot_frame(cont, v) {
                        let cf = self.frames.len() - 1;
                        let cip = self.frames[cf].ip;
                        return Err(self.raise_here(e, cf, cip - 1));
                    }
                    return Ok(Flow::Frame);
                }
                if is_entry || self.frames.len() < entry_depth {
                    return Ok(Flow::Exit(Exit::Return(v)));
                }
                self.push(v);
                return Ok(Flow::Frame);
            }
            Op::YieldValue => {
                let v = self.pop();
                self.frames[fi].ip = ip;
                if !self.frames[fi].is_entry {
                    return Ok(match self.yield_to_caller(v) {
                        Some(v) => Flow::Exit(Exit::Yield(v)),
                        None => Flow::Frame,
                    });
                }
                self.suspend_generator();
                return Ok(Flow::Exit(Exit::Yield(v)));
            }
            Op::GetYieldFromIter => {
                let v = self.top();
                let is_gen =
                    matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Generator(_)));
                if !is_gen {
                    let v = self.pop();
                    let r = self.get_iter(v);
                    self.decref(v);
                    let it = tryv!(r);
                    self.push(it);
                }
            }
            Op::YieldFrom => {
                let sent = self.pop();
                let sub = self.top();
                self.frames[fi].ip = ip;
                if let Value::Obj(g) = sub {
                    if self.yield_from_inline(g, sent) {
                        self.decref(sent);
                        return Ok(Flow::Frame);
                    }
                }
                let r = self.send_into(sub, sent);
                self.decref(sent);
                match tryv!(r) {
                    Ok(y) => {
                        if self.tracer.active {
                            // The delegating frame suspends: its 'return' event.
                            let line = code.lines[ip - 1];
                            if let Err(e) = self.trace_return(fi, y, line) {
                                self.decref(y);
                                tryv!(Err(e));
                            }
                        }
                        // Re-run this instruction on resume (the sent value
                        // is pushed by the resume).
                        self.frames[fi].ip = ip - 1;
                        if !self.frames[fi].is_entry {
                            return Ok(match self.yield_to_caller(y) {
                                Some(v) => Flow::Exit(Exit::Yield(v)),
                                None => Flow::Frame,
                            });
                        }
                        self.suspend_generator();
                        return Ok(Flow::Exit(Exit::Yield(y)));
                    }
                    Err(ret) => {
                        if self.tracer.active && !matches!(ret, Value::None) {
                            // The sub-iterator's StopIteration(value), as CPython's
                            // SEND reports it.
                            self.incref(ret);
                            let e = self.stop_iteration(ret);
                            let r = self.trace_exception(fi, e.0);
                            self.decref(e.0);
                            if let Err(e2) = r {
                                self.decref(ret);
                                tryv!(Err(e2));
                            }
                        }
                        let sub = self.pop();
                        self.decref(sub);
                        self.push(ret);
                    }
                }
            }
            Op::GetAwaitable(kind) => {
                let v = self.pop();
                self.frames[fi].ip = ip;
                let r = self.get_awaitable(v, kind);
                self.decref(v);
                let a = tryv!(r);
                self.push(a);
            }
            Op::BeforeAsyncWith => {
                let mgr = self.pop();
                self.frames[fi].ip = ip;
                let r = self.before_async_with(mgr);
                self.decref(mgr);
                let (exit, entered) = tryv!(r);
                self.push(exit);
                self.push(entered);
            }
            Op::AsyncWithExit => {
                let exit = self.pop();
                self.frames[fi].ip = ip;
                let r = self.call_value(exit, &[Value::None, Value::None, Value::None], &[]);
                self.decref(exit);
                let v = tryv!(r);
                self.push(v);
            }
            Op::GetLen => {
                let v = self.top();
                self.frames[fi].ip = ip;
                let n = tryv!(crate::runtime::builtins::functions::length(self, v));
                let n = self.int(n as i64);
                self.push(n);
            }
            Op::MatchSequence | Op::MatchMapping => {
                let v = self.top();
                self.frames[fi].ip = ip;
                let b = if op == Op::MatchSequence {
                    self.match_sequence(v)
                } else {
                    self.match_mapping(v)
                };
                self.push(Value::Bool(b));
            }
            Op::MatchKeys => {
                let keys = self.top();
                let subject = self.peek(1);
                self.frames[fi].ip = ip;
                let vals = tryv!(self.match_keys(subject, keys));
                self.push(vals);
            }
            Op::MatchClass(n) => {
                // The operands stay on the stack (reachable for the collector) while
                // `__match_args__`, `__instancecheck__` and attribute lookups run.
                let (subject, cls, names) = (self.peek(2), self.peek(1), self.peek(0));
                self.frames[fi].ip = ip;
                let r = self.match_class(subject, cls, n as usize, names);
                self.sp -= 3;
                self.decref(names);
                self.decref(cls);
                self.decref(subject);
                let attrs = tryv!(r);
                self.push(attrs);
            }
            Op::GetAIter => {
                let v = self.pop();
                self.frames[fi].ip = ip;
                let r = self.get_aiter(v);
                self.decref(v);
                let it = tryv!(r);
                self.push(it);
            }
            Op::GetANext => {
                let it = self.top();
                self.frames[fi].ip = ip;
                let a = tryv!(self.get_anext(it));
                self.push(a);
            }
            Op::EndAsyncFor => {
                let exc = self.pop();
                if self.handled.len() > self.frames[fi].handled_base {
                    let h = self.handled.pop().unwrap();
                    self.decref(h);
                }
                if !self.exc_matches(exc, "StopAsyncIteration") {
                    self.frames[fi].ip = ip;
                    return Err(PyErr(exc));
                }
                self.decref(exc);
                let it = self.pop();
                self.decref(it);
                self.drain_zero_queue();
            }
            Op::ImportName(i) => {
                let name = rt.names[i as usize];
                let n = self.as_str(name).unwrap_or("").to_string();
                // The names a `from` import takes: the IMPORT_FROMs that follow, each
                // with its store (CPython's compiler passes them as `fromlist`).
                let mut from_names: Option<Vec<Value>> = None;
                let mut p = ip;
                while let Some(op) = rt.exec().quick.get(p) {
                    match op {
                        Op::ImportFrom(j) => {
                            from_names
                                .get_or_insert_with(Vec::new)
                                .push(rt.names[*j as usize]);
                            p += 2;
                        }
                        Op::ImportStar => {
                            let star = self.intern("*");
                            from_names.get_or_insert_with(Vec::new).push(star);
                            break;
                        }
                        _ => break,
                    }
                }
                let f = &self.frames[fi];
                let (globals, locals) = (f.globals, f.locals);
                let m = tryv!(self.import_statement(&n, globals, locals, from_names));
                self.push(m);
            }
            Op::ImportFrom(i) => {
                let name = rt.names[i as usize];
                let m = self.top();
                let v = tryv!(self.import_from(m, name));
                self.push(v);
            }
            Op::ImportStar => {
                let m = self.pop();
                let f = &self.frames[fi];
                let ns = f.locals.unwrap_or(f.globals);
                let r = self.import_star(m, ns);
                self.decref(m);
                tryv!(r);
            }
            Op::SetupExcept(t) => {
                self.blocks.push(Block {
                    handler: t,
                    level: self.sp as u32,
                    handled_depth: self.handled.len() as u32,
                });
            }
            Op::PopBlock => {
                self.blocks.pop();
            }
            Op::PopExcept => {
                let v = self.pop();
                self.decref(v);
                if self.handled.len() > self.frames[fi].handled_base {
                    let h = self.handled.pop().unwrap();
                    self.decref(h);
                }
                self.drain_zero_queue();
            }
            Op::Raise(n) => {
                self.frames[fi].ip = ip;
                match n {
                    0 => {
                        let cur = self.handled.last().copied();
                        match cur {
                            Some(e) => {
                                self.incref(e);
                                return Err(PyErr(e));
                            }
                            None => {
                                let e = self.err("RuntimeError", "No active exception to reraise");
                                tryv!(Err(e));
                            }
                        }
                    }
                    _ => {
                        let cause = if n == 2 { Some(self.pop()) } else { None };
                        let exc = self.pop();
                        let r = self.normalize_raise(exc);
                        self.decref(exc);
                        let e = match r {
                            Ok(e) => e,
                            Err(err) => {
                                if let Some(c) = cause {
                                    self.decref(c);
                                }
                                tryv!(Err(err))
                            }
                        };
                        if let Some(c) = cause {
                            let c = match c {
                                Value::None => Value::None,
                                _ => match self.normalize_cause(c) {
                                    Ok(v) => v,
                                    Err(err) => {
                                        self.decref(c);
                                        self.decref(e);
                                        tryv!(Err(err))
                                    }
                                },
                            };
                            self.decref(cause.unwrap());
                            if let Some(s) = self.exc_state_mut(e) {
                                let old = std::mem::replace(&mut s.cause, c);
                                s.suppress_context = true;
                                self.decref(old);
                            }
                        }
                        // (`raise_here` sets `__context__`.)
                        let e = self.raise_here(PyErr(e), fi, ip - 1);
                        return Err(e);
                    }
                }
            }
            Op::Reraise(lasti) => {
                let e = self.pop();
                let at = self.frames[fi].handler_lasti;
                self.frames[fi].ip = if lasti != 0 && at != super::tracing::NO_INSN {
                    at + 1
                } else {
                    ip
                };
                return Err(PyErr(e));
            }
            Op::CheckExcMatch => {
                let t = self.pop();
                let exc = self.top();
                let r = self.exc_match(exc, t);
                self.decref(t);
                let b = tryv!(r);
                self.push(Value::Bool(b));
            }
            Op::BeforeWith => {
                let ctx = self.pop();
                self.frames[fi].ip = ip;
                let r = self.before_with(ctx);
                self.decref(ctx);
                let (exit, entered) = tryv!(r);
                self.push(exit);
                self.push(entered);
            }
            Op::CheckEgMatch => {
                let t = self.pop();
                let exc = self.top();
                let r = self.exception_group_match(exc, t, fi, ip - 1);
                self.decref(t);
                let (m, rest) = tryv!(r);
                if matches!(m, Value::None) {
                    self.decref(rest);
                    self.push(Value::None);
                    self.push(Value::Bool(false));
                } else {
                    // [exc] -> [rest, match]; the match is now the handled exception
                    // (CPython's PyErr_SetExcInfo in CHECK_EG_MATCH).
                    let old = self.pop();
                    self.decref(old);
                    self.push(rest);
                    self.push(m);
                    if self.handled.len() > self.frames[fi].handled_base {
                        self.incref(m);
                        if let Some(h) = self.handled.last_mut() {
                            let prev = std::mem::replace(h, m);
                            self.decref(prev);
                        }
                    }
                    self.push(Value::Bool(true));
                }
            }
            Op::PrepReraiseStar => {
                let list = self.pop();
                let orig = self.pop();
                let items = self.seq_items(list).unwrap_or_default();
                let r = self.prep_reraise_star(orig, &items);
                self.decref(list);
                self.decref(orig);
                let v = tryv!(r);
                self.push(v);
            }
            Op::WithExceptStart => {
                let exc = self.top();
                let exit = self.peek(1);
                self.frames[fi].ip = ip;
                let t = Value::Obj(self.type_of(exc));
                let tb = self.exc_state(exc).map_or(Value::None, |s| s.traceback);
                self.incref(tb);
                let r = self.call_value(exit, &[t, exc, tb], &[]);
                self.decref(tb);
                let v = tryv!(r);
                self.push(v);
            }
            Op::LoadBuildClass => {
                let globals = self.frames[fi].globals;
                let v = tryv!(self.load_build_class(globals));
                self.push(v);
            }
            Op::LoadAssertionError => {
                let v = Value::Obj(self.exc_type("AssertionError"));
                self.incref(v);
                self.push(v);
            }
            Op::PrintExpr => {
                let v = self.pop();
                self.frames[fi].ip = ip;
                let r = self.print_expr(v);
                self.decref(v);
                tryv!(r);
            }
            Op::LoadLocals => {
                let f = &self.frames[fi];
                let ns = Value::Obj(f.locals.unwrap_or(f.globals));
                self.incref(ns);
                self.push(ns);
            }
            Op::SetupAnnotations => {
                let f = &self.frames[fi];
                let ns = Value::Obj(f.locals.unwrap_or(f.globals));
                self.setup_annotations(ns)?;
            }
        }
        Ok(Flow::Next(ip))
    }

    /// Pops `n` values (in push order), transferring ownership to the caller.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let start = self.sp - n;
        let v = self.stack[start..self.sp].to_vec();
        self.sp = start;
        v
    }

    /// The heap values of a code object's constants and names, created on first use
    /// for the code and every code object nested in it, as one compilation unit: equal
    /// constants anywhere in the unit are one object (CPython's compiler merges them
    /// through its `c_const_cache`), so `def f(): return 1000` and `def g(): return
    /// 1000` return the same int.
    #[inline(always)]
    pub fn runtime_of<'c>(
        &mut self,
        code: &'c CodeObject,
    ) -> &'c crate::bytecode::code::RuntimeConsts {
        // Every frame entry asks: the made case must cost no call.
        match code.runtime.get() {
            Some(rt) => rt,
            None => self.make_runtime(code),
        }
    }

    /// `runtime_of` the first time a compilation unit runs.
    #[inline(never)]
    fn make_runtime<'c>(
        &mut self,
        code: &'c CodeObject,
    ) -> &'c crate::bytecode::code::RuntimeConsts {
        let mut cache = ConstCache::default();
        self.materialize(code, &mut cache);
        if self.keep_const_arena {
            // The parser's arena holds what the parser and the AST optimiser made:
            // every constant but the tuples only the compiler folded.
            let (mut parser, mut compiler) = (Vec::new(), Vec::new());
            split_parser_made(code, &mut parser, &mut compiler);
            for &v in cache.values() {
                if compiler.iter().any(|c: &Value| c.is(v))
                    && !parser.iter().any(|p: &Value| p.is(v))
                {
                    continue;
                }
                self.incref(v);
                self.const_arena.push(v);
            }
        }
        code.runtime.get().expect("just set")
    }

    /// Fills in `code.runtime` (and that of its nested code objects), sharing equal
    /// constants through `cache`.
    fn materialize(&mut self, code: &CodeObject, cache: &mut ConstCache) {
        if code.runtime.get().is_some() {
            return;
        }
        let consts: Vec<Value> = code
            .consts
            .iter()
            .map(|c| self.const_value_cached(c, cache))
            .collect();
        let names: Vec<Value> = code.names.iter().map(|n| self.intern(n)).collect();
        // `co_name` and `co_qualname` exist with the code (the function objects made
        // from it share them, see `make_function`).
        let name = self.intern(&code.name);
        let qualname = self.intern(&code.qualname);
        let rt = crate::bytecode::code::RuntimeConsts {
            consts: consts.into(),
            names: names.into(),
            name,
            qualname,
            module_ix: std::cell::Cell::new(u32::MAX),
            exec: std::cell::OnceCell::new(),
            orphans: self.const_orphans.clone(),
        };
        let _ = code.runtime.set(rt);
        for c in &code.consts {
            if let crate::bytecode::Const::Code(inner) = c {
                self.materialize(inner, cache);
            }
        }
    }

    /// `const_value` through the unit's constant cache: a new reference to the one
    /// object for an equal constant (tuples share their items too).
    fn const_value_cached(&mut self, c: &crate::bytecode::Const, cache: &mut ConstCache) -> Value {
        use crate::bytecode::Const;
        let Some(key) = crate::bytecode::code::ConstKey::of(c) else {
            return self.const_value(c);
        };
        if let Some(&v) = cache.get(&key) {
            self.incref(v);
            return v;
        }
        let v = match c {
            Const::Tuple(items) => {
                let vals: Vec<Value> = items
                    .iter()
                    .map(|c| self.const_value_cached(c, cache))
                    .collect();
                self.new_tuple(vals)
            }
            Const::FrozenSet(items) => {
                let vals: Vec<Value> = items
                    .iter()
                    .map(|c| self.const_value_cached(c, cache))
                    .collect();
                let (made, merged) = self.frozenset_const(vals);
                // The optimiser's frozenset belongs to the parser's arena, which
                // keeps it while a main script runs (`eval_main`); otherwise it
                // dies with the compilation.
                if self.keep_const_arena {
                    self.const_arena.push(made);
                } else {
                    self.decref(made);
                }
                merged
            }
            _ => self.const_value(c),
        };
        cache.insert(key, v);
        v
    }

    /// Runs the code of a main script or of one REPL input (CPython's `run_mod`): its
    /// constants are made up front, each also held by the parser's arena until the code
    /// has run; afterwards the code object is dropped, releasing its constants if
    /// nothing else (a function, a traceback) still holds it.
    pub fn eval_main(
        &mut self,
        code: Rc<CodeObject>,
        globals: ObjRef,
        locals: ObjRef,
    ) -> PyResult<Value> {
        self.keep_const_arena = true;
        self.runtime_of(&code);
        self.keep_const_arena = false;
        let r = self.eval_code(code.clone(), globals, locals);
        for v in std::mem::take(&mut self.const_arena) {
            self.decref(v);
        }
        self.release_code(code);
        self.drain_zero_queue();
        r
    }

    /// Drops a code object, releasing its constants when this was the last holder (a
    /// code object's `co_consts` die with it, as in CPython's `code_dealloc`).
    pub fn release_code(&mut self, code: Rc<CodeObject>) {
        drop(code);
        if self.has_orphaned_consts() {
            self.release_orphaned_consts();
        }
    }

    /// Makes the heap value of a compile-time constant (an owned reference kept by the
    /// code object).
    pub fn const_value(&mut self, c: &crate::bytecode::Const) -> Value {
        use crate::bytecode::Const;
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Ellipsis => Value::Ellipsis,
            Const::Int(i) => self.int(*i),
            Const::BigInt(b) => self.new_int((**b).clone()),
            Const::Float(f) => self.float(*f),
            Const::Complex(re, im) => {
                self.new_complex(crate::runtime::types::complex::Complex::new(*re, *im))
            }
            Const::Bytes(b) => self.new_bytes(b.to_vec()),
            Const::SurrStr(s) => {
                let facts = crate::runtime::types::str::StrFacts::of_derived(s, true);
                self.new_str_facts(s.to_string(), facts)
            }
            Const::Str(s) => {
                // Identifier-like constants are interned, as CPython does.
                if s.len() < 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    let v = self.intern(s);
                    self.incref(v);
                    v
                } else {
                    self.new_str(s.to_string())
                }
            }
            Const::Tuple(items) => {
                let vals: Vec<Value> = items.iter().map(|c| self.const_value(c)).collect();
                self.new_tuple(vals)
            }
            Const::FrozenSet(items) => {
                let vals: Vec<Value> = items.iter().map(|c| self.const_value(c)).collect();
                let (made, merged) = self.frozenset_const(vals);
                self.decref(made);
                merged
            }
            Const::Code(code) => self.code_object(code),
        }
    }

    /// A frozenset constant of the owned `items` (in source order), made as CPython
    /// makes it: the AST optimiser's `PyFrozenSet_New` of the tuple of items adds them
    /// one at a time (the table grows, and `sys.getsizeof` reads, as a set filled by
    /// `add`); the compiler's constant merging (`merge_consts_recursive`) then builds
    /// the frozenset `co_consts` holds anew from the first one's items in table order.
    /// Both are returned (owned): the optimiser's, then the compiler's. The items are
    /// constants: hashing them cannot fail or run code.
    fn frozenset_const(&mut self, items: Vec<Value>) -> (Value, Value) {
        let made = self.heap.new_value(Obj::FrozenSet(Box::default()));
        for v in items {
            let r = self.set_add(made, v);
            debug_assert!(r.is_ok(), "a constant is hashable");
            self.decref(v);
        }
        let order: Vec<Value> = match made {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::FrozenSet(set) => set.iter().map(|(_, k)| k).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let merged = self.heap.new_value(Obj::FrozenSet(Box::default()));
        for v in order {
            let r = self.set_add(merged, v);
            debug_assert!(r.is_ok(), "a constant is hashable");
        }
        (made, merged)
    }

    /// Sets `__context__` of a newly raised exception to the exception being handled.
    pub fn set_context(&mut self, e: Value) {
        if let Some(&cur) = self.handled.last() {
            if cur.is(e) {
                return;
            }
            let has = self
                .exc_state(e)
                .map(|s| !matches!(s.context, Value::None))
                .unwrap_or(true);
            if !has {
                self.cut_context_cycle(cur, e);
                self.incref(cur);
                if let Some(s) = self.exc_state_mut(e) {
                    s.context = cur;
                }
            }
        }
    }

    /// LOAD_CLASSDEREF: the free variable `i` as a class body reads it, from the
    /// class namespace when it holds the name, else from the cell (owned).
    fn load_class_deref(
        &mut self,
        code: &CodeObject,
        base: usize,
        fi: usize,
        i: usize,
    ) -> PyResult<Value> {
        let ncell = code.cellvars.len();
        let name = if i < ncell {
            code.cellvars[i].clone()
        } else {
            code.freevars[i - ncell].clone()
        };
        if let Some(ns) = self.frames[fi].locals {
            let key = self.intern(&name);
            if let Some(v) = self.ns_load(ns, key)? {
                return Ok(v);
            }
        }
        let cell = self.stack[base + code.varnames.len() + i];
        let v = self.cell_get(cell);
        if v.is_undef() {
            return Err(self.unbound_deref(code, i));
        }
        self.incref(v);
        Ok(v)
    }

    fn unbound_deref(&mut self, code: &CodeObject, i: usize) -> PyErr {
        let ncell = code.cellvars.len();
        if i < ncell {
            let name = code.cellvars[i].clone();
            self.err(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    name
                ),
            )
        } else {
            let name = code.freevars[i - ncell].clone();
            let e = self.err(
                "NameError",
                format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    name
                ),
            );
            let n = self.new_str(name.to_string());
            let old = self.set_exc_field(e.0, crate::runtime::types::exception::fields::NAME, n);
            self.decref(old);
            e
        }
    }

    /// Looks a name up in globals, then builtins. Returns an owned reference.
    /// The `LoadGlobal` fast path: the value (borrowed) if the cache still holds.
    #[inline(always)]
    fn cached_global(
        &self,
        globals: crate::value::ObjRef,
        name: Value,
        c: crate::bytecode::code::GlobalCache,
    ) -> Option<Value> {
        let Obj::Dict(g) = self.heap.get(globals) else {
            return None;
        };
        let dict = if c.gver == 0 {
            g
        } else {
            if g.version != c.gver {
                return None;
            }
            match self.heap.get(self.builtins) {
                Obj::Dict(b) => b,
                _ => return None,
            }
        };
        // Names are str objects: compare handles.
        match name {
            Value::Obj(n) => dict.value_for(c.ix as usize, n),
            _ => None,
        }
    }

    /// The `LoadGlobal` slow path: looks the name up (borrowed result) and refills the
    /// cache when the key is the interned name itself.
    #[inline(never)]
    fn load_global_filling(
        &mut self,
        globals: crate::value::ObjRef,
        name: Value,
        cache: &std::cell::Cell<crate::bytecode::code::GlobalCache>,
    ) -> PyResult<Value> {
        use crate::bytecode::code::GlobalCache;
        let v = self.load_global(globals, name)?;
        // `load_global` returned an owned reference; the dict keeps the value alive.
        self.decref(v);
        let h = self.hash(name)?;
        let find = |d: &crate::runtime::types::dict::DictObj| d.find(h, |k| k.is(name));
        if let Obj::Dict(g) = self.heap.get(globals) {
            if let Some(ix) = find(g) {
                cache.set(GlobalCache {
                    gver: 0,
                    ix: ix as u32,
                });
                return Ok(v);
            }
        }
        // Only the interpreter's own builtins are cached (`cached_global` reads them).
        if self.custom_builtins(globals).is_some() {
            return Ok(v);
        }
        if let Obj::Dict(b) = self.heap.get(self.builtins) {
            if let Some(ix) = find(b) {
                let tag = self.next_dict_tag();
                if let Obj::Dict(g) = self.heap.get_mut(globals) {
                    if g.version >> 32 == 0 {
                        g.version |= tag << 32;
                    }
                    cache.set(GlobalCache {
                        gver: g.version,
                        ix: ix as u32,
                    });
                }
            }
        }
        Ok(v)
    }

    /// `globals[name] = v`, consuming the stack's reference to `v`. Rebinding a name
    /// the cache has located replaces the value in place (no hashing); otherwise the
    /// dict store runs and the cache learns the entry.
    #[inline]
    fn store_global(
        &mut self,
        globals: crate::value::ObjRef,
        name: Value,
        v: Value,
        cache: &std::cell::Cell<crate::bytecode::code::GlobalCache>,
    ) -> PyResult<()> {
        let c = cache.get();
        if c.gver == 0 && (self.heap.is_tracked(globals) || !self.heap.may_be_tracked(v)) {
            if let Obj::Dict(g) = self.heap.get_mut(globals) {
                if let Some(slot) = g.value_mut_for(c.ix as usize, name) {
                    let old = std::mem::replace(slot, v);
                    self.decref(old);
                    return Ok(());
                }
            }
        }
        let r = self.dict_set_item(Value::Obj(globals), name, v);
        self.decref(v);
        r?;
        let h = self.hash(name)?;
        if let Obj::Dict(g) = self.heap.get(globals) {
            if let Some(ix) = g.find(h, |k| k.is(name)) {
                cache.set(crate::bytecode::code::GlobalCache {
                    gver: 0,
                    ix: ix as u32,
                });
            }
        }
        Ok(())
    }

    /// The truth of an owned value, dropping the reference (bools need no call).
    #[inline(always)]
    fn consume_truth(&mut self, v: Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(b),
            _ => {
                let r = self.truthy(v);
                self.decref(v);
                r
            }
        }
    }

    /// CPython's error for reading an unbound local.
    #[cold]
    fn unbound_local(&mut self, code: &CodeObject, i: u32) -> PyErr {
        let name = code.varnames[i as usize].clone();
        self.err(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name
            ),
        )
    }

    fn next_dict_tag(&mut self) -> u64 {
        self.dict_tags += 1;
        self.dict_tags
    }

    pub fn load_global(&mut self, globals: crate::value::ObjRef, name: Value) -> PyResult<Value> {
        if let Some(v) = self.dict_get_item(Value::Obj(globals), name)? {
            return Ok(v);
        }
        if let Some(b) = self.custom_builtins(globals) {
            if let Some(v) = self.builtins_get(b, name)? {
                return Ok(v);
            }
        } else if let Some(v) = self.dict_get_item(Value::Obj(self.builtins), name)? {
            return Ok(v);
        }
        // The "Did you mean" hint is the traceback printer's (`name_suggestion`).
        Err(self.name_error(name))
    }

    /// The builtins namespace of code run with `globals` when it is not the
    /// interpreter's own (borrowed), None when it is (CPython's
    /// `_PyEval_BuiltinsFromGlobals`: `globals['__builtins__']`, a module standing
    /// for its dict, the interpreter's builtins when absent). `exec(code,
    /// {'__builtins__': {...}})` runs with the given mapping.
    fn custom_builtins(&mut self, globals: crate::value::ObjRef) -> Option<Value> {
        let k = self.names.builtins_;
        let b = match self.dict_get_str(globals, k)? {
            Value::Obj(m) => match self.heap.get(m) {
                Obj::Module(md) => md.dict,
                _ => m,
            },
            v => return Some(v),
        };
        (b != self.builtins).then_some(Value::Obj(b))
    }

    /// `name` in a custom builtins namespace `b` (owned), None when absent: an
    /// exact dict is read directly, any other object through `__getitem__` with a
    /// KeyError meaning absent (CPython's LOAD_GLOBAL/LOAD_NAME).
    fn builtins_get(&mut self, b: Value, name: Value) -> PyResult<Option<Value>> {
        if matches!(b, Value::Obj(r) if matches!(self.heap.get(r), Obj::Dict(_))) {
            return self.dict_get_item(b, name);
        }
        match self.get_item(b, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(e.0, "KeyError") => {
                self.decref(e.0);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `__build_class__` from the builtins of code run with `globals` (owned):
    /// LOAD_BUILD_CLASS, NameError "__build_class__ not found" when missing.
    fn load_build_class(&mut self, globals: crate::value::ObjRef) -> PyResult<Value> {
        let k = self.intern("__build_class__");
        let b = self
            .custom_builtins(globals)
            .unwrap_or(Value::Obj(self.builtins));
        match self.builtins_get(b, k)? {
            Some(v) => Ok(v),
            None => Err(self.err("NameError", "__build_class__ not found")),
        }
    }

    /// A builtin by name (owned), or None.
    pub fn builtin_value(&mut self, name: &str) -> Value {
        let k = self.intern(name);
        match self.dict_get_item(Value::Obj(self.builtins), k) {
            Ok(Some(v)) => v,
            _ => Value::None,
        }
    }
}

/// The instruction at `ip` (`next`) applied to `v`, `w` that were about to be pushed,
/// when both are unboxed and the fast path applies: binary operators push the result;
/// a compare followed by `PopJumpIfFalse` jumps. Returns the next `ip`, or `None` to
/// push the two values and go on normally (nothing was changed then).
/// `UNPACK_SEQUENCE n` of the tuple or list `seq` (on top of the stack) and the
/// STORE_FASTs after it (`a, b, c = t`), when `seq` has exactly `n` items and outlives
/// the instruction (it is held elsewhere, e.g. by a variable): see [`unpack_run`].
/// Returns the next ip, or None (nothing changed) when `seq` is not such a sequence.
///
/// # Safety
/// `reg` is the frame's registers with `seq` on top of the stack, `base` the frame's
/// first local and `quick` its verified instructions with `ip` the one after
/// UNPACK_SEQUENCE (`Regs` invariant 2: every STORE_FAST operand is a local of the
/// frame, and the stack has room for the `n` items).
#[inline(always)]
unsafe fn unpack_into_locals(
    heap: &mut Heap,
    reg: &mut Regs,
    seq: ObjRef,
    n: usize,
    quick: &[Op],
    ip: usize,
    base: usize,
) -> Option<usize> {
    let (items, len) = heap.seq_items(seq)?;
    if len != n {
        return None;
    }
    // The stack's reference to `seq` is dropped; it is not the last.
    if let Release::Last = heap.counts().release_unless_last(Value::Obj(seq)) {
        return None;
    }
    reg.sp -= 1;
    let ops = &quick[ip..(ip + n).min(quick.len())];
    // A nested target first (`(a, b), c = t`) stores nothing here: no call.
    let k = if let Some(Op::StoreFast(_)) = ops.first() {
        // SAFETY: the caller's contract; `seq` lives unchanged (held elsewhere).
        unsafe { unpack_run(heap, reg.slot_ptr(base), items, ops) }
    } else {
        0
    };
    // SAFETY: as above.
    unsafe { push_unstored(heap, reg, items, k, n) };
    Some(ip + k)
}

/// The STORE_FASTs after an UNPACK_SEQUENCE (`a, b, c = t`, the first of `ops`), run
/// without the stack: item `k` goes from the sequence's buffer `items` straight into
/// the k-th store's local, counted as it is stored, and the local's old value is let
/// go of, as UNPACK_SEQUENCE followed by STORE_FASTs would (CPython counts all the
/// items first; no code can run in between, so no one can tell). Stops at an
/// instruction that is not STORE_FAST, and before a store whose old value is an
/// object this store would kill (its finalizer may run code, which must see the
/// items not stored yet on the stack: [`push_unstored`]). Returns how many items
/// were stored.
///
/// Runs no code and frees no object (an old number whose count reaches zero is freed,
/// which only returns its arena slot), so nothing can change the sequence while its
/// items are read. Kept out of line so that its few values stay in registers.
///
/// # Safety
/// `items` points to at least `ops.len()` items of a tuple or list that lives
/// unchanged while this runs (`Heap::seq_items`), `locals` to the frame's first local,
/// and every STORE_FAST operand of `ops` names a local of the frame.
#[inline(never)]
// By index: `enumerate` kept a second induction variable (2 instructions per item).
#[allow(clippy::needless_range_loop)]
unsafe fn unpack_run(
    heap: &mut Heap,
    locals: *mut Value,
    items: *const Value,
    ops: &[Op],
) -> usize {
    let mut c = heap.counts();
    for k in 0..ops.len() {
        let Op::StoreFast(j) = ops[k] else {
            return k;
        };
        // SAFETY: `j` is a local of the frame and `k < ops.len()` (the contract).
        let (p, v) = unsafe { (locals.add(j as usize), *items.add(k)) };
        // SAFETY: `p` is a frame slot (as above).
        let old = unsafe { *p };
        match c.release_unless_last(old) {
            Release::Dropped => {
                c.incref(v);
                // SAFETY: as above. Copied as one word (`*p = v` wrote the tag and
                // the handle apart).
                unsafe { std::ptr::copy_nonoverlapping(items.add(k), p, 1) };
            }
            Release::Last => return k,
            Release::DeadNum(num) => {
                c.incref(v);
                // SAFETY: as above.
                unsafe { *p = v };
                heap.free_dead_num(num);
                c = heap.counts();
            }
        }
    }
    ops.len()
}

/// Pushes items `k..n` (item `k` on top), counted, as UNPACK_SEQUENCE leaves them,
/// for the STORE_FASTs that [`unpack_run`] did not do.
///
/// # Safety
/// `items` points to `n` items of a live tuple or list; the stack has room for them
/// (`Regs` invariant 2).
#[inline(always)]
unsafe fn push_unstored(heap: &mut Heap, reg: &mut Regs, items: *const Value, k: usize, n: usize) {
    for idx in (k..n).rev() {
        // SAFETY: `idx < n` (the contract).
        let v = unsafe { *items.add(idx) };
        heap.incref(v);
        reg.push(v);
    }
}

#[inline(always)]
fn fuse_pair(
    heap: &mut Heap,
    next: Op,
    v: Value,
    w: Value,
    quick: &[Op],
    ip: usize,
    reg: &mut Regs,
) -> Option<usize> {
    match next {
        Op::BinaryOp(bop) | Op::InplaceOp(bop) => {
            let r = fast_binary(heap, bop, v, w)?;
            reg.push(r);
            Some(ip + 1)
        }
        Op::CompareOp(cop) => {
            let t = fast_compare(heap, cop, v, w)?;
            reg.push(Value::Bool(t));
            Some(ip + 1)
        }
        Op::CompareJumpIfFalse(cop) => {
            let t = fast_compare(heap, cop, v, w)?;
            match verified!(quick, ip + 1) {
                Op::PopJumpIfFalse(target) => Some(if t { ip + 2 } else { target as usize }),
                _ => {
                    reg.push(Value::Bool(t));
                    Some(ip + 1)
                }
            }
        }
        // `l[i]`, `t[0]` (CPython's BINARY_SUBSCR_LIST_INT / _TUPLE_INT) with the
        // container and the index both locals or constants: those keep them alive,
        // so neither is pushed and no count moves but the item's; nothing can die,
        // so nothing needs draining.
        Op::BinarySubscr => {
            let (Value::Obj(r), Value::Int(k)) = (v, w) else {
                return None;
            };
            let i = heap.int_of(k);
            let item = match heap.get(r) {
                Obj::List(l) => item_at(&l.items, i),
                Obj::Tuple(t) => item_at(t, i),
                _ => None,
            }?;
            heap.incref(item);
            reg.push(item);
            Some(ip + 1)
        }
        // `l[i] = x` (STORE_SUBSCR_LIST_INT) with the list and the index locals or
        // constants: the stack's reference to `x` moves into the list, and the
        // replaced item is released. An object item whose count would reach zero
        // (its death may run code, to be drained) is left to the general path.
        Op::StoreSubscr => {
            let (Value::Obj(r), Value::Int(k)) = (v, w) else {
                return None;
            };
            let i = heap.int_of(k);
            let x = reg.peek(0);
            let Obj::List(l) = heap.get(r) else {
                return None;
            };
            let n = l.items.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if !(0..n).contains(&j) {
                return None;
            }
            let old = l.items[j as usize];
            if let Value::Obj(o) = old {
                if heap.rc(o) == 1 {
                    return None;
                }
            }
            let Obj::List(l) = heap.get_mut(r) else {
                return None;
            };
            l.items[j as usize] = x;
            reg.sp -= 1;
            heap.decref(old);
            Some(ip + 1)
        }
        _ => None,
    }
}

/// `items[i]` with Python's negative indices (a list's or tuple's values, a str's
/// bytes), copied; None when out of range.
#[inline(always)]
fn item_at<T: Copy>(items: &[T], i: i64) -> Option<T> {
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if (0..n).contains(&j) {
        Some(items[j as usize])
    } else {
        None
    }
}

/// Which of a code object's per-name inline caches its instructions index (see
/// `materialize`): the global cache (`LoadGlobal`, `StoreGlobal`, `LoadName`,
/// `StoreName`), the attribute load and store caches (`LoadAttr`, `StoreAttr`) and
/// the method cache (`LoadMethod`).
#[derive(Default)]
struct CacheUses {
    global: bool,
    load_attr: bool,
    store_attr: bool,
    method: bool,
}

impl CacheUses {
    fn of(code: &[Op]) -> CacheUses {
        let mut u = CacheUses::default();
        for op in code {
            match op {
                Op::LoadGlobal(_) | Op::StoreGlobal(_) | Op::LoadName(_) | Op::StoreName(_) => {
                    u.global = true
                }
                Op::LoadAttr(_) => u.load_attr = true,
                Op::StoreAttr(_) => u.store_attr = true,
                Op::LoadMethod(_) => u.method = true,
                _ => {}
            }
        }
        u
    }
}

/// The execution state of `code` (whose constants `rt` are): built the first time a
/// frame of it runs, so the functions of a module that never run cost no
/// instructions or caches. Every frame entry asks: the built case costs no call.
#[inline(always)]
pub(crate) fn exec_of<'c>(
    rt: &'c crate::bytecode::code::RuntimeConsts,
    code: &CodeObject,
) -> &'c crate::bytecode::code::ExecState {
    match rt.exec.get() {
        Some(e) => e,
        None => build_exec(rt, code),
    }
}

/// `exec_of` the first time: quickens and verifies the instructions and makes the
/// inline caches.
#[inline(never)]
fn build_exec<'c>(
    rt: &'c crate::bytecode::code::RuntimeConsts,
    code: &CodeObject,
) -> &'c crate::bytecode::code::ExecState {
    let n_names = rt.names.len();
    // A cache array (one entry per name) only for the instruction kinds that read
    // it and that the code contains: a module's functions, class bodies and
    // comprehensions mostly lack some kinds, and an attribute cache entry is 136
    // bytes per name. (`quicken` only replaces the first instruction of a pair,
    // so every instruction that indexes a cache is one of `code`'s.)
    let uses = CacheUses::of(&code.code);
    let per_name = |used: bool| if used { n_names } else { 0 };
    let global_cache = (0..per_name(uses.global))
        .map(|_| Default::default())
        .collect();
    let load_attr_cache = (0..per_name(uses.load_attr))
        .map(|_| Default::default())
        .collect();
    let store_attr_cache = (0..per_name(uses.store_attr))
        .map(|_| Default::default())
        .collect();
    let method_cache = (0..per_name(uses.method))
        .map(|_| Default::default())
        .collect();
    let quick = crate::bytecode::quicken::quicken(&code.code, &code.lines);
    // The hot block of `dispatch` indexes instructions, constants, locals and
    // names unchecked on the strength of this (verify.rs).
    if let Err(e) = crate::bytecode::verify::verify(code, &quick) {
        panic!("bytecode verification failed: {e}");
    }
    debug_assert!(quick.iter().all(|op| {
        let (cache, k) = match *op {
            Op::LoadGlobal(k) | Op::StoreGlobal(k) | Op::LoadName(k) | Op::StoreName(k) => {
                (uses.global, k)
            }
            Op::LoadAttr(k) => (uses.load_attr, k),
            Op::StoreAttr(k) => (uses.store_attr, k),
            Op::LoadMethod(k) => (uses.method, k),
            _ => return true,
        };
        cache && (k as usize) < n_names
    }));
    rt.exec.get_or_init(|| {
        Box::new(crate::bytecode::code::ExecState {
            quick,
            global_cache,
            load_attr_cache,
            store_attr_cache,
            method_cache,
        })
    })
}

/// Sorts the tuple constants of `code` and its nested code objects (materialized) by
/// who made them: `parser` (the parser or the AST optimiser) or `compiler` only.
fn split_parser_made(code: &CodeObject, parser: &mut Vec<Value>, compiler: &mut Vec<Value>) {
    let Some(rt) = code.runtime.get() else {
        return;
    };
    for (i, c) in code.consts.iter().enumerate() {
        match c {
            crate::bytecode::Const::Code(inner) => split_parser_made(inner, parser, compiler),
            crate::bytecode::Const::Tuple(_) | crate::bytecode::Const::FrozenSet(_) => {
                if code.parser_made.get(i).copied().unwrap_or(true) {
                    parser.push(rt.consts[i]);
                } else {
                    compiler.push(rt.consts[i]);
                }
            }
            _ => {}
        }
    }
}

/// The constants of one compilation unit made so far (handles owned by the code
/// objects that use them; the cache itself holds no reference).
type ConstCache = std::collections::HashMap<crate::bytecode::code::ConstKey, Value>;

/// The result of `a op b` for two ints that fit in i64 or two floats, when it is exact
/// and cannot raise (CPython 3.11's `BINARY_OP_ADD_INT`-style specialisations):
/// `Some(Ok(i))` for an int, `Some(Err(f))` for a float. `None` = take the general
/// path (overflow to big ints, division by zero, mixed types, objects).
#[inline(always)]
fn fast_binary_num(heap: &Heap, op: BinOp, a: Value, b: Value) -> Option<Result<i64, f64>> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (heap.int_of(x), heap.int_of(y));
            match op {
                BinOp::Add => x.checked_add(y).map(Ok),
                BinOp::Sub => x.checked_sub(y).map(Ok),
                BinOp::Mult => x.checked_mul(y).map(Ok),
                // Python's modulo takes the divisor's sign; floor division rounds down.
                BinOp::Mod if y != 0 => {
                    let r = x.checked_rem(y)?;
                    Some(Ok(if r != 0 && (r ^ y) < 0 { r + y } else { r }))
                }
                BinOp::FloorDiv if y != 0 => {
                    let q = x.checked_div(y)?;
                    let adjust = x % y != 0 && ((x < 0) != (y < 0));
                    Some(Ok(if adjust { q - 1 } else { q }))
                }
                // Non-negative exponents without overflow (a negative one gives a
                // float; an overflow, a big int).
                BinOp::Pow if (0..=u32::MAX as i64).contains(&y) => x.checked_pow(y as u32).map(Ok),
                BinOp::BitAnd => Some(Ok(x & y)),
                BinOp::BitOr => Some(Ok(x | y)),
                BinOp::BitXor => Some(Ok(x ^ y)),
                // Shifts that stay within i64 (CPython's `long_lshift`/`long_rshift`
                // give the same value; larger ones make big ints).
                BinOp::LShift if (0..63).contains(&y) => {
                    let r = x << y;
                    (r >> y == x).then_some(Ok(r))
                }
                BinOp::RShift if y >= 0 => Some(Ok(x >> y.min(63))),
                // `long_true_divide`: operands of at most 53 bits convert exactly, and
                // one correctly rounded division is its result.
                BinOp::Div if y != 0 && exact_f64(x) && exact_f64(y) => {
                    Some(Err(x as f64 / y as f64))
                }
                _ => None,
            }
        }
        (Value::Float(x), Value::Float(y)) => {
            fast_float_op(op, heap.float_of(x), heap.float_of(y), false)
        }
        // Mixed operands: the int converts as `PyLong_AsDouble` does (correctly
        // rounded, which `as f64` is for every i64), then the float operation.
        (Value::Float(x), Value::Int(y)) => {
            fast_float_op(op, heap.float_of(x), heap.int_of(y) as f64, true)
        }
        (Value::Int(x), Value::Float(y)) => {
            fast_float_op(op, heap.int_of(x) as f64, heap.float_of(y), false)
        }
        _ => None,
    }
}

/// Whether an i64 converts to f64 exactly (|x| <= 2**53).
#[inline(always)]
fn exact_f64(x: i64) -> bool {
    x.unsigned_abs() <= 1 << 53
}

/// The float operations of the fast path (CPython's `float_add`...`float_pow`):
/// `int_exp` says the exponent of a power was an int.
#[inline(always)]
fn fast_float_op(op: BinOp, x: f64, y: f64, int_exp: bool) -> Option<Result<i64, f64>> {
    match op {
        BinOp::Add => Some(Err(x + y)),
        BinOp::Sub => Some(Err(x - y)),
        BinOp::Mult => Some(Err(x * y)),
        BinOp::Div if y != 0.0 => Some(Err(x / y)),
        // A positive base and a finite result: C's pow, as CPython's `float_pow`
        // computes it; every special case (zero, negative or non-finite operands,
        // overflow) takes the general path.
        BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            r.is_finite().then_some(Err(r))
        }
        // A negative base with an int exponent: `float_pow` raises |x| and sets
        // the sign from the exponent's parity.
        BinOp::Pow if int_exp && x < 0.0 && x.is_finite() && y.abs() < 9.0e15 => {
            let r = (-x).powf(y);
            let odd = (y as i64) & 1 == 1;
            r.is_finite().then_some(Err(if odd { -r } else { r }))
        }
        _ => None,
    }
}

/// `a op b` on the fast path for operands the caller does not own (they stay as they
/// are): a new reference to the result, or `None` for the general path.
#[inline(always)]
fn fast_binary(heap: &mut Heap, op: BinOp, a: Value, b: Value) -> Option<Value> {
    Some(match fast_binary_num(heap, op, a, b)? {
        Ok(i) => heap.int(i),
        Err(f) => heap.float(f),
    })
}

/// `a op b` on the fast path for operands the caller owns (two stack references):
/// both references are consumed and a new reference to the result is returned, or
/// `None` (nothing changed) for the general path.
///
/// The result is made before the operands are let go of, as CPython does, even when
/// an operand dies: its memory is then free for the next number, not for the result
/// (so `id()` of numbers made in a loop alternates as in CPython).
#[inline(always)]
fn fast_binary_owned(heap: &mut Heap, op: BinOp, a: Value, b: Value) -> Option<Value> {
    Some(match fast_binary_num(heap, op, a, b)? {
        Ok(i) => heap.int_result(i, a, b),
        Err(f) => heap.float_result(f, a, b),
    })
}

impl Vm {
    /// The truth of `v` when finding it runs no code: `fast_truth`'s builtin cases,
    /// and instances of classes with neither `__bool__` nor `__len__` (true), from the
    /// class's cached facts only (CPython reads `nb_bool`/`mp_length` off the type).
    #[inline(always)]
    fn hot_truth(&self, v: Value) -> Option<bool> {
        if let Some(b) = super::ops::fast_truth(&self.heap, v) {
            return Some(b);
        }
        let Value::Obj(r) = v else {
            return None;
        };
        let Obj::Instance(i) = self.heap.get(r) else {
            return None;
        };
        match self.heap.get(i.class) {
            Obj::Class(c)
                if c.facts_epoch == self.class_epoch
                    && c.facts & crate::runtime::types::class::CLASS_ALWAYS_TRUE != 0 =>
            {
                Some(true)
            }
            _ => None,
        }
    }

    /// `object_eq_instance` from the class's cached facts only (false when they are
    /// not computed for this class epoch).
    #[inline(always)]
    fn identity_eq_cached(&self, v: Value, other: Value) -> bool {
        let cls = match self.eq_identity_subject(v, other) {
            Ok(cls) => cls,
            Err(answer) => return answer,
        };
        match self.heap.get(cls) {
            Obj::Class(c) => {
                c.facts_epoch == self.class_epoch
                    && c.facts & crate::runtime::types::class::CLASS_EQ_IDENTITY != 0
            }
            _ => false,
        }
    }

    /// `COMPARE_OP`/`CONTAINS_OP`/`IS_OP` answered without running Python code or
    /// failing (numbers, strings, sequences of them, membership in builtin
    /// containers); `None` leaves the instruction to the general path.
    ///
    /// Identity and two small ints (`self.direction == Direction.FORWARD`, `i < n`)
    /// are answered inline in the dispatch arm; the call into the rest cost about
    /// twenty instructions per comparison of the common kinds.
    #[inline(always)]
    fn hot_compare(&self, op: CmpOp, a: Value, b: Value) -> Option<bool> {
        match (op, a, b) {
            (CmpOp::Is, _, _) => Some(a.is(b)),
            (CmpOp::IsNot, _, _) => Some(!a.is(b)),
            (CmpOp::In | CmpOp::NotIn, _, _) => self.hot_compare_other(op, a, b),
            (_, Value::Int(x), Value::Int(y)) => {
                let (x, y) = (self.heap.int_of(x), self.heap.int_of(y));
                Some(match op {
                    CmpOp::Lt => x < y,
                    CmpOp::LtE => x <= y,
                    CmpOp::Gt => x > y,
                    CmpOp::GtE => x >= y,
                    CmpOp::Eq => x == y,
                    CmpOp::NotEq => x != y,
                    // Answered by the arms above.
                    CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn => return None,
                })
            }
            _ => self.hot_compare_other(op, a, b),
        }
    }

    /// `hot_compare` for everything but identity and two ints.
    #[inline(never)]
    fn hot_compare_other(&self, op: CmpOp, a: Value, b: Value) -> Option<bool> {
        if let Some(t) = fast_compare(&self.heap, op, a, b) {
            return Some(t);
        }
        match op {
            CmpOp::In => self.fast_contains(b, a),
            CmpOp::NotIn => self.fast_contains(b, a).map(|t| !t),
            CmpOp::Is | CmpOp::IsNot => None,
            // Instances of classes that keep `object`'s `==`, against each other or
            // None (`rich_compare`'s `object_eq_instance` case, with facts already
            // computed): identity.
            CmpOp::Eq | CmpOp::NotEq
                if self.identity_eq_cached(a, b) && self.identity_eq_cached(b, a) =>
            {
                Some(a.is(b) == (op == CmpOp::Eq))
            }
            _ => match (a, b) {
                // An instance's ordering is its class's method (general path).
                (Value::Obj(x), Value::Obj(_)) if matches!(self.heap.get(x), Obj::Instance(_)) => {
                    None
                }
                (Value::Obj(_), Value::Obj(_)) => match self.fast_cmp(a, b) {
                    Some(o) => Some(crate::runtime::vm::ops::ord_matches(o, op)),
                    None => self.fast_set_compare(op, a, b),
                },
                _ => None,
            },
        }
    }
}

/// Identity (`is`, `is not`: any two values) and the comparisons of two ints that
/// fit in i64 or two floats (`None` = general path). The operands' counts are not
/// touched.
#[inline(always)]
fn fast_compare(heap: &Heap, op: CmpOp, a: Value, b: Value) -> Option<bool> {
    macro_rules! cmp {
        ($x:expr, $y:expr) => {
            match op {
                CmpOp::Lt => Some($x < $y),
                CmpOp::LtE => Some($x <= $y),
                CmpOp::Gt => Some($x > $y),
                CmpOp::GtE => Some($x >= $y),
                CmpOp::Eq => Some($x == $y),
                CmpOp::NotEq => Some($x != $y),
                _ => None,
            }
        };
    }
    match op {
        CmpOp::Is => return Some(a.is(b)),
        CmpOp::IsNot => return Some(!a.is(b)),
        _ => {}
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => cmp!(heap.int_of(x), heap.int_of(y)),
        (Value::Float(x), Value::Float(y)) => cmp!(heap.float_of(x), heap.float_of(y)),
        // `float_richcompare`: an int of at most 53 bits compares as its exact double
        // (NaN then compares as C's doubles do); bigger ones take the exact path.
        (Value::Float(x), Value::Int(y)) if exact_f64(heap.int_of(y)) => {
            cmp!(heap.float_of(x), heap.int_of(y) as f64)
        }
        (Value::Int(x), Value::Float(y)) if exact_f64(heap.int_of(x)) => {
            cmp!(heap.int_of(x) as f64, heap.float_of(y))
        }
        _ => None,
    }
}
