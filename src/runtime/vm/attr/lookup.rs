//! Looking a name up on a type: CPython's `_PyType_Lookup` (Objects/typeobject.c)
//! with its method cache, `find_name_in_mro`, `PyType_Modified` (here one global class
//! epoch), and the special-method lookup on `type(obj)` (`_PyObject_LookupSpecial`,
//! `lookup_maybe_method`).

use super::AttrName;
use crate::runtime::object::Obj;
use crate::runtime::types::function::{BuiltinFn, KwArgs};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// The name of the callable `lookup_type_attr` makes of a receiverless special
/// method (see `call_receiverless`); code that tells builtin methods apart by
/// their kind checks for it.
pub const RECEIVERLESS: &str = "special_method";

/// One entry of the VM's type attribute cache (see [`Vm::class_lookup`]).
#[derive(Clone, Copy)]
pub struct MethodCacheEntry {
    cls: u32,
    /// The interned (immortal) name looked up.
    name: Value,
    epoch: u64,
    /// What the lookup found (borrowed: the class dict holds it while the epoch
    /// lasts), or `Undef` for "not found".
    value: Value,
}

impl Default for MethodCacheEntry {
    fn default() -> Self {
        MethodCacheEntry {
            cls: u32::MAX,
            name: Value::Undef,
            epoch: 0,
            value: Value::Undef,
        }
    }
}

pub const METHOD_CACHE_SIZE: usize = 4096;

#[inline]
fn method_cache_slot(cls: ObjRef, name: ObjRef) -> usize {
    ((cls.0 as usize).wrapping_mul(0x9E37) ^ (name.0 as usize)) & (METHOD_CACHE_SIZE - 1)
}

impl Vm {
    /// `_PyType_Lookup`: looks `name` up along a class's MRO, through the type
    /// attribute cache. Returns an owned reference (CPython's is borrowed).
    pub fn class_lookup(&mut self, cls: ObjRef, name: impl AttrName) -> Option<Value> {
        let key = name.into_key(self);
        let found = self.class_lookup_borrowed(cls, key);
        if let Some(v) = found {
            self.incref(v);
        }
        found
    }

    /// `class_lookup` without the new reference: what the class dict holds, valid
    /// until the class namespace next changes.
    /// Whether class `cls` resolves `name` to the very object the builtin class
    /// `base` does (it inherits the builtin's method rather than overriding it).
    pub(crate) fn inherits_builtin_attr(&mut self, cls: ObjRef, base: ObjRef, name: Value) -> bool {
        let mine = self.class_lookup_borrowed(cls, name);
        let builtin = self.class_lookup_borrowed(base, name);
        matches!((mine, builtin), (Some(a), Some(b)) if a.is(b))
    }

    #[inline]
    pub(crate) fn class_lookup_borrowed(&mut self, cls: ObjRef, key: Value) -> Option<Value> {
        // CPython's type attribute cache (`_PyType_Lookup`'s method cache): a
        // direct-mapped table keyed by (class, interned name), valid for one class epoch.
        // The hit is inlined into the callers (the call's register saves were half of
        // its cost); a hit implies an immortal key, since only those are stored and an
        // immortal's handle is never reused.
        if let Value::Obj(k) = key {
            let e = &self.method_cache[method_cache_slot(cls, k)];
            if e.cls == cls.0 && key.is(e.name) && e.epoch == self.class_epoch {
                let v = e.value;
                return (!v.is_undef()).then_some(v);
            }
        }
        self.class_lookup_miss(cls, key)
    }

    /// `class_lookup_borrowed` past a cache miss: the MRO walk, and the cache refill
    /// when the name is an immortal (interned) str.
    #[inline(never)]
    fn class_lookup_miss(&mut self, cls: ObjRef, key: Value) -> Option<Value> {
        let found = self.find_name_in_mro(cls, key);
        if let Value::Obj(k) = key {
            if self.heap.is_immortal(k) {
                self.method_cache[method_cache_slot(cls, k)] = MethodCacheEntry {
                    cls: cls.0,
                    name: key,
                    epoch: self.class_epoch,
                    value: found.unwrap_or(Value::Undef),
                };
            }
        }
        found
    }

    /// The protocol facts of class `cls` (`CLASS_EQ_IDENTITY`, `CLASS_ALWAYS_TRUE`,
    /// the descriptor bits at `CLASS_DESCR_SHIFT`), cached on the class for the current class epoch (any class namespace
    /// change moves the epoch on, as `PyType_Modified` resets CPython's slots).
    pub(crate) fn class_facts(&mut self, cls: ObjRef) -> u8 {
        use crate::runtime::types::class::{CLASS_ALWAYS_TRUE, CLASS_EQ_IDENTITY};
        let epoch = self.class_epoch;
        match self.heap.get(cls) {
            Obj::Class(c) if c.facts_epoch == epoch => return c.facts,
            Obj::Class(_) => {}
            _ => return 0,
        }
        let object = self.types.object;
        let (eq, ne) = (self.names.eq, self.names.ne);
        // `__eq__` and `__ne__` are `object`'s own.
        let mut facts = CLASS_EQ_IDENTITY;
        for name in [eq, ne] {
            let mine = self.class_lookup_borrowed(cls, name);
            let base = self.class_lookup_borrowed(object, name);
            if !matches!((mine, base), (Some(a), Some(b)) if a.is(b)) {
                facts &= !CLASS_EQ_IDENTITY;
            }
        }
        let (b, l) = (self.names.bool_, self.names.len);
        if self.class_lookup_borrowed(cls, b).is_none()
            && self.class_lookup_borrowed(cls, l).is_none()
        {
            facts |= CLASS_ALWAYS_TRUE;
        }
        let (g, s, d) = (self.names.get, self.names.set, self.names.delete);
        for (name, bit) in [
            (g, super::super::descriptor::DESCR_GET),
            (s, super::super::descriptor::DESCR_SET),
            (d, super::super::descriptor::DESCR_DELETE),
        ] {
            if self.class_lookup_borrowed(cls, name).is_some() {
                facts |= bit << crate::runtime::types::class::CLASS_DESCR_SHIFT;
            }
        }
        if self.meta_getattribute(cls).is_none() {
            facts |= crate::runtime::types::class::CLASS_PLAIN_GETATTRIBUTE;
        }
        let cl = self.names.class_;
        let (mine, base) = (
            self.class_lookup_borrowed(cls, cl),
            self.class_lookup_borrowed(object, cl),
        );
        if matches!((mine, base), (Some(a), Some(b)) if a.is(b)) {
            facts |= crate::runtime::types::class::CLASS_PLAIN_CLASS_ATTR;
        }
        // Read on every exception construction (`exception_new`); the family walk
        // compares the MRO against nine classes.
        if !self.exc_class_has_members(cls) {
            facts |= crate::runtime::types::class::CLASS_EXC_PLAIN;
        }
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            c.facts_epoch = epoch;
            c.facts = facts;
        }
        facts
    }

    /// The MRO walk behind `class_lookup` (CPython's `find_name_in_mro`; borrowed
    /// result).
    fn find_name_in_mro(&self, cls: ObjRef, key: Value) -> Option<Value> {
        let Obj::Class(c) = self.heap.get(cls) else {
            return None;
        };
        // A metaclass's `mro()` may have put the class elsewhere than first (or left
        // it out): then `__mro__` itself is the order (CPython walks `tp_mro`).
        if c.mro_tuple.0 != 0 {
            if let Obj::Tuple(t) = self.heap.get(c.mro_tuple) {
                if t.first().is_some_and(|f| !f.is(Value::Obj(cls))) {
                    return t.iter().find_map(|&b| match b {
                        Value::Obj(b) => match self.heap.get(b) {
                            Obj::Class(bc) => self.dict_get_str(bc.dict, key),
                            _ => None,
                        },
                        _ => None,
                    });
                }
            }
        }
        if let Some(v) = self.dict_get_str(c.dict, key) {
            return Some(v);
        }
        c.mro
            .iter()
            .filter(|&&b| b != cls)
            .find_map(|&b| match self.heap.get(b) {
                Obj::Class(bc) => self.dict_get_str(bc.dict, key),
                _ => None,
            })
    }

    /// `type(obj).name` (owned), unbound: the lookup of special methods, which skips
    /// the instance (CPython's `_PyObject_LookupSpecial`/`lookup_maybe_method`; the
    /// caller passes `obj` as the first argument instead of binding).
    pub fn lookup_type_attr(&mut self, obj: Value, name: impl AttrName) -> Option<Value> {
        let t = self.type_of(obj);
        let m = self.class_lookup(t, name)?;
        if !self.is_receiverless(m) {
            return Some(m);
        }
        // The callers pass `obj` first: hand them a callable that drops it again
        // and runs the object's descriptor, as `lookup_maybe_method` would have.
        Some(self.heap.new_value(Obj::Builtin(Box::new(BuiltinFn {
            name: RECEIVERLESS,
            f: call_receiverless,
            self_: m,
            owner: None,
            plain: true,
            objclass: None,
        }))))
    }

    /// Whether a special method found on a type is not a method descriptor, so
    /// that CPython's `lookup_maybe_method` does not pass the instance as its
    /// first argument: anything but a function or a builtin class's method (an
    /// instance of a class such as a `Mock` stored as `__len__` or a descriptor
    /// stored as `__getattr__`, a property, a bound method, a builtin function).
    /// Such an object is bound through its type's `__get__` if it has one, else
    /// called as it is. (staticmethod and classmethod are bound by the callers.)
    pub fn is_receiverless(&self, m: Value) -> bool {
        match m {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Function(_) | Obj::StaticMethod(..) | Obj::ClassMethod(..) => false,
                // `lookup_type_attr`'s own wrapper takes the instance first.
                Obj::Builtin(b) => (b.plain || !b.self_.is_undef()) && b.name != RECEIVERLESS,
                _ => true,
            },
            _ => false,
        }
    }

    /// What to call, without the instance, for the receiverless special method
    /// `m` (borrowed) of `obj` (owned result): `type(m).__get__(m, obj, type(obj))`
    /// when `m`'s type has `__get__`, else `m`.
    pub fn bind_receiverless(&mut self, m: Value, obj: Value) -> PyResult<Value> {
        let mt = self.type_of(m);
        let Some(get) = self.class_lookup(mt, "__get__") else {
            self.incref(m);
            return Ok(m);
        };
        let t = Value::Obj(self.type_of(obj));
        let r = self.call_value(get, &[m, obj, t], &[]);
        self.decref(get);
        r
    }

    /// What class `cls` has for `name` when it is not what `object` provides
    /// (borrowed from the class dict: call or copy it before the namespace can
    /// change), else None. CPython asks the same of a type's slots (`tp_setattro ==
    /// PyObject_GenericSetAttr`, `tp_init == object_init`...), so the common case
    /// (`object.__setattr__`, `object.__init__`) takes the generic path without a call.
    pub fn object_override(&mut self, cls: ObjRef, name: Value) -> Option<Value> {
        let found = self.class_lookup_borrowed(cls, name)?;
        let object = self.types.object;
        match self.class_lookup_borrowed(object, name) {
            Some(base) if base.is(found) => None,
            _ => Some(found),
        }
    }

    /// Invalidates every cached class attribute lookup (CPython's `PyType_Modified`,
    /// for all classes at once). Called whenever a class namespace changes (attribute
    /// set/delete on a class) or a class is created (its slot may reuse a freed
    /// class's handle).
    pub fn invalidate_method_cache(&mut self) {
        self.class_epoch += 1;
    }

    /// Fast lookup of a str key in a dict (no Python `__eq__` can be involved).
    pub fn dict_get_str(&self, d: ObjRef, key: Value) -> Option<Value> {
        let Obj::Dict(dict) = self.heap.get(d) else {
            return None;
        };
        let Value::Obj(kr) = key else { return None };
        let Obj::Str(ks) = self.heap.get(kr) else {
            return None;
        };
        let h = ks.hash();
        let kt = ks.as_str();
        dict.find(h, |k| match k {
            Value::Obj(r) if r == kr => true,
            Value::Obj(r) => matches!(self.heap.get(r), Obj::Str(s) if s.as_str() == kt),
            _ => false,
        })
        .and_then(|ix| dict.entry(ix))
        .map(|e| e.value)
    }
}

/// The callable `lookup_type_attr` makes of a receiverless special method: called
/// as `(m, obj, args...)` (`m` is its bound `self_`), it calls what `m` binds to
/// for `obj` with `args`.
fn call_receiverless(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (m, obj) = match *args {
        [m, obj, ..] => (m, obj),
        _ => return Err(vm.type_error("special method called without its instance")),
    };
    let f = vm.bind_receiverless(m, obj)?;
    let r = vm.call_value(f, &args[2..], kw);
    vm.decref(f);
    r
}
