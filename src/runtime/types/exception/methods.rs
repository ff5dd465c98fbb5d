//! The methods of `BaseException` (CPython's `BaseException_init` and
//! `BaseException_with_traceback`, Objects/exceptions.c). `BaseException.__new__` is
//! with the other `__new__`s in `types/class/subclass.rs`.

use crate::runtime::builtins::add_methods;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Registers the methods of `BaseException`.
pub fn install(vm: &mut Vm) {
    let be = vm.types.base_exception;
    add_methods(
        vm,
        be,
        &[
            ("__init__", exc_init),
            ("with_traceback", exc_with_tb),
            ("add_note", exc_add_note),
            ("__reduce__", exc_reduce),
            ("__setstate__", exc_setstate),
        ],
    );
    // `args` is a getset descriptor of BaseException (`Exception.args` on the class
    // shows it; assigning converts to a tuple), and so is `__dict__` (CPython's
    // exceptions keep a dict pointer in their struct: `BaseException_getset`).
    let d = match vm.heap.get(be) {
        crate::runtime::object::Obj::Class(c) => c.dict,
        _ => return,
    };
    for (n, kind) in [
        ("args", crate::runtime::types::member::MemberKind::ExcArgs),
        ("__dict__", crate::runtime::types::member::MemberKind::Dict),
    ] {
        let name = vm.intern(n);
        let Value::Obj(nr) = name else { continue };
        vm.heap.incref_obj(be);
        vm.heap.incref_obj(nr);
        let m = vm.heap.new_value(crate::runtime::object::Obj::Member(
            crate::runtime::object::MemberObj {
                name: nr,
                objclass: be,
                index: 0,
                kind,
            },
        ));
        let _ = vm.dict_set_item(Value::Obj(d), name, m);
        vm.decref(m);
    }
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let me = args[0];
    if !kw.is_empty() {
        let tn = vm.type_name(me);
        return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
    }
    let rest: Vec<Value> = args[1..].to_vec();
    for &a in &rest {
        vm.incref(a);
    }
    let t = vm.new_tuple(rest);
    if let Some(s) = vm.exc_state_mut(me) {
        let old = std::mem::replace(&mut s.args, t);
        vm.decref(old);
    } else {
        vm.decref(t);
    }
    Ok(Value::None)
}

/// `exc.add_note(note)` (3.11): appends a str to the exception's `__notes__` list,
/// made on first use; the traceback prints the notes after the exception line.
fn exc_add_note(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "add_note", args, 2, 2)?;
    let (me, note) = (args[0], args[1]);
    if vm.as_str(note).is_none() {
        let tn = vm.type_name(note);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    let key = vm.intern("__notes__");
    let notes = match vm.get_attr(me, key) {
        Ok(n) => n,
        Err(e) if vm.exc_matches(e.0, "AttributeError") => {
            vm.decref(e.0);
            let l = vm.new_list(Vec::new());
            if let Err(e) = vm.set_attr(me, key, Some(l)) {
                vm.decref(l);
                return Err(e);
            }
            l
        }
        Err(e) => return Err(e),
    };
    let is_list = matches!(notes, Value::Obj(r) if matches!(vm.heap.get(r), crate::runtime::object::Obj::List(_)));
    if !is_list {
        vm.decref(notes);
        return Err(vm.type_error("Cannot add note: __notes__ is not a list"));
    }
    vm.incref(note);
    if let Value::Obj(r) = notes {
        if let crate::runtime::object::Obj::List(l) = vm.heap.get_mut(r) {
            l.items.push(note);
        }
    }
    vm.decref(notes);
    Ok(Value::None)
}

/// `exc.__reduce__()` (CPython's `BaseException_reduce`): `(type, args)`, with the
/// instance's attributes as a third item when it has any, so that pickle and copy
/// rebuild the exception by calling its class.
fn exc_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "__reduce__", args, 1, 1)?;
    let me = args[0];
    let cls = Value::Obj(vm.type_of(me));
    let is_os = vm.exc_matches(me, "OSError");
    let a = vm.exc_args(me);
    vm.incref(a);
    let a = if is_os {
        oserror_reduce_args(vm, me, a)?
    } else {
        a
    };
    vm.incref(cls);
    let mut items = vec![cls, a];
    let key = vm.intern("__dict__");
    if let Some(d) = vm.lookup_attr(me, key)? {
        let mut pairs: Vec<(Value, Value)> = match d {
            Value::Obj(r) => match vm.heap.get(r) {
                crate::runtime::object::Obj::Dict(x) => {
                    x.iter().map(|e| (e.key, e.value)).collect()
                }
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        vm.decref(d);
        if vm.exc_matches(me, "ImportError") {
            // ImportError's name and path (members) travel in the state after the
            // instance's attributes (CPython's `ImportError_reduce`).
            for (ix, field) in [(1, "name"), (2, "path")] {
                let v = vm.exc_field(me, ix);
                if !matches!(v, Value::None) {
                    pairs.push((vm.intern(field), v));
                }
            }
        }
        if !pairs.is_empty() {
            let nd = vm.new_dict();
            for (k, v) in pairs {
                vm.dict_set_item(nd, k, v)?;
            }
            items.push(nd);
        }
    }
    Ok(vm.new_tuple(items))
}

/// An OSError's reduce arguments (CPython's `OSError_reduce`): its two arguments with
/// the file name(s) appended when it has one. Takes and returns an owned tuple.
fn oserror_reduce_args(vm: &mut Vm, me: Value, a: Value) -> PyResult<Value> {
    let items = vm.seq_items(a).unwrap_or_default();
    // The members themselves (CPython reads its struct, not the attributes).
    let f1 = vm.exc_field(me, 2);
    if items.len() != 2 || matches!(f1, Value::None) {
        return Ok(a);
    }
    let f2 = vm.exc_field(me, 3);
    vm.incref(f1);
    vm.incref(f2);
    let mut out = items.clone();
    for &v in &out {
        vm.incref(v);
    }
    out.push(f1);
    if matches!(f2, Value::None) {
        vm.decref(f2);
    } else {
        out.push(Value::None);
        out.push(f2);
    }
    vm.decref(a);
    Ok(vm.new_tuple(out))
}

/// `exc.__setstate__(state)` (CPython's `BaseException_setstate`): each item of the
/// dict `state` becomes an attribute; None changes nothing.
fn exc_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "__setstate__", args, 2, 2)?;
    let (me, state) = (args[0], args[1]);
    if matches!(state, Value::None) {
        return Ok(Value::None);
    }
    let pairs: Vec<(Value, Value)> = match state {
        Value::Obj(r) => match vm.heap.get(r) {
            crate::runtime::object::Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    if !vm.is_instance(state, vm.types.dict) {
        return Err(vm.type_error("state is not a dictionary"));
    }
    for &(k, v) in &pairs {
        vm.incref(k);
        vm.incref(v);
    }
    let mut r = Ok(Value::None);
    for &(k, v) in &pairs {
        if r.is_ok() {
            r = vm.set_attr(me, k, Some(v)).map(|_| Value::None);
        }
    }
    for (k, v) in pairs {
        vm.decref(k);
        vm.decref(v);
    }
    r
}

/// `exc.with_traceback(tb)`: sets `__traceback__` and returns the exception.
fn exc_with_tb(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "with_traceback", args, 2, 2)?;
    vm.set_exc_traceback(args[0], args[1])?;
    vm.incref(args[0]);
    Ok(args[0])
}

impl Vm {
    /// Setting or deleting the exception state's attributes (CPython's
    /// `BaseException_getset`): `__traceback__`, `__cause__`, `__context__`,
    /// `__suppress_context__`. None when `obj` is not an exception or `name` is
    /// another attribute.
    pub fn exc_setattr(
        &mut self,
        obj: Value,
        name: Value,
        v: Option<Value>,
    ) -> Option<PyResult<()>> {
        self.exc_state(obj)?;
        let n = self.as_str(name)?;
        let which = match n {
            "__traceback__" => 0,
            "__cause__" => 1,
            "__context__" => 2,
            "__suppress_context__" => 3,
            "characters_written" if self.exc_matches(obj, "OSError") => {
                return Some(self.set_characters_written(obj, v));
            }
            _ => return None,
        };
        let Some(v) = v else {
            let msg = match which {
                0 => "__traceback__ may not be deleted",
                1 => "__cause__ may not be deleted",
                2 => "__context__ may not be deleted",
                _ => "can't delete attribute",
            };
            return Some(Err(self.type_error(msg)));
        };
        Some(match which {
            0 => self.set_exc_traceback(obj, v),
            3 => {
                let b = self.truthy(v);
                b.map(|b| {
                    if let Some(s) = self.exc_state_mut(obj) {
                        s.suppress_context = b;
                    }
                })
            }
            _ => {
                if !matches!(v, Value::None) && !self.is_instance(v, self.types.base_exception) {
                    let msg = if which == 1 {
                        "exception cause must be None or derive from BaseException"
                    } else {
                        "exception context must be None or derive from BaseException"
                    };
                    return Some(Err(self.type_error(msg)));
                }
                self.incref(v);
                let old = match self.exc_state_mut(obj) {
                    Some(s) if which == 1 => {
                        // Setting a cause also suppresses the context (PEP 415).
                        s.suppress_context = true;
                        std::mem::replace(&mut s.cause, v)
                    }
                    Some(s) => std::mem::replace(&mut s.context, v),
                    None => v,
                };
                self.decref(old);
                Ok(())
            }
        })
    }
}

impl Vm {
    /// `OSError.characters_written = v` / `del` (CPython's
    /// `OSError_written_set`): an integer; deleting an unset one is an error.
    fn set_characters_written(&mut self, obj: Value, v: Option<Value>) -> PyResult<()> {
        use super::oserror::WRITTEN;
        let new = match v {
            None => {
                if self
                    .exc_state(obj)
                    .and_then(|s| s.fields.get(WRITTEN))
                    .is_none_or(|v| v.is_undef())
                {
                    return Err(self.attr_error("characters_written"));
                }
                Value::Undef
            }
            Some(v) => match self.as_i64(v) {
                Some(n) => self.int(n),
                None => {
                    let tn = self.type_name(v);
                    return Err(self
                        .type_error(format!("'{tn}' object cannot be interpreted as an integer")));
                }
            },
        };
        let old = self.set_exc_field(obj, WRITTEN, new);
        if !old.is_undef() {
            self.decref(old);
        }
        Ok(())
    }

    /// Before `e` gets `cur` as its `__context__`: when `e` already sits in `cur`'s
    /// context chain (`raise a` re-raising an earlier exception), the link to it is
    /// cut there, so that the chain gains no cycle (CPython's `_PyErr_SetObject`). A
    /// cycle already in the chain ends the walk (a second cursor at half speed).
    pub fn cut_context_cycle(&mut self, cur: Value, e: Value) {
        let context_of = |vm: &Vm, x: Value| {
            vm.exc_state(x)
                .map(|s| s.context)
                .filter(|c| !matches!(c, Value::None))
        };
        let (mut o, mut slow) = (cur, cur);
        let mut toggle = false;
        while let Some(c) = context_of(self, o) {
            if c.is(e) {
                if let Some(s) = self.exc_state_mut(o) {
                    s.context = Value::None;
                }
                self.decref(c);
                return;
            }
            o = c;
            if o.is(slow) {
                return;
            }
            if toggle {
                slow = context_of(self, slow).unwrap_or(Value::None);
            }
            toggle = !toggle;
        }
    }
}
