//! `DictObj` (CPython `PyDictObject` with a combined `PyDictKeysObject`,
//! Objects/dictobject.c).
//!
//! The table is CPython 3.11's compact dict: a sparse `indices` array (a power of two in
//! size) pointing into a dense, insertion-ordered `entries` array. Sizes, growth
//! (`GROWTH_RATE = used * 3`), the usable fraction (2/3) and the probe sequence
//! (`perturb >>= 5; i = i*5 + perturb + 1`) are CPython's, so iteration order and
//! `sys.getsizeof` match. Key equality beyond identity is the caller's job (it may run
//! Python `__eq__`), so lookups take an equality callback.

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
    indices: Vec<i32>,
    pub entries: Vec<Entry>,
    /// Number of live entries (`len(d)`).
    pub used: usize,
    /// All keys so far were str (CPython's `DICT_KEYS_UNICODE` layout: 16-byte entries).
    unicode: bool,
    /// Bumped on every insertion or deletion, to detect mutation during iteration.
    pub version: u64,
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

/// Smallest power of two >= `minsize`, at least 8 (CPython's `calculate_log2_keysize`).
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
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            unicode: true,
            version: 0,
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
            self.indices.resize(size, EMPTY);
            self.entries.reserve_exact(usable_fraction(size));
        }
    }

    /// Whether this emptied dict is worth keeping on the heap's free list: only the
    /// allocations of minimal tables are kept (CPython's dict and keys free lists also
    /// hold only minimum-size key tables).
    pub fn is_recyclable(&self) -> bool {
        self.used == 0
            && self.indices.is_empty()
            && self.entries.is_empty()
            && self.indices.capacity() <= MIN_SIZE
            && self.entries.capacity() <= usable_fraction(MIN_SIZE)
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Finds the entry index of a key with this hash for which `eq(key)` holds.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 {
                let e = &self.entries[ix as usize];
                if e.hash == hash && eq(e.key) {
                    return Some(ix as usize);
                }
            }
            i = next_probe(i, &mut perturb, mask);
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
            let ix = self.indices[i];
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
        if self.indices.is_empty() {
            // Reuses a recycled dict's kept allocations; otherwise allocates exactly
            // the minimal table (a growing Vec would allocate 4, then 8 entries).
            self.indices.resize(MIN_SIZE, EMPTY);
            self.entries.reserve_exact(usable_fraction(MIN_SIZE));
            self.unicode = key_is_str;
        } else if self.unicode && !key_is_str {
            // CPython converts the table to the general layout with a resize.
            self.resize(size_for(self.used * 3), false);
        }
        if self.usable_left() == 0 {
            let unicode = self.unicode;
            self.resize(size_for(self.used * 3), unicode);
        }
        let ix = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        let slot = self.free_slot(hash);
        self.indices[slot] = ix as i32;
        self.used += 1;
        self.version += 1;
    }

    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] >= 0 || self.indices[i] == DUMMY {
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
        if self.entries.len() != self.used {
            self.entries.retain(|e| !e.key.is_undef());
        }
        let usable = usable_fraction(size);
        if self.entries.capacity() < usable {
            self.entries.reserve_exact(usable - self.entries.len());
        } else if self.entries.capacity() > usable {
            self.entries.shrink_to(usable);
        }
        self.unicode = unicode;
        if self.indices.len() == size {
            self.indices.fill(EMPTY);
        } else {
            self.indices = vec![EMPTY; size];
        }
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            // The table was just cleared and has room for every entry: plain probing
            // for an EMPTY slot (no DUMMY can exist yet).
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                i = next_probe(i, &mut perturb, mask);
            }
            self.indices[i] = ix as i32;
        }
    }

    /// Removes entry `ix`, returning its key and value (ownership passes to the caller).
    pub fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        let e = self.entries[ix];
        let mask = self.mask();
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        while self.indices[i] != ix as i32 {
            i = next_probe(i, &mut perturb, mask);
        }
        self.indices[i] = DUMMY;
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
        if self.indices.capacity() > MIN_SIZE {
            self.indices = Vec::new();
        } else {
            self.indices.clear();
        }
        self.used = 0;
        self.unicode = true;
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

    fn ins(d: &mut DictObj, k: i64) {
        d.insert_new(k, Value::Int(k), Value::Int(k), false);
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
        let (ip, ep) = (d.indices.as_ptr(), d.entries.as_ptr());
        let mut out = Vec::new();
        d.drain_into(&mut out);
        assert_eq!(out.len(), 2);
        assert!(d.is_recyclable());
        assert_eq!(d.sizeof(), 64);
        d.presize(1);
        ins(&mut d, 8);
        assert_eq!((d.indices.as_ptr(), d.entries.as_ptr()), (ip, ep));
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
        let ix = d.find(42, |k| matches!(k, Value::Int(42))).unwrap();
        d.remove_at(ix);
        assert!(d.find(42, |k| matches!(k, Value::Int(42))).is_none());
        assert_eq!(d.len(), 99);
        assert!(d.find(43, |k| matches!(k, Value::Int(43))).is_some());
    }
}
