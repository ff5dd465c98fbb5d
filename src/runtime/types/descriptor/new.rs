//! Calling `staticmethod`, `classmethod` (CPython's `sm_init`/`cm_init`,
//! Objects/funcobject.c) and `super` (`super_init`, Objects/typeobject.c, including
//! the zero-argument form that reads the calling frame's `__class__` cell).
//! `property` is made in `property.rs`.

use crate::runtime::builtins::check_args;
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// `staticmethod(f)` or `classmethod(f)` (`cls` says which).
pub fn staticmethod_new(vm: &mut Vm, cls: ObjRef, args: &[Value]) -> PyResult<Value> {
    check_args(vm, "staticmethod", args, 1, 1)?;
    vm.incref(args[0]);
    let w = vm.heap.new_value(if cls == vm.types.staticmethod {
        Obj::StaticMethod(args[0], None)
    } else {
        Obj::ClassMethod(args[0], None)
    });
    if let Err(e) = vm.wrapper_wraps(w.as_obj().expect("just made"), args[0]) {
        vm.decref(w);
        return Err(e);
    }
    Ok(w)
}

/// `super()` with zero args (from the calling frame), `super(type, obj)` or the unbound
/// `super(type)`.
pub fn super_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "super() expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let (typ, obj) = if !args.is_empty() {
        let typ = match args[0] {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => r,
            a => {
                let tn = vm.type_name(a);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
            }
        };
        match args.get(1) {
            Some(&obj) => (typ, obj),
            // `super(typ)`: unbound, until its `__get__` binds it.
            None => {
                vm.heap.incref_obj(typ);
                return Ok(vm.heap.new_value(Obj::Super {
                    typ,
                    obj: Value::Undef,
                    start: Value::Undef,
                }));
            }
        }
    } else {
        let Some(f) = vm.frames.last() else {
            return Err(vm.err("RuntimeError", "super(): no arguments"));
        };
        let code = f.code.rc();
        let base = f.base;
        if code.argcount == 0 {
            return Err(vm.err("RuntimeError", "super(): no arguments"));
        }
        let mut obj = vm.stack[base];
        if let Some(ci) = code.cell2arg.iter().position(|a| *a == Some(0)) {
            obj = vm.cell_get(vm.stack[base + code.varnames.len() + ci]);
        }
        if obj.is_undef() {
            return Err(vm.err("RuntimeError", "super(): arg[0] deleted"));
        }
        let idx = code.freevars.iter().position(|n| &**n == "__class__");
        let Some(i) = idx else {
            return Err(vm.err("RuntimeError", "super(): __class__ cell not found"));
        };
        let cell = vm.stack[base + code.varnames.len() + code.cellvars.len() + i];
        match vm.cell_get(cell) {
            Value::Obj(r) => (r, obj),
            _ => return Err(vm.err("RuntimeError", "super(): empty __class__ cell")),
        }
    };
    let start = super_check(vm, typ, obj)?;
    vm.heap.incref_obj(typ);
    vm.incref(obj);
    Ok(vm.heap.new_value(Obj::Super {
        typ,
        obj,
        start: Value::Obj(start),
    }))
}

/// CPython's `supercheck`: the class whose MRO `super(typ, obj)` searches (owned):
/// `obj` itself when it is a subclass of `typ`, else its type when that is one,
/// else its `__class__` attribute when that is a subclass of `typ` (a proxy
/// passing itself off as the object it wraps).
pub(crate) fn super_check(vm: &mut Vm, typ: ObjRef, obj: Value) -> PyResult<ObjRef> {
    if let Value::Obj(c) = obj {
        if matches!(vm.heap.get(c), Obj::Class(_)) && vm.is_subclass(c, typ) {
            vm.heap.incref_obj(c);
            return Ok(c);
        }
    }
    let t = vm.type_of(obj);
    if vm.is_subclass(t, typ) {
        vm.heap.incref_obj(t);
        return Ok(t);
    }
    let k = vm.names.class_;
    if let Some(ca) = vm.lookup_attr(obj, k)? {
        if let Value::Obj(c) = ca {
            if c != t && matches!(vm.heap.get(c), Obj::Class(_)) && vm.is_subclass(c, typ) {
                return Ok(c);
            }
        }
        vm.decref(ca);
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// `super.__init__(self, type, obj)` called again on a super object (CPython's
/// `super_init` runs on every call): the object is re-pointed at the new pair, with
/// the same checks as `super(type, obj)`.
pub fn super_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(&Value::Obj(me)) = args.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'super' object needs an argument"));
    };
    if !matches!(vm.heap.get(me), Obj::Super { .. }) {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "descriptor '__init__' requires a 'super' object but received a '{tn}'"
        )));
    }
    if args.len() < 2 {
        // The zero-argument form is only meaningful inside a method (`super()`).
        return Err(vm.err("RuntimeError", "super(): no arguments"));
    }
    let fresh = super_new(vm, &args[1..], kw)?;
    let (typ, obj, start) = match vm.heap.get(fresh.as_obj().expect("a super object")) {
        Obj::Super { typ, obj, start } => (*typ, *obj, *start),
        _ => unreachable!("super_new makes a super object"),
    };
    vm.heap.incref_obj(typ);
    vm.incref(obj);
    vm.incref(start);
    vm.decref(fresh);
    let old = match vm.heap.get_mut(me) {
        Obj::Super {
            typ: t,
            obj: o,
            start: s,
        } => (
            std::mem::replace(t, typ),
            std::mem::replace(o, obj),
            std::mem::replace(s, start),
        ),
        _ => unreachable!("checked above"),
    };
    vm.heap.decref_obj(old.0);
    vm.decref(old.1);
    vm.decref(old.2);
    Ok(Value::None)
}
