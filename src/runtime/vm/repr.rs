//! `repr()`, `str()`, `format()` and f-string formatting of values
//! (CPython's `PyObject_Repr`/`PyObject_Str`/`PyObject_Format`), with recursion guards
//! for self-containing containers (`[...]`) and deep nesting (RecursionError).

use super::{PyErr, PyResult, Vm};
use crate::runtime::object::Obj;
use crate::text;
use crate::text::format_spec::{self, FormatSpec};
use crate::value::Value;
use std::borrow::Cow;

/// A format spec given as text or as a str value.
#[derive(Clone, Copy)]
enum SpecArg<'a> {
    Text(&'a str),
    Value(Value),
}

impl Vm {
    fn text_err(&mut self, msg: String) -> PyErr {
        match text::error_kind(&msg) {
            text::ErrorKind::TypeError => self.type_error(msg),
            text::ErrorKind::OverflowError => self.overflow_error(msg),
            text::ErrorKind::ValueError => self.value_error(msg),
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        Ok(match v {
            Value::None | Value::Undef => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => text::int_text::i64_to_string(self.heap.int_of(i)),
            Value::Float(f) => text::float_repr::float_repr(self.heap.float_of(f)),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Obj(r) => {
                self.enter_native(" while getting the repr of an object")?;
                let res = self.repr_obj(v, r);
                self.leave_native();
                return res;
            }
        })
    }

    fn repr_obj(&mut self, v: Value, r: crate::value::ObjRef) -> PyResult<String> {
        Ok(match self.heap.get(r) {
            Obj::Str(s) => text::str_methods::str_repr_flagged(s.as_str(), s.is_flagged()),
            Obj::Bytes(b) => crate::text::bytes_repr(b),
            Obj::ByteArray(b) => format!("bytearray({})", crate::text::bytearray_repr(&b.data)),
            Obj::Array(_) => return self.array_repr(v, r),
            Obj::BigInt(_) => return self.bigint_repr(r),
            Obj::Complex(z) => text::complex_text::complex_repr(z.re, z.im),
            Obj::List(_) => self.list_repr(v, r)?,
            Obj::Tuple(_) => self.tuple_repr(v, r)?,
            Obj::Dict(_) => return self.dict_repr(r),
            Obj::Set(_) | Obj::FrozenSet(_) => return self.set_repr(r),
            Obj::BigRange(br) => br.repr(),
            Obj::Range { start, stop, step } => {
                crate::runtime::types::range::repr(*start, *stop, *step)
            }
            Obj::Slice { .. } => self.slice_repr(r)?,
            Obj::Function(f) => self.function_repr(v, f),
            Obj::Builtin(b) => self.builtin_repr(b),
            Obj::BoundMethod { func, self_ } => self.bound_method_repr(*func, *self_)?,
            Obj::Class(_) => self.class_repr(r)?,
            Obj::Instance(_) => self.instance_repr(v, r)?,
            Obj::Cell(c) => self.cell_repr(v, *c),
            Obj::Module(_) => self.module_repr(v)?,
            Obj::Generator(g) => self.generator_repr(v, g),
            Obj::WeakRef(_) => return self.weakref_repr(v, r),
            Obj::Member(_) => self.member_repr(r),
            Obj::DictView { kind, .. } => return self.dict_view_repr(r, *kind),
            // CPython 3.10+'s `sm_repr`/`cm_repr`: `<staticmethod(repr of callable)>`.
            Obj::StaticMethod(f, ..) => {
                let f = *f;
                format!("<staticmethod({})>", self.repr(f)?)
            }
            Obj::ClassMethod(f, ..) if self.builtin_classmethod(*f).is_none() => {
                let f = *f;
                format!("<classmethod({})>", self.repr(f)?)
            }
            Obj::Property(_) | Obj::ClassMethod(..) | Obj::Super { .. } => {
                self.descriptor_repr(v, r)
            }
            Obj::Code(c) => format!(
                "<code object {} at {}, file \"{}\", line {}>",
                c.name,
                self.addr(v),
                c.filename,
                c.first_line
            ),
            Obj::Iter(_) => return self.iter_repr(v),
            Obj::MemoryView(m) => {
                let rel = if m.released { "released " } else { "" };
                format!("<{}memory at {}>", rel, self.addr(v))
            }
            Obj::ManagedBuffer(_) => format!("<managedbuffer object at {}>", self.addr(v)),
            Obj::Frame(_) => self.frame_repr(v, r),
            Obj::Traceback(_) => format!("<traceback object at {}>", self.addr(v)),
            Obj::MappingProxy(_) => self.mappingproxy_repr(r)?,
            Obj::Deque(_) => self.deque_repr(v)?,
            Obj::OpCaller(_) => self.opcaller_repr(r)?,
            Obj::Free => "<freed object>".into(),
        })
    }

    /// `Py_ReprEnter`: true if `r` is already being repr'd (self-containing).
    pub(crate) fn repr_guard_enter(&mut self, r: crate::value::ObjRef) -> bool {
        if self.repr_stack.contains(&r) {
            return true;
        }
        self.heap
            .note_first_use(crate::runtime::heap::Heap::FIRST_REPR);
        self.repr_stack.push(r);
        false
    }

    pub(crate) fn repr_guard_exit(&mut self, r: crate::value::ObjRef) {
        if let Some(p) = self.repr_stack.iter().rposition(|&x| x == r) {
            self.repr_stack.remove(p);
        }
    }

    /// A CPython-looking address for `id()`-style output.
    pub fn addr(&self, v: Value) -> String {
        format!("0x{:x}", self.id_of(v))
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: Value) -> PyResult<String> {
        if let Value::Obj(r) = v {
            if !matches!(self.heap.get(r), Obj::Str(_)) {
                // CPython's PyObject_Str guard.
                self.enter_native(" while getting the str of an object")?;
                let res = self.str_unguarded(v);
                self.leave_native();
                return res;
            }
        }
        self.str_unguarded(v)
    }

    fn str_unguarded(&mut self, v: Value) -> PyResult<String> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Ok(s.as_str().to_string()),
                Obj::Instance(_) => self.instance_str(v, r),
                Obj::MappingProxy(_) => self.mappingproxy_str(r),
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `str(v)` as a new str value (`PyObject_Str`): an exact str is returned as is,
    /// a small int is converted without going through `core::fmt`.
    pub fn str_value(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => {
                let i = self.heap.int_of(i);
                Ok(self.small_int_str(i))
            }
            _ if self.is_str(v) => {
                self.incref(v);
                Ok(v)
            }
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)) => {
                if let Some(s) = self.user_str_value(v)? {
                    return Ok(s);
                }
                let s = self.to_str(v)?;
                Ok(self.new_str(s))
            }
            _ => {
                let s = self.to_str(v)?;
                Ok(self.new_str(s))
            }
        }
    }

    /// `str(v)` for an instance whose class defines `__str__` in Python: what it
    /// returned, kept as it is (CPython's `PyObject_Str` only checks the result is
    /// a str, so an instance of a str subclass stays one); with `object.__str__`,
    /// the repr kept the same way. None when the class's `__str__` is another
    /// builtin one (`str.__str__`, `BaseException.__str__`, `int.__repr__`...).
    fn user_str_value(&mut self, v: Value) -> PyResult<Option<Value>> {
        let Some(m) = self.lookup_type_attr(v, "__str__") else {
            return Ok(None);
        };
        if matches!(m, Value::Obj(mr) if matches!(self.heap.get(mr), Obj::Builtin(_))) {
            let is_object_str = self.is_object_slot(m, "__str__");
            self.decref(m);
            // An exception's str is its own (`BaseException.__str__`, which mempy
            // answers without a class attribute), never the repr.
            let is_exc = matches!(v, Value::Obj(r)
                if matches!(self.heap.get(r), Obj::Instance(i) if i.exc().is_some()));
            if is_object_str && !is_exc {
                return self.repr_value(v).map(Some);
            }
            return Ok(None);
        }
        self.call_text_slot(m, v, "str").map(Some)
    }

    /// Calls `m` (owned), a class's own `__str__` or `__repr__` (`slot` is "str" or
    /// "repr"), on `v`, as CPython's `PyObject_Str`/`PyObject_Repr` do: a native
    /// re-entry, and a result that must be a str (the exact TypeError otherwise).
    pub(crate) fn call_text_slot(&mut self, m: Value, v: Value, slot: &str) -> PyResult<Value> {
        let what = format!(" while getting the {slot} of an object");
        if let Err(e) = self.enter_native(&what) {
            self.decref(m);
            return Err(e);
        }
        let res = self.call_value(m, &[v], &[]);
        self.leave_native();
        self.decref(m);
        let s = res?;
        if self.as_str(s).is_none() {
            let tn = self.type_name(s);
            self.decref(s);
            return Err(self.type_error(format!("__{slot}__ returned non-string (type {tn})")));
        }
        Ok(s)
    }

    /// Whether `m` (borrowed) is `object`'s own `name` (a class that did not override
    /// it inherits exactly that object).
    fn is_object_slot(&mut self, m: Value, name: &str) -> bool {
        let o = self.types.object;
        match self.class_lookup(o, name) {
            Some(om) => {
                let same = om.is(m);
                self.decref(om);
                same
            }
            None => false,
        }
    }

    /// The type name used in format-spec error messages, without allocating for the
    /// builtin types that reach the builtin formatters.
    fn format_type_name(&self, v: Value) -> Cow<'static, str> {
        match v {
            Value::Int(_) => Cow::Borrowed("int"),
            Value::Float(_) => Cow::Borrowed("float"),
            Value::Bool(_) => Cow::Borrowed("bool"),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(_) => Cow::Borrowed("str"),
                Obj::BigInt(_) => Cow::Borrowed("int"),
                Obj::Complex(_) => Cow::Borrowed("complex"),
                _ => Cow::Owned(self.type_name(v)),
            },
            _ => Cow::Owned(self.type_name(v)),
        }
    }

    /// `format(v, spec)`.
    pub fn format_spec(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let Value::Obj(r) = v {
            if let Obj::Instance(i) = self.heap.get(r) {
                if i.payload().is_some() && !spec.is_empty() {
                    if let Some(p) = self.payload_for(v, "__format__") {
                        return self.format_spec(p, spec);
                    }
                }
                return self.format_instance(v, SpecArg::Text(spec));
            }
        }
        if spec.is_empty() {
            return self.to_str(v);
        }
        let tn = self.format_type_name(v);
        let parsed = match format_spec::parse_format_spec_for(spec, &tn) {
            Ok(p) => p,
            Err(e) => return Err(self.text_err(e)),
        };
        self.format_builtin(v, &parsed, &tn)
    }

    /// `format(v, spec)` (`PyObject_Format`) with the spec as a str value (or None
    /// for no spec), returning a new str value. Unlike [`Vm::format_spec`] it needs
    /// no copy of the spec text, and an exact str with an empty spec is returned
    /// itself, as in CPython.
    pub fn format_obj(&mut self, v: Value, spec: Value) -> PyResult<Value> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::Instance(i) => {
                    if i.payload().is_some() && self.as_str(spec).is_some_and(|s| !s.is_empty()) {
                        if let Some(p) = self.payload_for(v, "__format__") {
                            return self.format_obj(p, spec);
                        }
                    }
                    if self.as_str(spec).is_none_or(str::is_empty) && self.empty_format_is_str(v) {
                        // object.__format__(self, '') is str(self), kept as it is.
                        return self.c_call(|vm| vm.str_value(v));
                    }
                    let s = self.format_instance(v, SpecArg::Value(spec))?;
                    return Ok(self.new_str(s));
                }
                Obj::Str(_) if self.as_str(spec).is_none_or(str::is_empty) => {
                    self.incref(v);
                    return Ok(v);
                }
                _ => {}
            }
        }
        let tn = self.format_type_name(v);
        let exact_str = self.is_str(v);
        let parsed = match self.as_str(spec) {
            None | Some("") => return self.str_value(v),
            Some(spec) => format_spec::parse_format_spec_for(spec, &tn),
        };
        let parsed = match parsed {
            Ok(p) => p,
            Err(e) => return Err(self.text_err(e)),
        };
        let s = self.format_builtin(v, &parsed, &tn)?;
        // A spec that leaves an exact str as it is (no width beyond its length, no
        // precision below it) gives back the str itself: CPython's
        // `format_string_internal` writes it whole into the empty result, which is
        // then that str (`format(s, '5s') is s` for a 5-character s).
        if exact_str && self.as_str(v) == Some(s.as_str()) {
            self.incref(v);
            return Ok(v);
        }
        // `format(0xd800, 'c')` makes a surrogate too.
        let flagged = self.str_is_flagged(v)
            || self.str_is_flagged(spec)
            || (parsed.ty == Some('c') && crate::text::surrogates::has_stand_in(&s));
        Ok(self.new_str_derived(s, flagged))
    }

    /// Whether `type(v).__format__(v, '')` is `str(v)`: the class's `__format__` is
    /// `object.__format__` or the builtin one of int, float, str or complex.
    fn empty_format_is_str(&mut self, v: Value) -> bool {
        let Some(m) = self.lookup_type_attr(v, "__format__") else {
            return false;
        };
        let builtin_format = matches!(m, Value::Obj(mr)
            if matches!(self.heap.get(mr), Obj::Builtin(b)
                if crate::runtime::types::class::subclass_slots::is_builtin_format(b.f)));
        if builtin_format {
            self.decref(m);
            return true;
        }
        let same = self.is_object_slot(m, "__format__");
        self.decref(m);
        same
    }

    /// `type(v).__format__(v, spec)` for an instance of a user class.
    fn format_instance(&mut self, v: Value, spec: SpecArg) -> PyResult<String> {
        let spec_empty = match spec {
            SpecArg::Text(t) => t.is_empty(),
            SpecArg::Value(sv) => self.as_str(sv).is_none_or(str::is_empty),
        };
        if let Some(m) = self.lookup_type_attr(v, "__format__") {
            // Only `object.__format__` is the default; another builtin one put on the
            // class (`__format__ = int.__format__`, as IntEnum does) is called.
            let mut is_default =
                matches!(m, Value::Obj(mr) if matches!(self.heap.get(mr), Obj::Builtin(_)));
            if is_default {
                let o = self.types.object;
                if let Some(om) = self.class_lookup(o, "__format__") {
                    is_default = om.is(m);
                    self.decref(om);
                }
            }
            // int/float/str/complex `__format__` with an empty spec is `str(self)`,
            // so a subclass's `__str__` decides.
            let builtin_format = matches!(m, Value::Obj(mr)
                if matches!(self.heap.get(mr), Obj::Builtin(b)
                    if crate::runtime::types::class::subclass_slots::is_builtin_format(b.f)));
            if builtin_format && spec_empty {
                self.decref(m);
                return self.c_call(|vm| vm.to_str(v));
            }
            if !is_default {
                let sv = match spec {
                    SpecArg::Text(t) => self.new_str(t),
                    SpecArg::Value(sv) if self.is_str(sv) => {
                        self.incref(sv);
                        sv
                    }
                    SpecArg::Value(_) => self.new_str(""),
                };
                let res = self.call_value(m, &[v, sv], &[]);
                self.decref(m);
                self.decref(sv);
                let s = res?;
                let Some(out) = self.as_str(s).map(str::to_string) else {
                    let tn = self.type_name(s);
                    self.decref(s);
                    return Err(self.type_error(format!("__format__ must return a str, not {tn}")));
                };
                self.decref(s);
                return Ok(out);
            }
            self.decref(m);
        }
        if spec_empty {
            // object.__format__ is a METH_O method: its call is one level.
            return self.c_call(|vm| vm.to_str(v));
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!(
            "unsupported format string passed to {}.__format__",
            tn
        )))
    }

    /// The builtin `__format__` of int, float and str with a parsed, non-empty spec.
    fn format_builtin(&mut self, v: Value, parsed: &FormatSpec, tn: &str) -> PyResult<String> {
        // The width is the program's to choose: f'{x:>1000000000000}'.
        self.ensure_alloc(parsed.width.unwrap_or(0).max(parsed.precision.unwrap_or(0)))?;
        let r = match v {
            Value::Float(f) => format_spec::format_float(self.heap.float_of(f), parsed),
            Value::Int(i) => format_spec::format_i64_named(self.heap.int_of(i), parsed, tn),
            _ => {
                if let Some(z) = self.complex_of(v) {
                    format_spec::format_complex(z.re, z.im, parsed)
                } else if let Some(b) = self.as_bigint(v) {
                    if matches!(parsed.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
                        let f = self.to_f64(v)?;
                        format_spec::format_float(f, parsed)
                    } else {
                        if matches!(parsed.ty, None | Some('d') | Some('n')) {
                            self.check_bigint_decimal(&b)?;
                        }
                        format_spec::format_int_named(&b, parsed, tn)
                    }
                } else if let Some(s) = self.as_str(v) {
                    format_spec::format_str_named(s, parsed, tn)
                } else {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        tn
                    )));
                }
            }
        };
        r.map_err(|e| self.text_err(e))
    }

    /// FormatValue: conversion (1 str, 2 repr, 3 ascii) then format with `spec`
    /// (a str value, or None when the field has no spec).
    pub fn format_value(&mut self, v: Value, conv: u32, spec: Value) -> PyResult<Value> {
        let t = match conv {
            1 => self.str_value(v)?,
            // `PyObject_Repr`: what `__repr__` answered, as it is (an int's
            // text is a new str).
            2 => self.repr_value(v)?,
            3 => {
                let s = self.repr(v)?;
                self.new_str(ascii_of_repr(&s))
            }
            _ => return self.format_obj(v, spec),
        };
        if self.as_str(spec).is_none_or(str::is_empty) {
            return Ok(t);
        }
        let r = self.format_obj(t, spec);
        self.decref(t);
        r
    }

    /// `PRINT_EXPR` (the REPL's and `compile(..., 'single')`'s echo): calls
    /// `sys.displayhook(v)`, whatever the program put there; a program that
    /// deleted it gets CPython's "lost sys.displayhook". Before `sys` exists the
    /// default hook runs directly.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        let hook = match crate::runtime::modules::sys::sys_attr(self, "displayhook") {
            None => return self.display_default(v),
            Some(None) => return Err(self.err("RuntimeError", "lost sys.displayhook")),
            Some(Some(h)) => h,
        };
        self.incref(hook);
        let r = self.call_value(hook, &[v], &[]);
        self.decref(hook);
        let x = r?;
        self.decref(x);
        Ok(())
    }

    /// `sys.__displayhook__(v)` (CPython's `sys_displayhook`): nothing for None;
    /// otherwise `builtins._` is set to None, `repr(v)` and then a newline are
    /// written to `sys.stdout` (two writes; "lost sys.stdout" when it is None or
    /// gone), and `builtins._` is bound to `v`.
    pub fn display_default(&mut self, v: Value) -> PyResult<()> {
        if matches!(v, Value::None) {
            return Ok(());
        }
        let k = self.intern("_");
        let b = Value::Obj(self.builtins);
        self.dict_set_item(b, k, Value::None)?;
        let out = match crate::runtime::modules::sys::sys_attr(self, "stdout") {
            Some(Some(Value::None)) | Some(None) => {
                return Err(self.err("RuntimeError", "lost sys.stdout"))
            }
            Some(Some(f)) if !crate::runtime::types::file::methods::is_std_stdout(self, f) => {
                Some(f)
            }
            _ => None,
        };
        match out {
            Some(f) => {
                self.incref(f);
                let r = self.display_write(f, v);
                self.decref(f);
                r?;
            }
            None => {
                let s = self.repr(v)?;
                self.write_out(&s);
                self.write_out("\n");
            }
        }
        self.dict_set_item(b, k, v)?;
        Ok(())
    }

    /// `PyFile_WriteObject(v, f, 0)` then `PyFile_WriteString("\n", f)`.
    fn display_write(&mut self, f: Value, v: Value) -> PyResult<()> {
        for part in [None, Some("\n")] {
            let w = self.get_attr(f, "write")?;
            let text = match part {
                None => self.repr(v).map(|s| self.new_str(s)),
                Some(nl) => Ok(self.new_str(nl)),
            };
            let text = match text {
                Ok(t) => t,
                Err(e) => {
                    self.decref(w);
                    return Err(e);
                }
            };
            let r = self.call_value(w, &[text], &[]);
            self.decref(w);
            self.decref(text);
            let x = r?;
            self.decref(x);
        }
        Ok(())
    }
}

/// `ascii()` from a repr: escapes every non-ASCII character.
pub fn ascii_of_repr(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let u = c as u32;
        if u < 128 {
            out.push(c);
        } else if u < 256 {
            out.push_str(&format!("\\x{:02x}", u));
        } else if u < 65536 {
            out.push_str(&format!("\\u{:04x}", u));
        } else {
            out.push_str(&format!("\\U{:08x}", u));
        }
    }
    out
}
