//! mappingproxy's arms of the object protocols (CPython's `mappingproxy_as_mapping`,
//! `mappingproxy_as_sequence`, `mappingproxy_as_number`, `mappingproxy_richcompare`,
//! `mappingproxy_getiter`, `mappingproxy_repr`/`_str`): each hands the operation to the
//! wrapped mapping, except the writes, which have no slot and raise. The protocol
//! dispatchers in `runtime/vm` call these for `Obj::MappingProxy`.

use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// The mapping a proxy wraps (borrowed), None if `v` is not a mappingproxy.
    pub fn proxied_mapping(&self, v: Value) -> Option<Value> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::MappingProxy(p) => Some(Value::Obj(p.mapping)),
                _ => None,
            },
            _ => None,
        }
    }

    /// The mapping of the proxy `r` (borrowed: the proxy, which the caller holds,
    /// keeps it alive, and nothing can replace it).
    fn proxy_target(&self, r: ObjRef) -> Value {
        match self.heap.get(r) {
            Obj::MappingProxy(p) => Value::Obj(p.mapping),
            _ => Value::Obj(r),
        }
    }

    /// `proxy[key]`: `mapping[key]` (`mappingproxy_getitem`).
    pub fn mappingproxy_getitem(&mut self, r: ObjRef, key: Value) -> PyResult<Value> {
        let m = self.proxy_target(r);
        self.get_item(m, key)
    }

    /// `del proxy[key]`: there is no `mp_ass_subscript`, so `PyObject_DelItem`'s
    /// mapping message.
    pub fn mappingproxy_delitem(&mut self) -> PyResult<()> {
        Err(self.type_error("'mappingproxy' object does not support item deletion"))
    }

    /// `len(proxy)`: `len(mapping)` (`mappingproxy_len`).
    pub fn mappingproxy_len(&mut self, r: ObjRef) -> PyResult<usize> {
        let m = self.proxy_target(r);
        crate::runtime::builtins::functions::length(self, m)
    }

    /// `bool(proxy)`: a proxy has no `nb_bool`, so `PyObject_IsTrue` asks its length.
    pub fn mappingproxy_truthy(&mut self, r: ObjRef) -> PyResult<bool> {
        Ok(self.mappingproxy_len(r)? != 0)
    }

    /// `key in proxy`: `key in mapping` (`mappingproxy_contains`).
    pub fn mappingproxy_contains(&mut self, r: ObjRef, key: Value) -> PyResult<bool> {
        let m = self.proxy_target(r);
        self.contains(m, key)
    }

    /// `iter(proxy)`: the mapping's own iterator (`mappingproxy_getiter`), so a dict's
    /// proxy iterates with a `dict_keyiterator` over the dict.
    pub fn mappingproxy_iter(&mut self, r: ObjRef) -> PyResult<Value> {
        let m = self.proxy_target(r);
        self.get_iter(m)
    }

    /// `reversed(proxy)`: `mapping.__reversed__()` (the proxy's `__reversed__`
    /// method); a dict's reverse key iterator.
    pub fn mappingproxy_reversed(&mut self, r: ObjRef) -> PyResult<Value> {
        let m = self.proxy_target(r);
        if let Value::Obj(d) = m {
            if matches!(self.heap.get(d), Obj::Dict(_)) {
                return self.dict_reversed(m);
            }
        }
        let f = self.get_attr(m, "__reversed__")?;
        let res = self.call_value(f, &[], &[]);
        self.decref(f);
        res
    }

    /// `repr(proxy)`: `mappingproxy(<repr of the mapping>)`.
    pub fn mappingproxy_repr(&mut self, r: ObjRef) -> PyResult<String> {
        let m = self.proxy_target(r);
        Ok(format!("mappingproxy({})", self.repr(m)?))
    }

    /// `str(proxy)`: `str(mapping)` (`mappingproxy_str`).
    pub fn mappingproxy_str(&mut self, r: ObjRef) -> PyResult<String> {
        let m = self.proxy_target(r);
        self.to_str(m)
    }

    /// A comparison with a proxy on either side, None if neither is one. The proxy's
    /// `tp_richcompare` is `PyObject_RichCompare(mapping, other, op)`, which never
    /// answers NotImplemented: for `proxy op x` it is the whole answer; for
    /// `x op proxy` it is the reflected step, reached once `x`'s own methods declined.
    pub fn mappingproxy_richcompare(
        &mut self,
        a: Value,
        b: Value,
        op: CmpOp,
    ) -> PyResult<Option<Value>> {
        if let Some(m) = self.proxied_mapping(a) {
            return self.rich_compare(m, b, op).map(Some);
        }
        if let Some(m) = self.proxied_mapping(b) {
            let swapped = match op {
                CmpOp::Lt => CmpOp::Gt,
                CmpOp::LtE => CmpOp::GtE,
                CmpOp::Gt => CmpOp::Lt,
                CmpOp::GtE => CmpOp::LtE,
                other => other,
            };
            return self.rich_compare(m, a, swapped).map(Some);
        }
        Ok(None)
    }

    /// `a | b` with a proxy on either side (`mappingproxy_or`): both operands are
    /// unwrapped and the mappings' `|` answers, so `proxy | {}` is a new dict. None if
    /// neither operand is a proxy. The slot of a proxy on the left runs before any
    /// method of the right operand, one on the right only after the left operand's
    /// declined: `binary_op` asks first with `reflected` false (None unless `a` is a
    /// proxy), then, after the Python-level methods, with `reflected` true.
    pub fn mappingproxy_or(
        &mut self,
        a: Value,
        b: Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        let (ma, mb) = (self.proxied_mapping(a), self.proxied_mapping(b));
        if ma.is_none() && (mb.is_none() || !reflected) {
            return Ok(None);
        }
        let (x, y) = (ma.unwrap_or(a), mb.unwrap_or(b));
        self.binary_op(x, y, BinOp::BitOr).map(Some)
    }

    /// `proxy |= x` (`mappingproxy_ior`): refused, whatever `x` is.
    pub fn mappingproxy_ior(&mut self) -> PyResult<Value> {
        Err(self.type_error("'|=' is not supported by mappingproxy; use '|' instead"))
    }
}
