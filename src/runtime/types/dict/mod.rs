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
//! size, one byte per slot up to 128 slots, then two, then four) pointing into a dense,
//! insertion-ordered `entries` array. Sizes, growth (`GROWTH_RATE = used * 3`) and the
//! usable fraction (2/3) are CPython's, so iteration order and `sys.getsizeof` match.
//! Key equality beyond identity is the caller's job (it may run Python `__eq__`), so
//! lookups take an equality callback.
//!
//! Like CPython's, a table has two layouts (`DK_KIND_UNICODE` and `DK_KIND_GENERAL`):
//! while every key is an exact str its entries are 16 bytes (`UEntry`: the key's handle
//! beside the low 32 bits of its hash, then the value: CPython's str caches its own
//! hash, so `PyDictUnicodeEntry` holds only key and value); the first other key turns
//! it into the general layout (`GEntry`: hash, key, value, 24 bytes) with a resize.
//! Every dict probes with the low 32 bits of the hash (`perturb` starts from them):
//! where an entry sits in `indices` is never observable for a dict (iteration follows
//! `entries`), and a unicode table has no other bits to rebuild itself from. Where the
//! full hash matters (before running a Python `__eq__`, which CPython only does for
//! equal full hashes) the caller reads a str key's cached hash from the str itself.

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

use crate::value::{ObjRef, Value};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;

/// One key/value pair as callers see it; a deleted entry has `key == Value::Undef`.
#[derive(Clone, Copy)]
pub struct Entry {
    pub key: Value,
    pub value: Value,
}

/// An entry of a unicode table (CPython's `PyDictUnicodeEntry`, 16 bytes): an exact
/// str key's handle (`ObjRef(0)`, never an object, once deleted) and the low 32 bits
/// of its hash, which probing and resizing need without reading the str.
#[derive(Clone, Copy)]
struct UEntry {
    h32: u32,
    key: ObjRef,
    value: Value,
}

/// An entry of a general table (CPython's `PyDictKeyEntry`, 24 bytes). `hash` is the
/// key's full hash, except for a str key carried over from a unicode table, whose
/// high 32 bits are unknown (see `DictObj::stored_hash`).
#[derive(Clone, Copy)]
struct GEntry {
    hash: i64,
    key: Value,
    value: Value,
}

const _: () = assert!(std::mem::size_of::<UEntry>() == 16);
const _: () = assert!(std::mem::size_of::<GEntry>() == 24);

/// What table code needs of both entry layouts.
trait Slot: Copy {
    /// The bits probing starts from (the low 32 bits of the hash).
    fn probe_hash(&self) -> u32;
    fn live(&self) -> bool;
    fn entry(&self) -> Entry;
    fn value_mut(&mut self) -> &mut Value;
    /// Empties the entry (a deleted one keeps its place, as CPython's).
    fn kill(&mut self);
}

impl Slot for UEntry {
    #[inline(always)]
    fn probe_hash(&self) -> u32 {
        self.h32
    }
    #[inline(always)]
    fn live(&self) -> bool {
        self.key.0 != 0
    }
    #[inline(always)]
    fn entry(&self) -> Entry {
        if self.live() {
            Entry {
                key: Value::Obj(self.key),
                value: self.value,
            }
        } else {
            Entry {
                key: Value::Undef,
                value: Value::Undef,
            }
        }
    }
    #[inline(always)]
    fn value_mut(&mut self) -> &mut Value {
        &mut self.value
    }
    fn kill(&mut self) {
        self.key = ObjRef(0);
        self.value = Value::Undef;
    }
}

impl Slot for GEntry {
    #[inline(always)]
    fn probe_hash(&self) -> u32 {
        self.hash as u32
    }
    #[inline(always)]
    fn live(&self) -> bool {
        !self.key.is_undef()
    }
    #[inline(always)]
    fn entry(&self) -> Entry {
        Entry {
            key: self.key,
            value: self.value,
        }
    }
    #[inline(always)]
    fn value_mut(&mut self) -> &mut Value {
        &mut self.value
    }
    fn kill(&mut self) {
        self.key = Value::Undef;
        self.value = Value::Undef;
    }
}

/// The dense entries in one of the two layouts, with `ma_used` beside them (it fits
/// in the enum's padding, which keeps `DictObj` at 72 bytes).
enum Table {
    Unicode { entries: Vec<UEntry>, used: u32 },
    General { entries: Vec<GEntry>, used: u32 },
}

const _: () = assert!(std::mem::size_of::<Table>() == 32);

/// Runs `$body` with `$e` bound to the entries Vec of either layout.
macro_rules! with_entries {
    ($t:expr, $e:ident => $body:expr) => {
        match $t {
            Table::Unicode { entries: $e, .. } => $body,
            Table::General { entries: $e, .. } => $body,
        }
    };
}

impl Table {
    #[inline(always)]
    fn used(&self) -> u32 {
        match self {
            Table::Unicode { used, .. } | Table::General { used, .. } => *used,
        }
    }

    #[inline(always)]
    fn used_mut(&mut self) -> &mut u32 {
        match self {
            Table::Unicode { used, .. } | Table::General { used, .. } => used,
        }
    }

    #[inline(always)]
    fn len(&self) -> usize {
        with_entries!(self, e => e.len())
    }

    fn capacity(&self) -> usize {
        with_entries!(self, e => e.capacity())
    }

    #[inline(always)]
    fn get(&self, ix: usize) -> Option<Entry> {
        with_entries!(self, e => e.get(ix).map(|x| x.entry()))
    }

    #[inline(always)]
    fn probe_hash(&self, ix: usize) -> u32 {
        with_entries!(self, e => e[ix].probe_hash())
    }

    fn is_unicode(&self) -> bool {
        matches!(self, Table::Unicode { .. })
    }
}

/// The sparse index array of a table: entry positions, `EMPTY` or `DUMMY`, one byte
/// each up to 128 slots, two up to 2^15, else four (CPython's `DK_IXSIZE`).
///
/// The minimal 8-slot table that most dicts keep for life, and the 16-slot one of
/// dicts of 6 to 10 items (records, rows, keyword sets), live inline (`Small`,
/// `Small16`: the enum's room for a boxed slice holds 16 bytes): those dicts make
/// no allocation for their indices.
enum Indices {
    /// No table at all (CPython's `Py_EMPTY_KEYS`).
    None,
    Small([i8; MIN_SIZE]),
    Small16([i8; 2 * MIN_SIZE]),
    B1(Box<[i8]>),
    B2(Box<[i16]>),
    B4(Box<[i32]>),
}

const _: () = assert!(std::mem::size_of::<Indices>() == 24);

impl Indices {
    #[inline(always)]
    fn len(&self) -> usize {
        match self {
            Indices::None => 0,
            Indices::Small(_) => MIN_SIZE,
            Indices::Small16(_) => 2 * MIN_SIZE,
            Indices::B1(b) => b.len(),
            Indices::B2(b) => b.len(),
            Indices::B4(b) => b.len(),
        }
    }

    #[inline]
    fn is_empty(&self) -> bool {
        matches!(self, Indices::None)
    }

    #[inline(always)]
    fn get(&self, i: usize) -> i32 {
        match self {
            Indices::None => EMPTY,
            Indices::Small(b) => b[i] as i32,
            Indices::Small16(b) => b[i] as i32,
            Indices::B1(b) => b[i] as i32,
            Indices::B2(b) => b[i] as i32,
            Indices::B4(b) => b[i],
        }
    }

    #[inline(always)]
    fn set(&mut self, i: usize, v: i32) {
        // The width was chosen so that every entry position fits (`reset`).
        match self {
            Indices::None => {}
            Indices::Small(b) => b[i] = v as i8,
            Indices::Small16(b) => b[i] = v as i8,
            Indices::B1(b) => b[i] = v as i8,
            Indices::B2(b) => b[i] = v as i16,
            Indices::B4(b) => b[i] = v,
        }
    }

    /// A cleared table of `size` slots (a power of two, at least `MIN_SIZE`), reusing
    /// the current allocation when it has that size.
    fn reset(&mut self, size: usize) {
        debug_assert!(size.is_power_of_two() && size >= MIN_SIZE);
        if self.len() == size {
            match self {
                Indices::None => {}
                Indices::Small(b) => b.fill(EMPTY as i8),
                Indices::Small16(b) => b.fill(EMPTY as i8),
                Indices::B1(b) => b.fill(EMPTY as i8),
                Indices::B2(b) => b.fill(EMPTY as i16),
                Indices::B4(b) => b.fill(EMPTY),
            }
            return;
        }
        *self = if size == MIN_SIZE {
            Indices::Small([EMPTY as i8; MIN_SIZE])
        } else if size == 2 * MIN_SIZE {
            Indices::Small16([EMPTY as i8; 2 * MIN_SIZE])
        } else if size <= 128 {
            Indices::B1(vec![EMPTY as i8; size].into_boxed_slice())
        } else if size <= 1 << 15 {
            Indices::B2(vec![EMPTY as i16; size].into_boxed_slice())
        } else {
            Indices::B4(vec![EMPTY; size].into_boxed_slice())
        };
    }

    /// Puts entry position `ix` into the first EMPTY slot on `h32`'s probe sequence
    /// (the table has one: insertion keeps a third of it free, and a deleted slot is
    /// never reused, as CPython's `find_empty_slot`). One dispatch on the width, then
    /// the probe on the plain array: an insertion or a resize's rebuild pays one
    /// `match` instead of one per probe step.
    #[inline(always)]
    fn insert_empty(&mut self, h32: u32, ix: usize) {
        #[inline(always)]
        fn put<T: Ix>(s: &mut [T], h32: u32, v: T) {
            let mask = s.len() - 1;
            let mut perturb = h32 as u64;
            let mut i = (h32 as usize) & mask;
            while s[i].ix() != EMPTY {
                i = next_probe(i, &mut perturb, mask);
            }
            s[i] = v;
        }
        match self {
            Indices::None => {}
            Indices::Small(b) => put(&mut b[..], h32, ix as i8),
            Indices::Small16(b) => put(&mut b[..], h32, ix as i8),
            Indices::B1(b) => put(&mut b[..], h32, ix as i8),
            Indices::B2(b) => put(&mut b[..], h32, ix as i16),
            Indices::B4(b) => put(&mut b[..], h32, ix as i32),
        }
    }

    /// Back to no table (CPython's `Py_EMPTY_KEYS`).
    fn clear(&mut self) {
        *self = Indices::None;
    }
}

/// A dict: CPython's `PyDictObject` with a combined `PyDictKeysObject`.
pub struct DictObj {
    indices: Indices,
    table: Table,
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

// A 72-byte box (glibc's 80-byte chunk), as before the unicode layout.
const _: () = assert!(std::mem::size_of::<DictObj>() == 72);

/// Reads an index slot of any width as an entry position.
trait Ix: Copy {
    fn ix(self) -> i32;
}
impl Ix for i8 {
    #[inline(always)]
    fn ix(self) -> i32 {
        self as i32
    }
}
impl Ix for i16 {
    #[inline(always)]
    fn ix(self) -> i32 {
        self as i32
    }
}
impl Ix for i32 {
    #[inline(always)]
    fn ix(self) -> i32 {
        self
    }
}

/// `DictObj::find` over one index width and one entry layout: the entry whose stored
/// hash bits `same(e)` accepts and for which `eq` holds.
#[inline(always)]
fn probe_find<T: Ix, E: Slot>(
    indices: &[T],
    entries: &[E],
    h32: u32,
    same: impl Fn(&E) -> bool,
    mut eq: impl FnMut(&E) -> bool,
) -> Option<usize> {
    let mask = indices.len() - 1;
    let mut perturb = h32 as u64;
    let mut i = (h32 as usize) & mask;
    loop {
        let ix = indices[i].ix();
        if ix == EMPTY {
            return None;
        }
        if ix >= 0 {
            let e = &entries[ix as usize];
            if same(e) && eq(e) {
                return Some(ix as usize);
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// Dispatches a probe over the index width.
macro_rules! probe_widths {
    ($ix:expr, $s:ident => $body:expr) => {
        match $ix {
            Indices::None => None,
            Indices::Small($s) => $body,
            Indices::Small16($s) => $body,
            Indices::B1($s) => $body,
            Indices::B2($s) => $body,
            Indices::B4($s) => $body,
        }
    };
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

/// Grows `entries` (full) by one: a presized table (`presize`) filled past the items
/// it was made for grows to the table's usable size at once, never past it.
#[inline(never)]
fn grow_entries<E>(entries: &mut Vec<E>, usable: usize) {
    let ix = entries.len();
    entries.reserve_exact((ix * 2).clamp(1, usable.max(ix + 1)) - ix);
}

/// Squeezes deleted entries out and sets the capacity to `usable` (see `resize`).
fn compact<E: Slot>(entries: &mut Vec<E>, used: usize, usable: usize) {
    if entries.len() != used {
        entries.retain(|e| e.live());
    }
    if entries.capacity() < usable {
        entries.reserve_exact(usable - entries.len());
    } else if entries.capacity() > usable {
        entries.shrink_to(usable);
    }
}

impl DictObj {
    /// An empty dict sharing CPython's `Py_EMPTY_KEYS` (no table yet).
    pub fn new() -> DictObj {
        DictObj {
            indices: Indices::None,
            table: Table::Unicode {
                entries: Vec::new(),
                used: 0,
            },
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
        debug_assert!(self.is_empty() && self.table.len() == 0 && self.indices.is_empty());
        if n > 0 {
            let size = if n <= usable_fraction(MIN_SIZE) {
                MIN_SIZE
            } else {
                size_for((n * 3).div_ceil(2))
            };
            self.indices.reset(size);
            // A minimal table gets room for the `n` items only: most small dicts made
            // from a display or keywords never grow, and if one does, the small block
            // it leaves behind is reused by the next small object. A bigger table
            // (CPython's `dict_new_presized` proper) gets every usable entry, as
            // CPython allocates it: growing a presized record by a key or two (a
            // computed field added to each row) would otherwise move every entry
            // array to a larger block and leave its old one as a hole nothing of
            // that size refills (+15 MB over CPython for 80k eight-key rows).
            let room = if size == MIN_SIZE {
                n
            } else {
                usable_fraction(size)
            };
            with_entries!(&mut self.table, e => e.reserve_exact(room));
        }
    }

    /// Whether this emptied dict is worth keeping on the heap's free list: only the
    /// allocations of minimal tables are kept (CPython's dict and keys free lists also
    /// hold only minimum-size key tables).
    pub fn is_recyclable(&self) -> bool {
        self.is_empty()
            && self.indices.is_empty()
            && self.table.len() == 0
            && self.table.capacity() <= usable_fraction(MIN_SIZE)
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.table.used() as usize
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.table.used() == 0
    }

    /// Whether the table has the unicode layout (every key so far an exact str).
    #[inline]
    pub fn is_unicode(&self) -> bool {
        self.table.is_unicode()
    }

    /// Entries so far, deleted ones included (CPython's `dk_nentries`): positions
    /// below this are valid for `entry`.
    #[inline]
    pub fn nentries(&self) -> usize {
        self.table.len()
    }

    /// The entry at position `ix` (a deleted one has `key == Undef`), if there is one.
    #[inline]
    pub fn entry(&self, ix: usize) -> Option<Entry> {
        self.table.get(ix)
    }

    /// The value slot of entry `ix` (the caller keeps the refcounts right).
    #[inline]
    pub fn value_mut(&mut self, ix: usize) -> Option<&mut Value> {
        with_entries!(&mut self.table, e => e.get_mut(ix).filter(|x| x.live()).map(|x| x.value_mut()))
    }

    /// The value of entry `ix` (borrowed) if its key is the object `key` itself
    /// (identity): the hit of a cache that remembered where a name's entry is.
    #[inline(always)]
    pub fn value_for(&self, ix: usize, key: ObjRef) -> Option<Value> {
        match &self.table {
            Table::Unicode { entries, .. } => match entries.get(ix) {
                Some(e) if e.key == key => Some(e.value),
                _ => None,
            },
            Table::General { entries, .. } => match entries.get(ix) {
                Some(GEntry {
                    key: Value::Obj(k),
                    value,
                    ..
                }) if *k == key => Some(*value),
                _ => None,
            },
        }
    }

    /// The value slot of entry `ix` if its key is `key` itself (identity): the hit of
    /// a cache that remembered where a name's entry is.
    #[inline]
    pub fn value_mut_for(&mut self, ix: usize, key: Value) -> Option<&mut Value> {
        match &mut self.table {
            Table::Unicode { entries, .. } => match (entries.get_mut(ix), key) {
                (Some(e), Value::Obj(k)) if e.key == k => Some(&mut e.value),
                _ => None,
            },
            Table::General { entries, .. } => match entries.get_mut(ix) {
                Some(e) if e.live() && e.key.is(key) => Some(&mut e.value),
                _ => None,
            },
        }
    }

    /// The hash stored with entry `ix` when it is the key's full hash: a general
    /// table's entry whose key is not a str carried over from a unicode table. None
    /// for str keys (read the str's own cached hash, as CPython's `unicode_get_hash`).
    pub fn stored_hash(&self, ix: usize) -> Option<i64> {
        match &self.table {
            Table::General { entries, .. } => entries.get(ix).map(|e| e.hash),
            Table::Unicode { .. } => None,
        }
    }

    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Finds the entry index of a key with this hash for which `eq(key)` holds. Only
    /// the low 32 bits of the hash are compared before `eq` (see the module docs):
    /// `eq` must decide equality itself, and must not run Python code.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        let h32 = hash as u32;
        match &self.table {
            Table::Unicode { entries, .. } => probe_widths!(&self.indices, s => probe_find(
                &s[..],
                entries,
                h32,
                |e: &UEntry| e.h32 == h32,
                |e: &UEntry| eq(Value::Obj(e.key)),
            )),
            Table::General { entries, .. } => probe_widths!(&self.indices, s => probe_find(
                &s[..],
                entries,
                h32,
                |e: &GEntry| e.hash as u32 == h32,
                |e: &GEntry| eq(e.key),
            )),
        }
    }

    /// `find` for a str key in a unicode table, handing `eq` the stored key's handle:
    /// None when the table is not unicode (the caller falls back to `find`).
    #[inline(always)]
    pub fn find_str(&self, hash: i64, mut eq: impl FnMut(ObjRef) -> bool) -> Option<Option<usize>> {
        let h32 = hash as u32;
        match &self.table {
            Table::Unicode { entries, .. } => Some(probe_widths!(&self.indices, s => probe_find(
                &s[..],
                entries,
                h32,
                |e: &UEntry| e.h32 == h32,
                |e: &UEntry| eq(e.key),
            ))),
            Table::General { .. } => None,
        }
    }

    /// Entry indices whose stored hash bits match `hash`, in probe order (for callers
    /// that must run Python `__eq__` between probes; they check the full hash first,
    /// `stored_hash` or the str key's own).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        if self.indices.is_empty() {
            return out;
        }
        let h32 = hash as u32;
        let mask = self.mask();
        let mut perturb = h32 as u64;
        let mut i = (h32 as usize) & mask;
        loop {
            let ix = self.indices.get(i);
            if ix == EMPTY {
                return out;
            }
            if ix >= 0 && self.table.probe_hash(ix as usize) == h32 {
                out.push(ix as usize);
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    fn usable_left(&self) -> usize {
        usable_fraction(self.indices.len()).saturating_sub(self.table.len())
    }

    /// Inserts a key known to be absent. The caller transfers ownership of key and
    /// value. `key_is_str`: the key is an exact str (then it is a `Value::Obj`).
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value, key_is_str: bool) {
        if self.split.is_some() {
            self.split_insert(hash, key_is_str);
        }
        if self.indices.is_empty() {
            // Reuses a recycled dict's kept allocations; otherwise allocates exactly
            // the minimal table (a growing Vec would allocate 4, then 8 entries).
            self.indices.reset(MIN_SIZE);
            if self.table.is_unicode() != key_is_str {
                // (Deleted entries only: nothing to carry over.)
                self.table = Self::empty_table(key_is_str);
            }
            with_entries!(&mut self.table, e => {
                e.clear();
                e.reserve_exact(usable_fraction(MIN_SIZE));
            });
        } else if self.table.is_unicode() && !key_is_str {
            // CPython converts the table to the general layout with a resize.
            self.resize(calculate_keysize(self.len() * 3), false);
        }
        if self.usable_left() == 0 {
            let unicode = self.table.is_unicode();
            self.resize(calculate_keysize(self.len() * 3), unicode);
        }
        let usable = usable_fraction(self.indices.len());
        let (ix, h32) = match (&mut self.table, key) {
            (Table::Unicode { entries, .. }, Value::Obj(r)) => {
                if entries.len() == entries.capacity() {
                    grow_entries(entries, usable);
                }
                let h32 = hash as u32;
                entries.push(UEntry { h32, key: r, value });
                (entries.len() - 1, h32)
            }
            (Table::General { entries, .. }, _) => {
                if entries.len() == entries.capacity() {
                    grow_entries(entries, usable);
                }
                entries.push(GEntry { hash, key, value });
                (entries.len() - 1, hash as u32)
            }
            (Table::Unicode { .. }, _) => {
                // `key_is_str` promised a str: keep the table sound regardless.
                debug_assert!(false, "a non-object key marked as str");
                self.resize(calculate_keysize(self.len() * 3), false);
                return self.insert_new(hash, key, value, false);
            }
        };
        self.indices.insert_empty(h32, ix);
        *self.table.used_mut() += 1;
        self.version += 1;
    }

    fn empty_table(unicode: bool) -> Table {
        if unicode {
            Table::Unicode {
                entries: Vec::new(),
                used: 0,
            }
        } else {
            Table::General {
                entries: Vec::new(),
                used: 0,
            }
        }
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
            self.resize(size, key_is_str && self.table.is_unicode());
        }
    }

    /// `dict.popitem()` on a split table first makes it combined with the shared keys'
    /// size (`dictresize(self, DK_LOG_SIZE(self->ma_keys), 1)`: 64 slots).
    pub fn unsplit_for_popitem(&mut self) {
        if self.split.take().is_some() {
            let unicode = self.table.is_unicode();
            self.resize(1 << 6, unicode);
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
        if self.is_empty()
            && !src.split
            && src.nentries == n
            && (src_size == MIN_SIZE || usable_fraction(src_size / 2) < n)
        {
            self.split = None;
            // Deleted entries only (`used == 0`): start from a clean table.
            with_entries!(&mut self.table, e => e.clear());
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
            let unicode = src.unicode && (self.indices.is_empty() || self.table.is_unicode());
            self.resize(estimate_keysize(self.len() + n), unicode);
        }
    }

    /// What `dict.fromkeys` of an exact dict or set of `n` keys does first
    /// (`dictresize(mp, estimate_log2_keysize(n), unicode)`).
    pub fn fromkeys_prepare(&mut self, n: usize, unicode: bool) {
        self.split = None;
        self.resize(estimate_keysize(n), unicode);
    }

    /// What `dict.copy()` (`PyDict_Copy`) does first for a combined source that is at
    /// most a third deleted (`mp->ma_used >= (mp->ma_keys->dk_nentries * 2) / 3`): the
    /// copy gets a clone of its table, so it has the source's size.
    pub fn copy_prepare(&mut self, src: MergeSource) {
        if src.used > 0 && !src.split && src.used >= src.nentries * 2 / 3 {
            self.resize(src.size, src.unicode);
        }
    }

    /// The dict CPython's clone of this one's keys object (`clone_combined_dict_keys`,
    /// taken by `dict.copy()` and by `dict_merge` into an empty dict) comes to when
    /// the clone and the merge's insertion agree: a combined table with no deleted
    /// entries, copied to a table of the same size, entries in order with their
    /// stored hashes, as `copy_prepare`/`merge_prepare` and one insertion per entry
    /// would build it. None for a split, empty or holed table (the caller takes the
    /// general path). The caller takes the references to the keys and values.
    pub fn clone_clean(&self) -> Option<DictObj> {
        let used = self.len();
        if self.split.is_some() || used == 0 || self.table.len() != used {
            return None;
        }
        let size = self.indices.len();
        let usable = usable_fraction(size);
        let table = match &self.table {
            Table::Unicode { entries, used } => {
                let mut e = Vec::with_capacity(usable);
                e.extend_from_slice(entries);
                Table::Unicode {
                    entries: e,
                    used: *used,
                }
            }
            Table::General { entries, used } => {
                let mut e = Vec::with_capacity(usable);
                e.extend_from_slice(entries);
                Table::General {
                    entries: e,
                    used: *used,
                }
            }
        };
        let mut indices = Indices::None;
        indices.reset(size);
        with_entries!(&table, es => {
            for (ix, e) in es.iter().enumerate() {
                indices.insert_empty(e.probe_hash(), ix);
            }
        });
        Some(DictObj {
            indices,
            table,
            version: used as u64,
            split: None,
        })
    }

    /// Whether `dict_merge` of a dict shaped `src` into this one clones the source's
    /// keys (the first branch of `merge_prepare`): this dict is empty and the source
    /// combined, clean and not sparse.
    pub fn merge_clones(&self, src: MergeSource) -> bool {
        self.is_empty()
            && src.used > 0
            && !src.split
            && src.nentries == src.used
            && (src.size == MIN_SIZE || usable_fraction(src.size / 2) < src.used)
    }

    /// Every key and value (for the references a clone takes).
    pub fn for_each_ref(&self, mut f: impl FnMut(Value)) {
        with_entries!(&self.table, es => {
            for e in es.iter().filter(|e| e.live()) {
                let e = e.entry();
                f(e.key);
                f(e.value);
            }
        });
    }

    /// What `merge_prepare` needs to know about a source dict.
    pub fn merge_source(&self) -> MergeSource {
        MergeSource {
            used: self.len(),
            nentries: self.table.len(),
            size: self.indices.len(),
            unicode: self.table.is_unicode(),
            split: self.split.is_some(),
        }
    }

    /// Rebuilds the table with `size` index slots in the given layout (CPython's
    /// `dictresize`). A general table stays general (`unicode` is then ignored).
    ///
    /// The entries move at most once: deleted entries are squeezed out in place and the
    /// same Vec grows to the new usable size (for big tables `realloc` remaps pages
    /// instead of copying). Draining into a temporary and pushing into a fresh Vec copied
    /// every entry twice and held three entry arrays at once, which set the peak RSS of
    /// a growing 900k-entry dict.
    fn resize(&mut self, size: usize, unicode: bool) {
        let usable = usable_fraction(size);
        let used = self.len();
        if !unicode {
            if let Table::Unicode { entries, .. } = &self.table {
                // To the general layout: each live entry widens into a new array
                // (once per dict at most). A str key's hash keeps only its low 32
                // bits, all probing needs (see `stored_hash`).
                let mut g = Vec::with_capacity(usable.max(used));
                g.extend(entries.iter().filter(|e| e.live()).map(|e| GEntry {
                    hash: e.h32 as i64,
                    key: Value::Obj(e.key),
                    value: e.value,
                }));
                self.table = Table::General {
                    entries: g,
                    used: used as u32,
                };
            }
        }
        with_entries!(&mut self.table, e => compact(e, used, usable));
        self.indices.reset(size);
        // The table was just cleared and has room for every entry: plain probing for
        // an EMPTY slot (no DUMMY can exist yet).
        let indices = &mut self.indices;
        with_entries!(&self.table, es => {
            for (ix, e) in es.iter().enumerate() {
                indices.insert_empty(e.probe_hash(), ix);
            }
        });
    }

    /// Removes entry `ix`, returning its key and value (ownership passes to the caller).
    pub fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        let e = self.table.get(ix).unwrap_or(Entry {
            key: Value::Undef,
            value: Value::Undef,
        });
        if e.key.is_undef() {
            return (Value::Undef, Value::Undef);
        }
        let h32 = self.table.probe_hash(ix);
        let mask = self.mask();
        let mut perturb = h32 as u64;
        let mut i = (h32 as usize) & mask;
        while self.indices.get(i) != ix as i32 {
            i = next_probe(i, &mut perturb, mask);
        }
        self.indices.set(i, DUMMY);
        with_entries!(&mut self.table, es => es[ix].kill());
        *self.table.used_mut() -= 1;
        self.version += 1;
        (e.key, e.value)
    }

    /// Removes everything (`dict.clear()` returns to the shared empty table).
    ///
    /// Minimal-table allocations are kept (cleared) for reuse, by this dict or, once it
    /// is freed, by a new one (`Heap::recycle_dict`); bigger ones are freed, as CPython
    /// frees a cleared dict's keys.
    pub fn drain_into(&mut self, out: &mut Vec<Value>) {
        with_entries!(&mut self.table, es => {
            for e in es.drain(..) {
                if e.live() {
                    let e = e.entry();
                    out.push(e.key);
                    out.push(e.value);
                }
            }
            if es.capacity() > usable_fraction(MIN_SIZE) {
                *es = Vec::new();
            }
        });
        if !self.table.is_unicode() {
            // Every new table starts unicode (a recycled one too): a general layout's
            // kept entries cannot serve it.
            self.table = Self::empty_table(true);
        }
        *self.table.used_mut() = 0;
        self.indices.clear();
        self.split = None;
        self.version += 1;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = Entry> + '_ {
        let (u, g): (&[UEntry], &[GEntry]) = match &self.table {
            Table::Unicode { entries, .. } => (entries, &[]),
            Table::General { entries, .. } => (&[], entries),
        };
        u.iter()
            .filter(|e| e.live())
            .map(|e| e.entry())
            .chain(g.iter().filter(|e| e.live()).map(|e| e.entry()))
    }

    /// The first live entry at or after raw position `pos` (for iterators): returns
    /// the raw index found.
    pub fn next_from(&self, pos: usize) -> Option<usize> {
        with_entries!(&self.table, es => es.get(pos..).and_then(|s| s.iter().position(|e| e.live())).map(|i| i + pos))
    }

    /// Index of the last live entry (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        with_entries!(&self.table, es => es.iter().rposition(|e| e.live()))
    }

    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        for e in self.iter() {
            f(e.key);
            f(e.value);
        }
    }

    /// The size of the index table (CPython's `dk_size`; 8 for the shared empty
    /// keys an empty dict starts with).
    pub fn index_size(&self) -> usize {
        match self.indices.len() {
            0 => 8,
            n => n,
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
        let entry = if self.table.is_unicode() { 16 } else { 24 };
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

    /// A str key stand-in: a handle the table never dereferences.
    fn skey(d: &mut DictObj, k: i64) {
        d.insert_new(
            k,
            Value::Obj(ObjRef(1000 + k as u32)),
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
        skey(&mut d, 7);
        let ep = with_entries!(&d.table, e => e.as_ptr() as *const u8);
        let mut out = Vec::new();
        d.drain_into(&mut out);
        assert_eq!(out.len(), 2);
        assert!(d.is_recyclable());
        assert_eq!(d.sizeof(), 64);
        d.presize(1);
        skey(&mut d, 8);
        assert_eq!(with_entries!(&d.table, e => e.as_ptr() as *const u8), ep);
        assert_eq!(d.sizeof(), 184);
        // A general table is not kept (new tables start unicode), and sizes follow.
        ins(&mut d, 9);
        d.drain_into(&mut out);
        assert!(d.is_unicode() && d.is_recyclable());
        d.presize(1);
        ins(&mut d, 10);
        assert_eq!(d.sizeof(), 224);
        // A big table is not kept.
        let mut big = DictObj::new();
        for k in 0..100 {
            ins(&mut big, k);
        }
        big.drain_into(&mut out);
        assert!(big.is_recyclable());
        assert_eq!(big.table.capacity(), 0);
        assert_eq!(big.sizeof(), 64);
    }

    #[test]
    fn unicode_tables_convert_and_keep_finding_by_the_low_hash_bits() {
        let hi = 0x1234_5678_9abc_def0u64 as i64;
        let k = Value::Obj(ObjRef(77));
        let mut d = DictObj::new();
        d.insert_new(hi, k, crate::runtime::heap::Heap::small_int(1), true);
        assert!(d.is_unicode());
        assert_eq!(d.sizeof(), 64 + 32 + 8 + 5 * 16);
        assert_eq!(d.find(hi, |x| x.is(k)), Some(0));
        assert_eq!(d.find_str(hi, |r| r == ObjRef(77)), Some(Some(0)));
        // The first non-str key: general layout, CPython's insertion_resize.
        ins(&mut d, 3);
        assert!(!d.is_unicode());
        assert_eq!(d.sizeof(), 64 + 32 + 16 + 10 * 24);
        assert_eq!(d.find_str(hi, |_| true), None);
        assert_eq!(d.find(hi, |x| x.is(k)), Some(0));
        assert_eq!(d.stored_hash(1), Some(3));
        // 2-byte, then 4-byte index arrays.
        // Other keys as stand-in handles (never dereferenced), marked not str.
        let gkey = |d: &mut DictObj, n: i64| {
            d.insert_new(
                n,
                Value::Obj(ObjRef(1_000_000 + n as u32)),
                Value::None,
                false,
            )
        };
        for n in 10..400 {
            gkey(&mut d, n);
        }
        assert!(matches!(d.indices, Indices::B2(_)));
        assert_eq!(d.find(hi, |x| x.is(k)), Some(0));
        for n in 400..50_000 {
            gkey(&mut d, n);
        }
        assert!(matches!(d.indices, Indices::B4(_)));
        assert_eq!(d.find(hi, |x| x.is(k)), Some(0));
        let probe = Value::Obj(ObjRef(1_000_777));
        assert_eq!(
            d.find(777, |x| x.is(probe)),
            Some(d.nentries() - 50_000 + 777)
        );
        let (key, _) = d.remove_at(0);
        assert!(key.is(k));
        assert_eq!(d.find(hi, |x| x.is(k)), None);
        assert_eq!(d.len(), 50_000 - 10 + 1);
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
