//! What the Python-written `asyncio` and `contextvars` (`py/asyncio.py`,
//! `py/contextvars.py`) need from the VM: which of their functions stand for C code in
//! CPython (`_asyncio.Future`, `_asyncio.Task`, `_contextvars`), whose frames CPython's
//! tracebacks therefore never show.

use crate::bytecode::CodeObject;

/// True when a frame running `code` adds no traceback entry: the methods of `Future`
/// and `Task` in `<frozen asyncio>` and everything in `<frozen contextvars>`. In
/// CPython these are C functions, so an exception from an awaited future reaches the
/// awaiting coroutine's frame directly (no `__await__`/`result` frames), a task's
/// stored exception starts at its coroutine (no step frame), and `Context.run` adds
/// nothing between a callback and its caller.
pub fn hidden_from_traceback(code: &CodeObject) -> bool {
    match &*code.filename {
        "<frozen asyncio>" => {
            let q = code.qualname.as_str();
            (q.starts_with("Future.") || q.starts_with("Task.")) && !q.contains(".<locals>.")
        }
        "<frozen contextvars>" => true,
        _ => false,
    }
}
