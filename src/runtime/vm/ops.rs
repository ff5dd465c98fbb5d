//! Operators: truth testing, arithmetic with int→bigint promotion, rich comparison,
//! and the dunder protocol for user classes (CPython's Objects/abstract.c,
//! longobject.c, floatobject.c, `do_richcompare`).

use super::{PyErr, PyResult, Vm};
use crate::bytecode::Unary;
use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::object::Obj;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// A numeric view of a value for arithmetic.
pub enum Num {
    Int(BigInt),
    Float(f64),
}

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

/// Python's float floor-mod.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

impl Vm {
    /// `bool(v)` (CPython's `PyObject_IsTrue`).
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => b,
            Value::None | Value::Undef => false,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::NotImplemented | Value::Ellipsis => true,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => !s.is_empty(),
                Obj::Bytes(b) => !b.is_empty(),
                Obj::ByteArray(b) => !b.data.is_empty(),
                Obj::List(l) => !l.is_empty(),
                Obj::Tuple(t) => !t.is_empty(),
                Obj::Dict(d) => !d.is_empty(),
                Obj::Set(s) | Obj::FrozenSet(s) => !s.is_empty(),
                Obj::BigInt(b) => !b.is_zero(),
                Obj::Range { start, stop, step } => range_len(*start, *stop, *step) > 0,
                Obj::BigRange(br) => !br.is_empty(),
                Obj::Instance(_) => {
                    if let Some(m) = self.lookup_type_attr(v, "__bool__") {
                        let r = self.call_value(m, &[v], &[]);
                        self.decref(m);
                        let x = r?;
                        return match x {
                            Value::Bool(b) => Ok(b),
                            _ => {
                                let tn = self.type_name(x);
                                self.decref(x);
                                Err(self.type_error(format!(
                                    "__bool__ should return bool, returned {}",
                                    tn
                                )))
                            }
                        };
                    }
                    if let Some(m) = self.lookup_type_attr(v, "__len__") {
                        let r = self.call_value(m, &[v], &[]);
                        self.decref(m);
                        let x = r?;
                        return Ok(!matches!(x, Value::Int(0)));
                    }
                    true
                }
                _ => true,
            },
        })
    }

    /// The numeric value of an int/bool/float, if it is one.
    pub fn num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::Int(BigInt::from(i))),
            Value::Bool(b) => Some(Num::Int(BigInt::from(b as i64))),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => Some(Num::Int((**b).clone())),
                _ => None,
            },
            _ => None,
        }
    }

    /// The int value (bool included) as BigInt.
    pub fn as_bigint(&self, v: Value) -> Option<BigInt> {
        match self.num(v)? {
            Num::Int(i) => Some(i),
            Num::Float(_) => None,
        }
    }

    /// An int that fits i64 (bool included).
    pub fn as_i64(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            _ => None,
        }
    }

    pub fn to_f64(&mut self, v: Value) -> PyResult<f64> {
        match self.num(v) {
            Some(Num::Float(f)) => Ok(f),
            Some(Num::Int(i)) => i
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| self.overflow_error("int too large to convert to float")),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("must be real number, not {}", tn)))
            }
        }
    }

    /// Arithmetic on numbers (None if not both numeric).
    fn num_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        let (Some(x), Some(y)) = (self.num(a), self.num(b)) else {
            return Ok(None);
        };
        match (x, y) {
            (Num::Int(x), Num::Int(y)) => self.int_binop(x, y, op).map(Some),
            (x, y) => {
                if matches!(
                    op,
                    BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift
                ) {
                    // No float version: name the operands' own types (a bool stays
                    // 'bool'), before any int-to-float conversion could overflow.
                    let msg = format!(
                        "unsupported operand type(s) for {}: '{}' and '{}'",
                        op.symbol(),
                        self.type_name(a),
                        self.type_name(b)
                    );
                    return Err(self.type_error(msg));
                }
                let xf = match x {
                    Num::Float(f) => f,
                    Num::Int(i) => match i.to_f64().filter(|f| f.is_finite()) {
                        Some(f) => f,
                        None => {
                            return Err(self.overflow_error("int too large to convert to float"))
                        }
                    },
                };
                let yf = match y {
                    Num::Float(f) => f,
                    Num::Int(i) => match i.to_f64().filter(|f| f.is_finite()) {
                        Some(f) => f,
                        None => {
                            return Err(self.overflow_error("int too large to convert to float"))
                        }
                    },
                };
                self.float_binop(xf, yf, op).map(Some)
            }
        }
    }

    fn float_binop(&mut self, x: f64, y: f64, op: BinOp) -> PyResult<Value> {
        Ok(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.zero_div("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_div("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_div("float modulo"));
                }
                float_mod(x, y)
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_div("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
                    return Err(self.value_error("math domain error"));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.overflow_error("(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => {
                let msg = format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op.symbol()
                );
                return Err(self.type_error(msg));
            }
        }))
    }

    fn int_binop(&mut self, x: BigInt, y: BigInt, op: BinOp) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                if y.is_zero() {
                    return Err(self.zero_div("division by zero"));
                }
                return match (x.to_f64(), y.to_f64()) {
                    (Some(a), Some(b)) if a.abs() < 9.0e15 && b.abs() < 9.0e15 => {
                        Ok(Value::Float(a / b))
                    }
                    _ => {
                        // Correctly rounded big division.
                        let q = crate::runtime::vm::ops::big_true_div(&x, &y);
                        match q {
                            Some(f) => Ok(Value::Float(f)),
                            None => Err(self
                                .overflow_error("integer division result too large for a float")),
                        }
                    }
                };
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_div("integer division or modulo by zero"));
                }
                x.div_floor(&y)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_div("integer modulo by zero"));
                }
                x.mod_floor(&y)
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let xf = x.to_f64().unwrap_or(f64::INFINITY);
                    let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                    if xf == 0.0 {
                        return Err(self.zero_div("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float(xf.powf(yf)));
                }
                let e = match y.to_u32() {
                    Some(e) => e,
                    None => {
                        if x.abs() <= BigInt::from(1) {
                            return Ok(self.new_int(if x.is_negative() && y.is_odd() {
                                x
                            } else {
                                x.abs()
                            }));
                        }
                        return Err(self.err("MemoryError", ""));
                    }
                };
                if x.bits() as u128 * e as u128 > 64_000_000 {
                    return Err(self.err("MemoryError", ""));
                }
                num_traits::pow(x, e as usize)
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_u64().unwrap_or(u64::MAX);
                if s > 1 << 26 && !x.is_zero() {
                    return Err(self.overflow_error("too many digits in integer"));
                }
                x << (s as usize)
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_u64().unwrap_or(u64::MAX).min(1 << 30);
                // Arithmetic shift rounding toward -inf.
                if x.is_negative() {
                    let d = BigInt::from(1) << (s as usize);
                    x.div_floor(&d)
                } else {
                    x >> (s as usize)
                }
            }
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            BinOp::BitXor => x ^ y,
            BinOp::MatMult => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
            }
        };
        Ok(self.new_int(r))
    }

    /// `a op b` with the full protocol. Args borrowed, result owned.
    pub fn binary_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        // bool & bool etc. stay bool.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Value::Bool(x & y)),
                BinOp::BitOr => return Ok(Value::Bool(x | y)),
                BinOp::BitXor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let Some(v) = self.num_binop(a, b, op)? {
            return Ok(v);
        }
        if let Some(v) = self.seq_binop(a, b, op)? {
            return Ok(v);
        }
        if let Some(v) = self.bytes_binop(a, b, op)? {
            return Ok(v);
        }
        if op == BinOp::BitOr {
            if let Some(v) = self.dict_or(a, b)? {
                return Ok(v);
            }
        }
        // User-defined operators.
        let (l, r, _) = dunder(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_sub = ta != tb && self.is_subclass(tb, ta);
        if b_sub {
            if let Some(v) = self.try_dunder(b, r, a)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.try_dunder(a, l, b)? {
            return Ok(v);
        }
        if ta != tb && !b_sub {
            if let Some(v) = self.try_dunder(b, r, a)? {
                return Ok(v);
            }
        }
        // Instances of builtin subclasses without an applicable override: the builtin
        // operation on their payloads (`[1] + MyList([2])`, `"a" + MyStr("b")`).
        let (pa, pb) = (self.unwrap_payload(a), self.unwrap_payload(b));
        if !pa.is(a) || !pb.is(b) {
            return self.binary_op(pa, pb, op);
        }
        let msg = if op == BinOp::Pow {
            format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                self.type_name(a),
                self.type_name(b)
            )
        } else if let Some(m) = (op == BinOp::Add)
            .then(|| self.bytes_concat_error(a, b))
            .flatten()
        {
            m
        } else if op == BinOp::Add && self.is_str(a) {
            format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            )
        } else if op == BinOp::Add
            && matches!(a, Value::Obj(r) if matches!(self.heap.get(r), Obj::List(_)))
        {
            format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(b)
            )
        } else if op == BinOp::Mult && (self.is_sequence(a) || self.is_sequence(b)) {
            // CPython's sq_repeat path names the operand that is not the sequence.
            let other = if self.is_sequence(a) { b } else { a };
            format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(other)
            )
        } else {
            format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            )
        };
        Err(self.type_error(msg))
    }

    /// str, list or tuple (the builtin types with `sq_repeat`).
    fn is_sequence(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_)))
    }

    /// Calls `obj.name(arg)` if the type defines it; None if missing or NotImplemented.
    pub fn try_dunder(&mut self, obj: Value, name: &str, arg: Value) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        if !matches!(
            self.class_kind(t),
            crate::runtime::object::class::BuiltinType::User
                | crate::runtime::object::class::BuiltinType::Exception
        ) {
            return Ok(None);
        }
        let Some(m) = self.class_lookup(t, name) else {
            return Ok(None);
        };
        let r = self.call_value(m, &[obj, arg], &[]);
        self.decref(m);
        let v = r?;
        if matches!(v, Value::NotImplemented) {
            return Ok(None);
        }
        Ok(Some(v))
    }

    /// `a op= b`.
    pub fn inplace_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        if let Value::Obj(r) = a {
            match self.heap.get(r) {
                Obj::List(_) if op == BinOp::Add => {
                    self.list_extend(a, b)?;
                    self.incref(a);
                    return Ok(a);
                }
                Obj::List(_) if op == BinOp::Mult => {
                    let n = self.as_i64(b).ok_or_else(|| {
                        let tn = self.type_name(b);
                        self.type_error(format!(
                            "can't multiply sequence by non-int of type '{}'",
                            tn
                        ))
                    })?;
                    let items = self.seq_items(a).unwrap_or_default();
                    let n = n.max(0) as usize;
                    let mut out = Vec::with_capacity(items.len() * n);
                    for _ in 0..n {
                        for &v in &items {
                            self.incref(v);
                            out.push(v);
                        }
                    }
                    if let Obj::List(l) = self.heap.get_mut(r) {
                        let old = std::mem::take(&mut l.items);
                        l.model_resize(out.len());
                        l.items = out;
                        for v in old {
                            self.heap.decref(v);
                        }
                    }
                    self.incref(a);
                    return Ok(a);
                }
                Obj::Set(_)
                    if matches!(
                        op,
                        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
                    ) =>
                {
                    if let Some(v) = self.set_inplace(a, b, op)? {
                        return Ok(v);
                    }
                }
                Obj::ByteArray(_) => {
                    if let Some(v) = self.bytes_inplace(a, b, op)? {
                        return Ok(v);
                    }
                }
                Obj::Dict(_) if op == BinOp::BitOr => return self.dict_ior(a, b),
                Obj::Instance(inst) => {
                    let (_, _, i) = dunder(op);
                    if inst.payload().is_some() {
                        if let Some(p) = self.payload_for(a, i) {
                            // `m += x` on a list/set/dict subclass mutates the payload
                            // and keeps the instance.
                            let res = self.inplace_op(p, b, op)?;
                            if res.is(p) {
                                self.decref(res);
                                self.incref(a);
                                return Ok(a);
                            }
                            return Ok(res);
                        }
                    }
                    if let Some(v) = self.try_dunder(a, i, b)? {
                        return Ok(v);
                    }
                }
                _ => {}
            }
        }
        self.binary_op(a, b, op)
    }

    pub fn unary_op(&mut self, a: Value, u: Unary) -> PyResult<Value> {
        match (u, a) {
            (Unary::Neg, Value::Int(i)) => {
                return Ok(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => self.new_int(-BigInt::from(i)),
                })
            }
            (Unary::Neg, Value::Bool(b)) => return Ok(Value::Int(-(b as i64))),
            (Unary::Neg, Value::Float(f)) => return Ok(Value::Float(-f)),
            (Unary::Pos, Value::Int(_) | Value::Float(_)) => return Ok(a),
            (Unary::Pos, Value::Bool(b)) => return Ok(Value::Int(b as i64)),
            (Unary::Invert, Value::Int(i)) => return Ok(Value::Int(!i)),
            (Unary::Invert, Value::Bool(b)) => return Ok(Value::Int(!(b as i64))),
            _ => {}
        }
        if let Some(b) = self.as_bigint(a) {
            let r = match u {
                Unary::Neg => -b,
                Unary::Pos => b,
                Unary::Invert => -b - 1,
                Unary::Not => unreachable!(),
            };
            return Ok(self.new_int(r));
        }
        let name = match u {
            Unary::Neg => "__neg__",
            Unary::Pos => "__pos__",
            Unary::Invert => "__invert__",
            Unary::Not => "__bool__",
        };
        if let Some(m) = self.lookup_type_attr(a, name) {
            let r = self.call_value(m, &[a], &[]);
            self.decref(m);
            return r;
        }
        if let Some(p) = self.payload_of(a) {
            return self.unary_op(p, u);
        }
        let sym = match u {
            Unary::Neg => "-",
            Unary::Pos => "+",
            Unary::Invert => "~",
            Unary::Not => "not",
        };
        let tn = self.type_name(a);
        Err(self.type_error(format!("bad operand type for unary {}: '{}'", sym, tn)))
    }

    /// Comparison operators, including `is`, `in`. Result owned.
    pub fn compare_op(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        match op {
            CmpOp::Is => Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => Ok(Value::Bool(!a.is(b))),
            CmpOp::In => self.contains(b, a).map(Value::Bool),
            CmpOp::NotIn => self.contains(b, a).map(|x| Value::Bool(!x)),
            _ => self.rich_compare(a, b, op),
        }
    }

    /// `a == b` as a Rust bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) {
            return Ok(true);
        }
        if let Some(o) = self.fast_cmp(a, b) {
            return Ok(o == Some(Ordering::Equal));
        }
        let v = self.rich_compare(a, b, CmpOp::Eq)?;
        let t = self.truthy(v);
        self.decref(v);
        t
    }

    /// `a < b` as a Rust bool.
    pub fn lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(Some(o)) = self.fast_cmp(a, b) {
            return Ok(o == Ordering::Less);
        }
        let v = self.rich_compare(a, b, CmpOp::Lt)?;
        let t = self.truthy(v);
        self.decref(v);
        t
    }

    /// Ordering of numbers and strings without Python code. `Some(None)` = unordered
    /// (NaN); `None` = not a fast case.
    fn fast_cmp(&self, a: Value, b: Value) -> Option<Option<Ordering>> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(Some(x.cmp(&y))),
            (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(&y)),
            (Value::Int(x), Value::Float(y)) => Some((x as f64).partial_cmp(&y)),
            (Value::Float(x), Value::Int(y)) => Some(x.partial_cmp(&(y as f64))),
            (Value::Obj(x), Value::Obj(y)) => match (self.heap.get(x), self.heap.get(y)) {
                (Obj::Str(s), Obj::Str(t)) => Some(Some(s.as_str().cmp(t.as_str()))),
                (p, q) => match (
                    crate::runtime::object::bytes::obj_bytes(p),
                    crate::runtime::object::bytes::obj_bytes(q),
                ) {
                    (Some(s), Some(t)) => Some(Some(s.cmp(t))),
                    _ => None,
                },
            },
            _ => None,
        }
    }

    /// Rich comparison (CPython's `do_richcompare`), with the reflected-operand rules.
    pub fn rich_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        if let Some(o) = self.fast_cmp(a, b) {
            return Ok(Value::Bool(ord_matches(o, op)));
        }
        // Numbers (bool, bigint, mixed).
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            let o = match (x, y) {
                (Num::Int(x), Num::Int(y)) => Some(x.cmp(&y)),
                (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
                (Num::Int(x), Num::Float(y)) => cmp_int_float(&x, y),
                (Num::Float(x), Num::Int(y)) => cmp_int_float(&y, x).map(|o| o.reverse()),
            };
            return Ok(Value::Bool(ord_matches(o, op)));
        }
        // CPython's PyObject_RichCompare guard: only comparisons that can run Python
        // code or recurse into containers get here, and only those can be observed.
        self.enter_native(" in comparison")?;
        let r = self.do_richcompare(a, b, op);
        self.leave_native();
        r
    }

    /// `a < b` for `list.sort` when all keys have the same type: CPython's
    /// `unsafe_object_compare` calls the type's slot directly, without the
    /// comparison recursion guard.
    pub fn lt_same_type(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(Some(o)) = self.fast_cmp(a, b) {
            return Ok(o == Ordering::Less);
        }
        if self.num(a).is_some() && self.num(b).is_some() {
            return self.lt(a, b);
        }
        let v = self.do_richcompare(a, b, CmpOp::Lt)?;
        let t = self.truthy(v);
        self.decref(v);
        t
    }

    /// The body of a rich comparison once the fast numeric cases are excluded
    /// (CPython's `do_richcompare`).
    fn do_richcompare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let names = |op: CmpOp| match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => unreachable!(),
        };
        let (l, r) = names(op);
        let b_sub = ta != tb && self.is_subclass(tb, ta);
        if b_sub {
            if let Some(v) = self.try_dunder(b, r, a)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.try_dunder(a, l, b)? {
            return Ok(v);
        }
        if !b_sub {
            if let Some(v) = self.try_dunder(b, r, a)? {
                return Ok(v);
            }
        }
        if op == CmpOp::NotEq {
            // Default __ne__ inverts __eq__.
            if let Some(v) = self.try_dunder(a, "__eq__", b)? {
                let t = self.truthy(v)?;
                self.decref(v);
                return Ok(Value::Bool(!t));
            }
        }
        // Weak references: equal when both referents are alive and equal, else identity
        // (CPython's weakref_richcompare).
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            if let (Obj::WeakRef(p), Obj::WeakRef(q)) = (self.heap.get(x), self.heap.get(y)) {
                if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    let (p, q) = (p.target, q.target);
                    if matches!(p, Value::None) || matches!(q, Value::None) {
                        let same = a.is(b);
                        return Ok(Value::Bool(same == (op == CmpOp::Eq)));
                    }
                    return self.rich_compare(p, q, op);
                }
            }
        }
        // Builtin containers.
        if let Some(res) = self.container_compare(a, b, op)? {
            return Ok(Value::Bool(res));
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => {
                let msg = format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.type_name(a),
                    self.type_name(b)
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// Lexicographic comparison of lists/tuples, equality of dicts and sets.
    fn container_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
            return Ok(None);
        };
        let kind = |o: &Obj| match o {
            Obj::List(_) => 1,
            Obj::Tuple(_) => 2,
            Obj::Dict(_) => 3,
            Obj::Set(_) | Obj::FrozenSet(_) => 4,
            Obj::Range { .. } | Obj::BigRange(_) => 5,
            _ => 0,
        };
        let (ka, kb) = (kind(self.heap.get(ra)), kind(self.heap.get(rb)));
        if ka == 0 || ka != kb {
            return Ok(None);
        }
        match ka {
            1 | 2 => {
                let x = self.seq_items(a).unwrap_or_default();
                let y = self.seq_items(b).unwrap_or_default();
                for v in x.iter().chain(y.iter()) {
                    self.incref(*v);
                }
                let res = self.seq_compare(&x, &y, op);
                for v in x.into_iter().chain(y) {
                    self.decref(v);
                }
                res.map(Some)
            }
            3 => self.dict_compare(a, b, op),
            4 => self.set_compare(a, b, op).map(Some),
            5 => {
                use crate::runtime::builtins::range::{bounds, length};
                use num_traits::{One, Zero};
                let norm = |vm: &Self, r: Value| {
                    let (start, _, step) = bounds(vm, r).unwrap_or_default();
                    let n = length(vm, r);
                    if n.is_zero() {
                        (n, BigInt::zero(), BigInt::zero())
                    } else if n.is_one() {
                        (n, start, BigInt::zero())
                    } else {
                        (n, start, step)
                    }
                };
                let e = norm(self, a) == norm(self, b);
                match op {
                    CmpOp::Eq => Ok(Some(e)),
                    CmpOp::NotEq => Ok(Some(!e)),
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// Lexicographic list/tuple comparison; each item comparison goes through the
    /// guarded `rich_compare`, so nesting depth counts like CPython's.
    fn seq_compare(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        for i in 0..x.len().min(y.len()) {
            if !self.eq(x[i], y[i])? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::NotEq => Ok(true),
                    _ => {
                        let v = self.rich_compare(x[i], y[i], op)?;
                        let t = self.truthy(v);
                        self.decref(v);
                        t
                    }
                };
            }
        }
        let o = x.len().cmp(&y.len());
        Ok(ord_matches(Some(o), op))
    }

    /// Sequence operators: concatenation and repetition of str, list, tuple.
    fn seq_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        match op {
            BinOp::Add => {
                if let (Some((x, fx)), Some((y, fy))) =
                    (self.str_and_facts(a), self.str_and_facts(b))
                {
                    let mut s = String::with_capacity(x.len() + y.len());
                    s.push_str(x);
                    s.push_str(y);
                    return Ok(Some(self.new_str_facts(s, fx.concat(fy))));
                }
                let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
                    return Ok(None);
                };
                match (self.heap.get(ra), self.heap.get(rb)) {
                    (Obj::List(x), Obj::List(y)) => {
                        let mut items = x.items.clone();
                        items.extend_from_slice(&y.items);
                        for &v in &items {
                            self.incref(v);
                        }
                        Ok(Some(self.new_list(items)))
                    }
                    (Obj::Tuple(x), Obj::Tuple(y)) => {
                        let mut items = x.to_vec();
                        items.extend_from_slice(y);
                        for &v in &items {
                            self.incref(v);
                        }
                        Ok(Some(self.new_tuple(items)))
                    }
                    _ => Ok(None),
                }
            }
            BinOp::Mult => {
                let (seq, n) = if let Some(n) = self.as_i64(b) {
                    (a, n)
                } else if let Some(n) = self.as_i64(a) {
                    (b, n)
                } else {
                    return Ok(None);
                };
                let n = n.max(0) as usize;
                if let Some(s) = self.as_str(seq) {
                    if s.len().saturating_mul(n) > isize::MAX as usize / 2 {
                        return Err(self.err_noargs("MemoryError"));
                    }
                    let mut out = String::new();
                    if !crate::runtime::limits::try_reserve_str(&mut out, s.len() * n) {
                        return Err(self.err_noargs("MemoryError"));
                    }
                    for _ in 0..n {
                        out.push_str(s);
                    }
                    let s = out;
                    return Ok(Some(self.new_str(s)));
                }
                let Value::Obj(r) = seq else { return Ok(None) };
                let (items, is_list) = match self.heap.get(r) {
                    Obj::List(l) => (l.items.clone(), true),
                    Obj::Tuple(t) => (t.to_vec(), false),
                    _ => return Ok(None),
                };
                let total = items.len().saturating_mul(n);
                let mut out: Vec<Value> = Vec::new();
                if total > (1usize << 40) || !crate::runtime::limits::try_reserve(&mut out, total) {
                    return Err(self.err_noargs("MemoryError"));
                }
                for _ in 0..n {
                    for &v in &items {
                        self.incref(v);
                        out.push(v);
                    }
                }
                Ok(Some(if is_list {
                    self.new_list(out)
                } else {
                    self.new_tuple(out)
                }))
            }
            BinOp::Mod if self.is_str(a) => self.percent_format(a, b).map(Some),
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor => self.set_binop(a, b, op),
            _ => Ok(None),
        }
    }
}

fn ord_matches(o: Option<Ordering>, op: CmpOp) -> bool {
    match o {
        None => op == CmpOp::NotEq,
        Some(o) => match op {
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::NotEq => o != Ordering::Equal,
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::LtE => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::GtE => o != Ordering::Less,
            _ => false,
        },
    }
}

fn cmp_int_float(x: &BigInt, y: f64) -> Option<Ordering> {
    if y.is_nan() {
        return None;
    }
    if y.is_infinite() {
        return Some(if y > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = y.floor();
    let yi = BigInt::from(fl as i128);
    match x.cmp(&yi) {
        Ordering::Equal => {
            if fl < y {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// Number of elements of `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

/// Correctly rounded `x / y` for big ints (None on overflow).
pub fn big_true_div(x: &BigInt, y: &BigInt) -> Option<f64> {
    let neg = x.is_negative() != y.is_negative();
    let (x, y) = (x.abs(), y.abs());
    // Scale so the quotient has 64+ significant bits, then convert.
    let shift = (y.bits() as i64) - (x.bits() as i64) + 66;
    let q = if shift >= 0 {
        (&x << shift as usize) / &y
    } else {
        (&x >> (-shift) as usize) / &y
    };
    let f = q.to_f64()? * 2f64.powi(-(shift as i32));
    if f.is_infinite() {
        return None;
    }
    Some(if neg { -f } else { f })
}

#[allow(dead_code)]
fn _unused(_: PyErr) {}

/// CPython's `_float_div_mod` (y != 0): floor quotient and remainder, with its
/// handling of signed zeros, infinities (`inf // 2.0` is nan) and rounding.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0f64.copysign(vx / wx)
    };
    (floordiv, m)
}
