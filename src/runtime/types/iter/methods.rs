//! The Python-visible methods of the builtin iterator types: `__next__` (CPython's
//! `tp_iternext` wrapper) and `__iter__` returning the iterator itself
//! (`PyObject_SelfIter`, Objects/object.c).

use crate::runtime::builtins::{add_methods, check_method};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Registers `__next__` and `__iter__` on every builtin iterator type.
pub fn install(vm: &mut Vm) {
    // Every builtin iterator type has `__next__` and `__iter__` (returning itself).
    let t = &vm.types;
    let iterators = [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.range_iterator,
        t.longrange_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
        t.callable_iterator,
    ];
    for it in iterators {
        add_methods(vm, it, &[("__next__", iter_next), ("__iter__", iter_self)]);
    }
}

/// `iterator.__next__()` of the builtin iterators.
fn iter_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__next__", args, 0, 0)?;
    match vm.iter_next(args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.err_noargs("StopIteration")),
    }
}

/// `iterator.__iter__()`: the iterator itself (also generators' `__iter__`).
pub(crate) fn iter_self(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.incref(args[0]);
    Ok(args[0])
}
