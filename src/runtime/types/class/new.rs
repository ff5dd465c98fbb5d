//! Class creation: `__build_class__` running a class body (Python/bltinmodule.c's
//! `builtin___build_class__`), the C3 MRO (`mro_implementation`), `type.__new__`
//! (`type_new`) with its instance layout (`best_base`, `solid_base`, `__slots__`:
//! `type_new_slots`, and the member descriptors `add_members` puts in the namespace)
//! and calling `type` itself (`type(x)`, `type(name, bases, ns)`), from CPython's
//! Objects/typeobject.c. The metaclass steps are in `metaclass.rs`.

use super::{BuiltinType, ClassObj, InstLayout};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// C3 linearisation of a new class's MRO (excluding the class itself).
pub(super) fn c3(vm: &mut Vm, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    // A base whose metaclass's `mro()` is still running has no MRO to merge yet.
    for &b in bases {
        if matches!(vm.heap.get(b), Obj::Class(c) if c.mro_tuple.0 == 0 && c.is_heap) {
            let n = vm.class_name(b);
            return Err(vm.type_error(format!("Cannot extend an incomplete type '{n}'")));
        }
    }
    // CPython's `check_duplicates`, before the merge (one base cannot repeat).
    if bases.len() > 1 {
        for (i, &b) in bases.iter().enumerate() {
            if bases[i + 1..].contains(&b) {
                let n = vm.class_name(b);
                return Err(vm.type_error(format!("duplicate base class {n}")));
            }
        }
    }
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
            // CPython's `set_mro_error` names the classes the merge was stuck on:
            // the head of each sequence left, each once, in order.
            let mut heads: Vec<ObjRef> = Vec::new();
            for s in &seqs {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            let names: Vec<String> = heads.iter().map(|&b| vm.class_name(b)).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
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
/// then creates the class. A base that is not a class but has `__mro_entries__`
/// (`class Box(Generic[T])`, `class L(list[int])`) is replaced by what that returns
/// (PEP 560, CPython's `update_bases`), and the bases as written are kept in the
/// namespace as `__orig_bases__`.
pub fn build_class(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let Some(resolved) = resolve_mro_entries(vm, &args[2..])? else {
        return build_class_from(vm, args, &args[2..], None, kw);
    };
    let orig: Vec<Value> = args[2..].to_vec();
    for &b in &orig {
        vm.incref(b);
    }
    let orig = vm.new_tuple(orig);
    let r = build_class_from(vm, args, &resolved, Some(orig), kw);
    vm.decref(orig);
    for b in resolved {
        vm.decref(b);
    }
    r
}

/// The bases with each non-class that has `__mro_entries__` replaced by the items of
/// the tuple it returns (owned), or None when no base has one.
fn resolve_mro_entries(vm: &mut Vm, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let is_class =
        |vm: &Vm, b: Value| matches!(b, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)));
    if bases.iter().all(|&b| is_class(vm, b)) {
        return Ok(None);
    }
    let mut out: Vec<Value> = Vec::new();
    let mut changed = false;
    let mut orig_tuple = Value::None;
    let name = vm.intern("__mro_entries__");
    let mut res = Ok(());
    for &b in bases {
        let hook = if is_class(vm, b) {
            None
        } else {
            match vm.lookup_attr(b, name) {
                Ok(h) => h,
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        };
        let Some(hook) = hook else {
            vm.incref(b);
            out.push(b);
            continue;
        };
        if matches!(orig_tuple, Value::None) {
            let items = bases.to_vec();
            for &x in &items {
                vm.incref(x);
            }
            orig_tuple = vm.new_tuple(items);
        }
        let r = vm.call_value(hook, &[orig_tuple], &[]);
        vm.decref(hook);
        let entries = match r {
            Ok(v) => v,
            Err(e) => {
                res = Err(e);
                break;
            }
        };
        if !matches!(entries, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_))) {
            vm.decref(entries);
            res = Err(vm.type_error("__mro_entries__ must return a tuple"));
            break;
        }
        for x in vm.seq_items(entries).unwrap_or_default() {
            vm.incref(x);
            out.push(x);
        }
        vm.decref(entries);
        changed = true;
    }
    vm.decref(orig_tuple);
    if let Err(e) = res {
        for x in out {
            vm.decref(x);
        }
        return Err(e);
    }
    if !changed {
        for x in out {
            vm.decref(x);
        }
        return Ok(None);
    }
    Ok(Some(out))
}

/// `build_class` once the bases are resolved (`bases`; `args` as given, for the
/// function and name); `orig_bases` (borrowed) is stored as `__orig_bases__`.
fn build_class_from(
    vm: &mut Vm,
    args: &[Value],
    base_vals: &[Value],
    orig_bases: Option<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    let func = args[0];
    let name = vm.as_str(args[1]).unwrap_or("?").to_string();
    let metaclass = crate::runtime::builtins::kwarg(vm, kw, "metaclass");
    // The metaclass (explicit or the bases'), its `__prepare__`d namespace, and the
    // keywords it and `__init_subclass__` get (see `metaclass.rs`). It is chosen
    // from the bases as given: a class statement without bases does not consult
    // `object`'s metaclass, so `metaclass=` may name any class, even one that is
    // not a subclass of `type`, and a base that is not a class brings its own type.
    let metaclass = vm.build_class_meta(metaclass, base_vals)?;
    let mut bases: Vec<ObjRef> = Vec::new();
    if metaclass.is_none() {
        // Plain `type` won: every base's type is a subclass of `type`, so a class.
        for &b in base_vals {
            match b {
                Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => bases.push(r),
                _ => return Err(vm.type_error("bases must be types")),
            }
        }
        if bases.is_empty() {
            bases.push(vm.types.object);
        }
    }
    let class_kw: Vec<(ObjRef, Value)> = kw
        .iter()
        .filter(|(k, _)| vm.heap.str(*k) != "metaclass")
        .copied()
        .collect();
    // The name and bases tuple only a metaclass needs (None otherwise).
    let (nm, bt) = if metaclass.is_some() {
        let bt: Vec<Value> = base_vals.to_vec();
        for &b in &bt {
            vm.incref(b);
        }
        // The name object itself, as CPython's `__build_class__` passes it on.
        vm.incref(args[1]);
        (args[1], vm.new_tuple(bt))
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
    let mut cell = vm.run_class_body(code, globals, closure, ns.as_obj().unwrap());
    if let (Ok(c), Some(ob)) = (&cell, orig_bases) {
        let k = vm.intern("__orig_bases__");
        if let Err(e) = vm.set_item(ns, k, ob) {
            vm.decref(*c);
            cell = Err(e);
        }
    }
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
        make_class_full(vm, args[1], &bases, ns, None, &class_kw)
    };
    vm.decref(nm);
    vm.decref(bt);
    vm.decref(ns);
    let cls = match r {
        Ok(c) => c,
        Err(e) => {
            vm.decref(cell);
            return Err(e);
        }
    };
    // CPython's `builtin___build_class__`: the cell the body returned must now hold
    // the class made (type.__new__ filled it from `__classcell__`); a metaclass that
    // dropped `__classcell__`, or made another class from it, is an error.
    let is_class = matches!(cls, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)));
    if let (true, Value::Obj(cr)) = (is_class, cell) {
        if let Obj::Cell(held) = *vm.heap.get(cr) {
            if !held.is(cls) {
                let name_v = vm.new_str(name.clone());
                let nr = vm.repr(name_v);
                vm.decref(name_v);
                let cr_ = vm.repr(cls);
                let err = match (nr, cr_) {
                    (Ok(nr), Ok(clr)) if held.is_undef() => vm.err(
                        "RuntimeError",
                        format!(
                            "__class__ not set defining {nr} as {clr}. \
                         Was __classcell__ propagated to type.__new__?"
                        ),
                    ),
                    (Ok(nr), Ok(clr)) => match vm.repr(held) {
                        Ok(hr) => {
                            vm.type_error(format!("__class__ set to {hr} defining {nr} as {clr}"))
                        }
                        Err(e) => e,
                    },
                    (Err(e), _) | (_, Err(e)) => e,
                };
                vm.decref(cell);
                vm.decref(cls);
                return Err(err);
            }
        }
    }
    vm.decref(cell);
    Ok(cls)
}

/// CPython's `mro_internal` for a new class whose metaclass overrides `mro()`: the
/// class's `__mro__` becomes what `meta.mro(cls)` returns, once `mro_check` has
/// found only classes there whose instance layout the class's extends. A plain
/// metaclass keeps the C3 order already computed.
fn custom_mro(vm: &mut Vm, cls: ObjRef, meta: Option<ObjRef>) -> PyResult<()> {
    let Some(meta) = meta else { return Ok(()) };
    let key = vm.intern("mro");
    let Some(m) = vm.class_lookup(meta, key) else {
        return Ok(());
    };
    let tt = vm.types.type_;
    if vm.class_lookup_borrowed(tt, key).is_some_and(|t| t.is(m)) {
        vm.decref(m);
        return Ok(());
    }
    // While `mro()` runs the class has no `__mro__` yet (CPython's `tp_mro` is
    // NULL then): it reads None. The C3 tuple is kept aside, and put back if the
    // call fails without anything (a `__bases__` assignment) having set another.
    let saved = match vm.heap.get_mut(cls) {
        Obj::Class(c) => std::mem::replace(&mut c.mro_tuple, ObjRef(0)),
        _ => ObjRef(0),
    };
    let r = vm.call_special(m, Value::Obj(cls), &[]);
    vm.decref(m);
    let items = r.and_then(|r| {
        let items = vm.collect_iter(r);
        vm.decref(r);
        items
    });
    let items = match items {
        Ok(items) => items,
        Err(e) => {
            let restored = match vm.heap.get_mut(cls) {
                Obj::Class(c) if c.mro_tuple.0 == 0 => {
                    c.mro_tuple = saved;
                    true
                }
                _ => false,
            };
            if !restored && saved.0 != 0 {
                vm.heap.decref_obj(saved);
            }
            return Err(e);
        }
    };
    if saved.0 != 0 {
        vm.heap.decref_obj(saved);
    }
    let release = |vm: &mut Vm, items: Vec<Value>| {
        for x in items {
            vm.decref(x);
        }
    };
    // `mro_check`. The class's own MRO is not yet in force: whether its layout
    // extends a base's is asked along its `__base__` chain, as CPython does then.
    let solid = vm.layout_root(cls);
    let mut mro = Vec::with_capacity(items.len());
    for &it in &items {
        let b = match it {
            Value::Obj(b) if matches!(vm.heap.get(b), Obj::Class(_)) => b,
            _ => {
                let tn = vm.type_name(it);
                release(vm, items);
                restore_c3_tuple(vm, cls);
                return Err(vm.type_error(format!("mro() returned a non-class ('{tn}')")));
            }
        };
        let want = vm.layout_root(b);
        let mut k = solid;
        let ok = loop {
            if k == want {
                break true;
            }
            if solid != cls && vm.is_subclass(solid, want) {
                break true;
            }
            match vm.heap.get(k) {
                Obj::Class(c) if c.base.0 != 0 => k = c.base,
                _ => break false,
            }
        };
        if !ok {
            let n = vm.class_name(b);
            release(vm, items);
            restore_c3_tuple(vm, cls);
            return Err(vm.type_error(format!(
                "mro() returned base with unsuitable layout ('{n}')"
            )));
        }
        mro.push(b);
    }
    // The lookups walk the class's own dict, then `mro` without it; `__mro__` keeps
    // the order as returned (see `find_name_in_mro`).
    let tuple = vm.new_tuple(items).as_obj().expect("a tuple is an object");
    let rest: Vec<ObjRef> = mro.into_iter().filter(|&b| b != cls).collect();
    let old = match vm.heap.get_mut(cls) {
        Obj::Class(c) => {
            c.mro = rest;
            std::mem::replace(&mut c.mro_tuple, tuple)
        }
        _ => tuple,
    };
    vm.invalidate_method_cache();
    if old.0 != 0 {
        vm.heap.decref_obj(old);
    }
    Ok(())
}

/// After a rejected `mro()` result: the class (about to be dropped) gets a
/// `__mro__` tuple again if it has none, from its C3 `mro`.
fn restore_c3_tuple(vm: &mut Vm, cls: ObjRef) {
    let mro = match vm.heap.get(cls) {
        Obj::Class(c) if c.mro_tuple.0 == 0 => c.mro.clone(),
        _ => return,
    };
    let mut v = Vec::with_capacity(mro.len() + 1);
    v.push(Value::Obj(cls));
    v.extend(mro.into_iter().map(Value::Obj));
    for &x in &v {
        vm.incref(x);
    }
    let t = vm.new_tuple(v).as_obj().expect("a tuple is an object");
    if let Obj::Class(c) = vm.heap.get_mut(cls) {
        c.mro_tuple = t;
    }
}

/// `type(name, bases, ns)`: creates a heap class (ns borrowed; its items are copied).
pub fn make_class(vm: &mut Vm, name: &str, bases: &[ObjRef], ns: Value) -> PyResult<Value> {
    let name = vm.new_str(name);
    let r = make_class_full(vm, name, bases, ns, None, &[]);
    vm.decref(name);
    r
}

/// `type.__new__(meta, name, bases, ns, **kw)` (CPython's `type_new`): `meta` None
/// means `type` (the bases' metaclasses may still win); `kw` goes to
/// `__init_subclass__`. `name_obj` (a str, borrowed) becomes the class's
/// `__name__` object itself (CPython's `ht_name`), and its `__qualname__` too unless
/// the namespace gives one.
pub fn make_class_full(
    vm: &mut Vm,
    name_obj: Value,
    bases: &[ObjRef],
    ns: Value,
    meta: Option<ObjRef>,
    kw: KwArgs,
) -> PyResult<Value> {
    let name_s = vm.as_str(name_obj).unwrap_or("?").to_string();
    let name = name_s.as_str();
    let meta = vm.winner_metaclass(meta, bases)?;
    let solid = vm.layout_of_bases(bases)?;
    let best = best_base(vm, bases)?;
    let mro = c3(vm, bases)?;
    let mut kind = BuiltinType::User;
    for &m in &mro {
        if vm.class_kind(m) == BuiltinType::Exception {
            kind = BuiltinType::Exception;
        }
    }
    // `__bases__` is made before the namespace is copied, as CPython's `type_new`
    // does (the order the collector later finds them in).
    let bases_tuple = {
        for &b in bases {
            vm.heap.incref_obj(b);
        }
        let v = bases.iter().map(|&b| Value::Obj(b)).collect();
        vm.new_tuple(v).as_obj().expect("a tuple is an object")
    };
    let dict = vm.new_dict();
    let (qualname, qualname_obj, classcell) = match fill_namespace(vm, dict, ns, name_obj) {
        Ok(q) => q,
        Err(e) => {
            vm.decref(dict);
            vm.heap.decref_obj(bases_tuple);
            return Err(e);
        }
    };
    // `type_new_set_doc`: a str `__doc__` becomes the type's C string `tp_doc`.
    let doc_k = vm.intern("__doc__");
    if let Some(doc) = vm.dict_get_str(dict.as_obj().unwrap(), doc_k) {
        if let Err(e) = check_utf8(vm, doc) {
            vm.decref(dict);
            vm.heap.decref_obj(bases_tuple);
            vm.decref(qualname_obj);
            if let Some(c) = classcell {
                vm.decref(c);
            }
            return Err(e);
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
    let d = dict.as_obj().unwrap();
    let (layout, slots) = match slot_spec(vm, name, bases, best, d) {
        Ok(x) => x,
        Err(e) => {
            vm.decref(dict);
            vm.heap.decref_obj(bases_tuple);
            vm.decref(qualname_obj);
            if let Some(c) = classcell {
                vm.decref(c);
            }
            return Err(e);
        }
    };
    // The class owns its `__bases__` tuple and its best base (`tp_base`); its
    // `__mro__` tuple, which starts with the class, is made once the class exists.
    vm.heap.incref_obj(best);
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
    .then(crate::runtime::types::dict::SharedKeys::new_ref)
    .filter(|_| layout.managed_dict);
    vm.incref(name_obj);
    let cls = vm.heap.new_value(Obj::Class(Box::new(ClassObj {
        name: name.to_string(),
        qualname,
        name_obj,
        qualname_obj,
        bases: bases.to_vec(),
        mro: mro.clone(),
        bases_tuple,
        mro_tuple: ObjRef(0),
        base: best,
        dict: d,
        kind,
        solid,
        is_heap: true,
        has_del,
        attrs_hint: layout.nslots,
        inst_keys: Default::default(),
        shared_keys,
        ctor_epoch: 0,
        facts_epoch: u64::MAX,
        facts: 0,
        ctor_init: None,
        ctor_exc: false,
        native_new: None,
        metaclass: meta,
        layout,
        subclasses: Vec::new(),
    })));
    let cr = cls.as_obj().expect("a class is an object");
    // CPython's `type_new_set_classcell`: the methods' `__class__` cell is filled as
    // soon as the class exists, so zero-argument super() works inside a metaclass's
    // `__new__` and `__init_subclass__`.
    if let Some(c) = classcell {
        vm.incref(cls);
        vm.cell_set(c, cls);
        vm.decref(c);
    }
    super::bases::note_subclass(&mut vm.heap, cr, bases);
    // `type_new_set_names` walks a copy of the namespace (`PyDict_Copy`), freed
    // at once: only the collector's count sees it.
    vm.heap.before_tp_call_args(0, 1);
    vm.heap.after_tp_call_args(0, 1);
    let mro_tuple = {
        let mut v = Vec::with_capacity(mro.len() + 1);
        v.push(cls);
        v.extend(mro.iter().map(|&m| Value::Obj(m)));
        for &x in &v {
            vm.incref(x);
        }
        vm.new_tuple(v).as_obj().expect("a tuple is an object")
    };
    if let Obj::Class(c) = vm.heap.get_mut(cr) {
        c.mro_tuple = mro_tuple;
    }
    add_members(vm, cr, d, layout, &slots);
    add_getsets(vm, cr, d, &slots);
    // CPython's `type_dict_set_doc`: a class without a docstring gets `__doc__ = None`.
    let doc_k = vm.intern("__doc__");
    if vm.dict_get_str(d, doc_k).is_none() {
        let _ = vm.dict_set_item(dict, doc_k, Value::None);
    }
    // __eq__ without __hash__ makes instances unhashable (after the members, as
    // CPython's `PyType_Ready` sets it).
    let eq_k = vm.intern("__eq__");
    let hash_k = vm.intern("__hash__");
    if vm.dict_get_str(d, eq_k).is_some() && vm.dict_get_str(d, hash_k).is_none() {
        let _ = vm.dict_set_item(dict, hash_k, Value::None);
    }
    if let Err(e) = custom_mro(vm, cr, meta) {
        vm.decref(cls);
        return Err(e);
    }
    if let Err(e) = vm.call_set_names(cls.as_obj().unwrap()) {
        vm.decref(cls);
        return Err(e);
    }
    // __init_subclass__ of the parent.
    if let Some(parent) = bases.first().copied() {
        if let Some(h) = vm.class_lookup(parent, "__init_subclass__") {
            if let Value::Obj(hr) = h {
                if let Obj::ClassMethod(f, ..) = vm.heap.get(hr) {
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

/// Fills a new class's namespace `dict` from the class body's `ns` (CPython's
/// `type_new_set_attrs`): `__module__` by default, `__qualname__` taken out (and
/// returned, `name` by default), `__new__` made a staticmethod and
/// `__init_subclass__`/`__class_getitem__` classmethods.
///
/// Also takes `__classcell__` out (returned, owned): the cell of the methods'
/// `__class__` that the class body left there, to be filled with the new class; a
/// value that is not a cell is a TypeError.
fn fill_namespace(
    vm: &mut Vm,
    dict: Value,
    ns: Value,
    name: Value,
) -> PyResult<(String, Value, Option<Value>)> {
    vm.dict_update(dict, ns)?;
    vm.set_default_module(dict)?;
    let cell_k = vm.intern("__classcell__");
    let classcell = match vm.dict_get_item(dict, cell_k)? {
        Some(c) if matches!(c, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Cell(_))) => {
            vm.dict_del_item(dict, cell_k)?;
            Some(c)
        }
        Some(c) => {
            let t = vm.type_of(c);
            vm.decref(c);
            let tr = vm.repr(Value::Obj(t))?;
            return Err(vm.type_error(format!("__classcell__ must be a nonlocal cell, not {tr}")));
        }
        None => None,
    };
    let qualname = fill_namespace_rest(vm, dict, name);
    match qualname {
        Ok((q, qo)) => Ok((q, qo, classcell)),
        Err(e) => {
            if let Some(c) = classcell {
                vm.decref(c);
            }
            Err(e)
        }
    }
}

/// The rest of `fill_namespace`; returns the qualname as text and as the str object
/// the class keeps (owned: the namespace's `__qualname__` itself, else `name`).
fn fill_namespace_rest(vm: &mut Vm, dict: Value, name: Value) -> PyResult<(String, Value)> {
    let qn_key = vm.intern("__qualname__");
    let qualname = match vm.dict_get_item(dict, qn_key)? {
        Some(q) => {
            // CPython's `type_new_set_ht_name`.
            let Some(s) = vm.as_str(q).map(str::to_string) else {
                let tn = vm.type_name(q);
                vm.decref(q);
                return Err(vm.type_error(format!("type __qualname__ must be a str, not {tn}")));
            };
            if let Err(e) = vm.dict_del_item(dict, qn_key) {
                vm.decref(q);
                return Err(e);
            }
            (s, q)
        }
        None => {
            vm.incref(name);
            (vm.as_str(name).unwrap_or("?").to_string(), name)
        }
    };
    if let Err(e) = wrap_special_functions(vm, dict) {
        vm.decref(qualname.1);
        return Err(e);
    }
    Ok(qualname)
}

/// `__new__` made a staticmethod, `__init_subclass__` and `__class_getitem__`
/// classmethods, as `type_new` does with plain functions in the namespace.
fn wrap_special_functions(vm: &mut Vm, dict: Value) -> PyResult<()> {
    // Wrap __new__/__init_subclass__/__class_getitem__ as static/class methods.
    let new_k = vm.intern("__new__");
    if let Some(f) = vm.dict_get_item(dict, new_k)? {
        if matches!(f, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Function(_))) {
            let sm = vm.heap.new_value(Obj::StaticMethod(f, None));
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
                let cm = vm.heap.new_value(Obj::ClassMethod(f, None));
                vm.dict_set_item(dict, k, cm)?;
                vm.decref(cm);
            } else {
                vm.decref(f);
            }
        }
    }
    Ok(())
}

/// What a class statement's `__slots__` asks for (CPython's `type_new_slots`,
/// `type_new_visit_slots` and `type_new_copy_slots`): its own slot names (mangled,
/// sorted, without `__dict__`/`__weakref__`; interned str values, not owned here), and
/// whether instances get a dict and a weakref slot.
struct SlotSpec {
    names: Vec<Value>,
    add_dict: bool,
    add_weak: bool,
}

/// CPython's `solid_base`: the class whose instance layout `cls`'s extends — the
/// nearest class along its MRO that adds slots, or a builtin with its own layout
/// (every builtin exception shares `BaseException`'s here), else `object`.
fn solid_base(vm: &Vm, cls: ObjRef) -> ObjRef {
    let Obj::Class(c) = vm.heap.get(cls) else {
        return vm.types.object;
    };
    for k in std::iter::once(cls).chain(c.mro.iter().copied()) {
        let Obj::Class(kc) = vm.heap.get(k) else {
            continue;
        };
        if kc.is_heap {
            if kc.layout.nslots > kc.layout.slot_start {
                return k;
            }
        } else if kc.kind == BuiltinType::Exception {
            return vm.types.base_exception;
        } else if kc.kind.has_payload() || kc.kind == BuiltinType::Type {
            return k;
        }
    }
    vm.types.object
}

/// CPython's `best_base`: the base whose layout the new class extends (its solid base
/// is a subclass of every other base's), or the lay-out conflict TypeError.
pub(super) fn best_base(vm: &mut Vm, bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut best = bases[0];
    let mut winner = solid_base(vm, best);
    for &b in &bases[1..] {
        let s = solid_base(vm, b);
        if vm.is_subclass(winner, s) {
            continue;
        }
        if !vm.is_subclass(s, winner) {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
        winner = s;
        best = b;
    }
    Ok(best)
}

/// The layout of a class's instances, CPython's `type_new_slots`: over the best base
/// `base`, the namespace `ns`'s `__slots__` (a str or an iterable of str), checked and
/// mangled with the class name `name`; without `__slots__` a dict and a weakref slot
/// are added where the base lacks them.
fn slot_spec(
    vm: &mut Vm,
    name: &str,
    bases: &[ObjRef],
    base: ObjRef,
    ns: ObjRef,
) -> PyResult<(InstLayout, SlotSpec)> {
    let bl = match vm.heap.get(base) {
        Obj::Class(c) => super::sizes::base_layout(c),
        _ => InstLayout::OBJECT,
    };
    let may_add_dict = !bl.has_dict;
    let may_add_weak = !bl.has_weakref && !bl.itemsize;
    let key = vm.intern("__slots__");
    let Some(slots) = vm.dict_get_str(ns, key) else {
        let spec = SlotSpec {
            names: Vec::new(),
            add_dict: may_add_dict,
            add_weak: may_add_weak,
        };
        return Ok((InstLayout::derive(bl, 0, may_add_dict, may_add_weak), spec));
    };
    let items = if vm.as_str(slots).is_some() {
        vm.incref(slots);
        vec![slots]
    } else {
        vm.collect_iter(slots)?
    };
    let res = visit_slots(vm, name, bases, base, bl, ns, &items);
    for v in items {
        vm.decref(v);
    }
    let spec = res?;
    let n = spec.names.len() as u32;
    let layout = InstLayout::derive(bl, n, spec.add_dict, spec.add_weak);
    Ok((layout, spec))
}

/// The checks and copies of `slot_spec` over the `__slots__` items (borrowed).
fn visit_slots(
    vm: &mut Vm,
    name: &str,
    bases: &[ObjRef],
    base: ObjRef,
    bl: InstLayout,
    ns: ObjRef,
    items: &[Value],
) -> PyResult<SlotSpec> {
    let (may_add_dict, may_add_weak) = (!bl.has_dict, !bl.has_weakref && !bl.itemsize);
    if !items.is_empty() && bl.itemsize {
        let bn = vm.class_name(base);
        return Err(vm.type_error(format!(
            "nonempty __slots__ not supported for subtype of '{bn}'"
        )));
    }
    let (mut add_dict, mut add_weak) = (false, false);
    for &v in items {
        let Some(s) = vm.as_str(v) else {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("__slots__ items must be strings, not '{tn}'")));
        };
        if !crate::text::str_methods::isidentifier(s) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        if s == "__dict__" {
            if !may_add_dict || add_dict {
                return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
            }
            add_dict = true;
        } else if s == "__weakref__" {
            if !may_add_weak || add_weak {
                return Err(vm.type_error(
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                ));
            }
            add_weak = true;
        }
    }
    let mut names: Vec<String> = Vec::new();
    for &v in items {
        let s = vm.as_str(v).unwrap_or("");
        if s == "__dict__" || s == "__weakref__" {
            continue;
        }
        // Mangled as the compiler mangles the class body's names.
        let slot =
            crate::compiler::symtable::mangle(Some(name), s).unwrap_or_else(|| s.to_string());
        let sv = vm.intern(&slot);
        // The class body's `__qualname__` is no class variable (mempy removed it).
        if vm.dict_get_str(ns, sv).is_some() {
            let r = vm.repr(sv)?;
            return Err(vm.err(
                "ValueError",
                format!("{r} in __slots__ conflicts with class variable"),
            ));
        }
        names.push(slot);
    }
    names.sort();
    // Secondary bases may provide a dict or weakref slot.
    if bases.len() > 1 && ((may_add_dict && !add_dict) || (may_add_weak && !add_weak)) {
        for &b in bases.iter().filter(|&&b| b != base) {
            let l = match vm.heap.get(b) {
                Obj::Class(c) => c.layout,
                _ => continue,
            };
            add_dict |= may_add_dict && l.has_dict;
            add_weak |= may_add_weak && l.has_weakref;
        }
    }
    let names: Vec<Value> = names.iter().map(|n| vm.intern(n)).collect();
    // `type_new_copy_slots` sorts the names in a new list, then keeps them as a
    // tuple (`ht_slots`; the empty one when there are none): only the
    // collector's count sees those two.
    {
        use crate::runtime::heap::free_lists::Kind;
        vm.heap.note_unbuilt_alloc(Kind::List);
        vm.heap.note_unbuilt_free(Kind::List);
        if !names.is_empty() {
            vm.heap.note_unbuilt_alloc(Kind::Tuple(names.len()));
        }
    }
    Ok(SlotSpec {
        names,
        add_dict,
        add_weak,
    })
}

/// Puts a member descriptor for each of the new class `cls`'s own slots into its
/// namespace `d` (CPython's `add_members` in `PyType_Ready`).
fn add_members(vm: &mut Vm, cls: ObjRef, d: ObjRef, layout: InstLayout, spec: &SlotSpec) {
    use crate::runtime::types::member::MemberKind;
    for (i, &n) in spec.names.iter().enumerate() {
        let index = layout.slot_start + i as u32;
        add_descriptor(vm, cls, d, n, index, MemberKind::Slot);
    }
}

/// Puts the `__dict__` and `__weakref__` getset descriptors into the new class
/// `cls`'s namespace `d` when the class adds that storage to its instances
/// (CPython's `type_new_descriptors` choosing `subtype_getsets_full`, then
/// `add_getset` in `PyType_Ready`).
fn add_getsets(vm: &mut Vm, cls: ObjRef, d: ObjRef, spec: &SlotSpec) {
    use crate::runtime::types::member::MemberKind;
    for (add, name, kind) in [
        (spec.add_dict, "__dict__", MemberKind::Dict),
        (spec.add_weak, "__weakref__", MemberKind::Weakref),
    ] {
        if add {
            let n = vm.intern(name);
            add_descriptor(vm, cls, d, n, 0, kind);
        }
    }
}

/// A member or getset descriptor of `cls` named `n` (an interned str) into its
/// namespace `d`, unless the name is already there (`PyType_Ready` keeps an entry
/// already present: the first of two equal names wins).
pub(crate) fn add_descriptor(
    vm: &mut Vm,
    cls: ObjRef,
    d: ObjRef,
    n: Value,
    index: u32,
    kind: crate::runtime::types::member::MemberKind,
) {
    let Value::Obj(nr) = n else { return };
    if vm.dict_get_str(d, n).is_some() {
        return;
    }
    vm.heap.incref_obj(nr);
    vm.heap.incref_obj(cls);
    let m = vm
        .heap
        .new_value(Obj::Member(crate::runtime::object::MemberObj {
            name: nr,
            objclass: cls,
            index,
            kind,
        }));
    // A fresh dict entry for an interned str key: nothing can fail.
    let _ = vm.dict_set_item(Value::Obj(d), n, m);
    vm.decref(m);
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

/// The checks `type.__new__` makes of a class name `v` (a str) beyond its type: it
/// must encode to UTF-8 (a lone surrogate is a UnicodeEncodeError, from CPython's
/// `PyUnicode_AsUTF8AndSize`) and hold no NUL (ValueError).
pub(crate) fn check_type_name(vm: &mut Vm, v: Value) -> PyResult<()> {
    check_utf8(vm, v)?;
    if vm.as_str(v).is_some_and(|s| s.contains('\0')) {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    Ok(())
}

/// A str that becomes a C string of the type (its name, its `tp_doc`) must encode to
/// UTF-8: a lone surrogate is CPython's UnicodeEncodeError from `PyUnicode_AsUTF8`.
fn check_utf8(vm: &mut Vm, v: Value) -> PyResult<()> {
    if vm.str_is_flagged(v) {
        let text = vm.as_str(v).unwrap_or("").to_string();
        let utf8 = crate::text::codecs::Codec::Utf8;
        let strict = crate::text::codecs::Errors::Strict;
        if let Err(e) = crate::text::codecs::encode(&text, true, utf8, strict) {
            vm.incref(v);
            return Err(vm.codec_error(false, e, v));
        }
    }
    Ok(())
}

/// Calling `type` itself: `type(x)` is `x`'s class, `type(name, bases, ns)` makes a
/// class.
pub fn call_type(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // `type(x)` takes no keywords (CPython's `type_vectorcall`); with three
    // arguments they go to the new class's `__init_subclass__` (`type_new`).
    if args.len() == 1 && !kw.is_empty() {
        return Err(vm.type_error("type() takes no keyword arguments"));
    }
    if args.len() == 1 {
        let c = vm.type_of(args[0]);
        vm.heap.incref_obj(c);
        return Ok(Value::Obj(c));
    }
    if args.len() == 3 {
        // type.__new__'s argument checks, in its order.
        if vm.as_str(args[0]).is_none() {
            let tn = if matches!(args[0], Value::None) {
                "None".to_string()
            } else {
                vm.type_name(args[0])
            };
            return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {tn}")));
        }
        check_type_name(vm, args[0])?;
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
                // A base that is not a class: one that would stand for classes in a
                // class statement is refused as such (CPython's type_new_get_bases);
                // any other has a metaclass (its type) unrelated to `type`
                // (_PyType_CalculateMetaclass).
                _ => {
                    let name = vm.intern("__mro_entries__");
                    if let Some(hook) = vm.lookup_attr(b, name)? {
                        vm.decref(hook);
                        return Err(vm.type_error(
                            "type() doesn't support MRO entry resolution; use types.new_class()",
                        ));
                    }
                    return Err(vm.type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    ));
                }
            }
        }
        let bases = if bases.is_empty() {
            vec![vm.types.object]
        } else {
            bases
        };
        let tt = vm.types.type_;
        if let Some(r) = super::metaclass::winner_new(vm, tt, &bases, args, kw)? {
            return Ok(r);
        }
        return make_class_full(vm, args[0], &bases, args[2], None, kw);
    }
    Err(vm.type_error("type() takes 1 or 3 arguments"))
}
