//! The Python-visible methods of `set` and `frozenset` (CPython's `set_methods` and
//! `frozenset_methods` in Objects/setobject.c), and `set.__init__` for subclasses.
//! frozenset gets only the methods that do not mutate.

use crate::bytecode::BinOp;
use crate::runtime::builtins::{add_methods, check_args, check_method};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn install(vm: &mut Vm) {
    let s = vm.types.set;
    let set_methods: &[(&'static str, crate::runtime::object::NativeFn)] = &[
        ("add", add),
        ("remove", remove),
        ("discard", discard),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("copy", copy),
        ("__len__", crate::runtime::builtins::methods_list_len),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
    ];
    add_methods(vm, s, set_methods);
    let fs = vm.types.frozenset;
    // frozenset: the non-mutating methods (`union` to `__len__`).
    add_methods(vm, fs, &set_methods[6..15]);
}

fn add(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "add", args, 1, 1)?;
    vm.set_add(args[0], args[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "remove", args, 1, 1)?;
    if !vm.set_discard_method(args[0], args[1])? {
        return Err(vm.key_error(args[1]));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "discard", args, 1, 1)?;
    vm.set_discard_method(args[0], args[1])?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "pop", args, 0, 0)?;
    let r = args[0].as_obj().unwrap();
    let k = match vm.heap.get_mut(r) {
        Obj::Set(s) => s.pop_index().map(|i| s.remove_at(i)),
        _ => None,
    };
    match k {
        Some(k) => Ok(k),
        None => Err(vm.err("KeyError", "pop from an empty set")),
    }
}

fn clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "clear", args, 0, 0)?;
    vm.set_clear(args[0]);
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    for &a in &args[1..] {
        vm.set_update(args[0], a)?;
    }
    Ok(Value::None)
}

/// Converts an arbitrary iterable argument into a temporary set (owned).
fn as_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if vm.is_set_like(v) {
        vm.incref(v);
        return Ok(v);
    }
    let s = vm.heap.new_value(Obj::Set(Box::default()));
    if let Err(e) = vm.set_update(s, v) {
        vm.decref(s);
        return Err(e);
    }
    Ok(s)
}

/// `s.union(*others)` (CPython's `set_union`): a copy of `s` with each other
/// merged in.
fn union(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let out = vm.set_copy(args[0])?;
    for &o in &args[1..] {
        if let Err(e) = vm.set_update(out, o) {
            vm.decref(out);
            return Err(e);
        }
    }
    Ok(out)
}

/// CPython's `set_intersection_multi`: `s` intersected with each other in turn
/// (a copy of `s` when there are none).
fn intersection_multi(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if args.len() == 1 {
        return vm.set_copy(args[0]);
    }
    vm.incref(args[0]);
    let mut acc = args[0];
    for &o in &args[1..] {
        let r = vm.set_intersection(acc, o);
        vm.decref(acc);
        acc = r?;
    }
    Ok(acc)
}

fn intersection(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    intersection_multi(vm, args)
}

/// `s.difference(*others)` (CPython's `set_difference_multi`).
fn difference(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() == 1 {
        return vm.set_copy(args[0]);
    }
    let out = vm.set_difference(args[0], args[1])?;
    for &o in &args[2..] {
        if let Err(e) = vm.set_difference_update(out, o) {
            vm.decref(out);
            return Err(e);
        }
    }
    Ok(out)
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "symmetric_difference", args, 1, 1)?;
    vm.set_symmetric_difference(args[0], args[1])
}

/// `s.intersection_update(*others)`: the intersection's table installed in `s`.
fn intersection_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let tmp = intersection_multi(vm, args)?;
    vm.set_swap_bodies(args[0], tmp);
    vm.decref(tmp);
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    for &o in &args[1..] {
        vm.set_difference_update(args[0], o)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "symmetric_difference_update", args, 1, 1)?;
    vm.set_symmetric_difference_update(args[0], args[1])?;
    Ok(Value::None)
}

fn rel(vm: &mut Vm, args: &[Value], op: crate::bytecode::CmpOp) -> PyResult<Value> {
    let name = if op == crate::bytecode::CmpOp::LtE {
        "issubset"
    } else {
        "issuperset"
    };
    check_method(vm, name, args, 1, 1)?;
    let o = as_set(vm, args[1])?;
    let r = vm.set_compare(args[0], o, op);
    vm.decref(o);
    Ok(Value::Bool(r?))
}

fn issubset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    rel(vm, args, crate::bytecode::CmpOp::LtE)
}

fn issuperset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    rel(vm, args, crate::bytecode::CmpOp::GtE)
}

fn isdisjoint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "isdisjoint", args, 1, 1)?;
    let o = as_set(vm, args[1])?;
    let r = vm.set_binop(args[0], o, BinOp::BitAnd);
    vm.decref(o);
    let i = r?.unwrap_or(Value::None);
    let empty = !vm.truthy(i)?;
    vm.decref(i);
    Ok(Value::Bool(empty))
}

fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "copy", args, 0, 0)?;
    let frozen = matches!(vm.heap.get(args[0].as_obj().unwrap()), Obj::FrozenSet(_));
    if frozen && vm.type_of(args[0]) == vm.types.frozenset {
        // An exact frozenset is immutable: copy() returns it.
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    vm.set_copy(args[0])
}

/// `set.__init__(self, iterable=())`: replaces the contents.
pub fn init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::no_kwargs(vm, "set", kw)?;
    check_args(vm, "set", &args[1..], 0, 1)?;
    if matches!(vm.heap.get(args[0].as_obj().unwrap()), Obj::Set(_)) {
        vm.set_clear(args[0]);
    }
    if let Some(&it) = args.get(1) {
        vm.set_update(args[0], it)?;
    }
    Ok(Value::None)
}
