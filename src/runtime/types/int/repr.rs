//! `repr(int)`/`str(int)` and CPython 3.11's int<->decimal-str digit limit
//! (`sys.set_int_max_str_digits`; Objects/longobject.c `long_to_decimal_string`,
//! `_PY_LONG_MAX_STR_DIGITS_THRESHOLD` checks). A small int's text needs no check:
//! an i64 has at most 19 digits, below the smallest allowed limit (640).

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::text;
use crate::value::{ObjRef, Value};

impl Vm {
    /// CPython 3.11's limit on decimal int<->str conversions (`sys.set_int_max_str_digits`).
    /// `parsed` is Some(n) when converting a string of n digits to an int.
    pub fn check_int_str_digits(&mut self, digits: usize, parsed: Option<usize>) -> PyResult<()> {
        let limit = self.int_max_str_digits;
        if limit == 0 || digits <= limit {
            return Ok(());
        }
        let msg = match parsed {
            Some(n) => format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                limit, n
            ),
            None => format!(
                "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                limit
            ),
        };
        Err(self.value_error(msg))
    }

    /// The int->decimal-str limit for a value about to be formatted.
    pub fn check_bigint_decimal(&mut self, b: &num_bigint::BigInt) -> PyResult<()> {
        let limit = self.int_max_str_digits as u64;
        // log2(10) < 3.33: fewer bits than this cannot reach `limit` digits.
        if limit == 0 || b.bits() * 100 < limit * 332 {
            return Ok(());
        }
        let digits = b.magnitude().to_string().len();
        self.check_int_str_digits(digits, None)
    }

    /// `repr()` of the big int in slot `r`, refused past the digit limit.
    pub(crate) fn bigint_repr(&mut self, r: ObjRef) -> PyResult<String> {
        let Obj::BigInt(b) = self.heap.get(r) else {
            unreachable!()
        };
        let text = b.to_string();
        self.check_int_str_digits(text.trim_start_matches('-').len(), None)?;
        Ok(text)
    }

    /// `str(i)` of a small int as a new str value: the digits go from a stack buffer
    /// straight into the str (inline when short), with no intermediate `String`.
    pub(crate) fn small_int_str(&mut self, i: i64) -> Value {
        let mut buf = [0u8; 20];
        let from = text::int_text::u64_digits(i.unsigned_abs(), &mut buf);
        let digits = &buf[from..];
        let n = digits.len();
        let mut tmp = [0u8; 21];
        let start = if i < 0 {
            tmp[0] = b'-';
            1
        } else {
            0
        };
        tmp[start..start + n].copy_from_slice(digits);
        let t = std::str::from_utf8(&tmp[..start + n]).unwrap_or("0");
        let facts = crate::runtime::types::str::StrFacts::ascii(t.len());
        let obj = crate::runtime::types::str::StrObj::from_str_facts(t, facts);
        Value::Obj(self.heap.alloc(crate::runtime::object::Obj::Str(obj)))
    }
}
