//! `bytes(...)` and `bytearray(...)` (CPython's `bytes_new` in Objects/bytesobject.c
//! and `bytearray___init__` in Objects/bytearrayobject.c), the `Vm` helpers that make
//! and read bytes values, and the int-to-byte conversions the constructors share with
//! item assignment, `in` and the bytearray mutators.

use crate::runtime::builtins::{check_args, kwarg};
use crate::runtime::object::Obj;
use crate::runtime::types::bytes::ByteArrayObj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::types::str::codec::{arg_type_name, encode_with};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// The content of a bytes or bytearray (borrowed), or None for other values.
    pub fn bytes_data(&self, v: Value) -> Option<&[u8]> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Bytes(b) => Some(b),
                Obj::ByteArray(b) => Some(&b.data),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` is a bytearray.
    pub(crate) fn is_bytearray(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::ByteArray(_)))
    }

    /// A new bytes object (owned). The empty bytes and the 256 one-byte ones are
    /// singletons, as CPython 3.11's `bytes_new`/`PyBytes_FromStringAndSize` give.
    pub fn new_bytes(&mut self, data: Vec<u8>) -> Value {
        if data.len() <= 1 {
            let k = data.first().map_or(256, |&b| usize::from(b));
            let slot = self.byte_chars[k];
            if slot != 0 {
                let r = crate::value::ObjRef(slot);
                self.heap.incref_obj(r);
                return Value::Obj(r);
            }
            let v = self.heap.new_value(Obj::Bytes(data.into_boxed_slice()));
            if let Value::Obj(r) = v {
                // The table keeps one reference for good.
                self.heap.incref_obj(r);
                self.byte_chars[k] = r.0;
            }
            return v;
        }
        self.heap.new_value(Obj::Bytes(data.into_boxed_slice()))
    }

    /// A new bytearray (owned).
    pub fn new_bytearray(&mut self, data: Vec<u8>) -> Value {
        self.heap
            .new_value(Obj::ByteArray(Box::new(ByteArrayObj::new(data))))
    }

    /// A bytes or bytearray like `like` (its type decides the result's).
    pub(super) fn new_like(&mut self, like: Value, data: Vec<u8>) -> Value {
        if self.is_bytearray(like) {
            self.new_bytearray(data)
        } else {
            self.new_bytes(data)
        }
    }

    /// `bytes(...)` and `bytearray(...)`: `array` picks the type.
    pub fn bytes_new(&mut self, args: &[Value], kw: KwArgs, array: bool) -> PyResult<Value> {
        let name = if array { "bytearray" } else { "bytes" };
        check_args(self, name, args, 0, 3)?;
        let src = args.first().copied().or_else(|| kwarg(self, kw, "source"));
        let enc = args.get(1).copied().or_else(|| kwarg(self, kw, "encoding"));
        let errs = args.get(2).copied().or_else(|| kwarg(self, kw, "errors"));
        for (v, what) in [(enc, "encoding"), (errs, "errors")] {
            if let Some(v) = v {
                if !self.is_str(v) {
                    let tn = arg_type_name(self, v);
                    return Err(self.type_error(format!(
                        "{}() argument '{}' must be str, not {}",
                        name, what, tn
                    )));
                }
            }
        }
        let data = match src {
            None => {
                if enc.is_some() || errs.is_some() {
                    let what = if enc.is_some() { "encoding" } else { "errors" };
                    return Err(self.type_error(format!("{} without a string argument", what)));
                }
                vec![]
            }
            // A str subclass instance encodes too.
            Some(s) if enc.is_some() && self.as_str(s).is_some() => {
                encode_with(self, s, enc, errs)?
            }
            Some(s) if self.is_str(s) => {
                return Err(self.type_error("string argument without an encoding"));
            }
            Some(_) if enc.is_some() || errs.is_some() => {
                let what = if enc.is_some() { "encoding" } else { "errors" };
                return Err(self.type_error(format!("{} without a string argument", what)));
            }
            Some(s) => {
                if let Some(d) = self.bytes_data(s) {
                    if !array && !self.is_bytearray(s) {
                        self.incref(s);
                        return Ok(s);
                    }
                    d.to_vec()
                } else if let Some(b) = self.bytes_via_dunder(s, array)? {
                    return Ok(b);
                } else if self.as_str(s).is_some() {
                    return Err(self.type_error("string argument without an encoding"));
                } else if let Some(d) = self.buffer_bytes(s)? {
                    d
                } else if let Some(n) = self.as_i64(s) {
                    if n < 0 {
                        return Err(self.value_error("negative count"));
                    }
                    self.ensure_alloc(n as usize)?;
                    vec![0u8; n as usize]
                } else if self.as_bigint(s).is_some() {
                    return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                } else if let Some(n) = index_count(self, s)? {
                    self.ensure_alloc(n)?;
                    vec![0u8; n]
                } else if let Some(d) = bytes_from_live_list(self, s, array)? {
                    d
                } else {
                    let exact = matches!(s, Value::Obj(r) if matches!(self.heap.get(r), Obj::List(_) | Obj::Tuple(_)));
                    let items = match self.get_iter(s) {
                        Ok(it) => {
                            self.decref(it);
                            self.collect_iter(s)?
                        }
                        // Only "not iterable" becomes the conversion error; what
                        // `__iter__` itself raises goes through.
                        Err(e) if !self.exc_matches(e.0, "TypeError") => return Err(e),
                        Err(e) => {
                            self.decref(e.0);
                            let tn = self.type_name(s);
                            return Err(self.type_error(format!(
                                "cannot convert '{}' object to {}",
                                tn, name
                            )));
                        }
                    };
                    let r = bytes_from_ints(self, &items, array);
                    for x in items {
                        self.decref(x);
                    }
                    let d = r?;
                    if array && !exact {
                        let ba = ByteArrayObj::from_iter_growth(d);
                        return Ok(self.heap.new_value(Obj::ByteArray(Box::new(ba))));
                    }
                    d
                }
            }
        };
        Ok(if array {
            self.new_bytearray(data)
        } else {
            self.new_bytes(data)
        })
    }
}

impl Vm {
    /// `bytes(x)` for an `x` whose type defines `__bytes__` (CPython's
    /// `_PyObject_LookupSpecial(x, "__bytes__")` in `bytes_new`; bytearray does not
    /// look): its result, which must be a bytes. `__bytes__ = None` blocks the
    /// conversion with the call's TypeError.
    pub(crate) fn bytes_via_dunder(&mut self, x: Value, array: bool) -> PyResult<Option<Value>> {
        if array {
            return Ok(None);
        }
        let Some(f) = self.lookup_type_attr(x, "__bytes__") else {
            return Ok(None);
        };
        let r = self.call_special(f, x, &[]);
        self.decref(f);
        let r = r?;
        let ok = match r {
            Value::Obj(o) => {
                let bytes_t = self.types.bytes;
                matches!(self.heap.get(o), Obj::Bytes(_)) || {
                    let t = self.type_of(r);
                    self.is_subclass(t, bytes_t)
                }
            }
            _ => false,
        };
        if !ok {
            let tn = self.type_name(r);
            self.decref(r);
            return Err(self.type_error(format!("__bytes__ returned non-bytes (type {})", tn)));
        }
        Ok(Some(r))
    }
}

/// The count of `bytes(x)`/`bytearray(x)` for an object with `__index__` (None for
/// other objects): negative is a ValueError, past an index-sized int an
/// OverflowError.
fn index_count(vm: &mut Vm, x: Value) -> PyResult<Option<usize>> {
    if !matches!(x, Value::Obj(_)) || vm.as_bigint(x).is_some() {
        return Ok(None);
    }
    match index_int(vm, x)? {
        None => Ok(None),
        Some(None) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        Some(Some(n)) if n < 0 => Err(vm.value_error("negative count")),
        Some(Some(n)) => Ok(Some(n as usize)),
    }
}

/// `bytes(list)`: an exact list is read by index against its live length, as
/// CPython's `_PyBytes_FromList` does, so an item's `__index__` that shrinks the
/// list ends the loop instead of reading freed items.
fn bytes_from_live_list(vm: &mut Vm, x: Value, array: bool) -> PyResult<Option<Vec<u8>>> {
    let Value::Obj(r) = x else {
        return Ok(None);
    };
    if !matches!(vm.heap.get(r), Obj::List(_)) {
        return Ok(None);
    }
    let range_msg = if array {
        "byte must be in range(0, 256)"
    } else {
        "bytes must be in range(0, 256)"
    };
    let mut out = Vec::new();
    let mut i = 0;
    // The list is read live (an `__index__` may change it), as CPython does.
    while let Some(item) = match vm.heap.get(r) {
        Obj::List(l) => l.items.get(i).copied(),
        _ => None,
    } {
        vm.incref(item);
        let b = match index_int(vm, item) {
            Ok(Some(Some(n))) if (0..256).contains(&n) => Ok(n as u8),
            Ok(Some(_)) => Err(vm.value_error(range_msg)),
            Ok(None) => {
                let tn = vm.type_name(item);
                Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )))
            }
            Err(e) => Err(e),
        };
        vm.decref(item);
        out.push(b?);
        i += 1;
    }
    Ok(Some(out))
}

/// A byte from an int argument (`x in b`, `ba[i] = x`, `ba.append(x)`); `in_op`
/// picks the `in` operator's TypeError.
pub(super) fn byte_value(vm: &mut Vm, v: Value, in_op: bool) -> PyResult<u8> {
    match index_int(vm, v)? {
        Some(Some(i)) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(if in_op {
                format!("a bytes-like object is required, not '{}'", tn)
            } else {
                format!("'{}' object cannot be interpreted as an integer", tn)
            }))
        }
    }
}

/// The integer `v` stands for (an int, or an object with `__index__`, as CPython's
/// `PyNumber_AsSsize_t` over `PyNumber_Index`): None when it is no integer, Some(None)
/// when it does not fit in an i64.
fn index_int(vm: &mut Vm, v: Value) -> PyResult<Option<Option<i64>>> {
    if let Some(i) = vm.as_i64(v) {
        return Ok(Some(Some(i)));
    }
    if vm.as_bigint(v).is_some() {
        return Ok(Some(None));
    }
    Ok(vm
        .index_dunder(v)?
        .map(|b| num_traits::ToPrimitive::to_i64(&b)))
}

/// Bytes from a sequence of ints (`bytes([65, 66])`).
/// `array`: bytearray's wording of the range error ("byte must be ...").
pub(super) fn bytes_from_ints(vm: &mut Vm, items: &[Value], array: bool) -> PyResult<Vec<u8>> {
    let range_msg = if array {
        "byte must be in range(0, 256)"
    } else {
        "bytes must be in range(0, 256)"
    };
    let mut out = Vec::with_capacity(items.len());
    for &x in items {
        match index_int(vm, x)? {
            Some(Some(i)) if (0..256).contains(&i) => out.push(i as u8),
            Some(_) => return Err(vm.value_error(range_msg)),
            None => {
                let tn = vm.type_name(x);
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )));
            }
        }
    }
    Ok(out)
}
