//! Classes and instances (CPython `PyTypeObject`/`PyHeapTypeObject`, Objects/typeobject.c,
//! and plain instances with a `__dict__`).
//!
//! Builtin types (int, list, ...) are `ClassObj`s too, with a [`BuiltinType`] tag, so
//! `type(x)`, `isinstance` and the MRO work uniformly. Exceptions are instances of
//! exception classes carrying an [`ExcState`].

use super::dict::DictObj;
use crate::bytecode::CodeObject;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

/// Which builtin type a class is (or derives its layout from).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Cell,
    Module,
    Iterator,
    Generator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    WeakRef,
    DictKeys,
    DictValues,
    DictItems,
    Code,
    /// BaseException and everything derived from it.
    Exception,
    /// A user class whose instances are plain `Instance`s.
    User,
}

pub struct ClassObj {
    pub name: String,
    pub qualname: String,
    /// Direct bases (owned).
    pub bases: Vec<ObjRef>,
    /// The MRO *excluding* the class itself (owned), C3-linearised.
    pub mro: Vec<ObjRef>,
    /// The class namespace (a dict object, owned).
    pub dict: ObjRef,
    /// The layout instances have.
    pub kind: BuiltinType,
    /// True for classes created by `class` statements.
    pub is_heap: bool,
    /// Cached: defines or inherits `__del__`, `__eq__` without `__hash__`, etc.
    pub has_del: bool,
}

impl ClassObj {
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        self.bases.iter().for_each(|&b| f(Value::Obj(b)));
        self.mro.iter().for_each(|&b| f(Value::Obj(b)));
        f(Value::Obj(self.dict));
    }

    pub fn clear_refs(&mut self, out: &mut Vec<Value>) {
        out.extend(self.bases.drain(..).map(Value::Obj));
        out.extend(self.mro.drain(..).map(Value::Obj));
    }
}

/// One traceback entry: a frame's code and the instruction that was executing.
#[derive(Clone, Debug)]
pub struct TbEntry {
    pub code: Rc<CodeObject>,
    pub ip: u32,
}

/// Exception data carried by exception instances (CPython `PyBaseExceptionObject`).
pub struct ExcState {
    /// `args` tuple (owned).
    pub args: Value,
    pub traceback: Vec<TbEntry>,
    /// `__cause__` and `__context__` (owned, None if unset).
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

/// An instance of a user class or of an exception class.
pub struct InstanceObj {
    pub class: ObjRef,
    /// Attributes stored inline (CPython 3.11 keeps them in the object until `__dict__`
    /// is asked for).
    pub attrs: DictObj,
    /// The materialised `__dict__` object, once asked for; then `attrs` is empty.
    pub dict: Option<ObjRef>,
    pub exc: Option<Box<ExcState>>,
}

impl InstanceObj {
    pub fn new(class: ObjRef) -> InstanceObj {
        InstanceObj {
            class,
            attrs: DictObj::new(),
            dict: None,
            exc: None,
        }
    }

    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        f(Value::Obj(self.class));
        self.attrs.traverse(f);
        if let Some(d) = self.dict {
            f(Value::Obj(d));
        }
        if let Some(e) = &self.exc {
            f(e.args);
            f(e.cause);
            f(e.context);
        }
    }

    /// Empties the attributes (keeps the class so the object stays printable).
    pub fn clear_refs(&mut self, out: &mut Vec<Value>) {
        self.attrs.drain_into(out);
        if let Some(d) = self.dict.take() {
            out.push(Value::Obj(d));
        }
        if let Some(e) = &mut self.exc {
            out.push(std::mem::replace(&mut e.args, Value::None));
            out.push(std::mem::replace(&mut e.cause, Value::None));
            out.push(std::mem::replace(&mut e.context, Value::None));
        }
    }
}
