//! The AttributeError for a missing attribute and CPython's "Did you mean" hints
//! (`traceback._compute_suggestion_error`, Levenshtein distance with its costs), also
//! used for NameError.

use crate::runtime::object::Obj;
use crate::runtime::types::class::BuiltinType;
use crate::runtime::vm::{PyErr, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// The AttributeError for a missing attribute. As in CPython it carries `name` and
    /// `obj`, and the "Did you mean" hint is worked out only when a traceback is
    /// printed (`attr_suggestion`): `str(e)` has no hint, and code that catches the
    /// error (`hasattr`, `getattr` with a default) pays nothing for it.
    pub fn no_attr(&mut self, obj: Value, name: Value) -> PyErr {
        let e = self.no_attr_unmarked(obj, name);
        self.attach_name_obj(e.0, name, obj);
        e
    }

    /// The same AttributeError without `name` and `obj`, as CPython's setattr and
    /// delattr paths raise it (only attribute reads mark theirs).
    pub fn no_attr_unmarked(&mut self, obj: Value, name: Value) -> PyErr {
        let n = self.as_str(name).unwrap_or("").to_string();
        let msg = match obj {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)) => {
                format!(
                    "type object '{}' has no attribute '{}'",
                    self.class_name(r),
                    n
                )
            }
            _ => format!("'{}' object has no attribute '{}'", self.type_name(obj), n),
        };
        self.attr_error(msg)
    }

    /// An AttributeError that reading `obj.name` let out gets that `name` and `obj`
    /// unless it already carries either (CPython 3.11's
    /// `set_attribute_error_context`), so an error raised by `__getattr__` or a
    /// property still gets its "Did you mean" hint.
    pub(crate) fn mark_attr_error(&mut self, exc: Value, obj: Value, name: Value) {
        use crate::runtime::types::exception::fields::{NAME, OBJ};
        if !self.exc_matches(exc, "AttributeError") {
            return;
        }
        if !matches!(self.exc_field(exc, NAME), Value::None)
            || !matches!(self.exc_field(exc, OBJ), Value::None)
        {
            return;
        }
        self.attach_name_obj(exc, name, obj);
    }

    /// Sets an AttributeError's `name` and `obj` (CPython's `AttributeError.name/obj`).
    pub(crate) fn attach_name_obj(&mut self, exc: Value, name: Value, obj: Value) {
        use crate::runtime::types::exception::fields::{NAME, OBJ};
        for (ix, v) in [(NAME, name), (OBJ, obj)] {
            self.incref(v);
            let old = self.set_exc_field(exc, ix, v);
            self.decref(old);
        }
    }

    /// The "Did you mean" hint for an AttributeError about to be printed, from the
    /// `name` and `obj` it carries (CPython's `traceback._compute_suggestion_error`).
    pub(crate) fn attr_suggestion(&mut self, exc: Value) -> Option<String> {
        let name = self.get_attr(exc, "name").ok()?;
        let obj = match self.get_attr(exc, "obj") {
            Ok(o) => o,
            Err(e) => {
                self.decref(e.0);
                self.decref(name);
                return None;
            }
        };
        let n = self.as_str(name).map(str::to_string);
        let hint = n.and_then(|n| self.suggest_attr(obj, &n));
        self.decref(name);
        self.decref(obj);
        hint
    }

    /// Closest candidate name for `Did you mean` (CPython's Levenshtein-based rule).
    pub fn suggest_from(&self, candidates: &[String], name: &str) -> Option<String> {
        let mut best: Option<(usize, String)> = None;
        for c in candidates {
            if c == name {
                continue;
            }
            // CPython's traceback._compute_suggestion_error: costs of 2 per edit.
            let max = (c.len() + name.len() + 3) * 2 / 6;
            let d = crate::runtime::vm::repr::levenshtein(name, c);
            if d <= max && (best.is_none() || d < best.as_ref().unwrap().0) {
                best = Some((d, c.clone()));
            }
        }
        best.map(|b| b.1)
    }

    fn dict_str_keys(&self, d: ObjRef) -> Vec<String> {
        match self.heap.get(d) {
            Obj::Dict(dict) => dict
                .iter()
                .filter_map(|e| self.as_str(e.key).map(|s| s.to_string()))
                .collect(),
            _ => vec![],
        }
    }

    /// The "Did you mean" hint for a NameError about to be printed (CPython 3.11's
    /// `offer_suggestions_for_name_error`): the `name` it carries looked for among
    /// the local variable names of the innermost traceback entry's frame, then its
    /// globals, then the builtins, each pass on its own.
    pub(crate) fn name_suggestion(&self, exc: Value) -> Option<String> {
        use crate::runtime::types::exception::fields::NAME;
        let name = self.exc_field(exc, NAME);
        let n = match name {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(_) => self.as_str(name)?,
                _ => return None,
            },
            _ => return None,
        };
        let mut tb = self.exc_state(exc)?.traceback;
        let mut frame = None;
        while let Value::Obj(r) = tb {
            match self.heap.get(r) {
                Obj::Traceback(t) => {
                    frame = Some(t.frame);
                    tb = t.next;
                }
                _ => break,
            }
        }
        let Value::Obj(fr) = frame? else { return None };
        let Obj::Frame(f) = self.heap.get(fr) else {
            return None;
        };
        let locals: Vec<String> = f.code.varnames.iter().map(|s| s.to_string()).collect();
        if let Some(s) = self.suggest_from(&locals, n) {
            return Some(s);
        }
        if let Value::Obj(g) = f.globals {
            if let Some(s) = self.suggest_from(&self.dict_str_keys(g), n) {
                return Some(s);
            }
        }
        self.suggest_from(&self.dict_str_keys(self.builtins), n)
    }

    fn suggest_attr(&self, obj: Value, name: &str) -> Option<String> {
        let mut c = Vec::new();
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Instance(i) => {
                    c.extend(
                        i.attrs
                            .iter()
                            .filter_map(|e| self.as_str(e.key).map(|s| s.to_string())),
                    );
                    if let Some(d) = i.dict {
                        c.extend(self.dict_str_keys(d));
                    }
                }
                Obj::Module(m) => c.extend(self.dict_str_keys(m.dict)),
                _ => {}
            }
        }
        let t = match obj {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)) => r,
            _ => self.type_of(obj),
        };
        if let Obj::Class(cl) = self.heap.get(t) {
            c.extend(self.dict_str_keys(cl.dict));
            for &m in &cl.mro {
                if let Obj::Class(mc) = self.heap.get(m) {
                    if mc.kind != BuiltinType::Object {
                        c.extend(self.dict_str_keys(mc.dict));
                    }
                }
            }
        }
        self.suggest_from(&c, name)
    }
}
