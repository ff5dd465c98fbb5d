//! `float` arithmetic and conversion (CPython's Objects/floatobject.c: `float_add`,
//! `float_div`, `float_rem`, `float_floor_div`, `float_pow`, `_float_div_mod`,
//! `PyFloat_AsDouble`, and `float_richcompare`'s exact int-vs-float comparison).

use crate::bytecode::BinOp;
use crate::runtime::types::int::ops::Num;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cmp::Ordering;

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
    /// The value of an int, bool or float as an f64 (CPython's `PyFloat_AsDouble`):
    /// OverflowError for an int beyond the float range; another object is asked for
    /// `__float__` (which must return a float), then `__index__`.
    pub fn to_f64(&mut self, v: Value) -> PyResult<f64> {
        // The machine-sized cases without `num`'s big-int copy: an i64 converts
        // correctly rounded with `as`, as `PyLong_AsDouble` rounds.
        match v {
            Value::Float(f) => return Ok(self.heap.float_of(f)),
            Value::Int(i) => return Ok(self.heap.int_of(i) as f64),
            Value::Bool(b) => return Ok(b as i64 as f64),
            _ => {}
        }
        match self.num(v) {
            Some(Num::Float(f)) => Ok(f),
            Some(Num::Int(i)) => i
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| self.overflow_error("int too large to convert to float")),
            None => {
                if let Some(p) = self.payload_of(v) {
                    if self.num(p).is_some() && !self.py_defines(self.type_of(v), "__float__") {
                        return self.to_f64(p);
                    }
                }
                if let Some(f) = self.lookup_type_attr(v, "__float__") {
                    let r = self.call_value(f, &[v], &[]);
                    self.decref(f);
                    let r = r?;
                    let out = match self.heap.f64_of(self.unwrap_payload(r)) {
                        // A float subclass is still taken, with CPython's warning.
                        Some(x) if !matches!(r, Value::Float(_)) => {
                            let (tn, rn) = (self.type_name(v), self.type_name(r));
                            self.warn(
                                "DeprecationWarning",
                                format!(
                                    "{}.__float__ returned non-float (type {}).  The ability to \
                                     return an instance of a strict subclass of float is \
                                     deprecated, and may be removed in a future version of \
                                     Python.",
                                    tn, rn
                                ),
                            )
                            .map(|()| x)
                        }
                        Some(x) => Ok(x),
                        None => {
                            let (tn, rn) = (self.type_name(v), self.type_name(r));
                            Err(self.type_error(format!(
                                "{}.__float__ returned non-float (type {})",
                                tn, rn
                            )))
                        }
                    };
                    self.decref(r);
                    return out;
                }
                if let Some(b) = self.index_dunder(v)? {
                    return b
                        .to_f64()
                        .filter(|f| f.is_finite())
                        .ok_or_else(|| self.overflow_error("int too large to convert to float"));
                }
                let tn = self.type_name(v);
                Err(self.type_error(format!("must be real number, not {}", tn)))
            }
        }
    }

    /// `type(v).__index__(v)` if the type defines it (CPython's `PyNumber_Index` for
    /// a non-int): the int it returns, a TypeError if it returns something else.
    pub fn index_dunder(&mut self, v: Value) -> PyResult<Option<BigInt>> {
        let Some(f) = self.lookup_type_attr(v, "__index__") else {
            return Ok(None);
        };
        let r = self.call_value(f, &[v], &[]);
        self.decref(f);
        let r = r?;
        let out = match self.as_bigint(self.unwrap_payload(r)) {
            // An int subclass (bool included) is still taken, with CPython's warning.
            Some(b) if !matches!(r, Value::Int(_)) && !self.is_exact_bigint(r) => {
                let rn = self.type_name(r);
                self.warn("DeprecationWarning", subclass_warning("__index__", &rn))
                    .map(|()| Some(b))
            }
            Some(b) => Ok(Some(b)),
            _ => {
                let rn = self.type_name(r);
                Err(self.type_error(format!("__index__ returned non-int (type {})", rn)))
            }
        };
        self.decref(r);
        out
    }

    /// Whether `v` is an exact int too big for the inline form.
    pub(crate) fn is_exact_bigint(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), crate::runtime::object::Obj::BigInt(_)))
    }

    pub(crate) fn float_binop(&mut self, x: f64, y: f64, op: BinOp) -> PyResult<Value> {
        let n = match op {
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
                // 0.0 ** -inf is inf (CPython's float_pow raises only for a finite
                // negative exponent).
                if x == 0.0 && y < 0.0 && y.is_finite() {
                    return Err(self.zero_div("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
                    // A negative number to a fractional power is complex (float_pow
                    // hands it to complex's power).
                    use crate::runtime::types::complex::Complex;
                    let z = self.complex_pow(Complex::new(x, 0.0), Complex::new(y, 0.0))?;
                    return Ok(self.new_complex(z));
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
        };
        Ok(self.float(n))
    }
}

/// `x` compared with `y` exactly (no rounding of a big `x` to a float), as
/// CPython's `float_richcompare` does for an int operand.
pub fn cmp_int_float(x: &BigInt, y: f64) -> Option<Ordering> {
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
    // Exact: an `as i128` cast would saturate for floats beyond 2**127.
    let yi = crate::runtime::types::int::new::float_to_bigint(fl);
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

/// CPython's DeprecationWarning for an `__int__`/`__index__` that returned an
/// instance of a strict subclass of int.
pub(crate) fn subclass_warning(method: &str, type_name: &str) -> String {
    format!(
        "{} returned non-int (type {}).  The ability to return an instance of a strict \
         subclass of int is deprecated, and may be removed in a future version of Python.",
        method, type_name
    )
}
