//! Attribute access (CPython's `PyObject_GenericGetAttr`/`SetAttr`, `_PyType_Lookup`):
//! instance attributes, class MRO lookup, descriptors (functions become bound methods,
//! property, staticmethod, classmethod), `__getattr__`/`__setattr__`/`__delattr__`.

use super::{PyResult, Vm};
use crate::bytecode::code::{AttrCache, MethodCache};
use crate::runtime::object::class::{BuiltinType, InstAttrs};
use crate::runtime::object::Obj;
use crate::runtime::types::dict::Entry;
use crate::value::{ObjRef, Value};

/// One entry of the VM's type attribute cache (see [`Vm::class_lookup_v`]).
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
    /// Looks `name` up along a class's MRO. Returns an owned reference.
    pub fn class_lookup(&mut self, cls: ObjRef, name: &str) -> Option<Value> {
        let key = self.intern(name);
        self.class_lookup_v(cls, key)
    }

    /// Like `class_lookup` with an interned str key.
    pub fn class_lookup_v(&mut self, cls: ObjRef, key: Value) -> Option<Value> {
        // CPython's type attribute cache (`_PyType_Lookup`'s method cache): a
        // direct-mapped table keyed by (class, interned name), valid for one class epoch.
        let cacheable = matches!(key, Value::Obj(k) if self.heap.is_immortal(k));
        let slot = match key {
            Value::Obj(k) => method_cache_slot(cls, k),
            _ => 0,
        };
        if cacheable {
            let e = &self.method_cache[slot];
            if e.cls == cls.0 && key.is(e.name) && e.epoch == self.class_epoch {
                let v = e.value;
                if v.is_undef() {
                    return None;
                }
                self.incref(v);
                return Some(v);
            }
        }
        let found = self.class_lookup_uncached(cls, key);
        if cacheable {
            self.method_cache[slot] = MethodCacheEntry {
                cls: cls.0,
                name: key,
                epoch: self.class_epoch,
                value: found.unwrap_or(Value::Undef),
            };
        }
        if let Some(v) = found {
            self.incref(v);
        }
        found
    }

    /// The MRO walk behind `class_lookup_v` (borrowed result).
    fn class_lookup_uncached(&self, cls: ObjRef, key: Value) -> Option<Value> {
        let Obj::Class(c) = self.heap.get(cls) else {
            return None;
        };
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

    /// `type.name` (owned) only when a class overrides what `object` provides, so the
    /// common case (`object.__setattr__`) takes the generic path without a call.
    pub fn user_override(&mut self, cls: ObjRef, name: Value) -> Option<Value> {
        let found = self.class_lookup_v(cls, name)?;
        let object = self.types.object;
        match self.class_lookup_v(object, name) {
            Some(base) => {
                self.decref(base);
                if base.is(found) {
                    self.decref(found);
                    None
                } else {
                    Some(found)
                }
            }
            None => Some(found),
        }
    }

    /// `obj.name` through the instruction's inline cache, for the dispatch loop's hot
    /// block: the attribute's value (borrowed), or None with nothing changed (then the
    /// general path calls `load_attr_uncached`).
    #[inline(always)]
    pub fn load_attr_hit(
        &self,
        obj: Value,
        name: Value,
        cache: &std::cell::Cell<AttrCache>,
    ) -> Option<Value> {
        let ix = self.attr_cache_hit(obj, name, cache.get())?;
        match (obj, self.heap.get(obj.as_obj()?)) {
            (Value::Obj(_), Obj::Instance(i)) => Some(i.attrs.entries[ix].value),
            _ => None,
        }
    }

    /// `obj.name = v` through the inline cache: stores `v` (taking over the caller's
    /// reference) and returns the old value (now the caller's to drop; `Undef` when
    /// the attribute is new), or None with nothing changed.
    ///
    /// Two cases hit: the attribute is at the cached index (a store to an existing
    /// attribute), or the instance has exactly the cached index's number of attributes
    /// and lacks this one, so it goes next (the stores of `__init__` on a fresh
    /// instance, which fill every instance of a class in the same order: CPython's
    /// `STORE_ATTR_INSTANCE_VALUE` on a shared-keys layout).
    #[inline(always)]
    pub fn store_attr_hit(
        &mut self,
        obj: Value,
        name: Value,
        v: Value,
        cache: &std::cell::Cell<AttrCache>,
    ) -> Option<Value> {
        let c = cache.get();
        let (Value::Obj(r), Value::Obj(nr)) = (obj, name) else {
            return None;
        };
        let epoch_ok = c.epoch == self.class_epoch;
        let Obj::Instance(i) = self.heap.get_mut(r) else {
            return None;
        };
        if i.class.0 != c.cls || !epoch_ok || i.dict.is_some() {
            return None;
        }
        let ix = c.ix as usize;
        let entries = &mut i.attrs.entries;
        if let Some(e) = entries.get_mut(ix) {
            // Keys and names are str objects: compare handles.
            return matches!(e.key, Value::Obj(k) if k == nr)
                .then(|| std::mem::replace(&mut e.value, v));
        }
        // Appending: only into room already reserved (growing is the general path's
        // business: it updates the class's size hint), and only if no key has the
        // name's hash (a key equal to the name but not identical to it must be
        // compared by value, on the general path).
        if ix != entries.len()
            || ix >= InstAttrs::MAX
            || ix == entries.capacity()
            || entries.iter().any(|e| e.hash == c.hash)
        {
            return None;
        }
        entries.push(Entry {
            hash: c.hash,
            key: name,
            value: v,
        });
        // The key is a new reference to the name.
        self.heap.incref_obj(nr);
        Some(Value::Undef)
    }

    /// The method `name` of `obj` through the inline cache: the method (borrowed from the
    /// cache's class), or None with nothing changed.
    #[inline(always)]
    pub fn load_method_hit(
        &self,
        obj: Value,
        cache: &std::cell::Cell<MethodCache>,
    ) -> Option<ObjRef> {
        let c = cache.get();
        if c.epoch != self.class_epoch {
            return None;
        }
        let hit = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => {
                    i.class.0 == c.cls
                        && i.dict.is_none()
                        && !i.attrs.entries.iter().any(|e| e.hash == c.hash)
                }
                Obj::Class(_) | Obj::Module(_) | Obj::Super { .. } => false,
                _ => self.type_of(obj).0 == c.cls,
            },
            _ => self.type_of(obj).0 == c.cls,
        };
        hit.then_some(ObjRef(c.func))
    }

    /// `obj.name` when the inline cache missed (`load_attr_hit` in the dispatch loop's
    /// hot block found nothing): the full lookup, then a cache refill. Owned result.
    #[inline(never)]
    pub fn load_attr_uncached(
        &mut self,
        obj: Value,
        name: Value,
        cache: &std::cell::Cell<AttrCache>,
    ) -> PyResult<Value> {
        let v = self.get_attr(obj, name)?;
        self.fill_attr_cache(obj, name, cache, false);
        Ok(v)
    }

    /// `obj.name = v` (all borrowed) when `store_attr_hit` missed.
    #[inline(never)]
    pub fn store_attr_uncached(
        &mut self,
        obj: Value,
        name: Value,
        v: Value,
        cache: &std::cell::Cell<AttrCache>,
    ) -> PyResult<()> {
        let c = cache.get();
        // Same class as last time (so no property or `__setattr__` intercepts the
        // store), but the attribute is not at the cached slot, typically because this is
        // a fresh instance in `__init__`: store straight into the inline attributes.
        if let Value::Obj(r) = obj {
            if let Obj::Instance(i) = self.heap.get(r) {
                if i.class.0 == c.cls && c.epoch == self.class_epoch && i.dict.is_none() {
                    let h = c.hash;
                    let found = i.attrs.find(h, |k| k.is(name));
                    // A key equal to the name but not identical to it takes the
                    // general path (it must be compared by value).
                    if found.is_some()
                        || (i.attrs.len() < InstAttrs::MAX && i.attrs.find(h, |_| true).is_none())
                    {
                        self.incref(v);
                        let ix = match found {
                            Some(ix) => {
                                let Obj::Instance(i) = self.heap.get_mut(r) else {
                                    unreachable!("checked above")
                                };
                                let old = std::mem::replace(&mut i.attrs.entries[ix].value, v);
                                self.decref(old);
                                ix
                            }
                            None => {
                                self.incref(name);
                                let Obj::Instance(i) = self.heap.get_mut(r) else {
                                    unreachable!("checked above")
                                };
                                let grew = i.attrs.insert_new(h, name, v);
                                let n = i.attrs.len();
                                if grew {
                                    self.note_attrs_len(c.cls, n);
                                }
                                self.note_shared_key(c.cls, h);
                                n - 1
                            }
                        };
                        cache.set(AttrCache { ix: ix as u32, ..c });
                        return Ok(());
                    }
                }
            }
        }
        self.set_attr(obj, name, v)?;
        self.fill_attr_cache(obj, name, cache, true);
        Ok(())
    }

    /// An instance of class `cls` had to grow its inline attributes to `n`: raise the
    /// class's capacity hint for new instances (see `ClassObj::attrs_hint`).
    #[cold]
    fn note_attrs_len(&mut self, cls: u32, n: usize) {
        if let Obj::Class(c) = self.heap.get_mut(ObjRef(cls)) {
            c.attrs_hint = c.attrs_hint.max(n.min(InstAttrs::MAX) as u8);
        }
    }

    /// An instance of class `cls` stored a name (hash `h`) new to its inline
    /// attributes: CPython's `insert_into_dictkeys` adds it to the class's shared keys
    /// while they have room (`dk_usable > 0`). When they are full CPython gives that
    /// instance a combined dict instead; `instance_dict` works that out later from the
    /// names the keys lack. (The cached append in `store_attr_hit` needs no call: its
    /// name was stored by an earlier instance through here.)
    #[cold]
    fn note_shared_key(&mut self, cls: u32, h: i64) {
        if let Obj::Class(c) = self.heap.get(ObjRef(cls)) {
            if let Some(sk) = &c.shared_keys {
                sk.borrow_mut().add(h);
            }
        }
    }

    /// The inline-attribute index the cache points at, if it still applies to `obj`.
    #[inline(always)]
    fn attr_cache_hit(&self, obj: Value, name: Value, c: AttrCache) -> Option<usize> {
        let (Value::Obj(r), Value::Obj(nr)) = (obj, name) else {
            return None;
        };
        let Obj::Instance(i) = self.heap.get(r) else {
            return None;
        };
        if i.class.0 != c.cls || c.epoch != self.class_epoch || i.dict.is_some() {
            return None;
        }
        let e = i.attrs.entries.get(c.ix as usize)?;
        // Keys and names are str objects: compare handles, not `Value`s (no match on
        // every variant).
        if matches!(e.key, Value::Obj(k) if k == nr) {
            Some(c.ix as usize)
        } else {
            None
        }
    }

    /// After a successful load/store of an instance attribute, remembers where it is,
    /// provided the class cannot intercept the access: no data descriptor (property)
    /// for the name and, for stores, no `__setattr__` override.
    #[cold]
    fn fill_attr_cache(
        &mut self,
        obj: Value,
        name: Value,
        cache: &std::cell::Cell<AttrCache>,
        store: bool,
    ) {
        let Value::Obj(r) = obj else { return };
        let (cls, ix, hash) = match self.heap.get(r) {
            Obj::Instance(i) if i.dict.is_none() => {
                let Value::Obj(kr) = name else { return };
                let Obj::Str(ks) = self.heap.get(kr) else {
                    return;
                };
                let hash = ks.hash();
                match i.attrs.find(hash, |k| k.is(name)) {
                    Some(ix) => (i.class, ix, hash),
                    None => return,
                }
            }
            _ => return,
        };
        if let Some(a) = self.class_lookup_v(cls, name) {
            self.decref(a);
            if matches!(a, Value::Obj(ar) if matches!(self.heap.get(ar), Obj::Property(_)))
                || self.descr_flags(a) != 0
            {
                return;
            }
        }
        if store {
            let sa = self.names.setattr;
            if let Some(f) = self.user_override(cls, sa) {
                self.decref(f);
                return;
            }
        }
        cache.set(AttrCache {
            cls: cls.0,
            ix: ix as u32,
            epoch: self.class_epoch,
            hash,
        });
    }

    /// Invalidates every cached class attribute lookup. Called whenever a class
    /// namespace changes (attribute set/delete on a class) or a class is created (its
    /// slot may reuse a freed class's handle).
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
        .map(|ix| dict.entries[ix].value)
    }

    /// `type(obj).name` lookup (owned), for special methods.
    pub fn lookup_type_attr(&mut self, obj: Value, name: &str) -> Option<Value> {
        let t = self.type_of(obj);
        self.class_lookup(t, name)
    }

    /// `getattr(obj, "name")` with a Rust string.
    pub fn get_attr_str(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        let k = self.intern(name);
        self.get_attr(obj, k)
    }

    /// For LoadMethod: if `name` resolves to a plain function on the type (and is not
    /// shadowed by an instance attribute), return it (owned) without binding.
    pub fn lookup_method(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let t = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => {
                    let cls = i.class;
                    if i.dict.is_some() || !i.attrs.is_empty() {
                        // An instance attribute of that name shadows the method.
                        if self.inst_attr(r, name).is_some() {
                            return Ok(None);
                        }
                    }
                    cls
                }
                Obj::Class(_) | Obj::Module(_) | Obj::Super { .. } => return Ok(None),
                _ => self.type_of(obj),
            },
            _ => self.type_of(obj),
        };
        if let Some(f) = self.class_lookup_v(t, name) {
            if let Value::Obj(fr) = f {
                if matches!(self.heap.get(fr), Obj::Function(_))
                    || matches!(self.heap.get(fr), Obj::Builtin(b) if b.self_.is_undef())
                {
                    return Ok(Some(f));
                }
            }
            self.decref(f);
        }
        Ok(None)
    }

    /// The method `name` of `obj` when `load_method_hit` missed: the full lookup, then
    /// a cache refill. Owned result; None when `obj.name` is not a plain method.
    #[inline(never)]
    pub fn load_method_uncached(
        &mut self,
        obj: Value,
        name: Value,
        cache: &std::cell::Cell<MethodCache>,
    ) -> PyResult<Option<Value>> {
        let found = self.lookup_method(obj, name)?;
        if let Some(f) = found {
            self.fill_method_cache(obj, name, f, cache);
        }
        Ok(found)
    }

    /// Remembers what `lookup_method` found for `obj` (see [`MethodCache`]).
    #[cold]
    fn fill_method_cache(
        &mut self,
        obj: Value,
        name: Value,
        func: Value,
        cache: &std::cell::Cell<MethodCache>,
    ) {
        let (Value::Obj(fr), Value::Obj(kr)) = (func, name) else {
            return;
        };
        let Obj::Str(ks) = self.heap.get(kr) else {
            return;
        };
        let hash = ks.hash();
        let cls = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => i.class,
                Obj::Class(_) | Obj::Module(_) | Obj::Super { .. } => return,
                _ => self.type_of(obj),
            },
            _ => self.type_of(obj),
        };
        cache.set(MethodCache {
            cls: cls.0,
            func: fr.0,
            epoch: self.class_epoch,
            hash,
        });
    }

    /// An instance attribute from its own dict (borrowed).
    pub fn inst_attr(&self, r: ObjRef, name: Value) -> Option<Value> {
        match self.heap.get(r) {
            Obj::Instance(i) => {
                if let Some(d) = i.dict {
                    self.dict_get_str(d, name)
                } else {
                    let Value::Obj(kr) = name else { return None };
                    let Obj::Str(ks) = self.heap.get(kr) else {
                        return None;
                    };
                    let kt = ks.as_str();
                    i.attrs
                        .find(ks.hash(), |k| match k {
                            Value::Obj(x) if x == kr => true,
                            Value::Obj(x) => {
                                matches!(self.heap.get(x), Obj::Str(s) if s.as_str() == kt)
                            }
                            _ => false,
                        })
                        .map(|ix| i.attrs.entries[ix].value)
                }
            }
            _ => None,
        }
    }

    /// Binds a class attribute found for `obj` (descriptor protocol). `attr` is owned.
    pub(crate) fn bind_descriptor(
        &mut self,
        attr: Value,
        obj: Value,
        cls: ObjRef,
    ) -> PyResult<Value> {
        let Value::Obj(ar) = attr else {
            return Ok(attr);
        };
        match self.heap.get(ar) {
            Obj::Function(_) => {
                self.heap.incref(obj);
                Ok(self.heap.new_value(Obj::BoundMethod {
                    func: attr,
                    self_: obj,
                }))
            }
            Obj::Builtin(b) if b.self_.is_undef() => {
                let (name, f, owner) = (b.name, b.f, b.owner);
                self.incref(obj);
                self.decref(attr);
                Ok(self
                    .heap
                    .new_value(Obj::Builtin(Box::new(crate::runtime::object::BuiltinFn {
                        name,
                        f,
                        self_: obj,
                        owner,
                    }))))
            }
            Obj::Property(p) => {
                let fget = p.fget;
                if matches!(fget, Value::None) {
                    self.decref(attr);
                    return Err(self.attr_error("property has no getter"));
                }
                let r = self.call_value(fget, &[obj], &[]);
                self.decref(attr);
                r
            }
            Obj::StaticMethod(f) => {
                let f = *f;
                self.incref(f);
                self.decref(attr);
                Ok(f)
            }
            Obj::ClassMethod(f) => {
                let f = *f;
                self.incref(f);
                self.heap.incref_obj(cls);
                self.decref(attr);
                Ok(self.heap.new_value(Obj::BoundMethod {
                    func: f,
                    self_: Value::Obj(cls),
                }))
            }
            Obj::Instance(_) => self.descr_get(attr, obj, cls),
            _ => Ok(attr),
        }
    }

    /// `obj.name` (name is an interned str). Returns an owned reference.
    pub fn get_attr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        let t = self.type_of(obj);
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Instance(_) => {
                    // Data descriptors (property) on the class win over the instance dict.
                    let cls_attr = self.class_lookup_v(t, name);
                    if let Some(a) = cls_attr {
                        if matches!(a, Value::Obj(ar) if matches!(self.heap.get(ar), Obj::Property(_)))
                            || self.is_user_data_descr(a)
                        {
                            return self.bind_descriptor(a, obj, t);
                        }
                    }
                    if let Some(v) = self.inst_attr(r, name) {
                        if let Some(a) = cls_attr {
                            self.decref(a);
                        }
                        self.incref(v);
                        return Ok(v);
                    }
                    if let Some(a) = cls_attr {
                        return self.bind_descriptor(a, obj, t);
                    }
                    if let Some(v) = self.special_attr(obj, name)? {
                        return Ok(v);
                    }
                    if let Some(ga) = self.class_lookup_v(t, self.names.getattr) {
                        let r = self.call_value(ga, &[obj, name], &[]);
                        self.decref(ga);
                        return r;
                    }
                    return Err(self.no_attr(obj, name));
                }
                Obj::Class(c) => {
                    if c.metaclass.is_some() {
                        if let Some(v) = self.meta_data_descr(r, name)? {
                            return Ok(v);
                        }
                    }
                    if let Some(v) = self.special_attr(obj, name)? {
                        return Ok(v);
                    }
                    if let Some(a) = self.class_lookup_v(r, name) {
                        let Value::Obj(ar) = a else { return Ok(a) };
                        return match self.heap.get(ar) {
                            Obj::StaticMethod(f) => {
                                let f = *f;
                                self.incref(f);
                                self.decref(a);
                                Ok(f)
                            }
                            Obj::ClassMethod(f) => {
                                let f = *f;
                                self.incref(f);
                                self.incref(obj);
                                self.decref(a);
                                Ok(self.heap.new_value(Obj::BoundMethod {
                                    func: f,
                                    self_: obj,
                                }))
                            }
                            // A user descriptor: `__get__(None, cls)`.
                            Obj::Instance(_) => self.descr_get(a, Value::None, r),
                            _ => Ok(a),
                        };
                    }
                    if let Some(v) = self.meta_getattr_fallback(r, name)? {
                        return Ok(v);
                    }
                    // Methods of `type` itself (e.g. `C.mro`).
                    let tt = self.types.type_;
                    if let Some(a) = self.class_lookup_v(tt, name) {
                        return self.bind_descriptor(a, obj, tt);
                    }
                    return Err(self.no_attr(obj, name));
                }
                Obj::Module(m) => {
                    let d = m.dict;
                    if let Some(v) = self.dict_get_str(d, name) {
                        self.incref(v);
                        return Ok(v);
                    }
                    if let Some(v) = self.special_attr(obj, name)? {
                        return Ok(v);
                    }
                    let mn = self.module_name(obj);
                    let n = self.as_str(name).unwrap_or("").to_string();
                    return Err(
                        self.attr_error(format!("module '{}' has no attribute '{}'", mn, n))
                    );
                }
                Obj::Super { typ, obj: sobj } => {
                    let (typ, sobj) = (*typ, *sobj);
                    return self.super_getattr(typ, sobj, name);
                }
                _ => {}
            }
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(a) = self.class_lookup_v(t, name) {
            return self.bind_descriptor(a, obj, t);
        }
        Err(self.no_attr(obj, name))
    }

    /// `super().name`: MRO lookup starting after `typ` in type(obj)'s MRO.
    fn super_getattr(&mut self, typ: ObjRef, obj: Value, name: Value) -> PyResult<Value> {
        // CPython's `supercheck`: a class that is a subclass of `typ` (a classmethod's
        // `cls`) walks its own MRO; anything else (incl. a class in its metaclass's
        // methods) walks its type's.
        let start = match obj {
            Value::Obj(r)
                if matches!(self.heap.get(r), Obj::Class(_)) && self.is_subclass(r, typ) =>
            {
                r
            }
            _ => self.type_of(obj),
        };
        let mut mro = vec![start];
        if let Obj::Class(c) = self.heap.get(start) {
            mro.extend_from_slice(&c.mro);
        }
        let pos = mro
            .iter()
            .position(|&c| c == typ)
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for &c in &mro[pos..] {
            let d = match self.heap.get(c) {
                Obj::Class(c) => c.dict,
                _ => continue,
            };
            if let Some(v) = self.dict_get_str(d, name) {
                self.incref(v);
                let is_cls = obj.is(Value::Obj(start));
                if is_cls {
                    if let Value::Obj(vr) = v {
                        if let Obj::ClassMethod(f) = self.heap.get(vr) {
                            let f = *f;
                            self.incref(f);
                            self.incref(obj);
                            self.decref(v);
                            return Ok(self.heap.new_value(Obj::BoundMethod {
                                func: f,
                                self_: obj,
                            }));
                        }
                        if let Obj::StaticMethod(f) = self.heap.get(vr) {
                            let f = *f;
                            self.incref(f);
                            self.decref(v);
                            return Ok(f);
                        }
                    }
                    return Ok(v);
                }
                return self.bind_descriptor(v, obj, start);
            }
        }
        // `object.__new__` (mempy keeps it in `type`'s dict: see `vm/metaclass.rs`).
        if name.is(self.names.new) {
            let tt = self.types.type_;
            if let Some(v) = self.class_lookup_v(tt, name) {
                return self.bind_descriptor(v, obj, start);
            }
        }
        let n = self.as_str(name).unwrap_or("").to_string();
        Err(self.attr_error(format!("'super' object has no attribute '{}'", n)))
    }

    /// The AttributeError for a missing attribute, with CPython's suggestion.
    pub fn no_attr(&mut self, obj: Value, name: Value) -> super::PyErr {
        let n = self.as_str(name).unwrap_or("").to_string();
        let msg = match obj {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)) => {
                format!(
                    "type object '{}' has no attribute '{}'",
                    self.class_name(r),
                    n
                )
            }
            _ => format!("'{}' object has no attribute '{}'", self.type_name(obj), n),
        };
        let mut msg = msg;
        if let Some(s) = self.suggest_attr(obj, &n) {
            msg.push_str(&format!(". Did you mean: '{}'?", s));
        }
        self.attr_error(msg)
    }

    /// `obj.name = v` (v borrowed).
    pub fn set_attr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if let Value::Obj(r) = obj {
            let is_inst = matches!(self.heap.get(r), Obj::Instance(_));
            if is_inst {
                if let Some(sa) = self.user_override(t, self.names.setattr) {
                    let res = self.call_value(sa, &[obj, name, v], &[]);
                    self.decref(sa);
                    let x = res?;
                    self.decref(x);
                    return Ok(());
                }
                return self.generic_setattr(obj, name, v);
            }
            match self.heap.get(r) {
                Obj::Class(c) => {
                    let d = c.dict;
                    if c.metaclass.is_some() {
                        if let Some(res) = self.meta_setattr_hook(r, name, Some(v)) {
                            return res;
                        }
                    }
                    self.invalidate_method_cache();
                    let an = self.as_str(name).unwrap_or("");
                    if an == "__name__" || an == "__qualname__" {
                        let is_qual = an == "__qualname__";
                        let Some(text) = self.as_str(v).map(|s| s.to_string()) else {
                            let (cn, tn) = (self.class_name(r), self.type_name(v));
                            return Err(self.type_error(format!(
                                "can only assign string to {}.{}, not '{}'",
                                cn,
                                if is_qual { "__qualname__" } else { "__name__" },
                                tn
                            )));
                        };
                        if let Obj::Class(c) = self.heap.get_mut(r) {
                            if is_qual {
                                c.qualname = text;
                            } else {
                                c.name = text;
                            }
                        }
                        return Ok(());
                    }
                    let n = self.as_str(name).unwrap_or("") == "__del__";
                    if n {
                        if let Obj::Class(c) = self.heap.get_mut(r) {
                            c.has_del = true;
                        }
                    }
                    return self.dict_set_item(Value::Obj(d), name, v);
                }
                Obj::Module(m) => {
                    let d = m.dict;
                    return self.dict_set_item(Value::Obj(d), name, v);
                }
                Obj::Function(_) => {
                    let n = self.as_str(name).unwrap_or("").to_string();
                    let d = match self.heap.get(r) {
                        Obj::Function(f) => f.dict,
                        _ => Value::None,
                    };
                    let d = if matches!(d, Value::None) {
                        let nd = self.new_dict();
                        if let Obj::Function(f) = self.heap.get_mut(r) {
                            f.dict = nd;
                        }
                        nd
                    } else {
                        d
                    };
                    if n == "__defaults__" || n == "__kwdefaults__" {
                        return self.set_function_defaults(r, &n, v);
                    }
                    if n == "__name__" || n == "__qualname__" || n == "__doc__" {
                        self.incref(v);
                        if let Obj::Function(f) = self.heap.get_mut(r) {
                            let slot = match n.as_str() {
                                "__name__" => &mut f.name,
                                "__qualname__" => &mut f.qualname,
                                _ => &mut f.doc,
                            };
                            let old = std::mem::replace(slot, v);
                            self.decref(old);
                        }
                        return Ok(());
                    }
                    return self.dict_set_item(d, name, v);
                }
                _ => {}
            }
        }
        let n = self.as_str(name).unwrap_or("").to_string();
        let tn = self.type_name(obj);
        if self.class_lookup_v(t, name).is_some() {
            return Err(self.attr_error(format!("'{}' object attribute '{}' is read-only", tn, n)));
        }
        Err(self.attr_error(format!("'{}' object has no attribute '{}'", tn, n)))
    }

    /// `object.__setattr__`: data descriptors, then the instance dict.
    pub fn generic_setattr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        let Value::Obj(r) = obj else {
            return Err(self.type_error("can't set attributes"));
        };
        if name.is(self.names.class_) {
            return self.set_class(obj, v);
        }
        if let Some(a) = self.class_lookup_v(t, name) {
            if let Some(res) = self.descr_set_hook(a, obj, v) {
                self.decref(a);
                return res;
            }
            if let Value::Obj(ar) = a {
                if let Obj::Property(p) = self.heap.get(ar) {
                    let fset = p.fset;
                    let res = if matches!(fset, Value::None) {
                        let n = self.as_str(name).unwrap_or("").to_string();
                        let tn = self.type_name(obj);
                        Err(self.attr_error(format!(
                            "property '{}' of '{}' object has no setter",
                            n, tn
                        )))
                    } else {
                        self.call_value(fset, &[obj, v], &[])
                            .map(|x| self.decref(x))
                    };
                    self.decref(a);
                    return res;
                }
            }
            self.decref(a);
        }
        if let Some(d) = match self.heap.get(r) {
            Obj::Instance(i) => i.dict,
            _ => None,
        } {
            return self.dict_set_item(Value::Obj(d), name, v);
        }
        // Inline attributes: the key is a str, so no Python __eq__ runs.
        let (h, is_str) = match name {
            Value::Obj(kr) => match self.heap.get(kr) {
                Obj::Str(s) => (s.hash(), true),
                _ => (0, false),
            },
            _ => (0, false),
        };
        if !is_str {
            return Err(self.type_error("attribute name must be string"));
        }
        let found = self.inst_attr_index(r, name, h);
        self.incref(v);
        match found {
            Some(ix) => {
                if let Obj::Instance(i) = self.heap.get_mut(r) {
                    let old = std::mem::replace(&mut i.attrs.entries[ix].value, v);
                    self.decref(old);
                }
            }
            None => {
                let full =
                    matches!(self.heap.get(r), Obj::Instance(i) if i.attrs.len() >= InstAttrs::MAX);
                if full {
                    // Too many to scan: move them into a real dict (see `InstAttrs`).
                    self.decref(v);
                    let d = self.instance_dict(r);
                    let res = self.dict_set_item(d, name, v);
                    self.decref(d);
                    return res;
                }
                self.incref(name);
                if let Obj::Instance(i) = self.heap.get_mut(r) {
                    let cls = i.class;
                    if i.attrs.insert_new(h, name, v) {
                        let n = i.attrs.len();
                        self.note_attrs_len(cls.0, n);
                    }
                    self.note_shared_key(cls.0, h);
                }
            }
        }
        Ok(())
    }

    fn inst_attr_index(&self, r: ObjRef, name: Value, h: i64) -> Option<usize> {
        let Obj::Instance(i) = self.heap.get(r) else {
            return None;
        };
        let kt = self.as_str(name).unwrap_or("");
        i.attrs.find(h, |k| {
            k.is(name) || matches!(k, Value::Obj(x) if matches!(self.heap.get(x), Obj::Str(s) if s.as_str() == kt))
        })
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if let Value::Obj(r) = obj {
            if matches!(self.heap.get(r), Obj::Instance(_)) {
                if let Some(da) = self.user_override(t, self.names.delattr) {
                    let res = self.call_value(da, &[obj, name], &[]);
                    self.decref(da);
                    let x = res?;
                    self.decref(x);
                    return Ok(());
                }
                return self.generic_delattr(obj, name);
            }
            if self.has_user_meta(obj) {
                if let Some(res) = self.meta_setattr_hook(r, name, None) {
                    return res;
                }
            }
            let d = match self.heap.get(r) {
                Obj::Class(c) => Some(c.dict),
                Obj::Module(m) => Some(m.dict),
                _ => None,
            };
            if let Some(d) = d {
                self.invalidate_method_cache();
                if self.dict_del_item(Value::Obj(d), name)? {
                    return Ok(());
                }
            }
        }
        Err(self.no_attr(obj, name))
    }

    /// `object.__delattr__`.
    pub fn generic_delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        let Value::Obj(r) = obj else {
            return Err(self.no_attr(obj, name));
        };
        if name.is(self.names.class_) {
            return Err(self.type_error("can't delete __class__ attribute"));
        }
        if let Some(a) = self.class_lookup_v(t, name) {
            if let Some(res) = self.descr_delete_hook(a, obj) {
                self.decref(a);
                return res;
            }
            if let Value::Obj(ar) = a {
                if let Obj::Property(p) = self.heap.get(ar) {
                    let fdel = p.fdel;
                    let res = if matches!(fdel, Value::None) {
                        let n = self.as_str(name).unwrap_or("").to_string();
                        let tn = self.type_name(obj);
                        Err(self.attr_error(format!(
                            "property '{}' of '{}' object has no deleter",
                            n, tn
                        )))
                    } else {
                        self.call_value(fdel, &[obj], &[]).map(|x| self.decref(x))
                    };
                    self.decref(a);
                    return res;
                }
            }
            self.decref(a);
        }
        if let Some(d) = match self.heap.get(r) {
            Obj::Instance(i) => i.dict,
            _ => None,
        } {
            if self.dict_del_item(Value::Obj(d), name)? {
                return Ok(());
            }
            return Err(self.no_attr(obj, name));
        }
        let h = match name {
            Value::Obj(kr) => match self.heap.get(kr) {
                Obj::Str(s) => s.hash(),
                _ => 0,
            },
            _ => 0,
        };
        match self.inst_attr_index(r, name, h) {
            Some(ix) => {
                let (k, v) = match self.heap.get_mut(r) {
                    Obj::Instance(i) => i.attrs.remove_at(ix),
                    _ => unreachable!(),
                };
                self.decref(k);
                self.decref(v);
                Ok(())
            }
            None => Err(self.no_attr(obj, name)),
        }
    }

    /// Materialises an instance's `__dict__` as a real dict object (owned result).
    pub fn instance_dict(&mut self, r: ObjRef) -> Value {
        if let Obj::Instance(i) = self.heap.get(r) {
            if let Some(d) = i.dict {
                self.heap.incref_obj(d);
                return Value::Obj(d);
            }
        }
        let attrs = match self.heap.get_mut(r) {
            Obj::Instance(i) => std::mem::take(&mut i.attrs),
            _ => return Value::None,
        };
        // CPython 3.11 materialises a split dict over the class's shared keys
        // (`make_dict_from_instance_attributes`), unless the instance had outgrown
        // them (a name the full keys lack): then it already had a combined dict, made
        // when that name was stored (`into_dict_split` over a full copy redoes that).
        let split = match self.heap.get(r) {
            Obj::Instance(i) => match self.heap.get(i.class) {
                // An instance of a builtin subclass with no attributes yet has no
                // values: its `__dict__` is a new combined dict (`PyDict_New`).
                Obj::Class(c) if c.solid != BuiltinType::Object && attrs.is_empty() => None,
                Obj::Class(c) => c.shared_keys.as_ref().map(|sk| {
                    let shared = sk.borrow();
                    if attrs.entries.iter().all(|e| shared.contains(e.hash)) {
                        sk.clone()
                    } else {
                        std::rc::Rc::new(std::cell::RefCell::new(shared.frozen()))
                    }
                }),
                _ => None,
            },
            _ => None,
        };
        let d = self
            .heap
            .alloc(Obj::Dict(Box::new(attrs.into_dict_split(split))));
        let any_container = match self.heap.get(d) {
            Obj::Dict(dict) => dict.iter().any(|e| self.heap.may_be_tracked(e.value)),
            _ => false,
        };
        if !any_container {
            self.heap.untrack(d);
        }
        if let Obj::Instance(i) = self.heap.get_mut(r) {
            i.dict = Some(d);
        }
        self.heap.incref_obj(d);
        Value::Obj(d)
    }

    /// The name of a module object.
    pub fn module_name(&self, m: Value) -> String {
        match m {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Module(m) => m.name.clone(),
                _ => "?".into(),
            },
            _ => "?".into(),
        }
    }

    /// Closest candidate name for `Did you mean` (CPython's Levenshtein-based rule).
    pub fn suggest_from(&self, candidates: &[String], name: &str) -> Option<String> {
        let mut best: Option<(usize, String)> = None;
        for c in candidates {
            if c == name {
                continue;
            }
            // CPython's traceback._compute_suggestion_error: costs of 2 per edit.
            let max = (c.len() + name.len() + 3) * 2 / 6;
            let d = crate::runtime::vm::repr::levenshtein(name, c);
            if d <= max && (best.is_none() || d < best.as_ref().unwrap().0) {
                best = Some((d, c.clone()));
            }
        }
        best.map(|b| b.1)
    }

    fn dict_str_keys(&self, d: ObjRef) -> Vec<String> {
        match self.heap.get(d) {
            Obj::Dict(dict) => dict
                .iter()
                .filter_map(|e| self.as_str(e.key).map(|s| s.to_string()))
                .collect(),
            _ => vec![],
        }
    }

    pub fn suggest_name(&self, globals: ObjRef, name: &str) -> Option<String> {
        let mut c = Vec::new();
        if let Some(f) = self.frames.last() {
            c.extend(f.code.varnames.iter().map(|s| s.to_string()));
        }
        c.extend(self.dict_str_keys(globals));
        c.extend(self.dict_str_keys(self.builtins));
        self.suggest_from(&c, name)
    }

    fn suggest_attr(&self, obj: Value, name: &str) -> Option<String> {
        let mut c = Vec::new();
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Instance(i) => {
                    c.extend(
                        i.attrs
                            .iter()
                            .filter_map(|e| self.as_str(e.key).map(|s| s.to_string())),
                    );
                    if let Some(d) = i.dict {
                        c.extend(self.dict_str_keys(d));
                    }
                }
                Obj::Module(m) => c.extend(self.dict_str_keys(m.dict)),
                _ => {}
            }
        }
        let t = match obj {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)) => r,
            _ => self.type_of(obj),
        };
        if let Obj::Class(cl) = self.heap.get(t) {
            c.extend(self.dict_str_keys(cl.dict));
            for &m in &cl.mro {
                if let Obj::Class(mc) = self.heap.get(m) {
                    if mc.kind != BuiltinType::Object {
                        c.extend(self.dict_str_keys(mc.dict));
                    }
                }
            }
        }
        self.suggest_from(&c, name)
    }
}
