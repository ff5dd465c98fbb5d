//! `_traceback`: the natives behind the Python-written `traceback` module's
//! `^^^^` marker lines, so they come out exactly as the interpreter's own
//! (`vm/carets.rs`, CPython's `_extract_caret_anchors_from_line_segment`), and the
//! frame and traceback types for `types.FrameType` / `types.TracebackType`.

use crate::runtime::builtins::{add_fns, check_args, new_module, set_in};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_traceback");
    add_fns(vm, d, &[("caret_line", caret_line)]);
    for (name, t) in [
        ("FrameType", vm.types.frame),
        ("TracebackType", vm.types.traceback),
    ] {
        vm.heap.incref_obj(t);
        set_in(vm, d, name, Value::Obj(t));
    }
    m
}

/// `caret_line(line, colno, end_colno)`: the marker line (without its newline) under
/// the source line `line` for the expression at UTF-8 byte columns
/// `colno..end_colno` (`end_colno` None: it goes on past the line), or None when
/// CPython prints none.
fn caret_line(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "caret_line", args, 3, 3)?;
    let Some(line) = vm.as_str(args[0]).map(str::to_string) else {
        return Err(vm.type_error("caret_line() argument 1 must be str"));
    };
    let col = vm.as_i64(args[1]).filter(|&c| c >= 0);
    let end = match args[2] {
        Value::None => None,
        v => match vm.as_i64(v).filter(|&c| c >= 0) {
            Some(e) => Some(e as usize),
            None => return Ok(Value::None),
        },
    };
    let Some(col) = col else {
        return Ok(Value::None);
    };
    let end = end.map(|e| e.min(line.len()));
    let style = crate::runtime::vm::carets::Anchoring::TracebackModule;
    match crate::runtime::vm::carets::caret_line(&line, col as usize, end, style) {
        Some(s) => Ok(vm.new_str(s)),
        None => Ok(Value::None),
    }
}
