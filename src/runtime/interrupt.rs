//! Ctrl-C handling and the VM's "attention" flag: a SIGINT handler that only sets an
//! atomic bit, and the conversion of pending requests into Python exceptions
//! (CPython's "pending signals / eval breaker" checked by the eval loop).
//!
//! The VM polls [`pending`] on loop back-edges (`Jump` to a lower instruction) and
//! at Python function entry, so a running `while True: pass` or a deep recursion is
//! interrupted within a few instructions; native operations finish first. The same
//! flag carries the resource limits of `limits.rs` (timeout, memory cap, step cap), so
//! the hot path stays one relaxed load whatever is enabled.
//!
//! Blocking calls (`time.sleep`, reading stdin, a pipe or a terminal through a file
//! object, `input()`) wait in short slices through [`sleep`] and [`read_fd`] and give
//! up as soon as Ctrl-C (or the timeout) is pending, so the interrupt is raised at once
//! instead of when the call returns, as CPython's `PyErr_CheckSignals` in its waits.
//! Slicing does not depend on which thread the kernel delivers SIGINT to.

use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::Value;
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};

/// Pending requests, one bit each.
static ATTENTION: AtomicU8 = AtomicU8::new(0);
const SIGINT: u8 = 1;
const TIMEOUT: u8 = 2;
const MEMORY: u8 = 4;
const STEPS: u8 = 8;
/// The switch interval passed while threads share the VM (`vm/threads.rs`): the
/// running thread yields at its next poll point, as CPython's `gil_drop_request`.
const SWITCH: u8 = 16;
/// A signal with a Python handler arrived (`signal.signal`); which ones is in
/// `PENDING_SIGNALS`, one bit per signal number.
const SIGNALS: u8 = 32;
static PENDING_SIGNALS: AtomicU64 = AtomicU64::new(0);

extern "C" fn on_signal(sig: libc::c_int) {
    // Async-signal-safe: two atomic operations.
    PENDING_SIGNALS.fetch_or(1u64 << (sig as u32 & 63), Ordering::Relaxed);
    ATTENTION.fetch_or(SIGNALS, Ordering::Relaxed);
}

/// What `signal.signal` asks the OS to do with a signal.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    Default,
    Ignore,
    /// Record it and run the Python handler at the next poll point.
    Python,
}

/// Installs the C-level handling of `sig` for [`Disposition`]. SIGINT with a Python
/// handler keeps mempy's own handler (its Ctrl-C bit; `poll_attention` then calls
/// the Python handler unless it is `default_int_handler`).
pub fn set_disposition(sig: libc::c_int, d: Disposition) -> std::io::Result<()> {
    let handler = match d {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Python if sig == libc::SIGINT => on_sigint as *const () as libc::sighandler_t,
        Disposition::Python => on_signal as *const () as libc::sighandler_t,
    };
    // SAFETY: both handlers only perform atomic operations (async-signal-safe); the
    // sigaction struct is fully initialised before use.
    let r = unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = handler;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(sig, &sa, std::ptr::null_mut())
    };
    if r != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// The OS-level handling of `sig` as `signal.getsignal` reports one Python never
/// set: 0 (SIG_DFL), 1 (SIG_IGN), or None for some other C handler.
pub fn os_disposition(sig: libc::c_int) -> Option<i64> {
    // SAFETY: querying only (null new action); `old` is written by the call.
    let h = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, std::ptr::null(), &mut old) != 0 {
            return None;
        }
        old.sa_sigaction
    };
    match h {
        libc::SIG_DFL => Some(0),
        libc::SIG_IGN => Some(1),
        _ => None,
    }
}

/// True when something needs the VM's attention (Ctrl-C, a limit).
#[inline(always)]
pub fn pending() -> bool {
    ATTENTION.load(Ordering::Relaxed) != 0
}

/// True when a signal with a Python handler is waiting for its handler to run.
pub fn signals_pending() -> bool {
    ATTENTION.load(Ordering::Relaxed) & SIGNALS != 0
}

/// Forgets a pending interrupt (the REPL does this before running each input).
pub fn clear() {
    ATTENTION.fetch_and(!(SIGINT | MEMORY), Ordering::Relaxed);
}

/// Marks an interrupt as pending (what the signal handler does; also for tests).
pub fn request() {
    ATTENTION.fetch_or(SIGINT, Ordering::Relaxed);
}

/// The thread ticker asks the running thread to let the others run.
pub(crate) fn request_switch() {
    ATTENTION.fetch_or(SWITCH, Ordering::Relaxed);
}

/// True when Ctrl-C or the timeout is pending (a wait must give up).
pub(crate) fn cancelled() -> bool {
    wait_cancelled()
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

/// How often a blocking wait looks at the attention flag.
const SLICE: std::time::Duration = std::time::Duration::from_millis(20);

/// True when Ctrl-C or the timeout asks a blocking call to give up.
fn wait_cancelled() -> bool {
    ATTENTION.load(Ordering::Relaxed) & (SIGINT | TIMEOUT) != 0
}

/// Sleeps for `d` unless Ctrl-C or the timeout comes first; false when cut short.
pub fn sleep(d: std::time::Duration) -> bool {
    let end = std::time::Instant::now() + d;
    loop {
        if wait_cancelled() {
            return false;
        }
        let now = std::time::Instant::now();
        if now >= end {
            return true;
        }
        std::thread::sleep((end - now).min(SLICE));
    }
}

/// `read(2)` on `fd` that waits for input in slices: an error of kind `Interrupted`
/// means Ctrl-C (or the timeout) is pending and the caller should raise it (see
/// [`Vm::interrupted`]); a signal that interrupts the wait for any other reason is
/// retried.
pub fn read_fd(fd: std::os::fd::RawFd, buf: &mut [u8]) -> std::io::Result<usize> {
    loop {
        if wait_cancelled() {
            return Err(std::io::ErrorKind::Interrupted.into());
        }
        let mut p = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd for the duration of the call.
        let n = unsafe { libc::poll(&mut p, 1, SLICE.as_millis() as libc::c_int) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        if n == 0 {
            continue;
        }
        // SAFETY: `buf` is valid for writes of `buf.len()` bytes.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if r >= 0 {
            return Ok(r as usize);
        }
        let e = std::io::Error::last_os_error();
        match e.kind() {
            std::io::ErrorKind::Interrupted | std::io::ErrorKind::WouldBlock => continue,
            _ => return Err(e),
        }
    }
}

/// Installs the SIGINT handler (idempotent). Blocking reads are restarted; the waits
/// above notice the flag on their own.
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
    /// The Python handler `signal.signal` installed for `sig` (owned), if it is to be
    /// called: not SIG_DFL/SIG_IGN, and for SIGINT not the builtin
    /// `default_int_handler` (mempy raises KeyboardInterrupt itself then).
    fn python_signal_handler(&mut self, sig: usize) -> Option<Value> {
        let h = *self.signal_handlers.get(sig)?;
        let Value::Obj(r) = h else {
            return None;
        };
        if matches!(self.heap.get(r), crate::runtime::object::Obj::Builtin(b)
            if b.name == "default_int_handler")
        {
            return None;
        }
        self.incref(h);
        Some(h)
    }

    /// Calls the handler `h` (owned) as `h(signum, frame)`, the frame being the
    /// running Python frame (None outside any).
    fn run_signal_handler(&mut self, h: Value, sig: usize) -> PyResult<()> {
        let frame = match self.frames.len() {
            0 => Value::None,
            n => {
                let r = self.frame_object(n - 1);
                self.heap.incref_obj(r);
                Value::Obj(r)
            }
        };
        let n = self.int(sig as i64);
        let r = self.call_value(h, &[n, frame], &[]);
        self.decref(n);
        self.decref(frame);
        self.decref(h);
        let v = r?;
        self.decref(v);
        Ok(())
    }

    /// Consumes the pending interrupt and returns the `KeyboardInterrupt` to raise.
    pub fn take_interrupt(&mut self) -> PyErr {
        ATTENTION.fetch_and(!SIGINT, Ordering::Relaxed);
        self.err_noargs("KeyboardInterrupt")
    }

    /// The exception for a blocking call that [`sleep`] or [`read_fd`] cut short:
    /// `KeyboardInterrupt` for Ctrl-C, the timeout's own handling otherwise.
    pub fn interrupted(&mut self) -> PyErr {
        match self.poll_attention() {
            Err(e) => e,
            Ok(()) => self.err_noargs("KeyboardInterrupt"),
        }
    }

    /// Handles what [`pending`] reported, at a poll point. Errors: `KeyboardInterrupt`
    /// for Ctrl-C (and for the step cap, and for `--timeout` in the REPL),
    /// `MemoryError` while over the memory cap. A timeout in a script flushes the
    /// output and ends the process with [`crate::runtime::limits::TIMEOUT_EXIT`].
    #[cold]
    pub fn poll_attention(&mut self) -> PyResult<()> {
        let bits = ATTENTION.load(Ordering::Relaxed);
        if bits & SIGINT != 0 {
            // A Python SIGINT handler other than `default_int_handler` is called
            // instead of raising KeyboardInterrupt.
            let h = self.python_signal_handler(libc::SIGINT as usize);
            if let Some(h) = h {
                ATTENTION.fetch_and(!SIGINT, Ordering::Relaxed);
                return self.run_signal_handler(h, libc::SIGINT as usize);
            }
            return Err(self.take_interrupt());
        }
        if bits & SIGNALS != 0 {
            ATTENTION.fetch_and(!SIGNALS, Ordering::Relaxed);
            let mut mask = PENDING_SIGNALS.swap(0, Ordering::Relaxed);
            while mask != 0 {
                let sig = mask.trailing_zeros() as usize;
                mask &= mask - 1;
                if let Some(h) = self.python_signal_handler(sig) {
                    if let Err(e) = self.run_signal_handler(h, sig) {
                        // The others stay pending for the next poll, as CPython's
                        // `_PyErr_CheckSignals` leaves them tripped.
                        if mask != 0 {
                            PENDING_SIGNALS.fetch_or(mask, Ordering::Relaxed);
                            ATTENTION.fetch_or(SIGNALS, Ordering::Relaxed);
                        }
                        return Err(e);
                    }
                }
            }
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
        if bits & SWITCH != 0 {
            ATTENTION.fetch_and(!SWITCH, Ordering::Relaxed);
            self.green_yield();
        }
        Ok(())
    }
}
