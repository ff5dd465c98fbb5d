//! Making weak references: `weakref.ref(obj, callback=None)` (CPython's
//! `weakref___new__` and `PyWeakref_NewRef`, which shares one callback-less reference
//! per object).

use crate::runtime::builtins::check_args;
use crate::runtime::object::{Obj, WeakRefObj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `weakref.ref(obj, callback)`.
    pub fn new_weakref(&mut self, obj: Value, callback: Value) -> PyResult<Value> {
        self.make_weakref(obj, callback, true)
    }

    /// `new_weakref`; with `shared` false (a subclass's reference) a new reference
    /// is made even without a callback.
    pub(crate) fn make_weakref(
        &mut self,
        obj: Value,
        callback: Value,
        shared: bool,
    ) -> PyResult<Value> {
        let ok = match obj {
            // An instance needs a weakref slot (CPython's `tp_weaklistoffset`): not
            // `object()`, exceptions, or `__slots__` classes without `__weakref__`.
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)) => {
                let t = self.type_of(obj);
                matches!(self.heap.get(t), Obj::Class(c) if c.layout.has_weakref)
            }
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Function(_)
                | Obj::Class(_)
                | Obj::Set(_)
                | Obj::FrozenSet(_)
                | Obj::Generator(_)
                | Obj::BoundMethod { .. }
                | Obj::Module(_)
                | Obj::Deque(_)
                | Obj::Array(_) => true,
                // `itertools._tee` has a weak reference list (`teeobject.weakreflist`).
                Obj::Iter(i) => matches!(
                    &**i,
                    crate::runtime::object::IterObj::Tool(t)
                        if matches!(**t, crate::runtime::types::itertools::ToolObj::Tee { .. })
                ),
                _ => false,
            },
            _ => false,
        };
        if !ok {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!("cannot create weak reference to '{}' object", tn)));
        }
        let r = obj.as_obj().unwrap();
        // Dies through the zero queue, which clears the weak references.
        self.heap.slots[r.index()].flags |= crate::runtime::heap::FLAG_WEAKREFS;
        // CPython shares one callback-less basic reference per object.
        if shared && matches!(callback, Value::None) {
            let shared = self.weakrefs.get(&r).and_then(|refs| {
                refs.iter()
                    .copied()
                    .find(|&w| self.heap.rc(w) > 0 && self.is_basic_weakref(w))
            });
            if let Some(w) = shared {
                self.heap.incref_obj(w);
                return Ok(Value::Obj(w));
            }
        }
        self.incref(callback);
        let w = self.heap.alloc(Obj::WeakRef(Box::new(WeakRefObj {
            target: obj,
            callback,
            hash: None,
            outer: None,
        })));
        self.weakrefs.entry(r).or_default().push(w);
        Ok(Value::Obj(w))
    }

    /// `obj.__weakref__` (owned): the head of CPython's weakref list of `r` — the
    /// shared callback-less reference if there is one (it is always put first), else
    /// the newest live reference (inserted at the head) — or None.
    pub fn weakref_head(&mut self, r: crate::value::ObjRef) -> Value {
        let live: Vec<crate::value::ObjRef> = match self.weakrefs.get(&r) {
            Some(refs) => refs
                .iter()
                .copied()
                .filter(|&w| self.heap.rc(w) > 0 && matches!(self.heap.get(w), Obj::WeakRef(_)))
                .collect(),
            None => Vec::new(),
        };
        let basic = live.iter().copied().find(|&w| self.is_basic_weakref(w));
        match basic.or(live.last().copied()) {
            Some(w) => {
                let w = self.weakref_outer(w);
                self.heap.incref_obj(w);
                Value::Obj(w)
            }
            None => Value::None,
        }
    }

    /// Whether `w` is the referent's shareable reference: an exact `weakref.ref`
    /// without a callback (CPython's "basic ref").
    pub(crate) fn is_basic_weakref(&self, w: ObjRef) -> bool {
        matches!(self.heap.get(w), Obj::WeakRef(wr) if matches!(wr.callback, Value::None) && wr.outer.is_none())
    }

    /// The object Python sees for the reference `w`: the subclass instance wrapping
    /// it, or `w` itself.
    pub fn weakref_outer(&self, w: ObjRef) -> ObjRef {
        match self.heap.get(w) {
            Obj::WeakRef(wr) => wr.outer.unwrap_or(w),
            _ => w,
        }
    }
}

/// Calling the weak reference type: `ref(obj)` or `ref(obj, callback)`.
pub fn weakref_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // `ref` itself takes no keywords (CPython's `_PyArg_NoKeywords` in
    // `weakref___init__`).
    if !kw.is_empty() {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    check_args(vm, "ref", args, 1, 2)?;
    let cb = args.get(1).copied().unwrap_or(Value::None);
    vm.new_weakref(args[0], cb)
}
