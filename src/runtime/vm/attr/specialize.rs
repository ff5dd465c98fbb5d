//! The attribute instructions' inline caches: CPython's specialised `LOAD_ATTR`,
//! `STORE_ATTR` and `LOAD_METHOD` forms (`LOAD_ATTR_INSTANCE_VALUE`,
//! `STORE_ATTR_INSTANCE_VALUE`, `LOAD_METHOD_WITH_VALUES`...) and their
//! specialisers in Python/specialize.c (`_Py_Specialize_LoadAttr`, ...).
//!
//! They exist for speed: each `_hit` function is the dispatch loop's hot-block form
//! (inlined, no allocation, nothing changed when it declines), each `_uncached` one the
//! general path: the generic operation (`get_attr`, `set_attr`, `get_method`), then a
//! cache refill. A cache entry is only filled when the class cannot intercept the
//! access (no property or user data descriptor for the name, no `__setattr__`), and
//! is valid for one class epoch (see `lookup.rs`).

use crate::bytecode::code::{AttrCache, MethodCache};
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Marks an attribute cache entry whose index is a `__slots__` slot (a member
/// descriptor's `index`) rather than an inline attribute (CPython's
/// `LOAD_ATTR_SLOT`/`STORE_ATTR_SLOT`). Both are positions in the instance's
/// `values` (`types/class/layout.rs`), so a load reads either the same way; a store
/// into a slot needs no insertion order and works beside a materialised `__dict__`.
const SLOT_IX: u32 = 1 << 31;

/// Marks an attribute cache entry whose index is a position in the instance's
/// materialised `__dict__` (its entries), CPython's `LOAD_ATTR_WITH_HINT` /
/// `STORE_ATTR_WITH_HINT`: the instance outgrew its class's shared keys, or had its
/// `__dict__` asked for. A hint is checked (the entry there must have the name as
/// its key) before use. `load_attr_hit` never matches such an entry (no value
/// position is that large); the `_uncached` paths try it first.
const DICT_IX: u32 = 1 << 30;

/// Marks an attribute cache entry for instances that lack the name while their class's
/// MRO gives it as a plain value (no `__get__`: a number, str, tuple... stored on the
/// class, `self.K` for a class constant): the value is the entry's `val`, borrowed
/// from the class namespace. Made only while the class's keys lack the name (adding
/// it moves the epoch on, see `add_inst_key`), so only a materialised `__dict__` can
/// shadow it, which the hit checks. CPython 3.11 reads these through its type
/// attribute cache (3.12: `LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES`).
const CLASS_VALUE_IX: u32 = 1 << 29;

/// Marks an attribute cache entry whose class's MRO gives the name as a `property`
/// object (the entry's `val`), which takes precedence over the instance: the
/// dispatch loop calls its getter in a frame of its own when that is a plain Python
/// function (CPython 3.12's `LOAD_ATTR_PROPERTY`); any other getter takes the
/// general path.
const PROPERTY_IX: u32 = (1 << 29) + 1;

/// The cache entry in `cell`, read in place. `Cell::get` copies the whole entry (64
/// bytes) to the stack before the first field is looked at, which cost the hit paths
/// about a tenth of their instructions.
///
/// # Safety
/// The caller must not `set` the cell while the returned reference is alive (the hit
/// functions only read their cache).
#[inline(always)]
unsafe fn peek<T>(cell: &std::cell::Cell<T>) -> &T {
    // SAFETY: the reference is shared and the caller promises no write through the
    // cell while it lives; the VM is single-threaded, so nothing else writes it.
    unsafe { &*cell.as_ptr() }
}

impl Vm {
    /// The dispatch loop's fast `obj.name` (every instruction that loads an attribute
    /// through a `LoadAttr` cache): the cache hit, else the out-of-line fast lookups;
    /// the value borrowed, None (nothing changed) for the general path.
    #[inline(always)]
    pub fn load_attr_fast(
        &mut self,
        obj: Value,
        name: Value,
        cache: &std::cell::Cell<AttrCache>,
    ) -> Option<Value> {
        self.load_attr_hit(obj, name, cache)
            .or_else(|| self.load_attr_fast_other(obj, name, cache))
    }

    /// `obj.name` through the instruction's inline cache, for the dispatch loop's hot
    /// block: the attribute's value (borrowed), or None with nothing changed (then the
    /// general path calls `load_attr_uncached`).
    ///
    /// Also answers a class object the cache remembers (`Direction.FORWARD`, CPython
    /// 3.12's `LOAD_ATTR_CLASS`), `load_attr_fast_other`'s first test: that call
    /// (out of line, with a copy of the whole cache) cost about 35 instructions per
    /// load of a class constant.
    #[inline(always)]
    pub fn load_attr_hit(
        &self,
        obj: Value,
        name: Value,
        cache: &std::cell::Cell<AttrCache>,
    ) -> Option<Value> {
        // SAFETY: this function only reads the cache.
        let c = unsafe { peek(cache) };
        let r = obj.as_obj()?;
        let i = match self.heap.get(r) {
            Obj::Instance(i) => i,
            // The handle check alone is not enough: a freed class's handle may now be
            // any object (only a new class bumps the epoch).
            Obj::Class(_) if c.recv_class == r.0 && c.epoch == self.class_epoch => {
                return Some(c.recv_value);
            }
            _ => return None,
        };
        if c.epoch != self.class_epoch {
            return None;
        }
        let k = c.slot_of(i.class.0)?;
        // The position of this instruction's name in the class's layout (the cache is
        // the instruction's own, so the name is always the same): an empty position
        // (an attribute the instance lacks, or moved into a materialised `__dict__`,
        // see the layout's invariant 3) sends the load to the general path.
        let ix = c.ix[k] & !SLOT_IX;
        match i.values.get(ix as usize) {
            Some(&v) if !v.is_undef() => Some(v),
            _ if ix & DICT_IX != 0 => self.dict_entry_hit(i.dict?, (ix & !DICT_IX) as usize, name),
            _ if ix == CLASS_VALUE_IX => {
                if let Some(d) = i.dict {
                    if !self.dict_lacks_str_hash(d, c.hash) {
                        return None;
                    }
                }
                Some(c.val[k])
            }
            _ => None,
        }
    }

    /// The inline cache (read in place), the instance `obj` and the cache entry for
    /// its class, when `obj` is an instance and the cache is of the current class
    /// epoch: the shared start of the readers of an attribute cache.
    #[inline(always)]
    fn instance_cache_entry<'a>(
        &'a self,
        obj: Value,
        cache: &'a std::cell::Cell<AttrCache>,
    ) -> Option<(
        &'a AttrCache,
        &'a crate::runtime::object::InstanceObj,
        usize,
    )> {
        // SAFETY: the callers only read the cache.
        let c = unsafe { peek(cache) };
        let Obj::Instance(i) = self.heap.get(obj.as_obj()?) else {
            return None;
        };
        if c.epoch != self.class_epoch {
            return None;
        }
        let k = c.slot_of(i.class.0)?;
        Some((c, i, k))
    }

    /// Whether the dict `d` holds only str keys and none with this hash (so no key
    /// equal to a name with this hash, and no `__eq__` of another type can match).
    #[inline]
    fn dict_lacks_str_hash(&self, d: ObjRef, hash: i64) -> bool {
        matches!(self.heap.get(d), Obj::Dict(dict)
            if dict.merge_source().unicode && dict.find(hash, |_| true).is_none())
    }

    /// The getter of the property a [`PROPERTY_IX`] entry holds for `obj`'s class,
    /// when it is a Python function (borrowed: the property holds it), for the
    /// dispatch loop to call in a frame of its own.
    #[inline]
    pub fn property_getter_hit(
        &self,
        obj: Value,
        cache: &std::cell::Cell<AttrCache>,
    ) -> Option<Value> {
        let (c, _, k) = self.instance_cache_entry(obj, cache)?;
        if c.ix[k] != PROPERTY_IX {
            return None;
        }
        let Obj::Property(p) = self.heap.get(c.val[k].as_obj()?) else {
            return None;
        };
        let fget = p.fget;
        matches!(self.heap.get(fget.as_obj()?), Obj::Function(_)).then_some(fget)
    }

    /// The value of entry `ix` of the dict `d` (borrowed) if its key is `name`: the
    /// hit of a [`DICT_IX`] cache entry (CPython's `LOAD_ATTR_WITH_HINT`), inlined
    /// into the dispatch loop as CPython's is: a call cost a third of its
    /// instructions.
    #[inline(always)]
    fn dict_entry_hit(&self, d: ObjRef, ix: usize, name: Value) -> Option<Value> {
        let Obj::Dict(dict) = self.heap.get(d) else {
            return None;
        };
        // Keys and names are str objects: compare handles.
        dict.value_for(ix, name.as_obj()?)
    }

    /// `module.name` and `Class.name` for the dispatch loop when no descriptor or
    /// hook can take part (CPython's `LOAD_ATTR_MODULE`, and `LOAD_ATTR_CLASS` of
    /// 3.12): a non-dunder name (the dunders are where `type` and `ModuleType` have
    /// data descriptors), found in the module's dict, or along the MRO of a class
    /// as a value whose type defines no `__get__`. A class with a user metaclass
    /// (an `Enum`'s `EnumType`) qualifies when the metaclass keeps `type`'s
    /// `__getattribute__` and nothing along its MRO is named `name`: then
    /// `type.__getattribute__` finds no metaclass descriptor to prefer, and the
    /// metaclass's `__getattr__` is not reached since the class's MRO has the name.
    /// The value is borrowed; None, with nothing changed, sends the instruction to
    /// the general path. A class found with metaclass `type` is remembered in `cache`
    /// (`recv_class`): the next access on it skips the MRO walk.
    #[inline(never)]
    pub fn load_attr_fast_other(
        &mut self,
        obj: Value,
        name: Value,
        cache: &std::cell::Cell<AttrCache>,
    ) -> Option<Value> {
        let (Value::Obj(r), Value::Obj(nr)) = (obj, name) else {
            return None;
        };
        let c = cache.get();
        // The handle check alone is not enough: a freed class's handle may now be any
        // object (only a new class bumps the epoch).
        if c.recv_class == r.0
            && c.epoch == self.class_epoch
            && matches!(self.heap.get(r), Obj::Class(_))
        {
            return Some(c.recv_value);
        }
        if self.heap.str(nr).starts_with("__") {
            return self.load_dunder_fast(r, name);
        }
        match self.heap.get(r) {
            // A ModuleType subclass's module may have hooks and descriptors.
            Obj::Module(m) if m.class.is_none() => self.dict_str_lookup(m.dict, nr).flatten(),
            Obj::Module(_) => None,
            // A function's own attribute (`wrapper.calls`): its `__dict__`, which the
            // function type (not subclassable, no attribute without `__`) never
            // shadows; a missing one takes the general path (its AttributeError).
            Obj::Function(f) => match f.dict {
                Value::Obj(d) => self.dict_str_lookup(d, nr).flatten(),
                _ => None,
            },
            Obj::Class(c) => {
                if let Some(meta) = c.metaclass {
                    use crate::runtime::types::class::CLASS_PLAIN_GETATTRIBUTE;
                    if self.class_facts(meta) & CLASS_PLAIN_GETATTRIBUTE == 0
                        || self.class_lookup_borrowed(meta, name).is_some()
                    {
                        return None;
                    }
                }
                let a = self.class_lookup_borrowed(r, name)?;
                let plain = match a {
                    Value::Obj(ar) => self.plain_class_value(ar, a),
                    _ => true,
                };
                if !plain {
                    return None;
                }
                if let (Obj::Class(c), Obj::Str(ks)) = (self.heap.get(r), self.heap.get(nr)) {
                    if c.metaclass.is_none() {
                        let hash = ks.hash();
                        let mut c = cache.get();
                        c.remember_class_value(self.class_epoch, hash, r.0, a);
                        cache.set(c);
                    }
                }
                Some(a)
            }
            _ => None,
        }
    }

    /// The dunder attributes read often enough to skip the general path's special
    /// attribute matching (about a thousand instructions): `obj.__class__` where the
    /// type's `__class__` is `object`'s getset descriptor and its `__getattribute__`
    /// is `object`'s, and a function's own getset attributes (`__name__`,
    /// `__qualname__`, `__module__`, `__doc__`, `__code__`, `__defaults__`: the
    /// function type is not subclassable, and these data descriptors come before its
    /// `__dict__`). Borrowed; None sends the load to the general path.
    fn load_dunder_fast(&mut self, r: ObjRef, name: Value) -> Option<Value> {
        use crate::runtime::types::class::{CLASS_PLAIN_CLASS_ATTR, CLASS_PLAIN_GETATTRIBUTE};
        if name.is(self.names.class_) {
            return match self.heap.get(r) {
                Obj::Instance(i) => {
                    let t = i.class;
                    let want = CLASS_PLAIN_CLASS_ATTR | CLASS_PLAIN_GETATTRIBUTE;
                    (self.class_facts(t) & want == want).then_some(Value::Obj(t))
                }
                // Their own getattro rules (`super`'s `__class__`, a method's
                // forwarding, a ModuleType subclass's hooks, a metaclass's).
                Obj::Module(_) | Obj::Super { .. } | Obj::BoundMethod { .. } | Obj::Class(_) => {
                    None
                }
                _ => Some(Value::Obj(self.type_of(Value::Obj(r)))),
            };
        }
        let Obj::Function(f) = self.heap.get(r) else {
            return None;
        };
        let n = &self.names;
        Some(if name.is(n.name_) {
            f.name
        } else if name.is(n.qualname) {
            f.qualname
        } else if name.is(n.module) {
            f.module
        } else if name.is(n.doc) {
            f.doc
        } else if name.is(n.code) {
            f.code_obj
        } else if name.is(n.defaults) {
            f.defaults_obj
        } else {
            return None;
        })
    }

    /// Whether the object `a` (handle `ar`), found on a class, is returned as it is by
    /// `type.__getattribute__`: its type defines no `__get__`.
    fn plain_class_value(&mut self, ar: ObjRef, a: Value) -> bool {
        match self.heap.get(ar) {
            Obj::Function(_)
            | Obj::Str(_)
            | Obj::Tuple(_)
            | Obj::List(_)
            | Obj::Dict(_)
            | Obj::Set(_)
            | Obj::FrozenSet(_)
            | Obj::BigInt(_)
            | Obj::Bytes(_)
            | Obj::Module(_) => true,
            Obj::Class(c2) => c2.metaclass.is_none(),
            Obj::Instance(_) => {
                self.descr_flags(a) & crate::runtime::vm::descriptor::DESCR_GET == 0
            }
            _ => false,
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
        // SAFETY: this function and `dict_entry_store` only read the cache.
        let c = unsafe { peek(cache) };
        let Value::Obj(r) = obj else {
            return None;
        };
        let epoch_ok = c.epoch == self.class_epoch;
        let Obj::Instance(i) = self.heap.get_mut(r) else {
            return None;
        };
        if !epoch_ok {
            return None;
        }
        let ix = c.ix[c.slot_of(i.class.0)?];
        if ix & SLOT_IX != 0 {
            // CPython's STORE_ATTR_SLOT: the class has no `__setattr__` override
            // (checked when the entry was made); the old value (`Undef` if the slot
            // was empty) is the caller's to release.
            let slot = i.values.get_mut((ix & !SLOT_IX) as usize)?;
            return Some(std::mem::replace(slot, v));
        }
        if let Some(d) = i.dict {
            if ix & DICT_IX == 0 {
                return None;
            }
            // STORE_ATTR_WITH_HINT: the caller's reference moves into the dict, at
            // the hinted entry if its key is `name` (checked by handle: keys and names
            // are str objects). The instance and cache were checked above, so this
            // is `dict_entry_store` without their second look.
            let track = self.heap.may_be_tracked(v) && !self.heap.is_tracked(d);
            let Obj::Dict(dict) = self.heap.get_mut(d) else {
                return None;
            };
            let old = std::mem::replace(dict.value_mut_for((ix & !DICT_IX) as usize, name)?, v);
            if track {
                self.heap.track(d);
            }
            return Some(old);
        }
        let ix = ix as usize;
        let slot = i.values.get_mut(ix)?;
        if !slot.is_undef() {
            return Some(std::mem::replace(slot, v));
        }
        // A new attribute (the stores of `__init__` on a fresh instance, which fill
        // every instance of a class in the same order): only where it keeps the
        // insertion order ascending (else the general path records the order).
        if !i.appends_in_order(ix) {
            return None;
        }
        i.values[ix] = v;
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
        // SAFETY: this function only reads the cache.
        let c = unsafe { peek(cache) };
        if c.epoch != self.class_epoch {
            return None;
        }
        // Instances first, tested alone: inside the match over every kind (for
        // `type_of`) their arm went through a jump table, about ten instructions per
        // `self.m()` more.
        if let Value::Obj(r) = obj {
            if let Obj::Instance(i) = self.heap.get(r) {
                let f = c.func_of(i.class.0)?;
                // The entry was made only while the class's keys lacked the name (and
                // adding it moves the epoch on), so only a materialised `__dict__` can
                // shadow the method (CPython's `LOAD_METHOD_WITH_DICT`): one holding
                // only str keys, none with the name's hash, cannot.
                if let Some(d) = i.dict {
                    match self.heap.get(d) {
                        Obj::Dict(dict)
                            if dict.merge_source().unicode
                                && dict.find(c.hash, |_| true).is_none() => {}
                        _ => return None,
                    }
                }
                return Some(ObjRef(f));
            }
        }
        let func = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                // (Instances were answered above.)
                Obj::Instance(_) | Obj::Class(_) | Obj::Module(_) | Obj::Super { .. } => {
                    return None
                }
                _ => c.func_of(self.type_of(obj).0)?,
            },
            _ => c.func_of(self.type_of(obj).0)?,
        };
        Some(ObjRef(func))
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
        if let Some(v) = self.dict_hint_load(obj, name, cache) {
            self.incref(v);
            return Ok(v);
        }
        let v = self.get_attr(obj, name)?;
        self.fill_attr_cache(obj, name, cache, false);
        Ok(v)
    }

    /// The index the cache holds for `obj`'s class, flags ([`SLOT_IX`], [`DICT_IX`])
    /// included, when `obj` is an instance and the entry is of the current epoch: the
    /// one cache check the general paths share.
    #[inline]
    fn cached_ix(&self, obj: Value, c: &AttrCache) -> Option<u32> {
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(i) = self.heap.get(r) else {
            return None;
        };
        if c.epoch != self.class_epoch {
            return None;
        }
        Some(c.ix[c.slot_of(i.class.0)?])
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
        let cached = self.cached_ix(obj, &c);
        if cached.is_some_and(|ix| ix & (DICT_IX | SLOT_IX) == DICT_IX)
            && self.dict_hint_store(obj, name, v, &c)
        {
            return Ok(());
        }
        if let (Some(ix), Value::Obj(r)) = (cached.filter(|ix| ix & SLOT_IX != 0), obj) {
            // A `__slots__` slot of this class (no `__setattr__` override, checked when
            // the entry was made).
            let ix = (ix & !SLOT_IX) as usize;
            let nslots = match self.heap.get(self.type_of(obj)) {
                Obj::Class(cl) => cl.layout.nslots as usize,
                _ => 0,
            };
            self.incref(v);
            let old = match self.heap.get_mut(r) {
                Obj::Instance(i) => i.replace_slot(ix, nslots, v),
                _ => Value::Undef,
            };
            if !old.is_undef() {
                self.decref(old);
            }
            return Ok(());
        }
        // Same class as last time (so no property or `__setattr__` intercepts the
        // store), but the attribute is not at the cached position or may not be
        // stored there directly (out of insertion order, or the instance's values are
        // shorter): store by the class's key.
        if let (Value::Obj(r), Value::Obj(nr), Some(_)) = (obj, name, cached) {
            if let Obj::Instance(i) = self.heap.get(r) {
                if let (Some(slot), true) = (c.slot_of(i.class.0), i.dict.is_none()) {
                    let cls = i.class;
                    if let Some((ns, k)) = self.inst_key_index(cls, nr, c.hash) {
                        let nkeys = match self.heap.get(cls) {
                            Obj::Class(cl) => cl.inst_keys.len(),
                            _ => 0,
                        };
                        self.incref(v);
                        let old = match self.heap.get_mut(r) {
                            Obj::Instance(i) => i.store_attr(ns, nkeys, k, v),
                            _ => Value::Undef,
                        };
                        if !old.is_undef() {
                            self.decref(old);
                        }
                        let mut c = c;
                        c.ix[slot] = (ns + k) as u32;
                        cache.set(c);
                        return Ok(());
                    }
                }
            }
        }
        self.set_attr(obj, name, Some(v))?;
        self.fill_attr_cache(obj, name, cache, true);
        Ok(())
    }

    /// The dict entry a [`DICT_IX`] cache entry points at for `obj`'s class, if the
    /// instance has a materialised `__dict__` whose entry there has `name` as key.
    #[inline]
    fn dict_hint(&self, obj: Value, name: Value, c: &AttrCache) -> Option<(ObjRef, usize)> {
        let ix = self.cached_ix(obj, c)?;
        if ix & (DICT_IX | SLOT_IX) != DICT_IX {
            return None;
        }
        let Obj::Instance(i) = self.heap.get(obj.as_obj()?) else {
            return None;
        };
        let d = i.dict?;
        let ix = (ix & !DICT_IX) as usize;
        let Obj::Dict(dict) = self.heap.get(d) else {
            return None;
        };
        // Keys and names are str objects: compare handles.
        dict.value_for(ix, name.as_obj()?).map(|_| (d, ix))
    }

    /// `obj.name` through a [`DICT_IX`] entry (borrowed), or None.
    #[inline]
    fn dict_hint_load(
        &self,
        obj: Value,
        name: Value,
        cache: &std::cell::Cell<AttrCache>,
    ) -> Option<Value> {
        let (d, ix) = self.dict_hint(obj, name, &cache.get())?;
        match self.heap.get(d) {
            Obj::Dict(dict) => dict.entry(ix).map(|e| e.value),
            _ => None,
        }
    }

    /// `obj.name = v` (borrowed) through a [`DICT_IX`] entry; false with nothing
    /// changed if the entry does not apply.
    fn dict_hint_store(&mut self, obj: Value, name: Value, v: Value, c: &AttrCache) -> bool {
        self.incref(v);
        match self.dict_entry_store(obj, name, v, c) {
            Some(old) => {
                if !old.is_undef() {
                    self.decref(old);
                }
                true
            }
            None => {
                self.decref(v);
                false
            }
        }
    }

    /// Replaces the value the instance's `__dict__` has for `name` through a
    /// [`DICT_IX`] entry, as `dict_set_item` would (tracking the dict once a container
    /// goes in): takes over the reference to `v` and returns the old value (the
    /// caller's to drop), or None with nothing changed.
    #[inline(never)]
    fn dict_entry_store(
        &mut self,
        obj: Value,
        name: Value,
        v: Value,
        c: &AttrCache,
    ) -> Option<Value> {
        let (d, ix) = self.dict_hint(obj, name, c)?;
        if !self.heap.is_tracked(d) && self.heap.may_be_tracked(v) {
            self.heap.track(d);
        }
        match self.heap.get_mut(d) {
            Obj::Dict(dict) => dict.value_mut(ix).map(|slot| std::mem::replace(slot, v)),
            _ => None,
        }
    }

    /// CPython's `LOAD_METHOD_WITH_DICT`: the method the cache holds for `obj`'s class
    /// (borrowed), for an instance with a materialised `__dict__` that lacks `name`.
    fn method_with_dict_hit(
        &self,
        obj: Value,
        name: Value,
        cache: &std::cell::Cell<MethodCache>,
    ) -> Option<ObjRef> {
        let c = cache.get();
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(i) = self.heap.get(r) else {
            return None;
        };
        if c.epoch != self.class_epoch {
            return None;
        }
        let f = c.func_of(i.class.0)?;
        let d = i.dict?;
        // Only str keys (none whose `__eq__` could match the name unseen).
        if !matches!(self.heap.get(d), Obj::Dict(dict) if dict.merge_source().unicode) {
            return None;
        }
        self.dict_get_str(d, name).is_none().then_some(ObjRef(f))
    }

    /// After a successful load/store of an instance attribute, remembers where it is,
    /// provided the class cannot intercept the access: no data descriptor (property)
    /// for the name and, for stores, no `__setattr__` override.
    #[cold]
    pub(crate) fn fill_attr_cache(
        &mut self,
        obj: Value,
        name: Value,
        cache: &std::cell::Cell<AttrCache>,
        store: bool,
    ) {
        let Value::Obj(r) = obj else { return };
        if self.fill_slot_cache(r, name, cache, store) {
            return;
        }
        if !store {
            if let Some((cls, hash)) = self.instance_lacks(r, name) {
                self.fill_class_side_entry(cls, name, hash, cache);
                return;
            }
        }
        let (cls, ix, hash) = match self.heap.get(r) {
            Obj::Instance(i) if i.dict.is_some() => {
                let (Value::Obj(kr), Some(d)) = (name, i.dict) else {
                    return;
                };
                let (Obj::Str(ks), Obj::Dict(dict)) = (self.heap.get(kr), self.heap.get(d)) else {
                    return;
                };
                let hash = ks.hash();
                match dict.find(hash, |k| k.is(name)) {
                    Some(ix) if (ix as u32) < DICT_IX => (i.class, ix | DICT_IX as usize, hash),
                    _ => return,
                }
            }
            Obj::Instance(i) => {
                let Value::Obj(kr) = name else { return };
                let Obj::Str(ks) = self.heap.get(kr) else {
                    return;
                };
                let hash = ks.hash();
                match self.inst_key_index(i.class, kr, hash) {
                    Some((ns, k)) if !i.value_at(ns + k).is_undef() => (i.class, ns + k, hash),
                    _ => return,
                }
            }
            _ => return,
        };
        if let Some(a) = self.class_lookup_borrowed(cls, name) {
            if matches!(a, Value::Obj(ar) if matches!(self.heap.get(ar), Obj::Property(_) | Obj::Member(_)))
                || self.descr_flags(a) != 0
            {
                return;
            }
        }
        if store {
            let sa = self.names.setattr;
            if self.object_override(cls, sa).is_some() {
                return;
            }
        } else if self.user_getattribute(cls).is_some() {
            return;
        }
        let mut c = cache.get();
        c.remember(self.class_epoch, hash, cls.0, ix as u32);
        cache.set(c);
    }

    /// The class of the instance `r` and the hash of `name` when neither the class's
    /// keys nor the instance's materialised `__dict__` (if any) can hold the name.
    fn instance_lacks(&self, r: ObjRef, name: Value) -> Option<(ObjRef, i64)> {
        let Obj::Instance(i) = self.heap.get(r) else {
            return None;
        };
        let Obj::Str(ks) = self.heap.get(name.as_obj()?) else {
            return None;
        };
        let hash = ks.hash();
        if self.inst_key_index(i.class, name.as_obj()?, hash).is_some() {
            return None;
        }
        if let Some(d) = i.dict {
            if !self.dict_lacks_str_hash(d, hash) {
                return None;
            }
        }
        Some((i.class, hash))
    }

    /// After a load from an instance of `cls` whose class's keys lack the name:
    /// remembers what the class's MRO gives when that is a plain value
    /// ([`CLASS_VALUE_IX`]) or a `property` ([`PROPERTY_IX`]), unless the class
    /// overrides `__getattribute__`.
    fn fill_class_side_entry(
        &mut self,
        cls: ObjRef,
        name: Value,
        hash: i64,
        cache: &std::cell::Cell<AttrCache>,
    ) {
        let Some(a) = self.class_lookup_borrowed(cls, name) else {
            return;
        };
        let ix = match a {
            Value::Obj(ar) => match self.heap.get(ar) {
                Obj::Property(_) => PROPERTY_IX,
                Obj::Str(_)
                | Obj::Tuple(_)
                | Obj::FrozenSet(_)
                | Obj::BigInt(_)
                | Obj::Bytes(_)
                | Obj::List(_)
                | Obj::Dict(_)
                | Obj::Set(_) => CLASS_VALUE_IX,
                _ => return,
            },
            Value::Undef => return,
            _ => CLASS_VALUE_IX,
        };
        if self.user_getattribute(cls).is_some() {
            return;
        }
        let mut c = cache.get();
        c.remember_with(self.class_epoch, hash, cls.0, ix, a);
        cache.set(c);
    }

    /// After a successful load/store of an instance's `__slots__` slot, remembers the
    /// slot's index (flagged with [`SLOT_IX`]) for the class, unless the class
    /// overrides `__getattribute__` (loads) or `__setattr__` (stores). True when
    /// `name` is a slot of the instance's class (remembered or not).
    fn fill_slot_cache(
        &mut self,
        r: ObjRef,
        name: Value,
        cache: &std::cell::Cell<AttrCache>,
        store: bool,
    ) -> bool {
        let Obj::Instance(i) = self.heap.get(r) else {
            return false;
        };
        let cls = i.class;
        let Some(Value::Obj(mr)) = self.class_lookup_borrowed(cls, name) else {
            return false;
        };
        let Obj::Member(m) = self.heap.get(mr) else {
            return false;
        };
        if m.kind != crate::runtime::types::member::MemberKind::Slot {
            return false;
        }
        let ix = m.index;
        let Some(hash) = (match name {
            Value::Obj(kr) => match self.heap.get(kr) {
                Obj::Str(s) => Some(s.hash()),
                _ => None,
            },
            _ => None,
        }) else {
            return true;
        };
        let hooked = if store {
            let sa = self.names.setattr;
            self.object_override(cls, sa).is_some()
        } else {
            self.user_getattribute(cls).is_some()
        };
        if !hooked && ix < SLOT_IX {
            let mut c = cache.get();
            c.remember(self.class_epoch, hash, cls.0, ix | SLOT_IX);
            cache.set(c);
        }
        true
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
        if let Some(f) = self.method_with_dict_hit(obj, name, cache) {
            self.heap.incref_obj(f);
            return Ok(Some(Value::Obj(f)));
        }
        let found = self.get_method(obj, name)?;
        if let Some(f) = found {
            self.fill_method_cache(obj, name, f, cache);
        }
        Ok(found)
    }

    /// `Class.name` for `LoadMethod` on a class object whose metaclass is `type`, for
    /// a non-dunder name (the dunders are where `type` has data descriptors): when the
    /// MRO gives a plain function, a staticmethod of one or a classmethod of one, the
    /// cache remembers it (see `class_receiver_hit`).
    #[cold]
    pub fn fill_class_receiver_cache(
        &mut self,
        obj: Value,
        name: Value,
        cache: &std::cell::Cell<MethodCache>,
    ) {
        let (Value::Obj(cls), Value::Obj(nr)) = (obj, name) else {
            return;
        };
        if !matches!(self.heap.get(cls), Obj::Class(c) if c.metaclass.is_none()) {
            return;
        }
        let Obj::Str(ks) = self.heap.get(nr) else {
            return;
        };
        let hash = ks.hash();
        if self.heap.str(nr).starts_with("__") {
            return;
        }
        let Some(Value::Obj(a)) = self.class_lookup_borrowed(cls, name) else {
            return;
        };
        let (func, bind) = match self.heap.get(a) {
            Obj::Function(_) => (a, false),
            Obj::StaticMethod(Value::Obj(f), ..)
                if matches!(self.heap.get(*f), Obj::Function(_)) =>
            {
                (*f, false)
            }
            Obj::ClassMethod(Value::Obj(f), ..)
                if matches!(self.heap.get(*f), Obj::Function(_)) =>
            {
                (*f, true)
            }
            _ => return,
        };
        let mut c = cache.get();
        c.remember_class_receiver(self.class_epoch, hash, cls.0, func.0, bind);
        cache.set(c);
    }

    /// `LoadMethod` on a class object through the cache `fill_class_receiver_cache`
    /// filled: the function (borrowed from the class's namespace) and whether the
    /// class is its bound first argument (a classmethod), or None.
    #[inline(always)]
    pub fn class_receiver_hit(
        &self,
        cls: ObjRef,
        cache: &std::cell::Cell<MethodCache>,
    ) -> Option<(ObjRef, bool)> {
        let c = cache.get();
        (c.recv_class == cls.0 && c.epoch == self.class_epoch)
            .then_some((ObjRef(c.recv_func), c.recv_bind))
    }

    /// Remembers what `get_method` found for `obj` (see [`MethodCache`]).
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
                // Instances of the class may hold the name inline once its keys have
                // it: then every load must look (CPython's `LOAD_METHOD_WITH_VALUES`
                // requires keys without the name).
                Obj::Instance(i) if self.inst_key_index(i.class, kr, hash).is_some() => return,
                Obj::Instance(i) => i.class,
                Obj::Class(_) | Obj::Module(_) | Obj::Super { .. } => return,
                _ => self.type_of(obj),
            },
            _ => self.type_of(obj),
        };
        let mut c = cache.get();
        c.remember(self.class_epoch, hash, cls.0, fr.0);
        cache.set(c);
    }
}
