//! Functions: Python functions (CPython `PyFunctionObject`, Objects/funcobject.c),
//! native builtins (CPython `PyCFunctionObject`, Objects/methodobject.c) and bound
//! methods (`Obj::BoundMethod`, CPython `PyMethodObject`, Objects/classobject.c).
//!
//! This file is the data. Its one import of the VM is the type of a native function,
//! [`NativeFn`], which takes `&mut Vm`: a builtin function's payload stores one. The
//! code that needs the VM is beside it: `repr.rs` (reprs and CPython's
//! `_PyObject_FunctionStr`). Calling a function is `vm/call/`'s.

pub mod descr;
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
        // CPython's `func_clear` order (then `func_dealloc` drops the code object),
        // which decides whose finalizer runs first when several die with it.
        for v in [
            &mut self.module,
            &mut self.defaults_obj,
            &mut self.kwdefaults,
            &mut self.doc,
            &mut self.dict,
            &mut self.closure_obj,
            &mut self.name,
            &mut self.qualname,
            &mut self.code_obj,
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

/// A builtin class's constructor for positional arguments (`ClassObj::native_new`,
/// CPython's `tp_vectorcall` on a type): what `cls(*args)` returns for that class.
pub type NativeNew = fn(&mut Vm, &[Value]) -> PyResult<Value>;

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
    /// The builtin class whose dict holds this method (CPython's descriptor `d_type`):
    /// its `__objclass__` and the class its repr names. Set for every method of a
    /// builtin class once the classes are built (`builtins::note_objclasses`), and
    /// copied into the bound form.
    pub objclass: Option<ObjRef>,
}

impl BuiltinFn {
    /// A static method of a builtin class (`str.maketrans`): plain, yet bound to its
    /// class (`builtins::add_static_native`), as CPython's METH_STATIC functions are.
    pub fn is_static(&self) -> bool {
        self.plain && !self.self_.is_undef() && !self.is_tp_new()
    }

    /// A builtin class's `__new__` (`builtins::add_tp_new`, CPython's
    /// `tp_new_wrapper`): bound to its class, which `__self__` reports, but called
    /// with the subtype first as `tp_new` is, so calls do not prepend the class.
    pub fn is_tp_new(&self) -> bool {
        self.plain && !self.self_.is_undef() && self.name == "__new__"
    }

    /// Whether a call hands `f` the bound receiver before the arguments.
    #[inline]
    pub fn passes_self(&self) -> bool {
        !self.self_.is_undef() && !self.is_tp_new()
    }

    /// `sys.getsizeof` (CPython 3.11, 64-bit `PyCFunctionObject`).
    pub fn sizeof(&self) -> usize {
        72
    }
}

/// Whether `name` is a special method CPython's `slotdefs` table makes a slot wrapper
/// for (a `wrapper_descriptor` on the class, a `method-wrapper` once bound). The
/// special methods a builtin class defines as ordinary methods instead (`__format__`,
/// `__reduce__`, `__sizeof__`, ..., and the few `list.__getitem__`-like ones the VM
/// checks with [`slot_defined_as_method`]) are method descriptors.
pub fn is_slot_name(name: &str) -> bool {
    matches!(
        name,
        "__getattribute__"
            | "__getattr__"
            | "__setattr__"
            | "__delattr__"
            | "__repr__"
            | "__hash__"
            | "__call__"
            | "__str__"
            | "__lt__"
            | "__le__"
            | "__eq__"
            | "__ne__"
            | "__gt__"
            | "__ge__"
            | "__iter__"
            | "__next__"
            | "__get__"
            | "__set__"
            | "__delete__"
            | "__init__"
            | "__del__"
            | "__await__"
            | "__aiter__"
            | "__anext__"
            | "__add__"
            | "__radd__"
            | "__sub__"
            | "__rsub__"
            | "__mul__"
            | "__rmul__"
            | "__mod__"
            | "__rmod__"
            | "__divmod__"
            | "__rdivmod__"
            | "__pow__"
            | "__rpow__"
            | "__neg__"
            | "__pos__"
            | "__abs__"
            | "__bool__"
            | "__invert__"
            | "__lshift__"
            | "__rlshift__"
            | "__rshift__"
            | "__rrshift__"
            | "__and__"
            | "__rand__"
            | "__xor__"
            | "__rxor__"
            | "__or__"
            | "__ror__"
            | "__int__"
            | "__float__"
            | "__iadd__"
            | "__isub__"
            | "__imul__"
            | "__imod__"
            | "__ipow__"
            | "__ilshift__"
            | "__irshift__"
            | "__iand__"
            | "__ixor__"
            | "__ior__"
            | "__floordiv__"
            | "__rfloordiv__"
            | "__truediv__"
            | "__rtruediv__"
            | "__ifloordiv__"
            | "__itruediv__"
            | "__index__"
            | "__matmul__"
            | "__rmatmul__"
            | "__imatmul__"
            | "__len__"
            | "__getitem__"
            | "__setitem__"
            | "__delitem__"
            | "__contains__"
    )
}

/// The slot names a builtin class defines as plain methods, so that they are
/// method descriptors there (CPython's `METH_COEXIST` entries: `list.__getitem__`,
/// `dict.__getitem__`, `dict.__contains__`, `set.__contains__`,
/// `frozenset.__contains__`); `kind` is the class's layout.
pub fn slot_defined_as_method(kind: crate::runtime::types::class::BuiltinType, name: &str) -> bool {
    use crate::runtime::types::class::BuiltinType as B;
    matches!(
        (kind, name),
        (B::List | B::Dict, "__getitem__") | (B::Dict | B::Set | B::FrozenSet, "__contains__")
    )
}

/// `sys.getsizeof` of a bound method (CPython 3.11, 64-bit `PyMethodObject`).
pub const BOUND_METHOD_SIZEOF: usize = 64;
