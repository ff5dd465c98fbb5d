//! `repr()` of the builtin iterators: `<list_iterator object at 0x...>` (CPython's
//! default `object_repr`, which they all use), but for itertools' `count` and
//! `repeat` (types/itertools/methods.rs).

use crate::runtime::object::{IterObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// The repr of the builtin iterator `v`.
    pub(crate) fn iter_repr(&mut self, v: Value) -> PyResult<String> {
        if let Value::Obj(r) = v {
            if let Obj::Iter(i) = self.heap.get(r) {
                if matches!(**i, IterObj::Tool(_)) {
                    return self.tool_repr(v);
                }
            }
        }
        let tn = self.type_name(v);
        Ok(format!("<{} object at {}>", tn, self.addr(v)))
    }
}
