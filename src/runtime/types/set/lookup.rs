//! Set membership with Python equality: find, add and discard by key (CPython's
//! `set_lookkey`, `set_add_entry`, `set_discard_key` in Objects/setobject.c), `x in s`,
//! `set_update_internal` (`s.update(it)`, `{*it}`) and `BUILD_SET`.
//!
//! The table (`SetObj`) only compares stored hashes and calls back for key equality;
//! probing decides builtin keys without running Python code (`Vm::key_eq_fast`, shared
//! with dicts) and falls back to `__eq__`, re-reading the table after each call.

use super::SetSlot;
use crate::runtime::object::Obj;
use crate::runtime::types::generator::DrainMode;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// Set membership: the slot index.
    pub fn set_find(&mut self, s: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
        let Value::Obj(sr) = s else { return Ok(None) };
        let mut slow = false;
        let found = match self.heap.get(sr) {
            Obj::Set(set) | Obj::FrozenSet(set) => {
                set.find(hash, |k| match self.key_eq_fast(k, key) {
                    Some(b) => b,
                    None => {
                        slow = true;
                        false
                    }
                })
            }
            _ => None,
        };
        // A candidate before the match that needs `__eq__` is compared first, as
        // CPython's `set_lookkey` does (`find` stops at the first match).
        if !slow {
            return Ok(found);
        }
        let cands = match self.heap.get(sr) {
            Obj::Set(set) | Obj::FrozenSet(set) => set.candidates(hash),
            _ => vec![],
        };
        let table_len = |vm: &Vm| match vm.heap.get(sr) {
            Obj::Set(set) | Obj::FrozenSet(set) => set.table.len(),
            _ => 0,
        };
        let size = table_len(self);
        for ix in cands {
            let k = match self.heap.get(sr) {
                Obj::Set(set) | Obj::FrozenSet(set) => match set.table.get(ix) {
                    Some(SetSlot::Full { key, .. }) => *key,
                    _ => continue,
                },
                _ => return Ok(None),
            };
            self.incref(k);
            let r = self.eq(k, key);
            self.decref(k);
            let r = r?;
            // `__eq__` may have changed the set: when the table was replaced or
            // this slot no longer holds the key just compared, the lookup starts
            // over (CPython's `set_lookkey` restarts on `table != so->table ||
            // entry->key != startkey`).
            let same_slot = matches!(self.heap.get(sr),
                Obj::Set(set) | Obj::FrozenSet(set)
                    if matches!(set.table.get(ix), Some(SetSlot::Full { key: k2, .. }) if k2.is(k)));
            if !same_slot || table_len(self) != size {
                return self.set_find(s, key, hash);
            }
            if r {
                return Ok(Some(ix));
            }
        }
        Ok(None)
    }

    /// `set`'s slot for `v` (hash `h`) when every candidate up to the match compares
    /// without running code ([`Vm::key_eq_fast`]): `Some(found)`. None when one
    /// needs `__eq__`: CPython's `set_lookkey` asks it before any later candidate,
    /// so the general lookup must run (`find` stops at the first match).
    pub(crate) fn set_probe_fast(
        &self,
        set: &super::SetObj,
        h: i64,
        v: Value,
    ) -> Option<Option<usize>> {
        let mut slow = false;
        let found = set.find(h, |k| match self.key_eq_fast(k, v) {
            Some(b) => b,
            None => {
                slow = true;
                false
            }
        });
        (!slow).then_some(found)
    }

    /// SET_ADD's common case (`{f(x) for x in xs}`): `v` hashes and compares with
    /// the set's keys without running code ([`Vm::fast_hash`], [`Vm::key_eq_fast`]).
    /// `Some(true)`: added, the set took the caller's reference to `v`;
    /// `Some(false)`: an equal key is there (the caller still owns `v`); `None`:
    /// nothing was done, the general path must run.
    pub(crate) fn set_add_fast(&mut self, s: Value, v: Value) -> Option<bool> {
        let Value::Obj(sr) = s else { return None };
        let h = self.fast_hash(v)?;
        let Obj::Set(set) = self.heap.get(sr) else {
            return None;
        };
        // One walk finds an equal key or the slot for `v` (the first candidate
        // needing `__eq__` sends the whole add to the general path, as CPython's
        // `set_add_entry` would call it before looking further).
        let slot = match set.probe_add(h, v, |k| self.key_eq_fast(k, v))? {
            Ok(_) => return Some(false),
            Err(slot) => slot,
        };
        if let Obj::Set(set) = self.heap.get_mut(sr) {
            set.insert_at(slot, h, v);
        }
        Some(true)
    }

    /// `s.add(v)` (v borrowed).
    pub fn set_add(&mut self, s: Value, v: Value) -> PyResult<()> {
        let h = self.hash(v)?;
        self.set_add_hashed(s, v, h)
    }

    /// `set_add` of a key whose hash `h` is known (taken from another set's table,
    /// as CPython's set operations reuse `entry->hash`).
    pub fn set_add_hashed(&mut self, s: Value, v: Value, h: i64) -> PyResult<()> {
        // One walk of the probe sequence when every key on it compares without
        // running code (CPython's `set_add_entry`): the slot `insert_new` below
        // would take, found by the walk that looked for an equal key.
        if let Value::Obj(sr) = s {
            if let Obj::Set(set) | Obj::FrozenSet(set) = self.heap.get(sr) {
                match set.probe_add(h, v, |k| self.key_eq_fast(k, v)) {
                    Some(Ok(_)) => return Ok(()),
                    Some(Err(slot)) => {
                        self.incref(v);
                        if let Obj::Set(set) | Obj::FrozenSet(set) = self.heap.get_mut(sr) {
                            set.insert_at(slot, h, v);
                        }
                        return Ok(());
                    }
                    None => {}
                }
            }
        }
        if self.set_find(s, v, h)?.is_some() {
            return Ok(());
        }
        self.incref(v);
        if let Obj::Set(set) | Obj::FrozenSet(set) = self.heap.get_mut(s.as_obj().unwrap()) {
            set.insert_new(h, v);
        }
        Ok(())
    }

    /// Removes `v` from a set; false if absent (CPython's `set_discard_key`).
    pub fn set_discard(&mut self, s: Value, v: Value) -> PyResult<bool> {
        let h = self.hash(v)?;
        self.set_discard_hashed(s, v, h)
    }

    /// `s.remove(v)` / `s.discard(v)`: `set_discard`, except that a `set` key,
    /// unhashable itself, is looked up as the frozenset with its items (CPython's
    /// `set_remove` / `set_discard` methods).
    pub fn set_discard_method(&mut self, s: Value, v: Value) -> PyResult<bool> {
        match self.hash(v) {
            Ok(h) => self.set_discard_hashed(s, v, h),
            Err(e) => {
                let fz = self.frozen_key(v, e)?;
                let h = self.hash(fz);
                let r = h.and_then(|h| self.set_discard_hashed(s, fz, h));
                self.decref(fz);
                r
            }
        }
    }

    /// The frozenset standing in for an unhashable `set` (or set subclass) key whose
    /// hashing failed with `e` (CPython's retry in `set_contains` / `set_discard`):
    /// only a TypeError from a set is retried; any other error is handed back.
    fn frozen_key(&mut self, key: Value, e: PyErr) -> PyResult<Value> {
        let set = self.types.set;
        let is_set = matches!(key, Value::Obj(_)) && self.is_instance(key, set);
        if !is_set || !self.exc_matches(e.0, "TypeError") {
            return Err(e);
        }
        self.decref(e.0);
        let fz = self.heap.new_value(Obj::FrozenSet(Box::default()));
        if let Err(e) = self.set_update(fz, key) {
            self.decref(fz);
            return Err(e);
        }
        Ok(fz)
    }

    /// `set_discard` of a key whose hash `h` is known (CPython's
    /// `set_discard_entry`).
    pub fn set_discard_hashed(&mut self, s: Value, v: Value, h: i64) -> PyResult<bool> {
        let Some(ix) = self.set_find(s, v, h)? else {
            return Ok(false);
        };
        let k = match self.heap.get_mut(s.as_obj().unwrap()) {
            Obj::Set(set) | Obj::FrozenSet(set) => set.remove_at(ix),
            _ => return Ok(false),
        };
        self.decref(k);
        Ok(true)
    }

    /// `x in s` (CPython's `set_contains`).
    pub fn set_contains(&mut self, s: Value, key: Value) -> PyResult<bool> {
        match self.hash(key) {
            Ok(h) => Ok(self.set_find(s, key, h)?.is_some()),
            Err(e) => {
                let fz = self.frozen_key(key, e)?;
                let h = self.hash(fz);
                let r = h.and_then(|h| self.set_find(s, fz, h));
                self.decref(fz);
                Ok(r?.is_some())
            }
        }
    }

    /// `BUILD_SET`: items owned.
    pub fn build_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = self.heap.new_value(Obj::Set(Box::default()));
        match self.set_add_owned(s, items) {
            Ok(()) => Ok(s),
            Err(e) => {
                self.decref(s);
                Err(e)
            }
        }
    }

    /// Adds `items` (owned) to set `s` up to the first error, then lets go of them
    /// (in order: the references of the items the set did not take).
    fn set_add_owned(&mut self, s: Value, items: Vec<Value>) -> PyResult<()> {
        self.set_add_owned_slice(s, &items)
    }

    /// `set_add_owned` for items (owned) in a buffer the caller empties afterwards
    /// without letting go of them.
    fn set_add_owned_slice(&mut self, s: Value, items: &[Value]) -> PyResult<()> {
        let mut dups = Vec::new();
        let done = self.set_add_native(s, items, &mut dups);
        let mut res = Ok(());
        for &v in &items[done..] {
            if res.is_ok() {
                res = self.set_add(s, v);
            }
        }
        for v in dups.into_iter().chain(items[done..].iter().copied()) {
            self.decref(v);
        }
        res
    }

    /// The leading `items` whose hash and comparisons with the keys met run no Python
    /// code, added in one pass over the set's table: each one added passes its
    /// reference to the set, each one already present goes to `dups`, in order. Returns
    /// how many were handled; the rest go the general way (`set_add`). The table is
    /// taken out of the heap meanwhile: nothing else can see the set, as no code runs.
    fn set_add_native(&mut self, s: Value, items: &[Value], dups: &mut Vec<Value>) -> usize {
        let Value::Obj(sr) = s else { return 0 };
        let mut table = match self.heap.get_mut(sr) {
            Obj::Set(set) | Obj::FrozenSet(set) => {
                std::mem::replace(&mut **set, super::SetObj::detached())
            }
            _ => return 0,
        };
        let mut done = 0;
        for &v in items {
            let Some(h) = self.fast_hash(v) else { break };
            match table.add_entry(h, v, |k| self.key_eq_fast(k, v)) {
                Some(true) => {}
                Some(false) => dups.push(v),
                None => break,
            }
            done += 1;
        }
        if let Obj::Set(set) | Obj::FrozenSet(set) = self.heap.get_mut(sr) {
            **set = table;
        }
        done
    }

    /// `set.update(iterable)` / `{*it}`.
    pub fn set_update(&mut self, s: Value, it: Value) -> PyResult<()> {
        let sr = s.as_obj().unwrap();
        if let Some(n) = self.set_table(it).map(|t| t.len()) {
            // CPython's `set_merge`: into an empty set, the other's table is copied
            // (no comparisons); otherwise one resize up front, then each key added
            // with its stored hash (no `__hash__` call).
            let empty =
                matches!(self.heap.get(sr), Obj::Set(set) | Obj::FrozenSet(set) if set.fill == 0);
            if empty && !s.is(it) {
                let copy = match it {
                    Value::Obj(ir) => match self.heap.get(ir) {
                        Obj::Set(other) | Obj::FrozenSet(other) => super::SetObj::copy_of(other),
                        _ => unreachable!("set_table of a non-set"),
                    },
                    _ => unreachable!("set_table of a non-set"),
                };
                for (_, k) in copy.iter() {
                    self.incref(k);
                }
                if let Obj::Set(set) | Obj::FrozenSet(set) = self.heap.get_mut(sr) {
                    let version = set.version + 1;
                    **set = super::SetObj { version, ..copy };
                }
                return Ok(());
            }
            if let Obj::Set(set) | Obj::FrozenSet(set) = self.heap.get_mut(sr) {
                set.reserve_for_merge(n);
            }
            // The other table is walked live, each key held while it is added
            // (its `__eq__` may change either set).
            let mut pos = 0;
            while let Some((h, k)) = self.set_next_entry(it, &mut pos) {
                self.incref(k);
                let r = self.set_add_hashed(s, k, h);
                self.decref(k);
                r?;
            }
            return Ok(());
        }
        if let Value::Obj(ir) = it {
            if let Obj::Dict(d) = self.heap.get(ir) {
                // An exact dict: its keys with the hashes its entries stored, no
                // `__hash__` call; its live table walked, each key held while added.
                let n = d.len();
                if let Obj::Set(set) | Obj::FrozenSet(set) = self.heap.get_mut(sr) {
                    set.reserve_for_dict(n);
                }
                let mut pos = 0;
                while let Some((h, k, _)) = self.dict_next_entry(it, &mut pos) {
                    self.incref(k);
                    let r = self.set_add_hashed(s, k, h);
                    self.decref(k);
                    r?;
                }
                return Ok(());
            }
        }
        if let Some(items) = self.seq_items(it) {
            // A list or tuple: its items, held while they are added (a `__hash__`
            // may change the list).
            for &x in &items {
                self.incref(x);
            }
            return self.set_add_owned(s, items);
        }
        if let Value::Obj(ir) = it {
            if let (Obj::Str(text), None) = (self.heap.get(ir), &self.heap.trace) {
                // An exact str (`set(word)`): its characters, each hashed and added
                // as `set_update_internal` does through the str's iterator, without
                // the iterator (a str's hash and `==` run no code; the text cannot
                // change meanwhile), whose coming and going the collector's count
                // still sees. (Under tracemalloc the iterator is made: its memory is
                // traced.)
                let (chars, flagged): (Vec<char>, bool) =
                    (text.as_str().chars().collect(), text.is_flagged());
                self.heap.note_transient_gc_object();
                for c in chars {
                    let v = self.str_of_text_char(c, flagged);
                    let r = self.set_add(s, v);
                    self.decref(v);
                    r?;
                }
                return Ok(());
            }
        }
        // Anything else item by item, as CPython's `set_update_internal`: each item is
        // hashed (its `__hash__` may be Python code) before the next is asked for.
        let iter = self.get_iter(it)?;
        let mut pending = None;
        if let Value::Obj(g) = iter {
            let empty =
                matches!(self.heap.get(sr), Obj::Set(set) | Obj::FrozenSet(set) if set.fill == 0);
            if empty {
                // A generator into an empty set: its leading strs and numbers are
                // gathered in one run of its frame; adding them afterwards calls no
                // Python code (their hashes and comparisons are native, and the set
                // holds nothing else), so no one can see they were not added one by
                // one. The first other value stops the run and goes on below.
                let base = self.collect_buf.len();
                let mut unused = Value::None;
                let r = self.gen_drain(g, DrainMode::CollectNative, &mut unused);
                // The items are added from the shared buffer itself, not moved into
                // a vector of their own (an allocation per `set(genexpr)`); the
                // buffer is taken out meanwhile, for any drain the adding starts.
                let mut buf = std::mem::take(&mut self.collect_buf);
                let r = r.map(|r| self.set_add_owned_slice(s, &buf[base..]).and(r));
                buf.truncate(base);
                let nested = std::mem::replace(&mut self.collect_buf, buf);
                debug_assert!(nested.is_empty(), "a nested drain left its items");
                if let Some(r) = r {
                    match r {
                        Ok(None) => {
                            self.decref(iter);
                            return Ok(());
                        }
                        Ok(Some(v)) => pending = Some(v),
                        Err(e) => {
                            self.decref(iter);
                            return Err(e);
                        }
                    }
                }
            }
        }
        loop {
            let next = match pending.take() {
                Some(v) => Ok(Some(v)),
                None => self.iter_next(iter),
            };
            let r = match next {
                Ok(Some(v)) => {
                    let r = self.set_add(s, v);
                    self.decref(v);
                    r
                }
                Ok(None) => break,
                Err(e) => Err(e),
            };
            if let Err(e) = r {
                self.decref(iter);
                return Err(e);
            }
        }
        self.decref(iter);
        Ok(())
    }
}
