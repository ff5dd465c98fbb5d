//! Calls: argument binding, frame push/pop, native re-entry, class instantiation and
//! generators (CPython's Objects/call.c, `_PyEval_MakeFrameVector`, genobject.c).

use super::eval::Exit;
use super::frame::{Frame, FrameCode};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::CodeObject;
use crate::runtime::object::class::{BuiltinType, InstanceObj};
use crate::runtime::object::function::FunctionObj;
use crate::runtime::object::generator::{GenState, GeneratorObj};
use crate::runtime::object::Obj;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

impl Vm {
    /// The common case of `Call`/`CallMethod`, kept small enough to inline into the
    /// dispatch loop: a plain Python function (no cells, no closure, not a generator)
    /// called with exactly its positional parameters. Returns false, having changed
    /// nothing, when any of that does not hold or the call must raise; `call_at` then
    /// takes the general path.
    #[inline(always)]
    pub fn fast_function_call(&mut self, callee: Value, slot: usize, n: usize) -> bool {
        let Value::Obj(r) = callee else {
            return false;
        };
        let f = match self.heap.get(r) {
            Obj::Function(f) => f,
            Obj::Class(_) => return self.fast_class_call(r, slot, n),
            _ => return false,
        };
        let code = &f.code;
        if n != code.simple_argc as usize
            || self.frames.len() + self.c_depth >= self.recursion_limit
        {
            return false;
        }
        let base = slot + 1;
        let nvars = code.varnames.len();
        if base + nvars + code.max_stack as usize + 8 >= self.stack.len() {
            return false;
        }
        let globals = f.globals;
        // SAFETY: `stack[slot]`, the first slot of the new frame's window, holds the
        // caller's reference to the function that owns this code (FrameCode).
        let code = unsafe { FrameCode::borrowed(code) };
        self.enter_simple_frame(code, globals, slot, base, n, nvars, Value::Undef);
        true
    }

    /// `cls(args)` from the dispatch loop's hot block, when the class's constructor
    /// cache says it is `object.__new__` then a plain Python `__init__` that needs no
    /// argument binding and the frame fits: allocates the instance and pushes the
    /// `__init__` frame (what `call_class_init` does, minus everything that can fail).
    /// Returns false, with nothing changed, otherwise.
    fn fast_class_call(&mut self, cls: ObjRef, slot: usize, n: usize) -> bool {
        let Obj::Class(c) = self.heap.get(cls) else {
            return false;
        };
        let (Some(init), true) = (c.ctor_init, c.ctor_epoch == self.class_epoch) else {
            return false;
        };
        if !self.init_is_simple(init, slot, n + 1) {
            return false;
        }
        let hint = c.attrs_hint as usize;
        let iv = self.make_init_self(cls, init, hint, slot);
        self.enter_init_frame(init, slot, slot, n + 1, iv);
        true
    }

    /// Whether `__init__` function `init` called with `argc` arguments (self included)
    /// from `slot` needs no binding work and its frame fits on the stack.
    #[inline(always)]
    fn init_is_simple(&self, init: ObjRef, slot: usize, argc: usize) -> bool {
        let Obj::Function(f) = self.heap.get(init) else {
            return false;
        };
        let code = &f.code;
        argc == code.simple_argc as usize
            && self.frames.len() + self.c_depth < self.recursion_limit
            && slot + 1 + code.varnames.len() + code.max_stack as usize + 8 < self.stack.len()
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
        iv
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
        let nvars = code.varnames.len();
        self.enter_simple_frame(code, globals, ret_slot, slot + 1, argc, nvars, iv);
    }

    /// Pushes the frame of a call that needs no argument binding (`simple_argc`
    /// matched, room checked): the `argc` arguments already sit at `base` as the first
    /// locals; the other locals start unbound. `ctor` is the instance an `__init__`
    /// frame returns (or `Undef`).
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn enter_simple_frame(
        &mut self,
        code: FrameCode,
        globals: ObjRef,
        ret_slot: usize,
        base: usize,
        argc: usize,
        nvars: usize,
        ctor: Value,
    ) {
        if nvars > argc {
            for v in &mut self.stack[base + argc..base + nvars] {
                *v = Value::Undef;
            }
        }
        self.sp = base + nvars;
        self.push_call_frame(code, ret_slot, base, globals, ctor);
    }

    /// Pushes a Python function's frame whose locals are in place at `base ..sp`; its
    /// evaluation stack starts at `sp`.
    #[inline(always)]
    fn push_call_frame(
        &mut self,
        code: FrameCode,
        ret_slot: usize,
        base: usize,
        globals: ObjRef,
        ctor: Value,
    ) {
        let (stack_base, blocks, handled) = (self.sp, self.blocks.len(), self.handled.len());
        self.push_frame(|| {
            Frame::function(
                code, ret_slot, base, stack_base, globals, blocks, handled, ctor,
            )
        });
    }

    /// Calls the callable at `stack[slot]` with `n` args above it (the last
    /// `len(kwnames)` of them keyword arguments). Everything from `ret_slot` up is the
    /// call's to consume. Returns Ok(true) if a Python frame was pushed (the dispatch
    /// loop continues in it), Ok(false) if the result is already at `ret_slot`.
    pub fn call_at(
        &mut self,
        slot: usize,
        n: usize,
        kwnames: Option<Value>,
        ret_slot: usize,
    ) -> PyResult<bool> {
        let callee = self.stack[slot];
        if let Value::Obj(r) = callee {
            match self.heap.get(r) {
                Obj::Function(f) => {
                    let code = f.code.clone();
                    return self.push_function_frame(
                        r,
                        code,
                        slot,
                        n,
                        kwnames,
                        ret_slot,
                        Value::Undef,
                    );
                }
                Obj::BoundMethod { func, self_ } => {
                    let (func, self_) = (*func, *self_);
                    // Insert self before the args: shift them up one slot.
                    if self.sp + 1 >= self.stack.len() {
                        return Err(self.stack_exhausted());
                    }
                    for i in (slot + 1..self.sp).rev() {
                        self.stack[i + 1] = self.stack[i];
                    }
                    self.sp += 1;
                    self.incref(func);
                    self.incref(self_);
                    self.stack[slot + 1] = self_;
                    // The bound method object itself stays at `slot` below the function;
                    // replace it with the function and drop the method.
                    self.stack[slot] = func;
                    self.decref(callee);
                    return self.call_at(slot, n + 1, kwnames, ret_slot);
                }
                Obj::Class(c)
                    if c.kind == BuiltinType::User
                        || c.kind == BuiltinType::Exception && c.is_heap =>
                {
                    if c.ctor_epoch == self.class_epoch {
                        if let Some(init) = c.ctor_init {
                            let hint = c.attrs_hint as usize;
                            return self.call_class_init(r, init, hint, slot, n, kwnames, ret_slot);
                        }
                    }
                    // A metaclass `__call__` (see `types/class/metaclass.rs`).
                    if c.metaclass.is_some() {
                        if let Some(res) = self.meta_call_hook(r, slot, n, kwnames, ret_slot) {
                            return res;
                        }
                    }
                    return self.call_user_class(r, slot, n, kwnames, ret_slot);
                }
                _ => {}
            }
        }
        // Native path: copy the arguments out, call, write the result.
        let nkw = match kwnames {
            Some(k) => self.tuple_len(k),
            None => 0,
        };
        let npos = n - nkw;
        // Copy the arguments out of the value stack (the callee gets `&mut Vm`); a few
        // go in a local buffer, so a builtin call allocates nothing.
        let mut buf = [Value::Undef; 8];
        let spilled: Vec<Value>;
        let args: &[Value] = if npos <= buf.len() {
            buf[..npos].copy_from_slice(&self.stack[slot + 1..slot + 1 + npos]);
            &buf[..npos]
        } else {
            spilled = self.stack[slot + 1..slot + 1 + npos].to_vec();
            &spilled
        };
        let kw = self.stack_kwargs(kwnames, slot + 1 + npos);
        let r = self.call_native_like(callee, args, &kw);
        // Drop the window (callable + args), then place the result.
        self.drop_to(ret_slot);
        let v = r?;
        self.push(v);
        self.drain_zero_queue();
        Ok(false)
    }

    /// Calls anything that is not a plain Python function already on the stack.
    fn call_native_like(
        &mut self,
        callee: Value,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        if let Value::Obj(r) = callee {
            match self.heap.get(r) {
                Obj::Builtin(b) => {
                    let (f, self_) = (b.f, b.self_);
                    if let Some(owner) = b.owner {
                        // A method of a builtin class: the receiver must be of that
                        // class; the usual exact match costs one compare.
                        let recv = if self_.is_undef() {
                            args.first().copied()
                        } else {
                            Some(self_)
                        };
                        if recv.is_none_or(|v| self.type_of(v) != owner) {
                            let Obj::Builtin(b) = self.heap.get(r) else {
                                unreachable!()
                            };
                            let b = **b;
                            return self.call_owned_builtin(&b, owner, args, kw);
                        }
                    }
                    if self_.is_undef() {
                        return f(self, args, kw);
                    }
                    let mut buf = [Value::Undef; 9];
                    if args.len() < buf.len() {
                        buf[0] = self_;
                        buf[1..=args.len()].copy_from_slice(args);
                        return f(self, &buf[..=args.len()], kw);
                    }
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(self_);
                    full.extend_from_slice(args);
                    return f(self, &full, kw);
                }
                Obj::Class(_) => return self.call_builtin_class(r, args, kw),
                Obj::Instance(_) => {
                    let name = self.intern("__call__");
                    if let Some(m) = self.lookup_type_attr(callee, "__call__") {
                        let _ = name;
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(callee);
                        full.extend_from_slice(args);
                        // tp_call of an instance: CPython's _PyObject_MakeTpCall guard.
                        let r = self.c_call(|vm| vm.call_value(m, &full, kw));
                        self.decref(m);
                        return r;
                    }
                }
                Obj::StaticMethod(f) => {
                    let f = *f;
                    return self.call_value(f, args, kw);
                }
                Obj::WeakRef(w) => {
                    let t = w.target;
                    self.incref(t);
                    return Ok(t);
                }
                _ => {}
            }
        }
        let tn = self.type_name(callee);
        Err(self.type_error(format!("'{}' object is not callable", tn)))
    }

    /// Calls a value from native code with borrowed args; returns an owned result.
    /// Python functions run in a nested dispatch loop (counted by `native_depth`).
    pub fn call_value(
        &mut self,
        f: Value,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        if self.sp + args.len() + kw.len() + 2 >= self.stack.len() {
            return Err(self.stack_exhausted());
        }
        self.check_native_reentry(" while calling a Python object")?;
        let slot = self.sp;
        self.incref(f);
        self.push(f);
        for &a in args {
            self.incref(a);
            self.push(a);
        }
        let kwnames = if kw.is_empty() {
            None
        } else {
            let names: Vec<Value> = kw
                .iter()
                .map(|&(n, _)| {
                    self.heap.incref_obj(n);
                    Value::Obj(n)
                })
                .collect();
            for &(_, v) in kw {
                self.incref(v);
                self.push(v);
            }
            Some(self.new_tuple(names))
        };
        let r = self.call_at(slot, args.len() + kw.len(), kwnames, slot);
        if let Some(k) = kwnames {
            self.decref(k);
        }
        match r {
            Ok(false) => Ok(self.pop()),
            Ok(true) => {
                self.frames.last_mut().unwrap().is_entry = true;
                self.native_depth += 1;
                let r = self.run_frame();
                self.native_depth -= 1;
                match r? {
                    Exit::Return(v) => Ok(v),
                    Exit::Yield(v) => Ok(v),
                }
            }
            Err(e) => Err(e),
        }
    }

    /// `f(*args, **kwargs)`: returns None if a frame was pushed (result comes later).
    pub fn call_ex(&mut self, func: Value, args: Value, kwargs: Value) -> PyResult<Option<Value>> {
        let items = match self.seq_items(args) {
            Some(v) => v,
            None => {
                let v = self.collect_iter(args)?;
                let t = self.new_tuple(v);
                let r = self.call_ex(func, t, kwargs);
                self.decref(t);
                return r;
            }
        };
        let mut kw: Vec<(ObjRef, Value)> = Vec::new();
        let mut bad_key = false;
        if let Value::Obj(d) = kwargs {
            if let Obj::Dict(dict) = self.heap.get(d) {
                for e in dict.iter() {
                    match e.key {
                        Value::Obj(k) if matches!(self.heap.get(k), Obj::Str(_)) => {
                            kw.push((k, e.value))
                        }
                        _ => {
                            kw.clear();
                            bad_key = true;
                            break;
                        }
                    }
                }
            }
        }
        if bad_key {
            return Err(self.type_error("keywords must be strings"));
        }
        if self.sp + items.len() + kw.len() + 2 >= self.stack.len() {
            return Err(self.stack_exhausted());
        }
        let slot = self.sp;
        self.incref(func);
        self.push(func);
        for &a in &items {
            self.incref(a);
            self.push(a);
        }
        let kwnames = if kw.is_empty() {
            None
        } else {
            let names: Vec<Value> = kw
                .iter()
                .map(|&(n, _)| {
                    self.heap.incref_obj(n);
                    Value::Obj(n)
                })
                .collect();
            for &(_, v) in &kw {
                self.incref(v);
                self.push(v);
            }
            Some(self.new_tuple(names))
        };
        let r = self.call_at(slot, items.len() + kw.len(), kwnames, slot);
        if let Some(k) = kwnames {
            self.decref(k);
        }
        match r? {
            true => Ok(None),
            false => Ok(Some(self.pop())),
        }
    }

    /// The keyword arguments of a call on the stack: `kwnames` paired with the values
    /// that start at slot `first` (borrowed, as native functions take them).
    fn stack_kwargs(&self, kwnames: Option<Value>, first: usize) -> Vec<(ObjRef, Value)> {
        let Some(names) = kwnames.and_then(|k| self.seq_slice(k)) else {
            return Vec::new();
        };
        names
            .iter()
            .enumerate()
            .filter_map(|(i, name)| name.as_obj().map(|nr| (nr, self.stack[first + i])))
            .collect()
    }

    /// Pops and drops everything above `level` (a call's window, once it is done).
    fn drop_to(&mut self, level: usize) {
        while self.sp > level {
            let v = self.pop();
            self.decref(v);
        }
    }

    pub fn stack_exhausted(&mut self) -> PyErr {
        let n = self.stack.len();
        let frames = self.frames.len();
        self.err(
            "RecursionError",
            format!(
                "maximum recursion depth exceeded (mempy's value stack is exhausted: {} frames used all {} slots; raise it with --stack-size)",
                frames, n
            ),
        )
    }

    /// Binds arguments and pushes a frame for a Python function (or makes a generator).
    #[allow(clippy::too_many_arguments)]
    fn push_function_frame(
        &mut self,
        func: ObjRef,
        code: Rc<CodeObject>,
        slot: usize,
        n: usize,
        kwnames: Option<Value>,
        ret_slot: usize,
        ctor_instance: Value,
    ) -> PyResult<bool> {
        if self.frames.len() + self.c_depth >= self.recursion_limit {
            self.decref(ctor_instance);
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        if crate::runtime::interrupt::pending() {
            if let Err(e) = self.poll_attention() {
                self.decref(ctor_instance);
                return Err(e);
            }
        }
        let base = slot + 1;
        let nlocals = code.nlocalsplus();
        if base + nlocals + code.max_stack as usize + 8 >= self.stack.len() {
            self.decref(ctor_instance);
            return Err(self.stack_exhausted());
        }
        let simple = kwnames.is_none()
            && n == code.argcount as usize
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkeywords;
        if !simple {
            if let Err(e) = self.bind_complex(func, &code, base, n, kwnames) {
                self.decref(ctor_instance);
                return Err(e);
            }
        } else {
            for i in n..code.varnames.len() {
                self.stack[base + i] = Value::Undef;
            }
        }
        self.sp = base + code.varnames.len();
        // Cells for captured locals (initialised from parameters when they are one),
        // then the closure's cells.
        for (ci, arg) in code.cell2arg.iter().enumerate() {
            let init = match arg {
                Some(a) => {
                    let v = self.stack[base + *a as usize];
                    self.incref(v);
                    v
                }
                None => Value::Undef,
            };
            let _ = ci;
            let cell = self.heap.new_value(Obj::Cell(init));
            self.push(cell);
        }
        let (globals, closure) = match self.heap.get(func) {
            Obj::Function(f) => (f.globals, f.closure.clone()),
            _ => unreachable!(),
        };
        for c in closure {
            self.incref(c);
            self.push(c);
        }
        if code.flags.generator {
            // Calling a generator function runs nothing: the frame moves to the heap.
            let slots: Vec<Value> = self.stack[base..self.sp].to_vec();
            self.sp = base;
            let fv = Value::Obj(func);
            self.incref(fv);
            self.heap.incref_obj(globals);
            let (name, qualname) = match self.heap.get(func) {
                Obj::Function(f) => (f.name, f.qualname),
                _ => (Value::None, Value::None),
            };
            self.incref(name);
            self.incref(qualname);
            let g = self.heap.new_value(Obj::Generator(Box::new(GeneratorObj {
                code,
                func: fv,
                globals,
                slots,
                blocks: Vec::new(),
                ip: 0,
                state: GenState::Created,
                name,
                qualname,
            })));
            while self.sp > ret_slot {
                let v = self.pop();
                self.decref(v);
            }
            self.push(g);
            self.decref(ctor_instance);
            return Ok(false);
        }
        self.push_call_frame(
            FrameCode::owned(code),
            ret_slot,
            base,
            globals,
            ctor_instance,
        );
        Ok(true)
    }

    /// Full CPython argument binding (`positional`, defaults, `*args`, keywords,
    /// `**kwargs`, keyword-only), writing the locals at `base`.
    fn bind_complex(
        &mut self,
        func: ObjRef,
        code: &Rc<CodeObject>,
        base: usize,
        n: usize,
        kwnames: Option<Value>,
    ) -> PyResult<()> {
        let nkw = kwnames.map(|k| self.tuple_len(k)).unwrap_or(0);
        let npos = n - nkw;
        let args: Vec<Value> = self.stack[base..base + n].to_vec();
        // The args now belong to `args`; the stack window is rebuilt below.
        self.sp = base;
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let nvars = code.varnames.len();
        let mut locals = vec![Value::Undef; nvars];
        let fname = code.qualname.clone();
        let mut extra_pos = Vec::new();
        for (i, &a) in args[..npos].iter().enumerate() {
            if i < argcount {
                locals[i] = a;
            } else {
                extra_pos.push(a);
            }
        }
        let mut err: Option<PyErr> = None;
        if !extra_pos.is_empty() && !code.flags.varargs {
            let given = npos;
            let ndef = match self.heap.get(func) {
                Obj::Function(f) => f.defaults.len(),
                _ => 0,
            };
            let msg = if ndef > 0 {
                format!(
                    "{}() takes from {} to {} positional arguments but {} were given",
                    fname,
                    argcount - ndef,
                    argcount,
                    given
                )
            } else {
                format!(
                    "{}() takes {} positional argument{} but {} {} given",
                    fname,
                    argcount,
                    if argcount == 1 { "" } else { "s" },
                    given,
                    if given == 1 { "was" } else { "were" }
                )
            };
            err = Some(self.type_error(msg));
        }
        let varargs_idx = argcount + kwonly;
        let varkw_idx = varargs_idx + code.flags.varargs as usize;
        let mut kwdict: Option<Value> = None;
        if code.flags.varkeywords {
            kwdict = Some(self.new_dict());
        }
        if err.is_none() {
            if let Some(k) = kwnames {
                let names = self.seq_items(k).unwrap_or_default();
                for (i, name) in names.into_iter().enumerate() {
                    let v = args[npos + i];
                    let nm = self.as_str(name).unwrap_or("").to_string();
                    let pos = code.varnames[..argcount + kwonly]
                        .iter()
                        .position(|p| **p == *nm)
                        .filter(|&p| p >= code.posonlyargcount as usize);
                    match pos {
                        Some(p) => {
                            if !locals[p].is_undef() {
                                err = Some(self.type_error(format!(
                                    "{}() got multiple values for argument '{}'",
                                    fname, nm
                                )));
                                break;
                            }
                            self.incref(v);
                            locals[p] = v;
                        }
                        None => match kwdict {
                            Some(d) => {
                                if let Err(e) = self.dict_set_item(d, name, v) {
                                    err = Some(e);
                                    break;
                                }
                            }
                            None => {
                                let posonly = code.varnames[..code.posonlyargcount as usize]
                                    .iter()
                                    .any(|p| **p == *nm);
                                err = Some(self.type_error(if posonly {
                                    format!("{}() got some positional-only arguments passed as keyword arguments: '{}'", fname, nm)
                                } else {
                                    format!("{}() got an unexpected keyword argument '{}'", fname, nm)
                                }));
                                break;
                            }
                        },
                    }
                }
            }
        }
        // Defaults.
        if err.is_none() {
            let (defaults, kwdefaults) = match self.heap.get(func) {
                Obj::Function(f) => (f.defaults.clone(), f.kwdefaults),
                _ => (vec![], Value::None),
            };
            let first_default = argcount - defaults.len().min(argcount);
            let mut missing = Vec::new();
            for i in 0..argcount {
                if locals[i].is_undef() {
                    if i >= first_default {
                        let d = defaults[i - first_default];
                        self.incref(d);
                        locals[i] = d;
                    } else {
                        missing.push(code.varnames[i].to_string());
                    }
                }
            }
            if !missing.is_empty() {
                err = Some(self.type_error(format!(
                    "{}() missing {} required positional argument{}: {}",
                    fname,
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                )));
            } else {
                let mut kwmissing = Vec::new();
                #[allow(clippy::needless_range_loop)]
                for i in argcount..argcount + kwonly {
                    if locals[i].is_undef() {
                        let name = self.intern(&code.varnames[i]);
                        let d = if matches!(kwdefaults, Value::Obj(_)) {
                            self.dict_get_item(kwdefaults, name).ok().flatten()
                        } else {
                            None
                        };
                        match d {
                            Some(d) => locals[i] = d,
                            None => kwmissing.push(code.varnames[i].to_string()),
                        }
                    }
                }
                if !kwmissing.is_empty() {
                    err = Some(self.type_error(format!(
                        "{}() missing {} required keyword-only argument{}: {}",
                        fname,
                        kwmissing.len(),
                        if kwmissing.len() == 1 { "" } else { "s" },
                        join_names(&kwmissing)
                    )));
                }
            }
        }
        // Release the keyword values (they were borrowed from args and incref'd where
        // stored) and drop the positional extras not packed into *args.
        for i in 0..nkw {
            self.decref(args[npos + i]);
        }
        if let Some(e) = err {
            for v in locals {
                self.decref(v);
            }
            for v in extra_pos {
                self.decref(v);
            }
            if let Some(d) = kwdict {
                self.decref(d);
            }
            return Err(e);
        }
        if code.flags.varargs {
            locals[varargs_idx] = self.new_tuple(extra_pos);
        }
        if let Some(d) = kwdict {
            locals[varkw_idx] = d;
        }
        for (i, v) in locals.into_iter().enumerate() {
            self.stack[base + i] = v;
        }
        self.sp = base + nvars;
        Ok(())
    }

    /// Finishes the top frame with return value `v` (owned): drops its window and
    /// returns the value for the caller (the instance for `__init__` frames).
    pub fn finish_frame(&mut self, v: Value) -> PyResult<Value> {
        let f = self.frames.pop().unwrap();
        self.blocks.truncate(f.block_base);
        while self.handled.len() > f.handled_base {
            let h = self.handled.pop().unwrap();
            self.decref(h);
        }
        while self.sp > f.ret_slot {
            let x = self.pop();
            self.decref(x);
        }
        if let Some(g) = f.generator {
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.state = GenState::Finished;
            }
        }
        let out = if !f.ctor_instance.is_undef() {
            if !matches!(v, Value::None) {
                let tn = self.type_name(v);
                self.decref(v);
                self.decref(f.ctor_instance);
                let e = self.type_error(format!("__init__() should return None, not '{}'", tn));
                self.drain_zero_queue();
                return Err(e);
            }
            f.ctor_instance
        } else {
            v
        };
        self.drain_zero_queue();
        Ok(out)
    }

    /// `cls(*args)` for a class whose constructor is known (its `ctor_init` cache) to be
    /// `object.__new__` then the plain Python function `init`: allocates the instance,
    /// makes it `self` and pushes the `__init__` frame, which returns the instance
    /// (CPython 3.11 does the same in `CALL` for such classes). No lookups.
    #[allow(clippy::too_many_arguments)]
    fn call_class_init(
        &mut self,
        cls: ObjRef,
        init: ObjRef,
        hint: usize,
        slot: usize,
        n: usize,
        kwnames: Option<Value>,
        ret_slot: usize,
    ) -> PyResult<bool> {
        if kwnames.is_none() && self.init_is_simple(init, slot, n + 1) {
            let iv = self.make_init_self(cls, init, hint, slot);
            self.enter_init_frame(init, slot, ret_slot, n + 1, iv);
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
        self.push_function_frame(init, code, slot, n + 1, kwnames, ret_slot, iv)
    }

    /// Instantiates a user class: `__new__` (object's), then `__init__` as a frame.
    fn call_user_class(
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
            let nkw = kwnames.map(|k| self.tuple_len(k)).unwrap_or(0);
            let args: Vec<Value> = self.stack[slot + 1..slot + 1 + n - nkw].to_vec();
            for &a in &args {
                self.incref(a);
            }
            let t = self.new_tuple(args);
            inst.set_exc(crate::runtime::object::class::ExcState {
                args: t,
                traceback: Vec::new(),
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
            });
        }
        let iv = self.heap.new_value(Obj::Instance(inst));
        let init = self.class_lookup_v(cls, self.names.init);
        let plain_init = match init {
            Some(Value::Obj(f)) if !is_exc && matches!(self.heap.get(f), Obj::Function(_)) => {
                Some(f)
            }
            _ => None,
        };
        // Remember the outcome for the next call of this class (see `call_class_init`).
        let epoch = self.class_epoch;
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            c.ctor_epoch = epoch;
            c.ctor_init = plain_init;
        }
        match init {
            Some(Value::Obj(f)) if matches!(self.heap.get(f), Obj::Function(_)) => {
                // Replace the class at `slot` with the instance as `self` argument:
                // shift args up by one, put __init__ below.
                if self.sp + 1 >= self.stack.len() {
                    self.decref(iv);
                    return Err(self.stack_exhausted());
                }
                for i in (slot + 1..self.sp).rev() {
                    self.stack[i + 1] = self.stack[i];
                }
                self.sp += 1;
                let clsv = self.stack[slot];
                self.incref(iv);
                self.stack[slot + 1] = iv;
                self.heap.incref_obj(f);
                self.stack[slot] = Value::Obj(f);
                self.decref(clsv);
                let code = match self.heap.get(f) {
                    Obj::Function(func) => func.code.clone(),
                    _ => unreachable!(),
                };
                self.push_function_frame(f, code, slot, n + 1, kwnames, ret_slot, iv)
            }
            Some(init) if n > 0 && !is_exc && self.uses_object_init(cls) => {
                // `object.__new__` rejects the arguments before `object.__init__` runs.
                self.decref(init);
                self.decref(iv);
                let name = self.class_name(cls);
                Err(self.type_error(format!("{}() takes no arguments", name)))
            }
            Some(init) => {
                // A native or exotic __init__ (e.g. inherited from an exception class).
                let nkw = kwnames.map(|k| self.tuple_len(k)).unwrap_or(0);
                let mut args: Vec<Value> = vec![iv];
                args.extend_from_slice(&self.stack[slot + 1..slot + 1 + n - nkw]);
                let kw = self.stack_kwargs(kwnames, slot + 1 + n - nkw);
                let r = self.call_value(init, &args, &kw);
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
                let nkw = kwnames.map(|k| self.tuple_len(k)).unwrap_or(0);
                if n > 0 && !is_exc {
                    let _ = nkw;
                    self.decref(iv);
                    let name = self.class_name(cls);
                    return Err(self.type_error(format!("{}() takes no arguments", name)));
                }
                while self.sp > ret_slot {
                    let v = self.pop();
                    self.decref(v);
                }
                self.push(iv);
                Ok(false)
            }
        }
    }

    /// `cls(*args)` when the class defines `__new__`: call `__new__(cls, *args)`, then
    /// `__init__` if the result is an instance of cls.
    fn call_class_generic(
        &mut self,
        cls: ObjRef,
        slot: usize,
        n: usize,
        kwnames: Option<Value>,
        ret_slot: usize,
    ) -> PyResult<bool> {
        let nkw = kwnames.map(|k| self.tuple_len(k)).unwrap_or(0);
        let pos: Vec<Value> = self.stack[slot + 1..slot + 1 + n - nkw].to_vec();
        let kw = self.stack_kwargs(kwnames, slot + 1 + n - nkw);
        let r = self.construct(cls, &pos, &kw);
        while self.sp > ret_slot {
            let v = self.pop();
            self.decref(v);
        }
        let v = r?;
        self.push(v);
        Ok(false)
    }

    /// Generic construction used from native code: `__new__` then `__init__`, with
    /// `type.__call__`'s rules (types/class/metaclass.rs).
    pub fn construct(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        self.type_call_impl(cls, args, kw)
    }

    /// Builds a function object from a code constant (owned refs in, owned out).
    pub fn make_function(
        &mut self,
        code_v: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
        globals: ObjRef,
    ) -> Value {
        let code = match code_v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Code(c) => c.clone(),
                _ => unreachable!("MakeFunction without code"),
            },
            _ => unreachable!("MakeFunction without code"),
        };
        self.decref(code_v);
        let defs = self.seq_items(defaults).unwrap_or_default();
        for &d in &defs {
            self.incref(d);
        }
        self.decref(defaults);
        let cells = self.seq_items(closure).unwrap_or_default();
        for &c in &cells {
            self.incref(c);
        }
        self.decref(closure);
        self.heap.incref_obj(globals);
        let name = self.new_str(code.name.clone());
        let qualname = self.new_str(code.qualname.clone());
        let doc = match &code.docstring {
            Some(d) => self.new_str(d.to_string()),
            None => Value::None,
        };
        let modname = self.intern("__name__");
        let module = self
            .dict_get_item(Value::Obj(globals), modname)
            .ok()
            .flatten()
            .unwrap_or(Value::None);
        self.heap.new_value(Obj::Function(Box::new(FunctionObj {
            code,
            globals,
            defaults: defs,
            kwdefaults,
            closure: cells,
            name,
            qualname,
            doc,
            module,
            dict: Value::None,
        })))
    }

    // ----- generators ----------------------------------------------------------------

    /// Saves the top (generator) frame into its generator object and pops it, moving
    /// (not copying) its references.
    pub fn suspend_generator(&mut self) {
        let f = self.frames.pop().unwrap();
        let g = f.generator.expect("yield outside a generator frame");
        let slots: Vec<Value> = self.stack[f.base..self.sp].to_vec();
        let blocks: Vec<(u32, u32)> = self.blocks[f.block_base..]
            .iter()
            .map(|b| (b.handler, b.level - f.base as u32))
            .collect();
        self.blocks.truncate(f.block_base);
        while self.handled.len() > f.handled_base {
            let h = self.handled.pop().unwrap();
            self.decref(h);
        }
        self.sp = f.ret_slot;
        if let Obj::Generator(gen) = self.heap.get_mut(g) {
            gen.slots = slots;
            gen.blocks = blocks;
            gen.ip = f.ip as u32;
            gen.state = GenState::Suspended;
        }
    }

    /// Resumes a generator with `sent` (borrowed). Ok(Ok(v)) = yielded v,
    /// Ok(Err(v)) = returned v (StopIteration), Err = raised.
    pub fn gen_resume(
        &mut self,
        g: ObjRef,
        sent: Value,
        throw: Option<Value>,
    ) -> PyResult<Result<Value, Value>> {
        let (code, globals, state) = match self.heap.get(g) {
            Obj::Generator(gen) => (gen.code.clone(), gen.globals, gen.state),
            _ => unreachable!(),
        };
        match state {
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Finished => {
                if let Some(t) = throw {
                    self.incref(t);
                    return Err(PyErr(t));
                }
                return Ok(Err(Value::None));
            }
            GenState::Created if !matches!(sent, Value::None) && throw.is_none() => {
                return Err(
                    self.type_error("can't send non-None value to a just-started generator")
                );
            }
            _ => {}
        }
        if self.recursion_depth() >= self.recursion_limit {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        self.check_native_reentry("")?;
        let (slots, blocks, ip) = match self.heap.get_mut(g) {
            Obj::Generator(gen) => {
                gen.state = GenState::Running;
                (
                    std::mem::take(&mut gen.slots),
                    std::mem::take(&mut gen.blocks),
                    gen.ip,
                )
            }
            _ => unreachable!(),
        };
        if self.sp + slots.len() + code.max_stack as usize + 8 >= self.stack.len() {
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.slots = slots;
                gen.blocks = blocks;
                gen.state = state;
            }
            return Err(self.stack_exhausted());
        }
        let ret_slot = self.sp;
        // A placeholder for the "callable" slot.
        self.push(Value::None);
        let base = self.sp;
        let nsaved = slots.len();
        for v in slots {
            self.push(v);
        }
        let block_base = self.blocks.len();
        for (h, lvl) in blocks {
            self.blocks.push(super::frame::Block {
                handler: h,
                level: base as u32 + lvl,
                handled_depth: self.handled.len() as u32,
            });
        }
        let _ = nsaved;
        let frame = Frame {
            stack_base: base + code.nlocalsplus(),
            code: FrameCode::owned(code),
            ip: ip as usize,
            ret_slot,
            base,
            globals,
            locals: None,
            block_base,
            handled_base: self.handled.len(),
            is_entry: true,
            generator: Some(g),
            ctor_instance: Value::Undef,
        };
        self.push_frame(|| frame);
        if state != GenState::Created {
            self.incref(sent);
            self.push(sent);
        }
        self.native_depth += 1;
        let r = if let Some(t) = throw {
            // Raise the thrown exception at the suspension point.
            self.incref(t);
            let r = self.throw_in_top(t);
            match r {
                Ok(()) => self.run_frame(),
                Err(e) => Err(e),
            }
        } else {
            self.run_frame()
        };
        self.native_depth -= 1;
        match r {
            Ok(Exit::Yield(v)) => Ok(Ok(v)),
            Ok(Exit::Return(v)) => {
                if let Obj::Generator(gen) = self.heap.get_mut(g) {
                    gen.state = GenState::Finished;
                }
                Ok(Err(v))
            }
            Err(e) => {
                if let Obj::Generator(gen) = self.heap.get_mut(g) {
                    gen.state = GenState::Finished;
                }
                if self.exc_matches(e.0, "StopIteration") {
                    self.decref(e.0);
                    return Err(self.err("RuntimeError", "generator raised StopIteration"));
                }
                Err(e)
            }
        }
    }

    /// Delivers an exception into the top frame at its current point: to its innermost
    /// handler if any, else it propagates out of the frame.
    fn throw_in_top(&mut self, exc: Value) -> PyResult<()> {
        let f = self.frames.last().unwrap();
        if self.blocks.len() > f.block_base {
            let b = self.blocks.pop().unwrap();
            while self.sp > b.level as usize {
                let v = self.pop();
                self.decref(v);
            }
            self.incref(exc);
            self.handled.push(exc);
            self.push(exc);
            self.frames.last_mut().unwrap().ip = b.handler as usize;
            Ok(())
        } else {
            let f = self.frames.last().unwrap();
            let entry = crate::runtime::object::class::TbEntry {
                code: f.code.rc(),
                ip: f.ip.saturating_sub(1) as u32,
            };
            self.add_traceback(exc, entry);
            self.pop_frame_discard();
            Err(PyErr(exc))
        }
    }

    /// `yield from` step: sends into a sub-iterator. Ok(Ok(y)) yielded, Ok(Err(r)) done.
    pub fn send_into(&mut self, sub: Value, sent: Value) -> PyResult<Result<Value, Value>> {
        if let Value::Obj(r) = sub {
            if let Obj::Generator(_) = self.heap.get(r) {
                return self.gen_resume(r, sent, None);
            }
        }
        if !matches!(sent, Value::None) {
            let m = self.get_attr_str(sub, "send")?;
            let r = self.call_value(m, &[sent], &[]);
            self.decref(m);
            return match r {
                Ok(v) => Ok(Ok(v)),
                Err(e) if self.exc_matches(e.0, "StopIteration") => {
                    let v = self.stop_iteration_value(e.0);
                    self.decref(e.0);
                    Ok(Err(v))
                }
                Err(e) => Err(e),
            };
        }
        match self.iter_next(sub)? {
            Some(v) => Ok(Ok(v)),
            None => Ok(Err(Value::None)),
        }
    }

    /// The `value` of a StopIteration (owned).
    pub fn stop_iteration_value(&mut self, exc: Value) -> Value {
        let args = self.exc_args(exc);
        let items = self.seq_items(args).unwrap_or_default();
        match items.first() {
            Some(&v) => {
                self.incref(v);
                v
            }
            None => Value::None,
        }
    }

    pub fn tuple_len(&self, v: Value) -> usize {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(t) => t.len(),
                _ => 0,
            },
            _ => 0,
        }
    }
}

fn join_names(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}
