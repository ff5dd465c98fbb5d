//! `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`
//! (CPython's `func_new_impl` in Objects/funcobject.c): a function made from a code
//! object and a globals dict, with CPython's argument checks.

use crate::runtime::builtins::{check_args, kwarg};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// `function(code, globals, name=None, argdefs=None, closure=None)`.
pub fn function_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "function", args, 0, 5)?;
    let names = ["code", "globals", "name", "argdefs", "closure"];
    let arg = |vm: &Vm, i: usize| args.get(i).copied().or_else(|| kwarg(vm, kw, names[i]));
    let (Some(code), Some(globals)) = (arg(vm, 0), arg(vm, 1)) else {
        let which = if arg(vm, 0).is_none() {
            "code"
        } else {
            "globals"
        };
        let pos = if which == "code" { 1 } else { 2 };
        return Err(vm.type_error(format!(
            "function() missing required argument '{}' (pos {})",
            which, pos
        )));
    };
    let nfree = match code {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Code(c) => Some(c.freevars.len()),
            _ => None,
        },
        _ => None,
    };
    let Some(nfree) = nfree else {
        let tn = bad_arg_name(vm, code);
        return Err(vm.type_error(format!(
            "function() argument 'code' must be code, not {}",
            tn
        )));
    };
    let Value::Obj(g) = globals else {
        let tn = bad_arg_name(vm, globals);
        return Err(vm.type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            tn
        )));
    };
    if !matches!(vm.heap.get(g), Obj::Dict(_)) {
        let tn = bad_arg_name(vm, globals);
        return Err(vm.type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            tn
        )));
    }
    let name = arg(vm, 2).filter(|v| !matches!(v, Value::None));
    if name.is_some_and(|n| !vm.is_str(n)) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    let is_tuple =
        |vm: &Vm, v: Value| matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)));
    let defaults = arg(vm, 3).unwrap_or(Value::None);
    if !matches!(defaults, Value::None) && !is_tuple(vm, defaults) {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = arg(vm, 4).unwrap_or(Value::None);
    if nfree > 0 && !is_tuple(vm, closure) {
        return Err(vm.type_error("arg 5 (closure) must be tuple"));
    }
    let ncells = vm.seq_items(closure).map_or(0, |c| c.len());
    if ncells != nfree {
        let cn = match vm.heap.get(match code {
            Value::Obj(r) => r,
            _ => unreachable!("checked above"),
        }) {
            Obj::Code(c) => c.name.clone(),
            _ => String::new(),
        };
        return Err(vm.value_error(format!(
            "{} requires closure of length {}, not {}",
            cn, nfree, ncells
        )));
    }
    for v in [code, defaults, closure] {
        vm.incref(v);
    }
    let f = vm.make_function(code, defaults, Value::None, closure, g);
    if let (Some(n), Value::Obj(fr)) = (name, f) {
        vm.incref(n);
        if let Obj::Function(func) = vm.heap.get_mut(fr) {
            let old = std::mem::replace(&mut func.name, n);
            vm.decref(old);
        }
    }
    Ok(f)
}

/// How CPython's argument errors name a wrong value's type (`_PyArg_BadArgument`:
/// None is "None").
fn bad_arg_name(vm: &Vm, v: Value) -> String {
    match v {
        Value::None => "None".into(),
        _ => vm.type_name(v),
    }
}

/// `types.MethodType(function, instance, /)` (CPython's `method_new`): `function`
/// bound to `instance`, as attribute lookup binds it.
pub fn method_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {}", args.len())));
    }
    let (func, inst) = (args[0], args[1]);
    let callable = crate::runtime::builtins::namespace::callable(vm, &[func], &[])?;
    if !matches!(callable, Value::Bool(true)) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if matches!(inst, Value::None) {
        return Err(vm.type_error("instance must not be None"));
    }
    vm.incref(func);
    vm.incref(inst);
    Ok(vm.heap.new_value(Obj::BoundMethod { func, self_: inst }))
}
