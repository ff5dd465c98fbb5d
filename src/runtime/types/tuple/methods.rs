//! Methods of `tuple` (CPython's Objects/tupleobject.c `tuple_methods`: `index`,
//! `count`, plus `__len__` and `__getitem__`); the search is the sequence layer's
//! (`vm/sequence.rs`), shared with list.

use crate::runtime::builtins::{add_methods, check_method, methods_list_len};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn install(vm: &mut Vm) {
    let t = vm.types.tuple;
    add_methods(
        vm,
        t,
        &[
            ("index", index),
            ("count", count),
            ("__len__", methods_list_len),
            ("__getitem__", dunder_getitem),
        ],
    );
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "index", args, 1, 3)?;
    match vm.seq_index_of(args)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "count", args, 1, 1)?;
    let n = vm.seq_count(args[0], args[1])?;
    Ok(vm.int(n))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__getitem__", args, 1, 1)?;
    vm.get_item(args[0], args[1])
}
