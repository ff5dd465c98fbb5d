//! `repr()`, `str()`, `format()`, f-string formatting and `%`-formatting of values
//! (CPython's `PyObject_Repr`/`PyObject_Str`/`PyObject_Format`), with recursion guards
//! for self-containing containers (`[...]`) and deep nesting (RecursionError).

use super::{PyErr, PyResult, Vm};
use crate::runtime::object::str::StrFacts;
use crate::runtime::object::Obj;
use crate::text;
use crate::text::format_spec::{self, FormatSpec};
use crate::text::percent::{self, Count, PercentArg, PercentPiece};
use crate::value::Value;
use std::borrow::Cow;

/// A format spec given as text or as a str value.
#[derive(Clone, Copy)]
enum SpecArg<'a> {
    Text(&'a str),
    Value(Value),
}

/// Edit distance used for "Did you mean" suggestions (CPython's costs: 2 per edit,
/// 1 for a case-only change, divided back by 2).
pub fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * 2).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i * 2; b.len() + 1];
        for j in 1..=b.len() {
            let cost = if a[i - 1] == b[j - 1] {
                0
            } else if a[i - 1].eq_ignore_ascii_case(&b[j - 1]) {
                1
            } else {
                2
            };
            cur[j] = (prev[j] + 2).min(cur[j - 1] + 2).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

impl Vm {
    fn text_err(&mut self, msg: String) -> PyErr {
        match text::error_kind(&msg) {
            text::ErrorKind::TypeError => self.type_error(msg),
            text::ErrorKind::OverflowError => self.overflow_error(msg),
            text::ErrorKind::ValueError => self.value_error(msg),
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        Ok(match v {
            Value::None | Value::Undef => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => text::int_text::i64_to_string(i),
            Value::Float(f) => text::float_repr::float_repr(f),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Obj(r) => {
                self.enter_native(" while getting the repr of an object")?;
                let res = self.repr_obj(v, r);
                self.leave_native();
                return res;
            }
        })
    }

    /// CPython 3.11's limit on decimal int<->str conversions (`sys.set_int_max_str_digits`).
    /// `parsed` is Some(n) when converting a string of n digits to an int.
    pub fn check_int_str_digits(&mut self, digits: usize, parsed: Option<usize>) -> PyResult<()> {
        let limit = self.int_max_str_digits;
        if limit == 0 || digits <= limit {
            return Ok(());
        }
        let msg = match parsed {
            Some(n) => format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                limit, n
            ),
            None => format!(
                "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                limit
            ),
        };
        Err(self.value_error(msg))
    }

    /// The int->decimal-str limit for a value about to be formatted.
    pub fn check_bigint_decimal(&mut self, b: &num_bigint::BigInt) -> PyResult<()> {
        let limit = self.int_max_str_digits as u64;
        // log2(10) < 3.33: fewer bits than this cannot reach `limit` digits.
        if limit == 0 || b.bits() * 100 < limit * 332 {
            return Ok(());
        }
        let digits = b.magnitude().to_string().len();
        self.check_int_str_digits(digits, None)
    }

    fn repr_obj(&mut self, v: Value, r: crate::value::ObjRef) -> PyResult<String> {
        Ok(match self.heap.get(r) {
            Obj::Str(s) => text::str_methods::str_repr(s.as_str()),
            Obj::Bytes(b) => crate::text::bytes_repr(b),
            Obj::ByteArray(b) => format!("bytearray({})", crate::text::bytes_repr(&b.data)),
            Obj::BigInt(b) => {
                let text = b.to_string();
                self.check_int_str_digits(text.trim_start_matches('-').len(), None)?;
                text
            }
            Obj::List(_) | Obj::Tuple(_) => {
                let is_list = matches!(self.heap.get(r), Obj::List(_));
                if self.repr_guard_enter(r) {
                    return Ok(if is_list {
                        "[...]".into()
                    } else {
                        "(...)".into()
                    });
                }
                let items = self.seq_items(v).unwrap_or_default();
                for &x in &items {
                    self.incref(x);
                }
                let mut parts = Vec::with_capacity(items.len());
                let mut err = None;
                for &x in &items {
                    match self.repr(x) {
                        Ok(s) => parts.push(s),
                        Err(e) => {
                            err = Some(e);
                            break;
                        }
                    }
                }
                for x in items {
                    self.decref(x);
                }
                self.repr_guard_exit(r);
                if let Some(e) = err {
                    return Err(e);
                }
                if is_list {
                    format!("[{}]", parts.join(", "))
                } else if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Obj::Dict(_) => return self.dict_repr(r),
            Obj::Set(_) | Obj::FrozenSet(_) => return self.set_repr(r),
            Obj::BigRange(br) => {
                if br.step == num_bigint::BigInt::from(1) {
                    format!("range({}, {})", br.start, br.stop)
                } else {
                    format!("range({}, {}, {})", br.start, br.stop, br.step)
                }
            }
            Obj::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({}, {})", start, stop)
                } else {
                    format!("range({}, {}, {})", start, stop, step)
                }
            }
            Obj::Slice { start, stop, step } => {
                let (a, b, c) = (*start, *stop, *step);
                format!(
                    "slice({}, {}, {})",
                    self.repr(a)?,
                    self.repr(b)?,
                    self.repr(c)?
                )
            }
            Obj::Function(f) => {
                let q = f.qualname;
                format!(
                    "<function {} at {}>",
                    self.as_str(q).unwrap_or("?"),
                    self.addr(v)
                )
            }
            Obj::Builtin(b) => {
                if b.self_.is_undef() {
                    format!("<built-in function {}>", b.name)
                } else {
                    let s = b.self_;
                    let name = b.name;
                    let tn = self.type_name(s);
                    format!(
                        "<built-in method {} of {} object at {}>",
                        name,
                        tn,
                        self.addr(s)
                    )
                }
            }
            Obj::BoundMethod { func, self_ } => {
                let (func, self_) = (*func, *self_);
                let fname = match func {
                    Value::Obj(fr) => match self.heap.get(fr) {
                        Obj::Function(f) => self.as_str(f.qualname).unwrap_or("?").to_string(),
                        _ => "?".into(),
                    },
                    _ => "?".into(),
                };
                let sr = self.repr(self_)?;
                format!("<bound method {} of {}>", fname, sr)
            }
            Obj::Class(c) if c.metaclass.is_some() => match self.meta_repr(r)? {
                Some(s) => s,
                None => self.plain_class_repr(r),
            },
            Obj::Class(c) => {
                if c.is_heap {
                    let q = c.qualname.clone();
                    let m = self.class_module(r);
                    if m == "builtins" || m.is_empty() {
                        format!("<class '{}'>", q)
                    } else {
                        format!("<class '{}.{}'>", m, q)
                    }
                } else {
                    format!("<class '{}'>", c.name)
                }
            }
            Obj::Instance(i) => {
                let is_exc = i.exc().is_some();
                if i.payload().is_some() {
                    if let Some(p) = self.payload_for(v, "__repr__") {
                        let inner = self.repr(p)?;
                        // set and frozenset name a subclass (`S({1})`, `S()`); the
                        // other builtins print as their base type does.
                        let set_len = match p {
                            Value::Obj(pr) => match self.heap.get(pr) {
                                Obj::Set(s) | Obj::FrozenSet(s) => Some(s.len()),
                                _ => None,
                            },
                            _ => None,
                        };
                        return Ok(match set_len {
                            Some(0) => format!("{}()", self.type_name(v)),
                            Some(_) => {
                                let body = inner
                                    .strip_prefix("frozenset(")
                                    .and_then(|b| b.strip_suffix(')'))
                                    .unwrap_or(&inner);
                                format!("{}({})", self.type_name(v), body)
                            }
                            None => inner,
                        });
                    }
                }
                if let Some(m) = self.lookup_type_attr(v, "__repr__") {
                    let is_default =
                        matches!(m, Value::Obj(mr) if matches!(self.heap.get(mr), Obj::Builtin(_)));
                    if !is_default {
                        let res = self.call_value(m, &[v], &[]);
                        self.decref(m);
                        let s = res?;
                        let out = match self.as_str(s) {
                            Some(t) => t.to_string(),
                            None => {
                                let tn = self.type_name(s);
                                self.decref(s);
                                return Err(self.type_error(format!(
                                    "__repr__ returned non-string (type {})",
                                    tn
                                )));
                            }
                        };
                        self.decref(s);
                        return Ok(out);
                    }
                    self.decref(m);
                }
                if is_exc {
                    let name = self.exc_display_name(v);
                    let name = name.rsplit('.').next().unwrap_or("").to_string();
                    let args = self.exc_args(v);
                    let items = self.seq_items(args).unwrap_or_default();
                    if items.len() == 1 {
                        let a = self.repr(items[0])?;
                        return Ok(format!("{}({})", name, a));
                    }
                    let a = self.repr(args)?;
                    return Ok(format!("{}{}", name, a));
                }
                let cls = self.type_of(v);
                let q = match self.heap.get(cls) {
                    Obj::Class(c) => c.qualname.clone(),
                    _ => "?".into(),
                };
                let m = self.class_module(cls);
                format!("<{}.{} object at {}>", m, q, self.addr(v))
            }
            Obj::Cell(c) => {
                let c = *c;
                if c.is_undef() {
                    format!("<cell at {}: empty>", self.addr(v))
                } else {
                    let tn = self.type_name(c);
                    format!(
                        "<cell at {}: {} object at {}>",
                        self.addr(v),
                        tn,
                        self.addr(c)
                    )
                }
            }
            Obj::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Obj::Generator(g) => {
                let q = g.qualname;
                format!(
                    "<generator object {} at {}>",
                    self.as_str(q).unwrap_or("?"),
                    self.addr(v)
                )
            }
            Obj::WeakRef(w) => {
                let t = w.target;
                if matches!(t, Value::None) {
                    format!("<weakref at {}; dead>", self.addr(v))
                } else {
                    let tn = self.type_name(t);
                    format!(
                        "<weakref at {}; to '{}' at {}>",
                        self.addr(v),
                        tn,
                        self.addr(t)
                    )
                }
            }
            Obj::DictView { dict, kind } => return self.dict_view_repr(*dict, *kind),
            Obj::Property(_) => format!("<property object at {}>", self.addr(v)),
            Obj::StaticMethod(_) => format!("<staticmethod(<function>) at {}>", self.addr(v)),
            Obj::ClassMethod(_) => format!("<classmethod(<function>) at {}>", self.addr(v)),
            Obj::Super { .. } => "<super object>".into(),
            Obj::Code(c) => format!(
                "<code object {} at {}, file \"{}\", line {}>",
                c.name,
                self.addr(v),
                c.filename,
                c.first_line
            ),
            Obj::Iter(_) => {
                let tn = self.type_name(v);
                format!("<{} object at {}>", tn, self.addr(v))
            }
            Obj::Free => "<freed object>".into(),
        })
    }

    /// `Py_ReprEnter`: true if `r` is already being repr'd (self-containing).
    pub(crate) fn repr_guard_enter(&mut self, r: crate::value::ObjRef) -> bool {
        if self.repr_stack.contains(&r) {
            return true;
        }
        self.repr_stack.push(r);
        false
    }

    pub(crate) fn repr_guard_exit(&mut self, r: crate::value::ObjRef) {
        if let Some(p) = self.repr_stack.iter().rposition(|&x| x == r) {
            self.repr_stack.remove(p);
        }
    }

    /// A CPython-looking address for `id()`-style output.
    pub fn addr(&self, v: Value) -> String {
        format!("0x{:x}", self.id_of(v))
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: Value) -> PyResult<String> {
        if let Value::Obj(r) = v {
            if !matches!(self.heap.get(r), Obj::Str(_)) {
                // CPython's PyObject_Str guard.
                self.enter_native(" while getting the str of an object")?;
                let res = self.str_unguarded(v);
                self.leave_native();
                return res;
            }
        }
        self.str_unguarded(v)
    }

    fn str_unguarded(&mut self, v: Value) -> PyResult<String> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Ok(s.as_str().to_string()),
                Obj::Instance(i) => {
                    let is_exc = i.exc().is_some();
                    let has_payload = i.payload().is_some();
                    if has_payload {
                        if let Some(p) = self.payload_for(v, "__str__") {
                            // Only str has its own `__str__`; the others inherit
                            // `object.__str__`, which is `repr(self)`.
                            if self.is_str(p) {
                                return self.to_str(p);
                            }
                            return self.repr(v);
                        }
                    }
                    if let Some(m) = self.lookup_type_attr(v, "__str__") {
                        let mut is_default = matches!(m, Value::Obj(mr) if matches!(self.heap.get(mr), Obj::Builtin(_)));
                        if is_default && has_payload {
                            // A builtin `__str__` put on a subclass of a builtin type
                            // (`__str__ = int.__repr__`, as IntEnum does) is called;
                            // only `object.__str__` means "use repr".
                            let o = self.types.object;
                            if let Some(om) = self.class_lookup(o, "__str__") {
                                is_default = om.is(m);
                                self.decref(om);
                            }
                        }
                        if !is_default {
                            let res = self.call_value(m, &[v], &[]);
                            self.decref(m);
                            let s = res?;
                            let out = match self.as_str(s) {
                                Some(t) => t.to_string(),
                                None => {
                                    let tn = self.type_name(s);
                                    self.decref(s);
                                    return Err(self.type_error(format!(
                                        "__str__ returned non-string (type {})",
                                        tn
                                    )));
                                }
                            };
                            self.decref(s);
                            return Ok(out);
                        }
                        self.decref(m);
                    }
                    if is_exc {
                        let args = self.exc_args(v);
                        let items = self.seq_items(args).unwrap_or_default();
                        let is_key = self.exc_matches(v, "KeyError");
                        return match items.len() {
                            0 => Ok(String::new()),
                            1 if is_key => self.repr(items[0]),
                            1 => self.to_str(items[0]),
                            _ => self.repr(args),
                        };
                    }
                    self.repr(v)
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `str(v)` as a new str value (`PyObject_Str`): an exact str is returned as is,
    /// a small int is converted without going through `core::fmt`.
    pub fn str_value(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => {
                // Digits go from a stack buffer straight into the str (inline when
                // short), with no intermediate `String`.
                let mut buf = [0u8; 20];
                let from = text::int_text::u64_digits(i.unsigned_abs(), &mut buf);
                let digits = &buf[from..];
                let n = digits.len();
                let mut tmp = [0u8; 21];
                let start = if i < 0 {
                    tmp[0] = b'-';
                    1
                } else {
                    0
                };
                tmp[start..start + n].copy_from_slice(digits);
                let t = std::str::from_utf8(&tmp[..start + n]).unwrap_or("0");
                let facts = crate::runtime::object::str::StrFacts::ascii(t.len());
                let obj = crate::runtime::object::str::StrObj::from_str_facts(t, facts);
                Ok(Value::Obj(
                    self.heap.alloc(crate::runtime::object::Obj::Str(obj)),
                ))
            }
            _ if self.is_str(v) => {
                self.incref(v);
                Ok(v)
            }
            _ => {
                let s = self.to_str(v)?;
                Ok(self.new_str(s))
            }
        }
    }

    /// The type name used in format-spec error messages, without allocating for the
    /// builtin types that reach the builtin formatters.
    fn format_type_name(&self, v: Value) -> Cow<'static, str> {
        match v {
            Value::Int(_) => Cow::Borrowed("int"),
            Value::Float(_) => Cow::Borrowed("float"),
            Value::Bool(_) => Cow::Borrowed("bool"),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(_) => Cow::Borrowed("str"),
                Obj::BigInt(_) => Cow::Borrowed("int"),
                _ => Cow::Owned(self.type_name(v)),
            },
            _ => Cow::Owned(self.type_name(v)),
        }
    }

    /// `format(v, spec)`.
    pub fn format_spec(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let Value::Obj(r) = v {
            if let Obj::Instance(i) = self.heap.get(r) {
                if i.payload().is_some() && !spec.is_empty() {
                    if let Some(p) = self.payload_for(v, "__format__") {
                        return self.format_spec(p, spec);
                    }
                }
                return self.format_instance(v, SpecArg::Text(spec));
            }
        }
        if spec.is_empty() {
            return self.to_str(v);
        }
        let tn = self.format_type_name(v);
        let parsed = match format_spec::parse_format_spec_for(spec, &tn) {
            Ok(p) => p,
            Err(e) => return Err(self.text_err(e)),
        };
        self.format_builtin(v, &parsed, &tn)
    }

    /// `format(v, spec)` (`PyObject_Format`) with the spec as a str value (or None
    /// for no spec), returning a new str value. Unlike [`Vm::format_spec`] it needs
    /// no copy of the spec text, and an exact str with an empty spec is returned
    /// itself, as in CPython.
    pub fn format_obj(&mut self, v: Value, spec: Value) -> PyResult<Value> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::Instance(i) => {
                    if i.payload().is_some() && self.as_str(spec).is_some_and(|s| !s.is_empty()) {
                        if let Some(p) = self.payload_for(v, "__format__") {
                            return self.format_obj(p, spec);
                        }
                    }
                    let s = self.format_instance(v, SpecArg::Value(spec))?;
                    return Ok(self.new_str(s));
                }
                Obj::Str(_) if self.as_str(spec).is_none_or(str::is_empty) => {
                    self.incref(v);
                    return Ok(v);
                }
                _ => {}
            }
        }
        let tn = self.format_type_name(v);
        let parsed = match self.as_str(spec) {
            None | Some("") => return self.str_value(v),
            Some(spec) => format_spec::parse_format_spec_for(spec, &tn),
        };
        let parsed = match parsed {
            Ok(p) => p,
            Err(e) => return Err(self.text_err(e)),
        };
        let s = self.format_builtin(v, &parsed, &tn)?;
        Ok(self.new_str(s))
    }

    /// `type(v).__format__(v, spec)` for an instance of a user class.
    fn format_instance(&mut self, v: Value, spec: SpecArg) -> PyResult<String> {
        let spec_empty = match spec {
            SpecArg::Text(t) => t.is_empty(),
            SpecArg::Value(sv) => self.as_str(sv).is_none_or(str::is_empty),
        };
        if let Some(m) = self.lookup_type_attr(v, "__format__") {
            // Only `object.__format__` is the default; another builtin one put on the
            // class (`__format__ = int.__format__`, as IntEnum does) is called.
            let mut is_default =
                matches!(m, Value::Obj(mr) if matches!(self.heap.get(mr), Obj::Builtin(_)));
            if is_default {
                let o = self.types.object;
                if let Some(om) = self.class_lookup(o, "__format__") {
                    is_default = om.is(m);
                    self.decref(om);
                }
            }
            if !is_default {
                let sv = match spec {
                    SpecArg::Text(t) => self.new_str(t),
                    SpecArg::Value(sv) if self.is_str(sv) => {
                        self.incref(sv);
                        sv
                    }
                    SpecArg::Value(_) => self.new_str(""),
                };
                let res = self.call_value(m, &[v, sv], &[]);
                self.decref(m);
                self.decref(sv);
                let s = res?;
                let out = self.as_str(s).unwrap_or("").to_string();
                self.decref(s);
                return Ok(out);
            }
            self.decref(m);
        }
        if spec_empty {
            // object.__format__ is a METH_O method: its call is one level.
            return self.c_call(|vm| vm.to_str(v));
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!(
            "unsupported format string passed to {}.__format__",
            tn
        )))
    }

    /// The builtin `__format__` of int, float and str with a parsed, non-empty spec.
    fn format_builtin(&mut self, v: Value, parsed: &FormatSpec, tn: &str) -> PyResult<String> {
        // The width is the program's to choose: f'{x:>1000000000000}'.
        self.ensure_alloc(parsed.width.unwrap_or(0).max(parsed.precision.unwrap_or(0)))?;
        let r = match v {
            Value::Float(f) => format_spec::format_float(f, parsed),
            Value::Int(i) => format_spec::format_i64_named(i, parsed, tn),
            _ => {
                if let Some(b) = self.as_bigint(v) {
                    if matches!(parsed.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
                        let f = self.to_f64(v)?;
                        format_spec::format_float(f, parsed)
                    } else {
                        if matches!(parsed.ty, None | Some('d') | Some('n')) {
                            self.check_bigint_decimal(&b)?;
                        }
                        format_spec::format_int_named(&b, parsed, tn)
                    }
                } else if let Some(s) = self.as_str(v) {
                    format_spec::format_str_named(s, parsed, tn)
                } else {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        tn
                    )));
                }
            }
        };
        r.map_err(|e| self.text_err(e))
    }

    /// FormatValue: conversion (1 str, 2 repr, 3 ascii) then format with `spec`
    /// (a str value, or None when the field has no spec).
    pub fn format_value(&mut self, v: Value, conv: u32, spec: Value) -> PyResult<Value> {
        let t = match conv {
            1 => self.str_value(v)?,
            2 | 3 => {
                let mut s = self.repr(v)?;
                if conv == 3 {
                    s = ascii_of_repr(&s);
                }
                self.new_str(s)
            }
            _ => return self.format_obj(v, spec),
        };
        if self.as_str(spec).is_none_or(str::is_empty) {
            return Ok(t);
        }
        let r = self.format_obj(t, spec);
        self.decref(t);
        r
    }

    /// BuildString: pops `n` str values and pushes nothing; returns their
    /// concatenation. The pieces' cached facts give the result's, so its text is
    /// not rescanned, and it is allocated once at its exact length.
    pub fn build_string(&mut self, n: usize) -> Value {
        let start = self.sp - n;
        let mut len = 0;
        let mut facts = StrFacts::EMPTY;
        for &it in &self.stack[start..self.sp] {
            if let Some((t, f)) = self.str_and_facts(it) {
                len += t.len();
                facts = facts.concat(f);
            }
        }
        let mut s = String::with_capacity(len);
        for &it in &self.stack[start..self.sp] {
            s.push_str(self.as_str(it).unwrap_or(""));
        }
        let end = self.sp;
        self.sp = start;
        // The pieces are strs, whose release runs no Python code that could reuse
        // the popped stack slots.
        for i in start..end {
            let it = self.stack[i];
            self.decref(it);
        }
        self.new_str_facts(s, facts)
    }

    /// REPL echo: print `repr(v)` unless None, bind `_`.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if matches!(v, Value::None) {
            return Ok(());
        }
        let s = self.repr(v)?;
        self.write_out(&s);
        self.write_out("\n");
        let k = self.intern("_");
        let b = Value::Obj(self.builtins);
        self.dict_set_item(b, k, v)?;
        Ok(())
    }

    /// `fmt % args` for str.
    pub fn percent_format(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        let f = self.as_str(fmt).unwrap_or("").to_string();
        // A tuple subclass is the argument tuple (CPython's `PyTuple_Check`).
        let args = match self.payload_of(args) {
            Some(p) if matches!(p, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_))) => p,
            _ => args,
        };
        let is_tuple = matches!(args, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_)));
        let is_map = matches!(args, Value::Obj(r) if matches!(self.heap.get(r), Obj::Dict(_)))
            || matches!(args, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)));
        let list: Vec<Value> = if is_tuple {
            self.seq_items(args).unwrap_or_default()
        } else {
            vec![args]
        };
        let mut next = 0usize;
        let mut out = String::new();
        let mut used_map = false;
        for piece in percent::parse_percent(&f) {
            match piece {
                PercentPiece::Literal(s) => out.push_str(&s),
                PercentPiece::Error(e) => return Err(self.text_err(e)),
                PercentPiece::Spec(spec) => {
                    let mut take = |vm: &mut Vm| -> PyResult<Value> {
                        if next < list.len() {
                            next += 1;
                            Ok(list[next - 1])
                        } else {
                            Err(vm.type_error("not enough arguments for format string"))
                        }
                    };
                    let mut star = |vm: &mut Vm, c: Option<Count>| -> PyResult<Option<i64>> {
                        match c {
                            None => Ok(None),
                            Some(Count::Fixed(n)) => Ok(Some(n as i64)),
                            Some(Count::Star) => {
                                let v = take(vm)?;
                                vm.as_i64(v)
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
                            let kv = self.new_str(k.clone());
                            let r = self.get_item(args, kv);
                            self.decref(kv);
                            let v = r?;
                            self.decref(v);
                            v
                        }
                        None => {
                            if next < list.len() {
                                next += 1;
                                list[next - 1]
                            } else {
                                return Err(
                                    self.type_error("not enough arguments for format string")
                                );
                            }
                        }
                    };
                    // Numeric conversions read an int/float subclass's value.
                    let arg = if matches!(spec.conv, 's' | 'r' | 'a') {
                        arg
                    } else {
                        self.payload_unless(arg, &["__index__", "__int__", "__float__"])
                    };
                    let owned;
                    let pa = match spec.conv {
                        's' => {
                            owned = self.to_str(arg)?;
                            PercentArg::Str(&owned)
                        }
                        'r' | 'a' => {
                            let r = self.repr(arg)?;
                            owned = if spec.conv == 'a' {
                                ascii_of_repr(&r)
                            } else {
                                r
                            };
                            PercentArg::Str(&owned)
                        }
                        'c' => {
                            if let Some(s) = self.as_str(arg) {
                                owned = s.to_string();
                                PercentArg::Str(&owned)
                            } else if let Some(b) = self.as_bigint(arg) {
                                PercentArg::Int(b)
                            } else {
                                let tn = self.type_name(arg);
                                return Err(
                                    self.type_error(format!("%c requires int or char, not {}", tn))
                                );
                            }
                        }
                        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => match arg {
                            Value::Float(x) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                                PercentArg::Float(x)
                            }
                            _ => match self.as_bigint(arg) {
                                Some(b) => {
                                    if matches!(spec.conv, 'd' | 'i' | 'u') {
                                        self.check_bigint_decimal(&b)?;
                                    }
                                    PercentArg::Int(b)
                                }
                                None => {
                                    let tn = self.type_name(arg);
                                    return Err(self
                                        .type_error(percent::percent_type_error(spec.conv, &tn)));
                                }
                            },
                        },
                        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match self.num(arg) {
                            Some(_) => PercentArg::Float(self.to_f64(arg)?),
                            None => {
                                let tn = self.type_name(arg);
                                return Err(
                                    self.type_error(percent::percent_type_error(spec.conv, &tn))
                                );
                            }
                        },
                        _ => PercentArg::Int(0.into()),
                    };
                    let widest = width
                        .unwrap_or(0)
                        .unsigned_abs()
                        .max(prec.unwrap_or(0).unsigned_abs());
                    self.ensure_alloc(widest as usize)?;
                    match percent::apply_percent(&spec, width, prec, pa) {
                        Ok(s) => out.push_str(&s),
                        Err(e) => return Err(self.text_err(e)),
                    }
                }
            }
        }
        if !used_map && !is_map && next < list.len() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(self.new_str(out))
    }
}

/// `ascii()` from a repr: escapes every non-ASCII character.
pub fn ascii_of_repr(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let u = c as u32;
        if u < 128 {
            out.push(c);
        } else if u < 256 {
            out.push_str(&format!("\\x{:02x}", u));
        } else if u < 65536 {
            out.push_str(&format!("\\u{:04x}", u));
        } else {
            out.push_str(&format!("\\U{:08x}", u));
        }
    }
    out
}
