//! `reversed(d)` and `reversed(d.keys())` & co. (CPython's `dict___reversed__`,
//! `dictkeys_reversed`, `dictvalues_reversed`, `dictitems_reversed`). Starting iteration
//! over a dict or a view, and the iterator objects themselves, are the iterator types'
//! (`runtime/types/iter/new.rs`, `next.rs`).

use crate::runtime::object::{IterObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// `reversed(d)` or of a dict view: iterates a snapshot list of the keys (the
    /// view's items) backwards.
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
