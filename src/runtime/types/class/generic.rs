//! The type object's half of runtime typing (PEP 585 and PEP 604): `type.__or__` /
//! `type.__ror__` (CPython's `type_or`, which makes `int | str` a `types.UnionType`),
//! the `__class_getitem__` classmethods of the builtin containers that CPython gives
//! one (`list[int]` is a `types.GenericAlias`, CPython's `Py_GenericAlias`), and class
//! subscription's special case `type[int]`. The alias and union objects themselves
//! are the Python classes of the `types` module (`modules/py/types.py`), reached here
//! by importing it on first use.

use crate::runtime::builtins::{add_methods, native, set_in};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Installs `type.__or__`/`__ror__` and the builtins' `__class_getitem__`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.type_;
    add_methods(vm, t, &[("__or__", type_or), ("__ror__", type_ror)]);
    let with_getitem: [(ObjRef, NativeCg); 8] = [
        (vm.types.list, cg_list),
        (vm.types.tuple, cg_tuple),
        (vm.types.dict, cg_dict),
        (vm.types.set, cg_set),
        (vm.types.frozenset, cg_frozenset),
        (vm.types.enumerate, cg_enumerate),
        (vm.types.mappingproxy, cg_mappingproxy),
        (vm.types.async_generator, cg_async_generator),
    ];
    for (cls, f) in with_getitem {
        let d = match vm.heap.get(cls) {
            Obj::Class(c) => c.dict,
            _ => continue,
        };
        let g = native(vm, "__class_getitem__", f);
        let cm = vm.heap.new_value(Obj::ClassMethod(g, None));
        set_in(vm, d, "__class_getitem__", cm);
    }
    let weakref = vm.types.weakref;
    let beg = vm.exc_type("BaseExceptionGroup");
    for (cls, f) in [(weakref, cg_weakref as NativeCg), (beg, cg_exception_group)] {
        if let Obj::Class(c) = vm.heap.get(cls) {
            let d = c.dict;
            let g = native(vm, "__class_getitem__", f);
            let cm = vm.heap.new_value(Obj::ClassMethod(g, None));
            set_in(vm, d, "__class_getitem__", cm);
        }
    }
}

type NativeCg = fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>;

/// One `__class_getitem__` per builtin: CPython's argument error names the type that
/// defines the method (`list.__class_getitem__() takes exactly one argument`).
macro_rules! class_getitems {
    ($($f:ident => $owner:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            class_getitem(vm, $owner, args)
        })*
    };
}
class_getitems!(
    cg_list => "list",
    cg_tuple => "tuple",
    cg_dict => "dict",
    cg_set => "set",
    cg_frozenset => "frozenset",
    cg_enumerate => "enumerate",
    cg_mappingproxy => "mappingproxy",
    cg_async_generator => "async_generator",
    cg_weakref => "weakref.ReferenceType",
    cg_exception_group => "BaseExceptionGroup",
);

/// `cls[item]` through a builtin's `__class_getitem__` (bound to `args[0]`).
pub(crate) fn class_getitem(vm: &mut Vm, owner: &str, args: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{}.__class_getitem__() takes exactly one argument ({} given)",
            owner,
            args.len().saturating_sub(1)
        )));
    }
    vm.generic_alias(args[0], args[1])
}

/// Calls the function `name` of the `types` module with `args` (borrowed).
fn call_types(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let types = vm.import_module("types")?;
    let f = vm.get_attr(types, name);
    vm.decref(types);
    let f = f?;
    let res = vm.call_value(f, args, &[]);
    vm.decref(f);
    res
}

impl Vm {
    /// `types.GenericAlias(origin, args)` (owned; both borrowed).
    pub(crate) fn generic_alias(&mut self, origin: Value, args: Value) -> PyResult<Value> {
        call_types(self, "GenericAlias", &[origin, args])
    }

    /// The `|` of two operands one of which is a class, when no operator of a user
    /// type answered (the class's metaclass is `type`, whose slot the generic dunder
    /// dispatch does not run): `type.__or__(a, b)`, then `type.__ror__(b, a)`. None
    /// when neither is a class or both return NotImplemented.
    pub(crate) fn class_or(&mut self, a: Value, b: Value) -> PyResult<Option<Value>> {
        let t = self.types.type_;
        let a_cls = self.is_instance(a, t);
        let b_cls = self.is_instance(b, t);
        if !a_cls && !b_cls {
            return Ok(None);
        }
        let v = call_types(self, "_type_or", &[a, b])?;
        if matches!(v, Value::NotImplemented) {
            return Ok(None);
        }
        Ok(Some(v))
    }
}

/// `type.__or__(self, other)`: `self | other` as a `types.UnionType`, or
/// NotImplemented when `other` cannot be a member of a union.
fn type_or(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    or_wrapper(vm, "__or__", args, kw, false)
}

/// `type.__ror__(self, other)`: `other | self`.
fn type_ror(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    or_wrapper(vm, "__ror__", args, kw, true)
}

fn or_wrapper(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: KwArgs,
    reflected: bool,
) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let (a, b) = if reflected {
        (args[1], args[0])
    } else {
        (args[0], args[1])
    };
    call_types(vm, "_type_or", &[a, b])
}
