//! Member descriptors: what a class statement's `__slots__` names become in the class
//! namespace (CPython's `member_descriptor`, `PyMemberDescrObject` in
//! Objects/descrobject.c over a `PyMemberDef` of type `T_OBJECT_EX`).
//!
//! A slotted instance keeps its slot values outside its attribute dict, in a vector
//! the instance owns (`InstExtra::slots` in `types/class`); a member descriptor knows
//! its slot's index in that vector, as CPython's knows its offset in the object.
//!
//! This file is the data. `methods.rs` holds what needs the VM: reading, writing and
//! deleting the slot (`__get__`, `__set__`, `__delete__`), the descriptor's own
//! attributes (`__name__`, `__qualname__`, `__objclass__`, `__doc__`, which CPython
//! 3.11 leaves None even for a dict `__slots__`) and its repr.

pub mod methods;

use crate::value::{ObjRef, Value};

/// One `__slots__` name of a class (CPython's `PyMemberDescrObject`).
pub struct MemberObj {
    /// The slot's (mangled) name, a str (owned).
    pub name: ObjRef,
    /// The class that declared the slot (`__objclass__`, CPython's `d_type`; owned).
    pub objclass: ObjRef,
    /// Where the value lives in an instance's slot vector.
    pub index: u32,
}

impl MemberObj {
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        f(Value::Obj(self.name));
        f(Value::Obj(self.objclass));
    }

    /// `sys.getsizeof` (CPython 3.11, 64-bit `PyMemberDescrObject`: the descriptor
    /// header of type, name and qualname, the member definition pointer, and the GC
    /// header).
    pub fn sizeof(&self) -> usize {
        64
    }
}
