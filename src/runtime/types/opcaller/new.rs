//! Making `operator`'s callables (CPython's `itemgetter_new`, `attrgetter_new`,
//! `methodcaller_new`), with their argument errors.

use super::OpCallerObj;
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

fn no_kw(vm: &mut Vm, name: &str, kw: KwArgs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{}() takes no keyword arguments", name)))
    }
}

fn at_least_one(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        Err(vm.type_error(format!("{} expected 1 argument, got 0", name)))
    } else {
        Ok(())
    }
}

fn owned(vm: &mut Vm, vals: &[Value]) -> Box<[Value]> {
    for &v in vals {
        vm.incref(v);
    }
    vals.into()
}

/// `itemgetter(item, *items)`.
pub fn itemgetter_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "itemgetter", kw)?;
    at_least_one(vm, "itemgetter", args)?;
    let items = owned(vm, args);
    Ok(vm
        .heap
        .new_value(Obj::OpCaller(Box::new(OpCallerObj::ItemGetter(items)))))
}

/// `attrgetter(attr, *attrs)`: each a str, split at its dots into interned names.
pub fn attrgetter_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "attrgetter", kw)?;
    at_least_one(vm, "attrgetter", args)?;
    let mut paths: Vec<Box<[Value]>> = Vec::with_capacity(args.len());
    for &a in args {
        let Some(s) = vm.as_str(a) else {
            for p in &paths {
                release(vm, p);
            }
            return Err(vm.type_error("attribute name must be a string"));
        };
        let parts: Vec<String> = s.split('.').map(str::to_string).collect();
        let path: Box<[Value]> = parts.iter().map(|p| vm.intern(p)).collect();
        for &p in path.iter() {
            vm.incref(p);
        }
        paths.push(path);
    }
    let names = owned(vm, args);
    Ok(vm
        .heap
        .new_value(Obj::OpCaller(Box::new(OpCallerObj::AttrGetter {
            names,
            paths: paths.into(),
        }))))
}

fn release(vm: &mut Vm, vals: &[Value]) {
    for v in vals.iter() {
        vm.decref(*v);
    }
}

/// `methodcaller(name, /, *args, **kwargs)`.
pub fn methodcaller_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(&name) = args.first() else {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    };
    let Some(s) = vm.as_str(name) else {
        return Err(vm.type_error("method name must be a string"));
    };
    let s = s.to_string();
    let name = vm.intern(&s);
    vm.incref(name);
    let rest = owned(vm, &args[1..]);
    let kwargs: Box<[(ObjRef, Value)]> = kw
        .iter()
        .map(|&(k, v)| {
            vm.heap.incref_obj(k);
            vm.incref(v);
            (k, v)
        })
        .collect();
    Ok(vm
        .heap
        .new_value(Obj::OpCaller(Box::new(OpCallerObj::MethodCaller {
            name,
            args: rest,
            kwargs,
        }))))
}
