//! Pickling and copying itertools objects: `__reduce__` and `__setstate__` as CPython
//! 3.11 has them (`count_reduce`, `chain_reduce`, `chain_setstate`, `islice_reduce`,
//! `product_setstate`, ... in Modules/itertoolsmodule.c; 3.12 deprecated them).
//! `copy.copy(it)` and `pickle` reach them through `object.__reduce_ex__`.
//! `pairwise` has none, as in CPython.

use super::{Kind, ToolObj, LINKCELLS};
use crate::runtime::builtins::{add_methods, check_method, int_arg};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Registers the pickle methods kind `k` has.
pub(super) fn install(vm: &mut Vm, k: Kind, cls: ObjRef) {
    if k != Kind::Pairwise {
        add_methods(vm, cls, &[("__reduce__", tool_reduce)]);
    }
    let has_setstate = matches!(
        k,
        Kind::Cycle
            | Kind::Accumulate
            | Kind::Chain
            | Kind::DropWhile
            | Kind::TakeWhile
            | Kind::GroupBy
            | Kind::ISlice
            | Kind::Tee
            | Kind::ZipLongest
            | Kind::Product
            | Kind::Permutations
            | Kind::Combinations
            | Kind::CombinationsWithReplacement
    );
    if has_setstate {
        add_methods(vm, cls, &[("__setstate__", tool_setstate)]);
    }
}

/// A new reference to `v`.
fn own(vm: &mut Vm, v: Value) -> Value {
    vm.incref(v);
    v
}

/// `v`, or None for an empty (Undef) slot, as a new reference.
fn own_or_none(vm: &mut Vm, v: Value) -> Value {
    if v.is_undef() {
        Value::None
    } else {
        own(vm, v)
    }
}

/// A tuple of ints.
fn int_tuple(vm: &mut Vm, xs: &[usize]) -> Value {
    let items: Vec<Value> = xs.iter().map(|&x| vm.int(x as i64)).collect();
    vm.new_tuple(items)
}

/// A builtin function by name (a new reference).
fn builtin(vm: &mut Vm, name: &str) -> Value {
    let k = vm.intern(name);
    let b = vm.builtins;
    let f = vm.dict_get_str(b, k).unwrap_or(Value::None);
    vm.incref(f);
    f
}

/// The state of `v` copied out, so the heap can be used while building the result.
enum State {
    Count(Value, Value, bool),
    Cycle(Value, Value, usize, bool),
    Repeat(Value, i64),
    Accumulate(Value, Value, Value, Value),
    Chain(Value, Value),
    Pair(Value, Value),
    Flagged(Value, Value, bool),
    GroupBy([Value; 5]),
    Grouper(Value, Value, u64),
    ISlice(Value, i64, i64, i64, i64),
    Tee(Value, usize),
    TeeData(Value, Vec<Value>, Value),
    ZipLongest(Vec<Value>, Value),
    Product(Value, Vec<usize>, Value, bool),
    Permutations(Value, usize, Vec<usize>, Vec<usize>, Value, bool),
    Combinations(Value, usize, Vec<usize>, Value, bool),
    Other,
}

fn state_of(vm: &Vm, r: ObjRef) -> State {
    match vm.tool_ref(r) {
        Some(t) => match t {
            ToolObj::Count { cur, step, fast } => State::Count(*cur, *step, *fast),
            ToolObj::Cycle {
                it,
                saved,
                index,
                firstpass,
            } => State::Cycle(*it, *saved, *index, *firstpass),
            ToolObj::Repeat { obj, left } => State::Repeat(*obj, *left),
            ToolObj::Accumulate {
                it,
                func,
                total,
                initial,
            } => State::Accumulate(*it, *func, *total, *initial),
            ToolObj::Chain { source, active } => State::Chain(*source, *active),
            ToolObj::Compress { data, selectors } => State::Pair(*data, *selectors),
            ToolObj::FilterFalse { func, it } | ToolObj::StarMap { func, it } => {
                State::Pair(*func, *it)
            }
            ToolObj::DropWhile { func, it, started } => State::Flagged(*func, *it, *started),
            ToolObj::TakeWhile { func, it, stopped } => State::Flagged(*func, *it, *stopped),
            ToolObj::GroupBy {
                it,
                keyfunc,
                tgtkey,
                currkey,
                currvalue,
                ..
            } => State::GroupBy([*it, *keyfunc, *tgtkey, *currkey, *currvalue]),
            ToolObj::Grouper {
                parent,
                tgtkey,
                group,
            } => State::Grouper(*parent, *tgtkey, *group),
            ToolObj::ISlice {
                it,
                next,
                stop,
                step,
                cnt,
            } => State::ISlice(*it, *next, *stop, *step, *cnt),
            ToolObj::Tee { data, index } => State::Tee(*data, *index),
            ToolObj::TeeData {
                it, values, next, ..
            } => State::TeeData(*it, values.clone(), *next),
            ToolObj::ZipLongest { its, fill, .. } => State::ZipLongest(its.clone(), *fill),
            ToolObj::Pairwise { .. } => State::Other,
            ToolObj::Product {
                pools,
                indices,
                result,
                stopped,
            } => State::Product(*pools, indices.clone(), *result, *stopped),
            ToolObj::Permutations {
                pool,
                r,
                indices,
                cycles,
                result,
                stopped,
            } => State::Permutations(
                *pool,
                *r,
                indices.clone(),
                cycles.clone(),
                *result,
                *stopped,
            ),
            ToolObj::Combinations {
                pool,
                r,
                indices,
                result,
                stopped,
                ..
            } => State::Combinations(*pool, *r, indices.clone(), *result, *stopped),
        },
        None => State::Other,
    }
}

/// The itertools object a method was called on: its slot, or a TypeError.
fn receiver(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args[0] {
        Value::Obj(r) if vm.tool_ref(r).is_some() => Ok(r),
        v => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{}' requires an itertools object but received a '{}'",
                name, tn
            )))
        }
    }
}

/// `__reduce__()`: how to make the object again (type, arguments[, state]).
fn tool_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__reduce__", args, 0, 0)?;
    let r = receiver(vm, args, "__reduce__")?;
    let cls = Value::Obj(vm.type_of(args[0]));
    vm.incref(cls);
    let mut out = vec![cls];
    match state_of(vm, r) {
        State::Count(cur, step, fast) => {
            let small = fast && vm.as_i64(cur).is_some_and(|n| n < i64::MAX);
            let a = if small {
                vec![own(vm, cur)]
            } else {
                vec![own(vm, cur), own(vm, step)]
            };
            out.push(vm.new_tuple(a));
        }
        State::Cycle(it, saved, index, firstpass) => {
            if it.is_undef() {
                // Exhausted input: replay the saved list from where the cycle is.
                let it2 = vm.get_iter(saved)?;
                if index != 0 {
                    if let Value::Obj(i2) = it2 {
                        if let Obj::Iter(i) = vm.heap.get_mut(i2) {
                            if let crate::runtime::object::IterObj::Seq { idx, .. } = &mut **i {
                                *idx = index;
                            }
                        }
                    }
                }
                out.push(vm.new_tuple(vec![it2]));
                let s = vec![own(vm, saved), Value::Bool(true)];
                out.push(vm.new_tuple(s));
            } else {
                let a = vec![own(vm, it)];
                out.push(vm.new_tuple(a));
                let s = vec![own(vm, saved), Value::Bool(firstpass)];
                out.push(vm.new_tuple(s));
            }
        }
        State::Repeat(obj, left) => {
            let mut a = vec![own(vm, obj)];
            if left >= 0 {
                a.push(vm.int(left));
            }
            out.push(vm.new_tuple(a));
        }
        State::Accumulate(it, func, total, initial) => {
            let it_arg = if !matches!(initial, Value::None) {
                // The initial value has not come out yet: it leads a chain.
                chain_of(vm, initial, it)?
            } else if matches!(total, Value::None) {
                // A total of None cannot be told from "no total": rebuild as
                // islice(accumulate(chain((None,), it), func), 1, None).
                let c = chain_of(vm, Value::None, it)?;
                vm.incref(func);
                let acc = vm.new_tool(ToolObj::Accumulate {
                    it: c,
                    func,
                    total: Value::Undef,
                    initial: Value::None,
                });
                vm.decref(cls);
                let islice = Value::Obj(vm.tool_class(Kind::ISlice));
                vm.incref(islice);
                let one = vm.int(1);
                let a = vm.new_tuple(vec![acc, one, Value::None]);
                return Ok(vm.new_tuple(vec![islice, a]));
            } else {
                own(vm, it)
            };
            let f = own(vm, func);
            out.push(vm.new_tuple(vec![it_arg, f]));
            let t = if matches!(initial, Value::None) {
                own_or_none(vm, total)
            } else {
                Value::None
            };
            out.push(t);
        }
        State::Chain(source, active) => {
            out.push(vm.new_tuple(vec![]));
            if !source.is_undef() {
                let mut s = vec![own(vm, source)];
                if !active.is_undef() {
                    s.push(own(vm, active));
                }
                out.push(vm.new_tuple(s));
            }
        }
        State::Pair(a, b) => {
            let t = vec![own(vm, a), own(vm, b)];
            out.push(vm.new_tuple(t));
        }
        State::Flagged(func, it, flag) => {
            let t = vec![own(vm, func), own(vm, it)];
            out.push(vm.new_tuple(t));
            out.push(vm.int(flag as i64));
        }
        State::GroupBy([it, keyfunc, tgtkey, currkey, currvalue]) => {
            let t = vec![own(vm, it), own(vm, keyfunc)];
            out.push(vm.new_tuple(t));
            if !tgtkey.is_undef() && !currkey.is_undef() && !currvalue.is_undef() {
                let s = vec![own(vm, currkey), own(vm, currvalue), own(vm, tgtkey)];
                out.push(vm.new_tuple(s));
            }
        }
        State::Grouper(parent, tgtkey, group) => {
            let current = match parent {
                Value::Obj(p) => matches!(vm.tool_ref(p),
                    Some(ToolObj::GroupBy { group: g, .. }) if *g == group),
                _ => false,
            };
            if !current {
                vm.decref(cls);
                let f = builtin(vm, "iter");
                let e = vm.new_tuple(vec![]);
                let a = vm.new_tuple(vec![e]);
                return Ok(vm.new_tuple(vec![f, a]));
            }
            let t = vec![own(vm, parent), own(vm, tgtkey)];
            out.push(vm.new_tuple(t));
        }
        State::ISlice(it, next, stop, step, cnt) => {
            if it.is_undef() {
                let l = vm.new_list(vec![]);
                let e = vm.get_iter(l);
                vm.decref(l);
                let z = vm.int(0);
                let a = vec![e?, z];
                out.push(vm.new_tuple(a));
                out.push(vm.int(0));
            } else {
                let stop = if stop == -1 {
                    Value::None
                } else {
                    vm.int(stop)
                };
                let a = vec![own(vm, it), vm.int(next), stop, vm.int(step)];
                out.push(vm.new_tuple(a));
                out.push(vm.int(cnt));
            }
        }
        State::Tee(data, index) => {
            let e = vm.new_tuple(vec![]);
            out.push(vm.new_tuple(vec![e]));
            let s = vec![own_or_none(vm, data), vm.int(index as i64)];
            out.push(vm.new_tuple(s));
        }
        State::TeeData(it, values, next) => {
            for &v in &values {
                vm.incref(v);
            }
            let l = vm.new_list(values);
            let a = vec![own(vm, it), l, own_or_none(vm, next)];
            out.push(vm.new_tuple(a));
        }
        State::ZipLongest(its, fill) => {
            let mut a = Vec::with_capacity(its.len());
            for it in its {
                a.push(if it.is_undef() {
                    vm.new_tuple(vec![])
                } else {
                    own(vm, it)
                });
            }
            out.push(vm.new_tuple(a));
            out.push(own(vm, fill));
        }
        State::Product(pools, indices, result, stopped) => {
            if stopped {
                let e = vm.new_tuple(vec![]);
                out.push(vm.new_tuple(vec![e]));
            } else {
                out.push(own(vm, pools));
                if !result.is_undef() {
                    out.push(int_tuple(vm, &indices));
                }
            }
        }
        State::Permutations(pool, rr, indices, cycles, result, stopped) => {
            let rv = vm.int(rr as i64);
            if result.is_undef() {
                let p = own(vm, pool);
                out.push(vm.new_tuple(vec![p, rv]));
            } else if stopped {
                let e = vm.new_tuple(vec![]);
                out.push(vm.new_tuple(vec![e, rv]));
            } else {
                let p = own(vm, pool);
                out.push(vm.new_tuple(vec![p, rv]));
                let i = int_tuple(vm, &indices);
                let c = int_tuple(vm, &cycles);
                out.push(vm.new_tuple(vec![i, c]));
            }
        }
        State::Combinations(pool, rr, indices, result, stopped) => {
            let rv = vm.int(rr as i64);
            if result.is_undef() {
                let p = own(vm, pool);
                out.push(vm.new_tuple(vec![p, rv]));
            } else if stopped {
                let e = vm.new_tuple(vec![]);
                out.push(vm.new_tuple(vec![e, rv]));
            } else {
                let p = own(vm, pool);
                out.push(vm.new_tuple(vec![p, rv]));
                out.push(int_tuple(vm, &indices));
            }
        }
        State::Other => {
            vm.decref(cls);
            let tn = vm.type_name(args[0]);
            return Err(vm.type_error(format!("cannot pickle '{}' object", tn)));
        }
    }
    Ok(vm.new_tuple(out))
}

/// `chain((first,), it)` (both borrowed), as a new chain object.
fn chain_of(vm: &mut Vm, first: Value, it: Value) -> PyResult<Value> {
    vm.incref(first);
    let head = vm.new_tuple(vec![first]);
    vm.incref(it);
    let args = vm.new_tuple(vec![head, it]);
    let source = vm.get_iter(args);
    vm.decref(args);
    Ok(vm.new_tool(ToolObj::Chain {
        source: source?,
        active: Value::Undef,
    }))
}

/// The items of the tuple `v` (borrowed), or None when it is not a tuple.
fn tuple_items(vm: &Vm, v: Value) -> Option<Vec<Value>> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(t) => Some(t.to_vec()),
            _ => None,
        },
        _ => None,
    }
}

/// `state` as a tuple, or CPython's "state is not a tuple".
fn state_tuple(vm: &mut Vm, state: Value) -> PyResult<Vec<Value>> {
    tuple_items(vm, state).ok_or_else(|| vm.type_error("state is not a tuple"))
}

/// Index arguments of a setstate (`PyLong_AsSsize_t` of each).
fn ssize(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.as_i64(v) {
        Some(i) => Ok(i),
        None if vm.as_bigint(v).is_some() => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        None => int_arg(vm, v),
    }
}

/// `__setstate__(state)`: restores what `__reduce__`'s third item describes.
fn tool_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__setstate__", args, 1, 1)?;
    let r = receiver(vm, args, "__setstate__")?;
    let state = args[1];
    let kind = vm.tool_ref(r).map(|t| t.kind());
    match kind {
        Some(Kind::Cycle) => {
            let items = state_tuple(vm, state)?;
            if items.len() != 2 {
                return Err(vm.type_error(format!(
                    "function takes exactly 2 arguments ({} given)",
                    items.len()
                )));
            }
            let saved = items[0];
            if !matches!(saved, Value::Obj(l) if matches!(vm.heap.get(l), Obj::List(_))) {
                let tn = vm.type_name(saved);
                return Err(vm.type_error(format!("argument 1 must be list, not {}", tn)));
            }
            let firstpass = ssize(vm, items[1])? != 0;
            vm.incref(saved);
            let mut old = saved;
            if let Some(ToolObj::Cycle {
                saved: s,
                index,
                firstpass: f,
                ..
            }) = vm.tool_mut(r)
            {
                old = std::mem::replace(s, saved);
                *index = 0;
                *f = firstpass;
            }
            vm.decref(old);
        }
        Some(Kind::Accumulate) => {
            vm.incref(state);
            replace(vm, r, state, |t| match t {
                ToolObj::Accumulate { total, .. } => Some(total),
                _ => None,
            });
        }
        Some(Kind::ZipLongest) => {
            vm.incref(state);
            replace(vm, r, state, |t| match t {
                ToolObj::ZipLongest { fill, .. } => Some(fill),
                _ => None,
            });
        }
        Some(Kind::Chain) => {
            let items = state_tuple(vm, state)?;
            if items.is_empty() || items.len() > 2 {
                return Err(vm.type_error(format!(
                    "function takes at {} 1 argument{} ({} given)",
                    if items.is_empty() { "least" } else { "most" },
                    if items.is_empty() { "" } else { "s" },
                    items.len()
                )));
            }
            let mut all_iters = true;
            for &i in &items {
                all_iters &= vm.is_iterator(i);
            }
            if !all_iters {
                return Err(vm.type_error("Arguments must be iterators."));
            }
            let source = own(vm, items[0]);
            let active = match items.get(1) {
                Some(&a) => own(vm, a),
                None => Value::Undef,
            };
            replace(vm, r, source, |t| match t {
                ToolObj::Chain { source, .. } => Some(source),
                _ => None,
            });
            replace(vm, r, active, |t| match t {
                ToolObj::Chain { active, .. } => Some(active),
                _ => None,
            });
        }
        Some(Kind::DropWhile) | Some(Kind::TakeWhile) => {
            let flag = vm.truthy(state)?;
            match vm.tool_mut(r) {
                Some(ToolObj::DropWhile { started, .. }) => *started = flag,
                Some(ToolObj::TakeWhile { stopped, .. }) => *stopped = flag,
                _ => {}
            }
        }
        Some(Kind::GroupBy) => {
            let items = state_tuple(vm, state)?;
            if items.len() != 3 {
                return Err(vm.type_error(format!(
                    "function takes exactly 3 arguments ({} given)",
                    items.len()
                )));
            }
            for &v in &items {
                vm.incref(v);
            }
            replace(vm, r, items[0], |t| match t {
                ToolObj::GroupBy { currkey, .. } => Some(currkey),
                _ => None,
            });
            replace(vm, r, items[1], |t| match t {
                ToolObj::GroupBy { currvalue, .. } => Some(currvalue),
                _ => None,
            });
            replace(vm, r, items[2], |t| match t {
                ToolObj::GroupBy { tgtkey, .. } => Some(tgtkey),
                _ => None,
            });
        }
        Some(Kind::ISlice) => {
            let cnt = ssize(vm, state)?;
            if let Some(ToolObj::ISlice { cnt: c, .. }) = vm.tool_mut(r) {
                *c = cnt;
            }
        }
        Some(Kind::Tee) => {
            let items = state_tuple(vm, state)?;
            let ok = items.len() == 2 && vm.tool_kind(items[0]) == Some(Kind::TeeData);
            if !ok {
                let tn = match items.first() {
                    Some(&v) => vm.type_name(v),
                    None => "tuple".into(),
                };
                return Err(vm.type_error(format!(
                    "argument 1 must be itertools._tee_dataobject, not {}",
                    tn
                )));
            }
            let index = ssize(vm, items[1])?;
            if index < 0 || index > LINKCELLS as i64 {
                return Err(vm.value_error("Index out of range"));
            }
            let data = own(vm, items[0]);
            replace(vm, r, data, |t| match t {
                ToolObj::Tee { data, .. } => Some(data),
                _ => None,
            });
            if let Some(ToolObj::Tee { index: i, .. }) = vm.tool_mut(r) {
                *i = index as usize;
            }
        }
        Some(Kind::Product) => product_setstate(vm, r, state)?,
        Some(Kind::Permutations) => permutations_setstate(vm, r, state)?,
        Some(Kind::Combinations) | Some(Kind::CombinationsWithReplacement) => {
            combinations_setstate(vm, r, state)?
        }
        _ => {}
    }
    Ok(Value::None)
}

/// Stores `new` (owned) in the slot `pick` finds in the tool `r`, releasing the old
/// value (or `new` when the slot is gone).
fn replace(
    vm: &mut Vm,
    r: ObjRef,
    new: Value,
    pick: impl FnOnce(&mut ToolObj) -> Option<&mut Value>,
) {
    let old = match vm.tool_mut(r).and_then(pick) {
        Some(slot) => std::mem::replace(slot, new),
        None => new,
    };
    if !old.is_undef() {
        vm.decref(old);
    }
}

/// A new result tuple of `pool[i]` for each index (pool borrowed).
fn result_of(vm: &mut Vm, pool: Value, indices: &[usize]) -> Value {
    let items = tuple_items(vm, pool).unwrap_or_default();
    let vals: Vec<Value> = indices
        .iter()
        .map(|&i| items.get(i).copied().unwrap_or(Value::None))
        .collect();
    for &v in &vals {
        vm.incref(v);
    }
    vm.new_tuple(vals)
}

fn set_result(vm: &mut Vm, r: ObjRef, t: Value) {
    replace(vm, r, t, |tool| match tool {
        ToolObj::Product { result, .. }
        | ToolObj::Permutations { result, .. }
        | ToolObj::Combinations { result, .. } => Some(result),
        _ => None,
    });
}

fn product_setstate(vm: &mut Vm, r: ObjRef, state: Value) -> PyResult<()> {
    let Some(ToolObj::Product { pools, .. }) = vm.tool_ref(r) else {
        return Ok(());
    };
    let pools = tuple_items(vm, *pools).unwrap_or_default();
    let items = tuple_items(vm, state);
    let Some(items) = items.filter(|i| i.len() == pools.len()) else {
        return Err(vm.value_error("invalid arguments"));
    };
    let mut indices = Vec::with_capacity(pools.len());
    let mut vals = Vec::with_capacity(pools.len());
    for (i, &p) in pools.iter().enumerate() {
        let index = ssize(vm, items[i])?;
        let n = vm.tuple_len(p);
        if n == 0 {
            if let Some(ToolObj::Product { stopped, .. }) = vm.tool_mut(r) {
                *stopped = true;
            }
            return Ok(());
        }
        let index = index.clamp(0, n as i64 - 1) as usize;
        indices.push(index);
        vals.push(tuple_items(vm, p).unwrap_or_default()[index]);
    }
    for &v in &vals {
        vm.incref(v);
    }
    let t = vm.new_tuple(vals);
    if let Some(ToolObj::Product { indices: ix, .. }) = vm.tool_mut(r) {
        *ix = indices;
    }
    set_result(vm, r, t);
    Ok(())
}

fn permutations_setstate(vm: &mut Vm, r: ObjRef, state: Value) -> PyResult<()> {
    let Some(ToolObj::Permutations { pool, r: rr, .. }) = vm.tool_ref(r) else {
        return Ok(());
    };
    let (pool, rr) = (*pool, *rr);
    let n = vm.tuple_len(pool);
    let parts = tuple_items(vm, state).filter(|p| p.len() == 2);
    let (ix, cy) = match parts {
        Some(p) => (tuple_items(vm, p[0]), tuple_items(vm, p[1])),
        None => (None, None),
    };
    let (Some(ix), Some(cy)) = (ix, cy) else {
        return Err(vm.value_error("invalid arguments"));
    };
    if ix.len() != n || cy.len() != rr {
        return Err(vm.value_error("invalid arguments"));
    }
    let mut indices = Vec::with_capacity(n);
    for &v in &ix {
        let i = ssize(vm, v)?;
        indices.push(i.clamp(0, n as i64 - 1).max(0) as usize);
    }
    let mut cycles = Vec::with_capacity(rr);
    for (i, &v) in cy.iter().enumerate() {
        let c = ssize(vm, v)?;
        cycles.push(c.clamp(1, (n - i).max(1) as i64) as usize);
    }
    let t = result_of(vm, pool, &indices[..rr.min(n)]);
    if let Some(ToolObj::Permutations {
        indices: pi,
        cycles: pc,
        ..
    }) = vm.tool_mut(r)
    {
        *pi = indices;
        *pc = cycles;
    }
    set_result(vm, r, t);
    Ok(())
}

fn combinations_setstate(vm: &mut Vm, r: ObjRef, state: Value) -> PyResult<()> {
    let Some(ToolObj::Combinations {
        pool,
        r: rr,
        with_replacement,
        ..
    }) = vm.tool_ref(r)
    else {
        return Ok(());
    };
    let (pool, rr, wr) = (*pool, *rr, *with_replacement);
    let n = vm.tuple_len(pool) as i64;
    let Some(items) = tuple_items(vm, state).filter(|i| i.len() == rr) else {
        return Err(vm.value_error("invalid arguments"));
    };
    let mut indices = Vec::with_capacity(rr);
    for (i, &v) in items.iter().enumerate() {
        let x = ssize(vm, v)?;
        let max = if wr { n - 1 } else { i as i64 + n - rr as i64 };
        indices.push(x.min(max).max(0) as usize);
    }
    let t = result_of(vm, pool, &indices);
    if let Some(ToolObj::Combinations { indices: ix, .. }) = vm.tool_mut(r) {
        *ix = indices;
    }
    set_result(vm, r, t);
    Ok(())
}
