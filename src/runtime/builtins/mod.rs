//! The `builtins` namespace (CPython's Python/bltinmodule.c) and the helpers every
//! native function and module uses to register itself and read its arguments. The
//! other builtin modules are in `runtime/modules`.
//!
//! Every native function has the signature [`NativeFn`]: borrowed positional args,
//! borrowed keyword args, owned result.

pub mod constructors;
pub mod docs;
pub mod exec;
pub mod functions;
pub mod kwspec;
pub mod namespace;
pub mod numeric;

use crate::runtime::object::{ModuleObj, Obj};
use crate::runtime::types::function::{BuiltinFn, KwArgs, NativeFn};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Creates a builtin function value (owned).
pub fn native(vm: &mut Vm, name: &'static str, f: NativeFn) -> Value {
    // Plain: what a class dict holds of these is wrapped (staticmethod, classmethod,
    // property) or a hook stored in a module, never a method to bind; so it is a
    // `builtin_function_or_method`, not a `method_descriptor`.
    vm.heap.new_value(Obj::Builtin(Box::new(BuiltinFn {
        name,
        f,
        self_: Value::Undef,
        owner: None,
        plain: true,
        objclass: None,
    })))
}

/// Stores in the builtin class `cls`'s dict a staticmethod wrapping a native
/// function bound to `cls` itself, as CPython's `type_add_method` does for a
/// `METH_STATIC` entry (`str.maketrans`): the function's `__self__` is the class,
/// so it reads `<built-in method maketrans of type object at ...>` with
/// `__qualname__` `str.maketrans`. Calls hand `f` the class first: it skips it.
pub fn add_static_native(vm: &mut Vm, cls: ObjRef, name: &'static str, f: NativeFn) {
    // The function holds a reference to its class, as `PyCFunction_NewEx` does.
    vm.heap.incref_obj(cls);
    let func = vm.heap.new_value(Obj::Builtin(Box::new(BuiltinFn {
        name,
        f,
        self_: Value::Obj(cls),
        owner: None,
        plain: true,
        objclass: None,
    })));
    let sm = vm.heap.new_value(Obj::StaticMethod(func, None));
    if let Obj::Class(c) = vm.heap.get(cls) {
        let d = c.dict;
        set_in(vm, d, name, sm);
    }
}

/// Stores in the builtin class `cls`'s dict its `__new__` (CPython's
/// `add_tp_new_wrapper`): a builtin function bound to `cls`, not a staticmethod, so
/// `object.__new__` reads `<built-in method __new__ of type object at ...>` with
/// `__qualname__` `object.__new__` and `__self__` the class. Unlike a static method's,
/// its calls do not hand `f` the class: `f` gets `(subtype, *args)` as `tp_new` does
/// (`BuiltinFn::is_tp_new`).
pub fn add_tp_new(vm: &mut Vm, cls: ObjRef, f: NativeFn) {
    vm.heap.incref_obj(cls);
    let func = vm.heap.new_value(Obj::Builtin(Box::new(BuiltinFn {
        name: "__new__",
        f,
        self_: Value::Obj(cls),
        owner: None,
        plain: true,
        objclass: None,
    })));
    if let Obj::Class(c) = vm.heap.get(cls) {
        let d = c.dict;
        set_in(vm, d, "__new__", func);
    }
}

/// Stores `value` (owned) under `name` in a dict object.
pub fn set_in(vm: &mut Vm, dict: ObjRef, name: &str, value: Value) {
    let k = vm.intern(name);
    let _ = vm.dict_set_item(Value::Obj(dict), k, value);
    vm.decref(value);
}

/// Registers native functions in a dict. When the dict is a module's namespace
/// (it has a str `__name__`), that module becomes each function's home for good:
/// `__module__` reports it wherever the function is later stored, as CPython's
/// `m_module` is fixed when the function is made (`from math import sqrt` into
/// another module leaves `sqrt.__module__` `'math'`).
pub fn add_fns(vm: &mut Vm, dict: ObjRef, fns: &[(&'static str, NativeFn)]) {
    let k = vm.intern("__name__");
    let home = vm
        .dict_get_str(dict, k)
        .and_then(|n| vm.as_str(n).map(str::to_string));
    add_fns_in(vm, dict, home.as_deref(), fns);
}

/// Like `add_fns`, for a module whose functions belong to a module of another name
/// in CPython (mempy's native `_os` holds what CPython's `posix` does) or that may
/// outlive its entry in `sys.modules` (one imported afresh and re-exported, as
/// `heapq` does `_heapq`'s): each function's `__module__` is `module`.
pub fn add_module_fns(
    vm: &mut Vm,
    dict: ObjRef,
    module: &'static str,
    fns: &[(&'static str, NativeFn)],
) {
    add_fns_in(vm, dict, Some(module), fns);
}

fn add_fns_in(vm: &mut Vm, dict: ObjRef, home: Option<&str>, fns: &[(&'static str, NativeFn)]) {
    for &(name, f) in fns {
        let v = vm.heap.new_value(Obj::Builtin(Box::new(BuiltinFn {
            name,
            f,
            self_: Value::Undef,
            owner: None,
            plain: true,
            objclass: None,
        })));
        set_in(vm, dict, name, v);
    }
    if let Some(home) = home {
        let mut homes = NATIVE_HOMES.lock().unwrap_or_else(|e| e.into_inner());
        let homes = homes.get_or_insert_with(Default::default);
        for &(_, f) in fns {
            // The first registration wins: a fresh import of the same module (or
            // a re-export registering the same entry point) keeps the home.
            homes
                .entry(f as usize)
                .or_insert_with(|| std::sync::Arc::from(home));
        }
    }
}

/// The home module of each module function registered by `add_fns` /
/// `add_module_fns`, keyed by its native entry point (the same for every copy made
/// by a fresh import). Process-wide: an entry point's module never changes.
type Homes = std::collections::HashMap<usize, std::sync::Arc<str>>;
static NATIVE_HOMES: std::sync::Mutex<Option<Homes>> = std::sync::Mutex::new(None);

/// The module a module function running `f` was registered in.
pub fn native_home_module(f: NativeFn) -> Option<std::sync::Arc<str>> {
    let homes = NATIVE_HOMES.lock().unwrap_or_else(|e| e.into_inner());
    homes.as_ref()?.get(&(f as usize)).cloned()
}

/// Registers methods on a builtin class. They know their class, so calls check the
/// receiver's type (`object`'s methods accept anything and need no check).
pub fn add_methods(vm: &mut Vm, cls: ObjRef, fns: &[(&'static str, NativeFn)]) {
    let d = match vm.heap.get(cls) {
        Obj::Class(c) => c.dict,
        _ => return,
    };
    let owner = (cls != vm.types.object).then_some(cls);
    for &(name, f) in fns {
        let v = vm.heap.new_value(Obj::Builtin(Box::new(BuiltinFn {
            name,
            f,
            self_: Value::Undef,
            owner,
            plain: false,
            objclass: Some(cls),
        })));
        set_in(vm, d, name, v);
    }
}

/// A new module object with a fresh namespace (owned).
pub fn new_module(vm: &mut Vm, name: &str) -> (Value, ObjRef) {
    let d = vm.heap.alloc(Obj::Dict(Box::default()));
    let n = vm.new_str(name);
    set_in(vm, d, "__name__", n);
    let m = vm.heap.new_value(Obj::Module(Box::new(ModuleObj {
        name: name.to_string(),
        dict: d,
        class: None,
    })));
    (m, d)
}

/// Installs the builtins namespace and the methods of builtin types.
pub fn install(vm: &mut Vm) {
    functions::install(vm);
    constructors::install(vm);
    exec::install(vm);
    crate::runtime::types::class::object::install(vm);
    crate::runtime::types::class::reduce::install(vm);
    crate::runtime::types::exception::methods::install(vm);
    crate::runtime::types::exception::syntax::install(vm);
    crate::runtime::types::exception::oserror::install(vm);
    crate::runtime::types::exception::fields::install(vm);
    crate::runtime::types::exception::group::install(vm);
    crate::runtime::types::exception::unicode::install(vm);
    crate::runtime::types::file::methods::install(vm);
    crate::runtime::types::class::metaclass::install(vm);
    crate::runtime::types::class::bases::install(vm);
    crate::runtime::types::class::type_methods::install(vm);
    crate::runtime::types::class::generic::install(vm);
    crate::runtime::types::list::methods::install(vm);
    crate::runtime::types::array::methods::install(vm);
    crate::runtime::types::tuple::methods::install(vm);
    crate::runtime::types::slice::install(vm);
    crate::runtime::types::dict::methods::install(vm);
    crate::runtime::types::str::methods::install(vm);
    crate::runtime::types::bytes::methods::install(vm);
    crate::runtime::types::memoryview::install(vm);
    crate::runtime::types::mappingproxy::install(vm);
    crate::runtime::types::deque::install(vm);
    crate::runtime::types::odict::methods::install(vm);
    crate::runtime::types::opcaller::install(vm);
    crate::runtime::types::set::methods::install(vm);
    crate::runtime::types::int::methods::install(vm);
    crate::runtime::types::float::methods::install(vm);
    crate::runtime::types::complex::methods::install(vm);
    crate::runtime::types::generator::methods::install(vm);
    crate::runtime::types::iter::methods::install(vm);
    crate::runtime::types::range::methods::install(vm);
    crate::runtime::types::code::attrs::install(vm);
    crate::runtime::types::frame::attrs::install(vm);
    crate::runtime::types::traceback::attrs::install(vm);
    crate::runtime::types::module::new::install(vm);
    // Last: it adds only the special methods the types above did not define.
    crate::runtime::types::class::subclass_slots::install(vm);
    crate::runtime::types::function::descr::install(vm);
    crate::runtime::types::member::methods::install_native(vm);
    crate::runtime::types::function::descr::note_objclasses(vm);
    docs::install_type_docs(vm);
    // Installation wrote into builtin classes' dicts directly.
    vm.invalidate_method_cache();
    functions::install_quitters(vm);
}

// ----- argument helpers ------------------------------------------------------------

/// Checks the positional argument count, with CPython's messages.
/// The message of Argument Clinic's `_PyArg_CheckPositional` for `n` positional
/// arguments outside `min..=max` (shared by the native modules and types that
/// check their arguments as CPython's clinic-generated code does).
pub fn clinic_positional_msg(name: &str, n: usize, min: usize, max: usize) -> String {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    }
}

#[inline]
pub fn check_args(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    // Inlined: the count check is a compare or two at every builtin's entry; the
    // message is built out of line.
    if args.len() < min || args.len() > max {
        return check_args_failed(vm, name, args, min, max);
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn check_args_failed(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let msg = if min == max {
        if min == 0 {
            format!("{}() takes no arguments ({} given)", name, args.len())
        } else if min == 1 {
            format!(
                "{}() takes exactly one argument ({} given)",
                name,
                args.len()
            )
        } else {
            format!("{} expected {} arguments, got {}", name, min, args.len())
        }
    } else if args.len() < min {
        format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            args.len()
        )
    } else {
        format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            args.len()
        )
    };
    Err(vm.type_error(msg))
}

/// `check_args` for a method of a builtin type; `args` includes `self`. CPython names
/// `METH_NOARGS`/`METH_O` methods with their type (`list.append() takes exactly one
/// argument (0 given)`) and Argument Clinic ones without it (`pop expected at most 1
/// argument, got 2`).
#[inline]
pub fn check_method(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if given >= min && given <= max {
        return Ok(());
    }
    check_method_failed(vm, name, args, min, max)
}

#[cold]
#[inline(never)]
fn check_method_failed(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    if min == max && min <= 1 {
        let qual = match args.first() {
            Some(&s) => format!("{}.{}", vm.type_name(s), name),
            None => name.to_string(),
        };
        return check_args(vm, &qual, args.get(1..).unwrap_or(&[]), min, max);
    }
    check_args(vm, name, args.get(1..).unwrap_or(&[]), min, max)
}

/// Argument-count check in `PyArg_ParseTuple`'s words (`count() takes at least 1
/// argument (0 given)`); `args` excludes `self`.
pub fn check_args_parsetuple(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        let (how, k) = if n < min {
            (if min == max { "exactly" } else { "at least" }, min)
        } else {
            (if min == max { "exactly" } else { "at most" }, max)
        };
        return Err(vm.type_error(format!(
            "{}() takes {} {} argument{} ({} given)",
            name,
            how,
            k,
            if k == 1 { "" } else { "s" },
            n
        )));
    }
    Ok(())
}

/// Finds a keyword argument by name.
pub fn kwarg(vm: &Vm, kw: KwArgs, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| vm.heap.str(*k) == name)
        .map(|&(_, v)| v)
}

/// Rejects keyword arguments for functions that take none.
pub fn no_kwargs(vm: &mut Vm, name: &str, kw: KwArgs) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    Ok(())
}

/// An index-sized integer argument (CPython's `n` format: an int or an object with
/// `__index__`, a float refused); `big` is the OverflowError's message for one that
/// does not fit (it differs between callers in CPython).
pub fn ssize_arg(vm: &mut Vm, v: Value, big: &str) -> PyResult<i64> {
    let b = if matches!(v, Value::Float(_)) {
        None
    } else if let Some(b) = vm.as_bigint(v) {
        Some(b)
    } else if let Value::Obj(_) = v {
        vm.index_dunder(v)?
    } else {
        None
    };
    let Some(b) = b else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            tn
        )));
    };
    match num_traits::ToPrimitive::to_i64(&b) {
        Some(i) => Ok(i),
        None => Err(vm.overflow_error(big.to_string())),
    }
}

/// An index-like int argument.
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.as_i64(v) {
        Some(i) => Ok(i),
        None => {
            if vm.as_bigint(v).is_some() {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            }
            // CPython's PyNumber_AsSsize_t: an object's __index__.
            if matches!(v, Value::Obj(_)) {
                if let Some(b) = vm.index_dunder(v)? {
                    return num_traits::ToPrimitive::to_i64(&b).ok_or_else(|| {
                        vm.overflow_error("Python int too large to convert to C ssize_t")
                    });
                }
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                tn
            )))
        }
    }
}

/// An index-sized integer argument clamped to the i64 range instead of overflowing,
/// as CPython's `PyNumber_AsSsize_t(v, NULL)` (`round`'s ndigits, `int()`'s base):
/// a huge value is as good as the largest for what they do with it.
pub fn int_arg_clamped(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = vm.as_i64(v) {
        return Ok(i);
    }
    let big = match vm.as_bigint(v) {
        Some(b) => Some(b),
        None if matches!(v, Value::Obj(_)) => vm.index_dunder(v)?,
        None => None,
    };
    let Some(big) = big else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            tn
        )));
    };
    Ok(
        num_traits::ToPrimitive::to_i64(&big).unwrap_or(if num_traits::Signed::is_negative(&big) {
            i64::MIN
        } else {
            i64::MAX
        }),
    )
}

/// `__len__` shared by builtin sequence types.
pub fn methods_list_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = functions::length(vm, args[0])? as i64;
    Ok(vm.int(n))
}
