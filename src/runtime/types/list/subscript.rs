//! `list`'s arms of subscription (CPython's Objects/listobject.c `list_subscript`,
//! `list_ass_subscript`, `list_ass_slice`): indexing, slicing, item and slice
//! assignment (extended slices need an equal length), `del l[i]` and `del l[i:j:k]`.
//! Every length change replays CPython's `list_resize` on the model capacity.

use crate::runtime::object::Obj;
use crate::runtime::types::slice::indices::{adjust_indices, fast_bounds};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `l[key]` (owned result).
    pub(crate) fn list_getitem(&mut self, r: ObjRef, key: Value) -> PyResult<Value> {
        // The key is resolved first, then the length read: an `__index__` may have
        // resized the list (here and in the other two, as CPython's).
        if self.is_slice(key) {
            let (a, b, c) = self.slice_unpack(key)?;
            let len = self.list_len_of(r);
            let (start, _, step, n) = adjust_indices(a, b, c, len as i64);
            return Ok(self.list_slice(r, start, step, n));
        }
        let i = self.seq_key_int(key, "list")?;
        let len = self.list_len_of(r);
        let i = self.seq_index_in(i, len, "list")?;
        let v = match self.heap.get(r) {
            Obj::List(l) => l.items[i],
            _ => unreachable!(),
        };
        self.incref(v);
        Ok(v)
    }

    fn list_len_of(&self, r: ObjRef) -> usize {
        match self.heap.get(r) {
            Obj::List(l) => l.len(),
            _ => 0,
        }
    }

    /// `l[start::step]` of `n` items, resolved (CPython's `list_slice` and the
    /// `list_subscript` slice arm): a new list.
    pub(crate) fn list_slice(&mut self, r: ObjRef, start: i64, step: i64, n: i64) -> Value {
        let items = self.slice_collect(Value::Obj(r), start, step, n);
        self.new_list(items)
    }

    /// `l[start:stop] = new_items` with resolved bounds (CPython's `list_ass_slice`):
    /// the items move in, and the replaced ones are released last to first.
    fn list_splice(&mut self, r: ObjRef, start: i64, stop: i64, mut new_items: Vec<Value>) {
        let (start, stop) = (start as usize, stop.max(start) as usize);
        if let Obj::List(l) = self.heap.get_mut(r) {
            let (len, k) = (l.items.len(), new_items.len());
            if k == stop - start {
                // As many in as out (`p[:k] = p[k-1::-1]`): swapped in place, and
                // `new_items` ends up holding the replaced ones. CPython resizes
                // only when the length changes.
                l.items[start..stop].swap_with_slice(&mut new_items);
            } else {
                // The tail moves once (CPython's `memmove`), and the new items are
                // copied into the gap; `new_items` then holds the replaced ones.
                let old = l.items[start..stop].to_vec();
                let newlen = len - (stop - start) + k;
                if k > stop - start {
                    l.items.resize(newlen, Value::None);
                    l.items.copy_within(stop..len, start + k);
                } else {
                    l.items.copy_within(stop..len, start + k);
                    l.items.truncate(newlen);
                }
                l.items[start..start + k].copy_from_slice(&new_items);
                l.model_resize_from(len, newlen);
                new_items = old;
            }
        }
        for x in new_items.into_iter().rev() {
            self.decref(x);
        }
    }

    /// `l[start:stop] = v` for an exact list, a list or tuple `v` and bounds that are
    /// ints or None, with no step: the evaluation loop's `BUILD_SLICE` +
    /// `STORE_SUBSCR` without a slice object. None (nothing done) when the general
    /// path must run; `v` stays borrowed. Freed items may be left for the caller's
    /// drain.
    pub(crate) fn list_ass_slice_fast(
        &mut self,
        r: ObjRef,
        start: Value,
        stop: Value,
        step: Value,
        v: Value,
    ) -> Option<()> {
        let (Value::None, Value::Obj(vr)) = (step, v) else {
            return None;
        };
        let len = match self.heap.get(r) {
            Obj::List(l) => l.len() as i64,
            _ => return None,
        };
        let (start, stop, _, _) = fast_bounds(&self.heap, start, stop, Value::None, len)?;
        // A list only the evaluation stack holds (`p[:k] = p[k::-1]`, `l[i:] = a + b`)
        // dies right after this instruction without anyone seeing it again: its items
        // move over instead of being copied and counted twice. (An exact list: a
        // subclass's `__del__` could still look at it.)
        if r != vr && self.heap.rc(vr) == 1 {
            if let Obj::List(l) = self.heap.get_mut(vr) {
                let new_items = std::mem::take(&mut l.items);
                l.model_resize(0);
                self.list_splice(r, start, stop, new_items);
                return Some(());
            }
        }
        // A copy first: `l[:] = l` reads the list it replaces, as `list_ass_slice` does.
        let new_items: Vec<Value> = match self.heap.get(vr) {
            Obj::List(l) => l.items.clone(),
            Obj::Tuple(t) => t.to_vec(),
            _ => return None,
        };
        for &x in &new_items {
            self.heap.incref(x);
        }
        self.list_splice(r, start, stop, new_items);
        Some(())
    }

    /// `l[key] = v` (all borrowed).
    pub(crate) fn list_setitem(&mut self, r: ObjRef, key: Value, v: Value) -> PyResult<()> {
        if self.is_slice(key) {
            let (a, b, c) = self.slice_unpack(key)?;
            let new_items = self.collect_iter(v)?;
            // (After the iteration too, which may have run code.)
            let len = self.list_len_of(r);
            let (start, stop, step, n) = adjust_indices(a, b, c, len as i64);
            if step == 1 {
                self.list_splice(r, start, stop, new_items);
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
        let i = self.seq_key_int(key, "list")?;
        let len = self.list_len_of(r);
        let i = self.seq_index_in(i, len, "list assignment")?;
        self.incref(v);
        let old = match self.heap.get_mut(r) {
            Obj::List(l) => std::mem::replace(&mut l.items[i], v),
            _ => unreachable!(),
        };
        self.decref(old);
        Ok(())
    }

    /// `del l[key]`.
    pub(crate) fn list_delitem(&mut self, r: ObjRef, key: Value) -> PyResult<()> {
        if self.is_slice(key) {
            let (a, b, c) = self.slice_unpack(key)?;
            let len = self.list_len_of(r);
            let (start, _, step, n) = adjust_indices(a, b, c, len as i64);
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
            // A step of 1 goes through `list_ass_slice`, which releases the
            // removed items last to first; an extended slice releases them in
            // list order (`list_ass_subscript`'s garbage array).
            if step == 1 {
                for x in removed {
                    self.decref(x);
                }
            } else {
                for x in removed.into_iter().rev() {
                    self.decref(x);
                }
            }
            return Ok(());
        }
        let i = self.seq_key_int(key, "list")?;
        let len = self.list_len_of(r);
        let i = self.seq_index_in(i, len, "list assignment")?;
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
}
