//! The codec arguments of `str.encode`, `bytes.decode`, `bytes(s, encoding)` and
//! `str(b, encoding)`: encoding and error-handler names checked and looked up as
//! CPython does (Objects/unicodeobject.c `PyUnicode_AsEncodedString` and
//! `PyUnicode_Decode`, Python/codecs.c), the conversions themselves done by
//! `crate::text::codecs`.

use crate::runtime::builtins::{check_method, kwarg};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::text::codecs::{self, Codec, Errors};
use crate::value::Value;

impl Vm {
    /// `s.encode(encoding, errors)`.
    pub fn str_encode(&mut self, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        check_method(self, "encode", args, 0, 2)?;
        let enc = args.get(1).copied().or_else(|| kwarg(self, kw, "encoding"));
        let errs = args.get(2).copied().or_else(|| kwarg(self, kw, "errors"));
        let data = encode_with(self, args[0], enc, errs)?;
        Ok(self.new_bytes(data))
    }
}

/// A type name as Argument Clinic's errors give it (`None` for None).
pub(crate) fn arg_type_name(vm: &Vm, v: Value) -> String {
    match v {
        Value::None => "None".to_string(),
        _ => vm.type_name(v),
    }
}

/// The codec and error handler named by optional `encoding`/`errors` arguments.
fn codec_args(
    vm: &mut Vm,
    fname: &str,
    enc: Option<Value>,
    errs: Option<Value>,
) -> PyResult<Option<(Codec, Result<Errors, String>)>> {
    // Argument Clinic checks both argument types before any lookup.
    for (v, what) in [(enc, "encoding"), (errs, "errors")] {
        if let Some(v) = v {
            if !vm.is_str(v) {
                let tn = arg_type_name(vm, v);
                return Err(vm.type_error(format!(
                    "{}() argument '{}' must be str, not {}",
                    fname, what, tn
                )));
            }
        }
    }
    let errors = match errs {
        None => Ok(Errors::Strict),
        Some(e) => match vm.as_str(e) {
            Some(n) => Errors::lookup(n).ok_or_else(|| n.to_string()),
            None => {
                let tn = arg_type_name(vm, e);
                return Err(vm.type_error(format!(
                    "{}() argument 'errors' must be str, not {}",
                    fname, tn
                )));
            }
        },
    };
    if let Err(name) = &errors {
        // In development mode (`-X dev`) CPython checks the error handler's name
        // before coding anything, even when no error occurs.
        if dev_mode(vm) {
            let name = vm.new_str(name.clone());
            let r = registry_lookup(vm, "lookup_error", name);
            vm.decref(name);
            vm.decref(r?);
        }
    }
    let codec = match enc {
        None => Codec::Utf8,
        Some(e) => match vm.as_str(e) {
            Some(n) => match Codec::lookup(n) {
                Some(c) => c,
                // Not native: the codec registry (`_codecs`) looks it up.
                None => {
                    if dev_mode(vm) {
                        let r = registry_lookup(vm, "lookup", e);
                        vm.decref(r?);
                    }
                    return Ok(None);
                }
            },
            None => {
                let tn = arg_type_name(vm, e);
                return Err(vm.type_error(format!(
                    "{}() argument 'encoding' must be str, not {}",
                    fname, tn
                )));
            }
        },
    };
    Ok(Some((codec, errors)))
}

/// Whether the interpreter runs in CPython's development mode (`-X dev`).
fn dev_mode(vm: &Vm) -> bool {
    vm.xoptions.iter().any(|o| o == "dev")
}

/// `_codecs.<func>(name)` (`lookup` or `lookup_error`), owned result.
fn registry_lookup(vm: &mut Vm, func: &str, name: Value) -> PyResult<Value> {
    let module = vm.import_module("_codecs")?;
    let f = vm.get_attr(module, func);
    vm.decref(module);
    let f = f?;
    let r = vm.call_value(f, &[name], &[]);
    vm.decref(f);
    r
}

/// `_codecs.<func>(obj, encoding, errors)`: the codec registry's encode or
/// decode, for a codec or error handler the native conversions do not know
/// (one a search function or `codecs.register_error` added). Owned result.
fn registry_call(
    vm: &mut Vm,
    func: &str,
    obj: Value,
    enc: Option<Value>,
    errs: Option<Value>,
) -> PyResult<Value> {
    let module = vm.import_module("_codecs")?;
    let f = vm.get_attr(module, func);
    vm.decref(module);
    let f = f?;
    let enc = match enc {
        Some(e) => {
            vm.incref(e);
            e
        }
        None => vm.new_str("utf-8"),
    };
    let errs = match errs {
        Some(e) => {
            vm.incref(e);
            e
        }
        None => vm.new_str("strict"),
    };
    let r = vm.call_value(f, &[obj, enc, errs], &[]);
    for v in [f, enc, errs] {
        vm.decref(v);
    }
    r
}

/// Encodes the str (or str subclass instance) `src` with the codec and error
/// handler named by optional `encoding`/`errors` arguments (`str.encode`,
/// `bytes(s, encoding)`).
pub(crate) fn encode_with(
    vm: &mut Vm,
    src: Value,
    enc: Option<Value>,
    errs: Option<Value>,
) -> PyResult<Vec<u8>> {
    let Some((codec, errors)) = codec_args(vm, "str.encode", enc, errs)? else {
        return encode_by_registry(vm, src, enc, errs);
    };
    let flagged = vm.str_is_flagged(src);
    let text = vm.as_str(src).unwrap_or("");
    // Like CPython, an unknown error handler is looked up only when an error occurs.
    match codecs::encode(
        text,
        flagged,
        codec,
        errors.clone().unwrap_or(Errors::Strict),
    ) {
        Ok(d) => Ok(d),
        Err(e) => match errors {
            // A handler registered with `codecs.register_error` (or none).
            Err(_) => encode_by_registry(vm, src, enc, errs),
            // The error's object is the str itself, as CPython's.
            Ok(_) => {
                vm.incref(src);
                Err(vm.codec_error(false, e, src))
            }
        },
    }
}

/// Decodes `data` with the codec and error handler named by optional
/// `encoding`/`errors` arguments (`bytes.decode`, `str(b, encoding)`); `fname`
/// names the function in argument errors.
pub(crate) fn decode_with(
    vm: &mut Vm,
    fname: &str,
    data: &[u8],
    enc: Option<Value>,
    errs: Option<Value>,
) -> PyResult<Value> {
    let (codec, errors) = match codec_args(vm, fname, enc, errs) {
        Ok(Some(c)) => c,
        // CPython decodes empty input to "" before looking the codec up (but
        // after, in development mode, where `codec_args` looked it up).
        Ok(None) if data.is_empty() => return Ok(vm.new_str("")),
        Ok(None) => return decode_by_registry(vm, data, enc, errs),
        Err(e) => return Err(e),
    };
    let handler = errors.clone().unwrap_or(Errors::Strict);
    let decoded = if codec == Codec::UnicodeEscape {
        // CPython warns (stack level 1: the code that called the codec) about the
        // first unknown escape, once the whole input decoded.
        codecs::decode_unicode_escape(data, handler).map(|(s, flagged, invalid)| {
            let msg = invalid.map(|c| format!("invalid escape sequence '\\{}'", c as char));
            (s, flagged, msg)
        })
    } else {
        codecs::decode(data, codec, handler).map(|(s, flagged)| (s, flagged, None))
    };
    match decoded {
        Ok((s, flagged, warning)) => {
            if let Some(msg) = warning {
                vm.warn("DeprecationWarning", msg)?;
            }
            Ok(vm.new_str_derived(s, flagged))
        }
        Err(e) => match errors {
            Err(_) => decode_by_registry(vm, data, enc, errs),
            // The error's object is a new bytes of the data, as CPython's.
            Ok(_) => {
                let object = vm.new_bytes(data.to_vec());
                Err(vm.codec_error(true, e, object))
            }
        },
    }
}

/// `str.encode` through the codec registry: the bytes `_codecs._encode_slow`
/// returns (it checks they are bytes).
fn encode_by_registry(
    vm: &mut Vm,
    src: Value,
    enc: Option<Value>,
    errs: Option<Value>,
) -> PyResult<Vec<u8>> {
    let r = registry_call(vm, "_encode_slow", src, enc, errs)?;
    let data = vm.bytes_data(r).map(|d| d.to_vec()).unwrap_or_default();
    vm.decref(r);
    Ok(data)
}

/// `bytes.decode` through the codec registry (`_codecs._decode_slow`, which
/// checks the result is a str).
fn decode_by_registry(
    vm: &mut Vm,
    data: &[u8],
    enc: Option<Value>,
    errs: Option<Value>,
) -> PyResult<Value> {
    let object = vm.new_bytes(data.to_vec());
    let r = registry_call(vm, "_decode_slow", object, enc, errs);
    vm.decref(object);
    r
}
