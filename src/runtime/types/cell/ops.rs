//! Reading and writing a cell (CPython's `PyCell_GET`/`PyCell_Set`), used by
//! LoadDeref/StoreDeref, closures, `super()` and class bodies.

use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::Value;

impl Vm {
    pub fn cell_get(&self, cell: Value) -> Value {
        match cell {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Cell(v) => *v,
                _ => Value::Undef,
            },
            _ => Value::Undef,
        }
    }

    /// Stores an owned value into a cell, dropping the old content.
    pub fn cell_set(&mut self, cell: Value, v: Value) {
        if let Value::Obj(r) = cell {
            if let Obj::Cell(slot) = self.heap.get_mut(r) {
                let old = std::mem::replace(slot, v);
                self.decref(old);
            }
        }
    }
}
