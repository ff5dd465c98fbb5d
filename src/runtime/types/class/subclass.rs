//! Subclasses of builtin types (`class L(list)`, `class I(int)`, ...) and `__new__`
//! (CPython's `tp_new` slots, `object_new`/`object_init` and `tp_new_wrapper` in
//! Objects/typeobject.c).
//!
//! An instance of a class whose "solid base" is int, float, str, tuple, list, dict, set
//! or frozenset is an ordinary `Instance` (so attributes, `__class__`, the GC and the
//! per-class caches need nothing new) that owns a *payload*: the real builtin value,
//! kept in the instance's cold `extra` box. Two rules make it behave like CPython's
//! subclass instances:
//! - a method of a builtin class called on such an instance runs on its payload
//!   ([`Vm::call_owned_builtin`], the one place builtin methods check their receiver);
//! - the protocols (len, iter, repr, ==, +, ...) use a dunder a Python class defines
//!   before the builtin base in the MRO, and otherwise apply themselves to the payload
//!   ([`Vm::payload_for`]). Both checks run only on the instance (cold) paths.
//!
//! The builtin types' `__new__`s are here too; `subclass_slots.rs` registers them with
//! the special-method wrappers subclasses inherit.

use super::{BuiltinType, InstanceObj};
use crate::runtime::object::{BuiltinFn, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// The builtin class of a layout with a payload (`object` otherwise).
    pub fn builtin_class_of(&self, k: BuiltinType) -> ObjRef {
        let t = &self.types;
        match k {
            BuiltinType::Int => t.int,
            BuiltinType::Float => t.float,
            BuiltinType::Complex => t.complex,
            BuiltinType::Str => t.str_,
            BuiltinType::Tuple => t.tuple,
            BuiltinType::List => t.list,
            BuiltinType::Dict => t.dict,
            BuiltinType::Set => t.set,
            BuiltinType::FrozenSet => t.frozenset,
            BuiltinType::Bytes => t.bytes,
            BuiltinType::ByteArray => t.bytearray,
            BuiltinType::Deque => t.deque,
            BuiltinType::Array => t.array,
            _ => t.object,
        }
    }

    /// The builtin iterator types CPython lets a class derive from (their instances
    /// wrap the builtin iterator as a payload); list_iterator & co. are final.
    pub fn subclassable_iterator(&self, c: ObjRef) -> bool {
        let t = &self.types;
        [t.enumerate, t.zip, t.map, t.filter, t.reversed].contains(&c)
            || self.tool_kind_of_class(c).is_some_and(|k| k.subclassable())
    }

    /// The solid-base layout of a class (see `ClassObj::solid`).
    pub fn class_solid(&self, cls: ObjRef) -> BuiltinType {
        match self.heap.get(cls) {
            Obj::Class(c) => c.solid,
            _ => BuiltinType::Object,
        }
    }

    /// The payload of an instance of a builtin subclass (borrowed).
    #[inline]
    pub fn payload_of(&self, v: Value) -> Option<Value> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => i.payload(),
                _ => None,
            },
            _ => None,
        }
    }

    /// `v` itself, or its payload when it is an instance of a builtin subclass.
    pub fn unwrap_payload(&self, v: Value) -> Value {
        self.payload_of(v).unwrap_or(v)
    }

    /// For a protocol implemented by special method `name`: the payload of `v` (borrowed)
    /// when `v` is an instance of a builtin subclass whose Python classes do not define
    /// `name` before the builtin base; None when the protocol's usual instance path
    /// (the Python override) applies.
    pub fn payload_for(&mut self, v: Value, name: &str) -> Option<Value> {
        let Value::Obj(r) = v else { return None };
        let Obj::Instance(i) = self.heap.get(r) else {
            return None;
        };
        let p = i.payload()?;
        let cls = i.class;
        if self.py_defines(cls, name) {
            None
        } else {
            Some(p)
        }
    }

    /// Whether `name` resolves, along `cls`'s MRO, to a Python-defined (heap) class's
    /// attribute: that definition overrides the builtin behaviour. A builtin class
    /// that has `name` in its dict ends the search; one that does not (float has no
    /// `__str__` of its own) lets a later class supply it, as in
    /// `class F(float, Enum)`, whose `__str__` is Enum's.
    pub fn py_defines(&mut self, cls: ObjRef, name: &str) -> bool {
        let key = self.intern(name);
        let Obj::Class(c) = self.heap.get(cls) else {
            return false;
        };
        let chain = std::iter::once(cls).chain(c.mro.iter().copied());
        for k in chain {
            let Obj::Class(kc) = self.heap.get(k) else {
                continue;
            };
            if self.dict_get_str(kc.dict, key).is_some() {
                // OrderedDict's methods keep its order: they run on the instance, as
                // a Python class's would.
                return kc.is_heap || kc.kind == BuiltinType::ODict;
            }
        }
        false
    }

    /// A new instance of `cls` wrapping `payload` (owned, moved in).
    /// `C()` for a subclass `C` of list, dict or set that keeps the builtin's
    /// `__new__` and `__init__` (OrderedCollection-style classes): the empty payload
    /// and its instance, as `list.__new__` then `list.__init__` with no arguments would
    /// leave them, without the two descriptor calls. None when anything differs.
    pub fn new_empty_container_instance(&mut self, cls: ObjRef) -> Option<Value> {
        let Obj::Class(c) = self.heap.get(cls) else {
            return None;
        };
        let base = match c.solid {
            BuiltinType::List => self.types.list,
            BuiltinType::Dict => self.types.dict,
            BuiltinType::Set => self.types.set,
            _ => return None,
        };
        if self.heap.trace.is_some() {
            return None;
        }
        let (new, init) = (self.names.new, self.names.init);
        if !self.inherits_builtin_attr(cls, base, new)
            || !self.inherits_builtin_attr(cls, base, init)
        {
            return None;
        }
        // Past CPython's free lists, as `builtin_new_of`'s (see `Heap::adopt_payload`).
        let payload = if base == self.types.list {
            self.heap.before_tp_alloc(false);
            self.new_list(vec![])
        } else if base == self.types.dict {
            self.heap.before_tp_alloc(true);
            self.new_dict()
        } else {
            self.heap.new_value(Obj::Set(Box::default()))
        };
        Some(self.new_payload_instance(cls, payload))
    }

    /// A new instance of `cls` whose builtin part is `payload` (owned).
    ///
    /// The payload becomes the instance's builtin part (`Heap::adopt_payload`): one
    /// object to `gc`, as CPython's subclass instance is. A tuple or frozenset that
    /// someone else holds too (`T(t)` for an exact tuple `t`, which `tuple(t)`
    /// returns itself) is copied first, as CPython's `tuple_subtype_new` and
    /// `frozenset` subtype path copy into the new instance: the instance never shares
    /// its builtin part.
    pub fn new_payload_instance(&mut self, cls: ObjRef, payload: Value) -> Value {
        let payload = self.unshared_payload(payload);
        self.heap.adopt_payload(payload);
        self.heap.incref_obj(cls);
        self.heap
            .new_value(Obj::Instance(InstanceObj::with_payload(cls, payload)))
    }

    /// `payload` (owned), or a copy of it when it is a non-empty tuple or a
    /// frozenset with other owners (see `new_payload_instance`).
    fn unshared_payload(&mut self, payload: Value) -> Value {
        let Value::Obj(r) = payload else {
            return payload;
        };
        if self.heap.rc(r) <= 1 || self.heap.is_immortal(r) {
            return payload;
        }
        let copy = match self.heap.get(r) {
            Obj::Tuple(t) if !t.is_empty() => {
                let items: Vec<Value> = t.iter().copied().collect();
                for &v in &items {
                    self.incref(v);
                }
                self.heap.new_value(Obj::Tuple(items.into()))
            }
            Obj::FrozenSet(_) => match self.set_copy(payload) {
                Ok(c) => c,
                Err(e) => {
                    // Only a MemoryError: the instance then shares the frozenset.
                    self.decref(e.0);
                    return payload;
                }
            },
            _ => return payload,
        };
        self.decref(payload);
        copy
    }

    /// The layout of a new class with these bases: its solid base, rejecting bases that
    /// cannot be subclassed and bases whose layouts conflict (CPython's `best_base`).
    pub fn layout_of_bases(&mut self, bases: &[ObjRef]) -> PyResult<BuiltinType> {
        use BuiltinType as B;
        let mut solid = B::Object;
        // A metaclass base (type or a subclass) has type's own layout, which no
        // payload-carrying builtin shares.
        let mut type_seen = false;
        for &b in bases {
            let (kind, bsolid) = match self.heap.get(b) {
                Obj::Class(c) => (c.kind, c.solid),
                _ => continue,
            };
            let is_meta = b == self.types.type_ || self.is_subclass(b, self.types.type_);
            if matches!(
                kind,
                B::Bool
                    | B::Range
                    | B::Slice
                    | B::NoneType
                    | B::NotImplementedType
                    | B::Ellipsis
                    | B::Function
                    | B::BuiltinFunction
                    | B::Method
                    | B::Cell
                    | B::Generator
                    | B::Code
                    | B::DictKeys
                    | B::DictValues
                    | B::DictItems
                    | B::MappingProxy
                    | B::MemoryView
                    | B::MemberDescriptor
            ) || (kind == B::Iterator && !self.subclassable_iterator(b))
            {
                let n = self.class_name(b);
                return Err(self.type_error(format!("type '{}' is not an acceptable base type", n)));
            }
            // A module's layout (its dict and weakref list) is its own too.
            let bs = if bsolid.has_payload() || bsolid == B::Exception || bsolid == B::Module {
                bsolid
            } else {
                B::Object
            };
            if is_meta {
                type_seen = true;
            }
            if bs == B::Object || bs == solid {
                if is_meta && solid != B::Object {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                continue;
            }
            if solid != B::Object || type_seen {
                return Err(self.type_error("multiple bases have instance lay-out conflict"));
            }
            solid = bs;
        }
        Ok(solid)
    }

    /// Whether builtin `name` of `owner` is a method descriptor (named methods, and the
    /// specials CPython defines as methods) rather than a slot wrapper: the two word
    /// their argument errors differently.
    fn method_style(&self, n: &str, owner: ObjRef) -> bool {
        let t = &self.types;
        !(n.starts_with("__") && n.ends_with("__"))
            || matches!(
                n,
                "__sizeof__"
                    | "__subclasses__"
                    | "__reversed__"
                    | "__format__"
                    | "__getnewargs__"
                    | "__round__"
                    | "__trunc__"
                    | "__floor__"
                    | "__ceil__"
                    | "__reduce__"
                    | "__reduce_ex__"
                    | "__setstate__"
                    | "__length_hint__"
                    | "__dir__"
                    | "__instancecheck__"
                    | "__subclasscheck__"
            )
            || (n == "__getitem__" && (owner == t.list || owner == t.dict))
            || (n == "__contains__" && owner == t.dict)
    }

    /// A call of a builtin method that knows its class `owner` (CPython's method and
    /// slot-wrapper descriptors): checks the receiver (`self_`, or the first argument
    /// of an unbound call) and, for an instance of a subclass of a builtin with a
    /// payload, runs the method on the payload.
    pub fn call_owned_builtin(
        &mut self,
        b: &BuiltinFn,
        owner: ObjRef,
        args: &[Value],
        kw: KwArgs,
    ) -> PyResult<Value> {
        let bound = !b.self_.is_undef();
        let recv = if bound {
            b.self_
        } else if let Some(&a) = args.first() {
            a
        } else {
            let on = self.class_name(owner);
            let msg = if self.method_style(b.name, owner) {
                // `_PyType_Name`: the last part of a dotted builtin name.
                let short = on.rsplit('.').next().unwrap_or("");
                format!("unbound method {}.{}() needs an argument", short, b.name)
            } else {
                format!(
                    "descriptor '{}' of '{}' object needs an argument",
                    b.name, on
                )
            };
            return Err(self.type_error(msg));
        };
        let rt = self.type_of(recv);
        let mut eff = recv;
        if rt != owner {
            let ok = self.is_subclass(rt, owner)
                || (self.class_kind(owner) == BuiltinType::Iterator
                    && matches!(recv, Value::Obj(r) if matches!(self.heap.get(r), Obj::Iter(_))));
            if !ok {
                let (on, tn) = (self.class_name(owner), self.class_name(rt));
                let n = b.name;
                let method_style = self.method_style(n, owner);
                let msg = if !method_style {
                    format!(
                        "descriptor '{}' requires a '{}' object but received a '{}'",
                        n, on, tn
                    )
                } else {
                    format!(
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        n, on, tn
                    )
                };
                return Err(self.type_error(msg));
            }
            if self.class_kind(owner) == BuiltinType::Iterator
                && b.name == "__iter__"
                && self.payload_of(recv).is_some()
            {
                // An iterator subclass instance is its own iterator (so `for` calls
                // the subclass's `__next__`), not the builtin iterator it wraps.
                self.incref(recv);
                return Ok(recv);
            }
            // deque's methods find the deque themselves: `copy`, `__reduce__`, `+`
            // and the repr need the subclass instance.
            if self.class_kind(owner).has_payload() && owner != self.types.deque {
                match self.payload_of(recv) {
                    Some(p) => eff = p,
                    None if matches!(recv, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_))) =>
                    {
                        // A subclass instance whose payload the collector already
                        // cleared: nothing left to run on.
                        let (on, tn) = (self.class_name(owner), self.class_name(rt));
                        return Err(self.type_error(format!(
                            "descriptor '{}' requires a '{}' object but received a '{}'",
                            b.name, on, tn
                        )));
                    }
                    None => {}
                }
            }
        }
        // `dict.__getitem__(sub, k)` (what `super().__getitem__(k)` reaches) is
        // CPython's `dict_subscript`, which asks a subclass's `__missing__`: the
        // payload alone cannot see the subclass.
        if !eff.is(recv) && owner == self.types.dict && b.name == "__getitem__" {
            let rest = if bound { args } else { &args[1..] };
            if let [key] = rest {
                return self.dict_item_or_missing(recv, eff, *key);
            }
        }
        // The iterators and views of a subclass instance hold the instance itself, as
        // CPython's do (`list_iter` keeps `self`): `list.__iter__`, `dict.keys` & co.
        // get the instance; the iterator reads the builtin part at each step.
        if !eff.is(recv) && kw.is_empty() && (if bound { args } else { &args[1..] }).is_empty() {
            match b.name {
                "__iter__" => return self.held_container_iter(recv, eff),
                "__reversed__" => {
                    if let Some(r) = self.held_container_reversed(recv, eff) {
                        return r;
                    }
                }
                "keys" | "values" | "items" if owner == self.types.dict => eff = recv,
                _ => {}
            }
        }
        // property's methods find the property in a subclass instance themselves:
        // `getter`/`setter`/`deleter` copy it by calling its own class.
        if !eff.is(recv) && owner == self.types.property {
            eff = recv;
        }
        // `str.__rmod__(sub, fmt)` formats the instance itself (`%s` shows its
        // `__str__`): `subclass_slots::str_format_slot` reads the str inside.
        if !eff.is(recv) && owner == self.types.str_ && b.name == "__rmod__" {
            eff = recv;
        }
        // The iterators' `__reduce__` names the instance's own class (CPython's
        // `enum_reduce`, `zip_reduce`, ... build from `Py_TYPE(self)`).
        if !eff.is(recv) && b.name == "__reduce__" && {
            let t = &self.types;
            [t.enumerate, t.zip, t.map, t.filter].contains(&owner)
        } {
            eff = recv;
        }
        // `array.__reduce_ex__` names the instance's own class and saves its
        // `__dict__` (CPython's `array_array___reduce_ex__` reads `Py_TYPE(self)`).
        if !eff.is(recv) && owner == self.types.array && b.name == "__reduce_ex__" {
            eff = recv;
        }
        // `list.__init__` refuses keywords only when the instance's class keeps
        // list's `__new__` (CPython's `list___init__` checks `tp_new`): a subclass
        // with its own `__new__` may take keywords that `__init__` then ignores.
        let kw = if !eff.is(recv)
            && owner == self.types.list
            && b.name == "__init__"
            && self.py_defines(rt, "__new__")
        {
            &[][..]
        } else {
            kw
        };
        let f = b.f;
        let r = if bound {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(eff);
            full.extend_from_slice(args);
            f(self, &full, kw)
        } else if eff.is(recv) {
            return f(self, args, kw);
        } else {
            let mut full = args.to_vec();
            full[0] = eff;
            f(self, &full, kw)
        };
        // An in-place slot (`list.__iadd__`) answers with its receiver: a subclass
        // instance, not the payload it ran on.
        match r {
            Ok(v) if v.is(eff) && !eff.is(recv) && returns_receiver(b.name) => {
                self.decref(v);
                self.incref(recv);
                Ok(recv)
            }
            // A method that answers an exact int, float, str, bytes or tuple with
            // itself (`int.__index__`, `str.strip()` with nothing to strip) answers a
            // subclass instance with a new object of the base type (CPython's
            // `_PyLong_Copy`, `unicode_result_unchanged`...): never the payload, which
            // is the instance's own and has no identity of its own to show.
            Ok(v) if v.is(eff) && !eff.is(recv) => match self.copy_immutable(v) {
                Some(c) => {
                    self.decref(v);
                    Ok(c)
                }
                None => Ok(v),
            },
            r => r,
        }
    }

    /// A new object equal to the int, float, str, bytes, tuple or complex `v`;
    /// None for other kinds. The empty and one-character str and bytes stay the
    /// singletons they are.
    pub(crate) fn copy_immutable(&mut self, v: Value) -> Option<Value> {
        use crate::value::Scalar;
        match self.scalar(v) {
            Scalar::Int(i) => return Some(self.int(i)),
            Scalar::Float(f) => return Some(self.float(f)),
            _ => {}
        }
        let Value::Obj(r) = v else {
            return None;
        };
        Some(match self.heap.get(r) {
            Obj::BigInt(b) => {
                let b = (**b).clone();
                self.new_int(b)
            }
            Obj::Str(s) => {
                let s = s.as_str().to_string();
                self.new_str(s)
            }
            Obj::Bytes(b) => {
                let b = b.to_vec();
                self.new_bytes(b)
            }
            Obj::Tuple(t) => {
                let items = t.to_vec();
                for &x in &items {
                    self.incref(x);
                }
                self.new_tuple(items)
            }
            Obj::Complex(z) => {
                let z = *z;
                self.new_complex(z)
            }
            _ => return None,
        })
    }

    /// Whether a class's `__init__` is `object.__init__`.
    pub fn uses_object_init(&mut self, cls: ObjRef) -> bool {
        let k = self.names.init;
        self.object_override(cls, k).is_none()
    }

    /// Whether a class's `__new__` is `object.__new__`.
    pub fn uses_object_new(&mut self, cls: ObjRef) -> bool {
        let k = self.names.new;
        self.object_override(cls, k).is_none()
    }

    /// Whether a class's `__new__` is `object.__new__`, or `BaseException.__new__` for
    /// an exception class: then instantiation needs no `__new__` call (the
    /// constructor paths of `call_user_class`).
    pub fn uses_default_new(&mut self, cls: ObjRef) -> bool {
        let k = self.names.new;
        let Some(found) = self.class_lookup(cls, k) else {
            return true;
        };
        let mut default = false;
        for base in [self.types.object, self.types.base_exception] {
            if let Some(b) = self.class_lookup(base, k) {
                default |= b.is(found);
                self.decref(b);
            }
        }
        self.decref(found);
        default
    }

    /// The checks of CPython's `tp_new_wrapper` for `X.__new__(cls, ...)`: `cls` must be
    /// a subtype of `X` whose nearest builtin base is allocated by `X`'s `__new__`.
    pub(crate) fn new_target(&mut self, owner: ObjRef, args: &[Value]) -> PyResult<ObjRef> {
        // The names are formatted only for the error messages.
        let Some(&c) = args.first() else {
            let on = self.class_name(owner);
            return Err(self.type_error(format!("{}.__new__(): not enough arguments", on)));
        };
        let cls = match c {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)) => r,
            _ => {
                let (on, tn) = (self.class_name(owner), self.type_name(c));
                return Err(self.type_error(format!(
                    "{}.__new__(X): X is not a type object ({})",
                    on, tn
                )));
            }
        };
        if cls == owner {
            return Ok(cls);
        }
        if !self.is_subclass(cls, owner) {
            let (on, cn) = (self.class_name(owner), self.class_name(cls));
            return Err(self.type_error(format!(
                "{}.__new__({}): {} is not a subtype of {}",
                on, cn, cn, on
            )));
        }
        // The nearest builtin class of `cls` (CPython's "staticbase").
        let mut staticbase = cls;
        if let Obj::Class(cc) = self.heap.get(cls) {
            for &k in std::iter::once(&cls).chain(cc.mro.iter()) {
                if matches!(self.heap.get(k), Obj::Class(kc) if !kc.is_heap) {
                    staticbase = k;
                    break;
                }
            }
        }
        let compatible = if owner == self.types.object {
            staticbase == owner
        } else {
            // OrderedDict's layout is dict's (its solid base).
            self.class_solid(staticbase) == self.class_kind(owner)
                || (owner == self.types.odict && staticbase == owner)
        };
        if !compatible {
            let (on, cn) = (self.class_name(owner), self.class_name(cls));
            let sn = self.class_name(staticbase);
            return Err(self.type_error(format!(
                "{}.__new__({}) is not safe, use {}.__new__()",
                on, cn, sn
            )));
        }
        Ok(cls)
    }

    /// `X.__new__(cls, *args)` for a builtin type `X` with a payload.
    fn builtin_new(&mut self, kind: BuiltinType, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        let owner = self.builtin_class_of(kind);
        self.builtin_new_of(owner, kind, args, kw)
    }

    /// `owner.__new__(cls, *args)` for the builtin class `owner` of layout `kind`.
    fn builtin_new_of(
        &mut self,
        owner: ObjRef,
        kind: BuiltinType,
        args: &[Value],
        kw: KwArgs,
    ) -> PyResult<Value> {
        let cls = self.new_target(owner, args)?;
        let rest = &args[1..];
        // The `__new__` of float, tuple, frozenset, map, filter and reversed take no
        // keywords, but a subclass with its own `__init__` may: CPython checks them
        // only when `tp_init` is the base's (`float_new`, `tuple_new`,
        // `frozenset_new`, `map_new`, `filter_new`, `reversed_new_impl`).
        let no_kw_new = matches!(
            kind,
            BuiltinType::Float | BuiltinType::Tuple | BuiltinType::FrozenSet
        ) || [self.types.map, self.types.filter, self.types.reversed]
            .contains(&owner);
        // `array_new` refuses keywords only for `array.array` itself: a subclass's
        // keywords are its own `__init__`'s business.
        let kw = if cls != owner
            && (no_kw_new && self.py_defines(cls, "__init__") || kind == BuiltinType::Array)
        {
            &[][..]
        } else {
            kw
        };
        let value = match kind {
            // Mutable containers start empty: `__init__` fills them.
            // Counted whatever CPython's free lists hold: the instance CPython makes
            // is allocated by `tp_alloc` (see `Heap::adopt_payload`).
            BuiltinType::List => {
                self.heap.before_tp_alloc(false);
                self.new_list(vec![])
            }
            BuiltinType::Dict => {
                self.heap.before_tp_alloc(true);
                self.new_dict()
            }
            BuiltinType::Set => self.heap.new_value(Obj::Set(Box::default())),
            BuiltinType::Deque => self.new_deque(None),
            BuiltinType::ByteArray => self.new_bytearray(vec![]),
            _ => self.call_builtin_class(owner, rest, kw)?,
        };
        if cls == owner {
            return Ok(value);
        }
        // `str(x)` may give back what `x.__str__` returned, an instance of a str
        // subclass; the subclass instance made here holds an exact copy of its text
        // (CPython's `unicode_subtype_new` copies the characters).
        let value = if kind == BuiltinType::Str && !self.is_str(value) {
            let inner = self.unwrap_payload(value);
            let flagged = self.str_is_flagged(inner);
            let text = self.as_str(inner).unwrap_or("").to_string();
            self.decref(value);
            self.new_str_derived(text, flagged)
        } else if kind == BuiltinType::Bytes
            && !matches!(value, Value::Obj(r) if matches!(self.heap.get(r), Obj::Bytes(_)))
        {
            // The same for `bytes(x)` and what `x.__bytes__` returned.
            let inner = self.unwrap_payload(value);
            let data = self
                .bytes_data(inner)
                .map(<[u8]>::to_vec)
                .unwrap_or_default();
            self.decref(value);
            self.new_bytes(data)
        } else {
            value
        };
        let inst = self.new_payload_instance(cls, value);
        if kind == BuiltinType::Property {
            if let Err(e) = self.property_subclass_init(inst) {
                self.decref(inst);
                return Err(e);
            }
        }
        Ok(inst)
    }
}

/// `object.__new__(cls, *args, **kw)` (CPython's `object_new`).
pub(super) fn object_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let o = vm.types.object;
    let cls = vm.new_target(o, args)?;
    if args.len() > 1 || !kw.is_empty() {
        if !vm.uses_object_new(cls) {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        let k = vm.names.init;
        if vm.object_override(cls, k).is_none() {
            let n = vm.class_name(cls);
            return Err(vm.type_error(format!("{}() takes no arguments", n)));
        }
    }
    vm.heap.incref_obj(cls);
    let hint = match vm.heap.get(cls) {
        Obj::Class(c) => c.attrs_hint as usize,
        _ => 0,
    };
    Ok(vm
        .heap
        .new_value(Obj::Instance(InstanceObj::with_attrs_capacity(cls, hint))))
}

/// `object.__init__(self, *args, **kw)` (CPython's `object_init`): excess arguments are
/// an error unless `__new__` is overridden and `__init__` is not.
pub fn object_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    }
    if args.len() > 1 || !kw.is_empty() {
        let cls = vm.type_of(args[0]);
        let k = vm.names.init;
        if vm.object_override(cls, k).is_some() {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if vm.uses_object_new(cls) {
            let n = vm.class_name(cls);
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                n
            )));
        }
    }
    Ok(Value::None)
}

macro_rules! new_fns {
    ($($name:ident => $kind:ident),*) => {
        $(pub(super) fn $name(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            vm.builtin_new(BuiltinType::$kind, args, kw)
        })*
    };
}
new_fns!(int_new => Int, float_new => Float, complex_new => Complex, str_new => Str, tuple_new => Tuple,
    list_new => List, dict_new => Dict, set_new => Set, frozenset_new => FrozenSet,
    bytes_new => Bytes, bytearray_new => ByteArray, array_new => Array);

macro_rules! iter_new_fns {
    ($($name:ident => $field:ident),*) => {
        $(pub(super) fn $name(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            let owner = vm.types.$field;
            vm.builtin_new_of(owner, BuiltinType::Iterator, args, kw)
        })*
    };
}
iter_new_fns!(enumerate_new => enumerate, zip_new => zip, map_new => map,
    filter_new => filter, reversed_new => reversed);

macro_rules! other_new_fns {
    ($($name:ident => $field:ident),*) => {
        $(pub(super) fn $name(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            let owner = vm.types.$field;
            let kind = vm.class_kind(owner);
            vm.builtin_new_of(owner, kind, args, kw)
        })*
    };
}
// Types whose own `tp_new` is not `object_new`: `X.__new__(cls)` checks `cls` against
// `X`, not `object`.
other_new_fns!(property_new => property, staticmethod_new => staticmethod,
    classmethod_new => classmethod, ellipsis_new => ellipsis, none_new => none,
    notimplemented_new => not_implemented, bool_new => bool_);

/// `BaseException.__new__(cls, *args)`: an exception instance with `args` set.
pub(super) fn exc_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let be = vm.types.base_exception;
    let cls = vm.new_target(be, args)?;
    let rest: Vec<Value> = args[1..].to_vec();
    for &a in &rest {
        vm.incref(a);
    }
    Ok(vm.new_exception(cls, rest))
}

impl Vm {
    /// `obj[key]` for an instance of a builtin subclass without its own `__getitem__`:
    /// the payload's item, with dict's `__missing__` hook looked up on the subclass
    /// (CPython's `dict_subscript` for non-exact dicts).
    pub fn payload_get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let Some(p) = self.payload_for(obj, "__getitem__") else {
            let m = self.lookup_type_attr(obj, "__getitem__");
            let Some(m) = m else {
                let tn = self.type_name(obj);
                return Err(self.type_error(format!("'{}' object is not subscriptable", tn)));
            };
            let r = self.call_value(m, &[obj, key], &[]);
            self.decref(m);
            return r;
        };
        if !matches!(p, Value::Obj(r) if matches!(self.heap.get(r), Obj::Dict(_))) {
            // A full slice of an exact tuple or bytes is itself; of a subclass
            // instance, a new object of the base type (never the payload).
            let v = self.get_item(p, key)?;
            if v.is(p) {
                if let Some(c) = self.copy_immutable(v) {
                    self.decref(v);
                    return Ok(c);
                }
            }
            return Ok(v);
        }
        self.dict_item_or_missing(obj, p, key)
    }

    /// `obj[key]` for a dict subclass instance `obj` whose dict storage is `p`: the
    /// item, or what the subclass's `__missing__` makes of an absent key.
    fn dict_item_or_missing(&mut self, obj: Value, p: Value, key: Value) -> PyResult<Value> {
        if let Some(v) = self.dict_get_item(p, key)? {
            return Ok(v);
        }
        match self.lookup_type_attr(obj, "__missing__") {
            Some(m) => {
                let r = self.call_value(m, &[obj, key], &[]);
                self.decref(m);
                r
            }
            None => Err(self.key_error(key)),
        }
    }
}

impl Vm {
    /// `v`'s payload when none of `names` is overridden by its Python classes (for
    /// conversions like `int(x)` that try several special methods), else `v`.
    pub fn payload_unless(&mut self, v: Value, names: &[&str]) -> Value {
        let Some(p) = self.payload_of(v) else {
            return v;
        };
        let cls = self.type_of(v);
        if names.iter().any(|n| self.py_defines(cls, n)) {
            v
        } else {
            p
        }
    }
}

/// Whether the builtin method `name` makes an iterator or a dict view, which on a
/// subclass instance holds the instance (`call_owned_builtin` makes it so).
pub(crate) fn holds_receiver(name: &str) -> bool {
    matches!(
        name,
        "__iter__" | "__reversed__" | "keys" | "values" | "items"
    )
}

/// Whether the builtin method `name` answers with its receiver (the in-place
/// operators: `list.__iadd__` returns the list), so that on a subclass instance the
/// instance, not its payload, is the result.
pub(crate) fn returns_receiver(name: &str) -> bool {
    matches!(
        name,
        "__iadd__" | "__imul__" | "__ior__" | "__iand__" | "__ixor__" | "__isub__"
    )
}
