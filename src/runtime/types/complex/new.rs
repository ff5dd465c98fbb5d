//! `complex(real=0, imag=0)` (CPython's `complex_new_impl`,
//! `try_complex_special_method` and `complex_subtype_from_string` in
//! Objects/complexobject.c): from a string, from numbers (each argument may itself
//! be complex: `complex(1j, 1j)` is `(-1+1j)`), or from an object's `__complex__`,
//! `__float__` or `__index__`.

use super::Complex;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// `complex(...)`; a `real=` keyword is already positional, an `imag=` one is too
/// unless `real` is missing (`complex(imag=2)`).
pub fn complex_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let imag_kw = crate::runtime::builtins::kwarg(vm, kw, "imag");
    if args.is_empty() && imag_kw.is_none() {
        return Ok(vm.new_complex(Complex::new(0.0, 0.0)));
    }
    let zero = vm.int(0);
    let r = args.first().copied().unwrap_or(zero);
    let i = args.get(1).copied().or(imag_kw);
    let out = complex_from(vm, r, i);
    vm.decref(zero);
    out
}

fn complex_from(vm: &mut Vm, r: Value, i: Option<Value>) -> PyResult<Value> {
    if vm.complex_of(r).is_some() && i.is_none() {
        vm.incref(r);
        return Ok(r);
    }
    let r = vm.payload_unless(r, &["__complex__", "__float__", "__index__"]);
    if let Some(s) = vm.as_str(r) {
        if i.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        use crate::text::complex_text::{parse_complex, ComplexTextError};
        return match parse_complex(s) {
            Ok((re, im)) => Ok(vm.new_complex(Complex::new(re, im))),
            Err(ComplexTextError::Malformed) => {
                Err(vm.value_error("complex() arg is a malformed string"))
            }
            Err(ComplexTextError::Underscore) => {
                let r = crate::text::str_methods::str_repr(s);
                Err(vm.value_error(format!("could not convert string to complex: {}", r)))
            }
        };
    }
    let i = i.map(|i| vm.payload_unless(i, &["__complex__", "__float__", "__index__"]));
    if let Some(i) = i {
        if vm.as_str(i).is_some() {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
    }
    // The real argument: its `__complex__` first (an exact complex needs no call).
    let mut cr = None;
    if vm.complex_of(r).is_none() {
        if let Some(m) = vm.lookup_type_attr(r, "__complex__") {
            let res = vm.call_special(m, r, &[]);
            vm.decref(m);
            let res = res?;
            let z = vm.complex_of(vm.unwrap_payload(res));
            let tn = vm.type_name(res);
            vm.decref(res);
            match z {
                Some(z) => cr = Some(z),
                None => {
                    return Err(
                        vm.type_error(format!("__complex__ returned non-complex (type {})", tn))
                    );
                }
            }
        }
    } else {
        cr = vm.complex_of(r);
    }
    if cr.is_none() && !is_number(vm, r) {
        let tn = vm.type_name(r);
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            tn
        )));
    }
    if let Some(i) = i {
        if !is_number(vm, i) && vm.complex_of(i).is_none() {
            let tn = vm.type_name(i);
            return Err(vm.type_error(format!(
                "complex() second argument must be a number, not '{}'",
                tn
            )));
        }
    }
    let cr_is_complex = cr.is_some();
    let mut cr = match cr {
        Some(z) => z,
        None => Complex::new(vm.to_f64(r)?, 0.0),
    };
    let mut ci_is_complex = false;
    let mut ci = match i {
        None => Complex::new(cr.im, 0.0),
        Some(i) => match vm.complex_of(i) {
            Some(z) => {
                ci_is_complex = true;
                z
            }
            None => Complex::new(vm.to_f64(i)?, 0.0),
        },
    };
    if ci_is_complex {
        cr.re -= ci.im;
    }
    if cr_is_complex && i.is_some() {
        ci.re += cr.im;
    }
    Ok(vm.new_complex(Complex::new(cr.re, ci.re)))
}

/// Whether `v`'s type has `nb_float` or `nb_index` (int, bool, float, or a class
/// defining `__float__` or `__index__`).
fn is_number(vm: &mut Vm, v: Value) -> bool {
    if vm.num(v).is_some() {
        return true;
    }
    for m in ["__float__", "__index__"] {
        if let Some(f) = vm.lookup_type_attr(v, m) {
            vm.decref(f);
            return true;
        }
    }
    false
}
