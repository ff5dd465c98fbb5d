//! The cycle collector's mark phase: CPython's trial deletion (Modules/gcmodule.c
//! `update_refs`, `subtract_refs`, `move_unreachable`) over the tracked containers.
//! It reads and marks the heap only; the collection around it (choosing the
//! generation, finalizers, weakref callbacks, clearing the garbage) is the VM's,
//! in `runtime/vm/collect.rs`.
//!
//! # Invariants
//! 1. Only tracked containers (in `Heap::gens`) are candidates; references from
//!    anything else (stack, untracked objects, the VM's tables) are counted in `rc` and
//!    therefore keep objects alive automatically: there is no root enumeration.
//! 2. `gc_refs` is scratch space valid only during a collection.
//! 3. A collection never frees an object reachable from outside the candidate set.
//!
//! Steps: (1) `gc_refs = rc` for candidates; (2) subtract references between
//! candidates; (3) mark everything reachable from candidates with `gc_refs > 0`;
//! (4) the rest is garbage: run `__del__` once (PEP 442), re-check reachability for
//! resurrection, then clear the garbage's references so refcounting frees it.

use crate::runtime::heap::{Slot, FLAG_PAYLOAD};
use crate::runtime::object::Obj;
use crate::value::{ObjRef, Value};

/// `gc_refs` of a candidate the mark phase reached.
pub(crate) const REACHABLE: i32 = i32::MIN;

/// Calls `f` on every object reference `obj` holds (its `tp_traverse`), without the
/// `dyn FnMut` call per child of `Obj::traverse` for the common container kinds.
/// An instance's adopted payload (`Heap::adopt_payload`) is no object of its own to
/// the collector: its references are the instance's, as CPython's `subtype_traverse`
/// ends in the base type's traverse over the same object.
#[inline]
fn for_each_child(slots: &[Slot], obj: &Obj, mut f: impl FnMut(ObjRef)) {
    let mut val = |v: Value| {
        if let Value::Obj(r) = v {
            f(r)
        }
    };
    match obj {
        Obj::List(l) => l.items.iter().for_each(|&v| val(v)),
        Obj::Tuple(t) => t.iter().for_each(|&v| val(v)),
        Obj::Dict(d) => d.iter().for_each(|e| {
            val(e.key);
            val(e.value)
        }),
        Obj::Instance(i) if i.dict.is_none() && i.extra.is_none() => {
            val(Value::Obj(i.class));
            i.values.iter().for_each(|&v| val(v));
        }
        Obj::Instance(i) => match i.payload() {
            Some(Value::Obj(p))
                if slots[p.index()].flags & FLAG_PAYLOAD != 0 && slots[p.index()].rc == 1 =>
            {
                i.traverse(&mut |v| {
                    if !v.is(Value::Obj(p)) {
                        val(v)
                    }
                });
                slots[p.index()].obj.traverse(&mut val);
            }
            _ => i.traverse(&mut val),
        },
        Obj::Cell(v) => val(*v),
        o => o.traverse(&mut val),
    }
}

/// CPython's `update_refs` + `subtract_refs` + `move_unreachable` over `cands` (tracked
/// objects whose `gc_refs` is 0): afterwards `gc_refs == REACHABLE` on every candidate
/// reachable from outside the set, and a positive value on the rest.
#[cfg(test)]
pub(crate) fn mark_unreachable(heap: &mut crate::runtime::heap::Heap, cands: &[ObjRef]) {
    for &c in cands {
        // `rc + 1`, so a candidate's mark stays >= 1 (nonzero = "being collected")
        // even once every reference to it is found to be internal.
        let rc = heap.slots[c.index()].rc.min(i32::MAX as u32 - 1) as i32;
        heap.meta[c.index()].gc_refs = rc + 1;
    }
    mark_unreachable_prepared(heap, cands);
}

/// `gc_refs` of a candidate `move_unreachable` has set aside as (so far) unreachable.
const TENTATIVE: i32 = -1;

/// `mark_unreachable` that also gives the survivors in the order CPython's
/// `move_unreachable` leaves its `young` list, which the next collections walk: the
/// candidates in order, except that one set aside (no outside references when the scan
/// reached it) and then found reachable from a later one moves to the end, in the
/// order that one's `tp_traverse` visits it (`visit_reachable`). Afterwards survivors
/// are marked `REACHABLE` and the garbage is not, as with `mark_unreachable`; the
/// garbage keeps the candidates' order (nothing unreachable ever moves back).
/// `held` are references the count does not show (a running frame's globals and
/// namespace, which CPython's frames own): each is one more outside reference.
pub(crate) fn mark_unreachable_ordered(
    heap: &mut crate::runtime::heap::Heap,
    cands: &[ObjRef],
    held: &[ObjRef],
) -> Vec<ObjRef> {
    for &c in cands {
        let rc = heap.slots[c.index()].rc.min(i32::MAX as u32 - 1) as i32;
        heap.meta[c.index()].gc_refs = rc + 1;
    }
    for &h in held {
        let m = &mut heap.meta[h.index()];
        if m.gc_refs >= 1 && m.gc_refs < i32::MAX {
            m.gc_refs += 1;
        }
    }
    let crate::runtime::heap::Heap { slots, meta, .. } = heap;
    for &c in cands {
        for_each_child(slots, &slots[c.index()].obj, |ch| {
            let m = &mut meta[ch.index()];
            if m.gc_refs > 1 {
                m.gc_refs -= 1;
            }
        });
    }
    let mut young: Vec<ObjRef> = cands.to_vec();
    let mut survivors: Vec<ObjRef> = Vec::with_capacity(cands.len());
    let mut i = 0;
    while i < young.len() {
        let c = young[i];
        i += 1;
        let g = meta[c.index()].gc_refs;
        if g == TENTATIVE {
            continue;
        }
        if g > 1 || g == REACHABLE {
            meta[c.index()].gc_refs = REACHABLE;
            survivors.push(c);
            for_each_child_cpython_order(slots, &slots[c.index()].obj, |ch| {
                let m = &mut meta[ch.index()];
                if m.gc_refs == TENTATIVE {
                    m.gc_refs = REACHABLE;
                    young.push(ch);
                } else if m.gc_refs > 0 {
                    // Not scanned yet: reachable where it stands.
                    m.gc_refs = REACHABLE;
                }
            });
        } else {
            meta[c.index()].gc_refs = TENTATIVE;
        }
    }
    survivors
}

/// `for_each_child` in the order of CPython's `tp_traverse` where that decides which
/// object `move_unreachable` moves first: lists and tuples from their last item back
/// (`list_traverse`, `tupletraverse`), a dict's value before its key
/// (`dict_traverse`), an instance's attributes before its class
/// (`subtype_traverse`).
fn for_each_child_cpython_order(slots: &[Slot], obj: &Obj, mut f: impl FnMut(ObjRef)) {
    let mut val = |v: Value| {
        if let Value::Obj(r) = v {
            f(r)
        }
    };
    match obj {
        Obj::List(l) => l.items.iter().rev().for_each(|&v| val(v)),
        Obj::Tuple(t) => t.iter().rev().for_each(|&v| val(v)),
        Obj::Dict(d) => d.iter().for_each(|e| {
            val(e.value);
            val(e.key)
        }),
        Obj::Instance(i) if i.dict.is_none() && i.extra.is_none() => {
            i.values.iter().for_each(|&v| val(v));
            val(Value::Obj(i.class));
        }
        o => for_each_child(slots, o, |r| val(Value::Obj(r))),
    }
}

/// `mark_unreachable` after the marks were set: each candidate's `gc_refs` is
/// 1 + its references; internal ones are subtracted, the rest marked from the roots.
pub(crate) fn mark_unreachable_prepared(heap: &mut crate::runtime::heap::Heap, cands: &[ObjRef]) {
    let crate::runtime::heap::Heap { slots, meta, .. } = heap;
    // Subtract internal references (non-candidates have gc_refs 0 and are skipped).
    // The mark saturates at 1: references to immortal objects (builtin classes) are
    // not all counted, so an immortal candidate can see more internal references than
    // its count; it must stay a candidate (1 = "no outside references") rather than
    // fall to 0, which would read as "not being collected".
    for &c in cands {
        for_each_child(slots, &slots[c.index()].obj, |ch| {
            let m = &mut meta[ch.index()];
            if m.gc_refs > 1 {
                m.gc_refs -= 1;
            }
        });
    }
    // Mark everything reachable from the externally referenced candidates.
    let mut stack: Vec<ObjRef> = Vec::new();
    for &c in cands {
        if meta[c.index()].gc_refs <= 1 {
            continue;
        }
        meta[c.index()].gc_refs = REACHABLE;
        stack.push(c);
        while let Some(o) = stack.pop() {
            for_each_child(slots, &slots[o.index()].obj, |ch| {
                let m = &mut meta[ch.index()];
                if m.gc_refs > 0 {
                    m.gc_refs = REACHABLE;
                    stack.push(ch);
                }
            });
        }
    }
}

/// The part of a collection's garbage that CPython's reference counting frees while
/// the finalizers run (`finalize_garbage`): a `__del__` that breaks its own cycle
/// (`self.ref = None`), a generator whose `close()` let go of the frame local that
/// referred to it. Such an object is deallocated the moment its count reaches zero,
/// leaves the unreachable list, and so is neither counted by `gc.collect()` nor
/// cleared (`tp_clear`) nor saved by `DEBUG_SAVEALL`.
///
/// `dead` are the garbage objects still unreachable after the finalizers, each holding
/// exactly one reference besides the heap's own: the collector's. An object is freed by
/// counting when all its other references come from objects freed by counting (a
/// topological peel from those with none, Kahn's algorithm); what remains is in a
/// cycle or reachable from one. Returns that remainder, in `dead`'s order.
pub(crate) fn still_cyclic(heap: &mut crate::runtime::heap::Heap, dead: &[ObjRef]) -> Vec<ObjRef> {
    /// `gc_refs` of an object found freed by counting.
    const FREED: i32 = -2;
    let crate::runtime::heap::Heap { slots, meta, .. } = heap;
    let mut ready: Vec<ObjRef> = Vec::new();
    for &d in dead {
        // The count including the collector's hold, so >= 1 marks membership.
        let rc = slots[d.index()].rc.min(i32::MAX as u32) as i32;
        meta[d.index()].gc_refs = rc;
    }
    for &d in dead {
        if meta[d.index()].gc_refs == 1 {
            meta[d.index()].gc_refs = FREED;
            ready.push(d);
        }
    }
    while let Some(o) = ready.pop() {
        for_each_child(slots, &slots[o.index()].obj, |ch| {
            let m = &mut meta[ch.index()];
            if m.gc_refs > 1 {
                m.gc_refs -= 1;
                if m.gc_refs == 1 {
                    m.gc_refs = FREED;
                    ready.push(ch);
                }
            }
        });
    }
    let mut cyclic = Vec::with_capacity(dead.len());
    for &d in dead {
        let m = &mut meta[d.index()];
        if m.gc_refs != FREED {
            cyclic.push(d);
        }
        m.gc_refs = 0;
    }
    cyclic
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::heap::Heap;
    use crate::runtime::object::ListObj;

    fn list(h: &mut Heap, items: Vec<Value>) -> ObjRef {
        h.alloc(Obj::List(ListObj::new(items)))
    }

    #[test]
    fn marks_cycles_unreachable_and_externally_held_objects_reachable() {
        let mut h = Heap::new();
        // The counts below pass through zero while the cycle is built.
        h.defer_frees = true;
        // a <-> b: a cycle only its members reference.
        let a = list(&mut h, vec![]);
        let b = list(&mut h, vec![Value::Obj(a)]);
        if let Obj::List(l) = h.get_mut(a) {
            l.items.push(Value::Obj(b));
        }
        h.incref_obj(b);
        h.decref_obj(a);
        h.decref_obj(b);
        h.incref_obj(a);
        // c is held from outside (rc 1) and holds d, which holds c.
        let d = list(&mut h, vec![]);
        let c = list(&mut h, vec![Value::Obj(d)]);
        if let Obj::List(l) = h.get_mut(d) {
            l.items.push(Value::Obj(c));
        }
        h.incref_obj(c);
        let cands: Vec<ObjRef> = h.gen_objects(0).collect();
        mark_unreachable(&mut h, &cands);
        assert_eq!(h.meta[c.index()].gc_refs, REACHABLE);
        assert_eq!(h.meta[d.index()].gc_refs, REACHABLE);
        assert!(h.meta[a.index()].gc_refs > 0);
        assert!(h.meta[b.index()].gc_refs > 0);
    }

    #[test]
    fn objects_only_held_by_the_collector_and_their_dependents_are_not_cyclic() {
        let mut h = Heap::new();
        // Each object made with count 1: the collector's hold.
        // free -> kid (kid also held by free only): both freed by their counts.
        let kid = list(&mut h, vec![]);
        let free = list(&mut h, vec![Value::Obj(kid)]);
        h.incref_obj(kid);
        // cyc holds itself; dep is held by cyc only: both stay (cycle and its reach).
        let dep = list(&mut h, vec![]);
        let cyc = list(&mut h, vec![Value::Obj(dep)]);
        h.incref_obj(dep);
        if let Obj::List(l) = h.get_mut(cyc) {
            l.items.push(Value::Obj(cyc));
        }
        h.incref_obj(cyc);
        let dead = [kid, free, dep, cyc];
        assert_eq!(still_cyclic(&mut h, &dead), vec![dep, cyc]);
        assert!(dead.iter().all(|d| h.meta[d.index()].gc_refs == 0));
    }

    #[test]
    fn an_undercounted_candidate_stays_a_candidate() {
        let mut h = Heap::new();
        // x's count (1, the external hold) is below the two references to it from
        // candidates: the mark must saturate, not fall to "not collected".
        let x = list(&mut h, vec![]);
        let p = list(&mut h, vec![Value::Obj(x), Value::Obj(x)]);
        let cands = vec![x, p];
        mark_unreachable(&mut h, &cands);
        assert_eq!(h.meta[p.index()].gc_refs, REACHABLE);
        assert_eq!(h.meta[x.index()].gc_refs, REACHABLE);
    }
}
