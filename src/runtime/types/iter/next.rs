//! Advancing the builtin iterators: each kind's `tp_iternext` (CPython's
//! `listiter_next`, `rangeiter_next`, `dictiter_iternextkey`, `setiter_iternext`,
//! `enum_next`, `zip_next`, `map_next`, `filter_next`, `calliter_iternext`, ...).
//! `Vm::iter_next` in `vm/iter.rs` (CPython's `PyIter_Next`) dispatches here for
//! `Obj::Iter`.

use super::PairStep;
use crate::runtime::object::{IterObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `next()` of the builtin iterator `r` (an `Obj::Iter`): Some(owned value) or
    /// None when exhausted.
    pub(crate) fn builtin_iter_next(&mut self, r: ObjRef) -> PyResult<Option<Value>> {
        let Obj::Iter(iter) = self.heap.get_mut(r) else {
            return Ok(None);
        };
        match &mut **iter {
            IterObj::Tool(_) => self.tool_next(r),
            IterObj::Range {
                cur, stop, step, ..
            } => {
                let c = *cur;
                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                    *cur = c.saturating_add(*step);
                    return Ok(Some(self.int(c)));
                }
                Ok(None)
            }
            IterObj::BigRange(b) => {
                use num_traits::Signed;
                let [cur, stop, step, _] = &mut **b;
                let more = if step.is_positive() {
                    *cur < *stop
                } else {
                    *cur > *stop
                };
                if !more {
                    return Ok(None);
                }
                let c = cur.clone();
                *cur += &*step;
                Ok(Some(self.new_int(c)))
            }
            IterObj::Seq { seq, idx } => {
                let (seq, i) = (*seq, *idx);
                let Value::Obj(mut sr) = seq else {
                    return Ok(None);
                };
                // A subclass instance: its builtin part is walked.
                if let Obj::Instance(_) = self.heap.get(sr) {
                    if let Value::Obj(p) = self.iter_target(seq) {
                        sr = p;
                    }
                }
                let item = match self.heap.get(sr) {
                    Obj::List(l) => l.items.get(i).copied(),
                    Obj::Tuple(t) => t.get(i).copied(),
                    Obj::Str(s) => {
                        if i < s.len() {
                            let (c, f) = (s.char_at(i), s.is_flagged());
                            let v = self.str_of_text_char(c, f);
                            self.set_iter_idx(r, i + 1);
                            return Ok(Some(v));
                        }
                        None
                    }
                    Obj::Bytes(b) => b
                        .get(i)
                        .map(|&c| crate::runtime::heap::Heap::small_int(c as i64)),
                    Obj::ByteArray(b) => b
                        .data
                        .get(i)
                        .map(|&c| crate::runtime::heap::Heap::small_int(c as i64)),
                    Obj::Array(a) => {
                        if i >= a.len() {
                            None
                        } else {
                            let it = a.item(i);
                            let v = self.array_item_value(it)?;
                            self.set_iter_idx(r, i + 1);
                            return Ok(Some(v));
                        }
                    }
                    Obj::MemoryView(_) => {
                        let v = self.memoryview_iter_item(sr, i)?;
                        if v.is_some() {
                            self.set_iter_idx(r, i + 1);
                        }
                        return Ok(v);
                    }
                    Obj::Instance(_) => {
                        // Old-style sequence iteration via __getitem__, whose index
                        // stops at PY_SSIZE_T_MAX (CPython's iter_iternext).
                        if i >= isize::MAX as usize {
                            return Err(self.overflow_error("iter index too large"));
                        }
                        let m = self.lookup_type_attr(seq, "__getitem__");
                        if let Some(m) = m {
                            let iv = self.int(i as i64);
                            let res = self.call_value(m, &[seq, iv], &[]);
                            self.decref(iv);
                            self.decref(m);
                            return match res {
                                Ok(v) => {
                                    self.set_iter_idx(r, i + 1);
                                    Ok(Some(v))
                                }
                                Err(e)
                                    if self.exc_matches(e.0, "IndexError")
                                        || self.exc_matches(e.0, "StopIteration") =>
                                {
                                    // The end is final (CPython's iterobject drops
                                    // its sequence): growing the sequence later
                                    // does not revive the iterator.
                                    self.decref(e.0);
                                    self.finish_iter(r);
                                    Ok(None)
                                }
                                Err(e) => Err(e),
                            };
                        }
                        None
                    }
                    _ => None,
                };
                match item {
                    Some(v) => {
                        self.incref(v);
                        self.set_iter_idx(r, i + 1);
                        Ok(Some(v))
                    }
                    None => {
                        self.finish_iter(r);
                        Ok(None)
                    }
                }
            }
            IterObj::Reversed { seq, idx } => {
                let (mut seq, i) = (*seq, *idx);
                if i < 0 {
                    // The end lets go of the sequence (CPython's `reversed_next`,
                    // `listreviter_next`), whatever it grows to later.
                    self.finish_iter(r);
                    return Ok(None);
                }
                // A list subclass instance (from `list.__reversed__`): its list is
                // walked. Any other instance is a sequence read by `__getitem__`.
                let target = self.iter_target(seq);
                if matches!(target, Value::Obj(t) if matches!(self.heap.get(t), Obj::List(_))) {
                    seq = target;
                }
                let res = if matches!(seq, Value::Obj(o) if matches!(self.heap.get(o), Obj::Instance(_) | Obj::Array(_) | Obj::MemoryView(_)))
                {
                    // A user sequence (`__len__` and `__getitem__`): IndexError or
                    // StopIteration from __getitem__ ends it (CPython's reversed_next);
                    // any other error ends it too, and propagates.
                    let k = self.int(i as i64);
                    let res = self.get_item(seq, k);
                    self.decref(k);
                    match res {
                        Ok(v) => Ok(Some(v)),
                        Err(e)
                            if self.exc_matches(e.0, "IndexError")
                                || self.exc_matches(e.0, "StopIteration") =>
                        {
                            self.decref(e.0);
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    }
                } else {
                    // Past a shrunk list's end: the end.
                    Ok(self.seq_get(seq, i as usize))
                };
                match res {
                    Ok(Some(v)) => {
                        if let Obj::Iter(iter) = self.heap.get_mut(r) {
                            if let IterObj::Reversed { idx, .. } = &mut **iter {
                                *idx -= 1;
                            }
                        }
                        Ok(Some(v))
                    }
                    other => {
                        self.finish_iter(r);
                        other
                    }
                }
            }
            IterObj::Dict {
                dict,
                pos,
                kind,
                len,
                left,
                ..
            } => {
                let (dict, p, kind, len, left) = (*dict, *pos, *kind, *len, *left);
                let Value::Obj(dr) = self.iter_target(dict) else {
                    return Ok(None);
                };
                if kind & super::DICT_ITER_REVERSED != 0 {
                    return self.dict_reviter_next(r, dr, p, kind, len);
                }
                let (cur_len, next) = match self.heap.get(dr) {
                    Obj::Dict(d) => (
                        d.len(),
                        d.next_from(p).and_then(|i| d.entry(i).map(|e| (i, e))),
                    ),
                    _ => (0, None),
                };
                if cur_len != len {
                    self.set_iter_pos_len(r, usize::MAX);
                    self.poison_iter_len(r);
                    return Err(
                        self.err("RuntimeError", "dictionary changed size during iteration")
                    );
                }
                match next {
                    Some(_) if left == 0 => {
                        // An entry beyond the size it began with: keys were deleted
                        // and others added (CPython's dictiter_iternext*).
                        // The iterator lets go of its dict, as at the end.
                        self.finish_iter(r);
                        Err(self.err("RuntimeError", "dictionary keys changed during iteration"))
                    }
                    Some((i, e)) => {
                        self.set_iter_pos_len(r, i + 1);
                        Ok(Some(self.dict_iter_item(r, kind, e)))
                    }
                    None => {
                        // The end lets go of the dict (CPython's `dictiter_iternext*`).
                        self.finish_iter(r);
                        Ok(None)
                    }
                }
            }
            IterObj::Deque { .. } => self.deque_iter_next(r),
            IterObj::ODict { .. } => self.od_iter_next(r),
            IterObj::Set { set, pos, len } => {
                let (set, p, len) = (*set, *pos, *len);
                let Value::Obj(sr) = self.iter_target(set) else {
                    return Ok(None);
                };
                let (cur_len, next) = match self.heap.get(sr) {
                    Obj::Set(s) | Obj::FrozenSet(s) => (
                        s.len(),
                        s.next_from(p).map(|i| match s.table[i] {
                            crate::runtime::types::set::SetSlot::Full { key, .. } => (i, key),
                            _ => (i, Value::None),
                        }),
                    ),
                    _ => (0, None),
                };
                if cur_len != len {
                    self.poison_iter_len(r);
                    return Err(self.err("RuntimeError", "Set changed size during iteration"));
                }
                match next {
                    Some((i, k)) => {
                        self.set_iter_pos_len(r, i + 1);
                        self.incref(k);
                        Ok(Some(k))
                    }
                    None => {
                        // The end lets go of the set (CPython's `setiter_iternext`).
                        self.finish_iter(r);
                        Ok(None)
                    }
                }
            }
            IterObj::Enumerate { it, n, .. } => {
                let (inner, i) = (*it, *n);
                match self.iter_next(inner)? {
                    Some(v) => {
                        if let Obj::Iter(iter) = self.heap.get_mut(r) {
                            if let IterObj::Enumerate { n, result, .. } = &mut **iter {
                                if i == i64::MAX {
                                    // The next count needs a big int.
                                    let n = Box::new(num_bigint::BigInt::from(i) + 1);
                                    let result = *result;
                                    **iter = IterObj::BigEnumerate {
                                        it: inner,
                                        n,
                                        result,
                                    };
                                } else {
                                    *n += 1;
                                }
                            }
                        }
                        let index = self.int(i);
                        Ok(Some(self.enum_result(r, index, v)))
                    }
                    None => Ok(None),
                }
            }
            IterObj::BigEnumerate { it, n, .. } => {
                let (inner, i) = (*it, (**n).clone());
                match self.iter_next(inner)? {
                    Some(v) => {
                        if let Obj::Iter(iter) = self.heap.get_mut(r) {
                            if let IterObj::BigEnumerate { n, .. } = &mut **iter {
                                **n += 1;
                            }
                        }
                        let index = self.new_int(i);
                        Ok(Some(self.enum_result(r, index, v)))
                    }
                    None => Ok(None),
                }
            }
            IterObj::Zip { its, result, .. } => {
                let (n, result) = (its.len(), *result);
                if n == 0 {
                    return Ok(None);
                }
                self.zip_next(r, n, result)
            }
            IterObj::Map { func, its } => {
                let (func, n) = (*func, its.len());
                // A StopIteration out of the function ends the map for its consumer,
                // as out of CPython's map_next (PyIter_Next clears it); `next()`
                // re-raises it. The inner iterators get `next()`'s request first.
                let want = self.want_stop;
                // The arguments on the native stack for up to four iterables (as
                // CPython's `map_next` uses its small stack), and no copy of the
                // iterator list: the k-th iterator is read when its turn comes.
                let mut small = [Value::Undef; 4];
                let mut big = Vec::new();
                if n > small.len() {
                    big.reserve_exact(n);
                }
                for k in 0..n {
                    let inner = match self.heap.get(r) {
                        Obj::Iter(it) => match &**it {
                            IterObj::Map { its, .. } => its.get(k).copied(),
                            _ => None,
                        },
                        _ => None,
                    };
                    let next = match inner {
                        // The collector cleared the map under a Python step.
                        None => Ok(None),
                        Some(i) => match self.seq_iter_next_fast(i) {
                            Some(v) => Ok(Some(v)),
                            None => {
                                self.want_stop = want;
                                let next = self.iter_next(i);
                                self.want_stop = false;
                                next
                            }
                        },
                    };
                    match next {
                        Ok(Some(v)) if n > small.len() => big.push(v),
                        Ok(Some(v)) => small[k] = v,
                        other => {
                            let got = if n > small.len() {
                                &big[..]
                            } else {
                                &small[..k]
                            };
                            for &v in got {
                                self.decref(v);
                            }
                            return other.map(|_| None);
                        }
                    }
                }
                let args = if n > small.len() {
                    &big[..]
                } else {
                    &small[..n]
                };
                let r = self.call_value(func, args, &[]);
                for &v in args {
                    self.decref(v);
                }
                self.stop_as_end(want, r)
            }
            IterObj::Filter { func, it } => {
                // As `Map`: the predicate's StopIteration ends the filter.
                let (func, inner) = (*func, *it);
                let want = self.want_stop;
                loop {
                    self.want_stop = want;
                    let next = self.iter_next(inner);
                    self.want_stop = false;
                    let Some(v) = next? else {
                        return Ok(None);
                    };
                    let keep = if matches!(func, Value::None) {
                        self.truthy(v)
                    } else {
                        match self.call_value(func, &[v], &[]) {
                            Ok(x) => {
                                let t = self.truthy(x);
                                self.decref(x);
                                t
                            }
                            Err(e) => Err(e),
                        }
                    };
                    match keep {
                        Ok(true) => return Ok(Some(v)),
                        Ok(false) => self.decref(v),
                        Err(e) => {
                            self.decref(v);
                            return self.stop_as_end(want, Err(e));
                        }
                    }
                }
            }
            IterObj::Callable { func, sentinel } => {
                let (func, sentinel) = (*func, *sentinel);
                // A StopIteration from the callable ends the iterator for good
                // (CPython's calliter_iternext clears it).
                let v = match self.call_value(func, &[], &[]) {
                    Ok(v) => v,
                    Err(e) if self.exc_matches(e.0, "StopIteration") => {
                        self.decref(e.0);
                        self.finish_iter(r);
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                // A callable that exhausted this iterator meanwhile ends it
                // (CPython's calliter_iternext finds the sentinel cleared).
                let live = matches!(self.heap.get(r), Obj::Iter(i)
                    if matches!(**i, IterObj::Callable { .. }));
                if !live {
                    self.decref(v);
                    return Ok(None);
                }
                // The sentinel is the left operand, as CPython compares.
                if self.eq(sentinel, v)? {
                    self.decref(v);
                    self.finish_iter(r);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterObj::AsyncGenASend { .. } | IterObj::AsyncGenAThrow { .. } => {
                self.agen_awaitable_next(r)
            }
            IterObj::AnextAwaitable { .. } => self.anext_awaitable_next(r),
            IterObj::CoroWrapper { .. } => self.coro_wrapper_next(r),
            IterObj::Done | IterObj::Spent { .. } => Ok(None),
        }
    }

    fn set_iter_idx(&mut self, r: ObjRef, i: usize) {
        if let Obj::Iter(iter) = self.heap.get_mut(r) {
            if let IterObj::Seq { idx, .. } = &mut **iter {
                *idx = i;
            }
        }
    }

    /// After a dict or set iterator found its collection resized: no size matches
    /// its remembered one again, so it raises on every later step, even once the
    /// collection is back to its old size (CPython's sticky `di_used = -1`,
    /// `si_used = -1`), and its length hint stays 0.
    fn poison_iter_len(&mut self, r: ObjRef) {
        if let Obj::Iter(iter) = self.heap.get_mut(r) {
            if let IterObj::Dict { len, .. } | IterObj::Set { len, .. } = &mut **iter {
                *len = usize::MAX;
            }
        }
    }

    fn set_iter_pos_len(&mut self, r: ObjRef, p: usize) {
        if let Obj::Iter(iter) = self.heap.get_mut(r) {
            match &mut **iter {
                IterObj::Dict { pos, left, .. } => {
                    // Each step past an entry leaves one fewer to come.
                    *pos = p;
                    *left = left.saturating_sub(1);
                }
                IterObj::Set { pos, .. } => *pos = p,
                _ => {}
            }
        }
    }

    /// `next()` of a reversed dict iterator `r` over `dr` (CPython's
    /// `dictreviter_iternext`): a changed size raises, and for good; otherwise the
    /// last live entry below raw position `p`, or the end. (Unlike the forward
    /// iterators it has no "keys changed" check: CPython's has none either.)
    fn dict_reviter_next(
        &mut self,
        r: ObjRef,
        dr: ObjRef,
        p: usize,
        kind: u8,
        len: usize,
    ) -> PyResult<Option<Value>> {
        let (cur_len, prev) = match self.heap.get(dr) {
            Obj::Dict(d) => {
                let p = p.min(d.nentries());
                (
                    d.len(),
                    (0..p)
                        .rev()
                        .find_map(|i| d.entry(i).filter(|e| !e.key.is_undef()).map(|e| (i, e))),
                )
            }
            _ => (0, None),
        };
        if cur_len != len {
            self.set_iter_pos_len(r, usize::MAX);
            self.poison_iter_len(r);
            return Err(self.err("RuntimeError", "dictionary changed size during iteration"));
        }
        let Some((i, e)) = prev else {
            // The end lets go of the dict (CPython's `dictreviter_iternext`).
            self.finish_iter(r);
            return Ok(None);
        };
        self.set_iter_pos_len(r, i);
        Ok(Some(self.dict_iter_item(
            r,
            kind & !super::DICT_ITER_REVERSED,
            e,
        )))
    }

    /// What a dict iterator of `kind` (keys 0, values 1, items 2) yields for entry
    /// `e`: a new reference to the key or value, or a new `(key, value)` tuple.
    fn dict_iter_item(
        &mut self,
        r: ObjRef,
        kind: u8,
        e: crate::runtime::types::dict::Entry,
    ) -> Value {
        match kind {
            0 => {
                self.incref(e.key);
                e.key
            }
            1 => {
                self.incref(e.value);
                e.value
            }
            _ => {
                self.incref(e.key);
                self.incref(e.value);
                if let Some(t) = self.dict_result_refill(r, e.key, e.value) {
                    self.heap.incref_obj(t);
                    return Value::Obj(t);
                }
                self.new_tuple(vec![e.key, e.value])
            }
        }
    }

    /// An items iterator's result tuple refilled with `key` and `value` (references
    /// moved in), when nothing but the iterator holds it (CPython's
    /// `dictiter_iternextitem`): the old pair is released after the new one is in.
    /// `None`, with nothing taken, otherwise.
    fn dict_result_refill(&mut self, r: ObjRef, key: Value, value: Value) -> Option<ObjRef> {
        let t = match self.heap.get(r) {
            Obj::Iter(i) => match **i {
                IterObj::Dict {
                    result: Value::Obj(t),
                    ..
                } => t,
                _ => return None,
            },
            _ => return None,
        };
        if self.heap.rc(t) != 1 {
            return None;
        }
        let (a, b) = match self.heap.get_mut(t) {
            Obj::Tuple(items) if items.len() == 2 => (
                std::mem::replace(&mut items[0], key),
                std::mem::replace(&mut items[1], value),
            ),
            _ => return None,
        };
        // The collector may have untracked it while it held only atoms.
        if !self.heap.is_tracked(t) {
            self.heap.track(t);
        }
        self.decref(a);
        self.decref(b);
        Some(t)
    }

    /// The next item of a dict (keys or values) iterator as a new reference, when
    /// one is there and the dict has not changed size; `None`, with nothing
    /// changed, otherwise (the general `builtin_iter_next` then finishes or raises).
    /// The evaluation loop's `FOR_ITER` fast path.
    #[inline]
    pub(crate) fn next_dict_fast(&mut self, r: ObjRef) -> Option<Value> {
        let Obj::Iter(iter) = self.heap.get(r) else {
            return None;
        };
        let IterObj::Dict {
            dict: Value::Obj(dr),
            pos,
            kind: kind @ (0 | 1),
            len,
            left,
            ..
        } = **iter
        else {
            return None;
        };
        let e = self.dict_iter_step(r, dr, pos, len, left)?;
        let v = if kind == 0 { e.key } else { e.value };
        self.incref(v);
        Some(v)
    }

    /// `next()` of set iterator `r` for `FOR_ITER`'s hot block: `Some(Some(key))`
    /// (owned), `Some(None)` at the end (the iterator has let go of its set: see
    /// `finish_iter`), or `None` with nothing changed when the iterator is not
    /// a set iterator or the set changed size (the general path raises).
    pub(crate) fn next_set_fast(&mut self, r: ObjRef) -> Option<Option<Value>> {
        let Obj::Iter(iter) = self.heap.get(r) else {
            return None;
        };
        let IterObj::Set {
            set: Value::Obj(sr),
            pos,
            len,
        } = **iter
        else {
            return None;
        };
        let (i, k) = match self.heap.get(sr) {
            Obj::Set(s) | Obj::FrozenSet(s) if s.len() == len => {
                let Some(i) = s.next_from(pos) else {
                    self.finish_iter(r);
                    return Some(None);
                };
                match s.table[i] {
                    crate::runtime::types::set::SetSlot::Full { key, .. } => (i, key),
                    _ => return None,
                }
            }
            _ => return None,
        };
        self.set_iter_pos_len(r, i + 1);
        self.incref(k);
        Some(Some(k))
    }

    /// The next entry of dict iterator `r` over `dr` from raw position `pos`, its
    /// position advanced past it; `None`, with nothing changed, when the dict no
    /// longer has the `len` entries it had when iteration began, or none is left.
    #[inline]
    fn dict_iter_step(
        &mut self,
        r: ObjRef,
        dr: ObjRef,
        pos: usize,
        len: usize,
        left: usize,
    ) -> Option<crate::runtime::types::dict::Entry> {
        let d = match self.heap.get(dr) {
            Obj::Dict(d) => d,
            // A dict subclass instance: its dict is walked.
            Obj::Instance(_) => match self.iter_target(Value::Obj(dr)) {
                Value::Obj(p) => match self.heap.get(p) {
                    Obj::Dict(d) => d,
                    _ => return None,
                },
                _ => return None,
            },
            _ => return None,
        };
        // A changed size, or no entry expected any more: the general path decides.
        if d.len() != len || left == 0 {
            return None;
        }
        let i = d.next_from(pos)?;
        let e = d.entry(i)?;
        self.set_iter_pos_len(r, i + 1);
        Some(e)
    }

    /// `for a, b in it` where `it` is `enumerate` over a list or tuple iterator, a
    /// dict items iterator, or `zip` of two list, tuple, str or range iterators:
    /// the next pair's two items as new references (`PairStep::Pair`), without
    /// going through the tuple on the stack. The result tuple is refilled as
    /// CPython's `enum_next`, `dictiter_iternextitem` and `zip_next` do when nothing
    /// else holds it, so it holds the pair afterwards as after `UNPACK_SEQUENCE`.
    /// `PairStep::End` when the iterator ran out the ordinary way, having let go of
    /// what the general path lets go of (an enumerate's or zip's first inner list
    /// or tuple iterator, a dict iterator's dict). `PairStep::Slow`, with nothing
    /// changed, when the general path must decide (another kind, a changed dict, a
    /// result tuple held elsewhere for enumerate and zip, a strict zip's end...).
    #[inline]
    pub(crate) fn next_pair_fast(&mut self, r: ObjRef) -> PairStep {
        let Obj::Iter(iter) = self.heap.get(r) else {
            return PairStep::Slow;
        };
        match **iter {
            // (At i64::MAX the count goes big: the general path.)
            IterObj::Enumerate {
                it: Value::Obj(inner),
                n,
                result: Value::Obj(t),
            } if n < i64::MAX && self.heap.rc(t) == 1 => {
                let Obj::Iter(sub) = self.heap.get(inner) else {
                    return PairStep::Slow;
                };
                let IterObj::Seq {
                    seq: Value::Obj(sr),
                    idx,
                } = **sub
                else {
                    return PairStep::Slow;
                };
                let (item, len) = match self.heap.get(sr) {
                    Obj::List(l) => (l.items.get(idx).copied(), l.items.len()),
                    Obj::Tuple(t) => (t.get(idx).copied(), t.len()),
                    _ => return PairStep::Slow,
                };
                let Some(item) = item else {
                    // `enum_next` ends when its iterator does (`listiter_next` lets
                    // go of the list); the enumerate itself keeps all it holds.
                    debug_assert!(idx >= len);
                    self.finish_iter(inner);
                    return PairStep::End;
                };
                if let Obj::Iter(sub) = self.heap.get_mut(inner) {
                    if let IterObj::Seq { idx, .. } = &mut **sub {
                        *idx += 1;
                    }
                }
                if let Obj::Iter(iter) = self.heap.get_mut(r) {
                    if let IterObj::Enumerate { n, .. } = &mut **iter {
                        *n += 1;
                    }
                }
                self.incref(item);
                let index = self.int(n);
                match self.enum_refill(r, index, item) {
                    Some((a, b)) => PairStep::Pair(a, b),
                    None => {
                        unreachable!("the result tuple was checked to be the enumerate's alone")
                    }
                }
            }
            IterObj::Dict {
                dict: Value::Obj(dr),
                pos,
                kind: 2,
                len,
                left,
                ..
            } => {
                // What `dictiter_iternextitem` then `UNPACK_SEQUENCE` leave: the
                // pair in the refilled result tuple and on the stack, or (the tuple
                // held elsewhere) only on the stack, a new tuple made and freed.
                let Some(e) = self.dict_iter_step(r, dr, pos, len, left) else {
                    return self.dict_iter_end(r, dr, pos, len);
                };
                self.incref(e.key);
                self.incref(e.value);
                if self.dict_result_refill(r, e.key, e.value).is_some() {
                    self.incref(e.key);
                    self.incref(e.value);
                } else {
                    self.heap.before_tp_call_args(2, 0);
                    self.heap.after_tp_call_args(2, 0);
                }
                PairStep::Pair(e.key, e.value)
            }
            IterObj::Zip {
                ref its,
                result: Value::Obj(t),
                strict,
            } if its.len() == 2 && self.heap.rc(t) == 1 => {
                let (i0, i1) = (its[0], its[1]);
                self.zip_pair_step(i0, i1, t, strict)
            }
            _ => PairStep::Slow,
        }
    }

    /// A forward dict iterator `r` over the exact dict `dr` at raw position `pos`
    /// found no entry to give: when the dict still has the size it began with and
    /// no entry is left, the end (`dictiter_iternext*` let go of the dict);
    /// otherwise the general path raises or decides.
    #[inline]
    fn dict_iter_end(&mut self, r: ObjRef, dr: ObjRef, pos: usize, len: usize) -> PairStep {
        match self.heap.get(dr) {
            Obj::Dict(d) if d.len() == len && d.next_from(pos).is_none() => {
                self.finish_iter(r);
                PairStep::End
            }
            _ => PairStep::Slow,
        }
    }

    /// The step of a zip of two list, tuple, str or range iterators `i0`, `i1`
    /// (borrowed) whose result tuple `t` only the zip holds, in `zip_next`'s order:
    /// the first item replaces the tuple's first (the old one let go of), then the
    /// second. The first iterator's ordinary end is the zip's (unless `strict`,
    /// whose end checks the others); any other case is the general path's, with
    /// nothing changed (the second iterator is checked for an item before the
    /// first item goes in).
    #[inline]
    fn zip_pair_step(&mut self, i0: Value, i1: Value, t: ObjRef, strict: bool) -> PairStep {
        let Some(a) = self.seq_iter_next_fast(i0) else {
            if !strict && self.seq_iter_end(i0) {
                return PairStep::End;
            }
            return PairStep::Slow;
        };
        if !self.seq_iter_has_next(i1) {
            self.seq_iter_unstep(i0);
            self.heap.decref(a);
            return PairStep::Slow;
        }
        let old = match self.heap.get_mut(t) {
            Obj::Tuple(items) => std::mem::replace(&mut items[0], a),
            _ => unreachable!("a zip's result is a tuple"),
        };
        self.heap.decref(old);
        let Some(b) = self.seq_iter_next_fast(i1) else {
            unreachable!("the second iterator was checked to have an item")
        };
        let old = match self.heap.get_mut(t) {
            Obj::Tuple(items) => std::mem::replace(&mut items[1], b),
            _ => unreachable!("a zip's result is a tuple"),
        };
        self.heap.decref(old);
        // The collector may have untracked it while it held only atoms.
        if !self.heap.is_tracked(t) {
            self.heap.track(t);
        }
        self.heap.incref(a);
        self.heap.incref(b);
        PairStep::Pair(a, b)
    }

    /// Whether list, tuple, str or range iterator `it` has an item left (what
    /// `seq_iter_next_fast` would give one for).
    #[inline]
    fn seq_iter_has_next(&self, it: Value) -> bool {
        let Value::Obj(r) = it else { return false };
        let Obj::Iter(iter) = self.heap.get(r) else {
            return false;
        };
        match **iter {
            IterObj::Seq {
                seq: Value::Obj(sr),
                idx,
            } => match self.heap.get(sr) {
                Obj::List(l) => idx < l.items.len(),
                Obj::Tuple(t) => idx < t.len(),
                Obj::Str(s) => idx < s.len(),
                _ => false,
            },
            IterObj::Range {
                cur, stop, step, ..
            } => (step > 0 && cur < stop) || (step < 0 && cur > stop),
            _ => false,
        }
    }

    /// When `it` is a list or tuple iterator at its end, or a range iterator at
    /// its end: it ends as `builtin_iter_next` would end it (a list or tuple
    /// iterator lets go of its sequence; a range iterator keeps its numbers), and
    /// true. False, with nothing changed, otherwise.
    fn seq_iter_end(&mut self, it: Value) -> bool {
        let Value::Obj(r) = it else { return false };
        let Obj::Iter(iter) = self.heap.get(r) else {
            return false;
        };
        match **iter {
            IterObj::Seq {
                seq: Value::Obj(sr),
                idx,
            } => {
                let at_end = match self.heap.get(sr) {
                    Obj::List(l) => idx >= l.items.len(),
                    Obj::Tuple(t) => idx >= t.len(),
                    _ => false,
                };
                if at_end {
                    self.finish_iter(r);
                }
                at_end
            }
            IterObj::Range {
                cur, stop, step, ..
            } => !((step > 0 && cur < stop) || (step < 0 && cur > stop)),
            _ => false,
        }
    }

    /// `next()` of zip `r` over `n` (> 0) iterators with result tuple `result`
    /// (CPython's `zip_next`): while only the zip holds `result`, the tuple is
    /// given out again with each item replaced in turn (an old item is released as
    /// its new one comes in); otherwise a new tuple is made. An iterator running
    /// out ends the zip (a strict zip first checks the lengths: `zip_end`).
    fn zip_next(&mut self, r: ObjRef, n: usize, result: Value) -> PyResult<Option<Value>> {
        let reuse = match result {
            Value::Obj(t) => self.heap.rc(t) == 1,
            _ => false,
        };
        let mut out = Vec::new();
        if reuse {
            self.incref(result);
        } else {
            out.reserve_exact(n);
        }
        for k in 0..n {
            // Read afresh each time: Python code run by an iterator may have had the
            // collector clear the zip.
            let Some(i) = self.zip_iterator(r, k) else {
                self.zip_abandon(reuse, result, out);
                return Ok(None);
            };
            let next = match self.seq_iter_next_fast(i) {
                Some(v) => Ok(Some(v)),
                None => self.iter_next(i),
            };
            match next {
                Ok(Some(v)) if reuse => {
                    let Value::Obj(t) = result else {
                        unreachable!()
                    };
                    let old = match self.heap.get_mut(t) {
                        Obj::Tuple(items) => std::mem::replace(&mut items[k], v),
                        _ => v,
                    };
                    self.decref(old);
                }
                Ok(Some(v)) => out.push(v),
                Ok(None) => {
                    self.zip_abandon(reuse, result, out);
                    return self.zip_end(r, k);
                }
                Err(e) => {
                    self.zip_abandon(reuse, result, out);
                    return Err(e);
                }
            }
        }
        if reuse {
            let Value::Obj(t) = result else {
                unreachable!()
            };
            // The collector may have untracked it while it held only atoms.
            if !self.heap.is_tracked(t) {
                self.heap.track(t);
            }
            return Ok(Some(result));
        }
        Ok(Some(self.new_tuple(out)))
    }

    /// Iterator `k` of zip `r` (borrowed), if the zip still has it.
    #[inline]
    fn zip_iterator(&self, r: ObjRef, k: usize) -> Option<Value> {
        match self.heap.get(r) {
            Obj::Iter(it) => match &**it {
                IterObj::Zip { its, .. } => its.get(k).copied(),
                _ => None,
            },
            _ => None,
        }
    }

    /// A zip step that ends without an item lets go of what it held: its extra
    /// reference to the reused result tuple, or the items gathered for a new one.
    fn zip_abandon(&mut self, reuse: bool, result: Value, out: Vec<Value>) {
        if reuse {
            self.decref(result);
        }
        for v in out {
            self.decref(v);
        }
    }

    /// Iterator `k` of zip `r` ran out: the end, or for a strict zip the
    /// ValueError of CPython's `zip_next` when the lengths differ (an earlier
    /// iterator ran out first, or a later one still has items).
    fn zip_end(&mut self, r: ObjRef, k: usize) -> PyResult<Option<Value>> {
        let strict = matches!(self.heap.get(r), Obj::Iter(it) if matches!(**it, IterObj::Zip { strict: true, .. }));
        if !strict {
            return Ok(None);
        }
        let plural = |j: usize| {
            if j == 1 {
                ("", "1".to_string())
            } else {
                ("s", format!("1-{}", j))
            }
        };
        if k > 0 {
            let (s, which) = plural(k);
            return Err(self.value_error(format!(
                "zip() argument {} is shorter than argument{} {}",
                k + 1,
                s,
                which
            )));
        }
        let mut j = 1;
        while let Some(other) = self.zip_iterator(r, j) {
            if let Some(v) = self.iter_next(other)? {
                self.decref(v);
                let (s, which) = plural(j);
                return Err(self.value_error(format!(
                    "zip() argument {} is longer than argument{} {}",
                    j + 1,
                    s,
                    which
                )));
            }
            j += 1;
        }
        Ok(None)
    }

    /// `next()` of `it` when it is a list, tuple, str or range iterator with an item
    /// left (CPython's `listiter_next`, `tupleiter_next`, `unicodeiter_next`,
    /// `rangeiter_next` without the call through `tp_iternext`; none runs code):
    /// the item, a new reference. `None`, with nothing changed, for any other
    /// iterator or at the end (the general path ends it).
    #[inline]
    pub(crate) fn seq_iter_next_fast(&mut self, it: Value) -> Option<Value> {
        let Value::Obj(r) = it else { return None };
        let Obj::Iter(iter) = self.heap.get_mut(r) else {
            return None;
        };
        let (sr, idx) = match &mut **iter {
            IterObj::Seq {
                seq: Value::Obj(sr),
                idx,
            } => (*sr, *idx),
            IterObj::Range {
                cur, stop, step, ..
            } => {
                let c = *cur;
                if !((*step > 0 && c < *stop) || (*step < 0 && c > *stop)) {
                    return None;
                }
                *cur = c.saturating_add(*step);
                return Some(self.int(c));
            }
            _ => return None,
        };
        let v = match self.heap.get(sr) {
            Obj::List(l) => l.items.get(idx).copied(),
            Obj::Tuple(t) => t.get(idx).copied(),
            Obj::Str(s) if idx < s.len() => {
                let (c, f) = (s.char_at(idx), s.is_flagged());
                self.set_iter_idx(r, idx + 1);
                return Some(self.str_of_text_char(c, f));
            }
            _ => None,
        }?;
        self.set_iter_idx(r, idx + 1);
        self.incref(v);
        Some(v)
    }

    /// `next()` of zip `r` for `FOR_ITER`'s hot block when every iterator it zips is
    /// a list, tuple, str or range iterator with an item left: `zip_next`'s step
    /// without the calls through `next()` (no Python code can run), a new reference
    /// to the result tuple (refilled while only the zip held it, else a new one).
    /// Items the reused tuple let go of are queued, not freed: the caller drains.
    /// `None`, with nothing changed, in every other case (the general path runs,
    /// and ends the zip or raises). An iterator of another kind, or one at its end
    /// (perhaps one zipped twice, `zip(it, it)`, that had one item for two), is
    /// found only once the iterators before it have stepped: their steps are undone.
    pub(crate) fn next_zip_fast(&mut self, r: ObjRef) -> Option<Value> {
        let Obj::Iter(iter) = self.heap.get(r) else {
            return None;
        };
        let IterObj::Zip {
            its,
            result: Value::Obj(t),
            ..
        } = &**iter
        else {
            return None;
        };
        let (n, t) = (its.len(), *t);
        if n == 0 {
            return None;
        }
        // The items, on the native stack for a few iterators.
        let mut small = [Value::Undef; 4];
        let mut big = Vec::new();
        let wide = n > small.len();
        if wide {
            big.reserve_exact(n);
        }
        for k in 0..n {
            match self
                .zip_iterator(r, k)
                .and_then(|i| self.seq_iter_next_fast(i))
            {
                Some(v) if wide => big.push(v),
                Some(v) => small[k] = v,
                None => {
                    for j in (0..k).rev() {
                        if let Some(i) = self.zip_iterator(r, j) {
                            self.seq_iter_unstep(i);
                        }
                        self.heap.decref(if wide { big[j] } else { small[j] });
                    }
                    return None;
                }
            }
        }
        let items = if wide { &big[..] } else { &small[..n] };
        if self.heap.rc(t) != 1 {
            return Some(self.new_tuple(items.to_vec()));
        }
        for (k, &v) in items.iter().enumerate() {
            let old = match self.heap.get_mut(t) {
                Obj::Tuple(slots) => std::mem::replace(&mut slots[k], v),
                _ => v,
            };
            self.heap.decref(old);
        }
        if !self.heap.is_tracked(t) {
            self.heap.track(t);
        }
        self.heap.incref_obj(t);
        Some(Value::Obj(t))
    }

    /// Undoes one `seq_iter_next_fast` step of `it` (no code ran since it).
    fn seq_iter_unstep(&mut self, it: Value) {
        let Value::Obj(r) = it else { return };
        if let Obj::Iter(iter) = self.heap.get_mut(r) {
            match &mut **iter {
                IterObj::Seq { idx, .. } => *idx -= 1,
                // The step never saturated: a range whose stepping could leave i64
                // is a `BigRange`.
                IterObj::Range { cur, step, .. } => *cur -= *step,
                _ => {}
            }
        }
    }

    /// The result of an enumerate step (CPython's `enum_next`): `(index, item)` (both
    /// owned, moved in) in enumerate `r`'s result tuple when nothing else holds it
    /// (the old pair is let go of), else in a new tuple. A new reference.
    pub(crate) fn enum_result(&mut self, r: ObjRef, index: Value, item: Value) -> Value {
        match self.enum_refill(r, index, item) {
            Some((index, item)) => {
                // The stack's references `enum_refill` made are not wanted here: the
                // tuple itself is handed out.
                self.decref(index);
                self.decref(item);
                let result = self.enum_result_tuple(r);
                self.incref(result);
                result
            }
            None => self.new_tuple(vec![index, item]),
        }
    }

    /// Enumerate `r`'s result tuple (borrowed), `Undef` if it has none.
    #[inline]
    fn enum_result_tuple(&self, r: ObjRef) -> Value {
        match self.heap.get(r) {
            Obj::Iter(it) => match **it {
                IterObj::Enumerate { result, .. } | IterObj::BigEnumerate { result, .. } => result,
                _ => Value::Undef,
            },
            _ => Value::Undef,
        }
    }

    /// When only enumerate `r` holds its result tuple: `(index, item)` (owned, moved
    /// in) replace the pair it held (let go of), and come back with one more
    /// reference each, for the stack of a `for i, x in` that takes the tuple apart
    /// at once (what `enum_next` then `UNPACK_SEQUENCE` leave behind). Otherwise
    /// `None`, with `index` and `item` still the caller's (`enum_result` makes a new
    /// tuple of them).
    #[inline]
    pub(crate) fn enum_refill(
        &mut self,
        r: ObjRef,
        index: Value,
        item: Value,
    ) -> Option<(Value, Value)> {
        let Value::Obj(t) = self.enum_result_tuple(r) else {
            return None;
        };
        if self.heap.rc(t) != 1 {
            return None;
        }
        let (a, b) = match self.heap.get_mut(t) {
            Obj::Tuple(items) if items.len() == 2 => (
                std::mem::replace(&mut items[0], index),
                std::mem::replace(&mut items[1], item),
            ),
            _ => return None,
        };
        // The collector may have untracked it while it held only atoms.
        if !self.heap.is_tracked(t) {
            self.heap.track(t);
        }
        self.incref(index);
        self.incref(item);
        self.decref(a);
        self.decref(b);
        Some((index, item))
    }

    /// Drops an exhausted iterator's references to what it walked, as CPython's
    /// iterators do at their end; its type and size stay (`IterObj::Spent`).
    pub(crate) fn finish_iter(&mut self, r: ObjRef) {
        let class = self.type_of(Value::Obj(r));
        let Obj::Iter(iter) = self.heap.get_mut(r) else {
            return;
        };
        let size = iter.sizeof() as u32;
        let old = std::mem::replace(&mut **iter, IterObj::Spent { class, size });
        // The common cases without the general clearing (whose Vec's allocation
        // cost as much as the rest of the end of a loop): a list/tuple/str
        // iterator, a dict iterator (the dict, then an items iterator's result
        // tuple, `traverse`'s order), a set iterator.
        match old {
            IterObj::Seq { seq, .. } => return self.decref(seq),
            IterObj::Dict { dict, result, .. } => {
                self.decref(dict);
                if !result.is_undef() {
                    self.decref(result);
                }
                return;
            }
            IterObj::Set { set, .. } => return self.decref(set),
            _ => {}
        }
        let mut out = Vec::new();
        old.traverse(&mut |v| out.push(v));
        for v in out {
            self.decref(v);
        }
    }
}
