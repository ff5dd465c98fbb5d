//! Starting iteration over a dict or a dict view (CPython's `dict_iter` and
//! `dictview_iter` in Objects/dictobject.c) and `reversed(d)` (`dict___reversed__`).
//! The iterator objects themselves (`IterObj::Dict`) and their `__next__` are the
//! iterator types' (`runtime/vm/iter.rs`).

use crate::runtime::object::{IterObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `iter(d)`: a key iterator remembering the size, to detect a resize mid-loop.
    pub fn dict_iter(&mut self, d: Value) -> IterObj {
        let len = match self.heap.get(d.as_obj().unwrap()) {
            Obj::Dict(dict) => dict.len(),
            _ => 0,
        };
        self.incref(d);
        IterObj::Dict {
            dict: d,
            pos: 0,
            kind: 0,
            len,
        }
    }

    /// `iter(view)` of `d.keys()`, `d.values()` or `d.items()` (kind 0, 1, 2).
    pub fn dict_view_iter(&mut self, dict: ObjRef, kind: u8) -> IterObj {
        let len = match self.heap.get(dict) {
            Obj::Dict(d) => d.len(),
            _ => 0,
        };
        self.heap.incref_obj(dict);
        IterObj::Dict {
            dict: Value::Obj(dict),
            pos: 0,
            kind,
            len,
        }
    }

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
