//! `float` (CPython's Objects/floatobject.c). A float is always unboxed
//! (`Value::Float`), so there is no payload struct: this folder holds the protocol
//! arms and methods. `ops.rs` arithmetic and conversion, `hash.rs` the hash,
//! `methods.rs` the Python-visible methods, `new.rs` the `float(...)` constructor.

pub mod hash;
pub mod methods;
pub mod new;
pub mod ops;
