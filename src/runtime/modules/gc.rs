//! The `gc` module (CPython's Modules/gcmodule.c interface): collection, thresholds
//! and counts, `callbacks`, `garbage` with `DEBUG_SAVEALL`, `freeze`/`unfreeze`
//! (the permanent generation, `Heap::gens[3]`), referrers/referents, `is_tracked`.

use crate::runtime::builtins::{add_fns, check_args, new_module};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "gc");
    add_fns(
        vm,
        d,
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("is_tracked", is_tracked),
            ("get_objects", get_objects),
            ("get_referents", get_referents),
            ("get_referrers", get_referrers),
            ("freeze", freeze),
            ("unfreeze", unfreeze),
            ("get_freeze_count", get_freeze_count),
            ("set_debug", set_debug),
            ("get_debug", get_debug),
            ("get_stats", get_stats),
            ("is_finalized", is_finalized),
        ],
    );
    // gc.garbage and gc.callbacks are the collector's own lists (GcState keeps a
    // reference, so they survive the module being dropped from sys.modules).
    for name in ["garbage", "callbacks"] {
        let slot = if name == "garbage" {
            vm.gc.garbage
        } else {
            vm.gc.callbacks
        };
        let l = match slot {
            Some(r) => Value::Obj(r),
            None => {
                let l = vm.new_list(vec![]);
                let r = l.as_obj().unwrap();
                if name == "garbage" {
                    vm.gc.garbage = Some(r);
                } else {
                    vm.gc.callbacks = Some(r);
                }
                // The new list's reference now belongs to GcState.
                l
            }
        };
        // `set_in` takes the reference it is given: the module's own.
        vm.incref(l);
        crate::runtime::builtins::set_in(vm, d, name, l);
    }
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        let nv = vm.int(v);
        crate::runtime::builtins::set_in(vm, d, name, nv);
    }
    m
}

fn collect(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "collect", args, 0, 1)?;
    let gen = match args
        .first()
        .copied()
        .or_else(|| crate::runtime::builtins::kwarg(vm, kw, "generation"))
    {
        Some(v) => crate::runtime::builtins::int_arg(vm, v)?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(vm.value_error("invalid generation"));
    }
    let n = vm.collect_with_callback(gen as usize);
    vm.debug_check_heap();
    Ok(vm.int(n as i64))
}

fn enable(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    vm.gc.enabled = true;
    vm.update_gc_trigger();
    Ok(Value::None)
}

fn disable(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    vm.gc.enabled = false;
    vm.update_gc_trigger();
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(vm.gc.enabled))
}

fn get_count(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let c0 = vm.heap.allocs_since_collect;
    let (c1, c2) = (vm.gc.counts[1], vm.gc.counts[2]);
    Ok({
        let items = vec![vm.int(c0), vm.int(c1), vm.int(c2)];
        vm.new_tuple(items)
    })
}

fn get_threshold(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let t = vm.gc.thresholds;
    Ok({
        let items = vec![vm.int(t[0]), vm.int(t[1]), vm.int(t[2])];
        vm.new_tuple(items)
    })
}

fn set_threshold(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::no_kwargs(vm, "set_threshold", kw)?;
    if args.is_empty() || args.len() > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes at {} argument{} ({} given)",
            if args.is_empty() { "least 1" } else { "most 3" },
            if args.is_empty() { "" } else { "s" },
            args.len()
        )));
    }
    let mut t = vm.gc.thresholds;
    for (i, &a) in args.iter().enumerate() {
        if matches!(a, Value::Float(_)) {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        let v = crate::runtime::builtins::int_arg(vm, a)?;
        if v > i32::MAX as i64 || v < i32::MIN as i64 {
            return Err(vm.overflow_error(if v > 0 {
                "signed integer is greater than maximum"
            } else {
                "signed integer is less than minimum"
            }));
        }
        t[i] = v;
    }
    vm.gc.thresholds = t;
    vm.update_gc_trigger();
    Ok(Value::None)
}

/// `gc.freeze()`: moves every tracked object into the permanent generation.
fn freeze(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    check_args(vm, "freeze", args, 0, 0)?;
    for g in 0..3 {
        vm.heap.merge_gen(g, 3);
    }
    vm.heap.allocs_since_collect = 0;
    vm.gc.counts = [0; 3];
    Ok(Value::None)
}

/// `gc.unfreeze()`: the permanent generation goes back into the oldest one.
fn unfreeze(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    check_args(vm, "unfreeze", args, 0, 0)?;
    vm.heap.merge_gen(3, 2);
    Ok(Value::None)
}

fn get_freeze_count(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    check_args(vm, "get_freeze_count", args, 0, 0)?;
    let n = vm.heap.gen_len(3) as i64;
    Ok(vm.int(n))
}

fn set_debug(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    check_args(vm, "set_debug", args, 1, 1)?;
    vm.gc.debug = crate::runtime::builtins::int_arg(vm, args[0])?;
    Ok(Value::None)
}

fn get_debug(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    check_args(vm, "get_debug", args, 0, 0)?;
    let n = vm.gc.debug;
    Ok(vm.int(n))
}

/// `gc.get_stats()`: one dict per generation (collections are counted since start).
fn get_stats(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    check_args(vm, "get_stats", args, 0, 0)?;
    let mut out = Vec::new();
    for g in 0..3 {
        let d = vm.new_dict();
        let st = vm.gc.stats[g];
        for (k, v) in [
            ("collections", st.0 as i64),
            ("collected", st.1 as i64),
            ("uncollectable", 0),
        ] {
            let key = vm.intern(k);
            let v = vm.int(v);
            let r = vm.dict_set_item(d, key, v);
            vm.decref(v);
            r?;
        }
        out.push(d);
    }
    Ok(vm.new_list(out))
}

/// `gc.is_finalized(obj)`: whether the collector already ran its `__del__` (PEP 442).
fn is_finalized(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    check_args(vm, "is_finalized", args, 1, 1)?;
    Ok(Value::Bool(match args[0] {
        Value::Obj(r) => vm.heap.slots[r.index()].flags & crate::runtime::heap::FLAG_FINALIZED != 0,
        _ => false,
    }))
}

fn is_tracked(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    check_args(vm, "is_tracked", args, 1, 1)?;
    Ok(Value::Bool(match args[0] {
        Value::Obj(r) => vm.heap.slots[r.index()].flags & crate::runtime::heap::FLAG_TRACKED != 0,
        _ => false,
    }))
}

/// `gc.get_objects(generation=None)`: the objects tracked in one generation, or in
/// all three (not the permanent one `freeze` fills), oldest generation last.
fn get_objects(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() + kw.len() > 1 {
        return Err(vm.type_error(format!(
            "get_objects() takes at most 1 argument ({} given)",
            args.len() + kw.len()
        )));
    }
    for &(k, _) in kw {
        if vm.as_str(Value::Obj(k)) != Some("generation") {
            let n = vm.as_str(Value::Obj(k)).unwrap_or("").to_string();
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for get_objects()",
                n
            )));
        }
    }
    let arg = args
        .first()
        .copied()
        .or_else(|| crate::runtime::builtins::kwarg(vm, kw, "generation"));
    let gens = match arg {
        None | Some(Value::None) => 0..3,
        Some(v) => {
            let is_int = matches!(v, Value::Int(_) | Value::Bool(_)) || vm.as_bigint(v).is_some();
            if !is_int {
                let tn = vm.type_name(v);
                return Err(
                    vm.type_error(format!("argument should be integer or None, not '{}'", tn))
                );
            }
            let g = crate::runtime::builtins::int_arg(vm, v)?;
            if g >= 3 {
                return Err(vm.value_error(
                    "generation parameter must be less than the number of available generations (3)",
                ));
            }
            if g < -1 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            if g == -1 {
                0..3
            } else {
                g as usize..g as usize + 1
            }
        }
    };
    let mut all = Vec::new();
    for g in gens {
        all.extend(vm.heap.gen_objects(g).map(Value::Obj));
    }
    for &v in &all {
        vm.incref(v);
    }
    Ok(vm.new_list(all))
}

fn get_referents(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut out = Vec::new();
    for &a in args {
        if let Value::Obj(r) = a {
            if plain_instance_referents(vm, r, &mut out) {
                continue;
            }
            // An instance of a builtin subclass: its own references, then its builtin
            // part's, which CPython's `subtype_traverse` reaches through the base
            // type's traverse of the same object. An OrderedDict (`odict_traverse`):
            // its `__dict__`, the keys its nodes hold, then its dict's.
            let r = match vm.heap.adopted_payload(r) {
                Some(p) => {
                    if vm.is_odict(Value::Obj(r)) {
                        odict_referents(vm, r, &mut out);
                    } else {
                        instance_referents(vm, r, &mut out);
                    }
                    p
                }
                None => r,
            };
            if let Obj::Dict(d) = vm.heap.get(r) {
                // `dict_traverse`: each entry's value then key; a unicode table's
                // values only (its str keys are not visited).
                let unicode = d.is_unicode();
                for e in d.iter() {
                    out.push(e.value);
                    if !unicode {
                        out.push(e.key);
                    }
                }
                continue;
            }
            let start = out.len();
            // Containers hold their None/True/False items as real references, as
            // CPython's visit shows them; elsewhere mempy's None can stand for
            // CPython's NULL (an absent `__kwdefaults__`, a dict not made yet).
            let every_item = matches!(
                vm.heap.get(r),
                Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_)
            );
            if let Obj::Class(c) = vm.heap.get(r) {
                // `type_traverse`: the namespace, `__mro__`, `__bases__` and
                // `__base__`; not the name strs nor the shared keys (no cycle can
                // go through them). A builtin type is no container (`type_is_gc`).
                if c.is_heap {
                    for o in [c.dict, c.mro_tuple, c.bases_tuple, c.base] {
                        if o.0 != 0 {
                            out.push(Value::Obj(o));
                        }
                    }
                }
                continue;
            }
            if let Obj::Function(f) = vm.heap.get(r) {
                // `func_traverse` (the order of `FunctionObj::traverse`): `__module__`,
                // `__doc__`, `__name__` and `__qualname__` (fields 2, 5, 6 and 9) are
                // never NULL.
                // The builtins dict follows the globals (3.11's `func_builtins`; a
                // mempy function finds it through the VM instead of holding it).
                let builtins = Value::Obj(vm.builtins);
                let mut field = 0;
                f.traverse(&mut |v| {
                    if v.is_counted() || matches!(field, 2 | 5 | 6 | 9) {
                        out.push(v)
                    }
                    if field == 1 {
                        out.push(builtins);
                    }
                    field += 1;
                });
                continue;
            }
            vm.heap.get(r).traverse(&mut |v| {
                if v.is_counted() || (every_item && !v.is_undef()) {
                    out.push(v)
                }
            });
            // CPython's list and tuple traversals run from the last item to the first.
            if matches!(vm.heap.get(r), Obj::List(_) | Obj::Tuple(_)) {
                out[start..].reverse();
            }
        }
    }
    for &v in &out {
        vm.incref(v);
    }
    Ok(vm.new_list(out))
}

/// `gc.get_referents` of an instance of a Python class (no exception state, no
/// builtin payload) in the order of CPython's `subtype_traverse`: the `__slots__`
/// values, the most derived class's first; the attribute values (not their names,
/// which CPython's inline values share with the class) or the materialised
/// `__dict__`; the class, when it is a heap class. False for other objects.
fn plain_instance_referents(vm: &Vm, r: crate::value::ObjRef, out: &mut Vec<Value>) -> bool {
    let Obj::Instance(i) = vm.heap.get(r) else {
        return false;
    };
    if i.exc().is_some() || i.payload().is_some() {
        return false;
    }
    instance_referents(vm, r, out)
}

/// The part of `plain_instance_referents` CPython's `subtype_traverse` visits itself
/// (slots, attributes, heap class), for any instance.
fn instance_referents(vm: &Vm, r: crate::value::ObjRef, out: &mut Vec<Value>) -> bool {
    let Obj::Instance(i) = vm.heap.get(r) else {
        return false;
    };
    let Obj::Class(c) = vm.heap.get(i.class) else {
        return false;
    };
    slot_referents(vm, i, c, out);
    attribute_referents(i, c, out);
    if c.is_heap {
        out.push(Value::Obj(i.class));
    }
    true
}

/// The values of instance `i`'s `__slots__`, class `c`'s and its bases' in MRO order
/// (`subtype_traverse`'s member walk).
fn slot_referents(
    vm: &Vm,
    i: &crate::runtime::object::InstanceObj,
    c: &crate::runtime::types::class::ClassObj,
    out: &mut Vec<Value>,
) {
    for k in std::iter::once(i.class).chain(c.mro.iter().copied()) {
        if let Obj::Class(kc) = vm.heap.get(k) {
            for ix in kc.layout.slot_start..kc.layout.nslots {
                let v = i.slot(ix as usize);
                if v.is_counted() {
                    out.push(v);
                }
            }
        }
    }
}

/// Instance `i`'s attributes: its `__dict__` when it has one, else the inline values
/// past class `c`'s slots, in key order (CPython's `_PyObject_VisitInstanceAttributes`).
fn attribute_referents(
    i: &crate::runtime::object::InstanceObj,
    c: &crate::runtime::types::class::ClassObj,
    out: &mut Vec<Value>,
) {
    match i.dict {
        Some(d) => out.push(Value::Obj(d)),
        None => out.extend(
            i.values
                .iter()
                .skip(c.layout.nslots as usize)
                .filter(|v| v.is_counted()),
        ),
    }
}

/// The part of an OrderedDict's referents before its dict's: a subclass's slots and
/// heap class (`subtype_traverse`), then `odict_traverse`'s `__dict__` (mempy keeps
/// the attributes inline until one is asked for: their values stand for it) and the
/// keys of the nodes in order.
fn odict_referents(vm: &Vm, r: crate::value::ObjRef, out: &mut Vec<Value>) {
    let Obj::Instance(i) = vm.heap.get(r) else {
        return;
    };
    let Obj::Class(c) = vm.heap.get(i.class) else {
        return;
    };
    slot_referents(vm, i, c, out);
    if c.is_heap {
        out.push(Value::Obj(i.class));
    }
    attribute_referents(i, c, out);
    if let Some(st) = vm.od_state(r) {
        st.traverse(&mut |k| out.push(k));
    }
}

fn get_referrers(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut out = Vec::new();
    for g in 0..3 {
        for c in vm.heap.gen_objects(g) {
            let mut hit = false;
            let mut look = |v: Value| {
                if args.iter().any(|a| a.is(v)) {
                    hit = true;
                }
            };
            vm.heap.get(c).traverse(&mut look);
            // What an instance's builtin part holds, the instance holds.
            if let Some(p) = vm.heap.adopted_payload(c) {
                vm.heap.get(p).traverse(&mut look);
            }
            if hit && !matches!(vm.heap.get(c), Obj::Free) {
                out.push(Value::Obj(c));
            }
        }
    }
    for &v in &out {
        vm.incref(v);
    }
    Ok(vm.new_list(out))
}
