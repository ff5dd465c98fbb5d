//! `_mempy_functools`: the native functions of CPython's `_functools` accelerator
//! (Modules/_functoolsmodule.c) that must be builtin functions to behave as
//! CPython's do: `reduce` and `cmp_to_key`. A builtin function stored as a class
//! attribute stays a plain callable (it has no `__get__`), where a Python
//! function would bind the instance; `functools.reduce` and
//! `functools.cmp_to_key` are these objects, as in CPython.
//!
//! `_functools` (`py/_functools.py`) re-exports them beside `partial` and holds the
//! `functools.KeyWrapper` class whose instances `cmp_to_key` returns (C's
//! `keyobject`); `cmp_to_key` builds one through that module.

use crate::runtime::builtins::{add_module_fns, new_module};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_mempy_functools");
    add_module_fns(
        vm,
        d,
        "_functools",
        &[("reduce", reduce), ("cmp_to_key", cmp_to_key)],
    );
    m
}

/// `reduce(function, iterable[, initial])` (C's `functools_reduce`): positional
/// only, the iterable taken through `iter()`, `function` never called for a
/// single item.
fn reduce(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("reduce() takes no keyword arguments"));
    }
    if args.len() < 2 {
        return Err(vm.type_error(format!(
            "reduce expected at least 2 arguments, got {}",
            args.len()
        )));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "reduce expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let func = args[0];
    let it = match vm.get_iter(args[1]) {
        Ok(it) => it,
        Err(e) if vm.exc_matches(e.0, "TypeError") => {
            vm.decref(e.0);
            return Err(vm.type_error("reduce() arg 2 must support iteration"));
        }
        Err(e) => return Err(e),
    };
    // `total` is owned throughout; None until the first item when no initial.
    let mut total: Option<Value> = args.get(2).copied();
    if let Some(t) = total {
        vm.incref(t);
    }
    loop {
        let item = match vm.iter_next(it) {
            Ok(Some(v)) => v,
            Ok(None) => break,
            Err(e) => {
                if let Some(t) = total {
                    vm.decref(t);
                }
                vm.decref(it);
                return Err(e);
            }
        };
        total = Some(match total {
            None => item,
            Some(t) => {
                let r = vm.call_value(func, &[t, item], &[]);
                vm.decref(t);
                vm.decref(item);
                match r {
                    Ok(v) => v,
                    Err(e) => {
                        vm.decref(it);
                        return Err(e);
                    }
                }
            }
        });
    }
    vm.decref(it);
    match total {
        Some(t) => Ok(t),
        None => Err(vm.type_error("reduce() of empty iterable with no initial value")),
    }
}

/// `cmp_to_key(mycmp)` (C's `functools_cmp_to_key`): one argument, positional or
/// keyword, giving a `functools.KeyWrapper` with no object yet; the class and
/// its constructor live in `_functools`.
fn cmp_to_key(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() + kw.len() > 1 {
        return Err(vm.type_error(format!(
            "cmp_to_key() takes at most 1 argument ({} given)",
            args.len() + kw.len()
        )));
    }
    let mycmp = match (args.first(), kw.first()) {
        (Some(&v), None) => v,
        (None, Some(&(k, v))) if vm.heap.str(k) == "mycmp" => v,
        (None, Some(&(k, _))) => {
            let name = vm.heap.str(k).to_string();
            return Err(vm.type_error(format!(
                "cmp_to_key() got an unexpected keyword argument '{}'",
                name
            )));
        }
        _ => return Err(vm.type_error("cmp_to_key() missing required argument 'mycmp' (pos 1)")),
    };
    let m = vm.import_module("_functools")?;
    let make = vm.get_attr(m, "_make_key");
    vm.decref(m);
    let make = make?;
    let r = vm.call_value(make, &[mycmp], &[]);
    vm.decref(make);
    r
}
