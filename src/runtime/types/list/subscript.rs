//! `list`'s arms of subscription (CPython's Objects/listobject.c `list_subscript`,
//! `list_ass_subscript`, `list_ass_slice`): indexing, slicing, item and slice
//! assignment (extended slices need an equal length), `del l[i]` and `del l[i:j:k]`.
//! Every length change replays CPython's `list_resize` on the model capacity.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `l[key]` (owned result).
    pub(crate) fn list_getitem(&mut self, obj: Value, r: ObjRef, key: Value) -> PyResult<Value> {
        let len = match self.heap.get(r) {
            Obj::List(l) => l.len(),
            _ => unreachable!(),
        };
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

    /// `l[key] = v` (all borrowed).
    pub(crate) fn list_setitem(&mut self, r: ObjRef, key: Value, v: Value) -> PyResult<()> {
        let len = match self.heap.get(r) {
            Obj::List(l) => l.len(),
            _ => unreachable!(),
        };
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

    /// `del l[key]`.
    pub(crate) fn list_delitem(&mut self, r: ObjRef, key: Value) -> PyResult<()> {
        let len = match self.heap.get(r) {
            Obj::List(l) => l.len(),
            _ => unreachable!(),
        };
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
}
