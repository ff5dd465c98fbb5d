//! The builtins `aiter()` and `anext()` (CPython's `builtin_aiter`, `builtin_anext`
//! in Python/bltinmodule.c) and the awaitable `anext(it, default)` returns
//! (`IterObj::AnextAwaitable`, CPython's `anext_awaitable` in Objects/iterobject.c):
//! it drives the awaitable of `it.__anext__()` and turns its StopAsyncIteration into
//! the end of the await with `default` as its value.

use crate::runtime::builtins::{add_methods, check_args, check_method};
use crate::runtime::object::{IterObj, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Registers the methods of `anext_awaitable`.
pub fn install(vm: &mut Vm) {
    let iter_self = crate::runtime::types::iter::methods::iter_self;
    let t = vm.types.anext_awaitable;
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

/// `aiter(async_iterable)`: `type(x).__aiter__(x)`, which must be an async iterator.
pub fn builtin_aiter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "aiter", args, 1, 1)?;
    let obj = args[0];
    let Some(m) = vm.lookup_type_attr(obj, "__aiter__") else {
        let tn = vm.type_name(obj);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterable")));
    };
    let r = vm.call_value(m, &[obj], &[]);
    vm.decref(m);
    let it = r?;
    match vm.lookup_type_attr(it, "__anext__") {
        Some(m) => {
            vm.decref(m);
            Ok(it)
        }
        None => {
            let tn = vm.type_name(it);
            vm.decref(it);
            Err(vm.type_error(format!(
                "aiter() returned not an async iterator of type '{tn}'"
            )))
        }
    }
}

/// `anext(aiterator[, default])`: the awaitable of `type(it).__anext__(it)`, wrapped
/// so that its end gives `default` when one is given.
pub fn builtin_anext(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "anext", args, 1, 2)?;
    let it = args[0];
    let Some(m) = vm.lookup_type_attr(it, "__anext__") else {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterator")));
    };
    let r = vm.call_value(m, &[it], &[]);
    vm.decref(m);
    let awaitable = r?;
    let Some(&default) = args.get(1) else {
        return Ok(awaitable);
    };
    vm.incref(default);
    Ok(vm
        .heap
        .new_value(Obj::Iter(Box::new(IterObj::AnextAwaitable {
            wrapped: awaitable,
            default,
        }))))
}

fn parts(vm: &mut Vm, v: Value) -> PyResult<(Value, Value)> {
    if let Value::Obj(r) = v {
        if let Obj::Iter(it) = vm.heap.get(r) {
            if let IterObj::AnextAwaitable { wrapped, default } = **it {
                return Ok((wrapped, default));
            }
        }
    }
    Err(vm.type_error("descriptor requires an 'anext_awaitable' object"))
}

/// The end of a step: StopAsyncIteration becomes StopIteration(default).
fn finish(vm: &mut Vm, default: Value, r: PyResult<Result<Value, Value>>) -> PyResult<Value> {
    match r {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(ret)) => Err(vm.stop_iteration(ret)),
        Err(e) if vm.exc_matches(e.0, "StopAsyncIteration") => {
            vm.decref(e.0);
            vm.incref(default);
            Err(vm.stop_iteration(default))
        }
        Err(e) => Err(e),
    }
}

fn aw_send(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "send", args, 1, 1)?;
    let (wrapped, default) = parts(vm, args[0])?;
    let it = vm.get_awaitable(wrapped, 0)?;
    let r = vm.send_into(it, args[1]);
    vm.decref(it);
    finish(vm, default, r)
}

fn aw_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    anext_awaitable_step(vm, args[0])
}

impl Vm {
    /// `next()` of an `anext_awaitable` (the builtin-iterator arm of `iter_next`):
    /// the StopIteration ending it is handed to `next()` when it asks.
    pub(crate) fn anext_awaitable_next(&mut self, r: ObjRef) -> PyResult<Option<Value>> {
        let want = std::mem::replace(&mut self.want_stop, false);
        let res = anext_awaitable_step(self, Value::Obj(r));
        self.stop_as_end(want, res)
    }
}

/// One `send(None)` of the `anext_awaitable` `v`.
fn anext_awaitable_step(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let (wrapped, default) = parts(vm, v)?;
    let it = vm.get_awaitable(wrapped, 0)?;
    let r = vm.send_into(it, Value::None);
    vm.decref(it);
    finish(vm, default, r)
}

fn aw_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "throw", args, 1, 3)?;
    let (wrapped, default) = parts(vm, args[0])?;
    let it = vm.get_awaitable(wrapped, 0)?;
    let r = match vm.get_attr(it, "throw") {
        Ok(m) => {
            let r = vm.call_value(m, &args[1..], &[]);
            vm.decref(m);
            match r {
                Ok(v) => Ok(Ok(v)),
                Err(e) if vm.exc_matches(e.0, "StopIteration") => {
                    let v = vm.stop_iteration_value(e.0);
                    vm.decref(e.0);
                    Ok(Err(v))
                }
                Err(e) => Err(e),
            }
        }
        Err(e) => Err(e),
    };
    vm.decref(it);
    finish(vm, default, r)
}

fn aw_close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "close", args, 0, 0)?;
    let (wrapped, _) = parts(vm, args[0])?;
    let it = vm.get_awaitable(wrapped, 0)?;
    let r = match vm.get_attr(it, "close") {
        Ok(m) => {
            let r = vm.call_value(m, &[], &[]);
            vm.decref(m);
            r
        }
        Err(e) => Err(e),
    };
    vm.decref(it);
    r
}
