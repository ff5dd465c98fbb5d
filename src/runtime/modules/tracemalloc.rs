//! The `tracemalloc` module subset (CPython's Modules/_tracemalloc.c and
//! Lib/tracemalloc.py): `start`, `stop`, `is_tracing`, `get_traced_memory`,
//! `reset_peak`, `clear_traces`, `get_traceback_limit`.
//!
//! mempy has no byte allocator to hook, so "memory" is the getsizeof model: while
//! tracing, every object allocated is traced with its `sys.getsizeof` size (`Heap::trace`),
//! and stops counting when it is freed. Containers are re-measured when the numbers are
//! read, so growth after allocation (list appends, dict inserts) is included in
//! `current`; the peak is the maximum of those readings and of the running total at
//! each allocation. Objects allocated before `start()` are never counted.

use crate::runtime::builtins::{add_fns, check_args, new_module};
use crate::runtime::heap::TraceState;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "tracemalloc");
    add_fns(
        vm,
        d,
        &[
            ("start", start),
            ("stop", stop),
            ("is_tracing", is_tracing),
            ("get_traced_memory", get_traced_memory),
            ("reset_peak", reset_peak),
            ("clear_traces", clear_traces),
            ("get_traceback_limit", get_traceback_limit),
        ],
    );
    m
}

fn start(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "start", args, 0, 1)?;
    let nframe = match args.first() {
        Some(&v) => crate::runtime::builtins::int_arg(vm, v)?,
        None => 1,
    };
    if !(1..=65535).contains(&nframe) {
        return Err(vm.value_error("the number of frames must be in range [1; 65535]"));
    }
    vm.heap.trace_nframe = nframe;
    if vm.heap.trace.is_none() {
        vm.heap.trace = Some(Box::default());
    }
    Ok(Value::None)
}

fn stop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "stop", args, 0, 0)?;
    vm.heap.clear_traces();
    vm.heap.trace = None;
    Ok(Value::None)
}

fn is_tracing(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "is_tracing", args, 0, 0)?;
    Ok(Value::Bool(vm.heap.trace.is_some()))
}

fn get_traced_memory(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "get_traced_memory", args, 0, 0)?;
    vm.heap.refresh_traces();
    let (cur, peak) = match &vm.heap.trace {
        Some(t) => (t.current, t.peak),
        None => (0, 0),
    };
    Ok({
        let items = vec![vm.int(cur as i64), vm.int(peak as i64)];
        vm.new_tuple(items)
    })
}

fn reset_peak(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "reset_peak", args, 0, 0)?;
    vm.heap.refresh_traces();
    if let Some(t) = &mut vm.heap.trace {
        let t: &mut TraceState = t;
        t.peak = t.current;
    }
    Ok(Value::None)
}

fn clear_traces(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "clear_traces", args, 0, 0)?;
    vm.heap.clear_traces();
    Ok(Value::None)
}

fn get_traceback_limit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "get_traceback_limit", args, 0, 0)?;
    let n = vm.heap.trace_nframe;
    Ok(vm.int(n))
}
