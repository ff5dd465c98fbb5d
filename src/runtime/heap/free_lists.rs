//! CPython 3.11's free lists of lists, dicts and small tuples, and the size classes
//! of its object allocator: which memory (hence which `id()`) a new object gets, and
//! the collector's generation-0 count (`gc.get_count()[0]`,
//! `Heap::allocs_since_collect`).
//!
//! # Which address a new object gets
//! CPython allocates an object's struct from `pymalloc`, which keeps freed blocks per
//! 16-byte size class and hands out the most recently freed block of the class first
//! (Objects/obmalloc.c; blocks above 512 bytes come from the C library's `malloc`,
//! whose per-size caches behave alike), and exact lists, dicts, tuples of 1 to 20
//! items and floats first go through their type's own free list, also last in, first
//! out. So `id([]) == id([])` and `id(1000 + x) == id(2000 + x)` (the second object
//! reuses the first one's freed memory) but `id([]) == id({})` is false (each comes
//! from its own free list) and so is `id(object()) == id([])` (16 and 64-byte classes).
//! mempy's heap keeps one list of free slots per size class ([`size_class`]; the
//! slot remembers its class, `Slot::bin`) and these free lists as stacks of slots
//! ([`CpythonFreeLists`]), so a slot is reused exactly when CPython would reuse the
//! memory, and `id()` (a function of the slot) repeats where CPython's does. The
//! number arena does the same for ints and floats (`nums.rs`).
//!
//! An entry of a type's free list is either a free slot or a *phantom*: an object
//! CPython put there that mempy never made (start-up leaves some: the lists start as
//! CPython 3.11.7's start-up leaves them when the main script begins,
//! `sys._debugmallocstats()` on its first line; objects CPython allocates and mempy
//! does without are freed as phantoms). Taking a phantom means CPython used memory
//! mempy has never handed out: a never-used slot.
//!
//! # The collector's count
//! CPython counts an allocation of a GC object in `_PyObject_GC_Link` and takes it
//! back in `PyObject_GC_Del`. An exact list, dict or tuple of 1 to 20 items does
//! neither when it comes from or goes back to its type's free list
//! (Objects/listobject.c `PyList_New`/`list_dealloc`, dictobject.c
//! `new_dict`/`dict_dealloc`, tupleobject.c `tuple_alloc`/`maybe_freelist_push`), so
//! `[]` in a loop leaves the count where it was while `object()` subclasses move it.
//!
//! A full collection empties the lists (`clear_freelists` in `gc_collect_main`: their
//! objects go back to the allocator); calling `list`/`dict` as a type allocates
//! through `tp_alloc`, past the list (`Heap::before_tp_alloc`).

use crate::runtime::object::Obj;

/// `PyList_MAXFREELIST`.
const LIST_MAX: usize = 80;
/// `PyDict_MAXFREELIST`.
const DICT_MAX: usize = 80;
/// `PyTuple_MAXFREELIST`, per size.
const TUPLE_MAX: usize = 2000;
/// `PyTuple_MAXSAVESIZE`: tuples of 1 to 20 items have free lists.
const TUPLE_SIZES: usize = 20;

/// A free-list entry standing for an object mempy never made (see the module docs).
const PHANTOM: u32 = 0;
/// A free-list entry put aside for a type call's `tp_alloc` (`reserve`).
const RESERVED: u32 = u32::MAX;

/// Size classes of object slots: `pymalloc`'s 16-byte classes up to 512 bytes, then
/// 16-byte classes up to 1024 (the C library's per-size caches), then one class for
/// anything bigger.
pub const NBINS: usize = 66;
/// The class of slots that stand for no CPython allocation (the builtin part of an
/// instance of a builtin subclass, which CPython allocates as one object).
pub const HIDDEN_BIN: u8 = (NBINS - 1) as u8;

/// The size class of an allocation of `size` bytes (see [`NBINS`]).
#[inline]
pub fn size_class(size: usize) -> u8 {
    if size <= 1024 {
        ((size.max(1) - 1) >> 4) as u8
    } else {
        (NBINS - 2) as u8
    }
}

/// The bytes CPython allocates for the struct of `obj` given `sys.getsizeof` of it
/// (`getsizeof`): the same, except for objects whose `__sizeof__` adds memory
/// allocated apart (a list's items, a dict's keys, a set's table, a bytearray's
/// buffer).
#[inline]
pub fn struct_size(obj: &Obj, getsizeof: impl FnOnce() -> usize) -> usize {
    match obj {
        // GC header + PyListObject / PyDictObject / PySetObject; PyByteArrayObject.
        Obj::List(_) => 56,
        Obj::Dict(_) => 64,
        Obj::Set(_) | Obj::FrozenSet(_) => 216,
        Obj::ByteArray(_) => 56,
        _ => getsizeof(),
    }
}

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
    pub fn of(obj: &Obj) -> Option<Kind> {
        match obj {
            Obj::List(_) => Some(Kind::List),
            Obj::Dict(_) => Some(Kind::Dict),
            Obj::Tuple(t) => Some(Kind::Tuple(t.len())),
            _ => None,
        }
    }
}

/// Where a new object's slot comes from ([`CpythonFreeLists::take`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Take {
    /// No free-list entry: the allocator's size class; the allocation is counted
    /// if the object is a GC object.
    Miss,
    /// A phantom entry: memory mempy never handed out (a never-used slot); not
    /// counted.
    Fresh,
    /// This free slot; not counted.
    Slot(u32),
    /// The entry a type call reserved: the allocator's size class, and the caller
    /// has counted the allocation already.
    Reserved,
}

/// CPython's list, dict and per-size tuple free lists: stacks of entries, the top
/// last (a free slot, or `PHANTOM`/`RESERVED`).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CpythonFreeLists {
    list: Vec<u32>,
    dict: Vec<u32>,
    /// `tuple[n - 1]`: free tuples of `n` items.
    tuple: [Vec<u32>; TUPLE_SIZES],
}

impl CpythonFreeLists {
    /// The lists as CPython 3.11.7's start-up leaves them when a script's first line
    /// runs (`python3 -c` differs slightly; a script is what mempy compares with),
    /// all phantoms.
    pub fn cpython_startup() -> Self {
        let tuple: [u16; TUPLE_SIZES] =
            [4, 8, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6];
        CpythonFreeLists {
            list: vec![PHANTOM; 40],
            dict: vec![PHANTOM; 8],
            tuple: tuple.map(|n| vec![PHANTOM; n as usize]),
        }
    }

    /// A new `obj` is being allocated: where its slot comes from (see [`Take`]).
    #[inline]
    pub fn take(&mut self, obj: &Obj) -> Take {
        let Some(k) = Kind::of(obj) else {
            return Take::Miss;
        };
        let Some((list, _)) = self.entry(k) else {
            return Take::Miss;
        };
        match list.pop() {
            None => Take::Miss,
            Some(PHANTOM) => Take::Fresh,
            Some(RESERVED) => Take::Reserved,
            Some(i) => Take::Slot(i),
        }
    }

    /// An object of kind `k` that mempy does not build is allocated: false when the
    /// list is empty (the allocation is counted), else true, and the entry taken in
    /// `slot` when it was a free slot (which the caller gives back to its size
    /// class: the object CPython made there is not one of mempy's).
    #[inline]
    pub fn take_kind(&mut self, k: Kind, slot: &mut Option<u32>) -> bool {
        let Some((list, _)) = self.entry(k) else {
            return false;
        };
        match list.pop() {
            None => false,
            Some(PHANTOM | RESERVED) => true,
            Some(i) => {
                *slot = Some(i);
                true
            }
        }
    }

    /// A dead `obj` in slot `slot` is being released: true when CPython's
    /// deallocator would have put it on a free list that has room (then it is not
    /// uncounted, and the slot is on that list). A tuple the collector emptied (mempy
    /// clears tuples; CPython's have no `tp_clear`) has lost its size and is taken as
    /// freed.
    #[inline]
    pub fn give(&mut self, obj: &Obj, slot: u32) -> bool {
        match Kind::of(obj) {
            Some(k) => self.push(k, slot),
            None => false,
        }
    }

    /// `give` for an object of kind `k` that mempy does not build: a phantom.
    #[inline]
    pub fn give_kind(&mut self, k: Kind) -> bool {
        self.push(k, PHANTOM)
    }

    /// Free slot `slot`, lent to an object of kind `k` mempy does not build, goes
    /// back onto the list (true) if it has room.
    #[inline]
    pub fn give_slot(&mut self, k: Kind, slot: u32) -> bool {
        self.push(k, slot)
    }

    #[inline]
    fn push(&mut self, k: Kind, entry: u32) -> bool {
        let Some((list, max)) = self.entry(k) else {
            return false;
        };
        if list.len() >= max {
            return false;
        }
        list.push(entry);
        true
    }

    /// The stack of kind `k` and its capacity; None when it has none.
    #[inline]
    fn entry(&mut self, k: Kind) -> Option<(&mut Vec<u32>, usize)> {
        match k {
            Kind::List => Some((&mut self.list, LIST_MAX)),
            Kind::Dict => Some((&mut self.dict, DICT_MAX)),
            Kind::Tuple(n @ 1..=TUPLE_SIZES) => Some((&mut self.tuple[n - 1], TUPLE_MAX)),
            Kind::Tuple(_) => None,
        }
    }

    /// The next list (`dict` false) or dict allocation is a type call's `tp_alloc`:
    /// when the free list has one, an entry is put aside for that allocation's
    /// `take` and true says the caller counts the allocation itself.
    pub fn reserve(&mut self, dict: bool) -> bool {
        let l = if dict { &mut self.dict } else { &mut self.list };
        if l.is_empty() {
            return false;
        }
        l.push(RESERVED);
        true
    }

    /// `clear_freelists`, at the end of a full collection: empties the lists and
    /// returns their free slots in the order CPython gives their memory back
    /// (`_PyTuple_ClearFreeList`, then lists, then dicts; each from its top).
    pub fn clear(&mut self) -> Vec<u32> {
        let mut out = Vec::new();
        let lists = self
            .tuple
            .iter_mut()
            .chain([&mut self.list, &mut self.dict]);
        for l in lists {
            out.extend(l.drain(..).rev().filter(|&e| e != PHANTOM && e != RESERVED));
        }
        out
    }

    /// Every free slot on the lists (for the heap checker).
    pub fn slots(&self) -> impl Iterator<Item = u32> + '_ {
        self.tuple
            .iter()
            .chain([&self.list, &self.dict])
            .flat_map(|l| l.iter().copied())
            .filter(|&e| e != PHANTOM && e != RESERVED)
    }

    /// Puts back `saved` (the lists before something CPython does not do ran),
    /// keeping only the slots still free now: an entry of `saved` whose slot was
    /// reused since becomes a phantom, and the free slots on the lists now that
    /// `saved` does not hold are returned (the caller gives them to their size
    /// classes).
    pub fn restore(&mut self, mut saved: CpythonFreeLists) -> Vec<u32> {
        let now: std::collections::HashSet<u32> = self.slots().collect();
        let mut kept = std::collections::HashSet::new();
        for l in saved
            .tuple
            .iter_mut()
            .chain([&mut saved.list, &mut saved.dict])
        {
            for e in l.iter_mut() {
                if *e != PHANTOM && *e != RESERVED {
                    if now.contains(e) {
                        kept.insert(*e);
                    } else {
                        *e = PHANTOM;
                    }
                }
            }
        }
        let rest = self.slots().filter(|e| !kept.contains(e)).collect();
        *self = saved;
        rest
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
        assert_eq!(f.take(&l), Take::Miss);
        for i in 0..LIST_MAX as u32 {
            assert!(f.give(&l, i + 1));
        }
        assert!(!f.give(&l, 99), "the 81st dead list is freed (uncounted)");
        assert_eq!(
            f.take(&l),
            Take::Slot(LIST_MAX as u32),
            "last in, first out"
        );
        assert!(f.reserve(false));
        assert_eq!(
            f.take(&l),
            Take::Reserved,
            "the reserved entry is what the type call's alloc takes"
        );
        assert_eq!(f.clear().len(), LIST_MAX - 1);
        assert!(!f.reserve(false));
        assert_eq!(f.take(&l), Take::Miss);
    }

    #[test]
    fn size_classes_are_pymallocs_16_byte_classes() {
        assert_eq!(size_class(16), 0);
        assert_eq!(size_class(24), 1);
        assert_eq!(size_class(32), 1);
        assert_eq!(size_class(33), 2);
        assert_eq!(size_class(56), 3);
        assert_eq!(size_class(64), 3);
        assert_eq!(size_class(512), 31);
        assert_eq!(size_class(1024), 63);
        assert_eq!(size_class(5000), 64);
    }

    #[test]
    fn restore_keeps_only_slots_still_free() {
        let mut f = CpythonFreeLists::default();
        let l = Obj::List(ListObj::new(Vec::new()));
        f.give(&l, 5);
        f.give(&l, 6);
        let saved = f.clone();
        assert_eq!(f.take(&l), Take::Slot(6));
        f.give(&l, 7);
        let rest = f.restore(saved);
        assert_eq!(rest, vec![7]);
        assert_eq!(f.take(&l), Take::Fresh, "slot 6 was reused meanwhile");
        assert_eq!(f.take(&l), Take::Slot(5));
    }
}
