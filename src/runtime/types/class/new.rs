//! Class creation: `__build_class__` running a class body (Python/bltinmodule.c's
//! `builtin___build_class__`), the C3 MRO (`mro_implementation`), `type.__new__`
//! (`type_new`) and calling `type` itself (`type(x)`, `type(name, bases, ns)`), from
//! CPython's Objects/typeobject.c. The metaclass steps are in `metaclass.rs`.

use super::{BuiltinType, ClassObj, InstLayout};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

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
    let metaclass = crate::runtime::builtins::kwarg(vm, kw, "metaclass");
    if bases.is_empty() {
        bases.push(vm.types.object);
    }
    // The metaclass (explicit or the bases'), its `__prepare__`d namespace, and the
    // keywords it and `__init_subclass__` get (see `metaclass.rs`).
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
                | BuiltinType::Complex
                | BuiltinType::Str
        ))
    .then(crate::runtime::types::dict::SharedKeys::new_ref);
    let layout = instance_layout(vm, bases, d)?;
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
        layout,
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

/// The instance layout a class statement creates (`type_new`'s slot, dict and
/// weakref decisions): over the base whose instances are largest, with the names of
/// the namespace's `__slots__` (a str or an iterable of str).
fn instance_layout(vm: &mut Vm, bases: &[ObjRef], ns: ObjRef) -> PyResult<InstLayout> {
    let mut base = InstLayout::OBJECT;
    for &b in bases {
        if let Obj::Class(c) = vm.heap.get(b) {
            if c.layout.basicsize > base.basicsize || (bases.len() == 1) {
                base = c.layout;
            }
        }
    }
    let key = vm.intern("__slots__");
    let Some(slots) = vm.dict_get_str(ns, key) else {
        return Ok(InstLayout::derive(base, None));
    };
    let names: Vec<String> = match vm.as_str(slots) {
        Some(s) => vec![s.to_string()],
        None => {
            let items = vm.collect_iter(slots)?;
            let names = items
                .iter()
                .map(|&v| vm.as_str(v).unwrap_or("").to_string())
                .collect();
            for v in items {
                vm.decref(v);
            }
            names
        }
    };
    Ok(InstLayout::derive(base, Some(&names)))
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

/// Calling `type` itself: `type(x)` is `x`'s class, `type(name, bases, ns)` makes a
/// class.
pub fn call_type(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if args.len() == 1 {
        let c = vm.type_of(args[0]);
        vm.heap.incref_obj(c);
        return Ok(Value::Obj(c));
    }
    if args.len() == 3 {
        // type.__new__'s argument checks, in its order.
        let Some(name) = vm.as_str(args[0]).map(str::to_string) else {
            let tn = if matches!(args[0], Value::None) {
                "None".to_string()
            } else {
                vm.type_name(args[0])
            };
            return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {tn}")));
        };
        // Argument Clinic names None as `None`, anything else by its type.
        let shown = |vm: &Vm, v: Value| {
            if matches!(v, Value::None) {
                "None".to_string()
            } else {
                vm.type_name(v)
            }
        };
        let is_tuple = vm.is_instance(args[1], vm.types.tuple);
        if !is_tuple {
            let tn = shown(vm, args[1]);
            return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}")));
        }
        if !vm.is_instance(args[2], vm.types.dict) {
            let tn = shown(vm, args[2]);
            return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}")));
        }
        let mut bases = Vec::new();
        for b in vm.seq_items(args[1]).unwrap_or_default() {
            match b {
                Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => bases.push(r),
                // A base that is not a class has a metaclass (its type) unrelated to
                // `type` (CPython's _PyType_CalculateMetaclass).
                _ => {
                    return Err(vm.type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    ))
                }
            }
        }
        let bases = if bases.is_empty() {
            vec![vm.types.object]
        } else {
            bases
        };
        return make_class(vm, &name, &bases, args[2]);
    }
    Err(vm.type_error("type() takes 1 or 3 arguments"))
}
