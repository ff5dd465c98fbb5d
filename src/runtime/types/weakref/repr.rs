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
        // meanwhile. Only AttributeError is swallowed, as `_PyObject_LookupAttr`.
        self.incref(t);
        let key = self.intern("__name__");
        let found = self.lookup_attr(t, key);
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
}
