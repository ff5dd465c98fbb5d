//! Dict comparison (CPython's `dict_richcompare`/`dict_equal` in Objects/dictobject.c):
//! only `==` and `!=` are defined; ordering comparisons fall through to TypeError.

use crate::bytecode::CmpOp;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};
use std::cmp::Ordering;

impl Vm {
    /// `dict == dict`.
    pub fn dict_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            if let Some(e) = self.dict_eq_pure(x, y) {
                return Ok(e);
            }
        }
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

    /// `dict_equal` when it cannot run Python code: every key of `a` an exact str,
    /// found in `b` among exact strs (or not found), and each pair of values identical
    /// or a fast comparison (`Vm::fast_cmp`: numbers, strs, tuples and lists of
    /// them). Nothing is held or released, as nothing can change the dicts meanwhile;
    /// CPython's references to the pair under comparison are not observable without
    /// Python code running. Entries go in `a`'s order and the first unequal one
    /// answers, as in `dict_equal`; None at the first pair that would need the
    /// general path (whose comparisons before it were pure too, so it starts over).
    fn dict_eq_pure(&self, a: ObjRef, b: ObjRef) -> Option<bool> {
        let (Obj::Dict(da), Obj::Dict(db)) = (self.heap.get(a), self.heap.get(b)) else {
            return None;
        };
        if da.len() != db.len() {
            return Some(false);
        }
        for ix in 0..da.nentries() {
            let Some(e) = da.entry(ix) else { continue };
            if e.key.is_undef() {
                continue;
            }
            let Value::Obj(kr) = e.key else {
                return None;
            };
            let Obj::Str(ks) = self.heap.get(kr) else {
                return None;
            };
            let mut unsure = false;
            let found = db.find(ks.hash(), |k2| match k2 {
                Value::Obj(r2) if r2 == kr => true,
                Value::Obj(r2) => match self.heap.get(r2) {
                    Obj::Str(s2) => s2.cmp_text(ks) == Ordering::Equal,
                    _ => {
                        unsure = true;
                        false
                    }
                },
                // An int, float, bool or None is never equal to a str.
                _ => false,
            });
            if unsure {
                return None;
            }
            let Some(jx) = found else {
                return Some(false);
            };
            let w = db.entry(jx)?.value;
            if e.value.is(w) {
                continue;
            }
            match self.fast_cmp(e.value, w)? {
                Some(Ordering::Equal) => continue,
                _ => return Some(false),
            }
        }
        Some(true)
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
