//! `repr()` and `str()` of classes and instances (CPython's `type_repr`,
//! `object_repr` and the `slot_tp_repr`/`slot_tp_str` that call a class's
//! `__repr__`/`__str__`, Objects/typeobject.c). Exceptions print through
//! `types/exception/repr.rs`; a user metaclass's `__repr__` through `metaclass.rs`.

use crate::runtime::object::Obj;
use crate::runtime::types::itertools::Kind;
use crate::runtime::vm::attr::lookup::RECEIVERLESS;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// Whether `m`, a class's `__repr__`, is a builtin `__repr__` (the instance's own
    /// repr applies); any other callable, `object.__str__` put there included, is
    /// called.
    fn is_builtin_repr(&self, m: Value) -> bool {
        // OrderedDict's is called like a Python class's (its instance carries a dict
        // payload whose repr is not the OrderedDict's).
        matches!(m, Value::Obj(mr) if matches!(self.heap.get(mr), Obj::Builtin(b)
            if b.name == "__repr__" && b.objclass != Some(self.types.odict)))
    }

    /// `PyObject_Repr` as an object (owned): what a class's own `__repr__` returned,
    /// kept as it is (an instance of a str subclass stays one), else a new str.
    pub(crate) fn repr_value(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Int(i) = v {
            // An int's repr is a new str, one digit included (CPython's
            // `long_to_decimal_string` does not hand out the shared one-character
            // strings).
            let i = self.heap.int_of(i);
            return Ok(self.small_int_str(i));
        }
        if let Value::Obj(r) = v {
            if matches!(self.heap.get(r), Obj::Instance(_)) {
                if let Some(m) = self.lookup_type_attr(v, "__repr__") {
                    if !self.is_builtin_repr(m) {
                        return self.call_text_slot(m, v, "repr");
                    }
                    self.decref(m);
                }
            }
        }
        let s = self.repr(v)?;
        Ok(self.new_str(s))
    }

    /// `repr(cls)` for the class `r`: its metaclass's `__repr__`, or `<class '...'>`.
    pub(crate) fn class_repr(&mut self, r: ObjRef) -> PyResult<String> {
        Ok(match self.heap.get(r) {
            Obj::Class(c) if c.metaclass.is_some() => match self.meta_repr(r)? {
                Some(s) => s,
                None => self.plain_class_repr(r),
            },
            Obj::Class(c) => {
                if c.is_heap {
                    let q = c.qualname.clone();
                    let m = self.class_module(r);
                    if m == "builtins" || m.is_empty() {
                        format!("<class '{}'>", q)
                    } else {
                        format!("<class '{}.{}'>", m, q)
                    }
                } else {
                    format!("<class '{}'>", c.name)
                }
            }
            _ => String::new(),
        })
    }

    /// `repr(v)` for the instance `v` (`r`): its class's `__repr__`, its builtin
    /// payload's repr, an exception's `Name(args)`, or `<mod.C object at 0x...>`.
    pub(crate) fn instance_repr(&mut self, v: Value, r: ObjRef) -> PyResult<String> {
        let (is_exc, has_payload) = match self.heap.get(r) {
            Obj::Instance(i) => (i.exc().is_some(), i.payload().is_some()),
            _ => (false, false),
        };
        if has_payload && !self.is_odict(v) {
            let payload = self.payload_for(v, "__repr__");
            // An array subclass prints as `Name('i', [...])` (`array_repr`).
            if let Some(ar) = payload.and_then(|p| self.array_ref(p)) {
                return self.array_repr(v, ar);
            }
            // deque names a subclass (`D([1])`) and guards the instance itself.
            if matches!(payload, Some(Value::Obj(pr)) if matches!(self.heap.get(pr), Obj::Deque(_)))
            {
                return self.deque_repr(v);
            }
            let tool = payload.and_then(|p| self.tool_kind(p));
            if let (Some(p), Some(Kind::Count | Kind::Repeat)) = (payload, tool) {
                // `count_repr`/`repeat_repr` name the object's own type: `D(5)`.
                let inner = self.repr(p)?;
                let body = &inner[inner.find('(').unwrap_or(0)..];
                return Ok(format!("{}{}", self.type_name(v), body));
            }
            // The other itertools subclasses print as plain objects (below).
            if let Some(p) = payload.filter(|_| tool.is_none()) {
                // A set subclass met again inside its own repr is `S(...)` (CPython's
                // `set_repr` guards the object itself, whose type it names).
                let is_set = matches!(p, Value::Obj(pr)
                    if matches!(self.heap.get(pr), Obj::Set(_) | Obj::FrozenSet(_)));
                if is_set && self.repr_guard_enter(r) {
                    return Ok(format!("{}(...)", self.type_name(v)));
                }
                let inner = self.repr(p);
                if is_set {
                    self.repr_guard_exit(r);
                }
                let inner = inner?;
                // set and frozenset name a subclass (`S({1})`, `S()`); the
                // other builtins print as their base type does.
                let set_len = match p {
                    Value::Obj(pr) => match self.heap.get(pr) {
                        Obj::Set(s) | Obj::FrozenSet(s) => Some(s.len()),
                        _ => None,
                    },
                    _ => None,
                };
                return Ok(match set_len {
                    Some(0) => format!("{}()", self.type_name(v)),
                    Some(_) => {
                        let body = inner
                            .strip_prefix("frozenset(")
                            .and_then(|b| b.strip_suffix(')'))
                            .unwrap_or(&inner);
                        format!("{}({})", self.type_name(v), body)
                    }
                    // bytearray names a subclass too (`BA(b'..')`).
                    None => match inner.strip_prefix("bytearray(") {
                        Some(body) if self.is_bytearray(p) => {
                            format!("{}({}", self.type_name(v), body)
                        }
                        _ => inner,
                    },
                });
            }
        }
        if let Some(m) = self.lookup_type_attr(v, "__repr__") {
            if !self.is_builtin_repr(m) {
                return self.call_text_method(m, v, "__repr__");
            }
            self.decref(m);
        }
        if is_exc {
            return self.exception_repr(v);
        }
        let cls = self.type_of(v);
        let q = match self.heap.get(cls) {
            Obj::Class(c) => c.qualname.clone(),
            _ => "?".into(),
        };
        let m = self.class_module(cls);
        if m.is_empty() || m == "builtins" {
            return Ok(format!("<{} object at {}>", q, self.addr(v)));
        }
        Ok(format!("<{}.{} object at {}>", m, q, self.addr(v)))
    }

    /// `str(v)` for the instance `v` (`r`): its class's `__str__`, an exception's
    /// message, or its repr.
    pub(crate) fn instance_str(&mut self, v: Value, r: ObjRef) -> PyResult<String> {
        let (is_exc, has_payload) = match self.heap.get(r) {
            Obj::Instance(i) => (i.exc().is_some(), i.payload().is_some()),
            _ => (false, false),
        };
        if has_payload {
            if let Some(p) = self.payload_for(v, "__str__") {
                // Only str has its own `__str__`; the others inherit
                // `object.__str__`, which is `repr(self)`.
                if self.is_str(p) {
                    return self.to_str(p);
                }
                return self.repr(v);
            }
        }
        if let Some(m) = self.lookup_type_attr(v, "__str__") {
            let mut is_default = matches!(m, Value::Obj(mr)
                if matches!(self.heap.get(mr), Obj::Builtin(b) if b.name != RECEIVERLESS));
            if is_default && has_payload {
                // A builtin `__str__` put on a subclass of a builtin type
                // (`__str__ = int.__repr__`, as IntEnum does) is called;
                // only `object.__str__` means "use repr".
                let o = self.types.object;
                if let Some(om) = self.class_lookup(o, "__str__") {
                    is_default = om.is(m);
                    self.decref(om);
                }
            }
            if !is_default {
                return self.call_text_method(m, v, "__str__");
            }
            self.decref(m);
        }
        if is_exc {
            return self.exception_str(v);
        }
        self.repr(v)
    }

    /// Calls `m` (an owned `__repr__`/`__str__`, consumed) on `v`; its result must be a
    /// str (CPython's `PyObject_Repr`/`PyObject_Str` check).
    fn call_text_method(&mut self, m: Value, v: Value, name: &str) -> PyResult<String> {
        let res = self.call_value(m, &[v], &[]);
        self.decref(m);
        let s = res?;
        let Some(out) = self.as_str(s).map(str::to_string) else {
            let tn = self.type_name(s);
            self.decref(s);
            return Err(self.type_error(format!("{name} returned non-string (type {tn})")));
        };
        self.decref(s);
        Ok(out)
    }
}
