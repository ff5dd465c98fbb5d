//! The number arena: every int that fits in `i64` and every float, as objects with
//! CPython's identity, reference count and lifetime (CPython's `PyLongObject` and
//! `PyFloatObject`, with the float free list and the small-int cache).
//!
//! # Invariants
//! 1. Slots `0..SMALL_INTS` are the small ints -5..=256, in order, made by
//!    `Heap::new`; the cache owns one reference to each, so they are never freed.
//! 2. A live slot has `rc > 0` and `flags & NUM_FREE == 0`; `bits` is the i64 (as
//!    u64) or the f64 bits. Which of the two is known only from the `Value` variant
//!    that refers to the slot (`Value::Int`/`Value::Float`); the arena does not care.
//! 3. A free slot has `rc == 0`, `flags == NUM_FREE`, and `bits` holds the index of the
//!    next free slot (`NO_FREE` ends the list): the free lists are intrusive, so
//!    allocating and freeing a number touches one 16-byte slot and one field. There
//!    are three, as CPython reuses a number's memory (`free_lists.rs`): the float free
//!    list (`PyFloat_MAXFREELIST`, 100 floats, on top of the phantoms start-up left
//!    there, below any real entry), and the allocator's 32-byte class (floats the
//!    free list has no room for, ints below 2**60) and 48-byte class (bigger ints).
//!    A free slot is on exactly one of them.
//! 4. A number holds no references, has no finalizer and cannot be weakly referenced,
//!    so the slot is freed the moment its count reaches zero (no zero queue).
//! 5. Every `NumRef` the VM holds was made by this arena (`alloc_num`, or a small int
//!    of invariant 1), and the arena never shrinks, so a `NumRef`'s index is always
//!    below `slots.len()`. The accessors index without a bounds check on the strength
//!    of this (a tenth of the instructions of a float loop went to the checks);
//!    debug builds check every access.
//! 6. `Heap::live` counts object slots only; `Heap::live_count` adds the live numbers,
//!    counted when asked (keeping a counter cost two memory writes per number); traced
//!    numbers (`FLAG_TRACED`) are in `TraceState::sizes` under `NUM_TRACE_KEY | index`.

use super::{Heap, FLAG_TRACED};
use crate::value::{NumRef, Scalar, Value};

/// Ints -5..=256 are cached (CPython's `_PY_NSMALLNEGINTS` / `_PY_NSMALLPOSINTS`).
pub const SMALL_MIN: i64 = -5;
pub const SMALL_MAX: i64 = 256;
pub const SMALL_INTS: usize = (SMALL_MAX - SMALL_MIN + 1) as usize;

/// Flag of a free number slot.
pub const NUM_FREE: u32 = 1 << 16;
/// Flag of a float (ints have it clear): only the inspection views and tracemalloc's
/// sizes read it; the VM knows the kind from the `Value` variant.
pub const NUM_FLOAT: u32 = 1 << 17;
/// End of the free list.
const NO_FREE: u32 = u32::MAX;
/// Trace-table keys of numbers (object slots use their plain index).
pub const NUM_TRACE_KEY: u32 = 1 << 31;

/// One int or float object: 16 bytes.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct NumSlot {
    pub rc: u32,
    /// `FLAG_TRACED` (low byte, as object slots), `NUM_FREE` and `NUM_FLOAT`.
    pub flags: u32,
    pub bits: u64,
}

const _: () = assert!(std::mem::size_of::<NumSlot>() == 16);

/// `PyFloat_MAXFREELIST`.
const FLOAT_FREE_MAX: u32 = 100;
/// Floats on CPython 3.11.7's free list when a script's first line runs
/// (`sys._debugmallocstats()`).
pub const FLOAT_FREE_AT_STARTUP: u32 = 4;
/// Free slots one size class must hold before the other takes one of them.
const STEAL_MIN: u32 = 64;

/// The arena: slots and the heads of the free lists (invariant 3).
pub struct Nums {
    pub slots: Vec<NumSlot>,
    /// The allocator's 32-byte and 48-byte classes.
    free: [u32; 2],
    free_counts: [u32; 2],
    /// The float free list's real entries (slots), and its phantoms below them.
    float_free: u32,
    float_len: u32,
    float_phantoms: u32,
}

impl Nums {
    /// The arena with the small-int cache made (invariant 1).
    pub fn new() -> Nums {
        let slots = (SMALL_MIN..=SMALL_MAX)
            .map(|i| NumSlot {
                rc: 1,
                flags: 0,
                bits: i as u64,
            })
            .collect();
        Nums {
            slots,
            free: [NO_FREE; 2],
            free_counts: [0; 2],
            float_free: NO_FREE,
            float_len: 0,
            float_phantoms: 0,
        }
    }
}

impl Nums {
    /// The slot of `n` (invariant 5).
    #[inline(always)]
    fn at(&self, n: NumRef) -> &NumSlot {
        debug_assert!(n.index() < self.slots.len(), "number handle out of range");
        // SAFETY: `n` was made by this arena, which never shrinks (invariant 5).
        unsafe { self.slots.get_unchecked(n.index()) }
    }

    /// The slot of `n`, mutably (invariant 5).
    #[inline(always)]
    fn at_mut(&mut self, n: NumRef) -> &mut NumSlot {
        debug_assert!(n.index() < self.slots.len(), "number handle out of range");
        // SAFETY: as in `at`.
        unsafe { self.slots.get_unchecked_mut(n.index()) }
    }
}

impl Nums {
    /// The allocator's class of a number: 0 for 32 bytes (a float, an int of one or
    /// two 30-bit digits), 1 for 48 (three digits).
    #[inline(always)]
    fn class_of(bits: u64, kind: u32) -> usize {
        let i = bits as i64;
        (kind & NUM_FLOAT == 0 && !(-(1i64 << 60) < i && i < (1i64 << 60))) as usize
    }

    /// The free slot CPython's float free list or allocator hands out for a new
    /// number (None: a never-used slot).
    #[inline(always)]
    fn pop_free(&mut self, bits: u64, kind: u32) -> Option<u32> {
        if kind & NUM_FLOAT != 0 && self.float_len + self.float_phantoms > 0 {
            let i = self.float_free;
            if i == NO_FREE {
                // A phantom: memory mempy never handed out.
                self.float_phantoms -= 1;
                return None;
            }
            self.float_free = self.at(NumRef(i)).bits as u32;
            self.float_len -= 1;
            return Some(i);
        }
        let c = Self::class_of(bits, kind);
        let i = self.free[c];
        if i == NO_FREE {
            return self.steal(1 - c);
        }
        self.free[c] = self.at(NumRef(i)).bits as u32;
        self.free_counts[c] -= 1;
        Some(i)
    }

    /// A free slot of the other class `c` when it holds many (as `Heap::steal_slot`).
    #[inline(never)]
    fn steal(&mut self, c: usize) -> Option<u32> {
        if self.free_counts[c] < STEAL_MIN {
            return None;
        }
        let i = self.free[c];
        self.free[c] = self.at(NumRef(i)).bits as u32;
        self.free_counts[c] -= 1;
        Some(i)
    }

    /// Frees slot `n`: onto the float free list when it is a float and the list has
    /// room, else onto its class's list.
    #[inline(always)]
    fn push_free(&mut self, n: NumRef) {
        let s = *self.at(n);
        if s.flags & NUM_FLOAT != 0 && self.float_len + self.float_phantoms < FLOAT_FREE_MAX {
            let head = self.float_free;
            *self.at_mut(n) = NumSlot {
                rc: 0,
                flags: NUM_FREE,
                bits: head as u64,
            };
            self.float_free = n.0;
            self.float_len += 1;
            return;
        }
        self.push_class(n.0, Self::class_of(s.bits, s.flags));
    }

    /// Puts free slot `i` on class `c`'s list.
    #[inline(always)]
    fn push_class(&mut self, i: u32, c: usize) {
        let head = self.free[c];
        *self.at_mut(NumRef(i)) = NumSlot {
            rc: 0,
            flags: NUM_FREE,
            bits: head as u64,
        };
        self.free[c] = i;
        self.free_counts[c] += 1;
    }
}

impl Default for Nums {
    fn default() -> Self {
        Nums::new()
    }
}

impl Heap {
    /// A new reference to the int `i`: a cached small int, or a new object.
    #[inline(always)]
    pub fn int(&mut self, i: i64) -> Value {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            let ix = (i - SMALL_MIN) as usize;
            // The small ints are slots 0..SMALL_INTS (invariant 1).
            let n = NumRef(ix as u32);
            self.nums.at_mut(n).rc += 1;
            Value::Int(n)
        } else {
            Value::Int(self.alloc_num(i as u64, 0))
        }
    }

    /// A *borrowed* reference to the cached small int `i` (-5..=256, e.g. a byte):
    /// the caller increfs it if it keeps it, as for an item read out of a container.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&i));
        Value::Int(NumRef((i - SMALL_MIN) as u32))
    }

    /// A new float object.
    #[inline(always)]
    pub fn float(&mut self, f: f64) -> Value {
        Value::Float(self.alloc_num(f.to_bits(), NUM_FLOAT))
    }

    /// The value with its number read out (see [`Scalar`]).
    #[inline(always)]
    pub fn scalar(&self, v: Value) -> Scalar {
        match v {
            Value::Int(n) => Scalar::Int(self.int_of(n)),
            Value::Float(n) => Scalar::Float(self.float_of(n)),
            Value::Obj(r) => Scalar::Obj(r),
            Value::Bool(b) => Scalar::Bool(b),
            Value::None => Scalar::None,
            Value::NotImplemented => Scalar::NotImplemented,
            Value::Ellipsis => Scalar::Ellipsis,
            Value::Undef => Scalar::Undef,
        }
    }

    /// The int value of `v` if it is an int object that fits in i64 (not bool).
    #[inline(always)]
    pub fn small_i64(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(n) => Some(self.int_of(n)),
            _ => None,
        }
    }

    /// The value of `v` if it is a float object.
    #[inline(always)]
    pub fn f64_of(&self, v: Value) -> Option<f64> {
        match v {
            Value::Float(n) => Some(self.float_of(n)),
            _ => None,
        }
    }

    /// The value of an int object.
    #[inline(always)]
    pub fn int_of(&self, n: NumRef) -> i64 {
        self.nums.at(n).bits as i64
    }

    /// The value of a float object.
    #[inline(always)]
    pub fn float_of(&self, n: NumRef) -> f64 {
        f64::from_bits(self.nums.at(n).bits)
    }

    /// Reference count of a number object.
    #[inline]
    pub fn num_rc(&self, n: NumRef) -> u32 {
        self.nums.at(n).rc
    }

    /// The reference count of `v`: an object's or a number's; None for the
    /// immediates (None, bools, NotImplemented, Ellipsis), which have none.
    pub fn refcount_of(&self, v: Value) -> Option<u32> {
        match v {
            Value::Obj(r) => Some(self.rc(r)),
            Value::Int(n) | Value::Float(n) => Some(self.num_rc(n)),
            _ => None,
        }
    }

    /// True for the cached small ints (never freed).
    #[inline]
    pub fn is_small_int(n: NumRef) -> bool {
        n.index() < SMALL_INTS
    }

    /// A fresh number slot with count 1.
    #[inline(always)]
    pub fn alloc_num(&mut self, bits: u64, kind: u32) -> NumRef {
        if self.trace.is_some() {
            return self.alloc_num_traced(bits, kind);
        }
        match self.nums.pop_free(bits, kind) {
            Some(i) => {
                *self.nums.at_mut(NumRef(i)) = NumSlot {
                    rc: 1,
                    flags: kind,
                    bits,
                };
                NumRef(i)
            }
            None => self.alloc_num_new(bits, kind),
        }
    }

    #[inline(never)]
    fn alloc_num_new(&mut self, bits: u64, flags: u32) -> NumRef {
        if self.nums.slots.len() == self.nums.slots.capacity() {
            super::grow_near_cap(&mut self.nums.slots);
        }
        self.nums.slots.push(NumSlot { rc: 1, flags, bits });
        NumRef(self.nums.slots.len() as u32 - 1)
    }

    #[inline(never)]
    fn alloc_num_traced(&mut self, bits: u64, kind: u32) -> NumRef {
        let n = if let Some(i) = self.nums.pop_free(bits, kind) {
            self.nums.slots[i as usize] = NumSlot {
                rc: 1,
                flags: kind | FLAG_TRACED as u32,
                bits,
            };
            NumRef(i)
        } else {
            self.alloc_num_new(bits, kind | FLAG_TRACED as u32)
        };
        let size = self.num_sizeof(n.index());
        if let Some(t) = &mut self.trace {
            t.sizes.insert(NUM_TRACE_KEY | n.0, size);
            t.sites.insert(NUM_TRACE_KEY | n.0, (t.site, t.serial));
            t.serial = t.serial.wrapping_add(1);
            t.current += size;
            t.peak = t.peak.max(t.current);
            if let Some(p) = &mut t.prof {
                p.on_alloc(NUM_TRACE_KEY | n.0, size);
            }
        }
        n
    }

    /// `sys.getsizeof` of the number in slot `i` (a float 24 bytes, an int by its
    /// number of 30-bit digits).
    pub fn num_sizeof(&self, i: usize) -> usize {
        let s = &self.nums.slots[i];
        if s.flags & NUM_FLOAT != 0 {
            24
        } else {
            crate::runtime::types::int::i64_size(s.bits as i64)
        }
    }

    /// True if slot `i` holds a float.
    #[inline]
    pub fn num_is_float(&self, i: usize) -> bool {
        self.nums.slots[i].flags & NUM_FLOAT != 0
    }

    #[inline(always)]
    pub fn incref_num(&mut self, n: NumRef) {
        self.nums.at_mut(n).rc += 1;
    }

    /// Drops one reference to a number; at zero the slot is freed at once (invariant 4).
    #[inline(always)]
    pub fn decref_num(&mut self, n: NumRef) {
        let s = self.nums.at_mut(n);
        debug_assert!(s.rc > 0, "decref of dead number #{}", n.0);
        s.rc -= 1;
        if s.rc == 0 {
            self.free_num(n);
        }
    }

    /// Frees a number whose count a [`super::counts::Counts`] brought to zero.
    #[inline(never)]
    pub fn free_dead_num(&mut self, n: NumRef) {
        debug_assert!(self.nums.at(n).rc == 0, "free of live number #{}", n.0);
        self.free_num(n);
    }

    #[inline(always)]
    fn free_num(&mut self, n: NumRef) {
        debug_assert!(
            !Self::is_small_int(n),
            "a cached small int lost its last reference"
        );
        if self.nums.at(n).flags & FLAG_TRACED as u32 != 0 {
            self.untrace_num(n);
        }
        self.nums.push_free(n);
    }

    /// `clear_freelists`: the float free list's slots go to the 32-byte class, its
    /// top first, and its phantoms are gone.
    pub(super) fn clear_float_free_list(&mut self) {
        let nums = &mut self.nums;
        while nums.float_free != NO_FREE {
            let i = nums.float_free;
            nums.float_free = nums.slots[i as usize].bits as u32;
            nums.push_class(i, 0);
        }
        nums.float_len = 0;
        nums.float_phantoms = 0;
    }

    /// Start-up's phantoms on an empty float free list.
    pub(super) fn set_float_phantoms(&mut self, n: u32) {
        debug_assert!(self.nums.float_len == 0);
        self.nums.float_phantoms = n;
    }

    /// Every free number slot (for the heap checker).
    pub fn free_num_slots(&self) -> impl Iterator<Item = u32> + '_ {
        let nums = &self.nums;
        [nums.free[0], nums.free[1], nums.float_free]
            .into_iter()
            .flat_map(move |head| {
                let mut i = head;
                std::iter::from_fn(move || {
                    if i == NO_FREE {
                        return None;
                    }
                    let cur = i;
                    i = nums.slots[i as usize].bits as u32;
                    Some(cur)
                })
            })
    }

    #[inline(never)]
    fn untrace_num(&mut self, n: NumRef) {
        if let Some(t) = &mut self.trace {
            if let Some(sz) = t.sizes.remove(&(NUM_TRACE_KEY | n.0)) {
                t.current -= sz;
                if let Some(p) = &mut t.prof {
                    p.on_free(NUM_TRACE_KEY | n.0, sz);
                }
            }
            t.sites.remove(&(NUM_TRACE_KEY | n.0));
        }
    }

    /// Number of live number objects, the small-int cache excluded (CPython makes
    /// those statically, outside the allocator `sys.getallocatedblocks` counts).
    pub fn live_nums(&self) -> usize {
        let nums = &self.nums;
        let free = nums.free_counts[0] + nums.free_counts[1] + nums.float_len;
        nums.slots.len() - SMALL_INTS - free as usize
    }

    /// True if the number slot is live.
    #[inline]
    pub fn num_is_live(&self, i: usize) -> bool {
        i < self.nums.slots.len() && self.nums.slots[i].flags & NUM_FREE == 0
    }

    /// Every live number slot (index, count) for the inspection views.
    pub fn live_num_slots(&self) -> impl Iterator<Item = (u32, &NumSlot)> + '_ {
        self.nums
            .slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.flags & NUM_FREE == 0)
            .map(|(i, s)| (i as u32, s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_are_shared_and_others_are_distinct() {
        let mut h = Heap::new();
        let a = h.int(100);
        let b = h.int(100);
        assert!(a.is(b));
        let c = h.int(1000);
        let d = h.int(1000);
        assert!(!c.is(d));
        let (Value::Int(c), Value::Int(d)) = (c, d) else {
            panic!()
        };
        assert_eq!(h.int_of(c), 1000);
        assert_eq!(h.num_rc(c), 1);
        h.decref_num(c);
        h.decref_num(d);
        // LIFO reuse of freed slots.
        let e = h.float(2.5);
        let Value::Float(e) = e else { panic!() };
        assert_eq!(e.raw(), d.raw());
        assert_eq!(h.float_of(e), 2.5);
    }
}
