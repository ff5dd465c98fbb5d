//! `str.format` (CPython's `do_string_format`, Objects/stringlib/unicode_format.h):
//! the template is parsed by `crate::text::str_format`; fields are looked up, converted
//! and formatted here.

use super::methods::{me, text_err};
use crate::runtime::builtins::kwarg;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::text::str_format::{self, AutoNumber, FieldAccessor, FieldArg, FormatPiece};
use crate::value::Value;

/// What CPython's writer returns a str written whole into an empty result as: the
/// pieces written so far and, when that is one, the str it was (owned).
#[derive(Default)]
struct Sole {
    written: usize,
    value: Option<Value>,
}

impl Sole {
    fn note(&mut self, vm: &mut Vm, whole: Option<Value>) {
        // Every piece counts, an empty one too (CPython returns the str itself
        // only when it is the one piece of the result: `"{}{}".format(s, "")` is new).
        self.written += 1;
        if let Some(old) = self.value.take() {
            vm.decref(old);
        }
        if self.written == 1 {
            if let Some(w) = whole {
                vm.incref(w);
                self.value = Some(w);
            }
        }
    }

    /// The result: the sole str written whole, or a new one of `out`.
    fn finish(mut self, vm: &mut Vm, out: String) -> Value {
        match self.value.take() {
            Some(v) if self.written == 1 => v,
            Some(v) => {
                vm.decref(v);
                vm.new_str(out)
            }
            None => vm.new_str(out),
        }
    }

    fn discard(mut self, vm: &mut Vm) {
        if let Some(v) = self.value.take() {
            vm.decref(v);
        }
    }
}

/// What a template's fields are looked up in: `args` by position and `kw` by
/// keyword, or (`format_map`) keywords as `map[key]` and positions an error; and
/// the numbering state the template shares with its nested specs.
struct Source<'a> {
    args: &'a [Value],
    kw: KwArgs<'a>,
    map: Option<Value>,
    auto: AutoNumber,
}

/// `build_string` + `do_markup`: renders template `text` into `out`, raising each
/// error where CPython meets it (see `crate::text::str_format`). `template` is the
/// str object `text` came from, when it is the top-level one.
fn build(
    vm: &mut Vm,
    src: &mut Source,
    text: &str,
    depth: u32,
    out: &mut String,
    sole: &mut Sole,
    template: Option<Value>,
) -> PyResult<()> {
    if depth == 0 {
        return Err(vm.value_error(str_format::RECURSION_ERROR));
    }
    let (pieces, err) = str_format::parse_markup(text);
    for p in &pieces {
        match p {
            FormatPiece::Literal(s) => {
                out.push_str(s);
                // A literal is the template itself when the template has no field.
                let whole = template.filter(|&t| pieces.len() == 1 && vm.as_str(t) == Some(s));
                sole.note(vm, whole);
            }
            FormatPiece::Field {
                name,
                conversion,
                spec,
                expand,
            } => {
                let v = field_object(vm, src, name)?;
                if let Some(Err(m)) = conversion.map(str_format::check_conversion) {
                    vm.decref(v);
                    return Err(vm.value_error(m));
                }
                let conv = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                // CPython converts first, then expands the spec.
                let v = if conv != 0 {
                    // An empty spec: the converted str itself.
                    let empty = vm.new_str(String::new());
                    let r = vm.format_value(v, conv, empty);
                    vm.decref(empty);
                    vm.decref(v);
                    r?
                } else {
                    v
                };
                let spec_s = if *expand {
                    let mut spec_s = String::new();
                    let mut spec_sole = Sole::default();
                    let r = build(vm, src, spec, depth - 1, &mut spec_s, &mut spec_sole, None);
                    spec_sole.discard(vm);
                    if let Err(e) = r {
                        vm.decref(v);
                        return Err(e);
                    }
                    spec_s
                } else {
                    spec.clone()
                };
                let sv = vm.new_str(spec_s);
                let r = vm.format_value(v, 0, sv);
                vm.decref(sv);
                vm.decref(v);
                let s = r?;
                let text = vm.as_str(s).unwrap_or("");
                out.push_str(text);
                let exact = matches!(s, Value::Obj(r) if matches!(vm.heap.get(r), crate::runtime::object::Obj::Str(_)));
                sole.note(vm, exact.then_some(s));
                vm.decref(s);
            }
        }
    }
    match err {
        Some(e) => Err(text_err(vm, e)),
        None => Ok(()),
    }
}

/// `get_field_object`: the object a field names (a new reference), its name split
/// and its accessors applied one at a time.
fn field_object(vm: &mut Vm, src: &mut Source, name: &str) -> PyResult<Value> {
    let (arg, mut pos) =
        str_format::split_field_name(name, &mut src.auto).map_err(|e| text_err(vm, e))?;
    let mut v = match &arg {
        FieldArg::Keyword(k) if src.map.is_some() => {
            let kv = vm.new_str(k.clone());
            let r = vm.get_item(src.map.unwrap_or(Value::None), kv);
            vm.decref(kv);
            r?
        }
        FieldArg::Auto(_) | FieldArg::Index(_) if src.map.is_some() => {
            return Err(vm.value_error("Format string contains positional fields"));
        }
        FieldArg::Auto(i) | FieldArg::Index(i) => match src.args.get(*i) {
            Some(&v) => {
                vm.incref(v);
                v
            }
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    i
                )))
            }
        },
        FieldArg::Keyword(k) => match kwarg(vm, src.kw, k) {
            Some(v) => {
                vm.incref(v);
                v
            }
            None => {
                let kv = vm.new_str(k.clone());
                let e = vm.key_error(kv);
                vm.decref(kv);
                return Err(e);
            }
        },
    };
    loop {
        let acc = match str_format::next_accessor(name, &mut pos) {
            Ok(Some(a)) => a,
            Ok(None) => return Ok(v),
            Err(e) => {
                vm.decref(v);
                return Err(text_err(vm, e));
            }
        };
        let nv = match acc {
            FieldAccessor::Attr(a) => vm.get_attr(v, a.as_str()),
            FieldAccessor::Index(i) => {
                let iv = vm.int(i as i64);
                let r = vm.get_item(v, iv);
                vm.decref(iv);
                r
            }
            FieldAccessor::Key(k) => {
                let kv = vm.new_str(k);
                let r = vm.get_item(v, kv);
                vm.decref(kv);
                r
            }
        };
        vm.decref(v);
        v = nv?;
    }
}

/// `str.format(*args, **kwargs)`.
pub(super) fn format(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = me(vm, args);
    let template = args.first().copied().filter(|&t| {
        matches!(t, Value::Obj(r) if matches!(vm.heap.get(r), crate::runtime::object::Obj::Str(_)))
    });
    let mut src = Source {
        args: &args[1..],
        kw,
        map: None,
        auto: AutoNumber::default(),
    };
    let (out, sole) = render(vm, &mut src, &s, template)?;
    Ok(sole.finish(vm, out))
}

/// The text of template `s` with its fields from `src`, and the sole-field value
/// `build` kept (released here when an error ends the rendering).
fn render(
    vm: &mut Vm,
    src: &mut Source,
    s: &str,
    template: Option<Value>,
) -> PyResult<(String, Sole)> {
    let mut out = String::new();
    let mut sole = Sole::default();
    let r = build(
        vm,
        src,
        s,
        str_format::MAX_DEPTH,
        &mut out,
        &mut sole,
        template,
    );
    if let Err(e) = r {
        sole.discard(vm);
        return Err(e);
    }
    Ok((out, sole))
}

/// `str.format_map(mapping)`: `str.format(**mapping)` without copying the mapping, so a
/// dict subclass's `__missing__` answers for absent keys.
pub(super) fn format_map(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_method(vm, "format_map", args, 1, 1)?;
    let s = me(vm, args);
    let mut src = Source {
        args: &[],
        kw: &[],
        map: Some(args[1]),
        auto: AutoNumber::default(),
    };
    let (out, sole) = render(vm, &mut src, &s, None)?;
    sole.discard(vm);
    Ok(vm.new_str(out))
}
