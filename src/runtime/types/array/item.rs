//! Array items between Python values and machine format (CPython's per-typecode
//! `getitem`/`setitem` functions in Modules/arraymodule.c): the conversions and range
//! checks with CPython 3.11's messages (each small code is parsed as the C type
//! `PyArg_Parse` uses for it first, so `'b'` reports a value beyond a short as a
//! short), `'f'` rounded to single precision, `'u'` one character.

use super::{ArrayObj, Item};
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// An int being converted: small, or too big for i64.
enum IntVal {
    Small(i64),
    Big(BigInt),
}

impl Vm {
    /// The Python value of an item (owned).
    #[inline]
    pub(crate) fn array_item_value(&mut self, it: Item) -> PyResult<Value> {
        Ok(match it {
            Item::Float(f) => self.float(f),
            Item::Int(i) => self.int(i),
            Item::UInt(u) => match i64::try_from(u) {
                Ok(i) => self.int(i),
                Err(_) => self.new_int(BigInt::from(u)),
            },
            Item::Char(c) => match char::from_u32(c) {
                Some(ch) => self.str_of_char(ch),
                None => {
                    return Err(self.value_error(format!(
                        "character U+{:x} is not in range [U+0000; U+10ffff]",
                        c
                    )))
                }
            },
        })
    }

    /// Item `i` of array `r` (in range) as a Python value.
    pub(crate) fn array_get(&mut self, r: ObjRef, i: usize) -> PyResult<Value> {
        let it = match self.heap.get(r) {
            Obj::Array(a) => a.item(i),
            _ => return Ok(Value::None),
        };
        self.array_item_value(it)
    }

    /// All items of array `r` as Python values (owned).
    pub(crate) fn array_values(&mut self, r: ObjRef) -> PyResult<Vec<Value>> {
        let items: Vec<Item> = match self.heap.get(r) {
            Obj::Array(a) => (0..a.len()).map(|i| a.item(i)).collect(),
            _ => Vec::new(),
        };
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            match self.array_item_value(it) {
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

    /// The int an integer item is made from (`__index__` honoured; a float is a
    /// TypeError, as for any object without `__index__`).
    fn array_int_arg(&mut self, v: Value) -> PyResult<IntVal> {
        if let Some(i) = self.as_i64(v) {
            return Ok(IntVal::Small(i));
        }
        let big = match self.as_bigint(v) {
            Some(b) => Some(b),
            None if matches!(v, Value::Obj(_)) => self.index_dunder(v)?,
            None => None,
        };
        match big {
            Some(b) => Ok(match b.to_i64() {
                Some(i) => IntVal::Small(i),
                None => IntVal::Big(b),
            }),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )))
            }
        }
    }

    /// The raw bits of `v` stored as an item of type code `code` (low bytes), or the
    /// error CPython raises for it.
    pub(crate) fn array_item_bits(&mut self, code: u8, v: Value) -> PyResult<u64> {
        match code {
            b'd' => {
                if let Value::Float(_) = v {
                    return Ok(self.heap.f64_of(v).unwrap_or(0.0).to_bits());
                }
                return Ok(self.to_f64(v)?.to_bits());
            }
            b'f' => return Ok((self.to_f64(v)? as f32).to_bits() as u64),
            b'u' => {
                if let Some(s) = self.as_str(v) {
                    let mut cs = s.chars();
                    if let (Some(c), None) = (cs.next(), cs.next()) {
                        return Ok(c as u64);
                    }
                }
                return Err(self.type_error("array item must be unicode character"));
            }
            _ => {}
        }
        let n = match self.array_int_arg(v)? {
            IntVal::Small(n) => n,
            IntVal::Big(b) => {
                let msg = match code {
                    b'I' | b'L' if b.is_negative() => {
                        "can't convert negative value to unsigned int"
                    }
                    b'I' | b'L' => match b.to_u64() {
                        Some(u) if code == b'L' => return Ok(u),
                        Some(_) => "unsigned int is greater than maximum",
                        None => "Python int too large to convert to C unsigned long",
                    },
                    b'q' => "int too big to convert",
                    b'Q' if b.is_negative() => "can't convert negative int to unsigned",
                    b'Q' => match b.to_u64() {
                        Some(u) => return Ok(u),
                        None => "int too big to convert",
                    },
                    _ => "Python int too large to convert to C long",
                };
                return Err(self.overflow_error(msg));
            }
        };
        // (low, high, message below, message above) checks, outermost C type first.
        let checks: &[(i64, i64, &str, &str)] = match code {
            b'b' => &[
                (
                    -32768,
                    32767,
                    "signed short integer is less than minimum",
                    "signed short integer is greater than maximum",
                ),
                (
                    -128,
                    127,
                    "signed char is less than minimum",
                    "signed char is greater than maximum",
                ),
            ],
            b'B' => &[(
                0,
                255,
                "unsigned byte integer is less than minimum",
                "unsigned byte integer is greater than maximum",
            )],
            b'h' => &[(
                -32768,
                32767,
                "signed short integer is less than minimum",
                "signed short integer is greater than maximum",
            )],
            b'H' => &[
                (
                    i32::MIN as i64,
                    i32::MAX as i64,
                    "signed integer is less than minimum",
                    "signed integer is greater than maximum",
                ),
                (
                    0,
                    65535,
                    "unsigned short is less than minimum",
                    "unsigned short is greater than maximum",
                ),
            ],
            b'i' => &[(
                i32::MIN as i64,
                i32::MAX as i64,
                "signed integer is less than minimum",
                "signed integer is greater than maximum",
            )],
            b'I' => &[(
                0,
                u32::MAX as i64,
                "can't convert negative value to unsigned int",
                "unsigned int is greater than maximum",
            )],
            b'L' => &[(
                0,
                i64::MAX,
                "can't convert negative value to unsigned int",
                "",
            )],
            b'Q' => &[(0, i64::MAX, "can't convert negative int to unsigned", "")],
            _ => &[],
        };
        for &(lo, hi, below, above) in checks {
            if n < lo {
                return Err(self.overflow_error(below));
            }
            if n > hi {
                return Err(self.overflow_error(above));
            }
        }
        Ok(n as u64)
    }

    /// `v` converted for an array of type code `code` and appended to `out`.
    pub(crate) fn array_pack_into(
        &mut self,
        code: u8,
        v: Value,
        out: &mut Vec<u8>,
    ) -> PyResult<()> {
        let bits = self.array_item_bits(code, v)?;
        let size = super::code_itemsize(code).unwrap_or(1);
        out.extend_from_slice(&bits.to_ne_bytes()[..size]);
        Ok(())
    }

    /// The array `v` is, or whose builtin part it is (an instance of a subclass).
    pub(crate) fn array_ref(&self, v: Value) -> Option<ObjRef> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Array(_) => Some(r),
                Obj::Instance(i) => match i.payload() {
                    Some(Value::Obj(p)) if matches!(self.heap.get(p), Obj::Array(_)) => Some(p),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// The payload of array `r`.
    pub(crate) fn array_obj(&self, r: ObjRef) -> &ArrayObj {
        match self.heap.get(r) {
            Obj::Array(a) => a,
            _ => unreachable!("not an array"),
        }
    }

    /// The payload of array `r`, mutable.
    pub(crate) fn array_obj_mut(&mut self, r: ObjRef) -> &mut ArrayObj {
        match self.heap.get_mut(r) {
            Obj::Array(a) => a,
            _ => unreachable!("not an array"),
        }
    }

    /// The BufferError of a length change while buffers are exported (CPython's
    /// `array_resize` check), or Ok when `r` may go from its length to `newlen`.
    pub(crate) fn array_check_resize(&mut self, r: ObjRef, newlen: usize) -> PyResult<()> {
        let a = self.array_obj(r);
        if a.exports > 0 && newlen != a.len() {
            return Err(self.err(
                "BufferError",
                "cannot resize an array that is exporting buffers",
            ));
        }
        Ok(())
    }

    /// Replaces items `[start, stop)` of array `r` by the machine-format `bytes`,
    /// with the allocation model and the export check.
    pub(crate) fn array_splice(
        &mut self,
        r: ObjRef,
        start: usize,
        stop: usize,
        bytes: &[u8],
    ) -> PyResult<()> {
        let (size, n) = {
            let a = self.array_obj(r);
            (a.itemsize, a.len())
        };
        let newlen = n - (stop - start) + bytes.len() / size;
        self.array_check_resize(r, newlen)?;
        let a = self.array_obj_mut(r);
        a.model_resize(newlen);
        a.data
            .splice(start * size..stop * size, bytes.iter().copied());
        Ok(())
    }
}
