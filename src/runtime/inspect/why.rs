//! `%why EXPR` / `mempy.why(obj)`: why is this object still alive? The shortest chain
//! of references from a root to it, one hop per line with the container, the
//! key/index/attribute and each object's refcount and `sys.getsizeof` size — objgraph's
//! `find_backref_chain`, computed exactly on the heap.
//!
//! Roots, in the order ties are broken: the globals of `__main__`, the locals, cells
//! and evaluation-stack temporaries of the running frames, the exception being
//! handled, the globals of the other modules, the builtins, and finally every object
//! referenced from outside the object graph (CPython's gc finds those the same way:
//! `refcount - references from other objects > 0`) — code constants, immortal objects
//! and the interpreter's own tables. A breadth-first search from all of them at once
//! finds a shortest chain. An object no root reaches is kept by garbage: the report
//! then names the reference cycle that holds it (what the cycle collector would free).

use super::short_repr;
use crate::runtime::heap::sizeof::sizeof;
use crate::runtime::heap::FLAG_IMMORTAL;
use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};
use std::collections::{HashMap, VecDeque};

/// One row of a chain: how the previous object (or the root) refers to `obj`.
pub struct Hop {
    pub via: String,
    pub obj: Value,
}

/// The answer to "why is it alive?".
pub enum Why {
    /// None, True, False, ...: no reference count, never freed.
    Singleton,
    /// A chain from a root: `hops[0].via` names the root.
    Reachable(Vec<Hop>),
    /// No root reaches it: `cycle` is a reference cycle (its first object again at the
    /// end is implied) and `chain` leads from the cycle's first object to the target
    /// (empty when the target is on the cycle).
    Cycle { cycle: Vec<Hop>, chain: Vec<Hop> },
    /// No root reaches it and no cycle holds it: its references come from outside the
    /// object graph that mempy can see (should not happen; reported rather than hidden).
    Unaccounted,
}

const NONE: u32 = u32::MAX;
/// Parent marker of a BFS source (the root label is in `sources`).
const SOURCE: u32 = u32::MAX - 1;

/// Finds why `target` is alive. `own`: references the caller holds (the argument of
/// `mempy.why`, the REPL's value of `%why EXPR`), which are no reason. With `own > 0`
/// from Python code, the innermost frame's evaluation stack holds that argument.
pub fn why(vm: &Vm, target: Value, own: u32, skip_top_temporaries: bool) -> Why {
    if vm.heap.refcount_of(target).is_none() {
        return Why::Singleton;
    }
    let n = vm.heap.slots.len();
    let sources = roots(vm, target, own, skip_top_temporaries);
    // parent[i]: the object through which slot i was first reached (SOURCE for a root).
    let mut parent = vec![NONE; n];
    let mut root_of: HashMap<u32, usize> = HashMap::new();
    let mut queue: VecDeque<ObjRef> = VecDeque::new();
    for (k, (_, v)) in sources.iter().enumerate() {
        if v.is(target) {
            return Why::Reachable(vec![Hop {
                via: sources[k].0.clone(),
                obj: target,
            }]);
        }
        if let Value::Obj(r) = *v {
            if parent[r.index()] == NONE && !is_free(vm, r) {
                parent[r.index()] = SOURCE;
                root_of.insert(r.0, k);
                queue.push_back(r);
            }
        }
    }
    let mut found: Option<ObjRef> = None;
    while let Some(r) = queue.pop_front() {
        let mut hit = false;
        vm.heap.get(r).traverse(&mut |v| {
            if hit {
                return;
            }
            if v.is(target) {
                hit = true;
                return;
            }
            if let Value::Obj(c) = v {
                if parent[c.index()] == NONE {
                    parent[c.index()] = r.0;
                    queue.push_back(c);
                }
            }
        });
        if hit {
            found = Some(r);
            break;
        }
    }
    if let Some(last) = found {
        let mut path = vec![last];
        let mut cur = last;
        while parent[cur.index()] != SOURCE {
            cur = ObjRef(parent[cur.index()]);
            path.push(cur);
        }
        path.reverse();
        let root = sources[root_of[&path[0].0]].0.clone();
        let mut objs: Vec<Value> = path.into_iter().map(Value::Obj).collect();
        objs.push(target);
        return Why::Reachable(label_chain(vm, root, &objs));
    }
    unreachable_report(vm, target, &parent)
}

/// Shortest chains from the roots to every reachable object at once (one
/// breadth-first search), for reports about many objects (`--leaks`).
pub struct Reach {
    parent: Vec<u32>,
    root_of: HashMap<u32, usize>,
    sources: Vec<(String, Value)>,
}

/// The search of [`why`] without a target: nothing held by the caller.
pub fn reach_all(vm: &Vm) -> Reach {
    let n = vm.heap.slots.len();
    let sources = roots(vm, Value::None, 0, false);
    let mut parent = vec![NONE; n];
    let mut root_of: HashMap<u32, usize> = HashMap::new();
    let mut queue: VecDeque<ObjRef> = VecDeque::new();
    for (k, (_, v)) in sources.iter().enumerate() {
        if let Value::Obj(r) = *v {
            if parent[r.index()] == NONE && !is_free(vm, r) {
                parent[r.index()] = SOURCE;
                root_of.insert(r.0, k);
                queue.push_back(r);
            }
        }
    }
    while let Some(r) = queue.pop_front() {
        vm.heap.get(r).traverse(&mut |v| {
            if let Value::Obj(c) = v {
                if parent[c.index()] == NONE {
                    parent[c.index()] = r.0;
                    queue.push_back(c);
                }
            }
        });
    }
    Reach {
        parent,
        root_of,
        sources,
    }
}

impl Reach {
    /// How `r`'s last hop reads (`['k']`, `.name`, or the root), if a root reaches it.
    pub fn last_hop(&self, vm: &Vm, r: ObjRef) -> Option<(Option<ObjRef>, String)> {
        match self.parent.get(r.index()).copied()? {
            NONE => None,
            SOURCE => Some((None, self.sources[self.root_of[&r.0]].0.clone())),
            p => Some((Some(ObjRef(p)), edge_label(vm, ObjRef(p), Value::Obj(r)))),
        }
    }

    /// The full answer for `r` (as [`why`] with nothing held by the caller).
    pub fn why(&self, vm: &Vm, r: ObjRef) -> Why {
        if self.parent[r.index()] == NONE {
            return unreachable_report(vm, Value::Obj(r), &self.parent);
        }
        let mut path = vec![r];
        let mut cur = r;
        while self.parent[cur.index()] != SOURCE {
            cur = ObjRef(self.parent[cur.index()]);
            path.push(cur);
        }
        path.reverse();
        let root = self.sources[self.root_of[&path[0].0]].0.clone();
        let objs: Vec<Value> = path.into_iter().map(Value::Obj).collect();
        Why::Reachable(label_chain(vm, root, &objs))
    }
}

fn is_free(vm: &Vm, r: ObjRef) -> bool {
    matches!(vm.heap.get(r), Obj::Free)
}

/// The roots with their labels, in priority order (see the module docs).
fn roots(vm: &Vm, target: Value, own: u32, skip_top_temporaries: bool) -> Vec<(String, Value)> {
    let mut out: Vec<(String, Value)> = Vec::new();
    let main = super::main_module(vm);
    let module_globals = |out: &mut Vec<(String, Value)>, m: ObjRef| {
        if let Obj::Module(md) = vm.heap.get(m) {
            if let Obj::Dict(d) = vm.heap.get(md.dict) {
                for e in d.iter() {
                    let label = format!("global {} of module {}", key_text(vm, e.key), md.name);
                    out.push((label, e.value));
                }
            }
        }
    };
    if let Some(m) = main {
        module_globals(&mut out, m);
    }
    // Frames, innermost first: a local of the running function is the closest reason.
    let nframes = vm.frames.len();
    for k in (0..nframes).rev() {
        let f = &vm.frames[k];
        let end = if k + 1 < nframes {
            vm.frames[k + 1].ret_slot
        } else {
            vm.sp
        };
        let fname = frame_name(vm, k);
        let nvar = f.code.varnames.len();
        let ncell = f.code.cellvars.len() + f.code.freevars.len();
        for slot in f.base..end.min(vm.stack.len()) {
            let v = vm.stack[slot];
            if v.is_undef() {
                continue;
            }
            let label = if slot < f.base + nvar {
                format!("local '{}' of {}", f.code.varnames[slot - f.base], fname)
            } else if slot < f.base + nvar + ncell {
                let ci = slot - f.base - nvar;
                let name = f.code.cell_name(ci);
                format!("cell '{}' of {}", name, fname)
            } else if skip_top_temporaries && k + 1 == nframes {
                continue;
            } else {
                format!("a temporary on the evaluation stack of {}", fname)
            };
            out.push((label, v));
        }
    }
    for &h in &vm.handled {
        out.push(("the exception being handled".into(), h));
    }
    if let Obj::Dict(d) = vm.heap.get(vm.modules) {
        for e in d.iter() {
            if let Value::Obj(m) = e.value {
                if Some(m) != main {
                    module_globals(&mut out, m);
                }
            }
        }
    }
    if let Obj::Dict(d) = vm.heap.get(vm.builtins) {
        for e in d.iter() {
            out.push((format!("builtins.{}", key_text_bare(vm, e.key)), e.value));
        }
    }
    // Objects referenced from outside the object graph: what remains of the
    // refcount after subtracting references from other objects.
    let n = vm.heap.slots.len();
    let mut internal = vec![0u32; n];
    for s in vm.heap.slots.iter().skip(1) {
        if matches!(s.obj, Obj::Free) {
            continue;
        }
        s.obj.traverse(&mut |v| {
            if let Value::Obj(c) = v {
                internal[c.index()] += 1;
            }
        });
    }
    code_constants(vm, &mut out);
    if let Value::Int(k) = target {
        if crate::runtime::heap::Heap::is_small_int(k) {
            out.push(("the small-int cache (-5..256)".into(), target));
        }
    }
    for (i, s) in vm.heap.slots.iter().enumerate().skip(1) {
        let own_here = if Value::Obj(ObjRef(i as u32)).is(target) {
            own
        } else {
            0
        };
        if matches!(s.obj, Obj::Free) || s.rc <= internal[i] + own_here {
            continue;
        }
        let label = if s.flags & FLAG_IMMORTAL != 0 {
            "an immortal object of the interpreter"
        } else {
            "the interpreter (a reference from outside the object graph)"
        };
        out.push((label.to_string(), Value::Obj(ObjRef(i as u32))));
    }
    out
}

/// The constants and names of every code object (functions, generators, code
/// objects, running frames), as roots.
fn code_constants(vm: &Vm, out: &mut Vec<(String, Value)>) {
    let mut seen: std::collections::HashSet<*const crate::bytecode::CodeObject> =
        std::collections::HashSet::new();
    let mut note = |code: &crate::bytecode::CodeObject, out: &mut Vec<(String, Value)>| {
        if !seen.insert(code as *const _) {
            return;
        }
        if let Some(rt) = code.runtime.get() {
            for &v in rt.consts.iter().chain(rt.names.iter()) {
                out.push((format!("a constant of the code of {}", code_name(code)), v));
            }
        }
    };
    for f in vm.frames.iter().rev() {
        note(&f.code, out);
    }
    for s in vm.heap.slots.iter().skip(1) {
        match &s.obj {
            Obj::Function(f) => note(&f.code, out),
            Obj::Generator(g) => note(&g.code, out),
            Obj::Code(c) => note(c, out),
            _ => {}
        }
    }
}

fn code_name(code: &crate::bytecode::CodeObject) -> String {
    if code.name.starts_with('<') {
        code.name.clone()
    } else {
        format!("{}()", code.qualname)
    }
}

fn frame_name(vm: &Vm, k: usize) -> String {
    code_name(&vm.frames[k].code)
}

/// `'name'` for a str key, the short repr otherwise.
fn key_text(vm: &Vm, k: Value) -> String {
    match vm.as_str(k) {
        Some(s) => format!("'{}'", s),
        None => short_repr(vm, k, 30),
    }
}

fn key_text_bare(vm: &Vm, k: Value) -> String {
    match vm.as_str(k) {
        Some(s) => s.to_string(),
        None => short_repr(vm, k, 30),
    }
}

/// The namespace dict of a module, class or instance, if `holder` is one and `d` is it.
fn is_namespace_of(vm: &Vm, holder: ObjRef, d: Value) -> bool {
    match vm.heap.get(holder) {
        Obj::Module(m) => Value::Obj(m.dict).is(d),
        Obj::Class(c) => Value::Obj(c.dict).is(d),
        Obj::Instance(i) => i.dict.is_some_and(|x| Value::Obj(x).is(d)),
        _ => false,
    }
}

/// Rows for a chain of objects `objs` (each refers to the next), the first reached
/// from `root`. A namespace dict between its owner and a value is folded into one
/// `.name` hop, as the user wrote it.
fn label_chain(vm: &Vm, root: String, objs: &[Value]) -> Vec<Hop> {
    let mut hops = vec![Hop {
        via: root,
        obj: objs[0],
    }];
    let mut i = 1;
    while i < objs.len() {
        let Value::Obj(holder) = objs[i - 1] else {
            break;
        };
        if i + 1 < objs.len() && is_namespace_of(vm, holder, objs[i]) {
            if let Value::Obj(d) = objs[i] {
                let name = dict_key_of(vm, d, objs[i + 1]);
                let via = match (vm.heap.get(holder), name) {
                    (Obj::Class(c), Some(k)) => {
                        format!(".{} (class attribute of {})", k, c.qualname)
                    }
                    (Obj::Module(_), Some(k)) => format!(".{} (global)", k),
                    (_, Some(k)) => format!(".{}", k),
                    (_, None) => edge_label(vm, d, objs[i + 1]),
                };
                hops.push(Hop {
                    via,
                    obj: objs[i + 1],
                });
                i += 2;
                continue;
            }
        }
        hops.push(Hop {
            via: edge_label(vm, holder, objs[i]),
            obj: objs[i],
        });
        i += 1;
    }
    hops
}

/// The str key under which dict `d` holds `v`.
fn dict_key_of(vm: &Vm, d: ObjRef, v: Value) -> Option<String> {
    if let Obj::Dict(dd) = vm.heap.get(d) {
        for e in dd.iter() {
            if e.value.is(v) {
                return vm.as_str(e.key).map(|s| s.to_string());
            }
        }
    }
    None
}

/// How `holder` refers to `child`, as the Python expression suffix that follows it.
fn edge_label(vm: &Vm, holder: ObjRef, child: Value) -> String {
    match vm.heap.get(holder) {
        Obj::Dict(d) => {
            for e in d.iter() {
                if e.value.is(child) {
                    return format!("[{}]", short_repr(vm, e.key, 30));
                }
            }
            for e in d.iter() {
                if e.key.is(child) {
                    return "(a key)".into();
                }
            }
        }
        Obj::List(l) => {
            if let Some(i) = l.items.iter().position(|x| x.is(child)) {
                return format!("[{}]", i);
            }
        }
        Obj::Tuple(t) => {
            if let Some(i) = t.iter().position(|x| x.is(child)) {
                // A function's `__closure__` names the variable each cell is for.
                let var = vm.heap.slots.iter().find_map(|s| match &s.obj {
                    Obj::Function(f) if f.closure_obj.is(Value::Obj(holder)) => {
                        f.code.freevars.get(i).map(|n| n.to_string())
                    }
                    _ => None,
                });
                return match var {
                    Some(n) => format!("[{}] (cell '{}')", i, n),
                    None => format!("[{}]", i),
                };
            }
        }
        Obj::Set(_) | Obj::FrozenSet(_) => return "(an element)".into(),
        Obj::Cell(_) => return ".cell_contents".into(),
        Obj::Instance(inst) => {
            for (k, v) in crate::runtime::types::class::layout::attr_items(&vm.heap, inst) {
                if v.is(child) {
                    return format!(".{}", key_text_bare(vm, k));
                }
            }
            if Value::Obj(inst.class).is(child) {
                return ".__class__".into();
            }
            if inst.dict.is_some_and(|d| Value::Obj(d).is(child)) {
                return ".__dict__".into();
            }
            if let Some(e) = inst.exc() {
                for (v, n) in [
                    (e.args, ".args"),
                    (e.cause, ".__cause__"),
                    (e.context, ".__context__"),
                ] {
                    if v.is(child) {
                        return n.into();
                    }
                }
            }
        }
        Obj::Function(f) => {
            for (v, n) in [
                (f.code_obj, ".__code__"),
                (f.defaults_obj, ".__defaults__"),
                (f.closure_obj, ".__closure__"),
                (Value::Obj(f.globals), ".__globals__"),
                (f.kwdefaults, ".__kwdefaults__"),
                (f.name, ".__name__"),
                (f.qualname, ".__qualname__"),
                (f.doc, ".__doc__"),
                (f.module, ".__module__"),
                (f.dict, ".__dict__"),
            ] {
                if v.is(child) {
                    return n.into();
                }
            }
        }
        Obj::BoundMethod { func, self_ } => {
            if self_.is(child) {
                return ".__self__".into();
            }
            if func.is(child) {
                return ".__func__".into();
            }
        }
        Obj::Generator(g) => {
            return format!("(the saved frame of generator {}())", g.code.qualname);
        }
        Obj::Class(c) => {
            for (r, n) in [
                (c.bases_tuple, ".__bases__"),
                (c.mro_tuple, ".__mro__"),
                (c.base, ".__base__"),
            ] {
                if r.0 != 0 && Value::Obj(r).is(child) {
                    return n.into();
                }
            }
            if Value::Obj(c.dict).is(child) {
                return ".__dict__".into();
            }
        }
        Obj::Module(m) if Value::Obj(m.dict).is(child) => return ".__dict__".into(),
        _ => {}
    }
    format!("(referenced by the {})", vm.type_name(Value::Obj(holder)))
}

/// No root reaches `target`: find the nearest holder that lies on a reference cycle.
fn unreachable_report(vm: &Vm, target: Value, reached: &[u32]) -> Why {
    let n = vm.heap.slots.len();
    let unreached = |r: ObjRef| reached[r.index()] == NONE && !is_free(vm, r);
    // Referrers among the unreached objects (the reached ones cannot hold it, or the
    // search would have found it).
    let mut referrers: HashMap<u32, Vec<u32>> = HashMap::new();
    let tkey = match target {
        Value::Obj(r) => r.0,
        _ => NONE,
    };
    for i in 1..n {
        let r = ObjRef(i as u32);
        if !unreached(r) {
            continue;
        }
        vm.heap.get(r).traverse(&mut |v| {
            let key = if v.is(target) {
                Some(tkey)
            } else if let Value::Obj(c) = v {
                Some(c.0)
            } else {
                None
            };
            if let Some(k) = key {
                let e = referrers.entry(k).or_default();
                if e.last() != Some(&(i as u32)) {
                    e.push(i as u32);
                }
            }
        });
    }
    // Breadth-first backwards from the target; the first object found on a cycle is
    // the one keeping it alive.
    let mut back: HashMap<u32, u32> = HashMap::new();
    let mut queue: VecDeque<u32> = VecDeque::new();
    queue.push_back(tkey);
    back.insert(tkey, NONE);
    let mut checked = 0;
    while let Some(k) = queue.pop_front() {
        if k != NONE && checked < 2000 {
            checked += 1;
            if let Some(cycle) = cycle_through(vm, ObjRef(k), &unreached) {
                // The chain from this cycle member down to the target.
                let mut chain_objs = vec![Value::Obj(ObjRef(k))];
                let mut cur = k;
                while cur != tkey {
                    cur = back[&cur];
                    chain_objs.push(if cur == tkey {
                        target
                    } else {
                        Value::Obj(ObjRef(cur))
                    });
                }
                let chain = if chain_objs.len() > 1 {
                    let mut c = label_chain(vm, String::new(), &chain_objs);
                    c.remove(0);
                    c
                } else {
                    Vec::new()
                };
                return Why::Cycle { cycle, chain };
            }
        }
        for &p in referrers.get(&k).map(|v| v.as_slice()).unwrap_or(&[]) {
            if let std::collections::hash_map::Entry::Vacant(e) = back.entry(p) {
                e.insert(k);
                queue.push_back(p);
            }
        }
    }
    Why::Unaccounted
}

/// A shortest reference cycle through `start` among objects `ok` accepts, labelled.
fn cycle_through(vm: &Vm, start: ObjRef, ok: &dyn Fn(ObjRef) -> bool) -> Option<Vec<Hop>> {
    let mut parent: HashMap<u32, u32> = HashMap::new();
    let mut queue: VecDeque<ObjRef> = VecDeque::new();
    queue.push_back(start);
    let mut closing: Option<ObjRef> = None;
    while let Some(r) = queue.pop_front() {
        let mut close = false;
        vm.heap.get(r).traverse(&mut |v| {
            if let Value::Obj(c) = v {
                if c == start {
                    close = true;
                } else if ok(c) && !parent.contains_key(&c.0) {
                    parent.insert(c.0, r.0);
                    queue.push_back(c);
                }
            }
        });
        if close {
            closing = Some(r);
            break;
        }
    }
    let last = closing?;
    let mut objs = vec![Value::Obj(last)];
    let mut cur = last;
    while cur != start {
        cur = ObjRef(parent[&cur.0]);
        objs.push(Value::Obj(cur));
    }
    objs.reverse();
    objs.push(Value::Obj(start));
    let mut hops = label_chain(vm, "(cycle)".into(), &objs);
    // The last hop returns to the start: keep its label, not the repeated object.
    let back = hops.pop().map(|h| h.via).unwrap_or_default();
    hops.push(Hop {
        via: format!("{} -> back to the first", back),
        obj: Value::None,
    });
    Some(hops)
}

/// What a row shows of an object: its type and a short repr that needs no address.
pub fn describe(vm: &Vm, v: Value) -> String {
    let tn = vm.type_name(v);
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Instance(i) if i.exc().is_none() => format!("{} object", tn),
            Obj::Function(f) => format!("function {}", f.code.qualname),
            Obj::Class(c) => format!("class {}", c.qualname),
            Obj::Module(m) => format!("module {}", m.name),
            Obj::Cell(_) => "cell".into(),
            Obj::BoundMethod { .. } | Obj::Generator(_) => tn.to_string(),
            Obj::Dict(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Set(_) | Obj::FrozenSet(_) => {
                let r = short_repr(vm, v, 40);
                if r.contains(" at 0x") {
                    format!("{} of {}", tn, len_text(vm, v))
                } else {
                    format!("{} {}", tn, r)
                }
            }
            _ => format!("{} {}", tn, short_repr(vm, v, 40)),
        },
        _ => format!("{} {}", tn, short_repr(vm, v, 40)),
    }
}

fn len_text(vm: &Vm, v: Value) -> String {
    let Value::Obj(r) = v else {
        return String::new();
    };
    let n = match vm.heap.get(r) {
        Obj::Dict(d) => d.len(),
        Obj::List(l) => l.items.len(),
        Obj::Tuple(t) => t.len(),
        Obj::Set(s) | Obj::FrozenSet(s) => s.len(),
        _ => 0,
    };
    format!("{} item{}", n, if n == 1 { "" } else { "s" })
}

/// The printed report. `own`: references the caller holds to `target` (not counted).
pub fn render(vm: &Vm, target: Value, w: &Why, own: u32) -> String {
    let head = describe(vm, target);
    let Some(rc) = vm.heap.refcount_of(target) else {
        return format!(
            "{} is one of the interpreter's singletons: it has no reference count and is never freed\n",
            head
        );
    };
    let size = sizeof(&vm.heap, target);
    let rc = rc.saturating_sub(own);
    let mut out = format!("{}: refcount {}, {} bytes\n", head, rc, size);
    let row = |h: &Hop, own_here: u32| -> Vec<String> {
        if h.obj.is(Value::None) && h.via.ends_with("back to the first") {
            return vec![h.via.clone(), String::new(), String::new(), String::new()];
        }
        let rc = vm
            .heap
            .refcount_of(h.obj)
            .map_or(String::new(), |r| r.saturating_sub(own_here).to_string());
        vec![
            h.via.clone(),
            describe(vm, h.obj),
            rc,
            sizeof(&vm.heap, h.obj).to_string(),
        ]
    };
    let header = ["via", "object", "refcount", "size"];
    let right = [false, false, true, true];
    let own_of = |h: &Hop| if h.obj.is(target) { own } else { 0 };
    match w {
        Why::Singleton => {}
        Why::Reachable(hops) => {
            out.push_str(&format!(
                "reachable from a root in {} step{}:\n",
                hops.len(),
                if hops.len() == 1 { "" } else { "s" }
            ));
            let rows: Vec<Vec<String>> = hops.iter().map(|h| row(h, own_of(h))).collect();
            out.push_str(&indent(&super::table(&header, &rows, &right)));
        }
        Why::Cycle { cycle, chain } => {
            let members = cycle.len() - 1;
            out.push_str(&format!(
                "no root reaches it: it is kept alive only by a reference cycle of {} object{} (garbage the cycle collector frees):\n",
                members,
                if members == 1 { "" } else { "s" }
            ));
            let mut rows: Vec<Vec<String>> = cycle.iter().map(|h| row(h, own_of(h))).collect();
            if !chain.is_empty() {
                rows.push(vec![
                    "(from the first object of the cycle)".into(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]);
                rows.extend(chain.iter().map(|h| row(h, own_of(h))));
            }
            out.push_str(&indent(&super::table(&header, &rows, &right)));
        }
        Why::Unaccounted => {
            out.push_str(
                "no root reaches it and no cycle holds it: its references come from outside the object graph\n",
            );
        }
    }
    out
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("  {}\n", l.trim_end())).collect()
}
