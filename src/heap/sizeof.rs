//! `sys.getsizeof` with CPython 3.11's 64-bit numbers, computed from a per-type formula
//! (never from Rust layouts), and the `id()` address model.

use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;
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
pub fn sizeof(vm: &Vm, v: Value) -> usize {
    match v {
        Value::None | Value::Undef | Value::NotImplemented | Value::Ellipsis => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(&BigInt::from(i)),
        Value::Float(_) => 24,
        Value::Obj(r) => sizeof_obj(vm.heap.get(r)),
    }
}

/// The getsizeof model of one heap object (also what `tracemalloc` counts).
pub fn sizeof_obj(obj: &Obj) -> usize {
    {
        match obj {
            Obj::Free => 16,
            Obj::Str(s) => s.sizeof(),
            Obj::BigInt(b) => int_size(b),
            Obj::List(l) => l.sizeof(),
            Obj::Tuple(t) => 40 + 8 * t.len(),
            Obj::Dict(d) => d.sizeof(),
            Obj::Set(s) | Obj::FrozenSet(s) => s.sizeof(),
            Obj::Range { .. } | Obj::BigRange(_) => 48,
            Obj::Slice { .. } => 56,
            Obj::Function(_) => 152,
            Obj::Builtin(_) => 72,
            Obj::BoundMethod { .. } => 64,
            Obj::Class(_) => 1688,
            Obj::Instance(i) => {
                if i.exc.is_some() {
                    88
                } else {
                    56
                }
            }
            Obj::Cell(_) => 40,
            Obj::Module(_) => 72,
            Obj::Iter(_) => 48,
            Obj::Generator(g) => {
                160 + 8 * (g.code.nlocalsplus() + g.code.max_stack as usize).max(2)
            }
            Obj::Property(_) => 64,
            Obj::StaticMethod(_) | Obj::ClassMethod(_) => 56,
            Obj::Super { .. } => 64,
            Obj::WeakRef(_) => 80,
            Obj::DictView { .. } => 48,
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
