//! The methods of weak references: calling one returns its referent, or None once
//! it died (CPython's `weakref_call`); `__new__` and `__init__` (`weakref___new__`,
//! `weakref___init__`), through which a Python subclass of `weakref.ref` makes its
//! instances (a subclass instance wrapping a reference of its own, never the shared
//! one); and the hash, comparisons and repr such an instance reaches through its class.

use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Registers `__call__` on the weak reference type (when the `weakref` module is
/// made).
pub fn install(vm: &mut Vm) {
    let wr = vm.types.weakref;
    let installed = matches!(vm.heap.get(wr), Obj::Class(c) if {
        let k = vm.names.new;
        vm.dict_get_str(c.dict, k).is_some()
    });
    if installed {
        return;
    }
    let wr_methods: &[(&'static str, crate::runtime::object::NativeFn)] = &[
        ("__call__", call),
        ("__init__", init),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
    ];
    crate::runtime::builtins::add_methods(vm, wr, wr_methods);
    crate::runtime::builtins::add_tp_new(vm, wr, tp_new);
}

/// `weakref.ref.__new__(cls, ob, callback=None)`: for `ref` itself the referent's
/// shared reference when there is no callback; for a subclass, an instance of it
/// wrapping a reference of its own (CPython never shares a subclass's).
fn tp_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let wr = vm.types.weakref;
    let cls = vm.new_target(wr, args)?;
    let rest = &args[1..];
    if rest.is_empty() || rest.len() > 2 {
        let msg = crate::runtime::builtins::clinic_positional_msg("__new__", rest.len(), 1, 2);
        return Err(vm.type_error(msg));
    }
    let cb = rest.get(1).copied().unwrap_or(Value::None);
    if cls == wr {
        if !kw.is_empty() {
            return Err(vm.type_error("ref() takes no keyword arguments"));
        }
        return vm.new_weakref(rest[0], cb);
    }
    let w = vm.make_weakref(rest[0], cb, false)?;
    let inst = vm.new_payload_instance(cls, w);
    if let (Value::Obj(wr), Value::Obj(i)) = (w, inst) {
        if let Obj::WeakRef(wo) = vm.heap.get_mut(wr) {
            wo.outer = Some(i);
        }
    }
    Ok(inst)
}

/// `weakref.ref.__init__(self, ob, callback=None)`: the arguments were `__new__`'s;
/// only their count and the absence of keywords are checked.
fn init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    let rest = args.get(1..).unwrap_or(&[]);
    if rest.is_empty() || rest.len() > 2 {
        let msg = crate::runtime::builtins::clinic_positional_msg("__init__", rest.len(), 1, 2);
        return Err(vm.type_error(msg));
    }
    Ok(Value::None)
}

fn hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = args[0].as_obj().expect("a weak reference");
    let h = vm.weakref_hash(r)?;
    Ok(vm.int(h))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = args[0].as_obj().expect("a weak reference");
    let s = vm.weakref_repr(args[0], r)?;
    Ok(vm.new_str(s))
}

/// `==`/`!=` with another weak reference (a subclass's too); NotImplemented else.
fn compare(vm: &mut Vm, args: &[Value], op: crate::bytecode::CmpOp) -> PyResult<Value> {
    let other = args.get(1).copied().unwrap_or(Value::None);
    let other = vm.unwrap_payload(other);
    Ok(vm
        .weakref_compare(args[0], other, op)?
        .unwrap_or(Value::NotImplemented))
}

fn eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::CmpOp::Eq)
}

fn ne(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::CmpOp::NotEq)
}

fn call(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = match vm.heap.get(args[0].as_obj().unwrap()) {
        Obj::WeakRef(w) => w.target,
        _ => Value::None,
    };
    vm.incref(t);
    Ok(t)
}
