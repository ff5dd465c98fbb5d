//! The run-time half of `match` statements (PEP 634): what CPython 3.11's
//! `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS`, `MATCH_CLASS` and `GET_LEN`
//! instructions do (`match_keys`, `match_class`, `match_class_attr` in Python/ceval.c).
//! The compiler (`compiler/pattern.rs`) arranges everything else with ordinary
//! instructions: comparisons, unpacking, subscripts, jumps.

use crate::runtime::object::Obj;
use crate::runtime::types::class::InstanceObj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Bits of CPython's `tp_flags` that a class can carry in its namespace as
/// `__abc_tpflags__` (set by `collections.abc.Sequence` / `Mapping` and the
/// Python-written collections), inherited through the MRO as CPython's flags are.
const TPFLAGS_SEQUENCE: i64 = 1 << 5;
const TPFLAGS_MAPPING: i64 = 1 << 6;

impl Vm {
    /// The class and its MRO, most derived first.
    fn mro_with_self(&self, cls: ObjRef) -> Vec<ObjRef> {
        let mut v = vec![cls];
        if let Obj::Class(c) = self.heap.get(cls) {
            v.extend(c.mro.iter().copied());
        }
        v
    }

    /// Which collection flag `type(v)` has: `Some(true)` a sequence, `Some(false)` a
    /// mapping, None neither (CPython's `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`:
    /// list, tuple, range, deque and dict, their subclasses, and classes deriving from an ABC
    /// or a Python-written type that declares the flag). The nearest class that decides
    /// wins, as a flag copied from the first base does.
    fn collection_kind(&mut self, v: Value) -> Option<bool> {
        let t = self.type_of(v);
        let key = self.intern("__abc_tpflags__");
        let ty = &self.types;
        let (list, tuple, range, dict) = (ty.list, ty.tuple, ty.range, ty.dict);
        let deque = ty.deque;
        for c in self.mro_with_self(t) {
            if c == list || c == tuple || c == range || c == deque {
                return Some(true);
            }
            if c == dict {
                return Some(false);
            }
            let Obj::Class(co) = self.heap.get(c) else {
                continue;
            };
            if let Some(f) = self.dict_get_str(co.dict, key) {
                match self.as_i64(f) {
                    Some(f) if f & TPFLAGS_SEQUENCE != 0 => return Some(true),
                    Some(f) if f & TPFLAGS_MAPPING != 0 => return Some(false),
                    _ => {}
                }
            }
        }
        None
    }

    /// `MATCH_SEQUENCE`: is the subject a sequence for pattern matching? (str, bytes
    /// and bytearray never are.)
    pub fn match_sequence(&mut self, v: Value) -> bool {
        self.collection_kind(v) == Some(true)
    }

    /// `MATCH_MAPPING`: is the subject a mapping for pattern matching?
    pub fn match_mapping(&mut self, v: Value) -> bool {
        self.collection_kind(v) == Some(false)
    }

    /// `MATCH_KEYS`: a new tuple of `map`'s values for `keys` (a tuple), or None when a
    /// key is missing. Values are read with `map.get(key, sentinel)` so that
    /// `__missing__` (defaultdict) never runs; a repeated key is a ValueError.
    pub fn match_keys(&mut self, map: Value, keys: Value) -> PyResult<Value> {
        let keys = self.seq_items(keys).unwrap_or_default();
        if keys.is_empty() {
            return Ok(self.new_tuple(vec![]));
        }
        let get = self.get_attr(map, "get")?;
        let seen = self.heap.new_value(Obj::Set(Box::default()));
        let object = self.types.object;
        // An instance owns a reference to its class.
        self.heap.incref_obj(object);
        let dummy = Value::Obj(self.heap.alloc(Obj::Instance(InstanceObj::new(object))));
        let mut values = Vec::new();
        let mut result = Ok(None);
        for &k in &keys {
            match self.set_contains(seen, k) {
                Ok(true) => {
                    result = match self.repr(k) {
                        Ok(r) => {
                            Err(self
                                .value_error(format!("mapping pattern checks duplicate key ({r})")))
                        }
                        Err(e) => Err(e),
                    };
                    break;
                }
                Ok(false) => {}
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
            if let Err(e) = self.set_add(seen, k) {
                result = Err(e);
                break;
            }
            match self.call_value(get, &[k, dummy], &[]) {
                Ok(v) if v.is(dummy) => {
                    self.decref(v);
                    result = Ok(Some(Value::None));
                    break;
                }
                Ok(v) => values.push(v),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.decref(get);
        self.decref(seen);
        self.decref(dummy);
        match result {
            Ok(Some(none)) => {
                for v in values {
                    self.decref(v);
                }
                Ok(none)
            }
            Ok(None) => Ok(self.new_tuple(values)),
            Err(e) => {
                for v in values {
                    self.decref(v);
                }
                Err(e)
            }
        }
    }

    /// Whether instances of `cls` match a single positional sub-pattern against
    /// themselves (CPython's `_Py_TPFLAGS_MATCH_SELF`: bool, bytearray, bytes, dict,
    /// float, frozenset, int, list, set, str, tuple, and their subclasses).
    fn match_self(&self, cls: ObjRef) -> bool {
        let t = &self.types;
        let selfish = [
            t.bool_,
            t.bytearray,
            t.bytes,
            t.dict,
            t.float,
            t.frozenset,
            t.int,
            t.list,
            t.set,
            t.str_,
            t.tuple,
        ];
        self.mro_with_self(cls).iter().any(|c| selfish.contains(c))
    }

    /// One attribute of a class pattern (`match_class_attr`): a repeated name is a
    /// TypeError, a missing attribute is no match (`Ok(None)`).
    fn match_class_attr(
        &mut self,
        subject: Value,
        cls: ObjRef,
        name: Value,
        seen: Value,
    ) -> PyResult<Option<Value>> {
        if self.set_contains(seen, name)? {
            let r = self.repr(name)?;
            let cn = self.class_name(cls);
            return Err(self.type_error(format!(
                "{cn}() got multiple sub-patterns for attribute {r}"
            )));
        }
        self.set_add(seen, name)?;
        match self.get_attr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(e.0, "AttributeError") => {
                self.decref(e.0);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `MATCH_CLASS`: a new tuple of the `nargs` positional attributes (named by
    /// `cls.__match_args__`, or the subject itself for the builtin types that match
    /// themselves) and the keyword attributes `kwnames` (a tuple of str), or None
    /// when the subject is not an instance or an attribute is missing.
    pub fn match_class(
        &mut self,
        subject: Value,
        cls: Value,
        nargs: usize,
        kwnames: Value,
    ) -> PyResult<Value> {
        let c = match cls {
            Value::Obj(c) if matches!(self.heap.get(c), Obj::Class(_)) => c,
            _ => return Err(self.type_error("called match pattern must be a type")),
        };
        if !crate::runtime::builtins::namespace::class_check(self, subject, cls, false)? {
            return Ok(Value::None);
        }
        let seen = self.heap.new_value(Obj::Set(Box::default()));
        let mut attrs = Vec::new();
        let r = self.match_class_attrs(subject, c, nargs, kwnames, seen, &mut attrs);
        self.decref(seen);
        match r {
            Ok(true) => Ok(self.new_tuple(attrs)),
            other => {
                for v in attrs {
                    self.decref(v);
                }
                other.map(|_| Value::None)
            }
        }
    }

    /// The attribute collection of `match_class`; false when one is missing.
    fn match_class_attrs(
        &mut self,
        subject: Value,
        c: ObjRef,
        nargs: usize,
        kwnames: Value,
        seen: Value,
        attrs: &mut Vec<Value>,
    ) -> PyResult<bool> {
        if nargs > 0 {
            let (names, match_self) = match self.get_attr(Value::Obj(c), "__match_args__") {
                Ok(m) => {
                    let exact_tuple =
                        matches!(m, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_)));
                    if !exact_tuple {
                        let (cn, tn) = (self.class_name(c), self.type_name(m));
                        self.decref(m);
                        return Err(self.type_error(format!(
                            "{cn}.__match_args__ must be a tuple (got {tn})"
                        )));
                    }
                    let names = self.seq_items(m).unwrap_or_default();
                    for &n in &names {
                        self.incref(n);
                    }
                    self.decref(m);
                    (names, false)
                }
                Err(e) if self.exc_matches(e.0, "AttributeError") => {
                    self.decref(e.0);
                    (Vec::new(), self.match_self(c))
                }
                Err(e) => return Err(e),
            };
            let allowed = if match_self { 1 } else { names.len() };
            let r =
                self.match_positional(subject, c, nargs, &names, allowed, match_self, seen, attrs);
            for n in names {
                self.decref(n);
            }
            if !r? {
                return Ok(false);
            }
        }
        let kw = self.seq_items(kwnames).unwrap_or_default();
        for name in kw {
            match self.match_class_attr(subject, c, name, seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    #[allow(clippy::too_many_arguments)]
    fn match_positional(
        &mut self,
        subject: Value,
        c: ObjRef,
        nargs: usize,
        names: &[Value],
        allowed: usize,
        match_self: bool,
        seen: Value,
        attrs: &mut Vec<Value>,
    ) -> PyResult<bool> {
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            let cn = self.class_name(c);
            return Err(self.type_error(format!(
                "{cn}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
            )));
        }
        if match_self {
            self.incref(subject);
            attrs.push(subject);
            return Ok(true);
        }
        for &name in &names[..nargs] {
            if !self.is_str(name) {
                let tn = self.type_name(name);
                return Err(self.type_error(format!(
                    "__match_args__ elements must be strings (got {tn})"
                )));
            }
            match self.match_class_attr(subject, c, name, seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(false),
            }
        }
        Ok(true)
    }
}
