//! User-defined descriptors (CPython's descriptor protocol, Objects/descrobject.c and
//! the `tp_descr_get`/`tp_descr_set` slots of heap types in Objects/typeobject.c):
//! instances of classes defining `__get__`, `__set__` or `__delete__` found as class
//! attributes, `__set_name__` at class creation (`type_new_set_names`), and
//! `__class__` assignment (`object_set_class`).
//!
//! `attr/` calls in here from small hooks; everything is on slow paths: the inline
//! attribute caches decline any attribute whose class attribute is a user descriptor
//! (see `fill_attr_cache`), so a plain class never reaches this file on a cache hit.

use super::{PyResult, Vm};
use crate::runtime::object::Obj;
use crate::runtime::types::class::BuiltinType;
use crate::value::{ObjRef, Value};

/// `__get__`, `__set__`, `__delete__` defined by a descriptor's type.
pub const DESCR_GET: u8 = 1;
pub const DESCR_SET: u8 = 2;
pub const DESCR_DELETE: u8 = 4;

impl Vm {
    /// Which descriptor methods the type of `a` (an instance of a user class) defines;
    /// 0 for anything else (builtin descriptors are handled in `attr/getattr.rs`).
    pub fn descr_flags(&mut self, a: Value) -> u8 {
        let Value::Obj(r) = a else { return 0 };
        let Obj::Instance(i) = self.heap.get(r) else {
            return 0;
        };
        let t = i.class;
        // Cached with the class's other protocol facts for the class epoch (the
        // lookups were a third of a class attribute load that returns an instance).
        (self.class_facts(t) >> crate::runtime::types::class::CLASS_DESCR_SHIFT)
            & (DESCR_GET | DESCR_SET | DESCR_DELETE)
    }

    /// A data descriptor (its type defines `__set__` or `__delete__`) that can be read
    /// (it defines `__get__`): it wins over the instance dict. One without `__get__`
    /// does not: CPython's `PyObject_GenericGetAttr` and `type_getattro` call the
    /// descriptor first only when both its `tp_descr_get` and `tp_descr_set` are set.
    #[inline]
    pub fn is_user_data_descr(&mut self, a: Value) -> bool {
        match a {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)) => {
                let f = self.descr_flags(a);
                f & DESCR_GET != 0 && f & (DESCR_SET | DESCR_DELETE) != 0
            }
            _ => false,
        }
    }

    /// `type(a).__get__(a, obj, owner)` if defined, else `a` itself. `a` is owned.
    pub fn descr_get(&mut self, a: Value, obj: Value, owner: ObjRef) -> PyResult<Value> {
        let t = self.type_of(a);
        let Some(g) = self.class_lookup(t, "__get__") else {
            return Ok(a);
        };
        let r = self.call_value(g, &[a, obj, Value::Obj(owner)], &[]);
        self.decref(g);
        self.decref(a);
        r
    }

    /// `obj.name = v`, or `del obj.name` when `v` is None, when the class attribute
    /// `a` (borrowed) is a user data descriptor: runs `__set__` or `__delete__` (CPython's
    /// `slot_tp_descr_set`, which deletes when given no value). None when `a` is not
    /// one.
    pub fn descr_set_hook(
        &mut self,
        a: Value,
        obj: Value,
        v: Option<Value>,
    ) -> Option<PyResult<()>> {
        let flags = self.descr_flags(a);
        let (bit, other, method) = match v {
            Some(_) => (DESCR_SET, DESCR_DELETE, "__set__"),
            None => (DESCR_DELETE, DESCR_SET, "__delete__"),
        };
        if flags & bit != 0 {
            let t = self.type_of(a);
            let f = self.class_lookup(t, method)?;
            let r = match v {
                Some(v) => self.call_value(f, &[a, obj, v], &[]),
                None => self.call_value(f, &[a, obj], &[]),
            };
            self.decref(f);
            return Some(r.map(|x| self.decref(x)));
        }
        if flags & other != 0 {
            return Some(Err(self.attr_error(method)));
        }
        None
    }

    /// Calls `__set_name__(owner, name)` on every attribute of a new class's namespace
    /// that defines it (CPython's `type_new_set_names`).
    pub fn call_set_names(&mut self, cls: ObjRef) -> PyResult<()> {
        let Obj::Class(c) = self.heap.get(cls) else {
            return Ok(());
        };
        let items: Vec<(Value, Value)> = match self.heap.get(c.dict) {
            Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => return Ok(()),
        };
        for &(k, v) in &items {
            self.incref(k);
            self.incref(v);
        }
        let mut res = Ok(());
        for &(k, v) in &items {
            if let Value::Obj(r) = v {
                if matches!(self.heap.get(r), Obj::Property(_)) && res.is_ok() {
                    // property's own `__set_name__`, without the call.
                    self.property_set_name(r, k);
                    continue;
                }
            }
            if res.is_err()
                || !matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)))
            {
                continue;
            }
            let t = self.type_of(v);
            if let Some(sn) = self.class_lookup(t, "__set_name__") {
                let r = self.call_value(sn, &[v, Value::Obj(cls), k], &[]);
                self.decref(sn);
                match r {
                    Ok(x) => self.decref(x),
                    Err(e) => {
                        // CPython 3.11 wraps the error, as both its cause and
                        // its context (`_PyErr_FormatFromCause`).
                        let (tn, kr, cn) = (self.type_name(v), self.repr(k)?, self.class_name(cls));
                        let wrapped = self.err(
                            "RuntimeError",
                            format!(
                                "Error calling __set_name__ on '{}' instance {} in '{}'",
                                tn, kr, cn
                            ),
                        );
                        if self.exc_state_mut(wrapped.0).is_some() {
                            self.incref(e.0);
                            let st = self.exc_state_mut(wrapped.0).expect("checked above");
                            let old = std::mem::replace(&mut st.context, e.0);
                            st.cause = e.0;
                            st.suppress_context = true;
                            self.decref(old);
                        } else {
                            self.decref(e.0);
                        }
                        res = Err(wrapped);
                    }
                }
            }
        }
        for (k, v) in items {
            self.decref(k);
            self.decref(v);
        }
        res
    }

    /// A function's `__annotations__` (owned): from its `__dict__`, or a new empty dict
    /// stored there (CPython creates it lazily the same way).
    pub fn function_annotations_dict(&mut self, f: ObjRef) -> Value {
        let key = self.intern("__annotations__");
        let d = match self.heap.get(f) {
            Obj::Function(func) => func.dict,
            _ => return Value::None,
        };
        if let Value::Obj(dr) = d {
            if let Some(v) = self.dict_get_str(dr, key) {
                self.incref(v);
                return v;
            }
        }
        let ann = self.new_dict();
        // Stored through the attribute path (it creates the function's `__dict__`).
        let _ = self.set_attr(Value::Obj(f), key, Some(ann));
        ann
    }

    /// The slot names of class `cls`'s instances, by slot index (from the member
    /// descriptors its classes declared).
    pub(crate) fn slot_names(&self, cls: ObjRef) -> Vec<String> {
        let Obj::Class(c) = self.heap.get(cls) else {
            return Vec::new();
        };
        let mut names = vec![String::new(); c.layout.nslots as usize];
        for k in std::iter::once(cls).chain(c.mro.iter().copied()) {
            let Obj::Class(kc) = self.heap.get(k) else {
                continue;
            };
            let Obj::Dict(d) = self.heap.get(kc.dict) else {
                continue;
            };
            for e in d.iter() {
                if let Value::Obj(m) = e.value {
                    if let Obj::Member(m) = self.heap.get(m) {
                        if m.kind == crate::runtime::types::member::MemberKind::Slot
                            && m.objclass == k
                            && (m.index as usize) < names.len()
                        {
                            names[m.index as usize] = self.heap.str(m.name).to_string();
                        }
                    }
                }
            }
        }
        names
    }

    /// `module.__class__ = cls` for a subclass `cls` of `types.ModuleType` (or
    /// ModuleType itself): CPython allows it between module classes even though
    /// `module` is a static type, as long as the new class adds no slots.
    fn set_module_class(&mut self, m: ObjRef, new: ObjRef) -> PyResult<()> {
        let adds_slots = matches!(self.heap.get(new), Obj::Class(c) if c.layout.nslots > 0);
        if adds_slots {
            let (n, o) = (self.class_name(new), self.type_name(Value::Obj(m)));
            return Err(self.type_error(format!(
                "__class__ assignment: '{n}' object layout differs from '{o}'"
            )));
        }
        let class = (new != self.types.module).then(|| {
            self.heap.incref_obj(new);
            new
        });
        let old = match self.heap.get_mut(m) {
            Obj::Module(md) => std::mem::replace(&mut md.class, class),
            _ => None,
        };
        if let Some(o) = old {
            self.heap.decref_obj(o);
        }
        self.invalidate_method_cache();
        Ok(())
    }

    /// `obj.__class__ = v` (CPython's `object_set_class`): both classes must be heap
    /// classes with the same instance layout.
    pub fn set_class(&mut self, obj: Value, v: Value) -> PyResult<()> {
        let new = match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)) => r,
            _ => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!(
                    "__class__ must be set to a class, not '{}' object",
                    tn
                )));
            }
        };
        let old = self.type_of(obj);
        if let Value::Obj(r) = obj {
            if matches!(self.heap.get(r), Obj::Module(_))
                && self.is_subclass(new, self.types.module)
            {
                return self.set_module_class(r, new);
            }
        }
        let heap_kind = |vm: &Vm, c: ObjRef| match vm.heap.get(c) {
            Obj::Class(c) if c.is_heap => Some(c.kind),
            _ => None,
        };
        let (ok, nk) = (heap_kind(self, old), heap_kind(self, new));
        let (Some(ok), Some(nk)) = (ok, nk) else {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        };
        let is_inst = matches!(obj, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)));
        if ok != nk || !is_inst || !matches!(nk, BuiltinType::User | BuiltinType::Exception) {
            let (n, o) = (self.class_name(new), self.class_name(old));
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                n, o
            )));
        }
        // CPython's `compatible_for_assignment`: the classes where each one's layout
        // was last extended must be the same, or siblings adding the same slots.
        self.check_bases_layout("__class__", old, new)?;
        let Value::Obj(r) = obj else {
            unreachable!("checked above")
        };
        // The inline attributes sit at the old class's key positions: the instance's
        // `__dict__` is materialised first, as CPython's `object_set_class` does
        // ("changing the class will change the implicit dict keys"), always for a
        // class with a managed dict, for others when there is something to move.
        let materialise = match (self.heap.get(r), self.heap.get(old)) {
            (Obj::Instance(i), Obj::Class(c)) => {
                i.dict.is_none()
                    && (c.shared_keys.is_some() || i.has_inline_attrs(c.layout.nslots as usize))
            }
            _ => false,
        };
        if materialise {
            let d = self.instance_dict(r);
            self.decref(d);
        }
        self.heap.incref_obj(new);
        let prev = match self.heap.get_mut(r) {
            Obj::Instance(i) => std::mem::replace(&mut i.class, new),
            _ => new,
        };
        self.heap.decref_obj(prev);
        Ok(())
    }
}
