//! Subscription (CPython's `PyObject_GetItem`/`SetItem`/`DelItem`): one arm per
//! type, calling into `runtime/types/<type>/` (slice resolution is types/slice).

use super::{PyResult, Vm};
use crate::runtime::object::Obj;
use crate::value::{ObjRef, Value};

impl Vm {
    /// `obj[key]`: owned result.
    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let Value::Obj(r) = obj else {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!("'{}' object is not subscriptable", tn)));
        };
        match self.heap.get(r) {
            Obj::List(_) => self.list_getitem(r, key),
            Obj::Tuple(_) => self.tuple_getitem(r, key),
            Obj::Str(_) => self.str_getitem(r, key),
            Obj::Bytes(_) | Obj::ByteArray(_) => self.bytes_getitem(obj, key),
            Obj::MemoryView(_) => self.memoryview_getitem(r, key),
            Obj::Array(_) => self.array_getitem(r, key),
            Obj::Dict(_) => self.dict_subscript(obj, key),
            Obj::MappingProxy(_) => self.mappingproxy_getitem(r, key),
            Obj::Deque(_) => self.deque_getitem(r, key),
            Obj::BigRange(_) => crate::runtime::types::range::ops::big_getitem(self, obj, key),
            Obj::Range { start, stop, step } => self.range_getitem(*start, *stop, *step, key),
            Obj::Instance(i) if i.payload().is_some() => self.payload_get_item(obj, key),
            Obj::Instance(_) | Obj::Class(_) => self.instance_get_item(obj, r, key),
            _ => {
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{}' object is not subscriptable", tn)))
            }
        }
    }

    /// `obj[key] = v` (all borrowed).
    pub fn set_item(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            let tn = self.type_name(obj);
            return Err(
                self.type_error(format!("'{}' object does not support item assignment", tn))
            );
        };
        if matches!(self.heap.get(r), Obj::ByteArray(_)) {
            return self.bytearray_setitem(obj, key, v);
        }
        match self.heap.get(r) {
            Obj::List(_) => self.list_setitem(r, key, v),
            Obj::Array(_) => self.array_setitem(r, key, v),
            Obj::MemoryView(_) => self.memoryview_setitem(r, key, v),
            Obj::Deque(_) => self.deque_setitem(r, key, v),
            Obj::Dict(_) => self.dict_set_item(obj, key, v),
            Obj::Instance(_) => self.instance_set_item(obj, key, v),
            _ => {
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{}' object does not support item assignment", tn)))
            }
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: Value, key: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!("'{}' object doesn't support item deletion", tn)));
        };
        if matches!(self.heap.get(r), Obj::ByteArray(_)) {
            return self.bytearray_delitem(obj, key);
        }
        match self.heap.get(r) {
            Obj::List(_) => self.list_delitem(r, key),
            Obj::Array(_) => self.array_delitem(r, key),
            Obj::MemoryView(_) => {
                self.live_view(r)?;
                Err(self.type_error("cannot delete memory"))
            }
            Obj::Dict(_) => self.dict_del_subscript(obj, key),
            Obj::MappingProxy(_) => self.mappingproxy_delitem(),
            Obj::Deque(_) => self.deque_delitem(r, key),
            Obj::Instance(_) => self.instance_del_item(obj, key),
            _ => {
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{}' object doesn't support item deletion", tn)))
            }
        }
    }

    /// `obj[start:stop:step]` for an exact list, tuple or str whose bounds are ints
    /// or None, without making the slice object (CPython makes one and takes it
    /// apart again in `PySlice_Unpack`): the evaluation loop's `BUILD_SLICE` +
    /// `BINARY_SUBSCR`. None when resolving the bounds could run code or fail; the
    /// bounds stay borrowed.
    pub(crate) fn fast_slice_get(
        &mut self,
        r: ObjRef,
        start: Value,
        stop: Value,
        step: Value,
    ) -> Option<Value> {
        use crate::runtime::types::slice::indices::fast_bounds;
        let len = match self.heap.get(r) {
            Obj::List(l) => l.len(),
            Obj::Tuple(t) => t.len(),
            Obj::Str(s) => s.len(),
            _ => return None,
        } as i64;
        let (start, _, step, n) = fast_bounds(&self.heap, start, stop, step, len)?;
        Some(match self.heap.get(r) {
            Obj::List(_) => self.list_slice(r, start, step, n),
            Obj::Tuple(_) => self.tuple_slice(r, start, step, n),
            _ => self.str_slice(r, start, step, n),
        })
    }
}
