//! Special attributes (`__class__`, `__dict__`, `__name__`, `__mro__`, exception `args`,
//! ...), `with`/`except` helpers and `from m import *` (CPython's typeobject.c getsets;
//! the rest of the import system is `import.rs`).

use super::{PyErr, PyResult, Vm};
use crate::runtime::object::Obj;
use crate::value::{ObjRef, Value};

impl Vm {
    /// `id(v)`: stable for the object's life, unique among live objects.
    pub fn id_of(&self, v: Value) -> u64 {
        match v {
            Value::Obj(r) => crate::runtime::heap::sizeof::id_of_index(r.0),
            Value::None => 0x7f00_0000_1000,
            Value::Bool(b) => 0x7f00_0000_2000 + b as u64 * 32,
            Value::Int(n) | Value::Float(n) => crate::runtime::heap::sizeof::id_of_num(n.raw()),
            Value::NotImplemented => 0x7f00_0000_3000,
            Value::Ellipsis => 0x7f00_0000_4000,
            Value::Undef => 0,
        }
    }

    /// Attributes computed from the object's structure rather than a dict.
    #[inline]
    pub fn special_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        // A plain instance (no exception state, no builtin payload) has only dunders
        // here (`__class__`, `__dict__`, `__weakref__`): a miss of any other name
        // (`hasattr(obj, "x")` false) is told without copying the name out.
        if let (Value::Obj(r), Value::Obj(nr)) = (obj, name) {
            if let (Obj::Instance(i), Obj::Str(s)) = (self.heap.get(r), self.heap.get(nr)) {
                if i.extra.is_none() && !s.as_str().starts_with("__") {
                    return Ok(None);
                }
            }
        }
        self.special_attr_general(obj, name)
    }

    /// `special_attr` past its plain-instance test.
    #[inline(never)]
    fn special_attr_general(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        // The name is copied out of the heap (the lookups below need `&mut self`);
        // names this short, which every special attribute is, need no allocation.
        let mut buf = [0u8; 64];
        let owned: String;
        let n: &str = match self.as_str(name) {
            Some(s) if s.len() <= buf.len() => {
                buf[..s.len()].copy_from_slice(s.as_bytes());
                std::str::from_utf8(&buf[..s.len()]).expect("copied from a str")
            }
            Some(s) => {
                owned = s.to_string();
                &owned
            }
            None => return Ok(None),
        };
        if n == "__class__" {
            let t = self.type_of(obj);
            self.heap.incref_obj(t);
            return Ok(Some(Value::Obj(t)));
        }
        let Value::Obj(r) = obj else {
            return Ok(match (obj, n) {
                (Value::Int(_), "real" | "numerator") | (Value::Float(_), "real") => {
                    // The number itself (CPython's int_int / float_float).
                    self.incref(obj);
                    Some(obj)
                }
                (Value::Bool(b), "real" | "numerator") => Some(self.int(b as i64)),
                (Value::Int(_) | Value::Bool(_), "imag") => Some(self.int(0)),
                (Value::Int(_) | Value::Bool(_), "denominator") => Some(self.int(1)),
                (Value::Float(_), "imag") => Some(self.float(0.0)),
                _ => None,
            });
        };
        if n == "__isabstractmethod__" {
            // classmethod/staticmethod report their function's flag, a property
            // any of its accessors' (CPython's cm_get___isabstractmethod__ and
            // property_get___isabstractmethod__): what abc.ABCMeta consults.
            let parts: Option<Vec<Value>> = match self.heap.get(r) {
                Obj::StaticMethod(f, ..) | Obj::ClassMethod(f, ..) => Some(vec![*f]),
                Obj::Property(p) => Some(vec![p.fget, p.fset, p.fdel]),
                _ => None,
            };
            if let Some(parts) = parts {
                for part in parts {
                    if matches!(part, Value::None) {
                        continue;
                    }
                    self.incref(part);
                    let flag = self.lookup_attr(part, name);
                    self.decref(part);
                    if let Some(flag) = flag? {
                        let yes = self.truthy(flag);
                        self.decref(flag);
                        if yes? {
                            return Ok(Some(Value::Bool(true)));
                        }
                    }
                }
                return Ok(Some(Value::Bool(false)));
            }
        }
        let out = match self.heap.get(r) {
            // CPython's `cell_get_contents`.
            Obj::Cell(v) if n == "cell_contents" => {
                let v = *v;
                if v.is_undef() {
                    return Err(self.value_error("Cell is empty"));
                }
                self.incref(v);
                Some(v)
            }
            Obj::Instance(i) => match n {
                "__dict__" if self.has_instance_dict(r) => Some(self.instance_dict(r)),
                "__weakref__" if matches!(self.heap.get(i.class), Obj::Class(c) if c.layout.has_weakref) => {
                    Some(self.weakref_head(r))
                }
                "args" if i.exc().is_some() => {
                    let a = i.exc().unwrap().args;
                    self.incref(a);
                    Some(a)
                }
                "__cause__" | "__context__" if i.exc().is_some() => {
                    let e = i.exc().unwrap();
                    let v = if n == "__cause__" { e.cause } else { e.context };
                    self.incref(v);
                    Some(v)
                }
                "__suppress_context__" if i.exc().is_some() => {
                    Some(Value::Bool(i.exc().unwrap().suppress_context))
                }
                "__traceback__" if i.exc().is_some() => {
                    let tb = i.exc().unwrap().traceback;
                    self.incref(tb);
                    Some(tb)
                }
                "characters_written" if i.exc().is_some() && self.exc_matches(obj, "OSError") => {
                    let w = i
                        .exc()
                        .unwrap()
                        .fields
                        .get(super::super::types::exception::oserror::WRITTEN);
                    match w {
                        Some(&v) if !v.is_undef() => {
                            self.incref(v);
                            Some(v)
                        }
                        _ => return Err(self.attr_error("characters_written")),
                    }
                }
                // The numbers' getset descriptors (CPython's `int.real`,
                // `complex.imag`, ...) apply to subclass instances too: their payload's.
                "real" | "imag" | "numerator" | "denominator" if i.payload().is_some() => {
                    let p = i.payload().unwrap();
                    return self.special_attr(p, name);
                }
                _ => None,
            },
            Obj::Class(c) => match n {
                "__name__" if !matches!(c.name_obj, Value::None) => {
                    let v = c.name_obj;
                    self.incref(v);
                    Some(v)
                }
                "__qualname__" if !matches!(c.qualname_obj, Value::None) => {
                    let v = c.qualname_obj;
                    self.incref(v);
                    Some(v)
                }
                "__name__" => {
                    // A builtin type named with its module (`collections.deque`,
                    // CPython's dotted `tp_name`) is called by the last part.
                    let s = if c.is_heap {
                        c.name.clone()
                    } else {
                        c.name.rsplit('.').next().unwrap_or("").to_string()
                    };
                    Some(self.new_str(s))
                }
                "__qualname__" => {
                    let s = c.qualname.clone();
                    Some(self.new_str(s))
                }
                // The tuples and base the class owns (CPython's `tp_mro`, `tp_bases`,
                // `tp_base`): the same objects each time.
                "__mro__" | "__bases__" | "__base__" => {
                    // `object` has no bases tuple of its own and no base.
                    let v = match n {
                        // None while a metaclass's `mro()` computes it.
                        "__mro__" if c.mro_tuple.0 == 0 => Value::None,
                        "__mro__" => Value::Obj(c.mro_tuple),
                        "__bases__" if c.bases_tuple.0 == 0 => Value::Obj(self.empty_tuple),
                        "__bases__" => Value::Obj(c.bases_tuple),
                        _ if c.base.0 == 0 => Value::None,
                        _ => Value::Obj(c.base),
                    };
                    self.incref(v);
                    Some(v)
                }
                // A new read-only live view of the namespace (CPython's `type_dict`:
                // `PyDictProxy_New(type->tp_dict)`).
                "__dict__" => {
                    let d = c.dict;
                    Some(self.new_mappingproxy(d))
                }
                // CPython's `type_get_doc`: the namespace's `__doc__`, run as a
                // descriptor (`__get__(None, cls)`) when it is one, so a class
                // property (`@classmethod @property def __doc__`) computes it.
                "__doc__" => {
                    let d = c.dict;
                    let k = self.intern("__doc__");
                    let v = self.dict_get_str(d, k).unwrap_or(Value::None);
                    // The namespace of `type` (or of a descriptor type) holds the
                    // `__doc__` getset itself; the docstring is the static type's
                    // `tp_doc`.
                    if matches!(v, Value::Obj(o) if matches!(self.heap.get(o), Obj::Member(_))) {
                        let short = match self.heap.get(r) {
                            Obj::Class(c) => c.name.rsplit('.').next().unwrap_or("").to_string(),
                            _ => String::new(),
                        };
                        return Ok(Some(
                            match crate::runtime::builtins::docs::type_doc(&short) {
                                Some(text) => self.new_str(text),
                                None => Value::None,
                            },
                        ));
                    }
                    self.incref(v);
                    if matches!(v, Value::Obj(o) if !matches!(self.heap.get(o), Obj::Str(_))) {
                        let t = self.type_of(v);
                        if let Some(g) = self.class_lookup(t, "__get__") {
                            let res = self.call_value(g, &[v, Value::None, obj], &[]);
                            self.decref(g);
                            self.decref(v);
                            return res.map(Some);
                        }
                    }
                    Some(v)
                }
                // CPython's `tp_flags` (see `types/class/flags.rs`).
                "__flags__" => {
                    let (is_heap, d) = (c.is_heap, c.dict);
                    let mut abstract_ = false;
                    if is_heap && d.0 != 0 {
                        let k = self.intern("__abstractmethods__");
                        if let Some(v) = self.dict_get_str(d, k) {
                            abstract_ = self.truthy(v)?;
                        }
                    }
                    let f = crate::runtime::types::class::flags::type_flags(&self.heap, r);
                    let f = crate::runtime::types::class::flags::with_abstract(f, abstract_);
                    Some(self.int(f as i64))
                }
                // CPython's `tp_basicsize`, `tp_itemsize`, `tp_dictoffset` and
                // `tp_weaklistoffset` members: a builtin's from CPython's table, a
                // class statement's as `type_new` laid its instances out.
                "__basicsize__" | "__itemsize__" | "__dictoffset__" | "__weakrefoffset__" => {
                    let s = crate::runtime::types::class::sizes::type_sizes(c);
                    let v = match n {
                        "__basicsize__" => i64::from(s.basicsize),
                        "__itemsize__" => i64::from(s.itemsize),
                        "__dictoffset__" => i64::from(s.dictoffset),
                        _ => i64::from(s.weaklistoffset),
                    };
                    Some(self.int(v))
                }
                "__text_signature__" => Some(
                    match crate::runtime::types::class::sizes::text_signature(c) {
                        Some(sig) => self.new_str(sig),
                        None => Value::None,
                    },
                ),
                // CPython's `type_get_annotations`: a class's own, never a base's;
                // a class without any gets a new empty dict in its namespace. A
                // static type has none.
                "__annotations__" if c.is_heap => {
                    let d = c.dict;
                    Some(self.own_annotations(d)?)
                }
                "__annotations__" => {
                    let cn = c.name.clone();
                    return Err(self.attr_error(format!(
                        "type object '{cn}' has no attribute '__annotations__'"
                    )));
                }
                // CPython's `type_abstractmethods`: the class's own entry (never
                // `type`'s, which is this getset).
                "__abstractmethods__" => {
                    let d = c.dict;
                    let k = self.intern("__abstractmethods__");
                    match self.dict_get_str(d, k) {
                        Some(v) if r != self.types.type_ => {
                            self.incref(v);
                            Some(v)
                        }
                        _ => return Err(self.attr_error("__abstractmethods__")),
                    }
                }
                // A dotted builtin name (`collections.deque`) carries its module.
                "__module__" if !c.is_heap => {
                    let m = crate::runtime::types::class::sizes::static_module(c).to_string();
                    Some(self.new_str(m))
                }
                // CPython's `type_module` for a class statement's class: its own
                // namespace's entry, not a base's.
                "__module__" => {
                    let d = c.dict;
                    let k = self.intern("__module__");
                    match self.dict_get_str(d, k) {
                        Some(v) => {
                            self.incref(v);
                            Some(v)
                        }
                        None => return Err(self.attr_error("__module__")),
                    }
                }
                _ => None,
            },
            Obj::Function(f) => match n {
                "__name__" => Some(f.name),
                "__qualname__" => Some(f.qualname),
                "__doc__" => Some(f.doc),
                "__module__" => Some(f.module),
                "__kwdefaults__" => Some(f.kwdefaults),
                "__annotations__" => return Ok(Some(self.function_annotations_dict(r))),
                "__defaults__" => Some(f.defaults_obj),
                "__code__" => Some(f.code_obj),
                "__globals__" => Some(Value::Obj(f.globals)),
                // CPython's `_PyEval_BuiltinsFromGlobals`: the globals' `__builtins__`,
                // a module standing for its namespace, the builtins dict when absent.
                "__builtins__" => {
                    let g = f.globals;
                    let k = self.intern("__builtins__");
                    let v = match self.dict_get_str(g, k) {
                        Some(Value::Obj(m)) => match self.heap.get(m) {
                            Obj::Module(md) => Value::Obj(md.dict),
                            _ => Value::Obj(m),
                        },
                        Some(v) => v,
                        None => Value::Obj(self.builtins),
                    };
                    Some(v)
                }
                "__closure__" => Some(f.closure_obj),
                "__dict__" => {
                    if matches!(f.dict, Value::None) {
                        let d = self.new_dict();
                        if let Obj::Function(f) = self.heap.get_mut(r) {
                            f.dict = d;
                        }
                    }
                    match self.heap.get(r) {
                        Obj::Function(f) => Some(f.dict),
                        _ => None,
                    }
                }
                _ => {
                    let d = f.dict;
                    if let Value::Obj(dr) = d {
                        self.dict_get_str(dr, name)
                    } else {
                        None
                    }
                }
            }
            .inspect(|&v| {
                self.incref(v);
            }),
            Obj::BoundMethod { func, self_ } => match n {
                "__self__" => Some(*self_),
                "__func__" => Some(*func),
                "__name__" | "__qualname__" | "__doc__" => {
                    let f = *func;
                    return self.special_attr(f, name);
                }
                _ => None,
            }
            .inspect(|&v| {
                self.incref(v);
            }),
            Obj::Builtin(b) => match n {
                "__name__" => {
                    let s = b.name;
                    Some(self.new_str(s))
                }
                "__qualname__" => {
                    let q = self.builtin_qualname(r);
                    Some(self.new_str(q))
                }
                // A method descriptor has no `__self__` (nor `__module__`); a
                // module's function reports None for its module object.
                "__self__" if b.self_.is_undef() && !b.plain => None,
                // A module's function: its module (CPython's `m_self`), None when
                // it has none.
                "__self__" if b.self_.is_undef() => {
                    let home = crate::runtime::builtins::native_home_module(b.f)
                        .map(|m| m.to_string())
                        .or_else(|| self.builtin_home_module(r));
                    match home.and_then(|m| self.module_object(&m)) {
                        Some(m) => {
                            self.heap.incref_obj(m);
                            Some(Value::Obj(m))
                        }
                        None => Some(Value::None),
                    }
                }
                // A builtin class's static method holds its class but reports no
                // receiver (CPython's `PyCFunction_GET_SELF` under METH_STATIC).
                "__self__" if b.is_static() => Some(Value::None),
                "__self__" => {
                    let s = b.self_;
                    self.incref(s);
                    Some(s)
                }
                // The class of a method descriptor, slot wrapper or method-wrapper
                // (not of a bound builtin method).
                "__objclass__" if !b.plain && (b.self_.is_undef() || self.is_slot_wrapper(b)) => {
                    let c = b.objclass.or(b.owner).unwrap_or(self.types.object);
                    self.heap.incref_obj(c);
                    Some(Value::Obj(c))
                }
                "__module__" if b.self_.is_undef() && !b.plain => None,
                // A bound builtin method's is None; a module function's is the name
                // of the module that holds it (CPython's `m_module`).
                "__module__" if !b.self_.is_undef() => Some(Value::None),
                "__module__" if b.owner.is_none() => {
                    match crate::runtime::builtins::native_home_module(b.f)
                        .map(|m| m.to_string())
                        .or_else(|| self.builtin_home_module(r))
                    {
                        Some(m) => Some(self.new_str(m)),
                        None => Some(Value::None),
                    }
                }
                "__doc__" => {
                    // The builtins namespace's own functions have docstrings
                    // (builtins/docs.rs); a module's function of the same name does not.
                    let (name, plain) =
                        (b.name, b.owner.is_none() && matches!(b.self_, Value::Undef));
                    let class = b.objclass.or(b.owner);
                    let k = self.intern(name);
                    let is_builtin = plain
                        && matches!(self.dict_get_str(self.builtins, k),
                                    Some(Value::Obj(o)) if o == r);
                    // A builtin class's method (its descriptor, or bound) has its
                    // class's docstring for it.
                    let doc = match class {
                        Some(c) => {
                            let cn = self.class_name(c);
                            crate::runtime::builtins::docs::method_doc(&cn, name)
                                .map(str::to_string)
                                .or_else(|| crate::runtime::builtins::docs::slot_doc(name))
                        }
                        _ => crate::runtime::builtins::docs::doc(name)
                            .filter(|_| is_builtin)
                            .map(str::to_string),
                    };
                    match doc {
                        Some(d) => Some(self.new_str(d)),
                        None => Some(Value::None),
                    }
                }
                _ => None,
            },
            // A dict view's `mapping`: a read-only proxy of its dict (CPython's
            // `dictview_mapping`).
            Obj::DictView { dict, .. } if n == "mapping" => {
                let d = *dict;
                Some(self.new_mappingproxy(d))
            }
            Obj::BigRange(br) => {
                let b = match n {
                    "start" => Some(br.start.clone()),
                    "stop" => Some(br.stop.clone()),
                    "step" => Some(br.step.clone()),
                    _ => None,
                };
                b.map(|b| self.new_int(b))
            }
            Obj::Range { start, stop, step } => match n {
                "start" => Some(self.int(*start)),
                "stop" => Some(self.int(*stop)),
                "step" => Some(self.int(*step)),
                _ => None,
            },
            // The callback a weak reference calls (`__callback__`, CPython's
            // `wr_callback` member): None without one, and once the referent died.
            Obj::WeakRef(w) if n == "__callback__" => {
                let c = w.callback;
                self.incref(c);
                Some(c)
            }
            Obj::Slice { .. } => self.slice_member(r, n),
            Obj::MemoryView(_) => self.memoryview_member(r, n)?,
            Obj::Module(m) => match n {
                "__dict__" => {
                    let d = m.dict;
                    self.heap.incref_obj(d);
                    Some(Value::Obj(d))
                }
                // CPython's `module_get_annotations`: the namespace's, else a new
                // empty dict stored there.
                "__annotations__" => {
                    let d = m.dict;
                    Some(self.own_annotations(d)?)
                }
                _ => None,
            },
            Obj::Property(p) => match n {
                "fget" | "fset" | "fdel" | "__doc__" => {
                    let v = match n {
                        "fget" => p.fget,
                        "fset" => p.fset,
                        "fdel" => p.fdel,
                        _ => p.doc,
                    };
                    self.incref(v);
                    Some(v)
                }
                _ => None,
            },
            Obj::Member(_) => self.member_attr(r, n),
            // A classmethod_descriptor's own attributes are its builtin's.
            Obj::ClassMethod(f, ..)
                if matches!(n, "__name__" | "__qualname__" | "__objclass__" | "__doc__")
                    && self.builtin_classmethod(*f).is_some() =>
            {
                let f = *f;
                if n == "__objclass__" {
                    let b = *self.builtin_classmethod(f).expect("checked");
                    let c = b.objclass.unwrap_or(self.types.object);
                    self.heap.incref_obj(c);
                    return Ok(Some(Value::Obj(c)));
                }
                return self.special_attr(f, name);
            }
            Obj::StaticMethod(f, ..) | Obj::ClassMethod(f, ..)
                if matches!(n, "__func__" | "__wrapped__") =>
            {
                let f = *f;
                self.incref(f);
                Some(f)
            }
            Obj::StaticMethod(..) | Obj::ClassMethod(..) if n == "__dict__" => {
                let d = self.wrapper_dict(r);
                self.heap.incref_obj(d);
                Some(Value::Obj(d))
            }
            // The wrapper's own attributes (the metadata `staticmethod(f)` copied
            // from `f`) come after the type's data descriptors.
            Obj::StaticMethod(..) | Obj::ClassMethod(..) if n != "__isabstractmethod__" => {
                self.wrapper_dict_attr(r, name)
            }
            // `gi_*` of a generator, `cr_*` of a coroutine, `ag_*` of an async
            // generator (whose `ag_running` says an awaitable of it is running).
            Obj::Generator(g) => match gen_attr(n, g) {
                Some("running") if g.code.flags.async_generator => {
                    Some(Value::Bool(g.ag_running_async))
                }
                Some("running") => Some(Value::Bool(
                    g.state == crate::runtime::types::generator::GenState::Running,
                )),
                // The code object the generator's function had when called (its
                // frame's f_code): that same object while the function still holds
                // it, so `g.gi_code is f.__code__`.
                Some("code") => {
                    let shared = match g.func {
                        // A finished generator keeps only the code object
                        // (`gen_frame_cleared`).
                        Value::Obj(cr)
                            if matches!(self.heap.get(cr), Obj::Code(c)
                                if std::rc::Rc::ptr_eq(c, &g.code)) =>
                        {
                            Some(g.func)
                        }
                        Value::Obj(fr) => match self.heap.get(fr) {
                            Obj::Function(f) => match f.code_obj {
                                Value::Obj(cr) => match self.heap.get(cr) {
                                    Obj::Code(c) if std::rc::Rc::ptr_eq(c, &g.code) => {
                                        Some(f.code_obj)
                                    }
                                    _ => None,
                                },
                                _ => None,
                            },
                            _ => None,
                        },
                        _ => None,
                    };
                    match shared {
                        Some(v) => {
                            self.incref(v);
                            Some(v)
                        }
                        None => {
                            let c = g.code.clone();
                            Some(self.code_object(&c))
                        }
                    }
                }
                // 3.11's `gi_suspended` (and `cr_suspended`): paused at a yield.
                Some("suspended") => Some(Value::Bool(
                    g.state == crate::runtime::types::generator::GenState::Suspended,
                )),
                Some("frame") => Some(self.generator_frame(r)),
                // CPython's `_PyGen_yf`: the iterator a suspended `yield from` (or
                // `await`) delegates to, the top of its saved stack; else None.
                Some("yieldfrom") => {
                    let suspended_in_yield_from = g.state
                        == crate::runtime::types::generator::GenState::Suspended
                        && matches!(
                            g.code.code.get(g.ip as usize),
                            Some(crate::bytecode::Op::YieldFrom)
                        );
                    let v = match g.slots.last() {
                        Some(&v) if suspended_in_yield_from => v,
                        _ => Value::None,
                    };
                    self.incref(v);
                    Some(v)
                }
                Some(_) => None,
                None => match n {
                    "__name__" | "__qualname__" => {
                        let v = if n == "__name__" { g.name } else { g.qualname };
                        self.incref(v);
                        Some(v)
                    }
                    _ => None,
                },
            },
            Obj::Code(c) => match n {
                // The strings `make_function` shares with functions of this code.
                "co_name" => {
                    let c = c.clone();
                    let v = self.intern(&c.name);
                    self.incref(v);
                    Some(v)
                }
                "co_qualname" => {
                    let c = c.clone();
                    let v = self.intern(&c.qualname);
                    self.incref(v);
                    Some(v)
                }
                "co_filename" => {
                    let s = c.filename.to_string();
                    Some(self.new_str(s))
                }
                "co_firstlineno" => Some(self.int(c.first_line as i64)),
                "co_argcount" => Some(self.int(c.argcount as i64)),
                "co_posonlyargcount" => Some(self.int(c.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(self.int(c.kwonlyargcount as i64)),
                "co_flags" => {
                    // CPython's CO_* bits; a function made inside another has
                    // `<locals>` in its qualified name, or follows a comprehension's
                    // `<listcomp>.` (CO_NESTED).
                    let f = &c.flags;
                    let bits = if f.uses_namespace { 0 } else { 3 }
                        | if f.varargs { 4 } else { 0 }
                        | if f.varkeywords { 8 } else { 0 }
                        | if c.qualname.contains("<locals>") || c.qualname.contains(">.") {
                            16
                        } else {
                            0
                        }
                        | if f.async_generator {
                            0x200
                        } else if f.coroutine {
                            0x80
                        } else if f.generator {
                            32
                        } else {
                            0
                        };
                    Some(self.int(bits))
                }
                "co_varnames" => {
                    let names: Vec<String> = c.varnames.iter().map(|n| n.to_string()).collect();
                    let items = names.into_iter().map(|n| self.new_str(n)).collect();
                    Some(self.new_tuple(items))
                }
                _ => {
                    let c = c.clone();
                    self.code_attr(&c, n)
                }
            },
            Obj::Complex(z) => {
                let z = *z;
                self.complex_attr(z, n)
            }
            Obj::Frame(_) => return self.frame_attr(r, n),
            Obj::Traceback(_) => return self.traceback_attr(r, n),
            Obj::BigInt(_) => match n {
                "real" | "numerator" => {
                    self.incref(obj);
                    Some(obj)
                }
                "imag" => Some(self.int(0)),
                "denominator" => Some(self.int(1)),
                _ => None,
            },
            _ => None,
        };
        Ok(out)
    }

    /// `f.__defaults__ = v` / `f.__kwdefaults__ = v` (v borrowed): replaces the
    /// defaults the call path binds from.
    pub fn set_function_defaults(&mut self, f: ObjRef, name: &str, v: Value) -> PyResult<()> {
        let is_tuple = matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_)));
        let is_dict = matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Dict(_)));
        if name == "__defaults__" {
            if !is_tuple && !matches!(v, Value::None) {
                return Err(self.type_error("__defaults__ must be set to a tuple object"));
            }
            let items = self.seq_items(v).unwrap_or_default();
            self.incref(v);
            let old = match self.heap.get_mut(f) {
                Obj::Function(func) => {
                    func.defaults = items;
                    std::mem::replace(&mut func.defaults_obj, v)
                }
                _ => v,
            };
            self.decref(old);
            return Ok(());
        }
        if !is_dict && !matches!(v, Value::None) {
            return Err(self.type_error("__kwdefaults__ must be set to a dict object"));
        }
        self.incref(v);
        let old = match self.heap.get_mut(f) {
            Obj::Function(func) => std::mem::replace(&mut func.kwdefaults, v),
            _ => v,
        };
        self.decref(old);
        Ok(())
    }

    /// `except C:` for the common handler that names one class derived from
    /// BaseException, matched without gathering a list of candidates; None for
    /// anything else (a tuple, a class that may not be caught), which `exc_match`
    /// decides.
    #[inline]
    pub(crate) fn exc_match_class(&self, exc: Value, t: Value) -> Option<bool> {
        let Value::Obj(cr) = t else { return None };
        let Obj::Class(c) = self.heap.get(cr) else {
            return None;
        };
        let base = self.types.base_exception;
        (cr == base || c.mro.contains(&base)).then(|| self.is_instance(exc, cr))
    }

    /// `except T:` matching.
    pub fn exc_match(&mut self, exc: Value, t: Value) -> PyResult<bool> {
        if let Some(hit) = self.exc_match_class(exc, t) {
            return Ok(hit);
        }
        let classes: Vec<Value> = match self.seq_items(t) {
            Some(items) if matches!(t, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_))) => {
                items
            }
            _ => vec![t],
        };
        let mut hit = false;
        for c in classes {
            match c {
                Value::Obj(cr)
                    if matches!(self.heap.get(cr), Obj::Class(_))
                        && self.is_subclass(cr, self.types.base_exception) =>
                {
                    if self.is_instance(exc, cr) {
                        hit = true;
                    }
                }
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        Ok(hit)
    }

    /// `with ctx:` entry: (bound __exit__, ctx.__enter__()).
    pub fn before_with(&mut self, ctx: Value) -> PyResult<(Value, Value)> {
        let t = self.type_of(ctx);
        let enter = self.class_lookup(t, "__enter__");
        let exit = self.class_lookup(t, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(ctx);
            // CPython looks up __enter__ first; a missing __exit__ is named.
            let missed = if enter.is_some() {
                " (missed __exit__ method)"
            } else {
                ""
            };
            for found in [enter, exit].into_iter().flatten() {
                self.decref(found);
            }
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol{}",
                tn, missed
            )));
        };
        self.enter_context(ctx, enter, exit)
    }

    /// The common end of `with` and `async with` (CPython's `BEFORE_WITH` /
    /// `BEFORE_ASYNC_WITH`): binds the exit method (owned `exit`) to `mgr` and calls
    /// the enter method (owned `enter`, dropped after the call). Returns (bound exit,
    /// what the enter call returned), both owned.
    pub(crate) fn enter_context(
        &mut self,
        mgr: Value,
        enter: Value,
        exit: Value,
    ) -> PyResult<(Value, Value)> {
        // `_PyObject_LookupSpecial` binds what it finds through the descriptor
        // protocol: an exit method that is not a function (a Mock) is bound by its
        // `__get__`, or used as it is.
        let bound_exit = if self.is_receiverless(exit) {
            let b = self.bind_receiverless(exit, mgr);
            self.decref(exit);
            match b {
                Ok(b) => b,
                Err(e) => {
                    self.decref(enter);
                    return Err(e);
                }
            }
        } else {
            self.incref(mgr);
            self.heap.new_value(Obj::BoundMethod {
                func: exit,
                self_: mgr,
            })
        };
        let r = self.call_special(enter, mgr, &[]);
        self.decref(enter);
        match r {
            Ok(v) => Ok((bound_exit, v)),
            Err(e) => {
                self.decref(bound_exit);
                Err(e)
            }
        }
    }

    /// `from m import *`.
    pub fn import_star(&mut self, m: Value, ns: ObjRef) -> PyResult<()> {
        // CPython's import_all_from: the names in `__all__`, else the public keys of
        // `__dict__`, each read with getattr (so any object works, not only modules).
        let (names, skip_private) = match self.get_attr(m, "__all__") {
            Ok(all) => {
                let r = self.collect_iter(all);
                self.decref(all);
                (r?, false)
            }
            Err(e) if self.exc_matches(e.0, "AttributeError") => {
                self.decref(e.0);
                match self.get_attr(m, "__dict__") {
                    Ok(d) => {
                        let r = self.collect_iter(d);
                        self.decref(d);
                        (r?, true)
                    }
                    Err(e) if self.exc_matches(e.0, "AttributeError") => {
                        self.decref(e.0);
                        return Err(self.err(
                            "ImportError",
                            "from-import-* object has no __dict__ and no __all__",
                        ));
                    }
                    Err(e) => return Err(e),
                }
            }
            Err(e) => return Err(e),
        };
        let mut res = Ok(());
        let mut it = names.into_iter();
        for k in it.by_ref() {
            let Some(text) = self.as_str(k).map(str::to_string) else {
                let tn = self.type_name(k);
                self.decref(k);
                let modname = match self.get_attr(m, "__name__") {
                    Ok(n) => {
                        let s = self.as_str(n).unwrap_or("?").to_string();
                        self.decref(n);
                        s
                    }
                    Err(e) => {
                        self.decref(e.0);
                        "?".to_string()
                    }
                };
                res = Err(self.type_error(if skip_private {
                    format!("Key in {modname}.__dict__ must be str, not {tn}")
                } else {
                    format!("Item in {modname}.__all__ must be str, not {tn}")
                }));
                break;
            };
            if skip_private && text.starts_with('_') {
                self.decref(k);
                continue;
            }
            let r = self.get_attr(m, text.as_str()).and_then(|v| {
                let r = self.ns_store(ns, k, v);
                self.decref(v);
                r
            });
            self.decref(k);
            if let Err(e) = r {
                res = Err(e);
                break;
            }
        }
        for k in it {
            self.decref(k);
        }
        res
    }

    /// A SystemExit's exit code, per CPython's rules (None → 0, int → itself,
    /// anything else printed to stderr → 1).
    pub fn system_exit_code(&mut self, e: &PyErr) -> i32 {
        let code = self.stop_iteration_value(e.0);
        let r = match code {
            Value::None => 0,
            Value::Int(i) => self.heap.int_of(i) as i32,
            Value::Bool(b) => b as i32,
            other => {
                self.flush_out();
                if !self.exit_message_to_stderr(other) {
                    let s = self.to_str(other).unwrap_or_default();
                    crate::eprintln_safe!("{}", s);
                }
                1
            }
        };
        self.decref(code);
        r
    }
}

impl Vm {
    /// Writes a SystemExit's message and a newline to `sys.stderr` with its own
    /// `write` (CPython's `handle_system_exit`: `PyFile_WriteObject` of the str), so
    /// a replaced stream gets it and lone surrogates meet the stream's error
    /// handler. False when there is no such stream (the caller then writes to the
    /// process's stderr).
    fn exit_message_to_stderr(&mut self, code: Value) -> bool {
        let Some(Some(f)) = crate::runtime::modules::sys::sys_attr(self, "stderr") else {
            return false;
        };
        if matches!(f, Value::None) {
            return false;
        }
        self.incref(f);
        let text = if self.type_of(code) == self.types.str_ {
            self.incref(code);
            Ok(code)
        } else {
            self.to_str(code).map(|t| self.new_str(t))
        };
        let nl = self.new_str("\n");
        let r = text.and_then(|t| {
            let mut r = Ok(());
            for piece in [t, nl] {
                r = r.and_then(|()| {
                    let w = self.get_attr(f, "write")?;
                    let x = self.call_value(w, &[piece], &[]);
                    self.decref(w);
                    self.decref(x?);
                    Ok(())
                });
            }
            self.decref(t);
            r
        });
        self.decref(nl);
        // A stream that fails is not replaced by the process's stderr (CPython
        // clears the error).
        let r = r.and_then(|()| {
            let fl = self.get_attr(f, "flush")?;
            let x = self.call_value(fl, &[], &[]);
            self.decref(fl);
            self.decref(x?);
            Ok(())
        });
        if let Err(e) = r {
            self.decref(e.0);
        }
        self.decref(f);
        true
    }

    /// The name of the module whose namespace holds the builtin function `f`: the
    /// builtins, else the first module in `sys.modules` with `f` among its values
    /// (mempy's builtin functions do not record their module; this finds it when
    /// asked, which is rare).
    /// The module object `sys.modules[name]` (borrowed).
    fn module_object(&self, name: &str) -> Option<ObjRef> {
        let Obj::Dict(mods) = self.heap.get(self.modules) else {
            return None;
        };
        mods.iter()
            .find_map(|e| match (self.as_str(e.key), e.value) {
                (Some(k), Value::Obj(m))
                    if k == name && matches!(self.heap.get(m), Obj::Module(_)) =>
                {
                    Some(m)
                }
                _ => None,
            })
    }

    pub(crate) fn builtin_home_module(&self, f: ObjRef) -> Option<String> {
        let holds = |d: ObjRef| match self.heap.get(d) {
            Obj::Dict(d) => d.iter().any(|e| matches!(e.value, Value::Obj(o) if o == f)),
            _ => false,
        };
        if holds(self.builtins) {
            return Some("builtins".to_string());
        }
        let Obj::Dict(mods) = self.heap.get(self.modules) else {
            return None;
        };
        mods.iter().find_map(|e| match e.value {
            Value::Obj(m) => match self.heap.get(m) {
                Obj::Module(m) if holds(m.dict) => Some(m.name.clone()),
                _ => None,
            },
            _ => None,
        })
    }
}

impl Vm {
    /// The `__annotations__` of the namespace dict `d` (owned): its entry, or a
    /// new empty dict stored as it (what a class's and a module's
    /// `__annotations__` getset gives).
    fn own_annotations(&mut self, d: ObjRef) -> PyResult<Value> {
        let key = self.intern("__annotations__");
        if let Some(v) = self.dict_get_str(d, key) {
            self.incref(v);
            return Ok(v);
        }
        let new = self.heap.new_value(Obj::Dict(Box::default()));
        if let Err(e) = self.dict_set_item(Value::Obj(d), key, new) {
            self.decref(new);
            return Err(e);
        }
        // A class namespace changed (a module's too, which costs nothing).
        self.invalidate_method_cache();
        Ok(new)
    }
}

/// The generator attribute `n` names without its kind's prefix (`gi_` of a
/// generator, `cr_` of a coroutine, `ag_` of an async generator): `running`,
/// `code`, `frame`, or `yieldfrom` for `gi_yieldfrom`, `cr_await` and `ag_await`.
pub(crate) fn gen_attr(n: &str, g: &crate::runtime::object::GeneratorObj) -> Option<&'static str> {
    let prefix = if g.code.flags.async_generator {
        "ag_"
    } else if g.code.flags.coroutine {
        "cr_"
    } else {
        "gi_"
    };
    let rest = n.strip_prefix(prefix)?;
    Some(match rest {
        "running" => "running",
        "suspended" if prefix != "ag_" => "suspended",
        "code" => "code",
        "frame" => "frame",
        "yieldfrom" if prefix == "gi_" => "yieldfrom",
        "await" if prefix != "gi_" => "yieldfrom",
        _ => return None,
    })
}
