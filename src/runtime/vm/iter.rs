//! The iterator protocol (CPython's `PyObject_GetIter`, `PyIter_Next`) for builtin
//! containers, generators and user classes with `__iter__`/`__next__`, plus helpers
//! that consume iterables.

use super::{PyResult, Vm};
use crate::runtime::object::generator::GenState;
use crate::runtime::object::{IterObj, Obj};
use crate::value::Value;

impl Vm {
    /// `iter(v)`: an owned iterator.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let it = match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                    self.incref(v);
                    IterObj::Seq { seq: v, idx: 0 }
                }
                Obj::Range { start, stop, step } => IterObj::Range {
                    cur: *start,
                    stop: *stop,
                    step: *step,
                },
                Obj::BigRange(br) => IterObj::BigRange(Box::new([
                    br.start.clone(),
                    br.stop.clone(),
                    br.step.clone(),
                ])),
                Obj::Dict(_) => self.dict_iter(v),
                Obj::DictView { dict, kind } => self.dict_view_iter(*dict, *kind),
                Obj::Set(_) | Obj::FrozenSet(_) => self.set_iter(v),
                Obj::Iter(_) | Obj::Generator(_) => {
                    self.incref(v);
                    return Ok(v);
                }
                Obj::Instance(_) | Obj::Class(_) if self.like_instance(v) => {
                    if let Some(m) = self.lookup_type_attr(v, "__iter__") {
                        let r = self.call_value(m, &[v], &[]);
                        self.decref(m);
                        return r;
                    }
                    if let Some(m) = self.lookup_type_attr(v, "__getitem__") {
                        self.decref(m);
                        self.incref(v);
                        IterObj::Seq { seq: v, idx: 0 }
                    } else {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!("'{}' object is not iterable", tn)));
                    }
                }
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

    /// `next(it)`: Some(owned value) or None when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Value::Obj(r) = it else {
            let tn = self.type_name(it);
            return Err(self.type_error(format!("'{}' object is not an iterator", tn)));
        };
        match self.heap.get_mut(r) {
            Obj::Iter(iter) => {
                match &mut **iter {
                    IterObj::Range { cur, stop, step } => {
                        let c = *cur;
                        if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                            *cur = c.saturating_add(*step);
                            return Ok(Some(Value::Int(c)));
                        }
                        Ok(None)
                    }
                    IterObj::BigRange(b) => {
                        use num_traits::Signed;
                        let [cur, stop, step] = &mut **b;
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
                        let Value::Obj(sr) = seq else { return Ok(None) };
                        let item = match self.heap.get(sr) {
                            Obj::List(l) => l.items.get(i).copied(),
                            Obj::Tuple(t) => t.get(i).copied(),
                            Obj::Str(s) => {
                                if i < s.len() {
                                    let c = s.char_at(i);
                                    let v = self.str_of_char(c);
                                    self.set_iter_idx(r, i + 1);
                                    return Ok(Some(v));
                                }
                                None
                            }
                            Obj::Bytes(b) => b.get(i).map(|&c| Value::Int(c as i64)),
                            Obj::ByteArray(b) => b.data.get(i).map(|&c| Value::Int(c as i64)),
                            Obj::Instance(_) => {
                                // Old-style sequence iteration via __getitem__.
                                let m = self.lookup_type_attr(seq, "__getitem__");
                                if let Some(m) = m {
                                    let res = self.call_value(m, &[seq, Value::Int(i as i64)], &[]);
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
                                            self.decref(e.0);
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
                        let (seq, i) = (*seq, *idx);
                        if i < 0 {
                            return Ok(None);
                        }
                        if let Obj::Iter(iter) = self.heap.get_mut(r) {
                            if let IterObj::Reversed { idx, .. } = &mut **iter {
                                *idx -= 1;
                            }
                        }
                        let v = self.seq_get(seq, i as usize);
                        Ok(v)
                    }
                    IterObj::Dict {
                        dict,
                        pos,
                        kind,
                        len,
                    } => {
                        let (dict, p, kind, len) = (*dict, *pos, *kind, *len);
                        let Value::Obj(dr) = dict else {
                            return Ok(None);
                        };
                        let (cur_len, next) = match self.heap.get(dr) {
                            Obj::Dict(d) => (d.len(), d.next_from(p).map(|i| (i, d.entries[i]))),
                            _ => (0, None),
                        };
                        if cur_len != len {
                            self.set_iter_pos_len(r, usize::MAX);
                            return Err(self
                                .err("RuntimeError", "dictionary changed size during iteration"));
                        }
                        match next {
                            Some((i, e)) => {
                                self.set_iter_pos_len(r, i + 1);
                                Ok(Some(match kind {
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
                                        self.new_tuple(vec![e.key, e.value])
                                    }
                                }))
                            }
                            None => Ok(None),
                        }
                    }
                    IterObj::Set { set, pos, len } => {
                        let (set, p, len) = (*set, *pos, *len);
                        let Value::Obj(sr) = set else { return Ok(None) };
                        let (cur_len, next) = match self.heap.get(sr) {
                            Obj::Set(s) | Obj::FrozenSet(s) => (
                                s.len(),
                                s.next_from(p).map(|i| match s.table[i] {
                                    crate::runtime::types::set::SetSlot::Full { key, .. } => {
                                        (i, key)
                                    }
                                    _ => (i, Value::None),
                                }),
                            ),
                            _ => (0, None),
                        };
                        if cur_len != len {
                            return Err(
                                self.err("RuntimeError", "Set changed size during iteration")
                            );
                        }
                        match next {
                            Some((i, k)) => {
                                self.set_iter_pos_len(r, i + 1);
                                self.incref(k);
                                Ok(Some(k))
                            }
                            None => Ok(None),
                        }
                    }
                    IterObj::Enumerate { it, n } => {
                        let (inner, i) = (*it, *n);
                        match self.iter_next(inner)? {
                            Some(v) => {
                                if let Obj::Iter(iter) = self.heap.get_mut(r) {
                                    if let IterObj::Enumerate { n, .. } = &mut **iter {
                                        *n += 1;
                                    }
                                }
                                Ok(Some(self.new_tuple(vec![Value::Int(i), v])))
                            }
                            None => Ok(None),
                        }
                    }
                    IterObj::Zip { its, strict } => {
                        let (its, strict) = (its.clone(), *strict);
                        if its.is_empty() {
                            return Ok(None);
                        }
                        let mut out = Vec::with_capacity(its.len());
                        for (k, &i) in its.iter().enumerate() {
                            match self.iter_next(i) {
                                Ok(Some(v)) => out.push(v),
                                Ok(None) => {
                                    let n_out = out.len();
                                    for v in out {
                                        self.decref(v);
                                    }
                                    if strict {
                                        if k > 0 {
                                            return Err(self.value_error(format!(
                                                "zip() argument {} is shorter than argument{} {}",
                                                k + 1,
                                                if k == 1 { "" } else { "s" },
                                                if k == 1 {
                                                    "1".to_string()
                                                } else {
                                                    format!("1-{}", k)
                                                }
                                            )));
                                        }
                                        for (j, &other) in its.iter().enumerate().skip(1) {
                                            if let Some(v) = self.iter_next(other)? {
                                                self.decref(v);
                                                return Err(self.value_error(format!(
                                                "zip() argument {} is longer than argument{} {}",
                                                j + 1,
                                                if j == 1 { "" } else { "s" },
                                                if j == 1 { "1".to_string() } else { format!("1-{}", j) }
                                            )));
                                            }
                                        }
                                    }
                                    let _ = n_out;
                                    return Ok(None);
                                }
                                Err(e) => {
                                    for v in out {
                                        self.decref(v);
                                    }
                                    return Err(e);
                                }
                            }
                        }
                        Ok(Some(self.new_tuple(out)))
                    }
                    IterObj::Map { func, its } => {
                        let (func, its) = (*func, its.clone());
                        let mut args = Vec::with_capacity(its.len());
                        for &i in &its {
                            match self.iter_next(i)? {
                                Some(v) => args.push(v),
                                None => {
                                    for v in args {
                                        self.decref(v);
                                    }
                                    return Ok(None);
                                }
                            }
                        }
                        let r = self.call_value(func, &args, &[]);
                        for v in args {
                            self.decref(v);
                        }
                        r.map(Some)
                    }
                    IterObj::Filter { func, it } => {
                        let (func, inner) = (*func, *it);
                        loop {
                            let Some(v) = self.iter_next(inner)? else {
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
                                    return Err(e);
                                }
                            }
                        }
                    }
                    IterObj::Callable { func, sentinel } => {
                        let (func, sentinel) = (*func, *sentinel);
                        let v = self.call_value(func, &[], &[])?;
                        if self.eq(v, sentinel)? {
                            self.decref(v);
                            self.finish_iter(r);
                            return Ok(None);
                        }
                        Ok(Some(v))
                    }
                    IterObj::Done => Ok(None),
                }
            }
            Obj::Generator(_) => match self.gen_resume(r, Value::None, None)? {
                Ok(v) => Ok(Some(v)),
                Err(ret) => {
                    self.decref(ret);
                    Ok(None)
                }
            },
            Obj::Instance(_) => {
                let Some(m) = self.lookup_type_attr(it, "__next__") else {
                    let tn = self.type_name(it);
                    return Err(self.type_error(format!("'{}' object is not an iterator", tn)));
                };
                let res = self.call_value(m, &[it], &[]);
                self.decref(m);
                match res {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(e.0, "StopIteration") => {
                        self.decref(e.0);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            _ => {
                let tn = self.type_name(it);
                Err(self.type_error(format!("'{}' object is not an iterator", tn)))
            }
        }
    }

    fn set_iter_idx(&mut self, r: crate::value::ObjRef, i: usize) {
        if let Obj::Iter(iter) = self.heap.get_mut(r) {
            if let IterObj::Seq { idx, .. } = &mut **iter {
                *idx = i;
            }
        }
    }

    fn set_iter_pos_len(&mut self, r: crate::value::ObjRef, p: usize) {
        if let Obj::Iter(iter) = self.heap.get_mut(r) {
            match &mut **iter {
                IterObj::Dict { pos, .. } | IterObj::Set { pos, .. } => *pos = p,
                _ => {}
            }
        }
    }

    /// Drops an exhausted iterator's reference to its sequence (CPython does the same).
    fn finish_iter(&mut self, r: crate::value::ObjRef) {
        let mut out = Vec::new();
        if let Obj::Iter(iter) = self.heap.get_mut(r) {
            iter.clear_refs(&mut out);
        }
        for v in out {
            self.decref(v);
        }
    }

    /// Element `i` of a list/tuple/str (owned), or None.
    pub fn seq_get(&mut self, seq: Value, i: usize) -> Option<Value> {
        let Value::Obj(r) = seq else { return None };
        let v = match self.heap.get(r) {
            Obj::List(l) => l.items.get(i).copied(),
            Obj::Tuple(t) => t.get(i).copied(),
            Obj::Str(s) => {
                if i < s.len() {
                    let c = s.char_at(i);
                    return Some(self.str_of_char(c));
                }
                None
            }
            Obj::Bytes(b) => b.get(i).map(|&c| Value::Int(c as i64)),
            Obj::ByteArray(b) => b.data.get(i).map(|&c| Value::Int(c as i64)),
            _ => None,
        };
        if let Some(v) = v {
            self.incref(v);
        }
        v
    }

    /// A one-character string (owned).
    pub fn str_of_char(&mut self, c: char) -> Value {
        if c.is_ascii() {
            let mut b = [0u8; 4];
            let s = c.encode_utf8(&mut b);
            let v = self.intern(s);
            self.incref(v);
            v
        } else {
            self.new_str(c.to_string())
        }
    }

    /// The items of a list or tuple (borrowed copies), or None for other types.
    /// Borrows the items of a list or tuple without copying them.
    pub fn seq_slice(&self, v: Value) -> Option<&[Value]> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::List(l) => Some(&l.items),
                Obj::Tuple(t) => Some(t),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn seq_items(&self, v: Value) -> Option<Vec<Value>> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::List(l) => Some(l.items.clone()),
                Obj::Tuple(t) => Some(t.to_vec()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Consumes any iterable into owned values.
    pub fn collect_iter(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Some(items) = self.seq_items(v) {
            for &x in &items {
                self.incref(x);
            }
            return Ok(items);
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

    /// UnpackSequence's common case, a list or tuple of exactly `n` items: pushes
    /// them (last first, so the first ends on top) with new references and returns
    /// true, without the Vec that [`Vm::unpack`] builds. Returns false, leaving the
    /// stack alone, for anything else.
    pub fn unpack_exact_seq(&mut self, seq: Value, n: usize) -> bool {
        let Value::Obj(r) = seq else { return false };
        let items: &[Value] = match self.heap.get(r) {
            Obj::List(l) => &l.items,
            Obj::Tuple(t) => t,
            _ => return false,
        };
        let base = self.sp;
        if items.len() != n || base + n > self.stack.len() {
            return false;
        }
        for (slot, &v) in self.stack[base..base + n]
            .iter_mut()
            .zip(items.iter().rev())
        {
            *slot = v;
        }
        for i in base..base + n {
            let v = self.stack[i];
            self.incref(v);
        }
        self.sp = base + n;
        true
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

    /// `list.extend(iterable)` (CPython's growth rules for the model capacity).
    pub fn list_extend(&mut self, l: Value, it: Value) -> PyResult<()> {
        let items = self.collect_iter(it)?;
        let Value::Obj(r) = l else { return Ok(()) };
        if let Obj::List(list) = self.heap.get_mut(r) {
            let n = items.len();
            if n == 0 {
                return Ok(());
            }
            let m = list.items.len();
            if list.allocated == 0 && m == 0 {
                list.allocated = (n + 1) & !1;
            } else if m + n > list.allocated {
                list.model_resize(m + n);
            }
            if !crate::runtime::limits::try_reserve(&mut list.items, n) {
                for v in items {
                    self.heap.decref(v);
                }
                return Err(self.err_noargs("MemoryError"));
            }
            list.items.extend(items);
        }
        Ok(())
    }

    /// `gen.close()` / finalisation: throw GeneratorExit into a suspended generator.
    pub fn gen_close(&mut self, g: crate::value::ObjRef) -> PyResult<()> {
        let state = match self.heap.get(g) {
            Obj::Generator(gen) => gen.state,
            _ => return Ok(()),
        };
        if state != GenState::Suspended {
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.state = GenState::Finished;
            }
            return Ok(());
        }
        let exc = self.err_noargs("GeneratorExit").0;
        let r = self.gen_resume(g, Value::None, Some(exc));
        let res = match r {
            Ok(Ok(v)) => {
                self.decref(v);
                Err(self.err("RuntimeError", "generator ignored GeneratorExit"))
            }
            Ok(Err(v)) => {
                self.decref(v);
                Ok(())
            }
            Err(e)
                if self.exc_matches(e.0, "GeneratorExit")
                    || self.exc_matches(e.0, "StopIteration") =>
            {
                self.decref(e.0);
                Ok(())
            }
            Err(e) => Err(e),
        };
        self.decref(exc);
        res
    }
}
