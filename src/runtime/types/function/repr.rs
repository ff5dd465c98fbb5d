//! `repr()` of functions, builtin functions and bound methods (CPython's `func_repr`,
//! `meth_repr`, `method_repr`) and CPython's `_PyObject_FunctionStr` (the `f()` in
//! "f() got an unexpected keyword argument").

use crate::runtime::object::{BuiltinFn, FunctionObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// CPython's `_PyObject_FunctionStr`: `module.qualname()`, or `qualname()` for builtins.
    pub fn func_str(&mut self, func: Value) -> String {
        let (qual, module): (String, Option<String>) = match func {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Function(f) => {
                    let q = self.as_str(f.qualname).unwrap_or("?").to_string();
                    let m = self.as_str(f.module).map(|s| s.to_string());
                    (q, m)
                }
                Obj::BoundMethod { func, .. } => {
                    let inner = *func;
                    return self.func_str(inner);
                }
                Obj::Builtin(b) => {
                    let module = if b.plain && b.self_.is_undef() {
                        self.builtin_home_module(r)
                    } else {
                        None
                    };
                    (self.builtin_qualname(r), module)
                }
                Obj::Class(c) => {
                    let q = c.qualname.clone();
                    let m = match self.get_attr(func, "__module__") {
                        Ok(v) => {
                            let m = self.as_str(v).map(|s| s.to_string());
                            self.decref(v);
                            m
                        }
                        Err(e) => {
                            self.decref(e.0);
                            None
                        }
                    };
                    (q, m)
                }
                // No `__qualname__`: CPython falls back to `str(func)`.
                _ => return self.str_or_placeholder(func),
            },
            _ => return self.str_or_placeholder(func),
        };
        match module {
            Some(m) if m != "builtins" => format!("{}.{}()", m, qual),
            _ => format!("{}()", qual),
        }
    }

    fn str_or_placeholder(&mut self, v: Value) -> String {
        match self.to_str(v) {
            Ok(s) => s,
            Err(e) => {
                self.decref(e.0);
                format!("{} object", self.type_name(v))
            }
        }
    }

    /// A builtin function's `__qualname__`: `len`, `sqrt`, or `list.append` for a
    /// method of a builtin class (bound or not; `object`'s methods have no owner).
    pub(crate) fn builtin_qualname(&self, r: crate::value::ObjRef) -> String {
        let Obj::Builtin(b) = self.heap.get(r) else {
            return String::new();
        };
        // A builtin method bound to a receiver names the receiver's class (the
        // receiver itself when a class), by its `__qualname__`, as CPython's
        // `meth_get__qualname__`: `A.__subclasshook__`, `L().append` is `L.append`.
        // A method-wrapper names its slot wrapper's class instead.
        if let Value::Obj(o) = b.self_ {
            if !self.is_slot_wrapper(b) {
                let c = match self.heap.get(o) {
                    Obj::Class(_) => o,
                    _ => self.type_of(b.self_),
                };
                if let Obj::Class(k) = self.heap.get(c) {
                    return format!("{}.{}", k.qualname, b.name);
                }
            }
        }
        let cls = match (b.objclass.or(b.owner), b.self_) {
            (Some(c), _) => Some(self.class_name(c)),
            (None, Value::Undef) if b.plain => None,
            (None, Value::Undef) => Some("object".to_string()),
            (None, Value::Obj(c)) if matches!(self.heap.get(c), Obj::Class(_)) => {
                Some(self.class_name(c))
            }
            (None, s) if !b.plain => Some(self.type_name(s)),
            _ => None,
        };
        match cls {
            Some(c) => format!("{}.{}", c, b.name),
            None => b.name.to_string(),
        }
    }

    /// `<function f at 0x...>` for the function `v` whose payload is `f`.
    pub(crate) fn function_repr(&self, v: Value, f: &FunctionObj) -> String {
        let q = f.qualname;
        format!(
            "<function {} at {}>",
            self.as_str(q).unwrap_or("?"),
            self.addr(v)
        )
    }

    /// `<built-in function len>`, `<built-in method append of list object at 0x...>`,
    /// and the descriptors' `<method 'append' of 'list' objects>`, `<slot wrapper
    /// '__setitem__' of 'list' objects>`, `<method-wrapper '__setitem__' of list
    /// object at 0x...>` (CPython's `meth_repr`, `method_repr`, `wrapperdescr_repr`,
    /// `wrapper_repr`).
    pub(crate) fn builtin_repr(&self, b: &BuiltinFn) -> String {
        if b.plain && b.self_.is_undef() {
            return format!("<built-in function {}>", b.name);
        }
        let slot = self.is_slot_wrapper(b);
        if b.self_.is_undef() {
            let what = if slot { "slot wrapper" } else { "method" };
            return format!(
                "<{what} '{}' of '{}' objects>",
                b.name,
                self.objclass_name(b)
            );
        }
        let s = b.self_;
        let tn = self.type_name(s);
        if slot && !b.plain {
            return format!(
                "<method-wrapper '{}' of {} object at {}>",
                b.name,
                tn,
                self.addr(s)
            );
        }
        format!(
            "<built-in method {} of {} object at {}>",
            b.name,
            tn,
            self.addr(s)
        )
    }

    /// `<bound method C.f of <C object at 0x...>>`.
    /// Any other callable is named by its `__qualname__`, else its `__name__`,
    /// when that is a str (CPython's `method_repr`).
    pub(crate) fn bound_method_repr(&mut self, func: Value, self_: Value) -> PyResult<String> {
        let fname = match func {
            Value::Obj(fr) if matches!(self.heap.get(fr), Obj::Function(_)) => {
                match self.heap.get(fr) {
                    Obj::Function(f) => self.as_str(f.qualname).unwrap_or("?").to_string(),
                    _ => unreachable!(),
                }
            }
            _ => {
                let mut found = None;
                for key in ["__qualname__", "__name__"] {
                    let k = self.intern(key);
                    if let Some(v) = self.lookup_attr(func, k)? {
                        found = Some(v);
                        break;
                    }
                }
                let s = found.and_then(|v| {
                    let s = self.as_str(v).map(str::to_string);
                    self.decref(v);
                    s
                });
                s.unwrap_or_else(|| "?".into())
            }
        };
        let sr = self.repr(self_)?;
        Ok(format!("<bound method {} of {}>", fname, sr))
    }
}
