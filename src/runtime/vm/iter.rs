//! The iterator protocol (CPython's `PyObject_GetIter`, `PyIter_Next`) for builtin
//! containers, generators and user classes with `__iter__`/`__next__`, plus helpers
//! that consume iterables.

use super::{PyResult, Vm};
use crate::runtime::object::{IterObj, Obj};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `iter(v)`: an owned iterator.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let it = match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Str(_)
                | Obj::Bytes(_)
                | Obj::ByteArray(_)
                | Obj::Array(_) => self.new_seq_iter(v),
                Obj::MemoryView(_) => {
                    self.memoryview_len(r)?;
                    self.new_seq_iter(v)
                }
                Obj::Range { start, stop, step } => IterObj::range(*start, *stop, *step),
                Obj::BigRange(br) => IterObj::big_range(br),
                Obj::Dict(d) => self.new_dict_iter(v, d.len()),
                Obj::DictView { dict, kind } => {
                    let (dict, kind) = (*dict, *kind);
                    if self.is_odict(Value::Obj(dict)) {
                        return Ok(self.od_view_iter(dict, kind, false));
                    }
                    self.new_dict_view_iter(dict, kind)
                }
                Obj::MappingProxy(_) => return self.mappingproxy_iter(r),
                Obj::Deque(_) => return Ok(self.deque_iter(v, false)),
                Obj::Set(s) | Obj::FrozenSet(s) => self.new_set_iter(v, s.len()),
                Obj::Generator(g) if g.code.flags.coroutine => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("'{tn}' object is not iterable")));
                }
                Obj::Iter(_) | Obj::Generator(_) => {
                    self.incref(v);
                    return Ok(v);
                }
                Obj::Instance(_) => {
                    // `class C(list)` without its own `__iter__`: the iterator
                    // `list.__iter__` would make (holding the instance), without the
                    // lookup by name and the descriptor call.
                    let k = self.names.iter;
                    if let Some(p) = self.inherited_container_payload(v, k) {
                        return self.held_container_iter(v, p);
                    }
                    return self.instance_iter(v);
                }
                Obj::Class(_) if self.like_instance(v) => return self.instance_iter(v),
                _ => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("'{}' object is not iterable", tn)));
                }
            },
            _ => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("'{}' object is not iterable", tn)));
            }
        };
        Ok(self.heap.new_value(Obj::Iter(Box::new(it))))
    }

    /// Whether `v` is an iterator: its type has `__next__` (CPython's `PyIter_Check`,
    /// a `tp_iternext` slot). A coroutine is not one.
    pub(crate) fn is_iterator(&mut self, v: Value) -> bool {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::Iter(_) => return true,
                Obj::Generator(g) => return !g.code.flags.coroutine,
                _ => {}
            }
        }
        match self.lookup_type_attr(v, "__next__") {
            Some(m) => {
                self.decref(m);
                true
            }
            None => false,
        }
    }

    /// For an instance `v` of a subclass of list, tuple, dict, set or frozenset
    /// whose class inherits the special method `name` from that builtin: its
    /// payload (borrowed), on which the builtin's method would run.
    pub fn inherited_container_payload(&mut self, v: Value, name: Value) -> Option<Value> {
        let Value::Obj(r) = v else { return None };
        let Obj::Instance(i) = self.heap.get(r) else {
            return None;
        };
        let (p, cls) = (i.payload()?, i.class);
        let pt = self.exact_container_type(p)?;
        self.inherits_builtin_attr(cls, pt, name).then_some(p)
    }

    /// The class of `v` when it is an exact list, tuple, dict, set or frozenset.
    fn exact_container_type(&self, v: Value) -> Option<ObjRef> {
        let Value::Obj(r) = v else { return None };
        let t = &self.types;
        Some(match self.heap.get(r) {
            Obj::List(_) => t.list,
            Obj::Tuple(_) => t.tuple,
            Obj::Dict(_) => t.dict,
            Obj::Set(_) => t.set,
            Obj::FrozenSet(_) => t.frozenset,
            _ => return None,
        })
    }

    /// `next(it)`: Some(owned value) or None when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Value::Obj(r) = it else {
            let tn = self.type_name(it);
            return Err(self.type_error(format!("'{}' object is not an iterator", tn)));
        };
        // A list, tuple, str or range iterator's next item, the commonest case of
        // every native consumer (`sum`, `set`, `min`, `sorted`...), inline.
        if let Some(v) = self.seq_iter_next_fast(it) {
            return Ok(Some(v));
        }
        match self.heap.get_mut(r) {
            Obj::Iter(_) => self.builtin_iter_next(r),
            Obj::Generator(g) if !g.code.flags.coroutine => self.gen_iter_next(r),
            Obj::Instance(_) => self.instance_iter_next(it),
            _ => {
                let tn = self.type_name(it);
                Err(self.type_error(format!("'{}' object is not an iterator", tn)))
            }
        }
    }

    /// `PyObject_LengthHint(obj, default)`: `len(obj)` when it has one, else its
    /// `__length_hint__()` (NotImplemented or a TypeError means `default`),
    /// checked. `operator.length_hint`, and what `list_extend` asks first.
    pub(crate) fn length_hint(&mut self, obj: Value, default: i64) -> PyResult<i64> {
        if let Some(m) = self.lookup_type_attr(obj, "__len__") {
            self.decref(m);
            // A TypeError from `len()` (a proxy whose referent has none) leaves the
            // answer to `__length_hint__`, as CPython's `PyObject_LengthHint` does.
            match crate::runtime::builtins::functions::length(self, obj) {
                Ok(n) => return Ok(n as i64),
                Err(e) if self.exc_matches(e.0, "TypeError") => self.decref(e.0),
                Err(e) => return Err(e),
            }
        }
        match crate::runtime::builtins::functions::length(self, obj) {
            Ok(n) => return Ok(n as i64),
            // No length: the hint (or the default) answers; the TypeError is dropped.
            Err(e) => self.decref(e.0),
        }
        let Some(hook) = self.lookup_type_attr(obj, "__length_hint__") else {
            return Ok(default);
        };
        let r = self.call_special(hook, obj, &[]);
        self.decref(hook);
        let r = match r {
            Ok(v) => v,
            Err(e) if self.exc_matches(e.0, "TypeError") => {
                self.decref(e.0);
                return Ok(default);
            }
            Err(e) => return Err(e),
        };
        if matches!(r, Value::NotImplemented) {
            return Ok(default);
        }
        let n = match (r, self.as_i64(r)) {
            (Value::Bool(b), _) => b as i64,
            (_, Some(n)) => n,
            _ => {
                let tn = self.type_name(r);
                self.decref(r);
                return Err(
                    self.type_error(format!("__length_hint__ must be an integer, not {}", tn))
                );
            }
        };
        self.decref(r);
        if n < 0 {
            return Err(self.value_error("__length_hint__() should return >= 0"));
        }
        Ok(n)
    }

    /// The items of `v` as CPython's `PySequence_Fast` gives them (what `str.join`
    /// and `bytes.join` walk), owned: an exact list's or tuple's own, else a list
    /// filled from `iter(v)`, whose `list_extend` asks the iterator's length hint
    /// first, so an error of the iterator's `__length_hint__` comes out.
    pub(crate) fn sequence_fast(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if self.seq_slice(v).is_some() {
            return self.collect_iter(v);
        }
        let it = self.get_iter(v)?;
        let r = self.length_hint(it, 8).and_then(|_| self.collect_iter(it));
        self.decref(it);
        r
    }

    /// Consumes any iterable into owned values.
    pub fn collect_iter(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Some(items) = self.seq_items(v) {
            for &x in &items {
                self.incref(x);
            }
            return Ok(items);
        }
        if let Value::Obj(r) = v {
            if let Some(r) = self.gen_collect(r) {
                return r;
            }
        }
        let mut out = Vec::new();
        if let Value::Obj(r) = v {
            // Like CPython's length hint: `list(range(10**11))` fails at once with
            // MemoryError (OverflowError past ssize_t) instead of filling memory.
            if matches!(self.heap.get(r), Obj::Range { .. } | Obj::BigRange(_)) {
                let n = crate::runtime::builtins::functions::length(self, v)?;
                if !crate::runtime::limits::try_reserve(&mut out, n) {
                    return Err(self.err_noargs("MemoryError"));
                }
            }
        }
        let it = self.get_iter(v)?;
        loop {
            // A native loop over an endless iterator must still see Ctrl-C,
            // --timeout and the memory cap.
            let polled = if crate::runtime::interrupt::pending() {
                self.poll_attention()
            } else {
                Ok(())
            };
            let next = polled.and_then(|()| self.iter_next(it));
            match next {
                Ok(Some(x)) => {
                    if !crate::runtime::limits::try_reserve(&mut out, 1) {
                        self.decref(x);
                        self.decref(it);
                        for x in out {
                            self.decref(x);
                        }
                        return Err(self.err_noargs("MemoryError"));
                    }
                    out.push(x)
                }
                Ok(None) => break,
                Err(e) => {
                    self.decref(it);
                    for x in out {
                        self.decref(x);
                    }
                    return Err(e);
                }
            }
        }
        self.decref(it);
        Ok(out)
    }

    /// Unpacking for assignment: exactly `n` items, or with a star: `n` before, a list,
    /// then `after` items. Returns owned values in order.
    pub fn unpack(&mut self, seq: Value, n: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        if !matches!(seq, Value::Obj(_)) {
            let tn = self.type_name(seq);
            return Err(self.type_error(format!("cannot unpack non-iterable {} object", tn)));
        }
        let items = match self.collect_iter(seq) {
            Ok(v) => v,
            Err(e) => {
                if self.exc_matches(e.0, "TypeError") {
                    self.decref(e.0);
                    let tn = self.type_name(seq);
                    return Err(
                        self.type_error(format!("cannot unpack non-iterable {} object", tn))
                    );
                }
                return Err(e);
            }
        };
        match after {
            None => {
                if items.len() != n {
                    let got = items.len();
                    for v in items {
                        self.decref(v);
                    }
                    return Err(if got > n {
                        self.value_error(format!("too many values to unpack (expected {})", n))
                    } else {
                        self.value_error(format!(
                            "not enough values to unpack (expected {}, got {})",
                            n, got
                        ))
                    });
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < n + after {
                    let got = items.len();
                    for v in items {
                        self.decref(v);
                    }
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n + after,
                        got
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let mid = items.split_off(n);
                let l = self.new_list(mid);
                items.push(l);
                items.extend(tail);
                Ok(items)
            }
        }
    }
}
