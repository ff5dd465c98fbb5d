//! Resource limits: `--max-memory`, `--timeout` and the step cap used by the fuzz
//! targets.
//!
//! All three are delivered through the same "attention" flag the eval loop already
//! polls for Ctrl-C (`interrupt::pending`, checked on loop back-edges and at Python
//! function entry), so when no limit is set they cost nothing beyond that one relaxed
//! load.
//!
//! # Memory
//! [`CountingAlloc`] wraps the system allocator. While a cap is set it counts the
//! *real bytes* mempy has allocated and not freed (every Rust allocation of the
//! process: objects, their buffers, the interpreter's tables), and the cap applies to
//! the growth after start-up (`set_memory_cap` records the baseline). Two checks raise
//! `MemoryError`:
//! - before every allocation whose size the program controls (`[0] * n`,
//!   `'x' * n`, `list(range(n))`, `str.ljust(n)`, ...), [`can_allocate`] refuses a
//!   request that would cross the cap, so the allocation is never attempted;
//! - gradual growth (a dict filled in a loop) is caught at the next poll after the
//!   allocator saw the total cross the cap, so the overshoot is at most one container
//!   resize.
//!
//! With no cap the allocator only forwards to `smallalloc` (one relaxed load per
//! call).

use super::smallalloc;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

/// True while a memory cap is set (the allocator counts only then).
static COUNTING: AtomicBool = AtomicBool::new(false);
/// Bytes allocated and not yet freed since counting started (may dip below zero by
/// what was allocated before and freed after; it is only compared with `LIMIT`).
static IN_USE: AtomicIsize = AtomicIsize::new(0);
/// The highest allowed `IN_USE` (baseline + cap).
static LIMIT: AtomicIsize = AtomicIsize::new(isize::MAX);
/// The cap as given by the user, for messages.
static CAP: AtomicUsize = AtomicUsize::new(0);

/// The global allocator of the `mempy` binary and the fuzz targets.
pub struct CountingAlloc;

#[inline(always)]
fn note(delta: isize) {
    if COUNTING.load(Ordering::Relaxed) {
        let now = IN_USE.fetch_add(delta, Ordering::Relaxed) + delta;
        if delta > 0 && now > LIMIT.load(Ordering::Relaxed) {
            crate::runtime::interrupt::request_memory();
        }
    }
}

// SAFETY: every method forwards to `smallalloc` (the small-block cache over
// `System`) with the caller's layout unchanged; the bookkeeping only touches atomics
// and never allocates.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = smallalloc::alloc(layout);
        if !p.is_null() {
            note(layout.size() as isize);
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = if layout.size() <= smallalloc::MAX_SMALL {
            let p = smallalloc::alloc(layout);
            if !p.is_null() {
                std::ptr::write_bytes(p, 0, layout.size());
            }
            p
        } else {
            System.alloc_zeroed(layout)
        };
        if !p.is_null() {
            note(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        smallalloc::dealloc(ptr, layout);
        note(-(layout.size() as isize));
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = smallalloc::realloc(ptr, layout, new_size);
        if !p.is_null() {
            note(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Caps the memory the program may allocate from now on at `bytes` (real bytes, see
/// the module header). Effective only where `CountingAlloc` is the global allocator.
pub fn set_memory_cap(bytes: usize) {
    COUNTING.store(false, Ordering::Relaxed);
    IN_USE.store(0, Ordering::Relaxed);
    LIMIT.store(bytes.min(isize::MAX as usize) as isize, Ordering::Relaxed);
    CAP.store(bytes, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
}

/// Removes the memory cap.
pub fn clear_memory_cap() {
    COUNTING.store(false, Ordering::Relaxed);
    LIMIT.store(isize::MAX, Ordering::Relaxed);
}

/// Whether allocating `bytes` more stays within the cap (always true without one).
#[inline]
pub fn can_allocate(bytes: usize) -> bool {
    if !COUNTING.load(Ordering::Relaxed) {
        return true;
    }
    let now = IN_USE.load(Ordering::Relaxed);
    (bytes as u128 as i128) + (now as i128) <= LIMIT.load(Ordering::Relaxed) as i128
}

/// Whether the program is currently above the cap.
pub fn over_memory_cap() -> bool {
    COUNTING.load(Ordering::Relaxed)
        && IN_USE.load(Ordering::Relaxed) > LIMIT.load(Ordering::Relaxed)
}

/// `Vec::try_reserve` that also respects the memory cap: for buffers whose size the
/// program controls. False means "raise MemoryError".
pub fn try_reserve<T>(v: &mut Vec<T>, additional: usize) -> bool {
    let bytes = additional.saturating_mul(std::mem::size_of::<T>());
    can_allocate(bytes) && v.try_reserve(additional).is_ok()
}

/// `String::try_reserve` that also respects the memory cap.
pub fn try_reserve_str(s: &mut String, additional: usize) -> bool {
    can_allocate(additional) && s.try_reserve(additional).is_ok()
}

/// Whether a buffer of `bytes` could be allocated now: within the cap, and granted by
/// the system (probed with a fallible reservation that is released at once; it is
/// never touched, so it costs no real memory). For results whose size the program
/// controls but which are built by code that grows infallibly.
pub fn check_alloc(bytes: usize) -> bool {
    if bytes < (1 << 20) {
        return true;
    }
    can_allocate(bytes) && Vec::<u8>::new().try_reserve_exact(bytes).is_ok()
}

impl crate::runtime::vm::Vm {
    /// `Err(MemoryError)` unless a buffer of `bytes` can be allocated ([`check_alloc`]).
    pub fn ensure_alloc(&mut self, bytes: usize) -> crate::runtime::vm::PyResult<()> {
        if check_alloc(bytes) {
            Ok(())
        } else {
            Err(self.err_noargs("MemoryError"))
        }
    }
}

/// Parses a `--max-memory` size: a number of bytes with an optional `K`, `M`, `G`
/// suffix (powers of 1024; `KB`/`MiB`-style spellings accepted).
pub fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: usize = num.parse().ok()?;
    let mult: usize = match unit.to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" | "KIB" => 1 << 10,
        "M" | "MB" | "MIB" => 1 << 20,
        "G" | "GB" | "GIB" => 1 << 30,
        "T" | "TB" | "TIB" => 1 << 40,
        _ => return None,
    };
    n.checked_mul(mult).filter(|&b| b > 0)
}

// ----- time ---------------------------------------------------------------------------

/// Bumped by every `arm_timeout`/`disarm_timeout`, so a watchdog thread of an earlier
/// arming never fires for a later statement.
static TIMER_GEN: AtomicU64 = AtomicU64::new(0);
/// The configured `--timeout`, in milliseconds (0: none), for messages.
static TIMEOUT_MS: AtomicU64 = AtomicU64::new(0);
/// Exit status of a script stopped by `--timeout` (the one coreutils' `timeout` uses).
pub const TIMEOUT_EXIT: i32 = 124;

/// Sets the `--timeout` limit that [`arm_timeout`] applies.
pub fn configure_timeout(limit: Duration) {
    TIMEOUT_MS.store((limit.as_millis() as u64).max(1), Ordering::Relaxed);
}

/// Starts a watchdog for the configured timeout (none configured: nothing): when it
/// expires, the running code is stopped at its next poll. If it does not reach a poll within a grace period (stuck in one native operation,
/// e.g. a huge `sorted`), the watchdog ends the process itself with the same message
/// and status — the only path on which buffered output can be lost.
pub fn arm_timeout() {
    let ms = TIMEOUT_MS.load(Ordering::Relaxed);
    if ms == 0 {
        return;
    }
    let limit = Duration::from_millis(ms);
    let gen = TIMER_GEN.fetch_add(1, Ordering::SeqCst) + 1;
    let spawned = std::thread::Builder::new()
        .name("mempy-timeout".into())
        .spawn(move || {
            std::thread::sleep(limit);
            if TIMER_GEN.load(Ordering::SeqCst) != gen {
                return;
            }
            crate::runtime::interrupt::request_timeout();
            std::thread::sleep(Duration::from_secs(2));
            if TIMER_GEN.load(Ordering::SeqCst) == gen
                && crate::runtime::interrupt::timeout_pending()
            {
                crate::eprintln_safe!("{} (stuck in a native operation)", timeout_message());
                // SAFETY: `_exit` only ends the process; nothing is accessed afterwards.
                unsafe { libc::_exit(TIMEOUT_EXIT) };
            }
        });
    if spawned.is_err() {
        crate::eprintln_safe!("mempy: cannot start the --timeout watchdog");
    }
}

/// Cancels the watchdog of the last `arm_timeout` (the REPL arms one per input).
pub fn disarm_timeout() {
    TIMER_GEN.fetch_add(1, Ordering::SeqCst);
    crate::runtime::interrupt::clear_timeout();
}

/// The message printed when `--timeout` stops a program.
pub fn timeout_message() -> String {
    let ms = TIMEOUT_MS.load(Ordering::Relaxed);
    let secs = if ms.is_multiple_of(1000) {
        format!("{}", ms / 1000)
    } else {
        format!("{}", ms as f64 / 1000.0)
    };
    format!(
        "mempy: timeout: stopped after {} s (--timeout {})",
        secs, secs
    )
}

/// Parses a `--timeout` value: seconds, possibly fractional, > 0.
pub fn parse_seconds(s: &str) -> Option<Duration> {
    let f: f64 = s.trim().parse().ok()?;
    if f.is_finite() && f > 0.0 && f < 1e9 {
        Some(Duration::from_secs_f64(f))
    } else {
        None
    }
}

// ----- steps (fuzzing) ----------------------------------------------------------------

/// Remaining polls before the step cap stops the program (`u64::MAX`: no cap).
static STEPS_LEFT: AtomicU64 = AtomicU64::new(u64::MAX);

/// Caps the number of polls (loop back-edges and Python calls) the program may make;
/// past it every poll raises, so loops and recursion unwind. Used by the fuzz targets
/// for deterministic time bounds.
pub fn set_step_cap(polls: u64) {
    STEPS_LEFT.store(polls, Ordering::Relaxed);
    if polls != u64::MAX {
        crate::runtime::interrupt::request_steps();
    } else {
        crate::runtime::interrupt::clear_steps();
    }
}

/// Counts one poll against the step cap; true when the cap is exhausted.
pub fn step_exhausted() -> bool {
    let left = STEPS_LEFT.load(Ordering::Relaxed);
    if left == u64::MAX {
        return false;
    }
    if left == 0 {
        return true;
    }
    STEPS_LEFT.store(left - 1, Ordering::Relaxed);
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("512M"), Some(512 << 20));
        assert_eq!(parse_size("2g"), Some(2 << 30));
        assert_eq!(parse_size("100"), Some(100));
        assert_eq!(parse_size("1KiB"), Some(1024));
        assert_eq!(parse_size("0"), None);
        assert_eq!(parse_size("12X"), None);
        assert_eq!(parse_size("M"), None);
    }

    #[test]
    fn seconds_parse() {
        assert_eq!(parse_seconds("1.5"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_seconds("0"), None);
        assert_eq!(parse_seconds("-1"), None);
        assert_eq!(parse_seconds("inf"), None);
    }
}
