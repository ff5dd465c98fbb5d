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
pub fn clear_refs(items: &mut Box<[Value]>, out: &mut Vec<Value>) {
    out.extend(items.iter().copied());
    *items = Box::new([]);
}
