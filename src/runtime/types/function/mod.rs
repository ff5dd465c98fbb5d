//! Functions: Python functions (CPython `PyFunctionObject`, Objects/funcobject.c),
//! native builtins (CPython `PyCFunctionObject`, Objects/methodobject.c) and bound
//! methods (`Obj::BoundMethod`, CPython `PyMethodObject`, Objects/classobject.c).
//!
//! This file is the data. Its one import of the VM is the type of a native function,
//! [`NativeFn`], which takes `&mut Vm`: a builtin function's payload stores one. The
//! code that needs the VM is beside it: `repr.rs` (reprs and CPython's
//! `_PyObject_FunctionStr`). Calling a function is `vm/call/`'s.

pub mod new;
mod repr;

use crate::bytecode::CodeObject;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};
use std::rc::Rc;

/// A function defined by `def` or `lambda`.
///
/// Invariant: `code`, `defaults` and `closure` are borrowed views of the owned
/// objects `code_obj`, `defaults_obj` and `closure_obj` (CPython's `func_code`,
/// `func_defaults`, `func_closure`), kept beside them so that a call binds without
/// going through the heap. They change only together (`make_function`,
/// `set_function_defaults`, `set_function_code`). The views need no counts of their
/// own: a tuple's items cannot change while the function holds the tuple.
pub struct FunctionObj {
    pub code: Rc<CodeObject>,
    /// The code object `f.__code__` returns (owned `Obj::Code` wrapping `code`).
    pub code_obj: Value,
    /// The module's globals dict.
    pub globals: ObjRef,
    /// Positional defaults: the items of `defaults_obj` (borrowed).
    pub defaults: Vec<Value>,
    /// `__defaults__`: a tuple, or None (owned).
    pub defaults_obj: Value,
    /// Keyword-only defaults: a dict, or None.
    pub kwdefaults: Value,
    /// Cells for the code's free variables: the items of `closure_obj` (borrowed).
    pub closure: Vec<Value>,
    /// `__closure__`: a tuple of cells, or None (owned).
    pub closure_obj: Value,
    /// `__name__`, `__qualname__`, `__doc__`, `__module__` (owned values).
    pub name: Value,
    pub qualname: Value,
    pub doc: Value,
    pub module: Value,
    /// `__dict__` for function attributes, created on first use.
    pub dict: Value,
}

impl FunctionObj {
    /// In CPython's `func_traverse` order, which `gc.get_referents` shows.
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        f(self.code_obj);
        // ObjRef(0) marks globals already released by `clear_refs`.
        if self.globals.0 != 0 {
            f(Value::Obj(self.globals));
        }
        f(self.module);
        f(self.defaults_obj);
        f(self.kwdefaults);
        f(self.doc);
        f(self.name);
        f(self.dict);
        f(self.closure_obj);
        f(self.qualname);
    }

    pub fn clear_refs(&mut self, out: &mut Vec<Value>) {
        // The views go with the objects they borrow from.
        self.defaults.clear();
        self.closure.clear();
        if self.globals.0 != 0 {
            out.push(Value::Obj(std::mem::replace(&mut self.globals, ObjRef(0))));
        }
        for v in [
            &mut self.code_obj,
            &mut self.defaults_obj,
            &mut self.closure_obj,
            &mut self.kwdefaults,
            &mut self.name,
            &mut self.qualname,
            &mut self.doc,
            &mut self.dict,
            &mut self.module,
        ] {
            out.push(std::mem::replace(v, Value::None));
        }
    }

    /// `sys.getsizeof` (CPython 3.11, 64-bit `PyFunctionObject`).
    pub fn sizeof(&self) -> usize {
        152
    }
}

/// Keyword arguments passed to a native function: (name, value) pairs, borrowed.
pub type KwArgs<'a> = &'a [(ObjRef, Value)];

/// A native function: borrowed positional args (including `self` for methods),
/// borrowed keyword args, owned result.
pub type NativeFn = fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>;

/// A builtin function or a builtin method bound to `self_`.
#[derive(Clone, Copy)]
pub struct BuiltinFn {
    pub name: &'static str,
    pub f: NativeFn,
    /// The bound receiver (`[].append`), or `Value::Undef` for a plain function.
    pub self_: Value,
    /// For a method of a builtin class (other than `object`): that class. Calls check
    /// the receiver against it (CPython's method descriptors) and run on the payload of
    /// an instance of a subclass (see `Vm::call_owned_builtin`).
    pub owner: Option<ObjRef>,
    /// A module's function (`abs`, `math.sqrt`): stored as a class attribute it stays
    /// a plain callable and does not bind the instance, as CPython's
    /// builtin_function_or_method (only method descriptors bind).
    pub plain: bool,
}

impl BuiltinFn {
    /// `sys.getsizeof` (CPython 3.11, 64-bit `PyCFunctionObject`).
    pub fn sizeof(&self) -> usize {
        72
    }
}

/// `sys.getsizeof` of a bound method (CPython 3.11, 64-bit `PyMethodObject`).
pub const BOUND_METHOD_SIZEOF: usize = 64;
