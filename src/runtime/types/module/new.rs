//! Making module objects from Python: `module.__new__(cls)` (CPython's `new_module`:
//! an empty namespace, no name), `module.__init__(self, name, doc=None)`
//! (`module___init__`: `__name__`, `__doc__`, `__package__`, `__loader__` and
//! `__spec__`), and calling `types.ModuleType(...)`, which does both. A Python
//! subclass of `ModuleType` makes a module object that records its class.

use crate::runtime::builtins::{kwarg, set_in};
use crate::runtime::object::{ModuleObj, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// `types.ModuleType(name, doc=None)`.
pub fn module_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let m = empty_module(vm, None);
    let Value::Obj(r) = m else {
        unreachable!("empty_module makes a module object")
    };
    if let Err(e) = init_module(vm, r, args, kw) {
        vm.decref(m);
        return Err(e);
    }
    Ok(m)
}

/// A module with an empty namespace and no name (CPython's `new_module`), of
/// class `class` when a subclass of ModuleType (the reference is taken here).
fn empty_module(vm: &mut Vm, class: Option<ObjRef>) -> Value {
    if let Some(c) = class {
        vm.heap.incref_obj(c);
    }
    let d = vm.heap.alloc(Obj::Dict(Box::default()));
    vm.heap.new_value(Obj::Module(Box::new(ModuleObj {
        name: "?".to_string(),
        dict: d,
        class,
    })))
}

/// `module.__new__(cls, *args, **kw)`: the arguments are `__init__`'s.
fn module_tp_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let module = vm.types.module;
    let cls = vm.new_target(module, args)?;
    Ok(empty_module(vm, (cls != module).then_some(cls)))
}

/// `module.__init__(self, name, doc=None)`.
fn module_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let me = match args.first() {
        Some(&Value::Obj(r)) if matches!(vm.heap.get(r), Obj::Module(_)) => r,
        Some(&v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!(
                "descriptor '__init__' requires a 'module' object but received a '{tn}'"
            )));
        }
        None => {
            return Err(vm.type_error("descriptor '__init__' of 'module' object needs an argument"))
        }
    };
    init_module(vm, me, &args[1..], kw)?;
    Ok(Value::None)
}

/// `module___init__`'s argument parsing and namespace set-up on module `m`.
fn init_module(vm: &mut Vm, m: ObjRef, args: &[Value], kw: KwArgs) -> PyResult<()> {
    if args.len() + kw.len() > 2 {
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
    let Obj::Module(md) = vm.heap.get(m) else {
        unreachable!("checked by the callers")
    };
    let d = md.dict;
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
    if let Obj::Module(md) = vm.heap.get_mut(m) {
        md.name = n;
    }
    Ok(())
}

/// Registers `module.__new__` and `module.__init__`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.module;
    crate::runtime::builtins::add_tp_new(vm, t, module_tp_new);
    crate::runtime::builtins::add_methods(vm, t, &[("__init__", module_init)]);
}
