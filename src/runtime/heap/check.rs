//! Heap invariant checker (CPython's debug-build `_PyObject_AssertFailed` /
//! `_Py_RefTotal` idea taken further: each count is *proved*, not only summed). Run by
//! the VM in builds with debug assertions (`Vm::debug_check_heap`, in
//! `runtime/vm/collect.rs`) and by the fuzz targets; compiled out of release builds
//! (the callers are `cfg(debug_assertions)`, this code is never reached there).
//!
//! It reads the heap and a root enumeration the caller passes in (the VM's is
//! `Vm::visit_roots`, `runtime/vm/roots.rs`: every counted reference the interpreter
//! holds outside heap objects, labelled with its holder). What it verifies (the
//! invariants of `heap/mod.rs` and `heap/nums.rs`):
//! - nothing reachable is freed: every reference held by a live object or a root
//!   points at a live object slot or a live number slot, and an int handle points at
//!   an int, a float handle at a float;
//! - **exact counts** ([`CheckMode::Exact`]): for every live object and every live
//!   number (small ints included), the refcount equals the number of references found
//!   (each live object's `Obj::traverse`, which visits every owned reference once,
//!   plus the roots). A count above the references found is a leak (a reference
//!   nobody will ever drop), one below is an over-decref (the object would be freed
//!   while still in use). Mismatches are reported in both directions with the
//!   object's kind and a short description, and, for an over-decref, who holds it.
//!   Nothing is exempt: immortal objects (builtin classes, interned strings, the
//!   builtins and modules dicts) are never freed, but their counts are observable
//!   (`sys.getrefcount`) and must be exact too;
//! - [`CheckMode::AtMost`]: `found <= rc` only. The VM uses it where it cannot
//!   enumerate every holder: while native (Rust) code up the call stack may hold
//!   references in its own local variables, which no table records (see
//!   `Vm::check_mode` for the exact rule);
//! - the collector's generation lists agree with each object's `gen`/`gen_pos` and
//!   tracked flag, and `gc_refs` is zero outside a collection.

use crate::runtime::heap::nums::{NUM_BIG, NUM_FLOAT, NUM_FREE, SMALL_INTS};
use crate::runtime::heap::{Heap, Slot, FLAG_TRACKED};
use crate::runtime::object::Obj;
use crate::value::Value;

/// How strictly reference counts are checked (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckMode {
    /// Every count equals the references found.
    Exact,
    /// No count is below the references found.
    AtMost,
}

/// A root enumeration: calls its argument once per counted reference held outside
/// heap objects, with a label naming the holder. Called once per pass (the checker
/// makes a second pass to name the holders of mismatched objects).
pub type Roots<'a> = &'a dyn Fn(&mut dyn FnMut(&str, Value));

/// Most mismatches described in one report.
const MAX_REPORTED: usize = 12;
/// Most holders listed per mismatched object.
const MAX_HOLDERS: usize = 6;

/// Which slot table a handle points into.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Obj(usize),
    Num(usize),
}

impl Heap {
    /// Checks the heap invariants in `mode`, counting the references held by `roots`
    /// and by live objects; `collecting` is true while a collection runs (its scratch
    /// marks may then be set). `Err` describes the violations found (the first
    /// [`MAX_REPORTED`] of each kind) and how many there were.
    pub fn check(&self, roots: Roots, mode: CheckMode, collecting: bool) -> Result<(), String> {
        let slots = &self.slots;
        let nums = &self.nums.slots;
        let mut held = vec![0u32; slots.len()];
        let mut held_num = vec![0u32; nums.len()];
        let mut errors: Vec<String> = Vec::new();
        let mut dangling = 0usize;
        {
            let mut visit = |v: Value, from: &dyn Fn() -> String| match self.target(v) {
                Ok(Some(Target::Obj(i))) => held[i] += 1,
                Ok(Some(Target::Num(i))) => held_num[i] += 1,
                Ok(None) => {}
                Err(what) => {
                    dangling += 1;
                    if dangling <= MAX_REPORTED {
                        errors.push(format!("{} refers to {}", from(), what));
                    }
                }
            };
            roots(&mut |name, v| visit(v, &|| name.to_string()));
            for (i, s) in slots.iter().enumerate().skip(1) {
                if matches!(s.obj, Obj::Free) {
                    continue;
                }
                s.obj
                    .traverse(&mut |v| visit(v, &|| format!("object #{} ({})", i, kind(&s.obj))));
            }
        }
        if dangling > MAX_REPORTED {
            errors.push(format!("... {} dangling references in all", dangling));
        }
        // Count mismatches: (target, rc, found).
        let mut bad: Vec<(Target, u32, u32)> = Vec::new();
        let mut nbad = 0usize;
        let mut note = |t: Target, rc: u32, found: u32| {
            let wrong = match mode {
                CheckMode::Exact => rc != found,
                CheckMode::AtMost => found > rc,
            };
            if wrong {
                nbad += 1;
                if bad.len() < MAX_REPORTED {
                    bad.push((t, rc, found));
                }
            }
        };
        for (i, s) in slots.iter().enumerate().skip(1) {
            if !matches!(s.obj, Obj::Free) {
                note(Target::Obj(i), s.rc, held[i]);
            }
        }
        for (i, s) in nums.iter().enumerate() {
            if s.flags & NUM_FREE == 0 {
                note(Target::Num(i), s.rc, held_num[i]);
            }
        }
        if !bad.is_empty() {
            // A second pass names the holders of the mismatched objects.
            let mut holders: Vec<Vec<String>> = vec![Vec::new(); bad.len()];
            let mut record = |v: Value, from: &dyn Fn() -> String| {
                if let Ok(Some(t)) = self.target(v) {
                    for (k, b) in bad.iter().enumerate() {
                        if b.0 == t && holders[k].len() < MAX_HOLDERS {
                            holders[k].push(from());
                        }
                    }
                }
            };
            roots(&mut |name, v| record(v, &|| name.to_string()));
            for (i, s) in slots.iter().enumerate().skip(1) {
                if !matches!(s.obj, Obj::Free) {
                    s.obj.traverse(&mut |v| {
                        record(v, &|| format!("object #{} ({})", i, self.describe_obj(i)))
                    });
                }
            }
            for ((t, rc, found), hs) in bad.iter().zip(holders) {
                let what = match *t {
                    Target::Obj(i) => format!("object #{} ({})", i, self.describe_obj(i)),
                    Target::Num(i) => format!("number #{} ({})", i, self.describe_num(i)),
                };
                let verdict = if rc > found {
                    "a leak: a reference nobody holds"
                } else {
                    "an over-decref: held more than counted"
                };
                let by = if hs.is_empty() {
                    "nothing".to_string()
                } else {
                    hs.join("; ")
                };
                errors.push(format!(
                    "{what} has refcount {rc} but {found} references were found ({verdict}); held by: {by}"
                ));
            }
            if nbad > bad.len() {
                errors.push(format!("... {} refcount mismatches in all", nbad));
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
        // The instance layouts' invariants (`types/class/layout.rs`).
        for (i, s) in slots.iter().enumerate().skip(1) {
            if let Obj::Instance(inst) = &s.obj {
                if let Some(Slot {
                    obj: Obj::Class(c), ..
                }) = slots.get(inst.class.index())
                {
                    if let Err(e) = crate::runtime::types::class::layout::check_instance(
                        inst,
                        c.layout.nslots as usize,
                        &c.inst_keys,
                    ) {
                        errors.push(format!("object #{} ({}): {}", i, self.describe_obj(i), e));
                    }
                }
            }
        }
        // Invariant 3: the free list holds exactly the free slots, each once (a slot
        // handed out twice would be two objects at one id).
        // (A live object a collection cleared may hold `Obj::Free` too: it has a count.)
        let is_free = |s: &Slot| matches!(s.obj, Obj::Free) && s.rc == 0;
        let nfree = slots.iter().skip(1).filter(|s| is_free(s)).count();
        let mut listed = 0usize;
        for i in self.free_slots() {
            listed += 1;
            if listed > slots.len() || !slots.get(i as usize).is_some_and(is_free) {
                errors.push(format!("the free list holds slot #{} that is not free", i));
                break;
            }
        }
        if listed != nfree {
            errors.push(format!(
                "the free list holds {} slots, {} are free",
                listed, nfree
            ));
        }
        // The same for the number arena's free lists.
        let nums = &self.nums.slots;
        let nfree = nums.iter().filter(|s| s.flags & NUM_FREE != 0).count();
        let mut listed = 0usize;
        for i in self.free_num_slots() {
            listed += 1;
            if listed > nums.len() || nums.get(i as usize).is_none_or(|s| s.flags & NUM_FREE == 0) {
                errors.push(format!("a number free list holds #{} that is not free", i));
                break;
            }
        }
        if listed != nfree {
            errors.push(format!(
                "the number free lists hold {} slots, {} are free",
                listed, nfree
            ));
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
            Err(errors.join("\n"))
        }
    }

    /// The slot a counted value points at; `Ok(None)` for an immediate, `Err` with a
    /// description for a handle to a freed or wrong-kind slot.
    fn target(&self, v: Value) -> Result<Option<Target>, String> {
        match v {
            Value::Obj(r) => {
                let i = r.index();
                if i == 0 || i >= self.slots.len() || matches!(self.slots[i].obj, Obj::Free) {
                    Err(format!("freed object #{}", r.0))
                } else {
                    Ok(Some(Target::Obj(i)))
                }
            }
            Value::Int(n) | Value::Float(n) => {
                let i = n.index();
                let float = matches!(v, Value::Float(_));
                match self.nums.slots.get(i) {
                    Some(s) if s.flags & NUM_FREE != 0 => Err(format!("freed number #{}", i)),
                    Some(s) if (s.flags & NUM_FLOAT != 0) != float => Err(format!(
                        "number #{} through a handle of the wrong kind ({})",
                        i,
                        self.describe_num(i)
                    )),
                    // The allocator class freeing reads (`nums.rs` invariant 2).
                    Some(s)
                        if !float
                            && (s.flags & NUM_BIG != 0)
                                != ((s.bits as i64).unsigned_abs() >= 1 << 60) =>
                    {
                        Err(format!("int #{} with the wrong size-class flag", i))
                    }
                    Some(_) => Ok(Some(Target::Num(i))),
                    None => Err(format!("number #{} beyond the arena", i)),
                }
            }
            _ => Ok(None),
        }
    }

    /// A short description of live object `i`: its kind and, where cheap, what it is.
    fn describe_obj(&self, i: usize) -> String {
        let s = &self.slots[i];
        let k = kind(&s.obj);
        let detail = match &s.obj {
            Obj::Str(t) => Some(format!("{:?}", clip(t.as_str()))),
            Obj::Class(c) => Some(c.name.clone()),
            Obj::Function(f) => Some(f.code.qualname.clone()),
            Obj::Code(c) => Some(c.qualname.clone()),
            Obj::Generator(g) => Some(g.code.qualname.clone()),
            Obj::Instance(inst) => match &self.slots[inst.class.index()].obj {
                Obj::Class(c) => Some(format!("of {}", c.name)),
                _ => None,
            },
            Obj::Builtin(b) => Some(b.name.to_string()),
            Obj::Module(m) => Some(m.name.clone()),
            Obj::Tuple(t) => Some(format!("len {}", t.len())),
            Obj::List(l) => Some(format!("len {}", l.items.len())),
            Obj::Dict(d) => Some(format!("len {}", d.len())),
            Obj::BigInt(b) => Some(clip(&b.to_string()).to_string()),
            _ => None,
        };
        let mut out = k.to_string();
        if let Some(d) = detail {
            out.push(' ');
            out.push_str(&d);
        }
        if s.flags & crate::runtime::heap::FLAG_IMMORTAL != 0 {
            out.push_str(", immortal");
        }
        out
    }

    /// A short description of live number `i`.
    fn describe_num(&self, i: usize) -> String {
        let s = &self.nums.slots[i];
        let mut out = if s.flags & NUM_FLOAT != 0 {
            format!("float {:?}", f64::from_bits(s.bits))
        } else {
            format!("int {}", s.bits as i64)
        };
        if i < SMALL_INTS {
            out.push_str(", cached small int");
        }
        out
    }
}

/// At most 40 characters of `s`.
fn clip(s: &str) -> &str {
    match s.char_indices().nth(40) {
        Some((k, _)) => &s[..k],
        None => s,
    }
}

/// A short name for an object's kind, for the messages.
fn kind(o: &Obj) -> &'static str {
    match o {
        Obj::Free => "free",
        Obj::Str(_) => "str",
        Obj::Bytes(_) => "bytes",
        Obj::ByteArray(_) => "bytearray",
        Obj::Array(_) => "array",
        Obj::Complex(_) => "complex",
        Obj::BigInt(_) => "int",
        Obj::List(_) => "list",
        Obj::Tuple(_) => "tuple",
        Obj::Dict(_) => "dict",
        Obj::Set(_) => "set",
        Obj::FrozenSet(_) => "frozenset",
        Obj::Range { .. } | Obj::BigRange(_) => "range",
        Obj::Slice { .. } => "slice",
        Obj::Function(_) => "function",
        Obj::Builtin(_) => "builtin",
        Obj::BoundMethod { .. } => "method",
        Obj::Class(_) => "class",
        Obj::Instance(_) => "instance",
        Obj::Cell(_) => "cell",
        Obj::Module(_) => "module",
        Obj::Iter(_) => "iterator",
        Obj::Generator(_) => "generator",
        Obj::Property(_) => "property",
        Obj::StaticMethod(..) => "staticmethod",
        Obj::ClassMethod(..) => "classmethod",
        Obj::Super { .. } => "super",
        Obj::WeakRef(_) => "weakref",
        Obj::DictView { .. } => "dict view",
        Obj::Code(_) => "code",
        Obj::MemoryView(_) => "memoryview",
        Obj::ManagedBuffer(_) => "managedbuffer",
        Obj::Member(_) => "member_descriptor",
        Obj::Frame(_) => "frame",
        Obj::Traceback(_) => "traceback",
        Obj::MappingProxy(_) => "mappingproxy",
        Obj::Deque(_) => "collections.deque",
        Obj::OpCaller(o) => o.type_name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::types::list::ListObj;
    use crate::value::ObjRef;

    /// A heap with one list `[1000, "x"]` held by one root.
    fn heap_with_list() -> (Heap, ObjRef) {
        let mut h = Heap::new();
        let n = h.int(1000);
        let s = h.new_value(Obj::Str(crate::runtime::types::str::StrObj::new(
            "x".to_string(),
        )));
        let l = h.alloc(Obj::List(ListObj::new(vec![n, s])));
        (h, l)
    }

    fn check(h: &Heap, root: ObjRef, mode: CheckMode) -> Result<(), String> {
        let small: Vec<Value> = (crate::runtime::heap::nums::SMALL_MIN
            ..=crate::runtime::heap::nums::SMALL_MAX)
            .map(Heap::small_int)
            .collect();
        h.check(
            &|f| {
                f("the test's root", Value::Obj(root));
                for &v in &small {
                    f("the small-int cache", v);
                }
            },
            mode,
            false,
        )
    }

    #[test]
    fn exact_counts_pass() {
        let (h, l) = heap_with_list();
        check(&h, l, CheckMode::Exact).unwrap();
    }

    #[test]
    fn a_leaked_incref_is_reported() {
        let (mut h, l) = heap_with_list();
        let Obj::List(list) = h.get(l) else { panic!() };
        let n = list.items[0];
        h.incref(n);
        let e = check(&h, l, CheckMode::Exact).unwrap_err();
        assert!(
            e.contains("int 1000) has refcount 2 but 1 references were found (a leak"),
            "{e}"
        );
        assert!(e.contains("held by: object #"), "{e}");
        // The weaker check cannot see a leak.
        check(&h, l, CheckMode::AtMost).unwrap();
        h.decref(n);
        // A leaked count on an object is reported too.
        h.incref_obj(l);
        let e = check(&h, l, CheckMode::Exact).unwrap_err();
        assert!(e.contains("(list len 2) has refcount 2 but 1"), "{e}");
    }

    #[test]
    fn an_over_decref_is_reported_with_its_holders() {
        let (mut h, l) = heap_with_list();
        let Obj::List(list) = h.get(l) else { panic!() };
        let s = list.items[1];
        h.decref(s);
        for mode in [CheckMode::Exact, CheckMode::AtMost] {
            let e = check(&h, l, mode).unwrap_err();
            assert!(
                e.contains(
                    "(str \"x\") has refcount 0 but 1 references were found (an over-decref"
                ),
                "{e}"
            );
            assert!(e.contains("held by: object #"), "{e}");
        }
    }

    #[test]
    fn a_cached_small_int_is_checked_too() {
        let (mut h, l) = heap_with_list();
        let v = h.int(7);
        let e = check(&h, l, CheckMode::Exact).unwrap_err();
        assert!(
            e.contains("(int 7, cached small int) has refcount 2 but 1"),
            "{e}"
        );
        h.decref(v);
        check(&h, l, CheckMode::Exact).unwrap();
    }

    #[test]
    fn a_reference_to_a_freed_number_is_reported() {
        let (mut h, l) = heap_with_list();
        let Obj::List(list) = h.get(l) else { panic!() };
        let n = list.items[0];
        h.decref(n);
        let e = check(&h, l, CheckMode::Exact).unwrap_err();
        assert!(e.contains("refers to freed number"), "{e}");
    }
}
