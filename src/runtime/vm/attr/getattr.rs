//! Reading attributes: CPython's `PyObject_GetAttr` (Objects/object.c) and the
//! `tp_getattro` slots it dispatches to: `PyObject_GenericGetAttr` for instances,
//! `type_getattro` for classes, `module_getattro`, `super_getattro`; the descriptor
//! `tp_descr_get` of the builtin descriptor kinds ([`Vm::bind_descriptor`]); and
//! `_PyObject_GetMethod`, the unbound method lookup of `LOAD_METHOD`.
//!
//! The dispatch loop reaches `get_attr` through `load_attr_uncached`
//! (`specialize.rs`) when its inline cache misses.

use super::AttrName;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `obj.name` (CPython's `PyObject_GetAttr`; `PyObject_GetAttrString` when `name`
    /// is a Rust string). Returns an owned reference.
    #[inline]
    pub fn get_attr(&mut self, obj: Value, name: impl AttrName) -> PyResult<Value> {
        let name = name.into_key(self);
        self.get_attr_key(obj, name)
    }

    /// `obj.name`, or None where `get_attr` would raise AttributeError (CPython's
    /// `_PyObject_LookupAttr`, behind `getattr(x, name, default)` and `hasattr`). For
    /// a plain instance (the class's own `__getattribute__` not overridden) a miss
    /// makes no exception at all; an AttributeError raised by Python code
    /// (`__getattr__`, a property) is swallowed as CPython does.
    pub fn lookup_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        let kind = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(_) => Some((r, true)),
                Obj::Class(_) => Some((r, false)),
                _ => None,
            },
            _ => None,
        };
        let r = match kind {
            Some((r, true)) if self.user_getattribute(t).is_none() => {
                Some(self.instance_getattr_opt(obj, r, t, name, true))
            }
            Some((r, false)) => Some(self.class_getattr_opt(obj, r, name)),
            None if self.plain_builtin_attrs(obj) => Some(self.builtin_getattr_opt(obj, name, t)),
            _ => None,
        };
        match r.unwrap_or_else(|| self.get_attr_key(obj, name).map(Some)) {
            Err(e) if self.exc_matches(e.0, "AttributeError") => {
                self.decref(e.0);
                Ok(None)
            }
            r => r,
        }
    }

    /// Whether `obj`'s attributes are its builtin type's alone (CPython's
    /// `PyObject_GenericGetAttr` without an instance dict): not an instance, class,
    /// module, `super` or bound method, whose lookups have their own rules.
    fn plain_builtin_attrs(&self, obj: Value) -> bool {
        match obj {
            Value::Obj(r) => !matches!(
                self.heap.get(r),
                Obj::Instance(_)
                    | Obj::Class(_)
                    | Obj::Module(_)
                    | Obj::Super { .. }
                    | Obj::BoundMethod { .. }
            ),
            _ => true,
        }
    }

    /// `get_attr_nonhook` for an object of `plain_builtin_attrs`, with a missing
    /// attribute as None: `hasattr(5, "x")` need not build the AttributeError and
    /// its message only to drop it (CPython's `_PyObject_LookupAttr` suppresses it
    /// inside the generic lookup too).
    fn builtin_getattr_opt(
        &mut self,
        obj: Value,
        name: Value,
        t: ObjRef,
    ) -> PyResult<Option<Value>> {
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(Some(v));
        }
        match self.class_lookup(t, name) {
            Some(a) => self.bind_descriptor(a, obj, t).map(Some),
            None => Ok(None),
        }
    }

    /// `get_attr` with the interned name: the `tp_getattro` dispatch
    /// (`PyObject_GenericGetAttr` then `__getattr__` for instances, `type_getattro`,
    /// `module_getattro`, `super_getattro`; the builtin types' attributes).
    fn get_attr_key(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        let r = self.get_attr_unmarked(obj, name);
        if let Err(e) = &r {
            self.mark_attr_error(e.0, obj, name);
        }
        r
    }

    fn get_attr_unmarked(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        let t = self.type_of(obj);
        if let Value::Obj(r) = obj {
            if matches!(self.heap.get(r), Obj::Instance(_)) {
                if let Some(ga) = self.user_getattribute(t) {
                    return self.getattribute_hook(ga, obj, name, t);
                }
                return self.instance_getattr(obj, r, t, name, true);
            }
            // A module of a ModuleType subclass that defines `__getattribute__`.
            if matches!(self.heap.get(r), Obj::Module(m) if m.class.is_some()) {
                if let Some(ga) = self.user_getattribute(t) {
                    return self.getattribute_hook(ga, obj, name, t);
                }
            }
            // A class whose metaclass defines `__getattribute__`: its attributes are
            // read through it, as any instance's through its class's.
            if matches!(self.heap.get(r), Obj::Class(c) if c.metaclass.is_some())
                && self.class_facts(t) & crate::runtime::types::class::CLASS_PLAIN_GETATTRIBUTE == 0
            {
                if let Some(ga) = self.meta_getattribute(t) {
                    return self.getattribute_hook(ga, obj, name, t);
                }
            }
        }
        self.get_attr_nonhook(obj, name, t)
    }

    /// A metaclass's own `__getattribute__` (borrowed), when it is neither `type`'s
    /// nor `object`'s.
    pub(crate) fn meta_getattribute(&mut self, meta: ObjRef) -> Option<Value> {
        let key = self.names.getattribute;
        let found = self.class_lookup_borrowed(meta, key)?;
        for base in [self.types.type_, self.types.object] {
            if self
                .class_lookup_borrowed(base, key)
                .is_some_and(|b| b.is(found))
            {
                return None;
            }
        }
        Some(found)
    }

    /// The class's own `__getattribute__` (borrowed), when it is not `object`'s.
    pub(crate) fn user_getattribute(&mut self, cls: ObjRef) -> Option<Value> {
        let key = self.names.getattribute;
        self.object_override(cls, key)
    }

    /// CPython's `slot_tp_getattr_hook`: `type(obj).__getattribute__(obj, name)`, and
    /// on AttributeError `type(obj).__getattr__(obj, name)` when the class has one.
    fn getattribute_hook(
        &mut self,
        ga: Value,
        obj: Value,
        name: Value,
        t: ObjRef,
    ) -> PyResult<Value> {
        // Either hook may be any descriptor (CPython's `call_attribute` binds it
        // through its `__get__`), hence `call_special`.
        self.incref(ga);
        let r = self.call_special(ga, obj, &[name]);
        self.decref(ga);
        match r {
            Err(e) if self.exc_matches(e.0, "AttributeError") => {
                let Some(fallback) = self.class_lookup(t, self.names.getattr) else {
                    return Err(e);
                };
                self.decref(e.0);
                let r = self.call_special(fallback, obj, &[name]);
                self.decref(fallback);
                r
            }
            r => r,
        }
    }

    /// `object.__getattribute__(obj, name)` (CPython's `PyObject_GenericGetAttr`):
    /// the lookup without the class's `__getattribute__` and `__getattr__` hooks.
    pub fn generic_getattr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        let t = self.type_of(obj);
        if let Value::Obj(r) = obj {
            if matches!(self.heap.get(r), Obj::Instance(_)) {
                return self.instance_getattr(obj, r, t, name, false);
            }
        }
        self.get_attr_nonhook(obj, name, t)
    }

    /// An instance's attribute: data descriptors, the instance's own attributes, the
    /// class's, then (with `hook`) the class's `__getattr__`.
    fn instance_getattr(
        &mut self,
        obj: Value,
        r: ObjRef,
        t: ObjRef,
        name: Value,
        hook: bool,
    ) -> PyResult<Value> {
        match self.instance_getattr_opt(obj, r, t, name, hook)? {
            Some(v) => Ok(v),
            None => Err(self.no_attr(obj, name)),
        }
    }

    /// `instance_getattr` that reports a plain miss (no attribute, no `__getattr__`)
    /// as None instead of making the AttributeError nobody may look at.
    fn instance_getattr_opt(
        &mut self,
        obj: Value,
        r: ObjRef,
        t: ObjRef,
        name: Value,
        hook: bool,
    ) -> PyResult<Option<Value>> {
        // Data descriptors (property, `__slots__` members) on the class win over the
        // instance dict.
        let cls_attr = self.class_lookup(t, name);
        if let Some(a) = cls_attr {
            if matches!(a, Value::Obj(ar) if matches!(self.heap.get(ar), Obj::Property(_) | Obj::Member(_)))
                || self.is_user_data_descr(a)
            {
                return self.bind_descriptor(a, obj, t).map(Some);
            }
        }
        if let Some(v) = self.inst_attr(r, name) {
            if let Some(a) = cls_attr {
                self.decref(a);
            }
            self.incref(v);
            return Ok(Some(v));
        }
        if let Some(a) = cls_attr {
            return self.bind_descriptor(a, obj, t).map(Some);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(Some(v));
        }
        if hook {
            if let Some(ga) = self.class_lookup(t, self.names.getattr) {
                let r = self.call_special(ga, obj, &[name]);
                self.decref(ga);
                return r.map(Some);
            }
        }
        Ok(None)
    }

    /// `type_getattro` for the class `r` (`obj`): None on a plain miss, so
    /// `lookup_attr` need not make an AttributeError.
    fn class_getattr_opt(&mut self, obj: Value, r: ObjRef, name: Value) -> PyResult<Option<Value>> {
        let has_meta = matches!(self.heap.get(r), Obj::Class(c) if c.metaclass.is_some());
        if has_meta {
            if let Some(v) = self.meta_data_descr(r, name)? {
                return Ok(Some(v));
            }
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(Some(v));
        }
        if let Some(a) = self.class_lookup(r, name) {
            let Value::Obj(ar) = a else {
                return Ok(Some(a));
            };
            return match self.heap.get(ar) {
                Obj::StaticMethod(f, ..) => {
                    let f = *f;
                    self.incref(f);
                    self.decref(a);
                    Ok(Some(f))
                }
                Obj::ClassMethod(f, ..) => {
                    let f = *f;
                    let m = self.classmethod_bind(f, obj);
                    self.decref(a);
                    m.map(Some)
                }
                // A user descriptor: `__get__(None, cls)`.
                Obj::Instance(_) => self.descr_get(a, Value::None, r).map(Some),
                _ => Ok(Some(a)),
            };
        }
        if let Some(v) = self.meta_getattr_fallback(r, name)? {
            return Ok(Some(v));
        }
        // Methods of `type` itself (e.g. `C.mro`).
        let tt = self.types.type_;
        if let Some(a) = self.class_lookup(tt, name) {
            return self.bind_descriptor(a, obj, tt).map(Some);
        }
        Ok(None)
    }

    /// `get_attr` for everything but instances.
    fn get_attr_nonhook(&mut self, obj: Value, name: Value, t: ObjRef) -> PyResult<Value> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Class(_) => {
                    return match self.class_getattr_opt(obj, r, name)? {
                        Some(v) => Ok(v),
                        None => Err(self.no_attr(obj, name)),
                    };
                }
                Obj::Module(m) => {
                    let (d, sub) = (m.dict, m.class.is_some());
                    // A ModuleType subclass's data descriptors (a property, a slot)
                    // come before the namespace, as in `PyObject_GenericGetAttr`.
                    if sub {
                        if let Some(a) = self.class_lookup(t, name) {
                            // ModuleType's `__dict__` is a data descriptor of its type
                            // (mempy serves it from `special_attr`), so a subclass's
                            // own `__dict__` attribute, found before it, wins.
                            if self.is_user_data_descr(a)
                                || matches!(a, Value::Obj(ar) if matches!(self.heap.get(ar), Obj::Property(_)))
                                || self.as_str(name) == Some("__dict__")
                            {
                                return self.bind_descriptor(a, obj, t);
                            }
                            self.decref(a);
                        }
                    }
                    if let Some(v) = self.dict_get_str(d, name) {
                        self.incref(v);
                        return Ok(v);
                    }
                    if let Some(v) = self.special_attr(obj, name)? {
                        return Ok(v);
                    }
                    // What the module type has (`__eq__`, `__reduce_ex__`, `__dir__`...):
                    // CPython's generic lookup inside `module_getattro`.
                    if let Some(a) = self.class_lookup(t, name) {
                        return self.bind_descriptor(a, obj, t);
                    }
                    // PEP 562 (`module_getattro`): a module-level `__getattr__` is
                    // asked for names the module does not have.
                    let hook = self.intern("__getattr__");
                    if let Some(f) = self.dict_get_str(d, hook) {
                        self.incref(f);
                        let r = self.call_value(f, &[name], &[]);
                        self.decref(f);
                        return r;
                    }
                    // A ModuleType subclass's own `__getattr__` (its
                    // `slot_tp_getattr_hook`) is asked last.
                    if sub {
                        if let Some(f) = self.class_lookup(t, hook) {
                            let r = self.call_special(f, obj, &[name]);
                            self.decref(f);
                            return r;
                        }
                    }
                    // The name in the message is the namespace's `__name__`, if a str.
                    let nk = self.intern("__name__");
                    let mn = self
                        .dict_get_str(d, nk)
                        .and_then(|v| self.as_str(v))
                        .map(str::to_string);
                    let n = self.as_str(name).unwrap_or("").to_string();
                    let msg = match mn {
                        Some(mn) => self.module_attr_error_message(obj, &mn, &n),
                        None => format!("module has no attribute '{n}'"),
                    };
                    let e = self.attr_error(msg);
                    self.attach_name_obj(e.0, name, obj);
                    return Err(e);
                }
                Obj::Super {
                    typ,
                    obj: sobj,
                    start,
                } => {
                    let (typ, sobj, start) = (*typ, *sobj, *start);
                    return self.super_getattr(obj, typ, sobj, start, name);
                }
                _ => {}
            }
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(a) = self.class_lookup(t, name) {
            return self.bind_descriptor(a, obj, t);
        }
        // CPython's `method_getattro`: what the method type lacks is the function's
        // (`m.__module__`, `m.__code__`, attributes set on the function), and so is
        // the error.
        if let Value::Obj(r) = obj {
            if let Obj::BoundMethod { func, .. } = self.heap.get(r) {
                let f = *func;
                return self.get_attr(f, name);
            }
        }
        Err(self.no_attr(obj, name))
    }

    /// `super().name(...)` for LOAD_METHOD: when the MRO walk of `super_getattr` finds
    /// a plain function or an unbound builtin method, `(func, obj)` (new
    /// references) to be called with `obj` as first argument, as the bound method
    /// `super_getattr` would make (that temporary's allocation is counted for the
    /// collector, as CPython's is); None sends the instruction to `get_attr`.
    pub fn super_method(&mut self, sup: Value, name: Value) -> Option<(Value, Value)> {
        let Value::Obj(sr) = sup else { return None };
        let Obj::Super { typ, obj, start } = self.heap.get(sr) else {
            return None;
        };
        let (typ, obj, start) = (*typ, *obj, *start);
        if obj.is_undef() || name.is(self.names.class_) {
            return None;
        }
        if let Value::Obj(o) = obj {
            if matches!(self.heap.get(o), Obj::Class(_)) {
                return None;
            }
        }
        let Value::Obj(start) = start else {
            return None;
        };
        let Obj::Class(sc) = self.heap.get(start) else {
            return None;
        };
        // The MRO `super_getattr` walks: `start`, then its `mro`.
        let n = sc.mro.len() + 1;
        let at = |vm: &Vm, i: usize| -> ObjRef {
            match (i, vm.heap.get(start)) {
                (0, _) => start,
                (_, Obj::Class(c)) => c.mro[i - 1],
                _ => start,
            }
        };
        let pos = (0..n).find(|&i| at(self, i) == typ).map_or(n, |p| p + 1);
        for i in pos..n {
            let d = match self.heap.get(at(self, i)) {
                Obj::Class(c) => c.dict,
                _ => continue,
            };
            let Some(v) = self.dict_get_str(d, name) else {
                continue;
            };
            let Value::Obj(vr) = v else { return None };
            let method = match self.heap.get(vr) {
                Obj::Function(_) => true,
                // A method of a builtin class (`object.__init__` too): it binds.
                Obj::Builtin(b) => b.self_.is_undef() && !b.plain,
                _ => false,
            };
            if !method {
                return None;
            }
            self.incref(v);
            self.incref(obj);
            self.heap.note_transient_gc_object();
            return Some((v, obj));
        }
        None
    }

    /// `super().name`: MRO lookup starting after `typ` in type(obj)'s MRO, then the
    /// super object's own attributes (`__thisclass__`, `__get__`, ...), which are all
    /// an unbound `super(typ)` (`obj` Undef) has.
    fn super_getattr(
        &mut self,
        sup: Value,
        typ: ObjRef,
        obj: Value,
        start: Value,
        name: Value,
    ) -> PyResult<Value> {
        // `__class__` skips the MRO walk (`super_getattro`): the super object's own
        // class.
        if obj.is_undef() || name.is(self.names.class_) {
            if name.is(self.names.class_) {
                let t = self.type_of(sup);
                self.heap.incref_obj(t);
                return Ok(Value::Obj(t));
            }
            return self.super_own_attr(sup, name);
        }
        // What CPython's `supercheck` chose when the super object was made: a class
        // that is a subclass of `typ` (a classmethod's `cls`) walks its own MRO;
        // anything else (incl. a class in its metaclass's methods) walks its type's
        // (or its `__class__`'s).
        let Value::Obj(start) = start else {
            return self.super_own_attr(sup, name);
        };
        let mut mro = vec![start];
        if let Obj::Class(c) = self.heap.get(start) {
            mro.extend_from_slice(&c.mro);
        }
        let pos = mro
            .iter()
            .position(|&c| c == typ)
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for &c in &mro[pos..] {
            let d = match self.heap.get(c) {
                Obj::Class(c) => c.dict,
                _ => continue,
            };
            if let Some(v) = self.dict_get_str(d, name) {
                self.incref(v);
                let is_cls = obj.is(Value::Obj(start));
                if is_cls {
                    if let Value::Obj(vr) = v {
                        if let Obj::ClassMethod(f, ..) = self.heap.get(vr) {
                            let f = *f;
                            let m = self.classmethod_bind(f, obj);
                            self.decref(v);
                            return m;
                        }
                        if let Obj::StaticMethod(f, ..) = self.heap.get(vr) {
                            let f = *f;
                            self.incref(f);
                            self.decref(v);
                            return Ok(f);
                        }
                    }
                    return Ok(v);
                }
                return self.bind_descriptor(v, obj, start);
            }
        }
        // `object.__new__` (mempy keeps it in `type`'s dict: see `types/class/metaclass.rs`).
        if name.is(self.names.new) {
            let tt = self.types.type_;
            if let Some(v) = self.class_lookup(tt, name) {
                return self.bind_descriptor(v, obj, start);
            }
        }
        self.super_own_attr(sup, name)
    }

    /// An attribute of the super object itself, from the `super` type.
    fn super_own_attr(&mut self, sup: Value, name: Value) -> PyResult<Value> {
        let st = self.types.super_;
        if let Some(a) = self.class_lookup(st, name) {
            return self.bind_descriptor(a, sup, st);
        }
        let n = self.as_str(name).unwrap_or("").to_string();
        Err(self.attr_error(format!("'super' object has no attribute '{}'", n)))
    }

    /// Binds a class attribute found for `obj` (descriptor protocol). `attr` is owned.
    pub(crate) fn bind_descriptor(
        &mut self,
        attr: Value,
        obj: Value,
        cls: ObjRef,
    ) -> PyResult<Value> {
        let Value::Obj(ar) = attr else {
            return Ok(attr);
        };
        match self.heap.get(ar) {
            Obj::Function(_) => {
                self.heap.incref(obj);
                Ok(self.heap.new_value(Obj::BoundMethod {
                    func: attr,
                    self_: obj,
                }))
            }
            Obj::Builtin(b) if b.self_.is_undef() && !b.plain => {
                let (name, f, owner, objclass) = (b.name, b.f, b.owner, b.objclass);
                self.incref(obj);
                self.decref(attr);
                Ok(self
                    .heap
                    .new_value(Obj::Builtin(Box::new(crate::runtime::object::BuiltinFn {
                        name,
                        f,
                        self_: obj,
                        owner,
                        plain: false,
                        objclass,
                    }))))
            }
            Obj::Property(p) => {
                let fget = p.fget;
                if matches!(fget, Value::None) {
                    let e = self.property_missing(ar, obj, "getter");
                    self.decref(attr);
                    return Err(e);
                }
                let r = self.call_value(fget, &[obj], &[]);
                self.decref(attr);
                r
            }
            Obj::StaticMethod(f, ..) => {
                let f = *f;
                self.incref(f);
                self.decref(attr);
                Ok(f)
            }
            Obj::ClassMethod(f, ..) => {
                let f = *f;
                let m = self.classmethod_bind(f, Value::Obj(cls));
                self.decref(attr);
                m
            }
            Obj::Instance(_) => self.descr_get(attr, obj, cls),
            // An unbound `super(T)` stored on a class binds to the instance
            // (CPython's `super_descr_get`).
            Obj::Super { typ, obj: sobj, .. }
                if sobj.is_undef() && !matches!(obj, Value::None | Value::Undef) =>
            {
                let typ = *typ;
                let r = crate::runtime::types::descriptor::new::super_new(
                    self,
                    &[Value::Obj(typ), obj],
                    &[],
                );
                self.decref(attr);
                r
            }
            Obj::Member(_) => {
                let r = self.member_get(ar, obj);
                self.decref(attr);
                r
            }
            _ => Ok(attr),
        }
    }

    /// `LOAD_METHOD`'s lookup (CPython's `_PyObject_GetMethod`): if `name` resolves to a
    /// plain function on the type (and is not shadowed by an instance attribute),
    /// return it (owned) without binding; None sends the caller to `get_attr`.
    pub fn get_method(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let t = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => {
                    let cls = i.class;
                    if self.user_getattribute(cls).is_some() {
                        return Ok(None);
                    }
                    let Obj::Instance(i) = self.heap.get(r) else {
                        return Ok(None);
                    };
                    if i.dict.is_some() || !i.values.is_empty() {
                        // An instance attribute of that name shadows the method.
                        if self.inst_attr(r, name).is_some() {
                            return Ok(None);
                        }
                    }
                    cls
                }
                Obj::Class(_) | Obj::Module(_) | Obj::Super { .. } => return Ok(None),
                _ => self.type_of(obj),
            },
            _ => self.type_of(obj),
        };
        if let Some(f) = self.class_lookup(t, name) {
            if let Value::Obj(fr) = f {
                if matches!(self.heap.get(fr), Obj::Function(_))
                    || matches!(self.heap.get(fr), Obj::Builtin(b) if b.self_.is_undef() && !b.plain)
                {
                    return Ok(Some(f));
                }
            }
            self.decref(f);
        }
        Ok(None)
    }

    /// An instance attribute from its own dict or inline attributes (borrowed).
    pub fn inst_attr(&self, r: ObjRef, name: Value) -> Option<Value> {
        let Obj::Instance(i) = self.heap.get(r) else {
            return None;
        };
        if let Some(d) = i.dict {
            return self.dict_get_str(d, name);
        }
        let Value::Obj(kr) = name else { return None };
        let Obj::Str(ks) = self.heap.get(kr) else {
            return None;
        };
        let (ns, k) = self.inst_key_index(i.class, kr, ks.hash())?;
        Some(i.value_at(ns + k)).filter(|v| !v.is_undef())
    }

    /// The name of a module object.
    pub fn module_name(&self, m: Value) -> String {
        match m {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Module(m) => m.name.clone(),
                _ => "?".into(),
            },
            _ => "?".into(),
        }
    }
}
