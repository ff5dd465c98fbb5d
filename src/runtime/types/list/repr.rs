//! `repr(list)` (CPython's Objects/listobject.c `list_repr`): `[a, b]`, and `[...]`
//! for a list already being repr'd (the `Py_ReprEnter` recursion guard).

use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    pub(crate) fn list_repr(&mut self, v: Value, r: ObjRef) -> PyResult<String> {
        if self.repr_guard_enter(r) {
            return Ok("[...]".into());
        }
        let parts = self.repr_items(v);
        self.repr_guard_exit(r);
        Ok(format!("[{}]", parts?.join(", ")))
    }
}
