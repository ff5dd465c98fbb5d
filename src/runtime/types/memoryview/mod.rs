//! `memoryview` and the managed buffer behind it (CPython's Objects/memoryobject.c:
//! `PyMemoryViewObject` and `_PyManagedBufferObject`), the payload side of the buffer
//! protocol shared by bytes, bytearray, `array.array` and memoryview.
//!
//! As in CPython, `memoryview(x)` first makes a *managed buffer* that holds the one
//! reference to the exporter `x` and the one export of its memory (a bytearray cannot
//! be resized while exported); the view and every view derived from it (slices,
//! `memoryview(view)`, `cast`) point at that managed buffer. So `sys.getrefcount(x)`
//! grows by one however many views there are, and the memory stays exported until the
//! last view is released (`release()`, `with`, or freeing).
//!
//! The memory itself is the data of a bytes, bytearray or `array.array` object
//! (`ManagedBufferObj::base`): the exporter itself, or the builtin part of an
//! instance of a subclass. A view is a byte offset, a number of items and a byte
//! stride (negative for reversed slices) along its first dimension, with a
//! struct-module item format; a view cast with a shape (`cast('B', (2, 3))`) has more
//! dimensions, which are always C-contiguous (CPython casts only C-contiguous memory
//! to a shape, and slicing cuts the first dimension only), so only their sizes are
//! kept (`inner`). The
//! Python-visible behaviour is in `new.rs` (the buffer protocol and the constructor),
//! `ops.rs` (items, slices, comparison, hashing) and `methods.rs`.

mod methods;
mod new;
mod ops;

pub use methods::install;
pub use new::memoryview_new;

use crate::value::{ObjRef, Value};

/// `sys.getsizeof(memoryview(...))` in CPython 3.11 (64-bit): the view struct with
/// its inline one-dimensional shape/strides arrays and the GC header.
pub const MEMORYVIEW_SIZEOF: usize = 184;
/// `sys.getsizeof` of a managed buffer (`_PyManagedBufferObject` with its `Py_buffer`).
pub const MBUF_SIZEOF: usize = 128;

/// CPython's `_PyManagedBufferObject`: the exporter and its memory, shared by views.
pub struct ManagedBufferObj {
    /// The exporting object (strong reference): what `view.obj` returns.
    pub obj: Value,
    /// The bytes, bytearray or array whose data is the memory: `obj` itself, or the
    /// payload of a subclass instance (a strong reference of its own in that case).
    pub base: ObjRef,
    /// Views registered on this buffer and not yet released (CPython's `exports`).
    pub exports: u32,
    /// Set once the export of `base` has been given back.
    pub released: bool,
}

/// CPython's `PyMemoryViewObject`.
#[derive(Clone)]
pub struct MemoryViewObj {
    /// The managed buffer (strong reference).
    pub mbuf: ObjRef,
    /// Byte offset of item 0 in the memory.
    pub start: usize,
    /// Number of items, or of rows of a multi-dimensional view (`shape[0]`).
    pub len: usize,
    /// Bytes from one item or row to the next (`strides[0]`).
    pub stride: isize,
    /// `shape[1:]`: the sizes of the dimensions after the first (empty for a
    /// one-dimensional view); C-contiguous, so their strides follow from them.
    pub inner: Vec<usize>,
    /// The struct-module format character of the items.
    pub fmt: u8,
    pub itemsize: usize,
    pub readonly: bool,
    pub released: bool,
    /// The cached hash (CPython's `view->hash`).
    pub hash: Option<i64>,
}

impl MemoryViewObj {
    /// `nbytes`: the bytes the view covers.
    pub fn nbytes(&self) -> usize {
        self.len * self.row()
    }

    /// `ndim`.
    pub fn ndim(&self) -> usize {
        1 + self.inner.len()
    }

    /// The bytes of one step along the first dimension when contiguous: an item, or
    /// a row of the inner dimensions.
    pub fn row(&self) -> usize {
        self.inner.iter().product::<usize>() * self.itemsize
    }

    /// `shape`.
    pub fn shape(&self) -> Vec<usize> {
        let mut s = vec![self.len];
        s.extend_from_slice(&self.inner);
        s
    }

    /// `strides`: the first dimension's, then the C-contiguous inner ones.
    pub fn strides(&self) -> Vec<isize> {
        let mut out = vec![0isize; self.inner.len()];
        let mut step = self.itemsize as isize;
        for (k, &n) in self.inner.iter().enumerate().rev() {
            out[k] = step;
            step *= n as isize;
        }
        out.insert(0, self.stride);
        out
    }

    /// Whether the items are adjacent in memory, first to last (`c_contiguous`).
    pub fn contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.row() as isize || self.row() == 0
    }

    /// The byte offset of item `i`.
    pub fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.stride) as usize
    }

    /// The bytes of the view, in item order, copied out of `mem`.
    pub fn copy_bytes(&self, mem: &[u8]) -> Vec<u8> {
        if self.contiguous() {
            let n = self.nbytes();
            return mem.get(self.start..self.start + n).unwrap_or(&[]).to_vec();
        }
        let mut out = Vec::with_capacity(self.nbytes());
        let row = self.row();
        for i in 0..self.len {
            let o = self.offset(i);
            out.extend_from_slice(mem.get(o..o + row).unwrap_or(&[]));
        }
        out
    }
}

/// The size of one item of a format, or None for a format memoryview cannot index
/// (native sizes and alignment of x86-64 Linux, as CPython's struct module's `@`).
pub fn format_itemsize(fmt: &str) -> Option<usize> {
    let code = match fmt.as_bytes() {
        [c] | [b'@', c] => *c,
        _ => return None,
    };
    Some(match code {
        b'b' | b'B' | b'c' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    })
}

/// One item as read from memory, before it becomes a Python value.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Item {
    Int(i64),
    UInt(u64),
    Float(f64),
    Bool(bool),
    /// Format `c`: a bytes object of length 1.
    Char(u8),
}

/// Reads one item of format `fmt` from `b` (native byte order: little-endian).
pub fn unpack(fmt: u8, b: &[u8]) -> Item {
    let mut w = [0u8; 8];
    w[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
    let u = u64::from_le_bytes(w);
    match fmt {
        b'b' => Item::Int(b[0] as i8 as i64),
        b'h' => Item::Int(u as u16 as i16 as i64),
        b'i' => Item::Int(u as u32 as i32 as i64),
        b'l' | b'q' | b'n' => Item::Int(u as i64),
        b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' | b'P' => Item::UInt(u),
        b'f' => Item::Float(f32::from_bits(u as u32) as f64),
        b'e' => Item::Float(half_to_f64(u as u16)),
        b'd' => Item::Float(f64::from_bits(u)),
        b'?' => Item::Bool(b[0] != 0),
        _ => Item::Char(b[0]),
    }
}

/// Writes one item of format `fmt` into `out` (its `itemsize` bytes). The caller has
/// checked the value's range with [`fits`].
pub fn pack(fmt: u8, item: Item, out: &mut [u8]) {
    let bits: u64 = match (fmt, item) {
        (b'f', Item::Float(f)) => (f as f32).to_bits() as u64,
        (b'd', Item::Float(f)) => f.to_bits(),
        (b'e', Item::Float(f)) => f64_to_half(f) as u64,
        (_, Item::Int(i)) => i as u64,
        (_, Item::UInt(u)) => u,
        (_, Item::Bool(b)) => b as u64,
        (_, Item::Char(c)) => c as u64,
        (_, Item::Float(f)) => f as i64 as u64,
    };
    let n = out.len();
    out.copy_from_slice(&bits.to_le_bytes()[..n]);
}

/// Whether an integer fits an integer format (CPython's `pack_single` range checks).
pub fn fits(fmt: u8, v: i128) -> bool {
    let (lo, hi): (i128, i128) = match fmt {
        b'b' => (i8::MIN as i128, i8::MAX as i128),
        b'B' => (0, u8::MAX as i128),
        b'h' => (i16::MIN as i128, i16::MAX as i128),
        b'H' => (0, u16::MAX as i128),
        b'i' => (i32::MIN as i128, i32::MAX as i128),
        b'I' => (0, u32::MAX as i128),
        b'l' | b'q' | b'n' => (i64::MIN as i128, i64::MAX as i128),
        _ => (0, u64::MAX as i128),
    };
    (lo..=hi).contains(&v)
}

/// IEEE 754 half precision to double (format `e`).
pub(crate) fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    }
}

/// Double to IEEE 754 half precision, rounding half to even (format `e`).
pub(crate) fn f64_to_half(f: f64) -> u16 {
    let sign: u16 = if f.is_sign_negative() { 0x8000 } else { 0 };
    let a = f.abs();
    if a.is_nan() {
        return sign | 0x7e00;
    }
    if a >= 65520.0 {
        return sign | 0x7c00;
    }
    // Scale so that one unit is the smallest representable step at this magnitude.
    let (exp, unit) = if a < 2f64.powi(-14) {
        (0, 2f64.powi(-24))
    } else {
        let e = a.log2().floor() as i32;
        (e + 15, 2f64.powi(e - 10))
    };
    let q = a / unit;
    let r = q.round_ties_even_compat();
    if exp == 0 {
        return sign | r as u16;
    }
    let m = r as u32; // 1024..=2048
    let (exp, m) = if m >= 2048 { (exp + 1, 1024) } else { (exp, m) };
    if exp >= 31 {
        return sign | 0x7c00;
    }
    sign | ((exp as u16) << 10) | (m as u16 - 1024)
}

trait RoundEven {
    fn round_ties_even_compat(self) -> f64;
}

impl RoundEven for f64 {
    fn round_ties_even_compat(self) -> f64 {
        let r = self.round();
        if (self - self.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
            r - self.signum()
        } else {
            r
        }
    }
}

/// The memory a buffer exporter holds (bytes, bytearray, array.array): what a
/// managed buffer's views read.
pub fn exported_bytes(o: &crate::runtime::object::Obj) -> Option<&[u8]> {
    match o {
        crate::runtime::object::Obj::Array(a) => Some(&a.data),
        o => crate::runtime::types::bytes::obj_bytes(o),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_round_trip_through_memory() {
        let mut b = [0u8; 4];
        pack(b'i', Item::Int(-2), &mut b);
        assert_eq!(unpack(b'i', &b), Item::Int(-2));
        pack(b'f', Item::Float(2.5), &mut b);
        assert_eq!(unpack(b'f', &b), Item::Float(2.5));
        let mut h = [0u8; 2];
        pack(b'e', Item::Float(1.5), &mut h);
        assert_eq!(unpack(b'e', &h), Item::Float(1.5));
        assert!(fits(b'B', 255) && !fits(b'B', 256) && !fits(b'b', -129));
    }
}
