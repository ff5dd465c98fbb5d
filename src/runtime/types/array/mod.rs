//! `array.array` (CPython's Modules/arraymodule.c `arrayobject`): a typecode and the
//! items in machine format (native byte order) in one byte vector, with CPython's
//! allocation model (`allocated`, grown and shrunk by `array_resize`'s rule) so that
//! `sys.getsizeof` matches python3 after the same operations, and the count of
//! exported buffers (`ob_exports`) that forbids resizing while a memoryview is alive.
//!
//! This file is the data; the sibling files need the VM: `item.rs` (Python values to
//! machine items and back, with CPython's range checks), `new.rs` (the constructor,
//! `array.typecodes`, `_array_reconstructor`), `subscript.rs` (indexing, slices, slice
//! assignment and deletion), `ops.rs` (`+`, `*`, `+=`, `*=`, comparisons, `in`,
//! repr, iteration) and `methods.rs` (append, extend, pop, tobytes, ...).

pub mod item;
pub mod methods;
pub mod new;
pub mod ops;
pub mod subscript;

/// The type codes, in CPython's order (`array.typecodes`).
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The item size of type code `c` on a 64-bit machine (None: not a type code).
pub fn code_itemsize(c: u8) -> Option<usize> {
    Some(match c {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// One item as stored, before it becomes a Python value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Item {
    Int(i64),
    UInt(u64),
    Float(f64),
    /// A `'u'` item: a code point (not necessarily valid).
    Char(u32),
}

/// An array (CPython's `arrayobject`).
pub struct ArrayObj {
    /// The type code (one of [`TYPECODES`]).
    pub code: u8,
    /// Bytes per item.
    pub itemsize: usize,
    /// The items, `itemsize` bytes each, native byte order.
    pub data: Vec<u8>,
    /// CPython's `allocated`: items the model buffer holds (0 when it has none).
    pub alloc: usize,
    /// Buffers exported and not released (CPython's `ob_exports`).
    pub exports: u32,
}

impl ArrayObj {
    /// An array of `code` holding `data` as a fresh C array of exactly that many
    /// items (CPython's `newarrayobject`).
    pub fn new(code: u8, data: Vec<u8>) -> ArrayObj {
        let itemsize = code_itemsize(code).unwrap_or(1);
        ArrayObj {
            code,
            itemsize,
            alloc: data.len() / itemsize,
            data,
            exports: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.data.len() / self.itemsize
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Item `i` (in range).
    #[inline]
    pub fn item(&self, i: usize) -> Item {
        let s = self.itemsize;
        read_item(self.code, &self.data[i * s..(i + 1) * s])
    }

    /// Item `i` (negative counts from the end) of a `'d'` array; None for another
    /// type code or an index out of range. The evaluation loop's `a[i]`.
    #[inline]
    pub fn f64_at(&self, i: i64) -> Option<f64> {
        if self.code != b'd' {
            return None;
        }
        let n = (self.data.len() / 8) as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return None;
        }
        let j = j as usize * 8;
        Some(f64::from_ne_bytes(self.data[j..j + 8].try_into().ok()?))
    }

    /// Stores `x` as item `i` of a `'d'` array (the evaluation loop's `a[i] = x`);
    /// false, storing nothing, for another type code or an index out of range.
    #[inline]
    pub fn set_f64_at(&mut self, i: i64, x: f64) -> bool {
        if self.code != b'd' {
            return false;
        }
        let n = (self.data.len() / 8) as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return false;
        }
        let j = j as usize * 8;
        self.data[j..j + 8].copy_from_slice(&x.to_ne_bytes());
        true
    }

    /// Accounts for a change of length to `newsize` items (CPython's `array_resize`):
    /// the block is kept when it is big enough and the array does not shrink by 16
    /// items or more, else it is reallocated with about 1/16 headroom. The caller
    /// changes `data` and has checked `exports`.
    pub fn model_resize(&mut self, newsize: usize) {
        let size = self.len();
        if self.alloc >= newsize && size < newsize + 16 && self.alloc > 0 {
            return;
        }
        if newsize == 0 {
            self.alloc = 0;
            return;
        }
        self.alloc = (newsize >> 4) + if size < 8 { 3 } else { 7 } + newsize;
    }

    /// `a.__sizeof__()` (CPython's `array_array___sizeof__`: the struct and the
    /// allocated items); `sys.getsizeof` adds the GC header.
    pub fn sizeof_method(&self) -> usize {
        64 + self.alloc * self.itemsize
    }
}

/// The item of type code `code` stored in `b` (its `itemsize` bytes).
#[inline]
pub fn read_item(code: u8, b: &[u8]) -> Item {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    let u = u64::from_ne_bytes(w);
    match code {
        b'b' => Item::Int(b[0] as i8 as i64),
        b'h' => Item::Int(u as u16 as i16 as i64),
        b'i' => Item::Int(u as u32 as i32 as i64),
        b'l' | b'q' => Item::Int(u as i64),
        b'f' => Item::Float(f32::from_bits(u as u32) as f64),
        b'd' => Item::Float(f64::from_bits(u)),
        b'u' => Item::Char(u as u32),
        _ => Item::UInt(u),
    }
}

/// Writes the raw bits `bits` of one item (low `b.len()` bytes) into `b`.
#[inline]
pub fn write_bits(bits: u64, b: &mut [u8]) {
    let n = b.len();
    b.copy_from_slice(&bits.to_ne_bytes()[..n]);
}

/// The machine-format code CPython's pickling names this type code's layout with
/// (`typecode_to_mformat_code`, for a little-endian 64-bit machine).
pub fn mformat_code(code: u8) -> i64 {
    match code {
        b'B' => 0,
        b'b' => 1,
        b'H' => 2,
        b'h' => 4,
        b'I' => 6,
        b'i' => 8,
        b'L' | b'Q' => 10,
        b'l' | b'q' => 12,
        b'f' => 14,
        b'd' => 16,
        _ => 20, // 'u': UTF-32 little-endian
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resize_model_follows_cpython() {
        let mut a = ArrayObj::new(b'i', Vec::new());
        let mut allocs = Vec::new();
        for n in 1..=10 {
            a.model_resize(n);
            a.data.extend_from_slice(&[0; 4]);
            allocs.push(a.alloc);
        }
        assert_eq!(allocs, [4, 4, 4, 4, 8, 8, 8, 8, 16, 16]);
    }

    #[test]
    fn items_round_trip() {
        let mut b = [0u8; 2];
        write_bits((-5i64) as u64, &mut b);
        assert_eq!(read_item(b'h', &b), Item::Int(-5));
        assert_eq!(read_item(b'H', &b), Item::UInt(65531));
    }
}
