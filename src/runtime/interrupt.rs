//! Ctrl-C handling and the VM's "attention" flag: a SIGINT handler that only sets an
//! atomic bit, and the conversion of pending requests into Python exceptions
//! (CPython's "pending signals / eval breaker" checked by the eval loop).
//!
//! The VM polls [`pending`] on loop back-edges (`Jump` to a lower instruction) and
//! at Python function entry, so a running `while True: pass` or a deep recursion is
//! interrupted within a few instructions; native operations finish first. The same
//! flag carries the resource limits of `limits.rs` (timeout, memory cap, step cap), so
//! the hot path stays one relaxed load whatever is enabled.

use crate::runtime::vm::{PyErr, PyResult, Vm};
use std::sync::atomic::{AtomicU8, Ordering};

/// Pending requests, one bit each.
static ATTENTION: AtomicU8 = AtomicU8::new(0);
const SIGINT: u8 = 1;
const TIMEOUT: u8 = 2;
const MEMORY: u8 = 4;
const STEPS: u8 = 8;

/// True when something needs the VM's attention (Ctrl-C, a limit).
#[inline(always)]
pub fn pending() -> bool {
    ATTENTION.load(Ordering::Relaxed) != 0
}

/// Forgets a pending interrupt (the REPL does this before running each input).
pub fn clear() {
    ATTENTION.fetch_and(!(SIGINT | MEMORY), Ordering::Relaxed);
}

/// Marks an interrupt as pending (what the signal handler does; also for tests).
pub fn request() {
    ATTENTION.fetch_or(SIGINT, Ordering::Relaxed);
}

/// The `--timeout` watchdog fired.
pub fn request_timeout() {
    ATTENTION.fetch_or(TIMEOUT, Ordering::Relaxed);
}

pub(crate) fn timeout_pending() -> bool {
    ATTENTION.load(Ordering::Relaxed) & TIMEOUT != 0
}

pub(crate) fn clear_timeout() {
    ATTENTION.fetch_and(!TIMEOUT, Ordering::Relaxed);
}

/// The allocator saw the memory cap crossed (called from the allocator: atomics only).
#[inline]
pub fn request_memory() {
    ATTENTION.fetch_or(MEMORY, Ordering::Relaxed);
}

/// A step cap is active: every poll must count.
pub(crate) fn request_steps() {
    ATTENTION.fetch_or(STEPS, Ordering::Relaxed);
}

pub(crate) fn clear_steps() {
    ATTENTION.fetch_and(!STEPS, Ordering::Relaxed);
}

extern "C" fn on_sigint(_sig: libc::c_int) {
    // Only async-signal-safe work here: one atomic operation.
    ATTENTION.fetch_or(SIGINT, Ordering::Relaxed);
}

/// Installs the SIGINT handler (idempotent). Blocking reads are restarted, so only
/// running Python code observes the interrupt.
pub fn install_handler() {
    // SAFETY: `on_sigint` only performs an atomic store, which is async-signal-safe;
    // the sigaction struct is fully initialised before use.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_sigint as *const () as libc::sighandler_t;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}

impl Vm {
    /// Consumes the pending interrupt and returns the `KeyboardInterrupt` to raise.
    pub fn take_interrupt(&mut self) -> PyErr {
        ATTENTION.fetch_and(!SIGINT, Ordering::Relaxed);
        self.err_noargs("KeyboardInterrupt")
    }

    /// Handles what [`pending`] reported, at a poll point. Errors: `KeyboardInterrupt`
    /// for Ctrl-C (and for the step cap, and for `--timeout` in the REPL),
    /// `MemoryError` while over the memory cap. A timeout in a script flushes the
    /// output and ends the process with [`crate::runtime::limits::TIMEOUT_EXIT`].
    #[cold]
    pub fn poll_attention(&mut self) -> PyResult<()> {
        let bits = ATTENTION.load(Ordering::Relaxed);
        if bits & SIGINT != 0 {
            return Err(self.take_interrupt());
        }
        if bits & TIMEOUT != 0 {
            clear_timeout();
            self.flush_out();
            crate::eprintln_safe!("{}", crate::runtime::limits::timeout_message());
            if !self.interactive {
                std::process::exit(crate::runtime::limits::TIMEOUT_EXIT);
            }
            return Err(self.err_noargs("KeyboardInterrupt"));
        }
        if bits & MEMORY != 0 {
            // Level-triggered: the allocator sets the bit again on every allocation
            // while the program stays above the cap.
            ATTENTION.fetch_and(!MEMORY, Ordering::Relaxed);
            if crate::runtime::limits::over_memory_cap() {
                return Err(self.err_noargs("MemoryError"));
            }
        }
        if bits & STEPS != 0 && crate::runtime::limits::step_exhausted() {
            return Err(self.err("KeyboardInterrupt", "step limit reached"));
        }
        Ok(())
    }
}
