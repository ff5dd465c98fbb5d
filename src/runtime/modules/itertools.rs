//! The `itertools` module (CPython's Modules/itertoolsmodule.c, a builtin module):
//! its namespace holds the itertools types (`runtime/types/itertools`, where they
//! are implemented) and the `tee()` function.

use crate::runtime::builtins::{add_fns, new_module, set_in};
use crate::runtime::types::itertools::{methods, new, KINDS};
use crate::runtime::vm::Vm;
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    methods::install(vm);
    let (m, d) = new_module(vm, "itertools");
    let doc = vm.new_str(
        "Iterator building blocks: endless counters and repeaters, iterators that \
         filter, slice and combine other iterators, and combinatoric generators.",
    );
    set_in(vm, d, "__doc__", doc);
    for k in KINDS {
        let cls = vm.tool_class(k);
        vm.heap.incref_obj(cls);
        set_in(vm, d, k.name(), Value::Obj(cls));
    }
    add_fns(vm, d, &[("tee", new::tee)]);
    m
}
