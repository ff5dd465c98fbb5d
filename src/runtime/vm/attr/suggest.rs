//! The AttributeError for a missing attribute and CPython's "Did you mean" hints
//! (`traceback._compute_suggestion_error`, Levenshtein distance with its costs), also
//! used for NameError.

use crate::runtime::object::Obj;
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

    /// Closest candidate name for `Did you mean` (CPython 3.11's
    /// `calculate_suggestions`, Python/suggestions.c): none from 750 candidates or
    /// more; otherwise the first candidate, in the order given, at the smallest edit
    /// distance, when that distance changes at most a third of the characters.
    pub fn suggest_from(&self, candidates: &[String], name: &str) -> Option<String> {
        if candidates.len() >= MAX_CANDIDATE_ITEMS {
            return None;
        }
        let mut best: Option<(usize, &String)> = None;
        for c in candidates {
            if c == name {
                continue;
            }
            // No more than 1/3 of the involved characters should need changing, and
            // a match no better than the one found is not looked at further.
            let mut max = (name.len() + c.len() + 3) * MOVE_COST / 6;
            if let Some((d, _)) = best {
                max = max.min(d.saturating_sub(1));
            }
            let d = levenshtein_distance(name.as_bytes(), c.as_bytes(), max);
            if d > max {
                continue;
            }
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, c));
            }
        }
        best.map(|(_, c)| c.clone())
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

    /// The "Did you mean" hint for an AttributeError (CPython 3.11's
    /// `offer_suggestions_for_attribute_error`): the candidates are `dir(obj)`, in its
    /// sorted order; no hint when dir() fails or lists a non-str.
    fn suggest_attr(&mut self, obj: Value, name: &str) -> Option<String> {
        let list = match crate::runtime::builtins::namespace::dir(self, &[obj], &[]) {
            Ok(l) => l,
            Err(e) => {
                self.decref(e.0);
                return None;
            }
        };
        let items = match list {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::List(l) => l.items.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let names: Option<Vec<String>> = items
            .iter()
            .map(|&v| match v {
                Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_)) => {
                    self.as_str(v).map(str::to_string)
                }
                _ => None,
            })
            .collect();
        self.decref(list);
        self.suggest_from(&names?, name)
    }
}

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The cost of replacing byte `a` by `b`: 0 when equal, 1 for an ASCII case change,
/// 2 otherwise (CPython's `substitution_cost`).
fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of the UTF-8 bytes `a` and `b` (CPython's `levenshtein_distance`):
/// common prefixes and suffixes are trimmed first; anything over `max_cost`, or a
/// trimmed string longer than 40 bytes, gives `max_cost + 1`.
fn levenshtein_distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    // The shorter string indexes the one row kept.
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ch) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ch);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}
