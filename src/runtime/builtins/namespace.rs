//! The builtins that look at objects and namespaces (CPython's Python/bltinmodule.c):
//! id, hash, isinstance/issubclass, getattr/setattr/hasattr/delattr, callable, vars,
//! dir, globals, locals.

use super::check_args;
use crate::bytecode::code::AttrCache;
use crate::runtime::object::Obj;
use crate::runtime::types::class::{CLASS_PLAIN_CLASS_ATTR, CLASS_PLAIN_GETATTRIBUTE};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

pub(super) fn id(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "id", args, 1, 1)?;
    let n = vm.id_of(args[0]) as i64;
    Ok(vm.int(n))
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
pub(super) fn hash(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| hash_impl(vm, args, kw))
}

pub(super) fn hash_impl(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "hash", args, 1, 1)?;
    let n = vm.hash(args[0])?;
    Ok(vm.int(n))
}

/// `isinstance(v, cls)` / `issubclass(v, cls)` (`sub`), CPython's `PyObject_IsInstance`
/// and `PyObject_IsSubclass`: an exact type match first (isinstance only), a tuple
/// item by item, a class whose metaclass is exactly `type` by its MRO, and otherwise
/// the metaclass's `__instancecheck__` / `__subclasscheck__` (abc.ABCMeta's virtual
/// subclasses) when it has one.
pub fn class_check(vm: &mut Vm, v: Value, cls: Value, sub: bool) -> PyResult<bool> {
    if !sub && matches!(cls, Value::Obj(c) if vm.type_of(v) == c) {
        return Ok(true);
    }
    let is_class = matches!(cls, Value::Obj(c) if matches!(vm.heap.get(c), Obj::Class(_)));
    if is_class && vm.type_of(cls) == vm.types.type_ {
        return plain_class_check(vm, v, cls, sub);
    }
    if let Value::Obj(r) = cls {
        if matches!(vm.heap.get(r), Obj::Tuple(_)) {
            let items = vm.seq_items(cls).unwrap_or_default();
            for c in items {
                if vm.c_call(|vm| class_check(vm, v, c, sub))? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
    let hook = if sub {
        "__subclasscheck__"
    } else {
        "__instancecheck__"
    };
    if let Some(m) = vm.lookup_type_attr(cls, hook) {
        let r = vm.c_call(|vm| vm.call_value(m, &[cls, v], &[]));
        vm.decref(m);
        let r = r?;
        let t = vm.truthy(r);
        vm.decref(r);
        return t;
    }
    plain_class_check(vm, v, cls, sub)
}

/// The check without a hook (CPython's `object_isinstance` / `recursive_issubclass`):
/// by MRO for real classes, and otherwise the "abstract" protocol, where any object
/// with a `__bases__` tuple counts as a class and an instance's class is whatever its
/// `__class__` attribute says.
pub(crate) fn plain_class_check(vm: &mut Vm, v: Value, cls: Value, sub: bool) -> PyResult<bool> {
    let as_class = |vm: &Vm, x: Value| match x {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => Some(r),
        _ => None,
    };
    if sub {
        if let (Some(d), Some(c)) = (as_class(vm, v), as_class(vm, cls)) {
            return Ok(vm.is_subclass(d, c));
        }
        check_class(vm, v, "issubclass() arg 1 must be a class")?;
        check_class(
            vm,
            cls,
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )?;
        return abstract_issubclass(vm, v, cls);
    }
    if let Some(c) = as_class(vm, cls) {
        if vm.is_instance(v, c) {
            return Ok(true);
        }
        // A class may claim another class through `__class__` (a property, as
        // unittest.mock does); only a class that overrides it or attribute lookup
        // can, so the common miss costs no attribute lookup.
        // (The class's cached facts say both: `__class__` and `__getattribute__`
        // are `object`'s.)
        let t = vm.type_of(v);
        let name = vm.names.class_;
        let want = CLASS_PLAIN_CLASS_ATTR | CLASS_PLAIN_GETATTRIBUTE;
        if !matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_)))
            || vm.class_facts(t) & want == want
        {
            return Ok(false);
        }
        let Some(icls) = vm.lookup_attr(v, name)? else {
            return Ok(false);
        };
        let r = match as_class(vm, icls) {
            Some(ic) if ic != t => vm.is_subclass(ic, c),
            _ => false,
        };
        vm.decref(icls);
        return Ok(r);
    }
    check_class(
        vm,
        cls,
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    )?;
    let name = vm.names.class_;
    let Some(icls) = vm.lookup_attr(v, name)? else {
        return Ok(false);
    };
    let r = abstract_issubclass(vm, icls, cls);
    vm.decref(icls);
    r
}

/// `x.__bases__` when it is a tuple (CPython's `abstract_get_bases`): None when `x`
/// has no such attribute or it is not a tuple; other errors propagate.
fn abstract_bases(vm: &mut Vm, x: Value) -> PyResult<Option<Value>> {
    let name = vm.intern("__bases__");
    match vm.lookup_attr(x, name)? {
        Some(b) if matches!(b, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_))) => {
            Ok(Some(b))
        }
        Some(b) => {
            vm.decref(b);
            Ok(None)
        }
        None => Ok(None),
    }
}

/// A TypeError with `msg` unless `x` passes for a class (has a `__bases__` tuple).
fn check_class(vm: &mut Vm, x: Value, msg: &str) -> PyResult<()> {
    if matches!(x, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_))) {
        return Ok(());
    }
    match abstract_bases(vm, x)? {
        Some(b) => {
            vm.decref(b);
            Ok(())
        }
        None => Err(vm.type_error(msg)),
    }
}

/// Whether `cls` is `derived` or reachable through the `__bases__` tuples from it
/// (CPython's `abstract_issubclass`); each level counts towards the recursion limit,
/// so a cycle of bases ends in RecursionError.
fn abstract_issubclass(vm: &mut Vm, derived: Value, cls: Value) -> PyResult<bool> {
    if derived.is(cls) {
        return Ok(true);
    }
    let Some(bases) = abstract_bases(vm, derived)? else {
        return Ok(false);
    };
    let items = vm.seq_items(bases).unwrap_or_default();
    for &b in &items {
        vm.incref(b);
    }
    vm.decref(bases);
    let mut r = Ok(false);
    for &b in &items {
        if matches!(r, Ok(false)) {
            r = vm.c_call(|vm| abstract_issubclass(vm, b, cls));
        }
        vm.decref(b);
    }
    r
}

pub(super) fn isinstance(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "isinstance", args, 2, 2)?;
    Ok(Value::Bool(class_check(vm, args[0], args[1], false)?))
}

pub(super) fn issubclass(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "issubclass", args, 2, 2)?;
    Ok(Value::Bool(class_check(vm, args[0], args[1], true)?))
}

/// The name argument of getattr/setattr/hasattr/delattr, interned. A non-str is
/// CPython 3.11's `PyObject_GetAttr` error, which does not name the builtin.
pub(super) fn attr_name(vm: &mut Vm, v: Value, _f: &str) -> PyResult<Value> {
    // An interned str (a literal name) is its own key, found without hashing its
    // text: the intern table's strs are the only immortal ones (`Heap::intern`,
    // `Heap::intern_obj`).
    if let Value::Obj(r) = v {
        if vm.heap.is_immortal(r) && matches!(vm.heap.get(r), Obj::Str(_)) {
            debug_assert!(vm.heap.is_interned(r));
            return Ok(v);
        }
    }
    match vm.as_str(v) {
        Some(s) => {
            // A literal name (`hasattr(o, 'x')`) is interned already: found without
            // copying its text.
            if let Some(&r) = vm.heap.interned.get(s) {
                return Ok(Value::Obj(r));
            }
            let s = s.to_string();
            Ok(vm.intern(&s))
        }
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{}'", tn)))
        }
    }
}

/// Entries of [`NameAttrCaches`] (a power of two).
const NAME_CACHES: usize = 32;

/// The attribute caches `getattr`, `hasattr` and `setattr` use, one pair (load,
/// store) per name: `getattr(obj, "x")` in a loop reads the attribute as the
/// `LOAD_ATTR` instruction `obj.x` would, through an inline cache of the same kind
/// (`vm/attr/specialize.rs`), where CPython's builtin goes through
/// `PyObject_GetAttr` (its type attribute cache and the instance's shared keys).
/// Direct-mapped on the interned name's handle; an entry taken over by another
/// name starts empty. The names are immortal, so a handle never comes to mean
/// another name.
pub struct NameAttrCaches {
    names: [std::cell::Cell<u32>; NAME_CACHES],
    load: [std::cell::Cell<AttrCache>; NAME_CACHES],
    store: [std::cell::Cell<AttrCache>; NAME_CACHES],
}

impl Default for NameAttrCaches {
    fn default() -> Self {
        NameAttrCaches {
            names: std::array::from_fn(|_| std::cell::Cell::new(0)),
            load: std::array::from_fn(|_| Default::default()),
            store: std::array::from_fn(|_| Default::default()),
        }
    }
}

impl NameAttrCaches {
    /// The entry index for the interned name `name` (taken over, emptied, when it
    /// held another name).
    #[inline]
    fn entry(&self, name: ObjRef) -> usize {
        let k = name.0 as usize & (NAME_CACHES - 1);
        if self.names[k].get() != name.0 {
            self.names[k].set(name.0);
            self.load[k].set(AttrCache::default());
            self.store[k].set(AttrCache::default());
        }
        k
    }
}

/// `obj.name` (owned) for `getattr`, through the name's load cache.
fn cached_get_attr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Value> {
    let Value::Obj(nr) = name else {
        return vm.get_attr(obj, name);
    };
    let caches = vm.name_attr_caches.clone();
    let cache = &caches.load[caches.entry(nr)];
    if let Some(v) = vm.load_attr_fast(obj, name, cache) {
        vm.incref(v);
        return Ok(v);
    }
    vm.load_attr_uncached(obj, name, cache)
}

/// `obj.name` (owned), None where it would raise AttributeError (CPython's
/// `_PyObject_LookupAttr`), a cache hit first.
fn cached_lookup_attr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let Value::Obj(nr) = name else {
        return vm.lookup_attr(obj, name);
    };
    let caches = vm.name_attr_caches.clone();
    let cache = &caches.load[caches.entry(nr)];
    // (`load_attr_fast_other` knows nothing of instances: skipped for them.)
    let hit = match obj {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_)) => {
            vm.load_attr_hit(obj, name, cache)
        }
        _ => vm.load_attr_fast(obj, name, cache),
    };
    if let Some(v) = hit {
        vm.incref(v);
        return Ok(Some(v));
    }
    let found = vm.lookup_attr(obj, name)?;
    if found.is_some() {
        vm.fill_attr_cache(obj, name, cache, false);
    }
    Ok(found)
}

pub(super) fn getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getattr", args, 2, 3)?;
    let n = attr_name(vm, args[1], "getattr")?;
    if args.len() == 3 {
        return Ok(match cached_lookup_attr(vm, args[0], n)? {
            Some(v) => v,
            None => {
                vm.incref(args[2]);
                args[2]
            }
        });
    }
    cached_get_attr(vm, args[0], n)
}

pub(super) fn setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "setattr", args, 3, 3)?;
    let n = attr_name(vm, args[1], "setattr")?;
    let (obj, v) = (args[0], args[2]);
    let Value::Obj(nr) = n else {
        vm.set_attr(obj, n, Some(v))?;
        return Ok(Value::None);
    };
    // As the `STORE_ATTR` instruction `obj.name = v` stores.
    let caches = vm.name_attr_caches.clone();
    let cache = &caches.store[caches.entry(nr)];
    vm.incref(v);
    match vm.store_attr_hit(obj, n, v, cache) {
        Some(old) => vm.decref(old),
        None => {
            vm.decref(v);
            vm.store_attr_uncached(obj, n, v, cache)?;
        }
    }
    Ok(Value::None)
}

pub(super) fn hasattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "hasattr", args, 2, 2)?;
    let n = attr_name(vm, args[1], "hasattr")?;
    let found = cached_lookup_attr(vm, args[0], n)?;
    if let Some(v) = found {
        vm.decref(v);
    }
    Ok(Value::Bool(found.is_some()))
}

pub(super) fn delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "delattr", args, 2, 2)?;
    let n = attr_name(vm, args[1], "delattr")?;
    vm.set_attr(args[0], n, None)?;
    Ok(Value::None)
}

pub(crate) fn callable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "callable", args, 1, 1)?;
    let v = args[0];
    let c = match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Function(_)
            | Obj::Builtin(_)
            | Obj::BoundMethod { .. }
            | Obj::Class(_)
            | Obj::OpCaller(_)
            // A weak reference is called to get its referent; a staticmethod object
            // has been callable itself since 3.10 (both have a tp_call in CPython).
            | Obj::WeakRef(_)
            | Obj::StaticMethod(..) => true,
            Obj::Instance(_) => vm
                .lookup_type_attr(v, "__call__")
                .map(|m| vm.decref(m))
                .is_some(),
            _ => false,
        },
        _ => false,
    };
    Ok(Value::Bool(c))
}

pub(super) fn vars(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "vars", args, 0, 1)?;
    match args.first() {
        None => locals(vm, args, &[]),
        Some(&v) => match vm.get_attr(v, "__dict__") {
            Ok(d) => Ok(d),
            Err(e) => {
                vm.decref(e.0);
                Err(vm.type_error("vars() argument must have __dict__ attribute"))
            }
        },
    }
}

pub(crate) fn dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "dir", args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match args.first() {
        None => {
            let d = locals(vm, &[], &[])?;
            if !matches!(d, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_))) {
                // A namespace that is not an exact dict (`eval("dir()", g, mapping)`):
                // CPython's `PyMapping_Keys` calls its `keys()`, and the list is
                // sorted whatever the keys are.
                let keys = vm.get_attr(d, "keys").and_then(|k| {
                    let r = vm.call_value(k, &[], &[]);
                    vm.decref(k);
                    r
                });
                vm.decref(d);
                let keys = keys?;
                let sorted_name = vm.intern("sorted");
                let Some(sorted) = vm.dict_get_str(vm.builtins, sorted_name) else {
                    vm.decref(keys);
                    return Err(vm.type_error("dir(): no sorted()"));
                };
                let r = vm.call_value(sorted, &[keys], &[]);
                vm.decref(keys);
                return r;
            }
            if let Value::Obj(r) = d {
                if let Obj::Dict(dict) = vm.heap.get(r) {
                    names = dict
                        .iter()
                        .filter_map(|e| vm.as_str(e.key).map(String::from))
                        .collect();
                }
            }
            vm.decref(d);
        }
        Some(&v)
            if matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_) | Obj::Class(_)))
                && {
                    // A class that defines its own __dir__ (a Python function, or any
                    // object its descriptor binds) decides: its result is listed and
                    // sorted (CPython's dir calls type(obj).__dir__ through the special
                    // method lookup); for a class that is its metaclass's __dir__
                    // (EnumType's). The builtin `object.__dir__`/`type.__dir__` are the
                    // default listing below.
                    let t = vm.type_of(v);
                    match vm.class_lookup(t, "__dir__") {
                        Some(m) => {
                            let own = match m {
                                Value::Obj(f) => match vm.heap.get(f) {
                                    Obj::Builtin(b) => b.name != "__dir__",
                                    _ => true,
                                },
                                _ => true,
                            };
                            vm.decref(m);
                            own
                        }
                        None => false,
                    }
                } =>
        {
            // Bound as a special method: a descriptor through its `__get__`, a
            // staticmethod called without the object.
            let t = vm.type_of(v);
            let m = vm.class_lookup(t, "__dir__").unwrap_or(Value::None);
            let r = vm.call_special(m, v, &[]);
            vm.decref(m);
            return sorted_list(vm, r?);
        }
        Some(&v) => {
            // A module whose namespace defines `__dir__` (PEP 562): its result,
            // called without arguments, is what dir() sorts (CPython's
            // `module___dir__`).
            if let Some(f) = module_dir_function(vm, v) {
                let r = vm.call_value(f, &[], &[]);
                vm.decref(f);
                return sorted_list(vm, r?);
            }
            names = default_dir_names(vm, v)?
        }
    }
    names.sort();
    names.dedup();
    Ok(interned_name_list(vm, names))
}

/// A new list of `names` as the interned str objects (owned references): the
/// names `dir()` lists are the namespaces' own keys, which CPython interns
/// (attribute and variable names), not copies.
pub(crate) fn interned_name_list(vm: &mut Vm, names: Vec<String>) -> Value {
    let items: Vec<Value> = names
        .into_iter()
        .map(|n| {
            let k = vm.intern(&n);
            vm.incref(k);
            k
        })
        .collect();
    vm.new_list(items)
}

/// `sorted(list(res))`, consuming `res`: the list dir() returns for a `__dir__`.
fn sorted_list(vm: &mut Vm, res: Value) -> PyResult<Value> {
    let items = vm.collect_iter(res);
    vm.decref(res);
    let list = vm.new_list(items?);
    let sort = vm.get_attr(list, "sort").and_then(|f| {
        let r = vm.call_value(f, &[], &[]);
        vm.decref(f);
        r
    });
    match sort {
        Ok(x) => {
            vm.decref(x);
            Ok(list)
        }
        Err(e) => {
            vm.decref(list);
            Err(e)
        }
    }
}

/// The `__dir__` in a plain module's own namespace (owned), if there is one.
fn module_dir_function(vm: &mut Vm, v: Value) -> Option<Value> {
    let Value::Obj(r) = v else { return None };
    let Obj::Module(m) = vm.heap.get(r) else {
        return None;
    };
    if m.class.is_some() {
        // A ModuleType subclass answers through its own attributes.
        return None;
    }
    let d = m.dict;
    let k = vm.intern("__dir__");
    let f = vm.dict_get_str(d, k)?;
    vm.incref(f);
    Some(f)
}

/// The names `dir(v)` lists when no `__dir__` of the class decides (CPython's
/// `object.__dir__`, `module_dir`, `type.__dir__`): the instance's slots and `__dict__`,
/// a module's namespace, then the attributes of the class and its MRO — in the order
/// met, each once.
pub(crate) fn default_dir_names(vm: &mut Vm, v: Value) -> PyResult<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    // A ModuleType subclass may replace `__dict__` (CPython's `module_dir`
    // reads the attribute).
    if matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Module(m) if m.class.is_some())) {
        let d = vm.get_attr(v, "__dict__")?;
        let is_dict = matches!(d, Value::Obj(dr) if matches!(vm.heap.get(dr), Obj::Dict(_)));
        vm.decref(d);
        if !is_dict {
            return Err(vm.type_error("<module>.__dict__ is not a dictionary"));
        }
    }
    let mut classes = Vec::new();
    let mut held = None;
    // Whether `object.__dir__` lists the object's `__dict__` (function attributes;
    // a bound method shows its function's).
    let mut own_dict = false;
    if let Value::Obj(r) = v {
        match vm.heap.get(r) {
            Obj::Instance(i) => {
                names.extend(
                    crate::runtime::types::class::layout::attr_items(&vm.heap, i)
                        .into_iter()
                        .filter_map(|(k, _)| vm.as_str(k).map(String::from)),
                );
                if let Some(d) = i.dict {
                    if let Obj::Dict(dict) = vm.heap.get(d) {
                        names.extend(
                            dict.iter()
                                .filter_map(|e| vm.as_str(e.key).map(String::from)),
                        );
                    }
                }
            }
            Obj::Module(m) => {
                if let Obj::Dict(dict) = vm.heap.get(m.dict) {
                    names.extend(
                        dict.iter()
                            .filter_map(|e| vm.as_str(e.key).map(String::from)),
                    );
                }
            }
            Obj::Class(_) => classes.push(r),
            Obj::Function(_) | Obj::BoundMethod { .. } => own_dict = true,
            // A traceback's `__dir__` lists its own four attributes only.
            Obj::Traceback(_) => {
                use crate::runtime::types::traceback::attrs::TB_DIR;
                return Ok(TB_DIR.iter().map(|n| n.to_string()).collect());
            }
            _ => {}
        }
    }
    if own_dict {
        let k = vm.intern("__dict__");
        if let Some(d) = vm.lookup_attr(v, k)? {
            if let Value::Obj(dr) = d {
                if let Obj::Dict(dict) = vm.heap.get(dr) {
                    names.extend(
                        dict.iter()
                            .filter_map(|e| vm.as_str(e.key).map(String::from)),
                    );
                }
            }
            vm.decref(d);
        }
    }
    if matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_))) {
        // `object.__dir__` merges what `self.__class__` names, which a class may
        // hide (a `__class__` slot left unset): then only the instance's own names.
        // (The reference is kept until the names are read.)
        match vm.get_attr(v, "__class__") {
            Ok(c) => {
                if let Value::Obj(cr) = c {
                    if matches!(vm.heap.get(cr), Obj::Class(_)) {
                        classes.push(cr);
                    }
                }
                held = Some(c);
            }
            Err(e) => vm.decref(e.0),
        }
    } else if !matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Module(_) | Obj::Class(_)))
    {
        classes.push(vm.type_of(v));
    }
    for c in classes {
        if let Obj::Class(cl) = vm.heap.get(c) {
            let mut all = vec![c];
            all.extend(cl.mro.iter().copied());
            for k in all {
                if let Obj::Class(kc) = vm.heap.get(k) {
                    if let Obj::Dict(dict) = vm.heap.get(kc.dict) {
                        names.extend(
                            dict.iter()
                                .filter_map(|e| vm.as_str(e.key).map(String::from)),
                        );
                    }
                }
            }
        }
    }
    if let Some(c) = held {
        vm.decref(c);
    }
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(n.clone()));
    Ok(names)
}

pub(super) fn globals(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = vm.frames.last().map(|f| f.globals);
    match g {
        Some(g) => {
            vm.heap.incref_obj(g);
            Ok(Value::Obj(g))
        }
        None => Ok(vm.new_dict()),
    }
}

pub(super) fn locals(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    locals_value(vm)
}

/// `locals()` of the innermost frame (owned dict).
pub fn locals_value(vm: &mut Vm) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else {
        return Ok(vm.new_dict());
    };
    if let Some(ns) = f.locals.or(if f.code.flags.uses_namespace {
        Some(f.globals)
    } else {
        None
    }) {
        vm.heap.incref_obj(ns);
        return Ok(Value::Obj(ns));
    }
    // A function frame: the frame's one locals dict (CPython's `f_locals`, the dict
    // `frame.f_locals` also answers), brought up to date on each call. A generator's
    // frame keeps it in its frame object, which travels with the generator.
    let fi = vm.frames.len() - 1;
    if f.generator.is_some() {
        let r = vm.frame_object(fi);
        return vm.frame_locals(r, Some(fi));
    }
    let code = f.code.rc();
    let base = f.base;
    let d = vm.frame_locals_dict(fi);
    let slots: Vec<Value> = vm.stack[base..base + code.nlocalsplus()].to_vec();
    vm.refresh_fast_locals(d, &code, &slots)?;
    vm.incref(d);
    Ok(d)
}
