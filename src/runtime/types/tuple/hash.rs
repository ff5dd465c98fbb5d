//! `hash(tuple)` (CPython's Objects/tupleobject.c `tuplehash`, the xxHash-based
//! combination of CPython 3.8+).

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::ObjRef;

impl Vm {
    pub(crate) fn tuple_hash(&mut self, r: ObjRef) -> PyResult<i64> {
        // xxHash-based tuple hash (CPython 3.8+).
        let items = match self.heap.get(r) {
            Obj::Tuple(t) => t.to_vec(),
            _ => unreachable!(),
        };
        // CPython does not guard this recursion; mempy only refuses to
        // overflow the native stack on absurdly deep nesting.
        self.check_native_stack(" while hashing a tuple")?;
        let mut lanes = Vec::with_capacity(items.len());
        for it in &items {
            lanes.push(self.hash(*it)?);
        }
        Ok(combine(lanes.iter().copied(), items.len()))
    }
}

/// `tuplehash`'s xxHash combination of the items' hashes (CPython 3.8+).
#[inline]
pub fn combine(lanes: impl Iterator<Item = i64>, len: usize) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((len as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}
