//! `repr()` of dicts and dict views (CPython's `dict_repr` and `dictview_repr` in
//! Objects/dictobject.c): `{k: v, ...}`, `{...}` for a dict that contains itself,
//! `dict_keys([...])` etc.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `repr(d)` for the dict in slot `r`.
    pub fn dict_repr(&mut self, r: ObjRef) -> PyResult<String> {
        let pairs: Vec<(Value, Value)> = match self.heap.get(r) {
            Obj::Dict(d) if !d.is_empty() => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => return Ok("{}".into()),
        };
        if self.repr_guard_enter(r) {
            return Ok("{...}".into());
        }
        let res = self.repr_pairs(&pairs);
        self.repr_guard_exit(r);
        Ok(format!("{{{}}}", res?))
    }

    /// `repr(view)` of `d.keys()`, `d.values()` or `d.items()` (kind 0, 1, 2) in slot
    /// `view`: the items the view iterates, as a list, inside `dict_keys(...)` etc.; a
    /// view met again inside its own repr (`d[1] = d.values()`) shows as `...`
    /// (`dictview_repr`'s `Py_ReprEnter`).
    pub fn dict_view_repr(&mut self, view: ObjRef, kind: u8) -> PyResult<String> {
        let name = match self.heap.get(view) {
            Obj::DictView { dict, .. } if self.is_odict(Value::Obj(*dict)) => {
                ["odict_keys", "odict_values", "odict_items"][kind as usize]
            }
            _ => ["dict_keys", "dict_values", "dict_items"][kind as usize],
        };
        if self.repr_guard_enter(view) {
            return Ok("...".into());
        }
        let s = match self.collect_iter(Value::Obj(view)) {
            Ok(items) => {
                let l = self.new_list(items);
                let s = self.repr(l);
                self.decref(l);
                s
            }
            Err(e) => Err(e),
        };
        self.repr_guard_exit(view);
        Ok(format!("{}({})", name, s?))
    }

    /// `k1: v1, k2: v2` for borrowed pairs (held while their reprs run Python code).
    fn repr_pairs(&mut self, pairs: &[(Value, Value)]) -> PyResult<String> {
        for &(k, x) in pairs {
            self.incref(k);
            self.incref(x);
        }
        let mut parts = Vec::new();
        let mut err = None;
        for &(k, x) in pairs {
            let r = self
                .repr(k)
                .and_then(|a| self.repr(x).map(|b| format!("{}: {}", a, b)));
            match r {
                Ok(s) => parts.push(s),
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
        for &(k, x) in pairs {
            self.decref(k);
            self.decref(x);
        }
        match err {
            Some(e) => Err(e),
            None => Ok(parts.join(", ")),
        }
    }
}
