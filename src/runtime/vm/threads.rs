//! Python threads as cooperative green threads (CPython's thread states and GIL,
//! Python/pystate.c and Python/ceval_gil.c).
//!
//! # Model
//! Every Python thread has its own *thread state*: value stack, frame stack,
//! handler blocks, handled-exception stack and the few per-call scratch fields
//! ([`ThreadState`]). Exactly one thread runs at any time, like CPython's threads
//! under the GIL; the others are parked. The heap, the modules and every object are
//! shared. The scheduler switches threads
//!   - when the running thread blocks ([`Vm::green_block`]: `Lock.acquire`,
//!     `Condition.wait`, `Thread.join`, `time.sleep`, ... are built on it),
//!   - when it ends, and
//!   - periodically: a ticker sets the eval breaker's switch bit every
//!     `sys.getswitchinterval()` seconds while more than one thread lives, and the
//!     dispatch loop yields at its next poll point (a backward jump or a Python
//!     function entry), as CPython's `gil_drop_request`.
//!
//! A switch swaps the thread states in and out of the `Vm` (so the rest of the VM
//! keeps using `vm.frames`, `vm.sp`, ... unchanged). Each green thread is carried by
//! an OS thread only for its native (Rust) stack: a thread can block or be switched
//! out anywhere, even deep inside a native re-entrant call (a `__eq__` run by a dict
//! lookup, a `__del__`, a callback), because its Rust frames stay on its own stack.
//! The OS threads never run together: the running one hands a baton to the next and
//! parks on its own (`Baton`), so the VM is only ever touched by one of them.
//!
//! Waiting is a single primitive: [`Vm::green_block`] parks the thread until
//! [`Vm::green_wake_all`] (called whenever something a waiter may wait for changes:
//! a lock released, an event set, a thread ended) or until its timeout. Waiters
//! recheck their condition and block again, so wake-ups may be spurious.
//! When no thread can run and none waits with a timeout, the program is deadlocked:
//! the blocked thread (the main thread, when the last other thread ends) gets a
//! RuntimeError instead of hanging for ever.
//!
//! A program that never starts a thread never creates the scheduler: nothing here
//! runs, so single-threaded refcounts, ids and finalizer order are untouched.

use super::frame::{Block, Frame};
use super::{PyErr, PyResult, Vm};
use crate::runtime::types::generator::DrainMode;
use crate::value::{ObjRef, Value};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// The main thread's identifier (`threading.main_thread().ident`); later threads
/// count up from it and identifiers are never reused.
pub const MAIN_IDENT: u64 = 140_000_000_000_001;

/// Native stack of the OS thread carrying a green thread: native recursion is bounded
/// by `recursion.rs`, which keeps its margin free below this.
const CARRIER_STACK: usize = 256 << 20;

/// Threads alive (the main thread included) once the scheduler exists; the ticker
/// only asks for switches while there is more than one.
static ALIVE: AtomicUsize = AtomicUsize::new(1);
/// `sys.getswitchinterval()` in nanoseconds (CPython's default is 5 ms).
static SWITCH_INTERVAL_NS: AtomicU64 = AtomicU64::new(5_000_000);

/// `sys.getswitchinterval()`.
pub fn switch_interval() -> f64 {
    SWITCH_INTERVAL_NS.load(Ordering::Relaxed) as f64 / 1e9
}

/// `sys.setswitchinterval(seconds)` (the caller has checked `seconds > 0`).
pub fn set_switch_interval(seconds: f64) {
    let ns = (seconds * 1e9).clamp(1_000.0, 1e12) as u64;
    SWITCH_INTERVAL_NS.store(ns, Ordering::Relaxed);
}

/// What one thread owns of the VM: everything a switch saves and restores.
pub(in crate::runtime) struct ThreadState {
    stack: Box<[Value]>,
    sp: usize,
    frames: Vec<Frame>,
    blocks: Vec<Block>,
    handled: Vec<Value>,
    collect_fi: usize,
    collect_buf: Vec<Value>,
    drain_mode: DrainMode,
    drain_acc: Value,
    drain_sum: crate::runtime::types::generator::SumAcc,
    native_depth: usize,
    c_depth: usize,
    stop_stash: Option<Value>,
    want_stop: bool,
    #[cfg(debug_assertions)]
    native_callers: usize,
    repr_stack: Vec<ObjRef>,
    frame_objs: Vec<Value>,
    frame_obj_at: Vec<usize>,
}

impl ThreadState {
    /// A fresh thread's state: an empty value stack of `slots` slots.
    fn new(slots: usize) -> ThreadState {
        ThreadState {
            stack: super::zeroed_stack(slots),
            sp: 0,
            frames: Vec::new(),
            blocks: Vec::new(),
            handled: Vec::new(),
            collect_fi: usize::MAX,
            collect_buf: Vec::new(),
            drain_mode: DrainMode::Collect,
            drain_acc: Value::None,
            drain_sum: crate::runtime::types::generator::SumAcc::Int(0),
            native_depth: 0,
            c_depth: 0,
            stop_stash: None,
            want_stop: false,
            #[cfg(debug_assertions)]
            native_callers: 0,
            repr_stack: Vec::new(),
            frame_objs: Vec::new(),
            frame_obj_at: Vec::new(),
        }
    }

    /// Every counted reference this parked state holds (the roots `Vm::visit_roots`
    /// reports for the running thread).
    pub(in crate::runtime) fn visit(&self, f: &mut dyn FnMut(&str, Value)) {
        for &v in &self.stack[..self.sp] {
            if v.is_counted() {
                f("a parked thread's value stack", v);
            }
        }
        for fr in &self.frames {
            if !fr.ctor_instance.is_undef() {
                f(
                    "a parked thread's instance being initialised",
                    fr.ctor_instance,
                );
            }
        }
        for &v in &self.handled {
            f("a parked thread's handled-exception stack", v);
        }
        if self.drain_acc.is_counted() {
            f("a parked thread's generator sum() total", self.drain_acc);
        }
        if let Some(v) = self.stop_stash {
            f("a parked thread's stashed StopIteration", v);
        }
        for &v in &self.frame_objs {
            f("a parked thread's running frame object", v);
        }
        for &v in &self.collect_buf {
            f("a parked thread's drained generator values", v);
        }
    }

    /// The value-stack slots in use (for the immediate-object census).
    pub(in crate::runtime) fn stack_in_use(&self) -> &[Value] {
        &self.stack[..self.sp]
    }

    pub(in crate::runtime) fn frames(&self) -> &[Frame] {
        &self.frames
    }
}

/// The hand-over flag an OS thread parks on until the scheduler runs its thread.
#[derive(Default)]
struct Baton {
    go: Mutex<bool>,
    cv: Condvar,
}

impl Baton {
    fn signal(&self) {
        *self.go.lock().unwrap_or_else(|e| e.into_inner()) = true;
        self.cv.notify_one();
    }

    fn wait(&self) {
        let mut go = self.go.lock().unwrap_or_else(|e| e.into_inner());
        while !*go {
            go = self.cv.wait(go).unwrap_or_else(|e| e.into_inner());
        }
        *go = false;
    }
}

/// Why a blocked thread runs again.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Wake {
    /// `green_wake_all`: what it waits for may have happened.
    Woken,
    /// Its timeout passed.
    TimedOut,
    /// Every thread waits without a timeout: it gets the deadlock error.
    Deadlock,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Run {
    Running,
    Runnable,
    Blocked,
}

struct Green {
    ident: u64,
    run: Run,
    /// The thread state while the thread is not running.
    saved: Option<Box<ThreadState>>,
    baton: Arc<Baton>,
    deadline: Option<Instant>,
    wake: Wake,
    /// The callable the thread runs (owned until the thread ends; None for main).
    func: Value,
}

/// The threads and their scheduling state (made when the first thread starts).
pub(in crate::runtime) struct Scheduler {
    threads: Vec<Green>,
    /// Index in `threads` of the running thread.
    current: usize,
    /// Idents of the runnable threads, in the order they will run.
    runq: VecDeque<u64>,
    next_ident: u64,
    /// How many times `wake()` has run: a waiter that reads it before testing its
    /// condition and hands it to `block` is not parked when a wake came in between
    /// (the holder of a lock can run between the test and the park: a switch may
    /// happen at any Python function entry), the wakeup a parked waiter would
    /// otherwise have missed.
    wake_epoch: u64,
}

impl Scheduler {
    fn index(&self, ident: u64) -> usize {
        self.threads
            .iter()
            .position(|g| g.ident == ident)
            .expect("scheduled thread exists")
    }

    /// Makes blocked threads whose timeout has passed runnable.
    fn expire(&mut self, now: Instant) {
        for g in self.threads.iter_mut() {
            if g.run == Run::Blocked && g.deadline.is_some_and(|d| d <= now) {
                g.run = Run::Runnable;
                g.wake = Wake::TimedOut;
                self.runq.push_back(g.ident);
            }
        }
    }

    /// The parked thread states (for the roots and the heap checker).
    pub(in crate::runtime) fn parked(&self) -> impl Iterator<Item = &ThreadState> {
        self.threads.iter().filter_map(|g| g.saved.as_deref())
    }

    /// The callables of threads still running (owned references).
    pub(in crate::runtime) fn funcs(&self) -> impl Iterator<Item = Value> + '_ {
        self.threads
            .iter()
            .map(|g| g.func)
            .filter(|v| v.is_counted())
    }

    pub(in crate::runtime) fn alive(&self) -> usize {
        self.threads.len()
    }
}

/// A `Vm` pointer handed to the OS thread that carries a green thread.
struct VmPtr(*mut Vm, Arc<Baton>, u64);
// SAFETY: the pointer is only dereferenced by the carrier once the scheduler has
// handed it the baton, and the scheduler runs one thread at a time: the running OS
// thread parks (on its own baton) right after signalling the next one and touches
// the VM again only when signalled back. The mutex inside each baton orders every
// access of one thread before the next thread's.
unsafe impl Send for VmPtr {}

/// Parks the calling OS thread until its baton is signalled. Takes the VM pointer
/// only so that the compiler treats the VM as changed across the call (the threads
/// that ran meanwhile changed it through the same pointer).
#[inline(never)]
fn park(vm: *mut Vm, baton: &Baton) {
    std::hint::black_box(vm);
    baton.wait();
    std::hint::black_box(vm);
}

/// Asks the running thread to yield every switch interval while threads share the VM.
fn start_ticker() {
    let _ = std::thread::Builder::new()
        .name("mempy-switch-ticker".into())
        .spawn(|| loop {
            let ns = SWITCH_INTERVAL_NS.load(Ordering::Relaxed);
            std::thread::sleep(Duration::from_nanos(ns));
            if ALIVE.load(Ordering::Relaxed) > 1 {
                crate::runtime::interrupt::request_switch();
            }
        });
}

impl Vm {
    /// Swaps the running thread's state with `st`.
    fn swap_thread_state(&mut self, st: &mut ThreadState) {
        use std::mem::swap;
        swap(&mut self.stack, &mut st.stack);
        swap(&mut self.sp, &mut st.sp);
        swap(&mut self.frames, &mut st.frames);
        swap(&mut self.blocks, &mut st.blocks);
        swap(&mut self.handled, &mut st.handled);
        swap(&mut self.collect_fi, &mut st.collect_fi);
        swap(&mut self.collect_buf, &mut st.collect_buf);
        swap(&mut self.drain_mode, &mut st.drain_mode);
        swap(&mut self.drain_acc, &mut st.drain_acc);
        swap(&mut self.drain_sum, &mut st.drain_sum);
        swap(&mut self.native_depth, &mut st.native_depth);
        swap(&mut self.c_depth, &mut st.c_depth);
        swap(&mut self.stop_stash, &mut st.stop_stash);
        swap(&mut self.want_stop, &mut st.want_stop);
        #[cfg(debug_assertions)]
        swap(&mut self.native_callers, &mut st.native_callers);
        swap(&mut self.repr_stack, &mut st.repr_stack);
        swap(&mut self.frame_objs, &mut st.frame_objs);
        swap(&mut self.frame_obj_at, &mut st.frame_obj_at);
    }

    /// The top frame object of every thread that has one, with the thread's ident
    /// (`sys._current_frames()`); the references are new. A parked thread's state
    /// is swapped in just long enough to make (or find) its frame object, which it
    /// then keeps as the running thread keeps its own.
    pub fn green_current_frames(&mut self) -> Vec<(u64, ObjRef)> {
        self.green_each_thread(|vm| {
            let top = vm.frames.len().checked_sub(1)?;
            let r = vm.frame_object(top);
            vm.heap.incref_obj(r);
            Some(r)
        })
        .into_iter()
        .filter_map(|(ident, r)| r.map(|r| (ident, r)))
        .collect()
    }

    /// `f(vm)` run once for every thread with that thread's state in place (the
    /// running thread first, then each parked one, swapped in and back out), with
    /// the thread's ident: what CPython reads from each `PyThreadState` for
    /// `sys._current_frames()` and `sys._current_exceptions()`.
    pub fn green_each_thread<T>(&mut self, mut f: impl FnMut(&mut Vm) -> T) -> Vec<(u64, T)> {
        let me = self.green_ident();
        let mut out = vec![(me, f(self))];
        let Some(mut sched) = self.sched.take() else {
            return out;
        };
        for g in sched.threads.iter_mut() {
            if g.ident == me {
                continue;
            }
            let Some(st) = g.saved.as_mut() else { continue };
            self.swap_thread_state(st);
            out.push((g.ident, f(self)));
            self.swap_thread_state(st);
        }
        self.sched = Some(sched);
        out
    }

    /// `f(vm)` run with the state of the parked thread whose frame stack holds the
    /// live frame object `r` swapped in (None when no parked thread holds it): a
    /// frame object from `sys._current_frames()` reads its `f_back`, `f_lineno` and
    /// locals from its own thread's stack, as CPython's frame reads its
    /// `_PyInterpreterFrame` whichever thread asks.
    pub fn in_thread_of_frame<T>(&mut self, r: ObjRef, f: impl FnOnce(&mut Vm) -> T) -> Option<T> {
        let mut sched = self.sched.take()?;
        let cur = sched.current;
        let found = sched.threads.iter_mut().enumerate().find_map(|(i, g)| {
            let st = g.saved.as_mut()?;
            (i != cur && st.frame_objs.iter().any(|v| v.is(Value::Obj(r)))).then_some(st)
        });
        let out = found.map(|st| {
            self.swap_thread_state(st);
            let out = f(self);
            self.swap_thread_state(st);
            out
        });
        self.sched = Some(sched);
        out
    }

    /// The running thread's identifier (`_thread.get_ident()`).
    pub fn green_ident(&self) -> u64 {
        match &self.sched {
            Some(s) => s.threads[s.current].ident,
            None => MAIN_IDENT,
        }
    }

    /// Whether other threads exist (so waits must let them run).
    pub fn green_threads_active(&self) -> bool {
        self.sched.as_ref().is_some_and(|s| s.threads.len() > 1)
    }

    /// Starts a thread that will call `func()` (borrowed; the thread keeps its own
    /// reference until it ends). It becomes runnable; the caller goes on running.
    /// Returns its identifier.
    pub fn green_start(&mut self, func: Value) -> PyResult<u64> {
        if self.sched.is_none() {
            self.sched = Some(Box::new(Scheduler {
                threads: vec![Green {
                    ident: MAIN_IDENT,
                    run: Run::Running,
                    saved: None,
                    baton: Arc::new(Baton::default()),
                    deadline: None,
                    wake: Wake::Woken,
                    func: Value::None,
                }],
                current: 0,
                runq: VecDeque::new(),
                next_ident: MAIN_IDENT,
                wake_epoch: 0,
            }));
            start_ticker();
            one_malloc_arena();
        }
        let slots = self.stack.len();
        let s = self.sched.as_mut().expect("made above");
        s.next_ident += 1;
        let ident = s.next_ident;
        let baton = Arc::new(Baton::default());
        let carrier = VmPtr(self as *mut Vm, baton.clone(), ident);
        let spawned = std::thread::Builder::new()
            .stack_size(CARRIER_STACK)
            .spawn(move || {
                let carrier = carrier;
                super::recursion::set_native_stack(CARRIER_STACK);
                park(carrier.0, &carrier.1);
                // SAFETY: the scheduler handed this thread the baton (see `VmPtr`): no
                // other OS thread touches the VM until this one hands it on.
                let vm = unsafe { &mut *carrier.0 };
                let ok = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    vm.green_run(carrier.2)
                }));
                if ok.is_err() {
                    crate::eprintln_safe!("mempy: internal error (this is a bug in mempy)");
                    std::process::exit(70);
                }
                // The VM is the next thread's now; this carrier only gives back the
                // blocks its allocator cache kept (its own thread-local lists).
                crate::runtime::smallalloc::release_thread_cache();
            });
        if spawned.is_err() {
            return Err(self.err("RuntimeError", "can't start new thread"));
        }
        self.incref(func);
        let s = self.sched.as_mut().expect("made above");
        s.threads.push(Green {
            ident,
            run: Run::Runnable,
            saved: Some(Box::new(ThreadState::new(slots))),
            baton,
            deadline: None,
            wake: Wake::Woken,
            func,
        });
        s.runq.push_back(ident);
        ALIVE.store(s.threads.len(), Ordering::Relaxed);
        Ok(ident)
    }

    /// The body of a carried thread: calls its function, then ends the thread. What
    /// the function raises was the Python bootstrap's to report; anything left is
    /// printed as CPython prints an exception no hook took.
    fn green_run(&mut self, ident: u64) {
        let func = {
            let s = self
                .sched
                .as_ref()
                .expect("a thread runs under the scheduler");
            s.threads[s.index(ident)].func
        };
        let r = self.call_value(func, &[], &[]);
        // The thread lets go of its function before it ends, so what that frees is
        // finalized in this thread.
        {
            let s = self
                .sched
                .as_mut()
                .expect("a thread runs under the scheduler");
            let i = s.index(ident);
            s.threads[i].func = Value::None;
        }
        self.decref(func);
        match r {
            Ok(v) => self.decref(v),
            Err(e) => {
                if !self.exc_matches(e.0, "SystemExit") {
                    self.flush_out();
                    let text = self.format_exception(e.0);
                    crate::eprint_safe!("{}", text);
                }
                self.decref(e.0);
            }
        }
        self.drain_zero_queue();
        self.green_exit();
    }

    /// Ends the running thread: wakes every waiter (a `join` may be waiting), hands
    /// the VM to the next thread and returns to the carrier, which then ends.
    fn green_exit(&mut self) {
        let s = self
            .sched
            .as_mut()
            .expect("a thread runs under the scheduler");
        let g = s.threads.remove(s.current);
        ALIVE.store(s.threads.len(), Ordering::Relaxed);
        s.current = usize::MAX;
        debug_assert!(!g.func.is_counted(), "green_run released the function");
        self.green_wake_all();
        let next = self.pick_next();
        let s = self.sched.as_mut().expect("still there");
        let n = s.index(next);
        let mut st = s.threads[n]
            .saved
            .take()
            .expect("a parked thread has its state");
        s.threads[n].run = Run::Running;
        s.current = n;
        let baton = s.threads[n].baton.clone();
        // The ended thread's state (an empty stack) is dropped with `st`.
        self.swap_thread_state(&mut st);
        drop(st);
        // Nothing more may run here: the next thread's own OS thread takes over.
        baton.signal();
    }

    /// Chooses the thread to run next (the running one is not in the queue): the
    /// first runnable; else, sleeping until the nearest timeout; else (deadlock) a
    /// blocked thread, the main one first, which gets the deadlock error.
    fn pick_next(&mut self) -> u64 {
        loop {
            let s = self.sched.as_mut().expect("scheduler");
            s.expire(Instant::now());
            if let Some(id) = s.runq.pop_front() {
                return id;
            }
            let nearest = s
                .threads
                .iter()
                .filter(|g| g.run == Run::Blocked)
                .filter_map(|g| g.deadline)
                .min();
            if let Some(d) = nearest {
                let now = Instant::now();
                // In slices: a signal with a Python handler wakes a blocked main
                // thread, which runs the handler at its next poll point and then
                // waits again (CPython's lock waits run handlers as signals come).
                let slice = d
                    .saturating_duration_since(now)
                    .min(Duration::from_millis(20));
                if d > now && !crate::runtime::interrupt::sleep(slice) {
                    // Ctrl-C: the main thread (or the first) runs to take it.
                    let i = s.threads.iter().position(|g| g.run == Run::Blocked);
                    if let Some(i) = i {
                        s.threads[i].run = Run::Runnable;
                        s.threads[i].wake = Wake::Woken;
                        return s.threads[i].ident;
                    }
                }
                if crate::runtime::interrupt::signals_pending() {
                    let main = s
                        .threads
                        .iter()
                        .position(|g| g.ident == MAIN_IDENT && g.run == Run::Blocked);
                    if let Some(i) = main {
                        s.threads[i].run = Run::Runnable;
                        s.threads[i].wake = Wake::Woken;
                        return s.threads[i].ident;
                    }
                }
                continue;
            }
            let victim = s
                .threads
                .iter()
                .position(|g| g.ident == MAIN_IDENT && g.run == Run::Blocked)
                .or_else(|| {
                    if s.current != usize::MAX && s.threads[s.current].run == Run::Blocked {
                        Some(s.current)
                    } else {
                        s.threads.iter().position(|g| g.run == Run::Blocked)
                    }
                })
                .expect("a thread is blocked when none can run");
            s.threads[victim].run = Run::Runnable;
            s.threads[victim].wake = Wake::Deadlock;
            return s.threads[victim].ident;
        }
    }

    /// Runs `next` instead of the running thread (which has set its own run state)
    /// and returns when the running thread is scheduled again.
    fn switch_to(&mut self, next: u64) {
        let s = self.sched.as_mut().expect("scheduler");
        let n = s.index(next);
        let cur = s.current;
        s.threads[n].run = Run::Running;
        if n == cur {
            return;
        }
        let mut st = s.threads[n]
            .saved
            .take()
            .expect("a parked thread has its state");
        let mine = s.threads[cur].baton.clone();
        let theirs = s.threads[n].baton.clone();
        s.current = n;
        self.swap_thread_state(&mut st);
        let s = self.sched.as_mut().expect("scheduler");
        s.threads[cur].saved = Some(st);
        theirs.signal();
        // From here until the baton comes back, another OS thread owns the VM.
        park(self as *mut Vm, &mine);
    }

    /// Parks the running thread until [`Vm::green_wake_all`] or `timeout` seconds
    /// pass (None: no timeout). Ok(true) when woken (what it waited for may be
    /// ready), Ok(false) on timeout. When every thread would wait for ever, the
    /// RuntimeError naming `what` (a deadlock). With no other thread, a wait with a
    /// timeout sleeps it out and a wait without one is that deadlock at once.
    pub fn green_block(&mut self, timeout: Option<f64>, what: &str) -> PyResult<bool> {
        let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.clamp(0.0, 1e9)));
        if !self.green_threads_active() {
            let Some(t) = timeout else {
                return Err(self.deadlock(what));
            };
            self.flush_out();
            // In slices, running the handlers of signals that come meanwhile (as
            // CPython's lock waits do); one that raises ends the wait (PEP 475).
            let end = Instant::now() + Duration::from_secs_f64(t.clamp(0.0, 1e9));
            loop {
                let now = Instant::now();
                if now >= end {
                    return Ok(false);
                }
                let slice = (end - now).min(Duration::from_millis(20));
                if !crate::runtime::interrupt::sleep(slice) {
                    return Err(self.interrupted());
                }
                if crate::runtime::interrupt::pending() {
                    self.poll_attention()?;
                }
            }
        }
        let s = self.sched.as_mut().expect("active");
        let cur = s.current;
        s.threads[cur].run = Run::Blocked;
        s.threads[cur].deadline = deadline;
        s.threads[cur].wake = Wake::Woken;
        let next = self.pick_next();
        self.switch_to(next);
        let s = self.sched.as_mut().expect("active");
        let g = &mut s.threads[s.current];
        g.deadline = None;
        match g.wake {
            Wake::Woken => Ok(true),
            Wake::TimedOut => Ok(false),
            Wake::Deadlock => Err(self.deadlock(what)),
        }
    }

    fn deadlock(&mut self, what: &str) -> PyErr {
        let why = if self.green_threads_active() {
            "every other thread is blocked too"
        } else {
            "no other thread can ever make it ready"
        };
        self.err(
            "RuntimeError",
            format!("{what} would block forever: {why} (deadlock)"),
        )
    }

    /// Makes every blocked thread runnable (they recheck what they wait for).
    pub fn green_wake_all(&mut self) {
        let Some(s) = self.sched.as_mut() else { return };
        s.wake_epoch = s.wake_epoch.wrapping_add(1);
        for g in s.threads.iter_mut() {
            if g.run == Run::Blocked {
                g.run = Run::Runnable;
                g.wake = Wake::Woken;
                s.runq.push_back(g.ident);
            }
        }
    }

    /// The count of wakes so far (`Scheduler::wake_epoch`; 0 before any thread).
    pub fn green_wake_epoch(&self) -> u64 {
        self.sched.as_ref().map_or(0, |s| s.wake_epoch)
    }

    /// Lets the other runnable threads run first (the switch interval elapsed, or
    /// `time.sleep(0)`); the running thread stays runnable.
    pub fn green_yield(&mut self) {
        let Some(s) = self.sched.as_mut() else { return };
        s.expire(Instant::now());
        if s.runq.is_empty() {
            return;
        }
        let cur = s.current;
        s.threads[cur].run = Run::Runnable;
        s.runq.push_back(s.threads[cur].ident);
        let next = self.pick_next();
        self.switch_to(next);
    }

    /// `time.sleep(seconds)` while other threads run: they run meanwhile.
    pub fn green_sleep(&mut self, seconds: f64) -> PyResult<()> {
        if seconds <= 0.0 {
            self.green_yield();
            return Ok(());
        }
        let end = Instant::now() + Duration::from_secs_f64(seconds.min(1e9));
        loop {
            let now = Instant::now();
            if now >= end {
                return Ok(());
            }
            if crate::runtime::interrupt::cancelled() {
                return Err(self.interrupted());
            }
            self.green_block(Some((end - now).as_secs_f64()), "time.sleep()")?;
            // Woken early by a signal: its handler runs now; one that raises ends
            // the sleep (PEP 475).
            if crate::runtime::interrupt::signals_pending() && self.green_ident() == MAIN_IDENT {
                self.poll_attention()?;
            }
        }
    }
}

/// Puts every carrier thread's allocations in glibc's main arena. Only one thread
/// runs Python at a time, so per-thread arenas buy no concurrency here; each one
/// would keep its own free memory (measured: 5 threads at a time building lists and
/// dicts, 40 rounds: peak RSS 66 MB, 37.5 MB with one arena and the carriers'
/// small-block caches released; python3 24 MB).
fn one_malloc_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets an allocator parameter; called before the first
    // carrier thread exists, so no other thread is allocating.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}
