//! `property` (CPython's Objects/descrobject.c): making one (`property_new`,
//! CPython's `property_init`) and its `setter`/`getter`/`deleter` methods. Getting and
//! setting through a property is attribute lookup's (`vm/attr/`).

use crate::runtime::builtins::{add_methods, check_args, kwarg};
use crate::runtime::object::{Obj, PropertyObj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Registers `property.setter`/`getter`/`deleter`.
pub fn install(vm: &mut Vm) {
    let p = vm.types.property;
    add_methods(
        vm,
        p,
        &[
            ("setter", property_setter),
            ("getter", property_getter),
            ("deleter", property_deleter),
        ],
    );
}

pub fn property_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let get = |i: usize, n: &str| -> Value {
        args.get(i)
            .copied()
            .or_else(|| kwarg(vm, kw, n))
            .unwrap_or(Value::None)
    };
    let (fget, fset, fdel, doc) = (
        get(0, "fget"),
        get(1, "fset"),
        get(2, "fdel"),
        get(3, "doc"),
    );
    for v in [fget, fset, fdel, doc] {
        vm.incref(v);
    }
    // Without a doc, the getter's docstring is the property's (CPython's
    // `property_init`); an error fetching it is dropped.
    let mut doc = doc;
    if matches!(doc, Value::None) && !matches!(fget, Value::None) {
        match vm.get_attr(fget, "__doc__") {
            Ok(d) => doc = d,
            Err(e) => vm.decref(e.0),
        }
    }
    Ok(vm.heap.new_value(Obj::Property(Box::new(PropertyObj {
        fget,
        fset,
        fdel,
        doc,
        name: Value::None,
    }))))
}

/// `prop.setter(f)` / `getter` / `deleter`: a copy with one function replaced.
pub fn property_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    check_args(vm, "setter", args, 2, 2)?;
    let (mut fget, mut fset, mut fdel, doc, name) = match vm.heap.get(args[0].as_obj().unwrap()) {
        Obj::Property(p) => (p.fget, p.fset, p.fdel, p.doc, p.name),
        _ => return Err(vm.type_error("descriptor requires a property")),
    };
    match which {
        0 => fget = args[1],
        1 => fset = args[1],
        _ => fdel = args[1],
    }
    // The copy keeps the name (CPython's `property_copy`).
    for v in [fget, fset, fdel, doc, name] {
        vm.incref(v);
    }
    Ok(vm.heap.new_value(Obj::Property(Box::new(PropertyObj {
        fget,
        fset,
        fdel,
        doc,
        name,
    }))))
}

pub fn property_setter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_with(vm, args, 1)
}

pub fn property_getter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_with(vm, args, 0)
}

pub fn property_deleter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_with(vm, args, 2)
}
