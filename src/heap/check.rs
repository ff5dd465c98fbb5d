//! Heap invariant checker, run after every collection in builds with debug
//! assertions (dev builds and the fuzz targets) and compiled out of release builds.
//!
//! What it verifies (see the invariants in `heap/mod.rs`):
//! - nothing reachable is freed: every reference held by a live object, a value-stack
//!   slot below `sp` or the handled-exception stack points at a live slot;
//! - no object is held by more references than its refcount says (an over-decref,
//!   which would free it while still in use). References held by the interpreter's
//!   own tables and code constants are not enumerated, so the check is `found <= rc`,
//!   never a false alarm;
//! - the collector's generation lists agree with each object's `gen`/`gen_pos` and
//!   tracked flag.

use crate::heap::FLAG_TRACKED;
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Checks the heap invariants; `Err` describes the first violations found.
    pub fn check_heap(&self) -> Result<(), String> {
        let slots = &self.heap.slots;
        let n = slots.len();
        let mut held = vec![0u32; n];
        let mut errors: Vec<String> = Vec::new();
        let mut visit = |v: Value, from: &dyn Fn() -> String, errors: &mut Vec<String>| {
            if let Value::Obj(r) = v {
                let i = r.index();
                if i == 0 || i >= n || matches!(slots[i].obj, Obj::Free) {
                    errors.push(format!("{} refers to freed object #{}", from(), r.0));
                } else {
                    held[i] += 1;
                }
            }
        };
        for (k, &v) in self.stack[..self.sp.min(self.stack.len())]
            .iter()
            .enumerate()
        {
            visit(v, &|| format!("stack slot {}", k), &mut errors);
        }
        for &v in &self.handled {
            visit(
                v,
                &|| "the handled-exception stack".to_string(),
                &mut errors,
            );
        }
        for (i, s) in slots.iter().enumerate().skip(1) {
            if matches!(s.obj, Obj::Free) {
                continue;
            }
            s.obj.traverse(&mut |v| {
                visit(
                    v,
                    &|| format!("object #{} ({})", i, kind(&s.obj)),
                    &mut errors,
                )
            });
        }
        for (i, s) in slots.iter().enumerate().skip(1) {
            if matches!(s.obj, Obj::Free) || s.flags & crate::heap::FLAG_IMMORTAL != 0 {
                continue;
            }
            if held[i] > s.rc {
                errors.push(format!(
                    "object #{} ({}) has refcount {} but {} references to it were found",
                    i,
                    kind(&s.obj),
                    s.rc,
                    held[i]
                ));
            }
        }
        for (g, list) in self.heap.gens.iter().enumerate() {
            for (pos, r) in list.iter().enumerate() {
                if r.0 == 0 {
                    continue;
                }
                let s = &slots[r.index()];
                if matches!(s.obj, Obj::Free)
                    || s.flags & FLAG_TRACKED == 0
                    || s.gen as usize != g
                    || self.heap.meta[r.index()].gen_pos as usize != pos
                {
                    errors.push(format!(
                        "generation {} position {} lists object #{} inconsistently",
                        g, pos, r.0
                    ));
                }
            }
        }
        if self.heap.meta.len() != slots.len() {
            errors.push("the collector's meta array does not match the slots".to_string());
        }
        if !self.gc.collecting {
            for (i, m) in self.heap.meta.iter().enumerate() {
                if m.gc_refs != 0 {
                    errors.push(format!(
                        "object #{} has gc_refs {} outside a collection",
                        i, m.gc_refs
                    ));
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            errors.truncate(10);
            Err(errors.join("\n"))
        }
    }

    /// Runs [`Vm::check_heap`] in builds with debug assertions and panics on a
    /// violation (a fuzzer reports it as a crash); nothing at all in release builds.
    #[inline(always)]
    pub fn debug_check_heap(&self) {
        #[cfg(debug_assertions)]
        if let Err(e) = self.check_heap() {
            panic!("heap invariant violated:\n{}", e);
        }
    }
}

/// A short name for an object's kind, for the messages.
fn kind(o: &Obj) -> &'static str {
    match o {
        Obj::List(_) => "list",
        Obj::Tuple(_) => "tuple",
        Obj::Dict(_) => "dict",
        Obj::Set(_) => "set",
        Obj::FrozenSet(_) => "frozenset",
        Obj::Str(_) => "str",
        Obj::Function(_) => "function",
        Obj::Generator(_) => "generator",
        _ => "object",
    }
}
