//! Complex arithmetic on plain values (CPython's `_Py_c_sum`, `_Py_c_diff`,
//! `_Py_c_neg`, `_Py_c_prod`, `_Py_c_quot`, `_Py_c_pow`, `c_powi`, `c_powu` and
//! `_Py_c_abs` in Objects/complexobject.c), with CPython's algorithms so the
//! results are bit-for-bit the same (Smith's division, repeated squaring for
//! small integral powers). Errors are returned as CPython's `errno` values.

use super::Complex;

/// What CPython signals through `errno`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CErr {
    /// EDOM: division by zero, 0 to a negative or complex power.
    Domain,
    /// ERANGE: the result overflowed.
    Range,
}

pub fn sum(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re + b.re, a.im + b.im)
}

pub fn diff(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re - b.re, a.im - b.im)
}

pub fn prod(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `a / b` (Smith's method, as `_Py_c_quot`): `Err(Domain)` for a zero divisor.
pub fn quot(a: Complex, b: Complex) -> Result<Complex, CErr> {
    let abs_br = b.re.abs();
    let abs_bi = b.im.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(CErr::Domain);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(Complex::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(Complex::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        // At least one part of b is a NaN.
        Ok(Complex::new(f64::NAN, f64::NAN))
    }
}

/// `_Py_c_pow`: the general power through polar form.
fn pow_general(a: Complex, b: Complex) -> Result<Complex, CErr> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(Complex::new(1.0, 0.0));
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(CErr::Domain);
        }
        return Ok(Complex::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Ok(Complex::new(len * phase.cos(), len * phase.sin()))
}

/// `c_powu`: `x ** n` for n >= 1 by repeated squaring.
fn powu(x: Complex, n: i64) -> Complex {
    let mut r = Complex::new(1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `c_powi`: an integral exponent; small ones exactly by multiplication.
fn powi(x: Complex, n: i64) -> Result<Complex, CErr> {
    if !(-100..=100).contains(&n) {
        pow_general(x, Complex::new(n as f64, 0.0))
    } else if n > 0 {
        Ok(powu(x, n))
    } else {
        quot(Complex::new(1.0, 0.0), powu(x, -n))
    }
}

/// `a ** b` as `complex_pow` computes it, with `Py_ADJUST_ERANGE2`: an infinite
/// part is an overflow.
pub fn pow(a: Complex, b: Complex) -> Result<Complex, CErr> {
    let integral = b.im == 0.0 && b.re.fract() == 0.0 && b.re.abs() < 9.2e18;
    let p = if integral {
        powi(a, b.re as i64)?
    } else {
        pow_general(a, b)?
    };
    if p.re.is_infinite() || p.im.is_infinite() {
        return Err(CErr::Range);
    }
    Ok(p)
}

/// `abs(z)` (`_Py_c_abs`): an infinite part wins over a NaN; `Err(Range)` when
/// the finite parts' modulus overflows.
pub fn abs(z: Complex) -> Result<f64, CErr> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() || z.im.is_infinite() {
            return Ok(f64::INFINITY);
        }
        return Ok(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    if r.is_infinite() {
        return Err(CErr::Range);
    }
    Ok(r)
}

/// `hash(z)` (`complex_hash`): the parts' hashes combined as CPython does, with
/// unsigned wrap-around arithmetic.
pub fn hash(z: Complex) -> i64 {
    use crate::runtime::types::float::hash::hash_f64;
    let hr = hash_f64(z.re) as u64;
    let hi = hash_f64(z.im) as u64;
    let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
