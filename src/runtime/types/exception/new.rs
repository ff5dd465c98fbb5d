//! Calling an exception class: `ValueError("bad", 1)` makes an instance with those
//! `args` (CPython's `BaseException_new`, Objects/exceptions.c); OSError and
//! SyntaxError also fill their members (`oserror.rs`, `syntax.rs`), NameError,
//! AttributeError and ImportError take their keywords (`fields.rs`).

use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// A new exception of class `cls` with `args` (borrowed; the exception takes new
/// references), owned.
pub fn exception_new(vm: &mut Vm, cls: ObjRef, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = super::oserror::subclass_for_errno(vm, cls, args);
    let a: Vec<Value> = args.to_vec();
    for &x in &a {
        vm.incref(x);
    }
    let e = vm.new_exception(cls, a);
    if let Err(err) = super::oserror::init_members(vm, e, args)
        .and_then(|_| super::syntax::init_members(vm, e, args))
        .and_then(|_| super::fields::init_fields(vm, e, args, kw))
    {
        vm.decref(e);
        return Err(err);
    }
    Ok(e)
}
