//! Hashing (CPython's Python/pyhash.c and `PyObject_Hash`) and `x in container`
//! (`PySequence_Contains`). The dict and set operations that hash their keys live in
//! `runtime/types/dict` and `runtime/types/set`.

use super::{PyResult, Vm};
use crate::runtime::object::Obj;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

const MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an int: value mod 2**61 - 1, sign kept, -1 becomes -2.
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `_Py_HashDouble`.
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0; // identity-based in CPython; 0 is fine for our purposes
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_i64(x as i64);
    }
    let (mut m, mut e) = frexp(x);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut xh: u64 = 0;
    while m != 0.0 {
        xh = ((xh << 28) & MODULUS) | (xh >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        xh += y;
        if xh >= MODULUS {
            xh -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    xh = ((xh << e) & MODULUS) | (xh >> (61 - e));
    let h = (xh as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

impl Vm {
    /// `hash(v)` (CPython's `PyObject_Hash`).
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => hash_i64(i),
            Value::Bool(b) => b as i64,
            Value::Float(f) => hash_f64(f),
            Value::None => 0xFCA86420_u32 as i64 >> 4,
            Value::Undef | Value::NotImplemented | Value::Ellipsis => 0x1234_5678,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => s.hash(),
                Obj::Bytes(b) => crate::runtime::object::bytes::hash(b),
                Obj::BigInt(b) => hash_bigint(b),
                Obj::Tuple(t) => {
                    // xxHash-based tuple hash (CPython 3.8+).
                    let items = t.to_vec();
                    // CPython does not guard this recursion; mempy only refuses to
                    // overflow the native stack on absurdly deep nesting.
                    self.check_native_stack(" while hashing a tuple")?;
                    const P1: u64 = 11400714785074694791;
                    const P2: u64 = 14029467366897019727;
                    const P5: u64 = 2870177450012600261;
                    let mut acc: u64 = P5;
                    for it in &items {
                        let lane = self.hash(*it)? as u64;
                        acc = acc.wrapping_add(lane.wrapping_mul(P2));
                        acc = acc.rotate_left(31);
                        acc = acc.wrapping_mul(P1);
                    }
                    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
                    if acc == u64::MAX {
                        1546275796
                    } else {
                        acc as i64
                    }
                }
                Obj::FrozenSet(s) => s.hash(),
                Obj::WeakRef(w) => {
                    // CPython's weakref_hash: the referent's hash, cached.
                    let (target, cached) = (w.target, w.hash);
                    if let Some(h) = cached {
                        return Ok(h);
                    }
                    if matches!(target, Value::None) {
                        return Err(self.type_error("weak object has gone away"));
                    }
                    let h = self.hash(target)?;
                    if let Obj::WeakRef(w) = self.heap.get_mut(r) {
                        w.hash = Some(h);
                    }
                    h
                }
                Obj::Range { .. } | Obj::BigRange(_) => {
                    // CPython's range_hash: hash((len, start, step)) with None for the
                    // parts that do not matter (empty: both; one element: the step).
                    let (start, _, step) =
                        crate::runtime::builtins::range::bounds(self, v).unwrap_or_default();
                    let len = crate::runtime::builtins::range::length(self, v);
                    let lenv = self.new_int(len.clone());
                    let items = if len.is_zero() {
                        vec![lenv, Value::None, Value::None]
                    } else if len.is_one() {
                        vec![lenv, self.new_int(start), Value::None]
                    } else {
                        let sv = self.new_int(start);
                        vec![lenv, sv, self.new_int(step)]
                    };
                    let t = self.new_tuple(items);
                    let h = self.hash(t);
                    self.decref(t);
                    return h;
                }
                Obj::List(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::Slice { .. }
                | Obj::ByteArray(_) => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("unhashable type: '{}'", tn)));
                }
                Obj::Instance(i) => {
                    if let Some(p) = i.payload() {
                        // Mutable payloads are unhashable: the class's inherited
                        // `__hash__ = None` below says so with the subclass's name.
                        let mutable = matches!(p, Value::Obj(pr) if matches!(
                            self.heap.get(pr),
                            Obj::List(_) | Obj::Dict(_) | Obj::Set(_)
                        ));
                        if !mutable {
                            if let Some(p) = self.payload_for(v, "__hash__") {
                                return self.hash(p);
                            }
                        }
                    }
                    let t = self.type_of(v);
                    match self.class_lookup(t, "__hash__") {
                        Some(Value::None) => {
                            let tn = self.type_name(v);
                            return Err(self.type_error(format!("unhashable type: '{}'", tn)));
                        }
                        Some(h) => {
                            let is_default = matches!(h, Value::Obj(hr) if matches!(self.heap.get(hr), Obj::Builtin(_)));
                            if is_default {
                                self.decref(h);
                                return Ok(identity_hash(r.0));
                            }
                            let res = self.call_value(h, &[v], &[]);
                            self.decref(h);
                            let x = res?;
                            // CPython's slot_tp_hash: a value that fits is used as is.
                            if let Value::Int(i) = x {
                                return Ok(if i == -1 { -2 } else { i });
                            }
                            match self.as_bigint(x) {
                                Some(b) => {
                                    self.decref(x);
                                    hash_bigint(&b)
                                }
                                None => {
                                    self.decref(x);
                                    return Err(
                                        self.type_error("__hash__ method should return an integer")
                                    );
                                }
                            }
                        }
                        None => identity_hash(r.0),
                    }
                }
                _ => identity_hash(r.0),
            },
        })
    }

    /// CPython's `_PyObject_FunctionStr`: `module.qualname()`, or `qualname()` for builtins.
    pub fn func_str(&mut self, func: Value) -> String {
        let (qual, module): (String, Option<String>) = match func {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Function(f) => {
                    let q = self.as_str(f.qualname).unwrap_or("?").to_string();
                    let m = self.as_str(f.module).map(|s| s.to_string());
                    (q, m)
                }
                Obj::BoundMethod { func, .. } => {
                    let inner = *func;
                    return self.func_str(inner);
                }
                Obj::Builtin(b) => {
                    let name = b.name;
                    let s = b.self_;
                    if matches!(s, Value::Undef) {
                        (name.to_string(), None)
                    } else {
                        let tn = match s {
                            Value::Obj(c) if matches!(self.heap.get(c), Obj::Class(_)) => {
                                self.class_name(c)
                            }
                            _ => self.type_name(s),
                        };
                        (format!("{}.{}", tn, name), None)
                    }
                }
                Obj::Class(c) => {
                    let q = c.qualname.clone();
                    let m = match self.get_attr_str(func, "__module__") {
                        Ok(v) => {
                            let m = self.as_str(v).map(|s| s.to_string());
                            self.decref(v);
                            m
                        }
                        Err(e) => {
                            self.decref(e.0);
                            None
                        }
                    };
                    (q, m)
                }
                _ => (format!("{} object", self.type_name(func)), None),
            },
            _ => (format!("{} object", self.type_name(func)), None),
        };
        match module {
            Some(m) if m != "builtins" => format!("{}.{}()", m, qual),
            _ => format!("{}()", qual),
        }
    }

    /// `x in container` (CPython's `PySequence_Contains`).
    pub fn contains(&mut self, container: Value, x: Value) -> PyResult<bool> {
        if let Some(r) = self.bytes_contains(container, x)? {
            return Ok(r);
        }
        if let Value::Obj(r) = container {
            match self.heap.get(r) {
                Obj::Str(s) => {
                    let Some(needle) = self.as_str(x) else {
                        let tn = self.type_name(x);
                        return Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            tn
                        )));
                    };
                    return Ok(s.as_str().contains(needle));
                }
                Obj::Dict(_) => return self.dict_contains(container, x),
                Obj::DictView { dict, kind } if *kind == 0 => {
                    return self.dict_contains(Value::Obj(*dict), x)
                }
                Obj::Set(_) | Obj::FrozenSet(_) => return self.set_contains(container, x),
                Obj::BigRange(_) => {
                    if let Some(x) = self.as_bigint(x) {
                        return Ok(
                            crate::runtime::builtins::range::position(self, container, &x)
                                .is_some(),
                        );
                    }
                }
                Obj::Range { start, stop, step } => {
                    let (start, stop, step) = (*start, *stop, *step);
                    if let Some(i) = self.as_i64(x) {
                        let inr = if step > 0 {
                            i >= start && i < stop
                        } else {
                            i <= start && i > stop
                        };
                        return Ok(inr && (i - start) % step == 0);
                    }
                }
                Obj::List(_) | Obj::Tuple(_) => {
                    // Like CPython's list_contains: index each item afresh, because
                    // an `__eq__` may mutate the list while we scan it.
                    let mut i = 0;
                    while let Some(v) = self.seq_get(container, i) {
                        let r = self.eq(v, x);
                        self.decref(v);
                        if r? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                    return Ok(false);
                }
                Obj::Instance(_) | Obj::Class(_) if self.like_instance(container) => {
                    if let Some(m) = self.lookup_type_attr(container, "__contains__") {
                        let r = self.call_value(m, &[container, x], &[]);
                        self.decref(m);
                        let v = r?;
                        let t = self.truthy(v);
                        self.decref(v);
                        return t;
                    }
                }
                _ => {}
            }
        }
        // Generic: iterate.
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) => {
                self.decref(e.0);
                let tn = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{}' is not iterable", tn)));
            }
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

#[allow(dead_code)]
fn _zero(b: &BigInt) -> bool {
    b.is_zero()
}
