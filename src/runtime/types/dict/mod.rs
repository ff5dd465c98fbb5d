//! `dict` and its views (CPython's Objects/dictobject.c). This file is the data part:
//! `DictObj` (CPython `PyDictObject` with a combined `PyDictKeysObject`) and its pure
//! table operations; the rest of the folder holds what needs the VM:
//!
//! * `lookup.rs`: find/get/set/delete by key, with Python `__eq__` (`lookdict`,
//!   `insertdict`, `delitem_common`), `d[k]`, `del d[k]` and `k in d`;
//! * `update.rs`: merging into a dict (`dict_merge`, `dict_update_arg`, `{**m}`,
//!   `f(**m)`, `BUILD_MAP`, `d | e`, `d |= e`);
//! * `compare.rs`: `==`/`!=` (`dict_richcompare`);
//! * `repr.rs`: `repr()` of dicts and views; `iter.rs`: `iter()` of dicts and views
//!   and `reversed(d)`;
//! * `methods.rs`: the Python-visible methods; `new.rs`: `dict(...)`;
//! * `shared_keys.rs`: the class-wide keys of split instance dicts.
//!
//! The table is CPython 3.11's compact dict: a sparse `indices` array (a power of two in
//! size) pointing into a dense, insertion-ordered `entries` array. Sizes, growth
//! (`GROWTH_RATE = used * 3`), the usable fraction (2/3) and the probe sequence
//! (`perturb >>= 5; i = i*5 + perturb + 1`) are CPython's, so iteration order and
//! `sys.getsizeof` match. Key equality beyond identity is the caller's job (it may run
//! Python `__eq__`), so lookups take an equality callback.

mod compare;
mod iter;
mod lookup;
pub mod methods;
mod new;
mod repr;
mod shared_keys;
mod update;
pub mod views;

pub use shared_keys::{SharedKeys, SharedKeysRef, SHARED_KEYS_MAX_SIZE};

use crate::value::Value;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;

/// One key/value pair; a deleted entry has `key == Value::Undef`.
#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

pub struct DictObj {
    indices: Indices,
    pub entries: Vec<Entry>,
    /// Number of live entries (`len(d)`). 32 bits (a dict of 2^32 entries needs
    /// 100 GB) so the struct, boxed in its heap slot, takes a 72-byte block.
    used: u32,
    /// All keys so far were str (CPython's `DICT_KEYS_UNICODE` layout: 16-byte entries).
    unicode: bool,
    /// Bumped on every insertion or deletion, to detect mutation during iteration.
    pub version: u64,
    /// `Some` while this is a *split* table (CPython's `ma_values != NULL`): an
    /// instance `__dict__` (or a copy of one) sharing its class's keys object. Only
    /// `sys.getsizeof` and the moment it turns combined depend on it; the table below
    /// stays a working combined table throughout.
    pub split: Option<SharedKeysRef>,
}

/// The shape of a dict being merged into another (see `DictObj::merge_prepare`).
#[derive(Clone, Copy, Debug)]
pub struct MergeSource {
    pub used: usize,
    pub nentries: usize,
    pub size: usize,
    pub unicode: bool,
    pub split: bool,
}

/// The sparse index array of a table: entry positions, `EMPTY` or `DUMMY`.
///
/// CPython sizes each index by the table (one byte up to 128 slots), so the minimal
/// 8-slot table that most dicts keep for life costs it 8 bytes. Here that table lives
/// inline (`small`, one byte per slot) and bigger ones in `large`: a small dict makes
/// no allocation for its indices (a separate 8 x i32 block cost 48 bytes per dict).
///
/// Invariant: `large` is empty or has more than `MIN_SIZE` slots; while it is empty,
/// `small[0] == SMALL_OFF` exactly when there is no table at all (`len() == 0`).
struct Indices {
    small: [i8; MIN_SIZE],
    large: Box<[i32]>,
}

/// `small[0]` of a dict with no table; never a real index value (`EMPTY`, `DUMMY`, or
/// an entry position below `usable_fraction(MIN_SIZE)`).
const SMALL_OFF: i8 = i8::MIN;

impl Indices {
    fn none() -> Indices {
        Indices {
            small: [SMALL_OFF; MIN_SIZE],
            large: Box::default(),
        }
    }

    #[inline]
    fn len(&self) -> usize {
        if !self.large.is_empty() {
            self.large.len()
        } else if self.small[0] != SMALL_OFF {
            MIN_SIZE
        } else {
            0
        }
    }

    #[inline]
    fn is_empty(&self) -> bool {
        self.large.is_empty() && self.small[0] == SMALL_OFF
    }

    #[inline]
    fn get(&self, i: usize) -> i32 {
        if self.large.is_empty() {
            self.small[i] as i32
        } else {
            self.large[i]
        }
    }

    #[inline]
    fn set(&mut self, i: usize, v: i32) {
        if self.large.is_empty() {
            debug_assert!(v >= DUMMY && v < MIN_SIZE as i32);
            self.small[i] = v as i8;
        } else {
            self.large[i] = v;
        }
    }

    /// A cleared table of `size` slots (a power of two, at least `MIN_SIZE`), reusing
    /// the current allocation when it has that size.
    fn reset(&mut self, size: usize) {
        debug_assert!(size.is_power_of_two() && size >= MIN_SIZE);
        if size == MIN_SIZE {
            self.large = Box::default();
            self.small = [EMPTY as i8; MIN_SIZE];
        } else if self.large.len() == size {
            self.large.fill(EMPTY);
        } else {
            self.large = vec![EMPTY; size].into_boxed_slice();
        }
    }

    /// Back to no table (CPython's `Py_EMPTY_KEYS`).
    fn clear(&mut self) {
        *self = Indices::none();
    }
}

// A 72-byte box (glibc's 80-byte chunk); see `used` and `Indices`.
const _: () = assert!(std::mem::size_of::<DictObj>() == 72);

/// `DictObj::find` over one index width.
#[inline(always)]
fn probe_find<T: Copy + Into<i32>>(
    indices: &[T],
    entries: &[Entry],
    hash: i64,
    mut eq: impl FnMut(Value) -> bool,
) -> Option<usize> {
    let mask = indices.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let ix: i32 = indices[i].into();
        if ix == EMPTY {
            return None;
        }
        if ix >= 0 {
            let e = &entries[ix as usize];
            if e.hash == hash && eq(e.key) {
                return Some(ix as usize);
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// CPython's open-addressing probe step (`perturb >>= PERTURB_SHIFT; i = i*5 + perturb + 1`):
/// the next table slot after `i`. Shared by dicts and sets so both iterate in CPython's order.
#[inline(always)]
pub fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1))
        & mask
}

impl Default for DictObj {
    fn default() -> Self {
        DictObj::new()
    }
}

fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// CPython 3.11's `calculate_log2_keysize` as the 64-bit build computes it:
/// `bit_length(((minsize | 8) - 1) | 7)`. It is the smallest power of two >= `minsize`
/// except that 1..=7 give 16 (not 8) and an exact power of two >= 16 gives the next
/// one. Used by `insertion_resize` (with `GROWTH_RATE = used * 3`) and
/// `estimate_log2_keysize`; measured: `{'a': 1}` plus a non-str key is a 16-slot table.
pub fn calculate_keysize(minsize: usize) -> usize {
    let m = ((minsize | MIN_SIZE) - 1) | (MIN_SIZE - 1);
    1usize << (usize::BITS - m.leading_zeros())
}

/// CPython's `estimate_log2_keysize(n)`: the table `dict_merge` resizes to before
/// copying `n` items.
pub fn estimate_keysize(n: usize) -> usize {
    // `(n * 3 + 1) / 2`
    calculate_keysize((n * 3).div_ceil(2))
}

/// Smallest power of two >= `minsize`, at least 8 (how `presize` sizes `{k: v, ...}`).
fn size_for(minsize: usize) -> usize {
    let mut s = MIN_SIZE;
    while s < minsize {
        s <<= 1;
    }
    s
}

impl DictObj {
    /// An empty dict sharing CPython's `Py_EMPTY_KEYS` (no table yet).
    pub fn new() -> DictObj {
        DictObj {
            indices: Indices::none(),
            entries: Vec::new(),
            used: 0,
            unicode: true,
            version: 0,
            split: None,
        }
    }

    /// A dict presized for `n` items (CPython's `dict_new_presized`, used by `{k: v, ...}`).
    pub fn with_capacity(n: usize) -> DictObj {
        let mut d = DictObj::new();
        d.presize(n);
        d
    }

    /// Gives an empty dict (new, or recycled: see `is_recyclable`) the table of
    /// `with_capacity(n)`, reusing the kept allocations when they are big enough.
    pub fn presize(&mut self, n: usize) {
        debug_assert!(self.used == 0 && self.entries.is_empty() && self.indices.is_empty());
        if n > 0 {
            let size = if n <= usable_fraction(MIN_SIZE) {
                MIN_SIZE
            } else {
                size_for((n * 3).div_ceil(2))
            };
            self.indices.reset(size);
            // Room for the `n` items only: the table may take more, but most dicts
            // made from a display or keywords never grow (CPython allocates every
            // usable entry; the model, `sys.getsizeof`, still counts them).
            self.entries.reserve_exact(n);
        }
    }

    /// Whether this emptied dict is worth keeping on the heap's free list: only the
    /// allocations of minimal tables are kept (CPython's dict and keys free lists also
    /// hold only minimum-size key tables).
    pub fn is_recyclable(&self) -> bool {
        self.used == 0
            && self.indices.is_empty()
            && self.entries.is_empty()
            && self.entries.capacity() <= usable_fraction(MIN_SIZE)
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used as usize
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Finds the entry index of a key with this hash for which `eq(key)` holds.
    pub fn find(&self, hash: i64, eq: impl FnMut(Value) -> bool) -> Option<usize> {
        // One test of the index width per lookup, not per probe.
        if !self.indices.large.is_empty() {
            probe_find(&self.indices.large, &self.entries, hash, eq)
        } else if self.indices.small[0] != SMALL_OFF {
            probe_find(&self.indices.small, &self.entries, hash, eq)
        } else {
            None
        }
    }

    /// Entry indices whose stored hash equals `hash`, in probe order (for callers that
    /// must run Python `__eq__` between probes).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        if self.indices.is_empty() {
            return out;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices.get(i);
            if ix == EMPTY {
                return out;
            }
            if ix >= 0 && self.entries[ix as usize].hash == hash {
                out.push(ix as usize);
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    fn usable_left(&self) -> usize {
        usable_fraction(self.indices.len()).saturating_sub(self.entries.len())
    }

    /// Inserts a key known to be absent. The caller transfers ownership of key and value.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value, key_is_str: bool) {
        if self.split.is_some() {
            self.split_insert(hash, key_is_str);
        }
        if self.indices.is_empty() {
            // Reuses a recycled dict's kept allocations; otherwise allocates exactly
            // the minimal table (a growing Vec would allocate 4, then 8 entries).
            self.indices.reset(MIN_SIZE);
            self.entries.reserve_exact(usable_fraction(MIN_SIZE));
            self.unicode = key_is_str;
        } else if self.unicode && !key_is_str {
            // CPython converts the table to the general layout with a resize.
            self.resize(calculate_keysize(self.len() * 3), false);
        }
        if self.usable_left() == 0 {
            let unicode = self.unicode;
            self.resize(calculate_keysize(self.len() * 3), unicode);
        }
        let ix = self.entries.len();
        if ix == self.entries.capacity() {
            // A presized table (`presize`) filled past the items it was made for:
            // grow to the table's usable size at once, never past it.
            let usable = usable_fraction(self.indices.len());
            self.entries.reserve_exact((ix * 2).clamp(1, usable) - ix);
        }
        self.entries.push(Entry { hash, key, value });
        let slot = self.free_slot(hash);
        self.indices.set(slot, ix as i32);
        self.used += 1;
        self.version += 1;
    }

    /// A new key goes into a split table: it stays split if the key is a str the
    /// shared keys hold or can take; otherwise it becomes combined as CPython's
    /// `insertdict` does, through `insertion_resize` (`GROWTH_RATE = used * 3`; general
    /// layout for a non-str key).
    #[cold]
    fn split_insert(&mut self, hash: i64, key_is_str: bool) {
        let keep = key_is_str
            && self
                .split
                .as_ref()
                .is_some_and(|sk| sk.borrow_mut().add(hash));
        if !keep {
            self.split = None;
            let size = calculate_keysize(self.len() * 3);
            self.resize(size, key_is_str && self.unicode);
        }
    }

    /// `dict.popitem()` on a split table first makes it combined with the shared keys'
    /// size (`dictresize(self, DK_LOG_SIZE(self->ma_keys), 1)`: 64 slots).
    pub fn unsplit_for_popitem(&mut self) {
        if self.split.take().is_some() {
            self.resize(1 << 6, self.unicode);
        }
    }

    /// What CPython's `dict_merge` does to this (target) dict before copying the
    /// items of dict `src` into it:
    ///
    /// * an empty target takes a clone of a "clean" combined source's table (no deleted
    ///   entries, and minimal or more than half full: `other->ma_used ==
    ///   okeys->dk_nentries && (DK_LOG_SIZE(okeys) == PyDict_LOG_MINSIZE ||
    ///   USABLE_FRACTION(DK_SIZE(okeys)/2) < other->ma_used)`), dropping its own
    ///   (split) values;
    /// * otherwise one big resize when the items cannot fit: `if
    ///   (USABLE_FRACTION(DK_SIZE(mp->ma_keys)) < other->ma_used) dictresize(mp,
    ///   estimate_log2_keysize(mp->ma_used + other->ma_used), DK_IS_UNICODE(other))`;
    ///   a split target's keys are the class's 64-slot keys object.
    ///
    /// (`dict(obj.__dict__)` is therefore a 16-slot table for 1..=4 items.)
    pub fn merge_prepare(&mut self, src: MergeSource) {
        let n = src.used;
        if n == 0 {
            return;
        }
        let src_size = src.size;
        if self.used == 0
            && !src.split
            && src.nentries == n
            && (src_size == MIN_SIZE || usable_fraction(src_size / 2) < n)
        {
            self.split = None;
            if !self.entries.is_empty() {
                // Deleted entries only (`used == 0`): start from a clean table.
                self.entries.clear();
            }
            self.resize(src_size, src.unicode);
            return;
        }
        let size = if self.split.is_some() {
            1 << 6
        } else {
            self.indices.len()
        };
        if usable_fraction(size) < n {
            self.split = None;
            let unicode = src.unicode && (self.indices.is_empty() || self.unicode);
            self.resize(estimate_keysize(self.len() + n), unicode);
        }
    }

    /// What `dict.copy()` (`PyDict_Copy`) does first for a combined source that is at
    /// most a third deleted (`mp->ma_used >= (mp->ma_keys->dk_nentries * 2) / 3`): the
    /// copy gets a clone of its table, so it has the source's size.
    pub fn copy_prepare(&mut self, src: MergeSource) {
        if src.used > 0 && !src.split && src.used >= src.nentries * 2 / 3 {
            self.resize(src.size, src.unicode);
        }
    }

    /// What `merge_prepare` needs to know about a source dict.
    pub fn merge_source(&self) -> MergeSource {
        MergeSource {
            used: self.len(),
            nentries: self.entries.len(),
            size: self.indices.len(),
            unicode: self.unicode,
            split: self.split.is_some(),
        }
    }

    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices.get(i) != EMPTY {
            i = next_probe(i, &mut perturb, mask);
        }
        i
    }

    /// Rebuilds the table with `size` index slots (CPython's `dictresize`).
    ///
    /// The entries move at most once: deleted entries are squeezed out in place and the
    /// same Vec grows to the new usable size (for big tables `realloc` remaps pages
    /// instead of copying). Draining into a temporary and pushing into a fresh Vec copied
    /// every entry twice and held three entry arrays at once, which set the peak RSS of
    /// a growing 900k-entry dict.
    fn resize(&mut self, size: usize, unicode: bool) {
        if self.entries.len() != self.len() {
            self.entries.retain(|e| !e.key.is_undef());
        }
        let usable = usable_fraction(size);
        if self.entries.capacity() < usable {
            self.entries.reserve_exact(usable - self.entries.len());
        } else if self.entries.capacity() > usable {
            self.entries.shrink_to(usable);
        }
        self.unicode = unicode;
        self.indices.reset(size);
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            // The table was just cleared and has room for every entry: plain probing
            // for an EMPTY slot (no DUMMY can exist yet).
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices.get(i) != EMPTY {
                i = next_probe(i, &mut perturb, mask);
            }
            self.indices.set(i, ix as i32);
        }
    }

    /// Removes entry `ix`, returning its key and value (ownership passes to the caller).
    pub fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        let e = self.entries[ix];
        let mask = self.mask();
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        while self.indices.get(i) != ix as i32 {
            i = next_probe(i, &mut perturb, mask);
        }
        self.indices.set(i, DUMMY);
        self.entries[ix].key = Value::Undef;
        self.entries[ix].value = Value::Undef;
        self.used -= 1;
        self.version += 1;
        (e.key, e.value)
    }

    /// Removes everything (`dict.clear()` returns to the shared empty table).
    ///
    /// Minimal-table allocations are kept (cleared) for reuse, by this dict or, once it
    /// is freed, by a new one (`Heap::recycle_dict`); bigger ones are freed, as CPython
    /// frees a cleared dict's keys.
    pub fn drain_into(&mut self, out: &mut Vec<Value>) {
        for e in self.entries.drain(..) {
            if !e.key.is_undef() {
                out.push(e.key);
                out.push(e.value);
            }
        }
        if self.entries.capacity() > usable_fraction(MIN_SIZE) {
            self.entries = Vec::new();
        }
        self.indices.clear();
        self.used = 0;
        self.unicode = true;
        self.split = None;
        self.version += 1;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_undef())
    }

    /// The n-th live entry at or after raw position `pos` (for iterators): returns the
    /// raw index found.
    pub fn next_from(&self, pos: usize) -> Option<usize> {
        (pos..self.entries.len()).find(|&i| !self.entries[i].key.is_undef())
    }

    /// Index of the last live entry (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        (0..self.entries.len())
            .rev()
            .find(|&i| !self.entries[i].key.is_undef())
    }

    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        for e in self.iter() {
            f(e.key);
            f(e.value);
        }
    }

    /// `sys.getsizeof` in CPython 3.11 (64-bit).
    pub fn sizeof(&self) -> usize {
        if let Some(sk) = &self.split {
            return 64 + 8 * sk.borrow().usable_size();
        }
        let size = self.indices.len();
        if size == 0 {
            return 64;
        }
        let index_bytes = if size <= 128 {
            1
        } else if size <= 1 << 15 {
            2
        } else if size <= 1 << 31 {
            4
        } else {
            8
        };
        let entry = if self.unicode { 16 } else { 24 };
        64 + 32 + size * index_bytes + usable_fraction(size) * entry
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    fn ins(d: &mut DictObj, k: i64) {
        d.insert_new(
            k,
            crate::runtime::heap::Heap::small_int(k),
            crate::runtime::heap::Heap::small_int(k),
            false,
        );
    }

    #[test]
    fn calculate_keysize_has_the_3_11_quirks() {
        assert_eq!(calculate_keysize(0), 8);
        for m in 1..=7 {
            assert_eq!(calculate_keysize(m), 16, "{}", m);
        }
        assert_eq!(calculate_keysize(8), 8);
        assert_eq!(calculate_keysize(9), 16);
        assert_eq!(calculate_keysize(15), 16);
        assert_eq!(calculate_keysize(16), 32);
        assert_eq!(calculate_keysize(30), 32);
        assert_eq!(calculate_keysize(32), 64);
        assert_eq!(calculate_keysize(63), 64);
        assert_eq!(calculate_keysize(87), 128);
        // estimate_log2_keysize(n) as dict(obj.__dict__) uses it (measured).
        let est: Vec<usize> = (1..=22).map(estimate_keysize).collect();
        assert_eq!(&est[..5], &[16, 16, 16, 16, 8]);
        assert!(est[5..10].iter().all(|&s| s == 16));
        assert!(est[10..20].iter().all(|&s| s == 32));
        assert_eq!(&est[20..], &[64, 64]);
    }

    fn skey(d: &mut DictObj, k: i64) {
        d.insert_new(
            k,
            crate::runtime::heap::Heap::small_int(k),
            crate::runtime::heap::Heap::small_int(k),
            true,
        );
    }

    #[test]
    fn split_dict_sizes_and_unsharing() {
        let sk = SharedKeys::new_ref();
        sk.borrow_mut().instance_created();
        let mut d = DictObj::new();
        d.split = Some(sk.clone());
        assert_eq!(d.sizeof(), 64 + 29 * 8); // A().__dict__: 296
        skey(&mut d, 1);
        skey(&mut d, 2);
        assert_eq!(d.sizeof(), 296);
        sk.borrow_mut().instance_created();
        assert_eq!(d.sizeof(), 288); // read live
        let (_, _) = d.remove_at(0);
        assert!(d.split.is_some()); // deleting keeps it split
                                    // A non-str key: combined, general layout, calculate_keysize(1 * 3) = 16.
        d.insert_new(
            7,
            crate::runtime::heap::Heap::small_int(7),
            crate::runtime::heap::Heap::small_int(7),
            false,
        );
        assert!(d.split.is_none());
        assert_eq!(d.sizeof(), 64 + 32 + 16 + 10 * 24);

        // Full shared keys: the next new str key makes the dict combined.
        let full = Rc::new(RefCell::new(SharedKeys::new().frozen()));
        let mut d = DictObj::new();
        d.split = Some(full);
        skey(&mut d, 1);
        skey(&mut d, 2);
        assert!(d.split.is_none());
        assert_eq!(d.sizeof(), 64 + 32 + 8 + 5 * 16);

        // clear() and popitem() leave split tables too.
        let mut d = DictObj::new();
        d.split = Some(sk.clone());
        skey(&mut d, 1);
        d.unsplit_for_popitem();
        assert_eq!(d.sizeof(), 832);
        let mut d = DictObj::new();
        d.split = Some(sk);
        skey(&mut d, 1);
        d.drain_into(&mut Vec::new());
        assert_eq!(d.sizeof(), 64);
    }

    #[test]
    fn merging_clones_or_presizes_like_dict_merge() {
        // dict(split with 2 items): estimate_log2_keysize(2) -> 16 slots, unicode.
        let sk = SharedKeys::new_ref();
        let mut src = DictObj::new();
        src.split = Some(sk);
        skey(&mut src, 1);
        skey(&mut src, 2);
        let mut t = DictObj::new();
        t.merge_prepare(src.merge_source());
        skey(&mut t, 1);
        skey(&mut t, 2);
        assert_eq!(t.sizeof(), 272);
        // A clean minimal combined source is cloned (8 slots).
        let mut src = DictObj::new();
        skey(&mut src, 1);
        skey(&mut src, 2);
        let mut t = DictObj::new();
        t.merge_prepare(src.merge_source());
        assert_eq!(t.sizeof(), 184);
    }

    #[test]
    fn sizes_match_cpython() {
        let mut d = DictObj::new();
        assert_eq!(d.sizeof(), 64);
        ins(&mut d, 1);
        assert_eq!(d.sizeof(), 224);
        for k in 2..=6 {
            ins(&mut d, k);
        }
        // python3: d = {}; for k in range(1, 7): d[k] = k  -> 352
        assert_eq!(d.sizeof(), 352);
    }

    #[test]
    fn a_drained_small_dict_keeps_its_allocations_and_sizes() {
        let mut d = DictObj::with_capacity(1);
        ins(&mut d, 7);
        let ep = d.entries.as_ptr();
        let mut out = Vec::new();
        d.drain_into(&mut out);
        assert_eq!(out.len(), 2);
        assert!(d.is_recyclable());
        assert_eq!(d.sizeof(), 64);
        d.presize(1);
        ins(&mut d, 8);
        assert_eq!(d.entries.as_ptr(), ep);
        assert_eq!(d.sizeof(), 224);
        // A big table is not kept.
        let mut big = DictObj::new();
        for k in 0..100 {
            ins(&mut big, k);
        }
        big.drain_into(&mut out);
        assert!(big.is_recyclable());
        assert_eq!(big.entries.capacity(), 0);
        assert_eq!(big.sizeof(), 64);
    }

    #[test]
    fn find_and_remove() {
        let mut d = DictObj::new();
        for k in 0..100 {
            ins(&mut d, k);
        }
        let ix = d
            .find(42, |k| k.is(crate::runtime::heap::Heap::small_int(42)))
            .unwrap();
        d.remove_at(ix);
        assert!(d
            .find(42, |k| k.is(crate::runtime::heap::Heap::small_int(42)))
            .is_none());
        assert_eq!(d.len(), 99);
        assert!(d
            .find(43, |k| k.is(crate::runtime::heap::Heap::small_int(43)))
            .is_some());
    }
}
