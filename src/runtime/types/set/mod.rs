//! `set` and `frozenset` (CPython's Objects/setobject.c). This file is the data part:
//! `SetObj` (CPython `PySetObject`) and its pure table operations, including
//! `frozenset`'s hash; the rest of the folder holds what needs the VM:
//!
//! * `lookup.rs`: find/add/discard with Python `__eq__` (`set_lookkey`,
//!   `set_add_entry`, `set_discard_key`), `x in s`, `set_update_internal`, `BUILD_SET`;
//! * `ops.rs`: comparisons (subset/superset/equality) and `| & - ^` with their
//!   in-place forms;
//! * `repr.rs`: `repr()`; `iter.rs`: `iter()`;
//! * `methods.rs`: the Python-visible methods; `new.rs`: `set(...)`, `frozenset(...)`.
//!
//! The table is open addressing with CPython 3.11's probe sequence (9 linear probes,
//! then `i = i*5 + 1 + perturb`), fill/used accounting, dummies and resize rule
//! (`fill*5 >= mask*3` grows to the next power of two above `used*4`), so iteration order
//! and `sys.getsizeof` match CPython. Key equality beyond identity is the caller's job.

mod lookup;
pub mod methods;
mod new;
mod ops;
mod repr;

use crate::runtime::types::dict::next_probe;
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;

#[derive(Clone, Copy)]
pub enum SetSlot {
    Empty,
    Dummy,
    Full { hash: i64, key: Value },
}

pub struct SetObj {
    pub table: Vec<SetSlot>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots (`len(s)`).
    pub used: usize,
    /// Where `pop()` resumes scanning (CPython's `finger`).
    finger: usize,
    pub version: u64,
}

impl Default for SetObj {
    fn default() -> Self {
        SetObj::new()
    }
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj {
            table: vec![SetSlot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Slot index holding a key with this hash for which `eq` holds.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                match self.table[i + j] {
                    SetSlot::Empty => return None,
                    SetSlot::Full { hash: h, key } if h == hash && eq(key) => return Some(i + j),
                    _ => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Slot indices with this hash, in probe order.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                match self.table[i + j] {
                    SetSlot::Empty => return out,
                    SetSlot::Full { hash: h, .. } if h == hash => out.push(i + j),
                    _ => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// A set with no table at all (allocates nothing): what stands in the heap while
    /// a set's own table is taken out to be filled by native code.
    pub fn detached() -> SetObj {
        SetObj {
            table: Vec::new(),
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    /// `find` and then `insert_new` in one walk of the probe sequence (CPython's
    /// `set_add_entry`): Some(true) when `key` was added (its reference passes to the
    /// set), Some(false) when an equal key is present, None when `eq` could not decide
    /// for a stored key of the same hash (nothing changed: the caller goes the way
    /// that can run `__eq__`). The slot taken (the last dummy on the way to an empty
    /// slot is reused) and the resize are CPython's.
    pub fn add_entry(
        &mut self,
        hash: i64,
        key: Value,
        eq: impl FnMut(Value) -> Option<bool>,
    ) -> Option<bool> {
        match self.probe_add(hash, key, eq)? {
            Ok(_) => Some(false),
            Err(slot) => {
                self.insert_at(slot, hash, key);
                Some(true)
            }
        }
    }

    /// `add_entry`'s walk without the insertion, for callers that decide equality
    /// through a borrow of the heap the set lives in: `Ok(slot)` of a stored key
    /// equal to `key`, or `Err(slot)` where `key` goes (the last dummy on the way to
    /// the empty slot that ended the walk, else that slot); None, nothing changed,
    /// when `eq` cannot decide.
    pub fn probe_add(
        &self,
        hash: i64,
        key: Value,
        mut eq: impl FnMut(Value) -> Option<bool>,
    ) -> Option<Result<usize, usize>> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let target = 'outer: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.table[j] {
                    SetSlot::Empty => break 'outer j,
                    SetSlot::Full { hash: h, key: k } if h == hash => {
                        if k.is(key) || eq(k)? {
                            return Some(Ok(j));
                        }
                    }
                    SetSlot::Dummy => freeslot = Some(j),
                    SetSlot::Full { .. } => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        Some(Err(freeslot.unwrap_or(target)))
    }

    /// Puts `key` (owned by the set from now) in `slot`, which `probe_add` chose,
    /// and grows the table as `set_add_entry` does when an empty slot was filled.
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: Value) {
        self.version += 1;
        self.used += 1;
        let was_empty = matches!(self.table[slot], SetSlot::Empty);
        self.table[slot] = SetSlot::Full { hash, key };
        if !was_empty {
            return;
        }
        self.fill += 1;
        let mask = self.mask();
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// Adds a key known to be absent (ownership of `key` passes to the set): the
    /// walk of `add_entry` with no stored key equal to it.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        self.add_entry(hash, key, |_| Some(false));
    }

    /// CPython's `set_table_resize`.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![SetSlot::Empty; newsize]);
        self.fill = self.used;
        for s in old {
            if let SetSlot::Full { hash, key } = s {
                self.insert_clean(hash, key);
            }
        }
    }

    /// CPython's `set_insert_clean`: puts a key in the first empty slot of its probe
    /// sequence, in a table with no dummies and no equal key (counts untouched).
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        // The linear probes look past `i` without moving it: the next probe
        // sequence step starts from `i` itself, as in CPython.
        let slot = 'probe: loop {
            if matches!(self.table[i], SetSlot::Empty) {
                break 'probe i;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if matches!(self.table[j], SetSlot::Empty) {
                        break 'probe j;
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        self.table[slot] = SetSlot::Full { hash, key };
    }

    /// A new table holding `other`'s keys (references not counted: the caller
    /// takes one per key), laid out as CPython's `set_merge` into an empty set
    /// lays it out (`set(s)`, `s.copy()`, the start of `a | b`): one resize up
    /// front, then the very table copied when the sizes agree and `other` has no
    /// dummies, else each key put in afresh.
    pub fn copy_of(other: &SetObj) -> SetObj {
        // The size `reserve_for_merge` gives an empty small table, reached without
        // allocating that small table first (a quarter of `s - t`'s cost on a
        // 30-key set).
        let mut size = MIN_SIZE;
        if other.used * 5 >= (MIN_SIZE - 1) * 3 {
            while size <= other.used * 2 {
                size <<= 1;
            }
        }
        let mut so = SetObj {
            table: Vec::new(),
            fill: other.used,
            used: other.used,
            finger: 0,
            version: 0,
        };
        if size == other.table.len() && other.fill == other.used {
            so.table = other.table.clone();
        } else {
            so.table = vec![SetSlot::Empty; size];
            for (hash, key) in other.iter() {
                so.insert_clean(hash, key);
            }
        }
        so
    }

    /// Grows before merging `other_used` more keys (CPython's `set_merge` pre-resize).
    pub fn reserve_for_merge(&mut self, other_used: usize) {
        if other_used == 0 {
            return;
        }
        if (self.fill + other_used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other_used) * 2);
        }
    }

    /// The one resize before adding the `n` keys of a dict (CPython's
    /// `set_update_internal` for an exact dict; unlike `set_merge` also for none).
    pub fn reserve_for_dict(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Removes the key at slot `i`, returning it (ownership passes to the caller).
    pub fn remove_at(&mut self, i: usize) -> Value {
        let key = match self.table[i] {
            SetSlot::Full { key, .. } => key,
            _ => Value::Undef,
        };
        self.table[i] = SetSlot::Dummy;
        self.used -= 1;
        self.version += 1;
        key
    }

    /// Slot of the element `pop()` removes (CPython's finger scan).
    pub fn pop_index(&mut self) -> Option<usize> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.finger & self.mask();
        while !matches!(self.table[i], SetSlot::Full { .. }) {
            i += 1;
            if i > self.mask() {
                i = 0;
            }
        }
        self.finger = i + 1;
        Some(i)
    }

    /// Active keys in table order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.table.iter().filter_map(|s| match *s {
            SetSlot::Full { hash, key } => Some((hash, key)),
            _ => None,
        })
    }

    /// Next active slot at or after `pos`.
    pub fn next_from(&self, pos: usize) -> Option<usize> {
        (pos..self.table.len()).find(|&i| matches!(self.table[i], SetSlot::Full { .. }))
    }

    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        for (_, k) in self.iter() {
            f(k);
        }
    }

    /// `set.clear()`: back to the small table.
    pub fn drain_into(&mut self, out: &mut Vec<Value>) {
        for (_, k) in self.iter() {
            out.push(k);
        }
        // A small table is emptied in place (a set freed or cleared allocates
        // nothing); a bigger one goes back to the small size.
        if self.table.len() == MIN_SIZE {
            self.table.fill(SetSlot::Empty);
        } else {
            self.table = vec![SetSlot::Empty; MIN_SIZE];
        }
        self.fill = 0;
        self.used = 0;
        // (`finger` stays: CPython's `set_empty_to_minsize` leaves it.)
        self.version += 1;
    }

    /// `hash(frozenset)`: CPython's `frozenset_hash`, which mixes each entry's stored
    /// hash so the result does not depend on table order.
    pub fn hash(&self) -> i64 {
        let mut hash: u64 = 0;
        for (h, _) in self.iter() {
            let h = h as u64;
            hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        }
        hash ^= (self.len() as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash as i64 == -1 {
            590923713
        } else {
            hash as i64
        }
    }

    /// `sys.getsizeof` in CPython 3.11: the object with its 8-slot small table, plus the
    /// separate table once it outgrows that.
    pub fn sizeof(&self) -> usize {
        216 + if self.table.len() > MIN_SIZE {
            16 * self.table.len()
        } else {
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_matches_cpython() {
        let mut s = SetObj::new();
        assert_eq!(s.sizeof(), 216);
        for k in 0..5 {
            s.insert_new(k, crate::runtime::heap::Heap::small_int(k));
        }
        // python3: s = set(); [s.add(k) for k in range(5)]; sys.getsizeof(s) -> 728
        assert_eq!(s.sizeof(), 728);
        assert!(s
            .find(3, |k| k.is(crate::runtime::heap::Heap::small_int(3)))
            .is_some());
    }
}
