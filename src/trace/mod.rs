//! `mempy --trace`: records a run step by step (frames on the value stack, the heap
//! objects they reach, frees and collections) and writes it as JSON
//! (`--trace-json`, see `docs/trace-format.md`) or as a self-contained web page
//! (`--trace`) that replays it.
//!
//! The VM reports events through the `Vm::trace_*` methods below, each called from
//! a single `if self.trace.is_some()` check on a path that is already slow (raising,
//! releasing objects, collecting, writing output) or from an `Op::Trace`
//! instruction, which the compiler emits only into the traced file's code. A run
//! without `--trace` executes no tracing code at all.

pub mod html;
pub mod json;
pub mod recorder;

pub use recorder::{Recorder, DEFAULT_LIMIT};

use crate::bytecode::TraceEvent;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// Runs `f` with the recorder taken out of the VM (so it can read the VM).
    #[inline(never)]
    fn with_trace(&mut self, f: impl FnOnce(&mut Recorder, &Vm)) {
        if let Some(mut t) = self.trace.take() {
            f(&mut t, self);
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

    /// Starts recording a run of `file` (call before compiling it).
    pub fn start_trace(&mut self, file: &str, source: &str, limit: usize) {
        crate::compiler::set_trace_file(Some(file));
        self.trace = Some(Box::new(Recorder::new(self, file, source, limit)));
    }

    /// Stops recording after the program ended with `code`; returns the recording.
    pub fn finish_trace(&mut self, code: i32) -> Option<Box<Recorder>> {
        crate::compiler::set_trace_file(None);
        let mut t = self.trace.take()?;
        t.finish(self, code);
        Some(t)
    }
}
