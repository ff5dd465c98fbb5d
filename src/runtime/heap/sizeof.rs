//! `sys.getsizeof` with CPython 3.11's 64-bit numbers, computed from a per-type formula
//! (never from Rust layouts), and the `id()` address model.

use crate::runtime::heap::Heap;
use crate::runtime::object::Obj;
use crate::runtime::types::class::{BuiltinType, InstLayout};
use crate::value::Value;

/// A CPython-like address for slot `index` (16-byte aligned, stable while alive).
pub fn id_of_index(index: u32) -> u64 {
    0x7f3a_0000_0000u64 + index as u64 * 64
}

/// A CPython-like address for number slot `index`: a region of its own, below the
/// object slots' (both stay apart for any number of slots a u32 can index).
pub fn id_of_num(index: u32) -> u64 {
    0x7e00_0000_0000u64 + index as u64 * 32
}

/// `sys.getsizeof(v)`.
pub fn sizeof(heap: &Heap, v: Value) -> usize {
    match v {
        Value::None | Value::Undef | Value::NotImplemented | Value::Ellipsis => 16,
        Value::Bool(_) => 28,
        Value::Int(n) => crate::runtime::types::int::i64_size(heap.int_of(n)),
        Value::Float(_) => 24,
        Value::Obj(r) => sizeof_obj_in(heap, heap.get(r)),
    }
}

/// [`sizeof_obj`] with the heap at hand: an instance is measured by its class's
/// layout (slots, weakref slot, managed dict) or, for a builtin subclass, from its
/// payload.
pub fn sizeof_obj_in(heap: &Heap, obj: &Obj) -> usize {
    match obj {
        Obj::Instance(i) if i.payload().is_some() => {
            let payload = i.payload().unwrap_or(Value::None);
            // A fixed-size builtin with nothing allocated beside its struct: the
            // class's layout is the whole story.
            if let (Value::Obj(p), Obj::Class(c)) = (payload, heap.get(i.class)) {
                if matches!(
                    heap.get(p),
                    Obj::Property(_) | Obj::StaticMethod(..) | Obj::ClassMethod(..)
                ) {
                    return c.layout.instance_size();
                }
            }
            // An OrderedDict: its dict, `PyODictObject`'s own fields and its order
            // (none yet when nothing has needed it: `dict_new` made the object).
            if let (Some(x), Value::Obj(p)) = (&i.extra, payload) {
                if let (Obj::Dict(d), Obj::Class(c)) = (heap.get(p), heap.get(i.class)) {
                    let is_odict = std::iter::once(&i.class).chain(c.mro.iter()).any(|k| {
                        matches!(heap.get(*k), Obj::Class(kc)
                            if kc.kind == crate::runtime::types::class::BuiltinType::ODict)
                    });
                    if is_odict {
                        return sizeof(heap, payload)
                            + crate::runtime::types::odict::sizeof_extra(
                                x.odict.as_deref(),
                                d.len(),
                                c.layout.nslots as usize,
                            );
                    }
                }
            }
            let size = subclass_size(heap, payload);
            match heap.get(i.class) {
                // `subclass_size` measures a subclass without `__slots__` (a dict and,
                // where the builtin has none, a weakref slot); trade those for what
                // this class's slots give it.
                Obj::Class(c) => {
                    let default = InstLayout {
                        has_dict: true,
                        has_weakref: true,
                        nslots: 0,
                        ..c.layout
                    };
                    size + subclass_extras(c.solid, &c.layout) - subclass_extras(c.solid, &default)
                }
                _ => size,
            }
        }
        Obj::Instance(i) => match heap.get(i.class) {
            Obj::Class(c) => c.layout.instance_size(),
            _ => i.sizeof(),
        },
        // A special method bound to its receiver (`[].__len__`) is a method-wrapper,
        // CPython's `wrapperobject`: GC header, object header, descriptor, self.
        Obj::Builtin(b) if !b.plain && !b.self_.is_undef() && is_slot_wrapper_in(heap, b) => 48,
        // A builtin class method (`dict.__dict__['fromkeys']`) is a
        // classmethod_descriptor, a `PyMethodDescrObject` like method_descriptor.
        Obj::ClassMethod(Value::Obj(f), ..) if matches!(heap.get(*f), Obj::Builtin(b) if b.objclass.is_some() && b.self_.is_undef()) => {
            72
        }
        o => sizeof_obj(o),
    }
}

/// `Vm::is_slot_wrapper` with only the heap at hand.
fn is_slot_wrapper_in(heap: &Heap, b: &crate::runtime::object::BuiltinFn) -> bool {
    use crate::runtime::types::function::{is_slot_name, slot_defined_as_method};
    if !is_slot_name(b.name) {
        return false;
    }
    match b.objclass {
        Some(c) => match heap.get(c) {
            Obj::Class(cc) => !slot_defined_as_method(cc.kind, b.name),
            _ => !slot_defined_as_method(BuiltinType::Object, b.name),
        },
        None => true,
    }
}

/// What a builtin subclass's dict, weakref slot and `__slots__` add to
/// `sys.getsizeof` of its instances over one with none of them, as measured with
/// python3: the builtin's `__sizeof__` counts `tp_basicsize` (slots: 8 bytes each, a
/// weakref slot the builtin lacks: 8) and the managed-dict pre-header (16) for list,
/// dict, float, complex, set, frozenset and bytearray; str's counts only the dict's
/// pre-header; tuple's and bytes' a dict pointer after the items; int's nothing.
fn subclass_extras(solid: BuiltinType, l: &InstLayout) -> usize {
    use BuiltinType as B;
    match solid {
        B::List
        | B::Dict
        | B::Float
        | B::Complex
        | B::Set
        | B::FrozenSet
        | B::ByteArray
        | B::Deque => {
            let weak = l.has_weakref && !InstLayout::builtin(solid).has_weakref;
            8 * l.nslots as usize + if weak { 8 } else { 0 } + if l.has_dict { 16 } else { 0 }
        }
        B::Str if l.has_dict => 16,
        B::Tuple | B::Bytes if l.has_dict => 8,
        _ => 0,
    }
}

/// `sys.getsizeof` of an instance of a builtin subclass wrapping `payload`: CPython
/// 3.11 lays such an object out as the builtin's struct plus the subclass's extras
/// (a weakref slot, the managed-dict pre-header and a GC header where the builtin has
/// none, a dict slot at the end of variable-size objects). Measured with python3.
fn subclass_size(heap: &Heap, payload: Value) -> usize {
    match payload {
        Value::Float(_) => 24 + 40,
        Value::Obj(p) => match heap.get(p) {
            Obj::Str(s) => s.subclass_sizeof(),
            Obj::BigInt(_) => sizeof(heap, payload) + 16,
            // As float's: weakref slot, managed-dict pre-header, GC header.
            Obj::Complex(_) => sizeof(heap, payload) + 40,
            Obj::Tuple(_) => sizeof(heap, payload) + 8,
            Obj::List(_) | Obj::Dict(_) => sizeof(heap, payload) + 24,
            Obj::Set(_) | Obj::FrozenSet(_) => sizeof(heap, payload) + 16,
            // deque has its GC header and weakref slot: the managed-dict pre-header.
            Obj::Deque(_) => sizeof(heap, payload) + 16,
            // bytes: dict and weakref slots after the variable part, rounded up;
            // bytearray gains a GC header as well.
            Obj::Bytes(_) => sizeof(heap, payload) + 24,
            Obj::ByteArray(_) => sizeof(heap, payload) + 40,
            // array: it has its weakref slot already; the managed-dict pre-header.
            Obj::Array(_) => sizeof(heap, payload) + 16,
            // enumerate, map, ...: dict and weakref slots plus alignment.
            Obj::Iter(_) => sizeof(heap, payload) + 24,
            _ => sizeof(heap, payload),
        },
        _ => sizeof(heap, payload) + 16,
    }
}

/// The getsizeof model of one heap object (also what `tracemalloc` counts).
pub fn sizeof_obj(obj: &Obj) -> usize {
    {
        match obj {
            Obj::Free => 16,
            Obj::Str(s) => s.sizeof(),
            Obj::Bytes(b) => crate::runtime::types::bytes::sizeof(b),
            Obj::ByteArray(b) => b.sizeof(),
            // `__sizeof__` plus the GC header.
            Obj::Array(a) => a.sizeof_method() + 16,
            Obj::BigInt(b) => crate::runtime::types::int::int_size(b),
            Obj::Complex(_) => crate::runtime::types::complex::COMPLEX_SIZEOF,
            Obj::List(l) => l.sizeof(),
            Obj::Tuple(t) => crate::runtime::types::tuple::sizeof(t),
            Obj::Dict(d) => d.sizeof(),
            Obj::Set(s) | Obj::FrozenSet(s) => s.sizeof(),
            Obj::Range { .. } | Obj::BigRange(_) => 48,
            Obj::Slice { .. } => crate::runtime::types::slice::SLICE_SIZEOF,
            Obj::Function(f) => f.sizeof(),
            Obj::Builtin(b) => b.sizeof(),
            Obj::BoundMethod { .. } => crate::runtime::types::function::BOUND_METHOD_SIZEOF,
            Obj::Class(c) => c.sizeof(),
            Obj::Instance(i) => i.sizeof(),
            Obj::Cell(_) => crate::runtime::types::cell::CELL_SIZEOF,
            Obj::Module(m) => m.sizeof(),
            Obj::Iter(it) => it.sizeof(),
            Obj::Generator(g) => g.sizeof(),
            Obj::Property(p) => p.sizeof(),
            Obj::Member(m) => m.sizeof(),
            Obj::StaticMethod(..) | Obj::ClassMethod(..) => {
                crate::runtime::types::descriptor::STATICMETHOD_SIZEOF
            }
            Obj::Super { .. } => crate::runtime::types::descriptor::SUPER_SIZEOF,
            Obj::WeakRef(w) => w.sizeof(),
            // _PyDictViewObject: GC header, object header, the dict (16 + 16 + 8).
            Obj::DictView { .. } => 40,
            // `code_sizeof`: the type's basic size (the offset of `co_code_adaptive`,
            // 184) plus the bytecode, two bytes a unit (`co_code`'s length), rounded
            // up to 8 (`_PyObject_VAR_SIZE`); code objects have no GC header.
            Obj::Code(c) => (184 + 2 * c.code.len() + 7) & !7,
            Obj::MemoryView(_) => crate::runtime::types::memoryview::MEMORYVIEW_SIZEOF,
            Obj::ManagedBuffer(_) => crate::runtime::types::memoryview::MBUF_SIZEOF,
            Obj::Frame(f) => f.sizeof(),
            Obj::Traceback(_) => crate::runtime::types::traceback::TRACEBACK_SIZEOF,
            Obj::MappingProxy(_) => crate::runtime::types::mappingproxy::MAPPINGPROXY_SIZEOF,
            Obj::Deque(d) => d.sizeof(),
            Obj::OpCaller(o) => o.sizeof(),
        }
    }
}
