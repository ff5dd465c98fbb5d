//! Calling an exception class: `ValueError("bad", 1)` makes an instance with those
//! `args` (CPython's `BaseException_new`, Objects/exceptions.c).

use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};

/// A new exception of class `cls` with `args` (borrowed; the exception takes new
/// references), owned.
pub fn exception_new(vm: &mut Vm, cls: ObjRef, args: &[Value]) -> Value {
    let a: Vec<Value> = args.to_vec();
    for &x in &a {
        vm.incref(x);
    }
    vm.new_exception(cls, a)
}
