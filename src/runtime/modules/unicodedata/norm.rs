//! `unicodedata.normalize` and `is_normalized` (and `ucd_3_2_0`'s): the
//! arguments with CPython's messages, and the result objects; the algorithm
//! (UAX #15) is `text::normalization`, which the lexer shares.
//!
//! As in CPython, a quick check runs first: when it says the text is already in
//! the form, `normalize` returns its argument itself (so the identity of the
//! result is CPython's), and `is_normalized` answers without normalizing.
//!
//! `ucd_3_2_0`'s versions (`old`) skip the quick check, as CPython's do (so they
//! always build a new string).

use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::text::normalization::{quick_check, run, Form};
use crate::value::Value;

/// The (form, code points of the text) arguments, with CPython's messages.
fn args_of(vm: &mut Vm, fname: &str, args: &[Value], kw: KwArgs) -> PyResult<(Form, Vec<u32>)> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", fname)));
    }
    if args.len() != 2 {
        let msg = crate::runtime::builtins::clinic_positional_msg(fname, args.len(), 2, 2);
        return Err(vm.type_error(msg));
    }
    for (i, &a) in args.iter().enumerate() {
        if vm.as_str(a).is_none() {
            let tn = crate::runtime::types::str::codec::arg_type_name(vm, a);
            return Err(vm.type_error(format!(
                "{}() argument {} must be str, not {}",
                fname,
                i + 1,
                tn
            )));
        }
    }
    let form = match vm.as_str(args[0]) {
        Some("NFC") => Form::Nfc,
        Some("NFKC") => Form::Nfkc,
        Some("NFD") => Form::Nfd,
        Some("NFKD") => Form::Nfkd,
        _ => return Err(vm.value_error("invalid normalization form")),
    };
    let flagged = vm.str_is_flagged(args[1]);
    let cps = match vm.as_str(args[1]) {
        Some(s) => crate::text::surrogates::code_points(s, flagged).collect(),
        None => Vec::new(),
    };
    Ok((form, cps))
}

/// `normalize(form, unistr)`: `unistr` itself when it is empty or the quick
/// check says it is already in the form, else a new string.
fn normalize_in(vm: &mut Vm, args: &[Value], kw: KwArgs, old: bool) -> PyResult<Value> {
    let (form, cps) = args_of(vm, "normalize", args, kw)?;
    if cps.is_empty() || (!old && quick_check(&cps, form) == 0) {
        vm.incref(args[1]);
        return Ok(args[1]);
    }
    let out = run(&cps, form, old);
    if let [one] = out[..] {
        // One character: CPython's shared single-character strings.
        return Ok(vm.str_of_code_point(one));
    }
    vm.new_str_code_points(&out)
}

fn is_normalized_in(vm: &mut Vm, args: &[Value], kw: KwArgs, old: bool) -> PyResult<Value> {
    let (form, cps) = args_of(vm, "is_normalized", args, kw)?;
    let answer = match if old { 1 } else { quick_check(&cps, form) } {
        0 => true,
        2 => false,
        _ => run(&cps, form, old) == cps,
    };
    Ok(Value::Bool(answer))
}

pub fn normalize(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    normalize_in(vm, args, kw, false)
}

pub fn is_normalized(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    is_normalized_in(vm, args, kw, false)
}

pub fn old_normalize(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    normalize_in(vm, args, kw, true)
}

pub fn old_is_normalized(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    is_normalized_in(vm, args, kw, true)
}
