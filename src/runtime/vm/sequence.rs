//! The sequence layer (CPython's Objects/abstract.c `PySequence_*` functions and the
//! algorithms listobject.c and tupleobject.c share): borrowing a list's or tuple's
//! items (`PySequence_Fast`), indexing (`PySequence_GetItem`, the index
//! normalisation str and bytes use too), lexicographic comparison, membership,
//! `count`/`index`, repetition and the repr of the items. The per-type parts live in
//! `runtime/types/list` and `runtime/types/tuple`.

use super::ops::ord_matches;
use super::{PyResult, Vm};
use crate::bytecode::CmpOp;
use crate::runtime::object::Obj;
use crate::value::Value;

impl Vm {
    /// An index for a sequence of length `len` (negative wraps), IndexError if out of range
    /// (`what` names the sequence in the messages; bytes say just "index out of range").
    pub(crate) fn seq_index(&mut self, key: Value, len: usize, what: &str) -> PyResult<usize> {
        // An int, or any object with `__index__` (CPython's `PyIndex_Check` arm of
        // `tuplesubscript`, `unicode_subscript`, `bytes_subscript`).
        let i = self.seq_key_int(key, what)?;
        self.seq_index_in(i, len, what)
    }

    /// The count of a sequence repetition `seq * n` (CPython's `sequence_repeat`):
    /// an int or an object with `__index__`, OverflowError when it does not fit in
    /// an index-sized integer, None when `n` has no `__index__` (the operator then
    /// reports "can't multiply sequence by non-int").
    pub(crate) fn repeat_count(&mut self, n: Value) -> PyResult<Option<i64>> {
        if let Some(i) = self.as_i64(n) {
            return Ok(Some(i));
        }
        match self.index_bigint(n)? {
            Some(b) => match num_traits::ToPrimitive::to_i64(&b) {
                Some(i) => Ok(Some(i)),
                None => {
                    let tn = self.type_name(n);
                    Err(self
                        .overflow_error(format!("cannot fit '{tn}' into an index-sized integer")))
                }
            },
            None => Ok(None),
        }
    }

    /// `v` as an integer when it is one or has `__index__` (None otherwise): the
    /// first step of CPython's `PyNumber_Index` users, which then clamp or raise.
    pub(crate) fn index_bigint(&mut self, v: Value) -> PyResult<Option<num_bigint::BigInt>> {
        // An int subclass's instance is taken as its value without calling an
        // overriding `__index__` (3.11's `_PyNumber_Index` checks `PyLong_Check`).
        Ok(match self.as_bigint(self.unwrap_payload(v)) {
            Some(b) => Some(b),
            None if matches!(v, Value::Obj(_)) => self.index_dunder(v)?,
            None => None,
        })
    }

    /// A subscript that is not a slice as an int: an int or an object with `__index__`
    /// (CPython's `PyNumber_AsSsize_t` with IndexError), for a mutable sequence to
    /// resolve before it reads its length (`__index__` may resize it).
    pub(crate) fn seq_key_int(&mut self, key: Value, what: &str) -> PyResult<i64> {
        if let Some(i) = self.as_i64(key) {
            return Ok(i);
        }
        match self.index_bigint(key)? {
            Some(b) => num_traits::ToPrimitive::to_i64(&b).ok_or_else(|| {
                let tn = self.type_name(key);
                self.index_error(format!("cannot fit '{tn}' into an index-sized integer"))
            }),
            None => {
                let tn = self.type_name(key);
                // str's own message (3.11's `unicode_subscript`) quotes the type.
                Err(self.type_error(if what == "string" {
                    format!("string indices must be integers, not '{tn}'")
                } else {
                    format!("{what} indices must be integers or slices, not {tn}")
                }))
            }
        }
    }

    /// Index `i` (negative wraps) checked against `len` (see `seq_index`).
    pub(crate) fn seq_index_in(&mut self, i: i64, len: usize, what: &str) -> PyResult<usize> {
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

    /// The items `start, start + step, ...` (`n` of them) of a list or tuple, with new
    /// references: the body of `list[i:j:k]` and `tuple[i:j:k]`.
    pub(crate) fn slice_collect(
        &mut self,
        seq: Value,
        start: i64,
        step: i64,
        n: i64,
    ) -> Vec<Value> {
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

    /// Element `i` of a list/tuple/str (owned), or None.
    pub fn seq_get(&mut self, seq: Value, i: usize) -> Option<Value> {
        let Value::Obj(r) = seq else { return None };
        let v = match self.heap.get(r) {
            Obj::List(l) => l.items.get(i).copied(),
            Obj::Tuple(t) => t.get(i).copied(),
            Obj::Str(s) => {
                if i < s.len() {
                    let (c, f) = (s.char_at(i), s.is_flagged());
                    return Some(self.str_of_text_char(c, f));
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
            _ => None,
        };
        if let Some(v) = v {
            self.incref(v);
        }
        v
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

    /// str, list, tuple, bytes, bytearray or deque (the builtin types with
    /// `sq_repeat`).
    pub(crate) fn is_sequence(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Deque(_) | Obj::Array(_)))
    }

    /// `a op b` for two lists or two tuples (CPython's `list_richcompare` and
    /// `tuplerichcompare`). Items are read afresh at each step, as an `__eq__` may
    /// mutate the containers, and each pair is held while it is compared. Lists of
    /// different lengths are unequal without comparing any item (tuples have no such
    /// shortcut in CPython, so an `__eq__` with side effects runs for them).
    pub(crate) fn seq_richcompare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
        let is_list = matches!(a, Value::Obj(r) if matches!(self.heap.get(r), Obj::List(_)));
        if is_list
            && matches!(op, CmpOp::Eq | CmpOp::NotEq)
            && self.seq_len_of(a) != self.seq_len_of(b)
        {
            return Ok(op == CmpOp::NotEq);
        }
        let mut i = 0;
        while let (Some(x), Some(y)) = (self.seq_item_at(a, i), self.seq_item_at(b, i)) {
            if x.is(y) {
                i += 1;
                continue;
            }
            self.incref(x);
            self.incref(y);
            let same = self.eq(x, y);
            self.decref(x);
            self.decref(y);
            if !same? {
                break;
            }
            i += 1;
        }
        // The first items that differ, as the lists are now: the `__eq__` may have
        // shrunk one past `i`, and then the sizes decide (CPython's
        // `list_richcompare` looks at the sizes again, and reads the items afresh).
        if let (Some(x), Some(y)) = (self.seq_item_at(a, i), self.seq_item_at(b, i)) {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::NotEq => Ok(true),
                _ => {
                    // (Held while compared, which CPython does not do: an `__lt__`
                    // that empties the list must not free its own operand here.)
                    self.incref(x);
                    self.incref(y);
                    let r = self.rich_compare(x, y, op).and_then(|v| {
                        let t = self.truthy(v);
                        self.decref(v);
                        t
                    });
                    self.decref(x);
                    self.decref(y);
                    r
                }
            };
        }
        let o = self.seq_len_of(a).cmp(&self.seq_len_of(b));
        Ok(ord_matches(Some(o), op))
    }

    /// Item `i` of a list or tuple, borrowed (None past the end).
    #[inline]
    fn seq_item_at(&self, v: Value, i: usize) -> Option<Value> {
        match self.heap.get(v.as_obj()?) {
            Obj::List(l) => l.items.get(i).copied(),
            Obj::Tuple(t) => t.get(i).copied(),
            _ => None,
        }
    }

    /// The length of a list or tuple (0 for anything else).
    #[inline]
    fn seq_len_of(&self, v: Value) -> usize {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::List(l)) => l.items.len(),
            Some(Obj::Tuple(t)) => t.len(),
            _ => 0,
        }
    }

    /// `x in container` for a list or tuple (CPython's `list_contains`,
    /// `tuplecontains`).
    pub(crate) fn seq_contains(&mut self, container: Value, x: Value) -> PyResult<bool> {
        // Like CPython's list_contains: index each item afresh, because
        // an `__eq__` may mutate the list while we scan it.
        let mut i = 0;
        while let Some(v) = self.seq_get(container, i) {
            let r = self.eq(v, x);
            self.decref(v);
            if r? {
                return Ok(true);
            }
            i += 1;
        }
        Ok(false)
    }

    /// `items * n` with new references (the body of `list * n` and `tuple * n`,
    /// CPython's `list_repeat`/`tuplerepeat`); MemoryError past the memory cap.
    pub(crate) fn repeat_items(&mut self, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
        let total = items.len().saturating_mul(n);
        let mut out: Vec<Value> = Vec::new();
        if total > (1usize << 40) || !crate::runtime::limits::try_reserve(&mut out, total) {
            return Err(self.err_noargs("MemoryError"));
        }
        for _ in 0..n {
            for &v in items {
                self.incref(v);
                out.push(v);
            }
        }
        Ok(out)
    }

    /// The reprs of a list's or tuple's items, which are held while Python `__repr__`
    /// methods run (the shared loop of `list_repr` and `tuplerepr`).
    pub(crate) fn repr_items(&mut self, v: Value) -> PyResult<Vec<String>> {
        let items = self.seq_items(v).unwrap_or_default();
        for &x in &items {
            self.incref(x);
        }
        let mut parts = Vec::with_capacity(items.len());
        let mut err = None;
        for &x in &items {
            match self.repr(x) {
                Ok(s) => parts.push(s),
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
        for x in items {
            self.decref(x);
        }
        match err {
            Some(e) => Err(e),
            None => Ok(parts),
        }
    }

    /// Finds `x` in a list or tuple between `start` and `stop`, comparing with `==`
    /// and re-reading the container at each step (an `__eq__` may mutate it).
    pub(crate) fn seq_find(
        &mut self,
        seq: Value,
        x: Value,
        start: usize,
        stop: usize,
    ) -> PyResult<Option<usize>> {
        let mut i = start;
        loop {
            let item = match self.heap.get(seq.as_obj().unwrap()) {
                Obj::List(l) => l.items.get(i).copied(),
                Obj::Tuple(t) => t.get(i).copied(),
                _ => None,
            };
            let Some(item) = item else { return Ok(None) };
            if i >= stop {
                return Ok(None);
            }
            self.incref(item);
            let e = self.eq(item, x);
            self.decref(item);
            if e? {
                return Ok(Some(i));
            }
            i += 1;
        }
    }

    /// `seq.index(x[, start[, stop]])` for a list or tuple, `args` = `[seq, x, ...]`
    /// (argument count already checked): the position, or None for the caller to
    /// raise its type's ValueError.
    pub(crate) fn seq_index_of(&mut self, args: &[Value]) -> PyResult<Option<usize>> {
        let len = crate::runtime::builtins::functions::length(self, args[0])? as i64;
        let norm =
            |i: i64| -> usize { (if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize };
        // `_PyEval_SliceIndexNotNone`: big bounds clamp, None is a TypeError.
        let start = match args.get(2) {
            Some(&v) => norm(self.eval_slice_index(v, false)?.unwrap_or(0)),
            None => 0,
        };
        let stop = match args.get(3) {
            Some(&v) => norm(self.eval_slice_index(v, false)?.unwrap_or(len)),
            None => len as usize,
        };
        self.seq_find(args[0], args[1], start, stop)
    }

    /// `seq.count(x)` for a list or tuple: the items are held while `__eq__` runs.
    pub(crate) fn seq_count(&mut self, seq: Value, x: Value) -> PyResult<i64> {
        let items = self.seq_items(seq).unwrap_or_default();
        for &v in &items {
            self.incref(v);
        }
        let mut n = 0;
        let mut res = Ok(());
        for &v in &items {
            match self.eq(v, x) {
                Ok(true) => n += 1,
                Ok(false) => {}
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
        for v in items {
            self.decref(v);
        }
        res?;
        Ok(n)
    }
}
