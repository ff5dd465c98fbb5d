//! Async generators (PEP 525; CPython's `PyAsyncGenObject`, `async_generator_asend`
//! and `async_generator_athrow` in Objects/genobject.c).
//!
//! An async generator is a generator object whose code has the `async_generator`
//! flag (an `async def` containing `yield`). Its frame runs and suspends as any
//! generator's, but nobody iterates it directly: `__anext__()`/`asend(v)` and
//! `athrow(...)`/`aclose()` return awaitables (`IterObj::AsyncGenASend`,
//! `IterObj::AsyncGenAThrow`), and driving one of those (its `send`, `throw`, or an
//! `await` of it) resumes the generator's frame. A value that reaches the awaitable
//! from an `await` inside the generator passes on to whoever drives it (the event
//! loop); a value from the generator's own `yield` ends the awaitable's step, as
//! `StopIteration(value)`. CPython tells the two apart by wrapping yielded values
//! (`_PyAsyncGenWrappedValue`); here the generator's saved position does: it is
//! suspended just past a `YIELD_VALUE` after its own `yield`, and at the
//! `YIELD_FROM` of an `await`. The generator's end is `StopAsyncIteration`.

use super::GenState;
use crate::bytecode::Op;
use crate::runtime::builtins::{add_methods, check_method};
use crate::runtime::object::{IterObj, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};

/// An awaitable not yet started (CPython's `AWAITABLE_STATE_INIT`).
pub const AWAIT_INIT: u8 = 0;
/// An awaitable started and not finished (`AWAITABLE_STATE_ITER`).
pub const AWAIT_ITER: u8 = 1;
/// An awaitable finished, which cannot be reused (`AWAITABLE_STATE_CLOSED`).
pub const AWAIT_CLOSED: u8 = 2;

const ASEND_REUSED: &str = "cannot reuse already awaited __anext__()/asend()";
const ATHROW_REUSED: &str = "cannot reuse already awaited aclose()/athrow()";
const IGNORED_EXIT: &str = "async generator ignored GeneratorExit";

/// Registers the methods of `async_generator` and of its two awaitable types.
pub fn install(vm: &mut Vm) {
    let iter_self = crate::runtime::types::iter::methods::iter_self;
    let ag = vm.types.async_generator;
    add_methods(
        vm,
        ag,
        &[
            ("__aiter__", iter_self),
            ("__anext__", ag_anext),
            ("asend", ag_asend),
            ("athrow", ag_athrow),
            ("aclose", ag_aclose),
        ],
    );
    for t in [
        vm.types.async_generator_asend,
        vm.types.async_generator_athrow,
    ] {
        add_methods(
            vm,
            t,
            &[
                ("send", aw_send),
                ("throw", aw_throw),
                ("close", aw_close),
                ("__next__", aw_next),
                ("__iter__", iter_self),
                ("__await__", iter_self),
            ],
        );
    }
}

/// The async generator `args[0]` of one of its methods.
fn agen_ref(vm: &mut Vm, v: Value, what: &str) -> PyResult<ObjRef> {
    match v {
        Value::Obj(r) if vm.is_async_gen(v) => Ok(r),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{what}' for 'async_generator' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

/// A new awaitable over the async generator `g` (borrowed): `asend` when `payload`
/// is the value to send (owned; Undef for `__anext__`), else `athrow` with `payload`
/// the arguments tuple (owned; Undef for `aclose`).
fn new_awaitable(vm: &mut Vm, g: Value, payload: Value, asend: bool) -> Value {
    vm.incref(g);
    let it = if asend {
        IterObj::AsyncGenASend {
            gen: g,
            sendval: payload,
            state: AWAIT_INIT,
        }
    } else {
        IterObj::AsyncGenAThrow {
            gen: g,
            args: payload,
            state: AWAIT_INIT,
        }
    };
    vm.heap.new_value(Obj::Iter(Box::new(it)))
}

fn ag_anext(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__anext__", args, 0, 0)?;
    agen_ref(vm, args[0], "__anext__")?;
    Ok(new_awaitable(vm, args[0], Value::Undef, true))
}

fn ag_asend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "asend", args, 1, 1)?;
    agen_ref(vm, args[0], "asend")?;
    vm.incref(args[1]);
    Ok(new_awaitable(vm, args[0], args[1], true))
}

fn ag_athrow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "athrow", args, 1, 3)?;
    agen_ref(vm, args[0], "athrow")?;
    let t = vm.new_tuple(args[1..].to_vec());
    for &a in &args[1..] {
        vm.incref(a);
    }
    Ok(new_awaitable(vm, args[0], t, false))
}

fn ag_aclose(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "aclose", args, 0, 0)?;
    agen_ref(vm, args[0], "aclose")?;
    Ok(new_awaitable(vm, args[0], Value::Undef, false))
}

/// The awaitable `v` of an async generator's method (its `send`/`throw`/`close`).
fn awaitable_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(r) if vm.is_agen_awaitable(v) => Ok(r),
        _ => Err(vm.type_error("descriptor requires an 'async_generator_asend' object")),
    }
}

/// A step's outcome as a method result: a value passed on, or StopIteration.
fn finish(vm: &mut Vm, r: PyResult<Result<Value, Value>>) -> PyResult<Value> {
    match r? {
        Ok(v) => Ok(v),
        Err(ret) => Err(vm.stop_iteration(ret)),
    }
}

fn aw_send(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "send", args, 1, 1)?;
    let a = awaitable_ref(vm, args[0])?;
    let r = vm.agen_awaitable_send(a, args[1]);
    finish(vm, r)
}

fn aw_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = awaitable_ref(vm, args[0])?;
    let r = vm.agen_awaitable_send(a, Value::None);
    finish(vm, r)
}

fn aw_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "throw", args, 1, 3)?;
    let a = awaitable_ref(vm, args[0])?;
    let r = vm.agen_awaitable_throw(a, &args[1..]);
    finish(vm, r)
}

fn aw_close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "close", args, 0, 0)?;
    let a = awaitable_ref(vm, args[0])?;
    vm.set_awaitable_state(a, AWAIT_CLOSED);
    Ok(Value::None)
}

/// What one resumption of an async generator's frame came to.
enum Step {
    /// The generator's own `yield` gave this value (owned).
    Yielded(Value),
    /// An `await` in the generator passed this value (owned) up to the driver.
    Passed(Value),
    /// The generator raised, or ended (StopAsyncIteration): the exception (owned).
    Raised(Value),
}

impl Vm {
    /// True if `v` is an async generator object.
    pub fn is_async_gen(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Generator(g) if g.code.flags.async_generator))
    }

    /// True if `v` is what an async generator's `asend`/`athrow` (or `__anext__`,
    /// `aclose`) returned.
    pub fn is_agen_awaitable(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Iter(it)
            if matches!(**it, IterObj::AsyncGenASend { .. } | IterObj::AsyncGenAThrow { .. })))
    }

    fn set_awaitable_state(&mut self, a: ObjRef, to: u8) {
        if let Obj::Iter(it) = self.heap.get_mut(a) {
            if let IterObj::AsyncGenASend { state, .. } | IterObj::AsyncGenAThrow { state, .. } =
                &mut **it
            {
                *state = to;
            }
        }
    }

    fn agen_flags(&mut self, g: ObjRef, running: Option<bool>, closed: Option<bool>) {
        if let Obj::Generator(gen) = self.heap.get_mut(g) {
            if let Some(r) = running {
                gen.ag_running_async = r;
            }
            if let Some(c) = closed {
                gen.ag_closed = c;
            }
        }
    }

    /// Sorts the result of resuming async generator `g` (what `gen_resume` or
    /// `gen_throw_args` gave): a return is its end, StopAsyncIteration.
    fn agen_step(&mut self, g: ObjRef, r: PyResult<Result<Value, Value>>) -> Step {
        match r {
            Ok(Ok(v)) => {
                let own_yield = match self.heap.get(g) {
                    Obj::Generator(gen) => {
                        gen.state == GenState::Suspended
                            && gen.ip > 0
                            && matches!(
                                gen.code.code.get(gen.ip as usize - 1),
                                Some(Op::YieldValue)
                            )
                    }
                    _ => false,
                };
                if own_yield {
                    Step::Yielded(v)
                } else {
                    Step::Passed(v)
                }
            }
            Ok(Err(ret)) => {
                self.decref(ret);
                Step::Raised(self.err_noargs("StopAsyncIteration").0)
            }
            Err(e) => Step::Raised(e.0),
        }
    }

    /// CPython's `async_gen_unwrap_value`: the generator's own `yield` ends the
    /// awaitable's step with StopIteration(value); its end or a GeneratorExit marks
    /// it closed; either ends the step (`ag_running` false).
    fn agen_unwrap(&mut self, g: ObjRef, step: Step) -> PyResult<Result<Value, Value>> {
        match step {
            Step::Passed(v) => Ok(Ok(v)),
            Step::Yielded(v) => {
                self.agen_flags(g, Some(false), None);
                Ok(Err(v))
            }
            Step::Raised(e) => {
                let closes = self.exc_matches(e, "StopAsyncIteration")
                    || self.exc_matches(e, "GeneratorExit");
                self.agen_flags(g, Some(false), closes.then_some(true));
                Err(PyErr(e))
            }
        }
    }

    /// The generator, payload and state of awaitable `a`, and whether it is `asend`.
    fn awaitable_parts(&self, a: ObjRef) -> (ObjRef, Value, u8, bool) {
        match self.heap.get(a) {
            Obj::Iter(it) => match **it {
                IterObj::AsyncGenASend {
                    gen: Value::Obj(g),
                    sendval,
                    state,
                } => (g, sendval, state, true),
                IterObj::AsyncGenAThrow {
                    gen: Value::Obj(g),
                    args,
                    state,
                } => (g, args, state, false),
                _ => unreachable!("not an async generator awaitable"),
            },
            _ => unreachable!("not an async generator awaitable"),
        }
    }

    /// `send(arg)` of an `asend`/`athrow` awaitable (CPython's `async_gen_asend_send`
    /// and `async_gen_athrow_send`): Ok(Ok(v)) = v passed on to the driver,
    /// Ok(Err(v)) = the step is done (StopIteration(v)), Err = raised.
    pub(crate) fn agen_awaitable_send(
        &mut self,
        a: ObjRef,
        arg: Value,
    ) -> PyResult<Result<Value, Value>> {
        let (g, payload, state, asend) = self.awaitable_parts(a);
        if asend {
            return self.asend_send(a, g, payload, state, arg);
        }
        let aclose = payload.is_undef();
        if state == AWAIT_CLOSED {
            return Err(self.err("RuntimeError", ATHROW_REUSED));
        }
        let (finished, running, closed) = match self.heap.get(g) {
            Obj::Generator(gen) => (
                gen.state == GenState::Finished,
                gen.ag_running_async,
                gen.ag_closed,
            ),
            _ => (true, false, false),
        };
        if finished {
            self.set_awaitable_state(a, AWAIT_CLOSED);
            return Ok(Err(Value::None));
        }
        let step = if state == AWAIT_INIT {
            if running {
                self.set_awaitable_state(a, AWAIT_CLOSED);
                let what = if aclose { "aclose" } else { "athrow" };
                return Err(self.err(
                    "RuntimeError",
                    format!("{what}(): asynchronous generator is already running"),
                ));
            }
            if closed {
                self.set_awaitable_state(a, AWAIT_CLOSED);
                return Err(self.err_noargs("StopAsyncIteration"));
            }
            if !matches!(arg, Value::None) {
                return Err(self.err(
                    "RuntimeError",
                    "can't send non-None value to a just-started coroutine",
                ));
            }
            self.set_awaitable_state(a, AWAIT_ITER);
            self.agen_flags(g, Some(true), aclose.then_some(true));
            let r = if aclose {
                let ge = Value::Obj(self.exc_type("GeneratorExit"));
                self.gen_throw_args(g, &[ge])
            } else {
                let args = self.seq_items(payload).unwrap_or_default();
                self.gen_throw_args(g, &args)
            };
            self.agen_step(g, r)
        } else {
            let r = self.gen_resume(g, arg, None);
            self.agen_step(g, r)
        };
        self.athrow_result(a, g, aclose, step)
    }

    /// The rest of an `athrow`/`aclose` step: `athrow` unwraps as `asend` does;
    /// `aclose` fails if the generator yields again (it ignored GeneratorExit) and
    /// ends with StopIteration when the generator is done.
    fn athrow_result(
        &mut self,
        a: ObjRef,
        g: ObjRef,
        aclose: bool,
        step: Step,
    ) -> PyResult<Result<Value, Value>> {
        if !aclose {
            return self.agen_unwrap_closing(a, g, step);
        }
        match step {
            Step::Passed(v) => Ok(Ok(v)),
            Step::Yielded(v) => {
                self.decref(v);
                self.agen_flags(g, Some(false), None);
                self.set_awaitable_state(a, AWAIT_CLOSED);
                Err(self.err("RuntimeError", IGNORED_EXIT))
            }
            Step::Raised(e) => {
                self.agen_flags(g, Some(false), None);
                self.set_awaitable_state(a, AWAIT_CLOSED);
                if self.exc_matches(e, "StopAsyncIteration") || self.exc_matches(e, "GeneratorExit")
                {
                    self.decref(e);
                    return Ok(Err(Value::None));
                }
                Err(PyErr(e))
            }
        }
    }

    fn asend_send(
        &mut self,
        a: ObjRef,
        g: ObjRef,
        sendval: Value,
        state: u8,
        arg: Value,
    ) -> PyResult<Result<Value, Value>> {
        if state == AWAIT_CLOSED {
            return Err(self.err("RuntimeError", ASEND_REUSED));
        }
        let mut arg = arg;
        if state == AWAIT_INIT {
            let running = matches!(self.heap.get(g), Obj::Generator(gen) if gen.ag_running_async);
            if running {
                return Err(self.err(
                    "RuntimeError",
                    "anext(): asynchronous generator is already running",
                ));
            }
            if matches!(arg, Value::None) && !sendval.is_undef() {
                arg = sendval;
            }
            self.set_awaitable_state(a, AWAIT_ITER);
        }
        self.agen_flags(g, Some(true), None);
        // The value sent keeps alive while the frame runs (the awaitable holds it).
        self.incref(arg);
        let r = self.gen_resume(g, arg, None);
        self.decref(arg);
        let step = self.agen_step(g, r);
        self.agen_unwrap_closing(a, g, step)
    }

    /// `agen_unwrap` for the awaitable `a`, which is spent once the step did not
    /// yield a value (it returned or raised).
    fn agen_unwrap_closing(
        &mut self,
        a: ObjRef,
        g: ObjRef,
        step: Step,
    ) -> PyResult<Result<Value, Value>> {
        let r = self.agen_unwrap(g, step);
        if !matches!(r, Ok(Ok(_))) {
            self.set_awaitable_state(a, AWAIT_CLOSED);
        }
        r
    }

    /// `throw(...)` of an `asend`/`athrow` awaitable (CPython's
    /// `async_gen_asend_throw`, `async_gen_athrow_throw`).
    pub(crate) fn agen_awaitable_throw(
        &mut self,
        a: ObjRef,
        args: &[Value],
    ) -> PyResult<Result<Value, Value>> {
        let (g, payload, state, asend) = self.awaitable_parts(a);
        if state == AWAIT_CLOSED {
            let m = if asend { ASEND_REUSED } else { ATHROW_REUSED };
            return Err(self.err("RuntimeError", m));
        }
        let r = self.gen_throw_args(g, args);
        let step = self.agen_step(g, r);
        if asend {
            return self.agen_unwrap_closing(a, g, step);
        }
        let aclose = payload.is_undef();
        if !aclose {
            return self.agen_unwrap(g, step);
        }
        match step {
            Step::Passed(v) => Ok(Ok(v)),
            Step::Yielded(v) => {
                self.decref(v);
                self.agen_flags(g, Some(false), None);
                self.set_awaitable_state(a, AWAIT_CLOSED);
                Err(self.err("RuntimeError", IGNORED_EXIT))
            }
            Step::Raised(e) => {
                if self.exc_matches(e, "StopAsyncIteration") || self.exc_matches(e, "GeneratorExit")
                {
                    self.decref(e);
                    return Ok(Err(Value::None));
                }
                Err(PyErr(e))
            }
        }
    }

    /// `next()` of an async generator's awaitable (its `__next__`, as `send(None)`):
    /// the builtin-iterator arm of `iter_next`. The StopIteration ending the step is
    /// handed to `next()` when it asks (`stop_as_end`).
    pub(crate) fn agen_awaitable_next(&mut self, a: ObjRef) -> PyResult<Option<Value>> {
        let want = std::mem::replace(&mut self.want_stop, false);
        let r = match self.agen_awaitable_send(a, Value::None) {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(ret)) => Err(self.stop_iteration(ret)),
            Err(e) => Err(e),
        };
        self.stop_as_end(want, r)
    }

    /// The word for what kind of generator `g` is, as CPython's messages use it.
    pub(crate) fn gen_kind_word(&self, g: ObjRef) -> &'static str {
        match self.heap.get(g) {
            Obj::Generator(gen) if gen.code.flags.async_generator => "async generator",
            Obj::Generator(gen) if gen.code.flags.coroutine => "coroutine",
            _ => "generator",
        }
    }

    /// An exception leaving generator `g`'s frame: a StopIteration becomes
    /// `RuntimeError("<kind> raised StopIteration")`, and in an async generator a
    /// StopAsyncIteration `RuntimeError("async generator raised
    /// StopAsyncIteration")`, each caused by it (CPython's `gen_send_ex2`).
    pub(crate) fn gen_frame_error(&mut self, g: ObjRef, e: PyErr) -> PyErr {
        let kind = self.gen_kind_word(g);
        let stop = if self.exc_matches(e.0, "StopIteration") {
            "StopIteration"
        } else if kind == "async generator" && self.exc_matches(e.0, "StopAsyncIteration") {
            "StopAsyncIteration"
        } else {
            return e;
        };
        self.generator_exit_error_msg(e, &format!("{kind} raised {stop}"))
    }
}
