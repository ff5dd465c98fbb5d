//! Calling an exception class: `ValueError("bad", 1)` makes an instance with those
//! `args` (CPython's `BaseException_new`, Objects/exceptions.c); OSError and
//! SyntaxError also fill their members (`oserror.rs`, `syntax.rs`), NameError,
//! AttributeError and ImportError take their keywords (`fields.rs`).

use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// A new exception of class `cls` with `args` (borrowed; the exception takes new
/// references), owned.
pub fn exception_new(vm: &mut Vm, cls: ObjRef, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // Most exceptions raised in a loop (`ValueError(i)`, a user class derived from
    // Exception) have no members beyond `args`: one walk over the MRO tells, instead
    // of one `isinstance` per family below.
    if kw.is_empty() && vm.class_facts(cls) & crate::runtime::types::class::CLASS_EXC_PLAIN != 0 {
        let t = vm.exc_args_tuple(args);
        return Ok(vm.new_exception_tuple(cls, t));
    }
    if vm.is_subclass(cls, vm.exc_type("BaseExceptionGroup")) {
        if !kw.is_empty() {
            let n = vm.class_name(cls);
            return Err(vm.type_error(format!("{n}() takes no keyword arguments")));
        }
        return super::group::group_new(vm, cls, args, kw);
    }
    let cls = super::oserror::subclass_for_errno(vm, cls, args);
    let a: Vec<Value> = args.to_vec();
    for &x in &a {
        vm.incref(x);
    }
    let e = vm.new_exception(cls, a);
    if let Err(err) = super::oserror::init_members(vm, e, args)
        .and_then(|_| super::syntax::init_members(vm, e, args))
        .and_then(|_| super::fields::init_fields(vm, e, args, kw))
        .and_then(|_| super::unicode::init_members(vm, e, args))
    {
        vm.decref(e);
        return Err(err);
    }
    vm.init_value_member(e);
    Ok(e)
}

impl Vm {
    /// Whether instances of exception class `cls` carry members the constructor
    /// fills (OSError's errno & co, SyntaxError's location, the `name`/`obj`/`msg`
    /// of NameError, AttributeError and ImportError, the `encoding`/`object`/`start`/
    /// `end`/`reason` of the UnicodeError family, StopIteration's `value`,
    /// SystemExit's `code`): CPython gives those classes
    /// their own struct and `tp_init`.
    pub(crate) fn exc_class_has_members(&self, cls: ObjRef) -> bool {
        let Obj::Class(c) = self.heap.get(cls) else {
            return true;
        };
        let families = [
            self.exc_type("OSError"),
            self.exc_type("SyntaxError"),
            self.exc_type("ImportError"),
            self.exc_type("AttributeError"),
            self.exc_type("NameError"),
            self.exc_type("UnicodeError"),
            self.exc_type("BaseExceptionGroup"),
            self.exc_type("StopIteration"),
            self.exc_type("SystemExit"),
        ];
        cls_or_mro(cls, &c.mro).any(|b| families.contains(&b))
    }
}

/// `cls` followed by its MRO (whose first entry may or may not be `cls` itself).
fn cls_or_mro(cls: ObjRef, mro: &[ObjRef]) -> impl Iterator<Item = ObjRef> + '_ {
    std::iter::once(cls).chain(mro.iter().copied())
}
