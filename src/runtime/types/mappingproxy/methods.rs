//! mappingproxy's methods (CPython's `mappingproxy_methods`: `get`, `keys`, `values`,
//! `items`, `copy`, `__reversed__`, each calling the mapping's method of that name)
//! and its special-method wrappers (`__getitem__`, `__len__`, `__or__`, ...), which
//! run the protocol arms of `ops.rs`. There is nothing that writes: no `__setitem__`,
//! `update`, `pop`... (an AttributeError, as in CPython), and `__hash__` is None.

use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::builtins::{add_methods, check_args, check_method, no_kwargs, set_in};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Registers mappingproxy's methods on its type.
pub fn install(vm: &mut Vm) {
    let t = vm.types.mappingproxy;
    add_methods(
        vm,
        t,
        &[
            ("get", get),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("copy", copy),
            ("__reversed__", reversed),
            ("__getitem__", w_getitem),
            ("__len__", w_len),
            ("__contains__", w_contains),
            ("__iter__", w_iter),
            ("__repr__", w_repr),
            ("__str__", w_str),
            ("__or__", w_or),
            ("__ror__", w_ror),
            ("__ior__", w_ior),
            ("__eq__", w_eq),
            ("__ne__", w_ne),
            ("__lt__", w_lt),
            ("__le__", w_le),
            ("__gt__", w_gt),
            ("__ge__", w_ge),
        ],
    );
    if let Obj::Class(c) = vm.heap.get(t) {
        let d = c.dict;
        set_in(vm, d, "__hash__", Value::None);
    }
}

/// The proxy `args[0]` (the call machinery checked the receiver's type).
fn proxy(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(&Value::Obj(r)) if matches!(vm.heap.get(r), Obj::MappingProxy(_)) => Ok(r),
        _ => Err(vm.type_error("descriptor requires a 'mappingproxy' object")),
    }
}

/// `mapping.name(*rest)`, as `PyObject_VectorcallMethod` on the mapping.
fn call_mapping_method(vm: &mut Vm, r: ObjRef, name: &str, rest: &[Value]) -> PyResult<Value> {
    let m = vm.proxied_mapping(Value::Obj(r)).unwrap_or(Value::Obj(r));
    let f = vm.get_attr(m, name)?;
    let res = vm.call_value(f, rest, &[]);
    vm.decref(f);
    res
}

/// The exact dict a proxy wraps, for the fast paths of the common `cls.__dict__`.
fn exact_dict(vm: &Vm, r: ObjRef) -> Option<ObjRef> {
    match vm.proxied_mapping(Value::Obj(r)) {
        Some(Value::Obj(d)) if matches!(vm.heap.get(d), Obj::Dict(_)) => Some(d),
        _ => None,
    }
}

fn get(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "mappingproxy.get", kw)?;
    check_method(vm, "get", args, 1, 2)?;
    let r = proxy(vm, args)?;
    if let Some(d) = exact_dict(vm, r) {
        // `dict.get`, without binding a method object.
        return match vm.dict_get_item(Value::Obj(d), args[1])? {
            Some(v) => Ok(v),
            None => {
                let dflt = args.get(2).copied().unwrap_or(Value::None);
                vm.incref(dflt);
                Ok(dflt)
            }
        };
    }
    call_mapping_method(vm, r, "get", &args[1..])
}

/// `keys()`/`values()`/`items()` (kind 0, 1, 2): of a dict, its view.
fn view(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &'static str, kind: u8) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!(
            "mappingproxy.{}() takes no keyword arguments",
            name
        )));
    }
    check_method(vm, name, args, 0, 0)?;
    let r = proxy(vm, args)?;
    if let Some(d) = exact_dict(vm, r) {
        vm.heap.incref_obj(d);
        return Ok(vm.heap.new_value(Obj::DictView { dict: d, kind }));
    }
    call_mapping_method(vm, r, name, &[])
}

fn keys(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    view(vm, args, kw, "keys", 0)
}

fn values(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    view(vm, args, kw, "values", 1)
}

fn items(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    view(vm, args, kw, "items", 2)
}

/// `copy()`: `mapping.copy()`, a new dict for a dict (not a proxy).
fn copy(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "mappingproxy.copy", kw)?;
    check_method(vm, "copy", args, 0, 0)?;
    let r = proxy(vm, args)?;
    call_mapping_method(vm, r, "copy", &[])
}

/// `__reversed__()`: `mapping.__reversed__()` (what `reversed(proxy)` calls).
fn reversed(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "mappingproxy.__reversed__", kw)?;
    check_method(vm, "__reversed__", args, 0, 0)?;
    let r = proxy(vm, args)?;
    vm.mappingproxy_reversed(r)
}

// ----- special-method wrappers: the protocol arms as callables ----------------------

fn w_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__getitem__", args.get(1..).unwrap_or(&[]), 1, 1)?;
    let r = proxy(vm, args)?;
    vm.mappingproxy_getitem(r, args[1])
}

fn w_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__len__", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let r = proxy(vm, args)?;
    let n = vm.mappingproxy_len(r)? as i64;
    Ok(vm.int(n))
}

fn w_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__contains__", args.get(1..).unwrap_or(&[]), 1, 1)?;
    let r = proxy(vm, args)?;
    Ok(Value::Bool(vm.mappingproxy_contains(r, args[1])?))
}

fn w_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__iter__", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let r = proxy(vm, args)?;
    vm.mappingproxy_iter(r)
}

fn w_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__repr__", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let r = proxy(vm, args)?;
    let s = vm.mappingproxy_repr(r)?;
    Ok(vm.new_str(s))
}

fn w_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__str__", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let r = proxy(vm, args)?;
    let s = vm.mappingproxy_str(r)?;
    Ok(vm.new_str(s))
}

fn w_or(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__or__", args.get(1..).unwrap_or(&[]), 1, 1)?;
    proxy(vm, args)?;
    or_slot(vm, args[0], args[1])
}

fn w_ror(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__ror__", args.get(1..).unwrap_or(&[]), 1, 1)?;
    proxy(vm, args)?;
    or_slot(vm, args[1], args[0])
}

/// `mappingproxy_or(a, b)` called as a slot: both sides unwrapped, then `a | b`.
fn or_slot(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    match vm.mappingproxy_or(a, b, true)? {
        Some(v) => Ok(v),
        None => vm.binary_op(a, b, BinOp::BitOr),
    }
}

fn w_ior(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__ior__", args.get(1..).unwrap_or(&[]), 1, 1)?;
    proxy(vm, args)?;
    vm.mappingproxy_ior()
}

/// The comparison wrappers: `mappingproxy_richcompare` for the proxy on the left.
macro_rules! cmp_fns {
    ($($name:ident => $dunder:literal, $op:ident),*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            check_args(vm, $dunder, args.get(1..).unwrap_or(&[]), 1, 1)?;
            let r = proxy(vm, args)?;
            let m = vm.proxied_mapping(Value::Obj(r)).unwrap_or(args[0]);
            vm.rich_compare(m, args[1], CmpOp::$op)
        })*
    };
}
cmp_fns!(
    w_eq => "__eq__", Eq,
    w_ne => "__ne__", NotEq,
    w_lt => "__lt__", Lt,
    w_le => "__le__", LtE,
    w_gt => "__gt__", Gt,
    w_ge => "__ge__", GtE
);
