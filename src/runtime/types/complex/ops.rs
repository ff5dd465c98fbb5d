//! The protocol arms of `complex` (CPython's Objects/complexobject.c:
//! `to_complex`, `complex_add`/`sub`/`mul`/`div`/`pow`, `complex_neg`/`pos`,
//! `complex_abs`, `complex_bool`, `complex_richcompare`). The dispatchers in
//! `vm/ops.rs` call these after the int/float fast paths: an operand that is
//! neither an int, a float nor a complex makes the operation NotImplemented here,
//! so the other operand's reflected method (`__radd__`...) is asked next, as in
//! CPython.

use super::arith::{self, CErr};
use super::Complex;
use crate::bytecode::{BinOp, CmpOp, Unary};
use crate::runtime::object::Obj;
use crate::runtime::types::float::ops::cmp_int_float;
use crate::runtime::types::int::ops::Num;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use num_traits::ToPrimitive;
use std::cmp::Ordering;

impl Vm {
    /// A new reference to a complex object (CPython's `PyComplex_FromDoubles`).
    pub fn new_complex(&mut self, z: Complex) -> Value {
        self.heap.new_value(Obj::Complex(z))
    }

    /// The value of an exact complex object (a subclass instance is not one).
    #[inline]
    pub fn complex_of(&self, v: Value) -> Option<Complex> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Complex(z) => Some(*z),
                _ => None,
            },
            _ => None,
        }
    }

    /// An arithmetic operand as a complex (CPython's `to_complex`): a complex, or an
    /// int or float with a zero imaginary part; None (NotImplemented) for anything
    /// else; OverflowError for an int beyond the float range.
    fn complex_operand(&mut self, v: Value) -> PyResult<Option<Complex>> {
        if let Some(z) = self.complex_of(v) {
            return Ok(Some(z));
        }
        Ok(match self.num(v) {
            Some(Num::Float(f)) => Some(Complex::new(f, 0.0)),
            Some(Num::Int(i)) => match i.to_f64().filter(|f| f.is_finite()) {
                Some(f) => Some(Complex::new(f, 0.0)),
                None => return Err(self.overflow_error("int too large to convert to float")),
            },
            None => None,
        })
    }

    /// `a op b` when one operand is a complex and the other a number; None when
    /// complex has no such operator (`//`, `%`, bit operators) or the other operand
    /// is not a number.
    pub(crate) fn complex_binop(
        &mut self,
        a: Value,
        b: Value,
        op: BinOp,
    ) -> PyResult<Option<Value>> {
        if self.complex_of(a).is_none() && self.complex_of(b).is_none() {
            return Ok(None);
        }
        if !matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::Div | BinOp::Pow
        ) {
            return Ok(None);
        }
        let Some(x) = self.complex_operand(a)? else {
            return Ok(None);
        };
        let Some(y) = self.complex_operand(b)? else {
            return Ok(None);
        };
        let z = match op {
            BinOp::Add => arith::sum(x, y),
            BinOp::Sub => arith::diff(x, y),
            BinOp::Mult => arith::prod(x, y),
            BinOp::Div => match arith::quot(x, y) {
                Ok(z) => z,
                Err(_) => return Err(self.zero_div("complex division by zero")),
            },
            _ => self.complex_pow(x, y)?,
        };
        Ok(Some(self.new_complex(z)))
    }

    /// `x ** y` with CPython's errors (`complex_pow`).
    pub(crate) fn complex_pow(&mut self, x: Complex, y: Complex) -> PyResult<Complex> {
        match arith::pow(x, y) {
            Ok(z) => Ok(z),
            Err(CErr::Domain) => Err(self.zero_div("0.0 to a negative or complex power")),
            Err(CErr::Range) => Err(self.overflow_error("complex exponentiation")),
        }
    }

    /// `-z`, `+z` of an exact complex; None otherwise (and for `~`, which complex
    /// does not have).
    pub(crate) fn complex_unary(&mut self, a: Value, u: Unary) -> Option<Value> {
        let z = self.complex_of(a)?;
        match u {
            Unary::Neg => Some(self.new_complex(Complex::new(-z.re, -z.im))),
            Unary::Pos => {
                // complex_pos returns an exact complex itself.
                self.incref(a);
                Some(a)
            }
            Unary::Not => Some(Value::Bool(z.re == 0.0 && z.im == 0.0)),
            Unary::Invert => None,
        }
    }

    /// `abs(z)` of an exact complex (a float); None otherwise.
    pub(crate) fn complex_abs(&mut self, v: Value) -> Option<PyResult<Value>> {
        let z = self.complex_of(v)?;
        Some(match arith::abs(z) {
            Ok(r) => Ok(self.float(r)),
            Err(_) => Err(self.overflow_error("absolute value too large")),
        })
    }

    /// `a == b` / `a != b` when one side is an exact complex and the other a number
    /// (CPython's `complex_richcompare`: an int is compared exactly with the real
    /// part when the imaginary part is zero). None for the orderings and for other
    /// operands: the dispatcher then asks the other side and finally raises
    /// `'<' not supported between instances of 'complex' and ...`.
    pub(crate) fn complex_compare(&mut self, a: Value, b: Value, op: CmpOp) -> Option<bool> {
        if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            return None;
        }
        let (z, other) = match (self.complex_of(a), self.complex_of(b)) {
            (Some(z), _) => (z, b),
            (None, Some(z)) => (z, a),
            _ => return None,
        };
        let equal = if let Some(w) = self.complex_of(other) {
            z.re == w.re && z.im == w.im
        } else {
            match self.num(other)? {
                Num::Float(f) => z.re == f && z.im == 0.0,
                Num::Int(i) => z.im == 0.0 && cmp_int_float(&i, z.re) == Some(Ordering::Equal),
            }
        };
        Some(equal == (op == CmpOp::Eq))
    }
}
