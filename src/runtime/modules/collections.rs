//! `_collections`, the native half of `collections` (CPython's
//! Modules/_collectionsmodule.c): the `deque` type and its iterator types, which live
//! in `runtime/types/deque`, and `OrderedDict` (`runtime/types/odict`). `collections` (written in Python, `py/collections.py`)
//! imports `deque` from here.

use crate::runtime::builtins::{new_module, set_in};
use crate::runtime::vm::Vm;
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_collections");
    let t = vm.types;
    for (name, cls) in [
        ("deque", t.deque),
        ("_deque_iterator", t.deque_iterator),
        ("_deque_reverse_iterator", t.deque_reverse_iterator),
        ("OrderedDict", t.odict),
    ] {
        vm.heap.incref_obj(cls);
        set_in(vm, d, name, Value::Obj(cls));
    }
    m
}
