//! Calling `operator`'s callables (CPython's `itemgetter_call`, `attrgetter_call`,
//! `methodcaller_call`) and their reprs (`itemgetter_repr` & co., `Name(...)` when
//! met again inside their own repr). The call dispatcher (`vm/call`) and the repr
//! dispatcher (`vm/repr.rs`) come here for `Obj::OpCaller`.

use super::OpCallerObj;
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// What a call needs from the payload, copied out so the heap can be used.
enum Plan {
    Item(Value),
    Items(Vec<Value>),
    Attrs(Vec<Vec<Value>>, bool),
    Method(Value, Vec<Value>, Vec<(ObjRef, Value)>),
}

impl Vm {
    /// `f(obj)` for the `operator` callable `r`: exactly one positional argument.
    pub(crate) fn opcaller_call(
        &mut self,
        r: ObjRef,
        args: &[Value],
        kw: KwArgs,
    ) -> PyResult<Value> {
        let Obj::OpCaller(o) = self.heap.get(r) else {
            return Err(self.type_error("not an operator callable"));
        };
        let short = o.type_name().trim_start_matches("operator.");
        if !kw.is_empty() {
            return Err(self.type_error(format!("{}() takes no keyword arguments", short)));
        }
        if args.len() != 1 {
            return Err(self.type_error(format!(
                "{} expected 1 argument, got {}",
                short,
                args.len()
            )));
        }
        let obj = args[0];
        let plan = match &**o {
            OpCallerObj::ItemGetter(items) if items.len() == 1 => Plan::Item(items[0]),
            OpCallerObj::ItemGetter(items) => Plan::Items(items.to_vec()),
            OpCallerObj::AttrGetter { paths, .. } => {
                Plan::Attrs(paths.iter().map(|p| p.to_vec()).collect(), paths.len() == 1)
            }
            OpCallerObj::MethodCaller { name, args, kwargs } => {
                Plan::Method(*name, args.to_vec(), kwargs.to_vec())
            }
        };
        match plan {
            // The payload keeps the keys alive; a key's own code cannot free it
            // while the caller holds the callable.
            Plan::Item(k) => self.get_item(obj, k),
            Plan::Items(keys) => {
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    match self.get_item(obj, k) {
                        Ok(v) => out.push(v),
                        Err(e) => {
                            for v in out {
                                self.decref(v);
                            }
                            return Err(e);
                        }
                    }
                }
                Ok(self.new_tuple(out))
            }
            Plan::Attrs(paths, single) => {
                let mut out = Vec::with_capacity(paths.len());
                for path in paths {
                    match self.follow_attrs(obj, &path) {
                        Ok(v) if single => return Ok(v),
                        Ok(v) => out.push(v),
                        Err(e) => {
                            for v in out {
                                self.decref(v);
                            }
                            return Err(e);
                        }
                    }
                }
                Ok(self.new_tuple(out))
            }
            Plan::Method(name, margs, mkw) => {
                let m = self.get_attr(obj, name)?;
                let res = self.call_value(m, &margs, &mkw);
                self.decref(m);
                res
            }
        }
    }

    /// `obj.a.b.c` along the interned names of `path` (owned result).
    fn follow_attrs(&mut self, obj: Value, path: &[Value]) -> PyResult<Value> {
        self.incref(obj);
        let mut cur = obj;
        for &name in path {
            let next = self.get_attr(cur, name);
            self.decref(cur);
            cur = next?;
        }
        Ok(cur)
    }

    /// `repr()` of the `operator` callable `r`.
    pub(crate) fn opcaller_repr(&mut self, r: ObjRef) -> PyResult<String> {
        let Obj::OpCaller(o) = self.heap.get(r) else {
            return Ok(String::new());
        };
        let tn = o.type_name();
        let (shown, kwargs): (Vec<Value>, Vec<(ObjRef, Value)>) = match &**o {
            OpCallerObj::ItemGetter(items) => (items.to_vec(), vec![]),
            OpCallerObj::AttrGetter { names, .. } => (names.to_vec(), vec![]),
            OpCallerObj::MethodCaller { name, args, kwargs } => {
                let mut v = vec![*name];
                v.extend(args.iter().copied());
                (v, kwargs.to_vec())
            }
        };
        if self.repr_guard_enter(r) {
            return Ok(format!("{}(...)", tn));
        }
        let res = self.opcaller_parts(&shown, &kwargs);
        self.repr_guard_exit(r);
        Ok(format!("{}({})", tn, res?))
    }

    fn opcaller_parts(&mut self, shown: &[Value], kwargs: &[(ObjRef, Value)]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(shown.len() + kwargs.len());
        for &v in shown {
            parts.push(self.repr(v)?);
        }
        for &(k, v) in kwargs {
            let k = self.heap.str(k).to_string();
            parts.push(format!("{}={}", k, self.repr(v)?));
        }
        Ok(parts.join(", "))
    }
}
