//! Entering Python functions: CPython's `_PyFunction_Vectorcall`/`_PyEval_Vector` and
//! `_PyEvalFramePushAndInit` (a frame pushed on the value stack, its locals bound in
//! place), the specialised `CALL_PY_EXACT_ARGS` ([`Vm::fast_function_call`]),
//! `RETURN_VALUE`'s frame pop ([`Vm::finish_frame`]) and `MAKE_FUNCTION`
//! ([`Vm::make_function`], CPython's `PyFunction_New`).
//!
//! Two ways in, for speed: `fast_function_call` (inlined into the dispatch loop's hot
//! block) takes the calls that need no binding and never raise, and changes nothing
//! when it declines; `push_function_frame` (from `call_at`) takes everything else:
//! binding (`bind.rs`), cells, generators. Both end in `push_call_frame`.

use super::super::frame::{Frame, FrameCode};
use super::super::{PyErr, PyResult, Vm};
use crate::bytecode::CodeObject;
use crate::runtime::object::Obj;
use crate::runtime::types::function::FunctionObj;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

impl Vm {
    /// The common case of `Call`/`CallMethod` (CPython's `CALL_PY_EXACT_ARGS`), kept
    /// small enough to inline into the dispatch loop: a plain Python function (no cells, no closure, not a generator)
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
        let (argc, ndef) = (code.simple_argc as usize, f.defaults.len());
        // Exact positional calls, and (CPython 3.11's CALL_PY_WITH_DEFAULTS) calls
        // that leave trailing parameters to `__defaults__`.
        if (n != argc && (argc == u32::MAX as usize || n > argc || n + ndef < argc))
            || self.frames.len() + self.c_depth >= self.fast_call_limit
        {
            return false;
        }
        let base = slot + 1;
        let nvars = code.varnames.len();
        if base + code.nlocalsplus() + code.max_stack as usize + 8 >= self.stack.len() {
            return false;
        }
        let globals = f.globals;
        // SAFETY: `stack[slot]`, the first slot of the new frame's window, holds the
        // caller's reference to the function that owns this code (FrameCode).
        let code = unsafe { FrameCode::borrowed(code) };
        self.fill_defaults(r, base, n, argc, ndef);
        self.enter_simple_frame(code, r, globals, slot, base, argc, nvars, Value::Undef);
        true
    }

    /// CALL of a Python function whose arguments need the full binding (`*args`,
    /// `**kwargs`, keyword arguments, keyword-only parameters) from the dispatch
    /// loop's hot block: `push_function_frame`, as the general path's `call_at` runs
    /// it. None (nothing done) for anything but a function whose call runs a frame
    /// (generator functions take `fast_generator_call` or the general path), or when
    /// calls must go through the general path (tracing, the fast-call depth).
    /// `Some(Ok(()))`: the frame was pushed; an error leaves the stack to the
    /// unwinder, as `call_at`'s does.
    #[inline(never)]
    pub fn function_call_binding(
        &mut self,
        r: ObjRef,
        slot: usize,
        n: usize,
        kwnames: Option<Value>,
    ) -> Option<PyResult<()>> {
        let Obj::Function(f) = self.heap.get(r) else {
            return None;
        };
        if f.code.flags.generator || self.frames.len() + self.c_depth >= self.fast_call_limit {
            return None;
        }
        // Keywords naming plain positional parameters (`f(a, b=1)`): bound in
        // place, then `fast_function_call`'s frame entry (CPython 3.11 binds them in
        // `initialize_locals` too, then pushes the frame as for any call).
        if let Some(k) = kwnames {
            let code = &f.code;
            let base = slot + 1;
            if code.simple_argc != u32::MAX
                && base + code.nlocalsplus() + code.max_stack as usize + 8 < self.stack.len()
            {
                let globals = f.globals;
                let nvars = code.varnames.len();
                // SAFETY: `stack[slot]`, the first slot of the new frame's window,
                // holds the caller's reference to the function that owns this code.
                let code = unsafe { FrameCode::borrowed(code) };
                if self.bind_keywords_plain(r, &code, base, n, k) {
                    self.enter_simple_frame(
                        code,
                        r,
                        globals,
                        slot,
                        base,
                        nvars,
                        nvars,
                        Value::Undef,
                    );
                    return Some(Ok(()));
                }
            }
            let Obj::Function(f) = self.heap.get(r) else {
                unreachable!("checked above")
            };
            let code = f.code.clone();
            let pushed = self.push_function_frame(r, code, slot, n, kwnames, slot, Value::Undef);
            return Some(pushed.map(|_| ()));
        }
        let code = f.code.clone();
        let pushed = self.push_function_frame(r, code, slot, n, kwnames, slot, Value::Undef);
        debug_assert!(
            !matches!(pushed, Ok(false)),
            "only a generator makes no frame"
        );
        Some(pushed.map(|_| ()))
    }

    /// `m(args)` of a bound method whose function is a plain Python function (CPython
    /// 3.11's `PRECALL_BOUND_METHOD_EXACT_ARGS`, then `CALL_PY_EXACT_ARGS`): the
    /// general path's unpacking (`call_at`: the arguments move up one slot, `self`
    /// goes first, the function replaces the method, whose reference is dropped),
    /// then the frame push of `fast_function_call`. Taken only when that push cannot
    /// decline; returns false, having changed nothing, otherwise.
    #[inline]
    pub fn fast_bound_method_call(&mut self, r: ObjRef, slot: usize, n: usize) -> bool {
        let Obj::BoundMethod { func, self_ } = self.heap.get(r) else {
            return false;
        };
        let (func, self_) = (*func, *self_);
        // `init_is_simple` is `fast_function_call`'s acceptance test (binding,
        // recursion limit, frame room) plus the free slot `self` takes.
        match func {
            Value::Obj(f) if self.init_is_simple(f, slot, n + 1) => {}
            _ => return false,
        }
        self.stack.copy_within(slot + 1..self.sp, slot + 2);
        self.sp += 1;
        self.heap.incref(func);
        self.heap.incref(self_);
        self.stack[slot + 1] = self_;
        self.stack[slot] = func;
        self.heap.decref_obj(r);
        let entered = self.fast_function_call(func, slot, n + 1);
        debug_assert!(entered, "init_is_simple promised the frame push");
        entered
    }

    /// `f(a, b)` of a generator or coroutine function whose parameters are plain
    /// positionals (CPython's `make_gen` after the simple binding), including a
    /// generator expression, whose frame takes the enclosing function's cells: the
    /// arguments move from the window into a new generator object, after them the
    /// unbound locals, the cells of captured locals (MAKE_CELL) and the closure's
    /// cells (COPY_FREE_VARS), all as `push_function_frame` lays them out, in the
    /// same order of allocation; the generator replaces the function on the stack.
    /// False (nothing changed) for anything else, which `call_at` handles.
    pub fn fast_generator_call(&mut self, callee: Value, slot: usize, n: usize) -> bool {
        let Value::Obj(r) = callee else {
            return false;
        };
        let Obj::Function(f) = self.heap.get(r) else {
            return false;
        };
        let code = &f.code;
        if !code.flags.generator
            || code.flags.varargs
            || code.flags.varkeywords
            || code.kwonlyargcount != 0
            || code.argcount as usize != n
            || f.closure.len() != code.freevars.len()
            // The recursion check a frame push makes (the generator's frame is
            // created, then suspended, by the call).
            || self.frames.len() + self.c_depth >= self.fast_call_limit
        {
            return false;
        }
        let (code, globals) = (code.clone(), f.globals);
        let base = slot + 1;
        let nvars = code.varnames.len();
        // Room for the whole frame, as `push_function_frame` makes it (a recycled
        // buffer when there is one).
        let mut slots =
            (self.heap.gen_free).take_buf(code.nlocalsplus() + code.max_stack as usize + 1);
        slots.extend_from_slice(&self.stack[base..base + n]);
        // The unbound locals after the arguments (`resize` is an out-of-line call).
        slots.extend(std::iter::repeat_n(Value::Undef, nvars.saturating_sub(n)));
        // Cells for captured locals, holding the argument when the local is one.
        for arg in code.cell2arg.iter() {
            let init = match arg {
                Some(a) => {
                    let v = slots[*a as usize];
                    self.heap.incref(v);
                    v
                }
                None => Value::Undef,
            };
            let cell = self.heap.new_value(Obj::Cell(init));
            slots.push(cell);
        }
        // The closure's cells, read in place.
        for i in 0..code.freevars.len() {
            let Obj::Function(f) = self.heap.get(r) else {
                unreachable!("the generator's function")
            };
            let c = f.closure[i];
            self.heap.incref(c);
            slots.push(c);
        }
        self.sp = base;
        let g = self.new_generator(r, code, globals, slots);
        self.drop_to(slot);
        self.push(g);
        true
    }

    /// Parameters `n..argc` of function `func` (the last `argc - n` of its `ndef`
    /// defaults) written as new references into the frame window at `base`.
    #[inline(always)]
    pub(super) fn fill_defaults(
        &mut self,
        func: ObjRef,
        base: usize,
        n: usize,
        argc: usize,
        ndef: usize,
    ) {
        for i in n..argc {
            let Obj::Function(f) = self.heap.get(func) else {
                unreachable!("defaults of a function")
            };
            let d = f.defaults[i + ndef - argc];
            self.heap.incref(d);
            self.stack[base + i] = d;
        }
    }

    /// Pushes the frame of a call that needs no argument binding (`simple_argc`
    /// matched, room checked): the `argc` arguments already sit at `base` as the first
    /// locals; the other locals start unbound. `ctor` is the instance an `__init__`
    /// frame returns (or `Undef`).
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub(super) fn enter_simple_frame(
        &mut self,
        code: FrameCode,
        func: ObjRef,
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
        if !code.cellvars.is_empty() {
            self.make_cells(&code, base);
        }
        if !code.freevars.is_empty() {
            // The closure's cells follow the locals (CPython's COPY_FREE_VARS).
            // Read in place, as push_function_frame does (no copy of the vector).
            let at = self.sp;
            for i in 0..code.freevars.len() {
                let Obj::Function(f) = self.heap.get(func) else {
                    unreachable!("the frame's function")
                };
                let c = f.closure[i];
                self.heap.incref(c);
                self.stack[at + i] = c;
            }
            self.sp += code.freevars.len();
        }
        self.push_call_frame(code, ret_slot, base, globals, ctor);
    }

    /// Pushes the cells for the locals inner functions capture (CPython's
    /// MAKE_CELL) after the locals of the frame at `base`, each holding the argument
    /// when the captured local is a parameter. Out of line: most calls make none.
    #[inline(never)]
    fn make_cells(&mut self, code: &CodeObject, base: usize) {
        for arg in code.cell2arg.iter() {
            let init = match arg {
                Some(a) => {
                    let v = self.stack[base + *a as usize];
                    self.heap.incref(v);
                    v
                }
                None => Value::Undef,
            };
            let cell = self.heap.new_value(Obj::Cell(init));
            self.stack[self.sp] = cell;
            self.sp += 1;
        }
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

    /// Binds arguments and pushes a frame for a Python function, or makes a generator
    /// (CPython's `_PyEvalFramePushAndInit`, then `RETURN_GENERATOR` at once).
    /// `ctor_instance` (owned, or `Undef`) is what an `__init__` frame returns.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn push_function_frame(
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
        let positional_only_call = kwnames.is_none()
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkeywords;
        let argcount = code.argcount as usize;
        let simple = positional_only_call && n == argcount;
        // CPython 3.11's CALL_PY_WITH_DEFAULTS: fewer positional arguments than
        // parameters, the rest filled from `__defaults__` in place.
        let with_defaults = positional_only_call
            && n < argcount
            && match self.heap.get(func) {
                Obj::Function(f) => n + f.defaults.len() >= argcount,
                _ => false,
            };
        if with_defaults {
            let ndef = match self.heap.get(func) {
                Obj::Function(f) => f.defaults.len(),
                _ => 0,
            };
            self.fill_defaults(func, base, n, argcount, ndef);
            for i in argcount..code.varnames.len() {
                self.stack[base + i] = Value::Undef;
            }
        } else if !simple {
            if let Err(e) = self.initialize_locals(func, &code, base, n, kwnames) {
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
        for arg in code.cell2arg.iter() {
            let init = match arg {
                Some(a) => {
                    let v = self.stack[base + *a as usize];
                    self.incref(v);
                    v
                }
                None => Value::Undef,
            };
            let cell = self.heap.new_value(Obj::Cell(init));
            self.push(cell);
        }
        let (globals, ncells) = match self.heap.get(func) {
            Obj::Function(f) => (f.globals, f.closure.len()),
            _ => unreachable!(),
        };
        // The closure's cells, read in place (no copy of the vector per call).
        for i in 0..ncells {
            let Obj::Function(f) = self.heap.get(func) else {
                unreachable!()
            };
            let c = f.closure[i];
            self.incref(c);
            self.push(c);
        }
        if code.flags.generator {
            // Calling a generator function runs nothing: the frame moves to the heap.
            // Room for the whole frame (locals, cells, evaluation stack and the
            // value a resume pushes), so no suspension reallocates.
            let mut slots =
                (self.heap.gen_free).take_buf(code.nlocalsplus() + code.max_stack as usize + 1);
            slots.extend_from_slice(&self.stack[base..self.sp]);
            self.sp = base;
            let g = self.new_generator(func, code, globals, slots);
            self.drop_to(ret_slot);
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

    /// Finishes the top frame with return value `v` (owned): drops its window and
    /// returns the value for the caller (the instance for `__init__` frames).
    pub fn finish_frame(&mut self, v: Value) -> PyResult<Value> {
        let f = self.frames.pop().unwrap();
        if f.cont.guarded() {
            self.c_depth -= 1;
        }
        self.frame_ended(&f);
        self.blocks.truncate(f.block_base);
        while self.handled.len() > f.handled_base {
            let h = self.handled.pop().unwrap();
            self.decref(h);
        }
        self.release_window(f.ret_slot);
        if let Some(g) = f.generator {
            self.gen_frame_cleared(g);
        }
        self.heap.class_call_args_done(f.ctor_args);
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

    /// Releases a finished frame's window `ret_slot..sp`: its locals, cells and
    /// leftover evaluation stack first to last, then the callable below them, which
    /// is CPython's `_PyFrame_Clear` order (`localsplus[0..stacktop]`, then
    /// `f_func`), so `__del__` of objects the locals held runs in CPython's order.
    #[inline]
    pub(crate) fn release_window(&mut self, ret_slot: usize) {
        let top = self.sp;
        self.sp = ret_slot;
        if top > ret_slot {
            let (window, heap) = (&self.stack[ret_slot..top], &mut self.heap);
            for &x in &window[1..] {
                heap.decref(x);
            }
            heap.decref(window[0]);
        }
    }

    /// The RecursionError for a call whose frame does not fit on the value stack.
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

    /// `globals['__name__']` (borrowed; None when absent), through `hint`, the entry
    /// where the code's last function found it. The hint is only a place to look: the
    /// entry's key must be the interned `__name__` itself, so the value read is the
    /// current binding whatever happened to the dict since (a comprehension makes a
    /// function per run, and the full str lookup was a sixth of making one).
    #[inline]
    fn globals_name(&self, globals: ObjRef, hint: &std::cell::Cell<u32>) -> Value {
        let key = self.names.name_;
        let Obj::Dict(g) = self.heap.get(globals) else {
            return Value::None;
        };
        if let Value::Obj(k) = key {
            if let Some(v) = g.value_for(hint.get() as usize, k) {
                return v;
            }
        }
        self.globals_name_slow(globals, hint)
    }

    #[inline(never)]
    fn globals_name_slow(&self, globals: ObjRef, hint: &std::cell::Cell<u32>) -> Value {
        let key = self.names.name_;
        let Some(v) = self.dict_get_str(globals, key) else {
            return Value::None;
        };
        if let (Obj::Dict(g), Value::Obj(k)) = (self.heap.get(globals), key) {
            if let Obj::Str(s) = self.heap.get(k) {
                if let Some(ix) = g.find(s.hash(), |stored| stored.is(key)) {
                    hint.set(ix as u32);
                }
            }
        }
        v
    }

    /// `MAKE_FUNCTION`: builds a function object from a code constant (CPython's
    /// `PyFunction_New`; owned refs in, owned out).
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
        // The function keeps the very tuples the caller built (CPython's
        // `func_defaults` / `func_closure`) and borrows their items for binding.
        // (Most functions have neither: no look-up for None.)
        let defs = match defaults {
            Value::None => Vec::new(),
            _ => self.seq_items(defaults).unwrap_or_default(),
        };
        let cells = match closure {
            Value::None => Vec::new(),
            _ => self.seq_items(closure).unwrap_or_default(),
        };
        self.heap.incref_obj(globals);
        // The code object's own name strings, shared by every function made from
        // it (CPython's `func_name = co_name`, `func_qualname = co_qualname`).
        // `intern` lends its string; the function owns a reference to each.
        let rt = self.runtime_of(&code);
        let (name, qualname) = (rt.name, rt.qualname);
        self.incref(name);
        self.incref(qualname);
        let doc = match &code.docstring {
            Some(d) => self.new_str(d.to_string()),
            None => Value::None,
        };
        // `__module__` is the globals' `__name__` (CPython's `PyFunction_New`).
        let module = self.globals_name(globals, &rt.module_ix);
        self.incref(module);
        self.heap.new_value(Obj::Function(Box::new(FunctionObj {
            code,
            code_obj: code_v,
            globals,
            defaults: defs,
            defaults_obj: defaults,
            kwdefaults,
            closure: cells,
            closure_obj: closure,
            name,
            qualname,
            doc,
            module,
            dict: Value::None,
        })))
    }
}
