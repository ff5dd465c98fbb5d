//! The slot wrappers and methods `type` itself defines over `object`'s (CPython's
//! `type_methods` and the `tp_getattro` wrapper in Objects/typeobject.c):
//! `__getattribute__` (`type_getattro`), `__dir__` (the merged namespaces of the
//! class and its bases), `__sizeof__` (the class object's size, without the GC
//! header `sys.getsizeof` adds), `__instancecheck__` and `__subclasscheck__` (the
//! checks without a hook, `_PyObject_RealIsInstance`/`_PyObject_RealIsSubclass`,
//! which a metaclass's override can call through `super()`).

use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Registers the methods in `type`'s namespace.
pub fn install(vm: &mut Vm) {
    let t = vm.types.type_;
    crate::runtime::builtins::add_methods(
        vm,
        t,
        &[
            ("__getattribute__", type_getattribute),
            ("__dir__", type_dir),
            ("__sizeof__", type_sizeof),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
        ],
    );
}

/// The class a method of `type` was called on, and a check that it was given
/// `n` more arguments (CPython's messages for a METH_NOARGS / METH_O method).
fn receiver(vm: &mut Vm, args: &[Value], name: &str, n: usize) -> PyResult<ObjRef> {
    let Some(&first) = args.first() else {
        return Err(vm.type_error(format!("unbound method type.{name}() needs an argument")));
    };
    let Value::Obj(r) = first else {
        return Err(not_a_type(vm, first, name));
    };
    if !matches!(vm.heap.get(r), Obj::Class(_)) {
        return Err(not_a_type(vm, first, name));
    }
    let got = args.len() - 1;
    if got != n {
        return Err(super::object::arg_count_error(vm, "type", name, got, n));
    }
    Ok(r)
}

fn not_a_type(vm: &mut Vm, v: Value, name: &str) -> crate::runtime::vm::PyErr {
    let tn = vm.type_name(v);
    vm.type_error(format!(
        "descriptor '{name}' for 'type' objects doesn't apply to a '{tn}' object"
    ))
}

/// `type.__getattribute__(cls, name)`: the class's attribute lookup, without a
/// metaclass's own `__getattribute__`.
fn type_getattribute(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(&first) = args.first() {
        if !matches!(first, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_))) {
            let tn = vm.type_name(first);
            return Err(vm.type_error(format!(
                "descriptor '__getattribute__' requires a 'type' object but received a '{tn}'"
            )));
        }
    }
    if args.len() != 2 {
        if args.is_empty() {
            return Err(
                vm.type_error("descriptor '__getattribute__' of 'type' object needs an argument")
            );
        }
        let got = args.len() - 1;
        return Err(vm.type_error(format!("expected 1 argument, got {got}")));
    }
    super::object::check_attr_name(vm, args[1])?;
    vm.generic_getattr(args[0], args[1])
}

/// `type.__dir__(cls)`: the names of the class and of every class on its MRO.
fn type_dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = receiver(vm, args, "__dir__", 0)?;
    let names = crate::runtime::builtins::namespace::default_dir_names(vm, Value::Obj(cls))?;
    let items: Vec<Value> = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// `type.__sizeof__(cls)`: the class object's size (a class is always tracked,
/// so the GC header comes off).
fn type_sizeof(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = receiver(vm, args, "__sizeof__", 0)?;
    let s = crate::runtime::heap::sizeof::sizeof(&vm.heap, Value::Obj(cls));
    let tracked = vm.heap.get(cls).is_gc_tracked();
    Ok(vm.int(s as i64 - if tracked { 16 } else { 0 }))
}

fn type_instancecheck(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = receiver(vm, args, "__instancecheck__", 1)?;
    let r = crate::runtime::builtins::namespace::plain_class_check(
        vm,
        args[1],
        Value::Obj(cls),
        false,
    )?;
    Ok(Value::Bool(r))
}

fn type_subclasscheck(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = receiver(vm, args, "__subclasscheck__", 1)?;
    let r =
        crate::runtime::builtins::namespace::plain_class_check(vm, args[1], Value::Obj(cls), true)?;
    Ok(Value::Bool(r))
}
