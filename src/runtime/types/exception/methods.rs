//! The methods of `BaseException` (CPython's `BaseException_init` and
//! `BaseException_with_traceback`, Objects/exceptions.c). `BaseException.__new__` is
//! with the other `__new__`s in `types/class/subclass.rs`.

use crate::runtime::builtins::add_methods;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Registers the methods of `BaseException`.
pub fn install(vm: &mut Vm) {
    let be = vm.types.base_exception;
    add_methods(
        vm,
        be,
        &[("__init__", exc_init), ("with_traceback", exc_with_tb)],
    );
}

fn exc_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let me = args[0];
    let rest: Vec<Value> = args[1..].to_vec();
    for &a in &rest {
        vm.incref(a);
    }
    let t = vm.new_tuple(rest);
    if let Some(s) = vm.exc_state_mut(me) {
        let old = std::mem::replace(&mut s.args, t);
        vm.decref(old);
    } else {
        vm.decref(t);
    }
    Ok(Value::None)
}

fn exc_with_tb(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.incref(args[0]);
    Ok(args[0])
}
