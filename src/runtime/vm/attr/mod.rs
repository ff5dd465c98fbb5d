//! Attribute access: CPython's Objects/object.c (`PyObject_GetAttr`, `PyObject_SetAttr`,
//! `PyObject_GenericGetAttr`, `_PyObject_GenericSetAttrWithDict`), the type lookup of
//! Objects/typeobject.c (`_PyType_Lookup` and its method cache, `type_getattro`,
//! `super_getattro`) and the attribute specialisations of Python/specialize.c.
//!
//! | runtime entry point | CPython | file |
//! |---|---|---|
//! | `Vm::class_lookup(cls, name)` | `_PyType_Lookup` (+ type method cache) | `lookup.rs` |
//! | `Vm::lookup_type_attr(obj, name)` | `_PyObject_LookupSpecial` (unbound: `lookup_maybe_method`) | `lookup.rs` |
//! | `Vm::object_override(cls, name)` | a slot no longer inherited from `object` (`tp_setattro != PyObject_GenericSetAttr`, `tp_init != object_init`...) | `lookup.rs` |
//! | `Vm::invalidate_method_cache()` | `PyType_Modified` | `lookup.rs` |
//! | `Vm::get_attr(obj, name)` | `PyObject_GetAttr` / `PyObject_GetAttrString` (+ `PyObject_GenericGetAttr`, `type_getattro`, `module_getattro`) | `getattr.rs` |
//! | `Vm::get_method(obj, name)` | `_PyObject_GetMethod` (`LOAD_METHOD`) | `getattr.rs` |
//! | `Vm::bind_descriptor(attr, obj, cls)` | `tp_descr_get` of functions, builtins, property, staticmethod, classmethod | `getattr.rs` |
//! | `Vm::set_attr(obj, name, Some(v) / None)` | `PyObject_SetAttr` / `PyObject_DelAttr` (+ `type_setattro`, `module_setattro`, `func_set*`) | `setattr.rs` |
//! | `Vm::generic_setattr(obj, name, Some(v) / None)` | `_PyObject_GenericSetAttrWithDict` (`object.__setattr__`/`__delattr__`) | `setattr.rs` |
//! | `Vm::instance_dict(r)` | `_PyObject_GetDictPtr` + `make_dict_from_instance_attributes` | `setattr.rs` |
//! | `Vm::load_attr_hit` / `load_attr_uncached` | `LOAD_ATTR_INSTANCE_VALUE` / `LOAD_ATTR` + `_Py_Specialize_LoadAttr` | `specialize.rs` |
//! | `Vm::store_attr_hit` / `store_attr_uncached` | `STORE_ATTR_INSTANCE_VALUE` / `STORE_ATTR` + `_Py_Specialize_StoreAttr` | `specialize.rs` |
//! | `Vm::load_method_hit` / `load_method_uncached` | `LOAD_METHOD_WITH_VALUES` / `LOAD_METHOD` + `_Py_Specialize_LoadMethod` | `specialize.rs` |
//! | `Vm::no_attr`, `name_suggestion` | `PyErr_Format(AttributeError)` + `traceback._compute_suggestion_error` | `suggest.rs` |
//!
//! Names are given as an interned str `Value` (what the bytecode carries) or as a Rust
//! string, which is interned first (CPython's `...String` variants): see [`AttrName`].
//! The `_hit`/`_uncached` pairs exist for speed only: the dispatch loop's hot block
//! tries the `_hit` half (no allocation, no refcount traffic) and the general path
//! calls the `_uncached` half, which is `get_attr`/`set_attr`/`get_method` plus a cache
//! refill.

mod getattr;
pub(crate) mod lookup;
mod setattr;
mod specialize;
mod suggest;

pub use lookup::{MethodCacheEntry, METHOD_CACHE_SIZE};

use super::Vm;
use crate::value::Value;

/// An attribute name: an interned str `Value` (used as is), or a Rust string, interned
/// on the way in (CPython's `PyObject_GetAttrString` and friends). Generic so the
/// `Value` case compiles to the key itself.
pub trait AttrName {
    fn into_key(self, vm: &mut Vm) -> Value;
}

impl AttrName for Value {
    #[inline(always)]
    fn into_key(self, _vm: &mut Vm) -> Value {
        self
    }
}

impl<S: AsRef<str> + ?Sized> AttrName for &S {
    #[inline]
    fn into_key(self, vm: &mut Vm) -> Value {
        vm.intern(self.as_ref())
    }
}
