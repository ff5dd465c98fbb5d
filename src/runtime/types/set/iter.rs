//! Starting iteration over a set or frozenset (CPython's `set_iter` in
//! Objects/setobject.c). The iterator object (`IterObj::Set`) and its `__next__` are
//! the iterator types' (`runtime/vm/iter.rs`).

use crate::runtime::object::{IterObj, Obj};
use crate::runtime::vm::Vm;
use crate::value::Value;

impl Vm {
    /// `iter(s)`: an iterator remembering the size, to detect a resize mid-loop.
    pub fn set_iter(&mut self, s: Value) -> IterObj {
        let len = match self.heap.get(s.as_obj().unwrap()) {
            Obj::Set(set) | Obj::FrozenSet(set) => set.len(),
            _ => 0,
        };
        self.incref(s);
        IterObj::Set {
            set: s,
            pos: 0,
            len,
        }
    }
}
