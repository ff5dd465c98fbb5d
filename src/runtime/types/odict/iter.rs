//! OrderedDict's iterator (CPython's `odictiterobject`, type `odict_iterator`) and
//! its views (`odict_keys`, `odict_values`, `odict_items`: dict views whose
//! iteration and `reversed` walk the order).
//!
//! As CPython's, the iterator remembers the *next key* (one reference to it), not
//! a position: each step finds that key's node again, so it notices a changed
//! order ("OrderedDict mutated during iteration") or size ("OrderedDict changed
//! size during iteration"), and a deleted next key ends it with a KeyError. An
//! items iterator owns a `(None, None)` tuple from the start, reused for the items
//! while nothing else holds it (`di_result`); CPython 3.11.7 makes that tuple for
//! items iterators only, so a keys or values iterator is one object to `gc`.

use crate::runtime::object::{IterObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// `_odict_ITER_REVERSED`, `_odict_ITER_KEYS`, `_odict_ITER_VALUES`.
pub const ITER_REVERSED: u8 = 1;
pub const ITER_KEYS: u8 = 2;
pub const ITER_VALUES: u8 = 4;

/// `sys.getsizeof` of an `odict_iterator`: GC header, object header, kind, the
/// OrderedDict, size, state, current key, result tuple.
pub const ODICT_ITER_SIZEOF: usize = 80;

impl Vm {
    /// `odictiter_new(od, kind)` (owned).
    pub fn od_iter_new(&mut self, od: Value, kind: u8) -> Value {
        let r = od.as_obj().expect("an OrderedDict");
        let both = ITER_KEYS | ITER_VALUES;
        let result = if kind & both == both {
            self.new_tuple(vec![Value::None, Value::None])
        } else {
            Value::Undef
        };
        let dict_len = match self.payload_of(od).and_then(|d| d.as_obj()) {
            Some(dr) => match self.heap.get(dr) {
                Obj::Dict(d) => d.len(),
                _ => 0,
            },
            None => 0,
        };
        let (current, state) = match self.od_state(r) {
            Some(s) => {
                let n = if kind & ITER_REVERSED != 0 {
                    s.last()
                } else {
                    s.first()
                };
                let cur = if n == super::NIL {
                    Value::Undef
                } else {
                    s.key(n)
                };
                (cur, s.state)
            }
            None => (Value::Undef, 0),
        };
        if !current.is_undef() {
            self.incref(current);
        }
        self.incref(od);
        self.heap.new_value(Obj::Iter(Box::new(IterObj::ODict {
            od,
            current,
            size: dict_len,
            state,
            kind,
            result,
        })))
    }

    /// `odictiter_iternext` for the iterator in slot `it`.
    pub(crate) fn od_iter_next(&mut self, it: ObjRef) -> PyResult<Option<Value>> {
        let (od, current, size, state, kind) = match self.heap.get(it) {
            Obj::Iter(b) => match &**b {
                IterObj::ODict {
                    od,
                    current,
                    size,
                    state,
                    kind,
                    ..
                } => (*od, *current, *size, *state, *kind),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        if od.is_undef() {
            return Ok(None);
        }
        if current.is_undef() {
            self.od_iter_let_go(it, false);
            return Ok(None);
        }
        let r = od.as_obj().expect("an OrderedDict");
        let d = self.payload_of(od).unwrap_or(Value::None);
        let (od_state, od_len) = {
            let st = self.od_state(r).map_or(0, |s| s.state);
            let len = match d {
                Value::Obj(dr) => match self.heap.get(dr) {
                    Obj::Dict(dd) => dd.len(),
                    _ => 0,
                },
                _ => 0,
            };
            (st, len)
        };
        if od_state != state {
            self.od_iter_let_go(it, false);
            return Err(self.err("RuntimeError", "OrderedDict mutated during iteration"));
        }
        if size != od_len {
            // Sticky: every later call says it again.
            if let Obj::Iter(b) = self.heap.get_mut(it) {
                if let IterObj::ODict { size, .. } = &mut **b {
                    *size = usize::MAX;
                }
            }
            return Err(self.err("RuntimeError", "OrderedDict changed size during iteration"));
        }
        let h = self.hash(current)?;
        let node = self.od_find_node(r, d, current, h)?;
        let Some(n) = node else {
            // Deleted meanwhile.
            self.od_iter_let_go(it, true);
            return Err(self.key_error(current));
        };
        let next = match self.od_state(r) {
            Some(s) => {
                let m = s.step(n, kind & ITER_REVERSED != 0);
                if m == super::NIL {
                    Value::Undef
                } else {
                    s.key(m)
                }
            }
            None => Value::Undef,
        };
        if !next.is_undef() {
            self.incref(next);
        }
        // The iterator's reference to `current` passes to the caller.
        let key = current;
        if let Obj::Iter(b) = self.heap.get_mut(it) {
            if let IterObj::ODict { current, .. } = &mut **b {
                *current = next;
            }
        }
        if kind & ITER_VALUES == 0 {
            return Ok(Some(key));
        }
        let value = match self.dict_get_item(d, key) {
            Ok(Some(v)) => v,
            Ok(None) => {
                let e = self.key_error(key);
                self.decref(key);
                self.od_iter_let_go(it, true);
                return Err(e);
            }
            Err(e) => {
                self.decref(key);
                self.od_iter_let_go(it, true);
                return Err(e);
            }
        };
        if kind & ITER_KEYS == 0 {
            self.decref(key);
            return Ok(Some(value));
        }
        // Items: the result tuple again while only the iterator holds it.
        let result = match self.heap.get(it) {
            Obj::Iter(b) => match &**b {
                IterObj::ODict { result, .. } => *result,
                _ => Value::Undef,
            },
            _ => Value::Undef,
        };
        if let Value::Obj(t) = result {
            if self.heap.rc(t) == 1 {
                let old = match self.heap.get_mut(t) {
                    Obj::Tuple(items) if items.len() == 2 => {
                        let old = (items[0], items[1]);
                        items[0] = key;
                        items[1] = value;
                        Some(old)
                    }
                    _ => None,
                };
                if let Some((a, b)) = old {
                    // A collection may have untracked it while it held atoms.
                    self.heap.track(t);
                    self.heap.incref_obj(t);
                    self.decref(a);
                    self.decref(b);
                    return Ok(Some(result));
                }
            }
        }
        Ok(Some(self.new_tuple(vec![key, value])))
    }

    /// The iterator is done: it lets go of the OrderedDict (and, after an error,
    /// of the key it held).
    fn od_iter_let_go(&mut self, it: ObjRef, current_too: bool) {
        let (od, cur) = match self.heap.get_mut(it) {
            Obj::Iter(b) => match &mut **b {
                IterObj::ODict { od, current, .. } => (
                    std::mem::replace(od, Value::Undef),
                    if current_too {
                        std::mem::replace(current, Value::Undef)
                    } else {
                        Value::Undef
                    },
                ),
                _ => return,
            },
            _ => return,
        };
        if !od.is_undef() {
            self.decref(od);
        }
        if !cur.is_undef() {
            self.decref(cur);
        }
    }

    /// The class of an OrderedDict's view of `kind` (0, 1, 2) over `dict`, when
    /// `dict` is an OrderedDict (its views are `odict_keys` & co.).
    pub fn od_view_class(&self, dict: ObjRef, kind: u8) -> Option<ObjRef> {
        if !self.is_odict(Value::Obj(dict)) {
            return None;
        }
        let t = &self.types;
        Some(match kind & 3 {
            0 => t.odict_keys,
            1 => t.odict_values,
            _ => t.odict_items,
        })
    }

    /// `iter(view)` or `reversed(view)` for a view of OrderedDict `dict`.
    pub fn od_view_iter(&mut self, dict: ObjRef, kind: u8, reverse: bool) -> Value {
        let k = match kind & 3 {
            0 => ITER_KEYS,
            1 => ITER_VALUES,
            _ => ITER_KEYS | ITER_VALUES,
        };
        let k = if reverse { k | ITER_REVERSED } else { k };
        self.od_iter_new(Value::Obj(dict), k)
    }
}
