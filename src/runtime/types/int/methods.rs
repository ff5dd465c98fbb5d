//! Methods of `int` (CPython's Objects/longobject.c `int_bit_length`,
//! `long_long_meth` for `__index__`/`__int__`). `to_bytes`/`from_bytes` live with
//! the bytes code (`types/bytes/int_conv.rs`); `real`, `imag`, `numerator` and
//! `denominator` are special attributes (`vm/special.rs`).

use crate::runtime::builtins::add_methods;
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
            ("__index__", int_index),
            ("__int__", int_index),
        ],
    );
}

fn bit_length(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = vm.as_bigint(args[0]).unwrap_or_default();
    Ok(vm.int(b.bits() as i64))
}

fn int_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = vm.as_bigint(args[0]).unwrap_or_default();
    Ok(vm.new_int(b))
}
