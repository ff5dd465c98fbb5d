//! The `_testinternalcapi` module: the few facts about the interpreter's internals
//! CPython's own tests read from it (CPython's Modules/_testinternalcapi.c):
//! `SIZEOF_PYGC_HEAD`, the 16-byte header every gc-tracked object carries in
//! mempy's size model too, and `get_recursion_depth()`, the counter that
//! RecursionError is raised against (Python frames plus active C-level guards),
//! and `get_config()`, the one configuration fact the tests decide on: that code
//! objects carry column positions (`code_debug_ranges`, which mempy's ^^^^
//! traceback markers use).

use crate::runtime::builtins::{add_module_fns, check_args, new_module, set_in};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// `sizeof(PyGC_Head)` on 64-bit CPython 3.11: two words.
const SIZEOF_PYGC_HEAD: i64 = 16;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_testinternalcapi");
    add_module_fns(
        vm,
        d,
        "_testinternalcapi",
        &[
            ("get_recursion_depth", get_recursion_depth),
            ("get_config", get_config),
        ],
    );
    let v = vm.int(SIZEOF_PYGC_HEAD);
    set_in(vm, d, "SIZEOF_PYGC_HEAD", v);
    m
}

/// `get_recursion_depth()`: the current recursion depth as CPython 3.11 counts it
/// (`recursion_limit - recursion_remaining`), 1 at a script's top level.
fn get_recursion_depth(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "get_recursion_depth", args, 0, 0)?;
    Ok(vm.int(vm.recursion_depth() as i64))
}

/// `get_config()`: a dict of the interpreter's configuration (CPython's
/// `PyConfig` as a dict); mempy's has the entries it can state.
fn get_config(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "get_config", args, 0, 0)?;
    let d = vm.new_dict();
    let Value::Obj(dr) = d else {
        return Ok(d);
    };
    let on = vm.int(1);
    set_in(vm, dr, "code_debug_ranges", on);
    Ok(d)
}
