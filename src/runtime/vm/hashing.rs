//! Hashing (CPython's Python/pyhash.c and `PyObject_Hash`) and `x in container`
//! (`PySequence_Contains`). The dict and set operations that hash their keys live in
//! `runtime/types/dict` and `runtime/types/set`.

use super::{PyResult, Vm};
use crate::bytecode::CmpOp;
use crate::runtime::object::Obj;
use crate::value::Value;

impl Vm {
    /// `hash(x)` of the float `v`: its value's hash, except that a NaN (equal to
    /// nothing, itself included) hashes by identity as CPython 3.10+'s
    /// `_Py_HashDouble(inst, v)` does, so distinct NaNs spread over a dict.
    fn float_hash(&self, v: Value) -> i64 {
        let x = match v {
            Value::Float(f) => self.heap.float_of(f),
            _ => return 0,
        };
        if x.is_nan() {
            let h = self.id_of(v).rotate_right(4) as i64;
            return if h == -1 { -2 } else { h };
        }
        crate::runtime::types::float::hash::hash_f64(x)
    }

    /// `hash(v)` (CPython's `PyObject_Hash`).
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => crate::runtime::types::int::hash::hash_i64(self.heap.int_of(i)),
            Value::Bool(b) => b as i64,
            Value::Float(_) => self.float_hash(v),
            Value::None => 0xFCA86420_u32 as i64 >> 4,
            Value::Undef | Value::NotImplemented | Value::Ellipsis => 0x1234_5678,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => s.hash(),
                Obj::Bytes(b) => crate::runtime::types::bytes::hash(b),
                Obj::BigInt(b) => crate::runtime::types::int::hash::hash_bigint(b),
                Obj::Complex(z) => crate::runtime::types::complex::arith::hash(*z),
                Obj::Tuple(_) => self.tuple_hash(r)?,
                Obj::FrozenSet(s) => s.hash(),
                Obj::WeakRef(_) => return self.weakref_hash(r),
                Obj::MemoryView(_) => return self.memoryview_hash(r),
                Obj::Range { .. } | Obj::BigRange(_) => return self.range_hash(v),
                // keys and items views are set-like, so unhashable; a values view
                // keeps object's identity hash.
                Obj::List(_)
                | Obj::DictView { kind: 0 | 2, .. }
                | Obj::Dict(_)
                | Obj::MappingProxy(_)
                | Obj::Deque(_)
                | Obj::Set(_)
                | Obj::Slice { .. }
                | Obj::Array(_)
                | Obj::ByteArray(_) => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("unhashable type: '{}'", tn)));
                }
                Obj::Instance(_) => return self.instance_hash(v, r),
                // Bound methods hash like they compare (CPython's `method_hash`): the
                // receiver's identity combined with the function's hash.
                Obj::BoundMethod { func, self_ } => {
                    let (func, self_) = (*func, *self_);
                    let x = match self_ {
                        Value::Obj(o) => identity_hash(o.0),
                        other => self.hash(other).unwrap_or(0),
                    };
                    let h = x ^ self.hash(func)?;
                    if h == -1 {
                        -2
                    } else {
                        h
                    }
                }
                Obj::Builtin(b) if !b.self_.is_undef() => {
                    let (f, self_) = (b.f as usize as i64, b.self_);
                    let x = match self_ {
                        Value::Obj(o) => identity_hash(o.0),
                        other => self.hash(other).unwrap_or(0),
                    };
                    let h = x ^ (f >> 4);
                    if h == -1 {
                        -2
                    } else {
                        h
                    }
                }
                _ => identity_hash(r.0),
            },
        })
    }

    /// `hash(v)` when computing it runs no code and cannot fail: ints, floats, bools,
    /// None, str, bytes, big ints, classes of the plain metaclass, and tuples of
    /// those a few levels deep (CPython computes a tuple's hash on every use too);
    /// None otherwise. The evaluation loop's dict and set fast paths.
    #[inline]
    pub(crate) fn fast_hash(&self, v: Value) -> Option<i64> {
        // The commonest keys, ints and strs, without the call: the general case
        // recurses into tuples, so it saves six registers and a large frame, which
        // cost more than the hashing itself (a fifth of a dict lookup by int key).
        match v {
            Value::Int(i) => Some(crate::runtime::types::int::hash::hash_i64(
                self.heap.int_of(i),
            )),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(s.hash()),
                _ => self.fast_hash_within(v, 3),
            },
            _ => self.fast_hash_within(v, 3),
        }
    }

    fn fast_hash_within(&self, v: Value, depth: u32) -> Option<i64> {
        Some(match v {
            Value::Int(i) => crate::runtime::types::int::hash::hash_i64(self.heap.int_of(i)),
            Value::Float(_) => self.float_hash(v),
            Value::Bool(b) => b as i64,
            Value::None => 0xFCA86420_u32 as i64 >> 4,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => s.hash(),
                Obj::Bytes(b) => crate::runtime::types::bytes::hash(b),
                Obj::BigInt(b) => crate::runtime::types::int::hash::hash_bigint(b),
                Obj::Class(c) if c.metaclass.is_none_or(|m| m == self.types.type_) => {
                    identity_hash(r.0)
                }
                Obj::Tuple(t) if depth > 0 => {
                    let mut lanes = [0i64; 8];
                    if t.len() > lanes.len() {
                        return None;
                    }
                    for (lane, &it) in lanes.iter_mut().zip(t.iter()) {
                        *lane = self.fast_hash_within(it, depth - 1)?;
                    }
                    crate::runtime::types::tuple::hash::combine(
                        lanes[..t.len()].iter().copied(),
                        t.len(),
                    )
                }
                _ => return None,
            },
            _ => return None,
        })
    }

    /// `x in container` when no Python code can run and nothing can fail: an int,
    /// float or str key in an exact set, frozenset or dict (for dicts, str keys), or
    /// in a list or tuple whose items compare without `__eq__`; `None` otherwise.
    /// The evaluation loop's `CONTAINS_OP` fast path.
    pub(crate) fn fast_contains(&self, container: Value, x: Value) -> Option<bool> {
        let Value::Obj(c) = container else {
            return None;
        };
        match self.heap.get(c) {
            Obj::Set(set) | Obj::FrozenSet(set) => {
                let h = self.fast_hash(x)?;
                self.set_probe_fast(set, h, x).map(|found| found.is_some())
            }
            Obj::Dict(_) => self.dict_lookup_fast(c, x).map(|v| v.is_some()),
            Obj::List(l) => self.fast_scan(&l.items, x),
            Obj::Tuple(t) => self.fast_scan(t, x),
            // `ch in "aeiou"`, `"ab" in line` (CPython's `PyUnicode_Contains`): a
            // substring search of two exact strs; text with surrogate stand-ins is
            // left to the general path.
            Obj::Str(s) => match x {
                Value::Obj(xr) => match self.heap.get(xr) {
                    Obj::Str(t) if !s.is_flagged() && !t.is_flagged() => {
                        let (hay, needle) = (s.as_str(), t.as_str());
                        Some(match needle.as_bytes() {
                            // One ASCII character (`ch in "aeiou"`): a byte scan. An
                            // ASCII byte never occurs inside a multi-byte character,
                            // and the general searcher's set-up cost more than the
                            // scan of a short string.
                            &[b] => hay.as_bytes().contains(&b),
                            _ => hay.contains(needle),
                        })
                    }
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// `a <= b`, `a < b`, `a >= b`, `a > b`, `a == b`, `a != b` of two exact sets or
    /// frozensets (CPython's `set_richcompare`: sizes first, then `set_issubset`,
    /// each key looked up with its stored hash), when no key's equality needs
    /// `__eq__`; `None` leaves it to the general path.
    pub(crate) fn fast_set_compare(&self, op: CmpOp, a: Value, b: Value) -> Option<bool> {
        let (Value::Obj(ar), Value::Obj(br)) = (a, b) else {
            return None;
        };
        let (Obj::Set(x) | Obj::FrozenSet(x)) = self.heap.get(ar) else {
            return None;
        };
        let (Obj::Set(y) | Obj::FrozenSet(y)) = self.heap.get(br) else {
            return None;
        };
        // `small <= big`, and whether the sizes allow the answer to be true.
        let (small, big, sizes_ok, negate) = match op {
            CmpOp::LtE => (x, y, x.len() <= y.len(), false),
            CmpOp::Lt => (x, y, x.len() < y.len(), false),
            CmpOp::GtE => (y, x, y.len() <= x.len(), false),
            CmpOp::Gt => (y, x, y.len() < x.len(), false),
            CmpOp::Eq => (x, y, x.len() == y.len(), false),
            CmpOp::NotEq => (x, y, x.len() == y.len(), true),
            _ => return None,
        };
        if !sizes_ok {
            return Some(negate);
        }
        for (h, k) in small.iter() {
            if self.set_probe_fast(big, h, k)?.is_none() {
                return Some(negate);
            }
        }
        Some(!negate)
    }

    /// `x in items` by identity then builtin equality; `None` at the first item that
    /// would need `__eq__`.
    fn fast_scan(&self, items: &[Value], x: Value) -> Option<bool> {
        // Only keys whose equality with anything is builtin: a list key would
        // compare item by item.
        match x {
            Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => {}
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_)) => {}
            _ => return None,
        }
        // An int key against int items (`n in [1, 2, 3]`): identity, then the values,
        // as `key_eq_fast` decides it, without its general dispatch per item.
        if let Value::Int(xn) = x {
            let xv = self.heap.int_of(xn);
            for &it in items {
                let eq = match it {
                    Value::Int(n) => n.0 == xn.0 || self.heap.int_of(n) == xv,
                    _ => self.key_eq_fast(it, x)?,
                };
                if eq {
                    return Some(true);
                }
            }
            return Some(false);
        }
        for &it in items {
            if self.key_eq_fast(it, x)? {
                return Some(true);
            }
        }
        Some(false)
    }

    /// `x in container` (CPython's `PySequence_Contains`).
    pub fn contains(&mut self, container: Value, x: Value) -> PyResult<bool> {
        if let Some(r) = self.bytes_contains(container, x)? {
            return Ok(r);
        }
        if let Value::Obj(r) = container {
            match self.heap.get(r) {
                Obj::Str(_) => return self.str_contains(r, x),
                Obj::Dict(_) => return self.dict_contains(container, x),
                Obj::MappingProxy(_) => return self.mappingproxy_contains(r, x),
                Obj::Deque(_) => return self.deque_contains(r, x),
                Obj::Set(_) | Obj::FrozenSet(_) => return self.set_contains(container, x),
                // A view of a dict subclass instance reads the dict inside it
                // (CPython's `dictkeys_contains` skips any `__contains__`).
                Obj::DictView { dict, kind } if *kind == 0 => {
                    let d = self.iter_target(Value::Obj(*dict));
                    return self.dict_contains(d, x);
                }
                Obj::DictView { dict, kind } if *kind == 2 => {
                    let d = self.iter_target(Value::Obj(*dict));
                    return self.dict_items_contains(d, x);
                }
                Obj::Range { .. } | Obj::BigRange(_) => {
                    if let Some(r) = self.range_contains(container, x) {
                        return Ok(r);
                    }
                }
                Obj::List(_) | Obj::Tuple(_) => return self.seq_contains(container, x),
                Obj::Array(_) => return self.array_contains(r, x),
                Obj::Instance(_) | Obj::Class(_) if self.like_instance(container) => {
                    if let Some(r) = self.instance_contains(container, x) {
                        return r;
                    }
                }
                _ => {}
            }
        }
        // Generic: iterate.
        let it = match self.get_iter(container) {
            Ok(it) => it,
            // CPython's `_PySequence_IterSearch`: a TypeError (no `__iter__`, or one
            // that raised it) becomes "not iterable"; any other exception passes.
            Err(e) if self.exc_matches(e.0, "TypeError") => {
                self.decref(e.0);
                let tn = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{}' is not iterable", tn)));
            }
            Err(e) => return Err(e),
        };
        let mut res = Ok(false);
        loop {
            match self.iter_next(it) {
                Ok(Some(v)) => {
                    let e = self.eq(v, x);
                    self.decref(v);
                    match e {
                        Ok(true) => {
                            res = Ok(true);
                            break;
                        }
                        Ok(false) => {}
                        Err(e) => {
                            res = Err(e);
                            break;
                        }
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
        self.decref(it);
        res
    }
}

/// CPython's default object hash: the address rotated by 4 bits.
pub fn identity_hash(index: u32) -> i64 {
    let addr = crate::runtime::heap::sizeof::id_of_index(index);
    addr.rotate_right(4) as i64
}
