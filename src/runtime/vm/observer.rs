//! The VM's observer hook (CPython's `sys.settrace`/`sys.setprofile` idea, for the
//! `--trace` recorder): the events the recorder needs, reported through a trait so
//! the runtime does not depend on the recorder (`crate::trace` implements it).
//!
//! Each `Vm::trace_*` method is `#[cold]` and called only behind an
//! `if self.trace.is_some()` check, so a run without an observer pays one
//! predictable branch on paths that are already slow.

use crate::bytecode::TraceEvent;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};
use std::any::Any;

/// What an observer of a run is told. Each method gets the VM read-only (the
/// observer is taken out of it for the call).
pub trait Observer {
    /// An `Op::Trace` instruction ran (the frame's `ip` is up to date).
    fn on_trace_op(&mut self, vm: &Vm, ev: TraceEvent);
    /// An exception is being raised in the running frame.
    fn on_raise(&mut self, vm: &Vm, exc: Value);
    /// `r` is about to be released.
    fn on_free(&mut self, vm: &Vm, r: ObjRef);
    /// The release loop is done.
    fn flush_freed(&mut self, vm: &Vm);
    /// A collection found `garbage` (before finalizers run and references are cleared).
    fn on_collect(&mut self, vm: &Vm, gen: usize, garbage: &[ObjRef]);
    /// Program output.
    fn write_out(&mut self, s: &str);
    /// The observer itself, to get the concrete recorder back at the end of a run.
    fn into_any(self: Box<Self>) -> Box<dyn Any>;
}

impl Vm {
    /// Runs `f` with the recorder taken out of the VM (so it can read the VM).
    #[inline(never)]
    fn with_trace(&mut self, f: impl FnOnce(&mut dyn Observer, &Vm)) {
        if let Some(mut t) = self.trace.take() {
            f(&mut *t, self);
            self.trace = Some(t);
        }
    }

    /// An `Op::Trace` instruction ran (the frame's `ip` is up to date).
    #[cold]
    pub fn trace_op(&mut self, ev: TraceEvent) {
        self.with_trace(|t, vm| t.on_trace_op(vm, ev));
    }

    /// An exception is being raised in the running frame.
    #[cold]
    pub fn trace_raise(&mut self, exc: Value) {
        self.with_trace(|t, vm| t.on_raise(vm, exc));
    }

    /// `r` is about to be released.
    #[cold]
    pub fn trace_free(&mut self, r: ObjRef) {
        self.with_trace(|t, vm| t.on_free(vm, r));
    }

    /// The release loop is done.
    #[cold]
    pub fn trace_drained(&mut self) {
        self.with_trace(|t, vm| t.flush_freed(vm));
    }

    /// A collection found `garbage` (before finalizers run and references are cleared).
    #[cold]
    pub fn trace_collect(&mut self, gen: usize, garbage: &[ObjRef]) {
        self.with_trace(|t, vm| t.on_collect(vm, gen, garbage));
    }

    /// Program output.
    #[cold]
    pub fn trace_out(&mut self, s: &str) {
        if let Some(t) = self.trace.as_mut() {
            t.write_out(s);
        }
    }
}
