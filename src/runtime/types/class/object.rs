//! The methods of `object` (CPython's `object_repr`, `object_str`, `object_richcompare`,
//! `PyObject_GenericSetAttr`, `object___format__`, `object___sizeof__`, `object___dir__`,
//! Objects/typeobject.c) and calling `object()` itself. `object.__new__`/`__init__`
//! are in `subclass.rs`, `object.__init_subclass__` in `metaclass.rs`.

use crate::runtime::builtins::add_methods;
use crate::runtime::object::{InstanceObj, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::Value;

/// Registers the methods of `object`.
pub fn install(vm: &mut Vm) {
    let o = vm.types.object;
    add_methods(
        vm,
        o,
        &[
            ("__init__", super::subclass::object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__hash__", object_hash),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__lt__", object_lt),
            ("__le__", object_le),
            ("__gt__", object_gt),
            ("__ge__", object_ge),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__format__", object_format),
            ("__sizeof__", object_sizeof),
            ("__dir__", object_dir),
        ],
    );
}

/// The argument check of a slot wrapper (`object.__eq__` is CPython's
/// `wrapperdescr_call`): a receiver, then exactly `n` arguments.
fn wrapper_args(vm: &mut Vm, name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.is_empty() {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        )));
    }
    let got = args.len() - 1;
    if got != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {n} argument{s}, got {got}")));
    }
    Ok(())
}

/// The argument check of a method descriptor of `object` taking no argument
/// (`n == 0`) or exactly one, after its receiver.
pub(super) fn method_args(vm: &mut Vm, name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.is_empty() {
        return Err(vm.type_error(format!("unbound method object.{name}() needs an argument")));
    }
    let got = args.len() - 1;
    if got != n {
        return Err(arg_count_error(vm, "object", name, got, n));
    }
    Ok(())
}

/// The TypeError of a METH_NOARGS (`n == 0`) or METH_O method `owner.name` given
/// `got` arguments.
pub(super) fn arg_count_error(vm: &mut Vm, owner: &str, name: &str, got: usize, n: usize) -> PyErr {
    let takes = if n == 0 {
        "no arguments"
    } else {
        "exactly one argument"
    };
    vm.type_error(format!("{owner}.{name}() takes {takes} ({got} given)"))
}

/// Calling `object()`: a bare instance (no arguments allowed).
pub fn call_object(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.type_error("object() takes no arguments"));
    }
    let o = vm.types.object;
    vm.heap.incref_obj(o);
    Ok(vm.heap.new_value(Obj::Instance(InstanceObj::new(o))))
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, "__repr__", args, 0)?;
    let v = args[0];
    let cls = vm.type_of(v);
    let q = match vm.heap.get(cls) {
        Obj::Class(c) => c.qualname.clone(),
        _ => "?".into(),
    };
    let m = vm.class_module(cls);
    // A builtin class's instances print without a module (`<object object at ...>`).
    let s = if m.is_empty() || m == "builtins" {
        format!("<{} object at {}>", q, vm.addr(v))
    } else {
        format!("<{}.{} object at {}>", m, q, vm.addr(v))
    };
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, "__str__", args, 0)?;
    // `object_str` is `PyObject_Repr`: what `__repr__` answers, as it is.
    vm.repr_value(args[0])
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, "__hash__", args, 0)?;
    let n = match args[0] {
        Value::Obj(r) => crate::runtime::vm::hashing::identity_hash(r.0),
        v => vm.hash(v)?,
    };
    Ok(vm.int(n))
}

/// `object.__lt__` & co.: NotImplemented, so the other operand is asked and then the
/// comparison fails (CPython's `object_richcompare` for the orderings).
macro_rules! object_order {
    ($($f:ident => $name:literal),*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            wrapper_args(vm, $name, args, 1)?;
            Ok(Value::NotImplemented)
        })*
    };
}
object_order!(object_lt => "__lt__", object_le => "__le__", object_gt => "__gt__",
    object_ge => "__ge__");

fn object_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, "__eq__", args, 1)?;
    Ok(if args[0].is(args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, "__ne__", args, 1)?;
    // CPython's `object_richcompare` for `!=`: the type's own `==`, inverted unless
    // it is NotImplemented (so `object.__ne__(2, 1)` is True).
    let Some(eq) = vm.lookup_type_attr(args[0], "__eq__") else {
        return Ok(Value::NotImplemented);
    };
    let r = vm.call_special(eq, args[0], &[args[1]]);
    vm.decref(eq);
    let r = r?;
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    let t = vm.truthy(r);
    vm.decref(r);
    Ok(Value::Bool(!t?))
}

/// `object.__getattribute__(obj, name)`: the generic lookup, which a class's own
/// `__getattribute__` calls to reach the real attributes.
fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, "__getattribute__", args, 1)?;
    check_attr_name(vm, args[1])?;
    vm.generic_getattr(args[0], args[1])
}

/// The name check of the attribute slots that the `__getattribute__`,
/// `__setattr__` and `__delattr__` wrappers of `object` and `type` call directly
/// (CPython's `PyObject_GenericSetAttr`, `type_setattro`...): a str.
pub(crate) fn check_attr_name(vm: &mut Vm, name: Value) -> PyResult<()> {
    if vm.as_str(name).is_some() {
        return Ok(());
    }
    let tn = vm.type_name(name);
    Err(vm.type_error(format!("attribute name must be string, not '{tn}'")))
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // CPython's message starts with a space here (`wrap_setattr` unpacks its
    // arguments under an empty name).
    if args.len() != 3 && !args.is_empty() {
        let got = args.len() - 1;
        return Err(vm.type_error(format!(" expected 2 arguments, got {got}")));
    }
    wrapper_args(vm, "__setattr__", args, 2)?;
    check_attr_name(vm, args[1])?;
    vm.generic_setattr(args[0], args[1], Some(args[2]))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, "__delattr__", args, 1)?;
    check_attr_name(vm, args[1])?;
    vm.generic_setattr(args[0], args[1], None)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    method_args(vm, "__format__", args, 1)?;
    // The spec must be a str (Argument Clinic's check in `object___format__`).
    if let Some(&s) = args.get(1) {
        if !vm.is_str(vm.unwrap_payload(s)) {
            let tn = match s {
                Value::None => "None".to_string(),
                v => vm.type_name(v),
            };
            return Err(vm.type_error(format!("__format__() argument must be str, not {tn}")));
        }
    }
    let spec = args
        .get(1)
        .and_then(|&s| vm.as_str(s))
        .unwrap_or("")
        .to_string();
    if !spec.is_empty() {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            tn
        )));
    }
    let s = vm.to_str(args[0])?;
    Ok(vm.new_str(s))
}

fn object_sizeof(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    method_args(vm, "__sizeof__", args, 0)?;
    // An instance: its type's `tp_basicsize` (object.__sizeof__ leaves out the
    // pre-header that getsizeof adds).
    if let Value::Obj(r) = args[0] {
        if let Obj::Instance(i) = vm.heap.get(r) {
            if i.payload().is_none() {
                if let Obj::Class(c) = vm.heap.get(i.class) {
                    let n = c.layout.basicsize as i64;
                    return Ok(vm.int(n));
                }
            }
        }
    }
    // Anything else: getsizeof less the pre-header it adds (the GC header, and the
    // managed dict's two pointers of a builtin subclass's instance).
    let s = crate::runtime::heap::sizeof::sizeof(&vm.heap, args[0]);
    let tracked = matches!(args[0], Value::Obj(r) if vm.heap.get(r).is_gc_tracked());
    let managed = match args[0] {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Instance(i) => {
                matches!(vm.heap.get(i.class), Obj::Class(c) if c.layout.managed_dict)
            }
            _ => false,
        },
        _ => false,
    };
    let pre = if tracked { 16 } else { 0 } + if managed { 16 } else { 0 };
    Ok(vm.int(s as i64 - pre))
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    method_args(vm, "__dir__", args, 0)?;
    // The default listing itself, never the builtin `dir`: that would call an
    // overriding `__dir__` again (`def __dir__(self): return object.__dir__(self)`).
    let names = crate::runtime::builtins::namespace::default_dir_names(vm, args[0])?;
    Ok(crate::runtime::builtins::namespace::interned_name_list(
        vm, names,
    ))
}
