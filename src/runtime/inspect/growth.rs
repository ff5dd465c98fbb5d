//! What grew? `%growth` / `mempy.growth()`: the program's live objects per type and
//! their change since the previous call (objgraph's `show_growth`, with bytes), and
//! `%snapshot` + `%diff` / `mempy.snapshot()` + `mempy.diff()`: the objects allocated
//! since the snapshot that are still alive, grouped by type and by the source line that
//! allocated them (tracemalloc's `compare_to`, by object instead of by malloc block).
//!
//! A snapshot is a point in the allocation order: taking one turns on allocation
//! tracing (the `tracemalloc` machinery, which records each object's site and serial
//! number; `tracemalloc.is_tracing()` then says True), and the diff lists the traced live
//! objects with a later serial, leaving out those made by the interpreter's own
//! Python-written modules (`<frozen ...>` sites). Sizes are `sys.getsizeof`'s, measured when reported.
//! The state between calls (the previous counts, the last snapshot) is per thread,
//! which is per interpreter.

use super::{runtime_objects, table};
use crate::runtime::heap::nums::NUM_TRACE_KEY;
use crate::runtime::heap::sizeof::sizeof;
use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// Counts and bytes per type at the previous `growth` call.
    static LAST_GROWTH: RefCell<Option<HashMap<String, (usize, usize)>>> =
        const { RefCell::new(None) };
    /// The serial number at the last snapshot.
    static LAST_SNAPSHOT: RefCell<Option<u32>> = const { RefCell::new(None) };
}

/// Live objects of the program per type name: (count, bytes).
fn census(vm: &Vm) -> HashMap<String, (usize, usize)> {
    let runtime = runtime_objects(vm);
    let mut m: HashMap<String, (usize, usize)> = HashMap::new();
    for (i, s) in vm.heap.slots.iter().enumerate().skip(1) {
        if matches!(s.obj, Obj::Free) || s.rc == 0 || runtime[i] {
            continue;
        }
        let v = Value::Obj(ObjRef(i as u32));
        let e = m.entry(vm.type_name(v)).or_default();
        e.0 += 1;
        e.1 += sizeof(&vm.heap, v);
    }
    m
}

/// `%growth`: the types whose count or bytes went up since the previous call (all
/// types on the first call), with the totals and the increase.
pub fn growth(vm: &Vm) -> String {
    let now = census(vm);
    let before = LAST_GROWTH.with(|l| l.borrow_mut().replace(now.clone()));
    let first = before.is_none();
    let before = before.unwrap_or_default();
    let mut rows: Vec<(String, usize, i64, usize, i64)> = Vec::new();
    for (t, &(n, b)) in &now {
        let (n0, b0) = before.get(t).copied().unwrap_or((0, 0));
        let dn = n as i64 - n0 as i64;
        let db = b as i64 - b0 as i64;
        if dn > 0 || (dn == 0 && db > 0) {
            rows.push((t.clone(), n, dn, b, db));
        }
    }
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(b.4.cmp(&a.4)).then(a.0.cmp(&b.0)));
    if rows.is_empty() {
        return "no growth since the last call\n".into();
    }
    let cells: Vec<Vec<String>> = rows
        .into_iter()
        .map(|(t, n, dn, b, db)| {
            vec![
                t,
                n.to_string(),
                format!("{:+}", dn),
                b.to_string(),
                format!("{:+}", db),
            ]
        })
        .collect();
    let mut out = String::new();
    if first {
        out.push_str("first call: every type counts as new\n");
    }
    out.push_str(&table(
        &["type", "count", "new", "bytes", "new bytes"],
        &cells,
        &[false, true, true, true, true],
    ));
    out
}

/// Starts a snapshot (and allocation tracing, if off); returns its serial number.
pub fn snapshot(vm: &mut Vm) -> u32 {
    if vm.heap.trace.is_none() {
        vm.heap.trace = Some(Box::default());
    }
    let serial = vm.heap.trace.as_ref().map_or(0, |t| t.serial);
    LAST_SNAPSHOT.with(|l| *l.borrow_mut() = Some(serial));
    serial
}

/// The last snapshot's serial number, if one was taken.
pub fn last_snapshot() -> Option<u32> {
    LAST_SNAPSHOT.with(|l| *l.borrow())
}

/// One group of new objects.
pub struct Group {
    pub key: String,
    pub count: usize,
    pub bytes: usize,
}

/// The new live objects since serial `since`, by type and by allocation line.
pub struct Diff {
    pub by_type: Vec<Group>,
    pub by_line: Vec<Group>,
    pub count: usize,
    pub bytes: usize,
}

/// `file:line` of a site (the file's base name: reports are read, not parsed).
pub fn site_text(vm: &Vm, site: u32) -> String {
    let Some(t) = &vm.heap.trace else {
        return "<unknown>:0".into();
    };
    match t.site_frames.get(site as usize).and_then(|f| f.first()) {
        Some((f, l)) if site != 0 => {
            let base = f.rsplit('/').next().unwrap_or(f);
            format!("{}:{}", base, l)
        }
        _ => "<unknown>:0".into(),
    }
}

/// Every traced live object: (trace key, site, serial, size, type name). Sizes are
/// measured now; numbers keep their recorded size.
pub fn traced_objects(vm: &Vm) -> Vec<(u32, u32, u32, usize, String)> {
    let Some(t) = &vm.heap.trace else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(t.sites.len());
    for (&k, &(site, serial)) in t.sites.iter() {
        let (size, tn) = if k & NUM_TRACE_KEY != 0 {
            let i = (k & !NUM_TRACE_KEY) as usize;
            let tn = if vm.heap.num_is_float(i) {
                "float"
            } else {
                "int"
            };
            (t.sizes.get(&k).copied().unwrap_or(0), tn.to_string())
        } else {
            let v = Value::Obj(ObjRef(k));
            (sizeof(&vm.heap, v), vm.type_name(v))
        };
        out.push((k, site, serial, size, tn));
    }
    out.sort_unstable_by_key(|x| x.0);
    out
}

fn groups(m: HashMap<String, (usize, usize)>) -> Vec<Group> {
    let mut v: Vec<Group> = m
        .into_iter()
        .map(|(key, (count, bytes))| Group { key, count, bytes })
        .collect();
    v.sort_by(|a, b| {
        b.bytes
            .cmp(&a.bytes)
            .then(b.count.cmp(&a.count))
            .then(a.key.cmp(&b.key))
    });
    v
}

/// Whether a site's code is the interpreter's own (`<frozen NAME>`).
pub fn frozen_site(vm: &Vm, site: u32) -> bool {
    vm.heap
        .trace
        .as_ref()
        .and_then(|t| t.site_frames.get(site as usize))
        .and_then(|f| f.first())
        .is_some_and(|(f, _)| f.starts_with("<frozen"))
}

pub fn diff(vm: &Vm, since: u32) -> Diff {
    let mut by_type: HashMap<String, (usize, usize)> = HashMap::new();
    let mut by_line: HashMap<String, (usize, usize)> = HashMap::new();
    let (mut count, mut bytes) = (0, 0);
    for (_, site, serial, size, tn) in traced_objects(vm) {
        // The interpreter's own Python-written modules (`<frozen ...>`) are not the
        // program's allocations (`tracemalloc.take_snapshot()` itself, imports).
        if serial < since || frozen_site(vm, site) {
            continue;
        }
        count += 1;
        bytes += size;
        let e = by_type.entry(tn).or_default();
        e.0 += 1;
        e.1 += size;
        let e = by_line.entry(site_text(vm, site)).or_default();
        e.0 += 1;
        e.1 += size;
    }
    Diff {
        by_type: groups(by_type),
        by_line: groups(by_line),
        count,
        bytes,
    }
}

pub fn render_diff(d: &Diff) -> String {
    let mut out = format!(
        "{} new object{} still alive since the snapshot, {} bytes\n",
        d.count,
        if d.count == 1 { "" } else { "s" },
        d.bytes
    );
    if d.count == 0 {
        return out;
    }
    let rows = |g: &[Group]| -> Vec<Vec<String>> {
        g.iter()
            .map(|g| vec![g.key.clone(), g.count.to_string(), g.bytes.to_string()])
            .collect()
    };
    out.push_str(&table(
        &["type", "count", "bytes"],
        &rows(&d.by_type),
        &[false, true, true],
    ));
    out.push_str(&table(
        &["allocated at", "count", "bytes"],
        &rows(&d.by_line),
        &[false, true, true],
    ));
    out
}
