//! The number arena: every int that fits in `i64` and every float, as objects with
//! CPython's identity, reference count and lifetime (CPython's `PyLongObject` and
//! `PyFloatObject`, with the float free list and the small-int cache).
//!
//! # Invariants
//! 1. Slots `0..SMALL_INTS` are the small ints -5..=256, in order, made by
//!    `Heap::new`; the cache owns one reference to each, so they are never freed.
//! 2. A live slot has `rc > 0` and `flags & NUM_FREE == 0`; `bits` is the i64 (as
//!    u64) or the f64 bits. The VM knows which from the `Value` variant that refers
//!    to the slot (`Value::Int`/`Value::Float`); the flags say it too, for freeing:
//!    `NUM_FLOAT` on a float, `NUM_BIG` on an int of the 48-byte class (|i| >= 2**60),
//!    set when the number is made (its value never changes).
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
/// Flag of a live int of the allocator's 48-byte class (|i| >= 2**60), set when it
/// is made so that freeing it needs no range test.
pub const NUM_BIG: u32 = 1 << 18;
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
    /// The float free list's real entries (slots), top first.
    float_free: u32,
    /// Entries on the float free list, its phantoms (below the real entries, so the
    /// chain from `float_free` is the real ones) included: at most `FLOAT_FREE_MAX`.
    /// One counter, so a pop and a push each change one field besides the head.
    float_entries: u32,
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
            float_entries: 0,
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
    /// The allocator's class of an int: 0 for 32 bytes (one or two 30-bit digits),
    /// 1 for 48 (three digits). Floats are class 0.
    #[inline(always)]
    fn int_class(i: i64) -> usize {
        // |i| < 2**60, as one unsigned compare.
        ((i as u64).wrapping_add((1u64 << 60) - 1) >= (1u64 << 61) - 1) as usize
    }

    /// The real entry on top of the float free list (None: the list is empty or
    /// holds only phantoms, `pop_float_slow`'s cases).
    #[inline(always)]
    fn pop_float(&mut self) -> Option<u32> {
        let i = self.float_free;
        if i == NO_FREE {
            return None;
        }
        self.float_free = self.at(NumRef(i)).bits as u32;
        self.float_entries -= 1;
        Some(i)
    }

    /// A float's memory when the free list has no real entry: a phantom (memory
    /// mempy never handed out: None), else the 32-byte class's.
    #[inline(never)]
    fn pop_float_slow(&mut self) -> Option<u32> {
        if self.float_entries > 0 {
            self.float_entries -= 1;
            return None;
        }
        self.pop_class(0)
    }

    /// The top free slot of class `c` (None: a never-used slot).
    #[inline(always)]
    fn pop_class(&mut self, c: usize) -> Option<u32> {
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

    /// Frees slot `n`, whose live flags are `flags`: onto the float free list when it
    /// is a float and the list has room, else onto its class's list.
    #[inline(always)]
    fn push_free(&mut self, n: NumRef, flags: u32) {
        if flags & NUM_FLOAT != 0 {
            if self.float_entries < FLOAT_FREE_MAX {
                *self.at_mut(n) = NumSlot {
                    rc: 0,
                    flags: NUM_FREE,
                    bits: self.float_free as u64,
                };
                self.float_free = n.0;
                self.float_entries += 1;
                return;
            }
            return self.push_class(n.0, 0);
        }
        self.push_class(n.0, (flags & NUM_BIG != 0) as usize);
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

    /// Real entries on the float free list (a walk of at most `FLOAT_FREE_MAX`).
    fn float_len(&self) -> u32 {
        let (mut i, mut n) = (self.float_free, 0);
        while i != NO_FREE {
            n += 1;
            i = self.at(NumRef(i)).bits as u32;
        }
        n
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

    /// `a op b`'s float result `f` as a new reference, and the operands' references
    /// (the caller's two) let go of, in CPython's order: the result takes the top of
    /// the float free list, then `a` is released, then `b`, a dying operand going on
    /// top of the list. When an operand dies and the list's top is a real entry,
    /// the three steps are done as one: the result is written into the top slot and
    /// the operand's slot becomes the new top, linked to what was below it (the
    /// list's length does not change), the same slots and links as the three steps.
    #[inline(always)]
    pub fn float_result(&mut self, f: f64, a: Value, b: Value) -> Value {
        let bits = f.to_bits();
        if self.trace.is_none() {
            if let Some(v) = self.fused_result(bits, NUM_FLOAT, a, b) {
                return v;
            }
        }
        let v = Value::Float(self.alloc_float(bits));
        self.decref(a);
        self.decref(b);
        v
    }

    /// `float_result` for an int result `i`: the result's memory is the top of its
    /// allocator class, and a dying int operand of the same class fuses as a float
    /// does there (a cached small int takes no memory and never dies).
    #[inline(always)]
    pub fn int_result(&mut self, i: i64, a: Value, b: Value) -> Value {
        if !(SMALL_MIN..=SMALL_MAX).contains(&i) && self.trace.is_none() {
            let flags = (Nums::int_class(i) as u32) * NUM_BIG;
            if let Some(v) = self.fused_result(i as u64, flags, a, b) {
                return v;
            }
        }
        let v = self.int(i);
        self.decref(a);
        self.decref(b);
        v
    }

    /// The fused steps of `float_result`/`int_result` (not tracing) for a result of
    /// kind `flags`: None, with nothing changed, when neither operand dies as the
    /// first to be let go of (an immediate or object operand, a number of another
    /// kind or class, a survivor, or no real free entry on top).
    #[inline(always)]
    fn fused_result(&mut self, bits: u64, flags: u32, a: Value, b: Value) -> Option<Value> {
        // `a` dies: the result's memory, then `a`'s, then `b` let go of.
        if let Some(x) = self.same_kind_num(a, flags) {
            let s = *self.nums.at(x);
            if s.rc == 1 && s.flags == flags {
                let r = self.replace_top(bits, flags, x)?;
                self.decref(b);
                return Some(r);
            }
        }
        // `a` survives (its count drops, nothing is freed) and `b` dies.
        let y = self.same_kind_num(b, flags)?;
        let s = *self.nums.at(y);
        if s.rc != 1 || s.flags != flags {
            return None;
        }
        self.top_for(flags)?;
        match a {
            Value::Int(n) | Value::Float(n) => {
                let sa = self.nums.at_mut(n);
                if sa.rc == 1 {
                    return None;
                }
                sa.rc -= 1;
            }
            Value::Obj(_) => return None,
            _ => {}
        }
        self.replace_top(bits, flags, y)
    }

    /// The number behind `v` when `v` is a number of the kind `flags` says (a float
    /// for `NUM_FLOAT`, else an int).
    #[inline(always)]
    fn same_kind_num(&self, v: Value, flags: u32) -> Option<NumRef> {
        match v {
            Value::Float(n) if flags & NUM_FLOAT != 0 => Some(n),
            Value::Int(n) if flags & NUM_FLOAT == 0 => Some(n),
            _ => None,
        }
    }

    /// The real entry on top of the list a new number of kind `flags` is taken from.
    #[inline(always)]
    fn top_for(&self, flags: u32) -> Option<u32> {
        let h = if flags & NUM_FLOAT != 0 {
            self.nums.float_free
        } else {
            self.nums.free[(flags & NUM_BIG != 0) as usize]
        };
        (h != NO_FREE).then_some(h)
    }

    /// The result `bits` written into the top entry of its list, and `dying` (a
    /// number of the same kind and class whose last reference is being dropped, not
    /// traced) put on the list in its place, linked to the entry below.
    #[inline(always)]
    fn replace_top(&mut self, bits: u64, flags: u32, dying: NumRef) -> Option<Value> {
        let h = self.top_for(flags)?;
        let nums = &mut self.nums;
        let next = nums.at(NumRef(h)).bits;
        *nums.at_mut(NumRef(h)) = NumSlot { rc: 1, flags, bits };
        *nums.at_mut(dying) = NumSlot {
            rc: 0,
            flags: NUM_FREE,
            bits: next,
        };
        if flags & NUM_FLOAT != 0 {
            nums.float_free = dying.0;
            Some(Value::Float(NumRef(h)))
        } else {
            nums.free[(flags & NUM_BIG != 0) as usize] = dying.0;
            Some(Value::Int(NumRef(h)))
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

    /// A fresh number slot with count 1 (`kind` is 0 or `NUM_FLOAT`).
    #[inline(always)]
    pub fn alloc_num(&mut self, bits: u64, kind: u32) -> NumRef {
        if kind & NUM_FLOAT != 0 {
            self.alloc_float(bits)
        } else {
            self.alloc_int(bits as i64)
        }
    }

    /// A new float object's slot: the float free list's top entry, written in place
    /// (CPython's `PyFloat_FromDouble` popping `state->free_list`). Everything else
    /// (a phantom, an empty list, tracing) is `alloc_num_slow`'s.
    #[inline(always)]
    fn alloc_float(&mut self, bits: u64) -> NumRef {
        if self.trace.is_none() {
            if let Some(i) = self.nums.pop_float() {
                *self.nums.at_mut(NumRef(i)) = NumSlot {
                    rc: 1,
                    flags: NUM_FLOAT,
                    bits,
                };
                return NumRef(i);
            }
        }
        self.alloc_num_slow(bits, NUM_FLOAT)
    }

    /// A new int object's slot: the top free slot of its allocator class, written
    /// in place; a class with none, and tracing, are `alloc_num_slow`'s.
    #[inline(always)]
    fn alloc_int(&mut self, i: i64) -> NumRef {
        let c = Nums::int_class(i);
        let flags = (c as u32) * NUM_BIG;
        if self.trace.is_none() {
            let nums = &mut self.nums;
            let h = nums.free[c];
            if h != NO_FREE {
                nums.free[c] = nums.at(NumRef(h)).bits as u32;
                nums.free_counts[c] -= 1;
                *nums.at_mut(NumRef(h)) = NumSlot {
                    rc: 1,
                    flags,
                    bits: i as u64,
                };
                return NumRef(h);
            }
        }
        self.alloc_num_slow(i as u64, flags)
    }

    /// `alloc_float`/`alloc_int` off their fast paths: a phantom or the 32-byte
    /// class for a float, the other class's slot for an int (`steal`), a never-used
    /// slot, and the tracemalloc accounting while tracing.
    #[inline(never)]
    fn alloc_num_slow(&mut self, bits: u64, flags: u32) -> NumRef {
        let free = if flags & NUM_FLOAT != 0 {
            match self.nums.pop_float() {
                Some(i) => Some(i),
                None => self.nums.pop_float_slow(),
            }
        } else {
            self.nums.pop_class((flags & NUM_BIG != 0) as usize)
        };
        let traced = self.trace.is_some();
        let flags = if traced {
            flags | FLAG_TRACED as u32
        } else {
            flags
        };
        let n = match free {
            Some(i) => {
                *self.nums.at_mut(NumRef(i)) = NumSlot { rc: 1, flags, bits };
                NumRef(i)
            }
            None => self.alloc_num_new(bits, flags),
        };
        if traced {
            self.trace_num(n);
        }
        n
    }

    #[inline(always)]
    fn alloc_num_new(&mut self, bits: u64, flags: u32) -> NumRef {
        if self.nums.slots.len() == self.nums.slots.capacity() {
            super::grow_near_cap(&mut self.nums.slots);
        }
        self.nums.slots.push(NumSlot { rc: 1, flags, bits });
        NumRef(self.nums.slots.len() as u32 - 1)
    }

    /// tracemalloc's record of a number just made.
    fn trace_num(&mut self, n: NumRef) {
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
        let flags = self.nums.at(n).flags;
        if flags & FLAG_TRACED as u32 != 0 {
            self.untrace_num(n);
        }
        self.nums.push_free(n, flags);
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
        nums.float_entries = 0;
    }

    /// Start-up's phantoms on an empty float free list.
    pub(super) fn set_float_phantoms(&mut self, n: u32) {
        debug_assert!(self.nums.float_entries == 0);
        self.nums.float_entries = n;
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
        let free = nums.free_counts[0] + nums.free_counts[1] + nums.float_len();
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
