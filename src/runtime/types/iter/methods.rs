//! The Python-visible methods of the builtin iterator types: `__next__` (CPython's
//! `tp_iternext` wrapper) and `__iter__` returning the iterator itself
//! (`PyObject_SelfIter`, Objects/object.c), and the pickle support of the sequence
//! iterators: `__reduce__` and `__setstate__` (`listiter_reduce_general`,
//! `listiter_setstate`, `tupleiter_*`, `unicodeiter_*`, `listreviter_*`).

use super::{IterObj, DICT_ITER_REVERSED};
use crate::runtime::builtins::{add_methods, check_method};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Registers `__next__` and `__iter__` on every builtin iterator type.
pub fn install(vm: &mut Vm) {
    // Every builtin iterator type has `__next__` and `__iter__` (returning itself).
    let t = &vm.types;
    let iterators = [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.unicode_iterator,
        t.bytes_iterator,
        t.bytearray_iterator,
        t.memory_iterator,
        t.range_iterator,
        t.longrange_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.dict_reversekeyiterator,
        t.dict_reversevalueiterator,
        t.dict_reverseitemiterator,
        t.set_iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
        t.list_reverseiterator,
        t.callable_iterator,
        t.seq_iterator,
        t.odict_iterator,
        t.array_iterator,
    ];
    for it in iterators {
        add_methods(vm, it, &[("__next__", iter_next), ("__iter__", iter_self)]);
    }
    // The iterators over a container of known size estimate what is left
    // (`operator.length_hint`, `list(it)`'s preallocation).
    let t = &vm.types;
    let sized = [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.unicode_iterator,
        t.bytes_iterator,
        t.bytearray_iterator,
        t.range_iterator,
        t.longrange_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.dict_reversekeyiterator,
        t.dict_reversevalueiterator,
        t.dict_reverseitemiterator,
        t.set_iterator,
        t.reversed,
        t.list_reverseiterator,
        // The `__getitem__` iterator asks its object's `__len__` (`iter_len`).
        t.seq_iterator,
    ];
    for it in sized {
        add_methods(vm, it, &[("__length_hint__", iter_length_hint)]);
    }
    let t = &vm.types;
    let sequence_iterators = [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.unicode_iterator,
        t.bytes_iterator,
        t.bytearray_iterator,
        t.reversed,
        t.list_reverseiterator,
        t.array_iterator,
        t.seq_iterator,
    ];
    for it in sequence_iterators {
        add_methods(
            vm,
            it,
            &[
                ("__reduce__", seq_iter_reduce),
                ("__setstate__", seq_iter_setstate),
            ],
        );
    }
    let t = &vm.types;
    for it in [t.range_iterator, t.longrange_iterator] {
        add_methods(
            vm,
            it,
            &[
                ("__reduce__", range_iter_reduce),
                ("__setstate__", range_iter_setstate),
            ],
        );
    }
    let t = &vm.types;
    for it in [
        t.set_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.dict_reversekeyiterator,
        t.dict_reversevalueiterator,
        t.dict_reverseitemiterator,
        t.odict_iterator,
    ] {
        add_methods(vm, it, &[("__reduce__", table_iter_reduce)]);
    }
    let e = vm.types.enumerate;
    add_methods(vm, e, &[("__reduce__", enumerate_reduce)]);
    let c = vm.types.callable_iterator;
    add_methods(vm, c, &[("__reduce__", calliter_reduce)]);
    let t = &vm.types;
    let (zip, map, filter) = (t.zip, t.map, t.filter);
    add_methods(
        vm,
        zip,
        &[("__reduce__", zip_reduce), ("__setstate__", zip_setstate)],
    );
    add_methods(vm, map, &[("__reduce__", map_reduce)]);
    add_methods(vm, filter, &[("__reduce__", filter_reduce)]);
}

/// `zip.__reduce__()` (CPython 3.11's `zip_reduce`): `(type, iterators)`, with a third
/// item True for a strict zip. The iterators are kept after exhaustion, so a copy of
/// a spent zip is spent too.
fn zip_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__reduce__", args, 0, 0)?;
    let state = match vm.unwrap_payload(args[0]) {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Iter(i) => match &**i {
                IterObj::Zip { its, strict, .. } => Some((its.clone(), *strict)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some((its, strict)) = state else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'zip' object"));
    };
    reduce_with_type(vm, args[0], its, strict.then_some(Value::Bool(true)))
}

/// `zip.__setstate__(strict)`: the zip made strict (or not) by the truth of `strict`
/// (CPython's `zip_setstate`, what unpickling a strict zip calls).
fn zip_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__setstate__", args, 1, 1)?;
    let flag = vm.truthy(args[1])?;
    if let Value::Obj(r) = vm.unwrap_payload(args[0]) {
        if let Obj::Iter(i) = vm.heap.get_mut(r) {
            if let IterObj::Zip { strict, .. } = &mut **i {
                *strict = flag;
            }
        }
    }
    Ok(Value::None)
}

/// `map.__reduce__()` (`map_reduce`): `(type, (func, *iterators))`.
fn map_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__reduce__", args, 0, 0)?;
    let state = match vm.unwrap_payload(args[0]) {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Iter(i) => match &**i {
                IterObj::Map { func, its } => {
                    Some(std::iter::once(*func).chain(its.iter().copied()).collect())
                }
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some(items) = state else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'map' object"));
    };
    reduce_with_type(vm, args[0], items, None)
}

/// `filter.__reduce__()` (`filter_reduce`): `(type, (func, iterator))`; `func` is
/// None for `filter(None, ...)`.
fn filter_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__reduce__", args, 0, 0)?;
    let state = match vm.unwrap_payload(args[0]) {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Iter(i) => match &**i {
                IterObj::Filter { func, it } => Some(vec![*func, *it]),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some(items) = state else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'filter' object"));
    };
    reduce_with_type(vm, args[0], items, None)
}

/// `(type(it), tuple(items))` plus `extra` when given: the borrowed `items` and
/// `extra` are taken as new references.
fn reduce_with_type(
    vm: &mut Vm,
    it: Value,
    items: Vec<Value>,
    extra: Option<Value>,
) -> PyResult<Value> {
    for &v in &items {
        vm.incref(v);
    }
    let cls = vm.type_of(it);
    vm.heap.incref_obj(cls);
    let a = vm.new_tuple(items);
    let mut out = vec![Value::Obj(cls), a];
    out.extend(extra);
    Ok(vm.new_tuple(out))
}

/// A builtin function by name (a new reference), as `_PyEval_GetBuiltin` finds it:
/// a full lookup of the builtins dict, whose keys' `__eq__` may run any code (so
/// callers read an iterator's state after it).
fn builtin(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let k = vm.intern(name);
    let builtins = Value::Obj(vm.builtins);
    match vm.dict_get_item(builtins, k)? {
        Some(f) => Ok(f),
        None => Err(vm.err(
            "AttributeError",
            format!("module 'builtins' has no attribute '{name}'"),
        )),
    }
}

/// A range iterator's (start, step, total length, index) in big ints.
fn range_iter_state(vm: &Vm, it: Value) -> Option<[num_bigint::BigInt; 4]> {
    use num_bigint::BigInt;
    use num_traits::{Signed, Zero};
    let Value::Obj(r) = it else { return None };
    let Obj::Iter(i) = vm.heap.get(r) else {
        return None;
    };
    let (cur, stop, step, start) = match &**i {
        IterObj::Range {
            cur,
            stop,
            step,
            start,
        } => (
            BigInt::from(*cur),
            BigInt::from(*stop),
            BigInt::from(*step),
            BigInt::from(*start),
        ),
        IterObj::BigRange(b) => {
            let [cur, stop, step, start] = &**b;
            (cur.clone(), stop.clone(), step.clone(), start.clone())
        }
        _ => return None,
    };
    let count = |from: &BigInt| {
        if step.is_positive() && *from < stop {
            (&stop - from + &step - 1u32) / &step
        } else if step.is_negative() && *from > stop {
            (from - &stop - &step - 1u32) / -&step
        } else {
            BigInt::zero()
        }
    };
    let len = count(&start);
    // The index from what is left (the i64 iterator's `cur` saturates at the end).
    let index = &len - count(&cur);
    Some([start, step, len, index])
}

/// `range_iterator.__reduce__()` (CPython 3.11's `rangeiter_reduce`):
/// `(iter, (range(start, start + len * step, step),), index)`.
fn range_iter_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__reduce__", args, 0, 0)?;
    let Some([start, step, len, index]) = range_iter_state(vm, args[0]) else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'range_iterator' object"));
    };
    let f = builtin(vm, "iter")?;
    let stop = &start + &len * &step;
    let r = crate::runtime::types::range::new::make_range(vm, start, stop, step);
    let a = vm.new_tuple(vec![r]);
    let i = vm.new_int(index);
    Ok(vm.new_tuple(vec![f, a, i]))
}

/// `range_iterator.__setstate__(index)`: the iterator moved to that index of its
/// range, clamped to [0, len].
fn range_iter_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    use num_bigint::BigInt;
    use num_traits::Zero;
    check_method(vm, "__setstate__", args, 1, 1)?;
    let Some(mut index) = vm.as_bigint(args[1]) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            tn
        )));
    };
    let Some([start, step, len, _]) = range_iter_state(vm, args[0]) else {
        return Ok(Value::None);
    };
    if index < BigInt::zero() {
        index = BigInt::zero();
    } else if index > len {
        index = len;
    }
    let cur = start + index * step;
    let Value::Obj(r) = args[0] else {
        return Ok(Value::None);
    };
    if let Obj::Iter(it) = vm.heap.get_mut(r) {
        match &mut **it {
            IterObj::Range { cur: c, .. } => {
                if let Some(v) = num_traits::ToPrimitive::to_i64(&cur) {
                    *c = v;
                }
            }
            IterObj::BigRange(b) => b[0] = cur,
            _ => {}
        }
    }
    Ok(Value::None)
}

/// `set_iterator.__reduce__()` and the dict iterators' (CPython's `setiter_reduce`,
/// `dictiter_reduce`): `(iter, (list of what is left,))`, listed from a copy of the
/// iterator so this one does not move.
fn table_iter_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__reduce__", args, 0, 0)?;
    let copy = match args[0] {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Iter(i) => match &**i {
                IterObj::Dict {
                    dict,
                    pos,
                    kind,
                    len,
                    left,
                    ..
                } => Some(IterObj::Dict {
                    dict: *dict,
                    pos: *pos,
                    kind: *kind,
                    len: *len,
                    left: *left,
                    result: Value::Undef,
                }),
                IterObj::Set { set, pos, len } => Some(IterObj::Set {
                    set: *set,
                    pos: *pos,
                    len: *len,
                }),
                // `odictiter_reduce` iterates a copy of the iterator's state; the
                // result tuple is lent to it below, not shared.
                IterObj::ODict {
                    od,
                    current,
                    size,
                    state,
                    kind,
                    ..
                } => Some(IterObj::ODict {
                    od: *od,
                    current: *current,
                    size: *size,
                    state: *state,
                    kind: *kind,
                    result: Value::Undef,
                }),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let mut items = Vec::new();
    if let Some(copy) = copy {
        let mut held = Vec::new();
        copy.traverse(&mut |v| held.push(v));
        for &v in &held {
            vm.incref(v);
        }
        let c = vm.heap.new_value(Obj::Iter(Box::new(copy)));
        // CPython's copy of an OrderedDict iterator is a struct copy that does not
        // own `di_result`: the copy reuses the one tuple while nobody else holds it
        // (so the first item listed is that tuple), which the iterator keeps.
        let lent = swap_odict_result(vm, args[0], Value::Undef);
        swap_odict_result(vm, c, lent);
        let mut res = Ok(());
        loop {
            match vm.iter_next(c) {
                Ok(Some(v)) => items.push(v),
                Ok(None) => break,
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
        let back = swap_odict_result(vm, c, Value::Undef);
        swap_odict_result(vm, args[0], back);
        vm.decref(c);
        if let Err(e) = res {
            for v in items {
                vm.decref(v);
            }
            return Err(e);
        }
    }
    let f = builtin(vm, "iter")?;
    let l = vm.new_list(items);
    let a = vm.new_tuple(vec![l]);
    Ok(vm.new_tuple(vec![f, a]))
}

/// Puts `v` in place of an OrderedDict iterator's result tuple (ownership moves
/// both ways) and returns what was there; `Undef` for any other object.
fn swap_odict_result(vm: &mut Vm, it: Value, v: Value) -> Value {
    if let Value::Obj(r) = it {
        if let Obj::Iter(b) = vm.heap.get_mut(r) {
            if let IterObj::ODict { result, .. } = &mut **b {
                return std::mem::replace(result, v);
            }
        }
    }
    v
}

/// `callable_iterator.__reduce__()` (CPython's `calliter_reduce`): `(iter, (func,
/// sentinel))`, or `(iter, ((),))` once exhausted.
fn calliter_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__reduce__", args, 0, 0)?;
    let f = builtin(vm, "iter")?;
    let state = match args[0] {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Iter(i) => match &**i {
                IterObj::Callable { func, sentinel } => Some(vec![*func, *sentinel]),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let items = match state {
        Some(items) => {
            for &v in &items {
                vm.incref(v);
            }
            items
        }
        None => vec![vm.new_tuple(vec![])],
    };
    let a = vm.new_tuple(items);
    Ok(vm.new_tuple(vec![f, a]))
}

/// `enumerate.__reduce__()` (CPython's `enum_reduce`): `(enumerate, (it, count))`.
fn enumerate_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__reduce__", args, 0, 0)?;
    let state = match vm.unwrap_payload(args[0]) {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Iter(i) => match &**i {
                IterObj::Enumerate { it, n, .. } => Some((*it, num_bigint::BigInt::from(*n))),
                IterObj::BigEnumerate { it, n, .. } => Some((*it, (**n).clone())),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some((it, n)) = state else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'enumerate' object"));
    };
    let cls = vm.type_of(args[0]);
    vm.heap.incref_obj(cls);
    vm.incref(it);
    let n = vm.new_int(n);
    let a = vm.new_tuple(vec![it, n]);
    Ok(vm.new_tuple(vec![Value::Obj(cls), a]))
}

/// The sequence, position and direction of a sequence iterator; `None` once it is
/// exhausted (CPython drops the sequence then).
fn seq_iter_state(vm: &Vm, it: Value) -> Option<(Value, i64, bool)> {
    let Value::Obj(r) = it else { return None };
    match vm.heap.get(r) {
        Obj::Iter(i) => match &**i {
            IterObj::Seq { seq, idx } => Some((*seq, *idx as i64, false)),
            IterObj::Reversed { seq, idx } => Some((*seq, *idx as i64, true)),
            _ => None,
        },
        _ => None,
    }
}

/// `iterator.__reduce__()`: `(iter, (seq,), index)` (`reversed` for a reverse
/// iterator), or `(iter, ([],))` once exhausted.
fn seq_iter_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__reduce__", args, 0, 0)?;
    let class = vm.type_of(args[0]);
    if class == vm.types.reversed {
        // CPython's `reversed_reduce` names the type itself: `(reversed, (seq,),
        // index)`, or `(reversed, ((),))` once exhausted.
        vm.heap.incref_obj(class);
        let (a, i) = match seq_iter_state(vm, args[0]) {
            Some((seq, idx, _)) => {
                vm.incref(seq);
                (vm.new_tuple(vec![seq]), Some(vm.int(idx)))
            }
            None => {
                let empty = vm.new_tuple(vec![]);
                (vm.new_tuple(vec![empty]), None)
            }
        };
        let mut out = vec![Value::Obj(class), a];
        out.extend(i);
        return Ok(vm.new_tuple(out));
    }
    let reverse = class == vm.types.list_reverseiterator;
    let mut f = builtin(vm, if reverse { "reversed" } else { "iter" })?;
    // The lookup may have run code that moved or exhausted the iterator.
    let state = seq_iter_state(vm, args[0]);
    if state.is_none() && reverse {
        // An exhausted reverse iterator reduces to `iter([])`.
        vm.decref(f);
        f = builtin(vm, "iter")?;
    }
    Ok(match state {
        Some((seq, idx, _)) => {
            vm.incref(seq);
            let a = vm.new_tuple(vec![seq]);
            let i = vm.int(idx);
            vm.new_tuple(vec![f, a, i])
        }
        None => {
            // Exhausted: an empty sequence of the kind it walked (CPython's
            // `tupleiter_reduce` gives `()`, `unicodeiter_reduce` `''`, ...).
            // A list's iterators give `[]`, the generic `__getitem__` iterator
            // (`iter_reduce`) and the others `()`.
            let t = &vm.types;
            let empty = if class == t.str_iterator || class == t.unicode_iterator {
                vm.new_str(String::new())
            } else if class == t.list_iterator || class == t.list_reverseiterator {
                vm.new_list(vec![])
            } else {
                vm.new_tuple(vec![])
            };
            let a = vm.new_tuple(vec![empty]);
            vm.new_tuple(vec![f, a])
        }
    })
}

/// `iterator.__setstate__(index)`: moves the iterator, clamped to the sequence (a
/// reverse iterator to `-1..len-1`); nothing once it is exhausted.
fn seq_iter_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__setstate__", args, 1, 1)?;
    let i = match vm.as_i64(args[1]) {
        Some(i) => i,
        None if vm.as_bigint(args[1]).is_some() => {
            return Err(vm.err(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            ))
        }
        // `PyLong_AsSsize_t` of a non-int.
        None => return Err(vm.type_error("an integer is required")),
    };
    let Some((seq, _, rev)) = seq_iter_state(vm, args[0]) else {
        return Ok(Value::None);
    };
    // A subclass instance's list, tuple, str, ... is clamped to by its own size
    // (`PyList_GET_SIZE`, not a `__len__` override); the generic `reversed` asks the
    // instance's `__len__`.
    let target = vm.iter_target(seq);
    let seq = if !rev || matches!(target, Value::Obj(t) if matches!(vm.heap.get(t), Obj::List(_))) {
        target
    } else {
        seq
    };
    // The iterator over a `__getitem__` sequence (CPython's iterobject) only keeps
    // the index non-negative: its sequence may have no length.
    let is_instance = matches!(seq, Value::Obj(s) if matches!(vm.heap.get(s), Obj::Instance(_)));
    let len = if is_instance && !rev {
        i64::MAX
    } else {
        crate::runtime::builtins::functions::length(vm, seq)? as i64
    };
    let Value::Obj(r) = args[0] else {
        return Ok(Value::None);
    };
    if let Obj::Iter(it) = vm.heap.get_mut(r) {
        match &mut **it {
            IterObj::Seq { idx, .. } if !rev => *idx = i.clamp(0, len) as usize,
            IterObj::Reversed { idx, .. } => *idx = i.clamp(-1, len - 1) as isize,
            _ => {}
        }
    }
    Ok(Value::None)
}

/// `iterator.__next__()` of the builtin iterators.
fn iter_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__next__", args, 0, 0)?;
    match vm.iter_next(args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.err_noargs("StopIteration")),
    }
}

/// `iterator.__iter__()`: the iterator itself (also generators' `__iter__`).
pub(crate) fn iter_self(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.incref(args[0]);
    Ok(args[0])
}

/// `iterator.__length_hint__()` (CPython's `listiter_len`, `rangeiter_len`,
/// `dictiter_len`, `setiter_len`, ...): how many items are left; 0 once exhausted
/// or when the dict or set changed size.
fn iter_length_hint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__length_hint__", args, 0, 0)?;
    let Value::Obj(r) = args[0] else {
        return Ok(vm.int(0));
    };
    enum Left {
        Seq(Value, usize),
        Rev(Value, isize),
        Known(usize),
        Big(num_bigint::BigInt),
    }
    let left = match vm.heap.get(r) {
        Obj::Iter(i) => match &**i {
            IterObj::Seq { seq, idx } => Left::Seq(*seq, *idx),
            IterObj::Reversed { seq, idx } => Left::Rev(*seq, *idx),
            IterObj::Range {
                cur, stop, step, ..
            } => {
                let (c, e, st) = (*cur as i128, *stop as i128, *step as i128);
                let n = if st > 0 && c < e {
                    (e - c + st - 1) / st
                } else if st < 0 && c > e {
                    (c - e - st - 1) / -st
                } else {
                    0
                };
                Left::Known(n as usize)
            }
            IterObj::BigRange(b) => {
                use num_traits::{Signed, Zero};
                let [cur, stop, step, _] = &**b;
                let n = if step.is_positive() && cur < stop {
                    (stop - cur + step - 1u32) / step
                } else if step.is_negative() && cur > stop {
                    (cur - stop - step - 1u32) / -step
                } else {
                    num_bigint::BigInt::zero()
                };
                Left::Big(n)
            }
            IterObj::Dict {
                dict,
                pos,
                len,
                kind,
                ..
            } => Left::Known(match vm.iter_target(*dict) {
                Value::Obj(d) => match vm.heap.get(d) {
                    Obj::Dict(d) if d.len() == *len && *pos != usize::MAX => {
                        if kind & DICT_ITER_REVERSED != 0 {
                            (0..*pos)
                                .filter(|&i| d.entry(i).is_some_and(|e| !e.key.is_undef()))
                                .count()
                        } else {
                            entries_left(*pos, |p| d.next_from(p))
                        }
                    }
                    _ => 0,
                },
                _ => 0,
            }),
            IterObj::Set { set, pos, len } => Left::Known(match vm.iter_target(*set) {
                Value::Obj(s) => match vm.heap.get(s) {
                    Obj::Set(s) | Obj::FrozenSet(s) if s.len() == *len => {
                        entries_left(*pos, |p| s.next_from(p))
                    }
                    _ => 0,
                },
                _ => 0,
            }),
            _ => Left::Known(0),
        },
        _ => Left::Known(0),
    };
    let n = match left {
        Left::Known(n) => n,
        Left::Big(b) => return Ok(vm.new_int(b)),
        Left::Seq(seq, idx) => {
            let seq = vm.iter_target(seq);
            if matches!(seq, Value::Obj(s) if matches!(vm.heap.get(s), Obj::Instance(_)))
                && vm
                    .lookup_type_attr(seq, "__len__")
                    .map(|m| vm.decref(m))
                    .is_none()
            {
                return Ok(Value::NotImplemented);
            }
            crate::runtime::builtins::functions::length(vm, seq)?.saturating_sub(idx)
        }
        Left::Rev(seq, idx) => {
            // A list subclass's own size (`listreviter_len`); the generic `reversed`
            // asks the sequence's `__len__`.
            let target = vm.iter_target(seq);
            let seq = if matches!(target, Value::Obj(t) if matches!(vm.heap.get(t), Obj::List(_))) {
                target
            } else {
                seq
            };
            let len = crate::runtime::builtins::functions::length(vm, seq)?;
            if idx >= 0 && (idx as usize) < len {
                idx as usize + 1
            } else {
                0
            }
        }
    };
    Ok(vm.int(n as i64))
}

/// How many live entries a dict or set iterator at table position `pos` has left:
/// `next_from(p)` is the index of the first live entry at or after `p`.
fn entries_left(pos: usize, next_from: impl Fn(usize) -> Option<usize>) -> usize {
    let mut n = 0;
    let mut p = pos;
    while let Some(i) = next_from(p) {
        n += 1;
        p = i + 1;
    }
    n
}
