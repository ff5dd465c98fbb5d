//! `sys.settrace` and `sys.setprofile` (CPython 3.11's `call_trace`,
//! `trace_trampoline`, `profile_trampoline`, `maybe_call_line_trace`,
//! `call_exc_trace` and `C_TRACE`, Python/ceval.c and Python/sysmodule.c).
//!
//! # How the loop pays nothing while no function is set
//! `Vm::run_frame` runs frames through the plain dispatch loop (`dispatch`, vm/eval.rs)
//! or, while a trace or profile function is set ([`Tracer::active`]), through
//! `dispatch_traced`, as CPython 3.11's `cframe.use_tracing` sends every instruction
//! to `DO_TRACING`. The plain loop's hot paths do not look at tracing at all: while
//! it is active, `Vm::fast_call_limit` is 0, so the fast call paths decline every
//! call (the same comparison they make against the recursion limit) and the call
//! takes the general path, which hands the new frame to `dispatch_traced`; so does a
//! return on the general path (a traced frame has a frame object, which sends its
//! return there), and `run_frame` picks the loop for every frame it starts.
//! `dispatch_traced` runs every instruction through `general_op` on the unquickened
//! code (no superinstruction hides a line boundary) and reports a frame's start
//! ('call'), each new line ('line'), its returns and yields ('return'), raised
//! exceptions ('exception') and calls of builtins ('c_call', 'c_return',
//! 'c_exception', profile only); it hands the frame back when tracing stops.
//!
//! So a frame already running when tracing starts goes on untraced until it calls
//! or is returned to through the general path (CPython reports nothing for it
//! either unless its `f_trace` is set: lines of such a frame between
//! `sys.settrace` and its next call are not reported).
//!
//! # Events (CPython's rules)
//! - The global trace function gets 'call'; what it returns (if not None) becomes the
//!   frame's `f_trace`, which gets the frame's other events. Any event's non-None
//!   result replaces `f_trace`.
//! - A 'line' event fires before an instruction whose line differs from the line of
//!   the last instruction run in the frame, or that was reached by a backward jump.
//!   Instructions the compiler adds without a statement of their own (an implicit
//!   `return None`, a loop's back edge, an exception handler's entry) have no line.
//! - While a trace or profile function runs, nothing is traced (`Tracer::in_callback`).
//! - A trace function that raises is removed (`sys.settrace(None)`) and the frame's
//!   `f_trace` cleared; its exception propagates from the traced point. A profile
//!   function that raises is removed the same way.

use crate::bytecode::{CodeObject, Op};
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// The tracing state of the VM (CPython's `tstate->c_tracefunc`, `c_profilefunc`,
/// `tracing`, and `cframe.use_tracing`).
pub struct Tracer {
    /// A trace or profile function is set and none is running: the dispatch loop runs
    /// frames through its tracing copy. (`Vm::fast_call_limit` is 0 exactly while
    /// this is set; the plain loop reads that instead, as it is a field of the VM
    /// itself while this state is boxed, which keeps the VM's layout, and so the
    /// hot loop's code, as it is without tracing.)
    pub active: bool,
    /// The global trace function (owned; None when unset).
    pub func: Value,
    /// The profile function (owned; None when unset).
    pub profile: Value,
    /// A trace or profile function is running.
    pub in_callback: bool,
    /// The exception being unwound was raised (not re-raised) in the top frame: it
    /// gets an 'exception' event there.
    pub exc_raised: bool,
    /// The instruction that raised, when an exception handler was just entered: the
    /// handler's first line is compared with its line.
    pub raised_at: Option<usize>,
}

impl Default for Tracer {
    fn default() -> Self {
        Tracer {
            active: false,
            func: Value::None,
            profile: Value::None,
            in_callback: false,
            exc_raised: false,
            raised_at: None,
        }
    }
}

/// What a trace or profile function is told.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Call,
    Line,
    Return,
    Exception,
    CCall,
    CReturn,
    CException,
}

impl Event {
    fn name(self) -> &'static str {
        match self {
            Event::Call => "call",
            Event::Line => "line",
            Event::Return => "return",
            Event::Exception => "exception",
            Event::CCall => "c_call",
            Event::CReturn => "c_return",
            Event::CException => "c_exception",
        }
    }
}

/// The instruction index meaning "no instruction run yet in this frame".
pub const NO_INSN: usize = usize::MAX;

/// The line each instruction reports a 'line' event for, 0 for an instruction with no
/// line of its own: an implicit return the compiler added (`no_line`), an
/// unconditional jump that continues the line before it (a loop's back edge, the jump
/// over an `else`), and the first instructions of an exception handler (CPython's
/// `PUSH_EXC_INFO` and cleanup blocks carry no line).
fn compute_event_lines(code: &CodeObject) -> Box<[u32]> {
    let mut lines: Vec<u32> = code.lines.to_vec();
    for &i in &code.no_line {
        if let Some(l) = lines.get_mut(i as usize) {
            *l = 0;
        }
    }
    for (i, op) in code.code.iter().enumerate() {
        match *op {
            Op::Jump(_) if i > 0 && code.lines[i] == code.lines[i - 1] => lines[i] = 0,
            Op::SetupExcept(h) => {
                // The handler's entry: the block setup for its own cleanup, or a
                // cleanup block that only re-raises.
                let mut j = h as usize;
                if let Some(Op::SetupExcept(_)) = code.code.get(j) {
                    lines[j] = 0;
                    continue;
                }
                while let Some(Op::Swap(_) | Op::PopExcept | Op::Copy(_) | Op::Reraise(_)) =
                    code.code.get(j)
                {
                    lines[j] = 0;
                    j += 1;
                }
            }
            _ => {}
        }
    }
    lines.into_boxed_slice()
}

impl Vm {
    /// The event lines of `code` (see [`compute_event_lines`]), made on first use.
    pub(crate) fn event_lines<'c>(&self, code: &'c CodeObject) -> &'c [u32] {
        code.event_lines.get_or_init(|| compute_event_lines(code))
    }

    /// Recomputes `Tracer::active` (and the fast call paths' limit, see
    /// `Vm::fast_call_limit`) after a function was set, a callback ended or the
    /// recursion limit changed.
    pub(crate) fn refresh_tracing(&mut self) {
        let t = &mut self.tracer;
        t.active =
            !t.in_callback && (!matches!(t.func, Value::None) || !matches!(t.profile, Value::None));
        self.fast_call_limit = if t.active { 0 } else { self.recursion_limit };
    }

    /// `sys.settrace(f)` (`f` borrowed; None removes it).
    pub fn set_trace_func(&mut self, f: Value) {
        self.incref(f);
        let old = std::mem::replace(&mut self.tracer.func, f);
        self.refresh_tracing();
        self.decref(old);
    }

    /// `sys.setprofile(f)` (`f` borrowed; None removes it).
    pub fn set_profile_func(&mut self, f: Value) {
        self.incref(f);
        let old = std::mem::replace(&mut self.tracer.profile, f);
        self.refresh_tracing();
        self.decref(old);
    }

    /// The line a frame that has not run an instruction yet is at: its `def` (or
    /// first decorator) line, 0 for a module (CPython's `RESUME` line).
    pub(crate) fn entry_line(code: &CodeObject) -> u32 {
        if code.name == "<module>" {
            0
        } else {
            code.first_line
        }
    }

    /// The frame object of frame `fi` if it has one with a local trace function:
    /// (frame object, `f_trace` borrowed).
    pub(crate) fn local_trace(&self, fi: usize) -> Option<(ObjRef, Value)> {
        let k = self.frame_obj_at.binary_search(&fi).ok()?;
        let Value::Obj(r) = self.frame_objs[k] else {
            return None;
        };
        match self.heap.get(r) {
            Obj::Frame(f) if !matches!(f.trace, Value::None) => Some((r, f.trace)),
            _ => None,
        }
    }

    /// CPython's `call_trace`: runs `cb(frame, event, arg)` with tracing off and the
    /// frame's `f_lineno` reading `line`. Returns the callback's result (owned).
    fn call_trampoline(
        &mut self,
        cb: Value,
        fo: ObjRef,
        ev: Event,
        arg: Value,
        line: u32,
    ) -> PyResult<Value> {
        self.incref(cb);
        let saved = match self.heap.get_mut(fo) {
            Obj::Frame(f) => f.lineno.replace(line),
            _ => None,
        };
        let was = self.tracer.in_callback;
        self.tracer.in_callback = true;
        self.refresh_tracing();
        let name = self.intern(ev.name());
        let r = self.call_value(cb, &[Value::Obj(fo), name, arg], &[]);
        self.tracer.in_callback = was;
        self.refresh_tracing();
        if let Obj::Frame(f) = self.heap.get_mut(fo) {
            f.lineno = saved;
        }
        self.decref(cb);
        r
    }

    /// CPython's `trace_trampoline` for a local event: `f_trace` of frame `fi` is
    /// called (if set); a non-None result replaces it; an error removes the trace
    /// function and clears `f_trace`.
    fn trace_local(&mut self, fi: usize, ev: Event, arg: Value, line: u32) -> PyResult<()> {
        // Local events go through the global trace function's trampoline: none once
        // `sys.settrace(None)` removed it, whatever `f_trace` still holds.
        if self.tracer.in_callback || matches!(self.tracer.func, Value::None) {
            return Ok(());
        }
        let Some((fo, cb)) = self.local_trace(fi) else {
            return Ok(());
        };
        if ev == Event::Line {
            if let Obj::Frame(f) = self.heap.get(fo) {
                if !f.trace_lines {
                    return Ok(());
                }
            }
        }
        let r = self.call_trampoline(cb, fo, ev, arg, line);
        self.trace_result(fo, r)
    }

    /// What a trace function returned for frame object `fo`.
    fn trace_result(&mut self, fo: ObjRef, r: PyResult<Value>) -> PyResult<()> {
        match r {
            Ok(Value::None) => Ok(()),
            Ok(v) => {
                let old = match self.heap.get_mut(fo) {
                    Obj::Frame(f) => std::mem::replace(&mut f.trace, v),
                    _ => v,
                };
                self.decref(old);
                Ok(())
            }
            Err(e) => {
                self.set_trace_func(Value::None);
                let old = match self.heap.get_mut(fo) {
                    Obj::Frame(f) => std::mem::replace(&mut f.trace, Value::None),
                    _ => Value::None,
                };
                self.decref(old);
                Err(e)
            }
        }
    }

    /// CPython's `profile_trampoline`: the profile function's result is dropped; an
    /// error removes it.
    fn profile_event(&mut self, fi: usize, ev: Event, arg: Value, line: u32) -> PyResult<()> {
        let cb = self.tracer.profile;
        if matches!(cb, Value::None) || self.tracer.in_callback {
            return Ok(());
        }
        let fo = self.frame_object(fi);
        match self.call_trampoline(cb, fo, ev, arg, line) {
            Ok(v) => {
                self.decref(v);
                Ok(())
            }
            Err(e) => {
                self.set_profile_func(Value::None);
                Err(e)
            }
        }
    }

    /// A frame starts or resumes ('call'): the global trace function decides the
    /// frame's local one, then the profile function is told.
    pub(crate) fn trace_call(&mut self, fi: usize, line: u32) -> PyResult<()> {
        let cb = self.tracer.func;
        if !matches!(cb, Value::None) && !self.tracer.in_callback {
            let fo = self.frame_object(fi);
            let r = self.call_trampoline(cb, fo, Event::Call, Value::None, line);
            self.trace_result(fo, r)?;
        }
        self.profile_event(fi, Event::Call, Value::None, line)
    }

    /// A new line in frame `fi`.
    pub(crate) fn trace_line(&mut self, fi: usize, line: u32) -> PyResult<()> {
        self.trace_local(fi, Event::Line, Value::None, line)
    }

    /// Frame `fi` returns or yields `v` (borrowed; None when an exception leaves it).
    pub(crate) fn trace_return(&mut self, fi: usize, v: Value, line: u32) -> PyResult<()> {
        self.trace_local(fi, Event::Return, v, line)?;
        self.profile_event(fi, Event::Return, v, line)
    }

    /// Exception `exc` was raised in (or arrived from a call into) frame `fi`: the
    /// local trace function gets `(type, value, traceback)`.
    pub(crate) fn trace_exception(&mut self, fi: usize, exc: Value) -> PyResult<()> {
        if self.local_trace(fi).is_none() || self.tracer.in_callback {
            return Ok(());
        }
        let t = Value::Obj(self.type_of(exc));
        let tb = self.exc_state(exc).map_or(Value::None, |s| s.traceback);
        self.incref(t);
        self.incref(exc);
        self.incref(tb);
        let arg = self.new_tuple(vec![t, exc, tb]);
        let ip = self.frames[fi].ip.saturating_sub(1);
        let line = self.frames[fi].code.lines.get(ip).copied().unwrap_or(0);
        let r = self.trace_local(fi, Event::Exception, arg, line);
        self.decref(arg);
        r
    }

    /// Profile events around a call of builtin `f` (borrowed) from frame `fi`.
    pub(crate) fn profile_c_event(&mut self, fi: usize, ev: Event, f: Value) -> PyResult<()> {
        let ip = self.frames[fi].ip.saturating_sub(1);
        let line = self.frames[fi].code.lines.get(ip).copied().unwrap_or(0);
        self.profile_event(fi, ev, f, line)
    }

    /// The builtin a call at `slot` (`CALL`: `[callable, args..]`; `CALL_METHOD`:
    /// `[method, self, args..]` or `[UNDEF, callable, args..]`) runs, as the profile
    /// function's 'c_call' argument (owned): a method of a builtin class called
    /// through `LOAD_METHOD` is bound to its receiver first, as CPython's
    /// `trace_call_function` does. None when the callable is not a builtin.
    pub(crate) fn profiled_builtin(&mut self, slot: usize, method: bool) -> Option<Value> {
        let (callee, receiver) = if method && self.stack[slot].is_undef() {
            (self.stack[slot + 1], Value::Undef)
        } else if method {
            (self.stack[slot], self.stack[slot + 1])
        } else {
            (self.stack[slot], Value::Undef)
        };
        let Value::Obj(r) = callee else {
            return None;
        };
        let Obj::Builtin(b) = self.heap.get(r) else {
            return None;
        };
        if receiver.is_undef() || !b.self_.is_undef() {
            self.incref(callee);
            return Some(callee);
        }
        let bound = crate::runtime::types::function::BuiltinFn {
            name: b.name,
            f: b.f,
            self_: receiver,
            owner: b.owner,
            plain: b.plain,
            objclass: b.objclass,
        };
        self.incref(receiver);
        Some(self.heap.new_value(Obj::Builtin(Box::new(bound))))
    }
}
