//! Metaclasses: `type` as a class users derive from (CPython's Objects/typeobject.c
//! `type.__call__` (over `Vm::type_call`, vm/call/class.rs), `type_new`, `type_init`,
//! `object_new`, `_PyType_CalculateMetaclass`, the metatype part of `type_getattro`,
//! `object.__init_subclass__`) and
//! `__build_class__`'s metaclass/`__prepare__` steps (Python/bltinmodule.c).
//!
//! A class whose metaclass is not `type` records it in `ClassObj::metaclass`
//! (`type_of` returns it). The rest of the VM reaches this file through small hooks:
//! `call_at` (a metaclass `__call__`), `get_attr`/`set_attr` (and delete) on classes
//! (attributes and `__setattr__`/`__delattr__` of the metaclass), `repr`, and the
//! special-method dispatchers (`len`, `iter`, `in`, `[]`), which treat a class with a
//! user metaclass like an instance of that metaclass.

use super::{BuiltinType, ExcState, InstanceObj};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Registers `type.__new__/__init__/__call__/__setattr__/__delattr__/__repr__/
/// __prepare__` and `object.__init_subclass__`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.type_;
    crate::runtime::builtins::add_methods(
        vm,
        t,
        &[
            ("__init__", type_init),
            ("__call__", type_call),
            ("__setattr__", type_setattr),
            ("__delattr__", type_delattr),
            ("__repr__", type_repr),
        ],
    );
    let td = match vm.heap.get(t) {
        Obj::Class(c) => c.dict,
        _ => return,
    };
    // `__new__` is a builtin bound to `type` (`add_tp_new`), `__prepare__` a class
    // method: neither binds the class it is found through.
    crate::runtime::builtins::add_tp_new(vm, t, type_new);
    let f = crate::runtime::builtins::native(vm, "__prepare__", type_prepare);
    let cm = vm.heap.new_value(Obj::ClassMethod(f, None));
    crate::runtime::builtins::set_in(vm, td, "__prepare__", cm);
    let ft = vm.types.function;
    crate::runtime::builtins::add_methods(vm, ft, &[("__get__", function_get)]);
    let o = vm.types.object;
    let od = match vm.heap.get(o) {
        Obj::Class(c) => c.dict,
        _ => return,
    };
    let f = crate::runtime::builtins::native(vm, "__init_subclass__", object_init_subclass);
    let cm = vm.heap.new_value(Obj::ClassMethod(f, None));
    crate::runtime::builtins::set_in(vm, od, "__init_subclass__", cm);
    let f = crate::runtime::builtins::native(vm, "__subclasshook__", object_subclasshook);
    let cm = vm.heap.new_value(Obj::ClassMethod(f, None));
    crate::runtime::builtins::set_in(vm, od, "__subclasshook__", cm);
    // The wrappers live as long as the builtin types: keep them out of the start-up
    // allocation count (CPython makes them before it starts counting); they stay
    // tracked, as CPython's (`gc.is_tracked(type.__dict__['__new__'])`).
    for (d, name) in [
        (td, "__new__"),
        (td, "__prepare__"),
        (od, "__init_subclass__"),
        (od, "__subclasshook__"),
    ] {
        let k = vm.intern(name);
        if let Some(Value::Obj(w)) = vm.dict_get_str(d, k) {
            vm.heap.make_immortal(w);
            vm.heap.allocs_since_collect = (vm.heap.allocs_since_collect - 1).max(0);
        }
    }
}

fn class_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => Ok(r),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{}' requires a 'type' object but received a '{}'",
                what, tn
            )))
        }
    }
}

/// `type.__new__(mcls, name, bases, ns)`; `object.__new__(cls, ...)` when `cls` is
/// not a metaclass (user classes find `__new__` here through `super()`).
fn type_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(&first) = args.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let cls = match first {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => r,
        _ => {
            let tn = vm.type_name(first);
            return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({})", tn)));
        }
    };
    let tt = vm.types.type_;
    if !vm.is_subclass(cls, tt) {
        return vm.object_new(cls, &args[1..], kw);
    }
    if cls == tt && args.len() == 2 && kw.is_empty() {
        let t = vm.type_of(args[1]);
        vm.heap.incref_obj(t);
        return Ok(Value::Obj(t));
    }
    if args.len() != 4 {
        return Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.len() - 1
        )));
    }
    if vm.as_str(args[1]).is_none() {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {}", tn)));
    }
    super::new::check_type_name(vm, args[1])?;
    let Some(items) = vm
        .seq_items(args[2])
        .filter(|_| matches!(args[2], Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_))))
    else {
        let tn = vm.type_name(args[2]);
        return Err(vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            tn
        )));
    };
    if !matches!(args[3], Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_))) {
        let tn = vm.type_name(args[3]);
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            tn
        )));
    }
    let mut bases = Vec::new();
    for b in items {
        match b {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => bases.push(r),
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    if bases.is_empty() {
        bases.push(vm.types.object);
    }
    let meta = (cls != tt).then_some(cls);
    if let Some(r) = winner_new(vm, cls, &bases, &args[1..4], kw)? {
        return Ok(r);
    }
    super::new::make_class_full(vm, args[1], &bases, args[3], meta, kw)
}

/// A base's metaclass more derived than `called` (the metaclass `type.__new__` was
/// called for) wins; when it has a `__new__` of its own (abc.ABCMeta computing
/// `__abstractmethods__`), that `__new__` makes the class from `call` (name, bases,
/// namespace), as CPython's `type_new` hands over to the winner's `tp_new`. None:
/// `type.__new__` goes on itself.
pub(crate) fn winner_new(
    vm: &mut Vm,
    called: ObjRef,
    bases: &[ObjRef],
    call: &[Value],
    kw: KwArgs,
) -> PyResult<Option<Value>> {
    let tt = vm.types.type_;
    let meta = (called != tt).then_some(called);
    let winner = vm.winner_metaclass(meta, bases)?.unwrap_or(tt);
    if winner == called {
        return Ok(None);
    }
    let new_name = vm.intern("__new__");
    let own = vm.class_lookup(winner, new_name);
    let plain = vm.class_lookup(tt, new_name);
    let same = matches!((own, plain), (Some(a), Some(b)) if a.is(b));
    for v in [own, plain].into_iter().flatten() {
        vm.decref(v);
    }
    if same {
        return Ok(None);
    }
    let f = vm.get_attr(Value::Obj(winner), new_name)?;
    let mut call_args = vec![Value::Obj(winner)];
    call_args.extend_from_slice(call);
    let r = vm.call_value(f, &call_args, kw);
    vm.decref(f);
    r.map(Some)
}

fn type_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("descriptor '__init__' of 'type' object needs an argument"));
    }
    if args.len() != 2 && args.len() != 4 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: `__new__`, then `__init__` if the result is an
/// instance of `cls` (what calling a class does when its metaclass does not override
/// `__call__`).
fn type_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(&first) = args.first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    let cls = class_arg(vm, first, "__call__")?;
    vm.type_call(cls, &args[1..], kw)
}

fn type_setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "__setattr__", args, 3, 3)?;
    class_arg(vm, args[0], "__setattr__")?;
    super::object::check_attr_name(vm, args[1])?;
    vm.set_attr_no_meta(args[0], args[1], Some(args[2]))?;
    Ok(Value::None)
}

fn type_delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "__delattr__", args, 2, 2)?;
    class_arg(vm, args[0], "__delattr__")?;
    super::object::check_attr_name(vm, args[1])?;
    vm.set_attr_no_meta(args[0], args[1], None)?;
    Ok(Value::None)
}

fn type_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "__repr__", args, 1, 1)?;
    let r = class_arg(vm, args[0], "__repr__")?;
    let s = vm.plain_class_repr(r);
    Ok(vm.new_str(s))
}

fn type_prepare(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.new_dict())
}

/// `function.__get__(inst, owner=None)`: a method bound to `inst`, or the function
/// itself for `inst` None (what attribute lookup does implicitly).
fn function_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "__get__", args, 2, 3)?;
    let (f, inst) = (args[0], args[1]);
    if matches!(inst, Value::None) {
        vm.incref(f);
        return Ok(f);
    }
    vm.incref(f);
    vm.incref(inst);
    Ok(vm.heap.new_value(Obj::BoundMethod {
        func: f,
        self_: inst,
    }))
}

/// `object.__subclasshook__(cls, *args)`: NotImplemented, so `issubclass` against an
/// ABC without a hook of its own falls back to the usual rules (CPython's
/// `object_subclasshook`, any arguments).
fn object_subclasshook(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        // The bound classmethod's qualified name, as the call machinery words it.
        let n = match args
            .first()
            .and_then(|v| v.as_obj())
            .map(|c| vm.heap.get(c))
        {
            Some(Obj::Class(c)) => c.qualname.clone(),
            _ => String::new(),
        };
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            n
        )));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "object.__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(Value::None)
}

impl Vm {
    /// True when a class's metaclass is a user class (not `type`).
    #[inline]
    pub fn has_user_meta(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(c) if c.metaclass.is_some()))
    }

    /// An instance, or a class with a user metaclass: special methods come from
    /// `type(v)` (the dispatchers' instance arms apply).
    #[inline]
    pub fn like_instance(&self, v: Value) -> bool {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(_) => true,
                Obj::Class(c) => c.metaclass.is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    /// `object.__new__(cls, *args)`: a bare instance of a user (or exception) class.
    pub fn object_new(&mut self, cls: ObjRef, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
        let kind = self.class_kind(cls);
        let is_exc = kind == BuiltinType::Exception;
        if !matches!(
            kind,
            BuiltinType::User | BuiltinType::Exception | BuiltinType::Object
        ) {
            let n = self.class_name(cls);
            return Err(self.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                n, n
            )));
        }
        if !args.is_empty() && !is_exc {
            let new_k = self.names.new;
            if let Some(n) = self.class_lookup(cls, new_k) {
                self.decref(n);
                return Err(self.type_error(
                    "object.__new__() takes exactly one argument (the type to instantiate)",
                ));
            }
            let init_k = self.names.init;
            if self.object_override(cls, init_k).is_none() {
                let n = self.class_name(cls);
                return Err(self.type_error(format!("{}() takes no arguments", n)));
            }
        }
        let hint = match self.heap.get(cls) {
            Obj::Class(c) => c.attrs_hint as usize,
            _ => 0,
        };
        self.heap.incref_obj(cls);
        let mut inst = InstanceObj::with_attrs_capacity(cls, hint);
        if is_exc {
            let t = self.exc_args_tuple(args);
            inst.set_exc(ExcState::new(t));
        }
        Ok(self.heap.new_value(Obj::Instance(inst)))
    }

    /// A new class's namespace without `__module__` gets the calling frame's module
    /// name (CPython's `type_new_set_module`).
    pub fn set_default_module(&mut self, dict: Value) -> PyResult<()> {
        let k = self.intern("__module__");
        let Value::Obj(d) = dict else { return Ok(()) };
        if self.dict_get_str(d, k).is_some() {
            return Ok(());
        }
        let Some(globals) = self.frames.last().map(|f| f.globals) else {
            return Ok(());
        };
        let nk = self.intern("__name__");
        if let Some(name) = self.dict_get_str(globals, nk) {
            self.dict_set_item(dict, k, name)?;
        }
        Ok(())
    }

    /// The metaclass of a class being created (CPython's
    /// `_PyType_CalculateMetaclass`): the most derived of `meta` (None: `type`) and
    /// the metaclasses of `bases`. None means plain `type`.
    pub fn winner_metaclass(
        &mut self,
        meta: Option<ObjRef>,
        bases: &[ObjRef],
    ) -> PyResult<Option<ObjRef>> {
        let tt = self.types.type_;
        let types: Vec<ObjRef> = bases.iter().map(|&b| self.type_of(Value::Obj(b))).collect();
        let winner = self.most_derived_metaclass(meta.unwrap_or(tt), &types)?;
        Ok((winner != tt).then_some(winner))
    }

    /// The most derived of `winner` and `types` (CPython's
    /// `_PyType_CalculateMetaclass` loop), or the "metaclass conflict" TypeError.
    fn most_derived_metaclass(&mut self, mut winner: ObjRef, types: &[ObjRef]) -> PyResult<ObjRef> {
        for &bt in types {
            if self.is_subclass(winner, bt) {
                continue;
            }
            if self.is_subclass(bt, winner) {
                winner = bt;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// `__build_class__`'s choice of what to call (CPython's `builtin___build_class__`):
    /// the explicit `metaclass=`, else the type of the first base (`type` without
    /// bases); when that is a class, the most derived of it and the types of all
    /// `bases` (any objects: a base need not be a class). None means `type`.
    pub fn build_class_meta(
        &mut self,
        explicit: Option<Value>,
        bases: &[Value],
    ) -> PyResult<Option<Value>> {
        let meta = match (explicit, bases.first()) {
            (Some(m), _) => m,
            (None, Some(&b)) => Value::Obj(self.type_of(b)),
            (None, None) => return Ok(None),
        };
        let Value::Obj(winner) = meta else {
            return Ok(Some(meta));
        };
        if !matches!(self.heap.get(winner), Obj::Class(_)) {
            return Ok(Some(meta));
        }
        let types: Vec<ObjRef> = bases.iter().map(|&b| self.type_of(b)).collect();
        let winner = self.most_derived_metaclass(winner, &types)?;
        Ok((winner != self.types.type_).then_some(Value::Obj(winner)))
    }

    /// `meta.__prepare__(name, bases, **kw)`: the namespace for the class body (owned;
    /// must be a dict in mempy).
    pub fn prepare_namespace(
        &mut self,
        meta: Value,
        name: Value,
        bases: Value,
        kw: KwArgs,
    ) -> PyResult<Value> {
        let prep = match self.get_attr(meta, "__prepare__") {
            Ok(p) => p,
            Err(e) => {
                self.decref(e.0);
                return Ok(self.new_dict());
            }
        };
        let r = self.call_value(prep, &[name, bases], kw);
        self.decref(prep);
        let ns = r?;
        // Any mapping will do (`PyMapping_Check`): the class body's LOAD_NAME and
        // STORE_NAME go through its methods (`vm/namespace.rs`).
        if !self.is_mapping(ns) {
            let tn = self.type_name(ns);
            let mn = match meta {
                Value::Obj(r) => match self.heap.get(r) {
                    Obj::Class(c) => c.name.clone(),
                    _ => "<metaclass>".to_string(),
                },
                _ => "<metaclass>".to_string(),
            };
            self.decref(ns);
            return Err(self.type_error(format!(
                "{mn}.__prepare__() must return a mapping, not {tn}"
            )));
        }
        Ok(ns)
    }

    /// A metaclass method (owned) that a user metaclass of class `cls` defines or
    /// inherits from a user class (not `type`'s or `object`'s builtins).
    pub fn meta_method(&mut self, cls: ObjRef, name: &str) -> Option<Value> {
        let meta = match self.heap.get(cls) {
            Obj::Class(c) => c.metaclass?,
            _ => return None,
        };
        let m = self.class_lookup(meta, name)?;
        if matches!(m, Value::Obj(r) if matches!(self.heap.get(r), Obj::Builtin(_))) {
            self.decref(m);
            return None;
        }
        Some(m)
    }

    /// `cls(...)` on the dispatch loop's general path when `cls`'s metaclass overrides
    /// `__call__`: calls it with the window's arguments and leaves the result at
    /// `ret_slot`. None (nothing changed) when there is no override.
    pub fn meta_call_hook(
        &mut self,
        cls: ObjRef,
        slot: usize,
        n: usize,
        kwnames: Option<Value>,
        ret_slot: usize,
    ) -> Option<PyResult<bool>> {
        let call = self.meta_method(cls, "__call__")?;
        let (args, kw) = self.window_args(Some(Value::Obj(cls)), slot, n, kwnames);
        // As a special method: a staticmethod, or a callable that is no descriptor
        // (`__call__ = dict`), is called without the class (`lookup_maybe_method`).
        let r = self.call_special_kw(call, args[0], &args[1..], &kw);
        self.decref(call);
        self.drop_to(ret_slot);
        Some(r.map(|v| {
            self.push(v);
            false
        }))
    }

    /// `cls.name` when the class's MRO lacks it: the metaclass's attribute bound to
    /// `cls`, then the metaclass's `__getattr__`. None when `cls` has no user metaclass.
    pub fn meta_getattr_fallback(&mut self, cls: ObjRef, name: Value) -> PyResult<Option<Value>> {
        let meta = match self.heap.get(cls) {
            Obj::Class(c) => match c.metaclass {
                Some(m) => m,
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        if let Some(a) = self.class_lookup(meta, name) {
            return self.bind_descriptor(a, Value::Obj(cls), meta).map(Some);
        }
        let ga = self.names.getattr;
        if let Some(g) = self.class_lookup(meta, ga) {
            let r = self.call_value(g, &[Value::Obj(cls), name], &[]);
            self.decref(g);
            return r.map(Some);
        }
        Ok(None)
    }

    /// `cls.name` for a data descriptor (property, user data descriptor) defined by
    /// `cls`'s user metaclass: it wins over the class's own attributes.
    pub fn meta_data_descr(&mut self, cls: ObjRef, name: Value) -> PyResult<Option<Value>> {
        let meta = match self.heap.get(cls) {
            Obj::Class(c) => match c.metaclass {
                Some(m) => m,
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        let Some(a) = self.class_lookup(meta, name) else {
            return Ok(None);
        };
        let is_prop = matches!(a, Value::Obj(r) if matches!(self.heap.get(r), Obj::Property(_)));
        if is_prop || self.is_user_data_descr(a) {
            return self.bind_descriptor(a, Value::Obj(cls), meta).map(Some);
        }
        self.decref(a);
        Ok(None)
    }

    /// `cls.name = v` / `del cls.name` (v None) when `cls`'s user metaclass overrides
    /// `__setattr__`/`__delattr__` or defines a data descriptor for `name`. None when
    /// it does neither.
    pub fn meta_setattr_hook(
        &mut self,
        cls: ObjRef,
        name: Value,
        v: Option<Value>,
    ) -> Option<PyResult<()>> {
        let meta = match self.heap.get(cls) {
            Obj::Class(c) => c.metaclass?,
            _ => return None,
        };
        let hook = if v.is_some() {
            "__setattr__"
        } else {
            "__delattr__"
        };
        if let Some(f) = self.meta_method(cls, hook) {
            let r = match v {
                Some(v) => self.call_special(f, Value::Obj(cls), &[name, v]),
                None => self.call_special(f, Value::Obj(cls), &[name]),
            };
            self.decref(f);
            return Some(r.map(|x| self.decref(x)));
        }
        self.meta_descr_set(meta, cls, name, v)
    }

    /// A property or user data descriptor of metaclass `meta` intercepting a store to
    /// (or delete of) `cls.name`.
    fn meta_descr_set(
        &mut self,
        meta: ObjRef,
        cls: ObjRef,
        name: Value,
        v: Option<Value>,
    ) -> Option<PyResult<()>> {
        let a = self.class_lookup(meta, name)?;
        let prop = match a {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Property(p) => Some(if v.is_some() { p.fset } else { p.fdel }),
                _ => None,
            },
            _ => None,
        };
        let out = match prop {
            Some(Value::None) => {
                let n = self.as_str(name).unwrap_or("").to_string();
                let tn = self.class_name(meta);
                let what = if v.is_some() { "setter" } else { "deleter" };
                Some(Err(self.attr_error(format!(
                    "property '{}' of '{}' object has no {}",
                    n, tn, what
                ))))
            }
            Some(f) => {
                let r = match v {
                    Some(v) => self.call_value(f, &[Value::Obj(cls), v], &[]),
                    None => self.call_value(f, &[Value::Obj(cls)], &[]),
                };
                Some(r.map(|x| self.decref(x)))
            }
            None => self.descr_set_hook(a, Value::Obj(cls), v),
        };
        self.decref(a);
        out
    }

    /// `type.__setattr__`/`type.__delattr__` (v None): the class-dict store, skipping
    /// the metaclass's own `__setattr__`.
    pub fn set_attr_no_meta(&mut self, cls: Value, name: Value, v: Option<Value>) -> PyResult<()> {
        let Value::Obj(r) = cls else {
            return Ok(());
        };
        let meta = match self.heap.get(r) {
            Obj::Class(c) => c.metaclass,
            _ => None,
        };
        if let Some(meta) = meta {
            if let Some(res) = self.meta_descr_set(meta, r, name, v) {
                return res;
            }
        }
        // With the metaclass hook out of the way, the plain paths apply.
        let saved = match self.heap.get_mut(r) {
            Obj::Class(c) => c.metaclass.take(),
            _ => None,
        };
        let res = self.set_attr(cls, name, v);
        if let Obj::Class(c) = self.heap.get_mut(r) {
            c.metaclass = saved;
        }
        res
    }

    /// `repr(cls)` through a user metaclass's `__repr__`, if it defines one.
    pub fn meta_repr(&mut self, cls: ObjRef) -> PyResult<Option<String>> {
        let Some(f) = self.meta_method(cls, "__repr__") else {
            return Ok(None);
        };
        let r = self.call_special(f, Value::Obj(cls), &[]);
        self.decref(f);
        let s = r?;
        let out = match self.as_str(s) {
            Some(t) => t.to_string(),
            None => {
                let tn = self.type_name(s);
                self.decref(s);
                return Err(self.type_error(format!("__repr__ returned non-string (type {})", tn)));
            }
        };
        self.decref(s);
        Ok(Some(out))
    }

    /// `<class 'mod.Name'>`.
    pub fn plain_class_repr(&mut self, r: ObjRef) -> String {
        let (is_heap, q, n) = match self.heap.get(r) {
            Obj::Class(c) => (c.is_heap, c.qualname.clone(), c.name.clone()),
            _ => return String::new(),
        };
        if is_heap {
            let m = self.class_module(r);
            if m == "builtins" || m.is_empty() {
                format!("<class '{}'>", q)
            } else {
                format!("<class '{}.{}'>", m, q)
            }
        } else {
            format!("<class '{}'>", n)
        }
    }
}
