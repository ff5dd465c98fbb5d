//! Per-class instance layouts: where an instance's `__slots__` values and inline
//! attributes live. Mirrors CPython 3.11's split-keys instance dicts: a heap type's
//! cached keys (`ht_cached_keys`, the names in the order instances first stored them)
//! and each instance's `PyDictValues` (one value pointer per shared key, plus a
//! per-instance insertion order), and the members `__slots__` adds to the object
//! struct (`PyMemberDef`s at fixed offsets).
//!
//! The class owns [`InstKeys`]; an instance owns only `values`: one 8-byte [`Value`]
//! per slot and per key it may hold, `Undef` where empty (CPython's NULL), the first
//! two in the instance's own heap slot ([`Values`]). An
//! attribute's position never changes once its name is in the class's keys, so the
//! attribute instructions' caches keep (class, position) and read the value without
//! comparing names (`vm/attr/specialize.rs`, CPython's `LOAD_ATTR_INSTANCE_VALUE`).
//!
//! # Invariants (checked by debug builds' heap checker, [`check_instance`])
//! 1. `values[..nslots]` are the `__slots__` values, indexed by the member
//!    descriptors' `index` (`InstLayout::nslots` of the class; the bases' first);
//!    `values[nslots + k]` is the value of the class's key `k`. `values` may be shorter
//!    than `nslots + keys.len()` (it is sized when the instance is made and grown by a
//!    store): positions past its end are empty.
//! 2. `values.len() <= nslots + keys.len()`, and `keys.len() <= MAX_KEYS`; the keys are
//!    distinct str objects, each owned by the class (one reference per name, as
//!    CPython's keys object holds them; instances hold none).
//! 3. Once an instance has a materialised `__dict__` (`InstanceObj::dict`), its inline
//!    attribute positions are all empty: the dict holds the attributes.
//! 4. The insertion order of an instance's attributes is ascending key order unless
//!    `InstExtra::order` is present; then it lists exactly the keys (`k`) holding a
//!    value, each once, in insertion order (CPython's order array in the
//!    `PyDictValues` prefix, only kept here when it differs from key order, which is
//!    rare: instances of a class mostly store their attributes in the same order).

use super::{InstExtra, InstanceObj};
use crate::runtime::heap::Heap;
use crate::runtime::object::Obj;
use crate::value::{ObjRef, Value};

/// Most names a class's instance keys hold (CPython's `SHARED_KEYS_MAX_SIZE`): a name
/// that does not fit goes into a materialised `__dict__` of the instance storing it.
pub const MAX_KEYS: usize = 30;

/// A class's instance attribute names, in the order instances first stored them
/// (CPython's shared keys): the hash and the str object (owned) of each.
#[derive(Default)]
pub struct InstKeys {
    names: Vec<(i64, ObjRef)>,
}

impl InstKeys {
    #[inline]
    pub fn len(&self) -> usize {
        self.names.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    #[inline]
    pub fn is_full(&self) -> bool {
        self.names.len() >= MAX_KEYS
    }

    /// The name of key `k` (borrowed).
    #[inline]
    pub fn name(&self, k: usize) -> Option<ObjRef> {
        self.names.get(k).map(|&(_, n)| n)
    }

    /// The key with this hash for which `eq(name)` holds.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(ObjRef) -> bool) -> Option<usize> {
        self.names.iter().position(|&(h, n)| h == hash && eq(n))
    }

    /// Whether some key has this hash (a name equal to one of them may be stored).
    #[inline]
    pub fn has_hash(&self, hash: i64) -> bool {
        self.names.iter().any(|&(h, _)| h == hash)
    }

    /// Appends a name known to be absent; the reference passes to the keys.
    /// Returns its key index.
    pub fn push(&mut self, hash: i64, name: ObjRef) -> usize {
        debug_assert!(!self.is_full());
        self.names.push((hash, name));
        self.names.len() - 1
    }

    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        for &(_, n) in &self.names {
            f(Value::Obj(n));
        }
    }

    /// Moves the names' references out (the class is being cleared or freed).
    pub fn clear_refs(&mut self, out: &mut Vec<Value>) {
        out.extend(self.names.drain(..).map(|(_, n)| Value::Obj(n)));
    }
}

/// An instance's value positions (invariant 1): up to [`INLINE_VALUES`] inline in the
/// instance's heap slot, more in a boxed array. Most instances have one or two
/// attributes or slots, which then cost no allocation of their own (CPython's
/// `PyDictValues` is always a separate block; here the heap slot has room).
pub enum Values {
    Inline {
        len: u8,
        vals: [Value; INLINE_VALUES],
    },
    Heap(Box<[Value]>),
}

/// Value positions kept in the instance's own slot.
pub const INLINE_VALUES: usize = 2;

impl Default for Values {
    fn default() -> Self {
        Values::Inline {
            len: 0,
            vals: [Value::Undef; INLINE_VALUES],
        }
    }
}

impl Values {
    /// `n` empty positions.
    pub fn empty(n: usize) -> Values {
        if n <= INLINE_VALUES {
            Values::Inline {
                len: n as u8,
                vals: [Value::Undef; INLINE_VALUES],
            }
        } else {
            Values::Heap(vec![Value::Undef; n].into_boxed_slice())
        }
    }

    pub fn from_vec(v: Vec<Value>) -> Values {
        if v.len() <= INLINE_VALUES {
            let mut vals = [Value::Undef; INLINE_VALUES];
            vals[..v.len()].copy_from_slice(&v);
            Values::Inline {
                len: v.len() as u8,
                vals,
            }
        } else {
            Values::Heap(v.into_boxed_slice())
        }
    }

    pub fn into_vec(self) -> Vec<Value> {
        match self {
            Values::Inline { len, vals } => vals[..len as usize].to_vec(),
            Values::Heap(b) => b.into_vec(),
        }
    }

    /// Makes the positions exactly `n` long (new positions empty; positions past `n`
    /// must be empty).
    pub fn resize(&mut self, n: usize) {
        if n == self.len() {
            return;
        }
        if let Values::Inline { len, vals } = self {
            if n <= INLINE_VALUES {
                // Positions past `len` stay empty, so growing back finds them so.
                vals[n..].fill(Value::Undef);
                *len = n as u8;
                return;
            }
        }
        let mut v = std::mem::take(self).into_vec();
        if n > v.len() {
            v.reserve_exact(n - v.len());
        }
        v.resize(n, Value::Undef);
        *self = Values::from_vec(v);
    }
}

impl std::ops::Deref for Values {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        match self {
            Values::Inline { len, vals } => &vals[..*len as usize],
            Values::Heap(b) => b,
        }
    }
}

impl std::ops::DerefMut for Values {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        match self {
            Values::Inline { len, vals } => &mut vals[..*len as usize],
            Values::Heap(b) => b,
        }
    }
}

impl InstanceObj {
    /// The value at position `ix` (borrowed), `Undef` when empty.
    #[inline(always)]
    pub fn value_at(&self, ix: usize) -> Value {
        self.values.get(ix).copied().unwrap_or(Value::Undef)
    }

    /// The explicit insertion order, when it is not ascending key order (invariant 4).
    #[inline]
    pub fn order(&self) -> Option<&[u8]> {
        self.extra.as_ref().and_then(|e| e.order.as_deref())
    }

    /// Whether a value stored now at the empty position `ix` (an attribute position)
    /// keeps the insertion order ascending: no explicit order and nothing stored
    /// after it.
    #[inline(always)]
    pub fn appends_in_order(&self, ix: usize) -> bool {
        self.values
            .get(ix + 1..)
            .is_none_or(|rest| rest.iter().all(|v| v.is_undef()))
            && self.order().is_none()
    }

    /// Makes `values` at least `n` long (new positions empty), reserving exactly.
    fn grow_values(&mut self, n: usize) {
        if self.values.len() < n {
            self.values.resize(n);
        }
    }

    fn extra_mut(&mut self) -> &mut InstExtra {
        self.extra
            .get_or_insert_with(|| Box::new(InstExtra::default()))
    }

    /// Stores `v` (owned) as the attribute with key `k` of a class with `nslots` slots
    /// and `nkeys` keys (new instances' `values` are sized `nslots + nkeys`; growing to
    /// that saves regrowing for the next key), keeping the insertion order. Returns
    /// the previous value (`Undef` if the attribute is new), the caller's to drop.
    pub fn store_attr(&mut self, nslots: usize, nkeys: usize, k: usize, v: Value) -> Value {
        let ix = nslots + k;
        if ix >= self.values.len() {
            self.grow_values(nslots + nkeys.max(k + 1));
        }
        let old = self.values[ix];
        if old.is_undef() && !self.appends_in_order(ix) {
            // Out of key order: from now on the order is kept explicitly.
            let mut order = match self.order() {
                Some(o) => o.to_vec(),
                None => self.values[nslots..]
                    .iter()
                    .enumerate()
                    .filter(|(_, v)| !v.is_undef())
                    .map(|(j, _)| j as u8)
                    .collect(),
            };
            order.push(k as u8);
            self.extra_mut().order = Some(order);
        }
        self.values[ix] = v;
        old
    }

    /// Removes the attribute with key `k` (after `nslots` slots) and returns its value
    /// (`Undef` if there was none; owned by the caller).
    pub fn take_attr(&mut self, nslots: usize, k: usize) -> Value {
        let ix = nslots + k;
        let Some(slot) = self.values.get_mut(ix) else {
            return Value::Undef;
        };
        let old = std::mem::replace(slot, Value::Undef);
        if !old.is_undef() {
            if let Some(e) = self.extra.as_mut() {
                if let Some(order) = &mut e.order {
                    order.retain(|&j| j as usize != k);
                    if order.is_sorted() {
                        // Ascending again: the implicit order says the same.
                        e.order = None;
                    }
                }
            }
        }
        old
    }

    /// The keys (`k`) holding an attribute, in insertion order.
    pub fn attr_keys_in_order(&self, nslots: usize) -> Vec<usize> {
        match self.order() {
            Some(o) => o.iter().map(|&k| k as usize).collect(),
            None => self.present_keys(nslots),
        }
    }

    /// The key positions that hold a value, in key order (values past the `nslots`
    /// slot values).
    pub fn present_keys(&self, nslots: usize) -> Vec<usize> {
        self.values
            .get(nslots..)
            .unwrap_or(&[])
            .iter()
            .enumerate()
            .filter(|(_, v)| !v.is_undef())
            .map(|(k, _)| k)
            .collect()
    }

    /// Whether the instance holds any inline attribute.
    pub fn has_inline_attrs(&self, nslots: usize) -> bool {
        self.values
            .get(nslots..)
            .is_some_and(|a| a.iter().any(|v| !v.is_undef()))
    }

    /// Moves every inline attribute out, in insertion order, as (key, value owned),
    /// leaving only the slots (the attributes are going into a materialised
    /// `__dict__`, or being dropped).
    pub fn take_attrs(&mut self, nslots: usize) -> Vec<(usize, Value)> {
        let keys = self.attr_keys_in_order(nslots);
        let out = keys
            .into_iter()
            .map(|k| {
                (
                    k,
                    std::mem::replace(&mut self.values[nslots + k], Value::Undef),
                )
            })
            .collect();
        if self.values.len() > nslots {
            self.values.resize(nslots);
        }
        if let Some(e) = self.extra.as_mut() {
            e.order = None;
        }
        out
    }
}

/// The (name, value) of each inline attribute of `inst`, in insertion order (both
/// borrowed), for the tools that list them (`dir`, the inspectors, the REPL).
pub fn attr_items(heap: &Heap, inst: &InstanceObj) -> Vec<(Value, Value)> {
    let Obj::Class(c) = heap.get(inst.class) else {
        return Vec::new();
    };
    let ns = c.layout.nslots as usize;
    inst.attr_keys_in_order(ns)
        .into_iter()
        .filter_map(|k| Some((Value::Obj(c.inst_keys.name(k)?), inst.value_at(ns + k))))
        .collect()
}

/// Checks the invariants above for one instance of a class with `nslots` slots and
/// keys `keys` (debug builds' heap checker).
pub fn check_instance(inst: &InstanceObj, nslots: usize, keys: &InstKeys) -> Result<(), String> {
    if keys.len() > MAX_KEYS {
        return Err(format!("class keys hold {} names", keys.len()));
    }
    if inst.values.len() > nslots + keys.len() {
        return Err(format!(
            "{} values for {} slots and {} keys",
            inst.values.len(),
            nslots,
            keys.len()
        ));
    }
    let present = inst.present_keys(nslots);
    if inst.dict.is_some() && !present.is_empty() {
        return Err("inline attributes beside a materialised __dict__".into());
    }
    if let Some(order) = inst.order() {
        let mut sorted: Vec<usize> = order.iter().map(|&k| k as usize).collect();
        sorted.sort_unstable();
        if sorted != present {
            return Err(format!(
                "insertion order {order:?} does not list the stored keys {present:?}"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Value {
        Heap::small_int(i)
    }

    #[test]
    fn values_keep_insertion_order_and_fall_back_to_an_explicit_one() {
        let keys = InstKeys::default();
        let mut i = InstanceObj::with_attrs_capacity(ObjRef(1), 1);
        // One slot, then keys 0, 1 stored in order: no explicit order.
        assert!(i.store_attr(1, 2, 0, int(10)).is_undef());
        assert!(i.store_attr(1, 2, 1, int(11)).is_undef());
        assert!(i.order().is_none());
        assert_eq!(i.attr_keys_in_order(1), vec![0, 1]);
        // Deleting and storing key 0 again puts it last.
        assert!(i.take_attr(1, 0).is(int(10)));
        assert!(i.store_attr(1, 2, 0, int(12)).is_undef());
        assert_eq!(i.attr_keys_in_order(1), vec![1, 0]);
        let mut k2 = InstKeys::default();
        k2.push(1, ObjRef(5));
        k2.push(2, ObjRef(6));
        assert!(check_instance(&i, 1, &k2).is_ok());
        assert!(check_instance(&i, 1, &keys).is_err());
        // Deleting key 1 leaves an ascending order again.
        assert!(i.take_attr(1, 1).is(int(11)));
        assert!(i.order().is_none());
        let taken = i.take_attrs(1);
        assert_eq!(taken.len(), 1);
        assert_eq!(i.values.len(), 1);
    }
}
