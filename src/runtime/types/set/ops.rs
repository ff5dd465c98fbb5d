//! Set algebra (CPython's Objects/setobject.c): the rich comparisons (`set_richcompare`:
//! subset, superset, equality), `| & - ^` (`set_or`, `set_and`, `set_sub`, `set_xor`)
//! and their in-place forms (`set_ior` etc.). Results follow CPython's table order.

use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// A snapshot of the keys of a set or frozenset (borrowed), or None for any other value.
    pub(super) fn set_keys(&self, s: Value) -> Option<Vec<Value>> {
        match s {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Set(set) | Obj::FrozenSet(set) => Some(set.iter().map(|(_, k)| k).collect()),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn is_set_like(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Set(_) | Obj::FrozenSet(_)))
    }

    /// Set comparisons (subset/superset/equality).
    pub fn set_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
        let ka = self.set_keys(a).unwrap_or_default();
        let kb = self.set_keys(b).unwrap_or_default();
        let a_in_b = |vm: &mut Vm, xs: &[Value], other: Value| -> PyResult<bool> {
            for &x in xs {
                let h = vm.hash(x)?;
                if vm.set_find(other, x, h)?.is_none() {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match op {
            CmpOp::Eq => ka.len() == kb.len() && a_in_b(self, &ka, b)?,
            CmpOp::NotEq => !(ka.len() == kb.len() && a_in_b(self, &ka, b)?),
            CmpOp::LtE => ka.len() <= kb.len() && a_in_b(self, &ka, b)?,
            CmpOp::Lt => ka.len() < kb.len() && a_in_b(self, &ka, b)?,
            CmpOp::GtE => kb.len() <= ka.len() && a_in_b(self, &kb, a)?,
            CmpOp::Gt => kb.len() < ka.len() && a_in_b(self, &kb, a)?,
            _ => false,
        })
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets (new set, type of a).
    pub fn set_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        if !self.is_set_like(a) || !self.is_set_like(b) {
            return Ok(None);
        }
        let frozen = matches!(self.heap.get(a.as_obj().unwrap()), Obj::FrozenSet(_));
        let ka = self.set_keys(a).unwrap_or_default();
        let kb = self.set_keys(b).unwrap_or_default();
        let out = self.heap.new_value(if frozen {
            Obj::FrozenSet(Box::default())
        } else {
            Obj::Set(Box::default())
        });
        let res: PyResult<()> = (|| {
            match op {
                BinOp::BitOr => {
                    for &x in ka.iter().chain(kb.iter()) {
                        self.set_add(out, x)?;
                    }
                }
                BinOp::BitAnd => {
                    // CPython's set_intersection walks the smaller set (the right
                    // one on a tie) and keeps its elements: {2.0, True} & {1, 2}
                    // is {1, 2}.
                    let (walk, probe) = if kb.len() > ka.len() {
                        (&ka, b)
                    } else {
                        (&kb, a)
                    };
                    for &x in walk {
                        let h = self.hash(x)?;
                        if self.set_find(probe, x, h)?.is_some() {
                            self.set_add(out, x)?;
                        }
                    }
                }
                BinOp::Sub => {
                    for &x in &ka {
                        let h = self.hash(x)?;
                        if self.set_find(b, x, h)?.is_none() {
                            self.set_add(out, x)?;
                        }
                    }
                }
                _ => {
                    // CPython's set_symmetric_difference: a copy of `b`, then each item
                    // of `a` is removed if present and added otherwise (the table order
                    // follows).
                    self.set_update(out, b)?;
                    for &x in &ka {
                        let h = self.hash(x)?;
                        if self.set_find(out, x, h)?.is_some() {
                            self.set_discard(out, x)?;
                        } else {
                            self.set_add(out, x)?;
                        }
                    }
                }
            }
            Ok(())
        })();
        match res {
            Ok(()) => Ok(Some(out)),
            Err(e) => {
                self.decref(out);
                Err(e)
            }
        }
    }

    /// In-place set operators (`|=` etc.): mutate a and return it.
    pub fn set_inplace(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        if !self.is_set_like(b) {
            return Ok(None);
        }
        let kb = self.set_keys(b).unwrap_or_default();
        match op {
            BinOp::BitOr => {
                for x in kb {
                    self.set_add(a, x)?;
                }
            }
            BinOp::Sub => {
                for x in kb {
                    self.set_discard(a, x)?;
                }
            }
            BinOp::BitAnd => {
                let ka = self.set_keys(a).unwrap_or_default();
                for x in ka {
                    let h = self.hash(x)?;
                    if self.set_find(b, x, h)?.is_none() {
                        self.set_discard(a, x)?;
                    }
                }
            }
            _ => {
                for x in kb {
                    let h = self.hash(x)?;
                    if self.set_find(a, x, h)?.is_some() {
                        self.set_discard(a, x)?;
                    } else {
                        self.set_add(a, x)?;
                    }
                }
            }
        }
        self.incref(a);
        Ok(Some(a))
    }
}
