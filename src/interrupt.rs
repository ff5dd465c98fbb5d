//! Ctrl-C handling: a SIGINT handler that only sets an atomic flag, and the
//! conversion of that flag into a Python `KeyboardInterrupt` (CPython's "pending
//! signals" checked by the eval loop).
//!
//! The VM polls [`pending`] on loop back-edges (`Jump` to a lower instruction) and
//! at Python function entry, so a running `while True: pass` or a deep recursion is
//! interrupted within a few instructions; native operations finish first.

use crate::vm::{PyErr, Vm};
use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// True when Ctrl-C was pressed and no `KeyboardInterrupt` was raised for it yet.
#[inline(always)]
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// Forgets a pending interrupt (the REPL does this before running each input).
pub fn clear() {
    INTERRUPTED.store(false, Ordering::Relaxed);
}

/// Marks an interrupt as pending (what the signal handler does; also for tests).
pub fn request() {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

extern "C" fn on_sigint(_sig: libc::c_int) {
    // Only async-signal-safe work here: one atomic store.
    INTERRUPTED.store(true, Ordering::Relaxed);
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
        clear();
        self.err_noargs("KeyboardInterrupt")
    }
}
