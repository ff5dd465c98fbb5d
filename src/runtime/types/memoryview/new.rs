//! The buffer protocol (CPython's `PyObject_GetBuffer` / `PyBuffer_Release` and the
//! exporters' `bf_getbuffer`): which objects export memory, `memoryview(x)`
//! (`memory_new` over `_PyManagedBuffer_FromObject`), the export accounting that keeps
//! an exported bytearray or array from being resized, and `Vm::buffer_bytes`, the
//! copy of any bytes-like object's memory that consumers (`bytes(x)`, `b + x`,
//! `x in b`, `exec`...) read.

use super::{ManagedBufferObj, MemoryViewObj};
use crate::runtime::builtins::check_args;
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// What an exporter offers: the memory's owner, item format and writability.
struct Export {
    base: ObjRef,
    fmt: u8,
    itemsize: usize,
    readonly: bool,
}

impl Vm {
    /// The memory `v` exports, or None if it is not a buffer exporter. A memoryview
    /// is handled by the callers (it re-exports its managed buffer).
    fn export_of(&mut self, v: Value) -> PyResult<Option<Export>> {
        let Value::Obj(r) = v else { return Ok(None) };
        match self.heap.get(r) {
            Obj::Bytes(_) => {
                return Ok(Some(Export {
                    base: r,
                    fmt: b'B',
                    itemsize: 1,
                    readonly: true,
                }))
            }
            Obj::ByteArray(_) => {
                return Ok(Some(Export {
                    base: r,
                    fmt: b'B',
                    itemsize: 1,
                    readonly: false,
                }))
            }
            Obj::Instance(i) => {
                if let Some(p) = i.payload() {
                    // A subclass of bytes or bytearray exports its builtin part.
                    if let Some(mut e) = self.export_of(p)? {
                        if let Value::Obj(pr) = p {
                            e.base = pr;
                        }
                        return Ok(Some(e));
                    }
                    return Ok(None);
                }
            }
            Obj::Array(a) => {
                // An array's items, in machine format ('u' is UCS-4, `w`).
                let fmt = if a.code == b'u' { b'w' } else { a.code };
                return Ok(Some(Export {
                    base: r,
                    fmt,
                    itemsize: a.itemsize,
                    readonly: false,
                }));
            }
            _ => return Ok(None),
        }
        Ok(None)
    }

    /// Whether `v` exports a buffer (CPython's `PyObject_CheckBuffer`).
    pub fn is_buffer(&mut self, v: Value) -> bool {
        if let Value::Obj(r) = v {
            if matches!(self.heap.get(r), Obj::MemoryView(_)) {
                return true;
            }
        }
        match self.export_of(v) {
            Ok(e) => e.is_some(),
            Err(e) => {
                self.decref(e.0);
                false
            }
        }
    }

    /// The memory of a managed buffer (empty once released).
    pub(super) fn mbuf_mem(&self, mbuf: ObjRef) -> &[u8] {
        match self.heap.get(mbuf) {
            Obj::ManagedBuffer(m) => match m.released {
                true => &[],
                false => super::exported_bytes(self.heap.get(m.base)).unwrap_or(&[]),
            },
            _ => &[],
        }
    }

    /// The bytes any bytes-like object exports (bytes, bytearray, memoryview, array),
    /// copied; None if `v` exports no buffer. A released view raises ValueError.
    pub fn buffer_bytes(&mut self, v: Value) -> PyResult<Option<Vec<u8>>> {
        if let Some(d) = self.bytes_data(v) {
            return Ok(Some(d.to_vec()));
        }
        if let Value::Obj(r) = v {
            if let Obj::MemoryView(m) = self.heap.get(r) {
                if m.released {
                    return Err(self.released_error());
                }
                let mem = self.mbuf_mem(m.mbuf);
                return Ok(Some(m.copy_bytes(mem)));
            }
        }
        Ok(self.export_of(v)?.map(|e| {
            super::exported_bytes(self.heap.get(e.base))
                .unwrap_or(&[])
                .to_vec()
        }))
    }

    /// The ValueError of any operation on a released view.
    pub(super) fn released_error(&mut self) -> crate::runtime::vm::PyErr {
        self.value_error("operation forbidden on released memoryview object")
    }

    /// `memoryview(v)`: a new view (owned) of `v`'s whole buffer, or of the same
    /// memory as `v` if it is a view.
    pub fn memoryview_of(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(r) = v {
            if let Obj::MemoryView(m) = self.heap.get(r) {
                if m.released {
                    return Err(self.released_error());
                }
                let view = MemoryViewObj {
                    hash: None,
                    released: false,
                    ..m.as_ref().clone()
                };
                return Ok(self.register_view(view));
            }
        }
        let Some(e) = self.export_of(v)? else {
            let tn = self.type_name(v);
            return Err(self.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                tn
            )));
        };
        self.incref(v);
        if !v.is(Value::Obj(e.base)) {
            self.heap.incref_obj(e.base);
        }
        let mut nbytes = 0;
        if let Obj::ByteArray(ba) = self.heap.get_mut(e.base) {
            ba.exports += 1;
            nbytes = ba.data.len();
        } else if let Obj::Array(a) = self.heap.get_mut(e.base) {
            a.exports += 1;
            nbytes = a.data.len();
        } else if let Obj::Bytes(b) = self.heap.get(e.base) {
            nbytes = b.len();
        }
        let mbuf = self
            .heap
            .alloc(Obj::ManagedBuffer(Box::new(ManagedBufferObj {
                obj: v,
                base: e.base,
                exports: 0,
                released: false,
            })));
        let view = MemoryViewObj {
            mbuf,
            start: 0,
            len: nbytes / e.itemsize,
            stride: e.itemsize as isize,
            inner: Vec::new(),
            fmt: e.fmt,
            itemsize: e.itemsize,
            readonly: e.readonly,
            released: false,
            hash: None,
        };
        let out = self.register_view(view);
        // `register_view` took its own reference to the new managed buffer.
        self.heap.decref_obj(mbuf);
        Ok(out)
    }

    /// Makes a heap object of `view`, registered on its managed buffer (owned).
    pub(super) fn register_view(&mut self, view: MemoryViewObj) -> Value {
        self.heap.incref_obj(view.mbuf);
        if let Obj::ManagedBuffer(m) = self.heap.get_mut(view.mbuf) {
            m.exports += 1;
        }
        self.heap.new_value(Obj::MemoryView(Box::new(view)))
    }

    /// `view.release()` and the release of a view being freed (CPython's
    /// `_memory_release`): the last view of a managed buffer gives the export back.
    pub(crate) fn release_view(&mut self, view: &mut MemoryViewObj) {
        if view.released {
            return;
        }
        view.released = true;
        let last = match self.heap.get_mut(view.mbuf) {
            Obj::ManagedBuffer(m) => {
                m.exports = m.exports.saturating_sub(1);
                m.exports == 0
            }
            _ => false,
        };
        if last {
            self.release_mbuf(view.mbuf);
        }
    }

    /// Gives back a managed buffer's export and its references to the exporter
    /// (CPython's `mbuf_release`).
    pub(crate) fn release_mbuf(&mut self, mbuf: ObjRef) {
        let (obj, base) = match self.heap.get_mut(mbuf) {
            Obj::ManagedBuffer(m) if !m.released => {
                m.released = true;
                (std::mem::replace(&mut m.obj, Value::None), m.base)
            }
            _ => return,
        };
        match self.heap.get_mut(base) {
            Obj::ByteArray(ba) => ba.exports = ba.exports.saturating_sub(1),
            Obj::Array(a) => a.exports = a.exports.saturating_sub(1),
            _ => {}
        }
        if !obj.is(Value::Obj(base)) {
            self.heap.decref_obj(base);
        }
        self.decref(obj);
    }

    /// The BufferError of resizing an exported bytearray (CPython's `_canresize`),
    /// checked before a change of length to `newlen`.
    pub(crate) fn check_resizable(&mut self, ba: Value, newlen: usize) -> PyResult<()> {
        if let Value::Obj(r) = ba {
            if let Obj::ByteArray(b) = self.heap.get(r) {
                if b.exports > 0 && b.data.len() != newlen {
                    return Err(self.err(
                        "BufferError",
                        "Existing exports of data: object cannot be re-sized",
                    ));
                }
            }
        }
        Ok(())
    }
}

/// `memoryview(object)`.
pub fn memoryview_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let obj = match (args, kw) {
        ([v], []) => *v,
        ([], [(k, v)]) if vm.heap.str(*k) == "object" => *v,
        ([], []) => {
            return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"))
        }
        _ => {
            check_args(vm, "memoryview", args, 1, 1)?;
            return Err(vm.type_error("memoryview() takes at most 1 argument"));
        }
    };
    vm.memoryview_of(obj)
}

impl Vm {
    /// The buffer side of freeing a view or a managed buffer (CPython's
    /// `memory_dealloc` / `mbuf_dealloc`): a view still registered is released; a
    /// managed buffer still holding its export gives it back (its references go with
    /// the rest of the object's).
    pub(crate) fn buffer_dealloc(&mut self, obj: &mut Obj) {
        match obj {
            Obj::MemoryView(m) => self.release_view(m),
            Obj::ManagedBuffer(m) if !m.released => match self.heap.get_mut(m.base) {
                Obj::ByteArray(ba) => ba.exports = ba.exports.saturating_sub(1),
                Obj::Array(a) => a.exports = a.exports.saturating_sub(1),
                _ => {}
            },
            _ => {}
        }
    }

    /// Comparisons a buffer decides (None otherwise): `==`/`!=` with a memoryview on
    /// either side (`memory_richcompare`), and bytearray against any bytes-like
    /// object, which compares their bytes (`bytearray_richcompare`).
    pub(crate) fn buffer_compare(
        &mut self,
        a: Value,
        b: Value,
        op: crate::bytecode::CmpOp,
    ) -> PyResult<Option<bool>> {
        if let Some(r) = self.memoryview_compare(a, b, op)? {
            return Ok(Some(r));
        }
        if !self.is_bytearray(a) && !self.is_bytearray(b) {
            return Ok(None);
        }
        let Some(x) = self.buffer_bytes(a)? else {
            return Ok(None);
        };
        let Some(y) = self.buffer_bytes(b)? else {
            return Ok(None);
        };
        Ok(Some(crate::runtime::vm::ops::ord_matches(
            Some(x.cmp(&y)),
            op,
        )))
    }
}
