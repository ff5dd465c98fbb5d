//! The descriptor protocol of the builtin descriptors as callable methods:
//! `property.__get__`/`__set__`/`__delete__`, `staticmethod.__get__`,
//! `classmethod.__get__`, and `property.__set_name__` with the missing-function errors
//! that use the name it records (CPython's `wrap_descr_get`, `wrap_descr_set` and
//! `wrap_descr_delete` slot wrappers over `property_descr_get`, `sm_descr_get`,
//! `cm_descr_get`, ...), so code that drives a descriptor by hand
//! (`type(d).__get__(d, obj, cls)`, `prop.__set__(obj, v)`) works. Attribute lookup does
//! not come through here: `vm/attr/` binds these types directly.

use crate::runtime::builtins::add_methods;
use crate::runtime::object::Obj;
use crate::runtime::types::descriptor::property::property_ref;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};

pub fn install(vm: &mut Vm) {
    let t = vm.types;
    add_methods(
        vm,
        t.property,
        &[
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
            ("__set_name__", property_set_name),
        ],
    );
    add_methods(vm, t.staticmethod, &[("__get__", staticmethod_get)]);
    add_methods(vm, t.classmethod, &[("__get__", classmethod_get)]);
    add_methods(
        vm,
        t.super_,
        &[("__get__", super_get), ("__init__", super::new::super_init)],
    );
    // super's read-only members, as properties with native getters.
    let d = match vm.heap.get(t.super_) {
        Obj::Class(c) => c.dict,
        _ => return,
    };
    for (name, f) in [
        (
            "__thisclass__",
            super_thisclass as crate::runtime::object::NativeFn,
        ),
        ("__self__", super_self),
        ("__self_class__", super_self_class),
    ] {
        let fget = crate::runtime::builtins::native(vm, name, f);
        let p = vm.heap.new_value(Obj::Property(Box::new(
            crate::runtime::types::descriptor::PropertyObj {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
                name: Value::None,
                getter_doc: false,
            },
        )));
        // Made at start-up in CPython: immortal here, outside the start-up allocation
        // count, tracked as CPython's descriptors are (as `metaclass.rs` does for its
        // wrappers).
        if let Value::Obj(pr) = p {
            vm.heap.make_immortal(pr);
            vm.heap.allocs_since_collect = (vm.heap.allocs_since_collect - 1).max(0);
        }
        crate::runtime::builtins::set_in(vm, d, name, p);
    }
}

/// The (typ, obj) of the super object `args[0]` (obj Undef when unbound).
fn super_parts(vm: &mut Vm, args: &[Value]) -> PyResult<(ObjRef, Value)> {
    super_parts3(vm, args).map(|(t, o, _)| (t, o))
}

/// The (typ, obj, start) of the super object `args[0]` (obj, start Undef when unbound).
fn super_parts3(vm: &mut Vm, args: &[Value]) -> PyResult<(ObjRef, Value, Value)> {
    if let Some(Value::Obj(r)) = args.first() {
        if let Obj::Super { typ, obj, start } = vm.heap.get(*r) {
            return Ok((*typ, *obj, *start));
        }
    }
    Err(vm.type_error("descriptor requires a 'super' object"))
}

/// `super.__thisclass__`: the class the lookup starts after.
fn super_thisclass(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (typ, _) = super_parts(vm, args)?;
    vm.heap.incref_obj(typ);
    Ok(Value::Obj(typ))
}

/// `super.__self__`: the bound object, None when unbound.
fn super_self(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, obj) = super_parts(vm, args)?;
    let v = if obj.is_undef() { Value::None } else { obj };
    vm.incref(v);
    Ok(v)
}

/// `super.__self_class__`: the class whose MRO is searched (the bound class itself
/// when it is a subclass of `__thisclass__`, else the bound object's type), None when
/// unbound (CPython's `supercheck` result).
fn super_self_class(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, _, start) = super_parts3(vm, args)?;
    let v = if start.is_undef() { Value::None } else { start };
    vm.incref(v);
    Ok(v)
}

/// `super.__get__(self, obj, type=None)`: an unbound super bound to `obj`; a bound one
/// (or `obj` None) is itself (CPython's `super_descr_get`).
fn super_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (typ, sobj) = super_parts(vm, args)?;
    get_args(vm, &args[1..])?;
    if matches!(args[1], Value::None) || !sobj.is_undef() {
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    super::new::super_new(vm, &[Value::Obj(typ), args[1]], &[])
}

/// The argument count check of CPython's slot wrappers, which unpack their tuple
/// under an empty name (hence the message's leading space).
fn unpack(vm: &mut Vm, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if min == max && n != min {
        format!(" expected {} argument{}, got {}", min, plural(min), n)
    } else if n < min {
        format!(
            " expected at least {} argument{}, got {}",
            min,
            plural(min),
            n
        )
    } else if n > max {
        format!(
            " expected at most {} argument{}, got {}",
            max,
            plural(max),
            n
        )
    } else {
        return Ok(());
    };
    Err(vm.type_error(msg))
}

/// The arguments of a `__get__` wrapper after its receiver: (obj, type=None), not
/// both None (CPython's `wrap_descr_get`).
fn get_args(vm: &mut Vm, args: &[Value]) -> PyResult<()> {
    unpack(vm, args, 1, 2)?;
    if matches!(args[0], Value::None) && matches!(args.get(1), None | Some(Value::None)) {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    Ok(())
}

/// The property `args[0]` and its (fget, fset, fdel).
fn property_parts(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<[Value; 3]> {
    if let Some(r) = args.first().and_then(|&v| property_ref(vm, v)) {
        if let Obj::Property(p) = vm.heap.get(r) {
            return Ok([p.fget, p.fset, p.fdel]);
        }
    }
    let tn = args.first().map_or("NoneType".into(), |&v| vm.type_name(v));
    Err(vm.type_error(format!(
        "descriptor '{what}' requires a 'property' object but received a '{tn}'"
    )))
}

impl Vm {
    /// The AttributeError of a property `p` with no `what` ("getter", "setter",
    /// "deleter") function, naming it if `__set_name__` named it (CPython 3.11's
    /// `property_descr_get` & co.).
    pub(crate) fn property_missing(&mut self, p: ObjRef, obj: Value, what: &str) -> PyErr {
        let name = match self.heap.get(p) {
            Obj::Property(p) => p.name,
            _ => Value::None,
        };
        // CPython names the type by its qualified name, repr'd.
        let t = self.type_of(obj);
        let qn = match self.heap.get(t) {
            Obj::Class(c) => c.qualname.clone(),
            _ => self.type_name(obj),
        };
        let tn = crate::text::str_methods::str_repr(&qn);
        let named = match name {
            Value::None => String::new(),
            n => match self.repr(n) {
                Ok(r) => format!(" {r}"),
                Err(e) => return e,
            },
        };
        self.attr_error(format!("property{named} of {tn} object has no {what}"))
    }

    /// `classmethod.__get__` once the owner is known (CPython 3.11's `cm_descr_get`):
    /// the wrapped callable `f` (borrowed) bound to `owner`. A wrapped object that is
    /// itself a descriptor (a property, another classmethod, a user descriptor) is
    /// asked instead, as `f.__get__(owner, owner)`: that chaining is what makes
    /// `@classmethod @property` a class property. Functions and builtins bind directly
    /// (their `__get__` would make the same method).
    pub(crate) fn classmethod_bind(&mut self, f: Value, owner: Value) -> PyResult<Value> {
        if let Some(m) = self.bind_builtin_classmethod(f, owner) {
            return Ok(m);
        }
        if let Value::Obj(fr) = f {
            if !matches!(
                self.heap.get(fr),
                Obj::Function(_) | Obj::Builtin(_) | Obj::BoundMethod { .. }
            ) {
                let t = self.type_of(f);
                if let Some(g) = self.class_lookup(t, "__get__") {
                    let r = self.call_value(g, &[f, owner, owner], &[]);
                    self.decref(g);
                    return r;
                }
            }
        }
        self.incref(f);
        self.incref(owner);
        Ok(self.heap.new_value(Obj::BoundMethod {
            func: f,
            self_: owner,
        }))
    }

    /// Records `name` as the property `p`'s name (`property.__set_name__`).
    pub(crate) fn property_set_name(&mut self, p: ObjRef, name: Value) {
        self.incref(name);
        if let Obj::Property(prop) = self.heap.get_mut(p) {
            let old = std::mem::replace(&mut prop.name, name);
            self.decref(old);
        } else {
            self.decref(name);
        }
    }
}

/// Calls one of the property's functions, or says it has none.
fn property_call(
    vm: &mut Vm,
    p: Value,
    f: Value,
    obj: Value,
    rest: &[Value],
    what: &str,
) -> PyResult<Value> {
    if matches!(f, Value::None) {
        let Some(pr) = property_ref(vm, p) else {
            return Err(vm.type_error("property expected"));
        };
        return Err(vm.property_missing(pr, obj, what));
    }
    let mut call_args = vec![obj];
    call_args.extend_from_slice(rest);
    vm.call_value(f, &call_args, &[])
}

/// `property.__get__(self, obj, type=None)`: `self` when `obj` is None.
fn property_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let [fget, _, _] = property_parts(vm, args, "__get__")?;
    get_args(vm, &args[1..])?;
    if matches!(args[1], Value::None) {
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    property_call(vm, args[0], fget, args[1], &[], "getter")
}

fn property_set(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let [_, fset, _] = property_parts(vm, args, "__set__")?;
    unpack(vm, &args[1..], 2, 2)?;
    let r = property_call(vm, args[0], fset, args[1], &[args[2]], "setter")?;
    vm.decref(r);
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let [_, _, fdel] = property_parts(vm, args, "__delete__")?;
    if args.len() != 2 {
        let n = args.len() - 1;
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    let r = property_call(vm, args[0], fdel, args[1], &[], "deleter")?;
    vm.decref(r);
    Ok(Value::None)
}

/// `property.__set_name__(self, owner, name)`.
fn property_set_name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_parts(vm, args, "__set_name__")?;
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            args.len() - 1
        )));
    }
    if let Some(p) = property_ref(vm, args[0]) {
        vm.property_set_name(p, args[2]);
    }
    Ok(Value::None)
}

/// The function a staticmethod or classmethod wraps.
fn wrapped(vm: &mut Vm, args: &[Value], want: &str) -> PyResult<Value> {
    if let Some(Value::Obj(r)) = args.first() {
        match vm.heap.get(*r) {
            Obj::StaticMethod(f, ..) if want == "staticmethod" => return Ok(*f),
            Obj::ClassMethod(f, ..) if want == "classmethod" => return Ok(*f),
            _ => {}
        }
    }
    let tn = args.first().map_or("NoneType".into(), |&v| vm.type_name(v));
    Err(vm.type_error(format!(
        "descriptor '__get__' requires a '{want}' object but received a '{tn}'"
    )))
}

/// `staticmethod.__get__(self, obj, type=None)`: the function itself.
fn staticmethod_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = wrapped(vm, args, "staticmethod")?;
    get_args(vm, &args[1..])?;
    vm.incref(f);
    Ok(f)
}

/// `classmethod.__get__(self, obj, type=None)`: the function bound to `type`, or to
/// `type(obj)` when no type is given.
fn classmethod_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = wrapped(vm, args, "classmethod")?;
    get_args(vm, &args[1..])?;
    let owner = match args.get(2) {
        Some(&t) if !matches!(t, Value::None) => t,
        _ => Value::Obj(vm.type_of(args[1])),
    };
    vm.classmethod_bind(f, owner)
}
