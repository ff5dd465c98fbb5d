//! Making arrays (CPython's `array_new` and `array__array_reconstructor` in
//! Modules/arraymodule.c): `array(typecode[, initializer])` with 3.11's argument
//! checks, and the reconstructor pickling with protocol 3 and later calls, which
//! reads items in any of CPython's machine formats.

use super::{code_itemsize, mformat_code, ArrayObj};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// A new array object (owned) of `code` holding `data`, allocated exactly.
    pub(crate) fn new_array(&mut self, code: u8, data: Vec<u8>) -> Value {
        self.heap
            .new_value(Obj::Array(Box::new(ArrayObj::new(code, data))))
    }

    /// A new array of `cls` (the array class or a subclass) holding `data`.
    pub(crate) fn new_array_of(&mut self, cls: ObjRef, code: u8, data: Vec<u8>) -> Value {
        let a = self.new_array(code, data);
        if cls == self.types.array {
            a
        } else {
            self.new_payload_instance(cls, a)
        }
    }

    /// The type code an `array()` argument names, with CPython's errors.
    fn array_typecode(&mut self, v: Value) -> PyResult<u8> {
        let c = match self.as_str(v) {
            Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or('\0'),
            _ => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!(
                    "array() argument 1 must be a unicode character, not {}",
                    tn
                )));
            }
        };
        match u8::try_from(c as u32) {
            Ok(b) if code_itemsize(b).is_some() => Ok(b),
            _ => {
                Err(self
                    .value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"))
            }
        }
    }

    /// `array(typecode[, initializer])`: the new array (the builtin object; the
    /// caller wraps it for a subclass).
    pub(crate) fn array_construct(&mut self, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        if !kw.is_empty() {
            return Err(self.type_error("array.array() takes no keyword arguments"));
        }
        if args.is_empty() {
            return Err(self.type_error("array() takes at least 1 argument (0 given)"));
        }
        if args.len() > 2 {
            return Err(self.type_error(format!(
                "array() takes at most 2 arguments ({} given)",
                args.len()
            )));
        }
        let code = self.array_typecode(args[0])?;
        let Some(&init) = args.get(1) else {
            return Ok(self.new_array(code, Vec::new()));
        };
        // A str, or an array of 'u', initializes only a 'u' array.
        if self.as_str(init).is_some() && code != b'u' {
            return Err(self.type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        if let Some(src) = self.array_ref(init) {
            if self.array_obj(src).code == b'u' && code != b'u' {
                return Err(self.type_error(format!(
                    "cannot use a unicode array to initialize an array with typecode '{}'",
                    code as char
                )));
            }
            if self.array_obj(src).code == code {
                let data = self.array_obj(src).data.clone();
                return Ok(self.new_array(code, data));
            }
            let items = self.array_values(src)?;
            return self.array_from_values(code, items);
        }
        if let Some(s) = self.as_str(init) {
            let mut data = Vec::with_capacity(s.len() * 4);
            for c in s.chars() {
                data.extend_from_slice(&(c as u32).to_ne_bytes());
            }
            return Ok(self.new_array(code, data));
        }
        let (is_bytes, is_seq) = match init {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Bytes(_) | Obj::ByteArray(_) => (true, false),
                Obj::List(_) | Obj::Tuple(_) => (false, true),
                _ => (false, false),
            },
            _ => (false, false),
        };
        if is_bytes {
            let a = self.new_array(code, Vec::new());
            let Value::Obj(r) = a else { return Ok(a) };
            if let Err(e) = self.array_frombytes(r, init) {
                self.decref(a);
                return Err(e);
            }
            return Ok(a);
        }
        if is_seq {
            let items = self.collect_iter(init)?;
            return self.array_from_values(code, items);
        }
        // Any other iterable: appended item by item (CPython's `array_iter_extend`).
        let a = self.new_array(code, Vec::new());
        let Value::Obj(r) = a else { return Ok(a) };
        if let Err(e) = self.array_extend_iter(r, init) {
            self.decref(a);
            return Err(e);
        }
        Ok(a)
    }

    /// An exactly allocated array of `code` made from `items` (owned, released here).
    pub(crate) fn array_from_values(&mut self, code: u8, items: Vec<Value>) -> PyResult<Value> {
        let mut data = Vec::with_capacity(items.len() * code_itemsize(code).unwrap_or(1));
        let mut res = Ok(());
        for &v in &items {
            if res.is_ok() {
                res = self.array_pack_into(code, v, &mut data);
            }
        }
        for v in items {
            self.decref(v);
        }
        res?;
        Ok(self.new_array(code, data))
    }

    /// Appends every item of the iterable `it` to array `r`, one at a time.
    pub(crate) fn array_extend_iter(&mut self, r: ObjRef, it: Value) -> PyResult<()> {
        let iter = self.get_iter(it)?;
        let code = self.array_obj(r).code;
        let mut res = Ok(());
        loop {
            let v = match self.iter_next(iter) {
                Ok(Some(v)) => v,
                Ok(None) => break,
                Err(e) => {
                    res = Err(e);
                    break;
                }
            };
            let mut buf = Vec::with_capacity(8);
            let r2 = self.array_pack_into(code, v, &mut buf);
            self.decref(v);
            if let Err(e) = r2 {
                res = Err(e);
                break;
            }
            let n = self.array_obj(r).len();
            if let Err(e) = self.array_splice(r, n, n, &buf) {
                res = Err(e);
                break;
            }
        }
        self.decref(iter);
        res
    }
}

/// The layout of one of CPython's machine format codes (`enum machine_format_code`):
/// item size, signedness, float, big-endian, text.
fn mformat_layout(m: i64) -> Option<(usize, bool, bool, bool, bool)> {
    Some(match m {
        0 => (1, false, false, false, false),
        1 => (1, true, false, false, false),
        2..=13 => {
            let k = m - 2; // [u16le, u16be, i16le, i16be, u32le, ...]
            let size = 2usize << (k / 4);
            (size, (k / 2) % 2 == 1, false, k % 2 == 1, false)
        }
        14 | 15 => (4, true, true, m == 15, false),
        16 | 17 => (8, true, true, m == 17, false),
        18 | 19 => (2, false, false, m == 19, true),
        20 | 21 => (4, false, false, m == 21, true),
        _ => return None,
    })
}

/// `array._array_reconstructor(arraytype, typecode, mformat_code, items)`.
pub fn array_reconstructor(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("_array_reconstructor() takes no keyword arguments"));
    }
    if args.len() != 4 {
        return Err(vm.type_error(format!(
            "_array_reconstructor expected 4 arguments, got {}",
            args.len()
        )));
    }
    let at = vm.types.array;
    let cls = match args[0] {
        Value::Obj(c) if matches!(vm.heap.get(c), Obj::Class(_)) => c,
        v => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!(
                "_array_reconstructor() argument 1 must be type, not {}",
                tn
            )));
        }
    };
    if !vm.is_subclass(cls, at) {
        let n = vm.class_name(cls);
        return Err(vm.type_error(format!("{} is not a subtype of array.array", n)));
    }
    let code = match vm.as_str(args[1]) {
        Some(s) if s.chars().count() == 1 => s.as_bytes()[0],
        _ => {
            let tn = vm.type_name(args[1]);
            return Err(vm.type_error(format!(
                "_array_reconstructor() argument 2 must be a unicode character, not {}",
                tn
            )));
        }
    };
    if code_itemsize(code).is_none() {
        return Err(vm.value_error("second argument must be a valid type code"));
    }
    let Some(m) = vm.as_i64(args[2]) else {
        let tn = vm.type_name(args[2]);
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            tn
        )));
    };
    let Some((size, signed, float, big, text)) = mformat_layout(m) else {
        return Err(vm.value_error("third argument must be a valid machine format code."));
    };
    let bytes = match args[3] {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Bytes(b) => Some(b.to_vec()),
            _ => None,
        },
        _ => None,
    };
    let Some(bytes) = bytes else {
        let tn = vm.type_name(args[3]);
        return Err(vm.type_error(format!("fourth argument should be bytes, not {}", tn)));
    };
    if m == mformat_code(code) {
        let itemsize = code_itemsize(code).unwrap_or(1);
        if bytes.len() % itemsize != 0 {
            return Err(vm.value_error("bytes length not a multiple of item size"));
        }
        return Ok(vm.new_array_of(cls, code, bytes));
    }
    if bytes.len() % size != 0 {
        return Err(vm.value_error("string length not a multiple of item size"));
    }
    // Another machine's layout: each item decoded, then stored as this type code.
    let mut items = Vec::with_capacity(bytes.len() / size);
    for chunk in bytes.chunks(size) {
        let mut w = [0u8; 8];
        if big {
            for (k, &b) in chunk.iter().rev().enumerate() {
                w[k] = b;
            }
        } else {
            w[..size].copy_from_slice(chunk);
        }
        let u = u64::from_le_bytes(w);
        let v = if float {
            let f = if size == 4 {
                f32::from_bits(u as u32) as f64
            } else {
                f64::from_bits(u)
            };
            vm.float(f)
        } else if text {
            match char::from_u32(u as u32) {
                Some(c) => vm.str_of_char(c),
                None => {
                    for v in items {
                        vm.decref(v);
                    }
                    return Err(vm.value_error("character out of range"));
                }
            }
        } else if signed {
            let shift = 64 - 8 * size as u32;
            vm.int(((u << shift) as i64) >> shift)
        } else if u > i64::MAX as u64 {
            vm.new_int(num_bigint::BigInt::from(u))
        } else {
            vm.int(u as i64)
        };
        items.push(v);
    }
    let a = vm.array_from_values(code, items)?;
    if cls == at {
        return Ok(a);
    }
    Ok(vm.new_payload_instance(cls, a))
}
