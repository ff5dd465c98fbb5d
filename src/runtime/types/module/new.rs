//! `module(name, doc=None)`, i.e. `types.ModuleType(...)` (CPython's `module___init__`):
//! an empty module whose namespace has `__name__`, `__doc__`, `__package__`,
//! `__loader__` and `__spec__`.

use crate::runtime::builtins::{kwarg, set_in};
use crate::runtime::object::{ModuleObj, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn module_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    for &(k, _) in kw {
        let k = vm.heap.str(k).to_string();
        if k != "name" && k != "doc" {
            return Err(vm.type_error(format!("module() got an unexpected keyword argument '{k}'")));
        }
    }
    let Some(name) = args.first().copied().or_else(|| kwarg(vm, kw, "name")) else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    let doc = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "doc"))
        .unwrap_or(Value::None);
    let Some(n) = vm.as_str(name).map(str::to_string) else {
        let tn = vm.type_name(name);
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {tn}")));
    };
    let d = vm.heap.alloc(Obj::Dict(Box::default()));
    for (key, v) in [
        ("__name__", name),
        ("__doc__", doc),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        vm.incref(v);
        set_in(vm, d, key, v);
    }
    Ok(vm
        .heap
        .new_value(Obj::Module(Box::new(ModuleObj { name: n, dict: d }))))
}
