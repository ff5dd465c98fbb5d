//! Module objects (CPython's `PyModuleObject`, Objects/moduleobject.c): a name and a
//! namespace dict. Attribute access on modules is `vm/attr/`'s; making the builtin
//! modules is `runtime/modules`'s (`builtins::new_module`); `new.rs` is calling
//! `module(name)` (`types.ModuleType`).

mod getattr;
pub mod new;

use crate::value::ObjRef;

/// A module object (CPython `PyModuleObject`): a name and a namespace dict.
pub struct ModuleObj {
    pub name: String,
    pub dict: ObjRef,
    /// The module's class when it is a Python subclass of `types.ModuleType` (made
    /// by calling the subclass, or given by `__class__` assignment); None for a
    /// plain module. Owned.
    pub class: Option<ObjRef>,
}

impl ModuleObj {
    /// `sys.getsizeof` (CPython 3.11, 64-bit `PyModuleObject`).
    pub fn sizeof(&self) -> usize {
        72
    }

    /// `<module 'name' (built-in)>` (CPython's `module_repr`).
    pub fn repr(&self) -> String {
        format!("<module '{}' (built-in)>", self.name)
    }
}
