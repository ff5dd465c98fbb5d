//! `sys.getsizeof` with CPython 3.11's 64-bit numbers, computed from a per-type formula
//! (never from Rust layouts), and the `id()` address model.

use crate::runtime::heap::Heap;
use crate::runtime::object::Obj;
use crate::value::Value;
use num_bigint::BigInt;

/// A CPython-like address for slot `index` (16-byte aligned, stable while alive).
pub fn id_of_index(index: u32) -> u64 {
    0x7f3a_0000_0000u64 + index as u64 * 64
}

/// Size of an int object: 24 + 4 bytes per 30-bit digit (at least one).
pub fn int_size(b: &BigInt) -> usize {
    let bits = b.bits() as usize;
    let digits = bits.div_ceil(30).max(1);
    24 + 4 * digits
}

/// `sys.getsizeof(v)`.
pub fn sizeof(heap: &Heap, v: Value) -> usize {
    match v {
        Value::None | Value::Undef | Value::NotImplemented | Value::Ellipsis => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(&BigInt::from(i)),
        Value::Float(_) => 24,
        Value::Obj(r) => match heap.get(r) {
            Obj::Instance(i) if i.payload().is_some() => {
                subclass_size(heap, i.payload().unwrap_or(Value::None))
            }
            o => sizeof_obj(o),
        },
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
            // A str subclass instance is never compact: a 96-byte `PyUnicodeObject`
            // (with dict and weakref slots) and a separate buffer of (len + 1) units.
            Obj::Str(s) => {
                let unit = s.as_str().chars().map(|c| c as u32).max().map_or(1, |m| {
                    if m < 0x100 {
                        1
                    } else if m < 0x10000 {
                        2
                    } else {
                        4
                    }
                });
                112 + (s.len() + 1) * unit
            }
            Obj::BigInt(_) => sizeof(heap, payload) + 16,
            Obj::Tuple(_) => sizeof(heap, payload) + 8,
            Obj::List(_) | Obj::Dict(_) => sizeof(heap, payload) + 24,
            Obj::Set(_) | Obj::FrozenSet(_) => sizeof(heap, payload) + 16,
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
            Obj::Bytes(b) => 33 + b.len(),
            Obj::ByteArray(b) => b.sizeof(),
            Obj::BigInt(b) => int_size(b),
            Obj::List(l) => l.sizeof(),
            Obj::Tuple(t) => crate::runtime::types::tuple::sizeof(t),
            Obj::Dict(d) => d.sizeof(),
            Obj::Set(s) | Obj::FrozenSet(s) => s.sizeof(),
            Obj::Range { .. } | Obj::BigRange(_) => 48,
            Obj::Slice { .. } => crate::runtime::types::slice::SLICE_SIZEOF,
            Obj::Function(_) => 152,
            Obj::Builtin(_) => 72,
            Obj::BoundMethod { .. } => 64,
            Obj::Class(_) => 1688,
            Obj::Instance(i) => {
                if i.exc().is_some() {
                    88
                } else {
                    56
                }
            }
            Obj::Cell(_) => 40,
            Obj::Module(_) => 72,
            Obj::Iter(it) => {
                use crate::runtime::object::iter::IterObj;
                match **it {
                    // dictiterobject: GC header, dict, used, pos, result, len.
                    IterObj::Dict { .. } => 72,
                    // enumobject: GC header, index, iterator, result, long index.
                    IterObj::Enumerate { .. } => 72,
                    // setiterobject and zipobject: four fields after the header.
                    IterObj::Set { .. } | IterObj::Zip { .. } => 64,
                    // list/tuple/str/range iterators, reversed, map, filter,
                    // callable_iterator: two fields after the header.
                    _ => 48,
                }
            }
            Obj::Generator(g) => {
                160 + 8 * (g.code.nlocalsplus() + g.code.max_stack as usize).max(2)
            }
            Obj::Property(_) => 64,
            Obj::StaticMethod(_) | Obj::ClassMethod(_) => 56,
            Obj::Super { .. } => 64,
            Obj::WeakRef(_) => 80,
            // _PyDictViewObject: GC header, object header, the dict (16 + 16 + 8).
            Obj::DictView { .. } => 40,
            Obj::Code(_) => 200,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_sizes_follow_the_30_bit_digit_rule() {
        assert_eq!(int_size(&BigInt::from(0)), 28);
        assert_eq!(int_size(&BigInt::from(1)), 28);
        assert_eq!(int_size(&(BigInt::from(1) << 30)), 32);
        assert_eq!(int_size(&(BigInt::from(1) << 64)), 36);
        assert_eq!(int_size(&BigInt::from(-1)), 28);
    }
}
