//! What member descriptors do (CPython's `member_get`, `member_set`, `descr_check`,
//! `PyMember_GetOne`/`PyMember_SetOne` for `T_OBJECT_EX`, Objects/descrobject.c and
//! Python/structmember.c): reading, writing and deleting an instance's slot, the
//! `__get__`/`__set__`/`__delete__` methods, the descriptor's attributes and repr.
//!
//! Attribute lookup (`vm/attr/`) calls `member_get`/`member_set` directly when it
//! finds a member descriptor on the class, as CPython's generic getattr calls
//! `tp_descr_get`/`tp_descr_set`.

use super::{MemberKind, MemberObj};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};

/// The getsets (`false`) and members (`true`) of builtin types that the VM computes
/// (`Vm::special_attr`), by class, as CPython's `tp_getset`/`tp_members` tables list
/// them; the class dicts hold descriptors for them so that `int.real` and
/// `dir(1)` see them.
fn native_descriptors(vm: &Vm) -> Vec<(ObjRef, &'static [(&'static str, bool)])> {
    let t = &vm.types;
    vec![
        (t.object, &[("__class__", false)]),
        // `type_getsets` and `type_members`: `special_attr` computes each for a
        // class (`__doc__` and `__module__` from the class's own namespace, as
        // CPython's `type_get_doc` and `type_module` read it).
        (
            t.type_,
            &[
                ("__basicsize__", true),
                ("__itemsize__", true),
                ("__flags__", true),
                ("__weakrefoffset__", true),
                ("__base__", true),
                ("__dictoffset__", true),
                ("__mro__", true),
                ("__name__", false),
                ("__qualname__", false),
                ("__bases__", false),
                ("__module__", false),
                ("__abstractmethods__", false),
                ("__dict__", false),
                ("__doc__", false),
                ("__text_signature__", false),
                ("__annotations__", false),
            ],
        ),
        // `descr_members` and the getsets of `member_descriptor` and
        // `getset_descriptor` (`member_attr` computes them).
        (
            t.member_descriptor,
            &[
                ("__objclass__", true),
                ("__name__", true),
                ("__doc__", false),
                ("__qualname__", false),
            ],
        ),
        (
            t.getset_descriptor,
            &[
                ("__objclass__", true),
                ("__name__", true),
                ("__doc__", false),
                ("__qualname__", false),
            ],
        ),
        (
            t.int,
            &[
                ("real", false),
                ("imag", false),
                ("numerator", false),
                ("denominator", false),
            ],
        ),
        (t.float, &[("real", false), ("imag", false)]),
        // `BaseException_getset` and its `__suppress_context__` member: the
        // exception state (`ExcState`), set through `Vm::exc_setattr`.
        (
            t.base_exception,
            &[
                ("__traceback__", false),
                ("__context__", false),
                ("__cause__", false),
                ("__suppress_context__", true),
            ],
        ),
        (vm.exc_type("OSError"), &[("characters_written", false)]),
        (
            t.property,
            &[
                ("fget", true),
                ("fset", true),
                ("fdel", true),
                ("__isabstractmethod__", false),
            ],
        ),
        (
            t.staticmethod,
            &[
                ("__func__", true),
                ("__wrapped__", true),
                ("__isabstractmethod__", false),
                ("__dict__", false),
            ],
        ),
        (
            t.classmethod,
            &[
                ("__func__", true),
                ("__wrapped__", true),
                ("__isabstractmethod__", false),
                ("__dict__", false),
            ],
        ),
        (t.complex, &[("real", true), ("imag", true)]),
        (
            t.function,
            &[
                ("__code__", false),
                ("__defaults__", false),
                ("__kwdefaults__", false),
                ("__annotations__", false),
                ("__dict__", false),
                ("__name__", false),
                ("__qualname__", false),
                ("__module__", true),
                ("__closure__", true),
                ("__globals__", true),
                ("__builtins__", true),
            ],
        ),
        // `gen_getsetlist`/`gen_memberlist` and the coroutine's and async
        // generator's (`special_attr` computes each; `dir(gen)` lists them).
        (
            t.generator,
            &[
                ("__name__", false),
                ("__qualname__", false),
                ("gi_yieldfrom", false),
                ("gi_running", false),
                ("gi_frame", false),
                ("gi_suspended", false),
                ("gi_code", true),
            ],
        ),
        (
            t.coroutine,
            &[
                ("__name__", false),
                ("__qualname__", false),
                ("cr_await", false),
                ("cr_running", false),
                ("cr_frame", false),
                ("cr_suspended", false),
                ("cr_code", true),
            ],
        ),
        (
            t.async_generator,
            &[
                ("__name__", false),
                ("__qualname__", false),
                ("ag_await", false),
                ("ag_frame", false),
                ("ag_running", true),
                ("ag_code", true),
            ],
        ),
    ]
}

/// Puts the descriptors of `native_descriptors` in their classes' dicts (static
/// objects in CPython: immortal and untracked here).
pub fn install_native(vm: &mut Vm) {
    for (cls, names) in native_descriptors(vm) {
        let Obj::Class(c) = vm.heap.get(cls) else {
            continue;
        };
        let d = c.dict;
        for &(n, member) in names {
            let name = vm.intern(n);
            let Value::Obj(nr) = name else { continue };
            vm.heap.incref_obj(nr);
            vm.heap.incref_obj(cls);
            let kind = if member {
                MemberKind::NativeMember
            } else {
                MemberKind::Native
            };
            let m = vm.heap.new_value(Obj::Member(MemberObj {
                name: nr,
                objclass: cls,
                index: 0,
                kind,
            }));
            if let Value::Obj(mr) = m {
                // Tracked, as CPython's descriptors of builtin types are.
                vm.heap.make_immortal(mr);
                vm.heap.allocs_since_collect = (vm.heap.allocs_since_collect - 1).max(0);
            }
            crate::runtime::builtins::set_in(vm, d, n, m);
        }
    }
}

/// Registers `__get__`, `__set__` and `__delete__` on `member_descriptor` and
/// `getset_descriptor`.
pub fn install(vm: &mut Vm) {
    for t in [vm.types.member_descriptor, vm.types.getset_descriptor] {
        crate::runtime::builtins::add_methods(
            vm,
            t,
            &[
                ("__get__", member_dunder_get),
                ("__set__", member_dunder_set),
                ("__delete__", member_dunder_delete),
            ],
        );
    }
}

/// `m.__get__(instance, owner=None)`: the slot's value, or `m` itself for `None`.
fn member_dunder_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // CPython unpacks with an empty function name, hence the leading space.
    match args.len() {
        0 | 1 => Err(vm.type_error(" expected at least 1 argument, got 0")),
        2 | 3 => {
            let owner = args.get(2).copied().unwrap_or(Value::None);
            if matches!(args[1], Value::None) {
                if matches!(owner, Value::None) {
                    return Err(vm.type_error("__get__(None, None) is invalid"));
                }
                vm.incref(args[0]);
                return Ok(args[0]);
            }
            vm.member_get(args[0].as_obj().expect("bound to a member"), args[1])
        }
        n => Err(vm.type_error(format!(" expected at most 2 arguments, got {}", n - 1))),
    }
}

/// `m.__set__(instance, value)`.
fn member_dunder_set(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!(" expected 2 arguments, got {}", args.len() - 1)));
    }
    let m = args[0].as_obj().expect("bound to a member");
    vm.member_set(m, args[1], Some(args[2]))?;
    Ok(Value::None)
}

/// `m.__delete__(instance)`.
fn member_dunder_delete(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len() - 1)));
    }
    let m = args[0].as_obj().expect("bound to a member");
    vm.member_set(m, args[1], None)?;
    Ok(Value::None)
}

impl Vm {
    fn member(&self, m: ObjRef) -> &MemberObj {
        match self.heap.get(m) {
            Obj::Member(d) => d,
            _ => unreachable!("not a member descriptor"),
        }
    }

    /// CPython's `descr_check`: the instance must be of the declaring class.
    fn member_check(&mut self, m: ObjRef, obj: Value) -> PyResult<()> {
        let (name, cls) = {
            let d = self.member(m);
            (d.name, d.objclass)
        };
        if self.is_instance(obj, cls) {
            return Ok(());
        }
        let (n, cn, tn) = (
            self.heap.str(name).to_string(),
            self.class_name(cls),
            self.type_name(obj),
        );
        Err(self.type_error(format!(
            "descriptor '{n}' for '{cn}' objects doesn't apply to a '{tn}' object"
        )))
    }

    /// `obj.<slot>` through member descriptor `m` (owned result): the slot's value, or
    /// AttributeError while it is empty.
    pub fn member_get(&mut self, m: ObjRef, obj: Value) -> PyResult<Value> {
        self.member_check(m, obj)?;
        let (name, ix, kind) = {
            let d = self.member(m);
            (d.name, d.index as usize, d.kind)
        };
        match (kind, obj) {
            (MemberKind::Slot, _) => {}
            // CPython's `subtype_dict` and `subtype_getweakref`.
            (MemberKind::Dict, Value::Obj(r)) if matches!(self.heap.get(r), Obj::Instance(_)) => {
                return Ok(self.instance_dict(r))
            }
            // An object whose layout comes from a builtin base with its own
            // `__dict__` (a class whose metaclass also derives from a plain class):
            // CPython's `get_builtin_base_with_dict` hands over to that base's getter.
            (MemberKind::Dict, _) => {
                let n = self.intern("__dict__");
                return match self.special_attr(obj, n)? {
                    Some(v) => Ok(v),
                    None => Err(self.dict_descr_error(obj)),
                };
            }
            (MemberKind::Weakref, Value::Obj(r)) => return Ok(self.weakref_head(r)),
            (MemberKind::ExcArgs, _) => {
                let a = self.exc_args(obj);
                self.incref(a);
                return Ok(a);
            }
            (MemberKind::DequeMaxlen, _) => {
                return Ok(
                    match self.deque_of(obj).and_then(|r| self.deque_ref(r).maxlen) {
                        Some(m) => self.int(m as i64),
                        None => Value::None,
                    },
                )
            }
            (MemberKind::Native | MemberKind::NativeMember, _) => {
                // An instance of a subclass (`class I(int)`) answers from its
                // builtin payload.
                if let Some(v) = self.special_attr(obj, Value::Obj(name))? {
                    return Ok(v);
                }
                if let Some(p) = self.payload_of(obj) {
                    if !p.is(obj) {
                        if let Some(v) = self.special_attr(p, Value::Obj(name))? {
                            return Ok(v);
                        }
                    }
                }
                return Err(self.no_attr(obj, Value::Obj(name)));
            }
            (MemberKind::ExcField, _) => {
                let v = match self.exc_state(obj).and_then(|s| s.fields.get(ix)) {
                    Some(&v) if !v.is_undef() => v,
                    _ => Value::None,
                };
                self.incref(v);
                return Ok(v);
            }
            _ => unreachable!("an instance of a heap class is a heap object"),
        }
        let v = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => i.slot(ix),
                _ => Value::Undef,
            },
            _ => Value::Undef,
        };
        if v.is_undef() {
            // As CPython's LOAD_ATTR, the error carries the name and object.
            return Err(self.no_attr(obj, Value::Obj(name)));
        }
        self.incref(v);
        Ok(v)
    }

    /// `obj.<slot> = v` (`v` borrowed), or `del obj.<slot>` when `v` is None, through
    /// member descriptor `m`.
    pub fn member_set(&mut self, m: ObjRef, obj: Value, v: Option<Value>) -> PyResult<()> {
        self.member_check(m, obj)?;
        let (name, ix, kind, cls) = {
            let d = self.member(m);
            (d.name, d.index as usize, d.kind, d.objclass)
        };
        match kind {
            MemberKind::Native | MemberKind::NativeMember => {
                return self.native_member_set(m, obj, v)
            }
            _ => {}
        }
        let Value::Obj(r) = obj else {
            unreachable!("an instance of a slotted class is a heap object")
        };
        match kind {
            MemberKind::Native | MemberKind::NativeMember => unreachable!("handled above"),
            MemberKind::Slot => {}
            // BaseException's `__dict__` is `PyObject_GenericSetDict`'s, which
            // refuses deletion (a class statement's `subtype_setdict` allows it).
            MemberKind::Dict if v.is_none() && cls == self.types.base_exception => {
                return Err(self.type_error("cannot delete __dict__"))
            }
            MemberKind::Dict => return self.set_instance_dict(r, obj, v),
            MemberKind::ExcArgs => {
                let Some(v) = v else {
                    return Err(self.type_error("args may not be deleted"));
                };
                let tuple_t = Value::Obj(self.types.tuple);
                let t = self.call_value(tuple_t, &[v], &[])?;
                match self.exc_state_mut(obj) {
                    Some(s) => {
                        let old = std::mem::replace(&mut s.args, t);
                        self.decref(old);
                    }
                    None => self.decref(t),
                }
                return Ok(());
            }
            MemberKind::ExcField if cls == self.exc_type("BaseExceptionGroup") => {
                // `message` and `exceptions` are READONLY members in CPython.
                return Err(self.attr_error("readonly attribute"));
            }
            MemberKind::ExcField => {
                // Deleting empties the member, which then reads None again.
                let v = v.unwrap_or(Value::Undef);
                if !v.is_undef() {
                    self.incref(v);
                }
                let old = self.set_exc_field(obj, ix, v);
                if !old.is_undef() {
                    self.decref(old);
                }
                return Ok(());
            }
            MemberKind::Weakref | MemberKind::DequeMaxlen => {
                // A getset without a setter (CPython's `getset_set`).
                let (n, cn) = (self.heap.str(name).to_string(), self.class_name(cls));
                return Err(
                    self.attr_error(format!("attribute '{n}' of '{cn}' objects is not writable"))
                );
            }
        }
        let nslots = match self.heap.get(self.type_of(obj)) {
            Obj::Class(c) => c.layout.nslots as usize,
            _ => 0,
        };
        if let Some(v) = v {
            self.incref(v);
        }
        let old = match self.heap.get_mut(r) {
            Obj::Instance(i) => i.replace_slot(ix, nslots, v.unwrap_or(Value::Undef)),
            _ => Value::Undef,
        };
        if old.is_undef() {
            if v.is_none() {
                // CPython's `PyMember_SetOne` names just the slot.
                let n = self.heap.str(name).to_string();
                return Err(self.attr_error(n));
            }
        } else {
            self.decref(old);
        }
        Ok(())
    }

    /// Setting or deleting through a native getset or member: `__class__` and a
    /// function's attributes have their setters; the others are read-only (CPython's
    /// `getset_set` without a setter, `PyMember_SetOne` of a `READONLY` member).
    fn native_member_set(&mut self, m: ObjRef, obj: Value, v: Option<Value>) -> PyResult<()> {
        let (name, cls, kind) = {
            let d = self.member(m);
            (d.name, d.objclass, d.kind)
        };
        if Value::Obj(name).is(self.names.class_) {
            return match v {
                Some(v) => self.set_class(obj, v),
                None => Err(self.type_error("can't delete __class__ attribute")),
            };
        }
        if let Value::Obj(r) = obj {
            if matches!(self.heap.get(r), Obj::Function(_)) {
                return self.function_setattr(r, Value::Obj(name), v);
            }
            // `type`'s getsets set a class's name as `type.__setattr__` would.
            if matches!(self.heap.get(r), Obj::Class(_)) && cls == self.types.type_ {
                return self.set_attr_no_meta(obj, Value::Obj(name), v);
            }
        }
        if let Some(r) = self.exc_setattr(obj, Value::Obj(name), v) {
            return r;
        }
        if kind == MemberKind::NativeMember {
            return Err(self.attr_error("readonly attribute"));
        }
        let (n, cn) = (self.heap.str(name).to_string(), self.class_name(cls));
        Err(self.attr_error(format!("attribute '{n}' of '{cn}' objects is not writable")))
    }

    /// `obj.__dict__ = v`, or `del obj.__dict__` when `v` is None (CPython's
    /// `subtype_setdict`): the instance's attributes become those of `v`, a dict.
    pub(crate) fn set_instance_dict(
        &mut self,
        r: ObjRef,
        obj: Value,
        v: Option<Value>,
    ) -> PyResult<()> {
        match self.heap.get(r) {
            Obj::Instance(_) => {}
            // `type`'s own `__dict__` getset has no setter (CPython's
            // `subtype_setdict` defers to the builtin base's descriptor).
            Obj::Class(_) => {
                return Err(
                    self.attr_error("attribute '__dict__' of 'type' objects is not writable")
                )
            }
            _ => return Err(self.dict_descr_error(obj)),
        }
        if let Some(v) = v {
            let dict_t = self.types.dict;
            if !self.is_instance(v, dict_t) {
                let tn = self.type_name(v);
                return Err(self.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{tn}'"
                )));
            }
            self.incref(v);
        }
        let new = v.and_then(|v| v.as_obj());
        let nslots = match self.heap.get(self.type_of(obj)) {
            Obj::Class(c) => c.layout.nslots as usize,
            _ => 0,
        };
        let (mut attrs, old) = match self.heap.get_mut(r) {
            Obj::Instance(i) => (i.take_attrs(nslots), std::mem::replace(&mut i.dict, new)),
            _ => unreachable!("an instance, checked above"),
        };
        // Inline attributes are dropped in key order, as CPython's `dict_dealloc` of
        // the instance's values does.
        attrs.sort_unstable_by_key(|&(k, _)| k);
        for (_, v) in attrs {
            self.decref(v);
        }
        if let Some(d) = old {
            self.heap.decref_obj(d);
        }
        Ok(())
    }

    /// CPython's `raise_dict_descr_error`.
    fn dict_descr_error(&mut self, obj: Value) -> PyErr {
        let tn = self.type_name(obj);
        self.type_error(format!(
            "this __dict__ descriptor does not support '{tn}' objects"
        ))
    }

    /// The member descriptor's own attributes (CPython's `descr_members` and
    /// `member_getset`): `__name__`, `__qualname__`, `__objclass__`, `__doc__`.
    pub(crate) fn member_attr(&mut self, m: ObjRef, n: &str) -> Option<Value> {
        let (name, cls) = {
            let d = self.member(m);
            (d.name, d.objclass)
        };
        let v = match n {
            "__name__" => Value::Obj(name),
            "__objclass__" => Value::Obj(cls),
            "__doc__" => {
                let doc = match self.member(m).kind {
                    MemberKind::Slot
                    | MemberKind::ExcArgs
                    | MemberKind::ExcField
                    | MemberKind::Native
                    | MemberKind::NativeMember => return Some(Value::None),
                    MemberKind::Dict => "dictionary for instance variables",
                    MemberKind::Weakref => "list of weak references to the object",
                    MemberKind::DequeMaxlen => "maximum size of a deque or None if unbounded",
                };
                return Some(self.new_str(doc));
            }
            "__qualname__" => {
                let q = match self.heap.get(cls) {
                    Obj::Class(c) => format!("{}.{}", c.qualname, self.heap.str(name)),
                    _ => String::new(),
                };
                return Some(self.new_str(q));
            }
            _ => return None,
        };
        self.incref(v);
        Some(v)
    }

    /// `repr(m)`: `<member 'x' of 'P' objects>`, `<attribute '__dict__' of 'P'
    /// objects>`.
    pub(crate) fn member_repr(&self, m: ObjRef) -> String {
        let d = self.member(m);
        format!(
            "<{} '{}' of '{}' objects>",
            if matches!(
                d.kind,
                MemberKind::Slot | MemberKind::ExcField | MemberKind::NativeMember
            ) {
                "member"
            } else {
                "attribute"
            },
            self.heap.str(d.name),
            self.class_name(d.objclass)
        )
    }
}
