//! `str(...)` (CPython's `unicode_new_impl` in Objects/unicodeobject.c): `str(x)` is
//! `PyObject_Str` (in `vm/repr.rs`), `str(b, encoding, errors)` decodes.

use super::codec::decode_with;
use crate::runtime::builtins::{check_args, kwarg};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// `str(...)`: calling the str class.
    pub fn str_new(&mut self, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        if args.len() > 1 || !kw.is_empty() {
            return self.str_decode_new(args, kw);
        }
        check_args(self, "str", args, 0, 1)?;
        match args.first() {
            None => Ok(self.new_str("")),
            Some(&v) => self.str_value(v),
        }
    }

    /// `str(obj, encoding, errors)`: decodes a bytes-like object (the one-argument
    /// forms are the caller's).
    pub fn str_decode_new(&mut self, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        if args.len() > 3 {
            return Err(self.type_error(format!(
                "str() takes at most 3 arguments ({} given)",
                args.len()
            )));
        }
        let enc = args.get(1).copied().or_else(|| kwarg(self, kw, "encoding"));
        let errs = args.get(2).copied().or_else(|| kwarg(self, kw, "errors"));
        let Some(obj) = args.first().copied().or_else(|| kwarg(self, kw, "object")) else {
            return Ok(self.new_str(""));
        };
        let Some(data) = self.buffer_bytes(obj)? else {
            if self.is_str(obj) {
                return Err(self.type_error("decoding str is not supported"));
            }
            let tn = self.type_name(obj);
            return Err(self.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                tn
            )));
        };
        decode_with(self, "str", &data, enc, errs)
    }
}
