//! Calling builtin classes: `int(x)`, `str(x)`, `list(it)`, `dict(...)`, `type(x)`,
//! `range(...)`, `enumerate`, `zip`, `map`, `filter`, `reversed`, `slice`, `object()`,
//! exception classes (CPython's `tp_new` of each builtin type).

use super::{check_args, int_arg, kwarg};
use crate::runtime::object::class::BuiltinType;
use crate::runtime::object::function::KwArgs;
use crate::runtime::object::{IterObj, ListObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let pairs: Vec<(&str, ObjRef)> = vec![
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("super", t.super_),
        ("BaseException", t.base_exception),
    ];
    let b = vm.builtins;
    for (n, c) in pairs {
        vm.heap.incref_obj(c);
        super::set_in(vm, b, n, Value::Obj(c));
    }
    let names: Vec<(&'static str, ObjRef)> = vm.exc_types.iter().map(|(k, v)| (*k, *v)).collect();
    for (n, c) in names {
        vm.heap.incref_obj(c);
        super::set_in(vm, b, n, Value::Obj(c));
    }
    let p = vm.types.property;
    super::add_methods(
        vm,
        p,
        &[
            ("setter", super::classes::property_setter),
            ("getter", super::classes::property_getter),
            ("deleter", super::classes::property_deleter),
        ],
    );
    super::set_in(vm, b, "None", Value::None);
    super::set_in(vm, b, "Ellipsis", Value::Ellipsis);
    super::set_in(vm, b, "NotImplemented", Value::NotImplemented);
    super::set_in(vm, b, "True", Value::Bool(true));
    super::set_in(vm, b, "False", Value::Bool(false));
}

/// `int(x)` / `int(s, base)`.
pub fn int_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "int", args, 0, 2)?;
    let base = match args.get(1).copied().or_else(|| kwarg(vm, kw, "base")) {
        Some(b) => Some(int_arg(vm, b)?),
        None => None,
    };
    let Some(&v) = args.first() else {
        return Ok(Value::Int(0));
    };
    let v = vm.payload_unless(v, &["__int__", "__index__", "__trunc__"]);
    if let Some(s) = vm.as_str(v) {
        // Fast path: short plain decimal text (the common `int("42")`) needs no big-int
        // parse. Anything unusual (underscores, other digits, prefixes) goes the long way.
        if base.is_none_or(|b| b == 10) {
            let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
            let body = t.strip_prefix(['-', '+']).unwrap_or(t);
            if !body.is_empty() && body.len() <= 18 && body.bytes().all(|c| c.is_ascii_digit()) {
                if let Ok(n) = t.parse::<i64>() {
                    return Ok(Value::Int(n));
                }
            }
        }
        let s = s.to_string();
        let b = base.unwrap_or(10);
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        if !matches!(b, 2 | 4 | 8 | 16 | 32) {
            // Only non-power-of-two bases are limited (CPython's `_PyLong_FromBytes`).
            let digits = s.chars().filter(|c| c.is_alphanumeric()).count();
            vm.check_int_str_digits(digits, Some(digits))?;
        }
        return match crate::text::int_text::parse_int_literal(&s, b as u32) {
            Ok(n) => Ok(vm.new_int(n)),
            Err(()) => {
                let r = crate::text::str_methods::str_repr(&s);
                Err(vm.value_error(format!("invalid literal for int() with base {}: {}", b, r)))
            }
        };
    }
    if base.is_some() {
        return Err(vm.type_error("int() can't convert non-string with explicit base"));
    }
    match v {
        Value::Int(_) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                Ok(Value::Int(t as i64))
            } else {
                Ok(vm.new_int(float_to_bigint(t)))
            }
        }
        _ => {
            if vm.as_bigint(v).is_some() {
                vm.incref(v);
                return Ok(v);
            }
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = vm.lookup_type_attr(v, m) {
                    let r = vm.call_value(f, &[v], &[]);
                    vm.decref(f);
                    return r;
                }
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                tn
            )))
        }
    }
}

/// Exact conversion of an integral f64 to BigInt.
pub fn float_to_bigint(f: f64) -> BigInt {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let m = BigInt::from(mant);
    let r = if exp >= 0 {
        m << exp as usize
    } else {
        m >> (-exp) as usize
    };
    if f < 0.0 {
        -r
    } else {
        r
    }
}

pub fn float_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "float", args, 0, 1)?;
    let Some(&v) = args.first() else {
        return Ok(Value::Float(0.0));
    };
    let v = vm.payload_unless(v, &["__float__", "__index__"]);
    if let Some(s) = vm.as_str(v) {
        let s = s.to_string();
        return match crate::text::int_text::parse_float_text(&s) {
            Some(f) => Ok(Value::Float(f)),
            None => {
                let r = crate::text::str_methods::str_repr(&s);
                Err(vm.value_error(format!("could not convert string to float: {}", r)))
            }
        };
    }
    if vm.num(v).is_some() {
        return Ok(Value::Float(vm.to_f64(v)?));
    }
    if let Some(f) = vm.lookup_type_attr(v, "__float__") {
        let r = vm.call_value(f, &[v], &[]);
        vm.decref(f);
        return r;
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        tn
    )))
}

impl Vm {
    /// Calls a builtin class (or a user class deriving its layout from one).
    pub fn call_builtin_class(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kw: KwArgs,
    ) -> PyResult<Value> {
        let t = self.types;
        let kind = self.class_kind(cls);
        if cls == t.type_ {
            if args.len() == 1 {
                let c = self.type_of(args[0]);
                self.heap.incref_obj(c);
                return Ok(Value::Obj(c));
            }
            if args.len() == 3 {
                let name = self.as_str(args[0]).unwrap_or("?").to_string();
                let bases: Vec<ObjRef> = self
                    .seq_items(args[1])
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|b| b.as_obj())
                    .collect();
                let bases = if bases.is_empty() {
                    vec![self.types.object]
                } else {
                    bases
                };
                return super::classes::make_class(self, &name, &bases, args[2]);
            }
            return Err(self.type_error("type() takes 1 or 3 arguments"));
        }
        if cls == t.object {
            if !args.is_empty() {
                return Err(self.type_error("object() takes no arguments"));
            }
            let o = self.types.object;
            self.heap.incref_obj(o);
            return Ok(self
                .heap
                .new_value(Obj::Instance(crate::runtime::object::InstanceObj::new(o))));
        }
        if cls == t.int {
            return int_new(self, args, kw);
        }
        if cls == t.bool_ {
            check_args(self, "bool", args, 0, 1)?;
            return Ok(Value::Bool(match args.first() {
                Some(&v) => self.truthy(v)?,
                None => false,
            }));
        }
        if cls == t.float {
            return float_new(self, args, kw);
        }
        if cls == t.str_ {
            if args.len() > 1 || !kw.is_empty() {
                return self.str_decode_new(args, kw);
            }
            check_args(self, "str", args, 0, 1)?;
            return match args.first() {
                None => Ok(self.new_str("")),
                Some(&v) => self.str_value(v),
            };
        }
        if cls == t.bytes || cls == t.bytearray {
            return self.bytes_new(args, kw, cls == t.bytearray);
        }
        if cls == t.list {
            check_args(self, "list", args, 0, 1)?;
            let items = match args.first() {
                Some(&v) => self.collect_iter(v)?,
                None => vec![],
            };
            return Ok(self
                .heap
                .new_value(Obj::List(ListObj::new_preallocated(items))));
        }
        if cls == t.tuple {
            check_args(self, "tuple", args, 0, 1)?;
            if let Some(&v) = args.first() {
                if matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_))) {
                    self.incref(v);
                    return Ok(v);
                }
                let items = self.collect_iter(v)?;
                return Ok(self.new_tuple(items));
            }
            return Ok(self.new_tuple(vec![]));
        }
        if cls == t.dict {
            return self.dict_new(args, kw);
        }
        if cls == t.set || cls == t.frozenset {
            return self.set_new(cls == t.frozenset, args);
        }
        if cls == t.range {
            check_args(self, "range", args, 1, 3)?;
            let mut n = [0i64; 3];
            for (i, &a) in args.iter().enumerate() {
                n[i] = match self.as_i64(a) {
                    Some(x) => x,
                    None if self.as_bigint(a).is_some() => {
                        return crate::runtime::builtins::range::new_big(self, args);
                    }
                    None => {
                        let tn = self.type_name(a);
                        return Err(self.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            tn
                        )));
                    }
                };
            }
            let (start, stop, step) = match args.len() {
                1 => (0, n[0], 1),
                2 => (n[0], n[1], 1),
                _ => (n[0], n[1], n[2]),
            };
            if step == 0 {
                return Err(self.value_error("range() arg 3 must not be zero"));
            }
            return Ok(self.heap.new_value(Obj::Range { start, stop, step }));
        }
        if cls == t.slice {
            check_args(self, "slice", args, 1, 3)?;
            let (a, b, c) = match args.len() {
                1 => (Value::None, args[0], Value::None),
                2 => (args[0], args[1], Value::None),
                _ => (args[0], args[1], args[2]),
            };
            for v in [a, b, c] {
                self.incref(v);
            }
            return Ok(self.heap.new_value(Obj::Slice {
                start: a,
                stop: b,
                step: c,
            }));
        }
        if cls == t.enumerate {
            check_args(self, "enumerate", args, 1, 2)?;
            let start = match args.get(1).copied().or_else(|| kwarg(self, kw, "start")) {
                Some(s) => int_arg(self, s)?,
                None => 0,
            };
            let it = self.get_iter(args[0])?;
            return Ok(self
                .heap
                .new_value(Obj::Iter(Box::new(IterObj::Enumerate { it, n: start }))));
        }
        if cls == t.zip {
            let strict = match kwarg(self, kw, "strict") {
                Some(v) => self.truthy(v)?,
                None => false,
            };
            let mut its = Vec::new();
            for &a in args {
                match self.get_iter(a) {
                    Ok(i) => its.push(i),
                    Err(e) => {
                        for i in its {
                            self.decref(i);
                        }
                        return Err(e);
                    }
                }
            }
            return Ok(self
                .heap
                .new_value(Obj::Iter(Box::new(IterObj::Zip { its, strict }))));
        }
        if cls == t.map {
            if args.len() < 2 {
                return Err(self.type_error("map() must have at least two arguments."));
            }
            let mut its = Vec::new();
            for &a in &args[1..] {
                its.push(self.get_iter(a)?);
            }
            self.incref(args[0]);
            return Ok(self
                .heap
                .new_value(Obj::Iter(Box::new(IterObj::Map { func: args[0], its }))));
        }
        if cls == t.filter {
            check_args(self, "filter", args, 2, 2)?;
            let it = self.get_iter(args[1])?;
            self.incref(args[0]);
            return Ok(self
                .heap
                .new_value(Obj::Iter(Box::new(IterObj::Filter { func: args[0], it }))));
        }
        if cls == t.reversed {
            check_args(self, "reversed", args, 1, 1)?;
            let v = args[0];
            if let Value::Obj(r) = v {
                match self.heap.get(r) {
                    Obj::List(_)
                    | Obj::Tuple(_)
                    | Obj::Str(_)
                    | Obj::Bytes(_)
                    | Obj::ByteArray(_) => {
                        let n = super::functions::length(self, v)?;
                        self.incref(v);
                        return Ok(self.heap.new_value(Obj::Iter(Box::new(IterObj::Reversed {
                            seq: v,
                            idx: n as isize - 1,
                        }))));
                    }
                    Obj::Range { start, stop, step } => {
                        let (s, e, st) = (*start, *stop, *step);
                        let n = crate::runtime::vm::ops::range_len(s, e, st);
                        let last = s + (n - 1) * st;
                        return Ok(self.heap.new_value(Obj::Iter(Box::new(IterObj::Range {
                            cur: last,
                            stop: s - st,
                            step: -st,
                        }))));
                    }
                    Obj::Dict(_) => return self.dict_reversed(v),
                    Obj::Instance(_) | Obj::Class(_) if self.like_instance(v) => {
                        if let Some(p) = self.payload_for(v, "__reversed__") {
                            return self.call_builtin_class(cls, &[p], kw);
                        }
                        if let Some(m) = self.lookup_type_attr(v, "__reversed__") {
                            let r = self.call_value(m, &[v], &[]);
                            self.decref(m);
                            return r;
                        }
                    }
                    _ => {}
                }
            }
            let tn = self.type_name(v);
            return Err(self.type_error(format!("'{}' object is not reversible", tn)));
        }
        if cls == t.property {
            return super::classes::property_new(self, args, kw);
        }
        if cls == t.staticmethod || cls == t.classmethod {
            check_args(self, "staticmethod", args, 1, 1)?;
            self.incref(args[0]);
            return Ok(self.heap.new_value(if cls == t.staticmethod {
                Obj::StaticMethod(args[0])
            } else {
                Obj::ClassMethod(args[0])
            }));
        }
        if cls == t.weakref {
            check_args(self, "ref", args, 1, 2)?;
            let cb = args.get(1).copied().unwrap_or(Value::None);
            return self.new_weakref(args[0], cb);
        }
        if cls == t.super_ {
            return super::classes::super_new(self, args, kw);
        }
        if kind == BuiltinType::Exception {
            let a: Vec<Value> = args.to_vec();
            for &x in &a {
                self.incref(x);
            }
            return Ok(self.new_exception(cls, a));
        }
        if kind == BuiltinType::User {
            return self.construct(cls, args, kw);
        }
        let n = self.class_name(cls);
        Err(self.type_error(format!("cannot create '{}' instances", n)))
    }
}

#[allow(dead_code)]
fn _f(b: &BigInt) -> Option<f64> {
    b.to_f64()
}
