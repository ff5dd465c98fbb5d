//! memoryview's arms of the object protocols (CPython's `memory_subscript`,
//! `memory_ass_sub`, `memory_richcompare`, `memory_hash`, `memory_length`): items are
//! unpacked from and packed into the exporter's memory with the view's struct format,
//! slices are new views of the same managed buffer.

use super::{fits, pack, unpack, Item, MemoryViewObj};
use crate::bytecode::CmpOp;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};
use num_traits::ToPrimitive;

impl Vm {
    /// The view `r` (a copy of its fields), or the ValueError of a released one.
    pub(crate) fn live_view(&mut self, r: ObjRef) -> PyResult<MemoryViewObj> {
        match self.heap.get(r) {
            Obj::MemoryView(m) if !m.released => Ok((**m).clone()),
            _ => Err(self.released_error()),
        }
    }

    /// `len(view)`.
    pub fn memoryview_len(&mut self, r: ObjRef) -> PyResult<usize> {
        Ok(self.live_view(r)?.len)
    }

    /// Item `i` of a one-dimensional view as a Python value (owned); the caller
    /// checked `i`.
    fn view_item(&mut self, m: &MemoryViewObj, i: usize) -> PyResult<Value> {
        self.view_item_at(m, m.offset(i))
    }

    /// The item at byte offset `o` of a view's memory, as a Python value (owned).
    fn view_item_at(&mut self, m: &MemoryViewObj, o: usize) -> PyResult<Value> {
        let mem = self.mbuf_mem(m.mbuf);
        let Some(b) = mem.get(o..o + m.itemsize) else {
            return Err(self.index_error("index out of bounds on dimension 1"));
        };
        if !matches!(
            m.fmt,
            b'b' | b'B'
                | b'c'
                | b'?'
                | b'h'
                | b'H'
                | b'i'
                | b'I'
                | b'l'
                | b'L'
                | b'q'
                | b'Q'
                | b'n'
                | b'N'
                | b'P'
                | b'e'
                | b'f'
                | b'd'
        ) {
            return Err(self.err(
                "NotImplementedError",
                format!("memoryview: format {} not supported", m.fmt as char),
            ));
        }
        Ok(match unpack(m.fmt, b) {
            Item::Int(i) => self.int(i),
            Item::UInt(u) => self.new_int(u.into()),
            Item::Float(f) => self.float(f),
            Item::Bool(b) => Value::Bool(b),
            Item::Char(c) => self.new_bytes(vec![c]),
        })
    }

    /// Item `i` of view `r` for iteration: None past the end.
    pub(crate) fn memoryview_iter_item(&mut self, r: ObjRef, i: usize) -> PyResult<Option<Value>> {
        let m = self.live_view(r)?;
        if !m.inner.is_empty() {
            return Err(self.err(
                "NotImplementedError",
                "multi-dimensional sub-views are not implemented",
            ));
        }
        if i >= m.len {
            return Ok(None);
        }
        self.view_item(&m, i).map(Some)
    }

    /// Every item of a view, as Python values (owned), in C order (the last
    /// dimension varying fastest).
    pub(super) fn view_items(&mut self, m: &MemoryViewObj) -> PyResult<Vec<Value>> {
        let per_row = m.inner.iter().product::<usize>();
        let mut out = Vec::with_capacity(m.len * per_row);
        let offsets: Vec<usize> = (0..m.len)
            .flat_map(|i| (0..per_row).map(move |j| m.offset(i) + j * m.itemsize))
            .collect();
        for o in offsets {
            match self.view_item_at(m, o) {
                Ok(v) => out.push(v),
                Err(e) => {
                    for v in out {
                        self.decref(v);
                    }
                    return Err(e);
                }
            }
        }
        Ok(out)
    }

    /// The index of `key` in a view of `len` items (CPython's error texts).
    fn view_index(&mut self, key: Value, len: usize) -> PyResult<usize> {
        let Some(i) = self.index_of(key)? else {
            return Err(self.type_error("memoryview: invalid slice key"));
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error("index out of bounds on dimension 1"));
        }
        Ok(j as usize)
    }

    /// An int index from `key` (through `__index__`), None if `key` is no index.
    fn index_of(&mut self, key: Value) -> PyResult<Option<i64>> {
        if let Some(i) = self.as_i64(key) {
            return Ok(Some(i));
        }
        if self.as_bigint(key).is_some() {
            let tn = self.type_name(key);
            return Err(
                self.index_error(format!("cannot fit '{}' into an index-sized integer", tn))
            );
        }
        if matches!(key, Value::Obj(_)) && !self.is_slice(key) {
            if let Some(m) = self.lookup_type_attr(key, "__index__") {
                let v = self.call_special(m, key, &[]);
                self.decref(m);
                let v = v?;
                let i = self.as_i64(v);
                self.decref(v);
                return Ok(i);
            }
        }
        Ok(None)
    }

    /// The view that `key` (a slice) selects of `m`.
    fn view_slice(&mut self, m: &MemoryViewObj, key: Value) -> PyResult<MemoryViewObj> {
        let (start, _, step, n) = self.slice_indices(key, m.len as i64)?;
        Ok(MemoryViewObj {
            start: if n > 0 {
                m.offset(start as usize)
            } else {
                m.start
            },
            len: n as usize,
            stride: m.stride * step as isize,
            hash: None,
            released: false,
            ..m.clone()
        })
    }

    /// `view[key]`.
    pub fn memoryview_getitem(&mut self, r: ObjRef, key: Value) -> PyResult<Value> {
        let m = self.live_view(r)?;
        if self.is_slice(key) {
            let v = self.view_slice(&m, key)?;
            return Ok(self.register_view(v));
        }
        if let Some(o) = self.multi_index(&m, key)? {
            return self.view_item_at(&m, o);
        }
        let i = self.view_index(key, m.len)?;
        if !m.inner.is_empty() {
            return Err(self.err(
                "NotImplementedError",
                "multi-dimensional sub-views are not implemented",
            ));
        }
        self.view_item(&m, i)
    }

    /// The byte offset a tuple of indices (`view[i, j]`) selects, None when `key`
    /// is not a tuple of indices (CPython's `memory_item_multi`); a tuple of slices
    /// raises NotImplementedError.
    fn multi_index(&mut self, m: &MemoryViewObj, key: Value) -> PyResult<Option<usize>> {
        let Value::Obj(kr) = key else { return Ok(None) };
        let Obj::Tuple(t) = self.heap.get(kr) else {
            return Ok(None);
        };
        let keys = t.to_vec();
        let mut idx = Vec::with_capacity(keys.len());
        for &k in &keys {
            if self.is_slice(k) {
                if keys.iter().all(|&k| self.is_slice(k)) {
                    return Err(self.err(
                        "NotImplementedError",
                        "multi-dimensional slicing is not implemented",
                    ));
                }
                return Ok(None);
            }
            match self.index_of(k)? {
                Some(i) => idx.push(i),
                None => return Ok(None),
            }
        }
        let ndim = m.ndim();
        if idx.len() < ndim {
            return Err(self.err("NotImplementedError", "sub-views are not implemented"));
        }
        if idx.len() > ndim {
            return Err(self.type_error(format!(
                "cannot index {}-dimension view with {}-element tuple",
                ndim,
                idx.len()
            )));
        }
        let shape = m.shape();
        let strides = m.strides();
        let mut o = m.start as isize;
        for (dim, (&i, (&n, &st))) in idx.iter().zip(shape.iter().zip(strides.iter())).enumerate() {
            let j = if i < 0 { i + n as i64 } else { i };
            if j < 0 || j >= n as i64 {
                return Err(
                    self.index_error(format!("index out of bounds on dimension {}", dim + 1))
                );
            }
            o += j as isize * st;
        }
        Ok(Some(o as usize))
    }

    /// Converts `v` to an item of format `fmt` (CPython's `pack_single` checks).
    fn item_of(&mut self, fmt: u8, v: Value) -> PyResult<Item> {
        let bad_type = |vm: &mut Vm| {
            vm.type_error(format!(
                "memoryview: invalid type for format '{}'",
                fmt as char
            ))
        };
        let bad_value = |vm: &mut Vm| {
            vm.value_error(format!(
                "memoryview: invalid value for format '{}'",
                fmt as char
            ))
        };
        match fmt {
            b'f' | b'd' | b'e' => match self.to_f64(v) {
                Ok(f) => Ok(Item::Float(f)),
                Err(e) => {
                    self.decref(e.0);
                    Err(bad_type(self))
                }
            },
            b'?' => Ok(Item::Bool(self.truthy(v)?)),
            b'c' => match self.bytes_data(v) {
                Some([c]) => Ok(Item::Char(*c)),
                Some(_) => Err(bad_value(self)),
                None => Err(bad_type(self)),
            },
            _ => {
                let n: i128 = if let Some(i) = self.as_i64(v) {
                    i as i128
                } else if let Some(b) = self.as_bigint(v) {
                    match b.to_i128() {
                        Some(n) => n,
                        None => return Err(bad_value(self)),
                    }
                } else {
                    match self.index_of(v) {
                        Ok(Some(i)) if !self.is_float(v) => i as i128,
                        Ok(_) => return Err(bad_type(self)),
                        Err(e) => {
                            self.decref(e.0);
                            return Err(bad_type(self));
                        }
                    }
                };
                if !fits(fmt, n) {
                    return Err(bad_value(self));
                }
                Ok(if n < 0 {
                    Item::Int(n as i64)
                } else {
                    Item::UInt(n as u64)
                })
            }
        }
    }

    /// Whether `v` is a float (not an index even if `__index__` were found).
    fn is_float(&self, v: Value) -> bool {
        matches!(self.scalar(v), crate::value::Scalar::Float(_))
    }

    /// `view[key] = v`.
    pub fn memoryview_setitem(&mut self, r: ObjRef, key: Value, v: Value) -> PyResult<()> {
        let m = self.live_view(r)?;
        if m.readonly {
            return Err(self.type_error("cannot modify read-only memory"));
        }
        if let Some(o) = self.multi_index(&m, key)? {
            let item = self.item_of(m.fmt, v)?;
            let mut buf = vec![0u8; m.itemsize];
            pack(m.fmt, item, &mut buf);
            let one = MemoryViewObj {
                start: o,
                len: 1,
                inner: Vec::new(),
                hash: None,
                ..m
            };
            self.write_view(&one, &buf);
            return Ok(());
        }
        if !m.inner.is_empty() {
            if self.is_slice(key) {
                return Err(self.err(
                    "NotImplementedError",
                    "memoryview slice assignments are currently restricted to ndim = 1",
                ));
            }
            if self.index_of(key)?.is_some() {
                return Err(self.err("NotImplementedError", "sub-views are not implemented"));
            }
        }
        if self.is_slice(key) {
            let dst = self.view_slice(&m, key)?;
            // The source: any buffer with the same item format and length.
            let src = self.memoryview_of(v).map_err(|e| {
                self.decref(e.0);
            });
            let Ok(src) = src else {
                let tn = self.type_name(v);
                return Err(
                    self.type_error(format!("a bytes-like object is required, not '{}'", tn))
                );
            };
            let Value::Obj(sr) = src else { return Ok(()) };
            let s = self.live_view(sr);
            let res = match s {
                Ok(s)
                    if s.fmt == dst.fmt
                        && s.shape() == dst.shape()
                        && s.itemsize == dst.itemsize =>
                {
                    let mem = self.mbuf_mem(s.mbuf);
                    let bytes = s.copy_bytes(mem);
                    self.write_view(&dst, &bytes);
                    Ok(())
                }
                Ok(_) => Err(self.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                )),
                Err(e) => Err(e),
            };
            self.decref(src);
            return res;
        }
        let i = self.view_index(key, m.len)?;
        let item = self.item_of(m.fmt, v)?;
        let mut buf = vec![0u8; m.itemsize];
        pack(m.fmt, item, &mut buf);
        let one = MemoryViewObj {
            start: m.offset(i),
            len: 1,
            hash: None,
            ..m
        };
        self.write_view(&one, &buf);
        Ok(())
    }

    /// Copies `bytes` (item order) into the memory a writable view covers.
    fn write_view(&mut self, m: &MemoryViewObj, bytes: &[u8]) {
        let base = match self.heap.get(m.mbuf) {
            Obj::ManagedBuffer(b) if !b.released => b.base,
            _ => return,
        };
        let data = match self.heap.get_mut(base) {
            Obj::ByteArray(ba) => &mut ba.data,
            Obj::Array(a) => &mut a.data,
            _ => return,
        };
        {
            let ba = &mut *data;
            for i in 0..m.len {
                let o = m.offset(i);
                let src = &bytes[i * m.itemsize..(i + 1) * m.itemsize];
                if let Some(d) = ba.get_mut(o..o + m.itemsize) {
                    d.copy_from_slice(src);
                }
            }
        }
    }

    /// `a == b` / `a != b` where one side is a memoryview (CPython's
    /// `memory_richcompare`): equal when the other side exports a buffer of the same
    /// length whose items unpack to equal values. Other operators: None (so the
    /// caller raises TypeError).
    pub fn memoryview_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
        if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            return Ok(None);
        }
        let is_view = |vm: &Vm, v: Value| matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::MemoryView(_)));
        if !is_view(self, a) && !is_view(self, b) {
            return Ok(None);
        }
        let released = |vm: &Vm, v: Value| matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::MemoryView(m) if m.released));
        let eq = if a.is(b) {
            true
        } else if released(self, a) || released(self, b) {
            false
        } else if !self.is_buffer(a) || !self.is_buffer(b) {
            return Ok(None);
        } else {
            let va = self.memoryview_of(a)?;
            let vb = match self.memoryview_of(b) {
                Ok(v) => v,
                Err(e) => {
                    self.decref(va);
                    return Err(e);
                }
            };
            let r = self.views_equal(va, vb);
            self.decref(va);
            self.decref(vb);
            r?
        };
        Ok(Some(eq == (op == CmpOp::Eq)))
    }

    /// Item-wise equality of two views.
    fn views_equal(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
            return Ok(false);
        };
        let (ma, mb) = (self.live_view(ra)?, self.live_view(rb)?);
        if ma.shape() != mb.shape() {
            return Ok(false);
        }
        if ma.fmt == mb.fmt {
            let x = ma.copy_bytes(self.mbuf_mem(ma.mbuf));
            let y = mb.copy_bytes(self.mbuf_mem(mb.mbuf));
            // Floats compare by value (NaN != NaN, 0.0 == -0.0), the rest by bytes.
            if !matches!(ma.fmt, b'f' | b'd' | b'e') {
                return Ok(x == y);
            }
        }
        let xs = self.view_items(&ma)?;
        let ys = match self.view_items(&mb) {
            Ok(v) => v,
            Err(e) => {
                for v in xs {
                    self.decref(v);
                }
                return Err(e);
            }
        };
        let mut res = Ok(true);
        for (&x, &y) in xs.iter().zip(ys.iter()) {
            match self.eq(x, y) {
                Ok(true) => {}
                other => {
                    res = other;
                    break;
                }
            }
        }
        for v in xs.into_iter().chain(ys) {
            self.decref(v);
        }
        res
    }

    /// `hash(view)`: a read-only byte view hashes as the bytes it shows (CPython's
    /// `memory_hash`).
    pub fn memoryview_hash(&mut self, r: ObjRef) -> PyResult<i64> {
        let m = self.live_view(r)?;
        if let Some(h) = m.hash {
            return Ok(h);
        }
        if !m.readonly {
            return Err(self.value_error("cannot hash writable memoryview object"));
        }
        if !matches!(m.fmt, b'B' | b'b' | b'c') {
            return Err(
                self.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
            );
        }
        let h = crate::runtime::types::bytes::hash(&m.copy_bytes(self.mbuf_mem(m.mbuf)));
        if let Obj::MemoryView(v) = self.heap.get_mut(r) {
            v.hash = Some(h);
        }
        Ok(h)
    }
}
