//! `mappingproxy`, the read-only view of a mapping (CPython's `mappingproxyobject` in
//! Objects/descrobject.c, `types.MappingProxyType`). It is what `cls.__dict__` returns:
//! a new small object holding one counted reference to the class namespace dict, so
//! the namespace can be read live (a later `C.x = 1` shows through it) but not
//! changed behind the class's back (the attribute-lookup caches are only invalidated
//! by `setattr` on the class).
//!
//! As in CPython, every operation is delegated to the wrapped mapping: items,
//! `len`, `in` and iteration (the mapping's own iterator), `get`/`keys`/`values`/
//! `items`/`copy` (the mapping's methods: a dict's views, not copies), comparisons,
//! `str`; `|` unwraps proxies and returns what the mappings' `|` returns (a dict).
//! There is no way to write through it: item assignment and deletion raise, and it
//! has no `update`/`pop`/... 3.11's mappingproxy has no `__hash__` (unhashable).
//!
//! This file is the data; `new.rs` the constructor (`mappingproxy_new`'s mapping check)
//! and `Vm::new_mappingproxy`, `ops.rs` the protocol arms the dispatchers call,
//! `methods.rs` the Python-visible methods.

mod methods;
mod new;
mod ops;

pub use methods::install;
pub use new::mappingproxy_new;

use crate::value::{ObjRef, Value};

/// `sys.getsizeof` of a mappingproxy (CPython 3.11, 64-bit: the GC header, the
/// object header and the mapping pointer: 16 + 16 + 8).
pub const MAPPINGPROXY_SIZEOF: usize = 40;

/// The payload of a mappingproxy (CPython's `mappingproxyobject`).
#[derive(Clone, Copy)]
pub struct MappingProxyObj {
    /// The wrapped mapping (a strong reference): a dict, or any object that passed
    /// `mappingproxy()`'s mapping check.
    pub mapping: ObjRef,
}

impl MappingProxyObj {
    /// Its one reference (`mappingproxy_traverse`).
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        f(Value::Obj(self.mapping));
    }
}
