//! The `gc` module (CPython's Modules/gcmodule.c interface).

use super::{add_fns, check_args, new_module};
use crate::object::function::KwArgs;
use crate::object::Obj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

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
        ],
    );
    let g = vm.new_list(vec![]);
    super::set_in(vm, d, "garbage", g);
    m
}

fn collect(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "collect", args, 0, 1)?;
    let gen = match args
        .first()
        .copied()
        .or_else(|| super::kwarg(vm, kw, "generation"))
    {
        Some(v) => super::int_arg(vm, v)?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(vm.value_error("invalid generation"));
    }
    let r = vm.collect(gen as usize);
    Ok(Value::Int(r.unreachable as i64))
}

fn enable(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    vm.gc.enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    vm.gc.enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(vm.gc.enabled))
}

fn get_count(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let c0 = vm.heap.allocs_since_collect.max(0);
    let (c1, c2) = (vm.gc.counts[1], vm.gc.counts[2]);
    Ok(vm.new_tuple(vec![Value::Int(c0), Value::Int(c1), Value::Int(c2)]))
}

fn get_threshold(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let t = vm.gc.thresholds;
    Ok(vm.new_tuple(vec![Value::Int(t[0]), Value::Int(t[1]), Value::Int(t[2])]))
}

fn set_threshold(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    check_args(vm, "set_threshold", args, 1, 3)?;
    for (i, &a) in args.iter().enumerate() {
        vm.gc.thresholds[i] = super::int_arg(vm, a)?;
    }
    Ok(Value::None)
}

fn is_tracked(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    check_args(vm, "is_tracked", args, 1, 1)?;
    Ok(Value::Bool(match args[0] {
        Value::Obj(r) => vm.heap.slots[r.index()].flags & crate::heap::FLAG_TRACKED != 0,
        _ => false,
    }))
}

fn get_objects(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut all = Vec::new();
    for g in 0..3 {
        all.extend(vm.heap.gens[g].iter().map(|&r| Value::Obj(r)));
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
            vm.heap.get(r).traverse(&mut |v| {
                if let Value::Obj(_) = v {
                    out.push(v)
                }
            });
        }
    }
    for &v in &out {
        vm.incref(v);
    }
    Ok(vm.new_list(out))
}

fn get_referrers(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut out = Vec::new();
    for g in 0..3 {
        for &c in &vm.heap.gens[g] {
            let mut hit = false;
            vm.heap.get(c).traverse(&mut |v| {
                if args.iter().any(|a| a.is(v)) {
                    hit = true;
                }
            });
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
