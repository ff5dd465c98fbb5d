//! Frame objects (CPython's `PyFrameObject`, Objects/frameobject.c): the Python view
//! of one activation record, made on demand (a traceback entry, `sys._getframe`).
//!
//! While its frame runs, a frame object is a window: it owns nothing of the frame,
//! reads the frame's locals and position from the VM's frame stack, and the VM holds
//! one reference to it (`Vm::frame_objs`, CPython's `_PyInterpreterFrame.frame_obj`).
//! When the frame ends while the object is still referenced (a traceback holds it),
//! the object takes ownership of the frame's local slots, as CPython's
//! `take_ownership` does: the locals of a function that raised stay alive as long
//! as the traceback does, and its `f_back` becomes a counted link to the caller's
//! frame object.
//!
//! This file is the data; `live.rs` makes frame objects for the VM's frames and hands
//! the slots over when a frame ends, `attrs.rs` holds the `f_*` attributes.

pub mod attrs;
pub mod live;

use crate::bytecode::CodeObject;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

pub struct FrameObj {
    pub code: Rc<CodeObject>,
    /// `f_globals` (owned).
    pub globals: Value,
    /// The namespace dict of module and class-body code (owned), else None.
    pub locals: Value,
    /// `f_back` once the frame has ended (owned frame object or None); while it runs
    /// the caller is found on the VM's frame stack.
    pub back: Value,
    /// True while the frame is on the VM's frame stack.
    pub live: bool,
    /// The frame's local and cell slots (owned), once it has ended.
    pub localsplus: Vec<Value>,
    /// The index of the last instruction run, once the frame has ended (or was
    /// suspended, for a generator's frame).
    pub lasti: u32,
    /// The generator whose frame this is (not counted: the generator owns this object
    /// while suspended). Read only after checking that the generator still holds this
    /// frame object, which also proves the generator alive: while suspended, the
    /// locals live in the generator, and `f_locals` reads them there.
    pub generator: Option<ObjRef>,
    /// `f_trace` (owned): the local trace function `sys.settrace`'s events go to.
    pub trace: Value,
    /// `f_trace_lines`: whether the local trace function gets 'line' events.
    pub trace_lines: bool,
    /// The line `f_lineno` reads while a trace function is told of an event in this
    /// frame (CPython's `f_lineno` field, set by `call_trace`).
    pub lineno: Option<u32>,
}

impl FrameObj {
    /// CPython's `frame_traverse`: the caller's frame object, then the frame's own
    /// references.
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        f(self.back);
        f(self.globals);
        f(self.locals);
        f(self.trace);
        self.localsplus.iter().for_each(|&v| f(v));
    }

    /// CPython's `frame_tp_clear`: drops every reference.
    pub fn clear_refs(&mut self, out: &mut Vec<Value>) {
        out.push(std::mem::replace(&mut self.back, Value::None));
        out.push(std::mem::replace(&mut self.globals, Value::None));
        out.push(std::mem::replace(&mut self.locals, Value::None));
        out.push(std::mem::replace(&mut self.trace, Value::None));
        out.append(&mut self.localsplus);
    }

    /// `sys.getsizeof`: CPython 3.11's `frame_sizeof` (the frame object's 48 bytes
    /// up to its inline `_PyInterpreterFrame`, that frame's 72-byte header, its
    /// local and stack slots) plus the GC header.
    pub fn sizeof(&self) -> usize {
        16 + 48 + 72 + 8 * (self.code.nlocalsplus() + self.code.max_stack as usize)
    }
}
