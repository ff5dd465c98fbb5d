//! OrderedDict's methods (CPython's `odict_methods`, `odict_as_mapping`,
//! `odict_as_number`, `odict_richcompare`, `odict_repr`, `odict_sizeof`...): the ones
//! that change the dict change the order with it, through the same hash, so a key's
//! `__hash__` runs once per operation as in CPython.

use super::ODictState;
use crate::runtime::builtins::{add_methods, check_method, kwarg, set_in};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

pub fn install(vm: &mut Vm) {
    let t = vm.types.odict;
    // No `__new__` of its own: CPython's OrderedDict inherits `dict_new`
    // (`OrderedDict.__new__ is dict.__new__`); the order is made when first needed.
    add_methods(
        vm,
        t,
        &[
            ("__init__", w_init),
            ("__setitem__", w_setitem),
            ("__delitem__", w_delitem),
            ("__iter__", w_iter),
            ("__reversed__", w_reversed),
            ("__repr__", w_repr),
            ("__eq__", w_eq),
            ("__ne__", w_ne),
            ("__lt__", w_lt),
            ("__le__", w_le),
            ("__gt__", w_gt),
            ("__ge__", w_ge),
            ("__or__", w_or),
            ("__ror__", w_ror),
            ("__ior__", w_ior),
            ("__sizeof__", w_sizeof),
            ("__reduce__", w_reduce),
            ("setdefault", w_setdefault),
            ("pop", w_pop),
            ("popitem", w_popitem),
            ("keys", w_keys),
            ("values", w_values),
            ("items", w_items),
            ("update", w_update),
            ("clear", w_clear),
            ("copy", w_copy),
            ("move_to_end", w_move_to_end),
        ],
    );
    let f = crate::runtime::builtins::native(vm, "fromkeys", w_fromkeys);
    let cm = vm.heap.new_value(Obj::ClassMethod(f, None));
    let d = match vm.heap.get(t) {
        Obj::Class(c) => c.dict,
        _ => return,
    };
    set_in(vm, d, "fromkeys", cm);
    // A type with `tp_richcompare` and no `tp_hash` gets `__hash__ = None` in its own
    // dict (`inherit_slots`' `type_new`-time rule, `PyType_Ready` for a static type).
    set_in(vm, d, "__hash__", Value::None);
    // `odict_getset`: the instance `__dict__` (`od_inst_dict`).
    let n = vm.intern("__dict__");
    crate::runtime::types::class::new::add_descriptor(
        vm,
        t,
        d,
        n,
        0,
        crate::runtime::types::member::MemberKind::Dict,
    );
    let doc = vm.new_str("Dictionary that remembers insertion order");
    set_in(vm, d, "__doc__", doc);
}

impl Vm {
    /// Whether `v` is an OrderedDict (or an instance of a subclass).
    pub fn is_odict(&self, v: Value) -> bool {
        let Value::Obj(r) = v else { return false };
        match self.heap.get(r) {
            Obj::Instance(i) => self.is_subclass(i.class, self.types.odict),
            _ => false,
        }
    }

    /// The OrderedDict's slot and its dict (borrowed); a TypeError for anything else.
    fn od_parts(&mut self, od: Value, what: &str) -> PyResult<(ObjRef, Value)> {
        if self.is_odict(od) {
            if let (Value::Obj(r), Some(d)) = (od, self.payload_of(od)) {
                return Ok((r, d));
            }
        }
        let tn = self.type_name(od);
        Err(self.type_error(format!(
            "descriptor '{what}' for 'collections.OrderedDict' objects doesn't apply to a '{tn}' object"
        )))
    }

    /// The order of OrderedDict `r`, made empty if it has none yet (an OrderedDict
    /// `dict.__new__` made).
    pub(crate) fn od_state_mut(&mut self, r: ObjRef) -> &mut ODictState {
        match self.heap.get_mut(r) {
            Obj::Instance(i) => i
                .extra
                .get_or_insert_with(Box::default)
                .odict
                .get_or_insert_with(Box::default),
            _ => unreachable!("an OrderedDict is an instance"),
        }
    }

    /// The order of OrderedDict `r`, if it has one.
    pub(crate) fn od_state(&self, r: ObjRef) -> Option<&ODictState> {
        match self.heap.get(r) {
            Obj::Instance(i) => i.extra.as_ref()?.odict.as_deref(),
            _ => None,
        }
    }

    fn od_is_empty(&self, r: ObjRef) -> bool {
        self.od_state(r).is_none_or(|s| s.is_empty())
    }

    /// CPython's `_odict_get_index`: the fast nodes follow the size of the dict's
    /// index table whenever the order looks a key up.
    fn od_sync(&mut self, r: ObjRef, d: Value) {
        let size = match d {
            Value::Obj(dr) => match self.heap.get(dr) {
                Obj::Dict(dict) => dict.index_size(),
                _ => 0,
            },
            _ => 0,
        };
        self.od_state_mut(r).fast_size = size;
    }

    /// The dict's own key object equal to `key` (hash `h`), borrowed.
    fn od_stored_key(&mut self, d: Value, key: Value, h: i64) -> PyResult<Option<Value>> {
        let Some(ix) = self.dict_find(d, key, h)? else {
            return Ok(None);
        };
        Ok(match d {
            Value::Obj(dr) => match self.heap.get(dr) {
                Obj::Dict(dict) => dict.entry(ix).map(|e| e.key),
                _ => None,
            },
            _ => None,
        })
    }

    /// `_odict_find_node_hash`: the node of `key`, if the order has one.
    pub(crate) fn od_find_node(
        &mut self,
        r: ObjRef,
        d: Value,
        key: Value,
        h: i64,
    ) -> PyResult<Option<u32>> {
        if self.od_is_empty(r) {
            return Ok(None);
        }
        self.od_sync(r, d);
        let Some(k) = self.od_stored_key(d, key, h)? else {
            return Ok(None);
        };
        Ok(self.od_state(r).and_then(|s| s.node_of(k)))
    }

    /// `_odict_clear_node`: drops node `n` (and its reference to the key).
    fn od_drop_node(&mut self, r: ObjRef, n: u32) {
        let k = self.od_state_mut(r).remove(n);
        self.decref(k);
    }

    /// `PyODict_SetItem` (`key`, `v` borrowed): the dict's item, then a node for a
    /// new key.
    pub(crate) fn od_setitem_hashed(
        &mut self,
        od: Value,
        key: Value,
        h: i64,
        v: Value,
    ) -> PyResult<()> {
        let (r, d) = self.od_parts(od, "__setitem__")?;
        self.dict_set_item_hashed(d, key, h, v)?;
        self.od_sync(r, d);
        let Some(k) = self.od_stored_key(d, key, h)? else {
            return Err(self.key_error(key));
        };
        if self.od_state_mut(r).node_of(k).is_none() {
            self.incref(k);
            self.od_state_mut(r).push_back(k, h);
        }
        Ok(())
    }

    /// `PyODict_DelItem`: the node first, then the dict's item.
    fn od_delitem(&mut self, od: Value, key: Value) -> PyResult<()> {
        let (r, d) = self.od_parts(od, "__delitem__")?;
        let h = self.hash(key)?;
        if let Some(n) = self.od_find_node(r, d, key, h)? {
            self.od_drop_node(r, n);
        }
        if self.dict_del_hashed(d, key, h)? {
            Ok(())
        } else {
            Err(self.key_error(key))
        }
    }

    /// `del d[key]` for a key whose hash is known: false if missing.
    fn dict_del_hashed(&mut self, d: Value, key: Value, h: i64) -> PyResult<bool> {
        let Some(ix) = self.dict_find(d, key, h)? else {
            return Ok(false);
        };
        let (k, v) = match self.heap.get_mut(d.as_obj().expect("a dict")) {
            Obj::Dict(dict) => dict.remove_at(ix),
            _ => return Ok(false),
        };
        self.decref(k);
        self.decref(v);
        Ok(true)
    }

    /// `_odict_popkey_hash` (3.11): the node goes first, then the dict's item
    /// (owned), else `default` (borrowed) or a KeyError. A subclass's `__getitem__`
    /// and `__delitem__` are not called.
    fn od_popkey(
        &mut self,
        od: Value,
        key: Value,
        h: i64,
        default: Option<Value>,
    ) -> PyResult<Value> {
        let (r, d) = self.od_parts(od, "pop")?;
        let mut value = None;
        if let Some(n) = self.od_find_node(r, d, key, h)? {
            self.od_drop_node(r, n);
            if let Some(ix) = self.dict_find(d, key, h)? {
                let (k, v) = match self.heap.get_mut(d.as_obj().expect("a dict")) {
                    Obj::Dict(dict) => dict.remove_at(ix),
                    _ => unreachable!("an OrderedDict's payload is a dict"),
                };
                self.decref(k);
                value = Some(v);
            }
        }
        match (value, default) {
            (Some(v), _) => Ok(v),
            (None, Some(dv)) => {
                self.incref(dv);
                Ok(dv)
            }
            (None, None) => Err(self.key_error(key)),
        }
    }

    /// `mutablemapping_update_arg`: from a dict's items, a `keys()` mapping, an
    /// `items()` object or an iterable of pairs, through `self[k] = v`.
    fn od_update_arg(&mut self, od: Value, arg: Value) -> PyResult<()> {
        if self.type_of(arg) == self.types.dict {
            let items = self.dict_items_list(arg);
            let r = self.od_add_pairs(od, items);
            self.decref(items);
            return r;
        }
        let keys_name = self.intern("keys");
        if let Some(f) = self.lookup_attr(arg, keys_name)? {
            let keys = self.call_value(f, &[], &[]);
            self.decref(f);
            let keys = keys?;
            let it = self.get_iter(keys);
            self.decref(keys);
            let it = it?;
            let res = (|| {
                while let Some(k) = self.iter_next(it)? {
                    let r = self.get_item(arg, k).and_then(|v| {
                        let r = self.set_item(od, k, v);
                        self.decref(v);
                        r
                    });
                    self.decref(k);
                    r?;
                }
                Ok(())
            })();
            self.decref(it);
            return res;
        }
        let items_name = self.intern("items");
        if let Some(f) = self.lookup_attr(arg, items_name)? {
            let items = self.call_value(f, &[], &[]);
            self.decref(f);
            let items = items?;
            let r = self.od_add_pairs(od, items);
            self.decref(items);
            return r;
        }
        self.od_add_pairs(od, arg)
    }

    /// A list of a dict's `(key, value)` pairs (owned): `PyDict_Items`.
    fn dict_items_list(&mut self, d: Value) -> Value {
        let pairs: Vec<(Value, Value)> = match d {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Dict(dict) => dict.iter().map(|e| (e.key, e.value)).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let mut items = Vec::with_capacity(pairs.len());
        for (k, v) in pairs {
            self.incref(k);
            self.incref(v);
            items.push(self.new_tuple(vec![k, v]));
        }
        self.new_list(items)
    }

    /// `mutablemapping_add_pairs`: `self[k] = v` for each pair of an iterable.
    fn od_add_pairs(&mut self, od: Value, pairs: Value) -> PyResult<()> {
        let it = self.get_iter(pairs)?;
        let res = (|| {
            while let Some(pair) = self.iter_next(it)? {
                let r = self.od_add_pair(od, pair);
                self.decref(pair);
                r?;
            }
            Ok(())
        })();
        self.decref(it);
        res
    }

    fn od_add_pair(&mut self, od: Value, pair: Value) -> PyResult<()> {
        let pit = self.get_iter(pair)?;
        let res = (|| {
            let Some(k) = self.iter_next(pit)? else {
                return Err(self.value_error("need more than 0 values to unpack"));
            };
            let Some(v) = (match self.iter_next(pit) {
                Ok(v) => v,
                Err(e) => {
                    self.decref(k);
                    return Err(e);
                }
            }) else {
                self.decref(k);
                return Err(self.value_error("need more than 1 value to unpack"));
            };
            let extra = match self.iter_next(pit) {
                Ok(x) => x,
                Err(e) => {
                    self.decref(k);
                    self.decref(v);
                    return Err(e);
                }
            };
            if let Some(x) = extra {
                self.decref(x);
                self.decref(k);
                self.decref(v);
                return Err(self.value_error("too many values to unpack (expected 2)"));
            }
            let r = self.set_item(od, k, v);
            self.decref(k);
            self.decref(v);
            r
        })();
        self.decref(pit);
        res
    }

    /// `mutablemapping_update(self, *args, **kwargs)` (`args` without self).
    fn od_update(&mut self, od: Value, args: &[Value], kw: KwArgs, name: &str) -> PyResult<()> {
        if args.len() > 1 {
            return Err(self.type_error(format!(
                "{name}() takes at most 1 positional argument ({} given)",
                args.len()
            )));
        }
        if let Some(&a) = args.first() {
            self.od_update_arg(od, a)?;
        }
        if !kw.is_empty() {
            let mut pairs = Vec::with_capacity(kw.len());
            for &(k, v) in kw {
                self.heap.incref_obj(k);
                self.incref(v);
                pairs.push(self.new_tuple(vec![Value::Obj(k), v]));
            }
            let l = self.new_list(pairs);
            let r = self.od_add_pairs(od, l);
            self.decref(l);
            r?;
        }
        Ok(())
    }

    /// The keys in order (owned), as `_odict_FOREACH` walks them.
    fn od_keys_owned(&mut self, r: ObjRef) -> Vec<Value> {
        let keys = self.od_state(r).map(|s| s.keys()).unwrap_or_default();
        for &k in &keys {
            self.incref(k);
        }
        keys
    }

    /// `odict_copy`, and the `OrderedDict(od)` a `|` starts from: a new OrderedDict
    /// of `od`'s class with its items in order.
    fn od_copy(&mut self, od: Value) -> PyResult<Value> {
        let (r, d) = self.od_parts(od, "copy")?;
        let cls = self.type_of(od);
        let exact = cls == self.types.odict;
        let new = self.call_value(Value::Obj(cls), &[], &[])?;
        let keys = self.od_keys_owned(r);
        let mut res = Ok(());
        for &k in &keys {
            if res.is_err() {
                break;
            }
            res = if exact {
                let h = match self.hash(k) {
                    Ok(h) => h,
                    Err(e) => {
                        res = Err(e);
                        break;
                    }
                };
                match self.dict_find(d, k, h) {
                    Ok(Some(ix)) => {
                        let v = match self.heap.get(d.as_obj().expect("a dict")) {
                            Obj::Dict(dict) => dict.entry(ix).map(|e| e.value),
                            _ => None,
                        }
                        .unwrap_or(Value::None);
                        self.od_setitem_hashed(new, k, h, v)
                    }
                    Ok(None) => Err(self.key_error(k)),
                    Err(e) => Err(e),
                }
            } else {
                self.get_item(od, k).and_then(|v| {
                    let r = self.set_item(new, k, v);
                    self.decref(v);
                    r
                })
            };
        }
        for k in keys {
            self.decref(k);
        }
        match res {
            Ok(()) => Ok(new),
            Err(e) => {
                self.decref(new);
                Err(e)
            }
        }
    }
}

fn bool_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(v) => vm.truthy(v),
    }
}

/// The new, empty OrderedDict of `OrderedDict(...)` (`dict_new`: a payload instance),
/// with its order.
fn w_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let owner = vm.types.odict;
    let cls = vm.new_target(owner, args)?;
    // `dict_new` allocates through `tp_alloc`, past CPython's dict free list (see
    // `Heap::adopt_payload`).
    vm.heap.before_tp_alloc(true);
    let d = vm.new_dict();
    let inst = vm.new_payload_instance(cls, d);
    if let Value::Obj(r) = inst {
        vm.od_state_mut(r);
    }
    Ok(inst)
}

/// `OrderedDict(...)`: `odict_new`, then `odict_init`.
pub fn odict_construct(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = vm.types.odict;
    let od = w_new(vm, &[Value::Obj(cls)], &[])?;
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(od);
    full.extend_from_slice(args);
    match w_init(vm, &full, kw) {
        Ok(_) => Ok(od),
        Err(e) => {
            vm.decref(od);
            Err(e)
        }
    }
}

/// `odict_init`: at most one positional argument, then `update`.
fn w_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(&od) = args.first() else {
        return Err(vm.type_error(
            "descriptor '__init__' of 'collections.OrderedDict' object needs an argument",
        ));
    };
    let rest = &args[1..];
    if rest.len() > 1 {
        return Err(vm.type_error(format!("expected at most 1 arguments, got {}", rest.len())));
    }
    vm.od_update(od, rest, kw, "update")?;
    Ok(Value::None)
}

fn w_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__setitem__", args, 2, 2)?;
    let h = vm.hash(args[1])?;
    vm.od_setitem_hashed(args[0], args[1], h, args[2])?;
    Ok(Value::None)
}

fn w_delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__delitem__", args, 1, 1)?;
    vm.od_delitem(args[0], args[1])?;
    Ok(Value::None)
}

fn w_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__iter__", args, 0, 0)?;
    vm.od_parts(args[0], "__iter__")?;
    Ok(vm.od_iter_new(args[0], super::iter::ITER_KEYS))
}

fn w_reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__reversed__", args, 0, 0)?;
    vm.od_parts(args[0], "__reversed__")?;
    Ok(vm.od_iter_new(args[0], super::iter::ITER_KEYS | super::iter::ITER_REVERSED))
}

fn view(vm: &mut Vm, args: &[Value], name: &str, kind: u8) -> PyResult<Value> {
    check_method(vm, name, args, 0, 0)?;
    let (r, _) = vm.od_parts(args[0], name)?;
    vm.heap.incref_obj(r);
    Ok(vm.heap.new_value(Obj::DictView { dict: r, kind }))
}

fn w_keys(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view(vm, args, "keys", 0)
}

fn w_values(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view(vm, args, "values", 1)
}

fn w_items(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view(vm, args, "items", 2)
}

/// `odict_repr` (3.11): `OrderedDict([(k, v), ...])`, `OrderedDict()` when empty,
/// `...` for an OrderedDict met again inside its own repr.
fn w_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__repr__", args, 0, 0)?;
    let od = args[0];
    let (r, d) = vm.od_parts(od, "__repr__")?;
    let name = vm.type_name(od);
    let name = name.rsplit('.').next().unwrap_or("").to_string();
    let len = match vm.heap.get(d.as_obj().expect("a dict")) {
        Obj::Dict(dict) => dict.len(),
        _ => 0,
    };
    if len == 0 {
        return Ok(vm.new_str(format!("{name}()")));
    }
    if vm.repr_guard_enter(r) {
        return Ok(vm.new_str("..."));
    }
    let pieces = if vm.type_of(od) == vm.types.odict {
        let keys = vm.od_keys_owned(r);
        let mut pairs = Vec::with_capacity(keys.len());
        let mut err = None;
        for &k in &keys {
            match vm.dict_get_item(d, k) {
                Ok(Some(v)) => {
                    vm.incref(k);
                    pairs.push(vm.new_tuple(vec![k, v]));
                }
                Ok(None) => {
                    err = Some(vm.key_error(k));
                    break;
                }
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
        for k in keys {
            vm.decref(k);
        }
        let l = vm.new_list(pairs);
        match err {
            Some(e) => {
                vm.decref(l);
                Err(e)
            }
            None => Ok(l),
        }
    } else {
        let items = vm.intern("items");
        vm.lookup_attr(od, items).and_then(|f| {
            let f = f.ok_or_else(|| vm.attr_error("items"))?;
            let it = vm.call_value(f, &[], &[]);
            vm.decref(f);
            let it = it?;
            let l = vm.collect_iter(it);
            vm.decref(it);
            let l = l?;
            Ok(vm.new_list(l))
        })
    };
    let s = pieces.and_then(|l| {
        let s = vm.repr(l);
        vm.decref(l);
        s
    });
    vm.repr_guard_exit(r);
    let s = s?;
    Ok(vm.new_str(format!("{name}({s})")))
}

/// `odict_richcompare`: dict equality, and between two OrderedDicts the same order.
fn richcompare(vm: &mut Vm, args: &[Value], eq: bool) -> PyResult<Value> {
    let (v, w) = (args[0], args[1]);
    let wd = vm
        .payload_of(w)
        .filter(|_| vm.is_instance(w, vm.types.dict));
    let w_is_dict = vm.type_of(w) == vm.types.dict || wd.is_some();
    if !vm.is_odict(v) || !w_is_dict {
        return Ok(Value::NotImplemented);
    }
    let vd = vm.payload_of(v).expect("an OrderedDict has its dict");
    let same = vm.dict_eq(vd, wd.unwrap_or(w))?;
    if !vm.is_odict(w) || !same {
        return Ok(Value::Bool(same == eq));
    }
    let (a, b) = (v.as_obj().expect("obj"), w.as_obj().expect("obj"));
    let ka = vm.od_keys_owned(a);
    let kb = vm.od_keys_owned(b);
    let mut res = Ok(ka.len() == kb.len());
    if ka.len() == kb.len() {
        for (&x, &y) in ka.iter().zip(kb.iter()) {
            match vm.eq(x, y) {
                Ok(true) => {}
                Ok(false) => {
                    res = Ok(false);
                    break;
                }
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
    }
    for k in ka.into_iter().chain(kb) {
        vm.decref(k);
    }
    Ok(Value::Bool(res? == eq))
}

fn w_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__eq__", args, 1, 1)?;
    richcompare(vm, args, true)
}

fn w_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__ne__", args, 1, 1)?;
    richcompare(vm, args, false)
}

/// The ordering slots `odict_richcompare` answers NotImplemented to (so the error
/// names the OrderedDict's type, as CPython's).
macro_rules! no_ordering {
    ($($name:ident => $dunder:literal),*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            check_method(vm, $dunder, args, 1, 1)?;
            Ok(Value::NotImplemented)
        })*
    };
}
no_ordering!(w_lt => "__lt__", w_le => "__le__", w_gt => "__gt__", w_ge => "__ge__");

/// `odict_or`: a new OrderedDict of the OrderedDict operand's class, from `left`,
/// updated with `right`.
fn or_impl(vm: &mut Vm, left: Value, right: Value) -> PyResult<Value> {
    let (cls, other) = if vm.is_odict(left) {
        (vm.type_of(left), right)
    } else {
        (vm.type_of(right), left)
    };
    if !vm.is_instance(other, vm.types.dict) {
        return Ok(Value::NotImplemented);
    }
    let new = vm.call_value(Value::Obj(cls), &[left], &[])?;
    if let Err(e) = vm.od_update_arg(new, right) {
        vm.decref(new);
        return Err(e);
    }
    Ok(new)
}

fn w_or(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__or__", args, 1, 1)?;
    or_impl(vm, args[0], args[1])
}

fn w_ror(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__ror__", args, 1, 1)?;
    or_impl(vm, args[1], args[0])
}

fn w_ior(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__ior__", args, 1, 1)?;
    vm.od_update_arg(args[0], args[1])?;
    vm.incref(args[0]);
    Ok(args[0])
}

fn w_sizeof(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__sizeof__", args, 0, 0)?;
    vm.od_parts(args[0], "__sizeof__")?;
    // `sys.getsizeof` adds the GC header.
    let n = crate::runtime::heap::sizeof::sizeof(&vm.heap, args[0]) - 16;
    Ok(vm.int(n as i64))
}

/// `odict_reduce`: `(cls, (), state or None, None, iter(items))`, the state being
/// `__getstate__()`'s.
fn w_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__reduce__", args, 0, 0)?;
    let od = args[0];
    let gs = vm.intern("__getstate__");
    let state = match vm.lookup_attr(od, gs)? {
        Some(f) => {
            let s = vm.call_value(f, &[], &[]);
            vm.decref(f);
            s?
        }
        None => Value::None,
    };
    let state = if vm.truthy(state)? {
        state
    } else {
        vm.decref(state);
        Value::None
    };
    let items_name = vm.intern("items");
    let items = match vm.lookup_attr(od, items_name) {
        Ok(Some(f)) => {
            let it = vm.call_value(f, &[], &[]);
            vm.decref(f);
            it
        }
        Ok(None) => Err(vm.attr_error("items")),
        Err(e) => Err(e),
    };
    let items = match items {
        Ok(i) => i,
        Err(e) => {
            vm.decref(state);
            return Err(e);
        }
    };
    let it = vm.get_iter(items);
    vm.decref(items);
    let it = match it {
        Ok(it) => it,
        Err(e) => {
            vm.decref(state);
            return Err(e);
        }
    };
    let cls = vm.type_of(od);
    vm.heap.incref_obj(cls);
    let empty = vm.new_tuple(vec![]);
    Ok(vm.new_tuple(vec![Value::Obj(cls), empty, state, Value::None, it]))
}

/// `OrderedDict.setdefault(key, default=None)`.
fn w_setdefault(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let key = args.get(1).copied().or_else(|| kwarg(vm, kw, "key"));
    let default = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kw, "default"))
        .unwrap_or(Value::None);
    let Some(key) = key else {
        return Err(vm.type_error("setdefault() missing required argument 'key' (pos 1)"));
    };
    let od = args[0];
    vm.od_parts(od, "setdefault")?;
    if vm.type_of(od) == vm.types.odict {
        let d = vm.payload_of(od).expect("a dict");
        if let Some(v) = vm.dict_get_item(d, key)? {
            return Ok(v);
        }
        let h = vm.hash(key)?;
        vm.od_setitem_hashed(od, key, h, default)?;
    } else {
        if vm.contains(od, key)? {
            return vm.get_item(od, key);
        }
        vm.set_item(od, key, default)?;
    }
    vm.incref(default);
    Ok(default)
}

/// `OrderedDict.pop(key[, default])`.
fn w_pop(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let key = args.get(1).copied().or_else(|| kwarg(vm, kw, "key"));
    let default = args.get(2).copied().or_else(|| kwarg(vm, kw, "default"));
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "pop() takes at most 2 arguments ({} given)",
            args.len() - 1 + kw.len()
        )));
    }
    let Some(key) = key else {
        return Err(vm.type_error("pop() missing required argument 'key' (pos 1)"));
    };
    let h = vm.hash(key)?;
    vm.od_popkey(args[0], key, h, default)
}

/// `OrderedDict.popitem(last=True)`.
fn w_popitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "popitem() takes at most 1 argument ({} given)",
            args.len() - 1
        )));
    }
    let last = args.get(1).copied().or_else(|| kwarg(vm, kw, "last"));
    let last = bool_arg(vm, last)?;
    let od = args[0];
    let (r, _) = vm.od_parts(od, "popitem")?;
    let node = match vm.od_state(r) {
        Some(s) if !s.is_empty() => {
            if last {
                s.last()
            } else {
                s.first()
            }
        }
        _ => return Err(vm.err("KeyError", "dictionary is empty")),
    };
    let (key, h) = {
        let s = vm.od_state(r).expect("checked");
        (s.key(node), s.hash(node))
    };
    vm.incref(key);
    match vm.od_popkey(od, key, h, None) {
        Ok(v) => Ok(vm.new_tuple(vec![key, v])),
        Err(e) => {
            vm.decref(key);
            Err(e)
        }
    }
}

fn w_update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(&od) = args.first() else {
        return Err(vm.type_error("update() needs an argument"));
    };
    vm.od_update(od, &args[1..], kw, "update")?;
    Ok(Value::None)
}

/// `odict_clear`: the dict, then the nodes.
fn w_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "clear", args, 0, 0)?;
    let (r, d) = vm.od_parts(args[0], "clear")?;
    let mut out = Vec::new();
    if let Obj::Dict(dict) = vm.heap.get_mut(d.as_obj().expect("a dict")) {
        dict.drain_into(&mut out);
    }
    vm.od_state_mut(r).clear(&mut out);
    for k in out {
        vm.decref(k);
    }
    Ok(Value::None)
}

fn w_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "copy", args, 0, 0)?;
    vm.od_copy(args[0])
}

/// `OrderedDict.move_to_end(key, last=True)`: only the order changes.
fn w_move_to_end(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let key = args.get(1).copied().or_else(|| kwarg(vm, kw, "key"));
    let Some(key) = key else {
        return Err(vm.type_error("move_to_end() missing required argument 'key' (pos 1)"));
    };
    let last = args.get(2).copied().or_else(|| kwarg(vm, kw, "last"));
    let last = bool_arg(vm, last)?;
    let (r, d) = vm.od_parts(args[0], "move_to_end")?;
    let end = match vm.od_state(r) {
        Some(s) if !s.is_empty() => {
            if last {
                s.last()
            } else {
                s.first()
            }
        }
        _ => return Err(vm.key_error(key)),
    };
    if vm.od_state(r).is_some_and(|s| s.key(end).is(key)) {
        return Ok(Value::None);
    }
    let h = vm.hash(key)?;
    let Some(n) = vm.od_find_node(r, d, key, h)? else {
        return Err(vm.key_error(key));
    };
    vm.od_state_mut(r).move_to_end(n, last);
    Ok(Value::None)
}

/// `OrderedDict.fromkeys(iterable, value=None)` (`_PyDict_FromKeys` on a class that
/// is no exact dict): `cls()`, then `d[k] = value` for each key.
fn w_fromkeys(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("fromkeys() needs a class"));
    };
    let seq = args.get(1).copied().or_else(|| kwarg(vm, kw, "iterable"));
    let Some(seq) = seq else {
        return Err(vm.type_error("fromkeys() missing required argument 'iterable' (pos 1)"));
    };
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "fromkeys() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let value = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kw, "value"))
        .unwrap_or(Value::None);
    let d = vm.call_value(cls, &[], &[])?;
    let it = match vm.get_iter(seq) {
        Ok(it) => it,
        Err(e) => {
            vm.decref(d);
            return Err(e);
        }
    };
    let res = (|| {
        while let Some(k) = vm.iter_next(it)? {
            let r = vm.set_item(d, k, value);
            vm.decref(k);
            r?;
        }
        Ok(())
    })();
    vm.decref(it);
    match res {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}
