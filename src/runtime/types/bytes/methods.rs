//! The methods bytes and bytearray share (CPython's Objects/bytes_methods.c and the
//! method tables of Objects/bytesobject.c and Objects/bytearrayobject.c): argument
//! parsing and result objects here, the byte-string algorithms in
//! `crate::text::bytes_methods`. bytearray's own mutators are in `bytearray.rs`.

use crate::runtime::builtins::{add_methods, check_args_parsetuple, check_method, int_arg, kwarg};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::types::str::codec::decode_with;
use crate::runtime::vm::{PyResult, Vm};
use crate::text::bytes_methods as bt;
use crate::value::Value;

/// Registers the methods of bytes and bytearray (and, through `int_conv` and
/// `bytearray`, int's byte conversions and bytearray's mutators).
/// The methods that answer with an exact bytes receiver itself when they change
/// nothing (CPython's stringlib `return_self` and `STRINGLIB_CHECK_EXACT` cases, and
/// `bytes_removeprefix`): padding that adds nothing, a prefix or suffix not there, a
/// replacement that finds nothing, a split with nothing to split at (the receiver is
/// the list's one item). A bytearray receiver always gets a new object.
mod keep {
    use super::*;

    macro_rules! keep {
        ($($name:ident,)*) => {$(
            pub(super) fn $name(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
                let r = super::$name(vm, args, kw)?;
                if stringify!($name).ends_with("split")
                    && crate::runtime::types::str::methods::whitespace_split_of_none(vm, args, kw)
                {
                    return Ok(r);
                }
                Ok(unchanged_is_self(vm, stringify!($name), args, r))
            }
        )*};
    }
    keep!(
        split,
        rsplit,
        splitlines,
        replace,
        removeprefix,
        removesuffix,
        center,
        ljust,
        rjust,
        zfill,
    );

    fn unchanged_is_self(vm: &mut Vm, name: &str, args: &[Value], r: Value) -> Value {
        let me = args[0];
        let Value::Obj(m) = me else { return r };
        let Obj::Bytes(mb) = vm.heap.get(m) else {
            return r;
        };
        let same_bytes = |vm: &Vm, v: Value| match v {
            Value::Obj(o) if o != m => {
                matches!(vm.heap.get(o), Obj::Bytes(b) if b[..] == mb[..])
            }
            _ => false,
        };
        match name {
            "split" | "rsplit" | "splitlines" => {
                let Value::Obj(l) = r else { return r };
                let piece = match vm.heap.get(l) {
                    Obj::List(list) if list.items.len() == 1 => list.items[0],
                    _ => return r,
                };
                if same_bytes(vm, piece) {
                    vm.incref(me);
                    if let Obj::List(list) = vm.heap.get_mut(l) {
                        list.items[0] = me;
                    }
                    vm.decref(piece);
                }
                r
            }
            _ => {
                // `replace` gives the receiver only when the old bytes are not there
                // (an equal replacement still makes a copy).
                let not_found = name != "replace"
                    || match args.get(1).copied() {
                        Some(Value::Obj(o)) => match vm.heap.get(o) {
                            Obj::Bytes(old) => {
                                !old.is_empty() && !mb.windows(old.len()).any(|w| w == &old[..])
                            }
                            _ => false,
                        },
                        _ => false,
                    };
                if not_found && same_bytes(vm, r) {
                    vm.decref(r);
                    vm.incref(me);
                    return me;
                }
                r
            }
        }
    }
}

pub fn install(vm: &mut Vm) {
    let shared: &[(&'static str, crate::runtime::object::NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("count", count),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", keep::split),
        ("join", join),
        ("replace", keep::replace),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("islower", islower),
        ("isupper", isupper),
        ("isascii", isascii),
        ("removeprefix", keep::removeprefix),
        ("removesuffix", keep::removesuffix),
        ("partition", partition),
        ("rpartition", rpartition),
        ("rsplit", keep::rsplit),
        ("splitlines", keep::splitlines),
        ("center", keep::center),
        ("ljust", keep::ljust),
        ("rjust", keep::rjust),
        ("zfill", keep::zfill),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("istitle", istitle),
        ("expandtabs", expandtabs),
        ("translate", translate),
        ("__len__", crate::runtime::builtins::methods_list_len),
    ];
    for cls in [vm.types.bytes, vm.types.bytearray] {
        add_methods(vm, cls, shared);
        // `bytes.fromhex` / `bytearray.fromhex` are classmethods.
        let f = crate::runtime::builtins::native(vm, "fromhex", fromhex);
        let cm = vm.heap.new_value(Obj::ClassMethod(f, None));
        if let Obj::Class(c) = vm.heap.get(cls) {
            let d = c.dict;
            crate::runtime::builtins::set_in(vm, d, "fromhex", cm);
        }
        // `maketrans` is a staticmethod of both types.
        crate::runtime::builtins::add_static_native(vm, cls, "maketrans", maketrans);
    }
    add_methods(vm, vm.types.bytes, &[("__bytes__", dunder_bytes)]);
    super::int_conv::install(vm);
    super::bytearray::install(vm);
}

/// A copy of `self`'s bytes.
pub(super) fn me(vm: &Vm, args: &[Value]) -> Vec<u8> {
    match vm.bytes_data(args[0]) {
        Some(d) => d.to_vec(),
        // `hex` is memoryview's too (its receiver checked live by the caller).
        None => vm.view_bytes(args[0]).unwrap_or_default(),
    }
}

/// A bytes-like argument, with CPython's "a bytes-like object is required" error.
fn buf_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.buffer_bytes(v)? {
        Some(d) => Ok(d),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)))
        }
    }
}

/// The needle of find/count/index: bytes-like or an int byte.
fn needle_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = vm.bytes_data(v) {
        return Ok(d.to_vec());
    }
    match vm.as_i64(v) {
        Some(i) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None if vm.as_bigint(v).is_some() => Err(vm.value_error("byte must be in range(0, 256)")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                tn
            )))
        }
    }
}

/// The `[start:end]` window of find/count/index/startswith (CPython's
/// `ADJUST_INDICES`): (lo, hi), possibly with lo > hi.
fn window(vm: &mut Vm, args: &[Value], from: usize, len: usize) -> PyResult<(usize, usize)> {
    // CPython's `_PyEval_SliceIndex`: big ints clamp, other types are a TypeError.
    let get = |vm: &mut Vm, k: usize| -> PyResult<Option<i64>> {
        match args.get(k) {
            None | Some(Value::None) => Ok(None),
            Some(&v) => match vm.as_i64(v) {
                Some(i) => Ok(Some(i)),
                None => match vm.as_bigint(v) {
                    Some(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    })),
                    None => Err(vm.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )),
                },
            },
        }
    };
    let adj = |x: i64| -> usize {
        if x < 0 {
            (x + len as i64).max(0) as usize
        } else {
            x.min(len as i64 + 1) as usize
        }
    };
    let lo = get(vm, from)?.map_or(0, adj);
    let hi = get(vm, from + 1)?.map_or(len, adj).min(len);
    Ok((lo, hi))
}

fn find_impl(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    check_args_parsetuple(vm, name, &args[1..], 1, 3)?;
    let hay = me(vm, args);
    let (lo, hi) = window(vm, args, 2, hay.len())?;
    let needle = needle_arg(vm, args[1])?;
    if lo > hi || hi - lo < needle.len() {
        return Ok(None);
    }
    let part = &hay[lo..hi];
    Ok(if rev {
        bt::rfind(part, &needle)
    } else {
        bt::find(part, &needle)
    }
    .map(|p| p + lo))
}

fn find(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = find_impl(vm, args, "find", false)?.map_or(-1, |p| p as i64);
    Ok(vm.int(n))
}

fn rfind(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = find_impl(vm, args, "rfind", true)?.map_or(-1, |p| p as i64);
    Ok(vm.int(n))
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(p) => Ok(vm.int(p as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(p) => Ok(vm.int(p as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args_parsetuple(vm, "count", &args[1..], 1, 3)?;
    let hay = me(vm, args);
    let (lo, hi) = window(vm, args, 2, hay.len())?;
    let needle = needle_arg(vm, args[1])?;
    if lo > hi {
        return Ok(vm.int(0));
    }
    Ok(vm.int(bt::count(&hay[lo..hi], &needle) as i64))
}

fn starts_ends(vm: &mut Vm, args: &[Value], name: &str, end: bool) -> PyResult<Value> {
    check_args_parsetuple(vm, name, &args[1..], 1, 3)?;
    let hay = me(vm, args);
    let (lo, hi) = window(vm, args, 2, hay.len())?;
    let prefixes: Vec<Vec<u8>> = if let Some(d) = vm.bytes_data(args[1]) {
        vec![d.to_vec()]
    } else if let Some(items) = match args[1] {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(t) => Some(t.to_vec()),
            _ => None,
        },
        _ => None,
    } {
        let mut out = Vec::new();
        for x in items {
            match vm.bytes_data(x) {
                Some(d) => out.push(d.to_vec()),
                None => {
                    let tn = vm.type_name(x);
                    return Err(
                        vm.type_error(format!("a bytes-like object is required, not '{}'", tn))
                    );
                }
            }
        }
        out
    } else {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name, tn
        )));
    };
    if lo > hi {
        return Ok(Value::Bool(false));
    }
    let part = &hay[lo..hi];
    Ok(Value::Bool(prefixes.iter().any(|p| {
        if end {
            part.ends_with(p)
        } else {
            part.starts_with(p)
        }
    })))
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

fn decode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "decode", args, 0, 2)?;
    let enc = args.get(1).copied().or_else(|| kwarg(vm, kw, "encoding"));
    let errs = args.get(2).copied().or_else(|| kwarg(vm, kw, "errors"));
    let data = me(vm, args);
    decode_with(vm, "decode", &data, enc, errs)
}

pub(crate) fn hex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "hex", args, 0, 2)?;
    let sep = args.get(1).copied().or_else(|| kwarg(vm, kw, "sep"));
    let per = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kw, "bytes_per_sep"));
    let per = match per {
        None => 1,
        Some(v) => match vm.as_i64(v) {
            Some(i) => i,
            None if vm.as_bigint(v).is_some() => {
                return Err(vm.overflow_error("Python int too large to convert to C int"))
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )));
            }
        },
    };
    let data = me(vm, args);
    let Some(sep) = sep else {
        return Ok(vm.new_str(bt::hex(&data)));
    };
    // CPython's `_Py_strhex_impl`: a str or bytes of length 1, ASCII.
    let sep_char = if let Some(s) = vm.as_str(sep) {
        let mut cs = s.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(c),
            _ => Err("sep must be length 1."),
        }
    } else if let Some(d) = vm.bytes_data(sep) {
        match d {
            [c] => Ok(*c as char),
            _ => Err("sep must be length 1."),
        }
    } else {
        let tn = vm.type_name(sep);
        return Err(vm.type_error(format!("object of type '{}' has no len()", tn)));
    };
    let c = match sep_char {
        Ok(c) if c.is_ascii() => c,
        Ok(_) => return Err(vm.value_error("sep must be ASCII.")),
        Err(m) => return Err(vm.value_error(m)),
    };
    Ok(vm.new_str(bt::hex_sep(&data, c, per)))
}

fn fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // args[0] is the class (classmethod).
    if args.len() != 2 {
        let cn = match args[0] {
            Value::Obj(c) if c == vm.types.bytearray => "bytearray",
            _ => "bytes",
        };
        return Err(vm.type_error(format!(
            "{}.fromhex() takes exactly one argument ({} given)",
            cn,
            args.len() - 1
        )));
    }
    let Some(s) = vm.as_str(args[1]) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {}", tn)));
    };
    let d = match bt::fromhex(s) {
        Ok(d) => d,
        Err(m) => return Err(vm.value_error(m)),
    };
    let (bytes_t, bytearray_t) = (vm.types.bytes, vm.types.bytearray);
    match args[0] {
        Value::Obj(c) if c == bytearray_t => Ok(vm.new_bytearray(d)),
        Value::Obj(c) if c == bytes_t => Ok(vm.new_bytes(d)),
        // A subclass is called with the bytes made (CPython's
        // `PyObject_CallOneArg(type, bytes)`), so its `__new__`/`__init__` run.
        cls => {
            let is_array = matches!(cls, Value::Obj(c) if vm.is_subclass(c, bytearray_t));
            let b = if is_array {
                vm.new_bytearray(d)
            } else {
                vm.new_bytes(d)
            };
            let r = vm.call_value(cls, &[b], &[]);
            vm.decref(b);
            r
        }
    }
}

/// `bytes.maketrans(frm, to)` (a staticmethod): the 256-byte table mapping each
/// byte of `frm` to the byte of `to` at the same place. `args[0]` is the class
/// the static function is bound to (`add_static_native`).
fn maketrans(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let args = args.get(1..).unwrap_or(&[]);
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    }
    let frm = buf_arg(vm, args[0])?;
    let to = buf_arg(vm, args[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(vm.new_bytes(table))
}

/// `b.translate(table, /, delete=b'')`.
fn translate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error(format!(
            "translate() takes at least 1 positional argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    check_method(vm, "translate", args, 1, 2)?;
    let table = match args[1] {
        Value::None => None,
        t => {
            let t = buf_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match args.get(2).copied().or_else(|| kwarg(vm, kw, "delete")) {
        None => vec![],
        Some(d) => buf_arg(vm, d)?,
    };
    let data = me(vm, args);
    let out = bt::translate(&data, table.as_deref(), &delete);
    if out == data && vm.is_exact_bytes(args[0]) {
        // Nothing changed: an exact bytes is its own translation (`bytes_translate`).
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    Ok(vm.new_like(args[0], out))
}

/// `b.expandtabs(tabsize=8)`.
fn expandtabs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args_parsetuple(vm, "expandtabs", &args[1..], 0, 1)?;
    let tabsize = match args.get(1).copied().or_else(|| kwarg(vm, kw, "tabsize")) {
        None => 8,
        Some(v) => int_arg(vm, v)?,
    };
    let data = me(vm, args);
    match bt::expandtabs_len(&data, tabsize) {
        Some(n) => vm.ensure_alloc(n)?,
        None => return Err(vm.overflow_error("result too long")),
    }
    let out = bt::expandtabs(&data, tabsize);
    Ok(vm.new_like(args[0], out))
}

fn title(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "title", args, 0, 0)?;
    let out = bt::title(&me(vm, args));
    Ok(vm.new_like(args[0], out))
}

fn istitle(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "istitle", args, 0, 0)?;
    Ok(Value::Bool(bt::istitle(&me(vm, args))))
}

/// `bytes.__bytes__()`: an exact bytes is itself, a subclass instance's value is
/// copied into a plain bytes.
fn dunder_bytes(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__bytes__", args, 0, 0)?;
    if matches!(args[0], Value::Obj(r) if matches!(vm.heap.get(r), Obj::Bytes(_))) {
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    let d = me(vm, args);
    Ok(vm.new_bytes(d))
}

/// `bt::split` or `bt::rsplit`: data, separator (None = whitespace), maxsplit.
type SplitFn = fn(&[u8], Option<&[u8]>, Option<usize>) -> Vec<Vec<u8>>;

/// `split`/`rsplit` (named `name`, cutting with `cut`): the arguments in CPython's
/// order (maxsplit converted before the separator is checked), and the result list
/// allocated as stringlib's split does (`min(maxsplit + 1, 12)` slots preallocated,
/// appends beyond; unlike str's, no one-slot shortcut for data shorter than the
/// separator).
fn split_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs,
    name: &str,
    cut: SplitFn,
) -> PyResult<Value> {
    check_method(vm, name, args, 0, 2)?;
    let sep = args.get(1).copied().or_else(|| kwarg(vm, kw, "sep"));
    let maxsplit = args.get(2).copied().or_else(|| kwarg(vm, kw, "maxsplit"));
    let max = match maxsplit {
        None => None,
        Some(m) => {
            let m = int_arg(vm, m)?;
            (m >= 0).then_some(m as usize)
        }
    };
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(s) => {
            let d = buf_arg(vm, s)?;
            if d.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(d)
        }
    };
    let parts = cut(&me(vm, args), sep.as_deref(), max);
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_like(args[0], p)).collect();
    const MAX_PREALLOC: usize = 12;
    let prealloc = match max {
        Some(m) if m < MAX_PREALLOC => m + 1,
        _ => MAX_PREALLOC,
    };
    let list = crate::runtime::types::list::ListObj::from_appends_after(items, prealloc);
    Ok(Value::Obj(
        vm.heap.alloc(crate::runtime::object::Obj::List(list)),
    ))
}

fn split(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, "split", bt::split)
}

fn join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "join", args, 1, 1)?;
    let sep = me(vm, args);
    // A bytearray separator stays exported while the items are gathered (CPython
    // 3.11.7 holds its buffer, gh-112625): an iterator that resizes it gets
    // BufferError instead of the join reading freed memory.
    let ba = match vm.unwrap_payload(args[0]) {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::ByteArray(_)) => Some(r),
        _ => None,
    };
    let exports = |vm: &mut Vm, up: bool| {
        if let Some(r) = ba {
            if let Obj::ByteArray(b) = vm.heap.get_mut(r) {
                if up {
                    b.exports += 1;
                } else {
                    b.exports -= 1;
                }
            }
        }
    };
    exports(vm, true);
    let items = vm.sequence_fast(args[1]);
    exports(vm, false);
    let items = match items {
        Ok(items) => items,
        Err(e) if vm.exc_matches(e.0, "TypeError") => {
            vm.decref(e.0);
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    if let [only] = items[..] {
        if vm.is_exact_bytes(args[0]) && vm.is_exact_bytes(only) {
            // One exact bytes joins to itself (the stringlib join's shortcut; a
            // bytearray separator always makes a new bytearray).
            return Ok(only);
        }
    }
    let mut out = Vec::new();
    let mut err = None;
    for (i, &x) in items.iter().enumerate() {
        // Any buffer exporter joins (subclass instances, memoryview, array).
        let part = match vm.buffer_bytes(x) {
            Ok(p) => p,
            Err(e) => {
                for x in items {
                    vm.decref(x);
                }
                return Err(e);
            }
        };
        match part {
            Some(d) => {
                if i > 0 {
                    out.extend_from_slice(&sep);
                }
                out.extend_from_slice(&d);
            }
            None => {
                let tn = vm.type_name(x);
                err = Some(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i, tn
                ));
                break;
            }
        }
    }
    for x in items {
        vm.decref(x);
    }
    if let Some(m) = err {
        return Err(vm.type_error(m));
    }
    Ok(vm.new_like(args[0], out))
}

fn replace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "replace", args, 2, 3)?;
    let old = buf_arg(vm, args[1])?;
    let new = buf_arg(vm, args[2])?;
    let max = match args.get(3) {
        None => None,
        Some(&m) => {
            let m = int_arg(vm, m)?;
            (m >= 0).then_some(m as usize)
        }
    };
    let data = me(vm, args);
    let hits = bt::count(&data, &old).min(max.unwrap_or(usize::MAX));
    vm.ensure_alloc(data.len().saturating_add(hits.saturating_mul(new.len())))?;
    let out = bt::replace(&data, &old, &new, max);
    Ok(vm.new_like(args[0], out))
}

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, which: u8) -> PyResult<Value> {
    check_method(vm, name, args, 0, 1)?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(&c) => Some(buf_arg(vm, c)?),
    };
    let data = me(vm, args);
    let out = bt::strip(&data, chars.as_deref(), which).to_vec();
    // Nothing stripped from an exact bytes object: CPython returns it itself (a
    // bytearray is always copied).
    if out.len() == data.len()
        && matches!(args[0], Value::Obj(o) if matches!(vm.heap.get(o), crate::runtime::object::Obj::Bytes(_)))
    {
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    Ok(vm.new_like(args[0], out))
}

fn strip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "strip", 0)
}

fn lstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", 1)
}

fn rstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", 2)
}

fn upper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "upper", args, 0, 0)?;
    let out = me(vm, args).to_ascii_uppercase();
    Ok(vm.new_like(args[0], out))
}

fn lower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "lower", args, 0, 0)?;
    let out = me(vm, args).to_ascii_lowercase();
    Ok(vm.new_like(args[0], out))
}

fn is_all(vm: &mut Vm, args: &[Value], name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    check_method(vm, name, args, 0, 0)?;
    let d = me(vm, args);
    Ok(Value::Bool(!d.is_empty() && d.iter().all(f)))
}

fn isdigit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    is_all(vm, args, "isdigit", u8::is_ascii_digit)
}

fn isalpha(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    is_all(vm, args, "isalpha", u8::is_ascii_alphabetic)
}

fn isalnum(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    is_all(vm, args, "isalnum", u8::is_ascii_alphanumeric)
}

fn isspace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    is_all(vm, args, "isspace", |c| bt::is_space(*c))
}

fn islower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "islower", args, 0, 0)?;
    let d = me(vm, args);
    Ok(Value::Bool(
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase),
    ))
}

fn isupper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "isupper", args, 0, 0)?;
    let d = me(vm, args);
    Ok(Value::Bool(
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase),
    ))
}

fn isascii(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "isascii", args, 0, 0)?;
    Ok(Value::Bool(me(vm, args).is_ascii()))
}

fn remove_affix(vm: &mut Vm, args: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    check_method(vm, name, args, 1, 1)?;
    let affix = buf_arg(vm, args[1])?;
    let d = me(vm, args);
    let out = if suffix {
        d.strip_suffix(&affix[..]).unwrap_or(&d)
    } else {
        d.strip_prefix(&affix[..]).unwrap_or(&d)
    };
    if out.len() == d.len() && !vm.is_bytearray(args[0]) {
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    let out = out.to_vec();
    Ok(vm.new_like(args[0], out))
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", true)
}

fn partition_impl(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    check_method(vm, name, args, 1, 1)?;
    let sep = buf_arg(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let d = me(vm, args);
    let hit = if rev {
        bt::rfind(&d, &sep)
    } else {
        bt::find(&d, &sep)
    };
    let whole = if rev { 2 } else { 0 };
    let parts = match hit {
        Some(p) => [d[..p].to_vec(), sep.clone(), d[p + sep.len()..].to_vec()],
        None if rev => [vec![], vec![], d],
        None => [d, vec![], vec![]],
    };
    let exact = hit.is_none() && vm.is_exact_bytes(args[0]);
    let items: Vec<Value> = parts
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            if exact && i == whole {
                // Separator not found: the exact bytes itself is the whole part
                // (stringlib's partition).
                vm.incref(args[0]);
                args[0]
            } else {
                vm.new_like(args[0], p)
            }
        })
        .collect();
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, "rsplit", bt::rsplit)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args_parsetuple(vm, "splitlines", &args[1..], 0, 1)?;
    // Argument Clinic's `int` converter (bools are ints).
    let keep = match args.get(1).copied().or_else(|| kwarg(vm, kw, "keepends")) {
        None => false,
        Some(v) => match vm.as_i64(v) {
            Some(i) => i != 0,
            None if vm.as_bigint(v).is_some() => {
                return Err(vm.overflow_error("Python int too large to convert to C int"))
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )));
            }
        },
    };
    let parts = bt::splitlines(&me(vm, args), keep);
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_like(args[0], p)).collect();
    Ok(vm.new_list(items))
}

fn pad_impl(vm: &mut Vm, args: &[Value], name: &str, how: u8) -> PyResult<Value> {
    check_method(vm, name, args, 1, 2)?;
    let width = int_arg(vm, args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(&f) => match vm.bytes_data(f) {
            Some([c]) => *c,
            _ => {
                let tn = vm.type_name(f);
                return Err(vm.type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name, tn
                )));
            }
        },
    };
    let width = width.max(0) as usize;
    vm.ensure_alloc(width)?;
    let out = bt::pad(&me(vm, args), width, fill, how);
    Ok(vm.new_like(args[0], out))
}

fn center(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pad_impl(vm, args, "center", 0)
}

fn ljust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", 1)
}

fn rjust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", 2)
}

fn zfill(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "zfill", args, 1, 1)?;
    let width = int_arg(vm, args[1])?.max(0) as usize;
    vm.ensure_alloc(width)?;
    let out = bt::zfill(&me(vm, args), width);
    Ok(vm.new_like(args[0], out))
}

fn swapcase(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "swapcase", args, 0, 0)?;
    let out: Vec<u8> = me(vm, args)
        .iter()
        .map(|&c| {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(vm.new_like(args[0], out))
}

fn capitalize(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "capitalize", args, 0, 0)?;
    let mut out = me(vm, args).to_ascii_lowercase();
    if let Some(c) = out.first_mut() {
        *c = c.to_ascii_uppercase();
    }
    Ok(vm.new_like(args[0], out))
}
