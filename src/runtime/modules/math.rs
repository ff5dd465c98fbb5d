//! The `math` module (CPython's Modules/mathmodule.c), with CPython's error rules
//! (`math_1`, `math_pow`): domain errors are ValueError, overflows OverflowError.
//!
//! Every function of CPython 3.11's module. `gamma` and `lgamma` are CPython's own
//! Lanczos approximations (`m_tgamma`, `m_lgamma`), `fsum` its exact Shewchuk
//! summation (`math_fsum`), `hypot` and `dist` its `vector_norm` (a sum of squares
//! carried in extended precision). `erf`, `erfc` and the other libm functions are the
//! C library's, as CPython's are, so the last digits agree with python3's; `cbrt`
//! comes from the `libm` crate (musl's algorithm), which can differ from glibc's in
//! the last digit.

use crate::runtime::builtins::{add_fns, check_args, new_module, set_in};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "math");
    add_fns(
        vm,
        d,
        &[
            ("sqrt", sqrt),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("fabs", fabs),
            ("pow", fpow),
            ("exp", exp),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("hypot", hypot),
            ("degrees", degrees),
            ("radians", radians),
            ("factorial", factorial),
            ("gcd", gcd),
            ("isqrt", isqrt),
            ("isclose", isclose),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isfinite", isfinite),
            ("comb", comb),
            ("fsum", fsum),
            ("prod", prod),
            ("copysign", copysign),
            ("perm", perm),
            ("lcm", lcm),
            ("modf", modf),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("fmod", fmod),
            ("dist", dist),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("expm1", expm1),
            ("log1p", log1p),
            ("exp2", exp2),
            ("cbrt", cbrt),
            ("erf", erf),
            ("erfc", erfc),
            ("gamma", gamma),
            ("lgamma", lgamma),
            ("nextafter", nextafter),
            ("ulp", ulp),
            ("remainder", remainder),
        ],
    );
    let nv = vm.float(std::f64::consts::PI);
    set_in(vm, d, "pi", nv);
    let nv = vm.float(std::f64::consts::E);
    set_in(vm, d, "e", nv);
    let nv = vm.float(std::f64::consts::TAU);
    set_in(vm, d, "tau", nv);
    let nv = vm.float(f64::INFINITY);
    set_in(vm, d, "inf", nv);
    let nv = vm.float(f64::NAN);
    set_in(vm, d, "nan", nv);
    m
}

fn f1(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<f64> {
    check_args(vm, name, args, 1, 1)?;
    vm.to_f64(args[0])
}

/// CPython's `math_1`: `r = f(x)` with C99 Annex F's error rules. A NaN from a
/// non-NaN argument is a domain error; an infinity from a finite argument is an
/// overflow (`OverflowError: math range error`) where the function can overflow
/// (exp, cosh, ...), and a domain error otherwise (a pole: `atanh(1)`, `log1p(-1)`).
fn math_1(vm: &mut Vm, x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            vm.err("OverflowError", "math range error")
        } else {
            vm.value_error("math domain error")
        });
    }
    Ok(vm.float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr, $can_overflow:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            let x = f1(vm, args, stringify!($name))?;
            math_1(vm, x, $f, $can_overflow)
        }
    };
}
unary!(fabs, f64::abs, false);
unary!(exp, f64::exp, true);
unary!(exp2, f64::exp2, true);
unary!(expm1, f64::exp_m1, true);
unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);
unary!(asinh, c_asinh, false);
unary!(acosh, c_acosh, false);
unary!(atanh, c_atanh, false);
unary!(log1p, f64::ln_1p, false);
unary!(cbrt, libm::cbrt, false);
unary!(erf, c_erf, false);
unary!(erfc, c_erfc, false);

// The C library's error functions (Rust's std has none; it links the C math
// library on every platform mempy builds for), and its inverse hyperbolic
// functions: std's are closed formulas that lose most digits near the poles
// (`atanh(-0.9999999999999999)` came out 0.35 off, `acosh(1 + 2**-52)` 25 million
// ulps off), where CPython calls the C library and gets it correctly rounded.
mod libc_math {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
    }
}

fn c_erf(x: f64) -> f64 {
    // SAFETY: a pure function of one double, with no pointers or global state.
    unsafe { libc_math::erf(x) }
}

fn c_erfc(x: f64) -> f64 {
    // SAFETY: as `c_erf`.
    unsafe { libc_math::erfc(x) }
}

fn c_asinh(x: f64) -> f64 {
    // SAFETY: as `c_erf`.
    unsafe { libc_math::asinh(x) }
}

fn c_acosh(x: f64) -> f64 {
    // SAFETY: as `c_erf`.
    unsafe { libc_math::acosh(x) }
}

fn c_atanh(x: f64) -> f64 {
    // SAFETY: as `c_erf`.
    unsafe { libc_math::atanh(x) }
}

/// `degrees` and `radians` cannot fail (CPython computes them by one multiplication).
fn degrees(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = f1(vm, args, "degrees")?;
    Ok(vm.float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = f1(vm, args, "radians")?;
    Ok(vm.float(x * (std::f64::consts::PI / 180.0)))
}

fn sqrt(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = f1(vm, args, "sqrt")?;
    if x < 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(vm.float(x.sqrt()))
}

fn logn(vm: &mut Vm, x: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = vm.as_bigint(x) {
        if b <= BigInt::from(0) {
            return Err(vm.value_error("math domain error"));
        }
        let bits = b.bits();
        if bits > 1000 {
            let shift = bits - 53;
            let m: f64 = num_traits::ToPrimitive::to_f64(&(b >> shift as usize)).unwrap_or(1.0);
            return Ok(f(m) + shift as f64 * f(2.0));
        }
    }
    let v = vm.to_f64(x)?;
    if v <= 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(f(v))
}

fn log(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "log", args, 1, 2)?;
    let a = logn(vm, args[0], f64::ln)?;
    if let Some(&b) = args.get(1) {
        let lb = logn(vm, b, f64::ln)?;
        if lb == 0.0 {
            return Err(vm.zero_div("float division by zero"));
        }
        return Ok(vm.float(a / lb));
    }
    Ok(vm.float(a))
}

fn log2(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "log2", args, 1, 1)?;
    let n = logn(vm, args[0], f64::log2)?;
    Ok(vm.float(n))
}

fn log10(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "log10", args, 1, 1)?;
    let n = logn(vm, args[0], f64::log10)?;
    Ok(vm.float(n))
}

/// `math.floor`/`ceil`/`trunc` (CPython's `math_floor`, `math_ceil`, `math_trunc`): an
/// int or float directly; another object's `__floor__`/`__ceil__`/`__trunc__` if its
/// type has one; otherwise its float value (`__float__`, `__index__`), except for
/// `trunc`, which needs the method.
fn to_int_result(vm: &mut Vm, x: Value, f: fn(f64) -> f64, name: &str) -> PyResult<Value> {
    check_args(vm, name, &[x], 1, 1)?;
    if vm.num(x).is_none() {
        let dunder = format!("__{}__", name);
        if let Some(m) = vm.lookup_type_attr(x, dunder.as_str()) {
            let r = vm.call_value(m, &[x], &[]);
            vm.decref(m);
            return r;
        }
        if name == "trunc" {
            let tn = vm.type_name(x);
            return Err(vm.type_error(format!("type {} doesn't define __trunc__ method", tn)));
        }
    }
    if vm.is_exact_int(x) {
        // `int.__floor__` & co. answer with the int itself (CPython's `long_long`).
        vm.incref(x);
        return Ok(x);
    }
    if let Some(b) = vm.as_bigint(x) {
        return Ok(vm.new_int(b));
    }
    let v = vm.to_f64(x)?;
    if v.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if v.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let r = f(v);
    if r.abs() < 9.0e18 {
        return Ok(vm.int(r as i64));
    }
    Ok(vm.new_int(crate::runtime::types::int::new::float_to_bigint(r)))
}

fn floor(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "floor", args, 1, 1)?;
    to_int_result(vm, args[0], f64::floor, "floor")
}

fn ceil(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "ceil", args, 1, 1)?;
    to_int_result(vm, args[0], f64::ceil, "ceil")
}

fn trunc(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "trunc", args, 1, 1)?;
    to_int_result(vm, args[0], f64::trunc, "trunc")
}

/// `math.pow(x, y)` (CPython's `math_pow`): C99's `pow` for finite operands, with
/// a domain error for NaN results and `0 ** negative`, an overflow error for other
/// infinite results; the special values follow Annex F explicitly.
fn fpow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "pow", args, 2, 2)?;
    let (x, y) = (vm.to_f64(args[0])?, vm.to_f64(args[1])?);
    if !x.is_finite() || !y.is_finite() {
        let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0) == (x.abs() > 1.0) {
            y.abs()
        } else {
            0.0
        };
        return Ok(vm.float(r));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            vm.value_error("math domain error")
        } else {
            vm.err("OverflowError", "math range error")
        });
    }
    Ok(vm.float(r))
}

fn atan2(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "atan2", args, 2, 2)?;
    let (a, b) = (vm.to_f64(args[0])?, vm.to_f64(args[1])?);
    Ok(vm.float(a.atan2(b)))
}

fn copysign(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "copysign", args, 2, 2)?;
    let (a, b) = (vm.to_f64(args[0])?, vm.to_f64(args[1])?);
    Ok(vm.float(a.copysign(b)))
}

/// `math.hypot(*coordinates)`: `vector_norm` of their absolute values.
fn hypot(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::no_kwargs(vm, "math.hypot", kw)?;
    let mut v = Vec::with_capacity(args.len());
    for &a in args {
        v.push(vm.to_f64(a)?.abs());
    }
    Ok(vm.float(norm(&mut v)))
}

/// The Euclidean norm of non-negative coordinates (the maximum and NaN scan of
/// CPython's callers, then `vector_norm`).
fn norm(v: &mut [f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in v.iter() {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    vector_norm(v, max, found_nan)
}

/// CPython 3.11's `vector_norm`: the coordinates scaled by a power of two so the
/// largest is in [0.5, 1), each split in two halves (Veltkamp-Dekker) whose squares
/// are summed exactly in three compensation terms, then one Newton correction of
/// the square root. Accurate to within 1 ulp; agrees with python3's results.
fn vector_norm(v: &mut [f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let max_e = frexp_exp(max);
    if max_e < -1023 {
        // ldexp(1.0, -max_e) would overflow: make the subnormals normal first.
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v, max / f64::MIN_POSITIVE, found_nan);
    }
    // 2**-max_e, built from its bits (powi would overflow to inf for 2**1024 first).
    let e = -max_e;
    let scale = if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    };
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    for &x0 in v.iter() {
        let x = x0 * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        let sq = hi * hi;
        let old = csum;
        csum += sq;
        frac1 += (old - csum) + sq;
        let cross = 2.0 * hi * lo;
        let old = csum;
        csum += cross;
        frac2 += (old - csum) + cross;
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let t = h * T27;
    let hi = t - (t - h);
    let lo = h - hi;
    let x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    let x = -2.0 * hi * lo;
    let old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    let x = -lo * lo;
    let old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// The exponent `frexp` gives: `x == m * 2**e` with 0.5 <= m < 1 (x > 0).
fn frexp_exp(x: f64) -> i32 {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: count from the leading bit.
        let m = bits & ((1u64 << 52) - 1);
        return -1022 - (m.leading_zeros() as i32 - 12);
    }
    exp - 1022
}

/// An integer argument: an int or an object with `__index__` (CPython's
/// `PyNumber_Index`), never a float.
fn int_of(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if !matches!(v, Value::Float(_)) {
        if let Some(b) = vm.as_bigint(v) {
            return Ok(b);
        }
        if let Value::Obj(_) = v {
            if let Some(b) = vm.index_dunder(v)? {
                return Ok(b);
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        tn
    )))
}

fn factorial(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "factorial", args, 1, 1)?;
    let n = int_of(vm, args[0])?;
    if n < BigInt::from(0) {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n: u64 = num_traits::ToPrimitive::to_u64(&n).unwrap_or(u64::MAX);
    if n > 100_000 {
        return Err(vm.overflow_error("factorial() argument should not exceed 100000"));
    }
    let mut r = BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(vm.new_int(r))
}

fn gcd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut g = BigInt::from(0);
    for &a in args {
        let x = int_of(vm, a)?;
        g = g.gcd(&x);
    }
    Ok(vm.new_int(g))
}

fn isqrt(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "isqrt", args, 1, 1)?;
    let n = int_of(vm, args[0])?;
    if n < BigInt::from(0) {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_int(n.sqrt()))
}

fn comb(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "comb", args, 2, 2)?;
    let n = int_of(vm, args[0])?;
    let k = int_of(vm, args[1])?;
    if n < BigInt::from(0) || k < BigInt::from(0) {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(vm.int(0));
    }
    // C(n, k) == C(n, n - k): the loop runs over the smaller one, which must fit a
    // C long long as in CPython.
    let nk = &n - &k;
    let k = if nk < k { nk } else { k };
    let Some(k) = num_traits::ToPrimitive::to_i64(&k) else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::from(1);
    for i in 0..k as u64 {
        r = r * (&n - i) / (i + 1);
    }
    Ok(vm.new_int(r))
}

/// `math.perm(n, k=None)`: n! / (n-k)!.
fn perm(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "perm", args, 1, 2)?;
    let n = int_of(vm, args[0])?;
    let k = match args.get(1) {
        Some(&v) if !matches!(v, Value::None) => int_of(vm, v)?,
        _ => n.clone(),
    };
    if n < BigInt::from(0) {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k < BigInt::from(0) {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(vm.int(0));
    }
    let Some(k) = num_traits::ToPrimitive::to_i64(&k) else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::from(1);
    for i in 0..k as u64 {
        r *= &n - i;
    }
    Ok(vm.new_int(r))
}

/// `math.lcm(*integers)`.
fn lcm(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // Every argument is checked, even after a zero has decided the result.
    let mut acc = BigInt::from(1);
    for &a in args {
        let x = int_of(vm, a)?;
        acc = if x == BigInt::from(0) || acc == BigInt::from(0) {
            BigInt::from(0)
        } else {
            acc.lcm(&x)
        };
    }
    use num_traits::Signed;
    Ok(vm.new_int(acc.abs()))
}

/// `math.modf(x)`: (fractional part, integer part), both carrying x's sign.
fn modf(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = f1(vm, args, "modf")?;
    // The fractional part keeps the sign of x, even when it is zero (C's modf).
    let (fr, ip) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract().copysign(x), x.trunc())
    };
    Ok({
        let items = vec![vm.float(fr), vm.float(ip)];
        vm.new_tuple(items)
    })
}

/// `math.frexp(x)`: (m, e) with x == m * 2**e and 0.5 <= abs(m) < 1.
fn frexp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = f1(vm, args, "frexp")?;
    if x == 0.0 || !x.is_finite() {
        return Ok({
            let items = vec![vm.float(x), vm.int(0)];
            vm.new_tuple(items)
        });
    }
    let (mut m, mut e) = (x, 0i64);
    // Normalise subnormals first.
    if m.abs() < f64::MIN_POSITIVE {
        m *= 2f64.powi(54);
        e -= 54;
    }
    let bits = m.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    e += exp - 1022;
    let mb = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    Ok({
        let items = vec![vm.float(f64::from_bits(mb)), vm.int(e)];
        vm.new_tuple(items)
    })
}

/// `math.ldexp(x, i)`.
fn ldexp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "ldexp", args, 2, 2)?;
    let x = vm.to_f64(args[0])?;
    let i = match vm.as_bigint(args[1]) {
        Some(b) => num_traits::ToPrimitive::to_i64(&b).unwrap_or(if b > BigInt::from(0) {
            i64::MAX
        } else {
            i64::MIN
        }),
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.float(x));
    }
    let e = i.clamp(-2200, 2200) as i32;
    // Two steps so intermediate powers of two stay finite.
    let r = x * 2f64.powi(e / 2) * 2f64.powi(e - e / 2);
    if r.is_infinite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.float(r))
}

/// `math.fmod(x, y)`: C fmod (result has x's sign).
fn fmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "fmod", args, 2, 2)?;
    let (x, y) = (vm.to_f64(args[0])?, vm.to_f64(args[1])?);
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    Ok(vm.float(r))
}

/// `math.dist(p, q)`: Euclidean distance between two points of equal dimension.
fn dist(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "dist", args, 2, 2)?;
    let p = vm.collect_iter(args[0])?;
    let q = match vm.collect_iter(args[1]) {
        Ok(q) => q,
        Err(e) => {
            for v in p {
                vm.decref(v);
            }
            return Err(e);
        }
    };
    let mut res = Ok(0.0f64);
    if p.len() != q.len() {
        res = Err(vm.value_error("both points must have the same number of dimensions"));
    } else {
        let mut diffs = Vec::with_capacity(p.len());
        for (&a, &b) in p.iter().zip(q.iter()) {
            // One conversion at a time: when both fail, only the first error exists.
            match vm.to_f64(a).and_then(|x| Ok((x, vm.to_f64(b)?))) {
                Ok((x, y)) => diffs.push((x - y).abs()),
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
        if res.is_ok() {
            res = Ok(norm(&mut diffs));
        }
    }
    for v in p.into_iter().chain(q) {
        vm.decref(v);
    }
    Ok(vm.float(res?))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "isclose", args, 2, 2)?;
    let (a, b) = (vm.to_f64(args[0])?, vm.to_f64(args[1])?);
    let rel = match crate::runtime::builtins::kwarg(vm, kw, "rel_tol") {
        Some(v) => vm.to_f64(v)?,
        None => 1e-9,
    };
    let abs = match crate::runtime::builtins::kwarg(vm, kw, "abs_tol") {
        Some(v) => vm.to_f64(v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (a - b).abs();
    Ok(Value::Bool(
        d <= (rel * b.abs()).max(rel * a.abs()) || d <= abs,
    ))
}

fn isinf(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = f1(vm, args, "isinf")?;
    Ok(Value::Bool(x.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = f1(vm, args, "isnan")?;
    Ok(Value::Bool(x.is_nan()))
}

fn isfinite(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = f1(vm, args, "isfinite")?;
    Ok(Value::Bool(x.is_finite()))
}

/// `math.fsum(iterable)` (CPython's `math_fsum`): Shewchuk's exact summation with
/// a list of non-overlapping partials, correctly rounded at the end, with CPython's
/// handling of infinities, NaNs and intermediate overflow.
fn fsum(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "fsum", args, 1, 1)?;
    let items = vm.collect_iter(args[0])?;
    let mut xs = Vec::with_capacity(items.len());
    let mut err = None;
    for &v in &items {
        match vm.to_f64(v) {
            Ok(x) => xs.push(x),
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    for v in items {
        vm.decref(v);
    }
    if let Some(e) = err {
        return Err(e);
    }
    match exact_sum(&xs) {
        Ok(s) => Ok(vm.float(s)),
        Err(FsumErr::Overflow) => Err(vm.overflow_error("intermediate overflow in fsum")),
        Err(FsumErr::InfMinusInf) => Err(vm.value_error("-inf + inf in fsum")),
    }
}

enum FsumErr {
    Overflow,
    InfMinusInf,
}

/// The correctly rounded sum of `xs` (the body of CPython's `math_fsum`).
fn exact_sum(xs: &[f64]) -> Result<f64, FsumErr> {
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x0 in xs {
        let mut x = x0;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite x could arise from an infinite summand or from
                // overflow of the partials.
                if xsave.is_finite() {
                    return Err(FsumErr::Overflow);
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(FsumErr::InfMinusInf);
        }
        return Ok(special_sum);
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even: make half-way cases round correctly by looking at the
        // sign of the next partial.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// `math.prod(iterable, /, *, start=1)`.
fn prod(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if let Some(&(k, _)) = kw.iter().find(|(k, _)| vm.heap.str(*k) != "start") {
        let k = vm.heap.str(k).to_string();
        return Err(vm.type_error(format!("'{}' is an invalid keyword argument for prod()", k)));
    }
    check_args(vm, "prod", args, 1, 1)?;
    let start = crate::runtime::builtins::kwarg(vm, kw, "start");
    let items = vm.collect_iter(args[0])?;
    let mut acc = Ok(match start {
        Some(v) => {
            vm.incref(v);
            v
        }
        None => vm.int(1),
    });
    for &v in &items {
        let Ok(a) = acc else { break };
        acc = vm.binary_op(a, v, crate::bytecode::BinOp::Mult);
        vm.decref(a);
    }
    for v in items {
        vm.decref(v);
    }
    acc
}

// ----- gamma and lgamma (CPython's m_tgamma / m_lgamma) ------------------------------

/// CPython's `is_error` after a libm-style call: EDOM is a domain error, ERANGE an
/// overflow unless the result underflowed (|r| < 1.5).
enum MathErr {
    Domain,
    Range,
}

fn math_err(vm: &mut Vm, e: MathErr) -> crate::runtime::vm::PyErr {
    match e {
        MathErr::Domain => vm.value_error("math domain error"),
        MathErr::Range => vm.overflow_error("math range error"),
    }
}

const LANCZOS_G: f64 = 6.024_680_040_776_73;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_73;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// Γ(n) for the integers 1..=23, exact in a double.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// The Lanczos sum (a rational function of x > 0), evaluated in the direction that
/// keeps it accurate.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    let coeffs = LANCZOS_NUM.iter().zip(LANCZOS_DEN.iter());
    if x < 5.0 {
        for (n, d) in coeffs.rev() {
            num = num * x + n;
            den = den * x + d;
        }
    } else {
        for (n, d) in coeffs {
            num = num / x + n;
            den = den / x + d;
        }
    }
    num / den
}

/// sin(pi * x) for finite x, exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn tgamma(x: f64) -> Result<f64, MathErr> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(MathErr::Domain);
    }
    if x == 0.0 {
        return Err(MathErr::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathErr::Domain);
        }
        if x <= 23.0 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathErr::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(MathErr::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, to correct the result with.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

fn lgamma_f(x: f64) -> Result<f64, MathErr> {
    // log(pi)
    const LOGPI: f64 = 1.144_729_885_849_400_2;
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(MathErr::Domain);
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

fn gamma(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = f1(vm, args, "gamma")?;
    match tgamma(x) {
        Ok(r) => Ok(vm.float(r)),
        Err(e) => Err(math_err(vm, e)),
    }
}

fn lgamma(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = f1(vm, args, "lgamma")?;
    match lgamma_f(x) {
        Ok(r) => Ok(vm.float(r)),
        Err(e) => Err(math_err(vm, e)),
    }
}

/// The next double after `x` towards `y` (C99 `nextafter`).
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// `math.nextafter(x, y)`.
fn nextafter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "nextafter", args, 2, 2)?;
    let (x, y) = (vm.to_f64(args[0])?, vm.to_f64(args[1])?);
    Ok(vm.float(next_after(x, y)))
}

/// `math.ulp(x)`: the value of the least significant bit of `x`.
fn ulp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = f1(vm, args, "ulp")?;
    if x.is_nan() {
        return Ok(vm.float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(vm.float(x));
    }
    let x2 = next_after(x, f64::INFINITY);
    if x2.is_infinite() {
        // x is the largest finite double.
        let below = next_after(x, f64::NEG_INFINITY);
        return Ok(vm.float(x - below));
    }
    Ok(vm.float(x2 - x))
}

/// `math.remainder(x, y)`: IEEE 754 remainder, `x - n*y` with `n` the integer
/// nearest `x/y` (ties to even), computed exactly as CPython's `m_remainder`.
fn remainder(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "remainder", args, 2, 2)?;
    let (x, y) = (vm.to_f64(args[0])?, vm.to_f64(args[1])?);
    let r = if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            f64::NAN
        } else {
            let (absx, absy) = (x.abs(), y.abs());
            let m = absx % absy;
            let c = absy - m;
            let r = if m < c {
                m
            } else if m > c {
                -c
            } else {
                m - 2.0 * ((0.5 * (absx - m)) % absy)
            };
            1.0f64.copysign(x) * r
        }
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if x.is_infinite() {
        f64::NAN
    } else {
        x
    };
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    Ok(vm.float(r))
}
