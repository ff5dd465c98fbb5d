//! `_mempy_json`: the string escapers of `_json` (CPython's Modules/_json.c
//! `py_encode_basestring` and `py_encode_basestring_ascii`), natively: every str a
//! JSON encoder writes goes through one of them. The Python half (`py/_json.py`)
//! checks the argument's type and exposes them under `_json`'s names.

use crate::runtime::builtins::{add_module_fns, new_module};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use std::fmt::Write;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_mempy_json");
    add_module_fns(
        vm,
        d,
        "_mempy_json",
        &[
            ("encode_basestring", encode),
            ("encode_basestring_ascii", encode_ascii),
        ],
    );
    m
}

fn encode(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    escape(vm, args, false)
}

fn encode_ascii(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    escape(vm, args, true)
}

/// The JSON string literal of the str argument: quotes, backslashes and control
/// characters escaped and, when `ascii`, everything from U+007F on as `\uXXXX`
/// (a surrogate pair above U+FFFF). None for a str holding lone surrogates, which
/// the Python half escapes itself (its result may hold them too).
fn escape(vm: &mut Vm, args: &[Value], ascii: bool) -> PyResult<Value> {
    let text = match args.first() {
        Some(&Value::Obj(r)) => match vm.heap.get(r) {
            Obj::Str(s) if s.is_flagged() => return Ok(Value::None),
            Obj::Str(s) => escape_code_points(s.code_points(), s.as_str().len(), ascii),
            _ => None,
        },
        _ => None,
    };
    match text {
        Some(t) => Ok(vm.new_str(t)),
        None => Err(vm.type_error("_mempy_json: str argument expected")),
    }
}

fn escape_code_points(cps: impl Iterator<Item = u32>, len: usize, ascii: bool) -> Option<String> {
    let mut out = String::with_capacity(len + 2);
    out.push('"');
    for c in cps {
        match c {
            0x22 => out.push_str("\\\""),
            0x5C => out.push_str("\\\\"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0C => out.push_str("\\f"),
            c if c < 0x20 || (ascii && c >= 0x7F) => {
                if c >= 0x10000 {
                    let v = c - 0x10000;
                    let (hi, lo) = (0xD800 | (v >> 10), 0xDC00 | (v & 0x3FF));
                    let _ = write!(out, "\\u{hi:04x}\\u{lo:04x}");
                } else {
                    let _ = write!(out, "\\u{c:04x}");
                }
            }
            c => out.push(char::from_u32(c)?),
        }
    }
    out.push('"');
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn esc(s: &str, ascii: bool) -> String {
        escape_code_points(s.chars().map(u32::from), s.len(), ascii).unwrap()
    }

    #[test]
    fn escapes_as_cpython() {
        assert_eq!(esc("a\"b\\c\n\x01", false), "\"a\\\"b\\\\c\\n\\u0001\"");
        assert_eq!(esc("é\u{7f}😀", false), "\"é\u{7f}😀\"");
        assert_eq!(esc("é\u{7f}😀", true), "\"\\u00e9\\u007f\\ud83d\\ude00\"");
    }
}
