//! The `heapq` module: a binary min-heap on a Python list (CPython's
//! Modules/_heapqmodule.c). Comparisons use `<` and may run Python `__lt__`.

use crate::runtime::builtins::{add_fns, check_args, new_module};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "heapq");
    add_fns(
        vm,
        d,
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapify", heapify),
            ("heappushpop", heappushpop),
            ("heapreplace", heapreplace),
            ("nlargest", nlargest),
            ("nsmallest", nsmallest),
            ("merge", merge),
        ],
    );
    m
}

fn list_ref(vm: &mut Vm, v: Value) -> PyResult<crate::value::ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::List(_)) => Ok(r),
        _ => Err(vm.type_error("heap argument must be a list")),
    }
}

fn item(vm: &Vm, r: crate::value::ObjRef, i: usize) -> Value {
    match vm.heap.get(r) {
        Obj::List(l) => l.items[i],
        _ => Value::None,
    }
}

fn swap(vm: &mut Vm, r: crate::value::ObjRef, i: usize, j: usize) {
    if let Obj::List(l) = vm.heap.get_mut(r) {
        l.items.swap(i, j);
    }
}

fn len(vm: &Vm, r: crate::value::ObjRef) -> usize {
    match vm.heap.get(r) {
        Obj::List(l) => l.len(),
        _ => 0,
    }
}

/// `heap[i] < heap[j]`, holding both items while the comparison runs (it may run
/// Python code that changes the list); a change of the list's size is CPython's
/// RuntimeError.
fn item_lt(
    vm: &mut Vm,
    r: crate::value::ObjRef,
    i: usize,
    j: usize,
    size: usize,
) -> PyResult<bool> {
    let (a, b) = (item(vm, r, i), item(vm, r, j));
    vm.incref(a);
    vm.incref(b);
    let lt = vm.lt(a, b);
    vm.decref(a);
    vm.decref(b);
    let lt = lt?;
    if len(vm, r) != size {
        return Err(vm.err("RuntimeError", "list changed size during iteration"));
    }
    Ok(lt)
}

fn sift_down(vm: &mut Vm, r: crate::value::ObjRef, start: usize, mut pos: usize) -> PyResult<()> {
    let size = len(vm, r);
    while pos > start {
        let parent = (pos - 1) >> 1;
        if item_lt(vm, r, pos, parent, size)? {
            swap(vm, r, pos, parent);
            pos = parent;
        } else {
            break;
        }
    }
    Ok(())
}

fn sift_up(vm: &mut Vm, r: crate::value::ObjRef, mut pos: usize) -> PyResult<()> {
    let end = len(vm, r);
    let start = pos;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !item_lt(vm, r, child, right, end)? {
            child = right;
        }
        swap(vm, r, pos, child);
        pos = child;
        child = 2 * pos + 1;
    }
    sift_down(vm, r, start, pos)
}

/// Restores the heap after its top was replaced and returns the old top (owned); if
/// a comparison fails, the old top is dropped, as CPython's `heappop` drops it.
fn sift_up_or_drop(vm: &mut Vm, r: crate::value::ObjRef, top: Value) -> PyResult<Value> {
    match sift_up(vm, r, 0) {
        Ok(()) => Ok(top),
        Err(e) => {
            vm.decref(top);
            Err(e)
        }
    }
}

fn heappush(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "heappush", args, 2, 2)?;
    let r = list_ref(vm, args[0])?;
    vm.incref(args[1]);
    if let Obj::List(l) = vm.heap.get_mut(r) {
        l.push(args[1]);
    }
    let n = len(vm, r);
    sift_down(vm, r, 0, n - 1)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "heappop", args, 1, 1)?;
    let r = list_ref(vm, args[0])?;
    let last = match vm.heap.get_mut(r) {
        Obj::List(l) => {
            let v = l.items.pop();
            let n = l.items.len();
            l.model_resize(n);
            v
        }
        _ => None,
    };
    let Some(last) = last else {
        return Err(vm.index_error("index out of range"));
    };
    if len(vm, r) == 0 {
        return Ok(last);
    }
    let top = match vm.heap.get_mut(r) {
        Obj::List(l) => std::mem::replace(&mut l.items[0], last),
        _ => unreachable!(),
    };
    sift_up_or_drop(vm, r, top)
}

fn heapify(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "heapify", args, 1, 1)?;
    let r = list_ref(vm, args[0])?;
    let n = len(vm, r);
    for i in (0..n / 2).rev() {
        sift_up(vm, r, i)?;
    }
    Ok(Value::None)
}

fn heapreplace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "heapreplace", args, 2, 2)?;
    let r = list_ref(vm, args[0])?;
    if len(vm, r) == 0 {
        return Err(vm.index_error("index out of range"));
    }
    vm.incref(args[1]);
    let top = match vm.heap.get_mut(r) {
        Obj::List(l) => std::mem::replace(&mut l.items[0], args[1]),
        _ => unreachable!(),
    };
    sift_up_or_drop(vm, r, top)
}

fn heappushpop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "heappushpop", args, 2, 2)?;
    let r = list_ref(vm, args[0])?;
    if len(vm, r) > 0 {
        let t = item(vm, r, 0);
        vm.incref(t);
        let lt = vm.lt(t, args[1]);
        vm.decref(t);
        if lt? {
            return heapreplace(vm, args, &[]);
        }
    }
    vm.incref(args[1]);
    Ok(args[1])
}

fn n_extreme(vm: &mut Vm, args: &[Value], kw: KwArgs, largest: bool) -> PyResult<Value> {
    check_args(vm, "nlargest", args, 2, 2)?;
    let n = crate::runtime::builtins::int_arg(vm, args[0])?.max(0) as usize;
    let mut items = vm.collect_iter(args[1])?;
    let key = crate::runtime::builtins::kwarg(vm, kw, "key");
    crate::runtime::types::list::sort::sort_values(vm, &mut items, key, largest)?;
    let rest = if items.len() > n {
        items.split_off(n)
    } else {
        vec![]
    };
    for v in rest {
        vm.decref(v);
    }
    Ok(vm.new_list(items))
}

fn nlargest(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    n_extreme(vm, args, kw, true)
}

fn nsmallest(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    n_extreme(vm, args, kw, false)
}

/// `heapq.merge(*iterables, key=None, reverse=False)`. For sorted inputs a stable sort
/// of their concatenation yields exactly the merged order, ties taken from earlier
/// iterables first, as CPython's merge does. The inputs are consumed up front (so
/// unbounded iterators are not supported); the result is an iterator like CPython's.
fn merge(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let mut items = Vec::new();
    for &it in args {
        match vm.collect_iter(it) {
            Ok(mut xs) => items.append(&mut xs),
            Err(e) => {
                for v in items {
                    vm.decref(v);
                }
                return Err(e);
            }
        }
    }
    let key = crate::runtime::builtins::kwarg(vm, kw, "key").filter(|k| !matches!(k, Value::None));
    let reverse = match crate::runtime::builtins::kwarg(vm, kw, "reverse") {
        Some(r) => vm.truthy(r),
        None => Ok(false),
    };
    let sorted = reverse.and_then(|reverse| {
        crate::runtime::types::list::sort::sort_values(vm, &mut items, key, reverse)
    });
    if let Err(e) = sorted {
        for v in items {
            vm.decref(v);
        }
        return Err(e);
    }
    let list = vm.new_list(items);
    let it = vm.get_iter(list);
    vm.decref(list);
    it
}
