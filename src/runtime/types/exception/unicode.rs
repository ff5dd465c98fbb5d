//! The members of the `UnicodeError` subclasses (`encoding`, `object`, `start`, `end`,
//! `reason`) and the constructors and `str()` of `UnicodeEncodeError`,
//! `UnicodeDecodeError` and `UnicodeTranslateError`: CPython's `PyUnicodeErrorObject`
//! with its member descriptors, `UnicodeEncodeError_init`/`_str` and their
//! decode/translate counterparts (Objects/exceptions.c).
//!
//! The values live in `ExcState::fields` in the order of [`FIELDS`]. An exception made
//! without the five arguments (one the runtime raises with only a message) has no
//! `object`, and its `str()` is the ordinary one of its args.

use crate::runtime::builtins::add_methods;
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::Value;

/// The members, in field order (on each of the three subclasses, as in CPython:
/// `UnicodeError` itself has none).
const FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];
const ENCODING: usize = 0;
const OBJECT: usize = 1;
const START: usize = 2;
const END: usize = 3;
const REASON: usize = 4;

/// Registers the member descriptors and the `__init__`s of the three subclasses.
pub fn install(vm: &mut Vm) {
    for (cls, init) in [
        ("UnicodeEncodeError", encode_init as _),
        ("UnicodeDecodeError", decode_init as _),
        ("UnicodeTranslateError", translate_init as _),
    ] {
        let c = vm.exc_type(cls);
        add_methods(vm, c, &[("__init__", init)]);
        for (ix, f) in FIELDS.iter().enumerate() {
            super::fields::add_member(vm, c, f, ix as u32);
        }
    }
}

/// Which argument an `__init__` expects at a position.
#[derive(Clone, Copy)]
enum Want {
    Str,
    Bytes,
    Int,
}

/// The shared body of the three `__init__`s: `args` (with self) becomes the
/// exception's args, then the members are set from them.
fn init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(&me) = args.first() else {
        return Err(vm.type_error("descriptor '__init__' needs an argument"));
    };
    super::fields::reinit(vm, args, kw)?;
    init_members(vm, me, &args[1..])?;
    Ok(Value::None)
}

/// What calling a Unicode error class does beyond `args` (also run for a new
/// exception by `new.rs`): each argument is checked as its class wants and stored in
/// its member. Nothing for other exceptions.
pub fn init_members(vm: &mut Vm, me: Value, rest: &[Value]) -> PyResult<()> {
    use Want::*;
    if !vm.exc_matches(me, "UnicodeError") {
        return Ok(());
    }
    const FIVE: [usize; 5] = [ENCODING, OBJECT, START, END, REASON];
    let (spec, fields): (&[Want], &[usize]) = if vm.exc_matches(me, "UnicodeEncodeError") {
        (&[Str, Str, Int, Int, Str], &FIVE)
    } else if vm.exc_matches(me, "UnicodeDecodeError") {
        (&[Str, Bytes, Int, Int, Str], &FIVE)
    } else if vm.exc_matches(me, "UnicodeTranslateError") {
        (&[Str, Int, Int, Str], &[OBJECT, START, END, REASON])
    } else {
        return Ok(());
    };
    if rest.len() != spec.len() {
        return Err(vm.type_error(format!(
            "function takes exactly {} arguments ({} given)",
            spec.len(),
            rest.len()
        )));
    }
    let mut vals = Vec::with_capacity(spec.len());
    for (i, (&a, &want)) in rest.iter().zip(spec).enumerate() {
        match member_value(vm, i, a, want) {
            Ok(v) => vals.push(v),
            Err(e) => {
                // The members checked so far are let go of: none is set.
                for v in vals {
                    vm.decref(v);
                }
                return Err(e);
            }
        }
    }
    for (&ix, v) in fields.iter().zip(vals) {
        let old = vm.set_exc_field(me, ix, v);
        if !old.is_undef() {
            vm.decref(old);
        }
    }
    Ok(())
}

/// Argument `i` (`a`, borrowed) of a Unicode error's constructor checked as `want`
/// says: a new reference to the member's value.
fn member_value(vm: &mut Vm, i: usize, a: Value, want: Want) -> PyResult<Value> {
    Ok(match want {
        Want::Str => {
            if vm.as_str(a).is_none() {
                let tn = vm.type_name(a);
                return Err(vm.type_error(format!("argument {} must be str, not {}", i + 1, tn)));
            }
            vm.incref(a);
            a
        }
        Want::Bytes => match vm.buffer_bytes(a)? {
            // A bytes-like object is kept as bytes (a bytearray is copied).
            Some(_) if matches!(a, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Bytes(_))) => {
                vm.incref(a);
                a
            }
            Some(data) => vm.new_bytes(data),
            None => {
                let tn = vm.type_name(a);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
            }
        },
        Want::Int => {
            let n = vm.index_arg(a)?;
            vm.int(n)
        }
    })
}

fn encode_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    init(vm, args, kw)
}

fn decode_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    init(vm, args, kw)
}

fn translate_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    init(vm, args, kw)
}

impl Vm {
    /// The exception a codec failure raises (`crate::text::codecs::CodecError`): a
    /// UnicodeEncodeError (`decoding` false) or UnicodeDecodeError made with its five
    /// arguments as CPython's `make_encode_exception`/`make_decode_exception` do, so
    /// `start`, `end`, `object` and the rest read back; `object` (owned) is the str
    /// encoded or the bytes decoded. An error that is not a Unicode one is the
    /// TypeError or ValueError its message names.
    pub(crate) fn codec_error(
        &mut self,
        decoding: bool,
        e: crate::text::codecs::CodecError,
        object: Value,
    ) -> PyErr {
        let Some(span) = e.unicode else {
            self.decref(object);
            if e.message == crate::text::codecs::DECODE_HANDLER_TYPE_ERROR {
                return self.type_error(e.message);
            }
            return self.value_error(e.message);
        };
        let kind = if decoding {
            "UnicodeDecodeError"
        } else {
            "UnicodeEncodeError"
        };
        let args = vec![
            self.new_str(span.encoding),
            object,
            self.int(span.start as i64),
            self.int(span.end as i64),
            self.new_str(span.reason),
        ];
        let cls = self.exc_type(kind);
        let exc = self.new_exception(cls, args.clone());
        // The arguments are of the types the members want: this cannot fail.
        if let Err(err) = init_members(self, exc, &args) {
            self.decref(exc);
            return err;
        }
        PyErr(exc)
    }

    /// `str()` of a UnicodeEncodeError, UnicodeDecodeError or UnicodeTranslateError
    /// (CPython's `UnicodeEncodeError_str` & co): one character or byte named when
    /// the range covers exactly one, else the range. `""` for one made by `__new__`
    /// alone; None (the ordinary str) for other exceptions and for one the runtime
    /// made with a message only.
    pub(crate) fn unicode_error_str(&mut self, exc: Value) -> PyResult<Option<String>> {
        let kind = if self.exc_matches(exc, "UnicodeEncodeError") {
            "encode"
        } else if self.exc_matches(exc, "UnicodeDecodeError") {
            "decode"
        } else if self.exc_matches(exc, "UnicodeTranslateError") {
            "translate"
        } else {
            return Ok(None);
        };
        let object = self.exc_field(exc, OBJECT);
        if matches!(object, Value::None) {
            let args = self.exc_args(exc);
            let empty = self.seq_items(args).is_none_or(|a| a.is_empty());
            return Ok(empty.then(String::new));
        }
        let num = |vm: &Vm, ix: usize| vm.as_i64(vm.exc_field(exc, ix)).unwrap_or(0);
        let (start, end) = (num(self, START), num(self, END));
        let reason = self.exc_field(exc, REASON);
        let reason = self.to_str(reason)?;
        let prefix = if kind == "translate" {
            "can't translate".to_string()
        } else {
            let enc = self.exc_field(exc, ENCODING);
            format!("'{}' codec can't {kind}", self.to_str(enc)?)
        };
        let single = end.checked_sub(1) == Some(start) && start >= 0;
        if kind == "decode" {
            if let Some(&b) = single
                .then(|| self.bytes_data(object).and_then(|d| d.get(start as usize)))
                .flatten()
            {
                return Ok(Some(format!(
                    "{prefix} byte 0x{b:02x} in position {start}: {reason}"
                )));
            }
            return Ok(Some(format!(
                "{prefix} bytes in position {start}-{}: {reason}",
                end.wrapping_sub(1)
            )));
        }
        // Code points, a lone surrogate's own (not its stand-in's, `text::surrogates`).
        let flagged = self.str_is_flagged(object);
        let ch = single
            .then(|| {
                self.as_str(object).and_then(|s| {
                    crate::text::surrogates::code_points(s, flagged).nth(start as usize)
                })
            })
            .flatten();
        if let Some(c) = ch {
            let shown = if c <= 0xff {
                format!("\\x{c:02x}")
            } else if c <= 0xffff {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            return Ok(Some(format!(
                "{prefix} character '{shown}' in position {start}: {reason}"
            )));
        }
        Ok(Some(format!(
            "{prefix} characters in position {start}-{}: {reason}",
            end.wrapping_sub(1)
        )))
    }
}
