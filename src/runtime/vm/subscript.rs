//! Subscription (CPython's `PyObject_GetItem`/`SetItem`/`DelItem`): one arm per
//! type, calling into `runtime/types/<type>/` (slice resolution is types/slice).

use super::{PyResult, Vm};
use crate::runtime::object::Obj;
use crate::value::Value;

impl Vm {
    /// `obj[key]`: owned result.
    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let Value::Obj(r) = obj else {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!("'{}' object is not subscriptable", tn)));
        };
        match self.heap.get(r) {
            Obj::List(_) => self.list_getitem(obj, r, key),
            Obj::Tuple(_) => self.tuple_getitem(obj, r, key),
            Obj::Str(s) => {
                let len = s.len();
                if self.is_slice(key) {
                    let (start, _, step, n) = self.slice_indices(key, len as i64)?;
                    let out: String = match self.heap.get(r) {
                        Obj::Str(s) => {
                            if step == 1 && s.is_ascii() {
                                s.as_str()[start as usize..(start + n) as usize].to_string()
                            } else {
                                let chars: Vec<char> = s.as_str().chars().collect();
                                (0..n).map(|k| chars[(start + k * step) as usize]).collect()
                            }
                        }
                        _ => unreachable!(),
                    };
                    return Ok(self.new_str(out));
                }
                let i = self.seq_index(key, len, "string")?;
                let c = match self.heap.get(r) {
                    Obj::Str(s) => s.char_at(i),
                    _ => unreachable!(),
                };
                Ok(self.str_of_char(c))
            }
            Obj::Bytes(_) | Obj::ByteArray(_) => self.bytes_getitem(obj, key),
            Obj::Dict(_) => match self.dict_get_item(obj, key)? {
                Some(v) => Ok(v),
                None => {
                    // dict subclasses with __missing__ are not supported; plain KeyError.
                    Err(self.key_error(key))
                }
            },
            Obj::BigRange(_) => crate::runtime::builtins::range::big_getitem(self, obj, key),
            Obj::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let len = crate::runtime::vm::ops::range_len(start, stop, step);
                if self.is_slice(key) {
                    let (s2, _, st2, n) = self.slice_indices(key, len)?;
                    let ns = start + s2 * step;
                    let nstep = step * st2;
                    let nstop = ns + n * nstep;
                    return Ok(self.heap.new_value(Obj::Range {
                        start: ns,
                        stop: nstop,
                        step: nstep,
                    }));
                }
                let Some(i) = self.as_i64(key) else {
                    if self.as_bigint(key).is_some() {
                        // Any int that does not fit i64 is out of range for an i64 range.
                        return Err(self.index_error("range object index out of range"));
                    }
                    let tn = self.type_name(key);
                    return Err(self.type_error(format!(
                        "range indices must be integers or slices, not {}",
                        tn
                    )));
                };
                let j = if i < 0 { i.saturating_add(len) } else { i };
                if j < 0 || j >= len {
                    return Err(self.index_error("range object index out of range"));
                }
                Ok(Value::Int(start + j * step))
            }
            Obj::Instance(i) if i.payload().is_some() => self.payload_get_item(obj, key),
            Obj::Instance(_) | Obj::Class(_) => {
                let is_class = matches!(self.heap.get(r), Obj::Class(_));
                if is_class {
                    // A metaclass `__getitem__` comes first (see `vm/metaclass.rs`).
                    if let Some(m) = self.meta_method(r, "__getitem__") {
                        let res = self.call_value(m, &[obj, key], &[]);
                        self.decref(m);
                        return res;
                    }
                    if let Some(m) = self.class_lookup(r, "__class_getitem__") {
                        // Stored as an (implicit) classmethod: bind it to the class
                        // through attribute lookup, as CPython does.
                        self.decref(m);
                        let bound = self.get_attr_str(obj, "__class_getitem__")?;
                        let res = self.call_value(bound, &[key], &[]);
                        self.decref(bound);
                        return res;
                    }
                    // `list[int]` style generics: return the class itself.
                    self.incref(obj);
                    return Ok(obj);
                }
                if let Some(m) = self.lookup_type_attr(obj, "__getitem__") {
                    let res = self.call_value(m, &[obj, key], &[]);
                    self.decref(m);
                    return res;
                }
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{}' object is not subscriptable", tn)))
            }
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
            Obj::Dict(_) => self.dict_set_item(obj, key, v),
            Obj::Instance(_) => {
                if let Some(m) = self.lookup_type_attr(obj, "__setitem__") {
                    let res = self.call_value(m, &[obj, key, v], &[]);
                    self.decref(m);
                    let x = res?;
                    self.decref(x);
                    return Ok(());
                }
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{}' object does not support item assignment", tn)))
            }
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
            Obj::Dict(_) => {
                if self.dict_del_item(obj, key)? {
                    Ok(())
                } else {
                    Err(self.key_error(key))
                }
            }
            Obj::Instance(_) => {
                if let Some(m) = self.lookup_type_attr(obj, "__delitem__") {
                    let res = self.call_value(m, &[obj, key], &[]);
                    self.decref(m);
                    let x = res?;
                    self.decref(x);
                    return Ok(());
                }
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{}' object doesn't support item deletion", tn)))
            }
            _ => {
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{}' object doesn't support item deletion", tn)))
            }
        }
    }
}
