//! The `--trace` recorder: turns VM events into [`Step`]s that each describe what
//! changed since the previous step.
//!
//! A step is taken at each line event, call, return, raised exception, release of
//! objects the recording has shown (refcount reached zero) and collection. Each
//! step snapshots the frames on the value stack and the heap objects reachable from
//! their variables (plus freed, collected and no-longer-reachable containers), but
//! stores only the difference from the previous step:
//!
//! * frames: how many frames of the previous step are unchanged (`keep_frames`) and
//!   the frames above them;
//! * objects: the snapshot of each object that is new or whose type, size, refcount,
//!   repr or references changed; `show` / `hide` list objects entering and leaving
//!   the heap view.
//!
//! Objects get small sequential ids in order of first appearance (never addresses),
//! so a recording of a deterministic program is deterministic. Reading the VM never
//! runs Python code and never changes a refcount.

use crate::runtime::heap::sizeof::sizeof;
use crate::runtime::inspect::short_repr;
use crate::runtime::inspect::stack::frame_view;
use crate::runtime::object::Obj;
use crate::runtime::vm::observer::Observer;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Steps recorded when `--trace-limit` is not given.
pub const DEFAULT_LIMIT: usize = 20_000;
/// Objects shown per step at most (breadth first from the variables).
pub const MAX_OBJECTS: usize = 400;
/// References listed per object at most.
pub const MAX_REFS: usize = 64;
/// Characters of an object's short repr.
const REPR_LEN: usize = 40;
/// Characters of stdout kept (the rest is dropped with a note).
const MAX_STDOUT: usize = 1 << 20;

/// A variable's or reference's target: a heap object (by trace id) or an unboxed
/// scalar shown by its repr.
#[derive(Clone, PartialEq, Debug)]
pub enum Val {
    Obj(u32),
    Imm(String),
}

/// One heap object as the recording shows it.
#[derive(Clone, PartialEq, Debug)]
pub struct ObjSnap {
    pub ty: String,
    /// `sys.getsizeof`.
    pub size: usize,
    pub rc: u32,
    pub repr: String,
    /// (label, target): list/tuple index, dict key repr, attribute name, ...
    pub refs: Vec<(String, Val)>,
    /// References left out after `MAX_REFS`.
    pub more: usize,
    /// Its class's `__del__` has run.
    pub finalized: bool,
}

/// One frame on the value stack.
#[derive(Clone, PartialEq, Debug)]
pub struct FrameSnap {
    pub func: String,
    /// File name when it is not the traced script (library frames).
    pub file: Option<String>,
    pub line: u32,
    /// The frame's window on the value stack: first slot and number of slots.
    pub first_slot: usize,
    pub slots: usize,
    pub locals: Vec<(String, Val)>,
}

/// Why a step was taken.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StepKind {
    Line,
    Call,
    Return,
    Exception,
    Free,
    Gc,
    End,
}

impl StepKind {
    pub fn name(self) -> &'static str {
        match self {
            StepKind::Line => "line",
            StepKind::Call => "call",
            StepKind::Return => "return",
            StepKind::Exception => "exception",
            StepKind::Free => "free",
            StepKind::Gc => "gc",
            StepKind::End => "end",
        }
    }
}

/// Heap totals at a step: live objects of the program and their bytes (getsizeof
/// model), and `gc.get_count()`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Totals {
    pub live: usize,
    pub bytes: usize,
    pub gc: [i64; 3],
}

/// One recorded step (a difference from the previous one).
#[derive(Clone, Debug)]
pub struct Step {
    pub kind: StepKind,
    /// Line of the innermost frame running the traced file (0: none).
    pub line: u32,
    /// Length of stdout (in bytes of `Recorder::stdout`) when the step was taken.
    pub out: usize,
    pub keep_frames: usize,
    pub frames: Vec<Rc<FrameSnap>>,
    pub objects: Vec<(u32, ObjSnap)>,
    pub show: Vec<u32>,
    pub hide: Vec<u32>,
    pub freed: Vec<u32>,
    pub garbage: Vec<u32>,
    pub note: String,
    pub totals: Totals,
    /// Value-stack slots in use.
    pub sp: usize,
    pub depth: usize,
    /// More than `MAX_OBJECTS` objects were reachable.
    pub capped: bool,
}

/// The recording of one run.
pub struct Recorder {
    pub file: String,
    pub source: String,
    pub limit: usize,
    pub steps: Vec<Step>,
    /// The step limit was reached: later events were not recorded.
    pub limited: bool,
    pub stdout: String,
    pub stdout_cut: bool,
    pub stack_total: usize,
    pub exit_code: Option<i32>,
    /// Heap slot index -> trace id, for objects that have an id.
    ids: HashMap<u32, u32>,
    /// Trace id -> heap slot index, for live objects with an id.
    slots: HashMap<u32, u32>,
    next_id: u32,
    /// Last snapshot emitted per live object.
    last_objs: HashMap<u32, ObjSnap>,
    last_frames: Vec<Rc<FrameSnap>>,
    /// What each frame of `last_frames` was made from (see [`FrameKey`]).
    last_keys: Vec<FrameKey>,
    shown: BTreeSet<u32>,
    /// Objects released since the last step: (id, final snapshot).
    pending_freed: Vec<(u32, ObjSnap)>,
    /// Slots holding interpreter objects when the recording started.
    baseline: Vec<bool>,
    /// Slots below `baseline.len()` that may hold the program's objects (free at the
    /// start, or freed since): with the slots past `baseline`, all that the totals
    /// need to visit, instead of the whole heap at every step.
    program_slots: Vec<u32>,
    /// When recording started, and when progress was last shown on stderr.
    started: Instant,
    progress_shown: Option<Instant>,
    /// stderr is a terminal.
    progress_tty: bool,
    last_exception: Option<String>,
}

/// What a frame's snapshot is made of, besides the objects it shows: a frame whose
/// key is unchanged since the last step has the same snapshot, which is then shared
/// instead of being read again (a deep stack is mostly unchanged from step to step,
/// and reading it all at every step made recording quadratic in the depth). Frames
/// with a namespace dict (module and class bodies) are read at every step.
#[derive(Default)]
struct FrameKey {
    code: usize,
    ip: usize,
    ret_slot: usize,
    base: usize,
    /// Where the frame's window ends (the next frame's first slot, or `sp`).
    end: usize,
    /// The fast locals, then the contents of the cells.
    vals: Vec<Value>,
    /// Has a namespace dict: never reused.
    ns: bool,
}

impl FrameKey {
    /// The key of frame `k` now, compared with `self` without building it.
    fn matches(&self, vm: &Vm, k: usize) -> bool {
        let f = &vm.frames[k];
        let end = vm.frames.get(k + 1).map_or(vm.sp, |n| n.ret_slot);
        if self.ns
            || f.locals.is_some()
            || self.code != &*f.code as *const crate::bytecode::CodeObject as usize
            || self.ip != f.ip
            || self.ret_slot != f.ret_slot
            || self.base != f.base
            || self.end != end
        {
            return false;
        }
        let mut i = 0;
        let mut same = true;
        Self::each_val(vm, k, |v| {
            same = same && self.vals.get(i).is_some_and(|w| w.is(v));
            i += 1;
        });
        same && i == self.vals.len()
    }

    fn of(vm: &Vm, k: usize) -> FrameKey {
        let f = &vm.frames[k];
        let mut vals = Vec::new();
        Self::each_val(vm, k, |v| vals.push(v));
        FrameKey {
            code: &*f.code as *const crate::bytecode::CodeObject as usize,
            ip: f.ip,
            ret_slot: f.ret_slot,
            base: f.base,
            end: vm.frames.get(k + 1).map_or(vm.sp, |n| n.ret_slot),
            vals,
            ns: f.locals.is_some(),
        }
    }

    /// The values `frame_view` reads: fast locals, then cell contents.
    fn each_val(vm: &Vm, k: usize, mut each: impl FnMut(Value)) {
        let f = &vm.frames[k];
        let n = f.code.varnames.len();
        for i in 0..n {
            each(vm.stack.get(f.base + i).copied().unwrap_or(Value::Undef));
        }
        let cells = f.code.cellvars.len() + f.code.freevars.len();
        for i in 0..cells {
            let v = match vm.stack.get(f.base + n + i) {
                Some(&Value::Obj(c)) => match vm.heap.get(c) {
                    Obj::Cell(v) => *v,
                    _ => Value::Undef,
                },
                _ => Value::Undef,
            };
            each(v);
        }
    }
}

/// Recording longer than this shows its progress on stderr.
const PROGRESS_AFTER: Duration = Duration::from_secs(1);

/// `<function f at 0x7f..>` -> `<function f>`: the page names objects by trace id.
fn strip_address(s: String) -> String {
    match (s.find(" at 0x"), s.ends_with('>')) {
        (Some(i), true) if s.starts_with('<') => format!("{}>", &s[..i]),
        _ => s,
    }
}

impl Recorder {
    /// A recorder for a run of `file`; objects already on the heap are the
    /// interpreter's own and are left out of the totals.
    pub fn new(vm: &Vm, file: &str, source: &str, limit: usize) -> Recorder {
        let baseline: Vec<bool> = vm
            .heap
            .slots
            .iter()
            .map(|s| !matches!(s.obj, Obj::Free))
            .collect();
        let program_slots = (1..baseline.len() as u32)
            .filter(|&i| !baseline[i as usize])
            .collect();
        Recorder {
            file: file.to_string(),
            source: source.to_string(),
            limit,
            steps: Vec::new(),
            limited: false,
            stdout: String::new(),
            stdout_cut: false,
            stack_total: vm.stack.len(),
            exit_code: None,
            ids: HashMap::new(),
            slots: HashMap::new(),
            next_id: 1,
            last_objs: HashMap::new(),
            last_frames: Vec::new(),
            last_keys: Vec::new(),
            shown: BTreeSet::new(),
            pending_freed: Vec::new(),
            baseline,
            program_slots,
            started: Instant::now(),
            progress_shown: None,
            progress_tty: std::io::IsTerminal::is_terminal(&std::io::stderr()),
            last_exception: None,
        }
    }

    fn full(&mut self) -> bool {
        if self.steps.len() >= self.limit {
            self.limited = true;
        }
        self.limited
    }

    fn id_of(&mut self, r: ObjRef) -> u32 {
        if let Some(&id) = self.ids.get(&r.0) {
            return id;
        }
        let id = self.next_id;
        self.next_id += 1;
        self.ids.insert(r.0, id);
        self.slots.insert(id, r.0);
        id
    }

    fn val(&mut self, vm: &Vm, v: Value) -> Val {
        match v {
            Value::Obj(r) => Val::Obj(self.id_of(r)),
            _ => Val::Imm(short_repr(vm, v, REPR_LEN)),
        }
    }

    /// The references an object shows, with labels; containers only (functions,
    /// classes and modules are shown as boxes without their innards).
    fn refs_of(&mut self, vm: &Vm, r: ObjRef) -> (Vec<(String, Val)>, usize) {
        let mut raw: Vec<(String, Value)> = Vec::new();
        let mut total = 0usize;
        let mut add = |raw: &mut Vec<(String, Value)>, label: String, v: Value| {
            total += 1;
            if raw.len() < MAX_REFS {
                raw.push((label, v));
            }
        };
        match vm.heap.get(r) {
            Obj::List(l) => {
                for (i, &v) in l.items.iter().enumerate() {
                    add(&mut raw, i.to_string(), v);
                }
            }
            Obj::Tuple(t) => {
                for (i, &v) in t.iter().enumerate() {
                    add(&mut raw, i.to_string(), v);
                }
            }
            Obj::Dict(d) => {
                for e in d.iter() {
                    add(&mut raw, short_repr(vm, e.key, 24), e.value);
                }
            }
            Obj::Set(s) | Obj::FrozenSet(s) => {
                for (_, k) in s.iter() {
                    add(&mut raw, String::new(), k);
                }
            }
            Obj::Instance(i) => {
                for (k, v) in crate::runtime::types::class::layout::attr_items(&vm.heap, i) {
                    let name = vm.as_str(k).unwrap_or("?").to_string();
                    add(&mut raw, name, v);
                }
                if let Some(d) = i.dict {
                    add(&mut raw, "__dict__".into(), Value::Obj(d));
                }
            }
            Obj::Cell(v) if !v.is_undef() => add(&mut raw, "contents".into(), *v),
            Obj::BoundMethod { func, self_ } => {
                add(&mut raw, "__func__".into(), *func);
                add(&mut raw, "__self__".into(), *self_);
            }
            _ => {}
        }
        let more = total - raw.len();
        let refs = raw.into_iter().map(|(l, v)| (l, self.val(vm, v))).collect();
        (refs, more)
    }

    fn snap_obj(&mut self, vm: &Vm, r: ObjRef) -> ObjSnap {
        let v = Value::Obj(r);
        let (refs, more) = self.refs_of(vm, r);
        let slot = &vm.heap.slots[r.index()];
        ObjSnap {
            ty: vm.type_name(v),
            size: sizeof(&vm.heap, v),
            rc: slot.rc,
            repr: strip_address(short_repr(vm, v, REPR_LEN)),
            refs,
            more,
            finalized: slot.flags & crate::runtime::heap::FLAG_FINALIZED != 0,
        }
    }

    /// Objects whose insides are not followed (shown as boxes only).
    fn opaque(obj: &Obj) -> bool {
        !matches!(
            obj,
            Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::FrozenSet(_)
                | Obj::Instance(_)
                | Obj::Cell(_)
                | Obj::BoundMethod { .. }
        )
    }

    /// The frames now, outermost first, sharing the snapshots of frames unchanged
    /// since the last step (see [`FrameKey`]); and the line of the innermost frame of
    /// the traced file.
    fn snap_frames(&mut self, vm: &Vm) -> (Vec<Rc<FrameSnap>>, u32) {
        let n = vm.frames.len();
        let mut out = Vec::with_capacity(n);
        let mut line = 0;
        self.last_keys.truncate(n);
        for k in 0..n {
            let snap = match (self.last_frames.get(k), self.last_keys.get(k)) {
                (Some(f), Some(key)) if key.matches(vm, k) => f.clone(),
                _ => {
                    let key = FrameKey::of(vm, k);
                    match self.last_keys.get_mut(k) {
                        Some(slot) => *slot = key,
                        None => self.last_keys.push(key),
                    }
                    Rc::new(self.snap_frame(vm, k))
                }
            };
            if snap.file.is_none() {
                line = snap.line;
            }
            out.push(snap);
        }
        (out, line)
    }

    /// Reads frame `k`.
    fn snap_frame(&mut self, vm: &Vm, k: usize) -> FrameSnap {
        let f = &vm.frames[k];
        {
            let view = frame_view(vm, k);
            let own = *f.code.filename == *self.file;
            let mut locals = Vec::with_capacity(view.locals.len());
            for (name, v, _) in view.locals {
                let val = self.val(vm, v);
                locals.push((name, val));
            }
            if let Some(ns) = f.locals {
                if let Obj::Dict(d) = vm.heap.get(ns) {
                    let entries: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                    for (key, value) in entries {
                        let name = vm.as_str(key).unwrap_or("?");
                        if name.starts_with("__") && name.ends_with("__") {
                            continue;
                        }
                        let name = name.to_string();
                        let val = self.val(vm, value);
                        locals.push((name, val));
                    }
                }
            }
            FrameSnap {
                func: if f.code.name.starts_with('<') {
                    f.code.name.clone()
                } else {
                    f.code.qualname.clone()
                },
                file: if own {
                    None
                } else {
                    Some(f.code.filename.to_string())
                },
                line: view.line,
                first_slot: view.first_slot,
                slots: view.slots,
                locals,
            }
        }
    }

    fn totals(&self, vm: &Vm) -> Totals {
        let mut t = Totals::default();
        let past = (self.baseline.len() as u32).max(1)..vm.heap.slots.len() as u32;
        for i in self.program_slots.iter().copied().chain(past) {
            let s = &vm.heap.slots[i as usize];
            if matches!(s.obj, Obj::Free) {
                continue;
            }
            t.live += 1;
            t.bytes += crate::runtime::heap::sizeof::sizeof_obj(&s.obj);
        }
        let c = crate::runtime::inspect::gcview::counts(vm);
        t.gc = c.count;
        t
    }

    /// Takes a step. `extra` are objects to show even if unreachable (garbage found
    /// by a collection).
    fn record(&mut self, vm: &Vm, kind: StepKind, note: String, extra: &[ObjRef]) {
        if kind != StepKind::Free {
            self.flush_freed(vm);
        }
        if self.full() {
            return;
        }
        let (frames, line) = self.snap_frames(vm);
        let keep = frames
            .iter()
            .zip(self.last_frames.iter())
            .take_while(|(a, b)| Rc::ptr_eq(a, b) || a == b)
            .count();
        // Roots: variables, then containers shown before that are still alive
        // (a cycle that nothing reaches any more stays visible until freed).
        let mut todo: std::collections::VecDeque<ObjRef> = std::collections::VecDeque::new();
        for f in &frames {
            for (_, v) in &f.locals {
                if let Val::Obj(id) = v {
                    if let Some(&s) = self.slots.get(id) {
                        todo.push_back(ObjRef(s));
                    }
                }
            }
        }
        for &r in extra {
            todo.push_back(r);
        }
        for id in &self.shown {
            if let Some(&s) = self.slots.get(id) {
                let r = ObjRef(s);
                if matches!(
                    vm.heap.get(r),
                    Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::Instance(_) | Obj::Cell(_)
                ) {
                    todo.push_back(r);
                }
            }
        }
        let mut seen: BTreeSet<u32> = BTreeSet::new();
        let mut objects = Vec::new();
        let mut capped = false;
        while let Some(r) = todo.pop_front() {
            let id = self.id_of(r);
            if seen.contains(&id) {
                continue;
            }
            if seen.len() >= MAX_OBJECTS {
                capped = true;
                break;
            }
            seen.insert(id);
            let snap = self.snap_obj(vm, r);
            if !Self::opaque(vm.heap.get(r)) {
                for (_, v) in &snap.refs {
                    if let Val::Obj(c) = v {
                        if !seen.contains(c) {
                            if let Some(&s) = self.slots.get(c) {
                                todo.push_back(ObjRef(s));
                            }
                        }
                    }
                }
            }
            if self.last_objs.get(&id) != Some(&snap) {
                objects.push((id, snap.clone()));
                self.last_objs.insert(id, snap);
            }
        }
        let mut freed = Vec::new();
        for (id, snap) in std::mem::take(&mut self.pending_freed) {
            seen.insert(id);
            freed.push(id);
            objects.push((id, snap));
        }
        let garbage = extra.iter().filter_map(|r| self.ids.get(&r.0)).copied();
        let garbage: Vec<u32> = if kind == StepKind::Gc {
            garbage.collect()
        } else {
            Vec::new()
        };
        let show: Vec<u32> = seen.difference(&self.shown).copied().collect();
        let hide: Vec<u32> = self.shown.difference(&seen).copied().collect();
        for id in &hide {
            if !self.slots.contains_key(id) {
                self.last_objs.remove(id);
            }
        }
        let totals = self.totals(vm);
        self.steps.push(Step {
            kind,
            line,
            out: self.stdout.len(),
            keep_frames: keep,
            frames: frames[keep..].to_vec(),
            objects,
            show,
            hide,
            freed,
            garbage,
            note,
            totals,
            sp: vm.sp,
            depth: frames.len(),
            capped,
        });
        self.last_frames = frames;
        self.shown = seen;
        self.progress();
    }

    /// Shows on stderr how far recording has got, when it has taken longer than
    /// [`PROGRESS_AFTER`] (at most four times a second) and stderr is a terminal (a
    /// progress line rewritten with `\r` would only clutter a log).
    fn progress(&mut self) {
        if !self.steps.len().is_multiple_of(64) || !self.progress_tty {
            return;
        }
        let now = Instant::now();
        if now.duration_since(self.started) < PROGRESS_AFTER
            || self
                .progress_shown
                .is_some_and(|t| now.duration_since(t) < Duration::from_millis(250))
        {
            return;
        }
        self.progress_shown = Some(now);
        crate::eprint_safe!(
            "\rmempy --trace: {} steps recorded ({:.1} s)",
            self.steps.len(),
            now.duration_since(self.started).as_secs_f64()
        );
    }

    /// Ends the progress line on stderr, if one was shown.
    pub fn end_progress(&mut self) {
        if self.progress_shown.take().is_some() {
            crate::eprint_safe!(
                "\rmempy --trace: {} steps recorded in {:.1} s\n",
                self.steps.len(),
                self.started.elapsed().as_secs_f64()
            );
        }
    }

    /// The program ended with `code`.
    pub fn finish(&mut self, vm: &Vm, code: i32) {
        self.flush_freed(vm);
        self.exit_code = Some(code);
        let mut note = format!("exit code {code}");
        if code != 0 {
            if let Some(e) = &self.last_exception {
                note = format!("{note} ({e})");
            }
        }
        // The end step is recorded even at the limit, so the page shows how it ended.
        let (was, limit) = (self.limited, self.limit);
        if was {
            self.limit = self.steps.len() + 1;
            self.limited = false;
        }
        self.record(vm, StepKind::End, note, &[]);
        self.limited = was;
        self.limit = limit;
    }
}

impl Observer for Recorder {
    /// Appends program output (what stdout receives) while recording.
    fn write_out(&mut self, s: &str) {
        if self.stdout_cut {
            return;
        }
        if self.stdout.len() + s.len() > MAX_STDOUT {
            self.stdout_cut = true;
            return;
        }
        self.stdout.push_str(s);
    }

    /// A line, call or return event from an `Op::Trace` instruction.
    fn on_trace_op(&mut self, vm: &Vm, ev: crate::bytecode::TraceEvent) {
        use crate::bytecode::TraceEvent;
        let (kind, note) = match ev {
            TraceEvent::Line => (StepKind::Line, String::new()),
            TraceEvent::Call => {
                let name = vm
                    .frames
                    .last()
                    .map(|f| f.code.qualname.clone())
                    .unwrap_or_default();
                (StepKind::Call, format!("call {name}"))
            }
            TraceEvent::Return => {
                let v = if vm.sp > 0 {
                    vm.stack[vm.sp - 1]
                } else {
                    Value::None
                };
                (
                    StepKind::Return,
                    format!("return {}", short_repr(vm, v, REPR_LEN)),
                )
            }
        };
        self.record(vm, kind, note, &[]);
    }

    /// An exception was raised in the running frame.
    fn on_raise(&mut self, vm: &Vm, exc: Value) {
        let mut text = vm.type_name(exc);
        if let Value::Obj(r) = exc {
            if let Obj::Instance(i) = vm.heap.get(r) {
                if let Some(st) = i.exc() {
                    if let Value::Obj(a) = st.args {
                        if let Obj::Tuple(t) = vm.heap.get(a) {
                            if let Some(&m) = t.first() {
                                let msg = match vm.as_str(m) {
                                    Some(s) => crate::runtime::inspect::truncate(s.to_string(), 80),
                                    None => short_repr(vm, m, 80),
                                };
                                text = format!("{text}: {msg}");
                            }
                        }
                    }
                }
            }
        }
        self.last_exception = Some(text.clone());
        self.record(vm, StepKind::Exception, format!("raise {text}"), &[]);
    }

    /// An object is about to be released (its refcount reached zero and any
    /// `__del__` has run). Only objects the recording has shown make a step.
    fn on_free(&mut self, vm: &Vm, r: ObjRef) {
        if let Some(b) = self.baseline.get_mut(r.index()) {
            if *b {
                *b = false;
                self.program_slots.push(r.0);
            }
        }
        let Some(id) = self.ids.remove(&r.0) else {
            return;
        };
        self.slots.remove(&id);
        // Only objects the page has been shown make a step.
        if self.limited || !self.last_objs.contains_key(&id) {
            return;
        }
        let mut snap = self.snap_obj(vm, r);
        snap.rc = 0;
        self.last_objs.remove(&id);
        self.pending_freed.push((id, snap));
    }

    /// The release loop finished: objects freed in it make one step.
    fn flush_freed(&mut self, vm: &Vm) {
        if self.pending_freed.is_empty() {
            return;
        }
        let mut types: Vec<String> = Vec::new();
        for (_, s) in &self.pending_freed {
            let t = if s.finalized {
                format!("{} (after __del__)", s.ty)
            } else {
                s.ty.clone()
            };
            if !types.contains(&t) {
                types.push(t);
            }
        }
        let n = self.pending_freed.len();
        let note = format!(
            "freed {} object{}: {}",
            n,
            if n == 1 { "" } else { "s" },
            types.join(", ")
        );
        self.record(vm, StepKind::Free, note, &[]);
        self.pending_freed.clear();
    }

    /// A collection of generations `0..=gen` found `garbage` unreachable.
    fn on_collect(&mut self, vm: &Vm, gen: usize, garbage: &[ObjRef]) {
        let note = format!(
            "gc: collecting generation{} {}: {} unreachable object{}",
            if gen == 0 { "" } else { "s" },
            if gen == 0 {
                "0".to_string()
            } else {
                format!("0-{gen}")
            },
            garbage.len(),
            if garbage.len() == 1 { "" } else { "s" }
        );
        let g: Vec<ObjRef> = garbage.iter().take(MAX_OBJECTS).copied().collect();
        self.record(vm, StepKind::Gc, note, &g);
    }

    fn into_any(self: Box<Self>) -> Box<dyn std::any::Any> {
        self
    }
}
