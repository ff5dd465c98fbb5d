//! Heap invariant checker, run after every collection in builds with debug
//! assertions (dev builds and the fuzz targets) and compiled out of release builds.
//! It reads the heap and the root slices it is given (the VM passes its value stack
//! and handled-exception stack: `Vm::check_heap` in `runtime/vm/collect.rs`).
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

use crate::runtime::heap::{Heap, FLAG_TRACKED};
use crate::runtime::object::Obj;
use crate::value::Value;

impl Heap {
    /// Checks the heap invariants, counting the references held by `roots` (named
    /// slices of values outside the heap) and by live objects; `collecting` is true
    /// while a collection runs (its scratch marks may then be set). `Err` describes
    /// the first violations found.
    pub fn check(&self, roots: &[(&str, &[Value])], collecting: bool) -> Result<(), String> {
        let slots = &self.slots;
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
        for &(name, values) in roots {
            for (k, &v) in values.iter().enumerate() {
                visit(v, &|| format!("{name} [{k}]"), &mut errors);
            }
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
            if matches!(s.obj, Obj::Free) || s.flags & crate::runtime::heap::FLAG_IMMORTAL != 0 {
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
        for (g, list) in self.gens.iter().enumerate() {
            for (pos, r) in list.iter().enumerate() {
                if r.0 == 0 {
                    continue;
                }
                let s = &slots[r.index()];
                if matches!(s.obj, Obj::Free)
                    || s.flags & FLAG_TRACKED == 0
                    || s.gen as usize != g
                    || self.meta[r.index()].gen_pos as usize != pos
                {
                    errors.push(format!(
                        "generation {} position {} lists object #{} inconsistently",
                        g, pos, r.0
                    ));
                }
            }
        }
        if self.meta.len() != slots.len() {
            errors.push("the collector's meta array does not match the slots".to_string());
        }
        if !collecting {
            for (i, m) in self.meta.iter().enumerate() {
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
