//! `cls.__bases__ = (...)` (CPython's `type_set_bases` with `compatible_for_assignment`
//! and `mro_hierarchy`, Objects/typeobject.c), and the weak subclass lists behind
//! `type.__subclasses__()` (`tp_subclasses`) and `type.mro()`.
//!
//! A class's instances keep their memory layout for life, so new bases are accepted
//! only when their best base lays instances out as the old one did; then the MROs of
//! the class and of every class below it are recomputed (all or nothing: a C3
//! failure anywhere puts every class back) and the attribute caches are dropped.

use super::{new, BuiltinType};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Registers `type.mro` and `type.__subclasses__`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.type_;
    crate::runtime::builtins::add_methods(
        vm,
        t,
        &[("mro", type_mro), ("__subclasses__", type_subclasses)],
    );
}

/// The class a method of `type` was called on.
fn class_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args {
        [Value::Obj(r)] if matches!(vm.heap.get(*r), Obj::Class(_)) => Ok(*r),
        [v] => {
            let tn = vm.type_name(*v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'type' objects doesn't apply to a '{tn}' object"
            )))
        }
        _ => {
            let n = args.len().saturating_sub(1);
            Err(vm.type_error(format!("type.{name}() takes no arguments ({n} given)")))
        }
    }
}

/// `cls.mro()`: the C3 linearisation of the class's bases, as a new list (CPython's
/// `mro_implementation`: computed afresh, not read from `__mro__`, which a
/// metaclass's own `mro()` may have made differently).
fn type_mro(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = class_arg(vm, args, "mro")?;
    let (bases, heap, stored) = match vm.heap.get(cls) {
        Obj::Class(c) => (c.bases.clone(), c.is_heap, c.mro.clone()),
        _ => (Vec::new(), false, Vec::new()),
    };
    // A builtin class's MRO is fixed (and no metaclass can have changed it).
    let mro = if heap { new::c3(vm, &bases)? } else { stored };
    let items: Vec<Value> = std::iter::once(cls).chain(mro).map(Value::Obj).collect();
    for &v in &items {
        vm.incref(v);
    }
    Ok(vm.new_list(items))
}

/// `cls.__subclasses__()`: the live classes that name `cls` among their direct bases,
/// in the order they were made (or got `cls` as a base).
fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = class_arg(vm, args, "__subclasses__")?;
    let subs = match vm.heap.get(cls) {
        Obj::Class(c) => c.subclasses.clone(),
        _ => Vec::new(),
    };
    let items: Vec<Value> = subs
        .into_iter()
        .filter(|&s| matches!(vm.heap.get(s), Obj::Class(_)))
        .map(Value::Obj)
        .collect();
    for &v in &items {
        vm.incref(v);
    }
    Ok(vm.new_list(items))
}

/// Notes `cls` in the subclass list of each of `bases` (a weak reference: a class's
/// list never keeps a subclass alive; `forget_subclass` drops it when it dies).
/// CPython's `add_subclass` keeps a weak reference object in the base's
/// `tp_subclasses` dict, which a heap base makes for its first subclass: the
/// collector's count sees both (`Heap::note_subclass_entry`).
pub fn note_subclass(heap: &mut crate::runtime::heap::Heap, cls: ObjRef, bases: &[ObjRef]) {
    for &b in bases {
        if let Obj::Class(c) = heap.get_mut(b) {
            if !c.subclasses.contains(&cls) {
                let first = c.subclasses.is_empty() && c.is_heap;
                c.subclasses.push(cls);
                heap.note_subclass_entry(true, first);
            }
        }
    }
}

/// Takes `cls` out of the subclass lists of `bases` (when it dies or changes bases).
/// A base may already be freed while a dead cycle is torn down: only live classes
/// are touched.
pub fn forget_subclass(heap: &mut crate::runtime::heap::Heap, cls: ObjRef, bases: &[ObjRef]) {
    for &b in bases {
        if let Obj::Class(c) = heap.get_mut(b) {
            let had = c.subclasses.len();
            c.subclasses.retain(|&s| s != cls);
            if c.subclasses.len() < had {
                let last = c.subclasses.is_empty() && c.is_heap;
                heap.note_subclass_entry(false, last);
            }
        }
    }
}

impl Vm {
    /// Whether instances of class `c` are collected objects (CPython's
    /// `Py_TPFLAGS_HAVE_GC`, which decides `tp_free`): every class statement's, and
    /// the builtin containers'.
    fn class_is_gc(&self, c: ObjRef) -> bool {
        let Obj::Class(k) = self.heap.get(c) else {
            return false;
        };
        if k.is_heap {
            return k.layout.gc;
        }
        use BuiltinType as B;
        !matches!(
            k.kind,
            B::Object
                | B::Int
                | B::Bool
                | B::Float
                | B::Complex
                | B::Str
                | B::Bytes
                | B::ByteArray
                | B::Range
                | B::Slice
                | B::NoneType
                | B::NotImplementedType
                | B::Ellipsis
                | B::MemoryView
        )
    }

    /// CPython's `compatible_with_tp_base` walked up (the highest class whose
    /// instances `c`'s instances are laid out exactly like): a class statement that
    /// adds nothing to its heap base shares it; builtin exceptions all share
    /// `BaseException`'s; any other builtin is its own.
    pub(crate) fn layout_root(&self, mut c: ObjRef) -> ObjRef {
        loop {
            let Obj::Class(k) = self.heap.get(c) else {
                return c;
            };
            if !k.is_heap {
                return if k.kind == BuiltinType::Exception {
                    self.types.base_exception
                } else {
                    c
                };
            }
            let p = k.base;
            let same = match self.heap.get(p) {
                Obj::Class(pk) if pk.is_heap => {
                    let (a, b) = (k.layout, pk.layout);
                    a.basicsize == b.basicsize
                        && a.itemsize == b.itemsize
                        && a.has_dict == b.has_dict
                        && a.managed_dict == b.managed_dict
                        && a.has_weakref == b.has_weakref
                        && a.nslots == b.nslots
                }
                _ => false,
            };
            if !same {
                return c;
            }
            c = p;
        }
    }

    /// CPython's `compatible_for_assignment(old, new, "__bases__")`: instances laid out
    /// for best base `old` must fit best base `new`.
    pub(crate) fn check_bases_layout(
        &mut self,
        attr: &str,
        old: ObjRef,
        new: ObjRef,
    ) -> PyResult<()> {
        let (on, nn) = (self.class_name(old), self.class_name(new));
        if self.class_is_gc(old) != self.class_is_gc(new) {
            return Err(self.type_error(format!(
                "{attr} assignment: '{nn}' deallocator differs from '{on}'"
            )));
        }
        let (ro, rn) = (self.layout_root(old), self.layout_root(new));
        let fields = |vm: &Vm, c: ObjRef| match vm.heap.get(c) {
            Obj::Class(k) => Some((k.is_heap, k.base, k.layout)),
            _ => None,
        };
        let mut ok = true;
        if ro != rn {
            ok = match (fields(self, ro), fields(self, rn)) {
                // `same_slots_added`: two class statements over the same base that
                // add the same dict, weakref slot and `__slots__`.
                (Some((true, bo, lo)), Some((true, bn, ln))) => {
                    bo == bn
                        && lo.basicsize == ln.basicsize
                        && lo.has_dict == ln.has_dict
                        && lo.has_weakref == ln.has_weakref
                        && lo.nslots == ln.nslots
                        && (lo.nslots == 0 || self.slot_names(ro) == self.slot_names(rn))
                }
                _ => false,
            };
        }
        // "The above does not check for managed __dicts__".
        let managed = |vm: &Vm, c: ObjRef| match vm.heap.get(c) {
            Obj::Class(k) => k.layout.managed_dict,
            _ => false,
        };
        if ok && managed(self, old) == managed(self, new) {
            return Ok(());
        }
        Err(self.type_error(format!(
            "{attr} assignment: '{nn}' object layout differs from '{on}'"
        )))
    }

    /// `cls.__bases__ = v` on a heap class (the caller refused builtin classes and
    /// deletion).
    pub fn set_bases(&mut self, cls: ObjRef, v: Value) -> PyResult<()> {
        let cn = self.class_name(cls);
        if !self.is_instance(v, self.types.tuple) {
            let tn = self.type_name(v);
            return Err(
                self.type_error(format!("can only assign tuple to {cn}.__bases__, not {tn}"))
            );
        }
        // Borrowed: `v` (or a tuple subclass instance's payload) holds them.
        let items = self.seq_items(self.unwrap_payload(v)).unwrap_or_default();
        if items.is_empty() {
            return Err(self.type_error(format!(
                "can only assign non-empty tuple to {cn}.__bases__, not ()"
            )));
        }
        let mut bases = Vec::with_capacity(items.len());
        for &b in &items {
            match b {
                Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)) => {
                    if self.is_subclass(r, cls) {
                        return Err(self.type_error("a __bases__ item causes an inheritance cycle"));
                    }
                    bases.push(r);
                }
                _ => {
                    let tn = self.type_name(b);
                    return Err(self.type_error(format!(
                        "{cn}.__bases__ must be tuple of classes, not '{tn}'"
                    )));
                }
            }
        }
        self.layout_of_bases(&bases)?;
        let best = new::best_base(self, &bases)?;
        let old_best = match self.heap.get(cls) {
            Obj::Class(c) => c.base,
            _ => return Ok(()),
        };
        self.check_bases_layout("__bases__", old_best, best)?;

        // New MROs for the class and, depth first, every class below it; nothing is
        // changed until all of them linearise.
        let old_bases = match self.heap.get(cls) {
            Obj::Class(c) => c.bases.clone(),
            _ => Vec::new(),
        };
        self.set_class_bases_vec(cls, bases.clone());
        let mut changed: Vec<(ObjRef, Vec<ObjRef>)> = Vec::new();
        let r = self.relinearise(cls, &mut changed);
        if let Err(e) = r {
            for (c, mro) in changed.into_iter().rev() {
                if let Obj::Class(k) = self.heap.get_mut(c) {
                    k.mro = mro;
                }
            }
            self.set_class_bases_vec(cls, old_bases);
            return Err(e);
        }

        // Commit: the owned `__bases__` tuple and best base, the subclass lists, each
        // changed class's `__mro__` tuple.
        forget_subclass(&mut self.heap, cls, &old_bases);
        note_subclass(&mut self.heap, cls, &bases);
        let tuple = if self.type_of(v) == self.types.tuple {
            self.incref(v);
            v
        } else {
            let items: Vec<Value> = bases.iter().map(|&b| Value::Obj(b)).collect();
            for &x in &items {
                self.incref(x);
            }
            self.new_tuple(items)
        };
        let tuple = tuple.as_obj().expect("a tuple is an object");
        self.heap.incref_obj(best);
        let mut dropped = Vec::new();
        if let Obj::Class(k) = self.heap.get_mut(cls) {
            dropped.push(std::mem::replace(&mut k.bases_tuple, tuple));
            dropped.push(std::mem::replace(&mut k.base, best));
        }
        for (c, _) in &changed {
            let c = *c;
            let (mro, inherits_del) = match self.heap.get(c) {
                Obj::Class(k) => {
                    let del = k.mro.iter().any(|&m| match self.heap.get(m) {
                        Obj::Class(mk) => mk.has_del,
                        _ => false,
                    });
                    (k.mro.clone(), del)
                }
                _ => continue,
            };
            let mut items = Vec::with_capacity(mro.len() + 1);
            items.push(Value::Obj(c));
            items.extend(mro.iter().map(|&m| Value::Obj(m)));
            for &x in &items {
                self.incref(x);
            }
            let t = self
                .new_tuple(items)
                .as_obj()
                .expect("a tuple is an object");
            if let Obj::Class(k) = self.heap.get_mut(c) {
                dropped.push(std::mem::replace(&mut k.mro_tuple, t));
                k.has_del |= inherits_del;
            }
        }
        self.invalidate_method_cache();
        for r in dropped {
            if r.0 != 0 {
                self.heap.decref_obj(r);
            }
        }
        self.drain_zero_queue();
        Ok(())
    }

    fn set_class_bases_vec(&mut self, cls: ObjRef, bases: Vec<ObjRef>) {
        if let Obj::Class(k) = self.heap.get_mut(cls) {
            k.bases = bases;
        }
    }

    /// Recomputes the C3 MRO of `cls` from its `bases`, then of its subclasses
    /// (CPython's `mro_hierarchy`), recording each class's previous MRO in `changed`
    /// so a failure can restore them.
    fn relinearise(
        &mut self,
        cls: ObjRef,
        changed: &mut Vec<(ObjRef, Vec<ObjRef>)>,
    ) -> PyResult<()> {
        let bases = match self.heap.get(cls) {
            Obj::Class(k) => k.bases.clone(),
            _ => return Ok(()),
        };
        let mro = new::c3(self, &bases)?;
        let subs = match self.heap.get_mut(cls) {
            Obj::Class(k) => {
                let old = std::mem::replace(&mut k.mro, mro);
                changed.push((cls, old));
                k.subclasses.clone()
            }
            _ => return Ok(()),
        };
        for s in subs {
            if matches!(self.heap.get(s), Obj::Class(_)) {
                self.relinearise(s, changed)?;
            }
        }
        Ok(())
    }
}
