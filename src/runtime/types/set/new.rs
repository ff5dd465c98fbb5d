//! The `set(...)` and `frozenset(...)` constructors (CPython's `set_new`/`set_init` and
//! `frozenset_new` in Objects/setobject.c): an empty table filled from an iterable.

use crate::runtime::builtins::check_args;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// `set(it=())` or, with `frozen`, `frozenset(it=())`: a new set (owned).
    pub fn set_new(&mut self, frozen: bool, args: &[Value]) -> PyResult<Value> {
        check_args(self, "set", args, 0, 1)?;
        if let Some(&v) = args.first() {
            if frozen && self.type_of(v) == self.types.frozenset {
                // `frozenset(fs)` of an exact frozenset is fs itself (`frozenset_new`).
                self.incref(v);
                return Ok(v);
            }
        }
        let s = self.heap.new_value(if frozen {
            Obj::FrozenSet(Box::default())
        } else {
            Obj::Set(Box::default())
        });
        if let Some(&v) = args.first() {
            if let Err(e) = self.set_update(s, v) {
                self.decref(s);
                return Err(e);
            }
        }
        Ok(s)
    }
}
