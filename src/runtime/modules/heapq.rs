//! The `_heapq` module: the native binary-heap functions on a Python list that the
//! Python-written `heapq` (py/heapq.py) replaces its own with when it can import
//! them, as CPython's Modules/_heapqmodule.c does for Lib/heapq.py.
//!
//! The functions work on the list's items directly (a list subclass's own methods
//! are not called), compare with `<` (which may run Python `__lt__`), hold both
//! compared items while the comparison runs, and report a comparison that changed
//! the list's size as CPython's RuntimeError. The `_max` variants serve
//! `heapq.nsmallest` (a max-heap keeps the n smallest seen so far).

use crate::runtime::builtins::{add_module_fns, new_module, set_in};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// The module's docstring: what the module is for, in brief.
const DOC: &str = "Heap queue algorithm (a.k.a. priority queue): the native heap functions \
that heapq uses.

A heap is a list in which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k
that has children, so a[0] is always the smallest item.";

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_heapq");
    let doc = vm.new_str(DOC);
    set_in(vm, d, "__doc__", doc);
    add_module_fns(
        vm,
        d,
        "_heapq",
        &[
            ("heappush", heappush),
            ("heappushpop", heappushpop),
            ("heappop", heappop),
            ("heapreplace", heapreplace),
            ("heapify", heapify),
            ("_heappop_max", heappop_max),
            ("_heapify_max", heapify_max),
            ("_heapreplace_max", heapreplace_max),
        ],
    );
    m
}

/// Which way the heap is ordered: a min-heap keeps its smallest item on top.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

/// Argument Clinic's checks for these functions: no keywords, the positional
/// count, and a list (or list subclass) as the heap. `one` marks the single-argument
/// functions, whose messages say "argument" rather than "argument 1".
fn heap_arg(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs, nargs: usize) -> PyResult<ObjRef> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("_heapq.{}() takes no keyword arguments", name)));
    }
    if args.len() != nargs {
        let msg = if nargs == 1 {
            format!(
                "_heapq.{}() takes exactly one argument ({} given)",
                name,
                args.len()
            )
        } else {
            format!("{} expected {} arguments, got {}", name, nargs, args.len())
        };
        return Err(vm.type_error(msg));
    }
    let heap = vm.unwrap_payload(args[0]);
    if let Value::Obj(r) = heap {
        if matches!(vm.heap.get(r), Obj::List(_)) {
            return Ok(r);
        }
    }
    let what = if nargs == 1 { "argument" } else { "argument 1" };
    let got = match args[0] {
        Value::None => "None".to_string(),
        v => vm.type_name(v),
    };
    Err(vm.type_error(format!("{}() {} must be list, not {}", name, what, got)))
}

fn item(vm: &Vm, r: ObjRef, i: usize) -> Value {
    match vm.heap.get(r) {
        Obj::List(l) => l.items.get(i).copied().unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn swap(vm: &mut Vm, r: ObjRef, i: usize, j: usize) {
    if let Obj::List(l) = vm.heap.get_mut(r) {
        if i < l.items.len() && j < l.items.len() {
            l.items.swap(i, j);
        }
    }
}

fn len(vm: &Vm, r: ObjRef) -> usize {
    match vm.heap.get(r) {
        Obj::List(l) => l.len(),
        _ => 0,
    }
}

/// Whether `heap[i]` belongs above `heap[j]` (`heap[i] < heap[j]` for a min-heap,
/// `heap[j] < heap[i]` for a max-heap), holding both items while the comparison
/// runs (it may run Python code that changes the list); a change of the list's size
/// is CPython's RuntimeError.
fn above(vm: &mut Vm, r: ObjRef, i: usize, j: usize, size: usize, order: Order) -> PyResult<bool> {
    let (a, b) = match order {
        Order::Min => (item(vm, r, i), item(vm, r, j)),
        Order::Max => (item(vm, r, j), item(vm, r, i)),
    };
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

/// Moves the item at `pos` up towards `start` while it belongs above its parent
/// (CPython's `siftdown`: the heap's items are numbered from the top down).
fn sift_down(vm: &mut Vm, r: ObjRef, start: usize, mut pos: usize, order: Order) -> PyResult<()> {
    let size = len(vm, r);
    if pos >= size {
        return Err(vm.index_error("index out of range"));
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        if !above(vm, r, pos, parent, size, order)? {
            break;
        }
        swap(vm, r, pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Moves the smaller (larger, for a max-heap) child up into `pos` until a leaf is
/// reached, then sifts the item that was at `pos` back up from there (CPython's
/// `siftup`: fewer comparisons than stopping at the item's place on the way down).
fn sift_up(vm: &mut Vm, r: ObjRef, mut pos: usize, order: Order) -> PyResult<()> {
    let end = len(vm, r);
    let start = pos;
    if pos >= end {
        return Err(vm.index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end && !above(vm, r, child, child + 1, end, order)? {
            child += 1;
        }
        swap(vm, r, pos, child);
        pos = child;
    }
    sift_down(vm, r, start, pos, order)
}

/// Restores the heap after its top was replaced and returns the old top (owned); if
/// a comparison fails, the old top is dropped, as CPython drops it.
fn sift_top_or_drop(vm: &mut Vm, r: ObjRef, top: Value, order: Order) -> PyResult<Value> {
    match sift_up(vm, r, 0, order) {
        Ok(()) => Ok(top),
        Err(e) => {
            vm.decref(top);
            Err(e)
        }
    }
}

fn heappush(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = heap_arg(vm, "heappush", args, kw, 2)?;
    vm.incref(args[1]);
    if let Obj::List(l) = vm.heap.get_mut(r) {
        l.push(args[1]);
    }
    let n = len(vm, r);
    sift_down(vm, r, 0, n - 1, Order::Min)?;
    Ok(Value::None)
}

/// Removes the last item, puts it on top and sifts it into place, returning the
/// old top (or the last item itself when it was the only one).
fn pop_top(vm: &mut Vm, r: ObjRef, order: Order) -> PyResult<Value> {
    let last = match vm.heap.get_mut(r) {
        Obj::List(l) => {
            let v = l.items.pop();
            let n = l.items.len();
            if v.is_some() {
                // PyList_SetSlice shrinks the allocation as list_resize does.
                l.model_resize(n);
            }
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
        _ => last,
    };
    sift_top_or_drop(vm, r, top, order)
}

fn heappop(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = heap_arg(vm, "heappop", args, kw, 1)?;
    pop_top(vm, r, Order::Min)
}

fn heappop_max(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = heap_arg(vm, "_heappop_max", args, kw, 1)?;
    pop_top(vm, r, Order::Max)
}

/// Puts `new` (borrowed) on top and sifts it into place, returning the old top.
fn replace_top(vm: &mut Vm, r: ObjRef, new: Value, order: Order) -> PyResult<Value> {
    if len(vm, r) == 0 {
        return Err(vm.index_error("index out of range"));
    }
    vm.incref(new);
    let top = match vm.heap.get_mut(r) {
        Obj::List(l) => std::mem::replace(&mut l.items[0], new),
        _ => new,
    };
    sift_top_or_drop(vm, r, top, order)
}

fn heapreplace(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = heap_arg(vm, "heapreplace", args, kw, 2)?;
    replace_top(vm, r, args[1], Order::Min)
}

fn heapreplace_max(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = heap_arg(vm, "_heapreplace_max", args, kw, 2)?;
    replace_top(vm, r, args[1], Order::Max)
}

fn heappushpop(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = heap_arg(vm, "heappushpop", args, kw, 2)?;
    let new = args[1];
    if len(vm, r) > 0 {
        let top = item(vm, r, 0);
        vm.incref(top);
        let lt = vm.lt(top, new);
        vm.decref(top);
        if lt? {
            // The comparison may have emptied the heap: replace_top's IndexError.
            return replace_top(vm, r, new, Order::Min);
        }
    }
    vm.incref(new);
    Ok(new)
}

/// The highest power of two not above `n` (CPython's `keep_top_bit`).
fn keep_top_bit(n: usize) -> usize {
    if n == 0 {
        0
    } else {
        1 << (usize::BITS - 1 - n.leading_zeros())
    }
}

/// Bottom-up heap construction. Past 2500 items CPython sifts in an order that
/// finishes each subtree while it is still in cache (`cache_friendly_heapify`);
/// every node is still sifted after both of its subtrees, so the result is the same
/// but the comparisons run in that order, which Python `__lt__` methods can see.
fn heapify_with(vm: &mut Vm, r: ObjRef, order: Order) -> PyResult<()> {
    let n = len(vm, r);
    if n > 2500 {
        let m = n >> 1;
        let leftmost = keep_top_bit(m + 1) - 1;
        let mhalf = m >> 1;
        let rows = [(mhalf, leftmost), (leftmost, m)];
        for (lo, hi) in rows {
            for i in (lo..hi).rev() {
                let mut j = i;
                loop {
                    sift_up(vm, r, j, order)?;
                    if j & 1 == 0 {
                        break;
                    }
                    j >>= 1;
                }
            }
        }
        return Ok(());
    }
    for i in (0..n / 2).rev() {
        sift_up(vm, r, i, order)?;
    }
    Ok(())
}

fn heapify(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = heap_arg(vm, "heapify", args, kw, 1)?;
    heapify_with(vm, r, Order::Min)?;
    Ok(Value::None)
}

fn heapify_max(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = heap_arg(vm, "_heapify_max", args, kw, 1)?;
    heapify_with(vm, r, Order::Max)?;
    Ok(Value::None)
}
