//! `repr()` of a weak reference: `<weakref at 0x...; to 'C' at 0x...>`, with
//! ` (NAME)` appended when the referent has a str `__name__`, or
//! `<weakref at 0x...; dead>` (CPython's `weakref_repr`).

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// The repr of the weak reference `v` (= `r`).
    pub(crate) fn weakref_repr(&mut self, v: Value, r: ObjRef) -> PyResult<String> {
        // A subclass instance's reference shows the instance's address.
        let v = match self.heap.get(r) {
            Obj::WeakRef(w) => w.outer.map_or(v, Value::Obj),
            _ => v,
        };
        let t = match self.heap.get(r) {
            Obj::WeakRef(w) => w.target,
            _ => Value::None,
        };
        if matches!(t, Value::None) {
            return Ok(format!("<weakref at {}; dead>", self.addr(v)));
        }
        let base = format!(
            "<weakref at {}; to '{}' at {}",
            self.addr(v),
            self.type_name(t),
            self.addr(t)
        );
        // The lookup may run Python code (a `__name__` property): hold the referent
        // meanwhile.
        self.incref(t);
        let found = self.referent_name(t);
        self.decref(t);
        let name = match found? {
            Some(n) => {
                let s = self.as_str(n).map(str::to_owned);
                self.decref(n);
                s
            }
            None => None,
        };
        Ok(match name {
            Some(n) => format!("{} ({})>", base, n),
            None => format!("{}>", base),
        })
    }

    /// The referent's `__name__` as CPython 3.11.7 finds it for the repr
    /// (gh-99184): through its type only (`_PyObject_LookupSpecial`), never the
    /// instance, so a `__getattr__` or an instance attribute is not consulted. A
    /// class statement's instance has one when a class in its MRO defines
    /// `__name__` (bound if it is a descriptor); a module has none (its name is an
    /// instance attribute); the builtin kinds with a `__name__` getset (classes,
    /// functions, builtins) answer for themselves. Owned.
    fn referent_name(&mut self, t: Value) -> PyResult<Option<Value>> {
        let Value::Obj(tr) = t else {
            return Ok(None);
        };
        let cls = self.type_of(t);
        let heap_instance = matches!(self.heap.get(cls), Obj::Class(c) if c.is_heap)
            && !matches!(self.heap.get(tr), Obj::Class(_));
        if matches!(self.heap.get(tr), Obj::Module(_)) {
            return Ok(None);
        }
        if !heap_instance {
            // Only AttributeError is swallowed, as `_PyObject_LookupAttr`.
            let key = self.intern("__name__");
            return self.lookup_attr(t, key);
        }
        let Some(d) = self.class_lookup(cls, "__name__") else {
            return Ok(None);
        };
        let dt = self.type_of(d);
        match self.class_lookup(dt, "__get__") {
            Some(g) => {
                let r = self.call_value(g, &[d, t, Value::Obj(cls)], &[]);
                self.decref(g);
                self.decref(d);
                r.map(Some)
            }
            None => Ok(Some(d)),
        }
    }
}
