//! The array's arms of the protocols (CPython's `array_repr`, `array_richcompare`,
//! `array_concat`, `array_repeat`, `array_inplace_concat`/`_repeat`,
//! `array_contains`): `+` and `+=` take only an array of the same type code, `*` an
//! int, and comparisons are item by item, as the items' Python values compare.

use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `repr(a)`: `array('d', [1.0])`, `array('u', 'text')`, `array('i')` when empty;
    /// a subclass instance `v` is named by its class.
    pub(crate) fn array_repr(&mut self, v: Value, r: ObjRef) -> PyResult<String> {
        let name = match v {
            Value::Obj(vr) if vr != r => self.type_name(v),
            _ => "array".to_string(),
        };
        let (code, empty) = {
            let a = self.array_obj(r);
            (a.code, a.is_empty())
        };
        if empty {
            return Ok(format!("{}('{}')", name, code as char));
        }
        let body = if code == b'u' {
            let s = self.array_tounicode(r)?;
            let sv = self.new_str(s);
            let out = self.repr(sv);
            self.decref(sv);
            out?
        } else {
            let items = self.array_values(r)?;
            let l = self.new_list(items);
            let out = self.repr(l);
            self.decref(l);
            out?
        };
        Ok(format!("{}('{}', {})", name, code as char, body))
    }

    /// The text of a `'u'` array.
    pub(crate) fn array_tounicode(&mut self, r: ObjRef) -> PyResult<String> {
        let a = self.array_obj(r);
        let mut s = String::with_capacity(a.len());
        let mut bad = None;
        for i in 0..a.len() {
            if let super::Item::Char(c) = a.item(i) {
                match char::from_u32(c) {
                    Some(ch) => s.push(ch),
                    None => {
                        bad = Some(c);
                        break;
                    }
                }
            }
        }
        if let Some(c) = bad {
            return Err(self.value_error(format!(
                "character U+{:x} is not in range [U+0000; U+10ffff]",
                c
            )));
        }
        Ok(s)
    }

    /// `a + b` with the array `ra` on the left: a new exact array.
    pub(crate) fn array_concat(&mut self, ra: ObjRef, b: Value) -> PyResult<Value> {
        let Some(rb) = self.array_ref(b) else {
            let tn = self.type_name(b);
            return Err(self.type_error(format!("can only append array (not \"{}\") to array", tn)));
        };
        let (x, y) = (self.array_obj(ra), self.array_obj(rb));
        if x.code != y.code {
            return Err(self.type_error("bad argument type for built-in operation"));
        }
        let mut data = Vec::with_capacity(x.data.len() + y.data.len());
        data.extend_from_slice(&x.data);
        data.extend_from_slice(&y.data);
        let code = x.code;
        Ok(self.new_array(code, data))
    }

    /// `a * n`: a new exact array.
    pub(crate) fn array_repeat(&mut self, r: ObjRef, n: i64) -> PyResult<Value> {
        let a = self.array_obj(r);
        let n = n.max(0) as usize;
        if a.data
            .len()
            .checked_mul(n)
            .is_none_or(|t| t > isize::MAX as usize / 2)
        {
            return Err(self.err("MemoryError", ""));
        }
        let data = a.data.repeat(n);
        let code = a.code;
        Ok(self.new_array(code, data))
    }

    /// `a += b` and `a *= n` on the array `a` (its own object returned, owned); None
    /// for other operators.
    pub(crate) fn array_inplace(
        &mut self,
        a: Value,
        b: Value,
        op: BinOp,
    ) -> PyResult<Option<Value>> {
        let Some(r) = self.array_ref(a) else {
            return Ok(None);
        };
        match op {
            BinOp::Add => {
                let Some(rb) = self.array_ref(b) else {
                    let tn = self.type_name(b);
                    return Err(self
                        .type_error(format!("can only extend array with array (not \"{}\")", tn)));
                };
                self.array_extend_array(r, rb)?;
            }
            BinOp::Mult => {
                let n = self.index_arg(b)?;
                let (data, len) = {
                    let x = self.array_obj(r);
                    (x.data.clone(), x.len())
                };
                if n <= 0 || len == 0 {
                    self.array_splice(r, 0, len, &[])?;
                } else {
                    let n = n as usize;
                    if data
                        .len()
                        .checked_mul(n)
                        .is_none_or(|t| t > isize::MAX as usize / 2)
                    {
                        return Err(self.err("MemoryError", ""));
                    }
                    let extra = data.repeat(n - 1);
                    self.array_splice(r, len, len, &extra)?;
                }
            }
            _ => return Ok(None),
        }
        self.incref(a);
        Ok(Some(a))
    }

    /// An int argument by `__index__` (`'str' object cannot be interpreted as an
    /// integer`), clamped to i64.
    pub(crate) fn index_arg(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = self.as_i64(v) {
            return Ok(i);
        }
        match self.index_bigint(v)? {
            Some(b) => {
                use num_traits::{Signed, ToPrimitive};
                Ok(b.to_i64()
                    .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
            }
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )))
            }
        }
    }

    /// Appends the items of array `rb` to array `r` (same type code required).
    pub(crate) fn array_extend_array(&mut self, r: ObjRef, rb: ObjRef) -> PyResult<()> {
        if self.array_obj(r).code != self.array_obj(rb).code {
            return Err(self.type_error("can only extend with array of same kind"));
        }
        let data = self.array_obj(rb).data.clone();
        let n = self.array_obj(r).len();
        self.array_splice(r, n, n, &data)
    }

    /// A comparison where both sides are arrays (None otherwise): item by item, the
    /// first unequal pair deciding, else the lengths.
    pub(crate) fn array_compare(
        &mut self,
        a: Value,
        b: Value,
        op: CmpOp,
    ) -> PyResult<Option<bool>> {
        let (Some(ra), Some(rb)) = (self.array_ref(a), self.array_ref(b)) else {
            return Ok(None);
        };
        if !matches!(
            op,
            CmpOp::Eq | CmpOp::NotEq | CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE
        ) {
            return Ok(None);
        }
        let (x, y) = (self.array_obj(ra), self.array_obj(rb));
        if x.len() != y.len() && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            return Ok(Some(op == CmpOp::NotEq));
        }
        // Equal bytes are equal items except for floats, where a NaN is unequal to
        // itself (and 0.0 == -0.0 with different bytes takes the item walk anyway).
        if x.code == y.code && !matches!(x.code, b'f' | b'd') && x.data == y.data {
            return Ok(Some(matches!(op, CmpOp::Eq | CmpOp::LtE | CmpOp::GtE)));
        }
        let xs = self.array_values(ra)?;
        let ys = match self.array_values(rb) {
            Ok(v) => v,
            Err(e) => {
                for v in xs {
                    self.decref(v);
                }
                return Err(e);
            }
        };
        let (la, lb) = (self.new_list(xs), self.new_list(ys));
        let res = self.rich_compare(la, lb, op);
        self.decref(la);
        self.decref(lb);
        let v = res?;
        let t = self.truthy(v);
        self.decref(v);
        t.map(Some)
    }

    /// `x in a` for the array `r`.
    pub(crate) fn array_contains(&mut self, r: ObjRef, x: Value) -> PyResult<bool> {
        Ok(self.array_find(r, x, 0, usize::MAX)?.is_some())
    }

    /// The first index in `[start, stop)` whose item equals `x`.
    pub(crate) fn array_find(
        &mut self,
        r: ObjRef,
        x: Value,
        start: usize,
        stop: usize,
    ) -> PyResult<Option<usize>> {
        let mut i = start;
        loop {
            let it = {
                let a = self.array_obj(r);
                if i >= a.len() || i >= stop {
                    return Ok(None);
                }
                a.item(i)
            };
            let v = self.array_item_value(it)?;
            let eq = self.eq(v, x);
            self.decref(v);
            if eq? {
                return Ok(Some(i));
            }
            i += 1;
        }
    }
}

/// Whether `o` is an array (for the VM's generic dispatchers).
pub fn is_array(o: &Obj) -> bool {
    matches!(o, Obj::Array(_))
}
