//! The pickle/copy reduction protocol of `object` (CPython's `object.__reduce_ex__`,
//! `object.__reduce__`, `object.__getstate__`, with `reduce_newobj`,
//! `_PyObject_GetNewArguments` and `object_getstate_default`, Objects/typeobject.c).
//!
//! An object describes itself as `(callable, args, state, listitems, dictitems)`;
//! `copy` and `pickle` rebuild it from that. Protocols 0 and 1 hand over to
//! `copyreg._reduce_ex` (written in Python, as in CPython); protocol 2 and later build
//! the `copyreg.__newobj__` form here, honouring `__getnewargs_ex__`/`__getnewargs__`
//! and taking the state from `__getstate__`.

use super::BuiltinType;
use crate::runtime::builtins::{add_methods, int_arg};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Registers `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`.
pub fn install(vm: &mut Vm) {
    let o = vm.types.object;
    add_methods(
        vm,
        o,
        &[
            ("__reduce_ex__", object_reduce_ex),
            ("__reduce__", object_reduce),
            ("__getstate__", object_getstate),
        ],
    );
    // The immutable sequences are rebuilt from their value: `str.__getnewargs__`,
    // `bytes.__getnewargs__`, `tuple.__getnewargs__` (a subclass instance reaches
    // them with its builtin payload as `self`).
    let t = &vm.types;
    for cls in [t.str_, t.bytes, t.tuple] {
        add_methods(vm, cls, &[("__getnewargs__", value_getnewargs)]);
    }
    // The mutable and structured builtins say how to rebuild themselves. These run on
    // the instance itself, not its payload (`add_receiver_methods`): the reduction
    // names the subclass and carries the instance dict.
    let t = &vm.types;
    let (set, frozenset, slice, range, bytearray) =
        (t.set, t.frozenset, t.slice, t.range, t.bytearray);
    // Builtin functions and methods, the method descriptors, the slot wrappers and
    // the bound slot wrappers are one payload, reduced alike.
    let t = vm.types;
    for cls in [
        t.builtin_function,
        t.builtin_method,
        t.wrapper_descriptor,
        t.method_wrapper,
    ] {
        add_methods(vm, cls, &[("__reduce__", builtin_reduce)]);
    }
    add_receiver_methods(vm, set, &[("__reduce__", set_reduce)]);
    add_receiver_methods(vm, frozenset, &[("__reduce__", frozenset_reduce)]);
    add_receiver_methods(vm, slice, &[("__reduce__", slice_reduce)]);
    add_receiver_methods(vm, range, &[("__reduce__", range_reduce)]);
    add_receiver_methods(
        vm,
        bytearray,
        &[
            ("__reduce__", bytearray_reduce),
            ("__reduce_ex__", bytearray_reduce_ex),
        ],
    );
}

/// Methods of a builtin class that receive the instance itself (a subclass instance
/// included) rather than its builtin payload; each checks its receiver with
/// `receiver_of`.
fn add_receiver_methods(
    vm: &mut Vm,
    cls: crate::value::ObjRef,
    fns: &[(&'static str, crate::runtime::types::function::NativeFn)],
) {
    let d = match vm.heap.get(cls) {
        Obj::Class(c) => c.dict,
        _ => return,
    };
    for &(name, f) in fns {
        let v = vm.heap.new_value(Obj::Builtin(Box::new(
            crate::runtime::types::function::BuiltinFn {
                name,
                f,
                self_: Value::Undef,
                owner: None,
                plain: false,
                objclass: Some(cls),
            },
        )));
        crate::runtime::builtins::set_in(vm, d, name, v);
    }
}

/// The receiver of a method registered by `add_receiver_methods` on `cls`, with the
/// argument count checked (`n` arguments after it).
fn receiver_of(
    vm: &mut Vm,
    cls: crate::value::ObjRef,
    name: &str,
    args: &[Value],
    n: usize,
) -> PyResult<Value> {
    let cn = vm.class_name(cls);
    let Some(&obj) = args.first() else {
        return Err(vm.type_error(format!("unbound method {cn}.{name}() needs an argument")));
    };
    if !vm.is_instance(obj, cls) {
        let tn = vm.type_name(obj);
        return Err(vm.type_error(format!(
            "descriptor '{name}' for '{cn}' objects doesn't apply to a '{tn}' object"
        )));
    }
    let got = args.len() - 1;
    if got != n {
        return Err(super::object::arg_count_error(vm, &cn, name, got, n));
    }
    Ok(obj)
}

/// `(type(self), args, state)`: the shape of the set and bytearray reductions.
fn rebuild_with_state(vm: &mut Vm, obj: Value, args: Vec<Value>) -> PyResult<Value> {
    let state = match default_state(vm, obj, false) {
        Ok(s) => s,
        Err(e) => {
            for a in args {
                vm.decref(a);
            }
            return Err(e);
        }
    };
    let cls = vm.type_of(obj);
    vm.incref(Value::Obj(cls));
    let a = vm.new_tuple(args);
    Ok(vm.new_tuple(vec![Value::Obj(cls), a, state]))
}

/// `set.__reduce__()` / `frozenset.__reduce__()`: `(type(self), (list(self),),
/// state)`.
fn set_like_reduce(vm: &mut Vm, cls: crate::value::ObjRef, args: &[Value]) -> PyResult<Value> {
    let obj = receiver_of(vm, cls, "__reduce__", args, 0)?;
    let value = vm.payload_of(obj).unwrap_or(obj);
    let list = vm.types.list;
    let items = vm.call_value(Value::Obj(list), &[value], &[])?;
    rebuild_with_state(vm, obj, vec![items])
}

fn set_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.types.set;
    set_like_reduce(vm, cls, args)
}

fn frozenset_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.types.frozenset;
    set_like_reduce(vm, cls, args)
}

/// `(type(self), (start, stop, step))`, the reduction of slices and ranges.
fn bounds_reduce(vm: &mut Vm, cls: crate::value::ObjRef, args: &[Value]) -> PyResult<Value> {
    let obj = receiver_of(vm, cls, "__reduce__", args, 0)?;
    let mut parts = Vec::with_capacity(3);
    for name in ["start", "stop", "step"] {
        match vm.get_attr(obj, name) {
            Ok(v) => parts.push(v),
            Err(e) => {
                for v in parts {
                    vm.decref(v);
                }
                return Err(e);
            }
        }
    }
    let t = vm.type_of(obj);
    vm.incref(Value::Obj(t));
    let a = vm.new_tuple(parts);
    Ok(vm.new_tuple(vec![Value::Obj(t), a]))
}

fn slice_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.types.slice;
    bounds_reduce(vm, cls, args)
}

fn range_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.types.range;
    bounds_reduce(vm, cls, args)
}

/// `bytearray.__reduce_ex__(protocol)`: before protocol 3 the bytes travel as a
/// latin-1 str (`(type(self), (text, 'latin-1'), state)`), from 3 on as bytes; an
/// empty bytearray needs no arguments.
fn bytearray_reduce_common(vm: &mut Vm, obj: Value, proto: i64) -> PyResult<Value> {
    let value = vm.payload_of(obj).unwrap_or(obj);
    let bytes = vm.types.bytes;
    let b = vm.call_value(Value::Obj(bytes), &[value], &[])?;
    let empty = crate::runtime::builtins::functions::length(vm, b)? == 0;
    let args = if empty {
        vm.decref(b);
        Vec::new()
    } else if proto < 3 {
        let enc = vm.new_str("latin-1");
        let decode = vm.get_attr(b, "decode");
        vm.decref(b);
        let decode = match decode {
            Ok(d) => d,
            Err(e) => {
                vm.decref(enc);
                return Err(e);
            }
        };
        let text = vm.call_value(decode, &[enc], &[]);
        vm.decref(decode);
        match text {
            Ok(t) => vec![t, enc],
            Err(e) => {
                vm.decref(enc);
                return Err(e);
            }
        }
    } else {
        vec![b]
    };
    rebuild_with_state(vm, obj, args)
}

fn bytearray_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.types.bytearray;
    let obj = receiver_of(vm, cls, "__reduce__", args, 0)?;
    bytearray_reduce_common(vm, obj, 0)
}

fn bytearray_reduce_ex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.types.bytearray;
    // The protocol is optional here (CPython's default is 0).
    let n = if args.len() > 1 { 1 } else { 0 };
    let obj = receiver_of(vm, cls, "__reduce_ex__", args, n)?;
    let proto = if n == 1 { int_arg(vm, args[1])? } else { 0 };
    bytearray_reduce_common(vm, obj, proto)
}

/// `__getnewargs__` of the immutable sequences: `(value,)`, the exact builtin value.
fn value_getnewargs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_method(vm, "__getnewargs__", args, 0, 0)?;
    // str's and bytes' give a copy of the value (CPython's `_PyUnicode_Copy`,
    // `PyBytes_FromStringAndSize`); tuple's a full slice, which is the tuple itself.
    let v = match args[0] {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Str(_) | Obj::Bytes(_)) => {
            vm.copy_immutable(args[0])
        }
        _ => None,
    };
    let v = v.unwrap_or_else(|| {
        vm.incref(args[0]);
        args[0]
    });
    Ok(vm.new_tuple(vec![v]))
}

/// `builtin_function_or_method.__reduce__` (CPython's `meth_reduce`): a plain
/// function reduces to its name (pickle finds it again in its module), a bound one
/// to `getattr(receiver, name)`, a method descriptor or slot wrapper to
/// `getattr(its class, name)` (`descr_reduce`).
fn builtin_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_method(vm, "__reduce__", args, 0, 0)?;
    let (name, recv) = match args[0] {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Builtin(b) if b.self_.is_undef() && !b.plain => (
                b.name,
                Value::Obj(b.objclass.or(b.owner).unwrap_or(vm.types.object)),
            ),
            Obj::Builtin(b) => (b.name, b.self_),
            _ => return Err(vm.type_error("descriptor '__reduce__' requires a builtin")),
        },
        _ => return Err(vm.type_error("descriptor '__reduce__' requires a builtin")),
    };
    let is_module = matches!(recv, Value::Obj(m) if matches!(vm.heap.get(m), Obj::Module(_)));
    let n = vm.new_str(name);
    if recv.is_undef() || is_module {
        return Ok(n);
    }
    let getattr = vm.builtin_value("getattr");
    vm.incref(recv);
    let pair = vm.new_tuple(vec![recv, n]);
    Ok(vm.new_tuple(vec![getattr, pair]))
}

/// The receiver check of these methods: `object.__reduce__()` called without an
/// instance, or with the wrong number of arguments, fails as CPython's METH_NOARGS /
/// METH_O methods do.
fn receiver(vm: &mut Vm, name: &str, args: &[Value], n: usize) -> PyResult<Value> {
    super::object::method_args(vm, name, args, n)?;
    Ok(args[0])
}

/// `object.__reduce_ex__(protocol)`: a class that overrides `__reduce__` is asked
/// through it (that is how a class with only `__reduce__` takes part in pickling at
/// every protocol); otherwise the default reduction for `protocol`.
fn object_reduce_ex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = receiver(vm, "__reduce_ex__", args, 1)?;
    let proto = int_arg(vm, args[1])?;
    let cls = vm.type_of(obj);
    let object = vm.types.object;
    let name = vm.intern("__reduce__");
    if !vm.inherits_builtin_attr(cls, object, name) {
        let reduce = vm.get_attr(obj, name)?;
        let r = vm.call_value(reduce, &[], &[]);
        vm.decref(reduce);
        return r;
    }
    common_reduce(vm, obj, proto)
}

/// `object.__reduce__()`: the default reduction at protocol 0.
fn object_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = receiver(vm, "__reduce__", args, 0)?;
    common_reduce(vm, obj, 0)
}

/// `object.__getstate__()`: the instance dict (None when empty), paired with the
/// values of the slots that are set when the class has slots.
fn object_getstate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = receiver(vm, "__getstate__", args, 0)?;
    default_state(vm, obj, false)
}

/// An attribute of the `copyreg` module (owned).
fn copyreg_attr(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let m = vm.import_module("copyreg")?;
    let r = vm.get_attr(m, name);
    vm.decref(m);
    r
}

fn common_reduce(vm: &mut Vm, obj: Value, proto: i64) -> PyResult<Value> {
    if proto >= 2 {
        return reduce_newobj(vm, obj);
    }
    let f = copyreg_attr(vm, "_reduce_ex")?;
    let p = vm.int(proto);
    let r = vm.call_value(f, &[obj, p], &[]);
    vm.decref(p);
    vm.decref(f);
    r
}

/// Whether instances of the class keep nothing beyond what `object` has (an
/// instance dict and slots): only those can be rebuilt from their state alone
/// (CPython compares `tp_basicsize` with object's plus the dict and slots).
fn plain_layout(vm: &Vm, obj: Value) -> bool {
    let cls = vm.type_of(obj);
    let solid = match vm.heap.get(cls) {
        Obj::Class(c) => c.solid,
        _ => return false,
    };
    matches!(
        solid,
        BuiltinType::Object
            | BuiltinType::User
            | BuiltinType::NoneType
            | BuiltinType::NotImplementedType
            | BuiltinType::Ellipsis
    )
}

/// What `__getnewargs_ex__` / `__getnewargs__` give: `(args, kwargs)` as owned
/// values (kwargs None when absent), or None when the class defines neither.
fn new_arguments(vm: &mut Vm, obj: Value) -> PyResult<Option<(Value, Value)>> {
    let cls = vm.type_of(obj);
    let ex = vm.intern("__getnewargs_ex__");
    if vm.class_lookup_borrowed(cls, ex).is_some() {
        let f = vm.get_attr(obj, ex)?;
        let r = vm.call_value(f, &[], &[]);
        vm.decref(f);
        let r = r?;
        let items = match r {
            Value::Obj(t) => match vm.heap.get(t) {
                Obj::Tuple(items) => Some(items.to_vec()),
                _ => None,
            },
            _ => None,
        };
        let Some(items) = items else {
            let tn = vm.type_name(r);
            vm.decref(r);
            return Err(vm.type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{tn}'"
            )));
        };
        if items.len() != 2 {
            vm.decref(r);
            return Err(vm.type_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                items.len()
            )));
        }
        let (a, k) = (items[0], items[1]);
        let a_ok = matches!(a, Value::Obj(x) if matches!(vm.heap.get(x), Obj::Tuple(_)))
            || vm.is_instance(a, vm.types.tuple);
        if !a_ok {
            let tn = vm.type_name(a);
            vm.decref(r);
            return Err(vm.type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{tn}'"
            )));
        }
        if !vm.is_instance(k, vm.types.dict) {
            let tn = vm.type_name(k);
            vm.decref(r);
            return Err(vm.type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{tn}'"
            )));
        }
        vm.incref(a);
        vm.incref(k);
        vm.decref(r);
        return Ok(Some((a, k)));
    }
    let plain = vm.intern("__getnewargs__");
    if vm.class_lookup_borrowed(cls, plain).is_some() {
        let f = vm.get_attr(obj, plain)?;
        let r = vm.call_value(f, &[], &[]);
        vm.decref(f);
        let r = r?;
        if !vm.is_instance(r, vm.types.tuple) {
            let tn = vm.type_name(r);
            vm.decref(r);
            return Err(vm.type_error(format!("__getnewargs__ should return a tuple, not '{tn}'")));
        }
        return Ok(Some((r, Value::None)));
    }
    Ok(None)
}

/// The items of a tuple (or tuple subclass) as borrowed values.
fn tuple_items(vm: &Vm, t: Value) -> Vec<Value> {
    let t = vm.payload_of(t).unwrap_or(t);
    match t {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The protocol 2+ reduction: `(copyreg.__newobj__, (cls, *args), state, listitems,
/// dictitems)`, or `(copyreg.__newobj_ex__, (cls, args, kwargs), ...)` when
/// `__getnewargs_ex__` gave keyword arguments.
fn reduce_newobj(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let cls = vm.type_of(obj);
    let newargs = new_arguments(vm, obj)?;
    let has_args = newargs.is_some();
    let (args, kwargs) = newargs.unwrap_or((Value::None, Value::None));
    let with_kwargs = !matches!(kwargs, Value::None)
        && crate::runtime::builtins::functions::length(vm, kwargs)? > 0;
    let made = if with_kwargs {
        copyreg_attr(vm, "__newobj_ex__").map(|f| {
            vm.incref(Value::Obj(cls));
            let a = vm.new_tuple(vec![Value::Obj(cls), args, kwargs]);
            (f, a)
        })
    } else {
        vm.decref(kwargs);
        copyreg_attr(vm, "__newobj__").map(|f| {
            let mut items = vec![Value::Obj(cls)];
            items.extend(tuple_items(vm, args));
            for &v in &items {
                vm.incref(v);
            }
            vm.decref(args);
            (f, vm.new_tuple(items))
        })
    };
    let (func, fargs) = match made {
        Ok(x) => x,
        Err(e) => {
            if with_kwargs {
                vm.decref(kwargs);
            }
            vm.decref(args);
            return Err(e);
        }
    };
    let is_list = vm.is_instance(obj, vm.types.list);
    let is_dict = vm.is_instance(obj, vm.types.dict);
    let required = !has_args && !is_list && !is_dict;
    let mut parts = vec![func, fargs];
    let r = reduce_tail(vm, obj, required, is_list, is_dict, &mut parts);
    match r {
        Ok(()) => Ok(vm.new_tuple(parts)),
        Err(e) => {
            for v in parts {
                vm.decref(v);
            }
            Err(e)
        }
    }
}

/// Appends the state, the list items iterator and the dict items iterator.
fn reduce_tail(
    vm: &mut Vm,
    obj: Value,
    required: bool,
    is_list: bool,
    is_dict: bool,
    parts: &mut Vec<Value>,
) -> PyResult<()> {
    let state = get_state(vm, obj, required)?;
    parts.push(state);
    let list_items = if is_list {
        vm.get_iter(obj)?
    } else {
        Value::None
    };
    parts.push(list_items);
    let dict_items = if is_dict {
        let items = vm.get_attr(obj, "items")?;
        let view = vm.call_value(items, &[], &[]);
        vm.decref(items);
        let view = view?;
        let it = vm.get_iter(view);
        vm.decref(view);
        it?
    } else {
        Value::None
    };
    parts.push(dict_items);
    Ok(())
}

/// The state of `obj` (CPython's `_PyObject_GetState`): a `__getstate__` of the
/// class's own is called; `object`'s is the default, which with `required` refuses an
/// object that keeps values outside its dict and slots.
fn get_state(vm: &mut Vm, obj: Value, required: bool) -> PyResult<Value> {
    let cls = vm.type_of(obj);
    let object = vm.types.object;
    let name = vm.intern("__getstate__");
    if vm.inherits_builtin_attr(cls, object, name) {
        return default_state(vm, obj, required);
    }
    let f = vm.get_attr(obj, name)?;
    let r = vm.call_value(f, &[], &[]);
    vm.decref(f);
    r
}

/// `object_getstate_default`: the instance dict (None when there is none or it is
/// empty), then `(dict, {slot: value})` when some slots are set.
fn default_state(vm: &mut Vm, obj: Value, required: bool) -> PyResult<Value> {
    if required && !plain_layout(vm, obj) {
        let tn = vm.type_name(obj);
        return Err(vm.type_error(format!("cannot pickle '{tn}' object")));
    }
    let dict_name = vm.intern("__dict__");
    let mut state = Value::None;
    // CPython's `_PyObject_IsInstanceDictEmpty` first: an instance without
    // attributes has no state, and asking for its `__dict__` would make one.
    if has_instance_dict(vm, obj) && !instance_dict_empty(vm, obj) {
        if let Some(d) = vm.lookup_attr(obj, dict_name)? {
            if crate::runtime::builtins::functions::length(vm, d).unwrap_or(0) > 0 {
                state = d;
            } else {
                vm.decref(d);
            }
        }
    }
    let cls = vm.type_of(obj);
    let names = match slot_names(vm, Value::Obj(cls)) {
        Ok(n) => n,
        Err(e) => {
            vm.decref(state);
            return Err(e);
        }
    };
    if names.is_empty() {
        return Ok(state);
    }
    let slots = vm.new_dict();
    for &n in &names {
        let found = match vm.lookup_attr(obj, n) {
            Ok(f) => f,
            Err(e) => {
                vm.decref(slots);
                vm.decref(state);
                for n in names {
                    vm.decref(n);
                }
                return Err(e);
            }
        };
        if let Some(v) = found {
            let r = vm.set_item(slots, n, v);
            vm.decref(v);
            r?;
        }
    }
    for n in names {
        vm.decref(n);
    }
    if crate::runtime::builtins::functions::length(vm, slots)? == 0 {
        vm.decref(slots);
        return Ok(state);
    }
    Ok(vm.new_tuple(vec![state, slots]))
}

/// Whether `obj` is an instance that may carry a `__dict__` (builtin values such as
/// ints, functions or modules do not count: their `__dict__`, when they have one, is
/// not instance state).
fn has_instance_dict(vm: &Vm, obj: Value) -> bool {
    match obj {
        Value::Obj(r) => matches!(vm.heap.get(r), Obj::Instance(_)),
        _ => false,
    }
}

/// Whether instance `obj` has no attributes (CPython's
/// `_PyObject_IsInstanceDictEmpty`): its materialised `__dict__` is empty, or it
/// has none and no inline attribute.
fn instance_dict_empty(vm: &Vm, obj: Value) -> bool {
    let Value::Obj(r) = obj else { return true };
    let Obj::Instance(i) = vm.heap.get(r) else {
        return true;
    };
    if let Some(d) = i.dict {
        return matches!(vm.heap.get(d), Obj::Dict(d) if d.is_empty());
    }
    let nslots = match vm.heap.get(i.class) {
        Obj::Class(c) => c.layout.nslots as usize,
        _ => 0,
    };
    !i.has_inline_attrs(nslots)
}

/// The names of the slots instances of `cls` have (owned strs): the class's own
/// `__slotnames__` when it has one (a list or None), else what
/// `copyreg._slotnames` returns, which caches them there (CPython's
/// `_PyType_GetSlotNames`; even a class without `__slots__` gets its empty list).
fn slot_names(vm: &mut Vm, cls: Value) -> PyResult<Vec<Value>> {
    let Value::Obj(c) = cls else {
        return Ok(Vec::new());
    };
    let key = vm.intern("__slotnames__");
    let cached = match vm.heap.get(c) {
        Obj::Class(k) => vm.dict_get_str(k.dict, key),
        _ => None,
    };
    let r = match cached {
        Some(v) => {
            let ok = matches!(v, Value::None)
                || matches!(v, Value::Obj(l) if matches!(vm.heap.get(l), Obj::List(_)));
            if !ok {
                let (cn, tn) = (vm.class_name(c), vm.type_name(v));
                return Err(vm.type_error(format!(
                    "{cn}.__slotnames__ should be a list or None, not {tn}"
                )));
            }
            vm.incref(v);
            v
        }
        None => {
            let f = copyreg_attr(vm, "_slotnames")?;
            let r = vm.call_value(f, &[cls], &[]);
            vm.decref(f);
            r?
        }
    };
    if matches!(r, Value::None) {
        return Ok(Vec::new());
    }
    let items = match r {
        Value::Obj(l) => match vm.heap.get(l) {
            Obj::List(l) => Some(l.items.clone()),
            _ => None,
        },
        _ => None,
    };
    let Some(items) = items else {
        vm.decref(r);
        return Err(vm.type_error("copyreg._slotnames didn't return a list or None"));
    };
    for &v in &items {
        vm.incref(v);
    }
    vm.decref(r);
    Ok(items)
}
