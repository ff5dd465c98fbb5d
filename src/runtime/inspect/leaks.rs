//! `mempy --leaks script.py`: at exit, before the finalizers of globals run, the
//! objects the program allocated that are still alive, grouped by allocation site and
//! type, each group with one `why` chain (memray's leak report, with the reason).
//!
//! The run traces allocations from the start (the `tracemalloc` machinery), so "the
//! program's objects" are exactly those allocated after start-up; objects allocated by
//! the interpreter's own Python-written modules (`<frozen ...>` sites) are left out. A
//! group whose objects no root reaches is garbage a collection would free: it is marked
//! as a cycle, and as kept only because the collector is disabled when it is.
//!
//! Definitions are not leaks: functions, classes, code and modules, and what only
//! describes them (their names, docstrings, namespaces, globals, a class's
//! `__bases__`/`__mro__` and its slot and `__dict__`/`__weakref__` descriptors) are
//! left out, as
//! are objects allocated before the program's first instruction (`<unknown>:0`) and
//! the interpreter's own (builtin modules imported on the program's behalf).

use super::growth::{frozen_site, site_text, traced_objects};
use super::why::{reach_all, Reach, Why};
use super::{runtime_objects, table};
use crate::runtime::heap::nums::NUM_TRACE_KEY;
use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::ObjRef;
use std::collections::HashMap;

/// Turns allocation tracing on for the whole run (before the program's first object).
pub fn start(vm: &mut Vm) {
    if vm.heap.trace.is_none() {
        vm.heap.trace = Some(Box::default());
    }
}

/// Whether `r` is a definition or only describes one (see the module docs).
fn definition_part(vm: &Vm, reach: &Reach, r: ObjRef) -> bool {
    if matches!(
        vm.heap.get(r),
        Obj::Function(_)
            | Obj::Class(_)
            | Obj::Code(_)
            | Obj::Module(_)
            | Obj::Builtin(_)
            | Obj::Member(_)
    ) {
        return true;
    }
    let Some((Some(holder), via)) = reach.last_hop(vm, r) else {
        return false;
    };
    let describes = matches!(
        via.as_str(),
        ".__name__"
            | ".__qualname__"
            | ".__doc__"
            | ".__module__"
            | ".__dict__"
            | ".__globals__"
            | ".__bases__"
            | ".__mro__"
    );
    describes
        && matches!(
            vm.heap.get(holder),
            Obj::Function(_) | Obj::Class(_) | Obj::Module(_)
        )
}

/// (allocation site, type name).
type GroupKey = (String, String);
/// (count, bytes, one member).
type Group = (usize, usize, ObjRef);

pub fn report(vm: &Vm) -> String {
    let reach = reach_all(vm);
    let runtime = runtime_objects(vm);
    let mut groups: HashMap<GroupKey, Group> = HashMap::new();
    let (mut count, mut bytes) = (0usize, 0usize);
    for (key, site, _, size, tn) in traced_objects(vm) {
        // Numbers: too many to be interesting, and no why of their own.
        if key & NUM_TRACE_KEY != 0 || site == 0 || frozen_site(vm, site) {
            continue;
        }
        let r = ObjRef(key);
        if runtime[r.index()] || definition_part(vm, &reach, r) {
            continue;
        }
        let v = r;
        count += 1;
        bytes += size;
        let e = groups.entry((site_text(vm, site), tn)).or_insert((0, 0, v));
        e.0 += 1;
        e.1 += size;
    }
    let mut out = format!(
        "mempy --leaks: {} object{} allocated by the program still alive at exit, {} bytes\n",
        count,
        if count == 1 { "" } else { "s" },
        bytes
    );
    if count == 0 {
        return out;
    }
    let mut rows: Vec<(GroupKey, Group)> = groups.into_iter().collect();
    rows.sort_by(|a, b| {
        b.1 .1
            .cmp(&a.1 .1)
            .then(b.1 .0.cmp(&a.1 .0))
            .then(a.0.cmp(&b.0))
    });
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|((site, tn), (n, b, sample))| {
            vec![
                site.clone(),
                tn.clone(),
                n.to_string(),
                b.to_string(),
                chain_text(vm, &reach, *sample),
            ]
        })
        .collect();
    out.push_str(&table(
        &[
            "allocated at",
            "type",
            "count",
            "bytes",
            "why one of them is alive",
        ],
        &cells,
        &[false, false, true, true, false],
    ));
    out
}

/// One line: the `why` chain of `v`, hops joined by ` -> `.
fn chain_text(vm: &Vm, reach: &Reach, r: ObjRef) -> String {
    match reach.why(vm, r) {
        Why::Reachable(hops) => hops
            .iter()
            .map(|h| h.via.as_str())
            .collect::<Vec<_>>()
            .join(" -> "),
        Why::Cycle { cycle, .. } => {
            let members = cycle.len().saturating_sub(1);
            format!(
                "garbage: a reference cycle of {} object{}{}",
                members,
                if members == 1 { "" } else { "s" },
                if vm.gc.enabled {
                    " (the collector has not run since)"
                } else {
                    ", kept only because the collector is disabled"
                }
            )
        }
        Why::Singleton | Why::Unaccounted => "held from outside the object graph".into(),
    }
}
