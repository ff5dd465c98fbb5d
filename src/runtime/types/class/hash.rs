//! `hash()` of instances (CPython's `slot_tp_hash` calling a class's `__hash__`,
//! `object.__hash__`'s identity hash, and the hash of a hashable builtin payload).

use crate::runtime::object::Obj;
use crate::runtime::types::int::hash::hash_bigint;
use crate::runtime::vm::hashing::identity_hash;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `hash(v)` for the instance `v` (`r`).
    pub(crate) fn instance_hash(&mut self, v: Value, r: ObjRef) -> PyResult<i64> {
        let payload = match self.heap.get(r) {
            Obj::Instance(i) => i.payload(),
            _ => None,
        };
        if let Some(p) = payload {
            // Mutable payloads are unhashable: the class's inherited
            // `__hash__ = None` below says so with the subclass's name.
            let mutable = matches!(p, Value::Obj(pr) if matches!(
                self.heap.get(pr),
                Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::Deque(_)
            ));
            if !mutable {
                if let Some(p) = self.payload_for(v, "__hash__") {
                    return self.payload_hash(r, p);
                }
            }
        }
        let t = self.type_of(v);
        Ok(match self.class_lookup(t, "__hash__") {
            Some(Value::None) => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("unhashable type: '{}'", tn)));
            }
            Some(h) => {
                // A builtin `__hash__`: object's is the identity hash; a builtin
                // class's (`__hash__ = str.__hash__` in a str subclass) hashes the
                // payload, as calling it would (without re-entering this function).
                let builtin_owner = match h {
                    Value::Obj(hr) => match self.heap.get(hr) {
                        Obj::Builtin(b) => Some(b.owner),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(owner) = builtin_owner {
                    self.decref(h);
                    if let (Some(_), Some(p)) = (owner, payload) {
                        return self.payload_hash(r, p);
                    }
                    return Ok(identity_hash(r.0));
                }
                let res = self.call_special(h, v, &[]);
                self.decref(h);
                let x = res?;
                // CPython's slot_tp_hash: a value that fits is used as is.
                if let Some(i) = self.heap.small_i64(x) {
                    self.decref(x);
                    return Ok(if i == -1 { -2 } else { i });
                }
                // An int subclass's instance is an int too (`PyLong_Check`).
                match self.as_bigint(self.unwrap_payload(x)) {
                    Some(b) => {
                        self.decref(x);
                        hash_bigint(&b)
                    }
                    None => {
                        self.decref(x);
                        return Err(self.type_error("__hash__ method should return an integer"));
                    }
                }
            }
            None => identity_hash(r.0),
        })
    }

    /// The builtin hash of the payload `p` of the instance `r`: the payload's,
    /// except that a NaN float subclass instance hashes by its own identity, as
    /// CPython's `float_hash` passes the object itself to `_Py_HashDouble`.
    fn payload_hash(&mut self, r: ObjRef, p: Value) -> PyResult<i64> {
        if let Value::Float(f) = p {
            if self.heap.float_of(f).is_nan() {
                return Ok(identity_hash(r.0));
            }
        }
        self.hash(p)
    }
}
