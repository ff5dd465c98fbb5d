//! Array subscription (CPython's `array_subscr` and `array_ass_subscr`): an int index
//! reads or converts one machine item in place, without a Python frame; slices make
//! a new array, slice assignment takes an array of the same type code (extended
//! slices of equal length), and deletion resizes with the allocation model.

use crate::runtime::object::Obj;
use crate::runtime::types::slice::indices::adjust_indices;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// The index an array subscript names (before range checks).
    fn array_key_int(&mut self, key: Value) -> PyResult<i64> {
        if let Some(i) = self.as_i64(key) {
            return Ok(i);
        }
        let big = match self.as_bigint(key) {
            Some(b) => Some(b),
            None if matches!(key, Value::Obj(_)) && !self.is_slice(key) => {
                match self.lookup_type_attr(key, "__index__") {
                    Some(m) => {
                        self.decref(m);
                        self.index_dunder(key)?
                    }
                    None => None,
                }
            }
            None => None,
        };
        match big {
            Some(b) => num_traits::ToPrimitive::to_i64(&b).ok_or_else(|| {
                let tn = self.type_name(key);
                self.index_error(format!("cannot fit '{tn}' into an index-sized integer"))
            }),
            None => Err(self.type_error("array indices must be integers")),
        }
    }

    /// `a[key]` for the array `r` (owned result).
    pub(crate) fn array_getitem(&mut self, r: ObjRef, key: Value) -> PyResult<Value> {
        if let Value::Int(k) = key {
            // The common case: an int index, one item read in place.
            let i = self.heap.int_of(k);
            let a = self.array_obj(r);
            let n = a.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if (0..n).contains(&j) {
                let it = a.item(j as usize);
                return self.array_item_value(it);
            }
            return Err(self.index_error("array index out of range"));
        }
        if self.is_slice(key) {
            let (a, b, c) = self.slice_unpack(key)?;
            let n = self.array_obj(r).len();
            let (start, _, step, count) = adjust_indices(a, b, c, n as i64);
            let arr = self.array_obj(r);
            let size = arr.itemsize;
            let code = arr.code;
            let mut data = Vec::with_capacity(count as usize * size);
            for k in 0..count {
                let i = (start + k * step) as usize;
                data.extend_from_slice(&arr.data[i * size..(i + 1) * size]);
            }
            return Ok(self.new_array(code, data));
        }
        let i = self.array_key_int(key)?;
        let n = self.array_obj(r).len() as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(self.index_error("array index out of range"));
        }
        self.array_get(r, j as usize)
    }

    /// `a[key] = v` for the array `r` (all borrowed).
    pub(crate) fn array_setitem(&mut self, r: ObjRef, key: Value, v: Value) -> PyResult<()> {
        if self.is_slice(key) {
            return self.array_ass_slice(r, key, Some(v));
        }
        let i = match key {
            Value::Int(k) => self.heap.int_of(k),
            _ => self.array_key_int(key)?,
        };
        let n = self.array_obj(r).len() as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(self.index_error("array assignment index out of range"));
        }
        let code = self.array_obj(r).code;
        let bits = self.array_item_bits(code, v)?;
        // The conversion may have run Python code (`__index__`, `__float__`) that
        // shrank the array: re-check.
        let a = self.array_obj_mut(r);
        let j = j as usize;
        if j < a.len() {
            let s = a.itemsize;
            super::write_bits(bits, &mut a.data[j * s..(j + 1) * s]);
        }
        Ok(())
    }

    /// `del a[key]` for the array `r`.
    pub(crate) fn array_delitem(&mut self, r: ObjRef, key: Value) -> PyResult<()> {
        if self.is_slice(key) {
            return self.array_ass_slice(r, key, None);
        }
        let i = self.array_key_int(key)?;
        let n = self.array_obj(r).len() as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(self.index_error("array assignment index out of range"));
        }
        self.array_splice(r, j as usize, j as usize + 1, &[])
    }

    /// `a[slice] = v` (`Some`) or `del a[slice]` (`None`).
    fn array_ass_slice(&mut self, r: ObjRef, key: Value, v: Option<Value>) -> PyResult<()> {
        let new: Option<Vec<u8>> = match v {
            None => None,
            Some(v) => {
                let Some(src) = self.array_ref(v) else {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!(
                        "can only assign array (not \"{}\") to array slice",
                        tn
                    )));
                };
                if self.array_obj(src).code != self.array_obj(r).code {
                    return Err(self.type_error("bad argument type for built-in operation"));
                }
                Some(self.array_obj(src).data.clone())
            }
        };
        let (a, b, c) = self.slice_unpack(key)?;
        let (n, size) = {
            let arr = self.array_obj(r);
            (arr.len(), arr.itemsize)
        };
        let (start, stop, step, count) = adjust_indices(a, b, c, n as i64);
        if step == 1 {
            let stop = stop.max(start) as usize;
            return self.array_splice(r, start as usize, stop, new.as_deref().unwrap_or(&[]));
        }
        match new {
            Some(bytes) => {
                let m = bytes.len() / size;
                if m as i64 != count {
                    return Err(self.value_error(format!(
                        "attempt to assign array of size {} to extended slice of size {}",
                        m, count
                    )));
                }
                let arr = self.array_obj_mut(r);
                for k in 0..count as usize {
                    let i = (start + k as i64 * step) as usize;
                    arr.data[i * size..(i + 1) * size]
                        .copy_from_slice(&bytes[k * size..(k + 1) * size]);
                }
                Ok(())
            }
            None => {
                if count == 0 {
                    return Ok(());
                }
                self.array_check_resize(r, n - count as usize)?;
                let mut gone = vec![false; n];
                for k in 0..count {
                    gone[(start + k * step) as usize] = true;
                }
                let arr = self.array_obj_mut(r);
                let mut data = Vec::with_capacity((n - count as usize) * size);
                for (i, g) in gone.iter().enumerate() {
                    if !g {
                        data.extend_from_slice(&arr.data[i * size..(i + 1) * size]);
                    }
                }
                arr.model_resize(n - count as usize);
                arr.data = data;
                Ok(())
            }
        }
    }

    /// `len(a)` of the array `r`.
    pub(crate) fn array_len(&self, r: ObjRef) -> usize {
        match self.heap.get(r) {
            Obj::Array(a) => a.len(),
            _ => 0,
        }
    }
}
