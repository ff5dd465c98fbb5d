//! Hashing and the dict/set operations that need it (CPython's Python/pyhash.c,
//! `PyObject_Hash`, and the dict/set entry points that may call `__eq__`/`__hash__`).

use super::{PyResult, Vm};
use crate::bytecode::BinOp;
use crate::bytecode::CmpOp;
use crate::runtime::object::Obj;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::Zero;

impl Vm {
    /// `hash(v)` (CPython's `PyObject_Hash`).
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => crate::runtime::types::int::hash::hash_i64(i),
            Value::Bool(b) => b as i64,
            Value::Float(f) => crate::runtime::types::float::hash::hash_f64(f),
            Value::None => 0xFCA86420_u32 as i64 >> 4,
            Value::Undef | Value::NotImplemented | Value::Ellipsis => 0x1234_5678,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => s.hash(),
                Obj::Bytes(b) => crate::runtime::types::bytes::hash(b),
                Obj::BigInt(b) => crate::runtime::types::int::hash::hash_bigint(b),
                Obj::Tuple(_) => self.tuple_hash(r)?,
                Obj::FrozenSet(s) => {
                    // CPython's frozenset hash.
                    let mut hash: u64 = 0;
                    for (h, _) in s.iter() {
                        let h = h as u64;
                        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
                    }
                    hash ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
                    hash ^= (hash >> 11) ^ (hash >> 25);
                    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
                    if hash as i64 == -1 {
                        590923713
                    } else {
                        hash as i64
                    }
                }
                Obj::WeakRef(_) => return self.weakref_hash(r),
                Obj::Range { .. } | Obj::BigRange(_) => return self.range_hash(v),
                Obj::List(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::Slice { .. }
                | Obj::ByteArray(_) => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("unhashable type: '{}'", tn)));
                }
                Obj::Instance(_) => return self.instance_hash(v, r),
                _ => identity_hash(r.0),
            },
        })
    }

    /// Key equality for dict/set probing without running Python code, when possible.
    /// Some(b) = decided; None = needs the full `__eq__` protocol.
    fn key_eq_fast(&self, a: Value, b: Value) -> Option<bool> {
        if a.is(b) {
            return Some(true);
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x == y),
            (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
                Some(x as f64 == y)
            }
            (Value::Float(x), Value::Float(y)) => Some(x == y),
            (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => {
                Some(x as i64 == y)
            }
            (Value::Obj(x), Value::Obj(y)) => match (self.heap.get(x), self.heap.get(y)) {
                (Obj::Str(s), Obj::Str(t)) => Some(s.as_str() == t.as_str()),
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
                (Obj::Bytes(p), Obj::Bytes(q)) => Some(p == q),
                (Obj::Instance(_), _) | (_, Obj::Instance(_)) => None,
                (Obj::WeakRef(_), Obj::WeakRef(_)) => None,
                (Obj::Tuple(_), Obj::Tuple(_))
                | (Obj::FrozenSet(_), Obj::FrozenSet(_))
                | (Obj::Range { .. } | Obj::BigRange(_), Obj::Range { .. } | Obj::BigRange(_)) => {
                    None
                }
                _ => Some(false),
            },
            (Value::Obj(x), _) | (_, Value::Obj(x)) => {
                if matches!(self.heap.get(x), Obj::Instance(_)) {
                    None
                } else {
                    Some(false)
                }
            }
            _ => Some(false),
        }
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
        if found.is_some() || !slow {
            return Ok(found);
        }
        let cands = match self.heap.get(dr) {
            Obj::Dict(dict) => dict.candidates(hash),
            _ => vec![],
        };
        for ix in cands {
            let k = match self.heap.get(dr) {
                Obj::Dict(dict) => match dict.entries.get(ix) {
                    Some(e) if !e.key.is_undef() => e.key,
                    _ => continue,
                },
                _ => return Ok(None),
            };
            self.incref(k);
            let r = self.eq(k, key);
            self.decref(k);
            if r? {
                return Ok(Some(ix));
            }
        }
        Ok(None)
    }

    /// `d[key]` lookup: an owned value or None if missing.
    pub fn dict_get_item(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let ix = self.dict_find(d, key, h)?;
        Ok(ix.and_then(|ix| {
            let v = match self.heap.get(d.as_obj()?) {
                Obj::Dict(dict) => dict.entries[ix].value,
                _ => return None,
            };
            self.incref(v);
            Some(v)
        }))
    }

    /// `d[key] = v` (key and value borrowed; the dict takes its own references).
    pub fn dict_set_item(&mut self, d: Value, key: Value, v: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        let ix = self.dict_find(d, key, h)?;
        let Value::Obj(dr) = d else { return Ok(()) };
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
                    Obj::Dict(dict) => std::mem::replace(&mut dict.entries[ix].value, v),
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
        Ok(())
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
        if found.is_some() || !slow {
            return Ok(found);
        }
        let cands = match self.heap.get(sr) {
            Obj::Set(set) | Obj::FrozenSet(set) => set.candidates(hash),
            _ => vec![],
        };
        for ix in cands {
            let k = match self.heap.get(sr) {
                Obj::Set(set) | Obj::FrozenSet(set) => match set.table[ix] {
                    crate::runtime::object::set::SetSlot::Full { key, .. } => key,
                    _ => continue,
                },
                _ => return Ok(None),
            };
            self.incref(k);
            let r = self.eq(k, key);
            self.decref(k);
            if r? {
                return Ok(Some(ix));
            }
        }
        Ok(None)
    }

    /// `s.add(v)` (v borrowed).
    pub fn set_add(&mut self, s: Value, v: Value) -> PyResult<()> {
        let h = self.hash(v)?;
        if self.set_find(s, v, h)?.is_some() {
            return Ok(());
        }
        self.incref(v);
        if let Obj::Set(set) | Obj::FrozenSet(set) = self.heap.get_mut(s.as_obj().unwrap()) {
            set.insert_new(h, v);
        }
        Ok(())
    }

    /// Removes `v` from a set; false if absent.
    pub fn set_discard(&mut self, s: Value, v: Value) -> PyResult<bool> {
        let h = self.hash(v)?;
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

    /// `BUILD_SET`: items owned.
    pub fn build_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = self.heap.new_value(Obj::Set(Box::default()));
        let mut err = None;
        for &v in &items {
            if err.is_none() {
                if let Err(e) = self.set_add(s, v) {
                    err = Some(e);
                }
            }
        }
        for v in items {
            self.decref(v);
        }
        match err {
            Some(e) => {
                self.decref(s);
                Err(e)
            }
            None => Ok(s),
        }
    }

    /// `BUILD_MAP`: k1, v1, ... owned.
    pub fn build_map(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let dict = self.heap.take_dict(items.len() / 2);
        let d = self.heap.new_value(Obj::Dict(dict));
        let mut err = None;
        for pair in items.chunks(2) {
            if err.is_none() {
                if let Err(e) = self.dict_set_item(d, pair[0], pair[1]) {
                    err = Some(e);
                }
            }
        }
        for v in items {
            self.decref(v);
        }
        match err {
            Some(e) => {
                self.decref(d);
                Err(e)
            }
            None => Ok(d),
        }
    }

    /// `DICT_UPDATE i` (`{**m}`) / `DICT_MERGE i` (`f(**m)`): the dict is `peek(i - 1)`,
    /// and for a merge the called function is `peek(i + 1)`.
    pub fn dict_update_op(&mut self, i: usize, m: Value, merge: bool) -> PyResult<()> {
        let d = self.peek(i - 1);
        let is_dict = matches!(m, Value::Obj(r) if matches!(self.heap.get(r), Obj::Dict(_)));
        if !is_dict {
            let has_keys = match self.lookup_type_attr(m, "keys") {
                Some(k) => {
                    self.decref(k);
                    true
                }
                None => false,
            };
            if !has_keys {
                let tn = self.type_name(m);
                if merge {
                    let fs = self.func_str(self.peek(i + 1));
                    return Err(self.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        fs, tn
                    )));
                }
                return Err(self.type_error(format!("'{}' object is not a mapping", tn)));
            }
        }
        if merge {
            let f = self.peek(i + 1);
            self.dict_update_ex(d, m, Some(f))
        } else {
            self.dict_update_ex(d, m, None)
        }
    }

    /// `d.update(m)`: a dict, an object with `keys()`, or an iterable of pairs.
    pub fn dict_update(&mut self, d: Value, m: Value) -> PyResult<()> {
        self.dict_update_ex(d, m, None)
    }

    /// `d.update(m)` / `{**m}`; with `merge_func`, duplicate keys are a TypeError.
    fn dict_update_ex(&mut self, d: Value, m: Value, merge_func: Option<Value>) -> PyResult<()> {
        // A dict subclass that keeps dict's `__iter__` is merged from its payload
        // directly (CPython's `dict_merge` fast path), even if it overrides `keys`.
        let m = match self.payload_for(m, "__iter__") {
            Some(p) if matches!(p, Value::Obj(r) if matches!(self.heap.get(r), Obj::Dict(_))) => p,
            _ => m,
        };
        // Merging from a dict: CPython's `dict_merge` first clones a clean source's
        // table into an empty target or resizes the target once for all the items.
        if let (Value::Obj(mr), Value::Obj(dr)) = (m, d) {
            if mr != dr {
                if let Obj::Dict(src) = self.heap.get(mr) {
                    let info = src.merge_source();
                    if let Obj::Dict(dd) = self.heap.get_mut(dr) {
                        dd.merge_prepare(info);
                    }
                }
            }
        }
        let pairs: Vec<(Value, Value)> = match m {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Dict(src) => src.iter().map(|e| (e.key, e.value)).collect(),
                _ => {
                    // A mapping with keys() (CPython's PyDict_Merge on a non-dict).
                    if let Some(km) = self.lookup_type_attr(m, "keys") {
                        self.decref(km);
                        let keys_fn = self.get_attr(m, "keys")?;
                        let ks = self.call_value(keys_fn, &[], &[]);
                        self.decref(keys_fn);
                        let ks = ks?;
                        let keys = self.collect_iter(ks);
                        self.decref(ks);
                        let keys = keys?;
                        let mut res = Ok(());
                        for &k in &keys {
                            if res.is_ok() {
                                res = match self.get_item(m, k) {
                                    Ok(v) => {
                                        let r = self.dict_set_item(d, k, v);
                                        self.decref(v);
                                        r
                                    }
                                    Err(e) => Err(e),
                                };
                            }
                        }
                        for k in keys {
                            self.decref(k);
                        }
                        return res;
                    }
                    // An iterable of pairs.
                    let items = self.collect_iter(m)?;
                    let mut res = Ok(());
                    for (idx, &it) in items.iter().enumerate() {
                        if res.is_err() {
                            break;
                        }
                        let kv = match self.collect_iter(it) {
                            Ok(kv) => kv,
                            Err(e) => {
                                if self.exc_matches(e.0, "TypeError") {
                                    self.decref(e.0);
                                    let tn = self.type_name(it);
                                    res = Err(self.type_error(format!(
                                        "cannot convert dictionary update sequence element #{} to a sequence",
                                        idx
                                    )));
                                    let _ = tn;
                                } else {
                                    res = Err(e);
                                }
                                continue;
                            }
                        };
                        if kv.len() != 2 {
                            let n = kv.len();
                            for x in kv {
                                self.decref(x);
                            }
                            res = Err(self.value_error(format!(
                                "dictionary update sequence element #{} has length {}; 2 is required",
                                idx, n
                            )));
                            continue;
                        }
                        res = self.dict_set_item(d, kv[0], kv[1]);
                        self.decref(kv[0]);
                        self.decref(kv[1]);
                    }
                    for it in items {
                        self.decref(it);
                    }
                    return res;
                }
            },
            _ => {
                let tn = self.type_name(m);
                return Err(self.type_error(format!("'{}' object is not a mapping", tn)));
            }
        };
        for &(k, v) in &pairs {
            self.incref(k);
            self.incref(v);
        }
        let mut res = Ok(());
        for &(k, v) in &pairs {
            if res.is_ok() {
                if let Some(f) = merge_func {
                    if let Ok(Some(old)) = self.dict_get_item(d, k) {
                        self.decref(old);
                        let ks = self.as_str(k).unwrap_or("").to_string();
                        let fs = self.func_str(f);
                        res = Err(self.type_error(format!(
                            "{} got multiple values for keyword argument '{}'",
                            fs, ks
                        )));
                        continue;
                    }
                }
                res = self.dict_set_item(d, k, v);
            }
        }
        for (k, v) in pairs {
            self.decref(k);
            self.decref(v);
        }
        res
    }

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
        for (k, v) in pairs {
            match self.dict_get_item(b, k)? {
                None => return Ok(false),
                Some(w) => {
                    let e = self.eq(v, w);
                    self.decref(w);
                    if !e? {
                        return Ok(false);
                    }
                }
            }
        }
        Ok(true)
    }

    fn set_keys(&self, s: Value) -> Option<Vec<Value>> {
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
                    for &x in &ka {
                        let h = self.hash(x)?;
                        if self.set_find(b, x, h)?.is_some() {
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

    /// `set.update(iterable)` / `{*it}`.
    pub fn set_update(&mut self, s: Value, it: Value) -> PyResult<()> {
        if let Some(keys) = self.set_keys(it) {
            let n = keys.len();
            if let Obj::Set(set) | Obj::FrozenSet(set) = self.heap.get_mut(s.as_obj().unwrap()) {
                set.reserve_for_merge(n);
            }
            for k in keys {
                self.set_add(s, k)?;
            }
            return Ok(());
        }
        let items = self.collect_iter(it)?;
        let mut res = Ok(());
        for &v in &items {
            if res.is_ok() {
                res = self.set_add(s, v);
            }
        }
        for v in items {
            self.decref(v);
        }
        res
    }

    /// `x in container` (CPython's `PySequence_Contains`).
    pub fn contains(&mut self, container: Value, x: Value) -> PyResult<bool> {
        if let Some(r) = self.bytes_contains(container, x)? {
            return Ok(r);
        }
        if let Value::Obj(r) = container {
            match self.heap.get(r) {
                Obj::Str(_) => return self.str_contains(r, x),
                Obj::Dict(_) => {
                    let h = self.hash(x)?;
                    return Ok(self.dict_find(container, x, h)?.is_some());
                }
                Obj::DictView { dict, kind } if *kind == 0 => {
                    let d = Value::Obj(*dict);
                    let h = self.hash(x)?;
                    return Ok(self.dict_find(d, x, h)?.is_some());
                }
                Obj::Set(_) | Obj::FrozenSet(_) => {
                    let h = self.hash(x)?;
                    return Ok(self.set_find(container, x, h)?.is_some());
                }
                Obj::Range { .. } | Obj::BigRange(_) => {
                    if let Some(r) = self.range_contains(container, x) {
                        return Ok(r);
                    }
                }
                Obj::List(_) | Obj::Tuple(_) => return self.seq_contains(container, x),
                Obj::Instance(_) | Obj::Class(_) if self.like_instance(container) => {
                    if let Some(r) = self.instance_contains(container, x) {
                        return r;
                    }
                }
                _ => {}
            }
        }
        // Generic: iterate.
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) => {
                self.decref(e.0);
                let tn = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{}' is not iterable", tn)));
            }
        };
        let mut res = Ok(false);
        loop {
            match self.iter_next(it) {
                Ok(Some(v)) => {
                    let e = self.eq(v, x);
                    self.decref(v);
                    match e {
                        Ok(true) => {
                            res = Ok(true);
                            break;
                        }
                        Ok(false) => {}
                        Err(e) => {
                            res = Err(e);
                            break;
                        }
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
        self.decref(it);
        res
    }
}

/// CPython's default object hash: the address rotated by 4 bits.
pub fn identity_hash(index: u32) -> i64 {
    let addr = crate::runtime::heap::sizeof::id_of_index(index);
    addr.rotate_right(4) as i64
}

#[allow(dead_code)]
fn _zero(b: &BigInt) -> bool {
    b.is_zero()
}
