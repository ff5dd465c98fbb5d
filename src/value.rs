//! `Value`: what a variable, a stack slot or a container element holds.
//!
//! Mirrors CPython's `PyObject *`: eight bytes that either *are* one of the
//! interpreter's singletons or *refer to* an object with its own identity and
//! reference count.
//!
//! # Representation (the ownership table is in `runtime/vm/mod.rs`)
//! - **Immediates**: `None`, `True`/`False`, `NotImplemented`, `Ellipsis`, and `Undef`
//!   (not a Python value: an unbound local slot, the "no self" marker of
//!   `LoadMethod`). They are CPython's static singletons: no count, nothing to free.
//! - **Numbers**: every int that fits in `i64` and every float is an object in the
//!   heap's number arena (`Heap::nums`), addressed by a [`NumRef`]. Each has an exact
//!   reference count and dies when it reaches zero, as CPython's `PyLongObject` and
//!   `PyFloatObject` do. The ints -5..=256 are CPython's small-int cache: slots
//!   0..=261 of the arena, made at start-up, shared, and never freed (the cache owns
//!   one reference). Arithmetic makes a new object for every other result.
//! - **Everything else** (big ints, strings, containers, functions, instances, ...)
//!   lives in the heap's object slots and is referred to by an [`ObjRef`].
//!
//! Why: identity (`is`, `id`), `sys.getrefcount` and the moment an object dies are
//! what mempy teaches, so they must be CPython's for numbers too. Eight bytes (a
//! 32-bit tag and a 32-bit handle) is CPython's pointer size, so lists, tuples, dict
//! entries and frame slots weigh what CPython's do. A number object is 16 bytes in
//! the arena (CPython: 24 for a float, 28 for a small int), taken from and returned to
//! an intrusive free list, so arithmetic never calls the general allocator.
//!
//! `Value` is `Copy`: copying it does **not** change a refcount. Code that stores a
//! value somewhere (stack, local, container, attribute) must `incref` it, and code that
//! drops such a stored value must `decref` it. Numbers follow the same rule as heap
//! objects: code that matches `Value::Obj` alone to decide whether to count is wrong
//! for them (use `Heap::incref`/`decref`, which handle both).
//!
//! Neither handle type implements `PartialEq`: comparing two handles is identity,
//! never equality of the numbers, and must be written as `Value::is`.

/// A handle to a heap object: an index into the heap's slot table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub u32);

impl ObjRef {
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A handle to an int or float object in the heap's number arena (see the module
/// docs). Deliberately without `PartialEq`: read the number through the heap.
#[derive(Clone, Copy, Debug)]
pub struct NumRef(pub(crate) u32);

impl NumRef {
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The raw slot number (for `id()` and the inspection views).
    #[inline]
    pub fn raw(self) -> u32 {
        self.0
    }
}

/// A Python value (see the module docs).
///
/// `repr(u32)` fixes the layout: a 32-bit tag then a 32-bit payload, and an all-zero
/// word is `Value::Undef`, so the VM can allocate its value stack zeroed (untouched
/// pages cost no memory). A value is written and read as one 8-byte word.
#[derive(Clone, Copy, Debug)]
#[repr(u32)]
pub enum Value {
    /// Not a Python value: an unbound local slot, or the "no self" marker of LoadMethod.
    Undef,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// An int that fits in i64 (bigger ones are heap `BigInt` objects).
    Int(NumRef),
    /// A float.
    Float(NumRef),
    Obj(ObjRef),
}

const _: () = assert!(std::mem::size_of::<Value>() == 8);

impl Value {
    /// The heap handle, if this value lives in the object slots.
    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }

    #[inline]
    pub fn is_undef(self) -> bool {
        matches!(self, Value::Undef)
    }

    /// True if the value carries a reference count (an object or a number).
    #[inline]
    pub fn is_counted(self) -> bool {
        matches!(self, Value::Obj(_) | Value::Int(_) | Value::Float(_))
    }

    /// Identity (`is`): the same object, or the same singleton.
    #[inline(always)]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => a == b,
            (Value::Int(a), Value::Int(b)) | (Value::Float(a), Value::Float(b)) => a.0 == b.0,
            (Value::None, Value::None)
            | (Value::Undef, Value::Undef)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            _ => false,
        }
    }
}

/// A value with its number read out of the arena: the shape to `match` on when the
/// numeric value matters (`Heap::scalar`). Holding a `Scalar` holds no reference.
#[derive(Clone, Copy, Debug)]
pub enum Scalar {
    Undef,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}
