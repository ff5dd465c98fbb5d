//! Class creation (`__build_class__`, C3 MRO, CPython's `type_new`), the methods of
//! `object` and `BaseException`, and the descriptor types property/staticmethod/
//! classmethod/super.

use super::{add_methods, check_args};
use crate::runtime::object::class::{BuiltinType, ClassObj};
use crate::runtime::object::function::KwArgs;
use crate::runtime::object::{Obj, PropertyObj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

pub fn install(vm: &mut Vm) {
    let o = vm.types.object;
    add_methods(
        vm,
        o,
        &[
            ("__init__", crate::runtime::vm::subclass::object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__hash__", object_hash),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__format__", object_format),
            ("__sizeof__", object_sizeof),
            ("__dir__", object_dir),
        ],
    );
    let be = vm.types.base_exception;
    add_methods(
        vm,
        be,
        &[("__init__", exc_init), ("with_traceback", exc_with_tb)],
    );
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args[0];
    let cls = vm.type_of(v);
    let q = match vm.heap.get(cls) {
        Obj::Class(c) => c.qualname.clone(),
        _ => "?".into(),
    };
    let m = vm.class_module(cls);
    let s = format!("<{}.{} object at {}>", m, q, vm.addr(v));
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(match args[0] {
        Value::Obj(r) => crate::runtime::vm::hashing::identity_hash(r.0),
        v => vm.hash(v)?,
    }))
}

fn object_eq(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(if args[0].is(args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(if args[0].is(args[1]) {
        Value::Bool(false)
    } else {
        Value::NotImplemented
    })
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__setattr__", args, 3, 3)?;
    vm.generic_setattr(args[0], args[1], args[2])?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__delattr__", args, 2, 2)?;
    vm.generic_delattr(args[0], args[1])?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
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
    let s = crate::runtime::heap::sizeof::sizeof(&vm.heap, args[0]);
    let tracked = matches!(args[0], Value::Obj(r) if vm.heap.get(r).is_gc_tracked());
    Ok(Value::Int(s as i64 - if tracked { 16 } else { 0 }))
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = vm.builtin_value("dir");
    let r = vm.call_value(d, &args[..1], &[]);
    vm.decref(d);
    r
}

fn exc_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let me = args[0];
    let rest: Vec<Value> = args[1..].to_vec();
    for &a in &rest {
        vm.incref(a);
    }
    let t = vm.new_tuple(rest);
    if let Some(s) = vm.exc_state_mut(me) {
        let old = std::mem::replace(&mut s.args, t);
        vm.decref(old);
    } else {
        vm.decref(t);
    }
    Ok(Value::None)
}

fn exc_with_tb(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.incref(args[0]);
    Ok(args[0])
}

/// C3 linearisation of a new class's MRO (excluding the class itself).
fn c3(vm: &mut Vm, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = Vec::new();
    for &b in bases {
        let mut s = vec![b];
        if let Obj::Class(c) = vm.heap.get(b) {
            s.extend(c.mro.iter().copied());
        }
        seqs.push(s);
    }
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let h = s[0];
            if !seqs.iter().any(|t| t[1..].contains(&h)) {
                cand = Some(h);
                break;
            }
        }
        let Some(c) = cand else {
            let names: Vec<String> = bases.iter().map(|&b| vm.class_name(b)).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

/// `__build_class__(func, name, *bases, **kw)`: runs the body in a fresh namespace,
/// then creates the class.
pub fn build_class(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = args[0];
    let name = vm.as_str(args[1]).unwrap_or("?").to_string();
    let mut bases: Vec<ObjRef> = Vec::new();
    for &b in &args[2..] {
        match b {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => bases.push(r),
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    let metaclass = super::kwarg(vm, kw, "metaclass");
    if bases.is_empty() {
        bases.push(vm.types.object);
    }
    // The metaclass (explicit or the bases'), its `__prepare__`d namespace, and the
    // keywords it and `__init_subclass__` get (see `vm/metaclass.rs`).
    let metaclass = vm.build_class_meta(metaclass, &bases)?;
    let class_kw: Vec<(ObjRef, Value)> = kw
        .iter()
        .filter(|(k, _)| vm.heap.str(*k) != "metaclass")
        .copied()
        .collect();
    // The name and bases tuple only a metaclass needs (None otherwise).
    let (nm, bt) = if metaclass.is_some() {
        let bt: Vec<Value> = args[2..].to_vec();
        for &b in &bt {
            vm.incref(b);
        }
        (vm.new_str(name.clone()), vm.new_tuple(bt))
    } else {
        (Value::None, Value::None)
    };
    let ns = match metaclass {
        Some(meta) => vm.prepare_namespace(meta, nm, bt, &class_kw),
        None => Ok(vm.new_dict()),
    };
    let ns = match ns {
        Ok(ns) => ns,
        Err(e) => {
            vm.decref(nm);
            vm.decref(bt);
            return Err(e);
        }
    };
    // Run the body with `ns` as its namespace.
    let (code, globals, closure) = match vm.heap.get(func.as_obj().unwrap()) {
        Obj::Function(f) => (f.code.clone(), f.globals, f.closure.clone()),
        _ => return Err(vm.type_error("__build_class__: func must be a function")),
    };
    let cell = vm.run_class_body(code, globals, closure, ns.as_obj().unwrap());
    let cell = match cell {
        Ok(c) => c,
        Err(e) => {
            vm.decref(ns);
            vm.decref(nm);
            vm.decref(bt);
            return Err(e);
        }
    };
    let r = if let Some(meta) = metaclass {
        vm.call_value(meta, &[nm, bt, ns], &class_kw)
    } else {
        make_class_full(vm, &name, &bases, ns, None, &class_kw)
    };
    vm.decref(nm);
    vm.decref(bt);
    vm.decref(ns);
    let cls = r?;
    if !matches!(cell, Value::None) {
        vm.incref(cls);
        vm.cell_set(cell, cls);
        vm.decref(cell);
    }
    Ok(cls)
}

/// `type(name, bases, ns)`: creates a heap class (ns borrowed; its items are copied).
pub fn make_class(vm: &mut Vm, name: &str, bases: &[ObjRef], ns: Value) -> PyResult<Value> {
    make_class_full(vm, name, bases, ns, None, &[])
}

/// `type.__new__(meta, name, bases, ns, **kw)` (CPython's `type_new`): `meta` None
/// means `type` (the bases' metaclasses may still win); `kw` goes to
/// `__init_subclass__`.
pub fn make_class_full(
    vm: &mut Vm,
    name: &str,
    bases: &[ObjRef],
    ns: Value,
    meta: Option<ObjRef>,
    kw: KwArgs,
) -> PyResult<Value> {
    let meta = vm.winner_metaclass(meta, bases)?;
    let solid = vm.layout_of_bases(bases)?;
    let mro = c3(vm, bases)?;
    let mut kind = BuiltinType::User;
    for &m in &mro {
        if vm.class_kind(m) == BuiltinType::Exception {
            kind = BuiltinType::Exception;
        }
    }
    let dict = vm.new_dict();
    vm.dict_update(dict, ns)?;
    vm.set_default_module(dict)?;
    let qn_key = vm.intern("__qualname__");
    let qualname = match vm.dict_get_item(dict, qn_key)? {
        Some(q) => {
            let s = vm.as_str(q).unwrap_or(name).to_string();
            vm.decref(q);
            vm.dict_del_item(dict, qn_key)?;
            s
        }
        None => name.to_string(),
    };
    // Wrap __new__/__init_subclass__/__class_getitem__ as static/class methods.
    let new_k = vm.intern("__new__");
    if let Some(f) = vm.dict_get_item(dict, new_k)? {
        if matches!(f, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Function(_))) {
            let sm = vm.heap.new_value(Obj::StaticMethod(f));
            vm.dict_set_item(dict, new_k, sm)?;
            vm.decref(sm);
        } else {
            vm.decref(f);
        }
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        let k = vm.intern(special);
        if let Some(f) = vm.dict_get_item(dict, k)? {
            if matches!(f, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Function(_))) {
                let cm = vm.heap.new_value(Obj::ClassMethod(f));
                vm.dict_set_item(dict, k, cm)?;
                vm.decref(cm);
            } else {
                vm.decref(f);
            }
        }
    }
    let mut has_del = false;
    let del_k = vm.intern("__del__");
    if vm.dict_get_str(dict.as_obj().unwrap(), del_k).is_some() {
        has_del = true;
    }
    for &m in &mro {
        if let Obj::Class(c) = vm.heap.get(m) {
            if c.has_del {
                has_del = true;
            }
        }
    }
    // __eq__ without __hash__ makes instances unhashable.
    let eq_k = vm.intern("__eq__");
    let hash_k = vm.intern("__hash__");
    let d = dict.as_obj().unwrap();
    if vm.dict_get_str(d, eq_k).is_some() && vm.dict_get_str(d, hash_k).is_none() {
        vm.dict_set_item(dict, hash_k, Value::None)?;
    }
    for &b in bases {
        vm.heap.incref_obj(b);
    }
    for &m in &mro {
        vm.heap.incref_obj(m);
    }
    if let Some(m) = meta {
        vm.heap.incref_obj(m);
    }
    vm.invalidate_method_cache();
    // CPython 3.11 gives a class a shared keys object when its instances get a
    // managed dict (`Py_TPFLAGS_MANAGED_DICT`: a dict is added and the base's
    // `tp_itemsize` is 0): classes over `object`, and over list, dict, set, frozenset,
    // float or str; not int or tuple (variable-size) nor exceptions (which have one).
    let shared_keys = (kind == BuiltinType::User
        && matches!(
            solid,
            BuiltinType::Object
                | BuiltinType::List
                | BuiltinType::Dict
                | BuiltinType::Set
                | BuiltinType::FrozenSet
                | BuiltinType::Float
                | BuiltinType::Str
        ))
    .then(crate::runtime::types::dict::SharedKeys::new_ref);
    let cls = vm.heap.new_value(Obj::Class(Box::new(ClassObj {
        name: name.to_string(),
        qualname,
        bases: bases.to_vec(),
        mro,
        dict: d,
        kind,
        solid,
        is_heap: true,
        has_del,
        attrs_hint: 0,
        shared_keys,
        ctor_epoch: 0,
        ctor_init: None,
        metaclass: meta,
    })));
    if let Err(e) = vm.call_set_names(cls.as_obj().unwrap()) {
        vm.decref(cls);
        return Err(e);
    }
    // __init_subclass__ of the parent.
    if let Some(parent) = bases.first().copied() {
        if let Some(h) = vm.class_lookup(parent, "__init_subclass__") {
            if let Value::Obj(hr) = h {
                if let Obj::ClassMethod(f) = vm.heap.get(hr) {
                    let f = *f;
                    let r = vm.call_value(f, &[cls], kw);
                    vm.decref(h);
                    match r {
                        Ok(x) => vm.decref(x),
                        Err(e) => {
                            vm.decref(cls);
                            return Err(e);
                        }
                    }
                } else {
                    vm.decref(h);
                }
            }
        }
    }
    Ok(cls)
}

pub fn property_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let get = |i: usize, n: &str| -> Value {
        args.get(i)
            .copied()
            .or_else(|| super::kwarg(vm, kw, n))
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
    Ok(vm.heap.new_value(Obj::Property(Box::new(PropertyObj {
        fget,
        fset,
        fdel,
        doc,
    }))))
}

/// `prop.setter(f)` / `getter` / `deleter`: a copy with one function replaced.
pub fn property_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    check_args(vm, "setter", args, 2, 2)?;
    let (mut fget, mut fset, mut fdel, doc) = match vm.heap.get(args[0].as_obj().unwrap()) {
        Obj::Property(p) => (p.fget, p.fset, p.fdel, p.doc),
        _ => return Err(vm.type_error("descriptor requires a property")),
    };
    match which {
        0 => fget = args[1],
        1 => fset = args[1],
        _ => fdel = args[1],
    }
    for v in [fget, fset, fdel, doc] {
        vm.incref(v);
    }
    Ok(vm.heap.new_value(Obj::Property(Box::new(PropertyObj {
        fget,
        fset,
        fdel,
        doc,
    }))))
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

/// `super()` with zero args (from the calling frame) or `super(type, obj)`.
pub fn super_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (typ, obj) = if args.len() >= 2 {
        match args[0] {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => (r, args[1]),
            _ => return Err(vm.type_error("super() argument 1 must be a type")),
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
    vm.heap.incref_obj(typ);
    vm.incref(obj);
    Ok(vm.heap.new_value(Obj::Super { typ, obj }))
}

impl Vm {
    /// Runs a class body function with `ns` as its namespace; returns the `__class__`
    /// cell it returned (owned) or None.
    pub fn run_class_body(
        &mut self,
        code: std::rc::Rc<crate::bytecode::CodeObject>,
        globals: ObjRef,
        closure: Vec<Value>,
        ns: ObjRef,
    ) -> PyResult<Value> {
        let ret_slot = self.sp;
        if ret_slot + code.nlocalsplus() + code.max_stack as usize + 8 >= self.stack.len() {
            return Err(self.stack_exhausted());
        }
        self.push(Value::None);
        let base = self.sp;
        for _ in 0..code.varnames.len() {
            self.push(Value::Undef);
        }
        for _ in 0..code.cellvars.len() {
            let c = self.heap.new_value(Obj::Cell(Value::Undef));
            self.push(c);
        }
        for c in closure {
            self.incref(c);
            self.push(c);
        }
        self.heap.incref_obj(ns);
        self.push_namespace_frame(code, ret_slot, base, globals, ns);
        self.native_depth += 1;
        let r = self.run_frame();
        self.native_depth -= 1;
        self.heap.decref_obj(ns);
        match r? {
            crate::runtime::vm::eval::Exit::Return(v)
            | crate::runtime::vm::eval::Exit::Yield(v) => Ok(v),
        }
    }
}
