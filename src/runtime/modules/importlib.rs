//! The `importlib` module's user-facing functions (CPython's Lib/importlib/__init__.py):
//! `import_module(name, package=None)` and `reload(module)`, over the import system in
//! `vm/import.rs`. Leaves out the machinery submodules (`importlib.util`,
//! `importlib.machinery`, `importlib.abc`, `importlib.resources`) and spec objects.
//! `invalidate_caches()` is there and has nothing to do: mempy's finders keep no
//! caches (every import looks at the directories afresh).

use crate::runtime::builtins::{add_fns, check_args, kwarg, new_module};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "importlib");
    add_fns(
        vm,
        d,
        &[
            ("import_module", import_module),
            ("reload", reload),
            ("invalidate_caches", invalidate_caches),
        ],
    );
    m
}

/// `importlib.import_module(name, package=None)`: the named module itself (not its
/// top-level package); a leading dot makes `name` relative to `package`.
fn import_module(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let name = args.first().copied().or_else(|| kwarg(vm, kw, "name"));
    let package = args.get(1).copied().or_else(|| kwarg(vm, kw, "package"));
    let Some(name) = name else {
        return Err(vm.type_error("import_module() missing 1 required positional argument: 'name'"));
    };
    let Some(n) = vm.as_str(name).map(str::to_string) else {
        let tn = vm.type_name(name);
        return Err(vm.type_error(format!("module name must be str, not {tn}")));
    };
    let pkg = match package {
        None | Some(Value::None) => None,
        Some(p) => match vm.as_str(p) {
            Some(s) => Some(s.to_string()),
            None => {
                let tn = vm.type_name(p);
                return Err(vm.type_error(format!("__package__ not set to a string, not {tn}")));
            }
        },
    };
    vm.import_module_relative(&n, pkg.as_deref())
}

/// `importlib.reload(module)`: runs the module's file again in its namespace.
fn reload(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "reload", args, 1, 1)?;
    vm.reload_module(args[0])
}

/// `importlib.invalidate_caches()`: CPython empties its path finders' directory
/// caches so that files written since are found; mempy reads the directories on
/// every import, so there is nothing stale to drop.
fn invalidate_caches(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "invalidate_caches", args, 0, 0)?;
    Ok(Value::None)
}
