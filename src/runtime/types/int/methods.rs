//! Methods of `int` (CPython's Objects/longobject.c `int_bit_length`,
//! `long_long_meth` for `__index__`/`__int__`). `to_bytes`/`from_bytes` live with
//! the bytes code (`types/bytes/int_conv.rs`); `real`, `imag`, `numerator` and
//! `denominator` are special attributes (`vm/special.rs`).

use crate::runtime::builtins::{add_methods, check_method};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn install(vm: &mut Vm) {
    let i = vm.types.int;
    add_methods(
        vm,
        i,
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("conjugate", int_index),
            ("as_integer_ratio", as_integer_ratio),
            ("__index__", int_index),
            ("__int__", int_index),
        ],
    );
}

fn bit_length(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = vm.as_bigint(args[0]).unwrap_or_default();
    Ok(vm.int(b.bits() as i64))
}

/// `int.bit_count()`: the number of ones in the binary form of `abs(self)`.
fn bit_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "bit_count", args, 0, 0)?;
    let b = vm.as_bigint(args[0]).unwrap_or_default();
    let ones: u64 = b
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(vm.int(ones as i64))
}

/// `int.as_integer_ratio()`: `(int(self), 1)`.
fn as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "as_integer_ratio", args, 0, 0)?;
    let b = vm.as_bigint(args[0]).unwrap_or_default();
    let n = vm.new_int(b);
    let d = vm.int(1);
    Ok(vm.new_tuple(vec![n, d]))
}

fn int_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // An exact int is its own index (`_PyNumber_Index`, `long_long`); a subclass's
    // value is copied out as an exact int.
    if vm.is_exact_int(args[0]) {
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    let b = vm.as_bigint(args[0]).unwrap_or_default();
    Ok(vm.new_int(b))
}
