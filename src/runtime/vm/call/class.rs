//! Calling a class: CPython's `type_call` (Objects/typeobject.c: `__new__`, then
//! `__init__` when the result is an instance of the class) and its value-stack
//! specialisations, which run a Python `__init__` as a frame of the dispatch loop
//! (CPython 3.12's `CALL_ALLOC_AND_ENTER_INIT`) instead of a nested call.
//!
//! The forms, fastest first, all with `type_call`'s semantics:
//! - `fast_class_call` (from the inlined `fast_function_call`): the class's
//!   constructor cache (`ClassObj::ctor_init`) says `object.__new__` then a plain
//!   Python `__init__`, and the call needs no binding: no lookups, nothing can fail;
//! - `call_class_init` (from `call_at`): the same cache hit, any arguments;
//! - `call_user_class` (from `call_at`): the general value-stack form, which fills
//!   the cache;
//! - `type_call`: the native form (`type.__call__`, native callers), used by the
//!   others when the class has its own `__new__`.
//!
//! Making classes (`type_new`) is `types/class/new.rs`'s.

use super::super::frame::FrameCode;
use super::super::{PyResult, Vm};
use crate::runtime::object::Obj;
use crate::runtime::types::class::{BuiltinType, ExcState, InstanceObj};
use crate::runtime::types::function::KwArgs;
use crate::value::{ObjRef, Value};

impl Vm {
    /// `cls(*args, **kw)` with `type.__call__`'s rules (CPython's `type_call`):
    /// `__new__`, then `__init__` if the result is an instance of `cls`. The native
    /// form, for `type.__call__`, builtin constructors and native callers.
    pub fn type_call(&mut self, cls: ObjRef, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        let kind = self.class_kind(cls);
        if !matches!(kind, BuiltinType::User | BuiltinType::Exception) {
            return self.call_builtin_class(cls, args, kw);
        }
        if kind == BuiltinType::User {
            // An exception's packed arguments become its `args` (`object_new`
            // below builds that tuple); a plain class's are freed after the call.
            let py_init = !kw.is_empty()
                && {
                    let init = self.class_lookup(cls, self.names.init);
                    let py = matches!(init, Some(Value::Obj(f)) if matches!(self.heap.get(f), Obj::Function(_)));
                    if let Some(i) = init {
                        self.decref(i);
                    }
                    py
                };
            let packed = self.take_class_call_args(args.len(), kw.len(), py_init);
            if packed != 0 {
                let mut all = args.to_vec();
                all.extend(kw.iter().map(|&(_, v)| v));
                self.heap.hold_class_call_args(packed, &all, false, None);
            }
            let r = self.type_call_inner(cls, kind, args, kw);
            self.heap.class_call_args_done(packed);
            return r;
        }
        self.type_call_inner(cls, kind, args, kw)
    }

    fn type_call_inner(
        &mut self,
        cls: ObjRef,
        kind: BuiltinType,
        args: &[Value],
        kw: KwArgs,
    ) -> PyResult<Value> {
        if args.is_empty() && kw.is_empty() {
            if let Some(v) = self.new_empty_container_instance(cls) {
                return Ok(v);
            }
        }
        let new_k = self.names.new;
        let inst = match self.class_lookup(cls, new_k) {
            Some(new) => {
                // `cls.__new__` as the class attribute lookup gives it (CPython's
                // `slot_tp_new` reads it with `PyObject_GetAttr`): a staticmethod's
                // function, a classmethod bound to the class, a descriptor's `__get__`.
                let f = match new {
                    Value::Obj(r) => match self.heap.get(r) {
                        Obj::StaticMethod(f, ..) => {
                            let f = *f;
                            self.incref(f);
                            self.decref(new);
                            f
                        }
                        Obj::ClassMethod(f, ..) => {
                            let f = *f;
                            let b = self.classmethod_bind(f, Value::Obj(cls));
                            self.decref(new);
                            b?
                        }
                        Obj::Instance(_) => {
                            if self.descr_flags(new) & crate::runtime::vm::descriptor::DESCR_GET
                                != 0
                            {
                                self.descr_get(new, Value::None, cls)?
                            } else {
                                new
                            }
                        }
                        _ => new,
                    },
                    _ => new,
                };
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Obj(cls));
                full.extend_from_slice(args);
                let unpacked = self.hold_unpacked_kw(f, &full, kw);
                let r = self.call_value(f, &full, kw);
                self.release_unpacked_kw(unpacked, &full, kw);
                self.decref(f);
                r?
            }
            None => {
                if (!args.is_empty() || !kw.is_empty()) && kind == BuiltinType::User {
                    let init_k = self.names.init;
                    if self.object_override(cls, init_k).is_none() {
                        let n = self.class_name(cls);
                        return Err(self.type_error(format!("{}() takes no arguments", n)));
                    }
                }
                self.object_new(
                    cls,
                    if kind == BuiltinType::Exception {
                        args
                    } else {
                        &[]
                    },
                    kw,
                )?
            }
        };
        if !self.is_instance(inst, cls) {
            return Ok(inst);
        }
        // The `__init__` of the object's own type, which `__new__` may have made a
        // subclass of `cls` (CPython's `type_call` runs `Py_TYPE(obj)->tp_init`).
        let init_k = self.names.init;
        let it = self.type_of(inst);
        if let Some(init) = self.class_lookup(it, init_k) {
            let mut full = Vec::new();
            if !kw.is_empty() {
                full.push(inst);
                full.extend_from_slice(args);
            }
            let unpacked = self.hold_unpacked_kw(init, &full, kw);
            let r = self.call_special_kw(init, inst, args, kw);
            self.release_unpacked_kw(unpacked, &full, kw);
            self.decref(init);
            match r {
                Ok(Value::None) => {}
                Ok(x) => {
                    let tn = self.type_name(x);
                    self.decref(x);
                    self.decref(inst);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{}'", tn))
                    );
                }
                Err(e) => {
                    self.decref(inst);
                    return Err(e);
                }
            }
        }
        Ok(inst)
    }

    /// `cls(args)` for a user (or heap exception) class on the value stack, when the
    /// constructor cache missed: `object.__new__` inline, then a Python `__init__` as a
    /// frame (anything else through `type_call`). Fills the constructor cache.
    pub(super) fn call_user_class(
        &mut self,
        cls: ObjRef,
        slot: usize,
        n: usize,
        kwnames: Option<Value>,
        ret_slot: usize,
    ) -> PyResult<bool> {
        let is_exc = self.is_subclass(cls, self.types.base_exception);
        // A user-defined __new__, or a builtin base's (whose instances carry a payload),
        // is called through the generic path.
        let payload = matches!(self.heap.get(cls), Obj::Class(c) if c.solid.has_payload());
        if payload || !self.uses_default_new(cls) {
            return self.call_class_generic(cls, slot, n, kwnames, ret_slot);
        }
        self.heap.incref_obj(cls);
        let hint = match self.heap.get(cls) {
            Obj::Class(c) => c.attrs_hint as usize,
            _ => 0,
        };
        let mut inst = InstanceObj::with_attrs_capacity(cls, hint);
        if is_exc {
            let (args, _) = self.window_args(None, slot, n, kwnames);
            let t = self.exc_args_tuple(&args);
            inst.set_exc(ExcState::new(t));
        }
        let iv = self.heap.new_value(Obj::Instance(inst));
        let init = self.class_lookup(cls, self.names.init);
        let plain_init = match init {
            Some(Value::Obj(f)) if !is_exc && matches!(self.heap.get(f), Obj::Function(_)) => {
                Some(f)
            }
            _ => None,
        };
        let exc_plain = is_exc && matches!(init, Some(i) if self.is_base_exception_init(i));
        // Remember the outcome for the next call of this class (see `call_class_init`
        // and `call_plain_exc_class`).
        let epoch = self.class_epoch;
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            c.ctor_epoch = epoch;
            c.ctor_init = plain_init;
            c.ctor_exc = exc_plain;
        }
        match init {
            Some(Value::Obj(f)) if matches!(self.heap.get(f), Obj::Function(_)) => {
                // Replace the class at `slot` with the instance as `self` argument:
                // shift args up by one, put __init__ below.
                if self.sp + 1 >= self.stack.len() {
                    self.heap.decref_obj(f);
                    self.decref(iv);
                    return Err(self.stack_exhausted());
                }
                self.place_init_self(cls, f, iv, slot);
                // The window holds its own reference to `f` now; the class dict keeps
                // it alive, so dropping the lookup's never frees it.
                self.heap.decref_obj(f);
                let code = match self.heap.get(f) {
                    Obj::Function(func) => func.code.clone(),
                    _ => unreachable!(),
                };
                let nkw = self.kwnames_len(kwnames);
                let packed = self.take_class_call_args(n - nkw, nkw, true);
                self.hold_init_frame_args(packed, slot, n, nkw, iv);
                let depth = self.frames.len();
                let r = self.push_function_frame(f, code, slot, n + 1, kwnames, ret_slot, iv);
                let pushed = matches!(r, Ok(true)) && self.frames.len() > depth;
                self.hand_class_call_args(packed, pushed);
                r
            }
            Some(init) if n > 0 && !is_exc && self.uses_object_init(cls) => {
                // `object.__new__` rejects the arguments before `object.__init__` runs.
                self.decref(init);
                self.decref(iv);
                let name = self.class_name(cls);
                Err(self.type_error(format!("{}() takes no arguments", name)))
            }
            Some(init) if exc_plain && kwnames.is_none() => {
                // `BaseException.__init__` would store the arguments tuple again:
                // CPython's `type_call` hands `tp_new` and `tp_init` the same tuple,
                // so the instance already holds what the call would leave.
                self.decref(init);
                self.drop_to(ret_slot);
                self.push(iv);
                Ok(false)
            }
            Some(init) => {
                // A native or exotic __init__ (e.g. inherited from an exception class).
                let (args, kw) = self.window_args(Some(iv), slot, n, kwnames);
                let packed = if is_exc {
                    0
                } else {
                    self.take_class_call_args(args.len() - 1, kw.len(), false)
                };
                if packed != 0 {
                    let mut all = args[1..].to_vec();
                    all.extend(kw.iter().map(|&(_, v)| v));
                    self.heap.hold_class_call_args(packed, &all, false, None);
                }
                let r = self.call_special_kw(init, iv, &args[1..], &kw);
                self.heap.class_call_args_done(packed);
                self.decref(init);
                self.drop_to(ret_slot);
                match r {
                    Ok(v) => {
                        self.decref(v);
                        self.push(iv);
                        Ok(false)
                    }
                    Err(e) => {
                        self.decref(iv);
                        Err(e)
                    }
                }
            }
            None => {
                if n > 0 && !is_exc {
                    self.decref(iv);
                    let name = self.class_name(cls);
                    return Err(self.type_error(format!("{}() takes no arguments", name)));
                }
                self.drop_to(ret_slot);
                self.push(iv);
                Ok(false)
            }
        }
    }

    /// `cls(args)` for an exception class whose constructor cache (`ctor_exc`) says
    /// it keeps `BaseException`'s `__new__` and `__init__`: what `call_user_class`
    /// does for it, without looking them up again. The instance's `args` is the
    /// call's argument tuple (CPython's `type_call` hands it to both).
    pub(super) fn call_plain_exc_class(
        &mut self,
        cls: ObjRef,
        hint: usize,
        slot: usize,
        n: usize,
        ret_slot: usize,
    ) -> PyResult<bool> {
        self.heap.incref_obj(cls);
        let mut inst = InstanceObj::with_attrs_capacity(cls, hint);
        let items = self.stack[slot + 1..slot + 1 + n].to_vec();
        let t = if self.call_args_tuple.is_undef() {
            for &a in &items {
                self.incref(a);
            }
            self.new_tuple(items)
        } else {
            self.exc_args_tuple(&items)
        };
        inst.set_exc(ExcState::new(t));
        let iv = self.heap.new_value(Obj::Instance(inst));
        self.drop_to(ret_slot);
        self.push(iv);
        Ok(false)
    }

    /// Whether `init` is `BaseException.__init__` itself (builtin types' attributes
    /// cannot be reassigned, so identity with its class dict entry decides).
    fn is_base_exception_init(&mut self, init: Value) -> bool {
        let be = self.types.base_exception;
        match self.class_lookup(be, self.names.init) {
            Some(b) => {
                self.decref(b);
                b.is(init)
            }
            None => false,
        }
    }

    /// The arguments CPython packs to call a Python class with `nargs` positional and
    /// `nkw` keyword arguments (`Heap::class_call_args`), unless `CALL_FUNCTION_EX`
    /// passed a tuple it already had. Returns what `Heap::class_call_args_done` takes.
    #[inline]
    pub(crate) fn take_class_call_args(&mut self, nargs: usize, nkw: usize, py_init: bool) -> u32 {
        if !std::mem::replace(&mut self.call_args_tuple, Value::Undef).is_undef() {
            return 0;
        }
        self.heap.class_call_args(nargs, nkw, py_init)
    }

    /// The `args` tuple of an exception made by calling its class with `args`: the
    /// tuple `CALL_FUNCTION_EX` called it with when there is one (CPython's
    /// `BaseException_new` keeps the tuple `type_call` got, so `E(*t).args is t`),
    /// else a new one. Owned.
    pub(crate) fn exc_args_tuple(&mut self, args: &[Value]) -> Value {
        let given = std::mem::replace(&mut self.call_args_tuple, Value::Undef);
        if let Value::Obj(t) = given {
            if let Obj::Tuple(items) = self.heap.get(t) {
                if items.len() == args.len() && items.iter().zip(args).all(|(a, b)| a.is(*b)) {
                    self.heap.incref_obj(t);
                    return given;
                }
            }
        }
        for &a in args {
            self.incref(a);
        }
        self.new_tuple(args.to_vec())
    }

    /// The references to the `n` arguments (`nkw` of them keyword values) of a
    /// class call turned into an `__init__` frame at `slot` (`place_init_self`:
    /// the instance `iv` at `slot + 1`, the arguments above it) that CPython holds
    /// and the frame, which took the caller's over as its locals, does not: the
    /// caller's stack's, the packed tuple's and dict's, and with keywords
    /// `_PyStack_UnpackDict`'s (`Heap::hold_class_call_args`). Released with the
    /// packed arguments when the frame ends.
    #[inline]
    fn hold_init_frame_args(&mut self, packed: u32, slot: usize, n: usize, nkw: usize, iv: Value) {
        if packed != 0 {
            let args = &self.stack[slot + 2..slot + 2 + n];
            self.heap
                .hold_class_call_args(packed, args, true, (nkw > 0).then_some(iv));
        }
    }

    /// `_PyStack_UnpackDict`'s copies of the arguments `full` (the receiver first)
    /// and keyword values `kw` when `slot_tp_new`/`slot_tp_init` call a Python
    /// function `f` with keywords: held while it runs. Returns whether it held any.
    fn hold_unpacked_kw(&mut self, f: Value, full: &[Value], kw: KwArgs) -> bool {
        let py = matches!(f, Value::Obj(r) if matches!(self.heap.get(r), Obj::Function(_)));
        if kw.is_empty() || !py {
            return false;
        }
        for &v in full.iter().chain(kw.iter().map(|(_, v)| v)) {
            self.incref(v);
        }
        true
    }

    /// Lets go of what `hold_unpacked_kw` held, first to last
    /// (`_PyStack_UnpackDict_Free`).
    fn release_unpacked_kw(&mut self, held: bool, full: &[Value], kw: KwArgs) {
        if held {
            for &v in full.iter().chain(kw.iter().map(|(_, v)| v)) {
                self.decref(v);
            }
        }
    }

    /// Keyword names tuple length (0 for none).
    fn kwnames_len(&self, kwnames: Option<Value>) -> usize {
        match kwnames {
            Some(Value::Obj(k)) => match self.heap.get(k) {
                Obj::Tuple(t) => t.len(),
                _ => 0,
            },
            _ => 0,
        }
    }

    /// Gives the frame an `__init__` call just pushed the packed arguments to release
    /// when it ends; released at once when no frame was pushed (`pushed` false: the
    /// call already finished, or it failed).
    fn hand_class_call_args(&mut self, packed: u32, pushed: bool) {
        if packed == 0 {
            return;
        }
        match self.frames.last_mut() {
            Some(f) if pushed && !f.ctor_instance.is_undef() && f.ctor_args == 0 => {
                f.ctor_args = packed
            }
            _ => self.heap.class_call_args_done(packed),
        }
    }

    /// `cls(*args)` on the value stack when the class defines `__new__` (or derives
    /// from a builtin with a payload): `type_call` with the window's arguments, the
    /// result left at `ret_slot`.
    fn call_class_generic(
        &mut self,
        cls: ObjRef,
        slot: usize,
        n: usize,
        kwnames: Option<Value>,
        ret_slot: usize,
    ) -> PyResult<bool> {
        let (pos, kw) = self.window_args(None, slot, n, kwnames);
        let r = self.type_call(cls, &pos, &kw);
        self.drop_to(ret_slot);
        let v = r?;
        self.push(v);
        Ok(false)
    }

    /// `cls(*args)` for a class whose constructor is known (its `ctor_init` cache) to be
    /// `object.__new__` then the plain Python function `init`: allocates the instance,
    /// makes it `self` and pushes the `__init__` frame, which returns the instance
    /// (CPython 3.11 does the same in `CALL` for such classes). No lookups.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_class_init(
        &mut self,
        cls: ObjRef,
        init: ObjRef,
        hint: usize,
        slot: usize,
        n: usize,
        kwnames: Option<Value>,
        ret_slot: usize,
    ) -> PyResult<bool> {
        if kwnames.is_none() && self.enter_simple_init(cls, init, hint, slot, n, ret_slot) {
            return Ok(true);
        }
        if self.sp + 1 >= self.stack.len() {
            return Err(self.stack_exhausted());
        }
        let iv = self.make_init_self(cls, init, hint, slot);
        let code = match self.heap.get(init) {
            Obj::Function(f) => f.code.clone(),
            _ => unreachable!("ctor_init is a function"),
        };
        let nkw = self.kwnames_len(kwnames);
        let packed = self.take_class_call_args(n - nkw, nkw, true);
        self.hold_init_frame_args(packed, slot, n, nkw, iv);
        let depth = self.frames.len();
        let r = self.push_function_frame(init, code, slot, n + 1, kwnames, ret_slot, iv);
        let pushed = matches!(r, Ok(true)) && self.frames.len() > depth;
        self.hand_class_call_args(packed, pushed);
        r
    }

    /// `cls(args)` from the dispatch loop's hot block, when the class's constructor
    /// cache says it is `object.__new__` then a plain Python `__init__` that needs no
    /// argument binding and the frame fits: allocates the instance and pushes the
    /// `__init__` frame (what `call_class_init` does, minus everything that can fail).
    /// Returns false, with nothing changed, otherwise.
    pub(super) fn fast_class_call(&mut self, cls: ObjRef, slot: usize, n: usize) -> bool {
        let Obj::Class(c) = self.heap.get(cls) else {
            return false;
        };
        let (Some(init), true) = (c.ctor_init, c.ctor_epoch == self.class_epoch) else {
            return false;
        };
        let hint = c.attrs_hint as usize;
        if self.heap.trace.is_some() {
            // tracemalloc: the instance is allocated at the calling instruction (whose
            // `ip` the caller saved), not at the last general-path one.
            let fi = self.frames.len() - 1;
            let ip = self.frames[fi].ip;
            crate::runtime::modules::tracemalloc::note_site(self, fi, ip);
        }
        self.enter_simple_init(cls, init, hint, slot, n, slot)
    }

    /// The constructor-cache hit for `n` positional arguments at `slot` when
    /// `init_is_simple`: allocates the instance and pushes the `__init__` frame
    /// (window from `ret_slot`). Returns false, with nothing changed, otherwise.
    #[inline]
    fn enter_simple_init(
        &mut self,
        cls: ObjRef,
        init: ObjRef,
        hint: usize,
        slot: usize,
        n: usize,
        ret_slot: usize,
    ) -> bool {
        if !self.init_is_simple(init, slot, n + 1) {
            return false;
        }
        let iv = self.make_init_self(cls, init, hint, slot);
        let packed = self.take_class_call_args(n, 0, false);
        self.hold_init_frame_args(packed, slot, n, 0, iv);
        self.enter_init_frame(init, slot, ret_slot, n + 1, iv);
        if packed != 0 {
            if let Some(f) = self.frames.last_mut() {
                f.ctor_args = packed;
            }
        }
        true
    }

    /// Whether `__init__` function `init` called with `argc` arguments (self included)
    /// from `slot` needs no binding work and its frame fits on the stack.
    #[inline(always)]
    pub(super) fn init_is_simple(&self, init: ObjRef, slot: usize, argc: usize) -> bool {
        let Obj::Function(f) = self.heap.get(init) else {
            return false;
        };
        let code = &f.code;
        let want = code.simple_argc as usize;
        // Exact, or trailing parameters left to `__defaults__` (`fill_defaults`).
        (argc == want
            || (want != u32::MAX as usize && argc < want && argc + f.defaults.len() >= want))
            && self.frames.len() + self.c_depth < self.fast_call_limit
            && slot + 1 + code.nlocalsplus() + code.max_stack as usize + 8 < self.stack.len()
            && self.sp + 1 < self.stack.len()
    }

    /// For a class call at `slot`: allocates the instance (of `cls`, with room for
    /// `hint` attributes), shifts the arguments up to make it the first one and puts
    /// `init` in the class's place. Returns the instance, with one reference for the
    /// `self` argument and one for the `__init__` frame to return. Needs one free slot.
    fn make_init_self(&mut self, cls: ObjRef, init: ObjRef, hint: usize, slot: usize) -> Value {
        self.heap.incref_obj(cls);
        let iv = self
            .heap
            .new_value(Obj::Instance(InstanceObj::with_attrs_capacity(cls, hint)));
        self.place_init_self(cls, init, iv, slot);
        iv
    }

    /// Turns the call window `cls(args)` at `slot` into `init(iv, args)`: shifts the
    /// arguments up (one free slot needed), puts a new reference to the instance `iv`
    /// first and one to `init` in place of the class, whose reference is dropped.
    fn place_init_self(&mut self, cls: ObjRef, init: ObjRef, iv: Value, slot: usize) {
        for i in (slot + 1..self.sp).rev() {
            self.stack[i + 1] = self.stack[i];
        }
        self.sp += 1;
        self.incref(iv);
        self.stack[slot + 1] = iv;
        self.heap.incref_obj(init);
        self.stack[slot] = Value::Obj(init);
        // The instance holds the class, so this never frees it.
        self.heap.decref_obj(cls);
    }

    /// Pushes the `__init__` frame set up by `make_init_self` when `init_is_simple`.
    /// The frame's window starts at `ret_slot` (`slot`, or below it when a marker
    /// slot was pushed too).
    fn enter_init_frame(
        &mut self,
        init: ObjRef,
        slot: usize,
        ret_slot: usize,
        argc: usize,
        iv: Value,
    ) {
        let Obj::Function(f) = self.heap.get(init) else {
            unreachable!("checked by init_is_simple")
        };
        // SAFETY: `make_init_self` put a reference to `init` at `stack[slot]`, inside the
        // new frame's window `ret_slot ..` (FrameCode).
        let (globals, code) = (f.globals, unsafe { FrameCode::borrowed(&f.code) });
        let (want, ndef) = (code.simple_argc as usize, f.defaults.len());
        let nvars = code.varnames.len();
        self.fill_defaults(init, slot + 1, argc, want, ndef);
        self.enter_simple_frame(code, init, globals, ret_slot, slot + 1, want, nvars, iv);
    }
}
