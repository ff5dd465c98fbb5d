//! `repr()` of the builtin iterators: `<list_iterator object at 0x...>` (CPython's
//! default `object_repr`, which they all use).

use crate::runtime::vm::Vm;
use crate::value::Value;

impl Vm {
    /// The repr of the builtin iterator `v`.
    pub(crate) fn iter_repr(&self, v: Value) -> String {
        let tn = self.type_name(v);
        format!("<{} object at {}>", tn, self.addr(v))
    }
}
