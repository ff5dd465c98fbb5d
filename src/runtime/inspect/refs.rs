//! `%refs EXPR` / `mempy.referrers(x)`: who holds the references counted in an
//! object's refcount — global and local variable names, value-stack slots,
//! container items, attributes, closure cells and code constants.

use super::{addr, main_globals, short_repr};
use crate::bytecode::CodeObject;
use crate::runtime::heap::FLAG_IMMORTAL;
use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};
use std::collections::{HashMap, HashSet};

/// The holders found for one object.
pub struct RefReport {
    /// The object's reference count, minus the references the caller said it holds.
    pub refcount: u32,
    /// One line per reference found.
    pub holders: Vec<String>,
    /// References counted but not attributed (interpreter tables).
    pub other: u32,
    pub immortal: bool,
}

/// Finds what refers to `target`; `own` references are the inspector's own and are
/// neither counted nor listed.
pub fn referrers(vm: &Vm, target: Value, own: u32) -> Option<RefReport> {
    let rc = vm.heap.refcount_of(target)?;
    let immortal = match target {
        Value::Obj(t) => vm.heap.slots[t.index()].flags & FLAG_IMMORTAL != 0,
        // The cached small ints are never freed (the cache holds one reference).
        Value::Int(n) => crate::runtime::heap::Heap::is_small_int(n),
        _ => false,
    };
    let rc = rc.saturating_sub(own);
    let mut holders: Vec<String> = Vec::new();
    let globals = main_globals(vm);
    let owners = dict_owners(vm, globals);

    // Frames on the value stack: locals, cells, temporaries.
    let nframes = vm.frames.len();
    for (k, f) in vm.frames.iter().enumerate() {
        let end = if k + 1 < nframes {
            vm.frames[k + 1].ret_slot
        } else {
            vm.sp
        };
        let fname = frame_name(&f.code);
        let nvar = f.code.varnames.len();
        for slot in f.ret_slot..end.min(vm.stack.len()) {
            if !vm.stack[slot].is(target) {
                continue;
            }
            let what = if slot == f.ret_slot {
                format!("stack slot {}: the callable of frame {}", slot, fname)
            } else if slot < f.base + nvar && slot >= f.base {
                format!(
                    "local '{}' of {} (stack slot {})",
                    f.code.varnames[slot - f.base],
                    fname,
                    slot
                )
            } else if slot < f.stack_base && slot >= f.base {
                let ci = slot - f.base - nvar;
                let name = f.code.cell_name(ci);
                format!("cell slot '{}' of {} (stack slot {})", name, fname, slot)
            } else {
                format!(
                    "temporary on the evaluation stack of {} (stack slot {})",
                    fname, slot
                )
            };
            holders.push(what);
        }
    }
    // A frame's ret_slot region starts at its callable; anything below the first
    // frame (the REPL's own slot) is the interpreter's.
    for h in &vm.handled {
        if h.is(target) {
            holders.push("the exception being handled (sys.exc_info())".into());
        }
    }

    // Heap objects holding it.
    let mut cells_hit: Vec<ObjRef> = Vec::new();
    for (i, s) in vm.heap.slots.iter().enumerate().skip(1) {
        if matches!(s.obj, Obj::Free) || s.rc == 0 {
            continue;
        }
        let o = ObjRef(i as u32);
        let mut hits = 0usize;
        s.obj.traverse(&mut |v| {
            if v.is(target) {
                hits += 1;
            }
        });
        if hits == 0 {
            continue;
        }
        describe_holder(vm, o, target, &owners, &mut holders, &mut cells_hit);
    }
    if !cells_hit.is_empty() {
        name_cells(vm, &cells_hit, &mut holders);
    }

    // Code constants.
    let mut seen: HashSet<*const CodeObject> = HashSet::new();
    for s in vm.heap.slots.iter().skip(1) {
        let code = match &s.obj {
            Obj::Function(f) => &f.code,
            Obj::Generator(g) => &g.code,
            Obj::Code(c) => c,
            _ => continue,
        };
        const_refs(code, target, &mut seen, &mut holders);
    }
    for f in &vm.frames {
        const_refs(&f.code, target, &mut seen, &mut holders);
    }

    let found = holders.len() as u32;
    Some(RefReport {
        refcount: rc,
        other: rc.saturating_sub(found),
        holders,
        immortal,
    })
}

fn frame_name(code: &CodeObject) -> String {
    if code.name.starts_with('<') {
        code.name.clone()
    } else {
        format!("{}()", code.qualname)
    }
}

/// Which object owns each namespace dict: modules, classes, instances.
fn dict_owners(vm: &Vm, globals: Option<ObjRef>) -> HashMap<ObjRef, String> {
    let mut m = HashMap::new();
    m.insert(vm.builtins, "builtins".to_string());
    m.insert(vm.modules, "sys.modules".to_string());
    for (i, s) in vm.heap.slots.iter().enumerate().skip(1) {
        match &s.obj {
            Obj::Module(md) => {
                m.entry(md.dict).or_insert(format!("module {}", md.name));
            }
            Obj::Class(c) => {
                m.entry(c.dict).or_insert(format!("class {}", c.qualname));
            }
            Obj::Instance(inst) => {
                if let Some(d) = inst.dict {
                    m.entry(d)
                        .or_insert(super::short_repr(vm, Value::Obj(ObjRef(i as u32)), 60));
                }
            }
            _ => {}
        }
    }
    if let Some(g) = globals {
        m.insert(g, "globals".to_string());
    }
    m
}

fn key_text(vm: &Vm, k: Value) -> String {
    match vm.as_str(k) {
        Some(s) => s.to_string(),
        None => short_repr(vm, k, 30),
    }
}

fn describe_holder(
    vm: &Vm,
    o: ObjRef,
    target: Value,
    owners: &HashMap<ObjRef, String>,
    out: &mut Vec<String>,
    cells: &mut Vec<ObjRef>,
) {
    let obj_text = || format!("{} at {}", vm.type_name(Value::Obj(o)), addr(o));
    match vm.heap.get(o) {
        Obj::Dict(d) => {
            let owner = owners.get(&o);
            for e in d.iter() {
                if e.key.is(target) {
                    out.push(match owner {
                        Some(w) => format!("a key of the namespace of {}", w),
                        None => format!("a key of dict at {}", addr(o)),
                    });
                }
                if e.value.is(target) {
                    let k = key_text(vm, e.key);
                    out.push(match owner.map(|s| s.as_str()) {
                        Some("globals") => format!("global variable '{}'", k),
                        Some("builtins") if k == "_" => {
                            "builtins._ (the last value echoed by the REPL)".to_string()
                        }
                        Some("builtins") => format!("builtins.{}", k),
                        Some("sys.modules") => format!("sys.modules['{}']", k),
                        Some(w) => format!("attribute '{}' of {}", k, w),
                        None => format!("dict at {} [{}]", addr(o), short_repr(vm, e.key, 30)),
                    });
                }
            }
        }
        Obj::List(l) => {
            for (i, v) in l.items.iter().enumerate() {
                if v.is(target) {
                    out.push(format!("item [{}] of list at {}", i, addr(o)));
                }
            }
        }
        Obj::Tuple(t) => {
            // A function's `__defaults__` and `__closure__` tuples are named after
            // their function.
            let func = |i: usize| {
                vm.heap.slots.iter().find_map(|s| match &s.obj {
                    Obj::Function(f) if f.defaults_obj.is(Value::Obj(o)) => Some(format!(
                        "default value #{} of function {}()",
                        i, f.code.qualname
                    )),
                    Obj::Function(f) if f.closure_obj.is(Value::Obj(o)) => Some(format!(
                        "closure cell '{}' of function {}()",
                        f.code.freevars.get(i).map(|s| s.as_ref()).unwrap_or(""),
                        f.code.qualname
                    )),
                    _ => None,
                })
            };
            for (i, v) in t.iter().enumerate() {
                if v.is(target) {
                    out.push(
                        func(i).unwrap_or_else(|| format!("item [{}] of tuple at {}", i, addr(o))),
                    );
                }
            }
        }
        Obj::Set(_) | Obj::FrozenSet(_) => out.push(format!("element of {}", obj_text())),
        Obj::Instance(inst) => {
            let who = short_repr(vm, Value::Obj(o), 60);
            if Value::Obj(inst.class).is(target) {
                out.push(format!("the class of {}", who));
            }
            // The names belong to the class (its instance keys), not the instance.
            for (k, v) in crate::runtime::types::class::layout::attr_items(&vm.heap, inst) {
                if v.is(target) {
                    out.push(format!("attribute '{}' of {}", key_text(vm, k), who));
                }
            }
            if inst.dict.is_some_and(|d| Value::Obj(d).is(target)) {
                out.push(format!("the __dict__ of {}", who));
            }
            if let Some(e) = inst.exc() {
                for (v, n) in [
                    (e.args, "args"),
                    (e.cause, "__cause__"),
                    (e.context, "__context__"),
                ] {
                    if v.is(target) {
                        out.push(format!("{} of {}", n, who));
                    }
                }
            }
        }
        Obj::Cell(_) => cells.push(o),
        Obj::Function(f) => {
            let n = format!("{}()", f.code.qualname);
            let mut any = false;
            let fields = [
                (f.code_obj, "__code__"),
                (f.defaults_obj, "__defaults__"),
                (f.closure_obj, "__closure__"),
                (Value::Obj(f.globals), "__globals__"),
                (f.kwdefaults, "__kwdefaults__"),
                (f.name, "__name__"),
                (f.qualname, "__qualname__"),
                (f.doc, "__doc__"),
                (f.module, "__module__"),
                (f.dict, "__dict__"),
            ];
            for (v, field) in fields {
                if v.is(target) {
                    out.push(format!("{} of function {}", field, n));
                    any = true;
                }
            }
            if !any {
                out.push(format!("function {}", n));
            }
        }
        Obj::BoundMethod { func, self_ } => {
            if self_.is(target) {
                out.push(format!("__self__ of bound method at {}", addr(o)));
            }
            if func.is(target) {
                out.push(format!("__func__ of bound method at {}", addr(o)));
            }
        }
        Obj::Generator(g) => {
            let mut n = 0;
            g.traverse(&mut |v| {
                if v.is(target) {
                    n += 1;
                }
            });
            for _ in 0..n {
                out.push(format!(
                    "saved frame of suspended generator {}() at {}",
                    g.code.qualname,
                    addr(o)
                ));
            }
        }
        Obj::Class(c) => {
            if Value::Obj(c.bases_tuple).is(target) {
                out.push(format!("the __bases__ of class {}", c.qualname));
            }
            if Value::Obj(c.mro_tuple).is(target) {
                out.push(format!("the __mro__ of class {}", c.qualname));
            }
            if Value::Obj(c.base).is(target) {
                out.push(format!("the base (__base__) of class {}", c.qualname));
            }
            if Value::Obj(c.dict).is(target) {
                out.push(format!("the namespace of class {}", c.qualname));
            }
        }
        Obj::Module(m) => out.push(format!("the namespace of module {}", m.name)),
        other => {
            let mut n = 0;
            other.traverse(&mut |v| {
                if v.is(target) {
                    n += 1;
                }
            });
            for _ in 0..n {
                out.push(obj_text());
            }
        }
    }
}

/// Names the closure variables stored in `cells` (cells that hold the target).
fn name_cells(vm: &Vm, cells: &[ObjRef], out: &mut Vec<String>) {
    for &c in cells {
        let mut names: Vec<String> = Vec::new();
        for s in vm.heap.slots.iter().skip(1) {
            if let Obj::Function(f) = &s.obj {
                for (i, v) in f.closure.iter().enumerate() {
                    if Value::Obj(c).is(*v) {
                        if let Some(n) = f.code.freevars.get(i) {
                            let t = format!("'{}' (used by {}())", n, f.code.qualname);
                            if !names.contains(&t) {
                                names.push(t);
                            }
                        }
                    }
                }
            }
        }
        out.push(if names.is_empty() {
            format!("closure cell at {}", addr(c))
        } else {
            format!("closure cell {} at {}", names.join(", "), addr(c))
        });
    }
}

fn const_refs(
    code: &CodeObject,
    target: Value,
    seen: &mut HashSet<*const CodeObject>,
    out: &mut Vec<String>,
) {
    if !seen.insert(code as *const CodeObject) {
        return;
    }
    if let Some(rt) = code.runtime.get() {
        for v in rt.consts.iter() {
            if v.is(target) {
                out.push(format!("a constant of the code of {}", frame_name(code)));
            }
        }
        for v in rt.names.iter() {
            if v.is(target) {
                out.push(format!("a name used by the code of {}", frame_name(code)));
            }
        }
    }
}

/// The `%refs` text.
pub fn render(vm: &Vm, target: Value, rep: Option<&RefReport>) -> String {
    let Some(rep) = rep else {
        return format!(
            "{} is {}, one of the interpreter's singletons: it has no reference count\n",
            short_repr(vm, target, 40),
            vm.type_name(target)
        );
    };
    let mut out = format!(
        "{} {}: refcount {}{}\n",
        vm.type_name(target),
        short_repr(vm, target, 50),
        rep.refcount,
        if rep.immortal { " (immortal)" } else { "" }
    );
    for h in &rep.holders {
        out.push_str(&format!("  {}\n", h));
    }
    if rep.other > 0 {
        out.push_str(&format!(
            "  {} other reference{} held by the interpreter (type tables, interned names)\n",
            rep.other,
            if rep.other == 1 { "" } else { "s" }
        ));
    }
    if rep.holders.is_empty() && rep.other == 0 {
        out.push_str("  (nothing else refers to it)\n");
    }
    out
}
