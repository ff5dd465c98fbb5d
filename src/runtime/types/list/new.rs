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
            Some(&v) => self.list_obj_from(v)?,
            None => ListObj::new(Vec::new()),
        };
        // Calling the type allocates through `tp_alloc`, past CPython's free list.
        self.heap.before_tp_alloc(false);
        Ok(self.heap.new_value(Obj::List(list)))
    }

    /// The payload of a new list filled from iterable `v` (CPython's `list_extend`
    /// into an empty list: `list(v)`, `PySequence_List` behind `sorted`).
    pub(crate) fn list_obj_from(&mut self, v: Value) -> PyResult<ListObj> {
        if self.seq_items(v).is_some() {
            // An exact list or tuple: copied into storage of its even-rounded size.
            return Ok(ListObj::new_preallocated(self.collect_iter(v)?));
        }
        // Anything else: `iter(v)`, then v's length hint (8 without one) sizes the
        // storage, then the items.
        let (items, hint) = self.collect_with_hint(v, 0)?;
        let mut l = ListObj::new(Vec::new());
        l.model_extend_iter(hint, items.len());
        l.items = items;
        Ok(l)
    }

    /// The items of `v` (owned), read the way CPython's `list_extend` reads an
    /// iterable that is not an exact list or tuple, and the length hint it asked
    /// for: `iter(v)` first, then `PyObject_LengthHint(v, 8)` (so a user
    /// `__iter__` runs before `__len__`/`__length_hint__`), then the iteration. A
    /// hint too large to allocate is a MemoryError, as the preallocation is; one
    /// that would overflow the list's length `m` plus it is ignored (None), as
    /// `list_extend` ignores it ("on the chance that n lied").
    pub(crate) fn collect_with_hint(
        &mut self,
        v: Value,
        m: usize,
    ) -> PyResult<(Vec<Value>, Option<usize>)> {
        let it = self.get_iter(v)?;
        let hint = self
            .length_hint(v, 8)
            .and_then(|n| {
                let n = n as usize;
                if m > isize::MAX as usize - n {
                    return Ok(None);
                }
                self.ensure_alloc(n.saturating_mul(8)).map(|()| Some(n))
            })
            .and_then(|n| self.collect_iter(it).map(|items| (items, n)));
        self.decref(it);
        hint
    }
}
