//! `tuple`'s arm of subscription (CPython's Objects/tupleobject.c `tuplesubscript`):
//! indexing and slicing; a full slice `t[:]` is `t` itself.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `t[key]` (owned result).
    pub(crate) fn tuple_getitem(&mut self, obj: Value, r: ObjRef, key: Value) -> PyResult<Value> {
        let len = match self.heap.get(r) {
            Obj::Tuple(t) => t.len(),
            _ => unreachable!(),
        };
        if self.is_slice(key) {
            let (start, _, step, n) = self.slice_indices(key, len as i64)?;
            if start == 0 && step == 1 && n == len as i64 {
                self.incref(obj);
                return Ok(obj);
            }
            let items = self.slice_collect(obj, start, step, n);
            return Ok(self.new_tuple(items));
        }
        let i = self.seq_index(key, len, "tuple")?;
        let v = match self.heap.get(r) {
            Obj::Tuple(t) => t[i],
            _ => unreachable!(),
        };
        self.incref(v);
        Ok(v)
    }
}
