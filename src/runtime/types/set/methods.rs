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
    if !vm.set_discard(args[0], args[1])? {
        return Err(vm.key_error(args[1]));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "discard", args, 1, 1)?;
    vm.set_discard(args[0], args[1])?;
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
    let mut out = Vec::new();
    if let Obj::Set(s) = vm.heap.get_mut(args[0].as_obj().unwrap()) {
        s.drain_into(&mut out);
    }
    for v in out {
        vm.decref(v);
    }
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

fn fold(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<Value> {
    vm.incref(args[0]);
    let mut acc = args[0];
    for &a in &args[1..] {
        let o = match as_set(vm, a) {
            Ok(o) => o,
            Err(e) => {
                vm.decref(acc);
                return Err(e);
            }
        };
        let r = vm.set_binop(acc, o, op);
        vm.decref(o);
        vm.decref(acc);
        acc = r?.unwrap_or(Value::None);
    }
    if args.len() == 1 {
        let c = copy(vm, args, &[])?;
        vm.decref(acc);
        return Ok(c);
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    fold(vm, args, BinOp::BitOr)
}

fn intersection(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    fold(vm, args, BinOp::BitAnd)
}

fn difference(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    fold(vm, args, BinOp::Sub)
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "symmetric_difference", args, 1, 1)?;
    fold(vm, args, BinOp::BitXor)
}

/// `s.op_update(*others)`: `s` becomes `s op other1 op other2 ...`, in place.
fn fold_update(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<Value> {
    let r = fold(vm, args, op)?;
    let mut out = Vec::new();
    if let Obj::Set(s) = vm.heap.get_mut(args[0].as_obj().unwrap()) {
        s.drain_into(&mut out);
    }
    for v in out {
        vm.decref(v);
    }
    let res = vm.set_update(args[0], r);
    vm.decref(r);
    res.map(|_| Value::None)
}

fn intersection_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    fold_update(vm, args, BinOp::BitAnd)
}

fn difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    fold_update(vm, args, BinOp::Sub)
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "symmetric_difference_update", args, 1, 1)?;
    fold_update(vm, args, BinOp::BitXor)
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
    let s = vm.heap.new_value(if frozen {
        Obj::FrozenSet(Box::default())
    } else {
        Obj::Set(Box::default())
    });
    vm.set_update(s, args[0])?;
    Ok(s)
}

/// `set.__init__(self, iterable=())`: replaces the contents.
pub fn init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::no_kwargs(vm, "set", kw)?;
    check_args(vm, "set", &args[1..], 0, 1)?;
    let mut old = Vec::new();
    if let Obj::Set(s) = vm.heap.get_mut(args[0].as_obj().unwrap()) {
        s.drain_into(&mut old);
    }
    for v in old {
        vm.decref(v);
    }
    if let Some(&it) = args.get(1) {
        vm.set_update(args[0], it)?;
    }
    Ok(Value::None)
}
