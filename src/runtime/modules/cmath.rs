//! The `cmath` module (CPython's Modules/cmathmodule.c): the complex elementary
//! functions with CPython's algorithms for finite arguments (the overflow-avoiding
//! branches for huge and tiny parts, `log1p` near |z| = 1, the `asinh`-based
//! inverse functions), C99 Annex G's values for infinite and NaN parts (CPython
//! keeps them in tables; here they are the Annex's rules, written out per function),
//! and CPython's errors: `ValueError: math domain error` where C sets EDOM,
//! `OverflowError: math range error` where it sets ERANGE.

use crate::runtime::builtins::{add_fns, check_args, kwarg, new_module, set_in};
use crate::runtime::types::complex::arith;
use crate::runtime::types::complex::Complex;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, LN_10, LN_2, PI};

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "cmath");
    add_fns(
        vm,
        d,
        &[
            ("phase", phase),
            ("polar", polar),
            ("rect", rect),
            ("exp", exp),
            ("log", log),
            ("log10", log10),
            ("sqrt", sqrt),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isclose", isclose),
        ],
    );
    for (name, x) in [
        ("pi", PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let v = vm.float(x);
        set_in(vm, d, name, v);
    }
    for (name, im) in [("infj", f64::INFINITY), ("nanj", f64::NAN)] {
        let v = vm.new_complex(Complex::new(0.0, im));
        set_in(vm, d, name, v);
    }
    m
}

/// What C reports through `errno`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

type CResult = (Complex, Errno);

fn c(re: f64, im: f64) -> Complex {
    Complex::new(re, im)
}

fn ok(z: Complex) -> CResult {
    (z, Errno::Ok)
}

/// An argument as a complex (CPython's `PyComplex_AsCComplex`): a complex, the
/// result of `__complex__`, or a real number (`__float__`, `__index__`).
fn arg(vm: &mut Vm, v: Value) -> PyResult<Complex> {
    if let Some(z) = vm.complex_of(v) {
        return Ok(z);
    }
    if let Some(m) = vm.lookup_type_attr(v, "__complex__") {
        let r = vm.call_special(m, v, &[]);
        vm.decref(m);
        let r = r?;
        let z = vm.complex_of(vm.unwrap_payload(r));
        let tn = vm.type_name(r);
        vm.decref(r);
        return match z {
            Some(z) => Ok(z),
            None => Err(vm.type_error(format!("__complex__ returned non-complex (type {})", tn))),
        };
    }
    Ok(c(vm.to_f64(v)?, 0.0))
}

fn finish(vm: &mut Vm, (z, e): CResult) -> PyResult<Value> {
    match e {
        Errno::Ok => Ok(vm.new_complex(z)),
        Errno::Dom => Err(vm.value_error("math domain error")),
        Errno::Range => Err(vm.overflow_error("math range error")),
    }
}

macro_rules! unary {
    ($name:ident, $f:ident) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            check_args(vm, stringify!($name), args, 1, 1)?;
            let z = arg(vm, args[0])?;
            finish(vm, $f(z))
        }
    };
}
unary!(exp, c_exp);
unary!(sqrt, c_sqrt);
unary!(log10, c_log10);
unary!(sin, c_sin);
unary!(cos, c_cos);
unary!(tan, c_tan);
unary!(asin, c_asin);
unary!(acos, c_acos);
unary!(atan, c_atan);
unary!(sinh, c_sinh);
unary!(cosh, c_cosh);
unary!(tanh, c_tanh);
unary!(asinh, c_asinh);
unary!(acosh, c_acosh);
unary!(atanh, c_atanh);

/// `cmath.log(z[, base])`: `log(z) / log(base)`. As in CPython, only the errors
/// of the last step count (log of the base resets errno; a base of 1 divides by
/// zero, a domain error).
fn log(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "log", args, 1, 2)?;
    let z = arg(vm, args[0])?;
    let mut r = c_log(z);
    if let Some(&b) = args.get(1) {
        let b = arg(vm, b)?;
        let (lb, e) = c_log(b);
        r = match arith::quot(r.0, lb) {
            Ok(q) => (q, e),
            Err(_) => (c(0.0, 0.0), Errno::Dom),
        };
    }
    finish(vm, r)
}

/// `cmath.phase(z)`: the argument, `atan2(z.imag, z.real)`.
fn phase(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "phase", args, 1, 1)?;
    let z = arg(vm, args[0])?;
    Ok(vm.float(c_atan2(z)))
}

/// `cmath.polar(z)`: `(abs(z), phase(z))`.
fn polar(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "polar", args, 1, 1)?;
    let z = arg(vm, args[0])?;
    let r = match arith::abs(z) {
        Ok(r) => r,
        Err(_) => return Err(vm.overflow_error("math range error")),
    };
    let items = vec![vm.float(r), vm.float(c_atan2(z))];
    Ok(vm.new_tuple(items))
}

/// `cmath.rect(r, phi)`: `r * (cos(phi) + i sin(phi))`.
fn rect(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "rect", args, 2, 2)?;
    let r = vm.to_f64(args[0])?;
    let phi = vm.to_f64(args[1])?;
    let out = if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let s = r.signum();
            c(
                s * f64::INFINITY.copysign(phi.cos()),
                s * f64::INFINITY.copysign(phi.sin()),
            )
        } else if phi == 0.0 {
            // r infinite or NaN: r * (1 + 0i).
            c(r, if r.is_nan() { 0.0 } else { phi * r.signum() })
        } else if r == 0.0 {
            c(0.0, 0.0)
        } else if r.is_infinite() {
            // The sign is unspecified for a NaN angle: CPython's table has +inf.
            c(f64::INFINITY, f64::NAN)
        } else {
            c(f64::NAN, f64::NAN)
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        (z, e)
    } else if phi == 0.0 {
        ok(c(r, r * phi))
    } else {
        ok(c(r * phi.cos(), r * phi.sin()))
    };
    finish(vm, out)
}

fn isfinite(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "isfinite", args, 1, 1)?;
    let z = arg(vm, args[0])?;
    Ok(Value::Bool(z.re.is_finite() && z.im.is_finite()))
}

fn isinf(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "isinf", args, 1, 1)?;
    let z = arg(vm, args[0])?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "isnan", args, 1, 1)?;
    let z = arg(vm, args[0])?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "isclose", args, 2, 2)?;
    let a = arg(vm, args[0])?;
    let b = arg(vm, args[1])?;
    let rel = match kwarg(vm, kw, "rel_tol") {
        Some(v) => vm.to_f64(v)?,
        None => 1e-9,
    };
    let abs = match kwarg(vm, kw, "abs_tol") {
        Some(v) => vm.to_f64(v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a.re == b.re && a.im == b.im {
        return Ok(Value::Bool(true));
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let cabs = |z: Complex| arith::abs(z).unwrap_or(f64::INFINITY);
    let diff = cabs(arith::diff(a, b));
    Ok(Value::Bool(
        diff <= rel * cabs(b) || diff <= rel * cabs(a) || diff <= abs,
    ))
}

// ----- the functions on plain values ------------------------------------------------

/// DBL_MAX / 4: above this, squaring or adding parts could overflow.
const LARGE: f64 = f64::MAX / 4.0;
/// DBL_MIN (the smallest normal double).
const DBL_MIN: f64 = f64::MIN_POSITIVE;
const MANT_DIG: i32 = 53;
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// C's `atan2` with CPython's explicit handling of infinities and zeros
/// (`c_atan2`), which Rust's atan2 matches.
fn c_atan2(z: Complex) -> f64 {
    if z.re.is_nan() || z.im.is_nan() {
        return f64::NAN;
    }
    z.im.atan2(z.re)
}

/// `asinh` of a real: the C library's, as CPython's (Rust's `f64::asinh` is its own
/// formula and differs in the last digit).
fn r_asinh(x: f64) -> f64 {
    extern "C" {
        fn asinh(x: f64) -> f64;
    }
    // SAFETY: a pure function of one double, with no pointers or global state.
    unsafe { asinh(x) }
}

fn neg(z: Complex) -> Complex {
    c(-z.re, -z.im)
}

/// Whether one part is infinite or NaN (the Annex G special values apply).
fn special(z: Complex) -> bool {
    !z.re.is_finite() || !z.im.is_finite()
}

fn c_sqrt(z: Complex) -> CResult {
    if special(z) {
        let (x, y) = (z.re, z.im);
        let r = if y.is_infinite() {
            c(f64::INFINITY, y)
        } else if x.is_nan() {
            c(f64::NAN, f64::NAN)
        } else if x.is_infinite() {
            if y.is_nan() {
                if x > 0.0 {
                    c(x, f64::NAN)
                } else {
                    c(f64::NAN, f64::INFINITY)
                }
            } else if x > 0.0 {
                c(x, 0.0f64.copysign(y))
            } else {
                c(0.0, f64::INFINITY.copysign(y))
            }
        } else {
            c(f64::NAN, f64::NAN)
        };
        return ok(r);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return ok(c(0.0, z.im));
    }
    let mut ax = z.re.abs();
    let ay = z.im.abs();
    let s = if ax < DBL_MIN && ay < DBL_MIN {
        // hypot(ax, ay) would be subnormal: scale up first.
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        ok(c(s, d.copysign(z.im)))
    } else {
        ok(c(d, s.copysign(z.im)))
    }
}

fn c_log(z: Complex) -> CResult {
    if special(z) {
        let (x, y) = (z.re, z.im);
        let r = if x.is_nan() {
            if y.is_infinite() {
                c(f64::INFINITY, f64::NAN)
            } else {
                c(f64::NAN, f64::NAN)
            }
        } else if y.is_nan() {
            if x.is_infinite() {
                c(f64::INFINITY, f64::NAN)
            } else {
                c(f64::NAN, f64::NAN)
            }
        } else {
            // An infinite part: the modulus is infinite, the argument atan2's.
            c(f64::INFINITY, y.atan2(x))
        };
        return ok(r);
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < DBL_MIN && ay < DBL_MIN {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG)).ln() - MANT_DIG as f64 * LN_2
        } else {
            // log(±0 ± 0i): a pole.
            return (c(f64::NEG_INFINITY, z.im.atan2(z.re)), Errno::Dom);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let am = ax.max(ay);
            let an = ax.min(ay);
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ok(c(re, z.im.atan2(z.re)))
}

fn c_log10(z: Complex) -> CResult {
    let (r, e) = c_log(z);
    (c(r.re / LN_10, r.im / LN_10), e)
}

fn c_exp(z: Complex) -> CResult {
    let (x, y) = (z.re, z.im);
    if special(z) {
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            if x > 0.0 {
                c(
                    f64::INFINITY.copysign(y.cos()),
                    f64::INFINITY.copysign(y.sin()),
                )
            } else {
                c(0.0f64.copysign(y.cos()), 0.0f64.copysign(y.sin()))
            }
        } else if x.is_nan() {
            if y == 0.0 {
                c(f64::NAN, y)
            } else {
                c(f64::NAN, f64::NAN)
            }
        } else if x.is_infinite() {
            // y is ±0, infinite or NaN.
            if x > 0.0 {
                if y == 0.0 {
                    c(x, y)
                } else {
                    c(f64::INFINITY, f64::NAN)
                }
            } else if y == 0.0 {
                c(0.0, y)
            } else {
                c(0.0, 0.0)
            }
        } else {
            // x finite, y infinite or NaN.
            c(f64::NAN, f64::NAN)
        };
        let e = if y.is_infinite() && (x.is_finite() || (x.is_infinite() && x > 0.0)) {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if x > log_large() {
        let l = (x - 1.0).exp();
        c(
            l * y.cos() * std::f64::consts::E,
            l * y.sin() * std::f64::consts::E,
        )
    } else {
        let l = x.exp();
        c(l * y.cos(), l * y.sin())
    };
    range_check(r)
}

fn range_check(r: Complex) -> CResult {
    if r.re.is_infinite() || r.im.is_infinite() {
        (r, Errno::Range)
    } else {
        ok(r)
    }
}

/// cosh for a non-finite argument (Annex G.6.2.4; even, and conj-symmetric).
fn cosh_special(x: f64, y: f64) -> Complex {
    if x.is_infinite() && y.is_finite() && y != 0.0 {
        if x > 0.0 {
            return c(
                f64::INFINITY.copysign(y.cos()),
                f64::INFINITY.copysign(y.sin()),
            );
        }
        return c(
            f64::INFINITY.copysign(y.cos()),
            -f64::INFINITY.copysign(y.sin()),
        );
    }
    if x.is_nan() {
        return if y == 0.0 {
            c(f64::NAN, 0.0)
        } else {
            c(f64::NAN, f64::NAN)
        };
    }
    if x.is_infinite() {
        // y is ±0, infinite or NaN.
        if y == 0.0 {
            // cosh(±inf ± 0i) = inf ± 0i (the sign of x*y: cosh is even).
            let im = if x.is_sign_negative() != y.is_sign_negative() {
                -0.0
            } else {
                0.0
            };
            return c(f64::INFINITY, im);
        }
        return c(f64::INFINITY, f64::NAN);
    }
    // x finite, y infinite or NaN.
    if x == 0.0 {
        c(f64::NAN, 0.0)
    } else {
        c(f64::NAN, f64::NAN)
    }
}

fn c_cosh(z: Complex) -> CResult {
    let (x, y) = (z.re, z.im);
    if special(z) {
        let e = if y.is_infinite() && !x.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (cosh_special(x, y), e);
    }
    let r = if x.abs() > log_large() {
        let xm1 = x - 1.0f64.copysign(x);
        c(
            y.cos() * xm1.cosh() * std::f64::consts::E,
            y.sin() * xm1.sinh() * std::f64::consts::E,
        )
    } else {
        c(y.cos() * x.cosh(), y.sin() * x.sinh())
    };
    range_check(r)
}

/// sinh for a non-finite argument (Annex G.6.2.5; odd, and conj-symmetric).
fn sinh_special(x: f64, y: f64) -> Complex {
    if x.is_infinite() && y.is_finite() && y != 0.0 {
        if x > 0.0 {
            return c(
                f64::INFINITY.copysign(y.cos()),
                f64::INFINITY.copysign(y.sin()),
            );
        }
        return c(
            -f64::INFINITY.copysign(y.cos()),
            f64::INFINITY.copysign(y.sin()),
        );
    }
    if x.is_nan() {
        return if y == 0.0 {
            c(f64::NAN, y)
        } else {
            c(f64::NAN, f64::NAN)
        };
    }
    if x.is_infinite() {
        if y == 0.0 {
            return c(x, y);
        }
        // The sign of the infinity is unspecified: CPython's table has +inf.
        return c(f64::INFINITY, f64::NAN);
    }
    // x finite, y infinite or NaN (the zero's sign unspecified: +0 as CPython).
    if x == 0.0 {
        c(0.0, f64::NAN)
    } else {
        c(f64::NAN, f64::NAN)
    }
}

fn c_sinh(z: Complex) -> CResult {
    let (x, y) = (z.re, z.im);
    if special(z) {
        let e = if y.is_infinite() && !x.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (sinh_special(x, y), e);
    }
    let r = if x.abs() > log_large() {
        let xm1 = x - 1.0f64.copysign(x);
        c(
            y.cos() * xm1.sinh() * std::f64::consts::E,
            y.sin() * xm1.cosh() * std::f64::consts::E,
        )
    } else {
        c(y.cos() * x.sinh(), y.sin() * x.cosh())
    };
    range_check(r)
}

fn c_tanh(z: Complex) -> CResult {
    let (x, y) = (z.re, z.im);
    if special(z) {
        let r = if x.is_infinite() && y.is_finite() {
            // tanh(±inf + iy) = ±1 + 0i (the zero signed like sin(2y)).
            c(1.0f64.copysign(x), 0.0f64.copysign(2.0 * y.sin() * y.cos()))
        } else if x.is_infinite() {
            // y infinite or NaN.
            c(1.0f64.copysign(x), 0.0)
        } else if x.is_nan() {
            if y == 0.0 {
                c(f64::NAN, y)
            } else {
                c(f64::NAN, f64::NAN)
            }
        } else {
            c(f64::NAN, f64::NAN)
        };
        let e = if y.is_infinite() && x.is_finite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if x.abs() > log_large() {
        c(
            1.0f64.copysign(x),
            4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp(),
        )
    } else {
        let tx = x.tanh();
        let ty = y.tan();
        let cx = 1.0 / x.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    ok(r)
}

/// asinh for a non-finite argument (Annex G.6.2.2; odd, conj-symmetric).
fn asinh_special(x: f64, y: f64) -> Complex {
    if x.is_nan() {
        return if y.is_infinite() {
            c(f64::INFINITY, f64::NAN)
        } else if y == 0.0 {
            c(f64::NAN, y)
        } else {
            c(f64::NAN, f64::NAN)
        };
    }
    if y.is_nan() {
        return if x.is_infinite() {
            c(x, f64::NAN)
        } else {
            c(f64::NAN, f64::NAN)
        };
    }
    // An infinite part, the other not NaN.
    let re = f64::INFINITY.copysign(x);
    let im = if x.is_infinite() && y.is_infinite() {
        FRAC_PI_4.copysign(y)
    } else if y.is_infinite() {
        FRAC_PI_2.copysign(y)
    } else {
        0.0f64.copysign(y)
    };
    c(re, im)
}

fn c_asinh(z: Complex) -> CResult {
    if special(z) {
        return ok(asinh_special(z.re, z.im));
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        c(re, z.im.atan2(z.re.abs()))
    } else {
        let s1 = c_sqrt(c(1.0 + z.im, -z.re)).0;
        let s2 = c_sqrt(c(1.0 - z.im, z.re)).0;
        c(
            r_asinh(s1.re * s2.im - s2.re * s1.im),
            z.im.atan2(s1.re * s2.re - s1.im * s2.im),
        )
    };
    ok(r)
}

fn c_asin(z: Complex) -> CResult {
    // asin(z) = -i asinh(iz)
    let (s, e) = c_asinh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

/// acos for a non-finite argument (Annex G.6.1.1).
fn acos_special(x: f64, y: f64) -> Complex {
    if x.is_nan() {
        return if y.is_infinite() {
            c(f64::NAN, -y)
        } else {
            c(f64::NAN, f64::NAN)
        };
    }
    if y.is_nan() {
        return if x.is_infinite() {
            c(f64::NAN, f64::INFINITY)
        } else if x == 0.0 {
            c(FRAC_PI_2, f64::NAN)
        } else {
            c(f64::NAN, f64::NAN)
        };
    }
    let re = if x.is_infinite() && y.is_infinite() {
        if x > 0.0 {
            FRAC_PI_4
        } else {
            3.0 * FRAC_PI_4
        }
    } else if y.is_infinite() {
        FRAC_PI_2
    } else if x > 0.0 {
        0.0
    } else {
        PI
    };
    c(re, -f64::INFINITY.copysign(y))
}

fn c_acos(z: Complex) -> CResult {
    if special(z) {
        return ok(acos_special(z.re, z.im));
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = z.im.abs().atan2(z.re);
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let im = if z.re < 0.0 {
            -l.copysign(z.im)
        } else {
            l.copysign(-z.im)
        };
        c(re, im)
    } else {
        let s1 = c_sqrt(c(1.0 - z.re, -z.im)).0;
        let s2 = c_sqrt(c(1.0 + z.re, z.im)).0;
        c(
            2.0 * s1.re.atan2(s2.re),
            r_asinh(s2.re * s1.im - s2.im * s1.re),
        )
    };
    ok(r)
}

/// acosh for a non-finite argument (Annex G.6.2.1).
fn acosh_special(x: f64, y: f64) -> Complex {
    if x.is_nan() {
        return if y.is_infinite() {
            c(f64::INFINITY, f64::NAN)
        } else {
            c(f64::NAN, f64::NAN)
        };
    }
    if y.is_nan() {
        return if x.is_infinite() {
            c(f64::INFINITY, f64::NAN)
        } else {
            c(f64::NAN, f64::NAN)
        };
    }
    let im = if x.is_infinite() && y.is_infinite() {
        if x > 0.0 {
            FRAC_PI_4
        } else {
            3.0 * FRAC_PI_4
        }
    } else if y.is_infinite() {
        FRAC_PI_2
    } else if x > 0.0 {
        0.0
    } else {
        PI
    };
    c(f64::INFINITY, im.copysign(y))
}

fn c_acosh(z: Complex) -> CResult {
    if special(z) {
        return ok(acosh_special(z.re, z.im));
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        c(
            (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0,
            z.im.atan2(z.re),
        )
    } else {
        let s1 = c_sqrt(c(z.re - 1.0, z.im)).0;
        let s2 = c_sqrt(c(z.re + 1.0, z.im)).0;
        c(
            r_asinh(s1.re * s2.re + s1.im * s2.im),
            2.0 * s1.im.atan2(s2.re),
        )
    };
    ok(r)
}

/// atanh for a non-finite argument (Annex G.6.2.3; odd, conj-symmetric).
fn atanh_special(x: f64, y: f64) -> Complex {
    if x.is_nan() {
        return if y.is_infinite() {
            c(0.0, FRAC_PI_2.copysign(y))
        } else {
            c(f64::NAN, f64::NAN)
        };
    }
    if y.is_nan() {
        return if x.is_infinite() || x == 0.0 {
            c(0.0f64.copysign(x), f64::NAN)
        } else {
            c(f64::NAN, f64::NAN)
        };
    }
    // An infinite part, the other not NaN: 0 ± i pi/2.
    c(0.0f64.copysign(x), FRAC_PI_2.copysign(y))
}

fn c_atanh(z: Complex) -> CResult {
    if special(z) {
        return ok(atanh_special(z.re, z.im));
    }
    if z.re < 0.0 {
        let (r, e) = c_atanh(neg(z));
        return (neg(r), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        // |z| large: atanh(z) ~ 1/z ± i pi/2.
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return ok(c(z.re / 4.0 / h / h, -(FRAC_PI_2.copysign(-z.im))));
    }
    if z.re == 1.0 && ay < DBL_MIN.sqrt() {
        if ay == 0.0 {
            return (c(f64::INFINITY, z.im), Errno::Dom);
        }
        return ok(c(
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2.0f64.atan2(-ay) / 2.0).copysign(z.im),
        ));
    }
    ok(c(
        (4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * z.im).atan2((1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0,
    ))
}

fn c_atan(z: Complex) -> CResult {
    // atan(z) = -i atanh(iz)
    let (s, e) = c_atanh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

fn c_cos(z: Complex) -> CResult {
    // cos(z) = cosh(iz)
    c_cosh(c(-z.im, z.re))
}

fn c_sin(z: Complex) -> CResult {
    // sin(z) = -i sinh(iz)
    let (s, e) = c_sinh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

fn c_tan(z: Complex) -> CResult {
    // tan(z) = -i tanh(iz)
    let (s, e) = c_tanh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finite_values_match_cpython() {
        // Values printed by CPython 3.11.
        let (r, _) = c_sqrt(c(-1.0, 0.0));
        assert_eq!((r.re, r.im), (0.0, 1.0));
        let (r, _) = c_log(c(0.0, 1.0));
        assert_eq!((r.re, r.im), (0.0, FRAC_PI_2));
        let (r, e) = c_log(c(0.0, 0.0));
        assert!(r.re.is_infinite() && e == Errno::Dom);
        let (r, e) = c_exp(c(1000.0, 0.0));
        assert!(r.re.is_infinite() && e == Errno::Range);
    }
}
