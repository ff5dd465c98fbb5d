//! `slice` (CPython's Objects/sliceobject.c). The payload is the heap slot's
//! `Obj::Slice { start, stop, step }` (three owned references, any of them None);
//! this file holds its pure helpers, the sibling files its constructor and members
//! (`new.rs`), repr (`repr.rs`) and resolution against a length (`indices.rs`).
//! Slices are unhashable in 3.11 (`vm/hashing.rs` says so with list and dict).

pub(crate) mod indices;
pub use indices::install;
mod new;
mod repr;

use crate::value::Value;

/// `sys.getsizeof(slice)` in CPython 3.11: object header plus three pointers.
pub const SLICE_SIZEOF: usize = 56;

/// `tp_traverse`: the three parts.
pub fn traverse(start: Value, stop: Value, step: Value, f: &mut dyn FnMut(Value)) {
    f(start);
    f(stop);
    f(step);
}
