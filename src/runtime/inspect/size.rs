//! `%size EXPR` / `mempy.size(x)`, `mempy.deep_size(x)`: `sys.getsizeof` of an
//! object and the total size of everything that would be freed with it.
//!
//! "Only it keeps alive" is decided like the cycle collector's trial deletion: over
//! the objects reachable from `x`, subtract the references they hold to each other;
//! any object left with an outside reference (a variable, another container, the
//! stack) survives `x`, and so does everything reachable from it. Immortal objects
//! (builtin types, interned names) never die. The rest is the deep size.

use crate::runtime::heap::sizeof::sizeof;
use crate::runtime::heap::FLAG_IMMORTAL;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};
use std::collections::{HashMap, HashSet};

/// The size figures for one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeReport {
    /// `sys.getsizeof(x)`.
    pub shallow: usize,
    /// `x` plus everything only `x` keeps alive.
    pub deep: usize,
    /// Number of objects in `deep` (including `x` itself when it is a heap object).
    pub objects: usize,
    /// Objects referenced from the dying set that something else keeps alive.
    pub shared: usize,
}

/// Computes the sizes of `v`; `own` references to `v` are the caller's and are
/// treated like outside references that would go away with it.
pub fn size_report(vm: &Vm, v: Value) -> SizeReport {
    let shallow = sizeof(&vm.heap, v);
    let Value::Obj(root) = v else {
        return SizeReport {
            shallow,
            deep: shallow,
            objects: 0,
            shared: 0,
        };
    };
    // Everything reachable from the root.
    let mut reach: Vec<ObjRef> = Vec::new();
    let mut seen: HashSet<ObjRef> = HashSet::new();
    let mut todo = vec![root];
    while let Some(o) = todo.pop() {
        if !seen.insert(o) {
            continue;
        }
        reach.push(o);
        if o != root && vm.heap.slots[o.index()].flags & FLAG_IMMORTAL != 0 {
            // Immortal objects never die; what they reach is theirs.
            continue;
        }
        vm.heap.get(o).traverse(&mut |c| {
            if let Value::Obj(r) = c {
                if !seen.contains(&r) {
                    todo.push(r);
                }
            }
        });
    }
    // Outside references per object.
    let mut ext: HashMap<ObjRef, i64> = reach.iter().map(|&o| (o, vm.heap.rc(o) as i64)).collect();
    for &o in &reach {
        vm.heap.get(o).traverse(&mut |c| {
            if let Value::Obj(r) = c {
                if let Some(n) = ext.get_mut(&r) {
                    *n -= 1;
                }
            }
        });
    }
    // Survivors: externally referenced or immortal (not the root), and what they reach.
    let mut alive: HashSet<ObjRef> = HashSet::new();
    let mut todo: Vec<ObjRef> = reach
        .iter()
        .copied()
        .filter(|&o| {
            o != root && (ext[&o] > 0 || vm.heap.slots[o.index()].flags & FLAG_IMMORTAL != 0)
        })
        .collect();
    while let Some(o) = todo.pop() {
        if o == root || !alive.insert(o) {
            continue;
        }
        vm.heap.get(o).traverse(&mut |c| {
            if let Value::Obj(r) = c {
                if seen.contains(&r) && !alive.contains(&r) {
                    todo.push(r);
                }
            }
        });
    }
    let mut deep = 0;
    let mut objects = 0;
    let mut boundary: HashSet<ObjRef> = HashSet::new();
    for &o in &reach {
        if !alive.contains(&o) {
            deep += sizeof(&vm.heap, Value::Obj(o));
            objects += 1;
            vm.heap.get(o).traverse(&mut |c| {
                if let Value::Obj(r) = c {
                    if alive.contains(&r) {
                        boundary.insert(r);
                    }
                }
            });
        }
    }
    SizeReport {
        shallow,
        deep,
        objects,
        shared: boundary.len(),
    }
}

/// The `%size` text.
pub fn render(vm: &Vm, v: Value, r: &SizeReport) -> String {
    let mut out = format!("{} {}\n", vm.type_name(v), super::short_repr(vm, v, 50));
    out.push_str(&format!("  getsizeof: {} bytes\n", r.shallow));
    out.push_str(&format!(
        "  deep size: {} bytes in {} object{} that only it keeps alive\n",
        r.deep,
        r.objects,
        if r.objects == 1 { "" } else { "s" }
    ));
    if r.shared > 0 {
        out.push_str(&format!(
            "  ({} object{} it refers to {} kept alive by other references, not counted)\n",
            r.shared,
            if r.shared == 1 { "" } else { "s" },
            if r.shared == 1 { "is" } else { "are" }
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_size_counts_only_owned_objects() {
        let mut vm = Vm::new(4096);
        let shared = vm.new_str("shared string!");
        let own = vm.new_str("owned string!!");
        vm.incref(shared);
        let l = vm.new_list(vec![own, shared]);
        let r = size_report(&vm, l);
        let s_own = sizeof(&vm.heap, own);
        assert_eq!(r.shallow, sizeof(&vm.heap, l));
        assert_eq!(r.deep, r.shallow + s_own);
        assert_eq!(r.objects, 2);
        assert_eq!(r.shared, 1);
        vm.decref(l);
        vm.decref(shared);
        vm.drain_zero_queue();
    }

    #[test]
    fn cycles_die_together() {
        let mut vm = Vm::new(4096);
        let a = vm.new_list(vec![]);
        vm.incref(a);
        let b = vm.new_list(vec![a]);
        vm.incref(b);
        if let crate::runtime::object::Obj::List(l) = vm.heap.get_mut(a.as_obj().unwrap()) {
            l.items.push(b);
        }
        vm.decref(b);
        // a is held by us (1) and by b; b only by a.
        let r = size_report(&vm, a);
        assert_eq!(r.objects, 2);
        assert_eq!(r.deep, sizeof(&vm.heap, a) + sizeof(&vm.heap, b));
        vm.decref(a);
        let _ = vm.collect(2);
    }
}
