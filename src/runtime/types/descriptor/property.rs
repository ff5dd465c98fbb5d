//! `property` (CPython's Objects/descrobject.c): making one (`property_new`,
//! CPython's `property_init`) and its `setter`/`getter`/`deleter` methods. Getting and
//! setting through a property is attribute lookup's (`vm/attr/`).

use crate::runtime::builtins::{add_methods, check_args, kwarg};
use crate::runtime::object::{Obj, PropertyObj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Registers `property.setter`/`getter`/`deleter`.
pub fn install(vm: &mut Vm) {
    let p = vm.types.property;
    add_methods(
        vm,
        p,
        &[
            ("setter", property_setter),
            ("getter", property_getter),
            ("deleter", property_deleter),
        ],
    );
}

pub fn property_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // CPython's argument clinic for property(fget=None, fset=None, fdel=None, doc=None).
    const NAMES: [&str; 4] = ["fget", "fset", "fdel", "doc"];
    if args.len() > 4 {
        let n = args.len() + kw.len();
        return Err(vm.type_error(format!("property() takes at most 4 arguments ({n} given)")));
    }
    for &(k, _) in kw.iter() {
        let k = vm.heap.str(k).to_string();
        match NAMES.iter().position(|&n| n == k) {
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for property()"
                )))
            }
            Some(i) if i < args.len() => {
                return Err(vm.type_error(format!(
                    "argument for property() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(_) => {}
        }
    }
    let get = |i: usize, n: &str| -> Value {
        args.get(i)
            .copied()
            .or_else(|| kwarg(vm, kw, n))
            .unwrap_or(Value::None)
    };
    let (fget, fset, fdel, doc) = (
        get(0, "fget"),
        get(1, "fset"),
        get(2, "fdel"),
        get(3, "doc"),
    );
    for v in [fget, fset, fdel, doc] {
        vm.incref(v);
    }
    // Without a doc, the getter's docstring is the property's (CPython's
    // `property_init`); an error fetching it is dropped. `getter_doc` remembers
    // where it came from, for `.getter()` copies.
    let mut doc = doc;
    let mut getter_doc = false;
    if matches!(doc, Value::None) && !matches!(fget, Value::None) {
        match vm.get_attr(fget, "__doc__") {
            Ok(d) => {
                getter_doc = !matches!(d, Value::None);
                doc = d;
            }
            Err(e) => vm.decref(e.0),
        }
    }
    Ok(vm.heap.new_value(Obj::Property(Box::new(PropertyObj {
        fget,
        fset,
        fdel,
        doc,
        name: Value::None,
        getter_doc,
    }))))
}

/// The property object of `v`: `v` itself, or the payload of an instance of a
/// property subclass.
pub(crate) fn property_ref(vm: &Vm, v: Value) -> Option<ObjRef> {
    match vm.unwrap_payload(v) {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Property(_)) => Some(r),
        _ => None,
    }
}

impl Vm {
    /// The second half of `property.__init__` for an instance of a property subclass
    /// (`inst`, its payload already made by `property_new`): the doc goes into the
    /// instance's `__dict__` as `__doc__`, where it is not shadowed by the subclass's
    /// own class docstring; a subclass without a dict (`__slots__ = ()`) raises the
    /// AttributeError of that assignment, as CPython 3.11 does.
    pub(crate) fn property_subclass_init(&mut self, inst: Value) -> PyResult<()> {
        let Some(p) = property_ref(self, inst) else {
            return Ok(());
        };
        let doc = match self.heap.get_mut(p) {
            Obj::Property(p) => std::mem::replace(&mut p.doc, Value::None),
            _ => Value::None,
        };
        let name = self.intern("__doc__");
        let r = self.set_attr(inst, name, Some(doc));
        self.decref(doc);
        r
    }
}

/// `prop.setter(f)` / `getter` / `deleter` (CPython's `property_copy`): a new property
/// of the same type, made by calling that type with the three functions (one replaced)
/// and the doc, keeping the name.
pub fn property_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    check_args(vm, "setter", args, 2, 2)?;
    let Some(pr) = property_ref(vm, args[0]) else {
        return Err(vm.type_error("descriptor requires a property"));
    };
    let Obj::Property(p) = vm.heap.get(pr) else {
        unreachable!("property_ref gives a property")
    };
    let (mut fget, mut fset, mut fdel, doc, name, getter_doc) =
        (p.fget, p.fset, p.fdel, p.doc, p.name, p.getter_doc);
    // None keeps the function there was.
    match (which, args[1]) {
        (_, Value::None) => {}
        (0, f) => fget = f,
        (1, f) => fset = f,
        (_, f) => fdel = f,
    }
    // A doc that came from the old getter is not kept: the new getter's is read.
    let doc = if getter_doc && !matches!(fget, Value::None) {
        Value::None
    } else {
        doc
    };
    let t = Value::Obj(vm.type_of(args[0]));
    let new = vm.call_value(t, &[fget, fset, fdel, doc], &[])?;
    if let Some(np) = property_ref(vm, new) {
        vm.property_set_name(np, name);
    }
    Ok(new)
}

pub fn property_setter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_with(vm, args, 1)
}

pub fn property_getter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_with(vm, args, 0)
}

pub fn property_deleter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_with(vm, args, 2)
}
