//! Methods of `list` (CPython's Objects/listobject.c), including a stable merge sort
//! whose comparisons may call Python `__lt__` and raise.

use crate::runtime::builtins::{add_methods, check_method, int_arg, kwarg};
use crate::runtime::object::function::KwArgs;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

pub fn install(vm: &mut Vm) {
    let l = vm.types.list;
    add_methods(
        vm,
        l,
        &[
            ("append", append),
            ("extend", extend),
            ("pop", pop),
            ("insert", insert),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("sort", sort),
            ("reverse", reverse),
            ("copy", copy),
            ("clear", clear),
            ("__len__", dunder_len),
            ("__getitem__", dunder_getitem),
            ("__contains__", dunder_contains),
            ("__iter__", dunder_iter),
        ],
    );
    let t = vm.types.tuple;
    add_methods(
        vm,
        t,
        &[
            ("index", index),
            ("count", count),
            ("__len__", dunder_len),
            ("__getitem__", dunder_getitem),
        ],
    );
}

fn this(vm: &Vm, args: &[Value]) -> ObjRef {
    let _ = vm;
    args[0].as_obj().unwrap()
}

fn append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "append", args, 1, 1)?;
    let r = this(vm, args);
    vm.incref(args[1]);
    if let Obj::List(l) = vm.heap.get_mut(r) {
        l.push(args[1]);
    }
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "extend", args, 1, 1)?;
    vm.list_extend(args[0], args[1])?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "pop", args, 0, 1)?;
    let r = this(vm, args);
    let len = match vm.heap.get(r) {
        Obj::List(l) => l.len(),
        _ => 0,
    };
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(&v) => int_arg(vm, v)?,
        None => -1,
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = match vm.heap.get_mut(r) {
        Obj::List(l) => {
            let v = l.items.remove(j as usize);
            let n = l.items.len();
            l.model_resize(n);
            v
        }
        _ => unreachable!(),
    };
    Ok(v)
}

fn insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "insert", args, 2, 2)?;
    let r = this(vm, args);
    let i = int_arg(vm, args[1])?;
    vm.incref(args[2]);
    if let Obj::List(l) = vm.heap.get_mut(r) {
        let n = l.items.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
        l.model_resize(n as usize + 1);
        l.items.insert(j, args[2]);
    }
    Ok(Value::None)
}

fn find_index(
    vm: &mut Vm,
    seq: Value,
    x: Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = match vm.heap.get(seq.as_obj().unwrap()) {
            Obj::List(l) => l.items.get(i).copied(),
            Obj::Tuple(t) => t.get(i).copied(),
            _ => None,
        };
        let Some(item) = item else { return Ok(None) };
        if i >= stop {
            return Ok(None);
        }
        vm.incref(item);
        let e = vm.eq(item, x);
        vm.decref(item);
        if e? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "remove", args, 1, 1)?;
    let r = this(vm, args);
    match find_index(vm, args[0], args[1], 0, usize::MAX)? {
        Some(i) => {
            let v = match vm.heap.get_mut(r) {
                Obj::List(l) => {
                    let v = l.items.remove(i);
                    let n = l.items.len();
                    l.model_resize(n);
                    v
                }
                _ => unreachable!(),
            };
            vm.decref(v);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "index", args, 1, 3)?;
    let len = crate::runtime::builtins::functions::length(vm, args[0])? as i64;
    let norm = |i: i64| -> usize { (if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize };
    let start = match args.get(2) {
        Some(&v) => norm(int_arg(vm, v)?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(&v) => norm(int_arg(vm, v)?),
        None => len as usize,
    };
    match find_index(vm, args[0], args[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let is_list = matches!(vm.heap.get(args[0].as_obj().unwrap()), Obj::List(_));
            if is_list {
                let r = vm.repr(args[1])?;
                Err(vm.value_error(format!("{} is not in list", r)))
            } else {
                Err(vm.value_error("tuple.index(x): x not in tuple"))
            }
        }
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "count", args, 1, 1)?;
    let items = vm.seq_items(args[0]).unwrap_or_default();
    for &v in &items {
        vm.incref(v);
    }
    let mut n = 0;
    let mut res = Ok(());
    for &v in &items {
        match vm.eq(v, args[1]) {
            Ok(true) => n += 1,
            Ok(false) => {}
            Err(e) => {
                res = Err(e);
                break;
            }
        }
    }
    for v in items {
        vm.decref(v);
    }
    res?;
    Ok(Value::Int(n))
}

/// Stable sort of owned values by optional key function, as `list.sort` does.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    let key = key.filter(|k| !matches!(k, Value::None));
    let mut keys: Vec<Value> = Vec::with_capacity(items.len());
    for &v in items.iter() {
        match key {
            Some(k) => match vm.call_value(k, &[v], &[]) {
                Ok(x) => keys.push(x),
                Err(e) => {
                    for x in keys {
                        vm.decref(x);
                    }
                    return Err(e);
                }
            },
            None => keys.push(v),
        }
    }
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    // Merge sort with fallible comparisons (binary insertion for short runs).
    let mut err = None;
    // Like CPython's pre-sort check: keys all of one type compare without the
    // comparison recursion guard (`unsafe_object_compare`).
    let same_type = match keys.first() {
        Some(&k0) => {
            let t0 = vm.type_of(k0);
            keys.iter().all(|&k| vm.type_of(k) == t0)
        }
        None => true,
    };
    // Below 64 items CPython's timsort is one run: `count_run`, then `binarysort`.
    // Doing the same comparisons in the same order makes a failing comparison (mixed
    // types) report the same pair, and key/`__lt__` side effects happen alike. On an
    // error the items stay in the partial order reached, as in CPython.
    let partial_on_error = items.len() < MIN_MERGE;
    if partial_on_error {
        small_sort(vm, &mut idx, &keys, same_type, &mut err);
    } else {
        merge_sort(vm, &mut idx, &keys, same_type, &mut err);
    }
    if reverse {
        idx.reverse();
    }
    if key.is_some() {
        for x in keys {
            vm.decref(x);
        }
    }
    if err.is_some() && !partial_on_error {
        return Err(err.take().expect("checked"));
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
    *items = sorted;
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Lists shorter than this sort as a single run (CPython's `MIN_MERGE`).
const MIN_MERGE: usize = 64;

/// `keys[a] < keys[b]`, recording the first error (after which everything is
/// "not less", as the caller stops comparing).
fn key_lt(
    vm: &mut Vm,
    keys: &[Value],
    a: usize,
    b: usize,
    same_type: bool,
    err: &mut Option<crate::runtime::vm::PyErr>,
) -> bool {
    if err.is_some() {
        return false;
    }
    let r = if same_type {
        vm.lt_same_type(keys[a], keys[b])
    } else {
        vm.lt(keys[a], keys[b])
    };
    r.unwrap_or_else(|e| {
        *err = Some(e);
        false
    })
}

/// CPython's timsort on fewer than `MIN_MERGE` items (Objects/listobject.c): the
/// leading run (`count_run`; a strictly descending one is reversed), then binary
/// insertion of the rest (`binarysort`), comparing exactly the pairs CPython does.
fn small_sort(
    vm: &mut Vm,
    idx: &mut [usize],
    keys: &[Value],
    same_type: bool,
    err: &mut Option<crate::runtime::vm::PyErr>,
) {
    let n = idx.len();
    if n < 2 {
        return;
    }
    // count_run
    let mut run = 2;
    if key_lt(vm, keys, idx[1], idx[0], same_type, err) {
        while run < n && key_lt(vm, keys, idx[run], idx[run - 1], same_type, err) {
            run += 1;
        }
        if err.is_some() {
            return;
        }
        idx[..run].reverse();
    } else {
        while run < n && !key_lt(vm, keys, idx[run], idx[run - 1], same_type, err) {
            if err.is_some() {
                return;
            }
            run += 1;
        }
    }
    if err.is_some() {
        return;
    }
    // binarysort(lo, hi, start = lo + run)
    for start in run..n {
        let pivot = idx[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if key_lt(vm, keys, pivot, idx[p], same_type, err) {
                r = p;
            } else {
                if err.is_some() {
                    return;
                }
                l = p + 1;
            }
        }
        idx.copy_within(l..start, l + 1);
        idx[l] = pivot;
    }
}

fn merge_sort(
    vm: &mut Vm,
    idx: &mut Vec<usize>,
    keys: &[Value],
    same_type: bool,
    err: &mut Option<crate::runtime::vm::PyErr>,
) -> bool {
    let n = idx.len();
    if n <= 1 {
        return true;
    }
    let mut width = 1;
    let mut buf = idx.clone();
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut a, mut b, mut k) = (i, mid, i);
            while a < mid && b < hi {
                // Take from the right only if right < left (stability).
                let lt = if err.is_some() {
                    false
                } else {
                    let (x, y) = (keys[idx[b]], keys[idx[a]]);
                    let r = if same_type {
                        vm.lt_same_type(x, y)
                    } else {
                        vm.lt(x, y)
                    };
                    match r {
                        Ok(x) => x,
                        Err(e) => {
                            *err = Some(e);
                            false
                        }
                    }
                };
                if lt {
                    buf[k] = idx[b];
                    b += 1;
                } else {
                    buf[k] = idx[a];
                    a += 1;
                }
                k += 1;
            }
            while a < mid {
                buf[k] = idx[a];
                a += 1;
                k += 1;
            }
            while b < hi {
                buf[k] = idx[b];
                b += 1;
                k += 1;
            }
            i += 2 * width;
        }
        std::mem::swap(idx, &mut buf);
        width *= 2;
    }
    err.is_none()
}

fn sort(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let r = this(vm, args);
    let key = kwarg(vm, kw, "key");
    let reverse = match kwarg(vm, kw, "reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // CPython empties the list while sorting.
    let mut items = match vm.heap.get_mut(r) {
        Obj::List(l) => std::mem::take(&mut l.items),
        _ => vec![],
    };
    let res = sort_values(vm, &mut items, key, reverse);
    let mutated = match vm.heap.get(r) {
        Obj::List(l) => !l.items.is_empty(),
        _ => false,
    };
    if let Obj::List(l) = vm.heap.get_mut(r) {
        let extra = std::mem::replace(&mut l.items, items);
        for v in extra {
            vm.heap.decref(v);
        }
    }
    res?;
    if mutated {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "reverse", args, 0, 0)?;
    let r = this(vm, args);
    if let Obj::List(l) = vm.heap.get_mut(r) {
        l.items.reverse();
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "copy", args, 0, 0)?;
    let items = vm.seq_items(args[0]).unwrap_or_default();
    for &v in &items {
        vm.incref(v);
    }
    Ok(vm.new_list(items))
}

fn clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "clear", args, 0, 0)?;
    let r = this(vm, args);
    let old = match vm.heap.get_mut(r) {
        Obj::List(l) => {
            l.allocated = 0;
            std::mem::take(&mut l.items)
        }
        _ => vec![],
    };
    // CPython's list_clear drops items last to first.
    for v in old.into_iter().rev() {
        vm.decref(v);
        vm.drain_zero_queue();
    }
    Ok(Value::None)
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        crate::runtime::builtins::functions::length(vm, args[0])? as i64,
    ))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__getitem__", args, 1, 1)?;
    vm.get_item(args[0], args[1])
}

fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(vm.contains(args[0], args[1])?))
}

fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.get_iter(args[0])
}
