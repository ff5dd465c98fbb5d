//! Storing and deleting attributes: CPython's `PyObject_SetAttr` (Objects/object.c),
//! which deletes when given no value (`PyObject_DelAttr` is `SetAttr(.., NULL)`), and
//! the `tp_setattro` slots it dispatches to: `_PyObject_GenericSetAttrWithDict`
//! (`object.__setattr__`/`__delattr__`), `type_setattro`, `module_setattro`, the
//! function setters (`func_set_defaults`, `func_set_name`...); and the instance
//! `__dict__` (`_PyObject_GetDictPtr`, `make_dict_from_instance_attributes`).
//!
//! The dispatch loop reaches `set_attr` through `store_attr_uncached`
//! (`specialize.rs`) when its inline cache misses.

use crate::runtime::object::Obj;
use crate::runtime::types::class::BuiltinType;
use crate::runtime::types::dict::DictObj;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// A property's `__set__`/`__delete__` on `obj` (`v` None deletes).
    fn property_setattr(&mut self, prop: ObjRef, obj: Value, v: Option<Value>) -> PyResult<()> {
        let Obj::Property(p) = self.heap.get(prop) else {
            unreachable!("a property")
        };
        let (f, what) = match v {
            Some(_) => (p.fset, "setter"),
            None => (p.fdel, "deleter"),
        };
        if matches!(f, Value::None) {
            return Err(self.property_missing(prop, obj, what));
        }
        match v {
            Some(v) => self.call_value(f, &[obj, v], &[]),
            None => self.call_value(f, &[obj], &[]),
        }
        .map(|x| self.decref(x))
    }

    /// The class's own `__setattr__` (or `__delattr__` when `v` is None), if it
    /// overrides `object`'s, called on `obj`: CPython's `slot_tp_setattro`. Any
    /// descriptor may be the hook (`call_special` binds it). None without one.
    fn setattr_override(
        &mut self,
        obj: Value,
        t: ObjRef,
        name: Value,
        v: Option<Value>,
    ) -> Option<PyResult<()>> {
        let hook = match v {
            Some(_) => self.names.setattr,
            None => self.names.delattr,
        };
        let f = self.object_override(t, hook)?;
        self.incref(f);
        let res = match v {
            Some(v) => self.call_special(f, obj, &[name, v]),
            None => self.call_special(f, obj, &[name]),
        };
        self.decref(f);
        Some(res.map(|x| self.decref(x)))
    }

    /// `set_attr` on a module of a ModuleType subclass: the subclass's
    /// `__setattr__`/`__delattr__` override, or a data descriptor it defines (a
    /// property); None when neither applies (the namespace is written).
    fn module_subclass_setattr(
        &mut self,
        obj: Value,
        t: ObjRef,
        name: Value,
        v: Option<Value>,
    ) -> Option<PyResult<()>> {
        if let Some(res) = self.setattr_override(obj, t, name, v) {
            return Some(res);
        }
        let a = self.class_lookup(t, name)?;
        let is_property =
            matches!(a, Value::Obj(ar) if matches!(self.heap.get(ar), Obj::Property(_)));
        let flags = self.descr_flags(a);
        self.decref(a);
        if is_property
            || flags
                & (super::super::descriptor::DESCR_SET | super::super::descriptor::DESCR_DELETE)
                != 0
        {
            return Some(self.generic_setattr(obj, name, v));
        }
        None
    }

    /// `obj.name = v`, or `del obj.name` when `v` is None (CPython's
    /// `PyObject_SetAttr`/`PyObject_DelAttr`). `v` is borrowed.
    pub fn set_attr(&mut self, obj: Value, name: Value, v: Option<Value>) -> PyResult<()> {
        let t = self.type_of(obj);
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Instance(_) => {
                    if let Some(res) = self.setattr_override(obj, t, name, v) {
                        return res;
                    }
                    return self.generic_setattr(obj, name, v);
                }
                Obj::Class(c) => {
                    let d = c.dict;
                    if !c.is_heap {
                        // Builtin classes are immutable (CPython's type_setattro, whose
                        // message says "set" for a deletion too).
                        let (cn, n) = (c.name.clone(), self.as_str(name).unwrap_or("").to_string());
                        return Err(self.type_error(format!(
                            "cannot set '{n}' attribute of immutable type '{cn}'"
                        )));
                    }
                    if c.metaclass.is_some() {
                        if let Some(res) = self.meta_setattr_hook(r, name, v) {
                            return res;
                        }
                    }
                    // The getset descriptors and members of `type` (CPython's
                    // `type_getsets`, `type_members`): the members, `__dict__` and
                    // `__text_signature__` are read-only, the others cannot be
                    // deleted.
                    let an = self.as_str(name).unwrap_or("");
                    match an {
                        "__dict__" => {
                            return Err(self.attr_error(
                                "attribute '__dict__' of 'type' objects is not writable",
                            ))
                        }
                        "__mro__" | "__base__" | "__basicsize__" | "__itemsize__" | "__flags__"
                        | "__dictoffset__" | "__weakrefoffset__" => {
                            return Err(self.attr_error("readonly attribute"))
                        }
                        "__text_signature__" => {
                            return Err(self.attr_error(
                                "attribute '__text_signature__' of 'type' objects is not writable",
                            ))
                        }
                        "__name__" | "__qualname__" | "__module__" | "__doc__" | "__bases__"
                            if v.is_none() =>
                        {
                            let (an, cn) = (an.to_string(), self.class_name(r));
                            return Err(self.type_error(format!(
                                "cannot delete '{an}' attribute of immutable type '{cn}'"
                            )));
                        }
                        "__bases__" => {
                            if let Some(v) = v {
                                return self.set_bases(r, v);
                            }
                        }
                        _ => {}
                    }
                    self.invalidate_method_cache();
                    return match v {
                        Some(v) => self.type_setattr(r, d, name, v),
                        None => self.dict_delattr(obj, d, name),
                    };
                }
                Obj::Module(m) => {
                    let (d, sub) = (m.dict, m.class.is_some());
                    if name.is(self.names.class_) {
                        return self.generic_setattr(obj, name, v);
                    }
                    if sub {
                        if let Some(res) = self.module_subclass_setattr(obj, t, name, v) {
                            return res;
                        }
                    }
                    // `__dict__` is a READONLY member of the module type.
                    if self.as_str(name) == Some("__dict__") {
                        return Err(self.attr_error("readonly attribute"));
                    }
                    return match v {
                        Some(v) => self.dict_set_item(Value::Obj(d), name, v),
                        None => self.dict_delattr(obj, d, name),
                    };
                }
                Obj::Function(_) => return self.function_setattr(r, name, v),
                Obj::StaticMethod(..) | Obj::ClassMethod(..) => {
                    return self.wrapper_setattr(r, name, v)
                }
                Obj::Frame(_) => {
                    let n = self.as_str(name).unwrap_or("").to_string();
                    if let Some(res) = self.frame_setattr(r, &n, v) {
                        return res;
                    }
                }
                // A weak reference's READONLY `__callback__` member.
                Obj::WeakRef(_) if self.as_str(name) == Some("__callback__") => {
                    return Err(self.attr_error("readonly attribute"));
                }
                Obj::Traceback(_) if self.as_str(name) == Some("tb_next") => {
                    return self.traceback_set_next(r, v);
                }
                // A generator's (coroutine's, async generator's) name and qualified
                // name can be replaced by strs (CPython's `gen_set_name`).
                Obj::Generator(_)
                    if matches!(self.as_str(name), Some("__name__" | "__qualname__")) =>
                {
                    let n = self.as_str(name).unwrap_or("").to_string();
                    let Some(v) = v.filter(|&v| self.is_str(v)) else {
                        return Err(self.type_error(format!("{n} must be set to a string object")));
                    };
                    self.incref(v);
                    let old = match self.heap.get_mut(r) {
                        Obj::Generator(g) if n == "__name__" => std::mem::replace(&mut g.name, v),
                        Obj::Generator(g) => std::mem::replace(&mut g.qualname, v),
                        _ => Value::None,
                    };
                    self.decref(old);
                    return Ok(());
                }
                // `gi_running`, `gi_frame`, ... (and the `cr_`/`ag_` ones):
                // read-only getsets, neither set nor deleted; `gi_code` is a
                // read-only member.
                Obj::Generator(g)
                    if self
                        .as_str(name)
                        .is_some_and(|n| crate::runtime::vm::special::gen_attr(n, g).is_some()) =>
                {
                    let n = self.as_str(name).unwrap_or("").to_string();
                    if n.ends_with("_code") {
                        return Err(self.attr_error("readonly attribute"));
                    }
                    let tn = self.type_name(Value::Obj(r));
                    return Err(self
                        .attr_error(format!("attribute '{n}' of '{tn}' objects is not writable")));
                }
                // CPython's `cell_set_contents`: deleting empties the cell.
                Obj::Cell(_) if self.as_str(name) == Some("cell_contents") => {
                    let new = v.unwrap_or(Value::Undef);
                    self.incref(new);
                    let old = match self.heap.get_mut(r) {
                        Obj::Cell(c) => std::mem::replace(c, new),
                        _ => Value::Undef,
                    };
                    self.decref(old);
                    return Ok(());
                }
                // A property's `__doc__` is a writable member (CPython's
                // `property_members`); deleting it leaves None.
                Obj::Property(_) if self.as_str(name) == Some("__doc__") => {
                    let new = v.unwrap_or(Value::None);
                    self.incref(new);
                    let old = match self.heap.get_mut(r) {
                        Obj::Property(p) => std::mem::replace(&mut p.doc, new),
                        _ => Value::None,
                    };
                    self.decref(old);
                    return Ok(());
                }
                _ => {}
            }
        }
        // `object.__class__`'s setter applies to every object (CPython's
        // `object_set_class`: only heap classes' instances may change class).
        if name.is(self.names.class_) {
            return match v {
                Some(v) => self.set_class(obj, v),
                None => Err(self.type_error("can't delete __class__ attribute")),
            };
        }
        // A getset descriptor of a builtin type (`deque.maxlen`) decides itself.
        if let Some(a) = self.class_lookup(t, name) {
            if let Value::Obj(m) = a {
                if matches!(self.heap.get(m), Obj::Member(_)) {
                    let res = self.member_set(m, obj, v);
                    self.decref(a);
                    return res;
                }
            }
            self.decref(a);
        }
        if v.is_none() {
            return Err(self.no_attr_unmarked(obj, name));
        }
        let n = self.as_str(name).unwrap_or("").to_string();
        let tn = self.type_name(obj);
        if let Some(a) = self.class_lookup(t, name) {
            self.decref(a);
            return Err(self.attr_error(format!("'{}' object attribute '{}' is read-only", tn, n)));
        }
        Err(self.attr_error(format!("'{}' object has no attribute '{}'", tn, n)))
    }

    /// `del obj.name` for an object whose attributes are the dict `d` (a class or a
    /// module).
    fn dict_delattr(&mut self, obj: Value, d: ObjRef, name: Value) -> PyResult<()> {
        if self.dict_del_item(Value::Obj(d), name)? {
            return Ok(());
        }
        Err(self.no_attr_unmarked(obj, name))
    }

    /// `cls.name = v` into the class dict `d` (CPython's `type_setattro`; the caller
    /// has invalidated the method cache): `__name__`/`__qualname__` are the class's
    /// own fields, and a `__del__` makes its instances need finalizing.
    fn type_setattr(&mut self, r: ObjRef, d: ObjRef, name: Value, v: Value) -> PyResult<()> {
        let an = self.as_str(name).unwrap_or("");
        if an == "__name__" || an == "__qualname__" {
            let is_qual = an == "__qualname__";
            let Some(text) = self.as_str(v).map(|s| s.to_string()) else {
                let (cn, tn) = (self.class_name(r), self.type_name(v));
                return Err(self.type_error(format!(
                    "can only assign string to {}.{}, not '{}'",
                    cn,
                    if is_qual { "__qualname__" } else { "__name__" },
                    tn
                )));
            };
            if !is_qual {
                // `type_set_name`: the name must make a C string, as type() checks.
                crate::runtime::types::class::new::check_type_name(self, v)?;
            }
            // The class keeps the object itself (`type_set_name`, `type_set_qualname`).
            self.incref(v);
            let old = match self.heap.get_mut(r) {
                Obj::Class(c) if is_qual => {
                    c.qualname = text;
                    std::mem::replace(&mut c.qualname_obj, v)
                }
                Obj::Class(c) => {
                    c.name = text;
                    std::mem::replace(&mut c.name_obj, v)
                }
                _ => v,
            };
            self.decref(old);
            return Ok(());
        }
        // `object.__class__`'s setter, a data descriptor along `type`'s MRO, comes
        // before the class dict (CPython's `object_set_class`).
        if an == "__class__" {
            return self.set_class(Value::Obj(r), v);
        }
        if an == "__del__" {
            if let Obj::Class(c) = self.heap.get_mut(r) {
                c.has_del = true;
            }
        }
        self.dict_set_item(Value::Obj(d), name, v)
    }

    /// `f.name = v`, or `del f.name` when `v` is None, on a function (CPython's
    /// `func_getsetlist` setters `func_set_code`, `func_set_defaults`,
    /// `func_set_name`..., its `func_memberlist`, then the function's `__dict__`).
    pub(crate) fn function_setattr(
        &mut self,
        r: ObjRef,
        name: Value,
        v: Option<Value>,
    ) -> PyResult<()> {
        // Only dunder names are the function object's own fields; any other name
        // (`wrapper.calls = 0`) goes to its `__dict__` without the string copy.
        let n = match self.as_str(name) {
            Some(s) if s.starts_with("__") => s.to_string(),
            _ => String::new(),
        };
        match n.as_str() {
            // Read-only members of the function object (func_memberlist's READONLY).
            "__globals__" | "__closure__" | "__builtins__" => {
                return Err(self.attr_error("readonly attribute"))
            }
            "__defaults__" | "__kwdefaults__" => {
                return self.set_function_defaults(r, &n, v.unwrap_or(Value::None))
            }
            "__code__" => return self.set_function_code(r, v),
            "__name__" | "__qualname__" if v.is_none_or(|v| self.as_str(v).is_none()) => {
                return Err(self.type_error(format!("{n} must be set to a string object")));
            }
            "__dict__" => {
                let Some(v) = v else {
                    return Err(self.type_error("cannot delete __dict__"));
                };
                if !matches!(v, Value::Obj(d) if matches!(self.heap.get(d), Obj::Dict(_))) {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{tn}'"
                    )));
                }
            }
            "__annotations__" => {
                if let Some(v) = v {
                    if !matches!(v, Value::None)
                        && !matches!(v, Value::Obj(d) if matches!(self.heap.get(d), Obj::Dict(_)))
                    {
                        return Err(self.type_error("__annotations__ must be set to a dict object"));
                    }
                }
            }
            _ => {}
        }
        if matches!(
            n.as_str(),
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__dict__"
        ) {
            // Fields of the function object; a deleted `__doc__`/`__module__` reads
            // as None (a NULL member).
            let v = v.unwrap_or(Value::None);
            self.incref(v);
            if let Obj::Function(f) = self.heap.get_mut(r) {
                let slot = match n.as_str() {
                    "__name__" => &mut f.name,
                    "__qualname__" => &mut f.qualname,
                    "__module__" => &mut f.module,
                    "__dict__" => &mut f.dict,
                    _ => &mut f.doc,
                };
                let old = std::mem::replace(slot, v);
                self.decref(old);
            }
            return Ok(());
        }
        let d = match self.heap.get(r) {
            Obj::Function(f) => f.dict,
            _ => Value::None,
        };
        let Some(v) = v else {
            if matches!(d, Value::Obj(_)) && self.dict_del_item(d, name)? {
                return Ok(());
            }
            return Err(self.no_attr_unmarked(Value::Obj(r), name));
        };
        let d = if matches!(d, Value::None) {
            let nd = self.new_dict();
            if let Obj::Function(f) = self.heap.get_mut(r) {
                f.dict = nd;
            }
            nd
        } else {
            d
        };
        self.dict_set_item(d, name, v)
    }

    /// `f.__code__ = c` (CPython's `func_set_code`): a code object with as many free
    /// variables as the function has cells.
    fn set_function_code(&mut self, r: ObjRef, v: Option<Value>) -> PyResult<()> {
        let code = match v {
            Some(Value::Obj(c)) => match self.heap.get(c) {
                Obj::Code(code) => Some(code.clone()),
                _ => None,
            },
            _ => None,
        };
        let (Some(code), Some(v)) = (code, v) else {
            return Err(self.type_error("__code__ must be set to a code object"));
        };
        let (fname, ncells) = match self.heap.get(r) {
            Obj::Function(f) => (f.name, f.closure.len()),
            _ => return Ok(()),
        };
        if code.freevars.len() != ncells {
            let fname = self.as_str(fname).unwrap_or("?").to_string();
            return Err(self.value_error(format!(
                "{fname}() requires a code object with {ncells} free vars, not {}",
                code.freevars.len()
            )));
        }
        self.incref(v);
        let old = match self.heap.get_mut(r) {
            Obj::Function(f) => {
                f.code = code;
                std::mem::replace(&mut f.code_obj, v)
            }
            _ => v,
        };
        self.decref(old);
        Ok(())
    }

    /// `object.__setattr__(obj, name, v)`, or `object.__delattr__(obj, name)` when `v`
    /// is None (CPython's `_PyObject_GenericSetAttrWithDict`): data descriptors
    /// (property, `__slots__` members, user descriptors), then the instance dict or
    /// inline attributes — for an instance whose class gives it a `__dict__`.
    pub fn generic_setattr(&mut self, obj: Value, name: Value, v: Option<Value>) -> PyResult<()> {
        let t = self.type_of(obj);
        let Value::Obj(r) = obj else {
            return Err(match v {
                Some(_) => self.type_error("can't set attributes"),
                None => self.no_attr_unmarked(obj, name),
            });
        };
        match self.heap.get(r) {
            Obj::Instance(_) => {}
            // CPython's `hackcheck`: `object.__setattr__` must not bypass type_setattro.
            Obj::Class(_) => {
                return Err(self.type_error(format!(
                    "can't apply this {} to type object",
                    if v.is_some() {
                        "__setattr__"
                    } else {
                        "__delattr__"
                    }
                )))
            }
            // Functions keep their attributes in their own dicts.
            Obj::Function(_) => return self.set_attr(obj, name, v),
            // `object.__setattr__` on a module (what a ModuleType subclass's own
            // `__setattr__` calls): data descriptors, then the namespace.
            Obj::Module(m) => {
                let d = m.dict;
                if name.is(self.names.class_) {
                    return match v {
                        Some(v) => self.set_class(obj, v),
                        None => Err(self.type_error("can't delete __class__ attribute")),
                    };
                }
                if let Some(a) = self.class_lookup(t, name) {
                    let res = match a {
                        Value::Obj(ar) if matches!(self.heap.get(ar), Obj::Property(_)) => {
                            Some(self.property_setattr(ar, obj, v))
                        }
                        _ => self.descr_set_hook(a, obj, v),
                    };
                    self.decref(a);
                    if let Some(res) = res {
                        return res;
                    }
                }
                // `__dict__` is a READONLY member of the module type.
                if self.as_str(name) == Some("__dict__") {
                    return Err(self.attr_error("readonly attribute"));
                }
                return match v {
                    Some(v) => self.dict_set_item(Value::Obj(d), name, v),
                    None => self.dict_delattr(obj, d, name),
                };
            }
            _ => {}
        }
        if name.is(self.names.class_) {
            return match v {
                Some(v) => self.set_class(obj, v),
                None => Err(self.type_error("can't delete __class__ attribute")),
            };
        }
        if let Some(res) = self.exc_setattr(obj, name, v) {
            return res;
        }
        let mut shadowed = false;
        if let Some(a) = self.class_lookup(t, name) {
            if let Some(res) = self.descr_set_hook(a, obj, v) {
                self.decref(a);
                return res;
            }
            if let Value::Obj(ar) = a {
                if let Obj::Member(_) = self.heap.get(ar) {
                    let res = self.member_set(ar, obj, v);
                    self.decref(a);
                    return res;
                }
                if matches!(self.heap.get(ar), Obj::Property(_)) {
                    let res = self.property_setattr(ar, obj, v);
                    self.decref(a);
                    return res;
                }
            }
            self.decref(a);
            shadowed = true;
        }
        // `__dict__` of an instance whose builtin base keeps the dict (an exception):
        // the base's getset, as a class's own `__dict__` member would be.
        if !shadowed && self.as_str(name) == Some("__dict__") && self.has_instance_dict(r) {
            if v.is_none() {
                return Err(self.type_error("cannot delete __dict__"));
            }
            return self.set_instance_dict(r, obj, v);
        }
        if let Some(d) = match self.heap.get(r) {
            Obj::Instance(i) => i.dict,
            _ => None,
        } {
            return match v {
                Some(v) => self.dict_set_item(Value::Obj(d), name, v),
                None => self.dict_delattr(obj, d, name),
            };
        }
        // Inline attributes: the key is a str, so no Python __eq__ runs.
        let (h, is_str) = match name {
            Value::Obj(kr) => match self.heap.get(kr) {
                Obj::Str(s) => (s.hash(), true),
                _ => (0, false),
            },
            _ => (0, false),
        };
        if !is_str && v.is_some() {
            let tn = self.type_name(name);
            return Err(self.type_error(format!("attribute name must be string, not '{tn}'")));
        }
        // The name's key in the class's layout, if it has one, and whether this
        // instance holds a value there.
        let key = match (self.heap.get(r), name) {
            (Obj::Instance(i), Value::Obj(kr)) if is_str => self.inst_key_index(i.class, kr, h),
            _ => None,
        };
        let found = key.filter(|&(ns, k)| {
            matches!(self.heap.get(r), Obj::Instance(i) if !i.value_at(ns + k).is_undef())
        });
        if found.is_none() && !self.has_instance_dict(r) {
            // No `__dict__` (a `__slots__` class, `object()`): only slots can be set.
            // Checked only for a name new to the instance, so the stores of
            // ordinary classes pay nothing.
            return Err(self.no_dict_error(obj, name, shadowed));
        }
        match v {
            Some(v) => self.inline_setattr(r, name, h, key, v),
            None => match found {
                Some((ns, k)) => {
                    let old = match self.heap.get_mut(r) {
                        Obj::Instance(i) => i.take_attr(ns, k),
                        _ => unreachable!(),
                    };
                    self.decref(old);
                    Ok(())
                }
                None => Err(self.no_attr_unmarked(obj, name)),
            },
        }
    }

    /// Whether instance `r`'s class gives its instances a `__dict__` (CPython's
    /// `tp_dictoffset != 0`): not `object` itself nor classes whose `__slots__` leave
    /// it out.
    pub fn has_instance_dict(&self, r: ObjRef) -> bool {
        match self.heap.get(r) {
            Obj::Instance(i) => {
                matches!(self.heap.get(i.class), Obj::Class(c) if c.layout.has_dict)
            }
            _ => false,
        }
    }

    /// The AttributeError for storing or deleting `name` on an instance without a
    /// `__dict__`: "read-only" when the class has a (non-data) attribute of that name.
    #[cold]
    fn no_dict_error(&mut self, obj: Value, name: Value, read_only: bool) -> PyErr {
        let (tn, n) = (
            self.type_name(obj),
            self.as_str(name).unwrap_or("").to_string(),
        );
        self.attr_error(if read_only {
            format!("'{tn}' object attribute '{n}' is read-only")
        } else {
            format!("'{tn}' object has no attribute '{n}'")
        })
    }

    /// Stores `v` (borrowed) as the inline attribute `name` (a str, hash `h`) of
    /// instance `r`, whose class has `name` as key `key` (with the slot count) if it has
    /// it at all.
    fn inline_setattr(
        &mut self,
        r: ObjRef,
        name: Value,
        h: i64,
        key: Option<(usize, usize)>,
        v: Value,
    ) -> PyResult<()> {
        let cls = match self.heap.get(r) {
            Obj::Instance(i) => i.class,
            _ => return Ok(()),
        };
        let key = match key {
            Some((_, k)) => Some(k),
            None => match name {
                Value::Obj(kr) => self.add_inst_key(cls, kr, h),
                _ => None,
            },
        };
        let (nslots, nkeys) = match self.heap.get(cls) {
            Obj::Class(c) => (c.layout.nslots as usize, c.inst_keys.len()),
            _ => (0, 0),
        };
        let Some(k) = key else {
            // The class's keys are full (CPython's `insert_into_dictkeys` fails): the
            // instance gets a real dict, as `_PyObject_StoreInstanceAttribute` does.
            let d = self.instance_dict(r);
            let res = self.dict_set_item(d, name, v);
            self.decref(d);
            return res;
        };
        self.incref(v);
        let old = match self.heap.get_mut(r) {
            Obj::Instance(i) => i.store_attr(nslots, nkeys, k, v),
            _ => Value::Undef,
        };
        if !old.is_undef() {
            self.decref(old);
        }
        Ok(())
    }

    /// Where the str `name` (handle `kr`, hash `h`) is in the instance layout of class
    /// `cls`: (the class's slot count, its key index), if the class has that key. A key
    /// that is `name` or a str equal to it (no Python `__eq__` runs).
    pub(crate) fn inst_key_index(&self, cls: ObjRef, kr: ObjRef, h: i64) -> Option<(usize, usize)> {
        let Obj::Class(c) = self.heap.get(cls) else {
            return None;
        };
        let k = c.inst_keys.find(h, |n| {
            n == kr
                || matches!((self.heap.get(n), self.heap.get(kr)),
                    (Obj::Str(a), Obj::Str(b)) if a.as_str() == b.as_str())
        })?;
        Some((c.layout.nslots as usize, k))
    }

    /// Adds the str `name` (hash `h`, absent from the keys) to the instance keys of
    /// class `cls` and returns its key index; None when the keys are full: CPython's
    /// `insert_into_dictkeys`, which adds the name to the class's shared keys while
    /// they have room (`dk_usable > 0`, see `SharedKeys`), and for classes without
    /// shared keys at most `layout::MAX_KEYS` names.
    #[cold]
    pub(crate) fn add_inst_key(&mut self, cls: ObjRef, name: ObjRef, h: i64) -> Option<usize> {
        let Obj::Class(c) = self.heap.get_mut(cls) else {
            return None;
        };
        if c.inst_keys.is_full() {
            return None;
        }
        if let Some(sk) = &c.shared_keys {
            if !sk.borrow_mut().add(h) {
                return None;
            }
        }
        let k = c.inst_keys.push(h, name);
        c.attrs_hint = c.layout.nslots + c.inst_keys.len() as u32;
        self.heap.incref_obj(name);
        // Instances may now hold a name the class's MRO has (a method shadowed by an
        // instance attribute): the method caches, which rely on instances not having
        // names their class's keys lack, must be refilled.
        if self.class_lookup_borrowed(cls, Value::Obj(name)).is_some() {
            self.invalidate_method_cache();
        }
        Some(k)
    }

    /// Materialises an instance's `__dict__` as a real dict object (owned result).
    pub fn instance_dict(&mut self, r: ObjRef) -> Value {
        if let Obj::Instance(i) = self.heap.get(r) {
            if let Some(d) = i.dict {
                self.heap.incref_obj(d);
                return Value::Obj(d);
            }
        }
        let (cls, nslots) = match self.heap.get(r) {
            Obj::Instance(i) => match self.heap.get(i.class) {
                Obj::Class(c) => (i.class, c.layout.nslots as usize),
                _ => (i.class, 0),
            },
            _ => return Value::None,
        };
        let vals = match self.heap.get_mut(r) {
            Obj::Instance(i) => i.take_attrs(nslots),
            _ => Vec::new(),
        };
        // The dict's entries: the class's names (the dict takes a reference to each)
        // with the values moved over.
        let mut entries = Vec::with_capacity(vals.len());
        if let Obj::Class(c) = self.heap.get(cls) {
            for (k, v) in vals {
                let n = c.inst_keys.name(k).expect("stored keys are the class's");
                let Obj::Str(s) = self.heap.get(n) else {
                    unreachable!("instance keys are str objects")
                };
                entries.push((s.hash(), n, v));
            }
        }
        for &(_, n, _) in &entries {
            self.heap.incref_obj(n);
        }
        // CPython 3.11 materialises a split dict over the class's shared keys
        // (`make_dict_from_instance_attributes`), unless the instance had outgrown
        // them (a name the full keys lack): then it already had a combined dict, made
        // when that name was stored (a full copy of the keys redoes that).
        let split = match self.heap.get(cls) {
            // An instance of a builtin subclass with no attributes yet has no
            // values: its `__dict__` is a new combined dict (`PyDict_New`).
            Obj::Class(c) if c.solid != BuiltinType::Object && entries.is_empty() => None,
            Obj::Class(c) => c.shared_keys.as_ref().map(|sk| {
                let shared = sk.borrow();
                if entries.iter().all(|e| shared.contains(e.0)) {
                    sk.clone()
                } else {
                    std::rc::Rc::new(std::cell::RefCell::new(shared.frozen()))
                }
            }),
            _ => None,
        };
        let mut dict = DictObj::new();
        dict.split = split;
        for (h, n, v) in entries {
            dict.insert_new(h, Value::Obj(n), v, true);
        }
        let d = self.heap.alloc(Obj::Dict(Box::new(dict)));
        let any_container = match self.heap.get(d) {
            Obj::Dict(dict) => dict.iter().any(|e| self.heap.may_be_tracked(e.value)),
            _ => false,
        };
        if !any_container {
            self.heap.untrack(d);
        }
        if let Obj::Instance(i) = self.heap.get_mut(r) {
            i.dict = Some(d);
        }
        self.heap.incref_obj(d);
        Value::Obj(d)
    }
}
