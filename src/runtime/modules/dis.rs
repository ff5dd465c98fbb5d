//! `_mempy_dis`: the native half of the `dis` module, over mempy's own disassembler
//! (`bytecode::disasm`, the one behind `mempy --dis`). CPython's `dis` reads
//! `co_code` itself (Lib/dis.py); mempy's instruction set is its own, so the listing
//! and the instruction rows come from the disassembler that knows it, with CPython's
//! names where an instruction has a CPython counterpart.

use crate::runtime::builtins::{add_fns, check_args, new_module};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use std::rc::Rc;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_mempy_dis");
    add_fns(vm, d, &[("listing", listing), ("rows", rows)]);
    m
}

fn code_arg(vm: &mut Vm, fname: &str, v: Value) -> PyResult<Rc<crate::bytecode::CodeObject>> {
    if let Value::Obj(r) = v {
        if let Obj::Code(c) = vm.heap.get(r) {
            return Ok(c.clone());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("{}() expected a code object, not {}", fname, tn)))
}

/// `listing(code)`: the `mempy --dis` text of a code object and the code objects
/// nested in it.
fn listing(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "listing", args, 1, 1)?;
    let code = code_arg(vm, "listing", args[0])?;
    let text = crate::bytecode::disasm::disassemble(&code);
    Ok(vm.new_str(text))
}

/// `rows(code)`: one tuple `(opname, arg, argval, argrepr, offset, starts_line,
/// is_jump_target)` per instruction, for `dis.get_instructions`.
fn rows(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "rows", args, 1, 1)?;
    let code = code_arg(vm, "rows", args[0])?;
    let mut out = Vec::new();
    for row in crate::bytecode::disasm::rows(&code) {
        let name = vm.new_str(row.name);
        let arg = match row.arg {
            Some(a) => vm.int(a as i64),
            None => Value::None,
        };
        let argrepr = vm.new_str(row.argrepr.clone().unwrap_or_default());
        let argval = match (&row.constant, &row.argrepr) {
            (Some(c), _) => vm.const_value(c),
            (None, Some(text)) => vm.new_str(text.clone()),
            (None, None) => {
                vm.incref(arg);
                arg
            }
        };
        let offset = vm.int(row.offset as i64);
        let line = match row.starts_line {
            Some(l) => vm.int(l as i64),
            None => Value::None,
        };
        let items = vec![
            name,
            arg,
            argval,
            argrepr,
            offset,
            line,
            Value::Bool(row.is_jump_target),
        ];
        out.push(vm.new_tuple(items));
    }
    Ok(vm.new_list(out))
}
