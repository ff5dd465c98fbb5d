//! `repr()` of sets and frozensets (CPython's `set_repr` in Objects/setobject.c):
//! `{1, 2}`, `frozenset({1, 2})`, `set()`, and `set(...)` for a set reached again
//! while its own repr runs.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `repr(s)` for the set or frozenset in slot `r`.
    pub fn set_repr(&mut self, r: ObjRef) -> PyResult<String> {
        let (frozen, keys): (bool, Vec<Value>) = match self.heap.get(r) {
            Obj::Set(s) => (false, s.iter().map(|(_, k)| k).collect()),
            Obj::FrozenSet(s) => (true, s.iter().map(|(_, k)| k).collect()),
            _ => unreachable!("set_repr on a non-set"),
        };
        if keys.is_empty() {
            return Ok(if frozen {
                "frozenset()".into()
            } else {
                "set()".into()
            });
        }
        if self.repr_guard_enter(r) {
            return Ok(format!("{}(...)", if frozen { "frozenset" } else { "set" }));
        }
        let mut parts = Vec::new();
        let mut err = None;
        for k in keys {
            match self.repr(k) {
                Ok(s) => parts.push(s),
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
        self.repr_guard_exit(r);
        if let Some(e) = err {
            return Err(e);
        }
        Ok(if frozen {
            format!("frozenset({{{}}})", parts.join(", "))
        } else {
            format!("{{{}}}", parts.join(", "))
        })
    }
}
