//! The instance and class arms of the mapping and sequence protocols: subscription
//! (CPython's `slot_mp_subscript`, `slot_mp_ass_subscript` calling
//! `__getitem__`/`__setitem__`/`__delitem__`, and for classes a metaclass
//! `__getitem__`, `__class_getitem__`, or `list[int]` style generics), `len()`
//! (`slot_sq_length`) and `in` (`slot_sq_contains`). A class with a user metaclass
//! behaves like an instance of it.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `obj[key]` for an instance or a class `obj` (`r`).
    pub(crate) fn instance_get_item(
        &mut self,
        obj: Value,
        r: ObjRef,
        key: Value,
    ) -> PyResult<Value> {
        let is_class = matches!(self.heap.get(r), Obj::Class(_));
        if is_class {
            // A metaclass `__getitem__` comes first (see `metaclass.rs`).
            if let Some(m) = self.meta_method(r, "__getitem__") {
                let res = self.call_special(m, obj, &[key]);
                self.decref(m);
                return res;
            }
            // `type[int]` is special-cased (type has no `__class_getitem__`, so
            // that a metaclass's classes are not subscriptable through it).
            if r == self.types.type_ {
                return self.generic_alias(obj, key);
            }
            if let Some(m) = self.class_lookup(r, "__class_getitem__") {
                // Stored as an (implicit) classmethod: bind it to the class
                // through attribute lookup, as CPython does.
                let none = matches!(m, Value::None);
                self.decref(m);
                if !none {
                    let bound = self.get_attr(obj, "__class_getitem__")?;
                    let res = self.call_value(bound, &[key], &[]);
                    self.decref(bound);
                    return res;
                }
            }
            let cn = self.class_name(r);
            return Err(self.type_error(format!("type '{}' is not subscriptable", cn)));
        }
        if let Some(m) = self.lookup_type_attr(obj, "__getitem__") {
            let res = self.call_special(m, obj, &[key]);
            self.decref(m);
            return res;
        }
        let tn = self.type_name(obj);
        Err(self.type_error(format!("'{}' object is not subscriptable", tn)))
    }

    /// The Python function an instance's class has as `__getitem__` (borrowed from the
    /// class namespace; the caller increfs it before anything can run), when `obj[key]`
    /// may run it as a frame of the evaluation loop (CPython 3.11's
    /// `BINARY_SUBSCR_GETITEM`): `r` is a plain instance (no builtin payload) and the
    /// attribute is a plain function. None sends the subscription down the general
    /// path.
    pub(crate) fn python_getitem(&mut self, r: ObjRef) -> Option<Value> {
        let cls = match self.heap.get(r) {
            Obj::Instance(i) if i.payload().is_none() => i.class,
            _ => return None,
        };
        let name = self.names.getitem;
        // Borrowed: the class namespace keeps it alive.
        let f = self.class_lookup_borrowed(cls, name)?;
        matches!(f, Value::Obj(fr) if matches!(self.heap.get(fr), Obj::Function(_))).then_some(f)
    }

    /// `obj[key] = v` for the instance `obj` (all borrowed).
    pub(crate) fn instance_set_item(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        if let Some(m) = self.lookup_type_attr(obj, "__setitem__") {
            let res = self.call_special(m, obj, &[key, v]);
            self.decref(m);
            let x = res?;
            self.decref(x);
            return Ok(());
        }
        let tn = self.type_name(obj);
        Err(self.type_error(format!("'{}' object does not support item assignment", tn)))
    }

    /// `del obj[key]` for the instance `obj`.
    pub(crate) fn instance_del_item(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if let Some(m) = self.lookup_type_attr(obj, "__delitem__") {
            let res = self.call_special(m, obj, &[key]);
            self.decref(m);
            let x = res?;
            self.decref(x);
            return Ok(());
        }
        let tn = self.type_name(obj);
        Err(self.type_error(format!("'{}' object doesn't support item deletion", tn)))
    }

    /// `len(v)` for an instance (or a class with a user metaclass) `v`: None when its
    /// class has no `__len__`.
    pub(crate) fn instance_len(&mut self, v: Value) -> Option<PyResult<usize>> {
        let k = self.names.len;
        let m = self.lookup_type_attr(v, k)?;
        let r = self.call_value(m, &[v], &[]);
        self.decref(m);
        Some(r.and_then(|x| self.len_result(x)))
    }

    /// What `len()` makes of `__len__`'s result `x` (owned, released here): CPython's
    /// slot_sq_length, the result through `_PyNumber_Index` (an int, or its
    /// `__index__`), a negative one a ValueError, then `PyNumber_AsSsize_t` with
    /// OverflowError for one that does not fit.
    pub(crate) fn len_result(&mut self, x: Value) -> PyResult<usize> {
        if let Some(i) = self.as_i64(x) {
            self.decref(x);
            return if i >= 0 {
                Ok(i as usize)
            } else {
                Err(self.value_error("__len__() should return >= 0"))
            };
        }
        let n = self.index_bigint(x);
        let tn = self.type_name(x);
        self.decref(x);
        match n {
            Err(e) => Err(e),
            Ok(None) => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                tn
            ))),
            Ok(Some(b)) if b.sign() == num_bigint::Sign::Minus => {
                Err(self.value_error("__len__() should return >= 0"))
            }
            Ok(Some(b)) => match num_traits::ToPrimitive::to_i64(&b) {
                Some(i) => Ok(i as usize),
                None => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
            },
        }
    }

    /// `x in container` for an instance (or a class with a user metaclass): None when
    /// its class has no `__contains__` (the caller then iterates).
    pub(crate) fn instance_contains(
        &mut self,
        container: Value,
        x: Value,
    ) -> Option<PyResult<bool>> {
        let m = self.lookup_type_attr(container, "__contains__")?;
        let r = self.call_value(m, &[container, x], &[]);
        self.decref(m);
        let v = match r {
            Ok(v) => v,
            Err(e) => return Some(Err(e)),
        };
        let t = self.truthy(v);
        self.decref(v);
        Some(t)
    }
}
