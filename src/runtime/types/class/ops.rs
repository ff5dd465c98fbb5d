//! The instance arms of the number protocol: truth value (CPython's `slot_nb_bool`,
//! `__bool__` then `__len__`) and in-place operators (`x += y` through `__iadd__`,
//! or on a builtin subclass's payload). Binary operators and comparisons on instances
//! go through the generic dunder dispatch in `vm/ops.rs`.

use crate::bytecode::BinOp;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// `bool(v)` for the instance `v`.
    pub(crate) fn instance_truthy(&mut self, v: Value) -> PyResult<bool> {
        let t = self.type_of(v);
        if self.class_facts(t) & super::CLASS_ALWAYS_TRUE != 0 {
            return Ok(true);
        }
        if let Some(m) = self.lookup_type_attr(v, "__bool__") {
            let r = self.call_value(m, &[v], &[]);
            self.decref(m);
            let x = r?;
            return match x {
                Value::Bool(b) => Ok(b),
                _ => {
                    let tn = self.type_name(x);
                    self.decref(x);
                    Err(self.type_error(format!("__bool__ should return bool, returned {}", tn)))
                }
            };
        }
        // `__len__` checked as `len()` checks it (a negative or non-int length is an
        // error, CPython's `slot_nb_bool` through `slot_sq_length`).
        if let Some(n) = self.instance_len(v) {
            return Ok(n? != 0);
        }
        Ok(true)
    }

    /// `a op= b` for the instance `a`, whose in-place dunder is `i` (`__iadd__`, ...):
    /// Some(result), or None to fall back to the binary operator.
    pub(crate) fn instance_inplace_op(
        &mut self,
        a: Value,
        b: Value,
        op: BinOp,
        i: &str,
    ) -> PyResult<Option<Value>> {
        let has_payload = matches!(a, Value::Obj(r) if matches!(
            self.heap.get(r),
            Obj::Instance(inst) if inst.payload().is_some()
        ));
        if has_payload {
            if let Some(p) = self.payload_for(a, i) {
                // `m += x` on a list/set/dict subclass mutates the payload
                // and keeps the instance.
                let res = self.inplace_op(p, b, op)?;
                if res.is(p) {
                    self.decref(res);
                    self.incref(a);
                    return Ok(Some(a));
                }
                return Ok(Some(res));
            }
        }
        self.try_dunder(a, i, b)
    }
}
