//! Hashing and comparing weak references (CPython's `weakref_hash` and
//! `weakref_richcompare`).

use crate::bytecode::CmpOp;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `hash(w)` for the weak reference `r`.
    pub(crate) fn weakref_hash(&mut self, r: ObjRef) -> PyResult<i64> {
        let (target, cached) = match self.heap.get(r) {
            Obj::WeakRef(w) => (w.target, w.hash),
            _ => (Value::None, None),
        };
        // CPython's weakref_hash: the referent's hash, cached.
        if let Some(h) = cached {
            return Ok(h);
        }
        if matches!(target, Value::None) {
            return Err(self.type_error("weak object has gone away"));
        }
        let h = self.hash(target)?;
        if let Obj::WeakRef(w) = self.heap.get_mut(r) {
            w.hash = Some(h);
        }
        Ok(h)
    }

    /// `a == b` / `a != b` when both are weak references: Some(result), else None.
    pub(crate) fn weakref_compare(
        &mut self,
        a: Value,
        b: Value,
        op: CmpOp,
    ) -> PyResult<Option<Value>> {
        // Weak references: equal when both referents are alive and equal, else identity
        // (CPython's weakref_richcompare).
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            if let (Obj::WeakRef(p), Obj::WeakRef(q)) = (self.heap.get(x), self.heap.get(y)) {
                if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    let (p, q) = (p.target, q.target);
                    if matches!(p, Value::None) || matches!(q, Value::None) {
                        let same = a.is(b);
                        return Ok(Some(Value::Bool(same == (op == CmpOp::Eq))));
                    }
                    return self.rich_compare(p, q, op).map(Some);
                }
            }
        }
        Ok(None)
    }
}
