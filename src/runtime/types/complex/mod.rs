//! `complex` (CPython's Objects/complexobject.c): the payload of a complex heap
//! object. A complex is an immutable heap object with a real reference count, as
//! CPython's `PyComplexObject`; `sys.getsizeof` is CPython's 32 bytes (header +
//! two doubles). `arith.rs` the pure arithmetic (`_Py_c_sum`, `_Py_c_quot`,
//! `_Py_c_pow`...), `ops.rs` the protocol arms (operators, comparison, hash,
//! conversion of operands), `new.rs` the `complex(...)` constructor,
//! `methods.rs` the Python-visible methods and attributes. The text forms
//! (repr, parsing, format specs) are in `text/complex_text.rs` and
//! `text/format_spec.rs`.

pub mod arith;
pub mod methods;
pub mod new;
pub mod ops;

/// A complex number's two parts (CPython's `Py_complex`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }
}

/// `sys.getsizeof(1j)` in CPython 3.11 (64-bit): refcount, type, two doubles.
pub const COMPLEX_SIZEOF: usize = 32;
