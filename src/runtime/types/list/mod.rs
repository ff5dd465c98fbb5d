//! `list` (CPython's Objects/listobject.c): the `ListObj` payload (`PyListObject`)
//! and its capacity model; the protocol arms that need the VM are the sibling files
//! (`ops.rs` concatenation and repetition, `subscript.rs` indexing and slice
//! assignment, `repr.rs`, `new.rs`, `methods.rs`, `sort.rs`). Comparison, membership
//! and `count`/`index` are the sequence layer's (`vm/sequence.rs`), shared with tuple.
//!
//! The *allocated* capacity is modelled exactly as CPython 3.11 grows and shrinks it
//! (`list_resize`, `list_preallocate_exact`), independently of the Rust `Vec`'s own
//! capacity, so `sys.getsizeof(lst)` = 56 + 8 * allocated steps at CPython's lengths.

pub mod methods;
mod new;
mod ops;
mod repr;
pub mod sort;
mod subscript;

use crate::value::Value;

/// `ListObj::allocated` while `list.sort()` runs (CPython's `allocated = -1`, with
/// no items): any resize of the list meanwhile changes it, which `sort` reports as
/// "list modified during sort"; `clear()` of the empty list does not.
pub const SORTING: usize = usize::MAX;

pub struct ListObj {
    pub items: Vec<Value>,
    /// CPython's `allocated` field.
    pub allocated: usize,
}

impl ListObj {
    /// A list built by `BUILD_LIST n` / `[x] * n`: allocated exactly `len`.
    pub fn new(items: Vec<Value>) -> ListObj {
        let allocated = items.len();
        ListObj { items, allocated }
    }

    /// A list filled into an empty list by `extend`/`list(iterable)` with a known length:
    /// CPython's `list_preallocate_exact` rounds up to an even count.
    pub fn new_preallocated(items: Vec<Value>) -> ListObj {
        let n = items.len();
        let allocated = if n == 0 { 0 } else { (n + 1) & !1 };
        ListObj { items, allocated }
    }

    /// A list built the way CPython's `str.split` builds it: `PyList_New(prealloc)`
    /// filled in place, then `PyList_Append` for the pieces beyond (stringlib/split.h),
    /// never shrunk.
    pub fn from_appends_after(items: Vec<Value>, prealloc: usize) -> ListObj {
        let n = items.len();
        let mut l = ListObj {
            items: Vec::new(),
            allocated: prealloc,
        };
        // Replay the appends' resizes on the model capacity; `model_resize` reads the
        // current length, which is `len` before the append of item `len`.
        let mut len = prealloc;
        while len < n {
            if len + 1 > l.allocated {
                l.model_resize_from(len, len + 1);
            }
            len += 1;
        }
        l.items = items;
        l
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// CPython's `list_resize(self, newsize)` applied to the model capacity, and to
    /// the items' real storage when the list holds items: it grows to the model's
    /// capacity rather than by the `Vec`'s doubling, and shrinks when CPython's does
    /// (an emptied list's storage is left to its caller). Doubling gave a B-tree
    /// node's 31 items (CPython: 32 slots) room for 60 after its 15-item half grew
    /// past 30.
    pub fn model_resize(&mut self, newsize: usize) {
        let before = self.allocated;
        self.model_resize_from(self.items.len(), newsize);
        let (len, want) = (self.items.len(), self.allocated);
        if len == 0 || want == SORTING || want == before {
            return;
        }
        let cap = self.items.capacity();
        if cap < want {
            // On failure the push that follows grows the Vec its own way (and
            // reports the MemoryError where it always did).
            let _ = self.items.try_reserve_exact(want - len);
        } else if want < before && want < cap {
            self.items.shrink_to(want);
        }
    }

    /// `list_resize` for a list of length `len`.
    fn model_resize_from(&mut self, len: usize, newsize: usize) {
        let allocated = self.allocated;
        if allocated >= newsize && newsize >= (allocated >> 1) && allocated != SORTING {
            return;
        }
        let mut new_allocated = (newsize + (newsize >> 3) + 6) & !3;
        if newsize.saturating_sub(len) > new_allocated.saturating_sub(newsize) {
            new_allocated = (newsize + 3) & !3;
        }
        if newsize == 0 {
            new_allocated = 0;
        }
        self.allocated = new_allocated;
    }

    /// The capacity CPython's `list_extend` leaves when it fills this list (its
    /// items not yet pushed: `self.items.len()` is the length before) from an
    /// iterator whose length hint was `hint` and which gave `added` items: room for
    /// the hint first (`list_preallocate_exact` into a list that never had storage,
    /// else `list_resize`; none for a hint ignored as too large, None), then one
    /// `list_resize` per append beyond the room, then the cut back to the final
    /// length when the guess was too large.
    pub fn model_extend_iter(&mut self, hint: Option<usize>, added: usize) {
        let m = self.items.len();
        match hint {
            None => {}
            Some(0) if self.allocated == 0 && m == 0 => {}
            Some(hint) if self.allocated == 0 && m == 0 => self.allocated = (hint + 1) & !1,
            Some(hint) => self.model_resize_from(m, m + hint),
        }
        let total = m + added;
        let mut len = m;
        while len < total {
            if len + 1 > self.allocated || self.allocated == SORTING {
                self.model_resize_from(len, len + 1);
            }
            // Every item up to the capacity is stored without a resize.
            len = total.min(self.allocated.max(len + 1));
        }
        if total < self.allocated {
            self.model_resize_from(total, total);
        }
    }

    /// `append` (caller owns the reference being stored).
    #[inline]
    pub fn push(&mut self, v: Value) {
        let n = self.items.len();
        if n + 1 > self.allocated || self.allocated == SORTING {
            self.model_resize(n + 1);
        }
        self.items.push(v);
    }

    /// `sys.getsizeof` in CPython 3.11.
    pub fn sizeof(&self) -> usize {
        if self.allocated == SORTING {
            // CPython's `list___sizeof__` with `allocated` -1: one pointer less.
            return 48;
        }
        56 + 8 * self.allocated
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn append_growth_matches_cpython() {
        let mut l = ListObj::new(vec![]);
        let mut sizes = vec![l.sizeof()];
        for i in 0..17 {
            l.push(crate::runtime::heap::Heap::small_int(i));
            sizes.push(l.sizeof());
        }
        // python3: [sys.getsizeof(l) after each append]
        assert_eq!(sizes[0], 56);
        assert_eq!(sizes[1], 88);
        assert_eq!(sizes[5], 120);
        assert_eq!(sizes[9], 184);
        assert_eq!(sizes[17], 248);
    }

    #[test]
    fn storage_follows_the_model_capacity() {
        // A B-tree node: a 15-item half grown to 31 items has CPython's 32 slots of
        // storage, not the Vec's doubling (60).
        let mut l = ListObj::new(vec![Value::None; 15]);
        for _ in 0..16 {
            l.push(Value::None);
        }
        assert_eq!(l.allocated, 32);
        assert_eq!(l.items.capacity(), 32);
        // Shrinking with CPython (below half the model capacity) gives storage back.
        while l.items.len() > 10 {
            l.items.pop();
            let n = l.items.len();
            l.model_resize(n);
        }
        assert_eq!(l.allocated, l.items.capacity());
        assert!(l.items.capacity() < 32);
    }

    #[test]
    fn preallocate_rounds_to_even() {
        assert_eq!(ListObj::new_preallocated(vec![Value::None; 3]).sizeof(), 88);
        assert_eq!(
            ListObj::new_preallocated(vec![Value::None; 10]).sizeof(),
            136
        );
    }
}
