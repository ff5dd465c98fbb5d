//! Coroutines (`async def`, CPython's `PyCoroObject` in Objects/genobject.c) and the
//! protocol steps of `await`, `async with` and `async for` (GET_AWAITABLE,
//! BEFORE_ASYNC_WITH, GET_AITER, GET_ANEXT in Python/ceval.c).
//!
//! A coroutine is a generator object whose code has the `coroutine` flag: it runs and
//! suspends exactly like a generator (`await x` is `yield from` over x's awaitable
//! iterator), but its type is `coroutine`, it is awaitable, and it is not an iterator.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// True if `v` is a coroutine object (a generator object of `async def` code).
    pub fn is_coroutine(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r),
            Obj::Generator(g) if g.code.flags.coroutine && !g.code.flags.async_generator))
    }

    /// The unbound special method `name` of `v`'s type called with `v` (owned result),
    /// or None when the type has no such method.
    fn call_type_method(&mut self, v: Value, name: &str) -> Option<PyResult<Value>> {
        let m = self.lookup_type_attr(v, name)?;
        let r = self.call_value(m, &[v], &[]);
        self.decref(m);
        Some(r)
    }

    /// What `await v` iterates (owned; CPython's `_PyCoro_GetAwaitableIter`): a
    /// coroutine itself, else the iterator returned by `type(v).__await__(v)`. `kind`
    /// words the error as GET_AWAITABLE's oparg does: 0 `await`, 1 after `__aenter__`,
    /// 2 after `__aexit__`.
    pub fn get_awaitable(&mut self, v: Value, kind: u32) -> PyResult<Value> {
        if self.is_coroutine(v) {
            // CPython's GET_AWAITABLE: a coroutine suspended in its own `await` is
            // already somebody's awaitable.
            if let Some(yf) = v.as_obj().and_then(|r| self.gen_yf(r)) {
                self.decref(yf);
                return Err(self.err("RuntimeError", "coroutine is being awaited already"));
            }
            self.incref(v);
            return Ok(v);
        }
        let Some(r) = self.call_type_method(v, "__await__") else {
            let tn = self.type_name(v);
            return Err(self.type_error(match kind {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
                ),
                _ => format!("object {tn} can't be used in 'await' expression"),
            }));
        };
        let it = r?;
        if self.is_coroutine(it) {
            self.decref(it);
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(it) {
            let tn = self.type_name(it);
            self.decref(it);
            return Err(
                self.type_error(format!("__await__() returned non-iterator of type '{tn}'"))
            );
        }
        Ok(it)
    }

    /// `async with mgr` (BEFORE_ASYNC_WITH): (bound `__aexit__`, result of
    /// `__aenter__()`), both owned.
    pub fn before_async_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let t = self.type_of(mgr);
        let Some(enter) = self.class_lookup(t, "__aenter__") else {
            let tn = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{tn}' object does not support the asynchronous context manager protocol"
            )));
        };
        let Some(exit) = self.class_lookup(t, "__aexit__") else {
            self.decref(enter);
            let tn = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{tn}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            )));
        };
        self.enter_context(mgr, enter, exit)
    }

    /// `async for x in obj` (GET_AITER): `type(obj).__aiter__(obj)`, which must have
    /// `__anext__` (owned).
    pub fn get_aiter(&mut self, obj: Value) -> PyResult<Value> {
        let Some(r) = self.call_type_method(obj, "__aiter__") else {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {tn}"
            )));
        };
        let it = r?;
        match self.lookup_type_attr(it, "__anext__") {
            Some(m) => {
                self.decref(m);
                Ok(it)
            }
            None => {
                let tn = self.type_name(it);
                self.decref(it);
                Err(self.type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
                )))
            }
        }
    }

    /// One `async for` step (GET_ANEXT): the awaitable of `aiter.__anext__()` (owned).
    pub fn get_anext(&mut self, aiter: Value) -> PyResult<Value> {
        let Some(r) = self.call_type_method(aiter, "__anext__") else {
            let tn = self.type_name(aiter);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {tn}"
            )));
        };
        let v = r?;
        let r = self.get_awaitable(v, 0);
        match r {
            Ok(a) => {
                self.decref(v);
                Ok(a)
            }
            Err(e) => {
                self.decref(e.0);
                let tn = self.type_name(v);
                self.decref(v);
                Err(self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {tn}"
                )))
            }
        }
    }

    /// The class of the generator object `g`: `coroutine` for `async def` code.
    pub(crate) fn generator_class(&self, g: &super::GeneratorObj) -> ObjRef {
        if g.code.flags.async_generator {
            self.types.async_generator
        } else if g.code.flags.coroutine {
            self.types.coroutine
        } else {
            self.types.generator
        }
    }
}
