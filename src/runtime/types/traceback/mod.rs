//! Traceback objects (CPython's `PyTracebackObject`, Python/traceback.c): one entry
//! per frame an exception passed through, linked from the outermost frame
//! (`exc.__traceback__`) inwards by `tb_next`. Each holds the frame object, so a
//! traceback keeps its frames, and through them their locals, alive.
//!
//! This file is the data; `attrs.rs` holds making entries (`PyTraceBack_Here`) and
//! the `tb_*` attributes.

pub mod attrs;

use crate::value::Value;

pub struct TracebackObj {
    /// `tb_next` (owned traceback or None).
    pub next: Value,
    /// `tb_frame` (owned frame object).
    pub frame: Value,
    /// The instruction index that was running (`tb_lasti` is twice it, as CPython
    /// counts in two-byte code units).
    pub lasti: u32,
    pub lineno: u32,
}

/// `sys.getsizeof` of a traceback (CPython 3.11, 64-bit, with its GC header).
pub const TRACEBACK_SIZEOF: usize = 56;

impl TracebackObj {
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        f(self.next);
        f(self.frame);
    }

    /// Moves the references out, in `traverse`'s order (CPython's `tb_clear`): one
    /// traceback dies with every caught exception, so this skips the generic path's
    /// visitor.
    pub fn clear_refs(&mut self, out: &mut Vec<Value>) {
        out.push(std::mem::replace(&mut self.next, Value::None));
        out.push(std::mem::replace(&mut self.frame, Value::None));
    }
}
