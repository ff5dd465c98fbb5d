//! Set algebra (CPython's Objects/setobject.c): the rich comparisons (`set_richcompare`:
//! subset, superset, equality), `| & - ^` (`set_or`, `set_and`, `set_sub`, `set_xor`)
//! and their in-place forms (`set_ior` etc.). Results follow CPython's table order.

use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// The table of a set or frozenset, or None for any other value.
    fn set_table(&self, s: Value) -> Option<&super::SetObj> {
        match s {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Set(set) | Obj::FrozenSet(set) => Some(set),
                _ => None,
            },
            _ => None,
        }
    }

    /// A snapshot of the keys of a set or frozenset (borrowed), or None for any other value.
    pub(super) fn set_keys(&self, s: Value) -> Option<Vec<Value>> {
        Some(self.set_table(s)?.iter().map(|(_, k)| k).collect())
    }

    /// A snapshot of the (hash, key) entries of a set or frozenset (keys borrowed),
    /// or None for any other value. A snapshot, because the equality tests of an
    /// operation walking it may run Python code that changes the set.
    fn set_entries(&self, s: Value) -> Option<Vec<(i64, Value)>> {
        Some(self.set_table(s)?.iter().collect())
    }

    /// The number of elements of a set or frozenset (0 for anything else).
    fn set_len_of(&self, s: Value) -> usize {
        self.set_table(s).map_or(0, |set| set.len())
    }

    /// Whether every element of set `s` is in set `other` (CPython's `set_issubset`
    /// loop): the table is walked in place with the stored hashes, each entry read
    /// afresh and held while it is compared, so an `__eq__` that changes `s` cannot
    /// free what is being compared, and the walk stops at the table's current end.
    fn all_in(&mut self, s: Value, other: Value) -> PyResult<bool> {
        let mut pos = 0;
        loop {
            // `next_from` lands on a full slot.
            let Some((h, x)) = self.set_table(s).and_then(|set| {
                let i = set.next_from(pos)?;
                pos = i + 1;
                match set.table[i] {
                    super::SetSlot::Full { hash, key } => Some((hash, key)),
                    _ => None,
                }
            }) else {
                return Ok(true);
            };
            self.incref(x);
            let found = self.set_find(other, x, h);
            self.decref(x);
            if found?.is_none() {
                return Ok(false);
            }
        }
    }

    pub fn is_set_like(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Set(_) | Obj::FrozenSet(_)))
    }

    /// Set comparisons (subset/superset/equality).
    pub fn set_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
        let (la, lb) = (self.set_len_of(a), self.set_len_of(b));
        // The sizes decide first (CPython's `set_richcompare`); only then is the
        // smaller side walked.
        let (fits, walk, other) = match op {
            CmpOp::Eq | CmpOp::NotEq => (la == lb, a, b),
            CmpOp::LtE => (la <= lb, a, b),
            CmpOp::Lt => (la < lb, a, b),
            CmpOp::GtE => (lb <= la, b, a),
            CmpOp::Gt => (lb < la, b, a),
            _ => return Ok(false),
        };
        let all_in = fits && self.all_in(walk, other)?;
        Ok(if op == CmpOp::NotEq { !all_in } else { all_in })
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets (new set, type of a).
    pub fn set_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        if !self.is_set_like(a) || !self.is_set_like(b) {
            return Ok(None);
        }
        let frozen = matches!(self.heap.get(a.as_obj().unwrap()), Obj::FrozenSet(_));
        let ka = self.set_entries(a).unwrap_or_default();
        let out = self.heap.new_value(if frozen {
            Obj::FrozenSet(Box::default())
        } else {
            Obj::Set(Box::default())
        });
        let res: PyResult<()> = (|| {
            match op {
                BinOp::BitOr => {
                    let kb = self.set_entries(b).unwrap_or_default();
                    for &(h, x) in ka.iter().chain(kb.iter()) {
                        self.set_add_hashed(out, x, h)?;
                    }
                }
                BinOp::BitAnd => {
                    // CPython's set_intersection walks the smaller set (the right
                    // one on a tie) and keeps its elements: {2.0, True} & {1, 2}
                    // is {1, 2}.
                    let (walk, probe) = if self.set_len_of(b) > ka.len() {
                        (ka, b)
                    } else {
                        (self.set_entries(b).unwrap_or_default(), a)
                    };
                    for (h, x) in walk {
                        if self.set_find(probe, x, h)?.is_some() {
                            self.set_add_hashed(out, x, h)?;
                        }
                    }
                }
                BinOp::Sub => {
                    for &(h, x) in &ka {
                        if self.set_find(b, x, h)?.is_none() {
                            self.set_add_hashed(out, x, h)?;
                        }
                    }
                }
                _ => {
                    // CPython's set_symmetric_difference: a copy of `b`, then each item
                    // of `a` is removed if present and added otherwise (the table order
                    // follows).
                    self.set_update(out, b)?;
                    for &(h, x) in &ka {
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
