//! Methods and attributes of `complex` (CPython's `complex_methods` and
//! `complex_members`: `conjugate`, `__complex__`, `__getnewargs__`, `real`, `imag`).

use super::Complex;
use crate::runtime::builtins::{add_methods, check_method};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn install(vm: &mut Vm) {
    let c = vm.types.complex;
    add_methods(
        vm,
        c,
        &[
            ("conjugate", conjugate),
            ("__complex__", dunder_complex),
            ("__getnewargs__", getnewargs),
        ],
    );
}

/// The complex a method was called on (a subclass instance gives its payload).
fn self_complex(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Complex> {
    let v = args.first().copied().unwrap_or(Value::None);
    let p = vm.unwrap_payload(v);
    match vm.complex_of(p) {
        Some(z) => Ok(z),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{}' for 'complex' objects doesn't apply to a '{}' object",
                name, tn
            )))
        }
    }
}

/// `z.conjugate()`.
fn conjugate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "conjugate", args, 0, 0)?;
    let z = self_complex(vm, args, "conjugate")?;
    Ok(vm.new_complex(Complex::new(z.re, -z.im)))
}

/// `z.__complex__()`: an exact complex is returned itself, a subclass instance's
/// value as a new complex.
fn dunder_complex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__complex__", args, 0, 0)?;
    let z = self_complex(vm, args, "__complex__")?;
    if vm.complex_of(args[0]).is_some() {
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    Ok(vm.new_complex(z))
}

/// `z.__getnewargs__()`: `(real, imag)`.
fn getnewargs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__getnewargs__", args, 0, 0)?;
    let z = self_complex(vm, args, "__getnewargs__")?;
    let re = vm.float(z.re);
    let im = vm.float(z.im);
    Ok(vm.new_tuple(vec![re, im]))
}

impl Vm {
    /// `z.real` / `z.imag` of a complex (new references).
    pub fn complex_attr(&mut self, z: Complex, name: &str) -> Option<Value> {
        match name {
            "real" => Some(self.float(z.re)),
            "imag" => Some(self.float(z.im)),
            _ => None,
        }
    }
}
