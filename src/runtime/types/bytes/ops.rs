//! The bytes and bytearray arms of the number and sequence protocols: `+`, `*` (and
//! `%`, in `percent.rs`), bytearray's in-place `+=`/`*=` and `in` (CPython's
//! `bytes_concat`, `bytes_repeat`, `bytes_contains`, `bytearray_iconcat`,
//! `bytearray_irepeat`).

use super::new::byte_value;
use crate::bytecode::BinOp;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::text::bytes_methods as bt;
use crate::value::Value;

impl Vm {
    /// `PyBytes_CheckExact`.
    pub(crate) fn is_exact_bytes(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Bytes(_)))
    }

    /// `a + b` and `a * n` when `a` (or `b` for `n * b`) is bytes or bytearray.
    pub fn bytes_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        match op {
            BinOp::Add => {
                // The left operand is bytes or bytearray; the right any bytes-like
                // object (CPython's `bytes_concat` takes two buffers).
                let Some(x) = self.bytes_data(a).map(<[u8]>::to_vec) else {
                    return Ok(None);
                };
                let Some(y) = self.buffer_bytes(b)? else {
                    return Ok(None);
                };
                // `bytes_concat`: adding nothing to an exact bytes gives that bytes.
                if self.is_exact_bytes(a) {
                    let same = if x.is_empty() && self.is_exact_bytes(b) {
                        Some(b)
                    } else if y.is_empty() {
                        Some(a)
                    } else {
                        None
                    };
                    if let Some(v) = same {
                        self.incref(v);
                        return Ok(Some(v));
                    }
                }
                let mut out = x;
                out.extend_from_slice(&y);
                Ok(Some(self.new_like(a, out)))
            }
            BinOp::Mult => {
                let (seq, n) = match (self.bytes_data(a).is_some(), self.bytes_data(b).is_some()) {
                    (true, _) if self.as_i64(b).is_some() => (a, self.as_i64(b).unwrap_or(0)),
                    (_, true) if self.as_i64(a).is_some() => (b, self.as_i64(a).unwrap_or(0)),
                    _ => return Ok(None),
                };
                let n = n.max(0) as usize;
                // `bytes_repeat`: an exact bytes repeated once is itself.
                if n == 1
                    && matches!(seq, Value::Obj(r) if matches!(self.heap.get(r), Obj::Bytes(_)))
                {
                    self.incref(seq);
                    return Ok(Some(seq));
                }
                let x = self.bytes_data(seq).unwrap_or(&[]);
                if x.len().saturating_mul(n) > isize::MAX as usize / 2 {
                    return Err(self.err_noargs("MemoryError"));
                }
                let mut out: Vec<u8> = Vec::new();
                if !crate::runtime::limits::try_reserve(&mut out, x.len() * n) {
                    return Err(self.err_noargs("MemoryError"));
                }
                let x = self.bytes_data(seq).unwrap_or(&[]);
                for _ in 0..n {
                    out.extend_from_slice(x);
                }
                Ok(Some(self.new_like(seq, out)))
            }
            BinOp::Mod if self.bytes_data(a).is_some() => self.bytes_percent(a, b).map(Some),
            _ => Ok(None),
        }
    }

    /// The TypeError of `bytes + x` for a non-bytes `x`, if `a` is bytes-like.
    pub fn bytes_concat_error(&self, a: Value, b: Value) -> Option<String> {
        self.bytes_data(a)?;
        Some(format!(
            "can't concat {} to {}",
            self.type_name(b),
            self.type_name(a)
        ))
    }

    /// `ba += x` / `ba *= n` on a bytearray: in place (None for other values).
    pub fn bytes_inplace(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        let Value::Obj(r) = a else { return Ok(None) };
        if !matches!(self.heap.get(r), Obj::ByteArray(_)) {
            return Ok(None);
        }
        let add: Vec<u8> = match op {
            BinOp::Add => match self.buffer_bytes(b)? {
                Some(y) => y,
                None => {
                    let tn = self.type_name(b);
                    return Err(self.type_error(format!("can't concat {} to bytearray", tn)));
                }
            },
            BinOp::Mult => {
                // An int or `__index__` (`bytearray_irepeat` via `sequence_repeat`).
                let Some(n) = self.repeat_count(b)? else {
                    return Ok(None);
                };
                let x = self.bytes_data(a).unwrap_or(&[]);
                let n = n.max(0) as usize;
                if x.len().saturating_mul(n) > isize::MAX as usize / 2 {
                    return Err(self.err_noargs("MemoryError"));
                }
                let total = x.len() * n;
                self.ensure_alloc(total)?;
                let x = self.bytes_data(a).unwrap_or(&[]);
                let out = x.repeat(n);
                self.check_resizable(a, out.len())?;
                if let Obj::ByteArray(ba) = self.heap.get_mut(r) {
                    ba.resize(out.len());
                    ba.data = out;
                }
                self.incref(a);
                return Ok(Some(a));
            }
            _ => return Ok(None),
        };
        let len = self.bytes_data(a).map_or(0, <[u8]>::len);
        self.check_resizable(a, len + add.len())?;
        if let Obj::ByteArray(ba) = self.heap.get_mut(r) {
            let n = ba.data.len() + add.len();
            ba.resize(n);
            ba.data.extend_from_slice(&add);
        }
        self.incref(a);
        Ok(Some(a))
    }

    /// `x in b` for a bytes or bytearray `b` (None for other containers).
    pub fn bytes_contains(&mut self, container: Value, x: Value) -> PyResult<Option<bool>> {
        let Some(hay) = self.bytes_data(container) else {
            return Ok(None);
        };
        let hay = hay.to_vec();
        if let Some(needle) = self.buffer_bytes(x)? {
            return Ok(Some(bt::find(&hay, &needle).is_some()));
        }
        let c = byte_value(self, x, true)?;
        let hay = self.bytes_data(container).unwrap_or(&[]);
        Ok(Some(hay.contains(&c)))
    }
}
