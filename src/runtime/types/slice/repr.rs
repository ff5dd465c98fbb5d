//! `repr(slice)` (CPython's Objects/sliceobject.c `slice_repr`):
//! `slice(start, stop, step)` with each part's repr.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::ObjRef;

impl Vm {
    pub(crate) fn slice_repr(&mut self, r: ObjRef) -> PyResult<String> {
        let (a, b, c) = match self.heap.get(r) {
            Obj::Slice { start, stop, step } => (*start, *stop, *step),
            _ => unreachable!(),
        };
        Ok(format!(
            "slice({}, {}, {})",
            self.repr(a)?,
            self.repr(b)?,
            self.repr(c)?
        ))
    }
}
