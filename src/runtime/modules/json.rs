//! `_mempy_json`: the native half of `_json`, CPython's Modules/_json.c accelerator:
//! the string escapers (`py_encode_basestring`, `py_encode_basestring_ascii`),
//! `scanstring`, and the call slots of `_json`'s two types, the Scanner
//! (`scanner_call`, `scan_once_unicode`: `scanner.rs`) and the Encoder
//! (`encoder_call`, `encoder_listencode_obj`: `encoder.rs`).
//!
//! The Python half (`py/_json.py`) defines the two classes, whose constructors read
//! and check their arguments as the C types' do, and hands them to `install`, which
//! makes each one's `__call__` a native method here: a `json.loads` or a one-shot
//! `json.dumps` then runs without a Python frame per value, as CPython's does. The
//! functions exported under `_json`'s names report `_json` as their module.
//!
//! Strings are UTF-8 (see `types/str`): both halves work on bytes (JSON's syntax is
//! ASCII, so a byte position at a syntax character is a character boundary) and turn
//! byte offsets into the code-point indices Python sees only where one is reported.

mod encoder;
mod scanner;

use crate::runtime::builtins::{add_module_fns, new_module};
use crate::runtime::object::{BuiltinFn, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::text::surrogates;
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_mempy_json");
    // What `_json` re-exports: CPython's module functions of that module.
    add_module_fns(
        vm,
        d,
        "_json",
        &[
            ("encode_basestring", encode),
            ("encode_basestring_ascii", encode_ascii),
            ("scanstring", scanner::scanstring),
        ],
    );
    add_module_fns(vm, d, "_mempy_json", &[("install", install)]);
    m
}

/// `install(Scanner, Encoder)`: gives `_json`'s two classes their native `__call__`
/// (a method that binds its instance, as a C type's `tp_call` slot wrapper does).
fn install(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "install", args, 2, 2)?;
    for (cls, f) in [
        (
            args[0],
            scanner::scanner_call as crate::runtime::object::NativeFn,
        ),
        (args[1], encoder::encoder_call),
    ] {
        let Value::Obj(c) = cls else {
            return Err(vm.type_error("install() needs two classes"));
        };
        if !matches!(vm.heap.get(c), Obj::Class(_)) {
            return Err(vm.type_error("install() needs two classes"));
        }
        let m = vm.heap.new_value(Obj::Builtin(Box::new(BuiltinFn {
            name: "__call__",
            f,
            self_: Value::Undef,
            owner: Some(c),
            plain: false,
            objclass: Some(c),
        })));
        let name = vm.intern("__call__");
        let r = vm.set_attr(cls, name, Some(m));
        vm.decref(m);
        r?;
    }
    Ok(Value::None)
}

fn encode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    escape_arg(vm, args, kw, "encode_basestring", false)
}

fn encode_ascii(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    escape_arg(vm, args, kw, "encode_basestring_ascii", true)
}

/// The escapers' one argument: a str or an instance of a str subclass (whose text is
/// escaped, its methods never asked).
fn escape_arg(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &str, ascii: bool) -> PyResult<Value> {
    crate::runtime::builtins::no_kwargs(vm, name, kw)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            name,
            args.len()
        )));
    }
    let mut out = Out::default();
    match vm.str_and_facts(args[0]) {
        Some((text, facts)) => out.escape(text, facts, ascii),
        None => {
            let tn = vm.type_name(args[0]);
            return Err(vm.type_error(format!("first argument must be a string, not {:.80}", tn)));
        }
    }
    out.finish(vm)
}

/// Text being built (CPython's `_PyUnicodeWriter`), with what is needed to make a str
/// of it: whether it holds lone surrogates (as stand-ins) and whether it holds real
/// U+F0000..U+F07FF characters (the two cannot meet, `surrogates::MIXED`).
#[derive(Default)]
pub(crate) struct Out {
    pub s: String,
    flagged: bool,
    real_stand_in: bool,
}

impl Out {
    /// Appends a str's text.
    pub fn push_text(&mut self, text: &str, facts: crate::runtime::types::str::StrFacts) {
        self.s.push_str(text);
        self.note(text, facts);
    }

    fn note(&mut self, text: &str, facts: crate::runtime::types::str::StrFacts) {
        if facts.is_flagged() {
            self.flagged = true;
        } else if facts.may_hold_stand_ins() && surrogates::has_stand_in(text) {
            self.real_stand_in = true;
        }
    }

    /// Appends the JSON string literal of a str's text: quoted, with quotes,
    /// backslashes and control characters escaped and, when `ascii`, every character
    /// from U+007F on as `\uXXXX` (a surrogate pair above U+FFFF).
    pub fn escape(&mut self, text: &str, facts: crate::runtime::types::str::StrFacts, ascii: bool) {
        let flagged = facts.is_flagged();
        if !ascii {
            self.note(text, facts);
        }
        let out = &mut self.s;
        out.reserve(text.len() + 2);
        out.push('"');
        let b = text.as_bytes();
        let (mut start, mut i) = (0, 0);
        while i < b.len() {
            let c = b[i];
            let plain = c >= 0x20 && c != b'"' && c != b'\\' && (!ascii || c < 0x7f);
            if plain {
                i += 1;
                continue;
            }
            // `i` is at a character boundary: an ASCII byte, or (ascii mode only) the
            // first byte of a character, as whole characters are stepped over below.
            out.push_str(&text[start..i]);
            if c < 0x80 {
                match c {
                    b'"' => out.push_str("\\\""),
                    b'\\' => out.push_str("\\\\"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x08 => out.push_str("\\b"),
                    0x0c => out.push_str("\\f"),
                    _ => push_u(out, u32::from(c)),
                }
                i += 1;
            } else {
                let ch = text[i..].chars().next().unwrap_or('\u{fffd}');
                let cp = surrogates::code_point(ch, flagged);
                if cp >= 0x10000 {
                    let v = cp - 0x10000;
                    push_u(out, 0xD800 | (v >> 10));
                    push_u(out, 0xDC00 | (v & 0x3FF));
                } else {
                    push_u(out, cp);
                }
                i += ch.len_utf8();
            }
            start = i;
        }
        out.push_str(&text[start..]);
        out.push('"');
    }

    /// The text as a new str (a one-character Latin-1 result is the shared one, as
    /// `_PyUnicodeWriter_Finish` returns).
    pub fn finish(self, vm: &mut Vm) -> PyResult<Value> {
        use crate::runtime::types::str::StrFacts;
        if self.flagged && self.real_stand_in {
            return Err(vm.value_error(surrogates::MIXED));
        }
        let facts = if self.flagged {
            StrFacts::of_derived(&self.s, true)
        } else {
            StrFacts::of(&self.s)
        };
        Ok(vm.new_str_facts(self.s, facts))
    }

    /// As `finish`, but a one-character text is a new str, not the shared one (what
    /// C's int and float reprs make).
    pub fn finish_fresh(self, vm: &mut Vm) -> PyResult<Value> {
        use crate::runtime::types::str::StrObj;
        let mut it = self.s.chars();
        if let (Some(_), None) = (it.next(), it.next()) {
            let o = StrObj::new(self.s);
            return Ok(Value::Obj(vm.heap.alloc(Obj::Str(o))));
        }
        self.finish(vm)
    }
}

/// `\uXXXX` with lower-case hex digits.
fn push_u(out: &mut String, c: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(char::from(HEX[((c >> shift) & 0xF) as usize]));
    }
}

/// An index-sized integer argument (CPython's `n` format).
fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    crate::runtime::builtins::ssize_arg(vm, v, "Python int too large to convert to C ssize_t")
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)` raised (CPython's `raise_errmsg`,
/// which takes the class from the `json.decoder` module).
fn decode_error(vm: &mut Vm, msg: &str, doc: Value, pos: i64) -> PyErr {
    let module = match vm.loaded_module("json.decoder") {
        Some(m) => m,
        None => match vm.import_module("json.decoder") {
            Ok(top) => {
                vm.decref(top);
                match vm.loaded_module("json.decoder") {
                    Some(m) => m,
                    None => return vm.err("ImportError", "json.decoder"),
                }
            }
            Err(e) => return e,
        },
    };
    let cls = vm.get_attr(module, "JSONDecodeError");
    vm.decref(module);
    let cls = match cls {
        Ok(c) => c,
        Err(e) => return e,
    };
    let m = vm.new_str(msg);
    let p = vm.int(pos);
    let exc = vm.call_value(cls, &[m, doc, p], &[]);
    vm.decref(m);
    vm.decref(p);
    vm.decref(cls);
    match exc {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::types::str::StrFacts;

    fn esc(s: &str, ascii: bool) -> String {
        let mut o = Out::default();
        o.escape(s, StrFacts::of(s), ascii);
        o.s
    }

    #[test]
    fn escapes_as_cpython() {
        assert_eq!(esc("a\"b\\c\n\x01", false), "\"a\\\"b\\\\c\\n\\u0001\"");
        assert_eq!(esc("é\u{7f}😀", false), "\"é\u{7f}😀\"");
        assert_eq!(esc("é\u{7f}😀", true), "\"\\u00e9\\u007f\\ud83d\\ude00\"");
    }
}
