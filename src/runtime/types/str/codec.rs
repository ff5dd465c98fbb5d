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
) -> PyResult<(Codec, Result<Errors, String>)> {
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
    let codec = match enc {
        None => Codec::Utf8,
        Some(e) => match vm.as_str(e) {
            Some(n) => match Codec::lookup(n) {
                Some(c) => c,
                None => {
                    let m = format!("unknown encoding: {}", n);
                    return Err(vm.err("LookupError", m));
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
    Ok((codec, errors))
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
    let (codec, errors) = codec_args(vm, "str.encode", enc, errs)?;
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
            Err(name) => Err(vm.err(
                "LookupError",
                format!("unknown error handler name '{}'", name),
            )),
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
        Ok(c) => c,
        // CPython decodes empty input to "" before looking the codec up.
        Err(e) if data.is_empty() && vm.exc_matches(e.0, "LookupError") => {
            vm.decref(e.0);
            return Ok(vm.new_str(""));
        }
        Err(e) => return Err(e),
    };
    match codecs::decode(data, codec, errors.clone().unwrap_or(Errors::Strict)) {
        Ok((s, flagged)) => Ok(vm.new_str_derived(s, flagged)),
        Err(e) => match errors {
            Err(name) => Err(vm.err(
                "LookupError",
                format!("unknown error handler name '{}'", name),
            )),
            // The error's object is a new bytes of the data, as CPython's.
            Ok(_) => {
                let object = vm.new_bytes(data.to_vec());
                Err(vm.codec_error(true, e, object))
            }
        },
    }
}
