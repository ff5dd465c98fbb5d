//! `list.sort`'s algorithm (CPython's Objects/listobject.c `list_sort_impl`), also
//! used by `sorted`: a stable sort
//! whose comparisons may call Python `__lt__` and raise. Below `MIN_MERGE` items it
//! does exactly CPython's timsort comparisons (one run: `count_run`, then
//! `binarysort`); above, a bottom-up merge sort.

use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Stable sort of owned values by optional key function, as `list.sort` does.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    let key = key.filter(|k| !matches!(k, Value::None));
    if key.is_none() && sort_plain(vm, items, reverse) {
        return Ok(());
    }
    let mut keys: Vec<Value> = Vec::with_capacity(items.len());
    for &v in items.iter() {
        match key {
            Some(k) => match vm.call_value(k, &[v], &[]) {
                Ok(x) => keys.push(x),
                Err(e) => {
                    for x in keys {
                        vm.decref(x);
                    }
                    vm.drain_zero_queue();
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
    if let Some(sorted) = sort_numbers(vm, &mut idx, &keys) {
        // Keys all ints or all (non-NaN) floats: no comparison can call Python code or
        // fail, and a stable sort of a total order has one result, so sorting the
        // numbers read out once gives CPython's order without reading each int object
        // from the number arena at every comparison.
        debug_assert!(sorted);
    } else if partial_on_error {
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
        // The keys die here, while the list is still being sorted: a key's
        // `__del__` that refills the list is a modification (CPython's
        // `list_sort_impl` frees the keys before its check).
        vm.drain_zero_queue();
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

/// Sorts `items` themselves (no key function) when they are all ints that fit in
/// i64, all floats without NaN, or all exact strs without surrogates: no comparison
/// can call Python code or fail, and a stable sort of a total order has one result,
/// so Rust's stable sort gives CPython's order (`reverse` as CPython's: reverse,
/// sort, reverse, so equal items keep their order). Nothing is allocated beside the
/// sort's own buffer, unlike the general path's keys and index arrays. False, with
/// nothing changed, for any other list.
fn sort_plain(vm: &Vm, items: &mut [Value], reverse: bool) -> bool {
    if items.len() < 2 {
        return false;
    }
    let heap = &vm.heap;
    let str_of = |v: Value| match v {
        Value::Obj(r) => match heap.get(r) {
            crate::runtime::object::Obj::Str(s) if !s.is_flagged() => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    };
    // Numbers are read from their arena at each comparison: fine for a short list;
    // a long one is better served by `sort_numbers`' one sequential read.
    let short = items.len() <= PLAIN_NUMBERS_MAX;
    let kind = match items[0] {
        Value::Int(_) if short && items.iter().all(|v| matches!(v, Value::Int(_))) => 0,
        Value::Float(_)
            if short
                && items
                    .iter()
                    .all(|&v| heap.f64_of(v).is_some_and(|f| !f.is_nan())) =>
        {
            1
        }
        Value::Obj(_) if items.iter().all(|&v| str_of(v).is_some()) => 2,
        _ => return false,
    };
    if reverse {
        items.reverse();
    }
    match kind {
        0 => items.sort_by_key(|&v| heap.small_i64(v).unwrap_or(0)),
        // partial_cmp, not total_cmp: -0.0 and 0.0 are equal to Python's `<`.
        1 => items.sort_by(|&a, &b| {
            let (x, y) = (heap.f64_of(a).unwrap_or(0.0), heap.f64_of(b).unwrap_or(0.0));
            x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal)
        }),
        // UTF-8 byte order is code point order.
        _ => items.sort_by(|&a, &b| str_of(a).unwrap_or("").cmp(str_of(b).unwrap_or(""))),
    }
    if reverse {
        items.reverse();
    }
    true
}

/// Longest list of numbers `sort_plain` sorts.
const PLAIN_NUMBERS_MAX: usize = 32;

/// Sorts `idx` by the keys when they are all ints that fit in i64 or all floats
/// without NaN; `None` (nothing done) otherwise.
fn sort_numbers(vm: &Vm, idx: &mut [usize], keys: &[Value]) -> Option<bool> {
    if keys.len() < 2 {
        return None;
    }
    match keys[0] {
        Value::Int(_) => {
            let nums: Vec<i64> = keys
                .iter()
                .map(|&k| vm.heap.small_i64(k))
                .collect::<Option<_>>()?;
            idx.sort_by_key(|&i| nums[i]);
        }
        Value::Float(_) => {
            let nums: Vec<f64> = keys
                .iter()
                .map(|&k| vm.heap.f64_of(k).filter(|f| !f.is_nan()))
                .collect::<Option<_>>()?;
            // partial_cmp, not total_cmp: -0.0 and 0.0 are equal to Python's `<`.
            idx.sort_by(|&a, &b| {
                nums[a]
                    .partial_cmp(&nums[b])
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        }
        _ => return None,
    }
    Some(true)
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
