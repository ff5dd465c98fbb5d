//! The virtual machine: value stack, frames, the dispatch loop and the object protocols.
//!
//! Mirrors CPython's Python/ceval.c and the abstract object layer (Objects/abstract.c).
//! Which runtime entry point is which CPython function: the tables in `attr/mod.rs`
//! (attribute lookup) and `call/mod.rs` (calling), and docs/architecture.md.
//!
//! # Ownership table (who owns a reference)
//! | holder                                  | owns? |
//! |-----------------------------------------|-------|
//! | a value-stack slot, a local, a cell     | yes   |
//! | a container element, an attribute       | yes   |
//! | `PyErr(value)` being propagated         | yes   |
//! | the result of any `PyResult<Value>` fn  | yes (caller must store or decref) |
//! | arguments passed to a native function   | no (borrowed from the caller's stack) |
//! | `Value`s copied into Rust locals        | no, unless incref'd |
//! | the VM's own tables (builtin classes, intern table, small-int cache, `sys.modules`, ...) | yes: the roots, listed in `roots.rs` |
//! | a code object's materialised constants  | yes, once per code object (its `Rc`s share them) |
//! | a frame's globals, namespace, generator | no (borrowed from what runs the frame) |
//! | weak references, the method cache       | no |
//!
//! The immediates (None, bools, NotImplemented, Ellipsis) have no refcount, so
//! incref/decref on them are no-ops; ints and floats are counted objects (`value.rs`).
//! Debug builds prove this table: at quiet points every count must equal the
//! references the heap and `Vm::visit_roots` hold (`heap/check.rs`, `collect.rs`).

pub mod attr;
pub mod call;
pub mod carets;
pub mod collect;
pub mod descriptor;
pub mod eval;
pub mod exceptions;
pub mod frame;
pub mod hashing;
pub mod import;
pub mod iter;
pub mod names;
pub mod namespace;
pub mod observer;
pub mod ops;
#[cfg(feature = "opstats")]
pub mod opstats;
pub mod pattern;
pub mod recursion;
pub mod regs;
pub mod repr;
pub mod roots;
pub mod sequence;
pub mod special;
pub mod stdout;
pub mod subscript;
pub mod threads;
pub mod tracing;
pub mod types;
pub mod unraisable;

use crate::runtime::heap::Heap;
use crate::runtime::object::{ListObj, Obj, StrObj};
use crate::runtime::types::class::BuiltinType;
use crate::runtime::types::str::StrFacts;
use crate::value::{ObjRef, Value};
use frame::{Block, Frame};
use std::collections::HashMap;
use std::io::Write;

/// A raised Python exception (an owned reference to the exception instance).
#[derive(Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

/// How stdout is buffered, chosen like python3's `io` module at start-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutMode {
    /// `PYTHONUNBUFFERED` is set (non-empty): every write is flushed.
    Unbuffered,
    /// stdout is a terminal: flushed at each newline, so output interleaves with
    /// stderr line by line.
    Line,
    /// A pipe or a file: flushed when the 8 KiB buffer fills, before a traceback or
    /// `input()` prompt, and at exit.
    Block,
}

impl OutMode {
    pub fn detect() -> OutMode {
        use std::io::IsTerminal;
        if std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()) {
            OutMode::Unbuffered
        } else if std::io::stdout().is_terminal() {
            OutMode::Line
        } else {
            OutMode::Block
        }
    }
}

/// Default number of value-stack slots (`--stack-size`).
pub const DEFAULT_STACK_SLOTS: usize = 1 << 20;

/// Builtin functions the evaluation loop recognises by identity and runs inline
/// (see `Vm::call_intrinsic`). `None` until `builtins::install` has run.
#[derive(Default, Clone, Copy)]
pub struct Intrinsics {
    pub len: Option<ObjRef>,
    pub isinstance: Option<ObjRef>,
    /// The `list.append` method descriptor.
    pub list_append: Option<ObjRef>,
}

/// The interpreter state. Fields are public only as far as they are used: the ones
/// the front end, `trace`, the runner or the REPL read are `pub`, the ones the type
/// folders and modules use are visible inside `runtime`, the rest are the VM's own.
pub struct Vm {
    pub heap: Heap,
    /// The fixed-size value stack (allocated once; never grows).
    pub stack: Box<[Value]>,
    pub sp: usize,
    pub frames: Vec<Frame>,
    pub(in crate::runtime) blocks: Vec<Block>,
    /// Exceptions currently being handled (innermost last), like `sys.exc_info()`.
    pub(in crate::runtime) handled: Vec<Value>,
    pub(in crate::runtime) types: types::Types,
    /// Builtin exception classes by name.
    /// By name; looked up on every raise and `except` match, hence the Fx hash.
    pub(in crate::runtime) exc_types: crate::runtime::heap::fxhash::FxHashMap<&'static str, ObjRef>,
    /// The most used of `exc_types`, by field (see `CommonExc`).
    pub(in crate::runtime) common_exc: exceptions::CommonExc,
    /// Pre-interned names for hot lookups.
    pub(in crate::runtime) names: names::Names,
    pub builtins: ObjRef,
    /// `sys.modules`
    pub modules: ObjRef,
    pub(in crate::runtime) recursion_limit: usize,
    /// The depth below which the fast call paths may push a frame without the
    /// general call path: `recursion_limit`, or 0 while `sys.settrace`/`setprofile`
    /// is active, so every call takes the general path, where the dispatch loop
    /// hands the new frame to its tracing copy (`tracing.rs`). The fast paths compare
    /// against this instead of `recursion_limit`, so tracing costs them nothing.
    pub(in crate::runtime) fast_call_limit: usize,
    /// The frame index of the generator `gen_collect` is draining (usize::MAX when
    /// none): its `yield`s append to `collect_buf` and go on without suspending.
    pub(in crate::runtime) collect_fi: usize,
    /// The values drained generators have yielded so far (owned), innermost drain
    /// last (each drain takes its part off the end).
    pub(in crate::runtime) collect_buf: Vec<Value>,
    /// What a `yield` of the drained generator (`collect_fi`) does with its value:
    /// append it to `collect_buf` (`gen_collect`), or fold it into `drain_acc`
    /// (`gen_drain`: `sum()`, `any()`, `all()`).
    pub(in crate::runtime) drain_mode: crate::runtime::types::generator::DrainMode,
    /// `sum()`'s running total while `gen_drain` folds a generator's values into it
    /// (owned; None otherwise).
    pub(in crate::runtime) drain_acc: Value,
    /// `sum()`'s machine total while `gen_drain_sum` folds a generator's numbers.
    pub(in crate::runtime) drain_sum: crate::runtime::types::generator::SumAcc,
    /// Native re-entries into the dispatch loop currently active.
    pub(in crate::runtime) native_depth: usize,
    /// Active C-level recursion guards (see `recursion.rs`); counts towards the limit.
    c_depth: usize,
    out: std::io::BufWriter<stdout::BinaryLayer>,
    /// When buffered stdout is flushed, as python3 decides it (see `OutMode`).
    pub(in crate::runtime) out_mode: OutMode,
    /// Interactive session: flush output after each statement.
    pub interactive: bool,
    /// Objects with weak references to them: referent -> weakref objects.
    pub(in crate::runtime) weakrefs: HashMap<ObjRef, Vec<ObjRef>>,
    /// `UnraisableHookArgs`, the struct sequence `sys.unraisablehook` is called with
    /// (owned; made with the `sys` module).
    pub(in crate::runtime) unraisable_args: Option<ObjRef>,
    /// The StopIteration a user `__next__` ended with, kept for `next()`: CPython's
    /// `next(it)` (and enumerate/map/zip over it) re-raises that very exception, args
    /// and all, where `for` loops just stop (see `instance_iter_next`).
    pub(in crate::runtime) stop_stash: Option<Value>,
    /// The weak reference interpreter shutdown watches `__main__` with while the exit
    /// collection runs (`runner::finalize`; CPython's `finalize_modules` weak list):
    /// held here, a root, so no reference is known to Rust alone.
    pub exit_watch: Option<Value>,
    /// Set by `next()` around its call: the next user `__next__` to run (not those
    /// it calls in turn) stashes its StopIteration.
    pub(in crate::runtime) want_stop: bool,
    /// The cycle collector's state (`gc` module).
    pub(in crate::runtime) gc: collect::GcState,
    /// Source texts of loaded files, for traceback lines.
    pub sources: HashMap<String, crate::source::SourceFile>,
    /// `sys.argv`
    pub argv: Vec<String>,
    /// The command line's `-X` options (`sys._xoptions`), `-W` options
    /// (`sys.warnoptions`) and whether `-E`/`-I` said to ignore `PYTHON*`
    /// environment variables.
    pub xoptions: Vec<String>,
    pub warnoptions: Vec<String>,
    pub ignore_environment: bool,
    /// The Python-level signal handlers by signal number (owned; `Value::None` where
    /// `signal.signal` never set one), made by the `_signal` module.
    pub signal_handlers: Vec<Value>,
    /// `sys.orig_argv`: the command line as given, the interpreter's path first.
    pub orig_argv: Vec<String>,
    /// Interpreter shutdown has begun (`sys.is_finalizing()`): the atexit handlers
    /// ran and the main module is being torn down.
    pub finalizing: bool,
    /// Set by `CALL_FUNCTION_EX` just before it calls a class, to the arguments tuple
    /// (borrowed; `Value::Undef` otherwise): CPython's `PyObject_Call` hands
    /// `type_call` that tuple, so nothing is packed (`take_class_call_args`) and an
    /// exception's `args` is that very tuple (`exc_args_tuple`).
    pub call_args_tuple: Value,
    /// Native calls through `call_value` in progress: their callers may hold
    /// references in Rust locals, so the heap checker cannot be exact
    /// (`Vm::check_mode`). Debug builds only.
    #[cfg(debug_assertions)]
    pub(in crate::runtime) native_callers: usize,
    /// Scratch for `drain_zero_queue_slow` (always empty between drains).
    drain_buf: Vec<Value>,
    /// The spare `zero_queue` buffer a drain swaps in (see `drain_zero_queue_slow`).
    drain_roots: Vec<crate::value::ObjRef>,
    /// Source of unique high halves for dict versions used by the LoadGlobal cache.
    dict_tags: u64,
    /// `sys.set_int_max_str_digits` limit for int<->str conversion (0 = none).
    pub(in crate::runtime) int_max_str_digits: usize,
    /// One reference to each distinct constant of the main script or REPL input being
    /// run: CPython's parser arena keeps the constants it made alive until the code it
    /// compiled has finished (so `x = 123456; sys.getrefcount(x)` is 4 in a script).
    /// Filled by `eval_main`, released when it returns.
    const_arena: Vec<Value>,
    /// Constants of code objects that died, to release (see `ConstOrphans`).
    const_orphans: crate::bytecode::code::ConstOrphans,
    /// The empty tuple, a singleton as in CPython (`() is tuple()`); the VM owns one
    /// reference.
    empty_tuple: ObjRef,
    /// The builtin functions `len` and `isinstance`, which a call runs inline when
    /// its callee is one of them (`Vm::call_intrinsic`); set by `builtins::install`.
    pub(in crate::runtime) intrinsics: Intrinsics,
    /// One-character strings of the Latin-1 range, made on first use and kept (CPython's
    /// `LATIN1` singletons: `s[0] is t[0] is chr(c)` for equal characters, and the
    /// interned `"a"` a constant is that same object). 0 = not made yet.
    pub(in crate::runtime) latin1_chars: Box<[u32; 256]>,
    /// The single-byte bytes objects (slots 0..=255) and the empty bytes (slot 256),
    /// made on first use and kept: CPython's `characters` and `empty` singletons of
    /// Objects/bytesobject.c (`b'a' is bytes([97])`). 0 = not made yet.
    pub(in crate::runtime) byte_chars: Box<[u32; 257]>,
    /// True while `eval_main` materialises the constants of its code.
    keep_const_arena: bool,
    /// The type attribute cache and its epoch (see `attr/lookup.rs`).
    method_cache: Box<[attr::MethodCacheEntry]>,
    /// The attribute caches of `getattr`/`hasattr`/`setattr` with a str name, one
    /// per name (`builtins/namespace.rs`).
    pub(in crate::runtime) name_attr_caches:
        std::rc::Rc<crate::runtime::builtins::namespace::NameAttrCaches>,
    class_epoch: u64,
    /// Containers being repr'd (CPython's `Py_ReprEnter` list).
    repr_stack: Vec<ObjRef>,
    /// The `--trace` recorder, while recording.
    pub trace: Option<Box<dyn observer::Observer>>,
    /// The import system's state (`import.rs`).
    pub(in crate::runtime) import: import::ImportState,
    /// Open file objects' state (`types/file/`).
    pub(in crate::runtime) files: crate::runtime::types::file::FileTable,
    /// The frame objects of frames still running (one owned reference each, CPython's
    /// `_PyInterpreterFrame.frame_obj`), and the index in `frames` of each, ascending
    /// (`types/frame/live.rs`).
    pub(in crate::runtime) frame_objs: Vec<Value>,
    pub(in crate::runtime) frame_obj_at: Vec<usize>,
    /// `sys.settrace` / `sys.setprofile` (`tracing.rs`).
    pub tracer: Box<tracing::Tracer>,
    /// The threads other than the running one and how they are scheduled
    /// (`threads.rs`); None until the program starts its first thread.
    pub(in crate::runtime) sched: Option<Box<threads::Scheduler>>,
    /// The code object (`Obj::Code`) last made for each compiled code, by the
    /// address of its `CodeObject`: not owned, checked on use (`Vm::code_object`).
    pub(in crate::runtime) code_objects: std::collections::HashMap<usize, ObjRef>,
}

/// A value stack of `n` slots, all `Value::Undef`, from zeroed memory: the allocator
/// maps fresh zero pages lazily, so a 1M-slot stack costs RSS only for the depth a
/// program actually reaches (CPython's data stack grows in chunks for the same reason).
fn zeroed_stack(n: usize) -> Box<[Value]> {
    let layout = std::alloc::Layout::array::<Value>(n).expect("stack size overflows");
    // SAFETY: `layout` has non-zero size (n >= 1024). `Value` is `repr(u64)` with
    // `Undef` as discriminant 0 and no payload, so all-zero bytes (a zero tag word and
    // an unused payload word) are a valid `Value::Undef` for every slot. The pointer
    // is checked for null and handed to a Box with the same layout, which frees it
    // with that layout.
    unsafe {
        let p = std::alloc::alloc_zeroed(layout) as *mut Value;
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        Box::from_raw(std::ptr::slice_from_raw_parts_mut(p, n))
    }
}

impl Vm {
    pub fn new(stack_slots: usize) -> Vm {
        let mut heap = Heap::new();
        let (types, exc_types) = types::Types::create(&mut heap);
        let names = names::Names::new(&mut heap);
        let builtins = heap.alloc(Obj::Dict(Box::default()));
        let modules = heap.alloc(Obj::Dict(Box::default()));
        let empty_tuple = heap.alloc(Obj::Tuple(crate::runtime::types::tuple::TupleObj::empty()));
        heap.make_immortal(builtins);
        heap.make_immortal(modules);
        let mut vm = Vm {
            heap,
            stack: zeroed_stack(stack_slots.max(1024)),
            sp: 0,
            frames: Vec::new(),
            blocks: Vec::new(),
            handled: Vec::new(),
            types,
            common_exc: exceptions::CommonExc::from_table(&exc_types),
            exc_types,
            names,
            builtins,
            modules,
            recursion_limit: 1000,
            fast_call_limit: 1000,
            collect_fi: usize::MAX,
            collect_buf: Vec::new(),
            drain_mode: crate::runtime::types::generator::DrainMode::Collect,
            drain_acc: Value::None,
            drain_sum: crate::runtime::types::generator::SumAcc::Int(0),
            native_depth: 0,
            c_depth: 0,
            // python3's buffer size: with the same flush points, stdout and stderr
            // interleave the same way when both go to one pipe or file.
            out: std::io::BufWriter::with_capacity(stdout::LAYER_SIZE, stdout::BinaryLayer::new()),
            out_mode: OutMode::detect(),
            interactive: false,
            weakrefs: HashMap::new(),
            unraisable_args: None,
            stop_stash: None,
            exit_watch: None,
            want_stop: false,
            gc: collect::GcState::default(),
            sources: HashMap::new(),
            argv: Vec::new(),
            xoptions: Vec::new(),
            warnoptions: Vec::new(),
            ignore_environment: false,
            orig_argv: Vec::new(),
            signal_handlers: Vec::new(),
            finalizing: false,
            call_args_tuple: Value::Undef,
            #[cfg(debug_assertions)]
            native_callers: 0,
            drain_buf: Vec::new(),
            drain_roots: Vec::new(),
            dict_tags: 0,
            int_max_str_digits: 4300,
            const_arena: Vec::new(),
            const_orphans: Default::default(),
            latin1_chars: Box::new([0; 256]),
            byte_chars: Box::new([0; 257]),
            empty_tuple,
            intrinsics: Intrinsics::default(),
            keep_const_arena: false,
            method_cache: vec![Default::default(); attr::METHOD_CACHE_SIZE].into_boxed_slice(),
            name_attr_caches: Default::default(),
            class_epoch: 1,
            repr_stack: Vec::new(),
            trace: None,
            import: Default::default(),
            files: Default::default(),
            frame_objs: Vec::new(),
            frame_obj_at: Vec::new(),
            tracer: Default::default(),
            sched: None,
            code_objects: Default::default(),
        };
        crate::runtime::builtins::install(&mut vm);
        vm
    }

    // ----- reference counting -------------------------------------------------------

    #[inline(always)]
    pub fn incref(&mut self, v: Value) {
        self.heap.incref(v);
    }

    /// Drops a reference; objects reaching zero are released at the next safe point.
    #[inline(always)]
    pub fn decref(&mut self, v: Value) {
        self.heap.decref(v);
    }

    /// Releases every object whose count reached zero (CPython's `_Py_Dealloc`, made
    /// iterative): runs `__del__` (once, PEP 442), clears weak references and their
    /// callbacks, then drops the object's children, which may queue more objects.
    #[inline(always)]
    pub fn drain_zero_queue(&mut self) {
        if self.needs_drain() {
            self.drain_zero_queue_slow();
        }
    }

    /// Whether `drain_zero_queue` has work: objects queued or a collection due.
    #[inline(always)]
    pub fn needs_drain(&self) -> bool {
        (self.heap.gc_pending || !self.heap.zero_queue.is_empty()) && !self.heap.draining
    }

    #[inline(never)]
    fn drain_zero_queue_slow(&mut self) {
        if !self.heap.gc_pending && self.trace.is_none() && self.heap.zero_queue.len() <= 4 {
            // The commonest drain: the temporaries of a str expression
            // (`a.strip().lower()`), dead strs and nothing else. They hold no
            // references, have no finalizer and cannot be weakly referenced: released
            // in queue order, as the general loop below would, without its set-up.
            let heap = &self.heap;
            let all_strs = heap.zero_queue.iter().all(|&r| {
                let s = &heap.slots[r.index()];
                s.rc == 0 && matches!(s.obj, Obj::Str(_))
            });
            if all_strs {
                let mut q = std::mem::take(&mut self.heap.zero_queue);
                for &r in &q {
                    self.heap.release_drop(r);
                }
                q.clear();
                self.heap.zero_queue = q;
                return;
            }
        }
        if self.heap.gc_pending {
            // An allocation crossed the gen-0 threshold: this is a safe point.
            self.maybe_collect();
        }
        self.heap.draining = true;
        // CPython deallocates depth first: a dying object lets go of its references
        // one at a time, and whatever that frees is deallocated completely (its own
        // references included) before the next reference is let go of. So a frame
        // holding a list iterator and the list's current item (`for x in [..]`, a
        // generator `any()` abandoned) frees the list's other items first and the
        // current one last. Here the references a released object held wait on
        // `work` (popped from the end, so they are pushed in reverse of CPython's
        // order); each one popped is decref'd, and an object that dies is released
        // before the next one is popped (it is on top of `zero_queue`).
        //
        // What the operations since the last drain queued (`roots`) die in the order
        // they let go of it: `d.clear()` frees values in insertion order,
        // `list.clear()` from the last item (it decrefs in that order), as CPython's
        // immediate deallocation does. The buffers are kept across drains: most
        // drains free one or two small objects, for which fresh Vecs' first
        // allocations would cost as much as the freeing.
        let spare = std::mem::take(&mut self.drain_roots);
        let mut roots = std::mem::replace(&mut self.heap.zero_queue, spare);
        roots.reverse();
        let mut work = std::mem::take(&mut self.drain_buf);
        let tracing = self.trace.is_some();
        loop {
            if self.heap.zero_queue.is_empty() {
                // Let go of pending references until one kills an object (most
                // only lower a count, or free a str or a number on the spot).
                while let Some(v) = work.pop() {
                    self.heap.decref_freeing_atoms(v, tracing);
                    if !self.heap.zero_queue.is_empty() {
                        break;
                    }
                }
            }
            let r = match self.heap.zero_queue.pop() {
                Some(r) => r,
                None => match roots.pop() {
                    Some(r) => r,
                    None => break,
                },
            };
            let slot = &self.heap.slots[r.index()];
            // A dead str (the commonest garbage) holds no references, has no finalizer
            // and cannot be weakly referenced: free it without the general checks.
            if slot.rc == 0 && !tracing && matches!(slot.obj, Obj::Str(_)) {
                self.heap.release_drop(r);
                continue;
            }
            if slot.rc > 0 {
                // Resurrected while queued.
                self.heap.slots[r.index()].flags &= !crate::runtime::heap::FLAG_QUEUED;
                continue;
            }
            // The kinds with nothing for the VM to do besides letting go of their
            // items (no finalizer, no weak reference) skip the checks below.
            // (The trace recorder sees every free: not while it runs.)
            let plain = !tracing && self.heap.frees_now(slot);
            if !plain {
                if self.needs_finalizer(r) {
                    self.heap.slots[r.index()].flags |= crate::runtime::heap::FLAG_FINALIZED;
                    // Temporarily resurrect while __del__ runs.
                    self.heap.slots[r.index()].rc = 1;
                    // The finalizer runs to completion before the next queued object's
                    // (CPython deallocates one object at a time): the drains at its safe
                    // points see only what it frees itself, not the rest of this queue.
                    let pending = std::mem::take(&mut self.heap.zero_queue);
                    self.run_finalizer(r);
                    let leftover = std::mem::replace(&mut self.heap.zero_queue, pending);
                    self.heap.zero_queue.extend(leftover.into_iter().rev());
                    let s = &mut self.heap.slots[r.index()];
                    s.rc -= 1;
                    if s.rc > 0 {
                        // Resurrected by __del__: keep it.
                        s.flags &= !crate::runtime::heap::FLAG_QUEUED;
                        continue;
                    }
                }
                if !self.weakrefs.is_empty() && self.weakrefs.contains_key(&r) {
                    self.clear_weakrefs(r, true, true);
                }
                if self.trace.is_some() {
                    self.trace_free(r);
                }
            }
            let mut obj = self.heap.release(r);
            if !plain {
                if let Obj::Class(c) = &obj {
                    crate::runtime::types::class::bases::forget_subclass(
                        &mut self.heap,
                        r,
                        &c.bases,
                    );
                }
                if matches!(obj, Obj::MemoryView(_) | Obj::ManagedBuffer(_)) {
                    self.buffer_dealloc(&mut obj);
                }
                if let Obj::WeakRef(wr) = &obj {
                    self.forget_weakref(r, wr.target);
                }
            }
            // An instance's reference to its class goes last, after its memory
            // (CPython's `subtype_dealloc`: `Py_DECREF(type)` after `tp_free`):
            // below the references it held. `clear_refs` leaves it (`tp_clear`
            // never clears `ob_type`), so an instance the collector cleared still
            // owns it here.
            if let Obj::Instance(i) = &obj {
                work.push(Value::Obj(i.class));
            }
            // CPython lets go of list/tuple items last to first and of dict/attribute
            // values first to last; `work` is popped from the end.
            let forward = matches!(obj, Obj::List(_) | Obj::Tuple(_));
            let at = work.len();
            obj.clear_refs(&mut work);
            if !forward {
                work[at..].reverse();
            }
            // Payload drops here (Rust memory only; no Python references remain),
            // except a dict's or generator's, which may go on a free list.
            self.heap.recycle_payload(obj);
        }
        if roots.capacity() > 4096 {
            roots = Vec::new();
        }
        self.drain_roots = roots;
        // Kept for the next drain, unless freeing a big container grew it: that
        // memory would stay reserved for good (and count against `--max-memory`).
        if work.capacity() > 4096 {
            work = Vec::new();
        }
        self.drain_buf = work;
        self.heap.draining = false;
        // Code objects the freed functions, generators, code values and tracebacks
        // held may have died with them: release their constants (which may free more).
        if self.has_orphaned_consts() {
            self.release_orphaned_consts();
        }
        if self.trace.is_some() {
            self.trace_drained();
        }
    }

    /// Whether a code object died since the last `release_orphaned_consts`.
    #[inline]
    pub(crate) fn has_orphaned_consts(&self) -> bool {
        !self.const_orphans.borrow().is_empty()
    }

    /// Drops the constants of the code objects that died (CPython's `code_dealloc`
    /// decref of `co_consts`), then releases whatever that freed.
    #[inline(never)]
    pub(crate) fn release_orphaned_consts(&mut self) {
        loop {
            let orphans = std::mem::take(&mut *self.const_orphans.borrow_mut());
            if orphans.is_empty() {
                break;
            }
            for v in orphans {
                self.heap.decref(v);
            }
            self.drain_zero_queue();
        }
    }

    /// True if `r` is an instance whose class defines `__del__`, a generator
    /// suspended inside a `try`/`with` block (CPython's `_PyGen_Finalize` closes it,
    /// running its `finally`/`__exit__`), or a coroutine never started (which warns
    /// "was never awaited"), and that has not run yet.
    pub(crate) fn needs_finalizer(&self, r: ObjRef) -> bool {
        let slot = &self.heap.slots[r.index()];
        if slot.flags & crate::runtime::heap::FLAG_FINALIZED != 0 {
            return false;
        }
        match &slot.obj {
            Obj::Instance(i) => match self.heap.get(i.class) {
                Obj::Class(c) => c.has_del,
                _ => false,
            },
            // Without an active handler, GeneratorExit would pass through the frame
            // with no visible effect, so only those generators are closed.
            Obj::Generator(g) => {
                (g.state == crate::runtime::types::generator::GenState::Suspended
                    && !g.blocks.is_empty())
                    || crate::runtime::types::generator::never_awaited(g)
            }
            _ => false,
        }
    }

    /// Runs the finalizer `needs_finalizer` found: `__del__`, `close()` for a
    /// generator (an exception is reported as `Exception ignored in: ...`), or the
    /// never-awaited warning for an unstarted coroutine.
    pub(crate) fn run_finalizer(&mut self, r: ObjRef) {
        if let Obj::Generator(g) = self.heap.get(r) {
            let unawaited = crate::runtime::types::generator::never_awaited(g);
            let was = self.heap.draining;
            self.heap.draining = false;
            if unawaited {
                self.warn_unawaited_coroutine(r);
            } else if let Err(e) = self.gen_close(r) {
                self.print_unraisable(e, Value::Obj(r));
            }
            self.heap.draining = was;
        } else {
            self.run_del(r);
        }
    }

    /// Calls `obj.__del__()`, printing `Exception ignored in: ...` if it raises.
    pub fn run_del(&mut self, r: ObjRef) {
        let obj = Value::Obj(r);
        let Some(del) = self.lookup_type_attr(obj, "__del__") else {
            return;
        };
        let was = self.heap.draining;
        self.heap.draining = false;
        let res = self.call_value(del, &[obj], &[]);
        self.decref(del);
        match res {
            Ok(v) => self.decref(v),
            Err(e) => self.print_unraisable(e, del),
        }
        self.heap.draining = was;
    }

    /// Drops a dead weak reference `w` from its live referent's list.
    fn forget_weakref(&mut self, w: ObjRef, target: Value) {
        if let Value::Obj(t) = target {
            if let Some(refs) = self.weakrefs.get_mut(&t) {
                refs.retain(|&x| x != w);
                if refs.is_empty() {
                    self.weakrefs.remove(&t);
                }
            }
        }
    }

    /// Clears the weak references to a dying object; with `callbacks`, calls them.
    /// With `take_callbacks` (a death by refcount, CPython's
    /// `PyObject_ClearWeakRefs`) each reference lets go of its callback, so its
    /// `__callback__` reads None after; the collector's clearing
    /// (`handle_weakrefs`) leaves it in place.
    pub fn clear_weakrefs(&mut self, r: ObjRef, callbacks: bool, take_callbacks: bool) {
        let Some(refs) = self.weakrefs.remove(&r) else {
            return;
        };
        let mut to_call = Vec::new();
        for w in refs {
            let Obj::WeakRef(wr) = self.heap.get_mut(w) else {
                continue;
            };
            wr.target = Value::None;
            let cb = wr.callback;
            if take_callbacks {
                wr.callback = Value::None;
            } else {
                self.incref(cb);
            }
            // Each entry of `to_call` owns its callback reference.
            if callbacks && !matches!(cb, Value::None) {
                to_call.push((w, cb));
            } else {
                self.decref(cb);
            }
        }
        // Callbacks run newest first, as in CPython.
        for (w, cb) in to_call.into_iter().rev() {
            // A subclass's reference is seen as its instance.
            let w = self.weakref_outer(w);
            // A reference whose count reached zero in the same batch of decrefs as
            // its target, but after it (a frame's locals `a, w = X(), ref(a, cb)`
            // let go of in order), is still queued: CPython would have freed the
            // target before even lowering the reference's count, so its callback runs.
            let slot = &self.heap.slots[w.index()];
            if slot.rc == 0 && slot.flags & crate::runtime::heap::FLAG_QUEUED == 0 {
                self.decref(cb);
                continue;
            }
            self.incref(Value::Obj(w));
            match self.call_value(cb, &[Value::Obj(w)], &[]) {
                Ok(v) => self.decref(v),
                Err(e) => self.print_unraisable(e, cb),
            }
            self.decref(Value::Obj(w));
            self.decref(cb);
        }
    }

    // ----- allocation helpers --------------------------------------------------------

    pub fn new_str(&mut self, s: impl Into<String>) -> Value {
        let s = s.into();
        if s.len() <= 2 {
            if let Some(v) = self.singleton_str(&s) {
                return v;
            }
        }
        Value::Obj(self.heap.alloc(Obj::Str(StrObj::new(s))))
    }

    /// The singleton for a text CPython 3.11 keeps as a static object: the empty
    /// string and the 256 one-character Latin-1 strings (`s.len() <= 2` is the
    /// caller's cheap pre-check; U+0080..U+00FF take two UTF-8 bytes).
    #[inline]
    fn singleton_str(&mut self, s: &str) -> Option<Value> {
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (None, _) => Some(self.empty_str()),
            (Some(c), None) if (c as u32) < 256 => Some(self.str_of_char(c)),
            _ => None,
        }
    }

    /// For an object CPython 3.11 allocates statically (see `sys.getrefcount`): the
    /// number of references mempy's own singleton tables hold on it (beyond the intern
    /// table's, which is never counted); None for every other value.
    pub fn static_singleton_refs(&self, v: Value) -> Option<u32> {
        match v {
            Value::Int(n) => crate::runtime::heap::Heap::is_small_int(n).then_some(1),
            Value::Obj(r) if r == self.empty_tuple => Some(1),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) if s.as_str().is_empty() => Some(0),
                Obj::Str(s) if s.as_str().len() <= 2 => {
                    let mut it = s.as_str().chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) if (c as u32) < 256 => {
                            if self.latin1_chars[c as usize] == r.0 {
                                Some(1)
                            } else {
                                // CPython's interned `'a'` is a deep-frozen static; any
                                // other interned one-character string is the singleton
                                // its first `chr()` or indexing will put in the table
                                // (`str_of_char`), which holds no reference to it yet.
                                self.heap.is_interned(r).then_some(0)
                            }
                        }
                        _ => None,
                    }
                }
                Obj::Bytes(b) if b.len() <= 1 => {
                    let k = b.first().map_or(256, |&c| usize::from(c));
                    (self.byte_chars[k] == r.0).then_some(1)
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// A new reference to the empty string, a singleton as in CPython (the interned
    /// `""`, which is also what the compiler's `""` constants are).
    pub fn empty_str(&mut self) -> Value {
        let r = self.heap.intern("");
        self.heap.incref_obj(r);
        Value::Obj(r)
    }

    /// A new str whose character count and widest character are already known
    /// (built from other strings), so its text is not rescanned.
    pub fn new_str_facts(&mut self, s: String, facts: StrFacts) -> Value {
        if s.len() <= 2 {
            if let Some(v) = self.singleton_str(&s) {
                return v;
            }
        }
        Value::Obj(self.heap.alloc(Obj::Str(StrObj::with_facts(s, facts))))
    }

    /// A new str from text the caller knows is ASCII (digits, ASCII pieces).
    pub fn new_ascii_str(&mut self, s: String) -> Value {
        let facts = StrFacts::ascii(s.len());
        self.new_str_facts(s, facts)
    }

    /// The text and cached facts of a str value (or of a str subclass instance's).
    #[inline]
    pub fn str_and_facts(&self, v: Value) -> Option<(&str, StrFacts)> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some((s.as_str(), s.facts())),
                Obj::Instance(i) => match i.payload() {
                    Some(p) if self.is_str(p) => self.str_and_facts(p),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// An interned str (for identifiers and attribute names).
    pub fn intern(&mut self, s: &str) -> Value {
        Value::Obj(self.heap.intern(s))
    }

    /// A list owning `items`, allocated exactly (like `BUILD_LIST`).
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.heap.alloc(Obj::List(ListObj::new(items))))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            self.heap.incref_obj(self.empty_tuple);
            return Value::Obj(self.empty_tuple);
        }
        Value::Obj(self.heap.alloc(Obj::Tuple(items.into())))
    }

    pub fn new_dict(&mut self) -> Value {
        Value::Obj(self.heap.alloc(Obj::Dict(Box::default())))
    }

    /// A new reference to the int `i` (CPython's `PyLong_FromLongLong`). Code outside
    /// the number types makes ints only through this and [`Vm::new_int`], never by
    /// building a `Value` by hand, so the representation can change in one place.
    #[inline(always)]
    pub fn int(&mut self, i: i64) -> Value {
        self.heap.int(i)
    }

    /// The value with its number read out (see `value::Scalar`).
    #[inline(always)]
    pub fn scalar(&self, v: Value) -> crate::value::Scalar {
        self.heap.scalar(v)
    }

    /// A new reference to a float with value `f` (CPython's `PyFloat_FromDouble`).
    #[inline(always)]
    pub fn float(&mut self, f: f64) -> Value {
        self.heap.float(f)
    }

    /// An int from a BigInt, unboxed when it fits in i64.
    pub fn new_int(&mut self, b: num_bigint::BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => self.int(i),
            None => Value::Obj(self.heap.alloc(Obj::BigInt(Box::new(b)))),
        }
    }

    // ----- type queries ------------------------------------------------------------

    /// `type(v)` as a class handle (borrowed).
    ///
    /// The commonest kinds are answered inline (CPython's `Py_TYPE` is one load; a
    /// call into the full match cost 30 instructions on every builtin method call's
    /// receiver check), the rest by `type_of_general`.
    #[inline(always)]
    pub fn type_of(&self, v: Value) -> ObjRef {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => i.class,
                Obj::Str(_) => self.types.str_,
                Obj::List(_) => self.types.list,
                Obj::Dict(_) => self.types.dict,
                Obj::Tuple(_) => self.types.tuple,
                _ => self.type_of_general(v),
            },
            Value::Int(_) => self.types.int,
            Value::Float(_) => self.types.float,
            _ => self.type_of_general(v),
        }
    }

    /// `type_of` for every kind of value.
    #[inline(never)]
    fn type_of_general(&self, v: Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::Undef | Value::None => t.none,
            Value::NotImplemented => t.not_implemented,
            Value::Ellipsis => t.ellipsis,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Free => t.object,
                Obj::Str(_) => t.str_,
                Obj::Bytes(_) => t.bytes,
                Obj::ByteArray(_) => t.bytearray,
                Obj::Array(_) => t.array,
                Obj::BigInt(_) => t.int,
                Obj::Complex(_) => t.complex,
                Obj::List(_) => t.list,
                Obj::Tuple(_) => t.tuple,
                Obj::Dict(_) => t.dict,
                Obj::Set(_) => t.set,
                Obj::FrozenSet(_) => t.frozenset,
                Obj::Range { .. } | Obj::BigRange(_) => t.range,
                Obj::Slice { .. } => t.slice,
                Obj::Function(_) => t.function,
                // Out of line (`builtin_descr_type`), so this match stays as cheap
                // for the common kinds as it was.
                Obj::Builtin(_) => self.builtin_descr_type(r),
                Obj::ClassMethod(Value::Obj(_), ..) => self.builtin_descr_type(r),
                Obj::BoundMethod { .. } => t.method,
                Obj::Class(c) => c.metaclass.unwrap_or(t.type_),
                Obj::Instance(i) => i.class,
                Obj::Cell(_) => t.cell,
                Obj::Module(m) => m.class.unwrap_or(t.module),
                Obj::Iter(it) => match &**it {
                    crate::runtime::object::IterObj::Seq {
                        seq: Value::Obj(s), ..
                    } => match self.heap.get(*s) {
                        Obj::Bytes(_) => t.bytes_iterator,
                        Obj::ByteArray(_) => t.bytearray_iterator,
                        Obj::Array(_) => t.array_iterator,
                        Obj::MemoryView(_) => t.memory_iterator,
                        Obj::Tuple(_) => t.tuple_iterator,
                        Obj::Str(s) if s.is_ascii() => t.str_iterator,
                        Obj::Str(_) => t.unicode_iterator,
                        // A subclass instance's iterator is its builtin part's.
                        Obj::Instance(_) => match self.iter_target(Value::Obj(*s)) {
                            Value::Obj(p) if p != *s => match self.heap.get(p) {
                                Obj::Bytes(_) => t.bytes_iterator,
                                Obj::ByteArray(_) => t.bytearray_iterator,
                                Obj::Array(_) => t.array_iterator,
                                Obj::Tuple(_) => t.tuple_iterator,
                                // (Never compact ASCII: CPython's `str_iterator`.)
                                Obj::Str(_) => t.unicode_iterator,
                                _ => t.iter_type(it),
                            },
                            // No builtin part: the `__getitem__` protocol's iterator.
                            Value::Obj(p) if p == *s => t.seq_iterator,
                            _ => t.iter_type(it),
                        },
                        Obj::Class(_) => t.seq_iterator,
                        _ => t.iter_type(it),
                    },
                    // `reversed(list)` is a list_reverseiterator; over any other
                    // sequence it is a `reversed` object, as in CPython.
                    crate::runtime::object::IterObj::Reversed {
                        seq: Value::Obj(s), ..
                    } if matches!(self.heap.get(*s), Obj::List(_))
                        || matches!(self.iter_target(Value::Obj(*s)),
                            Value::Obj(p) if matches!(self.heap.get(p), Obj::List(_))) =>
                    {
                        t.list_reverseiterator
                    }
                    _ => t.iter_type(it),
                },
                Obj::Generator(g) => self.generator_class(g),
                Obj::Property(_) => t.property,
                Obj::Member(m)
                    if matches!(
                        m.kind,
                        crate::runtime::types::member::MemberKind::Slot
                            | crate::runtime::types::member::MemberKind::ExcField
                            | crate::runtime::types::member::MemberKind::NativeMember
                    ) =>
                {
                    t.member_descriptor
                }
                Obj::Member(_) => t.getset_descriptor,
                Obj::StaticMethod(..) => t.staticmethod,
                Obj::ClassMethod(..) => t.classmethod,
                Obj::Super { .. } => t.super_,
                Obj::WeakRef(_) => t.weakref,
                Obj::DictView { dict, kind } => match kind {
                    _ if self.is_odict(Value::Obj(*dict)) => {
                        self.od_view_class(*dict, *kind).unwrap_or(t.dict_keys)
                    }
                    0 => t.dict_keys,
                    1 => t.dict_values,
                    _ => t.dict_items,
                },
                Obj::Code(_) => t.code,
                Obj::MemoryView(_) => t.memoryview,
                Obj::ManagedBuffer(_) => t.managedbuffer,
                Obj::Frame(_) => t.frame,
                Obj::Traceback(_) => t.traceback,
                Obj::MappingProxy(_) => t.mappingproxy,
                Obj::Deque(_) => t.deque,
                Obj::OpCaller(o) => match **o {
                    crate::runtime::object::OpCallerObj::ItemGetter(_) => t.itemgetter,
                    crate::runtime::object::OpCallerObj::AttrGetter { .. } => t.attrgetter,
                    crate::runtime::object::OpCallerObj::MethodCaller { .. } => t.methodcaller,
                },
            },
        }
    }

    /// `type(v).__name__`
    pub fn type_name(&self, v: Value) -> String {
        self.class_name(self.type_of(v))
    }

    pub fn class_name(&self, c: ObjRef) -> String {
        match self.heap.get(c) {
            Obj::Class(c) => c.name.clone(),
            _ => "?".into(),
        }
    }

    /// The builtin layout of a class.
    pub fn class_kind(&self, c: ObjRef) -> BuiltinType {
        match self.heap.get(c) {
            Obj::Class(c) => c.kind,
            _ => BuiltinType::Object,
        }
    }

    /// `issubclass(a, b)` by MRO.
    pub fn is_subclass(&self, a: ObjRef, b: ObjRef) -> bool {
        if a == b {
            return true;
        }
        match self.heap.get(a) {
            Obj::Class(c) => c.mro.contains(&b),
            _ => false,
        }
    }

    /// `isinstance(v, cls)` for a single class.
    pub fn is_instance(&self, v: Value, cls: ObjRef) -> bool {
        let t = self.type_of(v);
        self.is_subclass(t, cls)
    }

    /// The text of a str value, or of an instance of a str subclass (whose text is
    /// accepted wherever a str argument is, as CPython's `PyUnicode_Check`).
    #[inline]
    pub fn as_str(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(s.as_str()),
                Obj::Instance(i) => match i.payload() {
                    Some(Value::Obj(p)) => match self.heap.get(p) {
                        Obj::Str(s) => Some(s.as_str()),
                        _ => None,
                    },
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` is exactly a str (not an instance of a subclass).
    pub fn is_str(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_)))
    }

    /// Writes to stdout (buffered; flushed at exit, on input(), on errors); for
    /// mempy's own output, which has no caller to raise in: a failure ends the
    /// program (`stdout_closed`).
    pub fn write_out(&mut self, s: &str) {
        if let Err(e) = self.write_out_io(s) {
            self.stdout_closed(e);
        }
    }

    /// `print()` / `sys.stdout.write` to the interpreter's stdout: a failed write
    /// raises its OSError in the program (`BrokenPipeError` when the reader went
    /// away), and what was pending is dropped, as CPython's buffered writer leaves
    /// nothing for the flush at exit to fail on again.
    pub fn print_out(&mut self, s: &str) -> PyResult<()> {
        self.write_out_io(s)
            .map_err(|e| self.stdout_write_failed(e))
    }

    /// `sys.stdout.buffer.write(b)` from the program (see `print_out`).
    pub fn print_out_bytes(&mut self, b: &[u8]) -> PyResult<()> {
        self.write_out_bytes_io(b)
            .map_err(|e| self.stdout_write_failed(e))
    }

    /// `sys.stdout.flush()` and `print(..., flush=True)`: a failure raises, and
    /// unlike a failed write the text stays pending (CPython's buffered writer keeps
    /// it), so the flush at exit reports it again.
    pub fn flush_out_checked(&mut self) -> PyResult<()> {
        self.out.flush().map_err(|e| self.os_error(&e, None))
    }

    fn stdout_write_failed(&mut self, e: std::io::Error) -> PyErr {
        self.discard_out();
        self.os_error(&e, None)
    }

    fn write_out_io(&mut self, s: &str) -> std::io::Result<()> {
        if self.trace.is_some() {
            self.trace_out(s);
        }
        let flush = self.interactive
            || match self.out_mode {
                OutMode::Unbuffered => true,
                OutMode::Line => s.contains('\n'),
                OutMode::Block => false,
            };
        self.out
            .write_all(s.as_bytes())
            .and_then(|()| if flush { self.out.flush() } else { Ok(()) })
    }

    /// Text already encoded (a string holding surrogates, which python3's stdout
    /// encodes under its error handler): into the text layer as `write_out` puts text.
    pub(crate) fn write_out_encoded(&mut self, b: &[u8]) -> PyResult<()> {
        if self.trace.is_some() {
            self.trace_out(&String::from_utf8_lossy(b));
        }
        let flush = self.interactive
            || match self.out_mode {
                OutMode::Unbuffered => true,
                OutMode::Line => b.contains(&b'\n'),
                OutMode::Block => false,
            };
        self.out
            .write_all(b)
            .and_then(|()| if flush { self.out.flush() } else { Ok(()) })
            .map_err(|e| self.stdout_write_failed(e))
    }

    /// `sys.stdout.buffer.write(b)`: bytes into the binary layer, under any text still
    /// pending in the text layer (see `stdout.rs`); unbuffered, both go out at once.
    fn write_out_bytes_io(&mut self, b: &[u8]) -> std::io::Result<()> {
        let flush = self.interactive || self.out_mode == OutMode::Unbuffered;
        let layer = self.out.get_mut();
        layer
            .write_binary(b)
            .and_then(|()| if flush { self.out.flush() } else { Ok(()) })
    }

    /// Flushes stdout. Every exit path calls this (normal end, uncaught exception,
    /// `sys.exit`, limits); a failure ends the program as CPython's shutdown does
    /// when it cannot flush `sys.stdout` (see `stdout_closed`).
    pub fn flush_out(&mut self) {
        if let Err(e) = self.out.flush() {
            self.stdout_closed(e);
        }
    }

    /// Drops what stdout holds (both layers): it cannot be written.
    fn discard_out(&mut self) {
        let capacity = self.out.capacity();
        let old = std::mem::replace(
            &mut self.out,
            std::io::BufWriter::with_capacity(capacity, stdout::BinaryLayer::new()),
        );
        let (mut layer, _) = old.into_parts();
        layer.discard();
    }

    /// Flushes stdout before an uncaught exception is reported. CPython ignores a
    /// failure there: the report goes to stderr all the same and the text stays
    /// pending, for the flush at exit to fail on again (and report it).
    pub fn flush_out_before_report(&mut self) {
        let _ = self.out.flush();
    }

    /// stdout cannot be written (`mempy big.py | head -1`, a full disk): what CPython's
    /// `flush_std_files` does at exit — "Exception ignored in:" the stream, the
    /// error's last line, and status 120. The pending bytes have nowhere to go, so
    /// they are dropped rather than retried by `BufWriter`'s drop.
    #[cold]
    fn stdout_closed(&mut self, e: std::io::Error) -> ! {
        self.discard_out();
        let err = self.os_error(&e, None);
        let line = self.format_exception(err.0);
        self.decref(err.0);
        crate::eprint_safe!(
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' \
             encoding='utf-8'>\n{line}"
        );
        std::process::exit(120);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeroed_stack_is_all_undef() {
        let s = zeroed_stack(4096);
        assert_eq!(s.len(), 4096);
        assert!(s.iter().all(|v| v.is_undef()));
    }
}
