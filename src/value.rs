//! `Value`: what a variable, a stack slot or a container element holds.
//!
//! Mirrors CPython's `PyObject *`, with one deliberate difference (the project's speed
//! and teaching decision): None, bools, ints that fit in `i64` and floats are stored
//! *unboxed* in the value itself, so arithmetic never allocates or touches a refcount.
//! Everything else (big ints, strings, containers, functions, instances, ...) lives in
//! the refcounted heap and is referred to by an [`ObjRef`] handle.
//!
//! `Value` is `Copy`: copying it does **not** change a refcount. Code that stores a
//! value somewhere (stack, local, container, attribute) must `incref` it, and code that
//! drops such a stored value must `decref` it. See the ownership table in `vm/mod.rs`.

/// A handle to a heap object: an index into the heap's slot table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub u32);

impl ObjRef {
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A Python value (see the module docs for what is unboxed).
///
/// `repr(u64)` fixes the tag layout so that an all-zero 16 bytes is `Value::Undef`: the
/// VM allocates its value stack zeroed (untouched pages cost no memory). A full-word tag
/// also means a value is written as two whole 8-byte stores with no padding, so copying
/// it as one 16-byte load right after it was written is forwarded from the store buffer
/// instead of stalling (with a `u8` tag the stall was a hot spot in `perf annotate` of
/// `bench/fib.py`, on returning a value and on pushing a frame).
#[derive(Clone, Copy, Debug)]
#[repr(u64)]
pub enum Value {
    /// Not a Python value: an unbound local slot, or the "no self" marker of LoadMethod.
    Undef,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// An int that fits in i64 (bigger ones are heap `BigInt` objects).
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

impl Value {
    /// The heap handle, if this value lives in the heap.
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

    /// Identity (`is`): same heap object, or same unboxed scalar.
    /// Unboxed ints/floats compare by value (documented: `x is y` for equal small
    /// numbers is True, as for CPython's cached small ints).
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => a == b,
            (Value::None, Value::None)
            | (Value::Undef, Value::Undef)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }
}
