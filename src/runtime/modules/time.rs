//! The `time` module (CPython's Modules/timemodule.c): `time`, `perf_counter`,
//! `sleep`.

use crate::runtime::builtins::{add_fns, check_args, new_module};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "time");
    add_fns(
        vm,
        d,
        &[
            ("time", time),
            ("perf_counter", perf_counter),
            ("monotonic", perf_counter),
            ("sleep", sleep),
            ("process_time", perf_counter),
        ],
    );
    m
}

fn time(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(vm.float(t))
}

fn perf_counter(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    thread_local!(static START: std::time::Instant = std::time::Instant::now());
    let t = START.with(|s| s.elapsed().as_secs_f64());
    Ok(vm.float(t))
}

fn sleep(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "sleep", args, 1, 1)?;
    let s = vm.to_f64(args[0])?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_out();
    std::thread::sleep(std::time::Duration::from_secs_f64(s.min(1e6)));
    Ok(Value::None)
}
