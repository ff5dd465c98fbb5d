//! How full CPython 3.11's free lists of GC objects would be, for the collector's
//! generation-0 count (`gc.get_count()[0]`, `Heap::allocs_since_collect`).
//!
//! CPython counts an allocation of a GC object in `_PyObject_GC_Link` and takes it
//! back in `PyObject_GC_Del`. An exact list, dict or tuple of 1 to 20 items does
//! neither when it comes from or goes back to its type's free list
//! (Objects/listobject.c `PyList_New`/`list_dealloc`, dictobject.c
//! `new_dict`/`dict_dealloc`, tupleobject.c `tuple_alloc`/`maybe_freelist_push`), so
//! `[]` in a loop leaves the count where it was while `object()` subclasses move it.
//! mempy's own allocator has no such lists (its slots are reused whatever their
//! kind); these counters only say how many objects CPython's lists would hold, so
//! the count, and the automatic collections it triggers, are CPython's.
//!
//! A full collection empties the lists (`clear_freelists` in `gc_collect_main`);
//! calling `list`/`dict` as a type allocates through `tp_alloc`, past the list
//! (`Heap::before_tp_alloc`). The lists start as CPython 3.11.7's start-up leaves
//! them when the main script begins (`sys._debugmallocstats()` on its first line).

use crate::runtime::object::Obj;

/// `PyList_MAXFREELIST`.
const LIST_MAX: u16 = 80;
/// `PyDict_MAXFREELIST`.
const DICT_MAX: u16 = 80;
/// `PyTuple_MAXFREELIST`, per size.
const TUPLE_MAX: u16 = 2000;
/// `PyTuple_MAXSAVESIZE`: tuples of 1 to 20 items have free lists.
const TUPLE_SIZES: usize = 20;

/// What a free list holds: exact lists, exact dicts, tuples of one size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    List,
    Dict,
    /// A tuple of this many items (only 1 to 20 have lists).
    Tuple(usize),
}

impl Kind {
    #[inline]
    fn of(obj: &Obj) -> Option<Kind> {
        match obj {
            Obj::List(_) => Some(Kind::List),
            Obj::Dict(_) => Some(Kind::Dict),
            Obj::Tuple(t) => Some(Kind::Tuple(t.len())),
            _ => None,
        }
    }
}

/// Occupancy of CPython's list, dict and per-size tuple free lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CpythonFreeLists {
    list: u16,
    dict: u16,
    /// `tuple[n - 1]`: free tuples of `n` items.
    tuple: [u16; TUPLE_SIZES],
}

impl Default for CpythonFreeLists {
    /// Empty: the state after a full collection.
    fn default() -> Self {
        CpythonFreeLists {
            list: 0,
            dict: 0,
            tuple: [0; TUPLE_SIZES],
        }
    }
}

impl CpythonFreeLists {
    /// The lists as CPython 3.11.7's start-up leaves them when a script's first line
    /// runs (`python3 -c` differs slightly; a script is what mempy compares with).
    pub fn cpython_startup() -> Self {
        CpythonFreeLists {
            list: 40,
            dict: 8,
            tuple: [4, 8, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6],
        }
    }

    /// A new `obj` is being allocated: true when CPython would have reused one from a
    /// free list (then it is not counted), which the list loses.
    #[inline]
    pub fn take(&mut self, obj: &Obj) -> bool {
        match Kind::of(obj) {
            Some(k) => self.take_kind(k),
            None => false,
        }
    }

    /// `take` for an object of kind `k` that mempy does not build (a transient one).
    #[inline]
    pub fn take_kind(&mut self, k: Kind) -> bool {
        let Some((n, _)) = self.entry(k) else {
            return false;
        };
        if *n == 0 {
            return false;
        }
        *n -= 1;
        true
    }

    /// A dead `obj` is being released: true when CPython's deallocator would have
    /// put it on a free list that has room (then it is not uncounted). A tuple the
    /// collector emptied (mempy clears tuples; CPython's have no `tp_clear`) has lost
    /// its size and is taken as freed.
    #[inline]
    pub fn give(&mut self, obj: &Obj) -> bool {
        match Kind::of(obj) {
            Some(k) => self.give_kind(k),
            None => false,
        }
    }

    /// `give` for an object of kind `k` that mempy does not build (a transient one).
    #[inline]
    pub fn give_kind(&mut self, k: Kind) -> bool {
        let Some((n, max)) = self.entry(k) else {
            return false;
        };
        if *n >= max {
            return false;
        }
        *n += 1;
        true
    }

    /// The occupancy of kind `k`'s list and its capacity; None when it has none.
    #[inline]
    fn entry(&mut self, k: Kind) -> Option<(&mut u16, u16)> {
        match k {
            Kind::List => Some((&mut self.list, LIST_MAX)),
            Kind::Dict => Some((&mut self.dict, DICT_MAX)),
            Kind::Tuple(n @ 1..=TUPLE_SIZES) => Some((&mut self.tuple[n - 1], TUPLE_MAX)),
            Kind::Tuple(_) => None,
        }
    }

    /// The next list (`dict` false) or dict allocation is a type call's `tp_alloc`:
    /// when the free list has one, it is put aside for that allocation's `take`
    /// and true says the caller counts the allocation itself.
    pub fn reserve(&mut self, dict: bool) -> bool {
        let n = if dict { &mut self.dict } else { &mut self.list };
        if *n == 0 {
            return false;
        }
        *n += 1;
        true
    }

    /// `clear_freelists`, at the end of a full collection.
    pub fn clear(&mut self) {
        *self = CpythonFreeLists::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::object::ListObj;

    #[test]
    fn a_list_reused_from_the_free_list_is_not_counted_and_the_list_caps_at_80() {
        let mut f = CpythonFreeLists::default();
        let l = Obj::List(ListObj::new(Vec::new()));
        assert!(!f.take(&l));
        for _ in 0..LIST_MAX {
            assert!(f.give(&l));
        }
        assert!(!f.give(&l), "the 81st dead list is freed (uncounted)");
        assert!(f.take(&l));
        assert!(f.reserve(false));
        assert!(
            f.take(&l),
            "the reserved entry is what the type call's alloc takes"
        );
        f.clear();
        assert!(!f.reserve(false));
        assert!(!f.take(&l));
    }
}
