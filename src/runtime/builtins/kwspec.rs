//! Keyword arguments of builtin functions, methods and classes: which ones each
//! accepts, checked before the native code runs (CPython's `PyArg_Parse*` and
//! Argument Clinic's keyword parsing: `_PyArg_NoKeywords`, "'x' is an invalid keyword
//! argument for f()", "argument for f() given by name ('x') and position (1)").
//!
//! Only calls with keywords come here. A builtin missing from the tables is not
//! checked (its native code reads the keywords it knows). For builtins marked
//! `rewrite`, keywords naming positional parameters are moved into place, so the
//! native code, which reads those positionally, sees `enumerate(iterable=x, start=1)`
//! as `enumerate(x, 1)`.

use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// How a builtin takes keyword arguments.
#[derive(Clone, Copy)]
pub enum KwSpec {
    /// `f() takes no keyword arguments`.
    None,
    /// A TypeError with this message.
    Message(&'static str),
    /// Named parameters: `params` may be passed by position (the first `posonly`
    /// only by position), `kwonly` only by keyword.
    Params {
        params: &'static [&'static str],
        posonly: usize,
        kwonly: &'static [&'static str],
        /// Move keywords naming positional parameters into the positional arguments.
        rewrite: bool,
        /// How many of `params` are required (for `rewrite`'s missing-argument error).
        required: usize,
    },
}

const fn kw(
    params: &'static [&'static str],
    posonly: usize,
    kwonly: &'static [&'static str],
) -> KwSpec {
    KwSpec::Params {
        params,
        posonly,
        kwonly,
        rewrite: false,
        required: 0,
    }
}

const fn kw_pos(params: &'static [&'static str], required: usize) -> KwSpec {
    KwSpec::Params {
        params,
        posonly: 0,
        kwonly: &[],
        rewrite: true,
        required,
    }
}

/// Builtin functions and classes (by name).
fn function_spec(name: &str) -> Option<KwSpec> {
    Some(match name {
        "abs" | "all" | "any" | "ascii" | "bin" | "callable" | "chr" | "delattr" | "dir"
        | "divmod" | "format" | "getattr" | "globals" | "hasattr" | "hash" | "hex" | "id"
        | "input" | "isinstance" | "issubclass" | "iter" | "len" | "locals" | "next" | "oct"
        | "ord" | "repr" | "setattr" | "vars" => KwSpec::None,
        // Classes.
        "range" | "list" | "tuple" | "set" | "frozenset" | "bool" | "float" | "map" | "filter"
        | "reversed" | "slice" | "super" | "staticmethod" | "classmethod" => KwSpec::None,
        "object" => KwSpec::Message("object() takes no arguments"),
        "eval" => KwSpec::None,
        "exec" => kw(&["source", "globals", "locals"], 3, &["closure"]),
        "print" => kw(&[], 0, &["sep", "end", "file", "flush"]),
        "compile" => kw(
            &[
                "source",
                "filename",
                "mode",
                "flags",
                "dont_inherit",
                "optimize",
            ],
            0,
            &["_feature_version"],
        ),
        "min" | "max" => kw(&[], 0, &["key", "default"]),
        "sorted" => kw(&["iterable"], 1, &["key", "reverse"]),
        "sum" => kw(&["iterable", "start"], 1, &[]),
        "round" => kw_pos(&["number", "ndigits"], 1),
        "pow" => kw_pos(&["base", "exp", "mod"], 2),
        "zip" => kw(&[], 0, &["strict"]),
        "enumerate" => kw_pos(&["iterable", "start"], 1),
        "int" => kw(&["x", "base"], 1, &[]),
        "complex" => kw_pos(&["real", "imag"], 0),
        "str" => kw_pos(&["object", "encoding", "errors"], 0),
        "bytes" | "bytearray" => kw(&["source", "encoding", "errors"], 0, &[]),
        "open" => kw(
            &[
                "file",
                "mode",
                "buffering",
                "encoding",
                "errors",
                "newline",
                "closefd",
                "opener",
            ],
            0,
            &[],
        ),
        _ => return None,
    })
}

/// Methods of builtin classes (by class and method name).
fn method_spec(owner: &str, name: &str) -> Option<KwSpec> {
    Some(match (owner, name) {
        ("list", "sort") => kw(&[], 0, &["key", "reverse"]),
        (
            "list",
            "append" | "count" | "index" | "insert" | "pop" | "remove" | "extend" | "clear"
            | "copy" | "reverse",
        ) => KwSpec::None,
        (
            "dict",
            "get" | "pop" | "setdefault" | "popitem" | "keys" | "values" | "items" | "copy"
            | "clear" | "__contains__" | "__getitem__" | "__sizeof__",
        ) => KwSpec::None,
        ("tuple", "index" | "count") => KwSpec::None,
        (
            "set" | "frozenset",
            "add"
            | "remove"
            | "discard"
            | "pop"
            | "clear"
            | "copy"
            | "union"
            | "intersection"
            | "difference"
            | "symmetric_difference"
            | "issubset"
            | "issuperset"
            | "isdisjoint"
            | "update"
            | "intersection_update"
            | "difference_update"
            | "symmetric_difference_update",
        ) => KwSpec::None,
        ("str" | "bytes" | "bytearray", "split" | "rsplit") => kw(&["sep", "maxsplit"], 0, &[]),
        ("str" | "bytes" | "bytearray", "splitlines") => kw(&["keepends"], 0, &[]),
        ("str" | "bytes" | "bytearray", "expandtabs") => kw(&["tabsize"], 0, &[]),
        ("str", "encode") | ("bytes" | "bytearray", "decode") => {
            kw(&["encoding", "errors"], 0, &[])
        }
        ("bytes" | "bytearray", "hex") => kw(&["sep", "bytes_per_sep"], 0, &[]),
        (
            "str" | "bytes" | "bytearray",
            "startswith" | "endswith" | "join" | "replace" | "center" | "ljust" | "rjust" | "strip"
            | "lstrip" | "rstrip" | "find" | "rfind" | "index" | "rindex" | "count" | "partition"
            | "rpartition" | "zfill" | "lower" | "upper" | "title" | "capitalize" | "swapcase"
            | "casefold" | "isdigit" | "isalpha" | "isalnum" | "isspace" | "islower" | "isupper"
            | "istitle" | "isdecimal" | "isnumeric" | "isidentifier" | "isprintable" | "isascii"
            | "removeprefix" | "removesuffix",
        ) => KwSpec::None,
        ("str", "format_map") => KwSpec::None,
        ("int", "bit_length" | "bit_count" | "conjugate" | "as_integer_ratio") => KwSpec::None,
        ("int", "to_bytes") => kw(&["length", "byteorder"], 0, &["signed"]),
        ("float", "hex" | "is_integer" | "as_integer_ratio" | "conjugate") => KwSpec::None,
        _ => return None,
    })
}

impl Vm {
    /// Checks (and for `rewrite` specs, rearranges) the keyword arguments of a call
    /// of a builtin. `owner` is the class of a method (None for a function or a
    /// class's constructor), `args` the positional arguments without the receiver.
    /// Returns the new positional arguments and keywords when something moved.
    #[allow(clippy::type_complexity)]
    pub fn check_builtin_kwargs(
        &mut self,
        owner: Option<ObjRef>,
        name: &str,
        args: &[Value],
        kw: KwArgs,
    ) -> PyResult<Option<(Vec<Value>, Vec<(ObjRef, Value)>)>> {
        if kw.is_empty() {
            return Ok(None);
        }
        let owner_name = owner.map(|o| self.class_name(o));
        let spec = match &owner_name {
            Some(o) => method_spec(o, name),
            None => function_spec(name),
        };
        let Some(spec) = spec else {
            return Ok(None);
        };
        if let KwSpec::Message(m) = spec {
            return Err(self.type_error(m));
        }
        let KwSpec::Params {
            params,
            posonly,
            kwonly,
            rewrite,
            required,
        } = spec
        else {
            let q = match &owner_name {
                Some(o) => format!("{}.{}", o, name),
                None => name.to_string(),
            };
            return Err(self.type_error(format!("{}() takes no keyword arguments", q)));
        };
        if args.is_empty() && matches!(name, "min" | "max") {
            // The missing positional argument is reported first (by the native).
            return Ok(None);
        }
        if matches!(name, "min" | "max") && kw.len() > kwonly.len() {
            // min and max parse their keywords with getargs (`|$OO:min`), whose
            // count check comes before the names.
            return Err(self.type_error(format!(
                "{}() takes at most {} keyword arguments ({} given)",
                name,
                kwonly.len(),
                kw.len()
            )));
        }
        // sorted() hands its keywords to list.sort, whose name the error carries.
        let shown = if name == "sorted" { "sort" } else { name };
        if (rewrite || name == "sum") && args.len() + kw.len() > params.len() + kwonly.len() {
            return Err(self.type_error(format!(
                "{}() takes at most {} arguments ({} given)",
                shown,
                params.len() + kwonly.len(),
                args.len() + kw.len()
            )));
        }
        // Only a `rewrite` spec moves arguments: the others check names and
        // allocate nothing (a keyword call of a builtin is common: `sorted(x,
        // key=f)`, `d.pop(k, None)`); the name is copied for an error only.
        let mut moved: Vec<Option<Value>> = if rewrite {
            vec![None; params.len()]
        } else {
            Vec::new()
        };
        let mut any_moved = false;
        let mut rest = Vec::new();
        for &(k, v) in kw {
            let at = {
                let key = self.heap.str(k);
                params.iter().position(|p| *p == key)
            };
            if at.is_some_and(|i| i < posonly)
                && args.len() < posonly
                && matches!(name, "sorted" | "sum")
            {
                // The missing positional argument is reported first (by the native).
                return Ok(None);
            }
            if let Some(i) = at.filter(|&i| i >= posonly) {
                if i < args.len() && name == "enumerate" {
                    // enumerate's own parser (not Argument Clinic) words it so.
                    let key = self.heap.str(k).to_string();
                    return Err(self.type_error(format!(
                        "'{}' is an invalid keyword argument for enumerate()",
                        key
                    )));
                }
                if i < args.len() {
                    let key = self.heap.str(k).to_string();
                    return Err(self.type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        shown,
                        key,
                        i + 1
                    )));
                }
                if rewrite {
                    moved[i] = Some(v);
                    any_moved = true;
                    continue;
                }
            } else if !kwonly.contains(&self.heap.str(k)) {
                let key = self.heap.str(k).to_string();
                return Err(self.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    key, shown
                )));
            }
            if rewrite {
                rest.push((k, v));
            }
        }
        if !any_moved {
            return Ok(None);
        }
        let mut new_args = args.to_vec();
        for i in args.len()..params.len() {
            match moved[i] {
                Some(v) if new_args.len() == i => new_args.push(v),
                Some(v) => {
                    // After a gap: stays a keyword for the native code.
                    let k = self.intern(params[i]);
                    let Value::Obj(kr) = k else { continue };
                    rest.push((kr, v));
                }
                None if i < required && name == "enumerate" => {
                    let first = kw.first().map(|&(k, _)| self.heap.str(k).to_string());
                    return Err(self.type_error(format!(
                        "'{}' is an invalid keyword argument for enumerate()",
                        first.unwrap_or_default()
                    )));
                }
                None if i < required => {
                    return Err(self.type_error(format!(
                        "{}() missing required argument '{}' (pos {})",
                        shown,
                        params[i],
                        i + 1
                    )));
                }
                None => {}
            }
        }
        if new_args.len() == args.len() {
            return Ok(None);
        }
        Ok(Some((new_args, rest)))
    }
}
