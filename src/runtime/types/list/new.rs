//! `list(iterable)` (CPython's Objects/listobject.c `list___init___impl` on a fresh
//! list): the items are collected first, then stored with the capacity CPython's
//! `list_extend` would have left (`list_preallocate_exact`'s even-rounded size for
//! an exact list or tuple; for any other iterable the room its length hint asked
//! for, grown by the appends and cut back, `ListObj::model_extend_iter`).

use crate::runtime::builtins::check_args;
use crate::runtime::object::{ListObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    pub(crate) fn list_new(&mut self, args: &[Value]) -> PyResult<Value> {
        check_args(self, "list", args, 0, 1)?;
        let list = match args.first() {
            Some(&v) if self.seq_items(v).is_none() => {
                // CPython's `list_extend` into the fresh list: `iter(v)`, then v's
                // length hint (8 without one) sizes the storage, then the items.
                let (items, hint) = self.collect_with_hint(v)?;
                let mut l = ListObj::new(Vec::new());
                l.model_extend_iter(hint, items.len());
                l.items = items;
                l
            }
            // An exact list or tuple: copied into storage of its even-rounded size.
            Some(&v) => ListObj::new_preallocated(self.collect_iter(v)?),
            None => ListObj::new(Vec::new()),
        };
        Ok(self.heap.new_value(Obj::List(list)))
    }

    /// The items of `v` (owned), read the way CPython's `list_extend` reads an
    /// iterable that is not an exact list or tuple, and the length hint it asked
    /// for: `iter(v)` first, then `PyObject_LengthHint(v, 8)` (so a user
    /// `__iter__` runs before `__len__`/`__length_hint__`), then the iteration. A
    /// hint too large to allocate is a MemoryError, as the preallocation is.
    pub(crate) fn collect_with_hint(&mut self, v: Value) -> PyResult<(Vec<Value>, usize)> {
        let it = self.get_iter(v)?;
        let hint = self
            .length_hint(v, 8)
            .and_then(|n| {
                let n = n as usize;
                self.ensure_alloc(n.saturating_mul(8)).map(|()| n)
            })
            .and_then(|n| self.collect_iter(it).map(|items| (items, n)));
        self.decref(it);
        hint
    }
}
