//! [`Counts`]: the reference counts alone, for a loop that only moves references
//! between places (CPython's bare `Py_INCREF`/`Py_DECREF` on `ob_refcnt`, without
//! `_Py_Dealloc`).
//!
//! Why: through `&mut Heap` every count change reloads the slot table's and the number
//! arena's base pointers, because a write through one of them might, for all the
//! compiler knows, have changed the `Heap` itself. In `a, b, c = t` that cost about a
//! quarter of the instructions per stored item. A `Counts` reads both base pointers
//! once; it borrows the heap mutably for its whole life, so nothing can allocate
//! (move a table) or free an object meanwhile.
//!
//! # Invariants
//! 1. `slots` and `nums` are the base pointers of `Heap::slots` and `Heap::nums.slots`,
//!    taken by `Vec::as_mut_ptr` (which makes no reference to the buffer, so pointers
//!    to items read through it stay valid), and the tables neither grow nor move while
//!    the `Counts` lives (it holds the heap's unique borrow).
//! 2. Every handle passed in indexes its table (`heap/mod.rs` invariant 6,
//!    `heap/nums.rs` invariant 5): no method checks bounds, as `Heap::at` does not.
//! 3. A `Counts` never frees: an object's last reference is never dropped through it
//!    ([`Counts::release_unless_last`] refuses), and a number whose count reaches zero is
//!    handed back to the caller, who frees it through the heap (`Heap::free_dead_num`).

use super::nums::NumSlot;
use super::{Heap, Slot};
use crate::runtime::object::Obj;
use crate::runtime::types::tuple::TupleObj;
use crate::value::{NumRef, ObjRef, Value};
use std::marker::PhantomData;

/// The heap's reference counts, borrowed (see the module docs).
pub struct Counts<'h> {
    slots: *mut Slot,
    nums: *mut NumSlot,
    _heap: PhantomData<&'h mut Heap>,
}

/// What [`Counts::release_unless_last`] did.
pub enum Release {
    /// One reference dropped (or none to drop: an immediate); nothing died.
    Dropped,
    /// Nothing done: this is an object's last reference, whose release may run code.
    Last,
    /// The number's count reached zero: the caller must free it
    /// ([`Heap::free_dead_num`]) before the number arena is used otherwise.
    DeadNum(NumRef),
}

impl Heap {
    /// The counts, for a loop that only moves references (module docs).
    #[inline(always)]
    pub fn counts(&mut self) -> Counts<'_> {
        Counts {
            slots: self.slots.as_mut_ptr(),
            nums: self.nums.slots.as_mut_ptr(),
            _heap: PhantomData,
        }
    }
}

impl Heap {
    /// The items of `r` when it is a tuple or a list, as a pointer and a length, for
    /// a loop that reads them while a [`Counts`] changes counts: the pointer points
    /// into the list's or boxed tuple's own buffer, or into `r`'s slot, of which a
    /// `Counts` writes only the count; it stays valid while `r` lives unchanged.
    #[inline(always)]
    pub fn seq_items(&self, r: ObjRef) -> Option<(*const Value, usize)> {
        match self.get(r) {
            Obj::Tuple(TupleObj::Boxed(b)) => Some((b.as_ptr(), b.len())),
            Obj::Tuple(TupleObj::Inline { len, items }) => Some((items.as_ptr(), *len as usize)),
            Obj::List(l) => Some((l.items.as_ptr(), l.items.len())),
            _ => None,
        }
    }
}

impl Counts<'_> {
    #[inline(always)]
    fn slot(&self, r: ObjRef) -> *mut Slot {
        debug_assert!(r.0 != 0, "object handle 0");
        // SAFETY: `r` indexes the slot table (invariant 2), so the offset stays
        // inside its allocation (invariant 1).
        unsafe { self.slots.add(r.index()) }
    }

    #[inline(always)]
    fn num(&self, n: NumRef) -> *mut NumSlot {
        // SAFETY: as in `slot`, for the number arena.
        unsafe { self.nums.add(n.index()) }
    }

    /// `Heap::incref`.
    #[inline(always)]
    pub fn incref(&mut self, v: Value) {
        // SAFETY: the slot is in bounds (invariants 1, 2) and only this `Counts`
        // touches the tables while it lives; only the count field is written.
        unsafe {
            match v {
                Value::Obj(r) => (*self.slot(r)).rc += 1,
                Value::Int(n) | Value::Float(n) => (*self.num(n)).rc += 1,
                _ => {}
            }
        }
    }

    /// Drops the reference `v` unless it is an object's last one (see [`Release`]).
    #[inline(always)]
    pub fn release_unless_last(&mut self, v: Value) -> Release {
        // SAFETY: as in `incref`.
        unsafe {
            match v {
                Value::Obj(r) => {
                    let s = self.slot(r);
                    if (*s).rc == 1 {
                        return Release::Last;
                    }
                    (*s).rc -= 1;
                }
                Value::Int(n) | Value::Float(n) => {
                    let s = self.num(n);
                    debug_assert!((*s).rc > 0, "decref of dead number #{}", n.0);
                    (*s).rc -= 1;
                    if (*s).rc == 0 {
                        return Release::DeadNum(n);
                    }
                }
                _ => {}
            }
        }
        Release::Dropped
    }

    /// The count of object `r`.
    #[inline(always)]
    pub fn rc(&self, r: ObjRef) -> u32 {
        // SAFETY: as in `incref` (a read).
        unsafe { (*self.slot(r)).rc }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_move_references_and_hand_back_dead_numbers() {
        let mut h = Heap::new();
        let big = h.int(10_000);
        let small = h.int(7);
        let other = h.int(20_000);
        h.incref(small);
        let t = h.alloc(Obj::Tuple(TupleObj::from_slice(&[other, small])));
        let Value::Int(bn) = big else { panic!() };
        let Value::Int(sn) = small else { panic!() };
        let small_rc = h.num_rc(sn);
        {
            let (p, len) = h.seq_items(t).unwrap();
            let mut c = h.counts();
            assert_eq!(len, 2);
            // SAFETY: `len` is 2 and the tuple lives.
            let first = unsafe { *p };
            assert!(first.is(other));
            c.incref(small);
            assert!(matches!(c.release_unless_last(small), Release::Dropped));
            // The tuple's only reference is refused, nothing changes.
            assert!(matches!(
                c.release_unless_last(Value::Obj(t)),
                Release::Last
            ));
            assert_eq!(c.rc(t), 1);
            assert!(matches!(
                c.release_unless_last(Value::None),
                Release::Dropped
            ));
            c.incref(big);
            assert!(matches!(c.release_unless_last(big), Release::Dropped));
            let dead = c.release_unless_last(big);
            assert!(matches!(dead, Release::DeadNum(n) if n.raw() == bn.raw()));
        }
        assert_eq!(h.num_rc(sn), small_rc);
        assert_eq!(h.num_rc(bn), 0);
        h.free_dead_num(bn);
        // The freed slot is the next number made (last freed, first reused).
        let Value::Float(f) = h.float(1.5) else {
            panic!()
        };
        assert_eq!(f.raw(), bn.raw());
    }
}
