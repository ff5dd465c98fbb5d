//! The `_testcapi` module: the part of CPython's Modules/_testcapimodule.c that its
//! own tests use to reach the interpreter's built-in error display:
//! `exception_print(exc)` reports an exception on `sys.stderr` exactly as an uncaught
//! one is reported (CPython's `PyErr_Display`), so the traceback tests can compare
//! it with the `traceback` module's rendering.

use crate::runtime::builtins::{add_module_fns, check_args, new_module};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_testcapi");
    add_module_fns(vm, d, "_testcapi", &[("exception_print", exception_print)]);
    m
}

/// `exception_print(exc)`: the top level's report of `exc` (traceback, chain, last
/// line) written to `sys.stderr`.
fn exception_print(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "exception_print", args, 1, 1)?;
    crate::runtime::modules::sys::display_exception(vm, args[0])?;
    Ok(Value::None)
}
