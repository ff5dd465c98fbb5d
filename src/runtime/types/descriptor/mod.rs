//! The builtin descriptor types `property`, `staticmethod`, `classmethod` and `super`
//! (CPython's Objects/descrobject.c, funcobject.c, typeobject.c). `property` has a
//! payload struct; the other three are `Obj` variants wrapping their values
//! (`Obj::StaticMethod(f, dict)`, `Obj::ClassMethod(f, dict)`, `Obj::Super { typ, obj }`).
//!
//! This file is the data. `property.rs` makes properties and holds their methods,
//! `new.rs` makes the other three, `repr.rs` prints all four, `slots.rs` has their
//! `__get__`/`__set__`/`__delete__` methods, `wrapper_dict.rs` the `__dict__` of
//! staticmethod and classmethod objects. What they do on
//! attribute lookup is `vm/attr/`'s; user-defined descriptors are
//! `vm/descriptor.rs`'s.

pub mod new;
pub mod property;
mod repr;
pub mod slots;
mod wrapper_dict;

use crate::value::Value;

/// A property (CPython `property`, Objects/descrobject.c).
pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The name `__set_name__` gave it (None until then), for the "has no getter"
    /// errors (CPython 3.11's `prop_name`).
    pub name: Value,
    /// The doc was taken from the getter (CPython's `getter_doc`): a copy made by
    /// `.getter(f)` then takes `f`'s docstring instead.
    pub getter_doc: bool,
}

impl PropertyObj {
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        f(self.fget);
        f(self.fset);
        f(self.fdel);
        f(self.doc);
        f(self.name);
    }

    /// `sys.getsizeof` (CPython 3.11, 64-bit `propertyobject`: the object header,
    /// five pointers and the `getter_doc` int, 64 bytes, plus the 16-byte GC header).
    pub fn sizeof(&self) -> usize {
        80
    }
}

/// `sys.getsizeof` of a staticmethod or classmethod (CPython 3.11, 64-bit: the
/// object header, the callable and the dict pointer, plus the GC header).
pub const STATICMETHOD_SIZEOF: usize = 48;

/// `sys.getsizeof` of a super object (CPython 3.11, 64-bit `superobject`: the object
/// header, `type`, `obj`, `obj_type`, plus the GC header).
pub const SUPER_SIZEOF: usize = 56;
