//! `reversed(d)` and `reversed(d.keys())` & co. (CPython's `dict___reversed__`,
//! `dictkeys_reversed`, `dictvalues_reversed`, `dictitems_reversed`). Starting iteration
//! over a dict or a view, and the iterator objects themselves, are the iterator types'
//! (`runtime/types/iter/new.rs`, `next.rs`).

use crate::runtime::object::{IterObj, Obj};
use crate::runtime::types::iter::DICT_ITER_REVERSED;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// `reversed(d)` or of a dict view: an iterator that walks the dict's entries
    /// from the last (CPython's `dict_reversekeyiterator`, `..valueiterator`,
    /// `..itemiterator`), raising if the dict changes size meanwhile.
    ///
    /// A dict subclass instance (`d`, or the one a view is of) is what the iterator
    /// holds, as CPython's `di_dict`; its dict is walked.
    pub fn dict_reversed(&mut self, d: Value) -> PyResult<Value> {
        let (dict, kind) = match d {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Dict(_) | Obj::Instance(_) => (r, 0),
                Obj::DictView { dict, kind } => (*dict, *kind),
                _ => return Err(self.type_error("dict_reversed needs a dict or a dict view")),
            },
            _ => return Err(self.type_error("dict_reversed needs a dict or a dict view")),
        };
        // An OrderedDict's views walk its order backwards.
        if self.is_odict(Value::Obj(dict)) && !d.is(Value::Obj(dict)) {
            return Ok(self.od_view_iter(dict, kind, true));
        }
        let (len, end) = match self.iter_target(Value::Obj(dict)) {
            Value::Obj(t) => match self.heap.get(t) {
                Obj::Dict(dd) => (dd.len(), dd.nentries()),
                _ => (0, 0),
            },
            _ => (0, 0),
        };
        self.heap.incref_obj(dict);
        let result = self.dict_iter_result(kind);
        Ok(self.heap.new_value(Obj::Iter(Box::new(IterObj::Dict {
            dict: Value::Obj(dict),
            pos: end,
            kind: kind | DICT_ITER_REVERSED,
            len,
            left: len,
            result,
        }))))
    }
}
