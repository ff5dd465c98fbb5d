//! `tuple` (CPython's Objects/tupleobject.c). The payload is the heap slot's
//! `Obj::Tuple(Box<[Value]>)`: a fixed array of owned references, so this file holds
//! only its pure helpers; the protocol arms that need the VM are the sibling files.
//! Comparison, membership, `count`/`index` and repetition's item copying are the
//! sequence layer's (`vm/sequence.rs`), shared with list.

pub(crate) mod hash;
pub mod methods;
mod new;
mod ops;
mod repr;
mod subscript;

use crate::value::Value;

/// `sys.getsizeof` in CPython 3.11: the GC-tracked var-object header plus one
/// pointer per item.
pub fn sizeof(items: &[Value]) -> usize {
    40 + 8 * items.len()
}

/// `tp_clear`: moves the items out, leaving an empty tuple.
pub fn clear_refs(items: &mut TupleObj, out: &mut Vec<Value>) {
    out.extend(items.iter().copied());
    *items = TupleObj::empty();
}

/// Items a tuple keeps inside its heap slot.
pub const INLINE_ITEMS: usize = 4;

/// The items of a tuple (CPython's `ob_item`, allocated with the object).
///
/// CPython allocates a tuple's items with the object itself, so a pair costs it one
/// 64-byte block; a boxed slice here cost a second allocation (the heap slot plus a
/// 32-byte chunk) and a malloc/free per tuple. Up to [`INLINE_ITEMS`] items live in
/// the slot itself (the slot has room: `Obj` is 48 bytes for `InstanceObj`); longer
/// tuples keep a boxed slice. Either way it derefs to the item slice, which is all
/// the rest of the runtime sees.
pub enum TupleObj {
    Inline {
        len: u8,
        items: [Value; INLINE_ITEMS],
    },
    Boxed(Box<[Value]>),
}

impl TupleObj {
    pub fn empty() -> TupleObj {
        TupleObj::Inline {
            len: 0,
            items: [Value::Undef; INLINE_ITEMS],
        }
    }

    /// The items of `v` (ownership of each moves in).
    pub fn from_vec(v: Vec<Value>) -> TupleObj {
        if v.len() <= INLINE_ITEMS {
            TupleObj::from_slice(&v)
        } else {
            TupleObj::Boxed(v.into_boxed_slice())
        }
    }

    /// The items of `s` (copied handles: the caller accounts for the references).
    pub fn from_slice(s: &[Value]) -> TupleObj {
        if s.len() <= INLINE_ITEMS {
            let mut items = [Value::Undef; INLINE_ITEMS];
            items[..s.len()].copy_from_slice(s);
            TupleObj::Inline {
                len: s.len() as u8,
                items,
            }
        } else {
            TupleObj::Boxed(s.into())
        }
    }

    /// Moves the items out (the tuple is left empty).
    pub fn take_vec(&mut self) -> Vec<Value> {
        std::mem::replace(self, TupleObj::empty()).into_vec()
    }

    pub fn into_vec(self) -> Vec<Value> {
        match self {
            TupleObj::Inline { len, items } => items[..len as usize].to_vec(),
            TupleObj::Boxed(b) => b.into_vec(),
        }
    }
}

impl std::ops::Deref for TupleObj {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        match self {
            TupleObj::Inline { len, items } => &items[..*len as usize],
            TupleObj::Boxed(b) => b,
        }
    }
}

impl std::ops::DerefMut for TupleObj {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        match self {
            TupleObj::Inline { len, items } => &mut items[..*len as usize],
            TupleObj::Boxed(b) => b,
        }
    }
}

impl From<Vec<Value>> for TupleObj {
    fn from(v: Vec<Value>) -> TupleObj {
        TupleObj::from_vec(v)
    }
}

impl From<Box<[Value]>> for TupleObj {
    fn from(b: Box<[Value]>) -> TupleObj {
        if b.len() <= INLINE_ITEMS {
            TupleObj::from_slice(&b)
        } else {
            TupleObj::Boxed(b)
        }
    }
}

// Inline items must not grow the heap slot (`Obj` stays 48 bytes).
const _: () = assert!(std::mem::size_of::<TupleObj>() <= 40);
