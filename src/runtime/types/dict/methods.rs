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
    // An exact dict and a key that hashes and compares without Python code (ints,
    // strs): the lookup BINARY_SUBSCR makes, no hashing call, no error path.
    if let Value::Obj(d) = args[0] {
        if let Some(found) = vm.dict_lookup_fast(d, args[1]) {
            let v = found.unwrap_or_else(|| args.get(2).copied().unwrap_or(Value::None));
            vm.incref(v);
            return Ok(v);
        }
    }
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
    // CPython's `_PyDict_Pop` answers an empty dict before hashing the key: the
    // default, or KeyError even for an unhashable key (no `__hash__` runs).
    if matches!(vm.heap.get(args[0].as_obj().unwrap()), Obj::Dict(d) if d.is_empty()) {
        return match args.get(2) {
            Some(&d) => {
                vm.incref(d);
                Ok(d)
            }
            None => Err(vm.key_error(args[1])),
        };
    }
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
    // One hash and one search (CPython's `PyDict_SetDefault`): a missing key goes in
    // where the search ended, without asking `__hash__`/`__eq__` again.
    let (d, key) = (args[0], args[1]);
    let h = vm.hash(key)?;
    let ix = vm.dict_find(d, key, h)?;
    if let Some(ix) = ix {
        let v = match vm.heap.get(d.as_obj().unwrap()) {
            Obj::Dict(dict) => dict.entry(ix).map(|e| e.value).unwrap_or(Value::None),
            _ => Value::None,
        };
        vm.incref(v);
        return Ok(v);
    }
    let v = args.get(2).copied().unwrap_or(Value::None);
    vm.dict_store_at(d, key, h, None, v);
    vm.incref(v);
    Ok(v)
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
    // A clean combined table is cloned outright (no lookups, no comparisons).
    if let (Value::Obj(src), Value::Obj(nr)) = (args[0], n) {
        let tracked = vm.heap.is_tracked(src);
        if matches!(vm.heap.get(src), Obj::Dict(_)) && vm.dict_clone_into(nr, src, tracked) {
            return Ok(n);
        }
    }
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

fn fromkeys(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // Checked here, not by name in `kwspec` (a classmethod's native has no owner
    // there): OrderedDict's `fromkeys` takes keywords.
    if !kw.is_empty() {
        return Err(vm.type_error("dict.fromkeys() takes no keyword arguments"));
    }
    check_method(vm, "fromkeys", args, 1, 2)?;
    let (cls, iterable) = (args[0], args[1]);
    let v = args.get(2).copied().unwrap_or(Value::None);
    // CPython's `_PyDict_FromKeys`: `cls()` first; a subclass's instance is filled
    // by item assignment.
    let d = if cls.is(Value::Obj(vm.types.dict)) {
        vm.heap.new_value(Obj::Dict(Box::default()))
    } else {
        vm.call_value(cls, &[], &[])?
    };
    let r = fill_fromkeys(vm, d, iterable, v);
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}

/// The body of `dict.fromkeys`: into an exact dict, the keys of an exact dict or
/// set go in with their stored hashes (no `__hash__` call) after one resize for
/// them all; anything else is iterated, one item assigned at a time.
fn fill_fromkeys(vm: &mut Vm, d: Value, iterable: Value, v: Value) -> PyResult<()> {
    let exact = matches!(d, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)));
    if exact {
        let presize = match iterable {
            Value::Obj(r) => match vm.heap.get(r) {
                Obj::Dict(src) => Some((src.len(), src.is_unicode(), false)),
                Obj::Set(s) | Obj::FrozenSet(s) => Some((s.len(), false, true)),
                _ => None,
            },
            _ => None,
        };
        if let Some((n, unicode, is_set)) = presize {
            if let Obj::Dict(dd) = vm.heap.get_mut(d.as_obj().unwrap()) {
                dd.fromkeys_prepare(n, unicode);
            }
            let mut pos = 0;
            loop {
                let next = if is_set {
                    vm.set_next_key(iterable, &mut pos)
                } else {
                    vm.dict_next_entry(iterable, &mut pos)
                        .map(|(h, k, _)| (h, k))
                };
                let Some((h, k)) = next else { break };
                vm.incref(k);
                let r = vm.dict_set_item_hashed(d, k, h, v);
                vm.decref(k);
                r?;
            }
            return Ok(());
        }
    }
    let it = vm.get_iter(iterable)?;
    let res = loop {
        let k = match vm.iter_next(it) {
            Ok(Some(k)) => k,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        };
        let r = if exact {
            vm.dict_set_item(d, k, v)
        } else {
            vm.set_item(d, k, v)
        };
        vm.decref(k);
        if let Err(e) = r {
            break Err(e);
        }
    };
    vm.decref(it);
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
