//! Generator objects (CPython `PyGenObject`, Objects/genobject.c).
//!
//! A generator's frame lives here, in the heap, not on the value stack: while suspended,
//! its local slots and evaluation stack are saved in `slots`. Resuming copies them onto
//! the value stack as a fresh frame, and suspending copies them back. This is the
//! stack/heap story of generators: a paused generator costs heap memory, not stack.
//!
//! This file is the data; `methods.rs` holds `send`/`throw`/`close`/`__next__` and the
//! generator arm of `next()`, `repr.rs` its repr, `resume.rs` making one and running
//! its frame (`Vm::gen_resume`), `delegate.rs` `throw`/`close` through `yield from`,
//! `coro.rs` coroutines and the `await` protocol, `asyncgen.rs` async generators,
//! `anext.rs` the `aiter`/`anext` builtins, `wrapper.rs` the `coroutine_wrapper` of a
//! coroutine's `__await__()`, `freelist.rs` the recycled payloads.

pub mod anext;
mod asyncgen;
mod coro;
mod delegate;
pub mod freelist;
pub mod methods;
mod repr;
mod resume;
pub(crate) use resume::sum_step;
mod wrapper;

use crate::bytecode::CodeObject;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

/// What a `yield` does in a generator a native consumer is draining (the frame at
/// `Vm::collect_fi`, run once to its end instead of suspending per value; see
/// `resume.rs`): `Collect` appends the value to `Vm::collect_buf` (`list()`,
/// `tuple()`, `sorted()`, `str.join`, ...); the others fold it in (`Vm::drain_take`)
/// when no Python code can run doing so, and otherwise suspend the generator and
/// hand the value to the consumer as an ordinary `yield` would.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DrainMode {
    Collect,
    /// `set(gen)` into an empty set: a str, int, float, bool or None (whose hash and
    /// comparisons run no Python code) joins `Vm::collect_buf`; any other value is
    /// yielded.
    CollectNative,
    /// `sum()`: an exact int (or bool) added to an int total, a float or int to a
    /// float total, as `builtin_sum`'s fast loops do (`Vm::drain_sum`).
    Sum,
    /// `any()`: a false None, bool, int or float is skipped.
    Any,
    /// `all()`: a true None, bool, int or float is skipped.
    All,
    /// `max()` without a key: an int (float) against an int (float) best
    /// (`Vm::drain_acc`, `Undef` before the first item) is compared natively.
    Max,
    /// `min()` without a key, as `Max`.
    Min,
    /// `dict(gen)`: a `(key, value)` tuple whose key hashes and compares natively
    /// and is not in the dict yet (`Vm::drain_acc`, borrowed) goes in, as
    /// CPython's `PyDict_MergeFromSeq2` would put it, and the tuple is let go of.
    DictPairs,
}

/// `sum()`'s running total while it is a machine number (CPython's `builtin_sum`
/// keeps `i_result` / `f_result` in C variables: no int or float object exists for a
/// partial total, and the result is a new object even when nothing was added).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SumAcc {
    Int(i64),
    Float(f64),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct GeneratorObj {
    pub code: Rc<CodeObject>,
    pub func: Value,
    pub globals: ObjRef,
    /// Saved local slots followed by the saved evaluation stack (owned).
    pub slots: Vec<Value>,
    /// Saved exception-handler blocks: (handler ip, stack depth and handled-stack
    /// depth, both relative to the frame).
    pub blocks: Vec<(u32, u32, u32)>,
    /// The exceptions the suspended frame was handling, innermost last (owned):
    /// CPython's `gi_exc_state`, what `sys.exc_info()` gives after resuming.
    pub handled: Vec<Value>,
    pub ip: u32,
    pub state: GenState,
    pub name: Value,
    pub qualname: Value,
    /// The frame object of the generator's frame while it is suspended, if one was
    /// made (owned; the VM's frame table holds it while the frame runs): one frame
    /// object for the generator's whole life, as CPython's `gi_frame`.
    pub frame_obj: Value,
    /// An async generator's bookkeeping (CPython's `PyAsyncGenObject`): an
    /// `asend`/`athrow` awaitable is running a step (`ag_running_async`, what
    /// `ag_running` shows), and the generator was closed (`ag_closed`: it ended
    /// by StopAsyncIteration or GeneratorExit, or `aclose()` began).
    pub ag_running_async: bool,
    pub ag_closed: bool,
}

impl GeneratorObj {
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        f(self.func);
        // ObjRef(0) marks globals already released by `clear_refs`.
        if self.globals.0 != 0 {
            f(Value::Obj(self.globals));
        }
        self.slots.iter().for_each(|&v| f(v));
        f(self.name);
        f(self.qualname);
        f(self.frame_obj);
        self.handled.iter().for_each(|&v| f(v));
    }

    /// Moves every reference the generator owns to `out` (its frame's slots, the
    /// function, the globals, the name and qualname), leaving it finished.
    pub fn clear_refs(&mut self, out: &mut Vec<Value>) {
        self.clear_frame(out);
        out.push(std::mem::replace(&mut self.func, Value::None));
        if self.globals.0 != 0 {
            out.push(Value::Obj(std::mem::replace(&mut self.globals, ObjRef(0))));
        }
        out.push(std::mem::replace(&mut self.name, Value::None));
        out.push(std::mem::replace(&mut self.qualname, Value::None));
        out.push(std::mem::replace(&mut self.frame_obj, Value::None));
        out.append(&mut self.handled);
        self.state = GenState::Finished;
    }

    /// Moves the references of the generator's frame to `out` and leaves it
    /// finished, as closing it does when no handler in the frame sees the
    /// GeneratorExit: a suspended generator dies as CPython 3.11's does, closed
    /// (GeneratorExit unwinds the frame, popping its evaluation stack from the top),
    /// then its frame cleared (locals, cells and free variables in order). So a
    /// `for` over a list lets go of the list (its other items die) before the loop
    /// variable.
    pub fn clear_frame(&mut self, out: &mut Vec<Value>) {
        let nlocals = self.code.nlocalsplus().min(self.slots.len());
        out.extend(self.slots[nlocals..].iter().rev());
        out.extend_from_slice(&self.slots[..nlocals]);
        self.slots.clear();
        self.state = GenState::Finished;
    }

    /// `sys.getsizeof` (CPython 3.11, 64-bit `gen_sizeof` plus the GC header): the
    /// object up to its inline frame (`offsetof(PyGenObject, gi_iframe)` and the
    /// frame's header before `localsplus`, 152 together) and one pointer for each of
    /// the code's locals, cells, free variables and value-stack slots
    /// (`co_nlocalsplus + co_stacksize`). The same for coroutines and async
    /// generators, which share the layout up to the frame.
    pub fn sizeof(&self) -> usize {
        16 + 152 + 8 * (self.code.nlocalsplus() + self.code.max_stack as usize)
    }
}

/// A coroutine that was never started (CPython's `_PyGen_Finalize` warns
/// "coroutine '...' was never awaited" when one is freed; see `coro.rs`).
pub fn never_awaited(g: &GeneratorObj) -> bool {
    g.state == GenState::Created && g.code.flags.coroutine && !g.code.flags.async_generator
}
