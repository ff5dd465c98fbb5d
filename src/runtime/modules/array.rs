//! The `array` module (CPython's Modules/arraymodule.c module part): the
//! `array.array` type itself lives in `types/array/` (made at start-up with the
//! other builtin types); this module exposes it as `array` and `ArrayType`, with
//! `typecodes` and the `_array_reconstructor` that protocol-3 pickles call.

use crate::runtime::builtins::{add_module_fns, new_module, set_in};
use crate::runtime::types::array::{methods::typecodes, new::array_reconstructor};
use crate::runtime::vm::Vm;
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "array");
    let t = vm.types.array;
    for name in ["array", "ArrayType"] {
        vm.heap.incref_obj(t);
        set_in(vm, d, name, Value::Obj(t));
    }
    let tc = typecodes(vm);
    set_in(vm, d, "typecodes", tc);
    // Its `__module__` is "array" for good (pickle finds it there), however a
    // module that imported it under another name came first in `sys.modules`.
    add_module_fns(
        vm,
        d,
        "array",
        &[("_array_reconstructor", array_reconstructor)],
    );
    m
}
