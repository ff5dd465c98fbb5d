//! `marshal` (CPython's Python/marshal.c): `dumps`/`loads`/`dump`/`load` and
//! `version`, writing and reading CPython's byte format, so that data marshalled by
//! CPython loads here and the other way round.
//!
//! The format: one type byte per object (`N`one, `T`rue, `F`alse, `S`topIteration,
//! `.`(Ellipsis), `i`nt32, `l`ong in 15-bit digits, `g`/`y` binary float/complex
//! (`f`/`x` as text before version 2), `s` bytes, str as `u`/`t` (UTF-8,
//! `surrogatepass`; `t` interned, from version 3) or, from version 4, ASCII as
//! `a`/`A`/`z`/`Z` (short: a one-byte length; capital: interned), `(`/`)` tuple
//! (`)`: one-byte length, version 4), `[` list, `{` dict (pairs ended by a `0`),
//! `<` set, `>` frozenset), little-endian 32-bit sizes.
//!
//! References (version 3 on, `w_ref`): an object met again is written as `r` and the
//! index of its first appearance, which was written with the type byte's 0x80 flag.
//! CPython skips the bookkeeping for an object with only one reference (it cannot be
//! met twice), so whether the flag is set shows the object's reference count: mempy's
//! counts are CPython's, so the bytes are too. The table holds a reference to each
//! object it records, as CPython's does, and a set's items are written in the order of
//! their own marshalled bytes (CPython sorts them so that builds are reproducible),
//! each paired with a tuple that holds another reference while it is written.
//!
//! Code objects are mempy's own (`bytecode::CodeObject`), not CPython's, so they are
//! "unmarshallable" here and a CPython code object (`c`) is bad data.

use crate::runtime::builtins::{add_module_fns, check_args, new_module, no_kwargs, set_in};
use crate::runtime::object::{Obj, SetObj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use std::collections::HashMap;

/// `marshal.version`: the format `dumps` writes by default.
const VERSION: i64 = 4;
/// CPython's `MAX_MARSHAL_STACK_DEPTH`: how deeply containers may nest.
const MAX_DEPTH: usize = 2000;
const FLAG_REF: u8 = 0x80;
const SIZE32_MAX: i64 = 0x7FFF_FFFF;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "marshal");
    add_module_fns(
        vm,
        d,
        "marshal",
        &[
            ("dumps", dumps),
            ("loads", loads),
            ("dump", dump),
            ("load", load),
        ],
    );
    let v = vm.int(VERSION);
    set_in(vm, d, "version", v);
    let doc = vm.new_str(
        "This module contains functions that can read and write Python values in\n\
         a binary format. The format is specific to Python, but independent of\n\
         machine architecture issues.",
    );
    set_in(vm, d, "__doc__", doc);
    m
}

// ----- writing ---------------------------------------------------------------------

/// Why a write failed (CPython's `WFERR_*`).
enum WErr {
    Unmarshallable,
    TooDeep,
    Py(PyErr),
}

/// An object's identity, the key of the reference table.
fn identity(v: Value) -> Option<(u8, u32)> {
    match v {
        Value::Obj(r) => Some((0, r.0)),
        Value::Int(n) => Some((1, n.raw())),
        Value::Float(n) => Some((2, n.raw())),
        _ => None,
    }
}

/// CPython's `WFILE`: the output, the format version, the nesting depth and the
/// reference table (identity -> index; the table owns a reference to each object).
struct Writer {
    out: Vec<u8>,
    version: i64,
    depth: usize,
    refs: HashMap<(u8, u32), u32>,
    held: Vec<Value>,
}

impl Writer {
    fn new(version: i64) -> Writer {
        Writer {
            out: Vec::new(),
            version,
            depth: 0,
            refs: HashMap::new(),
            held: Vec::new(),
        }
    }

    fn release(self, vm: &mut Vm) -> Vec<u8> {
        for v in self.held {
            vm.decref(v);
        }
        self.out
    }

    fn long(&mut self, x: i32) {
        self.out.extend_from_slice(&x.to_le_bytes());
    }

    fn size(&mut self, n: usize) -> Result<(), WErr> {
        if n as i64 > SIZE32_MAX {
            return Err(WErr::Unmarshallable);
        }
        self.long(n as i32);
        Ok(())
    }

    fn pstring(&mut self, b: &[u8]) -> Result<(), WErr> {
        self.size(b.len())?;
        self.out.extend_from_slice(b);
        Ok(())
    }

    /// `w_object` (None for the NULL that ends a dict).
    fn object(&mut self, vm: &mut Vm, v: Option<Value>) -> Result<(), WErr> {
        self.depth += 1;
        let r = self.object_inner(vm, v);
        self.depth -= 1;
        r
    }

    fn object_inner(&mut self, vm: &mut Vm, v: Option<Value>) -> Result<(), WErr> {
        if self.depth > MAX_DEPTH {
            return Err(WErr::TooDeep);
        }
        let Some(v) = v else {
            self.out.push(b'0');
            return Ok(());
        };
        let simple = match v {
            Value::None => Some(b'N'),
            Value::Bool(false) => Some(b'F'),
            Value::Bool(true) => Some(b'T'),
            Value::Ellipsis => Some(b'.'),
            Value::Obj(r) if r == vm.builtin_exc("StopIteration") => Some(b'S'),
            _ => None,
        };
        if let Some(b) = simple {
            self.out.push(b);
            return Ok(());
        }
        let flag = match self.reference(vm, v) {
            Some(flag) => flag,
            None => return Ok(()),
        };
        self.complex_object(vm, v, flag)
    }

    /// `w_ref`: writes `r` and the index when `v` was written before (None: done);
    /// otherwise the flag for its type byte, recording it when it may be met again.
    fn reference(&mut self, vm: &mut Vm, v: Value) -> Option<u8> {
        if self.version < 3 {
            return Some(0);
        }
        let Some(key) = identity(v) else {
            return Some(0);
        };
        let interned = matches!(v, Value::Obj(r) if is_interned(vm, r));
        if vm.heap.refcount_of(v) == Some(1) && !interned {
            return Some(0);
        }
        if let Some(&i) = self.refs.get(&key) {
            self.out.push(b'r');
            self.long(i as i32);
            return None;
        }
        let i = self.refs.len() as u32;
        self.refs.insert(key, i);
        vm.incref(v);
        self.held.push(v);
        Some(FLAG_REF)
    }

    /// `w_complex_object`.
    fn complex_object(&mut self, vm: &mut Vm, v: Value, flag: u8) -> Result<(), WErr> {
        match v {
            Value::Int(n) => {
                let x = vm.heap.int_of(n);
                match i32::try_from(x) {
                    Ok(x) => {
                        self.out.push(b'i' | flag);
                        self.long(x);
                    }
                    Err(_) => self.big_long(&BigInt::from(x), flag)?,
                }
                return Ok(());
            }
            Value::Float(n) => {
                let x = vm.heap.float_of(n);
                if self.version > 1 {
                    self.out.push(b'g' | flag);
                    self.out.extend_from_slice(&x.to_le_bytes());
                } else {
                    self.out.push(b'f' | flag);
                    self.float_str(x);
                }
                return Ok(());
            }
            _ => {}
        }
        let Value::Obj(r) = v else {
            self.out.push(b'?' | flag);
            return Err(WErr::Unmarshallable);
        };
        match vm.heap.get(r) {
            Obj::BigInt(b) => {
                let b = (**b).clone();
                self.big_long(&b, flag)?;
            }
            Obj::Complex(c) => {
                let (re, im) = (c.re, c.im);
                if self.version > 1 {
                    self.out.push(b'y' | flag);
                    self.out.extend_from_slice(&re.to_le_bytes());
                    self.out.extend_from_slice(&im.to_le_bytes());
                } else {
                    self.out.push(b'x' | flag);
                    self.float_str(re);
                    self.float_str(im);
                }
            }
            Obj::Bytes(b) => {
                let b = b.to_vec();
                self.out.push(b's' | flag);
                self.pstring(&b)?;
            }
            Obj::Str(_) => self.str_object(vm, v, r, flag)?,
            Obj::Tuple(t) => {
                let items: Vec<Value> = t.to_vec();
                if self.version >= 4 && items.len() < 256 {
                    self.out.push(b')' | flag);
                    self.out.push(items.len() as u8);
                } else {
                    self.out.push(b'(' | flag);
                    self.size(items.len())?;
                }
                self.items(vm, &items)?;
            }
            Obj::List(l) => {
                let items = l.items.clone();
                self.out.push(b'[' | flag);
                self.size(items.len())?;
                self.items(vm, &items)?;
            }
            Obj::Dict(d) => {
                let pairs: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                self.out.push(b'{' | flag);
                // Writing runs no Python code, so the items stay the container's:
                // no extra reference is taken (it would show in the reference flags).
                for (k, x) in pairs {
                    self.object(vm, Some(k))?;
                    self.object(vm, Some(x))?;
                }
                self.object(vm, None)?;
            }
            Obj::Set(s) | Obj::FrozenSet(s) => {
                let frozen = matches!(vm.heap.get(r), Obj::FrozenSet(_));
                let items: Vec<Value> = s.iter().map(|(_, x)| x).collect();
                self.out.push(if frozen { b'>' } else { b'<' } | flag);
                self.size(items.len())?;
                self.set_items(vm, items)?;
            }
            _ => match vm.buffer_bytes(v) {
                // Any other bytes-like object is written as bytes.
                Ok(Some(b)) if !matches!(vm.heap.get(r), Obj::Code(_)) => {
                    self.out.push(b's' | flag);
                    self.pstring(&b)?;
                }
                Err(e) => return Err(WErr::Py(e)),
                _ => {
                    self.out.push(b'?' | flag);
                    return Err(WErr::Unmarshallable);
                }
            },
        }
        Ok(())
    }

    /// A container's items (no reference taken: see the dict case).
    fn items(&mut self, vm: &mut Vm, items: &[Value]) -> Result<(), WErr> {
        for &x in items {
            self.object(vm, Some(x))?;
        }
        Ok(())
    }

    /// A set's items, in the order of their bytes marshalled alone (CPython sorts
    /// `(dumps(item), item)` pairs; the pair holds a reference while the items are
    /// written).
    fn set_items(&mut self, vm: &mut Vm, items: Vec<Value>) -> Result<(), WErr> {
        let mut keyed = Vec::with_capacity(items.len());
        for x in items {
            let mut w = Writer::new(self.version);
            let r = w.object(vm, Some(x));
            let bytes = w.release(vm);
            if r.is_err() {
                // CPython reports any failure of an item's own dump as unmarshallable.
                return Err(WErr::Unmarshallable);
            }
            keyed.push((bytes, x));
        }
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        let items: Vec<Value> = keyed.into_iter().map(|(_, x)| x).collect();
        // The pairs' references.
        for &x in &items {
            vm.incref(x);
        }
        let r = self.items(vm, &items);
        for &x in &items {
            vm.decref(x);
        }
        r
    }

    fn str_object(
        &mut self,
        vm: &mut Vm,
        v: Value,
        r: crate::value::ObjRef,
        flag: u8,
    ) -> Result<(), WErr> {
        let interned = is_interned(vm, r);
        let text = vm.heap.str(r);
        if self.version >= 4 && text.is_ascii() {
            let b = text.as_bytes().to_vec();
            if b.len() < 256 {
                self.out.push(if interned { b'Z' } else { b'z' } | flag);
                self.out.push(b.len() as u8);
                self.out.extend_from_slice(&b);
            } else {
                self.out.push(if interned { b'A' } else { b'a' } | flag);
                self.pstring(&b)?;
            }
            return Ok(());
        }
        let utf8 = match encode_surrogatepass(vm, v) {
            Ok(b) => b,
            Err(e) => {
                vm.decref(e.0);
                return Err(WErr::Unmarshallable);
            }
        };
        let t = if self.version >= 3 && interned {
            b't'
        } else {
            b'u'
        };
        self.out.push(t | flag);
        self.pstring(&utf8)
    }

    /// `w_PyLong`: the sign and count of 15-bit digits, then the digits.
    fn big_long(&mut self, b: &BigInt, flag: u8) -> Result<(), WErr> {
        let (sign, mag) = b.to_bytes_le();
        let mut digits: Vec<u16> = Vec::new();
        let (mut acc, mut nbits) = (0u32, 0u32);
        for byte in mag {
            acc |= u32::from(byte) << nbits;
            nbits += 8;
            while nbits >= 15 {
                digits.push((acc & 0x7FFF) as u16);
                acc >>= 15;
                nbits -= 15;
            }
        }
        if nbits > 0 {
            digits.push(acc as u16);
        }
        while digits.last() == Some(&0) {
            digits.pop();
        }
        if digits.len() as i64 > SIZE32_MAX {
            return Err(WErr::Unmarshallable);
        }
        self.out.push(b'l' | flag);
        let n = digits.len() as i32;
        self.long(if sign == Sign::Minus { -n } else { n });
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
        Ok(())
    }

    /// `w_float_str`: `repr`-like text with 17 significant digits, after its length.
    fn float_str(&mut self, x: f64) {
        let spec = crate::text::format_spec::parse_format_spec(".17g");
        let s = spec
            .and_then(|s| crate::text::format_spec::format_float(x, &s))
            .unwrap_or_default();
        self.out.push(s.len() as u8);
        self.out.extend_from_slice(s.as_bytes());
    }
}

/// Whether a str counts as interned (`PyUnicode_CHECK_INTERNED`). mempy's intern
/// table also holds the one-character Latin-1 singletons, which CPython keeps apart
/// and interns only when they are used as names: one of those counts as interned
/// only when it is a name character.
fn is_interned(vm: &Vm, r: crate::value::ObjRef) -> bool {
    if !vm.heap.is_interned(r) {
        return false;
    }
    let mut cs = vm.heap.str(r).chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => c.is_ascii_alphanumeric() || c == '_',
        _ => true,
    }
}

/// `str.encode("utf-8", "surrogatepass")` of a str object.
fn encode_surrogatepass(vm: &mut Vm, s: Value) -> PyResult<Vec<u8>> {
    let enc = vm.get_attr(s, "encode")?;
    let a = vm.new_str("utf-8");
    let b = vm.new_str("surrogatepass");
    let r = vm.call_value(enc, &[a, b], &[]);
    vm.decref(enc);
    vm.decref(a);
    vm.decref(b);
    let r = r?;
    let out = vm.bytes_data(r).map(<[u8]>::to_vec).unwrap_or_default();
    vm.decref(r);
    Ok(out)
}

/// The `version` argument (an index, as CPython's `int` converter takes it).
fn version_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let Some(&v) = v else {
        return Ok(VERSION);
    };
    let p = vm.unwrap_payload(v);
    match vm.as_i64(p) {
        Some(i) => Ok(i),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// Marshals `v` to bytes (CPython's `_PyMarshal_WriteObjectToString`).
fn to_bytes(vm: &mut Vm, v: Value, version: i64) -> PyResult<Vec<u8>> {
    let mut w = Writer::new(version);
    let r = w.object(vm, Some(v));
    let out = w.release(vm);
    match r {
        Ok(()) => Ok(out),
        Err(WErr::Unmarshallable) => Err(vm.value_error("unmarshallable object")),
        Err(WErr::TooDeep) => Err(vm.value_error("object too deeply nested to marshal")),
        Err(WErr::Py(e)) => Err(e),
    }
}

/// `marshal.dumps(value, version=version, /)`.
fn dumps(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "marshal.dumps", kw)?;
    check_args(vm, "dumps", args, 1, 2)?;
    let version = version_arg(vm, args.get(1))?;
    let out = to_bytes(vm, args[0], version)?;
    Ok(vm.new_bytes(out))
}

/// `marshal.dump(value, file, version=version, /)`: `file.write(dumps(value))`.
fn dump(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "marshal.dump", kw)?;
    check_args(vm, "dump", args, 2, 3)?;
    let version = version_arg(vm, args.get(2))?;
    let out = to_bytes(vm, args[0], version)?;
    let b = vm.new_bytes(out);
    let r = vm.get_attr(args[1], "write").and_then(|w| {
        let r = vm.call_value(w, &[b], &[]);
        vm.decref(w);
        r
    });
    vm.decref(b);
    let r = r?;
    vm.decref(r);
    Ok(Value::None)
}

// ----- reading ---------------------------------------------------------------------

/// Where the bytes come from: a buffer (`loads`) or a file's `readinto` (`load`,
/// which reads no more than the object needs, so the next `load` finds the next one).
enum Input {
    Buf { data: Vec<u8>, pos: usize },
    File(Value),
}

/// CPython's `RFILE`: the input, the nesting depth and the objects written with the
/// reference flag, by index (None while a frozenset is being read: a reference to
/// it then is bad data).
struct Reader {
    input: Input,
    depth: usize,
    refs: Vec<Option<Value>>,
}

impl Reader {
    fn release(self, vm: &mut Vm) {
        for v in self.refs.into_iter().flatten() {
            vm.decref(v);
        }
    }

    /// `r_string`: exactly `n` bytes.
    fn bytes(&mut self, vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
        match &mut self.input {
            Input::Buf { data, pos } => {
                if data.len() - *pos < n {
                    return Err(vm.err("EOFError", "marshal data too short"));
                }
                let out = data[*pos..*pos + n].to_vec();
                *pos += n;
                Ok(out)
            }
            Input::File(f) => {
                let f = *f;
                let ba = vm.new_bytearray(vec![0; n]);
                let r = read_into(vm, f, ba, n);
                let out = vm.bytes_data(ba).map(<[u8]>::to_vec).unwrap_or_default();
                vm.decref(ba);
                r?;
                Ok(out)
            }
        }
    }

    /// `r_byte`: one byte; none left is CPython's `EOF read where not expected`
    /// (a short `r_string` says `marshal data too short`).
    fn byte(&mut self, vm: &mut Vm) -> PyResult<u8> {
        if let Input::Buf { data, pos } = &mut self.input {
            let Some(&b) = data.get(*pos) else {
                return Err(vm.err("EOFError", "EOF read where not expected"));
            };
            *pos += 1;
            return Ok(b);
        }
        Ok(self.bytes(vm, 1)?[0])
    }

    /// `r_long`: a little-endian signed 32-bit number.
    fn long(&mut self, vm: &mut Vm) -> PyResult<i64> {
        let b = self.bytes(vm, 4)?;
        Ok(i64::from(i32::from_le_bytes([b[0], b[1], b[2], b[3]])))
    }

    /// A size read by `r_long`, checked as CPython checks it (`what`'s message).
    fn size(&mut self, vm: &mut Vm, what: &str) -> PyResult<usize> {
        let n = self.long(vm)?;
        if !(0..=SIZE32_MAX).contains(&n) {
            return Err(vm.value_error(format!("bad marshal data ({what} size out of range)")));
        }
        Ok(n as usize)
    }

    /// Records an object read with the reference flag (`R_REF`).
    fn keep(&mut self, vm: &mut Vm, v: Value, flag: bool) {
        if flag {
            vm.incref(v);
            self.refs.push(Some(v));
        }
    }

    /// `r_object`: the next object, or None for a NULL (`0`).
    fn object(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.depth += 1;
        let r = if self.depth > MAX_DEPTH {
            Err(vm.value_error("recursion limit exceeded"))
        } else {
            self.object_inner(vm)
        };
        self.depth -= 1;
        r
    }

    fn object_inner(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let code = match self.byte(vm) {
            Ok(b) => b,
            Err(e) => {
                if !vm.exc_matches(e.0, "EOFError") {
                    return Err(e);
                }
                vm.decref(e.0);
                return Err(vm.err("EOFError", "EOF read where object expected"));
            }
        };
        let flag = code & FLAG_REF != 0;
        let v = match code & !FLAG_REF {
            b'0' => return Ok(None),
            b'N' => Value::None,
            b'F' => Value::Bool(false),
            b'T' => Value::Bool(true),
            b'.' => Value::Ellipsis,
            b'S' => {
                let c = vm.builtin_exc("StopIteration");
                vm.heap.incref_obj(c);
                Value::Obj(c)
            }
            b'i' => {
                let x = self.long(vm)?;
                let v = vm.int(x);
                self.keep(vm, v, flag);
                v
            }
            b'I' => {
                // TYPE_INT64: written by no current CPython, still read.
                let b = self.bytes(vm, 8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(&b);
                let v = vm.int(i64::from_le_bytes(a));
                self.keep(vm, v, flag);
                v
            }
            b'l' => {
                let v = self.big_long(vm)?;
                self.keep(vm, v, flag);
                v
            }
            b'f' => {
                let x = self.float_str(vm)?;
                let v = vm.float(x);
                self.keep(vm, v, flag);
                v
            }
            b'g' => {
                let x = self.float_bin(vm)?;
                let v = vm.float(x);
                self.keep(vm, v, flag);
                v
            }
            b'x' | b'y' => {
                let (re, im) = if code & !FLAG_REF == b'x' {
                    (self.float_str(vm)?, self.float_str(vm)?)
                } else {
                    (self.float_bin(vm)?, self.float_bin(vm)?)
                };
                let v = vm.new_complex(crate::runtime::types::complex::Complex { re, im });
                self.keep(vm, v, flag);
                v
            }
            b's' => {
                let n = self.size(vm, "bytes object")?;
                let b = self.bytes(vm, n)?;
                let v = vm.new_bytes(b);
                self.keep(vm, v, flag);
                v
            }
            t @ (b'u' | b't') => {
                let n = self.size(vm, "string")?;
                let b = self.bytes(vm, n)?;
                let v = decode_surrogatepass(vm, b)?;
                let v = if t == b't' { intern(vm, v) } else { v };
                self.keep(vm, v, flag);
                v
            }
            t @ (b'a' | b'A' | b'z' | b'Z') => {
                let n = if t == b'a' || t == b'A' {
                    self.size(vm, "string")?
                } else {
                    usize::from(self.byte(vm)?)
                };
                // One byte per character (CPython's 1-byte kind): Latin-1.
                let text: String = self.bytes(vm, n)?.into_iter().map(char::from).collect();
                let v = vm.new_str(text);
                let v = if t == b'A' || t == b'Z' {
                    intern(vm, v)
                } else {
                    v
                };
                self.keep(vm, v, flag);
                v
            }
            t @ (b'(' | b')') => {
                let n = if t == b')' {
                    usize::from(self.byte(vm)?)
                } else {
                    self.size(vm, "tuple")?
                };
                let v = vm.new_tuple(vec![Value::None; n]);
                self.keep(vm, v, flag);
                self.fill(vm, v, n, "tuple")?;
                v
            }
            b'[' => {
                let n = self.size(vm, "list")?;
                let v = vm.new_list(vec![Value::None; n]);
                self.keep(vm, v, flag);
                self.fill(vm, v, n, "list")?;
                v
            }
            b'{' => {
                let v = vm.new_dict();
                self.keep(vm, v, flag);
                loop {
                    let k = match self.object(vm) {
                        Ok(Some(k)) => k,
                        Ok(None) => break,
                        Err(e) => {
                            vm.decref(v);
                            return Err(e);
                        }
                    };
                    let x = match self.object(vm) {
                        Ok(Some(x)) => x,
                        Ok(None) => {
                            vm.decref(k);
                            break;
                        }
                        Err(e) => {
                            vm.decref(k);
                            vm.decref(v);
                            return Err(e);
                        }
                    };
                    let r = vm.dict_set_item(v, k, x);
                    vm.decref(k);
                    vm.decref(x);
                    if let Err(e) = r {
                        vm.decref(v);
                        return Err(e);
                    }
                }
                v
            }
            t @ (b'<' | b'>') => {
                let n = self.size(vm, "set")?;
                let frozen = t == b'>';
                let set = Box::new(SetObj::new());
                let v = Value::Obj(vm.heap.alloc(if frozen {
                    Obj::FrozenSet(set)
                } else {
                    Obj::Set(set)
                }));
                // A frozenset is recorded once complete: its index is reserved.
                let slot = self.refs.len();
                if flag {
                    if frozen {
                        self.refs.push(None);
                    } else {
                        self.keep(vm, v, true);
                    }
                }
                for _ in 0..n {
                    let x = match self.object(vm) {
                        Ok(Some(x)) => x,
                        Ok(None) => {
                            vm.decref(v);
                            return Err(vm.type_error("NULL object in marshal data for set"));
                        }
                        Err(e) => {
                            vm.decref(v);
                            return Err(e);
                        }
                    };
                    let r = vm.set_add(v, x);
                    vm.decref(x);
                    if let Err(e) = r {
                        vm.decref(v);
                        return Err(e);
                    }
                }
                if flag && frozen {
                    vm.incref(v);
                    self.refs[slot] = Some(v);
                }
                v
            }
            b'r' => {
                let n = self.long(vm)?;
                match usize::try_from(n).ok().and_then(|i| self.refs.get(i)) {
                    Some(&Some(v)) => {
                        vm.incref(v);
                        v
                    }
                    _ => return Err(vm.value_error("bad marshal data (invalid reference)")),
                }
            }
            _ => return Err(vm.value_error("bad marshal data (unknown type code)")),
        };
        Ok(Some(v))
    }

    /// Reads the `n` items of a new tuple or list `v` (owned; released on error).
    fn fill(&mut self, vm: &mut Vm, v: Value, n: usize, what: &str) -> PyResult<()> {
        for i in 0..n {
            let x = match self.object(vm) {
                Ok(Some(x)) => x,
                Ok(None) => {
                    vm.decref(v);
                    return Err(vm.type_error(format!("NULL object in marshal data for {what}")));
                }
                Err(e) => {
                    vm.decref(v);
                    return Err(e);
                }
            };
            match vm
                .heap
                .get_mut(v.as_obj().unwrap_or(crate::value::ObjRef(0)))
            {
                Obj::Tuple(t) => t[i] = x,
                Obj::List(l) => l.items[i] = x,
                _ => vm.decref(x),
            }
        }
        Ok(())
    }

    /// `r_PyLong`: a digit count (negative for a negative number), then 15-bit digits.
    fn big_long(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let n = self.long(vm)?;
        if n == 0 {
            return Ok(vm.int(0));
        }
        if !(-SIZE32_MAX..=SIZE32_MAX).contains(&n) {
            return Err(vm.value_error("bad marshal data (long size out of range)"));
        }
        let count = n.unsigned_abs() as usize;
        let mut mag = BigInt::from(0);
        let mut digits = Vec::with_capacity(count);
        for _ in 0..count {
            let b = self.bytes(vm, 2)?;
            let d = u16::from_le_bytes([b[0], b[1]]);
            if d & 0x8000 != 0 {
                return Err(vm.value_error("bad marshal data (digit out of range in long)"));
            }
            digits.push(d);
        }
        if digits.last() == Some(&0) {
            return Err(vm.value_error("bad marshal data (unnormalized long data)"));
        }
        for &d in digits.iter().rev() {
            mag = (mag << 15) + BigInt::from(d);
        }
        Ok(vm.new_int(if n < 0 { -mag } else { mag }))
    }

    fn float_bin(&mut self, vm: &mut Vm) -> PyResult<f64> {
        let b = self.bytes(vm, 8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(&b);
        Ok(f64::from_le_bytes(a))
    }

    /// `r_float_str`: a one-byte length, then the text `float()` reads.
    fn float_str(&mut self, vm: &mut Vm) -> PyResult<f64> {
        let n = usize::from(self.byte(vm)?);
        let text: String = self.bytes(vm, n)?.into_iter().map(char::from).collect();
        match crate::text::int_text::parse_float_text(&text) {
            Some(x) => Ok(x),
            None => {
                let s = vm.new_str(text);
                let r = vm.repr(s);
                vm.decref(s);
                Err(vm.value_error(format!("could not convert string to float: {}", r?)))
            }
        }
    }
}

/// `file.readinto(memoryview of n bytes of ba)`, which must fill it exactly.
fn read_into(vm: &mut Vm, f: Value, ba: Value, n: usize) -> PyResult<()> {
    let view = vm.memoryview_of(ba)?;
    let r = vm.get_attr(f, "readinto").and_then(|m| {
        let r = vm.call_value(m, &[view], &[]);
        vm.decref(m);
        r
    });
    vm.decref(view);
    let got = r?;
    let g = vm.as_i64(vm.unwrap_payload(got));
    vm.decref(got);
    let Some(g) = g else {
        return Err(vm.type_error("readinto() returned a non-integer"));
    };
    if g != n as i64 {
        if g > n as i64 {
            return Err(vm.value_error(format!(
                "read() returned too much data: {n} bytes requested, {g} returned"
            )));
        }
        return Err(vm.err("EOFError", "EOF read where not expected"));
    }
    Ok(())
}

/// `bytes.decode("utf-8", "surrogatepass")`.
fn decode_surrogatepass(vm: &mut Vm, b: Vec<u8>) -> PyResult<Value> {
    let bv = vm.new_bytes(b);
    let r = vm.get_attr(bv, "decode").and_then(|m| {
        let a = vm.new_str("utf-8");
        let e = vm.new_str("surrogatepass");
        let r = vm.call_value(m, &[a, e], &[]);
        vm.decref(m);
        vm.decref(a);
        vm.decref(e);
        r
    });
    vm.decref(bv);
    r
}

/// `sys.intern` of a new str (owned in, owned out).
fn intern(vm: &mut Vm, v: Value) -> Value {
    let Value::Obj(r) = v else { return v };
    let i = vm.heap.intern_obj(r);
    vm.heap.incref_obj(i);
    vm.decref(v);
    Value::Obj(i)
}

/// `read_object`: one object; a NULL at the top is a TypeError.
fn read_top(vm: &mut Vm, input: Input) -> PyResult<Value> {
    read_counted(vm, input).map(|(v, _)| v)
}

/// `read_object` and, for a buffer, how many of its bytes the object took.
fn read_counted(vm: &mut Vm, input: Input) -> PyResult<(Value, usize)> {
    let mut rd = Reader {
        input,
        depth: 0,
        refs: Vec::new(),
    };
    let r = rd.object(vm);
    let used = match &rd.input {
        Input::Buf { pos, .. } => *pos,
        Input::File(_) => 0,
    };
    rd.release(vm);
    match r? {
        Some(v) => Ok((v, used)),
        None => Err(vm.type_error("NULL object in marshal data for object")),
    }
}

/// `PyMarshal_WriteObjectToString` (for `_testcapi`'s marshal C-API hooks).
pub fn write_object(vm: &mut Vm, v: Value, version: i64) -> PyResult<Vec<u8>> {
    to_bytes(vm, v, version)
}

/// `PyMarshal_ReadObjectFromString`-like: the first object of `data` and how many
/// bytes it took (for `_testcapi`'s marshal C-API hooks).
pub fn read_object(vm: &mut Vm, data: Vec<u8>) -> PyResult<(Value, usize)> {
    read_counted(vm, Input::Buf { data, pos: 0 })
}

/// `marshal.loads(bytes, /)`: the first object of a bytes-like object (extra bytes
/// are ignored).
fn loads(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "marshal.loads", kw)?;
    check_args(vm, "marshal.loads", args, 1, 1)?;
    let data = match vm.buffer_bytes(args[0])? {
        Some(d) => d,
        None => {
            let tn = vm.type_name(args[0]);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        }
    };
    read_top(vm, Input::Buf { data, pos: 0 })
}

/// `marshal.load(file, /)`: one object read from a binary file (its `read(0)` must
/// give bytes, as CPython checks first).
fn load(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "marshal.load", kw)?;
    check_args(vm, "marshal.load", args, 1, 1)?;
    let f = args[0];
    let probe = vm.get_attr(f, "read").and_then(|m| {
        let z = vm.int(0);
        let r = vm.call_value(m, &[z], &[]);
        vm.decref(m);
        vm.decref(z);
        r
    })?;
    let is_bytes = matches!(probe, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Bytes(_)))
        || vm.is_instance(probe, vm.types.bytes);
    if !is_bytes {
        let tn = vm.type_name(probe);
        vm.decref(probe);
        return Err(vm.type_error(format!("file.read() returned not bytes but {tn:.100}")));
    }
    vm.decref(probe);
    read_top(vm, Input::File(f))
}
