//! `mempy --trace`: records a run step by step (frames on the value stack, the heap
//! objects they reach, frees and collections) and writes it as JSON
//! (`--trace-json`, see `docs/trace-format.md`) or as a self-contained web page
//! (`--trace`) that replays it.
//!
//! The VM reports events to its observer (`runtime::vm::observer`), each call made
//! from a single `if self.trace.is_some()` check on a path that is already slow
//! (raising, releasing objects, collecting, writing output) or from an `Op::Trace`
//! instruction, which the compiler emits only into the traced file's code. A run
//! without `--trace` executes no tracing code at all. The [`Recorder`] is that
//! observer; the VM knows it only through the trait.

pub mod html;
pub mod json;
pub mod memprof;
pub mod recorder;

pub use recorder::{Recorder, DEFAULT_LIMIT};

use crate::runtime::vm::Vm;

/// Starts recording a run of `file` (call before compiling it).
pub fn start(vm: &mut Vm, file: &str, source: &str, limit: usize) {
    crate::compiler::set_trace_file(Some(file));
    vm.trace = Some(Box::new(Recorder::new(vm, file, source, limit)));
    // The recorder sees every free in the VM's drain (heap invariant 2).
    vm.heap.defer_frees = true;
}

/// Stops recording after the program ended with `code`; returns the recording.
pub fn finish(vm: &mut Vm, code: i32) -> Option<Box<Recorder>> {
    crate::compiler::set_trace_file(None);
    vm.heap.defer_frees = false;
    let mut t = vm.trace.take()?.into_any().downcast::<Recorder>().ok()?;
    t.finish(vm, code);
    t.end_progress();
    Some(t)
}
