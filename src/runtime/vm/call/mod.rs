//! Calling: CPython's Objects/call.c (`PyObject_Call`, `PyObject_Vectorcall`,
//! `_PyObject_MakeTpCall`) and the general path of the `CALL` instruction.
//!
//! | runtime entry point | CPython | file |
//! |---|---|---|
//! | `Vm::call_value(f, args, kw)` | `PyObject_Vectorcall` / `PyObject_Call` from native code (a Python function runs in a nested dispatch loop, `_PyEval_Vector`) | `mod.rs` |
//! | `Vm::call_ex(f, args, kwargs)` | `CALL_FUNCTION_EX` (`PyObject_Call` with a tuple and a dict) | `mod.rs` |
//! | `Vm::call_at(slot, n, kwnames, ret)` | `CALL`'s general path: `PyObject_Vectorcall` on the value stack | `mod.rs` |
//! | `Vm::fast_function_call(f, slot, n)` | `CALL_PY_EXACT_ARGS` (specialised `CALL`) | `frame.rs` |
//! | `Vm::push_function_frame` (private) | `_PyEvalFramePushAndInit` / `_PyFunction_Vectorcall` | `frame.rs` |
//! | `Vm::initialize_locals` (private) | `initialize_locals` (argument binding) | `bind.rs` |
//! | `Vm::finish_frame(v)` | `RETURN_VALUE`'s `_PyEvalFrameClearAndPop` | `frame.rs` |
//! | `Vm::make_function` | `MAKE_FUNCTION` (`PyFunction_New`) | `frame.rs` |
//! | `Vm::type_call(cls, args, kw)` | `type_call` (`cls(...)`: `__new__`, then `__init__`) | `class.rs` |
//! | `Vm::call_user_class` and the class arms of `call_at`/`fast_function_call` | `type_call` specialised on the value stack (3.12's `CALL_ALLOC_AND_ENTER_INIT`) | `class.rs` |
//! | `Vm::push_compare_frame`, `push_binary_frame`, `finish_slot_frame` | `slot_tp_richcompare` / `SLOT1BINFULL` calling a class's Python method from `COMPARE_OP` / `BINARY_OP`, run as a frame of the dispatch loop | `slot.rs` |
//! | `Vm::gen_resume`, `send_into`, `suspend_generator` | `gen_send_ex`, `SEND`, `YIELD_VALUE` | `types/generator/resume.rs` |
//!
//! The variants exist for speed, each a specialisation of `PyObject_Vectorcall`:
//! `fast_function_call` is the dispatch loop's inlined hot-block form (exact
//! positional arguments, nothing to bind, changes nothing when it declines),
//! `call_at` the general form on the value stack (arguments stay where the caller
//! pushed them; a Python callee's frame is pushed, not run), `call_value` the form
//! for native callers (copies the arguments into a window and runs the frame to
//! completion).

mod bind;
mod class;
mod frame;
mod slot;

use super::eval::Exit;
use super::{PyResult, Vm};
use crate::runtime::object::Obj;
use crate::runtime::types::class::BuiltinType;
use crate::value::{ObjRef, Value};

impl Vm {
    /// `f(*args, **kw)` from native code (CPython's `PyObject_Vectorcall`), with
    /// borrowed args; returns an owned result. Python functions run in a nested
    /// dispatch loop (counted by `native_depth`).
    pub fn call_value(
        &mut self,
        f: Value,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        // The caller is native code: the heap checker cannot see its locals.
        #[cfg(debug_assertions)]
        {
            self.native_callers += 1;
            let r = self.call_value_inner(f, args, kw);
            self.native_callers -= 1;
            r
        }
        #[cfg(not(debug_assertions))]
        self.call_value_inner(f, args, kw)
    }

    #[inline(always)]
    fn call_value_inner(
        &mut self,
        f: Value,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        if self.sp + args.len() + kw.len() + 2 >= self.stack.len() {
            return Err(self.stack_exhausted());
        }
        self.check_native_reentry(" while calling a Python object")?;
        if !self.call_window(f, args, kw)? {
            return Ok(self.pop());
        }
        self.frames.last_mut().unwrap().is_entry = true;
        self.native_depth += 1;
        let r = self.run_frame();
        self.native_depth -= 1;
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(v) => Ok(v),
        }
    }

    /// `f(*args, **kwargs)` (the `CALL_FUNCTION_EX` instruction) with `[.., func,
    /// args, kwargs]` on top of the stack (`kwargs` only when `has_kw`): Ok(true) if
    /// a Python frame was pushed (tagged `Cont::CallEx`: the operands stay under its
    /// window until it returns, as CPython's instruction holds them across
    /// `PyObject_Call`), Ok(false) if the result replaced the operands; Err with the
    /// operands released (the callable, the tuple, the dict: CPython's order).
    pub fn call_ex(&mut self, has_kw: bool) -> PyResult<bool> {
        let at = self.sp - 2 - has_kw as usize;
        match self.call_ex_inner(at, has_kw) {
            Ok(true) => {
                let f = self.frames.last_mut().expect("the frame just pushed");
                f.cont = super::frame::Cont::CallEx(has_kw);
                Ok(true)
            }
            Ok(false) => {
                let v = self.pop();
                self.release_call_ex_operands(has_kw);
                self.push(v);
                Ok(false)
            }
            Err(e) => {
                // A call that failed before its frame existed (argument binding) may
                // leave part of its window on the stack for the caller to drop, as the
                // unwinding of a plain CALL does: dropped here, top first, before the
                // operands.
                let top = at + 2 + has_kw as usize;
                debug_assert!(self.sp >= top, "a failed call consumed its operands");
                self.drop_to(top);
                self.release_call_ex_operands(has_kw);
                Err(e)
            }
        }
    }

    /// Pops the operands of a `CALL_FUNCTION_EX` (see `call_ex`) off the top of the
    /// stack and lets go of them: the callable, the positional tuple, the keyword
    /// dict, as CPython's instruction does once the call is over.
    pub(crate) fn release_call_ex_operands(&mut self, has_kw: bool) {
        let at = self.sp - 2 - has_kw as usize;
        let (func, args) = (self.stack[at], self.stack[at + 1]);
        let kwargs = if has_kw {
            self.stack[at + 2]
        } else {
            Value::None
        };
        self.sp = at;
        self.decref(func);
        self.decref(args);
        self.decref(kwargs);
    }

    /// `call_ex`'s work, its operands at `stack[at..]`.
    #[inline(always)]
    fn call_ex_inner(&mut self, at: usize, has_kw: bool) -> PyResult<bool> {
        let func = self.stack[at];
        let mut args = self.stack[at + 1];
        let kwargs = if has_kw {
            self.stack[at + 2]
        } else {
            Value::None
        };
        let exact_tuple =
            matches!(args, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_)));
        if !exact_tuple {
            // CPython's CALL_FUNCTION_EX turns positional arguments that are not an
            // exact tuple into one (`PySequence_Tuple`), which replaces them on its
            // stack (the original goes at once) and lives until the call is over.
            let items = match self.seq_items(args) {
                Some(items) => {
                    for &v in &items {
                        self.incref(v);
                    }
                    items
                }
                None => match self.collect_iter(args) {
                    Ok(v) => v,
                    Err(e) => return Err(self.star_arg_error(e, args, Some(func))),
                },
            };
            let t = self.new_tuple(items);
            self.stack[at + 1] = t;
            self.decref(args);
            args = t;
        }
        let n = self.seq_len(args).expect("an exact tuple");
        // The keyword arguments: every key a str (a str subclass instance is a keyword
        // too: PyUnicode_Check), counted before anything is pushed.
        let mut nkw = 0;
        let mut bad_key = false;
        if let Value::Obj(d) = kwargs {
            if let Obj::Dict(dict) = self.heap.get(d) {
                for e in dict.iter() {
                    if !matches!(e.key, Value::Obj(_)) || self.as_str(e.key).is_none() {
                        bad_key = true;
                        break;
                    }
                    nkw += 1;
                }
            }
        }
        if bad_key {
            return Err(self.type_error("keywords must be strings"));
        }
        if self.sp + n + nkw + 2 >= self.stack.len() {
            return Err(self.stack_exhausted());
        }
        let class_callee =
            matches!(func, Value::Obj(f) if matches!(self.heap.get(f), Obj::Class(_)));
        if class_callee {
            // The tuple `type_call` gets: nothing more is packed.
            self.call_args_tuple = args;
        }
        // The call window, filled straight from the tuple and the dict (no Vec of
        // their items per call): nothing runs between the count above and the pushes.
        let slot = self.sp;
        self.incref(func);
        self.push(func);
        self.push_seq_items(args);
        let kwnames = (nkw > 0).then(|| self.push_kwargs(kwargs, nkw));
        let r = self.call_pushed_window(func, slot, n, nkw, kwnames);
        self.call_args_tuple = Value::Undef;
        r
    }

    /// The number of items of a list or tuple (None for anything else).
    #[inline(always)]
    fn seq_len(&self, v: Value) -> Option<usize> {
        let Value::Obj(r) = v else { return None };
        match self.heap.get(r) {
            Obj::List(l) => Some(l.items.len()),
            Obj::Tuple(t) => Some(t.len()),
            _ => None,
        }
    }

    /// Pushes the items of list or tuple `seq` with new references (the caller
    /// checked the room).
    #[inline(always)]
    fn push_seq_items(&mut self, seq: Value) {
        let Value::Obj(r) = seq else { return };
        let base = self.sp;
        let items: &[Value] = match self.heap.get(r) {
            Obj::List(l) => &l.items,
            Obj::Tuple(t) => t,
            _ => return,
        };
        let n = items.len();
        self.stack[base..base + n].copy_from_slice(items);
        self.sp = base + n;
        for i in base..base + n {
            let v = self.stack[i];
            self.incref(v);
        }
    }

    /// Pushes the `nkw` values of dict `kwargs` (its keys all strs: checked) with new
    /// references, in insertion order, and returns the tuple of their names (new).
    fn push_kwargs(&mut self, kwargs: Value, nkw: usize) -> Value {
        let Value::Obj(d) = kwargs else {
            unreachable!("keyword arguments counted in a non-dict")
        };
        let mut names = Vec::with_capacity(nkw);
        let base = self.sp;
        let Obj::Dict(dict) = self.heap.get(d) else {
            unreachable!("keyword arguments counted in a non-dict")
        };
        for (i, e) in dict.iter().enumerate() {
            names.push(e.key);
            self.stack[base + i] = e.value;
        }
        debug_assert_eq!(names.len(), nkw);
        self.sp = base + nkw;
        for i in base..base + nkw {
            let v = self.stack[i];
            self.incref(v);
        }
        for &k in &names {
            self.incref(k);
        }
        self.new_tuple(names)
    }

    /// Pushes `f`, `args` and the values of `kw` (new references) as a call window at
    /// the top of the stack (the caller checked the room) and calls it with `call_at`:
    /// Ok(true) if a Python frame was pushed, Ok(false) if the result is on the stack.
    fn call_window(&mut self, f: Value, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<bool> {
        let slot = self.sp;
        self.incref(f);
        self.push(f);
        for &a in args {
            self.incref(a);
            self.push(a);
        }
        let kwnames = (!kw.is_empty()).then(|| {
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
            self.new_tuple(names)
        });
        self.call_pushed_window(f, slot, args.len(), kw.len(), kwnames)
    }

    /// Calls the window at `slot` (the callable `f`, then `n` positional and `nkw`
    /// keyword arguments, pushed with new references; `kwnames` the keywords' names,
    /// owned, None without keywords) with `call_at`: Ok(true) if a Python frame was
    /// pushed, Ok(false) if the result is on the stack.
    fn call_pushed_window(
        &mut self,
        f: Value,
        slot: usize,
        n: usize,
        nkw: usize,
        kwnames: Option<Value>,
    ) -> PyResult<bool> {
        let Some(k) = kwnames else {
            // A plain Python function with matching positional parameters (a
            // `__eq__`, a sort key, a callback, a decorator's `fn(*args)`): the hot
            // block's frame push, without the general binding (declines, changing
            // nothing, for anything else).
            if self.fast_function_call(f, slot, n) {
                return Ok(true);
            }
            return self.call_at(slot, n, None, slot);
        };
        let r = self.call_at(slot, n + nkw, Some(k), slot);
        self.decref(k);
        r
    }

    /// The `CALL` instruction's general path (CPython's `PyObject_Vectorcall` on the
    /// value stack): calls the callable at `stack[slot]` with `n` args above it (the
    /// last `len(kwnames)` of them keyword arguments). Everything from `ret_slot` up is
    /// the call's to consume. Returns Ok(true) if a Python frame was pushed (the
    /// dispatch loop continues in it), Ok(false) if the result is already at
    /// `ret_slot`.
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
                        let hint = c.attrs_hint as usize;
                        if let Some(init) = c.ctor_init {
                            return self.call_class_init(r, init, hint, slot, n, kwnames, ret_slot);
                        }
                        if c.ctor_exc && kwnames.is_none() {
                            return self.call_plain_exc_class(r, hint, slot, n, ret_slot);
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
        // The positional arguments are read in place on the value stack, as
        // CPython's vectorcall reads them: no copy, no allocation.
        assert!(slot + 1 + npos <= self.sp);
        // SAFETY: in bounds (checked above) of the value stack, which is allocated
        // once and never resized or moved (`Vm::stack`). The window stays on the
        // stack, holding its references, until the `drop_to` below; the callee and
        // what it runs push above `self.sp` (above the window) and write nothing
        // below it, so the slots are not written while the slice is used.
        let args = unsafe { std::slice::from_raw_parts(self.stack.as_ptr().add(slot + 1), npos) };
        let kw = self.stack_kwargs(kwnames, slot + 1 + npos);
        let r = self.call_native_like(callee, args, &kw);
        // Drop the window (args, then the callable), then place the result.
        self.drop_call_window(ret_slot, slot);
        let v = r?;
        self.push(v);
        self.drain_zero_queue();
        Ok(false)
    }

    /// The dispatch loop's call of a builtin function or method with `nargs`
    /// positional arguments in the window at `slot` (CPython 3.11's
    /// `PRECALL_BUILTIN_FAST` / `PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST`): the window
    /// is dropped and the result left at `slot`. None, with nothing changed, for
    /// anything else (keywords, a receiver of another type, many arguments,
    /// tracemalloc tracing, which wants the general path's allocation sites); the
    /// general path then does the full call.
    ///
    /// The common cases, a builtin function (`abs(x)`) and a method descriptor called
    /// on an exact instance of its class (`d.get(k)` after `LOAD_METHOD`), read their
    /// arguments in place on the value stack, as CPython's vectorcall does: no copy.
    #[inline]
    pub fn fast_native_call(&mut self, slot: usize, nargs: usize) -> Option<PyResult<()>> {
        let Value::Obj(r) = self.stack[slot] else {
            return None;
        };
        let Obj::Builtin(b) = self.heap.get(r) else {
            return None;
        };
        let (f, self_, owner) = (b.f, b.self_, b.owner);
        if self.heap.trace.is_some() {
            return None;
        }
        if !self_.is_undef() {
            // A bound method, or a builtin class's `__new__` (its class is not passed).
            return self.fast_native_call_copied(slot, nargs);
        }
        if let Some(owner) = owner {
            // A method of a builtin class: in place only on an exact instance.
            if nargs == 0 || self.type_of(self.stack[slot + 1]) != owner {
                return self.fast_native_call_copied(slot, nargs);
            }
        }
        // SAFETY: the value stack is allocated once and never resized or moved
        // (`Vm::stack`), so the slice stays valid while `f` runs. Nothing writes
        // these slots meanwhile: the callee and anything it runs push above
        // `self.sp`, which lies above the arguments, and only the `drop_to` below
        // releases the window. The stack keeps its references to the arguments for
        // the whole call, so they stay alive (the borrow native functions expect).
        let args = unsafe { std::slice::from_raw_parts(self.stack.as_ptr().add(slot + 1), nargs) };
        let res = f(self, args, &[]);
        Some(self.finish_native_window(slot, res))
    }

    /// Drops a call window read in place (arguments from the top, then the
    /// callable) and leaves the result at `slot`, inline: the general `drop_to`
    /// call cost as much as a small builtin's whole body.
    #[inline(always)]
    fn finish_native_window(&mut self, slot: usize, res: PyResult<Value>) -> PyResult<()> {
        self.drop_call_window(slot, slot);
        res.map(|v| {
            self.push(v);
            self.drain_zero_queue();
        })
    }

    /// `cls(args)` of a class whose call is native (`float(x)`, `int(s)`,
    /// `range(n)`: not a Python class, which `call_at` enters through `__init__`),
    /// from the dispatch loop (CPython 3.11's `PRECALL_BUILTIN_CLASS`): the
    /// arguments are read in place, the window dropped and the result left at
    /// `slot`, as the general path's native arm does, without its keyword and frame
    /// machinery. None, with nothing changed, for any other callee and under
    /// tracemalloc tracing (which wants the general path's allocation sites).
    #[inline(never)]
    pub fn fast_builtin_class_call(&mut self, slot: usize, nargs: usize) -> Option<PyResult<()>> {
        let Value::Obj(r) = self.stack[slot] else {
            return None;
        };
        let Obj::Class(c) = self.heap.get(r) else {
            return None;
        };
        if c.kind == BuiltinType::User && nargs == 0 && c.metaclass.is_none() {
            // `OrderedCollection()` of a list, dict or set subclass keeping the
            // builtin's `__new__` and `__init__`: what `call_at` reaches through
            // `call_user_class` and `type_call` (the same empty payload and instance),
            // without copying the window's arguments out.
            let v = self.new_empty_container_instance(r)?;
            return Some(self.finish_native_window(slot, Ok(v)));
        }
        // `call_at`'s test for the classes it calls through Python code.
        if c.kind == BuiltinType::User
            || (c.kind == BuiltinType::Exception && c.is_heap)
            || self.heap.trace.is_some()
        {
            return None;
        }
        // SAFETY: as in `fast_native_call`: the value stack never moves, and the
        // window's slots keep their references and are not written until it is
        // dropped below.
        let args = unsafe { std::slice::from_raw_parts(self.stack.as_ptr().add(slot + 1), nargs) };
        let res = match c.native_new {
            Some(f) => f(self, args),
            None => self.call_builtin_class(r, args, &[]),
        };
        Some(self.finish_native_window(slot, res))
    }

    /// `fast_native_call` for a bound builtin method (`m = d.get; m(k)`), whose
    /// receiver goes before the arguments, and for a method descriptor called on a
    /// subclass instance, which runs on the instance's builtin payload: the
    /// arguments are copied into a local buffer.
    #[inline(never)]
    fn fast_native_call_copied(&mut self, slot: usize, nargs: usize) -> Option<PyResult<()>> {
        let Value::Obj(r) = self.stack[slot] else {
            return None;
        };
        let Obj::Builtin(b) = self.heap.get(r) else {
            return None;
        };
        let (f, self_, owner, name, pass_self) = (b.f, b.self_, b.owner, b.name, b.passes_self());
        if nargs > 8 {
            return None;
        }
        let mut buf = [Value::Undef; 9];
        let args = &self.stack[slot + 1..slot + 1 + nargs];
        let n = if !pass_self {
            buf[..nargs].copy_from_slice(args);
            nargs
        } else {
            buf[0] = self_;
            buf[1..=nargs].copy_from_slice(args);
            nargs + 1
        };
        if let Some(owner) = owner {
            // A method of a builtin class runs here on an exact instance of it, or on
            // the exact builtin payload of a subclass instance (`class C(list)`), which
            // is what `call_owned_builtin` would run it on. Iterator types are left to
            // it (a subclass instance is its own iterator).
            if n == 0 {
                return None;
            }
            // `todo.pop(0)` on a list subclass's instance (`OrderedCollection`): the
            // general test below, answered from the payload's kind alone (only a
            // list subclass's instance has a list as its builtin part).
            if owner == self.types.list
                && !crate::runtime::types::class::subclass::returns_receiver(name)
                && !crate::runtime::types::class::subclass::holds_receiver(name)
            {
                if let Some(p) = self.list_payload(buf[0]) {
                    buf[0] = p;
                    let res = f(self, &buf[..n], &[]);
                    self.drop_call_window(slot, slot);
                    return Some(res.map(|v| {
                        self.push(v);
                        self.drain_zero_queue();
                    }));
                }
            }
            let rt = self.type_of(buf[0]);
            if rt != owner && !self.class_kind(owner).has_payload() {
                // A native method installed on a class without a builtin payload
                // (`_random.Random.random` on a `random.Random` instance): it runs
                // on the instance itself, as `call_owned_builtin` runs it, once the
                // instance's class derives from the owner (else that raises).
                if !self.is_subclass(rt, owner) {
                    return None;
                }
            } else if rt != owner {
                let p = self.payload_of(buf[0])?;
                // `dict.__getitem__` on a subclass instance must see the subclass
                // (its `__missing__`), `array.__reduce_ex__` its class and dict, and
                // an in-place operator must answer with the instance:
                // `call_owned_builtin` handles these.
                if self.type_of(p) != owner
                    || matches!(
                        self.class_kind(owner),
                        BuiltinType::Iterator | BuiltinType::Deque
                    )
                    || (name == "__getitem__" && owner == self.types.dict)
                    || (name == "__reduce_ex__" && owner == self.types.array)
                    || (name == "__rmod__" && owner == self.types.str_)
                    || owner == self.types.property
                    || crate::runtime::types::class::subclass::returns_receiver(name)
                    || crate::runtime::types::class::subclass::holds_receiver(name)
                {
                    return None;
                }
                buf[0] = p;
                // As `call_owned_builtin` does: a method answering an int, str,
                // bytes, tuple... with itself answers the instance with a copy.
                let res = f(self, &buf[..n], &[]).map(|v| match v.is(p) {
                    true => self.copy_immutable(v).map_or(v, |c| {
                        self.decref(v);
                        c
                    }),
                    false => v,
                });
                self.drop_call_window(slot, slot);
                return Some(res.map(|v| {
                    self.push(v);
                    self.drain_zero_queue();
                }));
            }
        }
        let res = f(self, &buf[..n], &[]);
        self.drop_call_window(slot, slot);
        Some(res.map(|v| {
            self.push(v);
            self.drain_zero_queue();
        }))
    }

    /// The builtin part of `v` when `v` is an instance whose builtin part is a list
    /// (borrowed).
    #[inline]
    fn list_payload(&self, v: Value) -> Option<Value> {
        let Obj::Instance(i) = self.heap.get(v.as_obj()?) else {
            return None;
        };
        let p = i.payload()?;
        matches!(self.heap.get(p.as_obj()?), Obj::List(_)).then_some(p)
    }

    /// `len(x)` and `isinstance(x, cls)` run inline (CPython 3.11's `CALL_NO_KW_LEN`
    /// and `CALL_NO_KW_ISINSTANCE`) when `callee` is that builtin and the answer
    /// needs no Python code: `x` a builtin container, `cls` a class whose metaclass
    /// is `type` (no `__instancecheck__`) that `type(x)` derives from. The result is
    /// a new reference; the arguments are untouched. `None` leaves the call to the
    /// general path, which also raises every error.
    #[inline]
    pub fn call_intrinsic(&mut self, callee: ObjRef, args: &[Value]) -> Option<Value> {
        match args {
            [x] if Some(callee) == self.intrinsics.len => {
                let Value::Obj(mut r) = *x else { return None };
                if let Obj::Instance(_) = self.heap.get(r) {
                    // `len()` of a list/dict/... subclass that keeps the builtin's
                    // `__len__`: the payload's length.
                    let k = self.names.len;
                    r = self.inherited_container_payload(*x, k)?.as_obj()?;
                }
                let n = match self.heap.get(r) {
                    Obj::Str(s) => s.len(),
                    Obj::List(l) => l.len(),
                    Obj::Tuple(t) => t.len(),
                    Obj::Dict(d) => d.len(),
                    Obj::Set(s) | Obj::FrozenSet(s) => s.len(),
                    Obj::Bytes(b) => b.len(),
                    _ => return None,
                };
                Some(self.int(n as i64))
            }
            // `type(x)` (CPython 3.11's PRECALL_NO_KW_TYPE_1): the object's class.
            [x] if callee == self.types.type_ => {
                let t = self.type_of(*x);
                self.heap.incref_obj(t);
                Some(Value::Obj(t))
            }
            [x, Value::Obj(cls)] if Some(callee) == self.intrinsics.isinstance => {
                let t = self.type_of(*x);
                if t == *cls {
                    return Some(Value::Bool(true));
                }
                match self.heap.get(*cls) {
                    Obj::Class(c) => {
                        if c.metaclass.is_some_and(|m| m != self.types.type_) {
                            return None;
                        }
                        if self.is_subclass(t, *cls) {
                            return Some(Value::Bool(true));
                        }
                        self.isinstance_miss_is_final(*x, t)
                            .then_some(Value::Bool(false))
                    }
                    Obj::Tuple(_) => self.isinstance_tuple(*x, t, *cls).map(Value::Bool),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// `isinstance(x, (A, B))` for `call_intrinsic` (CPython's
    /// `object_recursive_isinstance` on a tuple: one recursion level for the whole
    /// walk, the items in order), `t` being `type(x)`: each item a class whose
    /// metaclass is `type` (no `__instancecheck__`), asked by its MRO. A nested
    /// tuple, another kind of item, a miss `x`'s `__class__` might overturn (whose
    /// lookup runs before the next item is asked), or the recursion limit reached
    /// (which raises) take the general path (None).
    #[inline(never)]
    fn isinstance_tuple(&mut self, x: Value, t: ObjRef, tuple: ObjRef) -> Option<bool> {
        if self.recursion_depth() >= self.recursion_limit {
            return None;
        }
        let Obj::Tuple(tup) = self.heap.get(tuple) else {
            return None;
        };
        let mut miss_checked = false;
        for k in 0..tup.len() {
            let Obj::Tuple(tup) = self.heap.get(tuple) else {
                return None;
            };
            let Some(Value::Obj(c)) = tup.get(k).copied() else {
                return None;
            };
            if c == t {
                return Some(true);
            }
            let Obj::Class(cc) = self.heap.get(c) else {
                return None;
            };
            if cc.metaclass.is_some_and(|m| m != self.types.type_) {
                return None;
            }
            if self.is_subclass(t, c) {
                return Some(true);
            }
            if !miss_checked {
                if !self.isinstance_miss_is_final(x, t) {
                    return None;
                }
                miss_checked = true;
            }
        }
        Some(false)
    }

    /// Whether `x` (of type `t`), found not to derive from a class whose metaclass
    /// is `type`, is not an instance of it: CPython's `object_isinstance` then asks
    /// `x.__class__`, which can only say otherwise for an instance of a Python class
    /// overriding `__class__` or `__getattribute__` (the class's cached facts).
    #[inline(never)]
    fn isinstance_miss_is_final(&mut self, x: Value, t: ObjRef) -> bool {
        use crate::runtime::types::class::{CLASS_PLAIN_CLASS_ATTR, CLASS_PLAIN_GETATTRIBUTE};
        let instance = matches!(x, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)));
        let want = CLASS_PLAIN_CLASS_ATTR | CLASS_PLAIN_GETATTRIBUTE;
        !instance || self.class_facts(t) & want == want
    }

    /// Calls anything that is not a Python function, bound method or user class on the
    /// stack: builtins (their vectorcall), builtin classes, instances with `__call__`
    /// (`slot_tp_call` through `_PyObject_MakeTpCall`), staticmethod, weakref.
    fn call_native_like(
        &mut self,
        callee: Value,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        if let Value::Obj(r) = callee {
            match self.heap.get(r) {
                Obj::Builtin(b) => {
                    let (f, self_, b_owner, name) = (b.f, b.self_, b.owner, b.name);
                    let pass_self = b.passes_self();
                    if !kw.is_empty() {
                        let owner = b_owner;
                        // An unbound method call has its receiver first.
                        let skip = usize::from(owner.is_some() && self_.is_undef());
                        let pos = args.get(skip..).unwrap_or(&[]);
                        if let Some((a, k)) = self.check_builtin_kwargs(owner, name, pos, kw)? {
                            let mut full = args[..skip.min(args.len())].to_vec();
                            full.extend(a);
                            return self.call_native_like(callee, &full, &k);
                        }
                    }
                    if let Some(owner) = b_owner {
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
                    if !pass_self {
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
                    if let Some(m) = self.lookup_type_attr(callee, "__call__") {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(callee);
                        full.extend_from_slice(args);
                        // tp_call of an instance: CPython's `_PyObject_MakeTpCall`
                        // packs the arguments into a tuple and the keywords into a
                        // dict, which live for the call (the collector counts them,
                        // `getrefcount` of an argument inside `__call__` sees the
                        // tuple's reference), then `slot_tp_call` calls `__call__`.
                        let (targs, kwd) = self.pack_tp_call_args(args, kw)?;
                        // With keywords, `_PyObject_FastCallDictTstate` unpacks the
                        // dict again for the vectorcall (`_PyStack_UnpackDict`): a
                        // new array holding the instance, the arguments and the
                        // keyword values (the names tuple is the one `call_value`
                        // makes for the frame).
                        let unpacked = !kw.is_empty();
                        if unpacked {
                            for &v in full.iter().chain(kw.iter().map(|(_, v)| v)) {
                                self.incref(v);
                            }
                        }
                        let r = self.c_call(|vm| vm.call_value(m, &full, kw));
                        self.decref(m);
                        if unpacked {
                            for &v in full.iter().chain(kw.iter().map(|(_, v)| v)) {
                                self.decref(v);
                            }
                        }
                        self.decref(targs);
                        self.decref(kwd);
                        return r;
                    }
                }
                Obj::StaticMethod(f, ..) => {
                    let f = *f;
                    return self.call_value(f, args, kw);
                }
                Obj::ClassMethod(f, ..) if self.builtin_classmethod(*f).is_some() => {
                    let f = *f;
                    return self.call_classmethod_descr(f, args, kw);
                }
                Obj::OpCaller(_) => return self.opcaller_call(r, args, kw),
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

    /// What `_PyObject_MakeTpCall` builds for a `tp_call` slot: the positional
    /// arguments as a tuple (the empty tuple when there are none) and the keyword
    /// arguments as a dict (None when there are none), both owned.
    fn pack_tp_call_args(
        &mut self,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<(Value, Value)> {
        for &a in args {
            self.incref(a);
        }
        let t = self.new_tuple(args.to_vec());
        if kw.is_empty() {
            return Ok((t, Value::None));
        }
        let d = self.new_dict();
        for &(k, v) in kw {
            if let Err(e) = self.dict_set_item(d, Value::Obj(k), v) {
                self.decref(t);
                self.decref(d);
                return Err(e);
            }
        }
        Ok((t, d))
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

    /// The arguments of the call window at `slot` (`n` values, the last
    /// `len(kwnames)` of them keyword values) copied out for a native call (borrowed),
    /// with `first` (a class, a new instance) put before the positional ones.
    pub(crate) fn window_args(
        &self,
        first: Option<Value>,
        slot: usize,
        n: usize,
        kwnames: Option<Value>,
    ) -> (Vec<Value>, Vec<(ObjRef, Value)>) {
        let npos = n - kwnames.map(|k| self.tuple_len(k)).unwrap_or(0);
        let mut args = Vec::with_capacity(npos + 1);
        args.extend(first);
        args.extend_from_slice(&self.stack[slot + 1..slot + 1 + npos]);
        (args, self.stack_kwargs(kwnames, slot + 1 + npos))
    }

    /// Drops a native call's window `[ret_slot, sp)` whose callable sits at `slot`:
    /// the arguments first to last, then the callable and what lies below it, as
    /// CPython 3.11's CALL specialisations for builtins free them (so the losers of
    /// `max(D(1), D(9), D(4))` die in argument order). A decref only queues what
    /// dies, so the stack pointer can drop first.
    #[inline(always)]
    pub(crate) fn drop_call_window(&mut self, ret_slot: usize, slot: usize) {
        let top = self.sp;
        if top <= ret_slot {
            return;
        }
        self.sp = ret_slot;
        let args_from = (slot + 1).min(top);
        let (stack, heap) = (&self.stack[..top], &mut self.heap);
        for &v in &stack[args_from..top] {
            heap.decref(v);
        }
        for &v in stack[ret_slot..args_from].iter().rev() {
            heap.decref(v);
        }
    }

    /// Pops and drops everything above `level` (a call's window, once it is done).
    pub(crate) fn drop_to(&mut self, level: usize) {
        let top = self.sp;
        if top <= level {
            return;
        }
        self.sp = level;
        // Top first, as popping them one by one would; a decref only queues what
        // dies (no code runs), so the stack pointer can drop first.
        let (stack, heap) = (&self.stack[level..top], &mut self.heap);
        for &v in stack.iter().rev() {
            heap.decref(v);
        }
    }

    /// The length of a tuple (0 for anything else): a kwnames tuple's.
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

impl Vm {
    /// The TypeError for a `*` argument that is not iterable, in place of `e`, the
    /// error iterating it raised (CPython's `check_args_iterable` for a call,
    /// naming the function, and LIST_EXTEND's "Value after *" for a display or a
    /// call with several positional parts). Any other error stays as it is: `e` from
    /// an iterable's own `__iter__` is kept.
    #[cold]
    pub(crate) fn star_arg_error(
        &mut self,
        e: super::PyErr,
        it: Value,
        func: Option<Value>,
    ) -> super::PyErr {
        if !self.exc_matches(e.0, "TypeError") || self.looks_iterable(it) {
            return e;
        }
        self.decref(e.0);
        let tn = self.type_name(it);
        let msg = match func {
            Some(f) => {
                let fs = self.func_str(f);
                format!("{fs} argument after * must be an iterable, not {tn}")
            }
            None => format!("Value after * must be an iterable, not {tn}"),
        };
        self.type_error(msg)
    }

    /// Whether `v`'s type has `__iter__` or is a sequence (`__getitem__`, not a dict):
    /// CPython's `tp_iter != NULL || PySequence_Check`.
    fn looks_iterable(&mut self, v: Value) -> bool {
        if let Some(m) = self.lookup_type_attr(v, "__iter__") {
            let none = matches!(m, Value::None);
            self.decref(m);
            if !none {
                return true;
            }
        }
        let dict_t = self.types.dict;
        if self.is_instance(v, dict_t) {
            return false;
        }
        match self.lookup_type_attr(v, "__getitem__") {
            Some(m) => {
                self.decref(m);
                true
            }
            None => false,
        }
    }
}
