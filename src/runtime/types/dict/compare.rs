//! Dict comparison (CPython's `dict_richcompare`/`dict_equal` in Objects/dictobject.c):
//! only `==` and `!=` are defined; ordering comparisons fall through to TypeError.

use crate::bytecode::CmpOp;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// `dict == dict`.
    pub fn dict_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let pairs: Vec<(Value, Value)> = match self.heap.get(a.as_obj().unwrap()) {
            Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => return Ok(false),
        };
        let blen = match self.heap.get(b.as_obj().unwrap()) {
            Obj::Dict(d) => d.len(),
            _ => return Ok(false),
        };
        if pairs.len() != blen {
            return Ok(false);
        }
        // The pairs are held (CPython's `dict_equal` increfs key and value) while
        // comparisons, which may change either dict, run.
        for &(k, v) in &pairs {
            self.incref(k);
            self.incref(v);
        }
        let mut result = Ok(true);
        for &(k, v) in &pairs {
            let r = match self.dict_get_item(b, k) {
                Err(e) => Err(e),
                Ok(None) => Ok(false),
                Ok(Some(w)) => {
                    let e = self.eq(v, w);
                    self.decref(w);
                    e
                }
            };
            if !matches!(r, Ok(true)) {
                result = r;
                break;
            }
        }
        for (k, v) in pairs {
            self.decref(k);
            self.decref(v);
        }
        result
    }

    /// `a op b` for two dicts: Some for `==`/`!=`, None (not implemented) otherwise.
    pub fn dict_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
        match op {
            CmpOp::Eq | CmpOp::NotEq => {
                let e = self.dict_eq(a, b)?;
                Ok(Some(if op == CmpOp::Eq { e } else { !e }))
            }
            _ => Ok(None),
        }
    }
}
