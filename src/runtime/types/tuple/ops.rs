//! `tuple`'s arms of the operators (CPython's Objects/tupleobject.c `tupleconcat`,
//! `tuplerepeat`). Comparison is the sequence layer's (`vm/sequence.rs`), shared
//! with list.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `a + b` for two tuples (`tupleconcat`).
    pub(crate) fn tuple_concat(&mut self, ra: ObjRef, rb: ObjRef) -> Value {
        let items = match (self.heap.get(ra), self.heap.get(rb)) {
            // `tupleconcat`: an empty side gives the other tuple itself.
            (Obj::Tuple(_), Obj::Tuple(y)) if y.is_empty() => {
                self.heap.incref_obj(ra);
                return Value::Obj(ra);
            }
            (Obj::Tuple(x), Obj::Tuple(_)) if x.is_empty() => {
                self.heap.incref_obj(rb);
                return Value::Obj(rb);
            }
            (Obj::Tuple(x), Obj::Tuple(y)) => {
                let mut items = x.to_vec();
                items.extend_from_slice(y);
                items
            }
            _ => unreachable!(),
        };
        for &v in &items {
            self.incref(v);
        }
        self.new_tuple(items)
    }

    /// `t * n` (`tuplerepeat`), `n` already clamped at 0.
    pub(crate) fn tuple_repeat(&mut self, r: ObjRef, n: usize) -> PyResult<Value> {
        let items = match self.heap.get(r) {
            // An exact tuple repeated once, or an empty one repeated, is itself.
            Obj::Tuple(t) if n == 1 || (t.is_empty() && n > 0) => {
                self.heap.incref_obj(r);
                return Ok(Value::Obj(r));
            }
            Obj::Tuple(t) => t.to_vec(),
            _ => unreachable!(),
        };
        let out = self.repeat_items(&items, n)?;
        Ok(self.new_tuple(out))
    }
}
