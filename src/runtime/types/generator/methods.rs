//! The methods of generators (CPython's Objects/genobject.c): `send`, `throw`,
//! `close` (`gen_send`, `_gen_throw`, `gen_close`), `__next__` and `__iter__`, and the
//! generator arm of `Vm::iter_next` (`gen_iternext`). Resuming a generator's frame is
//! `Vm::gen_resume` in `resume.rs`.

use crate::runtime::builtins::{add_methods, check_method};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Registers the generator methods.
pub fn install(vm: &mut Vm) {
    let g = vm.types.generator;
    add_methods(
        vm,
        g,
        &[
            ("send", gen_send),
            ("close", gen_close),
            ("throw", gen_throw),
            ("__next__", gen_next),
            ("__iter__", crate::runtime::types::iter::methods::iter_self),
        ],
    );
    // Coroutines are resumed the same way, but are not iterators.
    let c = vm.types.coroutine;
    add_methods(
        vm,
        c,
        &[
            ("send", gen_send),
            ("close", gen_close),
            ("throw", gen_throw),
        ],
    );
    super::asyncgen::install(vm);
    super::anext::install(vm);
    super::wrapper::install(vm);
}

fn gen_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Generator(_)) => Ok(r),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn finish(vm: &mut Vm, r: PyResult<Result<Value, Value>>) -> PyResult<Value> {
    match r? {
        Ok(v) => Ok(v),
        Err(ret) => Err(vm.stop_iteration(ret)),
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "send", args, 1, 1)?;
    let g = gen_ref(vm, args[0])?;
    let r = vm.gen_resume(g, args[1], None);
    finish(vm, r)
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen_ref(vm, args[0])?;
    let r = vm.gen_resume(g, Value::None, None);
    finish(vm, r)
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "close", args, 0, 0)?;
    let g = gen_ref(vm, args[0])?;
    vm.gen_close(g)?;
    Ok(Value::None)
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "throw", args, 1, 3)?;
    let g = gen_ref(vm, args[0])?;
    let r = vm.gen_throw_args(g, &args[1..]);
    finish(vm, r)
}

impl Vm {
    /// `next()` of the generator `r`: Some(owned value) or None when it returned.
    /// Its return value is dropped, as `PyIter_Next` does, unless a `next()` further
    /// out is asking (`want_stop`, taken before the body runs and may reset it): then
    /// it is stashed as `StopIteration(value)`, which is what CPython's
    /// `gen_iternext` leaves set for an `islice` or `map` step to pass on.
    pub(crate) fn gen_iter_next(&mut self, r: ObjRef) -> PyResult<Option<Value>> {
        let want = std::mem::take(&mut self.want_stop);
        match self.gen_resume(r, Value::None, None)? {
            Ok(v) => Ok(Some(v)),
            Err(Value::None) => Ok(None),
            Err(ret) if want => {
                let e = self.stop_iteration(ret);
                if let Some(old) = self.stop_stash.replace(e.0) {
                    self.decref(old);
                }
                Ok(None)
            }
            Err(ret) => {
                self.decref(ret);
                Ok(None)
            }
        }
    }
}
