//! The `weakref` module: `ref` with callbacks, `getweakrefcount`, `getweakrefs`
//! (CPython's Modules/_weakref.c and Lib/weakref.py). A weak reference never counts
//! in its referent's refcount; the VM clears it when the referent dies. The reference
//! type itself is in `runtime/types/weakref`.

use crate::runtime::builtins::{add_module_fns, check_args, new_module, set_in};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "weakref");
    add_module_fns(
        vm,
        d,
        "_weakref",
        &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
        ],
    );
    let wr = vm.types.weakref;
    vm.heap.incref_obj(wr);
    set_in(vm, d, "ref", Value::Obj(wr));
    crate::runtime::types::weakref::methods::install(vm);
    let key = vm.new_str("weakref");
    let mods = Value::Obj(vm.modules);
    let r = vm.dict_set_item(mods, key, m);
    vm.decref(key);
    if let Err(e) = r.and_then(|_| super::pysrc::exec_in(vm, "weakref", super::pysrc::WEAKREF, d)) {
        vm.decref(m);
        return Err(e);
    }
    Ok(m)
}

fn getweakrefcount(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getweakrefcount", args, 1, 1)?;
    let n = match args[0] {
        Value::Obj(r) => vm.weakrefs.get(&r).map(|v| v.len()).unwrap_or(0),
        _ => 0,
    };
    Ok(vm.int(n as i64))
}

/// The references to an object in CPython's list order: the shared callback-less
/// one first, then the others newest first (each is inserted after the shared one).
fn getweakrefs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getweakrefs", args, 1, 1)?;
    let refs: Vec<crate::value::ObjRef> = match args[0] {
        Value::Obj(r) => vm.weakrefs.get(&r).cloned().unwrap_or_default(),
        _ => vec![],
    };
    let (basic, others): (Vec<_>, Vec<_>) = refs.into_iter().partition(|&w| vm.is_basic_weakref(w));
    let list: Vec<Value> = basic
        .into_iter()
        .chain(others.into_iter().rev())
        .map(|w| Value::Obj(vm.weakref_outer(w)))
        .collect();
    for &v in &list {
        vm.incref(v);
    }
    Ok(vm.new_list(list))
}
