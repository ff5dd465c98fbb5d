//! `tuple(iterable)` (CPython's Objects/tupleobject.c `tuple_new_impl`): an exact
//! tuple is returned as is.

use crate::runtime::builtins::check_args;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    pub(crate) fn tuple_new(&mut self, args: &[Value]) -> PyResult<Value> {
        check_args(self, "tuple", args, 0, 1)?;
        if let Some(&v) = args.first() {
            if matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_))) {
                self.incref(v);
                return Ok(v);
            }
            let items = self.collect_iter(v)?;
            return Ok(self.new_tuple(items));
        }
        Ok(self.new_tuple(vec![]))
    }
}
