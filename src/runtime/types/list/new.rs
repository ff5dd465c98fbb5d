//! `list(iterable)` (CPython's Objects/listobject.c `list___init___impl` on a fresh
//! list): the items are collected first, then stored with `list_preallocate_exact`'s
//! even-rounded capacity.

use crate::runtime::builtins::check_args;
use crate::runtime::object::{ListObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    pub(crate) fn list_new(&mut self, args: &[Value]) -> PyResult<Value> {
        check_args(self, "list", args, 0, 1)?;
        let items = match args.first() {
            Some(&v) => self.collect_iter(v)?,
            None => vec![],
        };
        Ok(self
            .heap
            .new_value(Obj::List(ListObj::new_preallocated(items))))
    }
}
