//! Subscription and slicing (CPython's `PyObject_GetItem`/`SetItem`/`DelItem`,
//! `PySlice_GetIndicesEx`, list slice assignment).

use super::{PyResult, Vm};
use crate::runtime::object::Obj;
use crate::value::Value;

impl Vm {
    /// Normalises a slice against a length: (start, stop, step, count).
    pub fn slice_indices(&mut self, s: Value, len: i64) -> PyResult<(i64, i64, i64, i64)> {
        let (a, b, c) = match s {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Slice { start, stop, step } => (*start, *stop, *step),
                _ => unreachable!(),
            },
            _ => unreachable!(),
        };
        let get = |vm: &mut Vm, v: Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                _ => match vm.as_i64(v) {
                    Some(i) => Ok(Some(i)),
                    None => match vm.as_bigint(v) {
                        Some(b) => Ok(Some(if b > 0.into() { i64::MAX } else { i64::MIN })),
                        None => Err(vm.type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        )),
                    },
                },
            }
        };
        let step = get(self, c)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let norm = |x: Option<i64>, def: i64| -> i64 {
            match x {
                None => def,
                Some(i) if i < 0 => (i.saturating_add(len)).max(lo),
                Some(i) => i.min(hi),
            }
        };
        let start = norm(get(self, a)?, if step < 0 { hi } else { lo });
        let stop = norm(get(self, b)?, if step < 0 { lo } else { hi });
        let count = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok((start, stop, step, count))
    }

    pub fn is_slice(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Slice { .. }))
    }

    /// An index for a sequence of length `len` (negative wraps), IndexError if out of range
    /// (`what` names the sequence in the messages; bytes say just "index out of range").
    pub(crate) fn seq_index(&mut self, key: Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match self.as_i64(key) {
            Some(i) => i,
            None => {
                if self.as_bigint(key).is_some() {
                    return Err(self
                        .index_error("cannot fit 'int' into an index-sized integer".to_string()));
                }
                let tn = self.type_name(key);
                return Err(self.type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what, tn
                )));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = if what == "byte" {
                "index out of range".to_string()
            } else {
                format!("{} index out of range", what)
            };
            return Err(self.index_error(msg));
        }
        Ok(j as usize)
    }

    /// `obj[key]`: owned result.
    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let Value::Obj(r) = obj else {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!("'{}' object is not subscriptable", tn)));
        };
        match self.heap.get(r) {
            Obj::List(l) => {
                let len = l.len();
                if self.is_slice(key) {
                    let (start, _, step, n) = self.slice_indices(key, len as i64)?;
                    let items = self.slice_collect(obj, start, step, n);
                    return Ok(self.new_list(items));
                }
                let i = self.seq_index(key, len, "list")?;
                let v = match self.heap.get(r) {
                    Obj::List(l) => l.items[i],
                    _ => unreachable!(),
                };
                self.incref(v);
                Ok(v)
            }
            Obj::Tuple(t) => {
                let len = t.len();
                if self.is_slice(key) {
                    let (start, _, step, n) = self.slice_indices(key, len as i64)?;
                    if start == 0 && step == 1 && n == len as i64 {
                        self.incref(obj);
                        return Ok(obj);
                    }
                    let items = self.slice_collect(obj, start, step, n);
                    return Ok(self.new_tuple(items));
                }
                let i = self.seq_index(key, len, "tuple")?;
                let v = match self.heap.get(r) {
                    Obj::Tuple(t) => t[i],
                    _ => unreachable!(),
                };
                self.incref(v);
                Ok(v)
            }
            Obj::Str(s) => {
                let len = s.len();
                if self.is_slice(key) {
                    let (start, _, step, n) = self.slice_indices(key, len as i64)?;
                    let out: String = match self.heap.get(r) {
                        Obj::Str(s) => {
                            if step == 1 && s.is_ascii() {
                                s.as_str()[start as usize..(start + n) as usize].to_string()
                            } else {
                                let chars: Vec<char> = s.as_str().chars().collect();
                                (0..n).map(|k| chars[(start + k * step) as usize]).collect()
                            }
                        }
                        _ => unreachable!(),
                    };
                    return Ok(self.new_str(out));
                }
                let i = self.seq_index(key, len, "string")?;
                let c = match self.heap.get(r) {
                    Obj::Str(s) => s.char_at(i),
                    _ => unreachable!(),
                };
                Ok(self.str_of_char(c))
            }
            Obj::Bytes(_) | Obj::ByteArray(_) => self.bytes_getitem(obj, key),
            Obj::Dict(_) => self.dict_subscript(obj, key),
            Obj::BigRange(_) => crate::runtime::builtins::range::big_getitem(self, obj, key),
            Obj::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let len = crate::runtime::vm::ops::range_len(start, stop, step);
                if self.is_slice(key) {
                    let (s2, _, st2, n) = self.slice_indices(key, len)?;
                    let ns = start + s2 * step;
                    let nstep = step * st2;
                    let nstop = ns + n * nstep;
                    return Ok(self.heap.new_value(Obj::Range {
                        start: ns,
                        stop: nstop,
                        step: nstep,
                    }));
                }
                let Some(i) = self.as_i64(key) else {
                    if self.as_bigint(key).is_some() {
                        // Any int that does not fit i64 is out of range for an i64 range.
                        return Err(self.index_error("range object index out of range"));
                    }
                    let tn = self.type_name(key);
                    return Err(self.type_error(format!(
                        "range indices must be integers or slices, not {}",
                        tn
                    )));
                };
                let j = if i < 0 { i.saturating_add(len) } else { i };
                if j < 0 || j >= len {
                    return Err(self.index_error("range object index out of range"));
                }
                Ok(Value::Int(start + j * step))
            }
            Obj::Instance(i) if i.payload().is_some() => self.payload_get_item(obj, key),
            Obj::Instance(_) | Obj::Class(_) => {
                let is_class = matches!(self.heap.get(r), Obj::Class(_));
                if is_class {
                    // A metaclass `__getitem__` comes first (see `vm/metaclass.rs`).
                    if let Some(m) = self.meta_method(r, "__getitem__") {
                        let res = self.call_value(m, &[obj, key], &[]);
                        self.decref(m);
                        return res;
                    }
                    if let Some(m) = self.class_lookup(r, "__class_getitem__") {
                        // Stored as an (implicit) classmethod: bind it to the class
                        // through attribute lookup, as CPython does.
                        self.decref(m);
                        let bound = self.get_attr_str(obj, "__class_getitem__")?;
                        let res = self.call_value(bound, &[key], &[]);
                        self.decref(bound);
                        return res;
                    }
                    // `list[int]` style generics: return the class itself.
                    self.incref(obj);
                    return Ok(obj);
                }
                if let Some(m) = self.lookup_type_attr(obj, "__getitem__") {
                    let res = self.call_value(m, &[obj, key], &[]);
                    self.decref(m);
                    return res;
                }
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{}' object is not subscriptable", tn)))
            }
            _ => {
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{}' object is not subscriptable", tn)))
            }
        }
    }

    fn slice_collect(&mut self, seq: Value, start: i64, step: i64, n: i64) -> Vec<Value> {
        let items = self.seq_slice(seq).unwrap_or_default();
        let out: Vec<Value> = if step == 1 {
            items[start as usize..(start + n) as usize].to_vec()
        } else {
            (0..n).map(|k| items[(start + k * step) as usize]).collect()
        };
        for &v in &out {
            self.incref(v);
        }
        out
    }

    /// `obj[key] = v` (all borrowed).
    pub fn set_item(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            let tn = self.type_name(obj);
            return Err(
                self.type_error(format!("'{}' object does not support item assignment", tn))
            );
        };
        if matches!(self.heap.get(r), Obj::ByteArray(_)) {
            return self.bytearray_setitem(obj, key, v);
        }
        match self.heap.get(r) {
            Obj::List(l) => {
                let len = l.len();
                if self.is_slice(key) {
                    let (start, stop, step, n) = self.slice_indices(key, len as i64)?;
                    let new_items = self.collect_iter(v)?;
                    if step == 1 {
                        let stop = stop.max(start);
                        let mut old = Vec::new();
                        if let Obj::List(l) = self.heap.get_mut(r) {
                            let newlen = l.items.len() - (stop - start) as usize + new_items.len();
                            old = l
                                .items
                                .splice(start as usize..stop as usize, new_items)
                                .collect();
                            l.model_resize(newlen);
                        }
                        for x in old {
                            self.decref(x);
                        }
                        return Ok(());
                    }
                    if new_items.len() as i64 != n {
                        let m = new_items.len();
                        for x in new_items {
                            self.decref(x);
                        }
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            m, n
                        )));
                    }
                    let mut old = Vec::new();
                    if let Obj::List(l) = self.heap.get_mut(r) {
                        for (k, x) in new_items.into_iter().enumerate() {
                            let idx = (start + k as i64 * step) as usize;
                            old.push(std::mem::replace(&mut l.items[idx], x));
                        }
                    }
                    for x in old {
                        self.decref(x);
                    }
                    return Ok(());
                }
                let i = self.seq_index(key, len, "list assignment")?;
                self.incref(v);
                let old = match self.heap.get_mut(r) {
                    Obj::List(l) => std::mem::replace(&mut l.items[i], v),
                    _ => unreachable!(),
                };
                self.decref(old);
                Ok(())
            }
            Obj::Dict(_) => self.dict_set_item(obj, key, v),
            Obj::Instance(_) => {
                if let Some(m) = self.lookup_type_attr(obj, "__setitem__") {
                    let res = self.call_value(m, &[obj, key, v], &[]);
                    self.decref(m);
                    let x = res?;
                    self.decref(x);
                    return Ok(());
                }
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{}' object does not support item assignment", tn)))
            }
            _ => {
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{}' object does not support item assignment", tn)))
            }
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: Value, key: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!("'{}' object doesn't support item deletion", tn)));
        };
        if matches!(self.heap.get(r), Obj::ByteArray(_)) {
            return self.bytearray_delitem(obj, key);
        }
        match self.heap.get(r) {
            Obj::List(l) => {
                let len = l.len();
                if self.is_slice(key) {
                    let (start, _, step, n) = self.slice_indices(key, len as i64)?;
                    let mut idx: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
                    idx.sort_unstable();
                    let mut removed = Vec::new();
                    if let Obj::List(l) = self.heap.get_mut(r) {
                        for &i in idx.iter().rev() {
                            removed.push(l.items.remove(i));
                        }
                        let newlen = l.items.len();
                        l.model_resize(newlen);
                    }
                    // CPython drops the removed items in list order.
                    for x in removed.into_iter().rev() {
                        self.decref(x);
                    }
                    return Ok(());
                }
                let i = self.seq_index(key, len, "list assignment")?;
                let old = match self.heap.get_mut(r) {
                    Obj::List(l) => {
                        let v = l.items.remove(i);
                        let newlen = l.items.len();
                        l.model_resize(newlen);
                        v
                    }
                    _ => unreachable!(),
                };
                self.decref(old);
                Ok(())
            }
            Obj::Dict(_) => self.dict_del_subscript(obj, key),
            Obj::Instance(_) => {
                if let Some(m) = self.lookup_type_attr(obj, "__delitem__") {
                    let res = self.call_value(m, &[obj, key], &[]);
                    self.decref(m);
                    let x = res?;
                    self.decref(x);
                    return Ok(());
                }
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{}' object doesn't support item deletion", tn)))
            }
            _ => {
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{}' object doesn't support item deletion", tn)))
            }
        }
    }
}
