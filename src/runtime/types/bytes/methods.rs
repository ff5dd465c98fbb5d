//! `bytes` and `bytearray`: their constructors, methods and the protocol hooks the VM
//! calls for them (concatenation, repetition, `in`, indexing, slicing, item
//! assignment), after CPython's Objects/bytesobject.c, Objects/bytearrayobject.c and
//! Objects/bytes_methods.c. The byte-level text work lives in `mod.rs`.

use crate::bytecode::BinOp;
use crate::runtime::builtins::{add_methods, check_args_parsetuple, check_method, int_arg, kwarg};
use crate::runtime::object::function::KwArgs;
use crate::runtime::object::Obj;
use crate::runtime::types::bytes::{self as bt, ByteArrayObj, Codec, Errors};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn install(vm: &mut Vm) {
    let shared: &[(&'static str, crate::runtime::object::NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("count", count),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", split),
        ("join", join),
        ("replace", replace),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("islower", islower),
        ("isupper", isupper),
        ("isascii", isascii),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("partition", partition),
        ("rpartition", rpartition),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("__len__", crate::runtime::builtins::methods_list_len),
    ];
    for cls in [vm.types.bytes, vm.types.bytearray] {
        add_methods(vm, cls, shared);
        // `bytes.fromhex` / `bytearray.fromhex` are classmethods.
        let f = crate::runtime::builtins::native(vm, "fromhex", fromhex);
        let cm = vm.heap.new_value(Obj::ClassMethod(f));
        if let Obj::Class(c) = vm.heap.get(cls) {
            let d = c.dict;
            crate::runtime::builtins::set_in(vm, d, "fromhex", cm);
        }
    }
    let int = vm.types.int;
    add_methods(vm, int, &[("to_bytes", int_to_bytes)]);
    let f = crate::runtime::builtins::native(vm, "from_bytes", int_from_bytes);
    let cm = vm.heap.new_value(Obj::ClassMethod(f));
    if let Obj::Class(c) = vm.heap.get(int) {
        let d = c.dict;
        crate::runtime::builtins::set_in(vm, d, "from_bytes", cm);
    }
    let ba = vm.types.bytearray;
    add_methods(
        vm,
        ba,
        &[
            ("append", ba_append),
            ("extend", ba_extend),
            ("pop", ba_pop),
            ("insert", ba_insert),
            ("remove", ba_remove),
            ("clear", ba_clear),
            ("copy", ba_copy),
            ("reverse", ba_reverse),
        ],
    );
}

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

    fn is_bytearray(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::ByteArray(_)))
    }

    /// A new bytes object (owned).
    pub fn new_bytes(&mut self, data: Vec<u8>) -> Value {
        self.heap.new_value(Obj::Bytes(data.into_boxed_slice()))
    }

    /// A new bytearray (owned).
    pub fn new_bytearray(&mut self, data: Vec<u8>) -> Value {
        self.heap
            .new_value(Obj::ByteArray(Box::new(ByteArrayObj::new(data))))
    }

    /// A bytes or bytearray like `like` (its type decides the result's).
    fn new_like(&mut self, like: Value, data: Vec<u8>) -> Value {
        if self.is_bytearray(like) {
            self.new_bytearray(data)
        } else {
            self.new_bytes(data)
        }
    }

    /// `a + b` and `a * n` when `a` (or `b` for `n * b`) is bytes or bytearray.
    pub fn bytes_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        match op {
            BinOp::Add => {
                let (Some(x), Some(y)) = (self.bytes_data(a), self.bytes_data(b)) else {
                    return Ok(None);
                };
                let mut out = Vec::with_capacity(x.len() + y.len());
                out.extend_from_slice(x);
                out.extend_from_slice(y);
                Ok(Some(self.new_like(a, out)))
            }
            BinOp::Mult => {
                let (seq, n) = match (self.bytes_data(a).is_some(), self.bytes_data(b).is_some()) {
                    (true, _) if self.as_i64(b).is_some() => (a, self.as_i64(b).unwrap_or(0)),
                    (_, true) if self.as_i64(a).is_some() => (b, self.as_i64(a).unwrap_or(0)),
                    _ => return Ok(None),
                };
                let x = self.bytes_data(seq).unwrap_or(&[]);
                let n = n.max(0) as usize;
                if x.len().saturating_mul(n) > isize::MAX as usize / 2 {
                    return Err(self.err_noargs("MemoryError"));
                }
                let mut out: Vec<u8> = Vec::new();
                if !crate::runtime::limits::try_reserve(&mut out, x.len() * n) {
                    return Err(self.err_noargs("MemoryError"));
                }
                let x = self.bytes_data(seq).unwrap_or(&[]);
                for _ in 0..n {
                    out.extend_from_slice(x);
                }
                Ok(Some(self.new_like(seq, out)))
            }
            BinOp::Mod if self.bytes_data(a).is_some() => self.bytes_percent(a, b).map(Some),
            _ => Ok(None),
        }
    }

    /// `fmt % args` for bytes and bytearray (CPython's `_PyBytes_FormatEx`): the
    /// format is parsed as Latin-1 text by the str machinery, `%s`/`%b` take
    /// bytes-like values, `%r`/`%a` their `ascii()`, `%c` an int or one byte, and the
    /// result is encoded back byte for byte.
    pub fn bytes_percent(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        use crate::text::percent::{self, Count, PercentArg, PercentPiece};
        let f: String = self
            .bytes_data(fmt)
            .unwrap_or(&[])
            .iter()
            .map(|&c| c as char)
            .collect();
        let is_tuple = matches!(args, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_)));
        let is_map = matches!(args, Value::Obj(r) if matches!(self.heap.get(r), Obj::Dict(_) | Obj::Instance(_)));
        let list: Vec<Value> = if is_tuple {
            self.seq_items(args).unwrap_or_default()
        } else {
            vec![args]
        };
        let mut next = 0usize;
        let mut out = String::new();
        let mut used_map = false;
        let not_enough = "not enough arguments for format string";
        for piece in percent::parse_percent(&f) {
            let spec = match piece {
                PercentPiece::Literal(s) => {
                    out.push_str(&s);
                    continue;
                }
                PercentPiece::Error(e) => return Err(self.value_error(e)),
                PercentPiece::Spec(spec) => spec,
            };
            let mut star = |vm: &mut Vm, c: Option<Count>| -> PyResult<Option<i64>> {
                match c {
                    None => Ok(None),
                    Some(Count::Fixed(n)) => Ok(Some(n as i64)),
                    Some(Count::Star) => {
                        if next >= list.len() {
                            return Err(vm.type_error(not_enough));
                        }
                        next += 1;
                        vm.as_i64(list[next - 1])
                            .map(Some)
                            .ok_or_else(|| vm.type_error("* wants int"))
                    }
                }
            };
            let width = star(self, spec.width)?;
            let prec = star(self, spec.precision)?;
            let arg = match &spec.key {
                Some(k) => {
                    used_map = true;
                    let kv = self.new_bytes(k.chars().map(|c| c as u8).collect());
                    let r = self.get_item(args, kv);
                    self.decref(kv);
                    let v = r?;
                    self.decref(v);
                    v
                }
                None => {
                    if next >= list.len() {
                        return Err(self.type_error(not_enough));
                    }
                    next += 1;
                    list[next - 1]
                }
            };
            let owned: String;
            let pa = match spec.conv {
                's' | 'b' => match self.bytes_data(arg) {
                    Some(d) => {
                        owned = d.iter().map(|&c| c as char).collect();
                        PercentArg::Str(&owned)
                    }
                    None => {
                        let tn = self.type_name(arg);
                        return Err(self.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            tn
                        )));
                    }
                },
                'r' | 'a' => {
                    let r = self.repr(arg)?;
                    owned = crate::runtime::vm::repr::ascii_of_repr(&r);
                    PercentArg::Str(&owned)
                }
                'c' => {
                    let c = match (self.bytes_data(arg), self.as_i64(arg)) {
                        (Some([c]), _) => Some(*c),
                        (_, Some(i)) if (0..256).contains(&i) => Some(i as u8),
                        (_, Some(_)) => return Err(self.overflow_error("%c arg not in range(256)")),
                        _ => None,
                    };
                    let Some(c) = c else {
                        return Err(self
                            .type_error("%c requires an integer in range(256) or a single byte"));
                    };
                    owned = (c as char).to_string();
                    PercentArg::Str(&owned)
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => match arg {
                    Value::Float(x) if matches!(spec.conv, 'd' | 'i' | 'u') => PercentArg::Float(x),
                    _ => match self.as_bigint(arg) {
                        Some(b) => PercentArg::Int(b),
                        None => {
                            let tn = self.type_name(arg);
                            return Err(
                                self.type_error(percent::percent_type_error(spec.conv, &tn))
                            );
                        }
                    },
                },
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match self.num(arg) {
                    Some(_) => PercentArg::Float(self.to_f64(arg)?),
                    None => {
                        let tn = self.type_name(arg);
                        return Err(self.type_error(percent::percent_type_error(spec.conv, &tn)));
                    }
                },
                _ => PercentArg::Int(0.into()),
            };
            // `%c` and `%b` are not str conversions: format them as `%s`.
            let mut spec = spec;
            if matches!(spec.conv, 'b' | 'c') {
                spec.conv = 's';
            }
            let widest = width
                .unwrap_or(0)
                .unsigned_abs()
                .max(prec.unwrap_or(0).unsigned_abs());
            self.ensure_alloc(widest as usize)?;
            match percent::apply_percent(&spec, width, prec, pa) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    return Err(match crate::text::error_kind(&e) {
                        crate::text::ErrorKind::TypeError => self.type_error(e),
                        crate::text::ErrorKind::OverflowError => self.overflow_error(e),
                        crate::text::ErrorKind::ValueError => self.value_error(e),
                    })
                }
            }
        }
        if !used_map && !is_map && next < list.len() {
            return Err(self.type_error("not all arguments converted during bytes formatting"));
        }
        let data: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
        Ok(self.new_like(fmt, data))
    }

    /// The TypeError of `bytes + x` for a non-bytes `x`, if `a` is bytes-like.
    pub fn bytes_concat_error(&self, a: Value, b: Value) -> Option<String> {
        self.bytes_data(a)?;
        Some(format!(
            "can't concat {} to {}",
            self.type_name(b),
            self.type_name(a)
        ))
    }

    /// `ba += x` / `ba *= n` on a bytearray: in place (None for other values).
    pub fn bytes_inplace(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        let Value::Obj(r) = a else { return Ok(None) };
        if !matches!(self.heap.get(r), Obj::ByteArray(_)) {
            return Ok(None);
        }
        let add: Vec<u8> = match op {
            BinOp::Add => match self.bytes_data(b) {
                Some(y) => y.to_vec(),
                None => {
                    let tn = self.type_name(b);
                    return Err(self.type_error(format!("can't concat {} to bytearray", tn)));
                }
            },
            BinOp::Mult => {
                let Some(n) = self.as_i64(b) else {
                    return Ok(None);
                };
                let x = self.bytes_data(a).unwrap_or(&[]);
                let n = n.max(0) as usize;
                if x.len().saturating_mul(n) > isize::MAX as usize / 2 {
                    return Err(self.err_noargs("MemoryError"));
                }
                let total = x.len() * n;
                self.ensure_alloc(total)?;
                let x = self.bytes_data(a).unwrap_or(&[]);
                let out = x.repeat(n);
                if let Obj::ByteArray(ba) = self.heap.get_mut(r) {
                    ba.resize(out.len());
                    ba.data = out;
                }
                self.incref(a);
                return Ok(Some(a));
            }
            _ => return Ok(None),
        };
        if let Obj::ByteArray(ba) = self.heap.get_mut(r) {
            let n = ba.data.len() + add.len();
            ba.resize(n);
            ba.data.extend_from_slice(&add);
        }
        self.incref(a);
        Ok(Some(a))
    }

    /// `x in b` for a bytes or bytearray `b` (None for other containers).
    pub fn bytes_contains(&mut self, container: Value, x: Value) -> PyResult<Option<bool>> {
        let Some(hay) = self.bytes_data(container) else {
            return Ok(None);
        };
        if let Some(needle) = self.bytes_data(x) {
            return Ok(Some(bt::find(hay, needle).is_some()));
        }
        let c = byte_value(self, x, true)?;
        let hay = self.bytes_data(container).unwrap_or(&[]);
        Ok(Some(hay.contains(&c)))
    }

    /// `b[key]` for bytes and bytearray.
    pub fn bytes_getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let len = self.bytes_data(obj).map_or(0, <[u8]>::len);
        if self.is_slice(key) {
            let (start, _, step, n) = self.slice_indices(key, len as i64)?;
            let data = self.bytes_data(obj).unwrap_or(&[]);
            let out: Vec<u8> = (0..n).map(|k| data[(start + k * step) as usize]).collect();
            return Ok(self.new_like(obj, out));
        }
        let what = if self.is_bytearray(obj) {
            "bytearray"
        } else {
            "byte"
        };
        let i = self.seq_index(key, len, what)?;
        Ok(Value::Int(self.bytes_data(obj).map_or(0, |d| d[i]) as i64))
    }

    /// `ba[key] = v` on a bytearray.
    pub fn bytearray_setitem(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else { return Ok(()) };
        if self.is_slice(key) {
            let new: Vec<u8> = match self.bytes_data(v) {
                Some(d) => d.to_vec(),
                None => {
                    if self.as_i64(v).is_some() || self.is_str(v) {
                        return Err(self.type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    }
                    let items = self.collect_iter(v)?;
                    let r = bytes_from_ints(self, &items, true);
                    for x in items {
                        self.decref(x);
                    }
                    r?
                }
            };
            // After the iteration, which may have run code that resized `obj`.
            let len = self.bytes_data(obj).map_or(0, <[u8]>::len);
            let (start, stop, step, n) = self.slice_indices(key, len as i64)?;
            if step == 1 {
                let stop = stop.max(start) as usize;
                if let Obj::ByteArray(ba) = self.heap.get_mut(r) {
                    let newlen = ba.data.len() - (stop - start as usize) + new.len();
                    if start == 0 && newlen < ba.data.len() {
                        // CPython shrinks from the front by moving `ob_start`.
                        ba.offset += ba.data.len() - newlen;
                    }
                    ba.resize(newlen);
                    ba.data.splice(start as usize..stop, new);
                }
                return Ok(());
            }
            if new.len() as i64 != n {
                return Err(self.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    n
                )));
            }
            if let Obj::ByteArray(ba) = self.heap.get_mut(r) {
                for (k, c) in new.into_iter().enumerate() {
                    ba.data[(start + k as i64 * step) as usize] = c;
                }
            }
            return Ok(());
        }
        let len = self.bytes_data(obj).map_or(0, <[u8]>::len);
        let i = self.seq_index(key, len, "bytearray")?;
        let c = byte_value(self, v, false)?;
        if let Obj::ByteArray(ba) = self.heap.get_mut(r) {
            ba.data[i] = c;
        }
        Ok(())
    }

    /// `del ba[key]` on a bytearray.
    pub fn bytearray_delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if self.is_slice(key) {
            let len = self.bytes_data(obj).map_or(0, <[u8]>::len);
            let (start, stop, step, n) = self.slice_indices(key, len as i64)?;
            if step == 1 {
                let e = self.new_bytes(vec![]);
                let sl = self.heap.new_value(Obj::Slice {
                    start: Value::Int(start),
                    stop: Value::Int(stop.max(start)),
                    step: Value::None,
                });
                let r = self.bytearray_setitem(obj, sl, e);
                self.decref(sl);
                self.decref(e);
                return r;
            }
            let Value::Obj(r) = obj else { return Ok(()) };
            let mut idx: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
            idx.sort_unstable();
            if let Obj::ByteArray(ba) = self.heap.get_mut(r) {
                let newlen = ba.data.len() - idx.len();
                ba.resize(newlen);
                for &i in idx.iter().rev() {
                    ba.data.remove(i);
                }
            }
            return Ok(());
        }
        // CPython deletes one byte as the slice `[i:i+1]` (from the front, by
        // moving `ob_start`).
        let len = self.bytes_data(obj).map_or(0, <[u8]>::len);
        let i = self.seq_index(key, len, "bytearray")? as i64;
        let e = self.new_bytes(vec![]);
        let sl = self.heap.new_value(Obj::Slice {
            start: Value::Int(i),
            stop: Value::Int(i + 1),
            step: Value::None,
        });
        let r = self.bytearray_setitem(obj, sl, e);
        self.decref(sl);
        self.decref(e);
        r
    }

    /// `bytes(...)` and `bytearray(...)`: `array` picks the type.
    pub fn bytes_new(&mut self, args: &[Value], kw: KwArgs, array: bool) -> PyResult<Value> {
        let name = if array { "bytearray" } else { "bytes" };
        crate::runtime::builtins::check_args(self, name, args, 0, 3)?;
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
            Some(s) if self.is_str(s) => {
                let Some(e) = enc else {
                    return Err(self.type_error("string argument without an encoding"));
                };
                let text = self.as_str(s).unwrap_or("").to_string();
                encode_with(self, &text, Some(e), errs)?
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
                } else if let Some(n) = self.as_i64(s) {
                    if n < 0 {
                        return Err(self.value_error("negative count"));
                    }
                    self.ensure_alloc(n as usize)?;
                    vec![0u8; n as usize]
                } else if self.as_bigint(s).is_some() {
                    return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                } else {
                    let exact = matches!(s, Value::Obj(r) if matches!(self.heap.get(r), Obj::List(_) | Obj::Tuple(_)));
                    let items = match self.get_iter(s) {
                        Ok(it) => {
                            self.decref(it);
                            self.collect_iter(s)?
                        }
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

    /// `str(obj, encoding, errors)`: decodes a bytes-like object (the one-argument
    /// forms are the caller's).
    pub fn str_decode_new(&mut self, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        if args.len() > 3 {
            return Err(self.type_error(format!(
                "str() takes at most 3 arguments ({} given)",
                args.len()
            )));
        }
        let enc = args.get(1).copied().or_else(|| kwarg(self, kw, "encoding"));
        let errs = args.get(2).copied().or_else(|| kwarg(self, kw, "errors"));
        let Some(obj) = args.first().copied().or_else(|| kwarg(self, kw, "object")) else {
            return Ok(self.new_str(""));
        };
        let Some(data) = self.bytes_data(obj).map(<[u8]>::to_vec) else {
            if self.is_str(obj) {
                return Err(self.type_error("decoding str is not supported"));
            }
            let tn = self.type_name(obj);
            return Err(self.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                tn
            )));
        };
        decode_with(self, "str", &data, enc, errs)
    }

    /// `s.encode(encoding, errors)`.
    pub fn str_encode(&mut self, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        check_method(self, "encode", args, 0, 2)?;
        let enc = args.get(1).copied().or_else(|| kwarg(self, kw, "encoding"));
        let errs = args.get(2).copied().or_else(|| kwarg(self, kw, "errors"));
        let text = self.as_str(args[0]).unwrap_or("").to_string();
        let data = encode_with(self, &text, enc, errs)?;
        Ok(self.new_bytes(data))
    }
}

/// A byte from an int argument (`x in b`, `ba[i] = x`, `ba.append(x)`); `in_op`
/// picks the `in` operator's TypeError.
fn byte_value(vm: &mut Vm, v: Value, in_op: bool) -> PyResult<u8> {
    match vm.as_i64(v) {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None if vm.as_bigint(v).is_some() => Err(vm.value_error("byte must be in range(0, 256)")),
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

/// Bytes from a sequence of ints (`bytes([65, 66])`).
/// `array`: bytearray's wording of the range error ("byte must be ...").
fn bytes_from_ints(vm: &mut Vm, items: &[Value], array: bool) -> PyResult<Vec<u8>> {
    let range_msg = if array {
        "byte must be in range(0, 256)"
    } else {
        "bytes must be in range(0, 256)"
    };
    let mut out = Vec::with_capacity(items.len());
    for &x in items {
        match vm.as_i64(x) {
            Some(i) if (0..256).contains(&i) => out.push(i as u8),
            Some(_) => return Err(vm.value_error(range_msg)),
            None if vm.as_bigint(x).is_some() => return Err(vm.value_error(range_msg)),
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

/// A type name as Argument Clinic's errors give it (`None` for None).
fn arg_type_name(vm: &Vm, v: Value) -> String {
    match v {
        Value::None => "None".to_string(),
        _ => vm.type_name(v),
    }
}

/// The codec and error handler named by optional `encoding`/`errors` arguments.
fn codec_args(
    vm: &mut Vm,
    fname: &str,
    enc: Option<Value>,
    errs: Option<Value>,
) -> PyResult<(Codec, Result<Errors, String>)> {
    // Argument Clinic checks both argument types before any lookup.
    for (v, what) in [(enc, "encoding"), (errs, "errors")] {
        if let Some(v) = v {
            if !vm.is_str(v) {
                let tn = arg_type_name(vm, v);
                return Err(vm.type_error(format!(
                    "{}() argument '{}' must be str, not {}",
                    fname, what, tn
                )));
            }
        }
    }
    let errors = match errs {
        None => Ok(Errors::Strict),
        Some(e) => match vm.as_str(e) {
            Some(n) => Errors::lookup(n).ok_or_else(|| n.to_string()),
            None => {
                let tn = arg_type_name(vm, e);
                return Err(vm.type_error(format!(
                    "{}() argument 'errors' must be str, not {}",
                    fname, tn
                )));
            }
        },
    };
    let codec = match enc {
        None => Codec::Utf8,
        Some(e) => match vm.as_str(e) {
            Some(n) => match Codec::lookup(n) {
                Some(c) => c,
                None => {
                    let m = format!("unknown encoding: {}", n);
                    return Err(vm.err("LookupError", m));
                }
            },
            None => {
                let tn = arg_type_name(vm, e);
                return Err(vm.type_error(format!(
                    "{}() argument 'encoding' must be str, not {}",
                    fname, tn
                )));
            }
        },
    };
    Ok((codec, errors))
}

fn encode_with(
    vm: &mut Vm,
    text: &str,
    enc: Option<Value>,
    errs: Option<Value>,
) -> PyResult<Vec<u8>> {
    let (codec, errors) = codec_args(vm, "str.encode", enc, errs)?;
    // Like CPython, an unknown error handler is looked up only when an error occurs.
    match bt::encode(text, codec, errors.clone().unwrap_or(Errors::Strict)) {
        Ok(d) => Ok(d),
        Err(m) => match errors {
            Err(name) => Err(vm.err(
                "LookupError",
                format!("unknown error handler name '{}'", name),
            )),
            Ok(_) => Err(vm.err("UnicodeEncodeError", m)),
        },
    }
}

fn me(vm: &Vm, args: &[Value]) -> Vec<u8> {
    vm.bytes_data(args[0]).unwrap_or(&[]).to_vec()
}

/// A bytes-like argument, with CPython's "a bytes-like object is required" error.
fn buf_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.bytes_data(v) {
        Some(d) => Ok(d.to_vec()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)))
        }
    }
}

/// The needle of find/count/index: bytes-like or an int byte.
fn needle_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = vm.bytes_data(v) {
        return Ok(d.to_vec());
    }
    match vm.as_i64(v) {
        Some(i) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None if vm.as_bigint(v).is_some() => Err(vm.value_error("byte must be in range(0, 256)")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                tn
            )))
        }
    }
}

/// The `[start:end]` window of find/count/index/startswith (CPython's
/// `ADJUST_INDICES`): (lo, hi), possibly with lo > hi.
fn window(vm: &mut Vm, args: &[Value], from: usize, len: usize) -> PyResult<(usize, usize)> {
    // CPython's `_PyEval_SliceIndex`: big ints clamp, other types are a TypeError.
    let get = |vm: &mut Vm, k: usize| -> PyResult<Option<i64>> {
        match args.get(k) {
            None | Some(Value::None) => Ok(None),
            Some(&v) => match vm.as_i64(v) {
                Some(i) => Ok(Some(i)),
                None => match vm.as_bigint(v) {
                    Some(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    })),
                    None => Err(vm.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )),
                },
            },
        }
    };
    let adj = |x: i64| -> usize {
        if x < 0 {
            (x + len as i64).max(0) as usize
        } else {
            x.min(len as i64 + 1) as usize
        }
    };
    let lo = get(vm, from)?.map_or(0, adj);
    let hi = get(vm, from + 1)?.map_or(len, adj).min(len);
    Ok((lo, hi))
}

fn find_impl(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    check_args_parsetuple(vm, name, &args[1..], 1, 3)?;
    let hay = me(vm, args);
    let (lo, hi) = window(vm, args, 2, hay.len())?;
    let needle = needle_arg(vm, args[1])?;
    if lo > hi || hi - lo < needle.len() {
        return Ok(None);
    }
    let part = &hay[lo..hi];
    Ok(if rev {
        bt::rfind(part, &needle)
    } else {
        bt::find(part, &needle)
    }
    .map(|p| p + lo))
}

fn find(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "find", false)?.map_or(-1, |p| p as i64),
    ))
}

fn rfind(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "rfind", true)?.map_or(-1, |p| p as i64),
    ))
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args_parsetuple(vm, "count", &args[1..], 1, 3)?;
    let hay = me(vm, args);
    let (lo, hi) = window(vm, args, 2, hay.len())?;
    let needle = needle_arg(vm, args[1])?;
    if lo > hi {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(bt::count(&hay[lo..hi], &needle) as i64))
}

fn starts_ends(vm: &mut Vm, args: &[Value], name: &str, end: bool) -> PyResult<Value> {
    check_args_parsetuple(vm, name, &args[1..], 1, 3)?;
    let hay = me(vm, args);
    let (lo, hi) = window(vm, args, 2, hay.len())?;
    let prefixes: Vec<Vec<u8>> = if let Some(d) = vm.bytes_data(args[1]) {
        vec![d.to_vec()]
    } else if let Some(items) = match args[1] {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(t) => Some(t.to_vec()),
            _ => None,
        },
        _ => None,
    } {
        let mut out = Vec::new();
        for x in items {
            match vm.bytes_data(x) {
                Some(d) => out.push(d.to_vec()),
                None => {
                    let tn = vm.type_name(x);
                    return Err(
                        vm.type_error(format!("a bytes-like object is required, not '{}'", tn))
                    );
                }
            }
        }
        out
    } else {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name, tn
        )));
    };
    if lo > hi {
        return Ok(Value::Bool(false));
    }
    let part = &hay[lo..hi];
    Ok(Value::Bool(prefixes.iter().any(|p| {
        if end {
            part.ends_with(p)
        } else {
            part.starts_with(p)
        }
    })))
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

fn decode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "decode", args, 0, 2)?;
    let enc = args.get(1).copied().or_else(|| kwarg(vm, kw, "encoding"));
    let errs = args.get(2).copied().or_else(|| kwarg(vm, kw, "errors"));
    let data = me(vm, args);
    decode_with(vm, "decode", &data, enc, errs)
}

fn decode_with(
    vm: &mut Vm,
    fname: &str,
    data: &[u8],
    enc: Option<Value>,
    errs: Option<Value>,
) -> PyResult<Value> {
    let (codec, errors) = match codec_args(vm, fname, enc, errs) {
        Ok(c) => c,
        // CPython decodes empty input to "" before looking the codec up.
        Err(e) if data.is_empty() && vm.exc_matches(e.0, "LookupError") => {
            vm.decref(e.0);
            return Ok(vm.new_str(""));
        }
        Err(e) => return Err(e),
    };
    match bt::decode(data, codec, errors.clone().unwrap_or(Errors::Strict)) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(m) => match errors {
            Err(name) => Err(vm.err(
                "LookupError",
                format!("unknown error handler name '{}'", name),
            )),
            Ok(_) => Err(vm.err("UnicodeDecodeError", m)),
        },
    }
}

fn hex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "hex", args, 0, 2)?;
    let sep = args.get(1).copied().or_else(|| kwarg(vm, kw, "sep"));
    let per = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kw, "bytes_per_sep"));
    let per = match per {
        None => 1,
        Some(v) => match vm.as_i64(v) {
            Some(i) => i,
            None if vm.as_bigint(v).is_some() => {
                return Err(vm.overflow_error("Python int too large to convert to C int"))
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )));
            }
        },
    };
    let data = me(vm, args);
    let Some(sep) = sep else {
        return Ok(vm.new_str(bt::hex(&data)));
    };
    // CPython's `_Py_strhex_impl`: a str or bytes of length 1, ASCII.
    let sep_char = if let Some(s) = vm.as_str(sep) {
        let mut cs = s.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(c),
            _ => Err("sep must be length 1."),
        }
    } else if let Some(d) = vm.bytes_data(sep) {
        match d {
            [c] => Ok(*c as char),
            _ => Err("sep must be length 1."),
        }
    } else {
        let tn = vm.type_name(sep);
        return Err(vm.type_error(format!("object of type '{}' has no len()", tn)));
    };
    let c = match sep_char {
        Ok(c) if c.is_ascii() => c,
        Ok(_) => return Err(vm.value_error("sep must be ASCII.")),
        Err(m) => return Err(vm.value_error(m)),
    };
    Ok(vm.new_str(bt::hex_sep(&data, c, per)))
}

fn fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // args[0] is the class (classmethod).
    if args.len() != 2 {
        let cn = match args[0] {
            Value::Obj(c) if c == vm.types.bytearray => "bytearray",
            _ => "bytes",
        };
        return Err(vm.type_error(format!(
            "{}.fromhex() takes exactly one argument ({} given)",
            cn,
            args.len() - 1
        )));
    }
    let Some(s) = vm.as_str(args[1]) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {}", tn)));
    };
    match bt::fromhex(s) {
        Ok(d) => Ok(if args[0].is(Value::Obj(vm.types.bytearray)) {
            vm.new_bytearray(d)
        } else {
            vm.new_bytes(d)
        }),
        Err(m) => Err(vm.value_error(m)),
    }
}

/// `bt::split` or `bt::rsplit`: data, separator (None = whitespace), maxsplit.
type SplitFn = fn(&[u8], Option<&[u8]>, Option<usize>) -> Vec<Vec<u8>>;

/// `split`/`rsplit` (named `name`, cutting with `cut`): the arguments in CPython's
/// order (maxsplit converted before the separator is checked), and the result list
/// allocated as stringlib's split does (`min(maxsplit + 1, 12)` slots preallocated,
/// appends beyond; unlike str's, no one-slot shortcut for data shorter than the
/// separator).
fn split_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs,
    name: &str,
    cut: SplitFn,
) -> PyResult<Value> {
    check_method(vm, name, args, 0, 2)?;
    let sep = args.get(1).copied().or_else(|| kwarg(vm, kw, "sep"));
    let maxsplit = args.get(2).copied().or_else(|| kwarg(vm, kw, "maxsplit"));
    let max = match maxsplit {
        None => None,
        Some(m) => {
            let m = int_arg(vm, m)?;
            (m >= 0).then_some(m as usize)
        }
    };
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(s) => {
            let d = buf_arg(vm, s)?;
            if d.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(d)
        }
    };
    let parts = cut(&me(vm, args), sep.as_deref(), max);
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_like(args[0], p)).collect();
    const MAX_PREALLOC: usize = 12;
    let prealloc = match max {
        Some(m) if m < MAX_PREALLOC => m + 1,
        _ => MAX_PREALLOC,
    };
    let list = crate::runtime::object::list::ListObj::from_appends_after(items, prealloc);
    Ok(Value::Obj(
        vm.heap.alloc(crate::runtime::object::Obj::List(list)),
    ))
}

fn split(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, "split", bt::split)
}

fn join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "join", args, 1, 1)?;
    let sep = me(vm, args);
    let items = match vm.collect_iter(args[1]) {
        Ok(items) => items,
        Err(e) if vm.exc_matches(e.0, "TypeError") => {
            vm.decref(e.0);
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    let mut err = None;
    for (i, &x) in items.iter().enumerate() {
        match vm.bytes_data(x) {
            Some(d) => {
                if i > 0 {
                    out.extend_from_slice(&sep);
                }
                out.extend_from_slice(d);
            }
            None => {
                let tn = vm.type_name(x);
                err = Some(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i, tn
                ));
                break;
            }
        }
    }
    for x in items {
        vm.decref(x);
    }
    if let Some(m) = err {
        return Err(vm.type_error(m));
    }
    Ok(vm.new_like(args[0], out))
}

fn replace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "replace", args, 2, 3)?;
    let old = buf_arg(vm, args[1])?;
    let new = buf_arg(vm, args[2])?;
    let max = match args.get(3) {
        None => None,
        Some(&m) => {
            let m = int_arg(vm, m)?;
            (m >= 0).then_some(m as usize)
        }
    };
    let data = me(vm, args);
    let hits = bt::count(&data, &old).min(max.unwrap_or(usize::MAX));
    vm.ensure_alloc(data.len().saturating_add(hits.saturating_mul(new.len())))?;
    let out = bt::replace(&data, &old, &new, max);
    Ok(vm.new_like(args[0], out))
}

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, which: u8) -> PyResult<Value> {
    check_method(vm, name, args, 0, 1)?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(&c) => Some(buf_arg(vm, c)?),
    };
    let data = me(vm, args);
    let out = bt::strip(&data, chars.as_deref(), which).to_vec();
    Ok(vm.new_like(args[0], out))
}

fn strip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "strip", 0)
}

fn lstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", 1)
}

fn rstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", 2)
}

fn upper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "upper", args, 0, 0)?;
    let out = me(vm, args).to_ascii_uppercase();
    Ok(vm.new_like(args[0], out))
}

fn lower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "lower", args, 0, 0)?;
    let out = me(vm, args).to_ascii_lowercase();
    Ok(vm.new_like(args[0], out))
}

fn is_all(vm: &mut Vm, args: &[Value], name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    check_method(vm, name, args, 0, 0)?;
    let d = me(vm, args);
    Ok(Value::Bool(!d.is_empty() && d.iter().all(f)))
}

fn isdigit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    is_all(vm, args, "isdigit", u8::is_ascii_digit)
}

fn isalpha(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    is_all(vm, args, "isalpha", u8::is_ascii_alphabetic)
}

fn isalnum(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    is_all(vm, args, "isalnum", u8::is_ascii_alphanumeric)
}

fn isspace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    is_all(vm, args, "isspace", |c| bt::is_space(*c))
}

fn islower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "islower", args, 0, 0)?;
    let d = me(vm, args);
    Ok(Value::Bool(
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase),
    ))
}

fn isupper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "isupper", args, 0, 0)?;
    let d = me(vm, args);
    Ok(Value::Bool(
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase),
    ))
}

fn isascii(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "isascii", args, 0, 0)?;
    Ok(Value::Bool(me(vm, args).is_ascii()))
}

fn remove_affix(vm: &mut Vm, args: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    check_method(vm, name, args, 1, 1)?;
    let affix = buf_arg(vm, args[1])?;
    let d = me(vm, args);
    let out = if suffix {
        d.strip_suffix(&affix[..]).unwrap_or(&d)
    } else {
        d.strip_prefix(&affix[..]).unwrap_or(&d)
    };
    if out.len() == d.len() && !vm.is_bytearray(args[0]) {
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    let out = out.to_vec();
    Ok(vm.new_like(args[0], out))
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", true)
}

fn partition_impl(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    check_method(vm, name, args, 1, 1)?;
    let sep = buf_arg(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let d = me(vm, args);
    let hit = if rev {
        bt::rfind(&d, &sep)
    } else {
        bt::find(&d, &sep)
    };
    let parts = match hit {
        Some(p) => [d[..p].to_vec(), sep.clone(), d[p + sep.len()..].to_vec()],
        None if rev => [vec![], vec![], d],
        None => [d, vec![], vec![]],
    };
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_like(args[0], p)).collect();
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, "rsplit", bt::rsplit)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args_parsetuple(vm, "splitlines", &args[1..], 0, 1)?;
    // Argument Clinic's `int` converter (bools are ints).
    let keep = match args.get(1).copied().or_else(|| kwarg(vm, kw, "keepends")) {
        None => false,
        Some(v) => match vm.as_i64(v) {
            Some(i) => i != 0,
            None if vm.as_bigint(v).is_some() => {
                return Err(vm.overflow_error("Python int too large to convert to C int"))
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )));
            }
        },
    };
    let parts = bt::splitlines(&me(vm, args), keep);
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_like(args[0], p)).collect();
    Ok(vm.new_list(items))
}

fn pad_impl(vm: &mut Vm, args: &[Value], name: &str, how: u8) -> PyResult<Value> {
    check_method(vm, name, args, 1, 2)?;
    let width = int_arg(vm, args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(&f) => match vm.bytes_data(f) {
            Some([c]) => *c,
            _ => {
                let tn = vm.type_name(f);
                return Err(vm.type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name, tn
                )));
            }
        },
    };
    let width = width.max(0) as usize;
    vm.ensure_alloc(width)?;
    let out = bt::pad(&me(vm, args), width, fill, how);
    Ok(vm.new_like(args[0], out))
}

fn center(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pad_impl(vm, args, "center", 0)
}

fn ljust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", 1)
}

fn rjust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", 2)
}

fn zfill(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "zfill", args, 1, 1)?;
    let width = int_arg(vm, args[1])?.max(0) as usize;
    vm.ensure_alloc(width)?;
    let out = bt::zfill(&me(vm, args), width);
    Ok(vm.new_like(args[0], out))
}

fn swapcase(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "swapcase", args, 0, 0)?;
    let out: Vec<u8> = me(vm, args)
        .iter()
        .map(|&c| {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(vm.new_like(args[0], out))
}

fn capitalize(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "capitalize", args, 0, 0)?;
    let mut out = me(vm, args).to_ascii_lowercase();
    if let Some(c) = out.first_mut() {
        *c = c.to_ascii_uppercase();
    }
    Ok(vm.new_like(args[0], out))
}

// ----- int.to_bytes / int.from_bytes ---------------------------------------------------

/// The `byteorder` argument: true for little-endian.
fn byteorder_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match vm.as_str(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                tn
            )))
        }
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    use num_bigint::Sign;
    check_method(vm, "to_bytes", args, 0, 2)?;
    let length = match args.get(1).copied().or_else(|| kwarg(vm, kw, "length")) {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(
        vm,
        args.get(2).copied().or_else(|| kwarg(vm, kw, "byteorder")),
    )?;
    let signed = match kwarg(vm, kw, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = vm.as_bigint(args[0]).unwrap_or_default();
    if n.sign() == Sign::Minus && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    vm.ensure_alloc(length)?;
    // Two's complement, little-endian, then padded with the sign byte.
    let mut le = n.to_signed_bytes_le();
    if !signed && le.len() > 1 && le.last() == Some(&0) {
        le.pop();
    }
    if n.sign() == Sign::NoSign {
        le.clear();
    }
    if le.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let pad = if n.sign() == Sign::Minus { 0xff } else { 0 };
    le.resize(length, pad);
    if !little {
        le.reverse();
    }
    Ok(vm.new_bytes(le))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "from_bytes", args, 0, 2)?;
    let Some(src) = args.get(1).copied().or_else(|| kwarg(vm, kw, "bytes")) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder_arg(
        vm,
        args.get(2).copied().or_else(|| kwarg(vm, kw, "byteorder")),
    )?;
    let signed = match kwarg(vm, kw, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut data = match vm.bytes_data(src) {
        Some(d) => d.to_vec(),
        None => {
            if vm.is_str(src) {
                return Err(vm.type_error("cannot convert 'str' object to bytes"));
            }
            let items = vm.collect_iter(src)?;
            let r = bytes_from_ints(vm, &items, false);
            for x in items {
                vm.decref(x);
            }
            r?
        }
    };
    if !little {
        data.reverse();
    }
    let n = if signed {
        num_bigint::BigInt::from_signed_bytes_le(&data)
    } else {
        num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    Ok(vm.new_int(n))
}

// ----- bytearray mutators ------------------------------------------------------------

/// Runs `f` on the bytearray `self` (args[0]).
fn with_ba<R>(vm: &mut Vm, args: &[Value], f: impl FnOnce(&mut ByteArrayObj) -> R) -> Option<R> {
    match args[0] {
        Value::Obj(r) => match vm.heap.get_mut(r) {
            Obj::ByteArray(ba) => Some(f(ba)),
            _ => None,
        },
        _ => None,
    }
}

fn ba_append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "append", args, 1, 1)?;
    let c = byte_value(vm, args[1], false)?;
    with_ba(vm, args, |ba| {
        let n = ba.data.len() + 1;
        ba.resize(n);
        ba.data.push(c);
    });
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "extend", args, 1, 1)?;
    let add = match vm.bytes_data(args[1]) {
        Some(d) => d.to_vec(),
        None => {
            let items = match vm.collect_iter(args[1]) {
                Ok(i) => i,
                Err(e) => {
                    vm.decref(e.0);
                    let tn = vm.type_name(args[1]);
                    return Err(vm.type_error(format!("can't extend bytearray with {}", tn)));
                }
            };
            let r = bytes_from_ints(vm, &items, true);
            for x in items {
                vm.decref(x);
            }
            r?
        }
    };
    with_ba(vm, args, |ba| {
        let n = ba.data.len() + add.len();
        ba.resize(n);
        ba.data.extend_from_slice(&add);
    });
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "pop", args, 0, 1)?;
    let len = vm.bytes_data(args[0]).map_or(0, <[u8]>::len);
    let i = match args.get(1) {
        None => -1,
        Some(&v) => int_arg(vm, v)?,
    };
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    let c = with_ba(vm, args, |ba| {
        ba.resize(len - 1);
        ba.data.remove(j as usize)
    });
    Ok(Value::Int(c.unwrap_or(0) as i64))
}

fn ba_insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "insert", args, 2, 2)?;
    let i = int_arg(vm, args[1])?;
    let c = byte_value(vm, args[2], false)?;
    with_ba(vm, args, |ba| {
        let len = ba.data.len() as i64;
        let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
        ba.resize(len as usize + 1);
        ba.data.insert(j as usize, c);
    });
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "remove", args, 1, 1)?;
    let c = byte_value(vm, args[1], false)?;
    let found = with_ba(vm, args, |ba| match ba.data.iter().position(|&x| x == c) {
        Some(p) => {
            let n = ba.data.len() - 1;
            ba.resize(n);
            ba.data.remove(p);
            true
        }
        None => false,
    });
    if found != Some(true) {
        return Err(vm.value_error("value not found in bytearray"));
    }
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "clear", args, 0, 0)?;
    with_ba(vm, args, |ba| {
        ba.resize(0);
        ba.data.clear();
    });
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "copy", args, 0, 0)?;
    let d = me(vm, args);
    Ok(vm.new_bytearray(d))
}

fn ba_reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "reverse", args, 0, 0)?;
    with_ba(vm, args, |ba| ba.data.reverse());
    Ok(Value::None)
}
