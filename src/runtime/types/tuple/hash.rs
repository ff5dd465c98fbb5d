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
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        for it in &items {
            let lane = self.hash(*it)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
        Ok(if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        })
    }
}
