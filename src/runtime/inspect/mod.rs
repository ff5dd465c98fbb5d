//! Heap and stack inspection: the data behind the REPL's `%heap`, `%refs`, `%stack`,
//! `%gc`, `%size`, `%why`, `%growth`, `%snapshot` and `%diff` commands and the `mempy` builtin module.
//!
//! Nothing here runs Python code: reprs are computed by [`short_repr`] from the
//! heap directly (a user `__repr__` is never called), so inspecting never changes
//! what it inspects, except for the explicit collection done by [`gcview`].
//!
//! "Runtime" objects are the interpreter's own: immortal objects (builtin types,
//! interned names) and everything reachable from the builtins namespace and from
//! `sys.modules` other than `__main__`. Everything else live on the heap is the
//! program's, which is what the views show by default.

pub mod gcview;
pub mod growth;
pub mod heapview;
pub mod leaks;
pub mod memprof;
pub mod refs;
pub mod size;
pub mod stack;
pub mod why;

use crate::runtime::heap::sizeof::id_of_index;
use crate::runtime::heap::FLAG_IMMORTAL;
use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};

/// `0x...` address of a heap object, as `id()` and default reprs show it.
pub fn addr(r: ObjRef) -> String {
    format!("0x{:x}", id_of_index(r.0))
}

/// A repr of at most `max` characters that never calls Python code.
pub fn short_repr(vm: &Vm, v: Value, max: usize) -> String {
    let mut out = String::new();
    repr_into(vm, v, &mut out, 0, max + 1);
    truncate(out, max)
}

/// Cuts `s` to `max` characters, marking the cut with `...`.
pub fn truncate(s: String, max: usize) -> String {
    if s.chars().count() <= max {
        return s;
    }
    let keep = max.saturating_sub(3);
    let mut t: String = s.chars().take(keep).collect();
    t.push_str("...");
    t
}

fn repr_into(vm: &Vm, v: Value, out: &mut String, depth: usize, budget: usize) {
    if out.len() > budget {
        return;
    }
    let r = match v {
        Value::None | Value::Undef => return out.push_str("None"),
        Value::Bool(b) => return out.push_str(if b { "True" } else { "False" }),
        Value::Int(i) => return out.push_str(&vm.heap.int_of(i).to_string()),
        Value::Float(f) => {
            let f = vm.heap.float_of(f);
            return out.push_str(&crate::text::float_repr::float_repr(f));
        }
        Value::NotImplemented => return out.push_str("NotImplemented"),
        Value::Ellipsis => return out.push_str("Ellipsis"),
        Value::Obj(r) => r,
    };
    let seq = |out: &mut String, items: &[Value], open: &str, close: &str| {
        if depth >= 3 {
            out.push_str(open);
            out.push_str("...");
            out.push_str(close);
            return;
        }
        out.push_str(open);
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if out.len() > budget {
                out.push_str("...");
                break;
            }
            repr_into(vm, x, out, depth + 1, budget);
        }
        out.push_str(close);
    };
    match vm.heap.get(r) {
        Obj::Free => out.push_str("<freed>"),
        Obj::Str(s) => {
            let s = s.as_str();
            // Only the start of a long string is needed.
            let head: String = s
                .chars()
                .take(budget.saturating_sub(out.len()) + 2)
                .collect();
            let mut q = crate::text::str_methods::str_repr(&head);
            if head.len() < s.len() {
                q.pop();
                q.push_str("...");
            }
            out.push_str(&q);
        }
        Obj::Bytes(_) | Obj::ByteArray(_) => {
            let (data, array) = match vm.heap.get(r) {
                Obj::Bytes(b) => (&b[..], false),
                Obj::ByteArray(b) => (&b.data[..], true),
                _ => (&[][..], false),
            };
            // Only the start of a long bytes object is needed.
            let room = budget.saturating_sub(out.len()) + 2;
            let mut q = crate::text::bytes_repr(&data[..data.len().min(room)]);
            if room < data.len() {
                q.pop();
                q.push_str("...");
            }
            if array {
                q = format!("bytearray({})", q);
            }
            out.push_str(&q);
        }
        Obj::BigInt(b) => {
            let t = b.to_string();
            out.push_str(&t);
        }
        Obj::List(l) => seq(out, &l.items, "[", "]"),
        Obj::Tuple(t) => {
            if t.len() == 1 {
                seq(out, t, "(", ",)")
            } else {
                seq(out, t, "(", ")")
            }
        }
        Obj::Dict(d) => {
            if depth >= 3 {
                out.push_str("{...}");
                return;
            }
            out.push('{');
            for (i, e) in d.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                if out.len() > budget {
                    out.push_str("...");
                    break;
                }
                repr_into(vm, e.key, out, depth + 1, budget);
                out.push_str(": ");
                repr_into(vm, e.value, out, depth + 1, budget);
            }
            out.push('}');
        }
        Obj::Set(s) | Obj::FrozenSet(s) => {
            let mut items = Vec::new();
            s.traverse(&mut |x| items.push(x));
            let frozen = matches!(vm.heap.get(r), Obj::FrozenSet(_));
            if items.is_empty() {
                out.push_str(if frozen { "frozenset()" } else { "set()" });
            } else if frozen {
                seq(out, &items, "frozenset({", "})");
            } else {
                seq(out, &items, "{", "}");
            }
        }
        Obj::Range { start, stop, step } => {
            if *step == 1 {
                out.push_str(&format!("range({}, {})", start, stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", start, stop, step));
            }
        }
        Obj::Function(f) => {
            out.push_str(&format!("<function {} at {}>", f.code.qualname, addr(r)));
        }
        Obj::Builtin(b) => out.push_str(&format!("<built-in function {}>", b.name)),
        Obj::Class(c) => {
            let m = vm.class_module(r);
            if m.is_empty() || m == "builtins" {
                out.push_str(&format!("<class '{}'>", c.qualname));
            } else {
                out.push_str(&format!("<class '{}.{}'>", m, c.qualname));
            }
        }
        Obj::Module(m) => out.push_str(&format!("<module '{}'>", m.name)),
        // As its repr, around the mapping's (proxies can nest: bounded like `seq`).
        Obj::MappingProxy(p) if depth < 3 => {
            out.push_str("mappingproxy(");
            repr_into(vm, Value::Obj(p.mapping), out, depth + 1, budget);
            out.push(')');
        }
        Obj::MappingProxy(_) => out.push_str("mappingproxy(...)"),
        Obj::Code(c) => out.push_str(&format!("<code object {} at {}>", c.name, addr(r))),
        Obj::Cell(c) => {
            if c.is_undef() {
                out.push_str(&format!("<cell at {}: empty>", addr(r)));
            } else {
                out.push_str(&format!(
                    "<cell at {}: {} object>",
                    addr(r),
                    vm.type_name(*c)
                ));
            }
        }
        Obj::Instance(i) => {
            let cname = vm.class_name(i.class);
            match i.exc() {
                Some(e) => {
                    out.push_str(&cname);
                    match e.args {
                        Value::Obj(a) => match vm.heap.get(a) {
                            Obj::Tuple(t) if t.len() == 1 => {
                                out.push('(');
                                repr_into(vm, t[0], out, depth + 1, budget);
                                out.push(')');
                            }
                            Obj::Tuple(t) => seq(out, t, "(", ")"),
                            _ => out.push_str("()"),
                        },
                        _ => out.push_str("()"),
                    }
                }
                None => {
                    let m = vm.class_module(i.class);
                    let prefix = if m.is_empty() || m == "builtins" {
                        String::new()
                    } else {
                        format!("{}.", m)
                    };
                    out.push_str(&format!("<{}{} object at {}>", prefix, cname, addr(r)));
                }
            }
        }
        _ => {
            let tn = vm.type_name(v);
            out.push_str(&format!("<{} object at {}>", tn, addr(r)));
        }
    }
}

/// Marks the interpreter's own objects (see the module docs): `result[i]` is true
/// for runtime objects in slot `i`.
pub fn runtime_objects(vm: &Vm) -> Vec<bool> {
    let n = vm.heap.slots.len();
    let mut mark = vec![false; n];
    let mut todo: Vec<ObjRef> = Vec::new();
    for (i, s) in vm.heap.slots.iter().enumerate().skip(1) {
        if s.flags & FLAG_IMMORTAL != 0 && !matches!(s.obj, Obj::Free) {
            let r = ObjRef(i as u32);
            if r == vm.builtins || r == vm.modules {
                // Walked below, minus the user's entries.
                mark[i] = true;
            } else {
                todo.push(r);
            }
        }
    }
    let main_module = main_module(vm);
    for (dict, skip_key) in [(vm.builtins, "_"), (vm.modules, "__main__")] {
        if let Obj::Dict(d) = vm.heap.get(dict) {
            for e in d.iter() {
                if vm.as_str(e.key) == Some(skip_key) {
                    continue;
                }
                for x in [e.key, e.value] {
                    if let Value::Obj(r) = x {
                        todo.push(r);
                    }
                }
            }
        }
    }
    while let Some(r) = todo.pop() {
        let i = r.index();
        if i >= n || mark[i] || Some(r) == main_module {
            continue;
        }
        mark[i] = true;
        vm.heap.get(r).traverse(&mut |v| {
            if let Value::Obj(c) = v {
                if !mark[c.index()] {
                    todo.push(c);
                }
            }
        });
    }
    mark
}

/// The `__main__` module object, if it exists.
pub fn main_module(vm: &Vm) -> Option<ObjRef> {
    if let Obj::Dict(d) = vm.heap.get(vm.modules) {
        for e in d.iter() {
            if vm.as_str(e.key) == Some("__main__") {
                if let Value::Obj(m) = e.value {
                    return Some(m);
                }
            }
        }
    }
    None
}

/// The `__main__` namespace dict, if it exists.
pub fn main_globals(vm: &Vm) -> Option<ObjRef> {
    match main_module(vm).map(|m| vm.heap.get(m)) {
        Some(Obj::Module(m)) => Some(m.dict),
        _ => None,
    }
}

/// Formats rows as left-aligned columns (right-aligned where `right[i]`).
pub fn table(header: &[&str], rows: &[Vec<String>], right: &[bool]) -> String {
    let mut w: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            if i < w.len() {
                w[i] = w[i].max(c.chars().count());
            }
        }
    }
    let line = |cells: Vec<&str>| {
        let mut s = String::new();
        let last = cells.len().saturating_sub(1);
        for (i, c) in cells.iter().enumerate() {
            let pad = w[i].saturating_sub(c.chars().count());
            if right.get(i).copied().unwrap_or(false) {
                s.push_str(&" ".repeat(pad));
                s.push_str(c);
            } else {
                s.push_str(c);
                if i != last {
                    s.push_str(&" ".repeat(pad));
                }
            }
            if i != last {
                s.push_str("  ");
            }
        }
        s.push('\n');
        s
    };
    let mut out = line(header.to_vec());
    for r in rows {
        out.push_str(&line(r.iter().map(|s| s.as_str()).collect()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_aligns_columns() {
        let t = table(
            &["name", "n"],
            &[
                vec!["a".into(), "10".into()],
                vec!["long".into(), "2".into()],
            ],
            &[false, true],
        );
        assert_eq!(t, "name   n\na     10\nlong   2\n");
    }

    #[test]
    fn short_repr_never_calls_python() {
        let mut vm = Vm::new(4096);
        let s = vm.new_str("x".repeat(100));
        let l = vm.new_list(vec![crate::runtime::heap::Heap::small_int(1), s]);
        let r = short_repr(&vm, l, 20);
        assert_eq!(r.chars().count(), 20);
        assert!(r.starts_with("[1, 'xxx"));
        assert!(r.ends_with("..."));
        vm.decref(l);
        vm.drain_zero_queue();
    }
}
