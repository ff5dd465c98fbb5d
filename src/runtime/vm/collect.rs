//! A collection, around the heap's mark phase (CPython's `gc_collect_main` in
//! Modules/gcmodule.c): when an automatic collection runs and which generation it
//! takes, `gc.callbacks`, then for the garbage found: PEP 442 finalizers run once,
//! resurrection re-checked, weakrefs cleared with their callbacks, references
//! cleared so refcounting frees the rest, `gc.garbage` under `DEBUG_SAVEALL`.
//! The mark phase itself is `runtime::heap::gc` (it needs only the heap).

use crate::runtime::heap::check::CheckMode;
use crate::runtime::heap::gc::{mark_unreachable_ordered, mark_unreachable_prepared, REACHABLE};
use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};

/// `gc` module state: enabled flag, thresholds and per-generation counters.
pub struct GcState {
    pub enabled: bool,
    pub thresholds: [i64; 3],
    /// Collections of younger generations since the last collection of each generation.
    pub counts: [i64; 3],
    pub collecting: bool,
    /// `gc.callbacks` (a list object, owned), once the `gc` module exists.
    pub callbacks: Option<ObjRef>,
    /// `gc.garbage` (a list object, owned), once the `gc` module exists.
    pub garbage: Option<ObjRef>,
    /// `gc.set_debug` flags (only `DEBUG_SAVEALL` changes behaviour).
    pub debug: i64,
    /// Objects in generation 2 after the last full collection, and survivors promoted
    /// into it since: a full automatic collection needs pending > total / 4.
    pub long_lived_total: usize,
    pub long_lived_pending: usize,
    /// Per generation: (collections, objects found unreachable), for `gc.get_stats`.
    pub stats: [(usize, usize); 3],
    /// Set while a module of CPython's start-up set loads (`as_startup_allocation`).
    pub in_startup_import: bool,
}

/// `gc.DEBUG_SAVEALL`: unreachable objects go to `gc.garbage` instead of being freed.
pub const DEBUG_SAVEALL: i64 = 32;

impl Default for GcState {
    fn default() -> Self {
        GcState {
            enabled: true,
            thresholds: [700, 10, 10],
            counts: [0, 0, 0],
            collecting: false,
            callbacks: None,
            garbage: None,
            debug: 0,
            long_lived_total: 0,
            long_lived_pending: 0,
            stats: [(0, 0); 3],
            in_startup_import: false,
        }
    }
}

/// What a collection found.
#[derive(Default, Debug)]
pub struct GcReport {
    pub unreachable: usize,
    pub by_type: Vec<(String, usize)>,
}

/// `gc.get_count()` when the first line of a small script runs under CPython 3.11.7
/// (`python3 script.py`, standard site-packages): its start-up (importing `site`,
/// `encodings`, `io`, ..., then compiling the main module) leaves 249 container
/// allocations counted in generation 0, none in generation 1 since the last generation-1
/// collection, and two generation-1 collections since the last full one.
pub const CPYTHON_STARTUP_COUNTS: [i64; 3] = [249, 0, 2];

impl Vm {
    /// Puts the collector where CPython's start-up leaves it before the main module runs,
    /// so a program's automatic collections come when CPython's would (and
    /// `gc.get_count()` on its first line reads as CPython's). mempy's own start-up
    /// objects (builtin types and their dicts, the builtins and sys modules) are static
    /// objects in CPython, never counted; after CPython's start-up collections its
    /// surviving objects live in the oldest generation, so mempy's move there too.
    pub fn start_program_gc_state(&mut self) {
        let moved = self.heap.merge_gens(&[0, 1], 2);
        // `sys.modules`, then the `__main__` module, then its namespace, as the last
        // of the old objects (CPython makes them in that order early in its start-up,
        // before the objects mempy counts as start-up ones here): a full collection
        // reaches the namespace through them where it stands, so the program's objects
        // keep their order (`move_unreachable`).
        let key = self.intern("__main__");
        let main = self.dict_get_str(self.modules, key);
        let main_dict = match main {
            Some(Value::Obj(m)) => match self.heap.get(m) {
                Obj::Module(md) => Some(md.dict),
                _ => None,
            },
            _ => None,
        };
        for r in [Some(self.modules), main.and_then(|m| m.as_obj()), main_dict]
            .into_iter()
            .flatten()
        {
            if self.heap.is_tracked(r) {
                self.heap.untrack(r);
                self.heap.track_in(r, 2);
            }
        }
        self.gc.long_lived_pending += moved;
        self.heap.allocs_since_collect = CPYTHON_STARTUP_COUNTS[0];
        self.heap.set_cpython_startup_free_lists();
        self.gc.counts[1] = CPYTHON_STARTUP_COUNTS[1];
        self.gc.counts[2] = CPYTHON_STARTUP_COUNTS[2];
        self.heap.gc_pending = false;
    }

    /// Runs `f` (loading a module CPython's start-up has already imported) as part of
    /// CPython's start-up: in CPython the module is already in `sys.modules` when the
    /// program imports it, so the import allocates nothing, counts nothing and cannot
    /// start a collection; the module's objects are long-lived, in the oldest
    /// generation. The collector's counts are put back afterwards and what `f` left
    /// tracked in generation 0 moves to generation 2. Nested start-up imports are part
    /// of the outermost one.
    pub fn as_startup_allocation<T>(&mut self, f: impl FnOnce(&mut Vm) -> T) -> T {
        if self.gc.in_startup_import {
            return f(self);
        }
        let before: std::collections::HashSet<ObjRef> = self.heap.gen_objects(0).collect();
        let saved = (self.heap.allocs_since_collect, self.heap.gc_pending);
        let saved_free = self.heap.cpython_free.clone();
        self.gc.in_startup_import = true;
        self.heap.gc_auto_threshold = i64::MAX;
        let r = f(self);
        self.gc.in_startup_import = false;
        self.update_gc_trigger();
        (self.heap.allocs_since_collect, self.heap.gc_pending) = saved;
        self.heap.restore_cpython_free(saved_free);
        let new: Vec<ObjRef> = self
            .heap
            .gen_objects(0)
            .filter(|o| !before.contains(o))
            .collect();
        for o in new {
            self.heap.untrack(o);
            self.heap.track_in(o, 2);
        }
        r
    }

    /// `gc.isenabled()`.
    pub fn gc_enabled(&self) -> bool {
        self.gc.enabled
    }

    /// Recomputes the allocation count that makes `Heap::alloc` schedule a collection.
    pub fn update_gc_trigger(&mut self) {
        let t0 = self.gc.thresholds[0];
        self.heap.gc_auto_threshold = if self.gc.enabled && t0 > 0 {
            t0
        } else {
            i64::MAX
        };
    }

    /// Automatic collection (CPython's `gc_collect_generations`), run at a safe point
    /// once `Heap::alloc` has set `gc_pending`: collects the oldest generation whose
    /// count exceeds its threshold (a full collection also needs the long-lived
    /// pending objects to exceed a quarter of the long-lived total).
    pub fn maybe_collect(&mut self) {
        self.heap.gc_pending = false;
        if !self.gc.enabled || self.gc.collecting || self.gc.thresholds[0] <= 0 {
            return;
        }
        if self.heap.allocs_since_collect <= self.gc.thresholds[0] {
            return;
        }
        let mut gen = 0;
        for g in (1..3).rev() {
            if self.gc.counts[g] > self.gc.thresholds[g] {
                if g == 2 && self.gc.long_lived_pending < self.gc.long_lived_total / 4 {
                    continue;
                }
                gen = g;
                break;
            }
        }
        self.collect_with_callback(gen);
    }

    /// A collection wrapped in the `gc.callbacks` calls (CPython's
    /// `gc_collect_with_callback`); returns the number of unreachable objects.
    pub fn collect_with_callback(&mut self, gen: usize) -> usize {
        if self.gc.collecting {
            return 0;
        }
        // The callbacks run inside the collection: their allocations must not
        // trigger another one.
        self.gc.collecting = true;
        let defer = std::mem::replace(&mut self.heap.defer_frees, true);
        self.invoke_gc_callbacks("start", gen, 0);
        let n = self.collect_inner(gen, false).unreachable;
        self.invoke_gc_callbacks("stop", gen, n);
        self.heap.defer_frees = defer;
        self.gc.collecting = false;
        n
    }

    /// CPython's `handle_weakrefs`: every weak reference to the garbage is cleared
    /// first; then the callbacks of those references that are not garbage
    /// themselves run (a reference in the trash is going away with it, so its
    /// callback never runs), in the order they were found: garbage order, each
    /// object's references newest first. A callback keeps its place on the
    /// reference (`__callback__`), as CPython's collector leaves `wr_callback`.
    ///
    /// Returns how many of the references whose callbacks ran died with them (the
    /// collector's hold was their last reference: `weakref.finalize`'s, dropped
    /// from its registry by the call), which CPython adds to the collection's count.
    fn handle_weakrefs(&mut self, garbage: &[ObjRef]) -> usize {
        if !garbage.iter().any(|g| self.weakrefs.contains_key(g)) {
            return 0;
        }
        let trash: std::collections::HashSet<ObjRef> = garbage.iter().copied().collect();
        // Each entry owns a reference to the weak reference and to its callback.
        let mut to_call: Vec<(ObjRef, Value)> = Vec::new();
        for &g in garbage {
            let Some(refs) = self.weakrefs.remove(&g) else {
                continue;
            };
            for &w in refs.iter().rev() {
                let outer = self.weakref_outer(w);
                let Obj::WeakRef(wr) = self.heap.get_mut(w) else {
                    continue;
                };
                wr.target = Value::None;
                let cb = wr.callback;
                if matches!(cb, Value::None) || trash.contains(&w) || trash.contains(&outer) {
                    continue;
                }
                if self.heap.rc(outer) == 0 {
                    continue;
                }
                self.incref(cb);
                self.heap.incref_obj(outer);
                to_call.push((outer, cb));
            }
        }
        let mut freed = 0;
        for (w, cb) in to_call {
            match self.call_value(cb, &[Value::Obj(w)], &[]) {
                Ok(v) => self.decref(v),
                Err(e) => self.print_unraisable(e, cb),
            }
            if self.heap.rc(w) == 1 {
                freed += 1;
            }
            self.decref(Value::Obj(w));
            self.decref(cb);
        }
        freed
    }

    /// The finalizer of a garbage generator that has not finished and has no handler
    /// to see its GeneratorExit (`needs_finalizer` skips those: closing one runs no
    /// code): its frame is cleared all the same, as CPython's `_PyGen_Finalize`
    /// closes every unfinished generator the collector finds, so a cycle through
    /// the frame's locals (a generator holding itself, `gen.send(gen)`) is broken
    /// by the finalizer and its objects are freed by their counts. A generator
    /// whose frame object was taken (`gi_frame`) is left as it is: CPython hands
    /// the locals over to that frame object. True if the frame was cleared.
    fn close_quietly(&mut self, g: ObjRef) -> bool {
        use crate::runtime::types::generator::GenState;
        let mut out = Vec::new();
        if let Obj::Generator(gen) = self.heap.get_mut(g) {
            if matches!(gen.state, GenState::Created | GenState::Suspended)
                && matches!(gen.frame_obj, Value::None)
            {
                gen.clear_frame(&mut out);
            }
        }
        if out.is_empty() {
            return false;
        }
        self.heap.slots[g.index()].flags |= crate::runtime::heap::FLAG_FINALIZED;
        for v in out {
            self.decref(v);
        }
        true
    }

    /// Calls each `gc.callbacks` entry with (phase, info); errors are unraisable.
    fn invoke_gc_callbacks(&mut self, phase: &str, gen: usize, collected: usize) {
        let Some(cbs) = self.gc.callbacks else { return };
        if !matches!(self.heap.get(cbs), Obj::List(l) if !l.items.is_empty()) {
            return;
        }
        let info = self.new_dict();
        let p = self.new_str(phase);
        for (k, v) in [
            ("generation", gen as i64),
            ("collected", collected as i64),
            ("uncollectable", 0),
        ] {
            let key = self.intern(k);
            let v = self.int(v);
            let _ = self.dict_set_item(info, key, v);
            self.decref(v);
        }
        let mut i = 0;
        loop {
            let cb = match self.heap.get(cbs) {
                Obj::List(l) => l.items.get(i).copied(),
                _ => None,
            };
            let Some(cb) = cb else { break };
            self.incref(cb);
            match self.call_value(cb, &[p, info], &[]) {
                Ok(v) => self.decref(v),
                Err(e) => self.print_unraisable(e, cb),
            }
            self.decref(cb);
            i += 1;
        }
        self.decref(p);
        self.decref(info);
    }

    /// Collects generations `0..=gen`; returns the report.
    pub fn collect(&mut self, gen: usize) -> GcReport {
        if self.gc.collecting {
            return GcReport::default();
        }
        self.gc.collecting = true;
        // The collector holds and clears its garbage itself: every free waits for the
        // zero queue (heap invariant 2).
        let defer = std::mem::replace(&mut self.heap.defer_frees, true);
        let r = self.collect_inner(gen, true);
        self.heap.defer_frees = defer;
        self.gc.collecting = false;
        self.debug_check_heap();
        r
    }

    /// `by_type` fills the report's per-type counts (one type-name string per garbage
    /// object, so automatic collections, which never show them, skip it).
    fn collect_inner(&mut self, gen: usize, by_type: bool) -> GcReport {
        self.drain_zero_queue();
        // Generation bookkeeping like CPython.
        if gen + 1 < 3 {
            self.gc.counts[gen + 1] += 1;
        }
        for g in 0..=gen {
            self.gc.counts[g] = 0;
        }
        self.heap.allocs_since_collect = 0;
        self.heap.gc_pending = false;
        let mut candidates: Vec<ObjRef> = Vec::new();
        // CPython merges the younger lists onto the end of the collected generation.
        candidates.extend(self.heap.gen_objects(gen));
        for g in 0..gen {
            candidates.extend(self.heap.gen_objects(g));
        }
        // The running frames' globals and namespaces: mempy's frames borrow them,
        // CPython's own a reference to each (so `move_unreachable` reaches a module's
        // namespace where it stands, not through the module later).
        let held: Vec<ObjRef> = self
            .frames
            .iter()
            .flat_map(|f| std::iter::once(f.globals).chain(f.locals))
            .collect();
        let survivors = mark_unreachable_ordered(&mut self.heap, &candidates, &held);
        // Unreachable candidates are those not marked REACHABLE; zero every mark
        // (invariant 5) before anything can run Python code.
        let mut garbage: Vec<ObjRef> = Vec::new();
        let mut reachable: Vec<ObjRef> = Vec::with_capacity(candidates.len());
        for &c in &candidates {
            let m = &mut self.heap.meta[c.index()];
            if m.gc_refs == REACHABLE {
                reachable.push(c);
            } else {
                garbage.push(c);
            }
            m.gc_refs = 0;
        }
        drop(candidates);
        // CPython's untrack_tuples (every collection) and untrack_dicts (full
        // collections only): survivors that can no longer be part of a cycle.
        for &c in &reachable {
            let atomic = match self.heap.get(c) {
                Obj::Tuple(t) => t.iter().all(|&v| !self.heap.may_be_tracked(v)),
                Obj::Dict(d) if gen == 2 => d.iter().all(|e| {
                    !self.heap.may_be_tracked(e.key) && !self.heap.may_be_tracked(e.value)
                }),
                _ => false,
            };
            if atomic {
                self.heap.untrack(c);
            }
        }
        // Promote survivors: collecting generation g moves them to g + 1, and a full
        // collection merges everything into the oldest one (so `gc.get_count()`
        // restarts from zero), as CPython's does. Frozen objects (generation 3) stay.
        // The whole lists move at once (the garbage too: freeing it below untracks it
        // wherever it is): the survivors in the order `move_unreachable` leaves them,
        // which is the candidates' (the collected generation first, then the younger
        // ones) but for those found reachable only after the scan passed them.
        let target = (gen + 1).min(2);
        let mut from: Vec<usize> = vec![gen];
        from.extend(0..gen);
        let moved = self.heap.merge_gens_ordered(&from, target, &survivors);
        drop(survivors);
        if gen == 1 {
            self.gc.long_lived_pending += moved.saturating_sub(garbage.len());
        }
        if self.trace.is_some() {
            self.trace_collect(gen, &garbage);
        }
        let mut report = GcReport {
            unreachable: garbage.len(),
            by_type: Vec::new(),
        };
        for &g in garbage.iter().filter(|_| by_type) {
            let tn = self.type_name(Value::Obj(g));
            match report.by_type.iter_mut().find(|(n, _)| *n == tn) {
                Some(e) => e.1 += 1,
                None => report.by_type.push((tn, 1)),
            }
        }
        if !garbage.is_empty() {
            // Hold the garbage while finalizers run.
            for &g in &garbage {
                self.heap.incref_obj(g);
            }
            let weakrefs_freed = self.handle_weakrefs(&garbage);
            // Finalizers, once each.
            let mut finalized_any = false;
            for &g in &garbage {
                let flags = self.heap.slots[g.index()].flags;
                if flags & crate::runtime::heap::FLAG_FINALIZED != 0 {
                    continue;
                }
                if self.needs_finalizer(g) {
                    self.heap.slots[g.index()].flags |= crate::runtime::heap::FLAG_FINALIZED;
                    self.run_finalizer(g);
                    finalized_any = true;
                } else {
                    finalized_any |= self.close_quietly(g);
                }
            }
            // Resurrection check: anything now referenced from outside the garbage stays.
            // The same marking as above, with the garbage as the candidates (each holds
            // one extra reference: ours).
            for &g in &garbage {
                let m = &mut self.heap.meta[g.index()];
                debug_assert_eq!(m.gc_refs, 0);
                m.gc_refs = self.heap.slots[g.index()].rc.min(i32::MAX as u32) as i32;
            }
            mark_unreachable_prepared(&mut self.heap, &garbage);
            // Clear the truly unreachable (tp_clear), then drop our hold. With
            // DEBUG_SAVEALL they go to gc.garbage instead.
            let saveall = self.gc.debug & DEBUG_SAVEALL != 0;
            let mut out = Vec::new();
            let mut dead = Vec::with_capacity(garbage.len());
            for &g in &garbage {
                let m = &mut self.heap.meta[g.index()];
                let alive = m.gc_refs == REACHABLE;
                m.gc_refs = 0;
                if !alive {
                    dead.push(g);
                }
            }
            // CPython counts what stays unreachable after the finalizers
            // (`final_unreachable`): resurrected objects are neither collected
            // in `collect()`'s result nor in `get_stats()`, and neither are those
            // the finalizers left to reference counting (a `__del__` that broke
            // its cycle): CPython freed them on the spot; here they die when the
            // hold is dropped below, uncleared.
            // (Only a finalizer can have broken a cycle: without one, nothing to peel.)
            let dead = if finalized_any {
                crate::runtime::heap::gc::still_cyclic(&mut self.heap, &dead)
            } else {
                dead
            };
            report.unreachable = dead.len() + weakrefs_freed;
            // `func_clear` below names a cleared function with the interned empty
            // str: made (if it must be) before anything is let go of, so it takes the
            // slot it took when every release came after the clearing.
            if !saveall
                && dead
                    .iter()
                    .any(|&g| matches!(self.heap.get(g), Obj::Function(_)))
            {
                self.heap.intern("");
            }
            for g in dead {
                if saveall {
                    if let Some(gl) = self.gc.garbage {
                        self.heap.incref_obj(g);
                        if let Obj::List(l) = self.heap.get_mut(gl) {
                            l.items.push(Value::Obj(g));
                        }
                    }
                    continue;
                }
                if let Obj::Instance(_)
                | Obj::List(_)
                | Obj::Deque(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::Function(_)
                | Obj::Cell(_)
                | Obj::Tuple(_)
                | Obj::Generator(_)
                | Obj::Frame(_)
                | Obj::BoundMethod { .. } = self.heap.get(g)
                {
                    // CPython's `func_clear` keeps the code object and leaves the
                    // name and qualname as the empty string (a function that
                    // outlives the collection still has a repr).
                    let code = match self.heap.get_mut(g) {
                        Obj::Function(f) => Some(std::mem::replace(&mut f.code_obj, Value::None)),
                        _ => None,
                    };
                    self.heap.get_mut(g).clear_refs(&mut out);
                    if let Some(code) = code {
                        let (name, qualname) = (self.empty_str(), self.empty_str());
                        if let Obj::Function(f) = self.heap.get_mut(g) {
                            f.code_obj = code;
                            f.name = name;
                            f.qualname = qualname;
                        }
                    }
                    // Each object's references are let go of as soon as it is
                    // cleared, in the same order as after clearing them all
                    // (clearing frees nothing: every garbage object is held by us
                    // until the end, and what reaches zero here is an untracked
                    // object with no finalizer). Gathering every reference of the
                    // garbage first held one 8-byte copy of each at once: the exit
                    // collection of a 200k-node tree of records raised the peak RSS
                    // by 10 MB.
                    for v in out.drain(..) {
                        self.heap.decref(v);
                    }
                }
            }
            for &g in &garbage {
                self.heap.decref_obj(g);
            }
            self.drain_zero_queue();
        }
        self.gc.stats[gen].0 += 1;
        self.gc.stats[gen].1 += report.unreachable;
        if gen == 2 {
            self.gc.long_lived_pending = 0;
            self.gc.long_lived_total = self.heap.gen_len(2);
            // CPython's `clear_freelists` after a full collection.
            self.heap.clear_cpython_free_lists();
        }
        report
    }
}

impl Vm {
    /// Checks the heap invariants (`Heap::check`) with the VM's roots
    /// (`Vm::visit_roots`), exactly where every holder of a reference can be
    /// enumerated (see [`Vm::check_mode`]).
    pub fn check_heap(&self) -> Result<(), String> {
        self.check_heap_in(self.check_mode())
    }

    /// [`Vm::check_heap`] in the given mode.
    pub fn check_heap_in(&self, mode: CheckMode) -> Result<(), String> {
        self.heap
            .check(&|f| self.visit_roots(f), mode, self.gc.collecting)
    }

    /// How strictly counts can be checked now: [`CheckMode::Exact`] when no native
    /// (Rust) code between the outermost dispatch loop and this point can be holding
    /// references in its local variables, which no table records; else
    /// [`CheckMode::AtMost`]. Native code can hold such references exactly when it
    /// re-entered the dispatch loop (a frame other than the outermost one is an entry
    /// frame: `call_value` of a Python function, a generator being resumed, a class
    /// body, `exec`, an import, a `__del__`), called back into anything through
    /// `call_value` or `call_ex` (counted by `native_callers`, which also covers native
    /// callees; `CALL_FUNCTION_EX` holds its operands in Rust locals), or is releasing
    /// objects (`draining`). At the outermost dispatch loop's own call
    /// of a builtin (`gc.collect()` in a script), at the end of the main script and
    /// between REPL inputs, none of that is true.
    pub fn check_mode(&self) -> CheckMode {
        let entries = self.frames.iter().filter(|f| f.is_entry).count();
        #[cfg(debug_assertions)]
        let callers = self.native_callers;
        #[cfg(not(debug_assertions))]
        let callers = 1;
        // Parked threads hold references in their native frames too.
        let threads = self.sched.as_ref().map_or(1, |s| s.alive());
        if entries <= 1 && callers == 0 && !self.heap.draining && threads <= 1 {
            CheckMode::Exact
        } else {
            CheckMode::AtMost
        }
    }

    /// Runs [`Vm::check_heap`] in builds with debug assertions and panics on a
    /// violation (a fuzzer reports it as a crash); nothing at all in release builds.
    #[inline(always)]
    pub fn debug_check_heap(&self) {
        #[cfg(debug_assertions)]
        if let Err(e) = self.check_heap() {
            panic!("heap invariant violated:\n{}", e);
        }
    }
}
