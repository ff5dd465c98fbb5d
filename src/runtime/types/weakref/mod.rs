//! Weak references (CPython's `PyWeakReference`, Objects/weakrefobject.c). A weak
//! reference never counts in its referent's refcount; the VM clears it when the
//! referent dies (`vm/mod.rs`).
//!
//! This file is the data; `new.rs` makes references (`weakref.ref(obj, callback)`),
//! `methods.rs` holds the type's methods (`__call__`, and `__new__`, `__init__` and
//! the comparisons a Python subclass reaches through its class), `ops.rs` hashing and
//! comparison, `repr.rs` the repr.
//! The `weakref` module's functions are in `runtime/modules/weakref.rs`.

pub mod methods;
pub mod new;
mod ops;
mod repr;

use crate::value::{ObjRef, Value};

/// A weak reference (CPython `PyWeakReference`, Objects/weakrefobject.c).
pub struct WeakRefObj {
    /// The referent, or `Value::None` once it died. Not counted in its refcount.
    pub target: Value,
    pub callback: Value,
    /// The referent's hash, once computed (kept after the referent dies, as CPython).
    pub hash: Option<i64>,
    /// For a reference made by a Python subclass of `weakref.ref`: the subclass
    /// instance whose payload this is (borrowed: that instance owns this object and
    /// outlives it). Callbacks receive it, `getweakrefs` lists it, its address is the
    /// repr's; such a reference is never the shared callback-less one.
    pub outer: Option<ObjRef>,
}

impl WeakRefObj {
    /// `sys.getsizeof` (CPython 3.11, 64-bit `PyWeakReference` with its GC header).
    pub fn sizeof(&self) -> usize {
        80
    }
}
