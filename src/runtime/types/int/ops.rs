//! `int` (and `bool`) arithmetic, unary operators and numeric comparison (CPython's
//! Objects/longobject.c: `long_add`, `long_true_divide`, `long_pow`, `long_lshift`,
//! `long_neg`, `long_invert`, `long_richcompare`...). Small ints are unboxed
//! `Value::Int`, big ones `Obj::BigInt`; every operation works on a `BigInt` view and
//! `new_int` unboxes the result again when it fits.
//!
//! `num_binop` and `num_compare` are the numeric entry points the dispatchers in
//! `vm/ops.rs` call: int with int is handled here, anything involving a float goes
//! to `types/float/ops.rs` (CPython's float slots convert an int operand the same way).

use super::divide;
use crate::bytecode::{BinOp, Unary};
use crate::runtime::object::Obj;
use crate::runtime::types::float::ops::cmp_int_float;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{Scalar, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::borrow::Cow;
use std::cmp::Ordering;

/// A numeric view of a value for arithmetic.
pub enum Num {
    Int(BigInt),
    Float(f64),
}

impl Vm {
    /// The numeric value of an int/bool/float, if it is one.
    pub fn num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::Int(BigInt::from(self.heap.int_of(i)))),
            Value::Bool(b) => Some(Num::Int(BigInt::from(b as i64))),
            Value::Float(f) => Some(Num::Float(self.heap.float_of(f))),
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
            Value::Int(i) => Some(self.heap.int_of(i)),
            Value::Bool(b) => Some(b as i64),
            _ => None,
        }
    }

    /// The int value (bool included) of `v`, borrowing a big int's digits in place
    /// instead of copying them as `num` does.
    fn int_operand(&self, v: Value) -> Option<Cow<'_, BigInt>> {
        match v {
            Value::Int(i) => Some(Cow::Owned(BigInt::from(self.heap.int_of(i)))),
            Value::Bool(b) => Some(Cow::Owned(BigInt::from(b as i64))),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => Some(Cow::Borrowed(&**b)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `+ - * // %` of two ints computed on borrowed operands: a big int's digits are
    /// read where they live, not cloned first (a copy of each operand per operation was
    /// most of the cost of big-int arithmetic). None when an operand is not an int or
    /// the operator is another one; an error only for a zero divisor.
    fn int_binop_borrowed(&mut self, a: Value, b: Value, op: BinOp) -> Option<PyResult<Value>> {
        if !matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::FloorDiv | BinOp::Mod
        ) {
            return None;
        }
        let (x, y) = (self.int_operand(a)?, self.int_operand(b)?);
        let r = match op {
            BinOp::Add => &*x + &*y,
            BinOp::Sub => &*x - &*y,
            BinOp::Mult => &*x * &*y,
            _ if y.is_zero() => {
                return Some(Err(self.zero_div(if op == BinOp::Mod {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                })))
            }
            BinOp::FloorDiv => divide::div_floor(&x, &y),
            _ => divide::mod_floor(&x, &y),
        };
        Some(Ok(self.new_int(r)))
    }

    /// Arithmetic on numbers (None if not both numeric).
    pub(crate) fn num_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        if let Some(r) = self.int_binop_borrowed(a, b, op) {
            return r.map(Some);
        }
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
                    // No float version (NotImplemented, before any int-to-float
                    // conversion could overflow): the caller's TypeError names the
                    // operands as the program gave them and the augmented operator.
                    return Ok(None);
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

    pub(crate) fn int_binop(&mut self, x: BigInt, y: BigInt, op: BinOp) -> PyResult<Value> {
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
                        Ok(self.float(a / b))
                    }
                    _ => {
                        // Correctly rounded big division.
                        let q = big_true_div(&x, &y);
                        match q {
                            Some(f) => Ok(self.float(f)),
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
                divide::div_floor(&x, &y)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_div("integer modulo by zero"));
                }
                divide::mod_floor(&x, &y)
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let xf = x.to_f64().unwrap_or(f64::INFINITY);
                    let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                    if xf == 0.0 {
                        return Err(self.zero_div("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(self.float(xf.powf(yf)));
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

    /// `PyLong_CheckExact`: an int that is not a bool and not a subclass instance.
    pub(crate) fn is_exact_int(&self, v: Value) -> bool {
        match v {
            Value::Int(_) => true,
            Value::Obj(r) => matches!(self.heap.get(r), Obj::BigInt(_)),
            _ => false,
        }
    }

    /// `-a`, `+a`, `~a` when `a` is an int, bool or float (CPython's `long_neg`,
    /// `long_pos`, `long_invert`, `float_neg`, `float_pos`); None for other values.
    pub(crate) fn num_unary(&mut self, a: Value, u: Unary) -> Option<Value> {
        match (u, self.heap.scalar(a)) {
            (Unary::Pos, Scalar::Int(_) | Scalar::Float(_)) => {
                // CPython's long_pos / float_pos return the object itself.
                self.incref(a);
                return Some(a);
            }
            (Unary::Neg, Scalar::Int(i)) => {
                return Some(match i.checked_neg() {
                    Some(n) => self.int(n),
                    None => self.new_int(-BigInt::from(i)),
                })
            }
            (Unary::Neg, Scalar::Bool(b)) => return Some(self.int(-(b as i64))),
            (Unary::Neg, Scalar::Float(f)) => return Some(self.float(-f)),
            (Unary::Pos, Scalar::Bool(b)) => return Some(self.int(b as i64)),
            (Unary::Invert, Scalar::Int(i)) => return Some(self.int(!i)),
            (Unary::Invert, Scalar::Bool(b)) => return Some(self.int(!(b as i64))),
            _ => {}
        }
        if u == Unary::Pos && self.is_exact_int(a) {
            // `long_pos`: an exact big int is returned itself.
            self.incref(a);
            return Some(a);
        }
        if let Some(b) = self.as_bigint(a) {
            let r = match u {
                Unary::Neg => -b,
                Unary::Pos => b,
                Unary::Invert => -b - 1,
                Unary::Not => unreachable!(),
            };
            return Some(self.new_int(r));
        }
        None
    }

    /// The ordering of two numbers (bool, int, bigint, float, mixed): `Some(None)` when
    /// unordered (NaN), None when not both are numbers (CPython's `long_richcompare`
    /// and `float_richcompare`).
    pub(crate) fn num_compare(&self, a: Value, b: Value) -> Option<Option<Ordering>> {
        if let (Some(x), Some(y)) = (self.int_operand(a), self.int_operand(b)) {
            // int with int: compare the digits in place (no copies).
            return Some(Some(x.cmp(&y)));
        }
        let (Some(x), Some(y)) = (self.num(a), self.num(b)) else {
            return None;
        };
        Some(match (x, y) {
            (Num::Int(x), Num::Int(y)) => Some(x.cmp(&y)),
            (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
            (Num::Int(x), Num::Float(y)) => cmp_int_float(&x, y),
            (Num::Float(x), Num::Int(y)) => cmp_int_float(&y, x).map(|o| o.reverse()),
        })
    }
}

/// Correctly rounded `x / y` for big ints (None on overflow), as CPython's
/// `long_true_divide`: the quotient is taken with two bits beyond a double's 53 (or
/// beyond the subnormal range's fewer), rounded half to even with the remainder as
/// sticky bit, and only then scaled by its power of two, so subnormal results
/// round once, correctly.
pub fn big_true_div(x: &BigInt, y: &BigInt) -> Option<f64> {
    use num_bigint::BigUint;
    const MANT: i64 = 53;
    const MIN_EXP: i64 = -1021; // C's DBL_MIN_EXP
    let neg = x.is_negative() != y.is_negative();
    let (a, b) = (x.magnitude(), y.magnitude());
    let signed = |f: f64| if neg { -f } else { f };
    if a.is_zero() {
        return Some(signed(0.0));
    }
    // The quotient lies in [2**(diff-1), 2**(diff+1)).
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > 1025 {
        return None;
    }
    if diff < MIN_EXP - MANT - 1 {
        return Some(signed(0.0));
    }
    let mut shift = diff.max(MIN_EXP) - MANT - 2;
    let (num, mut inexact) = if shift <= 0 {
        (a << (-shift) as usize, false)
    } else {
        let lost = a.trailing_zeros().unwrap_or(0) < shift as u64;
        (a >> shift as usize, lost)
    };
    let (mut q, rem) = num_integer::Integer::div_rem(&num, b);
    inexact |= !rem.is_zero();
    let q_bits = q.bits() as i64;
    let extra = q_bits.max(MIN_EXP - shift) - MANT;
    if extra > 0 {
        let half = q.bit((extra - 1) as u64);
        let below = extra > 1 && q.trailing_zeros().is_some_and(|t| (t as i64) < extra - 1);
        let odd = q.bit(extra as u64);
        q >>= extra as usize;
        if half && (below || inexact || odd) {
            q += BigUint::from(1u8);
        }
        shift += extra;
    }
    // At most 54 bits now: exact as a double; scaling by powers of two in steps that
    // stay normal is exact until the last, whose result is representable.
    let mut f = q.to_f64()?;
    let mut k = shift;
    while k != 0 {
        let step = k.clamp(-1022, 1023);
        f *= f64::from_bits(((step + 1023) as u64) << 52);
        k -= step;
    }
    if f.is_infinite() {
        return None;
    }
    Some(signed(f))
}
