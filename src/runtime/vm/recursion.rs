//! Recursion-depth accounting and the native-stack guard.
//!
//! CPython 3.11 keeps one counter per thread (`recursion_limit - recursion_remaining`):
//! every Python frame adds one, and so does every C-level guard that is active
//! (`PyObject_Repr`, `PyObject_Str`, `PyObject_RichCompare`, calls of `METH_O`-style
//! builtins, `tp_call` of instances). A new frame or guard fails with RecursionError
//! when the counter already equals the limit; the message suffix names the guard
//! (" in comparison", " while getting the repr of an object", ...). mempy mirrors that
//! with `frames.len() + c_depth`, so the depth at which RecursionError appears — and the
//! `[Previous line repeated N more times]` count — matches CPython for the common cases.
//!
//! Separately from that emulation, native (Rust) recursion — the dispatch loop re-entered
//! through `call_value`, repr/compare/hash of nested containers — must never overflow the
//! thread's stack, whatever the recursion limit. The interpreter thread records where its
//! stack ends ([`set_native_stack`]); the guards check the current stack pointer against
//! that bound and raise RecursionError with room to spare instead of crashing.

use super::{PyErr, PyResult, Vm};
use std::cell::Cell;

/// Stack kept free below the lowest address guards allow: the work done between two
/// checks (one dispatch-loop activation, a builtin, an error being formatted) must fit.
const NATIVE_MARGIN: usize = 64 << 20;

/// Nested re-entries of the dispatch loop from native code (`call_value`, generator
/// resumption) allowed whatever the recursion limit: each costs a dispatch-loop
/// activation on the Rust stack. CPython would crash long before with a raised limit.
pub const NATIVE_DEPTH_LIMIT: usize = 20_000;

thread_local! {
    /// Lowest stack address native recursion may reach on this thread (0 = unknown).
    static STACK_FLOOR: Cell<usize> = const { Cell::new(0) };
}

/// The approximate current stack pointer.
#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Declares that the calling thread's stack is `size` bytes and that the caller is near
/// its top (call first thing in the thread's entry function). Stacks grow downwards on
/// every platform mempy targets.
pub fn set_native_stack(size: usize) {
    let floor = stack_pointer().saturating_sub(size.saturating_sub(NATIVE_MARGIN));
    STACK_FLOOR.with(|f| f.set(floor));
}

/// True when native recursion has used up the stack allowance of this thread. Threads
/// that never called [`set_native_stack`] (library users, tests) get a conservative
/// default: 1 MiB below the first check (Rust test threads have 2 MiB).
#[inline]
pub fn native_stack_low() -> bool {
    STACK_FLOOR.with(|f| {
        let mut floor = f.get();
        if floor == 0 {
            floor = stack_pointer().saturating_sub(1 << 20);
            f.set(floor);
        }
        stack_pointer() < floor
    })
}

impl Vm {
    /// CPython's recursion depth: Python frames plus active C-level guards.
    #[inline]
    pub fn recursion_depth(&self) -> usize {
        self.frames.len() + self.c_depth
    }

    /// Enters a C-level recursion guard (CPython's `Py_EnterRecursiveCall(where)`);
    /// `what` is the message suffix, e.g. `" in comparison"`. Pair with [`Vm::leave_native`].
    pub fn enter_native(&mut self, what: &str) -> PyResult<()> {
        if self.recursion_depth() >= self.recursion_limit {
            return Err(self.err(
                "RecursionError",
                format!("maximum recursion depth exceeded{}", what),
            ));
        }
        if native_stack_low() {
            return Err(self.native_stack_exhausted(what));
        }
        self.c_depth += 1;
        Ok(())
    }

    #[inline]
    pub fn leave_native(&mut self) {
        self.c_depth -= 1;
    }

    /// Runs a builtin whose call CPython guards (`METH_O`/`METH_VARARGS` functions,
    /// `tp_call` of instances): one more level while it runs.
    /// Only the counter is checked here: any native recursion below goes through a
    /// guard that also checks the native stack (`call_value`, repr, comparisons).
    #[inline]
    pub fn c_call<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        if self.recursion_depth() >= self.recursion_limit {
            return Err(self.err(
                "RecursionError",
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        self.c_depth += 1;
        let r = f(self);
        self.leave_native();
        r
    }

    /// Checks the native stack only (recursion CPython does not count, such as hashing
    /// nested tuples, which mempy still must not let overflow the Rust stack).
    pub fn check_native_stack(&mut self, what: &str) -> PyResult<()> {
        if native_stack_low() {
            return Err(self.native_stack_exhausted(what));
        }
        Ok(())
    }

    /// Checks that the dispatch loop may be re-entered from native code once more.
    pub fn check_native_reentry(&mut self, what: &str) -> PyResult<()> {
        if self.native_depth >= NATIVE_DEPTH_LIMIT {
            return Err(self.err(
                "RecursionError",
                format!(
                    "maximum recursion depth exceeded{} (mempy's limit of {} nested calls from native code)",
                    what, NATIVE_DEPTH_LIMIT
                ),
            ));
        }
        self.check_native_stack(what)
    }

    /// RecursionError for native recursion deeper than the interpreter thread's stack.
    pub fn native_stack_exhausted(&mut self, what: &str) -> PyErr {
        self.err(
            "RecursionError",
            format!(
                "maximum recursion depth exceeded{} (mempy's native stack is exhausted at recursion depth {})",
                what,
                self.recursion_depth()
            ),
        )
    }
}
