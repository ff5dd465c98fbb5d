//! The namespaces of `LOAD_NAME` / `STORE_NAME` / `DELETE_NAME` and `from m import *`
//! (CPython's ceval.c branches on `PyDict_CheckExact`): an exact dict is read and
//! written directly; any other mapping (a dict subclass, what a metaclass's
//! `__prepare__` returned, the `locals` given to `exec`/`eval`) goes through its
//! `__getitem__` / `__setitem__` / `__delitem__`, so overrides and `__missing__` run.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    #[inline]
    fn is_exact_dict(&self, ns: ObjRef) -> bool {
        matches!(self.heap.get(ns), Obj::Dict(_))
    }

    /// `ns[name]` as LOAD_NAME reads a scope: an owned value, or None when the name is
    /// not there. For a mapping, only a KeyError means "not there" (the lookup goes on
    /// to the next scope); any other exception propagates.
    pub fn ns_load(&mut self, ns: ObjRef, name: Value) -> PyResult<Option<Value>> {
        if self.is_exact_dict(ns) {
            return self.dict_get_item(Value::Obj(ns), name);
        }
        match self.get_item(Value::Obj(ns), name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(e.0, "KeyError") => {
                self.decref(e.0);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `ns[name] = v` as STORE_NAME writes (`v` borrowed).
    pub fn ns_store(&mut self, ns: ObjRef, name: Value, v: Value) -> PyResult<()> {
        if self.is_exact_dict(ns) {
            return self.dict_set_item(Value::Obj(ns), name, v);
        }
        self.set_item(Value::Obj(ns), name, v)
    }

    /// SETUP_ANNOTATIONS: a module or class body that annotates names gets an
    /// `__annotations__` dict in `ns`, unless `ns` already has one (a metaclass's
    /// `__prepare__` may hand over a namespace holding its own mapping there).
    pub fn setup_annotations(&mut self, ns: Value) -> PyResult<()> {
        let Value::Obj(ns) = ns else {
            return Ok(());
        };
        let name = self.intern("__annotations__");
        if let Some(v) = self.ns_load(ns, name)? {
            self.decref(v);
            return Ok(());
        }
        let d = self.new_dict();
        let r = self.ns_store(ns, name, d);
        self.decref(d);
        r
    }

    /// `del ns[name]` as DELETE_NAME does it: false when the name could not be
    /// deleted. CPython turns any failure of a mapping's `__delitem__` into the
    /// NameError, dropping the original exception (`format_exc_check_arg` clears it).
    pub fn ns_delete(&mut self, ns: ObjRef, name: Value) -> PyResult<bool> {
        if self.is_exact_dict(ns) {
            return self.dict_del_item(Value::Obj(ns), name);
        }
        match self.del_item(Value::Obj(ns), name) {
            Ok(()) => Ok(true),
            Err(e) => {
                self.decref(e.0);
                Ok(false)
            }
        }
    }
}

impl Vm {
    /// CPython's `PyMapping_Check`: `v`'s type supports subscription (has
    /// `__getitem__`), which sequences and str pass too.
    pub fn is_mapping(&mut self, v: Value) -> bool {
        if let Value::Obj(r) = v {
            if self.is_exact_dict(r) {
                return true;
            }
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
