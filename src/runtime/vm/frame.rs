//! Call frames: windows into the fixed-size value stack (CPython's `_PyInterpreterFrame`).
//!
//! # Layout and invariants
//! A frame for code `c` occupies `stack[ret_slot .. sp)`:
//! ```text
//!   ret_slot           the callable (and, for CallMethod without self, an UNDEF marker)
//!   base ..            c.varnames.len() local slots (arguments first), then
//!                      c.cellvars.len() + c.freevars.len() cell slots,
//!   stack_base ..      the evaluation stack, at most c.max_stack deep.
//! ```
//! 1. Every slot in `ret_slot .. sp` holds an owned reference (or a scalar / UNDEF).
//! 2. Returning decrefs the whole window and writes the result at `ret_slot`, so the
//!    caller sees `[.., result]` exactly where it pushed the callable.
//! 3. Arguments pushed by the caller become the callee's first locals in place: a call
//!    moves references, it never copies them (as CPython 3.11 does), so
//!    `sys.getrefcount` inside a function sees the same count CPython shows.
//! 4. Exception-handler blocks of all frames live in one `Vm::blocks` vector; a frame
//!    owns `blocks[block_base ..]`.
//! 5. A frame never grows past `stack_base + max_stack`; the call that pushes it checks
//!    the room first and raises RecursionError when the fixed stack is exhausted.
//! 6. A frame's code outlives it: the frame holds a count of the code's `Rc`, or, for
//!    plain calls, its window holds a reference to the function that owns the code
//!    until the frame is popped ([`FrameCode`]). Code that releases a frame's window
//!    pops the frame first and never reads its code afterwards.

use crate::bytecode::CodeObject;
use crate::runtime::vm::PyResult;
use crate::value::{ObjRef, Value};
use std::ptr::NonNull;
use std::rc::Rc;

/// An exception-handler block pushed by `SetupExcept`.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    /// Absolute stack depth to cut back to.
    pub level: u32,
    /// Depth of the handled-exception stack when the block was pushed.
    pub handled_depth: u32,
}

/// The code a frame runs: an owned `Rc`, or borrowed from the called function.
///
/// A plain call (`fast_function_call`, a class call's `__init__`) borrows: the frame's
/// own window holds an owned reference to the function object (at `ret_slot`, or the
/// slot above a marker), whose code cannot be replaced (`__code__` is read-only), and
/// the window is only released when the frame is popped. So the code outlives the
/// frame without a count of its own. Counting it cost an increment and a decrement of
/// the same word per call, serialised through memory in recursive code: 4.5% of
/// `bench/fib.py` in `perf` went to the decrement alone.
pub struct FrameCode {
    ptr: NonNull<CodeObject>,
    /// Whether this holds one strong count of the `Rc` (released on drop).
    owned: bool,
}

impl FrameCode {
    /// Keeps `code` alive for the frame's life.
    pub fn owned(code: Rc<CodeObject>) -> FrameCode {
        let ptr = NonNull::new(Rc::into_raw(code) as *mut CodeObject).expect("Rc is non-null");
        FrameCode { ptr, owned: true }
    }

    /// Borrows `code` for the frame's life.
    ///
    /// # Safety
    /// `code` must stay alive as long as the frame does: the frame's window must hold an
    /// owned reference to the function object that owns this `Rc` (see the type).
    #[inline(always)]
    pub unsafe fn borrowed(code: &Rc<CodeObject>) -> FrameCode {
        FrameCode {
            ptr: NonNull::from(&**code),
            owned: false,
        }
    }

    /// A counted reference to the code, for whatever outlives the frame (traceback
    /// entries, `__code__` objects).
    pub fn rc(&self) -> Rc<CodeObject> {
        // SAFETY: `ptr` came from an `Rc` that is alive while this `FrameCode` is (owned:
        // we hold a count; borrowed: by the contract of `borrowed`), so adding a count
        // and taking it as a new `Rc` is the documented `from_raw` pattern.
        unsafe {
            Rc::increment_strong_count(self.ptr.as_ptr());
            Rc::from_raw(self.ptr.as_ptr())
        }
    }
}

impl std::ops::Deref for FrameCode {
    type Target = CodeObject;
    #[inline(always)]
    fn deref(&self) -> &CodeObject {
        // SAFETY: the code is alive while this `FrameCode` is (see `rc`).
        unsafe { self.ptr.as_ref() }
    }
}

impl Drop for FrameCode {
    #[inline(always)]
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: an owned `FrameCode` holds the count `Rc::into_raw` kept.
            unsafe { drop(Rc::from_raw(self.ptr.as_ptr())) }
        }
    }
}

/// One activation record.
pub struct Frame {
    pub code: FrameCode,
    pub ip: usize,
    pub ret_slot: usize,
    pub base: usize,
    pub stack_base: usize,
    pub globals: ObjRef,
    /// The namespace dict for module and class-body code (LoadName/StoreName).
    pub locals: Option<ObjRef>,
    pub block_base: usize,
    /// Depth of `Vm::handled` when the frame started.
    pub handled_base: usize,
    /// Returning from this frame returns from the native `run` that pushed it.
    pub is_entry: bool,
    /// The generator this frame belongs to, if any.
    pub generator: Option<ObjRef>,
    /// For `__init__` frames pushed by a class call: the instance to return instead.
    pub ctor_instance: Value,
    /// For those frames: the arguments tuple and keywords CPython's class call packed
    /// (`Heap::class_call_args`, 0 for none), released when the frame ends, as
    /// `_PyObject_MakeTpCall` releases them after `type_call` returns.
    pub ctor_args: u32,
    /// The instruction that raised the exception the frame's newest handler was
    /// entered for (`NO_INSN` before any): what CPython's cleanup handlers push as
    /// `lasti` and `RERAISE 1` moves the frame back to.
    pub handler_lasti: usize,
    /// What the caller's instruction still has to do with this frame's result: a
    /// special method the dispatch loop ran as a frame of its own (`a == b`, `a + b`
    /// of instances whose class defines the method in Python) leaves its operands
    /// under the frame's window, and the return finishes the operation
    /// ([`Cont`]). `Cont::None` for every ordinary call.
    pub cont: Cont,
}

/// The rest of an operation whose special method (or callee) runs as a frame of the dispatch
/// loop (CPython runs it in a nested `_PyEval_EvalFrameDefault` under the C slot:
/// `slot_tp_richcompare`, `SLOT1BINFULL`). The caller's stack holds `[.., a, b]`
/// below the frame's window; the frame's result then either answers (it lands where
/// `a` was, both operands released) or is NotImplemented, and the rest of the
/// protocol (the reflected method, the fallbacks, the TypeError) runs natively.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cont {
    /// An ordinary call: the result lands at `ret_slot`.
    None,
    /// `a.__op__(b)` of a rich comparison: the frame runs inside
    /// `PyObject_RichCompare`'s recursion guard (one level of `c_depth` the pop
    /// gives back).
    Compare(crate::bytecode::CmpOp),
    /// `a != b` through `object.__ne__`, which runs the class's `__eq__` and
    /// inverts its truth (NotImplemented passes through); guarded as `Compare`.
    CompareNe,
    /// `a.__op__(b)` of a binary operator (no recursion guard, as CPython's slot).
    Binary(crate::bytecode::BinOp),
    /// `b.__rop__(a)` of a binary operator whose left operand is a number (`2 * v`:
    /// the number's own operation declined first).
    Reflected(crate::bytecode::BinOp),
    /// `a.__iop__(b)` of an augmented assignment; NotImplemented goes on to the
    /// binary operator (`binary_iop1`).
    InplaceFirst(crate::bytecode::BinOp),
    /// `a.__op__(b)` of an augmented assignment whose class has no `__iop__`; the
    /// rest reports the augmented operator (`+=`) in its TypeError.
    Inplace(crate::bytecode::BinOp),
    /// `f(*args, **kwargs)` (`CALL_FUNCTION_EX`): the callable, the positional tuple
    /// and (when `true`) the keyword dict stay on the caller's stack under the frame's
    /// window for the whole call, as CPython's instruction holds them across
    /// `PyObject_Call` (a bound method keeps its `self`, a converted tuple lives);
    /// they are released, in that order, after the frame's own locals.
    CallEx(bool),
    /// `len(x)` of an instance whose class's `__len__` is a Python function
    /// (`builtin_len` -> `slot_sq_length`): the caller's stack holds `[.., len, x]`
    /// below the frame's window; the result is checked and converted as
    /// `slot_sq_length` does, a new int replaces `len` and `x`.
    Len,
}

impl Cont {
    /// Whether the frame holds one level of the comparison recursion guard.
    #[inline(always)]
    pub fn guarded(self) -> bool {
        matches!(self, Cont::Compare(_) | Cont::CompareNe)
    }
}

impl Frame {
    /// The frame of a plain Python function call: the window `ret_slot ..`, locals at
    /// `base`, evaluation stack from `stack_base`, handler blocks and handled exceptions
    /// starting at the given depths.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub fn function(
        code: FrameCode,
        ret_slot: usize,
        base: usize,
        stack_base: usize,
        globals: ObjRef,
        block_base: usize,
        handled_base: usize,
        ctor_instance: Value,
    ) -> Frame {
        Frame {
            code,
            ip: 0,
            ret_slot,
            base,
            stack_base,
            globals,
            locals: None,
            block_base,
            handled_base,
            is_entry: false,
            generator: None,
            ctor_instance,
            ctor_args: 0,
            handler_lasti: crate::runtime::vm::tracing::NO_INSN,
            cont: Cont::None,
        }
    }
}

impl crate::runtime::vm::Vm {
    /// Runs module-level code in `globals` with `locals` as its namespace (the same
    /// dict for a module, separate ones for `exec(code, g, l)`); CPython's
    /// `PyEval_EvalCode`. Returns the code's result (None for a module).
    pub fn eval_code(
        &mut self,
        code: Rc<CodeObject>,
        globals: ObjRef,
        locals: ObjRef,
    ) -> PyResult<Value> {
        let ret_slot = self.sp;
        if ret_slot + code.nlocalsplus() + code.max_stack as usize + 8 >= self.stack.len() {
            return Err(self.stack_exhausted());
        }
        self.push(Value::None);
        let base = self.sp;
        for _ in 0..code.nlocalsplus() {
            self.push(Value::Undef);
        }
        self.push_namespace_frame(code, ret_slot, base, globals, locals);
        let r = self.run_frame();
        // The frame held the code: if it was the last holder, its constants go now.
        if self.has_orphaned_consts() {
            self.release_orphaned_consts();
        }
        match r? {
            crate::runtime::vm::eval::Exit::Return(v)
            | crate::runtime::vm::eval::Exit::Yield(v) => Ok(v),
        }
    }

    /// Pushes the entry frame of code that runs in a namespace dict (a module or a
    /// class body: `LoadName`/`StoreName` go to `ns`), its window starting at
    /// `ret_slot` with the locals already pushed, so the evaluation stack starts at
    /// the current `sp`. `run_frame` runs it.
    pub fn push_namespace_frame(
        &mut self,
        code: Rc<CodeObject>,
        ret_slot: usize,
        base: usize,
        globals: ObjRef,
        ns: ObjRef,
    ) {
        let frame = Frame {
            code: FrameCode::owned(code),
            ip: 0,
            ret_slot,
            base,
            stack_base: self.sp,
            globals,
            locals: Some(ns),
            block_base: self.blocks.len(),
            handled_base: self.handled.len(),
            is_entry: true,
            generator: None,
            ctor_instance: Value::Undef,
            ctor_args: 0,
            handler_lasti: crate::runtime::vm::tracing::NO_INSN,
            cont: Cont::None,
        };
        self.push_frame(|| frame);
    }

    /// Pushes a frame, writing it straight into the frame vector's spare room.
    ///
    /// `Vec::push` was not inlined here: it built the frame in a temporary with narrow
    /// stores and copied it with 16-byte loads, which stall on store forwarding (12% of
    /// `bench/fib.py` in `perf annotate`). Writing in place lets the fields go directly
    /// to their final slot.
    /// `make` runs after the room is reserved, so nothing between building the frame
    /// and storing it forces it through a temporary.
    #[inline(always)]
    pub fn push_frame(&mut self, make: impl FnOnce() -> Frame) {
        if self.frames.len() == self.frames.capacity() {
            self.frames.reserve(64);
        }
        let len = self.frames.len();
        self.frames.spare_capacity_mut()[0].write(make());
        // SAFETY: the element at `len` was initialised by the write just above, and
        // `len + 1 <= capacity` after the reserve.
        unsafe { self.frames.set_len(len + 1) };
    }

    /// Pops the top frame, whose window the caller releases itself (the returns of
    /// the dispatch loop's hot paths).
    ///
    /// `self.frames.pop()` with the result left unused moved the whole frame (104
    /// bytes) to a temporary and called `drop_in_place::<Option<Frame>>` out of line
    /// on it, once per return; only the code handle has anything to drop, so only it
    /// is taken out (an inlined test of `owned`).
    #[inline(always)]
    pub fn pop_frame_quick(&mut self) {
        if let Some(f) = self.frames.pop() {
            drop(f.code);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn frame_code_counts_only_when_owned() {
        let src = crate::source::SourceFile::new("t.py", "pass\n");
        let code = crate::compiler::compile_source(&src, false).expect("compiles");
        let owned = super::FrameCode::owned(code.clone());
        assert_eq!(std::rc::Rc::strong_count(&code), 2);
        // SAFETY: `code` outlives `borrowed`, which is dropped first.
        let borrowed = unsafe { super::FrameCode::borrowed(&code) };
        assert_eq!(std::rc::Rc::strong_count(&code), 2);
        let again = borrowed.rc();
        assert!(std::rc::Rc::ptr_eq(&again, &code));
        assert_eq!(std::rc::Rc::strong_count(&code), 3);
        assert_eq!(borrowed.name, code.name);
        drop(borrowed);
        drop(again);
        drop(owned);
        assert_eq!(std::rc::Rc::strong_count(&code), 1);
    }

    #[test]
    fn push_frame_grows_and_keeps_frames() {
        let mut vm = crate::runtime::vm::Vm::new(64);
        let src = crate::source::SourceFile::new("t.py", "pass\n");
        let code = crate::compiler::compile_source(&src, false).expect("compiles");
        let base = vm.frames.len();
        for i in 0..200 {
            let f = super::Frame::function(
                super::FrameCode::owned(code.clone()),
                i,
                i + 1,
                i + 2,
                vm.builtins,
                0,
                0,
                crate::value::Value::Undef,
            );
            vm.push_frame(|| f);
        }
        assert_eq!(vm.frames.len(), base + 200);
        assert_eq!(vm.frames[base + 150].ret_slot, 150);
        assert_eq!(std::rc::Rc::strong_count(&code), 201);
        vm.frames.truncate(base);
        assert_eq!(std::rc::Rc::strong_count(&code), 1);
    }
}
