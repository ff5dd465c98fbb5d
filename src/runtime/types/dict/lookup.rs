//! Looking keys up in a dict with Python equality: find, get, set and delete by key
//! (CPython's `lookdict`/`_Py_dict_lookup`, `insertdict`, `delitem_common` in
//! Objects/dictobject.c), and the `d[k]`, `del d[k]` and `k in d` arms of the
//! protocol dispatchers.
//!
//! The table itself (`DictObj`) only compares stored hashes and calls back for key
//! equality; here that callback decides builtin keys without running Python code and
//! falls back to `__eq__` (which may mutate the dict, so candidates are re-read).

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Scalar, Value};
use num_traits::FromPrimitive;

impl Vm {
    /// Key equality for dict/set probing without running Python code, when possible.
    /// Some(b) = decided; None = needs the full `__eq__` protocol. (CPython compares
    /// identity, then the stored hash, then calls `PyObject_RichCompare`; deciding the
    /// common builtin cases here keeps probing free of calls. Sets use it too.)
    pub(crate) fn key_eq_fast(&self, a: Value, b: Value) -> Option<bool> {
        if a.is(b) {
            return Some(true);
        }
        match (self.scalar(a), self.scalar(b)) {
            (Scalar::Int(x), Scalar::Int(y)) => Some(x == y),
            (Scalar::Int(x), Scalar::Float(y)) | (Scalar::Float(y), Scalar::Int(x)) => {
                Some(x as f64 == y)
            }
            (Scalar::Float(x), Scalar::Float(y)) => Some(x == y),
            (Scalar::Bool(x), Scalar::Int(y)) | (Scalar::Int(y), Scalar::Bool(x)) => {
                Some(x as i64 == y)
            }
            // True == 1.0: one hash/equality path for every numeric pair.
            (Scalar::Bool(x), Scalar::Float(y)) | (Scalar::Float(y), Scalar::Bool(x)) => {
                Some(x as i64 as f64 == y)
            }
            (Scalar::Bool(x), Scalar::Bool(y)) => Some(x == y),
            (Scalar::Obj(x), Scalar::Obj(y)) => match (self.heap.get(x), self.heap.get(y)) {
                (Obj::Str(s), Obj::Str(t)) => Some(s.eq_text(t)),
                (Obj::Str(_), _) | (_, Obj::Str(_)) => {
                    if matches!(self.heap.get(x), Obj::Instance(_))
                        || matches!(self.heap.get(y), Obj::Instance(_))
                    {
                        None
                    } else {
                        Some(false)
                    }
                }
                (Obj::BigInt(p), Obj::BigInt(q)) => Some(p == q),
                // complex == complex / int / float: the numeric comparison.
                (Obj::Complex(_), _) | (_, Obj::Complex(_)) => None,
                (Obj::Bytes(p), Obj::Bytes(q)) => Some(p == q),
                (Obj::Instance(_), _) | (_, Obj::Instance(_)) => None,
                (Obj::WeakRef(_), Obj::WeakRef(_))
                | (Obj::BoundMethod { .. }, Obj::BoundMethod { .. })
                | (Obj::Builtin(_), Obj::Builtin(_)) => None,
                // Tuples of scalars: item by item (`tuplerichcompare`, identity
                // first); a nested container or instance asks for the full protocol.
                (Obj::Tuple(p), Obj::Tuple(q)) => {
                    if p.len() != q.len() {
                        return Some(false);
                    }
                    for (&a, &b) in p.iter().zip(q.iter()) {
                        if a.is(b) {
                            continue;
                        }
                        let nested = |v: Value| matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_)));
                        if nested(a) || nested(b) || !self.key_eq_fast(a, b)? {
                            return if nested(a) || nested(b) {
                                None
                            } else {
                                Some(false)
                            };
                        }
                    }
                    Some(true)
                }
                (Obj::FrozenSet(_), Obj::FrozenSet(_))
                | (Obj::Range { .. } | Obj::BigRange(_), Obj::Range { .. } | Obj::BigRange(_)) => {
                    None
                }
                _ => Some(false),
            },
            // 2.0 ** 70 == 2 ** 70: a float equals a big int when it is that integer.
            (Scalar::Float(f), Scalar::Obj(x)) | (Scalar::Obj(x), Scalar::Float(f))
                if matches!(self.heap.get(x), Obj::BigInt(_)) =>
            {
                let Obj::BigInt(p) = self.heap.get(x) else {
                    unreachable!()
                };
                Some(f.fract() == 0.0 && num_bigint::BigInt::from_f64(f).is_some_and(|q| q == **p))
            }
            (Scalar::Obj(x), _) | (_, Scalar::Obj(x)) => {
                if matches!(self.heap.get(x), Obj::Instance(_) | Obj::Complex(_)) {
                    None
                } else {
                    Some(false)
                }
            }
            _ => Some(false),
        }
    }

    /// `d[key]` for an exact dict and an exact str key when no Python code can run:
    /// `Some(Some(v))` found (borrowed), `Some(None)` missing, `None` when a stored key
    /// of equal hash needs Python `__eq__` (left to [`Vm::dict_find`]). CPython 3.11
    /// specialises the same case (`BINARY_SUBSCR_DICT` over `unicode_lookup`).
    #[inline]
    pub(crate) fn dict_str_lookup(&self, d: ObjRef, key: ObjRef) -> Option<Option<Value>> {
        let (Obj::Dict(dict), Obj::Str(k)) = (self.heap.get(d), self.heap.get(key)) else {
            return None;
        };
        let (hash, ks, kf) = (k.hash(), k.as_str(), k.is_flagged());
        let mut slow = false;
        // A unicode table holds only exact strs: identity, then the str's cached
        // hash, then the text (CPython's `unicodekeys_lookup_unicode`).
        let found = match dict.find_str(hash, |sr| {
            sr == key
                || match self.heap.get(sr) {
                    // (The flag tells surrogates from their stand-ins.)
                    Obj::Str(t) => t.hash() == hash && t.as_str() == ks && t.is_flagged() == kf,
                    _ => false,
                }
        }) {
            Some(found) => found,
            None => dict.find(hash, |stored| {
                if let Value::Obj(sr) = stored {
                    if sr == key {
                        return true;
                    }
                    match self.heap.get(sr) {
                        Obj::Str(t) => return t.as_str() == ks && t.is_flagged() == kf,
                        Obj::Instance(_) => slow = true,
                        _ => {}
                    }
                }
                false
            }),
        };
        // A candidate probed before the match needed `__eq__`: CPython calls it
        // first, so the general lookup runs (`find` stops at the first match).
        match found {
            _ if slow => None,
            Some(ix) => Some(dict.entry(ix).map(|e| e.value)),
            None => Some(None),
        }
    }

    /// `d[key] = v` for an exact dict `d` and a str `key` (CPython's
    /// STORE_SUBSCR_DICT): the stack's reference to `v` moves into the dict. Returns
    /// the value replaced (owned: the caller releases it after the store, as
    /// `insertdict` does), `Undef` for a new key, or None when this path does not
    /// apply (not a dict and a str, or a stored key that is an instance whose `__eq__`
    /// might match); then nothing changed.
    pub(crate) fn dict_str_store(&mut self, d: ObjRef, key: ObjRef, v: Value) -> Option<Value> {
        // The probe is `dict_str_lookup`'s, written out again: sharing it through a
        // helper returning the index cost the hot block's loads ~30 instructions each.
        let (Obj::Dict(dict), Obj::Str(k)) = (self.heap.get(d), self.heap.get(key)) else {
            return None;
        };
        let (hash, ks, kf) = (k.hash(), k.as_str(), k.is_flagged());
        let mut slow = false;
        // A unicode table holds only exact strs: identity, then the str's cached
        // hash, then the text (CPython's `unicodekeys_lookup_unicode`).
        let found = match dict.find_str(hash, |sr| {
            sr == key
                || match self.heap.get(sr) {
                    // (The flag tells surrogates from their stand-ins.)
                    Obj::Str(t) => t.hash() == hash && t.as_str() == ks && t.is_flagged() == kf,
                    _ => false,
                }
        }) {
            Some(found) => found,
            None => dict.find(hash, |stored| {
                if let Value::Obj(sr) = stored {
                    if sr == key {
                        return true;
                    }
                    match self.heap.get(sr) {
                        Obj::Str(t) => return t.as_str() == ks && t.is_flagged() == kf,
                        Obj::Instance(_) => slow = true,
                        _ => {}
                    }
                }
                false
            }),
        };
        if slow {
            return None;
        }
        Some(self.dict_store_probed(d, found, hash, Value::Obj(key), v, true))
    }

    /// The store once the probe found `key`'s entry (`found`) or its absence
    /// (`insertdict` after `_Py_dict_lookup`): CPython's MAINTAIN_TRACKING, then the
    /// value replaced (returned, owned) or a new entry holding a new reference to
    /// the key (`Undef` returned). The stack's reference to `v` moves in.
    #[inline(always)]
    fn dict_store_probed(
        &mut self,
        d: ObjRef,
        found: Option<usize>,
        hash: i64,
        key: Value,
        v: Value,
        key_is_str: bool,
    ) -> Value {
        if !self.heap.is_tracked(d)
            && (self.heap.may_be_tracked(v) || self.heap.may_be_tracked(key))
        {
            self.heap.track(d);
        }
        if found.is_none() {
            self.heap.incref(key);
        }
        let Obj::Dict(dict) = self.heap.get_mut(d) else {
            unreachable!("the caller probed a dict")
        };
        match found {
            Some(ix) => match dict.value_mut(ix) {
                Some(slot) => std::mem::replace(slot, v),
                None => Value::Undef,
            },
            None => {
                dict.insert_new(hash, key, v, key_is_str);
                Value::Undef
            }
        }
    }

    /// `d[key]` for an exact dict when hashing and comparing the key run no code
    /// ([`Vm::fast_hash`], [`Vm::key_eq_fast`]): `Some(Some(v))` found (borrowed),
    /// `Some(None)` missing, `None` when the general lookup must run. CPython 3.11's
    /// BINARY_SUBSCR_DICT does the same lookup without a call.
    #[inline]
    pub(crate) fn dict_lookup_fast(&self, d: ObjRef, key: Value) -> Option<Option<Value>> {
        if let Value::Obj(k) = key {
            if let Obj::Str(_) = self.heap.get(k) {
                return self.dict_str_lookup(d, k);
            }
        }
        let Obj::Dict(dict) = self.heap.get(d) else {
            return None;
        };
        let hash = self.fast_hash(key)?;
        let ix = self.dict_find_fast(dict, key, hash)?;
        Some(ix.and_then(|ix| dict.entry(ix)).map(|e| e.value))
    }

    /// Probes `dict` for `key` comparing with [`Vm::key_eq_fast`]: `Some(found)`, or
    /// None when a candidate of equal hash needs `__eq__`.
    #[inline]
    fn dict_find_fast(
        &self,
        dict: &super::DictObj,
        key: Value,
        hash: i64,
    ) -> Option<Option<usize>> {
        let mut slow = false;
        let found = dict.find(hash, |k| {
            // The commonest outcomes without the call into the general comparison:
            // the very key (an interned str, a cached small int), or two ints.
            if k.is(key) {
                return true;
            }
            if let (Value::Int(a), Value::Int(b)) = (k, key) {
                return self.heap.int_of(a) == self.heap.int_of(b);
            }
            match self.key_eq_fast(k, key) {
                Some(b) => b,
                None => {
                    slow = true;
                    false
                }
            }
        });
        (!slow).then_some(found)
    }

    /// `d[key] = v` for an exact dict when hashing and comparing the key run no code
    /// (CPython's STORE_SUBSCR_DICT): the stack's reference to `v` moves into the
    /// dict. Returns the replaced value (owned), `Undef` for a new key, or None when
    /// the general path must run (then nothing changed).
    pub(crate) fn dict_store_fast(&mut self, d: ObjRef, key: Value, v: Value) -> Option<Value> {
        if let Value::Obj(k) = key {
            if let Obj::Str(_) = self.heap.get(k) {
                return self.dict_str_store(d, k, v);
            }
        }
        let Obj::Dict(dict) = self.heap.get(d) else {
            return None;
        };
        let hash = self.fast_hash(key)?;
        let found = self.dict_find_fast(dict, key, hash)?;
        Some(self.dict_store_probed(d, found, hash, key, v, false))
    }

    /// `del d[key]` for an exact dict when the key is there and hashing and comparing
    /// it run no code: the removed key and value (owned, for the caller to release
    /// in `delitem_common`'s order: key, then value). None otherwise (nothing done).
    pub(crate) fn dict_del_fast(&mut self, d: ObjRef, key: Value) -> Option<(Value, Value)> {
        let Obj::Dict(dict) = self.heap.get(d) else {
            return None;
        };
        let hash = self.fast_hash(key)?;
        let ix = self.dict_find_fast(dict, key, hash)??;
        let Obj::Dict(dict) = self.heap.get_mut(d) else {
            unreachable!("checked above")
        };
        Some(dict.remove_at(ix))
    }

    /// Finds `key` in a dict: the entry index.
    pub fn dict_find(&mut self, d: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
        let Value::Obj(dr) = d else { return Ok(None) };
        let mut slow = false;
        let found = match self.heap.get(dr) {
            Obj::Dict(dict) => dict.find(hash, |k| match self.key_eq_fast(k, key) {
                Some(b) => b,
                None => {
                    slow = true;
                    false
                }
            }),
            _ => None,
        };
        // `find` stops at the first match: a candidate before it that needed
        // `__eq__` is compared first, as CPython's `lookdict` does.
        if !slow {
            return Ok(found);
        }
        // An `__eq__` may change the dict: when the entry compared is no longer
        // there, the search starts again (CPython's `lookdict`: "the dict was
        // mutated, restart").
        'restart: loop {
            let cands = match self.heap.get(dr) {
                Obj::Dict(dict) => dict.candidates(hash),
                _ => vec![],
            };
            for ix in cands {
                let k = match self.heap.get(dr) {
                    Obj::Dict(dict) => match dict.entry(ix) {
                        Some(e) if !e.key.is_undef() => {
                            // CPython calls `__eq__` only on equal full hashes; the
                            // table compared the low 32 bits.
                            if !self.dict_full_hash_is(dict, ix, e.key, hash) {
                                continue;
                            }
                            e.key
                        }
                        _ => continue,
                    },
                    _ => return Ok(None),
                };
                self.incref(k);
                let r = self.eq(k, key);
                let unchanged = match self.heap.get(dr) {
                    Obj::Dict(dict) => matches!(dict.entry(ix), Some(e) if e.key.is(k)),
                    _ => false,
                };
                self.decref(k);
                let equal = r?;
                if !unchanged {
                    continue 'restart;
                }
                if equal {
                    return Ok(Some(ix));
                }
            }
            return Ok(None);
        }
    }

    /// Whether entry `ix` (key `k`) has the full hash `hash`: a str key's own cached
    /// hash (CPython's `unicode_get_hash`), else the one the entry stored.
    fn dict_full_hash_is(&self, dict: &super::DictObj, ix: usize, k: Value, hash: i64) -> bool {
        if let Value::Obj(r) = k {
            if let Obj::Str(s) = self.heap.get(r) {
                return s.hash() == hash;
            }
        }
        dict.stored_hash(ix).is_none_or(|h| h == hash)
    }

    /// `d[key]` lookup: an owned value or None if missing.
    pub fn dict_get_item(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let ix = self.dict_find(d, key, h)?;
        Ok(ix.and_then(|ix| {
            let v = match self.heap.get(d.as_obj()?) {
                Obj::Dict(dict) => dict.entry(ix)?.value,
                _ => return None,
            };
            self.incref(v);
            Some(v)
        }))
    }

    /// `d[key] = v` (key and value borrowed; the dict takes its own references).
    pub fn dict_set_item(&mut self, d: Value, key: Value, v: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        self.dict_set_item_hashed(d, key, h, v)
    }

    /// `d[key] = v` for a key whose hash is known (CPython's `insertdict` with the
    /// hash a merge reads from the source's entry): no `__hash__` call.
    pub(crate) fn dict_set_item_hashed(
        &mut self,
        d: Value,
        key: Value,
        h: i64,
        v: Value,
    ) -> PyResult<()> {
        let ix = self.dict_find(d, key, h)?;
        self.dict_store_at(d, key, h, ix, v);
        Ok(())
    }

    /// Stores `v` for `key` (hash `h`) at entry `ix` that `dict_find` found, or as a
    /// new entry (None); both borrowed, the dict takes its own references.
    pub(crate) fn dict_store_at(
        &mut self,
        d: Value,
        key: Value,
        h: i64,
        ix: Option<usize>,
        v: Value,
    ) {
        let Value::Obj(dr) = d else { return };
        self.incref(v);
        // CPython's MAINTAIN_TRACKING: start tracking once a container goes in.
        if !self.heap.is_tracked(dr)
            && (self.heap.may_be_tracked(v) || self.heap.may_be_tracked(key))
        {
            self.heap.track(dr);
        }
        match ix {
            Some(ix) => {
                let old = match self.heap.get_mut(dr) {
                    Obj::Dict(dict) => match dict.value_mut(ix) {
                        Some(slot) => std::mem::replace(slot, v),
                        None => Value::None,
                    },
                    _ => Value::None,
                };
                self.decref(old);
            }
            None => {
                self.incref(key);
                let is_str = self.is_str(key);
                if let Obj::Dict(dict) = self.heap.get_mut(dr) {
                    dict.insert_new(h, key, v, is_str);
                }
            }
        }
    }

    /// The next live entry of the dict `d` at or after `*pos`, advancing `*pos` past
    /// it (CPython's `_PyDict_Next`): its full hash, key and value, borrowed. Loops
    /// that may run Python code walk the live table this way.
    pub(crate) fn dict_next_entry(&self, d: Value, pos: &mut usize) -> Option<(i64, Value, Value)> {
        let Value::Obj(r) = d else { return None };
        let Obj::Dict(dict) = self.heap.get(r) else {
            return None;
        };
        loop {
            let i = dict.next_from(*pos)?;
            *pos = i + 1;
            let e = dict.entry(i)?;
            if let Some(h) = self.dict_entry_hash(dict, i, e.key) {
                return Some((h, e.key, e.value));
            }
        }
    }

    /// The full hash of live entry `ix` of `dict`: the one it stored, or a str
    /// key's own cached one.
    pub(crate) fn dict_entry_hash(
        &self,
        dict: &super::DictObj,
        ix: usize,
        key: Value,
    ) -> Option<i64> {
        if let Some(h) = dict.stored_hash(ix) {
            return Some(h);
        }
        match key {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(s.hash()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `del d[key]`: false if missing.
    pub fn dict_del_item(&mut self, d: Value, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        let Some(ix) = self.dict_find(d, key, h)? else {
            return Ok(false);
        };
        let (k, v) = match self.heap.get_mut(d.as_obj().unwrap()) {
            Obj::Dict(dict) => dict.remove_at(ix),
            _ => return Ok(false),
        };
        self.decref(k);
        self.decref(v);
        Ok(true)
    }

    /// `d[key]` (CPython's `dict_subscript`): a missing key is a KeyError.
    pub fn dict_subscript(&mut self, d: Value, key: Value) -> PyResult<Value> {
        match self.dict_get_item(d, key)? {
            Some(v) => Ok(v),
            None => {
                // dict subclasses with __missing__ are not supported; plain KeyError.
                Err(self.key_error(key))
            }
        }
    }

    /// `del d[key]` (CPython's `dict_ass_sub` with no value): a missing key is a KeyError.
    pub fn dict_del_subscript(&mut self, d: Value, key: Value) -> PyResult<()> {
        if self.dict_del_item(d, key)? {
            Ok(())
        } else {
            Err(self.key_error(key))
        }
    }

    /// `key in d` (CPython's `dict_contains`); also `key in d.keys()` on the view's dict.
    /// `(k, v) in d.items()` (CPython's `dictitems_contains`): anything but a pair is
    /// not there; the key is looked up by hash (an unhashable key raises), then the
    /// values compared.
    pub fn dict_items_contains(&mut self, d: Value, item: Value) -> PyResult<bool> {
        let pair = match item {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(t) if t.len() == 2 => (t[0], t[1]),
                _ => return Ok(false),
            },
            _ => return Ok(false),
        };
        let Some(found) = self.dict_get_item(d, pair.0)? else {
            return Ok(false);
        };
        let r = self.eq(found, pair.1);
        self.decref(found);
        r
    }

    pub fn dict_contains(&mut self, d: Value, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        Ok(self.dict_find(d, key, h)?.is_some())
    }
}
