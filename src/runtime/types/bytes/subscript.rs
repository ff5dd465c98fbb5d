//! Subscription of bytes and bytearray: `b[i]`, `b[i:j:k]`, and bytearray's item and
//! slice assignment and deletion (CPython's `bytes_subscript`,
//! `bytearray_subscript`, `bytearray_ass_subscript`), with CPython's
//! `PyByteArray_Resize` accounting of the buffer.

use super::new::{byte_value, bytes_from_ints};
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// `b[key]` for bytes and bytearray.
    pub fn bytes_getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let len = self.bytes_data(obj).map_or(0, <[u8]>::len);
        if self.is_slice(key) {
            let (start, _, step, n) = self.slice_indices(key, len as i64)?;
            if start == 0 && step == 1 && n as usize == len && self.is_exact_bytes(obj) {
                // The whole of an exact bytes is the bytes itself (`bytes_subscript`).
                self.incref(obj);
                return Ok(obj);
            }
            let data = self.bytes_data(obj).unwrap_or(&[]);
            let out: Vec<u8> = (0..n).map(|k| data[(start + k * step) as usize]).collect();
            return Ok(self.new_like(obj, out));
        }
        let what = if self.is_bytearray(obj) {
            "bytearray"
        } else {
            "byte"
        };
        let i = self.seq_index(key, len, what)?;
        let n = self.bytes_data(obj).map_or(0, |d| d[i]) as i64;
        Ok(self.int(n))
    }

    /// `ba[key] = v` on a bytearray.
    pub fn bytearray_setitem(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else { return Ok(()) };
        if self.is_slice(key) {
            // The bounds' `__index__` first: the length is read after them (below).
            let (a, b, c) = self.slice_unpack(key)?;
            let new: Vec<u8> = match self.buffer_bytes(v)? {
                Some(d) => d,
                None => {
                    if self.as_i64(v).is_some() || self.is_str(v) {
                        return Err(self.type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    }
                    let items = self.collect_iter(v)?;
                    let r = bytes_from_ints(self, &items, true);
                    for x in items {
                        self.decref(x);
                    }
                    r?
                }
            };
            // After the iteration, which may have run code that resized `obj`.
            let len = self.bytes_data(obj).map_or(0, <[u8]>::len);
            let (start, stop, step, n) =
                crate::runtime::types::slice::indices::adjust_indices(a, b, c, len as i64);
            if step == 1 {
                let stop = stop.max(start) as usize;
                self.check_resizable(obj, len - (stop - start as usize) + new.len())?;
                if let Obj::ByteArray(ba) = self.heap.get_mut(r) {
                    let newlen = ba.data.len() - (stop - start as usize) + new.len();
                    if start == 0 && newlen < ba.data.len() {
                        // CPython shrinks from the front by moving `ob_start`.
                        ba.offset += ba.data.len() - newlen;
                    }
                    ba.resize(newlen);
                    ba.data.splice(start as usize..stop, new);
                }
                return Ok(());
            }
            if new.is_empty() {
                // CPython's bytearray_ass_subscript deletes the extended slice when
                // the new content is empty, whatever its length.
                return self.bytearray_del_extended(obj, start, step, n, len);
            }
            if new.len() as i64 != n {
                return Err(self.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    n
                )));
            }
            if let Obj::ByteArray(ba) = self.heap.get_mut(r) {
                for (k, c) in new.into_iter().enumerate() {
                    ba.data[(start + k as i64 * step) as usize] = c;
                }
            }
            return Ok(());
        }
        let i = self.seq_key_int(key, "bytearray")?;
        // The value first (its __index__ may resize `obj`), then the bounds against
        // the length it left, as CPython's bytearray_ass_subscript.
        let c = byte_value(self, v, false)?;
        let len = self.bytes_data(obj).map_or(0, <[u8]>::len);
        let i = self.seq_index_in(i, len, "bytearray")?;
        if let Obj::ByteArray(ba) = self.heap.get_mut(r) {
            ba.data[i] = c;
        }
        Ok(())
    }

    /// `del ba[key]` on a bytearray.
    pub fn bytearray_delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if self.is_slice(key) {
            let (a, b, c) = self.slice_unpack(key)?;
            let len = self.bytes_data(obj).map_or(0, <[u8]>::len);
            let (start, stop, step, n) =
                crate::runtime::types::slice::indices::adjust_indices(a, b, c, len as i64);
            if step == 1 {
                let e = self.new_bytes(vec![]);
                let (start, stop) = (self.int(start), self.int(stop.max(start)));
                let sl = self.heap.new_value(Obj::Slice {
                    start,
                    stop,
                    step: Value::None,
                });
                let r = self.bytearray_setitem(obj, sl, e);
                self.decref(sl);
                self.decref(e);
                return r;
            }
            return self.bytearray_del_extended(obj, start, step, n, len);
        }
        // CPython deletes one byte as the slice `[i:i+1]` (from the front, by
        // moving `ob_start`).
        let i = self.seq_key_int(key, "bytearray")?;
        let len = self.bytes_data(obj).map_or(0, <[u8]>::len);
        let i = self.seq_index_in(i, len, "bytearray")? as i64;
        let e = self.new_bytes(vec![]);
        let (start, stop) = (self.int(i), self.int(i + 1));
        let sl = self.heap.new_value(Obj::Slice {
            start,
            stop,
            step: Value::None,
        });
        let r = self.bytearray_setitem(obj, sl, e);
        self.decref(sl);
        self.decref(e);
        r
    }

    /// Deletes the `n` bytes `start, start + step, ...` of the bytearray `obj` (of
    /// length `len`), an extended slice.
    fn bytearray_del_extended(
        &mut self,
        obj: Value,
        start: i64,
        step: i64,
        n: i64,
        len: usize,
    ) -> PyResult<()> {
        let Value::Obj(r) = obj else { return Ok(()) };
        let mut idx: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
        idx.sort_unstable();
        self.check_resizable(obj, len - idx.len())?;
        if let Obj::ByteArray(ba) = self.heap.get_mut(r) {
            let newlen = ba.data.len() - idx.len();
            ba.resize(newlen);
            for &i in idx.iter().rev() {
                ba.data.remove(i);
            }
        }
        Ok(())
    }
}
