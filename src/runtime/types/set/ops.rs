//! Set algebra (CPython's Objects/setobject.c): the rich comparisons (`set_richcompare`:
//! subset, superset, equality), `| & - ^` (`set_or`, `set_and`, `set_sub`, `set_xor`)
//! and their in-place forms (`set_ior` etc.). Results follow CPython's table order.

use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// The table of a set or frozenset, or None for any other value.
    pub(super) fn set_table(&self, s: Value) -> Option<&super::SetObj> {
        match s {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Set(set) | Obj::FrozenSet(set) => Some(set),
                _ => None,
            },
            _ => None,
        }
    }

    /// The next entry of a set's live table at or after `*pos`, advancing `*pos`
    /// past it (CPython's `set_next`). Loops that compare keys walk the table this
    /// way, holding each key while it is used, rather than over a snapshot: an
    /// `__eq__` may clear the set, freeing the keys a snapshot would still name.
    pub(super) fn set_next_entry(&self, s: Value, pos: &mut usize) -> Option<(i64, Value)> {
        let set = self.set_table(s)?;
        let i = set.next_from(*pos)?;
        *pos = i + 1;
        match set.table[i] {
            super::SetSlot::Full { hash, key } => Some((hash, key)),
            _ => None,
        }
    }

    /// `set_next_entry` for code outside the set type (`dict.fromkeys`): the next
    /// key of a set's live table and its stored hash, borrowed.
    pub(crate) fn set_next_key(&self, s: Value, pos: &mut usize) -> Option<(i64, Value)> {
        self.set_next_entry(s, pos)
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
        if let Some(r) = self.all_in_fast(s, other) {
            return Ok(r);
        }
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

    /// `all_in` when every key comparison it meets is decided without running
    /// code (ints, floats, strs, ... : `key_eq_fast`): the tables are read in place,
    /// with nothing copied or counted. None (nothing done) when some comparison would
    /// call `__eq__`, so the general walk makes every call CPython makes.
    fn all_in_fast(&self, s: Value, other: Value) -> Option<bool> {
        let (walk, probe) = (self.set_table(s)?, self.set_table(other)?);
        for (h, x) in walk.iter() {
            if !self.set_has_fast(probe, h, x)? {
                return Some(false);
            }
        }
        Some(true)
    }

    /// Whether `table` holds `x` (hash `h`), when every candidate compared is
    /// decided by `key_eq_fast`; None as soon as one is not.
    fn set_has_fast(&self, table: &super::SetObj, h: i64, x: Value) -> Option<bool> {
        let mut undecided = false;
        let found = table.find(h, |k| match self.key_eq_fast(k, x) {
            Some(b) => b,
            None => {
                undecided = true;
                true
            }
        });
        if undecided {
            return None;
        }
        Some(found.is_some())
    }

    /// `a | b`, `a & b`, `a - b` when no key comparison runs code (see
    /// `all_in_fast`), on the tables in place, building the result's table as
    /// CPython's `set_or` (a copy of `a`, then `b` merged in), `set_intersection`
    /// (the smaller set walked, the right one on a tie) and `set_difference` (a
    /// copy of `a` with `b`'s keys discarded when `a` is over four times larger,
    /// else `a` walked) build theirs, so order and `sys.getsizeof` agree. None
    /// (nothing done) when some comparison would run code.
    fn set_binop_fast(&mut self, a: Value, b: Value, op: BinOp) -> Option<Value> {
        let (ta, tb) = (self.set_table(a)?, self.set_table(b)?);
        // The result's table is built with the operands only read, its keys not yet
        // counted; they are all counted at the end, once nothing can fail (a
        // comparison that would run code abandons `out` before any count moved).
        let mut out;
        match op {
            BinOp::BitOr => {
                out = super::SetObj::copy_of(ta);
                out.reserve_for_merge(tb.len());
                // `b`'s keys are distinct, so the ones missing from `a` are the
                // ones missing from `out` as it grows.
                for (h, x) in tb.iter() {
                    if !self.set_has_fast(ta, h, x)? {
                        out.insert_new(h, x);
                    }
                }
            }
            BinOp::BitAnd => {
                let (walk, probe) = if tb.len() > ta.len() {
                    (ta, tb)
                } else {
                    (tb, ta)
                };
                out = super::SetObj::new();
                for (h, x) in walk.iter() {
                    if self.set_has_fast(probe, h, x)? {
                        out.insert_new(h, x);
                    }
                }
            }
            BinOp::Sub if (ta.len() >> 2) > tb.len() => {
                out = super::SetObj::copy_of(ta);
                for (h, x) in tb.iter() {
                    if self.set_has_fast(ta, h, x)? {
                        let ix = self.set_has_fast_at(&out, h, x)?;
                        out.remove_at(ix);
                    }
                }
            }
            BinOp::Sub => {
                out = super::SetObj::new();
                for (h, x) in ta.iter() {
                    if !self.set_has_fast(tb, h, x)? {
                        out.insert_new(h, x);
                    }
                }
            }
            _ => return None,
        }
        for (_, x) in out.iter() {
            self.incref(x);
        }
        let frozen = matches!(self.heap.get(a.as_obj()?), Obj::FrozenSet(_));
        Some(self.heap.new_value(if frozen {
            Obj::FrozenSet(Box::new(out))
        } else {
            Obj::Set(Box::new(out))
        }))
    }

    /// The slot of `x` (hash `h`) in `table`, found with `key_eq_fast` alone.
    fn set_has_fast_at(&self, table: &super::SetObj, h: i64, x: Value) -> Option<usize> {
        table.find(h, |k| self.key_eq_fast(k, x) == Some(true))
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

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets (new set, type of a): CPython's
    /// `set_or`, `set_and`, `set_sub`, `set_xor`.
    pub fn set_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        if !self.is_set_like(a) || !self.is_set_like(b) {
            return Ok(None);
        }
        if let Some(out) = self.set_binop_fast(a, b, op) {
            return Ok(Some(out));
        }
        Ok(Some(match op {
            BinOp::BitOr => {
                let out = self.set_copy(a)?;
                if !a.is(b) {
                    if let Err(e) = self.set_update(out, b) {
                        self.decref(out);
                        return Err(e);
                    }
                }
                out
            }
            BinOp::BitAnd => self.set_intersection(a, b)?,
            BinOp::Sub => self.set_difference(a, b)?,
            _ => self.set_symmetric_difference(a, b)?,
        }))
    }

    /// In-place set operators (`|=` etc.) of two sets: mutate a and return it
    /// (CPython's `set_ior`, `set_iand`, `set_isub`, `set_ixor`).
    pub fn set_inplace(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        if !self.is_set_like(b) {
            return Ok(None);
        }
        match op {
            BinOp::BitOr => self.set_update(a, b)?,
            BinOp::Sub => self.set_difference_update(a, b)?,
            BinOp::BitAnd => {
                let tmp = self.set_intersection(a, b)?;
                self.set_swap_bodies(a, tmp);
                self.decref(tmp);
            }
            _ => self.set_symmetric_difference_update(a, b)?,
        }
        self.incref(a);
        Ok(Some(a))
    }

    /// A new empty set of the kind of `a` (frozenset for a frozenset).
    fn new_set_like(&mut self, a: Value) -> Value {
        let frozen = matches!(a, Value::Obj(r) if matches!(self.heap.get(r), Obj::FrozenSet(_)));
        self.heap.new_value(if frozen {
            Obj::FrozenSet(Box::default())
        } else {
            Obj::Set(Box::default())
        })
    }

    /// CPython's `set_copy`: a new set of `a`'s kind with `a`'s table.
    pub fn set_copy(&mut self, a: Value) -> PyResult<Value> {
        let out = self.new_set_like(a);
        if let Err(e) = self.set_update(out, a) {
            self.decref(out);
            return Err(e);
        }
        Ok(out)
    }

    /// Exchanges the tables of two sets (CPython's `set_swap_bodies`, how `&=`
    /// and `intersection_update` install the intersection).
    pub fn set_swap_bodies(&mut self, a: Value, b: Value) {
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
            return;
        };
        let take = |vm: &mut Vm, r| match vm.heap.get_mut(r) {
            Obj::Set(s) | Obj::FrozenSet(s) => std::mem::take(&mut **s),
            _ => super::SetObj::new(),
        };
        let (ta, tb) = (take(self, ra), take(self, rb));
        let (va, vb) = (ta.version, tb.version);
        if let Obj::Set(s) | Obj::FrozenSet(s) = self.heap.get_mut(ra) {
            **s = super::SetObj {
                version: va + 1,
                ..tb
            };
        }
        if let Obj::Set(s) | Obj::FrozenSet(s) = self.heap.get_mut(rb) {
            **s = super::SetObj {
                version: vb + 1,
                ..ta
            };
        }
    }

    /// Whether `other` (a set or a dict) holds `x` with hash `h`.
    fn set_or_dict_has(&mut self, other: Value, x: Value, h: i64) -> PyResult<bool> {
        if self.is_set_like(other) {
            return Ok(self.set_find(other, x, h)?.is_some());
        }
        // With the set's stored hash (`_PyDict_Contains_KnownHash`).
        Ok(self.dict_find(other, x, h)?.is_some())
    }

    /// CPython's `set_intersection`: a new set of `so`'s kind. With a set, the
    /// smaller one is walked (`other` on a tie) and its keys are kept; with any
    /// other iterable, its items that `so` holds, in iteration order.
    pub fn set_intersection(&mut self, so: Value, other: Value) -> PyResult<Value> {
        let out = self.new_set_like(so);
        let r = self.set_intersection_into(out, so, other);
        match r {
            Ok(()) => Ok(out),
            Err(e) => {
                self.decref(out);
                Err(e)
            }
        }
    }

    fn set_intersection_into(&mut self, out: Value, so: Value, other: Value) -> PyResult<()> {
        if self.is_set_like(other) {
            let (walk, probe) = if self.set_len_of(other) > self.set_len_of(so) {
                (so, other)
            } else {
                (other, so)
            };
            let mut pos = 0;
            while let Some((h, x)) = self.set_next_entry(walk, &mut pos) {
                self.incref(x);
                let r = match self.set_find(probe, x, h) {
                    Ok(Some(_)) => self.set_add_hashed(out, x, h),
                    Ok(None) => Ok(()),
                    Err(e) => Err(e),
                };
                self.decref(x);
                r?;
            }
            return Ok(());
        }
        let items = self.collect_iter(other)?;
        let mut res = Ok(());
        for &x in &items {
            if res.is_ok() {
                res = match self.hash(x) {
                    Ok(h) => match self.set_find(so, x, h) {
                        Ok(Some(_)) => self.set_add_hashed(out, x, h),
                        Ok(None) => Ok(()),
                        Err(e) => Err(e),
                    },
                    Err(e) => Err(e),
                };
            }
        }
        for x in items {
            self.decref(x);
        }
        res
    }

    /// CPython's `set_difference`: a new set of `so`'s kind. When `so` is over
    /// four times larger than a set or dict `other` (or `other` is any other
    /// iterable), a copy of `so` with `other`'s keys discarded; else `so` walked,
    /// keeping what `other` lacks.
    pub fn set_difference(&mut self, so: Value, other: Value) -> PyResult<Value> {
        let other_size = if self.is_set_like(other) {
            Some(self.set_len_of(other))
        } else if self.type_of(other) == self.types.dict {
            match other {
                Value::Obj(r) => match self.heap.get(r) {
                    Obj::Dict(d) => Some(d.len()),
                    _ => None,
                },
                _ => None,
            }
        } else {
            None
        };
        let copy_first = match other_size {
            Some(n) => (self.set_len_of(so) >> 2) > n,
            None => true,
        };
        if copy_first {
            let out = self.set_copy(so)?;
            if let Err(e) = self.set_difference_update(out, other) {
                self.decref(out);
                return Err(e);
            }
            return Ok(out);
        }
        let out = self.new_set_like(so);
        let mut pos = 0;
        while let Some((h, x)) = self.set_next_entry(so, &mut pos) {
            self.incref(x);
            let r = match self.set_or_dict_has(other, x, h) {
                Ok(false) => self.set_add_hashed(out, x, h),
                Ok(true) => Ok(()),
                Err(e) => Err(e),
            };
            self.decref(x);
            if let Err(e) = r {
                self.decref(out);
                return Err(e);
            }
        }
        Ok(out)
    }

    /// CPython's `set_difference_update_internal` (`s -= t`, `difference_update`):
    /// every key of `other` discarded from `so` (through their intersection when
    /// `other` is a set over eight times larger), then the table shrunk when over
    /// a quarter of it is dummies.
    pub fn set_difference_update(&mut self, so: Value, other: Value) -> PyResult<()> {
        if so.is(other) {
            self.set_clear(so);
            return Ok(());
        }
        if self.is_set_like(other) {
            let walk = if (self.set_len_of(other) >> 3) > self.set_len_of(so) {
                self.set_intersection(so, other)?
            } else {
                self.incref(other);
                other
            };
            let mut res = Ok(());
            let mut pos = 0;
            while let Some((h, x)) = self.set_next_entry(walk, &mut pos) {
                self.incref(x);
                res = self.set_discard_hashed(so, x, h).map(|_| ());
                self.decref(x);
                if res.is_err() {
                    break;
                }
            }
            self.decref(walk);
            res?;
        } else {
            let items = self.collect_iter(other)?;
            let mut res = Ok(());
            for &x in &items {
                if res.is_ok() {
                    res = self.set_discard(so, x).map(|_| ());
                }
            }
            for x in items {
                self.decref(x);
            }
            res?;
        }
        if let Value::Obj(r) = so {
            if let Obj::Set(s) | Obj::FrozenSet(s) = self.heap.get_mut(r) {
                if s.fill - s.used > s.mask() / 4 {
                    let minused = if s.used > 50000 {
                        s.used * 2
                    } else {
                        s.used * 4
                    };
                    s.resize(minused);
                }
            }
        }
        Ok(())
    }

    /// CPython's `set_symmetric_difference_update` (`s ^= t`): each key of
    /// `other` (made a set first when it is not one) discarded from `so` if there,
    /// else added.
    pub fn set_symmetric_difference_update(&mut self, so: Value, other: Value) -> PyResult<()> {
        if so.is(other) {
            self.set_clear(so);
            return Ok(());
        }
        if matches!(other, Value::Obj(r) if matches!(self.heap.get(r), Obj::Dict(_))) {
            // An exact dict: its keys with their stored hashes, its live table
            // walked (CPython's `set_symmetric_difference_update` for a dict).
            let mut pos = 0;
            while let Some((h, x, _)) = self.dict_next_entry(other, &mut pos) {
                self.incref(x);
                let r = match self.set_discard_hashed(so, x, h) {
                    Ok(true) => Ok(()),
                    Ok(false) => self.set_add_hashed(so, x, h),
                    Err(e) => Err(e),
                };
                self.decref(x);
                r?;
            }
            return Ok(());
        }
        let otherset = if self.is_set_like(other) {
            self.incref(other);
            other
        } else {
            let t = self.heap.new_value(Obj::Set(Box::default()));
            if let Err(e) = self.set_update(t, other) {
                self.decref(t);
                return Err(e);
            }
            t
        };
        let mut res = Ok(());
        let mut pos = 0;
        while let Some((h, x)) = self.set_next_entry(otherset, &mut pos) {
            self.incref(x);
            res = match self.set_discard_hashed(so, x, h) {
                Ok(true) => Ok(()),
                Ok(false) => self.set_add_hashed(so, x, h),
                Err(e) => Err(e),
            };
            self.decref(x);
            if res.is_err() {
                break;
            }
        }
        self.decref(otherset);
        res
    }

    /// CPython's `set_symmetric_difference`: a new set of `so`'s kind made from
    /// `other`, updated with `so`'s keys.
    pub fn set_symmetric_difference(&mut self, so: Value, other: Value) -> PyResult<Value> {
        let out = self.new_set_like(so);
        let r = match self.set_update(out, other) {
            Ok(()) => self.set_symmetric_difference_update(out, so),
            Err(e) => Err(e),
        };
        match r {
            Ok(()) => Ok(out),
            Err(e) => {
                self.decref(out);
                Err(e)
            }
        }
    }

    /// `s.clear()`: the keys released, the table back to its small size.
    pub fn set_clear(&mut self, s: Value) {
        let mut out = Vec::new();
        if let Value::Obj(r) = s {
            if let Obj::Set(set) | Obj::FrozenSet(set) = self.heap.get_mut(r) {
                set.drain_into(&mut out);
            }
        }
        for v in out {
            self.decref(v);
        }
    }
}
