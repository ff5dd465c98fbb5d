//! The `_testcapi` module: the part of CPython's Modules/_testcapimodule.c that its
//! own tests use to reach the interpreter's built-in error display:
//! `exception_print(exc)` reports an exception on `sys.stderr` exactly as an uncaught
//! one is reported (CPython's `PyErr_Display`), so the traceback tests can compare
//! it with the `traceback` module's rendering; `traceback_print(tb, file)` writes a
//! traceback's entries as that report does (CPython's `PyTraceBack_Print`);
//! `write_unraisable_exc(exc, err_msg, obj)` reports `exc` as unraisable
//! (`_PyErr_WriteUnraisableMsg`), through `sys.unraisablehook`, so the tests of the
//! hook can drive it.

use crate::runtime::builtins::{add_module_fns, check_args, new_module};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_testcapi");
    add_module_fns(
        vm,
        d,
        "_testcapi",
        &[
            ("exception_print", exception_print),
            ("write_unraisable_exc", write_unraisable_exc),
            ("traceback_print", traceback_print),
        ],
    );
    m
}

/// `exception_print(exc)`: the top level's report of `exc` (traceback, chain, last
/// line) written to `sys.stderr`.
fn exception_print(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "exception_print", args, 1, 1)?;
    crate::runtime::modules::sys::display_exception(vm, args[0])?;
    Ok(Value::None)
}

/// `write_unraisable_exc(exc, err_msg, obj)`: `exc` raised, then reported as
/// "Exception ignored {err_msg}: {obj!r}" ("Exception ignored in" when `err_msg` is
/// None); without a traceback it gets one at the calling frame.
fn write_unraisable_exc(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "write_unraisable_exc", args, 3, 3)?;
    let (exc, msg, obj) = (args[0], args[1], args[2]);
    let msg = match msg {
        Value::None => None,
        m => match vm.as_str(m) {
            Some(t) => Some(t.to_string()),
            None => {
                let tn = vm.type_name(m);
                return Err(
                    vm.type_error(format!("bad argument type for built-in operation: {tn}"))
                );
            }
        },
    };
    if vm.exc_state(exc).is_none() {
        return Err(vm.type_error("exceptions must derive from BaseException"));
    }
    vm.incref(exc);
    vm.print_unraisable_msg(crate::runtime::vm::PyErr(exc), msg.as_deref(), obj);
    Ok(Value::None)
}

/// `traceback_print(tb, file)`: "Traceback (most recent call last):" and the
/// entries of `tb`, written with `file.write`; nothing when `sys.tracebacklimit`
/// leaves no entry.
fn traceback_print(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "traceback_print", args, 2, 2)?;
    let (tb, file) = (args[0], args[1]);
    if !matches!(tb, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Traceback(_))) {
        return Err(vm.err("SystemError", "bad argument to internal function"));
    }
    let body = vm.format_traceback_entries(tb);
    if body.is_empty() {
        return Ok(Value::None);
    }
    let text = format!("Traceback (most recent call last):\n{body}");
    let write = vm.get_attr(file, "write")?;
    let s = vm.new_str(text);
    let r = vm.call_value(write, &[s], &[]);
    vm.decref(s);
    vm.decref(write);
    vm.decref(r?);
    Ok(Value::None)
}
