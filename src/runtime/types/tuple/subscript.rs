//! `tuple`'s arm of subscription (CPython's Objects/tupleobject.c `tuplesubscript`):
//! indexing and slicing; a full slice `t[:]` is `t` itself.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `t[key]` (owned result).
    pub(crate) fn tuple_getitem(&mut self, r: ObjRef, key: Value) -> PyResult<Value> {
        let len = match self.heap.get(r) {
            Obj::Tuple(t) => t.len(),
            _ => unreachable!(),
        };
        if self.is_slice(key) {
            let (start, _, step, n) = self.slice_indices(key, len as i64)?;
            return Ok(self.tuple_slice(r, start, step, n));
        }
        let i = self.seq_index(key, len, "tuple")?;
        let v = match self.heap.get(r) {
            Obj::Tuple(t) => t[i],
            _ => unreachable!(),
        };
        self.incref(v);
        Ok(v)
    }

    /// `t[start::step]` of `n` items, resolved (`tuple_subscript`'s slice arm): the
    /// tuple itself when the slice covers it (an exact tuple is immutable), else a
    /// new tuple (the empty tuple singleton for none).
    pub(crate) fn tuple_slice(&mut self, r: ObjRef, start: i64, step: i64, n: i64) -> Value {
        let len = match self.heap.get(r) {
            Obj::Tuple(t) => t.len() as i64,
            _ => unreachable!(),
        };
        if start == 0 && step == 1 && n == len {
            self.heap.incref_obj(r);
            return Value::Obj(r);
        }
        let items = self.slice_collect(Value::Obj(r), start, step, n);
        self.new_tuple(items)
    }
}
