//! Member descriptors: what a class statement's `__slots__` names become in the class
//! namespace (CPython's `member_descriptor`, `PyMemberDescrObject` in
//! Objects/descrobject.c over a `PyMemberDef` of type `T_OBJECT_EX`).
//!
//! A slotted instance keeps its slot values outside its attribute dict, in a vector
//! the instance owns (`InstExtra::slots` in `types/class`); a member descriptor knows
//! its slot's index in that vector, as CPython's knows its offset in the object.
//!
//! The same object serves for the `__dict__` and `__weakref__` attributes a class
//! statement adds (CPython's `getset_descriptor`s over `subtype_getsets_full`): they
//! differ from a slot's member only in what they read and write, and in their type's
//! name and repr, so one struct with a [`MemberKind`] keeps one code path for the
//! descriptor protocol.
//!
//! This file is the data. `methods.rs` holds what needs the VM: reading, writing and
//! deleting the slot (`__get__`, `__set__`, `__delete__`), the descriptor's own
//! attributes (`__name__`, `__qualname__`, `__objclass__`, `__doc__`, which CPython
//! 3.11 leaves None even for a dict `__slots__`) and its repr.

pub mod methods;

use crate::value::{ObjRef, Value};

/// What a [`MemberObj`] reaches in an instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberKind {
    /// A `__slots__` value, at `index` (a `member_descriptor`).
    Slot,
    /// The instance's `__dict__` (a `getset_descriptor`).
    Dict,
    /// The head of the instance's weak reference list, `__weakref__` (a
    /// `getset_descriptor`).
    Weakref,
    /// `BaseException.args` (a `getset_descriptor`, CPython's
    /// `BaseException_get_args`/`BaseException_set_args`).
    ExcArgs,
    /// `collections.deque.maxlen` (a read-only `getset_descriptor`, CPython's
    /// `deque_get_maxlen`).
    DequeMaxlen,
    /// A member of an exception's struct that reads None while unset (CPython's
    /// `T_OBJECT` members: `NameError.name`, `AttributeError.name`/`obj`,
    /// `ImportError.msg`/`name`/`path`), at `index` in `ExcState::fields`.
    ExcField,
    /// A getset of a builtin type whose value the VM computes from the object's
    /// structure (`int.real`, `object.__class__`, `function.__code__`: a
    /// `getset_descriptor`); reading it asks `Vm::special_attr`, which is also what
    /// reads the attribute on an instance directly.
    Native,
    /// The same for a builtin type's struct member (`complex.real`,
    /// `function.__globals__`: a `member_descriptor`).
    NativeMember,
}

/// One `__slots__` name of a class (CPython's `PyMemberDescrObject`), or its
/// `__dict__`/`__weakref__` attribute (`PyGetSetDescrObject`).
pub struct MemberObj {
    /// The slot's (mangled) name, a str (owned).
    pub name: ObjRef,
    /// The class that declared the slot (`__objclass__`, CPython's `d_type`; owned).
    pub objclass: ObjRef,
    /// Where the value lives in an instance's slot vector (`Slot` only).
    pub index: u32,
    pub kind: MemberKind,
}

impl MemberObj {
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        f(Value::Obj(self.name));
        f(Value::Obj(self.objclass));
    }

    /// `sys.getsizeof` (CPython 3.11, 64-bit `PyMemberDescrObject` or
    /// `PyGetSetDescrObject`: the descriptor header of type, name and qualname, the
    /// member or getset definition pointer, and the GC header).
    pub fn sizeof(&self) -> usize {
        64
    }
}
