//! The extra members of `NameError` (`name`), `AttributeError` (`name`, `obj`) and
//! `ImportError` (`msg`, `name`, `path`): CPython's `PyNameErrorObject`,
//! `PyAttributeErrorObject` and `PyImportErrorObject` with their `T_OBJECT` member
//! descriptors and keyword-only constructor arguments (`NameError_init`,
//! `AttributeError_init`, `ImportError_init`, `ImportError_str`,
//! Objects/exceptions.c). Also BaseException's refusal of keywords
//! (`_PyArg_NoKeywords` in `BaseException_init`).
//!
//! The values live in `ExcState::fields`, indexed by the descriptors, and read None
//! while unset, as CPython's NULL members do.

use crate::runtime::builtins::add_methods;
use crate::runtime::object::{MemberObj, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::types::member::MemberKind;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// `ImportError`'s members, in field order.
const IMPORT_FIELDS: [&str; 3] = ["msg", "name", "path"];
/// `AttributeError`'s members, in field order.
const ATTR_FIELDS: [&str; 2] = ["name", "obj"];
/// `NameError`'s member.
const NAME_FIELDS: [&str; 1] = ["name"];

/// The field index of `name` (0) in NameError and AttributeError.
pub const NAME: usize = 0;
/// The field index of `obj` in AttributeError.
pub const OBJ: usize = 1;

/// `StopIteration.value` and `SystemExit.code`: each class's one member (field 0).
const VALUE: usize = 0;

/// Registers the member descriptors and the `__init__`s that take the keywords.
pub fn install(vm: &mut Vm) {
    for (cls, field) in [("StopIteration", "value"), ("SystemExit", "code")] {
        let c = vm.exc_type(cls);
        add_methods(vm, c, &[("__init__", value_member_init)]);
        add_member(vm, c, field, VALUE as u32);
    }
    for (cls, fields, init) in [
        ("NameError", &NAME_FIELDS[..], name_error_init as _),
        (
            "AttributeError",
            &ATTR_FIELDS[..],
            attribute_error_init as _,
        ),
        ("ImportError", &IMPORT_FIELDS[..], import_error_init as _),
    ] {
        let c = vm.exc_type(cls);
        add_methods(vm, c, &[("__init__", init)]);
        for (ix, f) in fields.iter().enumerate() {
            add_member(vm, c, f, ix as u32);
        }
    }
}

pub(super) fn add_member(vm: &mut Vm, cls: ObjRef, field: &str, index: u32) {
    add_descriptor(vm, cls, field, index, MemberKind::ExcField);
}

/// A member or getset descriptor of kind `kind` named `field` in `cls`'s namespace.
pub(super) fn add_descriptor(vm: &mut Vm, cls: ObjRef, field: &str, index: u32, kind: MemberKind) {
    let d = match vm.heap.get(cls) {
        Obj::Class(c) => c.dict,
        _ => return,
    };
    let name = vm.intern(field);
    let Value::Obj(nr) = name else { return };
    vm.heap.incref_obj(nr);
    vm.heap.incref_obj(cls);
    let m = vm.heap.new_value(Obj::Member(MemberObj {
        name: nr,
        objclass: cls,
        index,
        kind,
    }));
    let _ = vm.dict_set_item(Value::Obj(d), name, m);
    vm.decref(m);
}

/// Which of the three classes `exc` belongs to: its name as CPython's argument
/// parser spells it, its keyword names with their field indexes.
fn keyword_spec(vm: &Vm, exc: Value) -> Option<(&'static str, &'static [(&'static str, usize)])> {
    const IMPORT: [(&str, usize); 2] = [("name", 1), ("path", 2)];
    const ATTR: [(&str, usize); 2] = [("name", NAME), ("obj", OBJ)];
    const NAME_KW: [(&str, usize); 1] = [("name", NAME)];
    if vm.exc_matches(exc, "ImportError") {
        Some(("ImportError", &IMPORT))
    } else if vm.exc_matches(exc, "AttributeError") {
        Some(("AttributeError", &ATTR))
    } else if vm.exc_matches(exc, "NameError") {
        Some(("NameError", &NAME_KW))
    } else {
        None
    }
}

/// What the constructor does beyond `args` for a new or re-initialised exception
/// `exc` (CPython's `BaseException_init` and the three subclasses' inits): the
/// keyword-only members, `ImportError.msg` from a single argument, and TypeError for
/// keywords any other class gets.
pub fn init_fields(vm: &mut Vm, exc: Value, args: &[Value], kw: KwArgs) -> PyResult<()> {
    let Some((cname, spec)) = keyword_spec(vm, exc) else {
        if kw.is_empty() {
            return Ok(());
        }
        let tn = vm.type_name(exc);
        return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
    };
    if kw.len() > spec.len() {
        // getargs' count check (`|$OO:ImportError`) comes before the names.
        let n = spec.len();
        return Err(vm.type_error(format!(
            "{cname}() takes at most {n} keyword argument{} ({} given)",
            if n == 1 { "" } else { "s" },
            kw.len()
        )));
    }
    let mut vals = [Value::Undef; 3];
    for &(k, v) in kw {
        let key = vm.heap.str(k).to_string();
        match spec.iter().find(|(n, _)| *n == key) {
            Some(&(_, ix)) => vals[ix] = v,
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {cname}()"
                )))
            }
        }
    }
    if cname == "ImportError" && args.len() == 1 {
        vals[0] = args[0];
    }
    let n = if cname == "ImportError" {
        3
    } else {
        spec.len()
    };
    for (ix, &v) in vals.iter().enumerate().take(n) {
        if !v.is_undef() {
            vm.incref(v);
        }
        let old = vm.set_exc_field(exc, ix, v);
        if !old.is_undef() {
            vm.decref(old);
        }
    }
    Ok(())
}

pub(super) fn reinit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let me = args[0];
    let rest: Vec<Value> = args[1..].to_vec();
    for &a in &rest {
        vm.incref(a);
    }
    let t = vm.new_tuple(rest);
    match vm.exc_state_mut(me) {
        Some(s) => {
            let old = std::mem::replace(&mut s.args, t);
            vm.decref(old);
        }
        None => vm.decref(t),
    }
    init_fields(vm, me, &args[1..], kw)?;
    Ok(Value::None)
}

/// `StopIteration.__init__` and `SystemExit.__init__` (CPython's
/// `StopIteration_init`, `SystemExit_init`): BaseException's, then the member.
fn value_member_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
    }
    reinit(vm, args, kw)?;
    vm.init_value_member(args[0]);
    Ok(Value::None)
}

fn name_error_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    reinit(vm, args, kw)
}

fn attribute_error_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    reinit(vm, args, kw)
}

fn import_error_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    reinit(vm, args, kw)
}

impl Vm {
    /// Puts `v` (owned; `Undef` empties it) into member `ix` of exception `exc`, and
    /// returns the previous value (`Undef` if unset; the caller's to drop).
    pub fn set_exc_field(&mut self, exc: Value, ix: usize, v: Value) -> Value {
        match self.exc_state_mut(exc) {
            Some(s) => {
                if s.fields.len() <= ix {
                    if v.is_undef() {
                        return Value::Undef;
                    }
                    s.fields.resize(ix + 1, Value::Undef);
                }
                std::mem::replace(&mut s.fields[ix], v)
            }
            None => v,
        }
    }

    /// Sets `StopIteration.value` / `SystemExit.code` of `exc` from its args, as
    /// their `tp_init`s do: StopIteration's is the first argument or None;
    /// SystemExit's the one argument, or the args tuple itself when there are more,
    /// and left as it was when there are none. Nothing for other exceptions.
    pub fn init_value_member(&mut self, exc: Value) {
        let is_exit = if self.exc_matches(exc, "StopIteration") {
            false
        } else if self.exc_matches(exc, "SystemExit") {
            true
        } else {
            return;
        };
        let args = self.exc_args(exc);
        let items = self.seq_items(args).unwrap_or_default();
        let v = match (is_exit, items.len()) {
            (_, 1) => items[0],
            (false, 0) => Value::None,
            (true, 0) => return,
            (false, _) => items[0],
            (true, _) => args,
        };
        self.incref(v);
        let old = self.set_exc_field(exc, VALUE, v);
        if !old.is_undef() {
            self.decref(old);
        }
    }

    /// `StopIteration.value` or `SystemExit.code` of `exc` (owned): the member, None
    /// while unset (CPython's `_PyGen_FetchStopIterationValue` and
    /// `_Py_HandleSystemExit` read it, not the args).
    pub fn value_member(&mut self, exc: Value) -> Value {
        let v = self.exc_field(exc, VALUE);
        self.incref(v);
        v
    }

    /// Member `ix` of exception `exc` (borrowed), None while unset.
    pub fn exc_field(&self, exc: Value, ix: usize) -> Value {
        match self.exc_state(exc).and_then(|s| s.fields.get(ix)) {
            Some(&v) if !v.is_undef() => v,
            _ => Value::None,
        }
    }

    /// A NameError `name '<n>' is not defined` carrying `name` (borrowed), as
    /// CPython's `format_exc_check_arg` makes for LOAD_NAME/LOAD_GLOBAL.
    pub fn name_error(&mut self, name: Value) -> crate::runtime::vm::PyErr {
        let n = self.as_str(name).unwrap_or("").to_string();
        let e = self.err("NameError", format!("name '{n}' is not defined"));
        self.incref(name);
        let old = self.set_exc_field(e.0, NAME, name);
        self.decref(old);
        e
    }

    /// `str()` of an ImportError whose `msg` is a str (CPython's `ImportError_str`);
    /// None otherwise.
    pub(crate) fn import_error_str(&self, exc: Value) -> Option<String> {
        if !self.exc_matches(exc, "ImportError") {
            return None;
        }
        let m = self.exc_field(exc, 0);
        match m {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_)) => {
                self.as_str(m).map(str::to_string)
            }
            _ => None,
        }
    }
}
