//! `%heap [TYPE] [--all]` / `mempy.heap()`: the live objects with their id, type,
//! reference count, `sys.getsizeof` and a short repr, with totals by type.

use super::{addr, runtime_objects, short_repr, table};
use crate::runtime::heap::sizeof::{id_of_index, sizeof};
use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};

/// One live object.
pub struct HeapEntry {
    pub obj: ObjRef,
    pub type_name: String,
    pub refcount: u32,
    pub size: usize,
    pub repr: String,
}

/// The objects selected by a filter, plus what was left out.
pub struct HeapView {
    pub entries: Vec<HeapEntry>,
    /// Runtime objects not listed (zero with `include_runtime`).
    pub hidden: usize,
    pub hidden_bytes: usize,
}

/// Lists live objects (the program's only, unless `include_runtime`), optionally
/// only those whose type name is `type_filter`. Ordered by id.
pub fn heap_view(vm: &Vm, type_filter: Option<&str>, include_runtime: bool) -> HeapView {
    let runtime = runtime_objects(vm);
    let mut view = HeapView {
        entries: Vec::new(),
        hidden: 0,
        hidden_bytes: 0,
    };
    for (i, s) in vm.heap.slots.iter().enumerate().skip(1) {
        if matches!(s.obj, Obj::Free) || s.rc == 0 {
            continue;
        }
        let r = ObjRef(i as u32);
        let v = Value::Obj(r);
        let tn = vm.type_name(v);
        if type_filter.is_some_and(|t| t != tn) {
            continue;
        }
        let size = sizeof(&vm.heap, v);
        if runtime[i] && !include_runtime {
            view.hidden += 1;
            view.hidden_bytes += size;
            continue;
        }
        view.entries.push(HeapEntry {
            obj: r,
            type_name: tn,
            refcount: s.rc,
            size,
            repr: short_repr(vm, v, 48),
        });
    }
    view
}

/// Totals by type name, largest total size first.
pub fn by_type(entries: &[HeapEntry]) -> Vec<(String, usize, usize)> {
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    for e in entries {
        match out.iter_mut().find(|(n, _, _)| *n == e.type_name) {
            Some(t) => {
                t.1 += 1;
                t.2 += e.size;
            }
            None => out.push((e.type_name.clone(), 1, e.size)),
        }
    }
    out.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    out
}

/// The `%heap` text: at most `limit` rows, then totals by type.
pub fn render(view: &HeapView, limit: usize) -> String {
    let mut out = String::new();
    if view.entries.is_empty() {
        out.push_str("no objects\n");
    } else {
        let rows: Vec<Vec<String>> = view
            .entries
            .iter()
            .take(limit)
            .map(|e| {
                vec![
                    format!("0x{:x}", id_of_index(e.obj.0)),
                    e.type_name.clone(),
                    e.refcount.to_string(),
                    e.size.to_string(),
                    e.repr.clone(),
                ]
            })
            .collect();
        out.push_str(&table(
            &["id", "type", "refs", "size", "value"],
            &rows,
            &[false, false, true, true, false],
        ));
        if view.entries.len() > limit {
            out.push_str(&format!(
                "... {} more (filter with %heap TYPE)\n",
                view.entries.len() - limit
            ));
        }
        out.push('\n');
        let rows: Vec<Vec<String>> = by_type(&view.entries)
            .into_iter()
            .map(|(n, c, b)| vec![n, c.to_string(), b.to_string()])
            .collect();
        out.push_str(&table(
            &["type", "count", "bytes"],
            &rows,
            &[false, true, true],
        ));
    }
    let total: usize = view.entries.iter().map(|e| e.size).sum();
    out.push_str(&format!(
        "total: {} object{}, {} bytes",
        view.entries.len(),
        if view.entries.len() == 1 { "" } else { "s" },
        total
    ));
    if view.hidden > 0 {
        out.push_str(&format!(
            " ({} runtime objects, {} bytes, not shown: %heap --all)",
            view.hidden, view.hidden_bytes
        ));
    }
    out.push('\n');
    out
}

/// A one-line description of an object: `list 0x7f3a... [1, 2]`.
pub fn describe(vm: &Vm, r: ObjRef) -> String {
    format!(
        "{} {} {}",
        vm.type_name(Value::Obj(r)),
        addr(r),
        short_repr(vm, Value::Obj(r), 40)
    )
}
