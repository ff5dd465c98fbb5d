//! `_mempy_copy`: the native core of `copy.deepcopy` (py/copy.py), which mirrors
//! CPython's Lib/copy.py `deepcopy` with its `_deepcopy_dict`, `_deepcopy_list`,
//! `_deepcopy_tuple` and `_keep_alive` helpers.
//!
//! `deepcopy(x, memo, general, object)` copies what a deep copy of nested builtin data
//! is made of (exact dicts, lists and tuples, and the values that are their own copy)
//! without a Python frame per value; every other value the memo does not know goes to
//! `object(x, memo)`, the Python-written rest (hooks, reductions), which calls back
//! into `copy.deepcopy` for what it copies. Every step a Python-level observer can see is
//! the Python version's: the memo (keyed by `id()`) gets the same entries in the same
//! order, a dict or list is remembered before its items are copied (so cycles stay
//! cycles), a dict's value is copied before its key, the original is appended to the
//! keep-alive list `memo[id(memo)]`, a dict changed during its copy raises as its
//! `items()` iterator would, a list is read by index as its iterator reads it, and
//! each level counts towards the recursion limit as the Python frame did. A memo that
//! is not an exact dict (any mapping may be passed) leaves everything to
//! `general(x, memo)`, the whole of deepcopy in Python.

use crate::runtime::builtins::{add_module_fns, new_module};
use crate::runtime::object::{ListObj, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_mempy_copy");
    add_module_fns(vm, d, "copy", &[("deepcopy", deepcopy)]);
    m
}

/// `deepcopy(x, memo, general, object)`: a new reference to the deep copy of `x`.
fn deepcopy(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() != 4 || !kw.is_empty() {
        return Err(vm.type_error("deepcopy() takes exactly 4 positional arguments"));
    }
    let (x, memo, general, other) = (args[0], args[1], args[2], args[3]);
    let exact_dict = matches!(memo, Value::Obj(m) if matches!(vm.heap.get(m), Obj::Dict(_)))
        && vm.type_of(memo) == vm.types.dict;
    if !exact_dict {
        return vm.call_value(general, &[x, memo], &[]);
    }
    // The copy holds references in Rust locals while a collection may run at its
    // safe points: the heap checker must not expect exact counts meanwhile.
    #[cfg(debug_assertions)]
    {
        vm.native_callers += 1;
    }
    let r = copy_value(vm, x, memo, other);
    #[cfg(debug_assertions)]
    {
        vm.native_callers -= 1;
    }
    r
}

/// One `deepcopy(x, memo)` call: the memo first, then the copy by type.
fn copy_value(vm: &mut Vm, x: Value, memo: Value, other: Value) -> PyResult<Value> {
    // The Python function's frame: one level of the recursion limit.
    vm.enter_native("")?;
    let id = vm.id_of(x) as i64;
    let key = vm.int(id);
    let r = match vm.dict_get_item(memo, key) {
        Ok(Some(done)) => Ok(done),
        Ok(None) => copy_new(vm, x, key, memo, other),
        Err(e) => Err(e),
    };
    vm.decref(key);
    vm.leave_native();
    r
}

/// Whether values of class `cls` are their own deep copy (the Python side's
/// `_OWN_DEEP_COPY`; the classes left out here get the same answer from `other`).
fn is_atomic(vm: &Vm, x: Value, cls: ObjRef) -> bool {
    match x {
        Value::Obj(_) => {
            let t = &vm.types;
            cls == t.str_
                || cls == t.int
                || cls == t.float
                || cls == t.bytes
                || cls == t.complex
                || cls == t.range
                || cls == t.function
                || cls == t.type_
        }
        _ => true,
    }
}

/// The copy of `x`, which the memo does not know yet (`key` is its `id()`).
fn copy_new(vm: &mut Vm, x: Value, key: Value, memo: Value, other: Value) -> PyResult<Value> {
    let cls = vm.type_of(x);
    if is_atomic(vm, x, cls) {
        vm.incref(x);
        return Ok(x);
    }
    let result = if cls == vm.types.dict {
        copy_dict(vm, x, key, memo, other)?
    } else if cls == vm.types.list {
        copy_list(vm, x, key, memo, other)?
    } else if cls == vm.types.tuple {
        match copy_tuple(vm, x, key, memo, other)? {
            Tuple::Made(v) => v,
            // A cycle through the items already made (and remembered) the copy.
            Tuple::Found(v) => return Ok(v),
        }
    } else {
        return vm.call_value(other, &[x, memo], &[]);
    };
    // An object that is its own copy is not remembered.
    if !result.is(x) {
        if let Err(e) = remember(vm, x, key, memo, result) {
            vm.decref(result);
            return Err(e);
        }
    }
    Ok(result)
}

/// `memo[key] = result`, then `x` joins the keep-alive list `memo[id(memo)]`, so no
/// id used as a key can be reused by a new object while the memo lives (CPython's
/// `_keep_alive`: `memo[id(memo)].append(x)`, a new list on KeyError).
fn remember(vm: &mut Vm, x: Value, key: Value, memo: Value, result: Value) -> PyResult<()> {
    vm.dict_set_item(memo, key, result)?;
    let id = vm.id_of(memo) as i64;
    let mk = vm.int(id);
    let keep = vm.dict_get_item(memo, mk);
    vm.decref(mk);
    match keep? {
        None => {
            vm.incref(x);
            let l = vm.new_list(vec![x]);
            let id = vm.id_of(memo) as i64;
            let mk = vm.int(id);
            let r = vm.dict_set_item(memo, mk, l);
            vm.decref(mk);
            vm.decref(l);
            r
        }
        Some(keep) => {
            let r = append(vm, keep, x);
            vm.decref(keep);
            r
        }
    }
}

/// `keep.append(x)`: an exact list directly, anything else through its method.
fn append(vm: &mut Vm, keep: Value, x: Value) -> PyResult<()> {
    if let Value::Obj(k) = keep {
        if vm.type_of(keep) == vm.types.list {
            vm.incref(x);
            if let Obj::List(l) = vm.heap.get_mut(k) {
                l.push(x);
            }
            return Ok(());
        }
    }
    let f = vm.get_attr(keep, "append")?;
    let r = vm.call_value(f, &[x], &[]);
    vm.decref(f);
    vm.decref(r?);
    Ok(())
}

/// Lets objects whose count reached zero go, and runs a collection that came due:
/// the safe point after each element that the Python loop's instructions gave.
fn safe_point(vm: &mut Vm) {
    vm.drain_zero_queue();
}

/// `_deepcopy_dict`: `y = {}`, remembered, then `y[deepcopy(k)] = deepcopy(v)` for
/// each `(k, v)` of `x.items()`, the value copied first.
fn copy_dict(vm: &mut Vm, x: Value, key: Value, memo: Value, other: Value) -> PyResult<Value> {
    let y = vm.build_map(Vec::new())?;
    remember_then_fill(vm, x, y, key, memo, other, fill_dict)
}

/// The shared shape of `_deepcopy_dict` and `_deepcopy_list`: the new empty container
/// `y` (owned) goes into the memo under `key` before `fill` copies `x`'s items into
/// it, so a container that holds itself finds its copy; `y` on success.
fn remember_then_fill(
    vm: &mut Vm,
    x: Value,
    y: Value,
    key: Value,
    memo: Value,
    other: Value,
    fill: fn(&mut Vm, Value, Value, Value, Value) -> PyResult<()>,
) -> PyResult<Value> {
    if let Err(e) = vm.dict_set_item(memo, key, y) {
        vm.decref(y);
        return Err(e);
    }
    vm.incref(x);
    let r = fill(vm, x, y, memo, other);
    vm.decref(x);
    match r {
        Ok(()) => Ok(y),
        Err(e) => {
            vm.decref(y);
            Err(e)
        }
    }
}

fn fill_dict(vm: &mut Vm, x: Value, y: Value, memo: Value, other: Value) -> PyResult<()> {
    let Value::Obj(xr) = x else { return Ok(()) };
    let len = match vm.heap.get(xr) {
        Obj::Dict(d) => d.len(),
        _ => 0,
    };
    // The `items()` iterator's state (see `IterObj::Dict`).
    let mut pos = 0;
    let mut left = len;
    // The loop variables `k, v`: each holds its item until the next one replaces it.
    let mut held: Option<(Value, Value)> = None;
    let r = loop {
        let (cur_len, next) = match vm.heap.get(xr) {
            Obj::Dict(d) => (
                d.len(),
                d.next_from(pos)
                    .and_then(|i| d.entry(i).map(|e| (i, e.key, e.value))),
            ),
            _ => (0, None),
        };
        if cur_len != len {
            break Err(vm.err("RuntimeError", "dictionary changed size during iteration"));
        }
        let Some((i, k, v)) = next else {
            break Ok(());
        };
        if left == 0 {
            break Err(vm.err("RuntimeError", "dictionary keys changed during iteration"));
        }
        pos = i + 1;
        left -= 1;
        vm.incref(k);
        vm.incref(v);
        if let Some((ok, ov)) = held.replace((k, v)) {
            vm.decref(ok);
            vm.decref(ov);
        }
        let cv = match copy_value(vm, v, memo, other) {
            Ok(c) => c,
            Err(e) => break Err(e),
        };
        let ck = match copy_value(vm, k, memo, other) {
            Ok(c) => c,
            Err(e) => {
                vm.decref(cv);
                break Err(e);
            }
        };
        let set = vm.dict_set_item(y, ck, cv);
        vm.decref(cv);
        vm.decref(ck);
        if let Err(e) = set {
            break Err(e);
        }
        safe_point(vm);
    };
    if let Some((ok, ov)) = held {
        vm.decref(ok);
        vm.decref(ov);
    }
    r
}

/// `_deepcopy_list`: `y = []`, remembered, then each item's copy appended, the
/// items read by index as the list iterator reads them.
fn copy_list(vm: &mut Vm, x: Value, key: Value, memo: Value, other: Value) -> PyResult<Value> {
    let y = Value::Obj(vm.heap.alloc(Obj::List(ListObj::new(Vec::new()))));
    remember_then_fill(vm, x, y, key, memo, other, fill_list)
}

fn fill_list(vm: &mut Vm, x: Value, y: Value, memo: Value, other: Value) -> PyResult<()> {
    let (Value::Obj(xr), Value::Obj(yr)) = (x, y) else {
        return Ok(());
    };
    let mut i = 0;
    let mut held: Option<Value> = None;
    let r = loop {
        let item = match vm.heap.get(xr) {
            Obj::List(l) => l.items.get(i).copied(),
            _ => None,
        };
        let Some(item) = item else { break Ok(()) };
        i += 1;
        vm.incref(item);
        if let Some(old) = held.replace(item) {
            vm.decref(old);
        }
        match copy_value(vm, item, memo, other) {
            Ok(c) => {
                // The list owns the copy's reference.
                if let Obj::List(l) = vm.heap.get_mut(yr) {
                    l.push(c);
                } else {
                    vm.decref(c);
                }
            }
            Err(e) => break Err(e),
        }
        safe_point(vm);
    };
    if let Some(old) = held {
        vm.decref(old);
    }
    r
}

enum Tuple {
    Made(Value),
    Found(Value),
}

/// `_deepcopy_tuple`: every item copied; the memo's entry when a cycle made one;
/// otherwise the tuple itself when every item is its own copy, else a new tuple.
fn copy_tuple(vm: &mut Vm, x: Value, key: Value, memo: Value, other: Value) -> PyResult<Tuple> {
    let Value::Obj(xr) = x else {
        return Ok(Tuple::Made(x));
    };
    vm.incref(x);
    let n = match vm.heap.get(xr) {
        Obj::Tuple(t) => t.len(),
        _ => 0,
    };
    let mut parts = Vec::with_capacity(n);
    let mut failed = None;
    for i in 0..n {
        let item = match vm.heap.get(xr) {
            Obj::Tuple(t) => t[i],
            _ => Value::None,
        };
        match copy_value(vm, item, memo, other) {
            Ok(c) => parts.push(c),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
        safe_point(vm);
    }
    let r = match failed {
        Some(e) => Err(e),
        None => match vm.dict_get_item(memo, key) {
            Ok(Some(found)) => Ok(Tuple::Found(found)),
            Ok(None) => {
                let same = match vm.heap.get(xr) {
                    Obj::Tuple(t) => t.iter().zip(&parts).all(|(a, b)| a.is(*b)),
                    _ => true,
                };
                if same {
                    vm.incref(x);
                    Ok(Tuple::Made(x))
                } else {
                    let t = vm.new_tuple(std::mem::take(&mut parts));
                    Ok(Tuple::Made(t))
                }
            }
            Err(e) => Err(e),
        },
    };
    for p in parts {
        vm.decref(p);
    }
    vm.decref(x);
    r
}
