//! The descriptor faces of builtin methods (CPython's Objects/descrobject.c): a
//! builtin class's method read from the class is a `method_descriptor` (or a
//! `wrapper_descriptor` for a special method of the `slotdefs` table), bound to a
//! receiver it is a `builtin_function_or_method` (or a `method-wrapper`), and a
//! builtin classmethod in its class dict is a `classmethod_descriptor`, bound to the
//! class as a builtin method of the type object.
//!
//! All of them are the one `Obj::Builtin` payload (or `Obj::ClassMethod` over one):
//! `Vm::type_of` picks the class from the payload's flags, so the call paths stay
//! as they were. This file has what the descriptor types add: `__get__`,
//! `__objclass__`, the class a descriptor belongs to, the binding of a builtin
//! classmethod and the call of an unbound classmethod descriptor.

use crate::runtime::builtins::add_methods;
use crate::runtime::object::{BuiltinFn, Obj};
use crate::runtime::types::function::{is_slot_name, slot_defined_as_method, KwArgs};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Registers `__get__` on the three descriptor types.
pub fn install(vm: &mut Vm) {
    let t = vm.types;
    for cls in [t.builtin_method, t.wrapper_descriptor] {
        add_methods(vm, cls, &[("__get__", method_descr_get)]);
    }
    add_methods(
        vm,
        t.classmethod_descriptor,
        &[("__get__", classmethod_descr_get)],
    );
    // Every callable has `__call__` (CPython's `tp_call` slot wrapper): a bound
    // special method too, so `f.__call__.__call__(...)` calls `f`.
    add_methods(vm, t.method_wrapper, &[("__call__", call_self)]);
}

/// `__call__` of a method-wrapper: calls it with the other arguments.
fn call_self(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.call_value(args[0], &args[1..], kw)
}

/// Records, for every method and builtin classmethod in a builtin class's dict, that
/// class as its `objclass` (the first class holding it wins: `object`'s methods are
/// `object`'s). Run once the builtin classes are complete; it covers the methods
/// made outside `add_methods` (classmethods, receiver methods) in one place.
pub fn note_objclasses(vm: &mut Vm) {
    for cls in vm.types.all() {
        let Obj::Class(c) = vm.heap.get(cls) else {
            continue;
        };
        let d = c.dict;
        let Obj::Dict(dict) = vm.heap.get(d) else {
            continue;
        };
        let vals: Vec<Value> = dict.iter().map(|e| e.value).collect();
        for v in vals {
            let Value::Obj(mut r) = v else { continue };
            let plain_ok = if let Obj::ClassMethod(Value::Obj(f), ..) = vm.heap.get(r) {
                r = *f;
                true
            } else {
                false
            };
            if let Obj::Builtin(b) = vm.heap.get_mut(r) {
                if b.objclass.is_none() && (plain_ok || !b.plain) {
                    b.objclass = Some(cls);
                }
            }
        }
    }
}

impl Vm {
    /// The class of the builtin `r` (`Obj::Builtin`, or an `Obj::ClassMethod`):
    /// CPython's four kinds of builtin callables (a plain function or a method bound
    /// to its receiver, an unbound method descriptor, the slot wrapper of a special
    /// method unbound or bound) and the classmethod descriptor.
    #[inline(never)]
    pub(crate) fn builtin_descr_type(&self, r: crate::value::ObjRef) -> crate::value::ObjRef {
        let t = &self.types;
        match self.heap.get(r) {
            Obj::Builtin(b) => match (b.plain, b.self_.is_undef()) {
                (true, _) => t.builtin_function,
                (false, true) if self.is_slot_wrapper(b) => t.wrapper_descriptor,
                (false, true) => t.builtin_method,
                (false, false) if self.is_slot_wrapper(b) => t.method_wrapper,
                (false, false) => t.builtin_function,
            },
            Obj::ClassMethod(f, ..) if self.builtin_classmethod(*f).is_some() => {
                t.classmethod_descriptor
            }
            _ => t.classmethod,
        }
    }

    /// Whether the builtin `b` is a slot wrapper (unbound) or a method-wrapper (bound).
    pub(crate) fn is_slot_wrapper(&self, b: &BuiltinFn) -> bool {
        if !is_slot_name(b.name) {
            return false;
        }
        match b.objclass {
            Some(c) => !slot_defined_as_method(self.class_kind(c), b.name),
            None => true,
        }
    }

    /// The name of the class a builtin method descriptor belongs to (`object` for
    /// one with none recorded).
    pub(crate) fn objclass_name(&self, b: &BuiltinFn) -> String {
        match b.objclass.or(b.owner) {
            Some(c) => self.class_name(c),
            None => "object".into(),
        }
    }

    /// The builtin `f` of a builtin class's classmethod, when `f` is one: CPython's
    /// `classmethod_descriptor` (a user's `classmethod(len)` is a plain classmethod).
    pub(crate) fn builtin_classmethod(&self, f: Value) -> Option<&BuiltinFn> {
        match f {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Builtin(b) if b.objclass.is_some() && b.self_.is_undef() => Some(b),
                _ => None,
            },
            _ => None,
        }
    }

    /// A builtin classmethod `f` bound to the class `cls` (owned): a builtin method
    /// whose `__self__` is the class (`<built-in method fromkeys of type object>`).
    /// None when `f` is not a builtin class's classmethod.
    pub(crate) fn bind_builtin_classmethod(&mut self, f: Value, cls: Value) -> Option<Value> {
        let b = *self.builtin_classmethod(f)?;
        self.incref(cls);
        Some(self.heap.new_value(Obj::Builtin(Box::new(BuiltinFn {
            self_: cls,
            plain: false,
            ..b
        }))))
    }

    /// Calls the classmethod descriptor over `f` unbound: `args[0]` must be a subclass
    /// of its class (CPython's `classmethoddescr_call`).
    pub(crate) fn call_classmethod_descr(
        &mut self,
        f: Value,
        args: &[Value],
        kw: KwArgs,
    ) -> PyResult<Value> {
        let Some(b) = self.builtin_classmethod(f).copied() else {
            return self.call_value(f, args, kw);
        };
        let cn = self.objclass_name(&b);
        let Some(&first) = args.first() else {
            return Err(self.type_error(format!(
                "descriptor '{}' of '{}' object needs an argument",
                b.name, cn
            )));
        };
        let is_type = matches!(first, Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)));
        if !is_type {
            let tn = self.type_name(first);
            return Err(self.type_error(format!(
                "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
                b.name, cn, tn
            )));
        }
        self.check_classmethod_subtype(&b, first)?;
        self.call_value(f, args, kw)
    }

    /// `type` must be a subclass of the descriptor's class (CPython's
    /// `classmethod_get` check).
    fn check_classmethod_subtype(&mut self, b: &BuiltinFn, typ: Value) -> PyResult<()> {
        let (Some(oc), Value::Obj(t)) = (b.objclass, typ) else {
            return Ok(());
        };
        if self.is_subclass(t, oc) {
            return Ok(());
        }
        let (cn, tn) = (self.class_name(oc), self.class_name(t));
        Err(self.type_error(format!(
            "descriptor '{}' requires a subtype of '{}' but received '{}'",
            b.name, cn, tn
        )))
    }
}

/// The argument count check of CPython's `wrap_descr_get` (an empty function name,
/// hence the leading space), and its `__get__(None, None)` error.
fn get_args(vm: &mut Vm, args: &[Value]) -> PyResult<(Value, Value)> {
    let n = args.len().saturating_sub(1);
    if n == 0 {
        return Err(vm.type_error(" expected at least 1 argument, got 0"));
    }
    if n > 2 {
        return Err(vm.type_error(format!(" expected at most 2 arguments, got {n}")));
    }
    let obj = args[1];
    let typ = args.get(2).copied().unwrap_or(Value::None);
    if matches!(obj, Value::None) && matches!(typ, Value::None) {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    Ok((obj, typ))
}

/// `method_descriptor.__get__(self, obj, type=None)` and the wrapper descriptor's:
/// itself for `obj` None, else the method bound to `obj` after CPython's
/// `descr_check` of its class.
fn method_descr_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = match args.first() {
        Some(Value::Obj(r)) => match vm.heap.get(*r) {
            Obj::Builtin(b) if b.self_.is_undef() && !b.plain => **b,
            _ => return Err(vm.type_error("descriptor '__get__' needs a method descriptor")),
        },
        _ => return Err(vm.type_error("descriptor '__get__' needs a method descriptor")),
    };
    let (obj, _) = get_args(vm, args)?;
    if matches!(obj, Value::None) {
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    if let Some(c) = b.objclass.or(b.owner) {
        if !vm.is_instance(obj, c) {
            let (cn, tn) = (vm.class_name(c), vm.type_name(obj));
            return Err(vm.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                b.name, cn, tn
            )));
        }
    }
    vm.incref(obj);
    Ok(vm
        .heap
        .new_value(Obj::Builtin(Box::new(BuiltinFn { self_: obj, ..b }))))
}

/// `classmethod_descriptor.__get__(self, obj, type=None)`: the classmethod bound to
/// `type`, or to `type(obj)`.
fn classmethod_descr_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = match args.first() {
        Some(Value::Obj(r)) => match vm.heap.get(*r) {
            Obj::ClassMethod(f, ..) => *f,
            _ => Value::None,
        },
        _ => Value::None,
    };
    let Some(b) = vm.builtin_classmethod(f).copied() else {
        return Err(vm.type_error("descriptor '__get__' needs a classmethod descriptor"));
    };
    let (obj, typ) = get_args(vm, args)?;
    let typ = match typ {
        Value::None => Value::Obj(vm.type_of(obj)),
        t => t,
    };
    let is_type = matches!(typ, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)));
    if !is_type {
        let (cn, tn) = (vm.objclass_name(&b), vm.type_name(typ));
        return Err(vm.type_error(format!(
            "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
            b.name, cn, tn
        )));
    }
    vm.check_classmethod_subtype(&b, typ)?;
    Ok(vm
        .bind_builtin_classmethod(f, typ)
        .expect("a builtin classmethod"))
}
