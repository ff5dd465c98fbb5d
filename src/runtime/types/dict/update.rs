//! Merging into a dict (CPython's `dict_merge`, `dict_update_arg`,
//! `PyDict_MergeFromSeq2` and `_PyDict_MergeEx` in Objects/dictobject.c): `d.update(m)`,
//! `dict(m)`, `{**m}` (`DICT_UPDATE`), `f(**m)` (`DICT_MERGE`), `BUILD_MAP`, and the
//! `d | e` / `d |= e` operators (`dict_or`, `dict_ior`).

use crate::runtime::object::Obj;
use crate::runtime::types::generator::DrainMode;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `BUILD_MAP`: k1, v1, ... owned.
    pub fn build_map(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let dict = self.heap.take_dict(items.len() / 2);
        let d = self.heap.new_value(Obj::Dict(dict));
        let mut err = None;
        let dr = d.as_obj().expect("a new dict");
        for pair in items.chunks(2) {
            if err.is_none() {
                // Keys that hash and compare without Python code (strs, ints) take
                // the store STORE_SUBSCR makes; `items` keeps its references until
                // the end either way, as CPython's BUILD_MAP releases the stack's
                // after `_PyDict_FromItems`.
                self.heap.incref(pair[1]);
                match self.dict_store_fast(dr, pair[0], pair[1]) {
                    Some(old) => self.heap.decref(old),
                    None => {
                        self.heap.decref(pair[1]);
                        if let Err(e) = self.dict_set_item(d, pair[0], pair[1]) {
                            err = Some(e);
                        }
                    }
                }
            }
        }
        // CPython pops the stack top first: the last value, the last key, ... (a
        // failed build has freed its dict before the unwinding pops them).
        if err.is_some() {
            // Deallocated on the spot, as `_PyDict_FromItems` does: what it held is
            // still held by the stack, so nothing it let go of dies before the stack's
            // references are popped.
            self.decref(d);
            self.drain_zero_queue();
        }
        for v in items.into_iter().rev() {
            self.decref(v);
        }
        match err {
            Some(e) => Err(e),
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
        let given = m;
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
                    let clones = merge_func.is_none()
                        && matches!(self.heap.get(dr), Obj::Dict(dd) if dd.merge_clones(info));
                    // A subclass instance's payload is never tracked itself: the
                    // instance stands for it, and CPython never untracks one.
                    let tracked = !given.is(m) || self.heap.is_tracked(mr);
                    if clones && self.dict_clone_into(dr, mr, tracked) {
                        return Ok(());
                    }
                    if let Obj::Dict(dd) = self.heap.get_mut(dr) {
                        dd.merge_prepare(info);
                    }
                }
            }
        }
        match m {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Dict(_) => self.dict_merge_dict(d, r, merge_func),
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
                                // A `**` merge refuses a key it already has, even
                                // one the mapping itself repeats.
                                if let Some(f) = merge_func {
                                    if let Ok(Some(old)) = self.dict_get_item(d, k) {
                                        self.decref(old);
                                        res = Err(self.duplicate_keyword(f, k));
                                        continue;
                                    }
                                }
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
                    // An iterable of pairs, pair by pair (CPython's
                    // `PyDict_MergeFromSeq2`): each key is hashed (its `__hash__` may be
                    // Python code) before the next pair is asked for.
                    let iter = self.get_iter(m)?;
                    let mut idx = 0;
                    // `dict(gen)`: the generator runs in one nested loop and its
                    // plain pairs go in as it yields them (`DrainMode::DictPairs`);
                    // only the new dict, which no Python code can reach, is built so
                    // (its growth counts the pairs taken, for the error's index).
                    let fold = match (self.generator_of(iter), d) {
                        (Some(g), Value::Obj(dr))
                            if merge_func.is_none()
                                && self.heap.rc(dr) == 1
                                && matches!(self.heap.get(dr), Obj::Dict(x) if x.is_empty()) =>
                        {
                            Some((g, dr))
                        }
                        _ => None,
                    };
                    let res = loop {
                        let next = match fold {
                            Some((g, dr)) => {
                                let len = |vm: &Vm| match vm.heap.get(dr) {
                                    Obj::Dict(x) => x.len(),
                                    _ => 0,
                                };
                                let before = len(self);
                                let mut acc = d;
                                let r = self.gen_drain(g, DrainMode::DictPairs, &mut acc);
                                idx += len(self).saturating_sub(before);
                                match r {
                                    Some(r) => r,
                                    None => self.iter_next(iter),
                                }
                            }
                            None => self.iter_next(iter),
                        };
                        let it = match next {
                            Ok(Some(it)) => it,
                            Ok(None) => break Ok(()),
                            Err(e) => break Err(e),
                        };
                        let r = self.dict_merge_pair(d, idx, it);
                        self.decref(it);
                        // A value the pair replaced dies before the next pair is
                        // asked for (its finalizer runs inside CPython's
                        // `PyDict_SetItem`).
                        self.drain_zero_queue();
                        if let Err(e) = r {
                            break Err(e);
                        }
                        idx += 1;
                    };
                    self.decref(iter);
                    res
                }
            },
            _ => {
                // No unboxed value is a mapping or iterable: `update` reports it as
                // the iterable of pairs it tried last (CPython's
                // PyDict_MergeFromSeq2), a `**` merge as the mapping it wants.
                let tn = self.type_name(m);
                let what = if merge_func.is_some() {
                    "a mapping"
                } else {
                    "iterable"
                };
                Err(self.type_error(format!("'{}' object is not {}", tn, what)))
            }
        }
    }

    /// CPython's clone of the clean exact dict `src` into the empty exact dict `dr`
    /// (`PyDict_Copy`, `dict_merge`'s first branch): `dr` gets a copy of the table
    /// (`DictObj::clone_clean`) holding its own references, and is tracked when the
    /// source is (`src_tracked`; "Maintain tracking": the clone follows the source,
    /// not its items). False, with nothing changed, when the source's table does not
    /// clone so.
    pub(crate) fn dict_clone_into(&mut self, dr: ObjRef, src: ObjRef, src_tracked: bool) -> bool {
        let clone = match self.heap.get(src) {
            Obj::Dict(s) => s.clone_clean(),
            _ => None,
        };
        let Some(mut clone) = clone else {
            return false;
        };
        clone.for_each_ref(|v| self.heap.incref(v));
        if let Obj::Dict(d) = self.heap.get_mut(dr) {
            // Versions only ever grow (the globals cache keeps its tag bits).
            clone.version = d.version.wrapping_add(clone.version);
            **d = clone;
        }
        if src_tracked && !self.heap.is_tracked(dr) {
            self.heap.track(dr);
        }
        true
    }

    /// Merging the dict `src` into `d` (CPython's `dict_merge` from a dict): entry by
    /// entry as the source is now, each key with the hash its entry stored (no
    /// `__hash__` call), held while it goes in; an `__eq__` that adds to or empties
    /// the source meanwhile makes it "dict mutated during update". With
    /// `merge_func` (`f(**a, **b)`), a key already there is an error.
    fn dict_merge_dict(
        &mut self,
        d: Value,
        src: ObjRef,
        merge_func: Option<Value>,
    ) -> PyResult<()> {
        let orig = match self.heap.get(src) {
            Obj::Dict(s) if !s.is_empty() && !d.is(Value::Obj(src)) => s.nentries(),
            _ => return Ok(()),
        };
        for i in 0..orig {
            let (k, v, h) = match self.heap.get(src) {
                Obj::Dict(s) => match s.entry(i) {
                    Some(e) if !e.key.is_undef() && !e.value.is_undef() => {
                        match self.dict_entry_hash(s, i, e.key) {
                            Some(h) => (e.key, e.value, h),
                            None => continue,
                        }
                    }
                    _ => continue,
                },
                _ => return Ok(()),
            };
            self.incref(k);
            self.incref(v);
            let r = match merge_func {
                Some(f) => match self.dict_find(d, k, h) {
                    Ok(Some(_)) => Err(self.duplicate_keyword(f, k)),
                    Ok(None) => self.dict_set_item_hashed(d, k, h, v),
                    Err(e) => Err(e),
                },
                None => self.dict_set_item_hashed(d, k, h, v),
            };
            self.decref(v);
            self.decref(k);
            r?;
            let now = match self.heap.get(src) {
                Obj::Dict(s) => s.nentries(),
                _ => 0,
            };
            if now != orig {
                return Err(self.err("RuntimeError", "dict mutated during update"));
            }
        }
        Ok(())
    }

    /// The TypeError of a `**` merge meeting key `k` twice in a call of `f`
    /// (CPython's `format_kwargs_error` for the KeyError of `_PyDict_MergeEx`).
    fn duplicate_keyword(&mut self, f: Value, k: Value) -> PyErr {
        // `%S`: the key's str(), whatever its type (`f(**{1: 3}, **{1: 5})`).
        let ks = match self.as_str(k) {
            Some(s) => s.to_string(),
            None => match self.to_str(k) {
                Ok(s) => s,
                Err(e) => return e,
            },
        };
        let fs = self.func_str(f);
        self.type_error(format!(
            "{} got multiple values for keyword argument '{}'",
            fs, ks
        ))
    }

    /// `d | e` when both are dicts: a new dict (CPython's `dict_or`); None otherwise.
    pub fn dict_or(&mut self, a: Value, b: Value) -> PyResult<Option<Value>> {
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            if matches!(self.heap.get(x), Obj::Dict(_)) && matches!(self.heap.get(y), Obj::Dict(_))
            {
                let d = self.new_dict();
                for src in [a, b] {
                    if let Err(e) = self.dict_update(d, src) {
                        self.decref(d);
                        return Err(e);
                    }
                }
                return Ok(Some(d));
            }
        }
        Ok(None)
    }

    /// `d |= m` (CPython's `dict_ior`): updates `d` in place and returns it (owned).
    pub fn dict_ior(&mut self, a: Value, b: Value) -> PyResult<Value> {
        self.dict_update(a, b)?;
        self.incref(a);
        Ok(a)
    }

    /// One `(key, value)` item `it` (borrowed), number `idx`, of the iterable
    /// `dict(pairs)` / `dict.update(pairs)` merges into `d`.
    fn dict_merge_pair(&mut self, d: Value, idx: usize, it: Value) -> PyResult<()> {
        let kv = match self.collect_iter(it) {
            Ok(kv) => kv,
            Err(e) => {
                if self.exc_matches(e.0, "TypeError") {
                    self.decref(e.0);
                    return Err(self.type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        idx
                    )));
                }
                return Err(e);
            }
        };
        if kv.len() != 2 {
            let n = kv.len();
            for x in kv {
                self.decref(x);
            }
            return Err(self.value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                idx, n
            )));
        }
        let res = self.dict_set_item(d, kv[0], kv[1]);
        self.decref(kv[0]);
        self.decref(kv[1]);
        res
    }
}
