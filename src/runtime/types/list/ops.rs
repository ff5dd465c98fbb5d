//! `list`'s arms of the operators (CPython's Objects/listobject.c `list_concat`,
//! `list_repeat`, `list_inplace_concat`, `list_inplace_repeat`). Comparison is the
//! sequence layer's (`vm/sequence.rs`), shared with tuple.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `a + b` for two lists (`list_concat`): a new list allocated exactly.
    pub(crate) fn list_concat(&mut self, ra: ObjRef, rb: ObjRef) -> Value {
        let items = match (self.heap.get(ra), self.heap.get(rb)) {
            (Obj::List(x), Obj::List(y)) => {
                // One allocation of the exact size (a clone then an extend
                // reallocated).
                let mut items = Vec::with_capacity(x.items.len() + y.items.len());
                items.extend_from_slice(&x.items);
                items.extend_from_slice(&y.items);
                items
            }
            _ => unreachable!(),
        };
        for &v in &items {
            self.incref(v);
        }
        self.new_list(items)
    }

    /// `l * n` (`list_repeat`), `n` already clamped at 0.
    pub(crate) fn list_repeat(&mut self, r: ObjRef, n: usize) -> PyResult<Value> {
        let items = match self.heap.get(r) {
            Obj::List(l) => l.items.clone(),
            _ => unreachable!(),
        };
        let out = self.repeat_items(&items, n)?;
        Ok(self.new_list(out))
    }

    /// `l += it` (`list_inplace_concat`): extends in place and returns `l` (owned).
    pub(crate) fn list_inplace_concat(&mut self, a: Value, b: Value) -> PyResult<Value> {
        self.list_extend(a, b)?;
        self.incref(a);
        Ok(a)
    }

    /// `l *= n` (`list_inplace_repeat`): repeats in place and returns `l` (owned).
    pub(crate) fn list_inplace_repeat(&mut self, a: Value, b: Value) -> PyResult<Value> {
        let Value::Obj(r) = a else { unreachable!() };
        // An int or `__index__` (CPython's `PySequence_InPlaceRepeat`).
        let Some(n) = self.repeat_count(b)? else {
            let tn = self.type_name(b);
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                tn
            )));
        };
        let items = self.seq_items(a).unwrap_or_default();
        let n = n.max(0) as usize;
        // The size check and the fallible allocation (MemoryError) of `l * n`.
        let out = self.repeat_items(&items, n)?;
        if let Obj::List(l) = self.heap.get_mut(r) {
            let old = std::mem::take(&mut l.items);
            l.model_resize(out.len());
            l.items = out;
            // Only `l *= 0` frees anything (every other count keeps the items): it is
            // CPython's `_list_clear`, which lets go of the items from the last.
            for v in old.into_iter().rev() {
                self.heap.decref(v);
            }
        }
        self.incref(a);
        Ok(a)
    }
}
