//! The Python-visible methods of `dict` (CPython's `mapp_methods` in
//! Objects/dictobject.c): `get`, `keys`/`values`/`items` (the views), `pop`,
//! `popitem`, `setdefault`, `update`, `copy`, `clear`, `fromkeys`, `__ior__`,
//! `__reversed__`, the special-method
//! wrappers, and `dict.__init__` for subclasses.

use crate::runtime::builtins::{add_methods, check_args, check_method};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn install(vm: &mut Vm) {
    super::views::install(vm);
    let d = vm.types.dict;
    // `dict.fromkeys` is a classmethod.
    let f = crate::runtime::builtins::native(vm, "fromkeys", fromkeys);
    let cm = vm.heap.new_value(Obj::ClassMethod(f, None));
    if let Obj::Class(c) = vm.heap.get(d) {
        let dd = c.dict;
        crate::runtime::builtins::set_in(vm, dd, "fromkeys", cm);
    }
    add_methods(
        vm,
        d,
        &[
            ("get", get),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("pop", pop),
            ("popitem", popitem),
            ("setdefault", setdefault),
            ("update", update),
            ("copy", copy),
            ("clear", clear),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__contains__", contains),
            ("__len__", len),
            ("__ior__", ior),
            ("__reversed__", reversed),
        ],
    );
}

/// `d |= other` as a method: `update` from any mapping or iterable of pairs (unlike
/// `|`, which takes only dicts), returning the dict itself.
fn ior(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__ior__", args, 1, 1)?;
    vm.dict_update(args[0], args[1])?;
    vm.incref(args[0]);
    Ok(args[0])
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__reversed__", args, 0, 0)?;
    vm.dict_reversed(args[0])
}

fn get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "get", args, 1, 2)?;
    match vm.dict_get_item(args[0], args[1])? {
        Some(v) => Ok(v),
        None => {
            let d = args.get(2).copied().unwrap_or(Value::None);
            vm.incref(d);
            Ok(d)
        }
    }
}

fn view(vm: &mut Vm, args: &[Value], kind: u8) -> PyResult<Value> {
    let d = args[0].as_obj().unwrap();
    vm.heap.incref_obj(d);
    Ok(vm.heap.new_value(Obj::DictView { dict: d, kind }))
}

fn keys(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "keys", args, 0, 0)?;
    view(vm, args, 0)
}

fn values(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "values", args, 0, 0)?;
    view(vm, args, 1)
}

fn items(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "items", args, 0, 0)?;
    view(vm, args, 2)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "pop", args, 1, 2)?;
    let h = vm.hash(args[1])?;
    match vm.dict_find(args[0], args[1], h)? {
        Some(ix) => {
            let (k, v) = match vm.heap.get_mut(args[0].as_obj().unwrap()) {
                Obj::Dict(d) => d.remove_at(ix),
                _ => unreachable!(),
            };
            vm.decref(k);
            Ok(v)
        }
        None => match args.get(2) {
            Some(&d) => {
                vm.incref(d);
                Ok(d)
            }
            None => Err(vm.key_error(args[1])),
        },
    }
}

fn popitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "popitem", args, 0, 0)?;
    let r = args[0].as_obj().unwrap();
    let ix = match vm.heap.get(r) {
        Obj::Dict(d) => d.last_index(),
        _ => None,
    };
    match ix {
        Some(ix) => {
            let (k, v) = match vm.heap.get_mut(r) {
                Obj::Dict(d) => {
                    d.unsplit_for_popitem();
                    let ix = d.last_index().unwrap_or(ix);
                    d.remove_at(ix)
                }
                _ => unreachable!(),
            };
            Ok(vm.new_tuple(vec![k, v]))
        }
        None => Err(vm.err("KeyError", "popitem(): dictionary is empty")),
    }
}

fn setdefault(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "setdefault", args, 1, 2)?;
    if let Some(v) = vm.dict_get_item(args[0], args[1])? {
        return Ok(v);
    }
    let d = args.get(2).copied().unwrap_or(Value::None);
    vm.dict_set_item(args[0], args[1], d)?;
    vm.incref(d);
    Ok(d)
}

fn update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "update", args, 0, 1)?;
    if let Some(&m) = args.get(1) {
        vm.dict_update(args[0], m)?;
    }
    for &(k, v) in kw {
        vm.dict_set_item(args[0], Value::Obj(k), v)?;
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "copy", args, 0, 0)?;
    let n = vm.new_dict();
    // A split table's copy shares the keys too (`PyDict_Copy`: `new_dict(mp->ma_keys,
    // newvalues, ...)` after `dictkeys_incref`), so it stays split.
    // A combined one is cloned, table size and all.
    let (split, info) = match vm.heap.get(args[0].as_obj().unwrap()) {
        // (An empty dict copies as a new empty one.)
        Obj::Dict(d) if !d.is_empty() => (d.split.clone(), Some(d.merge_source())),
        _ => (None, None),
    };
    if let Value::Obj(nr) = n {
        if let Obj::Dict(nd) = vm.heap.get_mut(nr) {
            match split {
                Some(sk) => nd.split = Some(sk),
                None => {
                    if let Some(info) = info {
                        nd.copy_prepare(info);
                    }
                }
            }
        }
    }
    vm.dict_update(n, args[0])?;
    Ok(n)
}

fn clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "clear", args, 0, 0)?;
    let mut out = Vec::new();
    if let Obj::Dict(d) = vm.heap.get_mut(args[0].as_obj().unwrap()) {
        d.drain_into(&mut out);
    }
    for v in out {
        vm.decref(v);
    }
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "fromkeys", args, 1, 2)?;
    let v = args.get(2).copied().unwrap_or(Value::None);
    let keys = vm.collect_iter(args[1])?;
    // `D.fromkeys` of a subclass makes a `D()` and fills it by item assignment
    // (CPython's `_PyDict_FromKeys` for a class other than dict).
    let exact = args[0].is(Value::Obj(vm.types.dict));
    let d = if exact {
        Ok(vm.heap.new_value(Obj::Dict(Box::default())))
    } else {
        vm.call_value(args[0], &[], &[])
    };
    let mut res = d;
    if let Ok(d) = res {
        for &k in &keys {
            let r = if exact {
                vm.dict_set_item(d, k, v)
            } else {
                vm.set_item(d, k, v)
            };
            if let Err(e) = r {
                vm.decref(d);
                res = Err(e);
                break;
            }
        }
    }
    for k in keys {
        vm.decref(k);
    }
    res
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__getitem__", args, 1, 1)?;
    vm.get_item(args[0], args[1])
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 3 {
        let n = args.len().saturating_sub(1);
        // CPython's own message for this slot wrapper starts with a space.
        return Err(vm.type_error(format!(" expected 2 arguments, got {n}")));
    }
    vm.dict_set_item(args[0], args[1], args[2])?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__contains__", args, 1, 1)?;
    Ok(Value::Bool(vm.contains(args[0], args[1])?))
}

fn len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        let n = args.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
    }
    let n = crate::runtime::builtins::functions::length(vm, args[0])? as i64;
    Ok(vm.int(n))
}

/// `dict.__init__(self, mapping_or_pairs=(), **kw)`: updates.
pub fn init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "dict", &args[1..], 0, 1)?;
    if let Some(&m) = args.get(1) {
        vm.dict_update(args[0], m)?;
    }
    for &(k, v) in kw {
        vm.dict_set_item(args[0], Value::Obj(k), v)?;
    }
    Ok(Value::None)
}
