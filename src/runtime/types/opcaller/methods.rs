//! The methods of `operator`'s callables: `__call__`, `__repr__` and `__reduce__`
//! (itemgetter and attrgetter rebuild from their arguments; a methodcaller with
//! keyword arguments rebuilds through `functools.partial`, as CPython's
//! `methodcaller_reduce`).

use super::OpCallerObj;
use crate::runtime::builtins::add_methods;
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Registers the three types' methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types;
    for cls in [t.itemgetter, t.attrgetter, t.methodcaller] {
        if let Obj::Class(c) = vm.heap.get_mut(cls) {
            let q = c.name.rsplit('.').next().unwrap_or("").to_string();
            c.qualname = q;
        }
        add_methods(
            vm,
            cls,
            &[
                ("__call__", w_call),
                ("__repr__", w_repr),
                ("__reduce__", reduce),
            ],
        );
    }
}

fn recv(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(&Value::Obj(r)) if matches!(vm.heap.get(r), Obj::OpCaller(_)) => Ok(r),
        _ => Err(vm.type_error("descriptor requires an operator callable")),
    }
}

fn w_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = recv(vm, args)?;
    vm.opcaller_call(r, &args[1..], kw)
}

fn w_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = recv(vm, args)?;
    let s = vm.opcaller_repr(r)?;
    Ok(vm.new_str(s))
}

fn reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = recv(vm, args)?;
    let cls = Value::Obj(vm.type_of(args[0]));
    let Obj::OpCaller(o) = vm.heap.get(r) else {
        unreachable!()
    };
    let (front, rest, kwargs): (Vec<Value>, Vec<Value>, Vec<(ObjRef, Value)>) = match &**o {
        OpCallerObj::ItemGetter(items) => (items.to_vec(), vec![], vec![]),
        OpCallerObj::AttrGetter { names, .. } => (names.to_vec(), vec![], vec![]),
        OpCallerObj::MethodCaller { name, args, kwargs } if kwargs.is_empty() => {
            let mut v = vec![*name];
            v.extend(args.iter().copied());
            (v, vec![], vec![])
        }
        OpCallerObj::MethodCaller { name, args, kwargs } => {
            (vec![*name], args.to_vec(), kwargs.to_vec())
        }
    };
    if kwargs.is_empty() {
        for &v in &front {
            vm.incref(v);
        }
        vm.incref(cls);
        let t = vm.new_tuple(front);
        return Ok(vm.new_tuple(vec![cls, t]));
    }
    // `(functools.partial(methodcaller, name, **kwargs), args)`.
    let functools = vm.import_module("functools")?;
    let partial = vm.get_attr(functools, "partial");
    vm.decref(functools);
    let partial = partial?;
    let p = vm.call_value(partial, &[cls, front[0]], &kwargs);
    vm.decref(partial);
    let p = p?;
    for &v in &rest {
        vm.incref(v);
    }
    let t = vm.new_tuple(rest);
    Ok(vm.new_tuple(vec![p, t]))
}
