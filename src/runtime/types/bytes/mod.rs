//! `bytes` and `bytearray` payloads (CPython `PyBytesObject`, Objects/bytesobject.c, and
//! `PyByteArrayObject`, Objects/bytearrayobject.c): the bytearray buffer with CPython's
//! allocation model, and the `hash` and `sizeof` of both. The Python-visible behaviour
//! is in the sibling files: `new.rs` (constructors and the `Vm` helpers that make and
//! read bytes values), `methods.rs` and `bytearray.rs` (methods), `ops.rs` (`+`, `*`,
//! `in`), `percent.rs` (`%`), `subscript.rs` (indexing, slicing, item assignment) and
//! `int_conv.rs` (`int.to_bytes`/`int.from_bytes`). The byte-string algorithms they
//! call are in `crate::text::bytes_methods`, the codecs in `crate::text::codecs` and
//! `repr` in `crate::text::bytes_repr`.
//!
//! A `bytes` object is an immutable `Box<[u8]>` (16 bytes in the heap slot, no spare
//! capacity). A `bytearray` keeps a `Vec<u8>` plus CPython's `ob_alloc` and the offset
//! of `ob_start` into the buffer, so `sys.getsizeof` follows CPython's
//! `PyByteArray_Resize` over-allocation exactly; the Rust capacity is not observable.

mod bytearray;
mod int_conv;
pub mod methods;
mod new;
mod ops;
mod percent;
mod subscript;

use crate::runtime::object::Obj;

/// A mutable byte buffer (CPython `PyByteArrayObject`).
pub struct ByteArrayObj {
    pub data: Vec<u8>,
    /// CPython's `ob_alloc`: bytes allocated for the buffer (0 for a fresh empty one).
    pub alloc: usize,
    /// CPython's `ob_start - ob_bytes`: deleting from the front only moves the start.
    pub offset: usize,
    /// Buffers exported and not released (memoryviews): while non-zero the length
    /// cannot change (CPython's `ob_exports`).
    pub exports: u32,
}

impl ByteArrayObj {
    /// A bytearray holding `data` as CPython's constructors leave it: the buffer is
    /// exactly `len + 1` (no buffer at all when empty).
    pub fn new(data: Vec<u8>) -> ByteArrayObj {
        let alloc = if data.is_empty() { 0 } else { data.len() + 1 };
        ByteArrayObj {
            data,
            alloc,
            offset: 0,
            exports: 0,
        }
    }

    /// A bytearray filled from a general iterator one byte at a time, as CPython's
    /// `bytearray.__init__` does (growing only when the next byte leaves no room).
    pub fn from_iter_growth(data: Vec<u8>) -> ByteArrayObj {
        let mut b = ByteArrayObj::new(Vec::new());
        for n in 1..=data.len() {
            if n >= b.alloc {
                b.grow_to(n);
            }
        }
        b.data = data;
        b
    }

    /// `resize` from the length `size - 1` of a buffer being filled.
    fn grow_to(&mut self, size: usize) {
        let alloc = self.alloc;
        if size + self.offset >= alloc {
            self.alloc = if (size as f64) <= alloc as f64 * 1.125 {
                size + (size >> 3) + if size < 9 { 3 } else { 6 }
            } else {
                size + 1
            };
        }
    }

    /// Accounts for a change of length to `size` (CPython's `PyByteArray_Resize`);
    /// the caller changes `data` itself.
    pub fn resize(&mut self, size: usize) {
        if size == self.data.len() {
            return;
        }
        let alloc = self.alloc;
        if size + self.offset < alloc {
            if size < alloc / 2 {
                // Major downsize: the buffer is reallocated at the exact size.
                self.alloc = size + 1;
                self.offset = 0;
            }
        } else if (size as f64) <= alloc as f64 * 1.125 {
            self.alloc = size + (size >> 3) + if size < 9 { 3 } else { 6 };
            self.offset = 0;
        } else {
            self.alloc = size + 1;
            self.offset = 0;
        }
    }

    /// `sys.getsizeof` (CPython's `bytearray_sizeof`: the struct plus `ob_alloc`).
    pub fn sizeof(&self) -> usize {
        56 + self.alloc
    }
}

/// The content of a bytes or bytearray payload.
pub fn obj_bytes(o: &Obj) -> Option<&[u8]> {
    match o {
        Obj::Bytes(b) => Some(b),
        Obj::ByteArray(b) => Some(&b.data),
        _ => None,
    }
}

/// `hash(b)`: CPython hashes bytes with the same SipHash-1-3 as a str's 1-byte
/// representation, so `hash(b"abc") == hash("abc")` with `PYTHONHASHSEED=0`.
pub fn hash(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    match crate::runtime::types::str::siphash13(0, 0, data) as i64 {
        -1 => -2,
        h => h,
    }
}

/// `sys.getsizeof` of a bytes object (CPython's `PyBytesObject`: header, length,
/// cached hash and the data with its trailing NUL).
pub fn sizeof(data: &[u8]) -> usize {
    33 + data.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytearray_growth_follows_cpython() {
        let mut b = ByteArrayObj::new(Vec::new());
        let mut sizes = Vec::new();
        for i in 0..9 {
            b.resize(i + 1);
            b.data.push(1);
            sizes.push(b.sizeof());
        }
        assert_eq!(sizes, [58, 61, 61, 61, 64, 64, 64, 68, 68]);
    }
}
