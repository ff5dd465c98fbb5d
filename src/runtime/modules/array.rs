//! `_array`, the native half of `array` (CPython's Modules/arraymodule.c, whose rest is
//! written in Python in `py/array.py`): `register(cls)` makes the instances of `cls`
//! buffer exporters. An array keeps its items in machine format in a bytearray (`_b`),
//! so `memoryview(a)`, `bytes(a)`, `b + a` and the other buffer consumers see and
//! share that memory (types/memoryview).

use crate::runtime::builtins::{add_fns, check_args, new_module};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_array");
    add_fns(vm, d, &[("register", register)]);
    m
}

/// `_array.register(cls)`: the array class; kept alive for the rest of the run.
fn register(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "register", args, 1, 1)?;
    match args[0] {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => {
            if let Some(old) = vm.array_class.replace(r) {
                vm.heap.decref_obj(old);
            }
            vm.heap.incref_obj(r);
            Ok(Value::None)
        }
        v => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("register() argument must be a class, not {}", tn)))
        }
    }
}
