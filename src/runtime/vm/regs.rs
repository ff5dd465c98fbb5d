//! The dispatch loop's registers: the value stack's base pointer, its length and the
//! stack pointer held in locals (CPython keeps `stack_pointer` in a C local of
//! `_PyEval_EvalFrameDefault` for the same reason).
//!
//! Through `&mut Vm`, every push and pop reloads `Vm::sp`, the stack's pointer and its
//! length from memory and stores `sp` back, because any call may have changed them;
//! that was a quarter of the instructions of a call-heavy benchmark. The simple,
//! hottest instructions run on a [`Regs`] instead, and the loop writes `sp` back to
//! the VM before any instruction that calls out (see `eval.rs`).
//!
//! # Invariants
//! 1. A `Regs` is built from the VM's stack slice, which is allocated once when the VM
//!    is created and never resized, moved or freed while the VM lives; `eval.rs`
//!    rebuilds it after every instruction that went through `&mut Vm`.
//! 2. Every access is in bounds, by construction rather than by a check per access
//!    (which cost 5-7% of wall time on `bench/fib.py` and `bench/objects.py`):
//!    - a frame's window `ret_slot .. stack_base + max_stack` lies inside the stack,
//!      because every path that pushes a frame checks that room first (frame.rs,
//!      invariant 5);
//!    - local-variable operands are below the frame's number of locals (verified once
//!      per code object, `bytecode/verify.rs`);
//!    - the evaluation stack never holds more than `max_stack` values, the maximum
//!      depth the compiler's flow analysis (`compiler/stackdepth.rs`) found over every
//!      path of the code.
//!
//!    Debug builds check every access against `len`, and `dispatch` checks the
//!    evaluation stack against `max_stack` before each instruction; `.ci/run` runs the
//!    golden suite in a debug build, and the fuzzers run with debug assertions.

use crate::value::Value;

pub struct Regs {
    ptr: *mut Value,
    len: usize,
    /// The stack pointer: the first free slot.
    pub sp: usize,
}

impl Regs {
    /// Registers over `stack` with stack pointer `sp`.
    ///
    /// # Safety
    /// `stack` must stay allocated and unmoved, and must not be accessed through any
    /// other path, while the returned `Regs` is used (invariant 1); and every slot it
    /// is then asked to read or write, by index or by pushing and popping, must lie
    /// inside `stack` (invariant 2: release builds do not check).
    #[inline(always)]
    pub unsafe fn new(stack: &mut [Value], sp: usize) -> Regs {
        Regs {
            ptr: stack.as_mut_ptr(),
            len: stack.len(),
            sp,
        }
    }

    /// Debug builds only (invariant 2).
    #[cold]
    #[inline(never)]
    fn out_of_bounds(i: usize, len: usize) -> ! {
        panic!("value stack index {i} out of bounds ({len} slots)")
    }

    /// The value in slot `i`.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Value {
        if cfg!(debug_assertions) && i >= self.len {
            Self::out_of_bounds(i, self.len);
        }
        // SAFETY: `i < len` by invariant 2, and the slice is live and unaliased
        // (contract of `new`).
        unsafe { *self.ptr.add(i) }
    }

    /// Stores `v` in slot `i`, returning what was there.
    #[inline(always)]
    pub fn replace(&mut self, i: usize, v: Value) -> Value {
        if cfg!(debug_assertions) && i >= self.len {
            Self::out_of_bounds(i, self.len);
        }
        // SAFETY: as in `get`.
        unsafe { std::ptr::replace(self.ptr.add(i), v) }
    }

    /// A pointer to slot `i`, for a loop over a frame's locals that runs no code
    /// (the slots stay where they are, invariant 1; each use must stay in bounds,
    /// invariant 2).
    #[inline(always)]
    pub fn slot_ptr(&mut self, i: usize) -> *mut Value {
        if cfg!(debug_assertions) && i >= self.len {
            Self::out_of_bounds(i, self.len);
        }
        // SAFETY: as in `get`.
        unsafe { self.ptr.add(i) }
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.set(self.sp, v);
        self.sp += 1;
    }

    /// Overwrites slot `i` (which must hold nothing owned: a popped or scalar slot).
    #[inline(always)]
    pub fn set(&mut self, i: usize, v: Value) {
        if cfg!(debug_assertions) && i >= self.len {
            Self::out_of_bounds(i, self.len);
        }
        // SAFETY: as in `get`; `Value` is `Copy`, so nothing is dropped.
        unsafe { self.ptr.add(i).write(v) }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        self.sp = self.sp.wrapping_sub(1);
        self.get(self.sp)
    }

    /// The value `n` below the top (0 = top).
    #[inline(always)]
    pub fn peek(&self, n: usize) -> Value {
        self.get(self.sp.wrapping_sub(1 + n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_pop_peek_replace() {
        let mut stack = vec![Value::Undef; 4].into_boxed_slice();
        // SAFETY: `stack` outlives `r` and is only used through it meanwhile.
        let mut r = unsafe { Regs::new(&mut stack, 1) };
        r.push(crate::runtime::heap::Heap::small_int(7));
        r.push(Value::Bool(true));
        assert_eq!(r.sp, 3);
        assert!(matches!(r.peek(0), Value::Bool(true)));
        assert!(r.peek(1).is(crate::runtime::heap::Heap::small_int(7)));
        assert!(matches!(r.replace(0, Value::None), Value::Undef));
        assert!(matches!(r.pop(), Value::Bool(true)));
        r.push(Value::Float(crate::value::NumRef(300)));
        assert!(matches!(r.pop(), Value::Float(x) if x.raw() == 300));
        r.push(Value::None);
        assert!(matches!(r.pop(), Value::None));
        assert!(matches!(r.get(0), Value::None));
        let sp = r.sp;
        assert_eq!(sp, 2);
        assert!(stack[1].is(crate::runtime::heap::Heap::small_int(7)));
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "out of bounds")]
    fn push_past_the_end_panics() {
        let mut stack = vec![Value::Undef; 1].into_boxed_slice();
        // SAFETY: as above.
        let mut r = unsafe { Regs::new(&mut stack, 1) };
        r.push(Value::None);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "out of bounds")]
    fn pop_below_zero_panics() {
        let mut stack = vec![Value::Undef; 1].into_boxed_slice();
        // SAFETY: as above.
        let mut r = unsafe { Regs::new(&mut stack, 0) };
        r.pop();
    }
}
