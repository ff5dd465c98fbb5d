//! `repr()` and `str()` of exceptions (CPython's `BaseException_repr` and
//! `BaseException_str`, and `KeyError_str`, Objects/exceptions.c), for instances whose
//! class does not override `__repr__`/`__str__` (see `types/class/repr.rs`).

use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// `Name(arg)` or `Name(args...)` for the exception `v`.
    pub(crate) fn exception_repr(&mut self, v: Value) -> PyResult<String> {
        let name = self.exc_display_name(v);
        let name = name.rsplit('.').next().unwrap_or("").to_string();
        let args = self.exc_args(v);
        let items = self.seq_items(args).unwrap_or_default();
        if items.len() == 1 {
            let a = self.repr(items[0])?;
            return Ok(format!("{}({})", name, a));
        }
        let a = self.repr(args)?;
        Ok(format!("{}{}", name, a))
    }

    /// `str(v)` for the exception `v`: empty, its one argument (repr'd for
    /// KeyError), or the repr of its args.
    pub(crate) fn exception_str(&mut self, v: Value) -> PyResult<String> {
        if let Some(s) = self.syntax_error_str(v)? {
            return Ok(s);
        }
        if let Some(s) = self.os_error_str(v)? {
            return Ok(s);
        }
        if let Some(s) = self.unicode_error_str(v)? {
            return Ok(s);
        }
        if let Some(s) = self.import_error_str(v) {
            return Ok(s);
        }
        if let Some(s) = self.group_str(v)? {
            return Ok(s);
        }
        let args = self.exc_args(v);
        let items = self.seq_items(args).unwrap_or_default();
        let is_key = self.exc_matches(v, "KeyError");
        match items.len() {
            0 => Ok(String::new()),
            1 if is_key => self.repr(items[0]),
            1 => self.to_str(items[0]),
            _ => self.repr(args),
        }
    }
}
