//! The heap: every non-scalar Python object lives here, addressed by [`ObjRef`] handles.
//!
//! Mirrors CPython's object allocator plus `ob_refcnt`: each slot holds one object and its
//! exact reference count. There is no `Rc<RefCell<_>>`: the VM increments and decrements
//! counts by hand, CPython-style, so `sys.getrefcount`, `del` and `__del__` behave as in
//! CPython.
//!
//! # Invariants
//! 1. `slots[i].rc` equals the number of owned references to object `i` held by the value
//!    stack, frames, containers, attributes, cells, code-object constants and the VM's own
//!    tables (builtin types, interned strings, modules); the same holds for every number
//!    in `nums`. Immortal objects are no exception: they are never freed, but their
//!    counts are exact too. Debug builds prove this at quiet points (after `gc.collect()`
//!    from the outermost dispatch loop, at the end of the main script, after each REPL
//!    input): `check.rs` counts the references each live object's `traverse` visits plus
//!    the VM's roots (`Vm::visit_roots`, `vm/roots.rs`) and requires equality.
//! 2. A slot whose `rc` reaches zero is never touched again by user code: it is pushed on
//!    `zero_queue` and released by the VM at the next safe point (`Vm::drain_zero_queue`),
//!    which runs `__del__`, clears weak references, and decrefs children *iteratively*
//!    (so freeing a million-long linked list never recurses on the Rust stack, which is
//!    what CPython's "trashcan" achieves). Exception: an exact tuple, list, dict, set,
//!    frozenset, builtin iterator, slice, function, finished generator or instance
//!    of a class without `__del__` (no finalizer, no weak reference, nothing for the
//!    VM to do) is released at once by
//!    `decref_obj`, as CPython's deallocators do, its items let
//!    go of in CPython's order; an item of those kinds that dies in turn is released
//!    the same way up to `FREE_NOW_DEPTH` levels deep, any other item that dies (or
//!    one deeper) is queued (a str or a number: freed), so the recursion stays
//!    bounded. Not while `defer_frees` is set (a collection is running or the
//!    `--trace` recorder wants to see every free go through the VM).
//! 3. A freed slot holds `Obj::Free` and is on exactly one free list: the list of
//!    its size class (`free_heads[slot.bin]`, linked through `meta[i].gen_pos`, last
//!    freed first) or one of CPython's type free lists (`cpython_free`); handles are
//!    reused where CPython reuses addresses (`free_lists.rs`), so `id()` is unique
//!    only among live objects. `Heap::alloc` relies on this: it overwrites a free
//!    slot's payload without running drop glue.
//! 4. Tracked containers (see `Obj::is_gc_tracked`) are in exactly one generation list
//!    (`gens[slot.gen]`) at position `meta[i].gen_pos`, for the cycle collector
//!    (`heap/gc.rs`).
//! 5. `meta.len() == slots.len()`, and `meta[i].gc_refs == 0` except inside a collection,
//!    which marks exactly the objects it examines with nonzero values and zeroes them
//!    again before anything else (finalizers, frees) can run.
//! 6. Every `ObjRef` the VM holds was made by this heap (`alloc`), slot 0 (never an
//!    object) or an index below `slots.len()` read off the heap itself, and the slot
//!    table never shrinks: a handle's index is always in bounds, stale or not. The
//!    accessors (`at`, `at_mut`, hence `get`, `incref`, `decref_obj`...) index without
//!    a bounds check on the strength of this, as the number arena does (the checks were
//!    ~8% of the instructions of an attribute-store loop); debug builds check.
//! 7. Free lists (`dict_free`, `gen_free`) hold emptied payload allocations of released objects, for
//!    reuse by new objects of the same kind; a recycled payload is indistinguishable from
//!    a new one (same `len`, same `sys.getsizeof`), only its Rust capacity is kept.

pub mod check;
pub mod counts;
pub mod free_lists;
pub mod fxhash;
pub mod gc;
pub mod memprof;
pub mod nums;
pub mod sizeof;

use crate::runtime::object::{DictObj, IterObj, Obj};
use crate::runtime::types::generator::GenState;
use crate::runtime::types::set::SetSlot;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

/// How deep `free_now` releases nested tuples, lists, sets and iterators itself
/// before queueing them.
const FREE_NOW_DEPTH: u32 = 16;

/// Entries of the direct-mapped cache in front of the string intern table.
const INTERN_CACHE: usize = 256;
/// Most dicts kept on the free list (CPython's `PyDict_MAXFREELIST`).
const DICT_FREE_MAX: usize = 80;
/// Free slots one size class must hold before another class takes one of them
/// (`Heap::steal_slot`).
const STEAL_MIN: u32 = 64;

/// Object flag: `__del__` already ran once (PEP 442: finalizers run at most once).
pub const FLAG_FINALIZED: u8 = 1;
/// Object flag: the object is in a generation list.
pub const FLAG_TRACKED: u8 = 2;
/// Object flag: already on the zero queue.
pub const FLAG_QUEUED: u8 = 4;
/// Object flag: immortal (builtin types, interned names): never freed.
pub const FLAG_IMMORTAL: u8 = 8;
/// Object flag: allocated while `tracemalloc` was tracing (its size is in `trace`).
pub const FLAG_TRACED: u8 = 16;
/// Object flag: a weak reference was made to it. Such an object dies through the
/// zero queue, whose drain clears its weak references (not `free_now`).
pub const FLAG_WEAKREFS: u8 = 32;
/// Object flag: the builtin part of an instance of a builtin subclass (the list inside
/// a `class L(list)` instance; see `Heap::adopt_payload`). CPython has one object
/// where mempy has two slots, so this one is never tracked, does not count towards a
/// collection, and the collector sees its references as the instance's.
pub const FLAG_PAYLOAD: u8 = 64;

/// An allocation site's traceback, most recent frame first: (filename, line).
pub type SiteFrames = Box<[(Rc<str>, u32)]>;

/// `tracemalloc` state: bytes of traced live objects under the getsizeof model.
#[derive(Default)]
pub struct TraceState {
    /// Sum of the recorded sizes of traced live objects.
    pub current: usize,
    /// Highest `current` seen since tracing started or the last `reset_peak`.
    pub peak: usize,
    /// Recorded size per traced slot (refreshed by `Heap::refresh_traces`).
    pub sizes: fxhash::FxHashMap<u32, usize>,
    /// The allocation site of each traced object (same keys as `sizes`): an index into
    /// `site_frames` (site 0 is unknown, `<unknown>:0` as CPython's tracemalloc), and
    /// the object's allocation serial number (`mempy.snapshot`/`diff`: what is new).
    pub sites: fxhash::FxHashMap<u32, (u32, u32)>,
    /// Objects traced so far (the next serial number).
    pub serial: u32,
    /// The site new objects are allocated at, kept current by the VM while tracing
    /// (`modules::tracemalloc::note_site`; the heap cannot see frames).
    pub site: u32,
    /// Each site's traceback, most recent frame first: (filename, line).
    pub site_frames: Vec<SiteFrames>,
    /// `site_frames` interned.
    pub site_ids: fxhash::FxHashMap<SiteFrames, u32>,
    /// (code address, instruction, frame depth) of `site`: a cache for the VM.
    pub site_key: (usize, usize, usize),
    /// `mempy --memprofile`: per-line and per-stack accounting (`heap/memprof.rs`).
    pub prof: Option<Box<memprof::MemProf>>,
}

/// One heap cell: the object, its refcount and flags: 56 bytes (numbers live apart,
/// in 16-byte slots: `heap/nums.rs`).
/// The collector's per-object fields live apart in [`GcMeta`] (see `Heap::meta`).
pub struct Slot {
    pub rc: u32,
    pub flags: u8,
    pub gen: u8,
    /// The size class of the memory CPython allocates for the object
    /// (`free_lists::size_class`), fixed when the slot is handed out: the free list
    /// the slot returns to when the object dies.
    pub bin: u8,
    pub obj: Obj,
}

const _: () = assert!(std::mem::size_of::<Slot>() == 56);

/// Collector bookkeeping of one slot, in a dense array parallel to `slots`: the cycle
/// collector's passes read and write only these 8 bytes for an object's children, so
/// they stream through `meta` instead of touching a child's whole 56-byte slot.
#[derive(Clone, Copy, Default)]
pub struct GcMeta {
    /// Position in `gens[gen]` when tracked.
    pub gen_pos: u32,
    /// Scratch field of the cycle collector (CPython's `gc_refs`): 0 outside a
    /// collection (invariant 5), nonzero on the objects a collection is examining.
    pub gc_refs: i32,
}

/// The object heap.
pub struct Heap {
    pub slots: Vec<Slot>,
    /// Collector fields of each slot (invariant 5).
    pub meta: Vec<GcMeta>,
    /// Heads of the free-slot lists, one per size class (0: none; slot 0 is never an
    /// object). Each list is threaded through its free slots' `meta[i].gen_pos` (a
    /// free slot is untracked, so the field is unused): a `Vec<u32>` of free indices
    /// grew by four bytes per freed object and held them at the peak (freeing a
    /// million objects at once, as when a function holding big lists returns, took
    /// 4 MB CPython never needs). Last freed, first reused, as CPython's allocator
    /// reuses the blocks of one size class (`free_lists.rs`).
    free_heads: [u32; free_lists::NBINS],
    /// Slots on each list of `free_heads`.
    free_counts: [u32; free_lists::NBINS],
    /// The size class `steal_slot` last took a slot from, and whether some class
    /// may hold `STEAL_MIN` free slots (false: none does).
    steal_hint: u8,
    steal_ok: bool,
    /// Objects whose count reached zero, waiting for the VM to release them.
    pub zero_queue: Vec<ObjRef>,
    /// Interned strings: identifiers and names from code objects.
    pub interned: fxhash::FxHashMap<Rc<str>, ObjRef>,
    /// Address-keyed front cache of `intern` (see there).
    intern_cache: Box<[(usize, ObjRef); INTERN_CACHE]>,
    /// The three generations of tracked containers, then the permanent generation
    /// (`gc.freeze`), which collections never examine.
    /// Untracking leaves a hole (`ObjRef(0)`) so each list keeps allocation order,
    /// like CPython's linked generation lists; `gen_holes` counts them per list.
    pub gens: [Vec<ObjRef>; 4],
    pub gen_holes: [usize; 4],
    /// Live object count (for `sys.getallocatedblocks`).
    pub live: usize,
    /// Allocations minus deallocations of GC-type objects since the last collection
    /// (CPython's generation-0 count, `gc.get_count()[0]`).
    pub allocs_since_collect: i64,
    /// How full CPython's free lists of GC objects would be (`free_lists.rs`): an
    /// exact list, dict or small tuple reused from one is not counted by
    /// `allocs_since_collect`, and one that goes back to it is not uncounted.
    pub cpython_free: free_lists::CpythonFreeLists,
    /// The gen-0 count above which an automatic collection is due (`i64::MAX` when
    /// the collector is disabled or threshold 0); mirrors `GcState` for `alloc`.
    pub gc_auto_threshold: i64,
    /// An automatic collection is due: the VM runs it at its next safe point
    /// (`Vm::drain_zero_queue`).
    pub gc_pending: bool,
    /// `tracemalloc` accounting, while tracing.
    pub trace: Option<Box<TraceState>>,
    /// Every dead object goes through the zero queue, none is released by
    /// `decref_obj` itself (invariant 2): set while a collection runs and while the
    /// `--trace` recorder records.
    pub defer_frees: bool,
    /// How many `free_now` calls are nested (see `let_go_one`).
    free_depth: u32,
    /// True while the VM's `drain_zero_queue` runs (it must not re-enter itself);
    /// the queue is then popped last in, first out, where between drains it runs in
    /// the order objects were queued (see `let_go`).
    pub draining: bool,
    /// Emptied dicts of freed objects, for reuse (invariant 7; CPython's dict free
    /// list): a `{k: v}` display then costs no allocation at all.
    /// Boxed on purpose: the box is the `Obj::Dict` payload allocation being reused.
    #[allow(clippy::vec_box)]
    dict_free: Vec<Box<DictObj>>,
    /// The fields of a dict, function or generator `free_now` releases, between its
    /// payload's emptying and their release (kept: most that die are small, and a
    /// fresh Vec per object would cost what the freeing does; a nested `free_now`
    /// takes a fresh one).
    fields_buf: Vec<Value>,
    /// Slot buffers of freed generators, for reuse (invariant 7).
    pub gen_free: crate::runtime::types::generator::freelist::GenFreeList,
    /// The references CPython's class call machinery holds to the arguments of
    /// each class call in progress that mempy's value stack does not (see
    /// `hold_class_call_args`), in segments: `call_held_marks` has where each
    /// call's segment starts. A root of the heap checker (`Vm::visit_roots`).
    pub call_held: Vec<Value>,
    /// Per call: where its segment starts, and where the caller's stack's part of
    /// it starts (the end when it has none).
    call_held_marks: Vec<(u32, u32)>,
    /// Objects CPython makes once per process on first use, from its free lists:
    /// `Py_ReprEnter`'s thread-state dict and list (bit 0), `print`'s keyword
    /// names tuple (bit 1). See `note_first_use`.
    first_uses: u8,
    /// `tracemalloc.start(nframe)` (kept after `stop`, as CPython).
    pub trace_nframe: i64,
    /// Free slots whose memory CPython's free lists handed to an object mempy does
    /// not build (`take_unbuilt`), until that object is freed (`give_unbuilt`).
    lent: Vec<(free_lists::Kind, u32)>,
    /// Int and float objects (see `heap/nums.rs`).
    pub nums: nums::Nums,
}

/// Makes room for one more element in a table that is full. Near a `--max-memory`
/// cap a table grows by an eighth instead of doubling: a doubling past the cap would
/// keep most of the cap reserved for good (the tables never shrink), so a program
/// that recovers from its MemoryError by dropping what it built could not allocate
/// again.
#[inline(never)]
pub(crate) fn grow_near_cap<T>(v: &mut Vec<T>) {
    let cap = v.capacity();
    // Doubling reallocates: a new block of twice the size is taken while the old one
    // is still held, and the table keeps that size for good; both must fit.
    if !crate::runtime::limits::can_allocate(3 * cap.max(16) * std::mem::size_of::<T>()) {
        v.reserve_exact(cap / 8 + 16);
    }
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        // Slot 0 is never used, so an ObjRef is never 0.
        Heap {
            slots: vec![Slot {
                rc: 1,
                flags: FLAG_IMMORTAL,
                gen: 0,
                bin: free_lists::HIDDEN_BIN,
                obj: Obj::Free,
            }],
            meta: vec![GcMeta::default()],
            free_heads: [0; free_lists::NBINS],
            free_counts: [0; free_lists::NBINS],
            steal_hint: 0,
            steal_ok: false,
            zero_queue: Vec::new(),
            interned: Default::default(),
            intern_cache: Box::new([(0, ObjRef(0)); INTERN_CACHE]),
            gens: [Vec::new(), Vec::new(), Vec::new(), Vec::new()],
            gen_holes: [0; 4],
            live: 0,
            allocs_since_collect: 0,
            cpython_free: free_lists::CpythonFreeLists::default(),
            gc_auto_threshold: 700,
            gc_pending: false,
            defer_frees: false,
            free_depth: 0,
            draining: false,
            trace: None,
            trace_nframe: 1,
            lent: Vec::new(),
            call_held: Vec::new(),
            first_uses: 0,
            call_held_marks: Vec::new(),
            dict_free: Vec::new(),
            fields_buf: Vec::new(),
            gen_free: Default::default(),
            nums: nums::Nums::new(),
        }
    }

    /// Allocates an object with refcount 1 (the caller owns that reference).
    ///
    /// Inlined, and the slot is written field by field: building a `Slot` temporary and
    /// copying it (or passing `obj` through memory to an out-of-line call) made the copy
    /// read back the caller's fresh narrow stores as 16-byte loads, which stall on store
    /// forwarding; that was most of the cost of an allocation.
    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        if let Obj::Instance(i) = &obj {
            self.note_instance_created(i.class);
        }
        if self.trace.is_some() {
            return self.alloc_traced(obj);
        }
        // Counted unless CPython would have reused one from a free list
        // (`free_lists.rs`), decided while `obj` is still at hand, as is the slot:
        // the one CPython's free list or allocator would hand out.
        let gc_type = self.is_gc_object(&obj);
        let (counted, bin, slot) = self.choose_slot(&obj, gc_type);
        // CPython's lazy tracking: a dict starts untracked while it holds only atoms
        // (`Vm::dict_set_item` tracks it when a container goes in), and the empty
        // tuple is never tracked.
        let tracked = match &obj {
            Obj::Dict(d) => !d.is_empty(),
            Obj::Tuple(t) => !t.is_empty(),
            _ => gc_type,
        };
        let r = match slot {
            Some(i) => {
                let s = &mut self.slots[i as usize];
                s.rc = 1;
                s.flags = 0;
                s.gen = 0;
                s.bin = bin;
                // A free slot holds `Obj::Free` (invariant 3), which owns nothing:
                // skip its drop glue.
                let old = std::mem::replace(&mut s.obj, obj);
                debug_assert!(matches!(old, Obj::Free));
                std::mem::forget(old);
                ObjRef(i)
            }
            None => self.alloc_new_slot(obj, 0, bin),
        };
        self.live += 1;
        if counted {
            self.count_gc_alloc();
        }
        if tracked {
            self.track(r);
        }
        r
    }

    /// Where a new `obj` goes: whether its allocation is counted (`gc_type`: it is a
    /// GC object), its size class, and the free slot to reuse (None: a new one).
    #[inline]
    fn choose_slot(&mut self, obj: &Obj, gc_type: bool) -> (bool, u8, Option<u32>) {
        let bin = self.size_class_of(obj);
        match self.cpython_free.take(obj) {
            free_lists::Take::Miss => (gc_type, bin, self.pop_bin(bin)),
            free_lists::Take::Reserved => (false, bin, self.pop_bin(bin)),
            free_lists::Take::Fresh => (false, bin, None),
            free_lists::Take::Slot(i) => (false, bin, Some(i)),
        }
    }

    /// The size class of the memory CPython allocates for `obj` (`free_lists.rs`).
    #[inline]
    fn size_class_of(&self, obj: &Obj) -> u8 {
        let size = free_lists::struct_size(obj, || match obj {
            Obj::Instance(i) => match &self.at(i.class).obj {
                Obj::Class(c) => c.layout.instance_size(),
                _ => i.sizeof(),
            },
            o => sizeof::sizeof_obj(o),
        });
        free_lists::size_class(size)
    }

    /// The most recently freed slot of size class `bin`, or failing that one of
    /// another class (`steal_slot`).
    #[inline(always)]
    fn pop_bin(&mut self, bin: u8) -> Option<u32> {
        let i = self.free_heads[bin as usize];
        if i == 0 {
            return self.steal_slot();
        }
        let m = &mut self.meta[i as usize];
        self.free_heads[bin as usize] = m.gen_pos;
        // Back to the state of a never-used slot's collector fields.
        m.gen_pos = 0;
        self.free_counts[bin as usize] -= 1;
        Some(i)
    }

    /// A free slot of another size class when one class holds many (`STEAL_MIN`):
    /// CPython's allocator gives a pool whose blocks are all free to whichever size
    /// class needs one, so memory freed by one kind of object serves another; the
    /// slot table then does not grow while thousands of slots are free.
    #[inline(always)]
    fn steal_slot(&mut self) -> Option<u32> {
        if !self.steal_ok {
            return None;
        }
        self.steal_slot_slow()
    }

    #[inline(never)]
    fn steal_slot_slow(&mut self) -> Option<u32> {
        let mut b = self.steal_hint as usize;
        if self.free_counts[b] < STEAL_MIN {
            b = (0..free_lists::NBINS).max_by_key(|&b| self.free_counts[b])?;
            if self.free_counts[b] < STEAL_MIN {
                // None holds enough until one reaches `STEAL_MIN` (`push_bin`).
                self.steal_ok = false;
                return None;
            }
            self.steal_hint = b as u8;
        }
        self.pop_bin(b as u8)
    }

    /// Puts free slot `i` on the list of its size class.
    #[inline(always)]
    fn push_bin(&mut self, i: u32) {
        let bin = self.slots[i as usize].bin as usize;
        self.meta[i as usize].gen_pos = self.free_heads[bin];
        self.free_heads[bin] = i;
        self.free_counts[bin] += 1;
        if self.free_counts[bin] == STEAL_MIN {
            self.steal_ok = true;
            self.steal_hint = bin as u8;
        }
    }

    /// A slot at the end of `slots` (no free slot to reuse).
    #[inline(never)]
    fn alloc_new_slot(&mut self, obj: Obj, flags: u8, bin: u8) -> ObjRef {
        if self.slots.len() == self.slots.capacity() {
            grow_near_cap(&mut self.slots);
            grow_near_cap(&mut self.meta);
        }
        self.slots.push(Slot {
            rc: 1,
            flags,
            gen: 0,
            bin,
            obj,
        });
        self.meta.push(GcMeta::default());
        ObjRef(self.slots.len() as u32 - 1)
    }

    /// The collector's count of an object CPython allocates and frees around one
    /// instruction that mempy does without (the bound method of `Class.cm(..)`): the
    /// allocation may schedule a collection, as CPython's would run one; the free
    /// takes the count back unless one is due (which resets it).
    pub fn note_transient_gc_object(&mut self) {
        self.count_gc_alloc();
        if !self.gc_pending && self.allocs_since_collect > 0 {
            self.allocs_since_collect -= 1;
        }
    }

    /// The first container repr (`Py_ReprEnter` makes the thread state's dict and
    /// the list of objects being repr'd, kept for good).
    pub const FIRST_REPR: u8 = 1;
    /// The first `print` call (its argument parser's keyword names tuple, of four
    /// names, kept for good).
    pub const FIRST_PRINT: u8 = 2;

    /// The collector's count of what CPython allocates once, the first time `what`
    /// (`FIRST_REPR`, `FIRST_PRINT`) happens: taken from its free lists when they
    /// have one, as at start-up, else counted (after a full collection emptied
    /// them, as `gc.collect(); print(gc.get_count())` does).
    #[inline]
    pub fn note_first_use(&mut self, what: u8) {
        if self.first_uses & what != 0 {
            return;
        }
        self.first_uses |= what;
        use free_lists::Kind;
        let kinds: &[Kind] = if what == Self::FIRST_REPR {
            &[Kind::Dict, Kind::List]
        } else {
            &[Kind::Tuple(4)]
        };
        for &k in kinds {
            if !self.take_unbuilt(k) {
                self.count_gc_alloc();
            }
        }
    }

    /// CPython allocates an object of kind `k` mempy does not build: false when its
    /// free list is empty (the allocation is counted). A free slot the list held is
    /// given back to its size class (CPython's object holds that memory now, which
    /// mempy does not model).
    fn take_unbuilt(&mut self, k: free_lists::Kind) -> bool {
        let mut slot = None;
        let hit = self.cpython_free.take_kind(k, &mut slot);
        if let Some(i) = slot {
            // CPython's object holds that memory now: the slot is lent to it.
            self.lent.push((k, i));
        }
        hit
    }

    /// CPython frees an object of kind `k` mempy does not build: true when it goes
    /// onto its free list (then it stays counted). The slot lent to the latest such
    /// object (`take_unbuilt`) goes there, as CPython puts that memory back; a
    /// phantom when none was lent.
    fn give_unbuilt(&mut self, k: free_lists::Kind) -> bool {
        let Some(at) = self.lent.iter().rposition(|&(lk, _)| lk == k) else {
            return self.cpython_free.give_kind(k);
        };
        let (_, i) = self.lent.remove(at);
        if self.cpython_free.give_slot(k, i) {
            return true;
        }
        self.push_bin(i);
        false
    }

    /// The collector's count of a list, dict or tuple of kind `k` CPython allocates
    /// where mempy builds nothing: taken from its free list, else counted.
    pub fn note_unbuilt_alloc(&mut self, k: free_lists::Kind) {
        if !self.take_unbuilt(k) {
            self.count_gc_alloc();
        }
    }

    /// The release of what `note_unbuilt_alloc` counted: back onto its free list
    /// when that has room, else uncounted.
    pub fn note_unbuilt_free(&mut self, k: free_lists::Kind) {
        if !self.give_unbuilt(k) && self.allocs_since_collect > 0 {
            self.allocs_since_collect -= 1;
        }
    }

    /// The collector's count of a base class's `tp_subclasses` entry (CPython's
    /// `add_subclass`/`remove_subclass`, which mempy keeps as a plain list): its
    /// weak reference object is made (`added`) or freed, and with `dict` the dict
    /// holding the entries too (a heap class's first subclass / last one gone).
    pub fn note_subclass_entry(&mut self, added: bool, dict: bool) {
        use free_lists::Kind;
        if added {
            self.count_gc_alloc();
            if dict && !self.take_unbuilt(Kind::Dict) {
                self.count_gc_alloc();
            }
        } else {
            if self.allocs_since_collect > 0 {
                self.allocs_since_collect -= 1;
            }
            if dict && !self.give_unbuilt(Kind::Dict) && self.allocs_since_collect > 0 {
                self.allocs_since_collect -= 1;
            }
        }
    }

    /// The arguments tuple and keywords dict `_PyObject_MakeTpCall` builds to call a
    /// type without a vectorcall entry (`OrderedDict(...)`, `deque(...)`) with
    /// `nargs` positional and `nkw` keyword arguments: mempy passes them on its stack,
    /// so only their gen-0 count is kept, through CPython's free lists. Paired with
    /// `after_tp_call_args` once the call has returned.
    pub fn before_tp_call_args(&mut self, nargs: usize, nkw: usize) {
        use free_lists::Kind;
        if nargs > 0 && !self.take_unbuilt(Kind::Tuple(nargs)) {
            self.count_gc_alloc();
        }
        if nkw > 0 && !self.take_unbuilt(Kind::Dict) {
            self.count_gc_alloc();
        }
    }

    /// The call `before_tp_call_args` announced has returned: the tuple, then the
    /// dict, are freed (onto their free lists when those have room).
    pub fn after_tp_call_args(&mut self, nargs: usize, nkw: usize) {
        use free_lists::Kind;
        for (n, k) in [(nargs, Kind::Tuple(nargs)), (nkw, Kind::Dict)] {
            if n > 0 && !self.give_unbuilt(k) && self.allocs_since_collect > 0 {
                self.allocs_since_collect -= 1;
            }
        }
    }

    /// A call of a Python class with `nargs` positional and `nkw` keyword arguments:
    /// CPython 3.11's classes have no vectorcall entry, so `_PyObject_MakeTpCall`
    /// packs the arguments (as `before_tp_call_args`), and `slot_tp_init` hands a
    /// Python `__init__` (`py_init`) the keywords as a new names tuple
    /// (`_PyStack_UnpackDict`). Returns the packed form `class_call_args_done` takes
    /// (0: nothing to release).
    pub fn class_call_args(&mut self, nargs: usize, nkw: usize, py_init: bool) -> u32 {
        if nargs == 0 && nkw == 0 {
            return 0;
        }
        let (nargs, nkw) = (nargs.min(0x7fff), nkw.min(0x7fff));
        self.before_tp_call_args(nargs, nkw);
        let names = if py_init { nkw } else { 0 };
        if names > 0 && !self.take_unbuilt(free_lists::Kind::Tuple(names)) {
            self.count_gc_alloc();
        }
        // The references `hold_class_call_args` adds belong to this call.
        let at = self.call_held.len() as u32;
        self.call_held_marks.push((at, at));
        (1 << 31) | ((names as u32) << 30) | ((nargs as u32) << 15) | nkw as u32
    }

    /// The references to a class call's arguments (`args`: the positional ones,
    /// then the keyword values) that CPython holds while the class's `__new__` and
    /// `__init__` run and mempy's stack does not, so `sys.getrefcount` of an
    /// argument inside them is CPython's: the arguments tuple's (positional) and
    /// keywords dict's (keyword values) references of `_PyObject_MakeTpCall`; with
    /// `stack`, the caller's value stack's too (CPython's `CALL` keeps its operands
    /// until the call returns; mempy's `__init__` frame took them over as its
    /// locals); with `unpacked` (a Python `__init__` called with keywords),
    /// `_PyStack_UnpackDict`'s copies of `self` and of every argument.
    /// Right after `class_call_args` returned `packed` (nonzero), whose
    /// `class_call_args_done` lets go of them in CPython's order: the unpacked
    /// copies, the tuple's items, the dict's, then the caller's stack's, first to
    /// last (only those can be the last references).
    pub fn hold_class_call_args(
        &mut self,
        packed: u32,
        args: &[Value],
        stack: bool,
        unpacked: Option<Value>,
    ) {
        if packed == 0 {
            return;
        }
        if let Some(me) = unpacked {
            self.call_held.push(me);
            self.call_held.extend_from_slice(args);
        }
        // The tuple's and the dict's items are `args` in order.
        self.call_held.extend_from_slice(args);
        let stack_at = self.call_held.len() as u32;
        if stack {
            self.call_held.extend_from_slice(args);
        }
        let mark = self
            .call_held_marks
            .last_mut()
            .expect("class_call_args pushed a mark");
        mark.1 = stack_at;
        let from = mark.0 as usize;
        for i in from..self.call_held.len() {
            let v = self.call_held[i];
            self.incref(v);
        }
    }

    /// Lets go of `call_held[from..to]`, first to last. Nothing a decref does
    /// (free at once or queue) makes a class call, so the segment stays put.
    fn release_call_held(&mut self, from: u32, to: u32) {
        for i in from as usize..to as usize {
            let v = self.call_held[i];
            self.decref(v);
        }
    }

    /// The class call `class_call_args` announced has returned: the keyword names
    /// tuple, then the arguments tuple and keywords dict, are freed.
    pub fn class_call_args_done(&mut self, packed: u32) {
        if packed == 0 {
            return;
        }
        let (nargs, nkw) = (
            ((packed >> 15) & 0x7fff) as usize,
            (packed & 0x7fff) as usize,
        );
        let names = packed & (1 << 30) != 0;
        let (from, stack_at) = self.call_held_marks.pop().unwrap_or_default();
        let end = self.call_held.len() as u32;
        self.release_call_held(from, stack_at.max(from));
        if names
            && nkw > 0
            && !self.give_unbuilt(free_lists::Kind::Tuple(nkw))
            && self.allocs_since_collect > 0
        {
            self.allocs_since_collect -= 1;
        }
        self.after_tp_call_args(nargs, nkw);
        // Then the caller's stack lets go of its operands.
        if end > stack_at {
            self.release_call_held(stack_at, end);
        }
        self.call_held.truncate(from as usize);
    }

    /// An exact list or dict about to be made by calling its type (`list(x)`,
    /// `dict(x)`: CPython's `tp_alloc`, which never looks at the free list) rather
    /// than by `PyList_New`/`PyDict_New`: the next allocation of that kind is
    /// counted even if the free list has one.
    pub fn before_tp_alloc(&mut self, dict: bool) {
        if self.cpython_free.reserve(dict) {
            self.count_gc_alloc();
        }
    }

    /// CPython's _PyObject_GC_Link: count the allocation, schedule a collection.
    #[inline]
    fn count_gc_alloc(&mut self) {
        self.allocs_since_collect += 1;
        if self.allocs_since_collect > self.gc_auto_threshold {
            self.gc_pending = true;
        }
    }

    /// `alloc` while `tracemalloc` is tracing: also records the object's size.
    #[inline(never)]
    fn alloc_traced(&mut self, obj: Obj) -> ObjRef {
        // Counted unless CPython would have reused one from a free list
        // (`free_lists.rs`), decided while `obj` is still at hand.
        let gc_type = self.is_gc_object(&obj);
        let (counted, bin, slot) = self.choose_slot(&obj, gc_type);
        let tracked = match &obj {
            Obj::Dict(d) => !d.is_empty(),
            Obj::Tuple(t) => !t.is_empty(),
            _ => gc_type,
        };
        let traced_size = sizeof::sizeof_obj_in(self, &obj);
        let r = match slot {
            Some(i) => {
                self.slots[i as usize] = Slot {
                    rc: 1,
                    flags: FLAG_TRACED,
                    gen: 0,
                    bin,
                    obj,
                };
                ObjRef(i)
            }
            None => self.alloc_new_slot(obj, FLAG_TRACED, bin),
        };
        self.live += 1;
        if counted {
            self.count_gc_alloc();
        }
        if let Some(t) = &mut self.trace {
            t.sizes.insert(r.0, traced_size);
            t.sites.insert(r.0, (t.site, t.serial));
            t.serial = t.serial.wrapping_add(1);
            t.current += traced_size;
            t.peak = t.peak.max(t.current);
            if let Some(p) = &mut t.prof {
                p.on_alloc(r.0, traced_size);
            }
        }
        if tracked {
            self.track(r);
        }
        r
    }

    /// A new instance of `cls`: its shared keys give up one usable slot (CPython's
    /// `init_inline_values`, which only `object.__new__` runs: instances of builtin
    /// subclasses get their values when the first attribute is set; see `SharedKeys`).
    #[inline]
    fn note_instance_created(&self, cls: ObjRef) {
        if let Obj::Class(c) = &self.slots[cls.0 as usize].obj {
            if let (Some(sk), crate::runtime::types::class::BuiltinType::Object) =
                (&c.shared_keys, c.solid)
            {
                sk.borrow_mut().instance_created();
            }
        }
    }

    /// Allocates and returns the object as a `Value`.
    #[inline]
    pub fn new_value(&mut self, obj: Obj) -> Value {
        Value::Obj(self.alloc(obj))
    }

    /// An empty dict presized for `n` items (`DictObj::with_capacity`), recycled from
    /// the free list when one is there.
    #[inline]
    pub fn take_dict(&mut self, n: usize) -> Box<DictObj> {
        match self.dict_free.pop() {
            Some(mut d) => {
                d.presize(n);
                d
            }
            None => Box::new(DictObj::with_capacity(n)),
        }
    }

    /// Keeps a freed dict's payload (already emptied by `clear_refs`) for `take_dict`,
    /// when it is small and the free list is not full (CPython keeps 80).
    #[inline]
    pub fn recycle_dict(&mut self, d: Box<DictObj>) {
        if self.dict_free.len() < DICT_FREE_MAX && d.is_recyclable() {
            self.dict_free.push(d);
        }
    }

    /// Puts a container into generation 0 (CPython's `_PyObject_GC_TRACK`).
    pub fn track(&mut self, r: ObjRef) {
        let s = self.at_mut(r);
        // A payload is never tracked: its instance stands for it.
        if s.flags & (FLAG_TRACKED | FLAG_PAYLOAD) != 0 {
            return;
        }
        s.flags |= FLAG_TRACKED;
        s.gen = 0;
        self.meta[r.index()].gen_pos = self.gens[0].len() as u32;
        self.gens[0].push(r);
    }

    /// Makes `payload` (owned by a new instance of a builtin subclass, and by nothing
    /// else) the builtin part of that instance. CPython's instance *is* the list or
    /// dict, one object counted once; mempy's is two slots. So the payload leaves its
    /// generation and gives back its gen-0 count (as if the separate object CPython's
    /// `tuple_subtype_new` builds and drops had been freed), and from now on is
    /// neither tracked nor counted: `gc.get_count()`, `gc.get_objects()` and a
    /// collection's result see the instance alone, and the collector traverses the
    /// payload's references as the instance's (`gc::for_each_child`).
    /// A payload shared with other owners keeps its own identity (callers copy
    /// first: see `Vm::new_payload_instance`), so this is a no-op then.
    pub fn adopt_payload(&mut self, payload: Value) {
        let Value::Obj(r) = payload else { return };
        let s = self.at(r);
        if s.rc != 1 || s.flags & (FLAG_IMMORTAL | FLAG_PAYLOAD) != 0 || !self.is_gc_object(&s.obj)
        {
            return;
        }
        self.untrack(r);
        self.at_mut(r).flags |= FLAG_PAYLOAD;
        // An empty list or dict payload was allocated past CPython's free lists
        // (`before_tp_alloc`: CPython allocates the instance alone, counted once),
        // so its count is simply given back. Any other payload stands for the
        // exact object CPython's `tuple_subtype_new` & co. build, copy and drop,
        // which goes back onto a free list when it has one.
        let freed_to_list = match &self.slots[r.index()].obj {
            Obj::List(_) | Obj::Dict(_) => false,
            o => free_lists::Kind::of(o).is_some_and(|k| self.give_unbuilt(k)),
        };
        // CPython's instance is one allocation, the instance's slot: this one
        // stands for none.
        self.at_mut(r).bin = free_lists::HIDDEN_BIN;
        if !freed_to_list && self.allocs_since_collect > 0 {
            self.allocs_since_collect -= 1;
        }
    }

    /// The payload of instance `r` when it was adopted (`adopt_payload`) and is still
    /// owned by the instance alone: the collector and `gc.get_referents` read its
    /// references as the instance's own.
    #[inline]
    pub fn adopted_payload(&self, r: ObjRef) -> Option<ObjRef> {
        match &self.at(r).obj {
            Obj::Instance(i) => match i.payload() {
                Some(Value::Obj(p)) => {
                    let ps = self.at(p);
                    (ps.flags & FLAG_PAYLOAD != 0 && ps.rc == 1).then_some(p)
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` could be part of a reference cycle (CPython's
    /// `_PyObject_GC_MAY_BE_TRACKED`): an object of a GC type, except a tuple that is
    /// currently untracked.
    #[inline]
    pub fn may_be_tracked(&self, v: Value) -> bool {
        match v {
            Value::Obj(r) => {
                let s = self.at(r);
                match &s.obj {
                    Obj::Tuple(_) => s.flags & FLAG_TRACKED != 0,
                    Obj::Builtin(_) | Obj::WeakRef(_) => true,
                    // A builtin (static) type is no GC object in CPython
                    // (`type_is_gc`), so `(object,)` can be untracked.
                    Obj::Class(c) => c.is_heap,
                    o => self.is_gc_object(o),
                }
            }
            _ => false,
        }
    }

    /// Whether `obj` is of a GC type (CPython's `Py_TPFLAGS_HAVE_GC`): the kinds of
    /// `Obj::is_gc_tracked`, except an instance of `object` itself, which has no
    /// `__dict__` and can hold nothing (CPython's `object` is no GC type: `object()`
    /// is never tracked and does not count towards a collection).
    #[inline]
    pub fn is_gc_object(&self, obj: &Obj) -> bool {
        match obj {
            Obj::Instance(i) => !matches!(
                &self.at(i.class).obj,
                Obj::Class(c) if !c.is_heap
                    && c.kind == crate::runtime::types::class::BuiltinType::Object
            ),
            o => o.is_gc_tracked(),
        }
    }

    /// Whether the object is in a generation list (`gc.is_tracked`).
    #[inline]
    pub fn is_tracked(&self, r: ObjRef) -> bool {
        self.at(r).flags & FLAG_TRACKED != 0
    }

    /// Removes a container from its generation list (CPython's `_PyObject_GC_UNTRACK`).
    pub fn untrack(&mut self, r: ObjRef) {
        let s = self.at_mut(r);
        if s.flags & FLAG_TRACKED == 0 {
            return;
        }
        s.flags &= !FLAG_TRACKED;
        let gen = s.gen as usize;
        self.unlink_gen(r, gen);
    }

    /// `untrack`'s list update for a tracked object of generation `gen` whose
    /// `FLAG_TRACKED` was just cleared (inlined into `release_slot`, which has read
    /// the flags already).
    #[inline(always)]
    fn unlink_gen(&mut self, r: ObjRef, gen: usize) {
        let pos = self.meta[r.index()].gen_pos as usize;
        let list = &mut self.gens[gen];
        if pos + 1 == list.len() {
            // The youngest object of its generation (temporaries die in the reverse
            // order of their births): the list shrinks, and holes its end uncovers
            // go too, so last-in-first-out churn leaves nothing to compact.
            list.pop();
            while list.last().is_some_and(|r| r.0 == 0) {
                list.pop();
                self.gen_holes[gen] -= 1;
            }
            return;
        }
        list[pos] = ObjRef(0);
        self.gen_holes[gen] += 1;
        let len = list.len();
        if self.gen_holes[gen] > 64 && self.gen_holes[gen] * 2 > len {
            self.compact_gen(gen);
        }
    }

    /// Removes the holes of generation list `gen`, keeping the order.
    pub fn compact_gen(&mut self, gen: usize) {
        let mut list = std::mem::take(&mut self.gens[gen]);
        list.retain(|r| r.0 != 0);
        for (i, r) in list.iter().enumerate() {
            self.meta[r.index()].gen_pos = i as u32;
        }
        self.gens[gen] = list;
        self.gen_holes[gen] = 0;
    }

    /// The tracked objects of generation `gen`, oldest first.
    pub fn gen_objects(&self, gen: usize) -> impl Iterator<Item = ObjRef> + '_ {
        self.gens[gen].iter().copied().filter(|r| r.0 != 0)
    }

    /// Number of tracked objects in generation `gen`.
    pub fn gen_len(&self, gen: usize) -> usize {
        self.gens[gen].len() - self.gen_holes[gen]
    }

    /// Moves every object of generation `from` to the end of generation `to`.
    pub fn merge_gen(&mut self, from: usize, to: usize) {
        self.compact_gen(from);
        let objs = std::mem::take(&mut self.gens[from]);
        for r in objs {
            self.at_mut(r).gen = to as u8;
            self.meta[r.index()].gen_pos = self.gens[to].len() as u32;
            self.gens[to].push(r);
        }
    }

    /// Puts a tracked object into generation `gen` (after untracking it).
    /// Moves every object of the generation lists `from` (in that order) to the end of
    /// generation `target`, like CPython's `gc_list_merge`; returns how many moved.
    pub fn merge_gens(&mut self, from: &[usize], target: usize) -> usize {
        let mut moved = 0;
        for &g in from {
            if g == target {
                continue;
            }
            let list = std::mem::take(&mut self.gens[g]);
            self.gen_holes[g] = 0;
            for r in list {
                if r.0 == 0 {
                    continue;
                }
                self.at_mut(r).gen = target as u8;
                self.meta[r.index()].gen_pos = self.gens[target].len() as u32;
                self.gens[target].push(r);
                moved += 1;
            }
        }
        moved
    }

    /// `merge_gens` for a collection's candidate lists (`from`) into `target`, the
    /// survivors in `order` (what `gc::mark_unreachable_ordered` gives: CPython's
    /// `young` list after `move_unreachable`), then the rest of the lists (the garbage,
    /// which freeing untracks) in their order. Returns how many objects changed
    /// generation.
    pub fn merge_gens_ordered(&mut self, from: &[usize], target: usize, order: &[ObjRef]) -> usize {
        let mut rest: Vec<ObjRef> = Vec::new();
        for &g in from {
            let list = std::mem::take(&mut self.gens[g]);
            self.gen_holes[g] = 0;
            rest.extend(list.into_iter().filter(|r| r.0 != 0));
        }
        // "Already placed" is the collector's scratch mark (`gc_refs`, zero on every
        // object here: invariant 5), cleared again below: a hash set of the
        // survivors cost more than the rest of a young collection.
        const PLACED: i32 = 1;
        let mut moved = 0;
        let put = |h: &mut Heap, r: ObjRef, moved: &mut usize| {
            if h.at(r).gen as usize != target {
                *moved += 1;
            }
            h.at_mut(r).gen = target as u8;
            h.meta[r.index()].gen_pos = h.gens[target].len() as u32;
            h.gens[target].push(r);
        };
        for &r in order {
            // Only what is still in the lists (survivors untracked since are not).
            if self.at(r).flags & FLAG_TRACKED != 0 && self.meta[r.index()].gc_refs == 0 {
                self.meta[r.index()].gc_refs = PLACED;
                put(self, r, &mut moved);
            }
        }
        for r in rest {
            if self.meta[r.index()].gc_refs == 0 {
                put(self, r, &mut moved);
            }
        }
        for &r in order {
            self.meta[r.index()].gc_refs = 0;
        }
        moved
    }

    pub fn track_in(&mut self, r: ObjRef, gen: usize) {
        let s = self.at_mut(r);
        s.flags |= FLAG_TRACKED;
        s.gen = gen as u8;
        self.meta[r.index()].gen_pos = self.gens[gen].len() as u32;
        self.gens[gen].push(r);
    }

    /// The slot of `r` (invariant 6).
    #[inline(always)]
    fn at(&self, r: ObjRef) -> &Slot {
        debug_assert!(r.index() < self.slots.len(), "object handle out of range");
        // SAFETY: `r` indexes a slot of this heap, whose table never shrinks
        // (invariant 6).
        unsafe { self.slots.get_unchecked(r.index()) }
    }

    /// The slot of `r`, mutably (invariant 6).
    #[inline(always)]
    fn at_mut(&mut self, r: ObjRef) -> &mut Slot {
        debug_assert!(r.index() < self.slots.len(), "object handle out of range");
        // SAFETY: as in `at`.
        unsafe { self.slots.get_unchecked_mut(r.index()) }
    }

    #[inline]
    pub fn get(&self, r: ObjRef) -> &Obj {
        &self.at(r).obj
    }

    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        &mut self.at_mut(r).obj
    }

    #[inline]
    pub fn rc(&self, r: ObjRef) -> u32 {
        self.at(r).rc
    }

    #[inline(always)]
    pub fn incref(&mut self, v: Value) {
        match v {
            Value::Obj(r) => self.at_mut(r).rc += 1,
            Value::Int(n) | Value::Float(n) => self.incref_num(n),
            _ => {}
        }
    }

    #[inline]
    pub fn incref_obj(&mut self, r: ObjRef) {
        self.at_mut(r).rc += 1;
    }

    /// Drops one reference. At zero the object is queued for release (never freed here:
    /// freeing may run `__del__`, which needs the VM).
    #[inline(always)]
    pub fn decref(&mut self, v: Value) {
        match v {
            Value::Obj(r) => self.decref_obj(r),
            Value::Int(n) | Value::Float(n) => self.decref_num(n),
            _ => {}
        }
    }

    /// Inlined everywhere (the count's decrement and test, as CPython's `Py_DECREF`
    /// macro): left to the optimiser, the dispatch loop called it out of line, paying
    /// a call and the dead-object checks' loads for every reference a return or a
    /// store let go of.
    #[inline(always)]
    pub fn decref_obj(&mut self, r: ObjRef) {
        let s = self.at_mut(r);
        debug_assert!(s.rc > 0, "decref of dead object #{}", r.0);
        s.rc -= 1;
        if s.rc == 0 {
            self.decref_obj_dead(r);
        }
    }

    /// `decref_obj`'s count reached zero: release at once or queue (an immortal or
    /// already queued object stays).
    #[inline(never)]
    fn decref_obj_dead(&mut self, r: ObjRef) {
        let s = self.at(r);
        if s.flags & (FLAG_QUEUED | FLAG_IMMORTAL) == 0 {
            if !self.defer_frees && self.frees_now(s) {
                self.free_now(r);
                return;
            }
            self.at_mut(r).flags |= FLAG_QUEUED;
            self.zero_queue.push(r);
        }
    }

    /// Whether a dead object in `s` is one `free_now` releases: an exact tuple, list,
    /// dict, builtin iterator, slice, dict view, set, frozenset, traceback, function, ended
    /// frame's frame object, finished generator or instance without `__del__`, without weak references (and not
    /// being traced: the recorder's drains use `defer_frees` instead).
    #[inline(always)]
    pub(crate) fn frees_now(&self, s: &Slot) -> bool {
        s.flags & FLAG_WEAKREFS == 0
            && match &s.obj {
                Obj::Tuple(_)
                | Obj::List(_)
                | Obj::Dict(_)
                | Obj::Iter(_)
                | Obj::Slice { .. }
                | Obj::DictView { .. }
                | Obj::Set(_)
                | Obj::FrozenSet(_)
                | Obj::Traceback(_) => true,
                // A function, or a generator whose frame is gone (it returned or
                // raised: no finalizer can run), whose code outlives it: when the
                // last holder of a code object dies, the drain releases its
                // constants, so that case keeps the queue.
                Obj::Function(f) => Rc::strong_count(&f.code) > 1,
                // A frame object of a frame that has ended (a running frame's is held
                // by the VM), whose code outlives it (as for a function).
                Obj::Frame(f) => !f.live && Rc::strong_count(&f.code) > 1,
                Obj::Generator(g) => g.state == GenState::Finished && Rc::strong_count(&g.code) > 1,
                // An instance whose class has no `__del__` (CPython's
                // `subtype_dealloc` without `tp_finalize`): nothing to run first.
                Obj::Instance(i) => self.class_lacks_del(i.class),
                _ => false,
            }
    }

    /// Whether instances of `class` die without a finalizer (no `__del__` of their
    /// own or inherited: `ClassObj::has_del`, kept current by class assignments).
    #[inline]
    fn class_lacks_del(&self, class: ObjRef) -> bool {
        matches!(&self.at(class).obj, Obj::Class(c) if !c.has_del)
    }

    /// Releases the dead object `r` of a kind `frees_now` accepts at once
    /// (invariant 2); what it held is let go of as CPython's deallocators do (see
    /// `let_go`; `slice_dealloc` releases step, start, stop).
    #[inline(never)]
    fn free_now(&mut self, r: ObjRef) {
        match self.release(r) {
            Obj::Tuple(items) => self.let_go(&items, true),
            Obj::List(l) => self.let_go(&l.items, true),
            // CPython's `dict_dealloc` (each entry's key, then its value, in insertion
            // order), `func_dealloc`, `gen_dealloc`: what `clear_refs` moves out, first
            // to last, as the drain's general path lets go of it. The buffer is kept
            // for the next one (a nested `free_now` takes a fresh one).
            mut obj @ (Obj::Dict(_) | Obj::Function(_) | Obj::Generator(_) | Obj::Frame(_)) => {
                let mut buf = std::mem::take(&mut self.fields_buf);
                obj.clear_refs(&mut buf);
                self.recycle_payload(obj);
                self.let_go(&buf, false);
                buf.clear();
                if buf.capacity() <= 64 {
                    self.fields_buf = buf;
                }
            }
            // CPython's `subtype_dealloc`: the slots, then the attributes (or the
            // `__dict__`), then the builtin base's part (`clear_refs`' order), and
            // the class last, after the memory is gone (`Py_DECREF(type)`).
            Obj::Instance(mut i) => {
                let class = i.class;
                let mut buf = std::mem::take(&mut self.fields_buf);
                i.clear_refs(&mut buf);
                drop(i);
                self.let_go(&buf, false);
                buf.clear();
                if buf.capacity() <= 64 {
                    self.fields_buf = buf;
                }
                self.let_go_one(Value::Obj(class));
            }
            Obj::Slice { start, stop, step } => self.let_go(&[step, start, stop], false),
            // CPython's `tb_dealloc`: the next entry, then the frame (one traceback
            // dies with every exception caught).
            Obj::Traceback(tb) => self.let_go(&[tb.next, tb.frame], false),
            // CPython's `dictview_dealloc`: the dict.
            Obj::DictView { dict, .. } => self.let_go_one(Value::Obj(dict)),
            // CPython's `set_dealloc`: the keys in table order (no buffer: a set
            // freed per loop pass, as `a - b` makes, stays one pass over its table).
            // The scan stops at the last key (`used` of them): a set's table is at
            // most 60% full, and a small set freed per loop pass (`set(gen)` in a
            // loop) spent most of its release scanning empty slots past its keys.
            Obj::Set(s) | Obj::FrozenSet(s) => {
                let mut left = s.used;
                if left > 0 {
                    if self.draining {
                        for e in s.table.iter().rev() {
                            if let SetSlot::Full { key, .. } = *e {
                                self.decref_freeing_atoms(key, false);
                                left -= 1;
                                if left == 0 {
                                    break;
                                }
                            }
                        }
                    } else {
                        for e in s.table.iter() {
                            if let SetSlot::Full { key, .. } = *e {
                                self.decref_freeing_atoms(key, false);
                                left -= 1;
                                if left == 0 {
                                    break;
                                }
                            }
                        }
                    }
                }
            }
            Obj::Iter(mut it) => match *it {
                IterObj::Seq { seq, .. } | IterObj::Reversed { seq, .. } => self.let_go_one(seq),
                // The iterators of the commonest loops, in `IterObj::traverse`'s
                // order, without the general path's Vec (an allocation per loop).
                IterObj::Set { set: v, .. }
                | IterObj::Dict {
                    dict: v,
                    result: Value::Undef,
                    ..
                } => self.let_go_one(v),
                IterObj::Dict { dict, result, .. } => self.let_go(&[dict, result], false),
                IterObj::Enumerate { it, result, .. } => self.let_go(&[it, result], false),
                IterObj::Range { .. } | IterObj::Done | IterObj::Spent { .. } => {}
                _ => {
                    let mut out = Vec::new();
                    it.clear_refs(&mut out);
                    self.let_go(&out, false);
                }
            },
            _ => unreachable!("free_now of a kind decref_obj does not free"),
        }
    }

    /// Drops the emptied payload of a released object (no Python references left):
    /// a dict's or a generator's allocation goes to its free list (invariant 7).
    pub fn recycle_payload(&mut self, obj: Obj) {
        match obj {
            Obj::Dict(d) => self.recycle_dict(d),
            Obj::Generator(g) => self.gen_free.recycle(g),
            obj => drop(obj),
        }
    }

    /// Decrefs the references a dead object held, so that those dying in turn are
    /// freed in CPython's order: `last_first` for sequence items (`tupledealloc`,
    /// `list_dealloc`), else in the order given. Strs and numbers die here; the rest
    /// are queued, which between drains runs in push order and inside a drain last
    /// in, first out.
    fn let_go(&mut self, vals: &[Value], last_first: bool) {
        if last_first != self.draining {
            for &v in vals.iter().rev() {
                self.let_go_one(v);
            }
        } else {
            for &v in vals {
                self.let_go_one(v);
            }
        }
    }

    /// One reference `let_go` drops. An item of the kinds `free_now` releases is
    /// released at once too, a few levels deep, so its own items die before the
    /// next reference is dropped, as in CPython's depth-first deallocation: a frame
    /// holding an iterator over a list and the list's current item frees the list's
    /// other items first, the current one when its variable goes. Deeper nesting is
    /// queued (no recursion without bound).
    /// Inlined into `let_go`'s loops: out of line, its call cost a fifth of
    /// freeing a small dict's or function's fields.
    #[inline(always)]
    fn let_go_one(&mut self, v: Value) {
        if let Value::Obj(r) = v {
            let depth = self.free_depth;
            let s = self.at(r);
            if s.rc == 1
                && s.flags & (FLAG_QUEUED | FLAG_IMMORTAL) == 0
                && depth < FREE_NOW_DEPTH
                && self.frees_now(s)
            {
                self.at_mut(r).rc = 0;
                self.free_depth = depth + 1;
                self.free_now(r);
                self.free_depth = depth;
                return;
            }
        }
        self.decref_freeing_atoms(v, false);
    }

    /// `decref` for the freeing loop: a str whose count reaches zero is released at
    /// once instead of being queued (it holds no references, has no finalizer and
    /// cannot be weakly referenced), unless `keep_queue` (the trace recorder wants to
    /// see every free).
    #[inline]
    pub fn decref_freeing_atoms(&mut self, v: Value, keep_queue: bool) {
        let r = match v {
            Value::Obj(r) => r,
            Value::Int(n) | Value::Float(n) => return self.decref_num(n),
            _ => return,
        };
        let s = self.at_mut(r);
        debug_assert!(s.rc > 0, "decref of dead object #{}", r.0);
        s.rc -= 1;
        if s.rc == 0 && s.flags & (FLAG_QUEUED | FLAG_IMMORTAL) == 0 {
            if !keep_queue && matches!(s.obj, Obj::Str(_)) {
                self.release_drop(r);
            } else {
                s.flags |= FLAG_QUEUED;
                self.zero_queue.push(r);
            }
        }
    }

    /// Allocated while tracemalloc traced (its recorded size is the one it had).
    #[inline]
    pub fn is_traced(&self, r: ObjRef) -> bool {
        self.at(r).flags & FLAG_TRACED != 0
    }

    #[inline]
    pub fn is_immortal(&self, r: ObjRef) -> bool {
        self.at(r).flags & FLAG_IMMORTAL != 0
    }

    /// Marks an object immortal (the VM's own tables keep it forever).
    pub fn make_immortal(&mut self, r: ObjRef) {
        self.at_mut(r).flags |= FLAG_IMMORTAL;
    }

    /// Releases the slot of a dead object whose children have already been handled.
    /// Returns the payload so the caller can decref what it held.
    pub fn release(&mut self, r: ObjRef) -> Obj {
        self.release_slot(r);
        std::mem::replace(&mut self.at_mut(r).obj, Obj::Free)
    }

    /// `release` for a dead object that holds no references: its payload is dropped
    /// in place (moving it out first only copied it through a temporary).
    #[inline]
    pub fn release_drop(&mut self, r: ObjRef) {
        self.release_slot(r);
        self.at_mut(r).obj = Obj::Free;
    }

    /// The bookkeeping of `release`: untracks, unaccounts and frees the slot, leaving
    /// the payload in place.
    /// The flags are read once: the untracking is inlined (no call, no second look at
    /// the slot), and tracemalloc's bookkeeping is out of line.
    #[inline]
    fn release_slot(&mut self, r: ObjRef) {
        let s = self.at_mut(r);
        let flags = s.flags;
        s.flags = 0;
        s.rc = 0;
        if flags & FLAG_TRACKED != 0 {
            let gen = s.gen as usize;
            self.unlink_gen(r, gen);
        }
        // CPython's PyObject_GC_Del: one fewer gen-0 allocation (never below zero),
        // unless the object goes onto one of CPython's free lists instead. A payload's
        // count was taken back when its instance adopted it.
        // A zip or map object's tuple of iterators, which mempy does not build
        // (`zip_new`, `map_new`), goes back to its free list.
        if let Obj::Iter(it) = &self.slots[r.index()].obj {
            if let IterObj::Zip { its, .. } | IterObj::Map { its, .. } = &**it {
                if !its.is_empty() {
                    let n = its.len();
                    self.note_unbuilt_free(free_lists::Kind::Tuple(n));
                }
            }
        }
        // The slot goes onto that free list, or back to its size class.
        let on_list =
            flags & FLAG_PAYLOAD == 0 && self.cpython_free.give(&self.slots[r.index()].obj, r.0);
        if flags & FLAG_PAYLOAD == 0
            && !on_list
            && self.allocs_since_collect > 0
            && self.is_gc_object(&self.at(r).obj)
        {
            self.allocs_since_collect -= 1;
        }
        if flags & FLAG_TRACED != 0 {
            self.untrace(r);
        }
        self.live -= 1;
        if !on_list {
            self.push_bin(r.0);
        }
    }

    /// tracemalloc's side of `release_slot`: the object's recorded size and site go.
    #[inline(never)]
    fn untrace(&mut self, r: ObjRef) {
        if let Some(t) = &mut self.trace {
            if let Some(sz) = t.sizes.remove(&r.0) {
                t.current -= sz;
                if let Some(p) = &mut t.prof {
                    p.on_free(r.0, sizeof::sizeof_obj(&self.slots[r.index()].obj));
                }
            }
            t.sites.remove(&r.0);
        }
    }

    /// Every free slot: each size class's list, last freed first, then CPython's
    /// type free lists (for the heap checker).
    pub fn free_slots(&self) -> impl Iterator<Item = u32> + '_ {
        self.free_heads
            .iter()
            .flat_map(move |&head| {
                let mut i = head;
                std::iter::from_fn(move || {
                    if i == 0 {
                        return None;
                    }
                    let cur = i;
                    i = self.meta[i as usize].gen_pos;
                    Some(cur)
                })
            })
            .chain(self.cpython_free.slots())
            .chain(self.lent.iter().map(|&(_, i)| i))
    }

    /// `clear_freelists` at the end of a full collection: the free slots on
    /// CPython's float, tuple, list and dict free lists go back to their size
    /// classes, in the order CPython frees them.
    pub fn clear_cpython_free_lists(&mut self) {
        self.clear_float_free_list();
        for i in self.cpython_free.clear() {
            self.push_bin(i);
        }
    }

    /// The free lists as CPython's start-up leaves them when the main script
    /// begins (phantoms only); the free slots they held go to their size classes.
    pub fn set_cpython_startup_free_lists(&mut self) {
        self.clear_cpython_free_lists();
        self.cpython_free = free_lists::CpythonFreeLists::cpython_startup();
        self.set_float_phantoms(nums::FLOAT_FREE_AT_STARTUP);
    }

    /// Puts back free lists saved before something CPython does not do
    /// (`CpythonFreeLists::restore`).
    pub fn restore_cpython_free(&mut self, saved: free_lists::CpythonFreeLists) {
        for i in self.cpython_free.restore(saved) {
            self.push_bin(i);
        }
    }

    /// Returns an interned string for `s` (the intern table keeps one reference).
    pub fn intern(&mut self, s: &str) -> ObjRef {
        // Most callers pass string literals (`"__init__"`), whose address is stable:
        // a direct-mapped cache on the address skips hashing. The text is compared too,
        // because a non-literal `&str` may reuse an address with other contents.
        let addr = s.as_ptr() as usize;
        let slot = (addr >> 3) & (INTERN_CACHE - 1);
        let (caddr, r) = self.intern_cache[slot];
        if caddr == addr && self.str(r) == s {
            return r;
        }
        let r = self.intern_slow(s);
        self.intern_cache[slot] = (addr, r);
        r
    }

    fn intern_slow(&mut self, s: &str) -> ObjRef {
        if let Some(&r) = self.interned.get(s) {
            return r;
        }
        let r = self.alloc(Obj::Str(crate::runtime::types::str::StrObj::new(
            s.to_string(),
        )));
        self.make_immortal(r);
        self.interned.insert(s.into(), r);
        r
    }

    /// `sys.intern(s)` (CPython's `PyUnicode_InternInPlace`): the str object `r`
    /// itself becomes the interned string for its text when none is yet (the table
    /// takes a reference and keeps it alive for good), else the interned one is
    /// returned. Borrowed, as [`Heap::intern`]'s result.
    pub fn intern_obj(&mut self, r: ObjRef) -> ObjRef {
        if let Some(&i) = self.interned.get(self.str(r)) {
            return i;
        }
        let key: Rc<str> = self.str(r).into();
        self.incref_obj(r);
        self.make_immortal(r);
        self.interned.insert(key, r);
        r
    }

    /// Whether `r` is the interned str for its text (the intern table holds one
    /// reference to it).
    pub fn is_interned(&self, r: ObjRef) -> bool {
        matches!(self.get(r), Obj::Str(s) if self.interned.get(s.as_str()) == Some(&r))
    }

    /// The text of a str object (panics on a non-str: callers check types first).
    #[inline]
    pub fn str(&self, r: ObjRef) -> &str {
        match self.get(r) {
            Obj::Str(s) => s.as_str(),
            _ => "",
        }
    }

    /// Re-measures every traced live object (containers grow after allocation), so
    /// `current` is exact under the getsizeof model; updates the peak.
    pub fn refresh_traces(&mut self) {
        let Some(mut t) = self.trace.take() else {
            return;
        };
        let mut current = 0;
        for (&i, sz) in t.sizes.iter_mut() {
            // Numbers never change size (ints are immutable): keep their record.
            if i & nums::NUM_TRACE_KEY == 0 {
                *sz = sizeof::sizeof_obj_in(self, &self.slots[i as usize].obj);
            }
            current += *sz;
        }
        t.current = current;
        t.peak = t.peak.max(current);
        self.trace = Some(t);
    }

    /// Forgets every trace (`tracemalloc.clear_traces`/`stop`).
    pub fn clear_traces(&mut self) {
        if let Some(t) = &mut self.trace {
            for (&i, _) in t.sizes.iter() {
                if i & nums::NUM_TRACE_KEY == 0 {
                    self.slots[i as usize].flags &= !FLAG_TRACED;
                } else {
                    self.nums.slots[(i & !nums::NUM_TRACE_KEY) as usize].flags &=
                        !(FLAG_TRACED as u32);
                }
            }
            t.sizes.clear();
            t.sites.clear();
            t.current = 0;
            t.peak = 0;
        }
    }

    /// Number of allocated (live) objects.
    pub fn live_count(&self) -> usize {
        self.live + self.live_nums()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::types::list::ListObj;

    #[test]
    fn a_dead_tuple_is_released_at_once_and_its_dead_items_queued_last_first() {
        let mut h = Heap::new();
        let a = h.alloc(Obj::List(ListObj::new(vec![])));
        let b = h.alloc(Obj::Cell(Value::None));
        let c = h.alloc(Obj::Cell(Value::None));
        let d = h.alloc(Obj::Dict(Box::default()));
        let t = h.alloc(Obj::Tuple(
            vec![Value::Obj(c), Value::Obj(a), Value::Obj(d), Value::Obj(b)].into(),
        ));
        let live = h.live;
        // The tuple owns the only references to `a`, `b`, `c` and `d` now.
        h.decref_obj(t);
        assert!(matches!(h.get(t), Obj::Free));
        // The list and dict items are released with it (depth first, as CPython's
        // deallocation).
        assert!(matches!(h.get(a), Obj::Free));
        assert!(matches!(h.get(d), Obj::Free));
        assert_eq!(h.live, live - 3);
        // The cells were let go of last to first; they wait in the queue.
        assert_eq!(h.zero_queue, vec![b, c]);
    }

    #[test]
    fn nested_sequences_are_freed_at_once_only_to_a_bounded_depth() {
        let mut h = Heap::new();
        let innermost = h.alloc(Obj::List(ListObj::new(vec![])));
        let mut outer = innermost;
        for _ in 0..(FREE_NOW_DEPTH + 5) {
            outer = h.alloc(Obj::Tuple(vec![Value::Obj(outer)].into()));
        }
        let live = h.live;
        h.decref_obj(outer);
        // The outer tuple and FREE_NOW_DEPTH levels below it go at once; the next
        // level waits in the queue (no recursion without bound).
        assert_eq!(h.live, live - 1 - FREE_NOW_DEPTH as usize);
        assert_eq!(h.zero_queue.len(), 1);
        assert!(!matches!(h.get(h.zero_queue[0]), Obj::Free));
        assert!(!matches!(h.get(innermost), Obj::Free));
    }

    #[test]
    fn alloc_incref_decref_queues_at_zero() {
        let mut h = Heap::new();
        // As while a collection runs: lists go through the queue too.
        h.defer_frees = true;
        let r = h.alloc(Obj::List(ListObj::new(vec![])));
        assert_eq!(h.rc(r), 1);
        h.incref_obj(r);
        assert_eq!(h.rc(r), 2);
        h.decref_obj(r);
        assert!(h.zero_queue.is_empty());
        h.decref_obj(r);
        assert_eq!(h.zero_queue, vec![r]);
        let obj = h.release(r);
        assert!(matches!(obj, Obj::List(_)));
        // The slot is reused, like a CPython address.
        let r2 = h.alloc(Obj::List(ListObj::new(vec![])));
        assert_eq!(r, r2);
    }

    #[test]
    fn handles_stay_in_bounds_after_their_objects_die() {
        // Invariant 6: the unchecked accessors rely on every handle indexing a slot
        // of the table, dead or alive; the table never shrinks.
        let mut h = Heap::new();
        let handles: Vec<ObjRef> = (0..100)
            .map(|_| h.alloc(Obj::List(ListObj::new(vec![]))))
            .collect();
        let len = h.slots.len();
        for &r in &handles {
            h.decref_obj(r);
        }
        h.zero_queue.clear();
        assert_eq!(h.slots.len(), len);
        for &r in &handles {
            assert!(r.index() < h.slots.len());
            assert!(matches!(h.get(r), Obj::Free));
            assert_eq!(h.rc(r), 0);
        }
        // Slot 0, the "no object" handle, is in bounds too.
        assert!(matches!(h.get(ObjRef(0)), Obj::Free));
    }

    #[test]
    fn untracking_the_youngest_leaves_no_holes() {
        let mut h = Heap::new();
        let [a, b, c] = [(); 3].map(|_| h.alloc(Obj::List(ListObj::new(vec![]))));
        h.untrack(c);
        assert_eq!(h.gens[0], vec![a, b]);
        h.untrack(a);
        assert_eq!((h.gens[0].len(), h.gen_len(0)), (2, 1));
        // `b` goes, and the hole `a` left is uncovered and goes with it.
        h.untrack(b);
        assert!(h.gens[0].is_empty());
        assert_eq!(h.gen_holes[0], 0);
    }

    #[test]
    fn tracking_lists_stay_consistent() {
        let mut h = Heap::new();
        let a = h.alloc(Obj::List(ListObj::new(vec![])));
        let b = h.alloc(Obj::List(ListObj::new(vec![])));
        let c = h.alloc(Obj::List(ListObj::new(vec![])));
        assert_eq!(h.gens[0].len(), 3);
        assert_eq!(h.allocs_since_collect, 3);
        h.untrack(a);
        assert_eq!(h.gen_len(0), 2);
        h.compact_gen(0);
        for (i, r) in h.gens[0].iter().enumerate() {
            assert_eq!(h.meta[r.index()].gen_pos as usize, i);
        }
        assert!(h.gens[0].contains(&b) && h.gens[0].contains(&c));
    }

    #[test]
    fn dict_free_list_reuses_emptied_small_dicts() {
        let mut h = Heap::new();
        let mut d = h.take_dict(1);
        d.insert_new(
            1,
            crate::runtime::heap::Heap::small_int(1),
            crate::runtime::heap::Heap::small_int(2),
            false,
        );
        let mut out = Vec::new();
        d.drain_into(&mut out);
        let p: *const DictObj = &*d;
        h.recycle_dict(d);
        let d2 = h.take_dict(1);
        assert_eq!(&*d2 as *const DictObj, p);
        assert!(d2.is_empty());
        assert_eq!(d2.sizeof(), DictObj::with_capacity(1).sizeof());
        // A dict that still has a table is not taken.
        let mut d3 = h.take_dict(0);
        d3.insert_new(
            1,
            crate::runtime::heap::Heap::small_int(1),
            crate::runtime::heap::Heap::small_int(2),
            false,
        );
        h.recycle_dict(d3);
        assert!(h.dict_free.is_empty());
    }

    #[test]
    fn interning_returns_the_same_object() {
        let mut h = Heap::new();
        let a = h.intern("name");
        let b = h.intern("name");
        assert_eq!(a, b);
        assert_eq!(h.str(a), "name");
    }
}
