//! The `__dict__` of `staticmethod` and `classmethod` objects (CPython 3.10+'s
//! `sm_dict`/`cm_dict`, Objects/funcobject.c): `staticmethod(f)` copies `f`'s
//! `__module__`, `__name__`, `__qualname__`, `__doc__` and `__annotations__` into it
//! (`functools_wraps`), and the wrapper takes any other attribute there. Wrappers the
//! runtime makes itself (a class body's `__new__`, `__init_subclass__`,
//! `__class_getitem__`: CPython's `PyStaticMethod_New`/`PyClassMethod_New`) start with
//! none; reading `__dict__` then makes an empty one (`PyObject_GenericGetDict`).

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// The names `functools_wraps` copies, in its order.
const WRAPPED_ATTRS: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

impl Vm {
    /// The wrapper's dict (borrowed), made empty if it has none yet.
    pub fn wrapper_dict(&mut self, r: ObjRef) -> ObjRef {
        if let Obj::StaticMethod(_, Some(d)) | Obj::ClassMethod(_, Some(d)) = self.heap.get(r) {
            return *d;
        }
        let Value::Obj(nd) = self.new_dict() else {
            unreachable!("new_dict makes a dict object")
        };
        if let Obj::StaticMethod(_, d) | Obj::ClassMethod(_, d) = self.heap.get_mut(r) {
            *d = Some(nd);
        }
        nd
    }

    /// `staticmethod(f)`/`classmethod(f)`'s `functools_wraps`: each name `f` has
    /// (an `AttributeError` skips it; any other error propagates) is set on the
    /// wrapper.
    pub fn wrapper_wraps(&mut self, r: ObjRef, f: Value) -> PyResult<()> {
        for name in WRAPPED_ATTRS {
            let k = self.intern(name);
            let Some(v) = self.lookup_attr(f, k)? else {
                continue;
            };
            let d = self.wrapper_dict(r);
            let res = self.dict_set_item(Value::Obj(d), k, v);
            self.decref(v);
            res?;
        }
        Ok(())
    }

    /// An attribute the wrapper's dict holds (owned), for lookup after the type's
    /// data descriptors (`__func__`, `__wrapped__`, `__isabstractmethod__`,
    /// `__dict__`).
    pub(crate) fn wrapper_dict_attr(&mut self, r: ObjRef, name: Value) -> Option<Value> {
        let (Obj::StaticMethod(_, Some(d)) | Obj::ClassMethod(_, Some(d))) = self.heap.get(r)
        else {
            return None;
        };
        let d = *d;
        let v = self.dict_get_str(d, name)?;
        self.incref(v);
        Some(v)
    }

    /// `setattr`/`delattr` on a staticmethod or classmethod object (`v` None deletes).
    pub(crate) fn wrapper_setattr(
        &mut self,
        r: ObjRef,
        name: Value,
        v: Option<Value>,
    ) -> PyResult<()> {
        let n = self.as_str(name).unwrap_or("").to_string();
        let tn = self.type_name(Value::Obj(r));
        match n.as_str() {
            "__func__" | "__wrapped__" => return Err(self.attr_error("readonly attribute")),
            "__isabstractmethod__" => {
                return Err(self.attr_error(format!(
                    "attribute '__isabstractmethod__' of '{tn}' objects is not writable"
                )))
            }
            "__dict__" => {
                let Some(v) = v else {
                    return Err(self.type_error("cannot delete __dict__"));
                };
                let Value::Obj(nd) = v else {
                    let vt = self.type_name(v);
                    return Err(self.type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{vt}'"
                    )));
                };
                if !matches!(self.heap.get(nd), Obj::Dict(_)) {
                    let vt = self.type_name(v);
                    return Err(self.type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{vt}'"
                    )));
                }
                self.heap.incref_obj(nd);
                let old = match self.heap.get_mut(r) {
                    Obj::StaticMethod(_, d) | Obj::ClassMethod(_, d) => d.replace(nd),
                    _ => None,
                };
                if let Some(o) = old {
                    self.heap.decref_obj(o);
                }
                return Ok(());
            }
            _ => {}
        }
        let d = self.wrapper_dict(r);
        match v {
            Some(v) => self.dict_set_item(Value::Obj(d), name, v),
            None => {
                if self.dict_del_item(Value::Obj(d), name)? {
                    Ok(())
                } else {
                    Err(self.attr_error(format!("'{tn}' object has no attribute '{n}'")))
                }
            }
        }
    }
}
