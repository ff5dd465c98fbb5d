//! The instance arms of the iterator protocol (CPython's `slot_tp_iter` and
//! `slot_tp_iternext`): `iter(x)` through the class's `__iter__`, or the old sequence
//! protocol over `__getitem__`; `next(x)` through `__next__`, StopIteration meaning
//! exhausted. A class with a user metaclass iterates like an instance of it.

use crate::runtime::object::{IterObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// `iter(v)` for an instance (or a class with a user metaclass) `v`: an owned
    /// iterator.
    pub(crate) fn instance_iter(&mut self, v: Value) -> PyResult<Value> {
        let name = self.names.iter;
        if let Some(g) = self.generator_iter(v, name) {
            return Ok(g);
        }
        if let Some(m) = self.lookup_type_attr(v, name) {
            // `__iter__ = None` declares the class not iterable (CPython's
            // slot_tp_iter), even when it has `__getitem__`.
            if matches!(m, Value::None) {
                self.decref(m);
                let tn = self.type_name(v);
                return Err(self.type_error(format!("'{tn}' object is not iterable")));
            }
            let r = self.call_value(m, &[v], &[]);
            self.decref(m);
            let it = r?;
            // CPython's `PyObject_GetIter`: what `__iter__` returns must be an
            // iterator (checked here, not at the first `next`).
            if !self.is_iterator(it) {
                let tn = self.type_name(it);
                self.decref(it);
                return Err(self.type_error(format!("iter() returned non-iterator of type '{tn}'")));
            }
            return Ok(it);
        }
        if let Some(m) = self.lookup_type_attr(v, "__getitem__") {
            self.decref(m);
            self.incref(v);
            let it = IterObj::Seq { seq: v, idx: 0 };
            Ok(self.heap.new_value(Obj::Iter(Box::new(it))))
        } else {
            let tn = self.type_name(v);
            Err(self.type_error(format!("'{}' object is not iterable", tn)))
        }
    }

    /// `iter(v)` when the type's `__iter__` is a generator function taking `v`
    /// alone (`def __iter__(self): ... yield ...`, the usual way to make a class
    /// iterable): the generator, made as `call_value` would make it (the same frame
    /// set-up and recursion check, through the call path of the dispatch loop),
    /// without a nested dispatch loop. None, with nothing changed, otherwise.
    fn generator_iter(&mut self, v: Value, name: Value) -> Option<Value> {
        let t = self.type_of(v);
        let m = self.class_lookup_borrowed(t, name)?;
        let Value::Obj(mr) = m else {
            return None;
        };
        let Obj::Function(f) = self.heap.get(mr) else {
            return None;
        };
        if !f.code.flags.generator {
            return None;
        }
        let slot = self.sp;
        if slot + 2 >= self.stack.len() {
            return None;
        }
        // The window `[__iter__, v]`, as a CALL would have it.
        self.incref(m);
        self.incref(v);
        self.push(m);
        self.push(v);
        if self.fast_generator_call(m, slot, 1) {
            return Some(self.pop());
        }
        self.sp = slot;
        self.decref(v);
        self.decref(m);
        None
    }

    /// `next(it)` for the instance `it`: Some(owned value) or None when exhausted.
    pub(crate) fn instance_iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Some(m) = self.lookup_type_attr(it, "__next__") else {
            let tn = self.type_name(it);
            return Err(self.type_error(format!("'{}' object is not an iterator", tn)));
        };
        let want = std::mem::take(&mut self.want_stop);
        let res = self.call_value(m, &[it], &[]);
        self.decref(m);
        self.stop_as_end(want, res)
    }

    /// The result of a `__next__`-like call as `iter_next` gives it: a StopIteration
    /// is the end (CPython's PyIter_Next clears it), kept in `stop_stash` for `next()`
    /// when `want` (the `want_stop` this iterator took) says `next()` is asking.
    pub(crate) fn stop_as_end(
        &mut self,
        want: bool,
        res: PyResult<Value>,
    ) -> PyResult<Option<Value>> {
        match res {
            Ok(v) => Ok(Some(v)),
            Err(e) if want && self.exc_matches(e.0, "StopIteration") => {
                if let Some(old) = self.stop_stash.replace(e.0) {
                    self.decref(old);
                }
                Ok(None)
            }
            Err(e) if self.exc_matches(e.0, "StopIteration") => {
                self.decref(e.0);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}
