//! `repr(tuple)` (CPython's Objects/tupleobject.c `tuplerepr`): `(a, b)`, `(a,)` for
//! one item, and `(...)` for a tuple already being repr'd (`Py_ReprEnter`).

use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    pub(crate) fn tuple_repr(&mut self, v: Value, r: ObjRef) -> PyResult<String> {
        if self.repr_guard_enter(r) {
            return Ok("(...)".into());
        }
        let parts = self.repr_items(v);
        self.repr_guard_exit(r);
        let parts = parts?;
        Ok(if parts.len() == 1 {
            format!("({},)", parts[0])
        } else {
            format!("({})", parts.join(", "))
        })
    }
}
