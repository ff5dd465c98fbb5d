//! The interpreter's roots: every counted reference the VM holds outside heap
//! objects, enumerated in one place (`Vm::visit_roots`) for the debug heap checker
//! (`heap/check.rs`), which proves with it that each object's count equals the
//! references held to it. CPython has no such list (its collector needs none, and
//! its debug build only sums counts in `_Py_RefTotal`); mempy keeps one so a leak or
//! an over-decref anywhere shows up as a named mismatch.
//!
//! # What is a root (one counted reference each)
//! | holder | what it owns |
//! |---|---|
//! | the value stack below `sp` | every slot (frame windows: callable, locals, cells, evaluation stack) |
//! | a frame | `ctor_instance` (the instance an `__init__` frame returns); its globals, namespace and generator are borrowed from what runs it |
//! | the handled-exception stack | each exception |
//! | the builtin classes (`Types`, `exc_types`) | one each (`BaseException` is in both, counted once) |
//! | `builtins`, `sys.modules`, the empty tuple | one each |
//! | the small-int cache | one per cached int (`heap/nums.rs` invariant 1) |
//! | the intern table | one per interned string |
//! | the Latin-1 one-character strings | one each, once made |
//! | the parser's constant arena (`const_arena`) | one per entry |
//! | a live code object | one per entry of its materialised `co_consts` (`RuntimeConsts::consts`), counted once per code object however many `Rc`s share it |
//! | `const_orphans` | the constants of code objects that died, until released |
//! | `stop_stash`, `exit_watch`, `drain_acc`, `gc.callbacks`, `gc.garbage`, `unraisable_args`, the `_io` file classes | one each |
//! | `signal_handlers` | one per handler `signal.signal` installed |
//! | `frame_objs` | one per running frame's frame object (`frame_obj_at` holds indices only) |
//! | `tracer` | the trace and profile functions (`sys.settrace`, `sys.setprofile`) |
//! | `sched` | the parked threads' states (value stack, handled exceptions, ... as above) and each thread's function (`threads.rs`) |
//!
//! Not roots (they hold no count, so the checker must not count them): the
//! interned names of `Names` and of a code's `co_names` (borrowed from the intern
//! table), `intrinsics` (borrowed from the builtins dict), the method cache and the
//! inline attribute caches (borrowed while the class epoch lasts), `repr_stack`
//! (handles compared by identity while the objects are on the value stack),
//! weak references (`weakrefs`: a weakref never counts, as in CPython), the file
//! table's keys (identities of live file objects), and the `--trace` observer (it
//! reads the VM and never takes a reference).
//!
//! Code objects are Rust-side `Rc<CodeObject>`s, not heap objects. A code object is
//! live while anything holds an `Rc` of it: a function, a generator, a `code` value,
//! a frame object (what a traceback entry holds), a running frame, or an enclosing code object's constants. When the last
//! holder lets go, its materialised constants move to `const_orphans` and the VM
//! releases them at its next safe point (`Vm::release_orphaned_consts`); until then
//! they are counted here, once.

use crate::bytecode::{CodeObject, Const};
use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::{ObjRef, Value};
use std::collections::HashSet;

impl Vm {
    /// Calls `f` once per counted reference held outside heap objects (see the module
    /// docs), with a label naming the holder.
    pub fn visit_roots(&self, f: &mut dyn FnMut(&str, Value)) {
        for (k, &v) in self.stack[..self.sp.min(self.stack.len())]
            .iter()
            .enumerate()
        {
            if v.is_counted() {
                f(&format!("value stack slot {k}"), v);
            }
        }
        for (k, fr) in self.frames.iter().enumerate() {
            if !fr.ctor_instance.is_undef() {
                f(
                    &format!(
                        "frame {k} ({}) instance being initialised",
                        fr.code.qualname
                    ),
                    fr.ctor_instance,
                );
            }
        }
        for &v in &self.handled {
            f("the handled-exception stack", v);
        }
        for &v in &self.heap.call_held {
            f("a class call's packed arguments", v);
        }
        self.visit_builtin_classes(&mut |r| f("the builtin classes", Value::Obj(r)));
        f("the builtins dict", Value::Obj(self.builtins));
        f("sys.modules", Value::Obj(self.modules));
        f("the empty tuple singleton", Value::Obj(self.empty_tuple));
        for i in crate::runtime::heap::nums::SMALL_MIN..=crate::runtime::heap::nums::SMALL_MAX {
            f(
                "the small-int cache",
                crate::runtime::heap::Heap::small_int(i),
            );
        }
        for &r in self.heap.interned.values() {
            f("the intern table", Value::Obj(r));
        }
        for &c in self.latin1_chars.iter().filter(|&&c| c != 0) {
            f("the Latin-1 character table", Value::Obj(ObjRef(c)));
        }
        for &c in self.byte_chars.iter().filter(|&&c| c != 0) {
            f("the single-byte bytes table", Value::Obj(ObjRef(c)));
        }
        for &v in &self.const_arena {
            f("the parser's constant arena", v);
        }
        if self.drain_acc.is_counted() {
            f("the total of a generator sum() drains", self.drain_acc);
        }
        if let Some(v) = self.stop_stash {
            f("the stashed StopIteration", v);
        }
        if let Some(v) = self.exit_watch {
            f("the weak reference shutdown watches __main__ with", v);
        }
        if let Some(r) = self.gc.callbacks {
            f("gc.callbacks", Value::Obj(r));
        }
        for &v in &self.signal_handlers {
            if v.is_counted() {
                f("a signal handler", v);
            }
        }
        if let Some(r) = self.gc.garbage {
            f("gc.garbage", Value::Obj(r));
        }
        if let Some(r) = self.unraisable_args {
            f("the UnraisableHookArgs class", Value::Obj(r));
        }
        for &v in &self.frame_objs {
            f("a running frame's frame object", v);
        }
        if let Some(sched) = &self.sched {
            // The other threads' states (`threads.rs`), and the function each runs.
            for st in sched.parked() {
                st.visit(f);
            }
            for v in sched.funcs() {
                f("a thread's function", v);
            }
        }
        for v in [self.tracer.func, self.tracer.profile] {
            if v.is_counted() {
                f("the trace or profile function", v);
            }
        }
        if let Some(cs) = self.files.classes {
            for r in cs {
                f("the _io file classes", Value::Obj(r));
            }
        }
        for &v in self.const_orphans.borrow().iter() {
            f("the constants of dead code objects, to release", v);
        }
        for code in self.live_code_objects() {
            if let Some(rt) = code.runtime.get() {
                let label = format!("the constants of code object {}", code.qualname);
                for &v in rt.consts.iter() {
                    f(&label, v);
                }
            }
        }
    }

    /// How many references to the immediate `target` (None, a bool, NotImplemented,
    /// Ellipsis) the interpreter holds right now: value-stack slots, roots, and the
    /// fields of every live heap object. CPython counts references to its singletons
    /// as to any object; mempy's immediates carry no count (copying one is free), so
    /// `sys.getrefcount(None)` takes this census instead: the same number of pointers
    /// CPython's count would track, found by walking the heap once.
    pub fn census_immediate(&self, target: Value) -> u64 {
        let mut n: u64 = 0;
        for &v in &self.stack[..self.sp.min(self.stack.len())] {
            n += u64::from(v.is(target));
        }
        if let Some(sched) = &self.sched {
            for st in sched.parked() {
                for &v in st.stack_in_use() {
                    n += u64::from(v.is(target));
                }
            }
        }
        // visit_roots reports counted stack slots only (never an immediate), so the
        // loop above is not repeated by it.
        self.visit_roots(&mut |_, v| n += u64::from(v.is(target)));
        for s in self.heap.slots.iter() {
            s.obj.traverse(&mut |v| n += u64::from(v.is(target)));
        }
        n
    }

    /// Each builtin class once: the `Types` table, then the exception classes that
    /// are not in it.
    fn visit_builtin_classes(&self, f: &mut dyn FnMut(ObjRef)) {
        let mut seen: HashSet<ObjRef> = HashSet::new();
        for r in self
            .types
            .all()
            .into_iter()
            .chain(self.exc_types.values().copied())
        {
            if seen.insert(r) {
                f(r);
            }
        }
    }

    /// Every live code object, once each: those held by frames and heap objects, and
    /// the ones nested in their constants.
    fn live_code_objects(&self) -> Vec<&CodeObject> {
        let mut seen: HashSet<*const CodeObject> = HashSet::new();
        let mut todo: Vec<&CodeObject> = Vec::new();
        for fr in &self.frames {
            todo.push(&fr.code);
        }
        if let Some(sched) = &self.sched {
            for fr in sched.parked().flat_map(|st| st.frames()) {
                todo.push(&fr.code);
            }
        }
        for s in self.heap.slots.iter() {
            match &s.obj {
                Obj::Function(func) => todo.push(&func.code),
                Obj::Generator(g) => todo.push(&g.code),
                Obj::Code(c) => todo.push(c),
                // Tracebacks hold their code through their frame objects.
                Obj::Frame(fr) => todo.push(&fr.code),
                _ => {}
            }
        }
        let mut out = Vec::new();
        while let Some(c) = todo.pop() {
            if !seen.insert(c as *const CodeObject) {
                continue;
            }
            out.push(c);
            for k in &c.consts {
                if let Const::Code(inner) = k {
                    todo.push(inner);
                }
            }
        }
        out
    }
}
