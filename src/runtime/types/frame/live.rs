//! Frame objects of running frames (CPython's `_PyFrame_GetFrameObject` and
//! `take_ownership`, Python/frame.c): made on first request for a frame on the VM's
//! frame stack, and handed the frame's local slots when it ends.
//!
//! `Vm::frame_objs` holds one reference to the frame object of each running frame that
//! has one, `Vm::frame_obj_at` the frame's index, ascending: the top frame has one
//! exactly when the last entry is its index, the one check a frame's return makes.
//! A function frame that has no frame object but whose `locals()` was asked for has
//! its locals dict there instead (CPython keeps `f_locals` in the interpreter frame,
//! without making a frame object): a frame object made later takes the dict over,
//! and the frame's end drops it.

use super::FrameObj;
use crate::runtime::object::Obj;
use crate::runtime::vm::frame::Frame;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};

impl Vm {
    /// The frame object of `self.frames[fi]` (borrowed: the VM holds a reference for
    /// as long as the frame runs), made on first request.
    pub fn frame_object(&mut self, fi: usize) -> ObjRef {
        // The commonest request: the top frame's (an exception passing through it),
        // the last entry when it has one.
        if self.frame_obj_at.last() == Some(&fi) {
            if let Some(&Value::Obj(r)) = self.frame_objs.last() {
                if matches!(self.heap.get(r), Obj::Frame(_)) {
                    return r;
                }
            }
        }
        // The locals dict `locals()` made, which the frame object takes over.
        let mut locals_dict = None;
        let k = match self.frame_obj_at.binary_search(&fi) {
            Ok(k) => match self.frame_objs[k] {
                Value::Obj(r) if matches!(self.heap.get(r), Obj::Frame(_)) => return r,
                Value::Obj(d) => {
                    self.frame_objs.remove(k);
                    self.frame_obj_at.remove(k);
                    locals_dict = Some(d);
                    k
                }
                _ => unreachable!("frame_objs holds frame objects and dicts"),
            },
            Err(k) => k,
        };
        let f = &self.frames[fi];
        let code = f.code.rc();
        let globals = Value::Obj(f.globals);
        let locals = f.locals.map_or(Value::None, Value::Obj);
        let lasti = f.ip.saturating_sub(1) as u32;
        let generator = f.generator;
        self.incref(globals);
        self.incref(locals);
        let locals = match locals_dict {
            Some(d) => Value::Obj(d),
            None => locals,
        };
        let r = self.heap.alloc(Obj::Frame(Box::new(FrameObj {
            code,
            globals,
            locals,
            back: Value::None,
            live: true,
            localsplus: Vec::new(),
            lasti,
            generator,
            trace: Value::None,
            trace_lines: true,
            lineno: None,
        })));
        // The frame object of a running frame is not tracked (CPython's
        // `_PyFrame_New_NoTrack`) until the frame ends or yields and the object takes
        // the frame over.
        self.heap.untrack(r);
        self.frame_objs.insert(k, Value::Obj(r));
        self.frame_obj_at.insert(k, fi);
        r
    }

    /// The locals dict of function frame `fi` (borrowed), as `locals()` uses it: the
    /// frame object's `f_locals` when it has one, else the dict kept for the frame in
    /// `frame_objs` (made on first request). Not brought up to date here.
    pub fn frame_locals_dict(&mut self, fi: usize) -> Value {
        let k = match self.frame_obj_at.binary_search(&fi) {
            Ok(k) => {
                let Value::Obj(r) = self.frame_objs[k] else {
                    unreachable!("frame_objs holds frame objects and dicts");
                };
                match self.heap.get(r) {
                    Obj::Frame(f) if !matches!(f.locals, Value::None) => return f.locals,
                    Obj::Frame(_) => {
                        let d = self.new_dict();
                        if let Obj::Frame(f) = self.heap.get_mut(r) {
                            f.locals = d;
                        }
                        return d;
                    }
                    _ => return Value::Obj(r),
                }
            }
            Err(k) => k,
        };
        let d = self.new_dict();
        self.frame_objs.insert(k, d);
        self.frame_obj_at.insert(k, fi);
        d
    }

    /// `gen.gi_frame` (owned): the frame object of generator `g`'s frame, made on
    /// first request and kept by the generator while it is suspended; None once the
    /// generator has finished.
    pub fn generator_frame(&mut self, g: ObjRef) -> Value {
        use crate::runtime::types::generator::GenState;
        let Obj::Generator(gen) = self.heap.get(g) else {
            return Value::None;
        };
        let (state, fo) = (gen.state, gen.frame_obj);
        match state {
            GenState::Finished => Value::None,
            GenState::Running => match self.frames.iter().rposition(|f| f.generator == Some(g)) {
                Some(i) => {
                    let r = self.frame_object(i);
                    self.heap.incref_obj(r);
                    Value::Obj(r)
                }
                None => Value::None,
            },
            GenState::Created | GenState::Suspended if !matches!(fo, Value::None) => {
                self.incref(fo);
                fo
            }
            GenState::Created | GenState::Suspended => {
                let Obj::Generator(gen) = self.heap.get(g) else {
                    return Value::None;
                };
                let code = gen.code.clone();
                let globals = Value::Obj(gen.globals);
                let lasti = gen.ip.checked_sub(1).unwrap_or(u32::MAX);
                self.incref(globals);
                let r = self.heap.alloc(Obj::Frame(Box::new(FrameObj {
                    code,
                    globals,
                    locals: Value::None,
                    back: Value::None,
                    live: false,
                    localsplus: Vec::new(),
                    lasti,
                    generator: Some(g),
                    trace: Value::None,
                    trace_lines: true,
                    lineno: None,
                })));
                if let Obj::Generator(gen) = self.heap.get_mut(g) {
                    gen.frame_obj = Value::Obj(r);
                }
                self.heap.incref_obj(r);
                Value::Obj(r)
            }
        }
    }

    /// The index in `frames` of the running frame whose frame object is `r`.
    pub fn frame_index_of(&self, r: ObjRef) -> Option<usize> {
        let k = self.frame_objs.iter().position(|v| v.is(Value::Obj(r)))?;
        Some(self.frame_obj_at[k])
    }

    /// Called with the frame just popped off `frames` (it was at index
    /// `frames.len()`), before its window is released: if it has a frame object, the
    /// object takes the frame's local slots (they are left `Undef` on the stack) and a
    /// counted link to the caller's frame object, and the VM drops its reference.
    #[inline(always)]
    pub fn frame_ended(&mut self, f: &Frame) {
        if self.frame_obj_at.last() == Some(&self.frames.len()) {
            self.frame_ended_slow(f);
        }
    }

    /// A generator's frame leaving the stack at a `yield` (it was at index
    /// `frames.len()`, stopped before instruction `ip`): its frame object, remembering where it stopped, goes to the
    /// generator `g` (which keeps the slots) until the frame runs again.
    #[inline(always)]
    pub fn frame_suspended(&mut self, ip: usize, g: ObjRef) {
        if self.frame_obj_at.last() == Some(&self.frames.len()) {
            debug_assert!(
                matches!(self.frame_objs.last(), Some(&Value::Obj(r)) if matches!(self.heap.get(r), Obj::Frame(_))),
                "a generator frame's locals dict lives in its frame object"
            );
            let fo = self
                .frame_objs
                .pop()
                .expect("frame_obj_at and frame_objs agree");
            self.frame_obj_at.pop();
            let lasti = ip.saturating_sub(1) as u32;
            if let Value::Obj(r) = fo {
                if let Obj::Frame(fr) = self.heap.get_mut(r) {
                    fr.live = false;
                    fr.lasti = lasti;
                }
                self.heap.track(r);
            }
            let old = match self.heap.get_mut(g) {
                Obj::Generator(gen) => std::mem::replace(&mut gen.frame_obj, fo),
                _ => fo,
            };
            self.decref(old);
        }
    }

    /// The generator `g`'s frame is on top of the stack again: its frame object, if it
    /// has one, follows the running frame once more.
    #[inline(always)]
    pub fn frame_resumed(&mut self, g: ObjRef) {
        let fo = match self.heap.get_mut(g) {
            Obj::Generator(gen) => std::mem::replace(&mut gen.frame_obj, Value::None),
            _ => return,
        };
        if let Value::Obj(r) = fo {
            if let Obj::Frame(fr) = self.heap.get_mut(r) {
                fr.live = true;
            }
            self.heap.untrack(r);
            let fi = self.frames.len() - 1;
            let k = self.frame_obj_at.partition_point(|&i| i < fi);
            self.frame_objs.insert(k, fo);
            self.frame_obj_at.insert(k, fi);
        }
    }

    #[inline(never)]
    fn frame_ended_slow(&mut self, f: &Frame) {
        let fo = self
            .frame_objs
            .pop()
            .expect("frame_obj_at and frame_objs agree");
        self.frame_obj_at.pop();
        if !matches!(fo, Value::Obj(r) if matches!(self.heap.get(r), Obj::Frame(_))) {
            // Only the locals dict of `locals()`: it dies with the frame, after the
            // local slots, as `_PyFrame_Clear` releases them.
            let n = f.code.nlocalsplus();
            for i in f.base..f.base + n {
                let v = std::mem::replace(&mut self.stack[i], Value::Undef);
                self.decref(v);
            }
            self.decref(fo);
            return;
        }
        let mut slots = Vec::new();
        let mut back = Value::None;
        {
            let n = f.code.nlocalsplus();
            slots.extend(
                self.stack[f.base..f.base + n]
                    .iter_mut()
                    .map(|s| std::mem::replace(s, Value::Undef)),
            );
            if let Some(top) = self.frames.len().checked_sub(1) {
                let b = self.frame_object(top);
                self.heap.incref_obj(b);
                back = Value::Obj(b);
            }
        }
        let lasti = f.ip.saturating_sub(1) as u32;
        if let Value::Obj(r) = fo {
            if let Obj::Frame(fr) = self.heap.get_mut(r) {
                fr.live = false;
                fr.lasti = lasti;
                fr.localsplus = slots;
                back = std::mem::replace(&mut fr.back, back);
            }
            // `take_ownership`: the frame object now owns the frame and is tracked.
            self.heap.track(r);
        }
        self.decref(back);
        self.decref(fo);
    }
}
