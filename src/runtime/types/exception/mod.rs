//! `BaseException` and the builtin exception classes (CPython's Objects/exceptions.c).
//! An exception is an instance (`Obj::Instance`, see `types/class`) of a class derived
//! from BaseException, carrying an [`ExcState`] in its cold `extra` box.
//!
//! This file is the data: the exception state and traceback entries. `new.rs` makes
//! exceptions by calling their classes, `methods.rs` holds BaseException's methods,
//! `repr.rs` their repr and str, `group.rs` the exception groups of PEP 654. Raising, matching and the builtin exception classes
//! are the VM's (`vm/exceptions.rs`, `vm/types.rs`).

pub mod fields;
pub mod group;
pub mod methods;
pub mod new;
pub mod oserror;
mod repr;
pub mod syntax;
pub mod unicode;

use crate::value::Value;

/// Exception data carried by exception instances (CPython `PyBaseExceptionObject`).
pub struct ExcState {
    /// `args` tuple (owned).
    pub args: Value,
    /// `__traceback__`: the outermost entry of the traceback chain (owned), or None.
    pub traceback: Value,
    /// `__cause__` and `__context__` (owned, None if unset).
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// The members some exception classes add to BaseException's struct (owned;
    /// `Undef` while unset): `NameError.name`, `AttributeError.name`/`obj`,
    /// `ImportError.msg`/`name`/`path`, indexed by their member descriptors
    /// (`methods.rs`). Empty for the other classes.
    pub fields: Vec<Value>,
}

impl ExcState {
    /// The state of a new exception with `args` (an owned tuple).
    pub fn new(args: Value) -> ExcState {
        ExcState {
            args,
            traceback: Value::None,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            fields: Vec::new(),
        }
    }
}
