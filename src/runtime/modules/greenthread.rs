//! `_greenthread`: the scheduler primitives `_thread` and `threading` are written
//! on (the part of CPython's Modules/_threadmodule.c that talks to the thread
//! states and the GIL). The scheduler itself is `vm/threads.rs`.
//!
//! - `start(func)`: a new thread that will call `func()`; returns its ident.
//! - `get_ident()`: the running thread's ident.
//! - `block(timeout, what[, epoch])`: park until `wake()` or `timeout` seconds (None:
//!   no timeout); True when woken, False on timeout; RuntimeError naming `what` when
//!   every thread would wait for ever (deadlock). With `epoch` (what `epoch()` said
//!   before the caller tested its condition), True at once if a wake came since.
//! - `wake()`: make every parked thread runnable again (they recheck).
//! - `epoch()`: how many wakes there have been.
//! - `yield_()`: let the other runnable threads run first.
//! - `count()`: the threads alive, the main thread included.
//! - `unraisable(exc, msg, obj)`: report `exc` through `sys.unraisablehook` as
//!   "Exception ignored {msg}: {obj!r}" (CPython's `_PyErr_WriteUnraisableMsg`).

use crate::runtime::builtins::{add_fns, check_args, new_module};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_greenthread");
    add_fns(
        vm,
        d,
        &[
            ("start", start),
            ("get_ident", get_ident),
            ("block", block),
            ("wake", wake),
            ("epoch", epoch),
            ("yield_", yield_),
            ("count", count),
            ("unraisable", unraisable),
        ],
    );
    m
}

fn start(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "start", args, 1, 1)?;
    let ident = vm.green_start(args[0])?;
    Ok(vm.new_int(ident.into()))
}

fn get_ident(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "get_ident", args, 0, 0)?;
    let ident = vm.green_ident();
    Ok(vm.new_int(ident.into()))
}

fn block(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "block", args, 2, 3)?;
    if let Some(&e) = args.get(2).filter(|e| !matches!(e, Value::None)) {
        // A wake after the caller's test (it may have been switched out before
        // parking): its condition may hold now, so it tests again.
        let seen = match vm.scalar(e) {
            crate::value::Scalar::Int(i) => i as u64,
            _ => return Err(vm.type_error("epoch must be an int")),
        };
        if seen != vm.green_wake_epoch() {
            return Ok(Value::Bool(true));
        }
    }
    let timeout = match args[0] {
        Value::None => None,
        v => Some(vm.to_f64(v)?),
    };
    let what = vm.as_str(args[1]).unwrap_or("a wait").to_string();
    let woken = vm.green_block(timeout, &what)?;
    Ok(Value::Bool(woken))
}

fn wake(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "wake", args, 0, 0)?;
    vm.green_wake_all();
    Ok(Value::None)
}

fn epoch(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "epoch", args, 0, 0)?;
    let e = vm.green_wake_epoch();
    Ok(vm.new_int(e.into()))
}

fn yield_(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "yield_", args, 0, 0)?;
    vm.green_yield();
    Ok(Value::None)
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "count", args, 0, 0)?;
    let n = vm.sched.as_ref().map_or(1, |s| s.alive());
    Ok(vm.int(n as i64))
}

fn unraisable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "unraisable", args, 3, 3)?;
    let msg = vm.as_str(args[1]).unwrap_or("in").to_string();
    // The report takes a reference of its own, as a raised exception owns one.
    vm.incref(args[0]);
    vm.print_unraisable_msg(crate::runtime::vm::PyErr(args[0]), Some(&msg), args[2]);
    Ok(Value::None)
}
