//! `Obj`, what one heap slot holds: the tagged union of the builtin types' payloads
//! (CPython's `ob_type` + the type-specific struct). Each payload struct lives in its
//! type's folder under `runtime/types/`; this file has the union and its generic walks
//! (traverse, clear_refs). Big payloads are boxed so a heap slot stays small.

use crate::runtime::types::{class, dict, function, generator, iter, list, set};
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;

// The payload types `Obj` holds, each defined in its type's folder; re-exported here as
// the vocabulary of the union.
pub use crate::runtime::types::array::ArrayObj;
pub use crate::runtime::types::bytes::ByteArrayObj;
pub use crate::runtime::types::deque::DequeObj;
pub use crate::runtime::types::descriptor::PropertyObj;
pub use crate::runtime::types::mappingproxy::MappingProxyObj;
pub use crate::runtime::types::member::MemberObj;
pub use crate::runtime::types::memoryview::{ManagedBufferObj, MemoryViewObj};
pub use crate::runtime::types::module::ModuleObj;
pub use crate::runtime::types::opcaller::OpCallerObj;
pub use crate::runtime::types::range::BigRangeObj;
pub use crate::runtime::types::str::StrObj;
pub use crate::runtime::types::weakref::WeakRefObj;
pub use class::{ClassObj, ExcState, InstanceObj};
pub use dict::DictObj;
pub use function::{BuiltinFn, FunctionObj, NativeFn};
pub use generator::GeneratorObj;
pub use iter::IterObj;
pub use list::ListObj;
pub use set::SetObj;

/// The payload of one heap slot.
pub enum Obj {
    /// A freed slot.
    Free,
    Str(StrObj),
    /// An immutable byte string (CPython `PyBytesObject`).
    Bytes(Box<[u8]>),
    /// A mutable byte buffer (CPython `PyByteArrayObject`).
    ByteArray(Box<ByteArrayObj>),
    /// `array.array` (CPython's `arrayobject`, Modules/arraymodule.c).
    Array(Box<ArrayObj>),
    /// A complex number (CPython `PyComplexObject`).
    Complex(crate::runtime::types::complex::Complex),
    /// An int too big for i64 (CPython `PyLongObject` with several digits).
    BigInt(Box<BigInt>),
    List(ListObj),
    Tuple(crate::runtime::types::tuple::TupleObj),
    Dict(Box<DictObj>),
    Set(Box<SetObj>),
    FrozenSet(Box<SetObj>),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    /// A range whose bounds do not all fit in i64 (CPython's rangeobject keeps PyLongs).
    BigRange(Box<BigRangeObj>),
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Function(Box<FunctionObj>),
    Builtin(Box<BuiltinFn>),
    /// `obj.method` with `self` bound (CPython `PyMethodObject`).
    BoundMethod {
        func: Value,
        self_: Value,
    },
    Class(Box<ClassObj>),
    /// Unboxed: it fits in the space of the largest variant, so an instance costs no
    /// separate allocation and attribute access one pointer chase less.
    Instance(InstanceObj),
    /// A closure cell (CPython `PyCellObject`); `Value::Undef` when empty.
    Cell(Value),
    Module(Box<ModuleObj>),
    Iter(Box<IterObj>),
    Generator(Box<GeneratorObj>),
    Property(Box<PropertyObj>),
    /// A `__slots__` member descriptor (CPython `PyMemberDescrObject`).
    Member(MemberObj),
    /// `staticmethod(f)` / `classmethod(f)` (CPython's `staticmethod`/`classmethod`
    /// objects): the callable and the wrapper's `__dict__`, made on first use (CPython
    /// fills it at creation with the callable's metadata, `functools_wraps`; mempy
    /// copies the same names when the dict is first needed, see
    /// `types/descriptor/wrapper_dict.rs`).
    StaticMethod(Value, Option<ObjRef>),
    ClassMethod(Value, Option<ObjRef>),
    /// `super(type, obj)` bound to its arguments (`Undef` obj when unbound).
    Super {
        typ: ObjRef,
        obj: Value,
        /// The class whose MRO is searched (CPython's `obj_type`, what `supercheck`
        /// found: `obj` itself when a subclass of `typ`, else its type, else its
        /// `__class__`); `Undef` when unbound. Owned.
        start: Value,
    },
    WeakRef(Box<WeakRefObj>),
    /// `d.keys()`, `d.values()`, `d.items()` (kind 0, 1, 2).
    DictView {
        dict: ObjRef,
        kind: u8,
    },
    /// A code object exposed as a value (for `f.__code__` and class bodies).
    Code(std::rc::Rc<crate::bytecode::CodeObject>),
    /// A view of another object's memory (CPython `PyMemoryViewObject`).
    MemoryView(Box<MemoryViewObj>),
    /// The exporter and memory shared by memoryviews (`_PyManagedBufferObject`).
    ManagedBuffer(Box<ManagedBufferObj>),
    /// A frame object (CPython `PyFrameObject`).
    Frame(Box<crate::runtime::types::frame::FrameObj>),
    /// A traceback entry (CPython `PyTracebackObject`).
    Traceback(crate::runtime::types::traceback::TracebackObj),
    /// A read-only view of a mapping, what `cls.__dict__` returns (CPython's
    /// `mappingproxyobject`).
    MappingProxy(MappingProxyObj),
    /// `collections.deque` (CPython's `dequeobject`).
    Deque(Box<DequeObj>),
    /// `operator.itemgetter`, `attrgetter`, `methodcaller`.
    OpCaller(Box<OpCallerObj>),
}

impl Obj {
    /// Whether CPython tracks this kind in the cycle collector (`gc.is_tracked`).
    pub fn is_gc_tracked(&self) -> bool {
        if let Obj::Iter(it) = self {
            return it.is_gc();
        }
        matches!(
            self,
            Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::FrozenSet(_)
                | Obj::Function(_)
                | Obj::BoundMethod { .. }
                | Obj::Class(_)
                | Obj::Instance(_)
                | Obj::Cell(_)
                | Obj::Module(_)
                | Obj::Generator(_)
                | Obj::Property(_)
                | Obj::Member(_)
                | Obj::StaticMethod(..)
                | Obj::ClassMethod(..)
                | Obj::Super { .. }
                | Obj::DictView { .. }
                | Obj::MemoryView(_)
                | Obj::ManagedBuffer(_)
                | Obj::Frame(_)
                | Obj::Traceback(_)
                | Obj::MappingProxy(_)
                | Obj::Deque(_)
                | Obj::OpCaller(_)
                | Obj::Array(_)
                | Obj::WeakRef(_)
                // `builtin_function_or_method`, `method_descriptor` and the slot
                // wrappers are GC objects (`PyCFunction_NewEx`, `PyDescr_NewMethod`).
                | Obj::Builtin(_)
        )
    }

    /// Calls `f` on every strong reference this object holds (CPython's `tp_traverse`).
    /// Each owned reference is visited exactly once.
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Obj::Free
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::ByteArray(_)
            | Obj::Array(_)
            | Obj::BigInt(_)
            | Obj::Complex(_)
            | Obj::Range { .. }
            | Obj::BigRange(_)
            | Obj::Code(_) => {}
            Obj::List(l) => l.items.iter().for_each(|&v| f(v)),
            Obj::Tuple(t) => t.iter().for_each(|&v| f(v)),
            Obj::Dict(d) => d.traverse(f),
            Obj::Set(s) | Obj::FrozenSet(s) => s.traverse(f),
            Obj::Slice { start, stop, step } => {
                crate::runtime::types::slice::traverse(*start, *stop, *step, f)
            }
            Obj::Function(func) => func.traverse(f),
            Obj::Builtin(b) => f(b.self_),
            Obj::BoundMethod { func, self_ } => {
                f(*func);
                f(*self_);
            }
            Obj::Class(c) => c.traverse(f),
            Obj::Instance(i) => i.traverse(f),
            Obj::Cell(v) => f(*v),
            Obj::Module(m) => {
                f(Value::Obj(m.dict));
                if let Some(c) = m.class {
                    f(Value::Obj(c));
                }
            }
            Obj::Iter(it) => it.traverse(f),
            Obj::Generator(g) => g.traverse(f),
            Obj::Property(p) => p.traverse(f),
            Obj::Member(m) => m.traverse(f),
            Obj::StaticMethod(v, d) | Obj::ClassMethod(v, d) => {
                f(*v);
                if let Some(d) = d {
                    f(Value::Obj(*d));
                }
            }
            // CPython's `super_traverse` order.
            Obj::Super { typ, obj, start } => {
                f(*obj);
                f(Value::Obj(*typ));
                f(*start);
            }
            Obj::WeakRef(w) => f(w.callback),
            Obj::Frame(fr) => fr.traverse(f),
            Obj::Traceback(tb) => tb.traverse(f),
            Obj::DictView { dict, .. } => f(Value::Obj(*dict)),
            Obj::MemoryView(m) => f(Value::Obj(m.mbuf)),
            Obj::MappingProxy(p) => p.traverse(f),
            Obj::Deque(d) => d.traverse(f),
            Obj::OpCaller(o) => o.traverse(f),
            Obj::ManagedBuffer(m) => {
                // After `release` the buffer owns nothing.
                if !m.released {
                    f(m.obj);
                    if !m.obj.is(Value::Obj(m.base)) {
                        f(Value::Obj(m.base));
                    }
                }
            }
        }
    }

    /// Moves every strong reference out of the object, leaving it empty (CPython's
    /// `tp_clear`, used by the cycle collector and by deallocation).
    pub fn clear_refs(&mut self, out: &mut Vec<Value>) {
        match self {
            Obj::List(l) => out.append(&mut l.items),
            Obj::Deque(d) => out.extend(d.take_all()),
            Obj::Tuple(t) => crate::runtime::types::tuple::clear_refs(t, out),
            Obj::Dict(d) => d.drain_into(out),
            Obj::Set(s) | Obj::FrozenSet(s) => s.drain_into(out),
            Obj::Instance(i) => i.clear_refs(out),
            Obj::Function(func) => func.clear_refs(out),
            Obj::Class(c) => c.clear_refs(out),
            Obj::Generator(g) => g.clear_refs(out),
            Obj::Iter(it) => it.clear_refs(out),
            Obj::Cell(v) => out.push(std::mem::replace(v, Value::Undef)),
            Obj::Frame(fr) => fr.clear_refs(out),
            Obj::Traceback(tb) => tb.clear_refs(out),
            _ => {
                // Small fixed-shape objects: move the whole payload out.
                let old = std::mem::replace(self, Obj::Free);
                old.traverse(&mut |v| out.push(v));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unboxed_instance_does_not_grow_heap_slots() {
        // `Obj::Instance` holds its payload inline only because it is no bigger than
        // the largest other variant; a bigger one would grow every slot.
        assert!(std::mem::size_of::<InstanceObj>() <= 48);
        assert_eq!(std::mem::size_of::<Obj>(), 48);
    }
}
