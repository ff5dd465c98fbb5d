//! A coroutine's `__await__()` and the `coroutine_wrapper` it returns
//! (`IterObj::CoroWrapper`, CPython's `coro_await` and `PyCoroWrapper` in
//! Objects/genobject.c): an iterator whose `__next__`, `send`, `throw` and `close`
//! are the coroutine's own, so that code written against the iterator protocol
//! (a `yield from coro.__await__()`, an event loop's hand-written awaitable) can
//! drive a coroutine, which is not an iterator itself.

use crate::runtime::builtins::{add_methods, check_method};
use crate::runtime::object::{IterObj, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Registers `coroutine.__await__` and the methods of `coroutine_wrapper`.
pub fn install(vm: &mut Vm) {
    let c = vm.types.coroutine;
    add_methods(vm, c, &[("__await__", coro_await)]);
    let t = vm.types.coroutine_wrapper;
    add_methods(
        vm,
        t,
        &[
            ("send", cw_send),
            ("throw", cw_throw),
            ("close", cw_close),
            ("__next__", cw_next),
            ("__iter__", crate::runtime::types::iter::methods::iter_self),
        ],
    );
}

/// `coroutine.__await__()`: a new wrapper holding the coroutine (each call makes
/// one; the coroutine's state is checked when the wrapper is driven).
fn coro_await(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__await__", args, 0, 0)?;
    let coro = args[0];
    let is_coro = matches!(coro, Value::Obj(r)
        if matches!(vm.heap.get(r), Obj::Generator(g) if g.code.flags.coroutine));
    if !is_coro {
        let tn = vm.type_name(coro);
        return Err(vm.type_error(format!(
            "descriptor '__await__' requires a 'coroutine' object but received a '{tn}'"
        )));
    }
    vm.incref(coro);
    Ok(vm
        .heap
        .new_value(Obj::Iter(Box::new(IterObj::CoroWrapper { coro }))))
}

/// The coroutine a wrapper drives (borrowed).
fn wrapped(vm: &mut Vm, v: Value, method: &str) -> PyResult<ObjRef> {
    if let Value::Obj(r) = v {
        if let Obj::Iter(it) = vm.heap.get(r) {
            if let IterObj::CoroWrapper {
                coro: Value::Obj(c),
            } = **it
            {
                return Ok(c);
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "descriptor '{method}' requires a 'coroutine_wrapper' object but received a '{tn}'"
    )))
}

/// A step's outcome: the yielded value, or StopIteration carrying the return value.
fn finish(vm: &mut Vm, r: PyResult<Result<Value, Value>>) -> PyResult<Value> {
    match r? {
        Ok(v) => Ok(v),
        Err(ret) => Err(vm.stop_iteration(ret)),
    }
}

fn cw_send(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "send", args, 1, 1)?;
    let c = wrapped(vm, args[0], "send")?;
    let r = vm.gen_resume(c, args[1], None);
    finish(vm, r)
}

fn cw_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = wrapped(vm, args[0], "__next__")?;
    let r = vm.gen_resume(c, Value::None, None);
    finish(vm, r)
}

fn cw_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "throw", args, 1, 3)?;
    let c = wrapped(vm, args[0], "throw")?;
    let r = vm.gen_throw_args(c, &args[1..]);
    finish(vm, r)
}

fn cw_close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "close", args, 0, 0)?;
    let c = wrapped(vm, args[0], "close")?;
    vm.gen_close(c)?;
    Ok(Value::None)
}

impl Vm {
    /// `next()` of a `coroutine_wrapper` (the builtin-iterator arm of `iter_next`):
    /// the coroutine's `gen_iter_next`, which hands its return value to a `next()`
    /// further out that asks for it.
    pub(crate) fn coro_wrapper_next(&mut self, r: ObjRef) -> PyResult<Option<Value>> {
        let c = match self.heap.get(r) {
            Obj::Iter(it) => match **it {
                IterObj::CoroWrapper {
                    coro: Value::Obj(c),
                } => c,
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        self.gen_iter_next(c)
    }
}
