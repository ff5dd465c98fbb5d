//! `reversed(d)` (CPython's `dict___reversed__`). Starting iteration over a dict or a
//! view, and the iterator objects themselves, are the iterator types'
//! (`runtime/types/iter/new.rs`, `next.rs`).

use crate::runtime::object::{IterObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// `reversed(d)`: iterates a snapshot list of the keys backwards.
    pub fn dict_reversed(&mut self, d: Value) -> PyResult<Value> {
        let keys = self.collect_iter(d)?;
        let n = keys.len();
        let l = self.new_list(keys);
        Ok(self.heap.new_value(Obj::Iter(Box::new(IterObj::Reversed {
            seq: l,
            idx: n as isize - 1,
        }))))
    }
}
