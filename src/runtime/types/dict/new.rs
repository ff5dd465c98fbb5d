//! The `dict(...)` constructor (CPython's `dict_new` + `dict_init` →
//! `dict_update_common` in Objects/dictobject.c): a mapping or an iterable of pairs,
//! then the keyword arguments.

use crate::runtime::builtins::check_args;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// `dict(m=(), **kw)`: a new dict (owned).
    pub fn dict_new(&mut self, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        check_args(self, "dict", args, 0, 1)?;
        // Calling the type allocates through `tp_alloc`, past CPython's free list.
        self.heap.before_tp_alloc(true);
        let d = self.new_dict();
        if let Some(&v) = args.first() {
            if let Err(e) = self.dict_update(d, v) {
                self.decref(d);
                return Err(e);
            }
        }
        for &(k, v) in kw {
            self.dict_set_item(d, Value::Obj(k), v)?;
        }
        Ok(d)
    }
}
