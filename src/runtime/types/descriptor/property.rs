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
    // CPython's argument clinic for property(fget=None, fset=None, fdel=None, doc=None).
    const NAMES: [&str; 4] = ["fget", "fset", "fdel", "doc"];
    if args.len() > 4 {
        let n = args.len() + kw.len();
        return Err(vm.type_error(format!("property() takes at most 4 arguments ({n} given)")));
    }
    for &(k, _) in kw.iter() {
        let k = vm.heap.str(k).to_string();
        match NAMES.iter().position(|&n| n == k) {
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for property()"
                )))
            }
            Some(i) if i < args.len() => {
                return Err(vm.type_error(format!(
                    "argument for property() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(_) => {}
        }
    }
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
    // None keeps the function there was (CPython's `property_copy`).
    match (which, args[1]) {
        (_, Value::None) => {}
        (0, f) => fget = f,
        (1, f) => fset = f,
        (_, f) => fdel = f,
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
