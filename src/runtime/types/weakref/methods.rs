//! The methods of weak references: calling one returns its referent, or None once
//! it died (CPython's `weakref_call`).

use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Registers `__call__` on the weak reference type (when the `weakref` module is
/// made).
pub fn install(vm: &mut Vm) {
    let wr = vm.types.weakref;
    let wr_methods: &[(&'static str, crate::runtime::object::NativeFn)] = &[("__call__", call)];
    crate::runtime::builtins::add_methods(vm, wr, wr_methods);
}

fn call(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = match vm.heap.get(args[0].as_obj().unwrap()) {
        Obj::WeakRef(w) => w.target,
        _ => Value::None,
    };
    vm.incref(t);
    Ok(t)
}
