//! Methods of `str` (CPython's Objects/unicodeobject.c method table), delegating the
//! text work to `crate::text::str_methods`; `str.format` is in `format.rs`,
//! `str.encode`'s codec handling in `codec.rs`.

use crate::runtime::builtins::{add_methods, check_args_parsetuple, check_method, int_arg, kwarg};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::types::str::{StrFacts, StrObj};
use crate::runtime::vm::{PyResult, Vm};
use crate::text::str_methods as sm;
use crate::value::Value;

/// Registers str's methods.
pub fn install(vm: &mut Vm) {
    let s = vm.types.str_;
    // `str.maketrans` is a staticmethod.
    crate::runtime::builtins::add_static_native(vm, s, "maketrans", maketrans);
    add_methods(
        vm,
        s,
        &[
            ("split", surr::split),
            ("rsplit", surr::rsplit),
            ("splitlines", surr::splitlines),
            ("join", join),
            ("strip", surr::strip),
            ("lstrip", surr::lstrip),
            ("rstrip", surr::rstrip),
            ("replace", surr::replace),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("startswith", startswith),
            ("endswith", endswith),
            ("upper", surr::upper),
            ("lower", surr::lower),
            ("title", surr::title),
            ("capitalize", surr::capitalize),
            ("swapcase", surr::swapcase),
            ("casefold", surr::casefold),
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("islower", islower),
            ("isupper", isupper),
            ("istitle", istitle),
            ("isidentifier", isidentifier),
            ("isascii", isascii),
            ("isprintable", isprintable),
            ("center", surr::center),
            ("ljust", surr::ljust),
            ("rjust", surr::rjust),
            ("zfill", surr::zfill),
            ("partition", surr::partition),
            ("rpartition", surr::rpartition),
            ("expandtabs", surr::expandtabs),
            ("removeprefix", surr::removeprefix),
            ("removesuffix", surr::removesuffix),
            ("format", surr::format),
            ("format_map", surr::format_map),
            ("translate", surr::translate),
            ("encode", encode),
            ("__len__", crate::runtime::builtins::methods_list_len),
        ],
    );
}

/// The methods above that make strings from their operands' texts, wrapped so that
/// texts holding lone surrogates (stand-ins, see `str/mod.rs`) give flagged results.
mod surr {
    use super::*;

    // `unchanged` marks the methods `unchanged_is_self` has a case for (the others
    // skip the call and its match on the name).
    macro_rules! wrap {
        ($($name:ident = $f:path $(, $unchanged:ident)?;)*) => {$(
            pub(super) fn $name(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
                let r = $f(vm, args, kw)?;
                $(
                    let _ = stringify!($unchanged);
                    let r = super::unchanged_is_self(vm, stringify!($name), args, kw, r);
                )?
                // Only a result that may hold stand-ins needs a look at the operands.
                if vm.str_result_may_hold_stand_ins(args[0], r) {
                    match vm.str_operands_flagged(args, kw) {
                        Ok(true) => vm.str_flag_results(r),
                        Ok(false) => {}
                        Err(e) => {
                            vm.decref(r);
                            return Err(e);
                        }
                    }
                }
                Ok(r)
            }
        )*};
    }

    wrap! {
        split = super::split, unchanged;
        rsplit = super::rsplit, unchanged;
        splitlines = super::splitlines, unchanged;
        strip = super::strip;
        lstrip = super::lstrip;
        rstrip = super::rstrip;
        replace = super::replace;
        upper = super::upper;
        lower = super::lower;
        title = super::title;
        capitalize = super::capitalize;
        swapcase = super::swapcase;
        casefold = super::casefold;
        center = super::center, unchanged;
        ljust = super::ljust, unchanged;
        rjust = super::rjust, unchanged;
        zfill = super::zfill, unchanged;
        partition = super::partition;
        rpartition = super::rpartition;
        expandtabs = super::expandtabs;
        removeprefix = super::removeprefix, unchanged;
        removesuffix = super::removesuffix, unchanged;
        translate = super::translate;
    }

    macro_rules! wrap_format {
        ($($name:ident = $f:path;)*) => {$(
            pub(super) fn $name(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
                let r = $f(vm, args, kw)?;
                if !vm.str_result_may_hold_stand_ins(args[0], r) {
                    return Ok(r);
                }
                let flagged = match vm.str_operands_flagged(args, kw) {
                    Ok(f) => f,
                    Err(e) => {
                        vm.decref(r);
                        return Err(e);
                    }
                };
                // `{:c}` of a surrogate's code point makes one too: stand-ins in the
                // result are surrogates unless a str operand holds real ones.
                let real = args
                    .iter()
                    .chain(kw.iter().map(|(_, v)| v))
                    .filter_map(|&v| vm.str_and_facts(v))
                    .any(|(_, f)| f.may_hold_stand_ins());
                if flagged || !real {
                    vm.str_flag_results(r);
                }
                Ok(r)
            }
        )*};
    }

    wrap_format! {
        format = super::super::format::format;
        format_map = super::super::format::format_map;
    }
}

pub(super) fn me(vm: &Vm, args: &[Value]) -> String {
    vm.as_str(args[0]).unwrap_or("").to_string()
}

fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{} must be str, not {}", what, tn)))
        }
    }
}

/// The substring argument of find/count/index/partition: CPython's message for a
/// non-str names no argument ("must be str, not int").
fn sub_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be str, not {}", tn)))
        }
    }
}

fn opt_int(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => int_arg(vm, v).map(Some),
    }
}

/// A search range's start or end (`find`, `count`, `index`, `startswith`, ...):
/// CPython's `_PyEval_SliceIndex`, None for omitted and huge ints clamped.
fn slice_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) => vm.eval_slice_index(v, true),
    }
}

/// The exception for an error message of `crate::text` (see `text::error_kind`).
pub(super) fn text_err(vm: &mut Vm, e: String) -> crate::runtime::vm::PyErr {
    match crate::text::error_kind(&e) {
        crate::text::ErrorKind::TypeError => vm.type_error(e),
        crate::text::ErrorKind::OverflowError => vm.overflow_error(e),
        crate::text::ErrorKind::ValueError => vm.value_error(e),
    }
}

/// The text of `self` (a str: the method table is str's) and its cached facts,
/// borrowed rather than copied.
fn me_ref<'v>(vm: &'v Vm, args: &[Value]) -> (&'v str, StrFacts) {
    vm.str_and_facts(args[0]).unwrap_or(("", StrFacts::EMPTY))
}

/// Checks that an optional argument is None or a str (returned as a value).
fn opt_str_value(vm: &mut Vm, v: Option<Value>, what: &str) -> PyResult<Option<Value>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) if vm.is_str(v) => Ok(Some(v)),
        Some(v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{} must be str, not {}", what, tn)))
        }
    }
}

fn split_impl(vm: &mut Vm, args: &[Value], kw: KwArgs, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    check_args_parsetuple(vm, name, &args[1..], 0, 2)?;
    let sep = args.get(1).copied().or_else(|| kwarg(vm, kw, "sep"));
    let sep = opt_str_value(vm, sep, "sep")?;
    let maxsplit = args.get(2).copied().or_else(|| kwarg(vm, kw, "maxsplit"));
    let maxsplit = opt_int(vm, maxsplit)?.unwrap_or(-1);
    let (s, facts) = me_ref(vm, args);
    let sep = sep.map(|v| vm.as_str(v).unwrap_or(""));
    // CPython returns `[self]` in a one-slot list when the text is shorter than the
    // separator (in characters).
    let s_short = sep.is_some_and(|sep| facts.nchars() < sep.chars().count());
    if let (false, Some(sep)) = (right, sep) {
        // The commonest case, `line.split(",")` into a few pieces: their byte ranges
        // are found in one scan of the borrowed text into a stack array, then each
        // piece is copied from the text straight into its new str (no copy of the
        // whole text to validate, no list of ranges on the heap). More pieces take
        // the general path below.
        if let [b] = sep.as_bytes() {
            let b = *b;
            let max = if maxsplit < 0 {
                usize::MAX
            } else {
                maxsplit as usize
            };
            let mut cuts = [(0usize, 0usize); SPLIT_CUTS];
            let (mut k, mut start, mut fits) = (0, 0, true);
            for (i, &c) in s.as_bytes().iter().enumerate() {
                if c == b {
                    if k == max {
                        break;
                    }
                    if k + 1 == SPLIT_CUTS {
                        fits = false;
                        break;
                    }
                    cuts[k] = (start, i);
                    k += 1;
                    start = i + 1;
                }
            }
            if fits {
                cuts[k] = (start, s.len());
                k += 1;
                let mut items = Vec::with_capacity(k);
                for &(a, e) in &cuts[..k] {
                    items.push(substring(vm, args, a, e));
                }
                return Ok(split_list(vm, items, maxsplit, s_short));
            }
        }
        if !sep.is_empty() {
            // Find the pieces as byte ranges while `s` is borrowed, then copy each
            // straight into its new str (short pieces need no allocation of their own).
            let max = if maxsplit < 0 {
                usize::MAX
            } else {
                maxsplit as usize
            };
            let base = s.as_ptr() as usize;
            let ranges: Vec<(usize, usize)> = s
                .splitn(max.saturating_add(1), sep)
                .map(|p| {
                    let a = p.as_ptr() as usize - base;
                    (a, a + p.len())
                })
                .collect();
            let mut items = Vec::with_capacity(ranges.len());
            for (a, b) in ranges {
                let (t, f) = me_ref(vm, args);
                let piece = &t[a..b];
                let obj = if f.is_ascii() {
                    StrObj::from_str_facts(piece, StrFacts::ascii(piece.len()))
                } else {
                    StrObj::from_text(piece)
                };
                items.push(Value::Obj(vm.heap.alloc(Obj::Str(obj))));
            }
            return Ok(split_list(vm, items, maxsplit, s_short));
        }
    }
    if !right && sep.is_none() && !facts.is_flagged() {
        // `text.split()`: each word is copied straight from a copy of a window of the
        // text into its new str. (Collecting the words as `String`s first, over a
        // text widened to `char`s, held 4 bytes per character plus an allocation per
        // word on top of the result; a copy of the whole text, one text-sized block:
        // on a big text either set the program's peak memory.)
        let items = split_whitespace(vm, args, facts.is_ascii(), maxsplit);
        return Ok(split_list(vm, items, maxsplit, s_short));
    }
    let r = if right {
        sm::rsplit(s, sep, maxsplit)
    } else {
        sm::split(s, sep, maxsplit)
    };
    let parts = match r {
        Ok(parts) => parts,
        Err(e) => return Err(text_err(vm, e)),
    };
    let items: Vec<Value> = if facts.is_ascii() {
        parts.into_iter().map(|p| vm.new_ascii_str(p)).collect()
    } else {
        parts.into_iter().map(|p| vm.new_str(p)).collect()
    };
    Ok(split_list(vm, items, maxsplit, s_short))
}

/// The list `split`/`rsplit` return, with CPython's allocation: one slot when the text
/// is shorter than the separator, else `min(maxsplit + 1, 12)` preallocated and
/// appends beyond (so `sys.getsizeof` agrees).
fn split_list(vm: &mut Vm, items: Vec<Value>, maxsplit: i64, shorter_than_sep: bool) -> Value {
    const MAX_PREALLOC: usize = 12;
    let prealloc = if shorter_than_sep {
        1
    } else if maxsplit < 0 || maxsplit as u64 >= MAX_PREALLOC as u64 {
        MAX_PREALLOC
    } else {
        maxsplit as usize + 1
    };
    let list = crate::runtime::types::list::ListObj::from_appends_after(items, prealloc);
    Value::Obj(vm.heap.alloc(Obj::List(list)))
}

/// The words of `text.split(None, maxsplit)` as new strs (CPython's
/// `split_whitespace`), `text` being the receiver `args[0]`: runs of non-whitespace;
/// once `maxsplit` words are out, the rest of the text from the next word on,
/// trailing whitespace kept. The text is read in windows of about [`SPLIT_WINDOW`]
/// bytes, each ending at whitespace (so no word is cut), copied out of the heap so
/// the words can be allocated while scanning it.
fn split_whitespace(vm: &mut Vm, args: &[Value], ascii: bool, maxsplit: i64) -> Vec<Value> {
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    // Whitespace as `Py_UNICODE_ISSPACE` has it (ASCII: \t..\r, \x1c..' ').
    let is_sp = |c: char| {
        if ascii {
            matches!(c as u32, 9..=13 | 28..=32)
        } else {
            sm::py_isspace(c)
        }
    };
    // The first position at or after `from` that is (`space`) or is not whitespace;
    // ASCII text is searched byte by byte, without decoding characters.
    let seek = |t: &str, from: usize, space: bool| -> Option<usize> {
        if ascii {
            t.as_bytes()[from..]
                .iter()
                .position(|&b| ASCII_SPACE[b as usize] == space)
                .map(|n| from + n)
        } else {
            t[from..]
                .char_indices()
                .find(|&(_, c)| is_sp(c) == space)
                .map(|(n, _)| from + n)
        }
    };
    let mut items = Vec::new();
    // An ASCII text of a few words (a command line, a record): the words' byte
    // ranges are found in one scan of the borrowed text into a stack array, then
    // each word is copied from the text into its new str (no window to allocate).
    let (text, _) = me_ref(vm, args);
    if ascii {
        let b = text.as_bytes();
        let n = b.len();
        let mut cuts = [(0usize, 0usize); SPLIT_CUTS];
        let (mut k, mut i, mut fits) = (0, 0, true);
        loop {
            while i < n && ASCII_SPACE[b[i] as usize] {
                i += 1;
            }
            if i == n {
                break;
            }
            if k + 1 == SPLIT_CUTS {
                fits = false;
                break;
            }
            if k == max {
                // The rest, from the next word on (trailing whitespace kept).
                cuts[k] = (i, n);
                k += 1;
                break;
            }
            let a = i;
            while i < n && !ASCII_SPACE[b[i] as usize] {
                i += 1;
            }
            cuts[k] = (a, i);
            k += 1;
        }
        if fits {
            items.reserve_exact(k);
            for &(a, e) in &cuts[..k] {
                items.push(substring(vm, args, a, e));
            }
            return items;
        }
    }
    let mut window = String::new();
    let mut pos = 0;
    loop {
        let (text, _) = me_ref(vm, args);
        // The next word's start, if any.
        let Some(a) = seek(text, pos, false) else {
            break;
        };
        window.clear();
        if items.len() == max {
            window.push_str(&text[a..]);
            items.push(new_piece(vm, &window, ascii));
            break;
        }
        let mut end = (a + SPLIT_WINDOW).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let end = seek(text, end, true).unwrap_or(text.len());
        window.push_str(&text[a..end]);
        // The words of the window, up to `max`.
        let w = window.as_str();
        let mut i = 0;
        while items.len() < max {
            let Some(wa) = seek(w, i, false) else {
                i = w.len();
                break;
            };
            let wb = seek(w, wa, true).unwrap_or(w.len());
            items.push(new_piece(vm, &w[wa..wb], ascii));
            i = wb;
        }
        pos = a + i;
    }
    items
}

/// Which bytes of ASCII text are whitespace to `str.split()` (`Py_UNICODE_ISSPACE`:
/// \t..\r and \x1c..' '): one load per byte instead of two range tests.
static ASCII_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(b, 9..=13 | 28..=32);
        b += 1;
    }
    t
};

/// Bytes of text `split_whitespace` copies out at a time.
const SPLIT_WINDOW: usize = 1 << 16;

/// Most pieces `split` with a one-byte separator or on whitespace cuts in one scan
/// into a stack array (more go the general way).
const SPLIT_CUTS: usize = 16;

/// Whether a piece of text is one of CPython's str singletons: Some(None) for the
/// empty string, Some(Some(c)) for a one-character Latin-1 string.
fn singleton_piece(piece: &str) -> Option<Option<char>> {
    if piece.len() > 2 {
        return None;
    }
    let mut cs = piece.chars();
    match (cs.next(), cs.next()) {
        (None, _) => Some(None),
        (Some(c), None) if (c as u32) < 256 => Some(Some(c)),
        _ => None,
    }
}

/// A new str from a piece of a str's text.
/// As CPython's `PyUnicode_Substring`, an empty piece is the empty-string singleton
/// and a one-character Latin-1 piece that character's singleton.
fn new_piece(vm: &mut Vm, piece: &str, ascii: bool) -> Value {
    if let Some(single) = singleton_piece(piece) {
        return match single {
            None => vm.empty_str(),
            Some(c) => vm.str_of_char(c),
        };
    }
    let obj = if ascii {
        StrObj::from_str_facts(piece, StrFacts::ascii(piece.len()))
    } else {
        StrObj::from_text(piece)
    };
    Value::Obj(vm.heap.alloc(Obj::Str(obj)))
}

/// A new str of bytes `a..b` of the receiver's text (`PyUnicode_Substring` of a
/// range that is not the whole text): the empty string and a one-character Latin-1
/// piece are CPython's singletons; the text is copied straight from the receiver.
fn substring(vm: &mut Vm, args: &[Value], a: usize, b: usize) -> Value {
    let (s, facts) = me_ref(vm, args);
    let piece = &s[a..b];
    if let Some(single) = singleton_piece(piece) {
        return match single {
            None => vm.empty_str(),
            Some(c) => vm.str_of_char(c),
        };
    }
    let obj = if facts.is_ascii() {
        StrObj::from_str_facts(piece, StrFacts::ascii(piece.len()))
    } else {
        StrObj::from_text(piece)
    };
    Value::Obj(vm.heap.alloc(Obj::Str(obj)))
}

fn split(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, false)
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, true)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args_parsetuple(vm, "splitlines", &args[1..], 0, 1)?;
    let s = me(vm, args);
    let keep = match args.get(1).copied().or_else(|| kwarg(vm, kw, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let parts = sm::splitlines(&s, keep);
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    // CPython appends each line to an empty list.
    let list = crate::runtime::types::list::ListObj::from_appends_after(items, 0);
    Ok(Value::Obj(vm.heap.alloc(Obj::List(list))))
}

fn join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "join", args, 1, 1)?;
    // A list or tuple is joined from its items in place; anything else is collected
    // first, as `PySequence_Fast` does (which may run Python code, so it cannot be
    // borrowed through).
    if vm.seq_slice(args[1]).is_some() {
        return join_items(vm, args[0], args[1], None);
    }
    let items = vm.sequence_fast(args[1])?;
    let r = join_items(vm, args[0], args[1], Some(&items));
    for it in items {
        vm.decref(it);
    }
    r
}

/// `sep.join(items)`, `items` being `collected` or else the list/tuple `seq`.
fn join_items(vm: &mut Vm, sep: Value, seq: Value, collected: Option<&[Value]>) -> PyResult<Value> {
    let items = match collected {
        Some(items) => items,
        None => vm.seq_slice(seq).unwrap_or(&[]),
    };
    // One exact str joins to itself (`PyUnicode_Join`'s shortcut).
    if let [Value::Obj(r)] = items {
        if let Obj::Str(_) = vm.heap.get(*r) {
            let r = *r;
            vm.heap.incref_obj(r);
            return Ok(Value::Obj(r));
        }
    }
    let (sep_s, sep_facts) = vm.str_and_facts(sep).unwrap_or(("", StrFacts::EMPTY));
    // A big sequence is joined in one pass: each piece's object is read once (a
    // second pass to size the result first cost more in cache misses over big lists
    // than the string's regrowth). A small one is looked at once, its texts noted,
    // so the result is sized before it is written: a short result goes straight into
    // the new object, a longer one into a `String` of its exact size.
    if items.len() <= JOIN_SIZED {
        let mut texts = [""; JOIN_SIZED];
        let mut n = sep_s.len() * items.len().saturating_sub(1);
        let mut facts = sep_facts.repeat(items.len().saturating_sub(1));
        let mut all_str = true;
        for (slot, &it) in texts.iter_mut().zip(items) {
            match vm.str_and_facts(it) {
                Some((t, f)) => {
                    *slot = t;
                    n += t.len();
                    facts = facts.concat(f);
                }
                None => all_str = false,
            }
        }
        // (Two bytes or fewer may be a singleton, which the general path finds; a
        // non-str item or flagged text is reported or checked there too.)
        if all_str && !facts.is_flagged() && n > 2 {
            let texts = &texts[..items.len()];
            if n <= super::INLINE_MAX {
                let obj = StrObj::join_short(sep_s, texts.iter().copied(), n, facts);
                return Ok(Value::Obj(vm.heap.alloc(Obj::Str(obj))));
            }
            let mut out = String::with_capacity(n);
            for (i, t) in texts.iter().enumerate() {
                if i > 0 {
                    push_piece(&mut out, sep_s);
                }
                push_piece(&mut out, t);
            }
            let obj = StrObj::with_facts(out, facts);
            return Ok(Value::Obj(vm.heap.alloc(Obj::Str(obj))));
        }
    }
    let mut out = String::new();
    let mut facts = sep_facts.repeat(items.len().saturating_sub(1));
    for (i, &it) in items.iter().enumerate() {
        match vm.str_and_facts(it) {
            Some((t, f)) => {
                if i > 0 {
                    out.push_str(sep_s);
                }
                out.push_str(t);
                facts = facts.concat(f);
            }
            None => {
                let tn = vm.type_name(it);
                let msg = format!("sequence item {}: expected str instance, {} found", i, tn);
                return Err(vm.type_error(msg));
            }
        }
    }
    if items.is_empty() {
        // An empty sequence joins to '' whatever the separator.
        facts = StrFacts::EMPTY;
    }
    if facts.is_flagged() {
        let items = match collected {
            Some(items) => items,
            None => vm.seq_slice(seq).unwrap_or(&[]),
        };
        let pieces = items.iter().filter_map(|&it| vm.str_and_facts(it));
        if Vm::str_pieces_clash(pieces.chain(vm.str_and_facts(sep))) {
            return Err(vm.surrogates_mixed());
        }
    }
    Ok(vm.new_str_facts(out, facts))
}

/// Longest list or tuple `join` sizes its result for before writing it.
const JOIN_SIZED: usize = 32;

/// Appends a piece of a join: a one-byte (ASCII) piece, the common separator or
/// character, as a byte rather than a call to copy it.
#[inline(always)]
fn push_piece(out: &mut String, t: &str) {
    if let [b] = t.as_bytes() {
        out.push(*b as char);
    } else {
        out.push_str(t);
    }
}

/// CPython's `unicode_result_unchanged`: padding that adds nothing (`center`, `ljust`,
/// `rjust`, `zfill`), a prefix or suffix not there, return an exact str itself, and a
/// split that finds nothing to split at (`split`, `rsplit`, `splitlines`) puts the
/// str itself in the list (stringlib's `STRINGLIB_CHECK_EXACT` cases). For these
/// methods the result (`r`, owned) has the receiver's text exactly in those cases.
fn unchanged_is_self(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs, r: Value) -> Value {
    let me = args[0];
    let Value::Obj(m) = me else { return r };
    let Obj::Str(ms) = vm.heap.get(m) else {
        return r;
    };
    match name {
        "center" | "ljust" | "rjust" | "zfill" | "removeprefix" | "removesuffix" => {
            let same = match r {
                Value::Obj(o) if o != m => {
                    matches!(vm.heap.get(o), Obj::Str(rs) if rs.as_str() == ms.as_str())
                }
                _ => false,
            };
            if same {
                vm.decref(r);
                vm.incref(me);
                return me;
            }
            r
        }
        "split" | "rsplit" | "splitlines" => {
            let Value::Obj(l) = r else { return r };
            let piece = match vm.heap.get(l) {
                Obj::List(list) if list.items.len() == 1 => list.items[0],
                _ => return r,
            };
            if whitespace_split_of_none(vm, args, kw) {
                return r;
            }
            let same = match piece {
                Value::Obj(o) if o != m => {
                    matches!(vm.heap.get(o), Obj::Str(ps) if ps.as_str() == ms.as_str())
                }
                _ => false,
            };
            if same {
                vm.incref(me);
                if let Obj::List(list) = vm.heap.get_mut(l) {
                    list.items[0] = me;
                }
                vm.decref(piece);
            }
            r
        }
        _ => r,
    }
}

/// `split()`/`rsplit()` on whitespace with `maxsplit=0`: stringlib copies the rest of
/// the text then (a new object even when that is all of it).
pub(crate) fn whitespace_split_of_none(vm: &Vm, args: &[Value], kw: KwArgs) -> bool {
    let named = |n: &str| {
        kw.iter()
            .find(|(k, _)| vm.as_str(Value::Obj(*k)) == Some(n))
            .map(|&(_, v)| v)
    };
    let sep = args.get(1).copied().or_else(|| named("sep"));
    let maxsplit = args.get(2).copied().or_else(|| named("maxsplit"));
    matches!(sep, None | Some(Value::None))
        && matches!(
            maxsplit.map(|v| vm.heap.scalar(v)),
            Some(crate::value::Scalar::Int(0))
        )
}

macro_rules! strip_fn {
    ($name:ident, $left:expr, $right:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            check_method(vm, stringify!($name), args, 0, 1)?;
            let chars = match args.get(1).copied() {
                None | Some(Value::None) => None,
                Some(c) if vm.is_str(c) => Some(c),
                Some(_) => {
                    let msg = concat!(stringify!($name), " arg must be None or str");
                    return Err(vm.type_error(msg));
                }
            };
            // The bounds are found in the borrowed text (no copy of it or of `chars`).
            let (s, _) = me_ref(vm, args);
            let chars = chars.map(|c| vm.as_str(c).unwrap_or(""));
            let (a, b) = sm::strip_bounds(s, chars, $left, $right);
            // Nothing stripped from an exact str: CPython returns the object itself.
            if a == 0
                && b == s.len()
                && matches!(args[0], Value::Obj(o) if matches!(vm.heap.get(o), Obj::Str(_)))
            {
                vm.incref(args[0]);
                return Ok(args[0]);
            }
            Ok(substring(vm, args, a, b))
        }
    };
}
strip_fn!(strip, true, true);
strip_fn!(lstrip, true, false);
strip_fn!(rstrip, false, true);

fn replace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "replace", args, 2, 3)?;
    let old = str_arg(vm, args[1], "replace() argument 1")?;
    let new = str_arg(vm, args[2], "replace() argument 2")?;
    let count = opt_int(vm, args.get(3).copied())?.unwrap_or(-1);
    // The receiver's text is only borrowed (a copy of a big text was a second
    // text-sized block at the peak, beside the result).
    if !new.is_empty() && new.len() > old.len() {
        // The result can be far larger than the input ('a' * 10**6).replace('', s)).
        let (s, facts) = me_ref(vm, args);
        let mut hits = if old.is_empty() {
            facts.nchars() + 1
        } else {
            s.matches(old.as_str()).count()
        };
        if count >= 0 {
            hits = hits.min(count as usize);
        }
        let need = s.len().saturating_add(hits.saturating_mul(new.len()));
        vm.ensure_alloc(need)?;
    }
    // An exact str that nothing would change is returned itself, as CPython's
    // replace does: count 0, old and new the same object, or old not found.
    let exact = matches!(args[0], Value::Obj(o) if matches!(vm.heap.get(o), Obj::Str(_)));
    let same = matches!((args[1], args[2]), (Value::Obj(a), Value::Obj(b)) if a == b);
    let (s, _) = me_ref(vm, args);
    if exact && (count == 0 || same || (!old.is_empty() && !s.contains(old.as_str()))) {
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    let r = sm::replace(s, &old, &new, count);
    Ok(vm.new_str(r))
}

macro_rules! find_fn {
    ($name:ident, $f:path, $ascii:path) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            check_args_parsetuple(vm, stringify!($name), &args[1..], 1, 3)?;
            if !vm.is_str(args[1]) {
                sub_arg(vm, args[1])?;
            }
            let a = slice_arg(vm, args.get(2).copied())?;
            let b = slice_arg(vm, args.get(3).copied())?;
            // Borrowed text: a search reads only the part of the string it looks at.
            let (s, facts) = me_ref(vm, args);
            let sub = vm.as_str(args[1]).unwrap_or("");
            // ASCII text needs no walk from character to byte index (a scanner
            // calling find at successive positions of a long text stays linear).
            let i = if facts.is_ascii() {
                $ascii(s, sub, a, b)
            } else {
                $f(s, sub, a, b)
            };
            Ok(vm.int(i))
        }
    };
}
find_fn!(find, sm::find, sm::find_ascii);
find_fn!(rfind, sm::rfind, sm::rfind_ascii);

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args_parsetuple(vm, "count", &args[1..], 1, 3)?;
    if !vm.is_str(args[1]) {
        sub_arg(vm, args[1])?;
    }
    let a = slice_arg(vm, args.get(2).copied())?;
    let b = slice_arg(vm, args.get(3).copied())?;
    let (s, _) = me_ref(vm, args);
    let sub = vm.as_str(args[1]).unwrap_or("");
    Ok(vm.int(sm::count(s, sub, a, b)))
}

macro_rules! index_fn {
    ($name:ident, $f:path) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            check_args_parsetuple(vm, stringify!($name), &args[1..], 1, 3)?;
            if !vm.is_str(args[1]) {
                sub_arg(vm, args[1])?;
            }
            let a = slice_arg(vm, args.get(2).copied())?;
            let b = slice_arg(vm, args.get(3).copied())?;
            let (s, _) = me_ref(vm, args);
            let sub = vm.as_str(args[1]).unwrap_or("");
            let found = $f(s, sub, a, b);
            match found {
                Ok(i) => Ok(vm.int(i)),
                Err(e) => Err(text_err(vm, e)),
            }
        }
    };
}
index_fn!(index, sm::index);
index_fn!(rindex, sm::rindex);

fn affix(vm: &mut Vm, args: &[Value], ends: bool) -> PyResult<Value> {
    check_args_parsetuple(
        vm,
        if ends { "endswith" } else { "startswith" },
        &args[1..],
        1,
        3,
    )?;
    let a = slice_arg(vm, args.get(2).copied())?;
    let b = slice_arg(vm, args.get(3).copied())?;
    let is_tuple = matches!(args[1], Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)));
    let cands: Vec<Value> = if is_tuple {
        vm.seq_items(args[1]).unwrap_or_default()
    } else {
        vec![args[1]]
    };
    for c in cands {
        if !vm.is_str(c) {
            let tn = vm.type_name(c);
            return Err(vm.type_error(format!(
                "{} first arg must be str or a tuple of str, not {}",
                if ends { "endswith" } else { "startswith" },
                tn
            )));
        }
        // Borrowed text: the test reads only the part of the string it compares.
        let (s, _) = me_ref(vm, args);
        let p = vm.as_str(c).unwrap_or("");
        let hit = if ends {
            sm::endswith(s, p, a, b)
        } else {
            sm::startswith(s, p, a, b)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix(vm, args, false)
}

fn endswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix(vm, args, true)
}

macro_rules! map_fn {
    ($name:ident, $f:path $(, $ascii:expr)?) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            check_method(vm, stringify!($name), args, 0, 0)?;
            let (s, facts) = me_ref(vm, args);
            $(
                // Short ASCII text is mapped in a stack buffer and goes straight into
                // the new object (no `String` to allocate, copy out of and free).
                let n = s.len();
                if facts.is_ascii() && n > 0 && n <= super::INLINE_MAX {
                    let mut buf = [0u8; super::INLINE_MAX];
                    buf[..n].copy_from_slice(s.as_bytes());
                    $ascii(&mut buf[..n]);
                    let t = std::str::from_utf8(&buf[..n]).unwrap_or_default();
                    let obj = StrObj::from_str_facts(t, StrFacts::ascii(n));
                    return Ok(Value::Obj(vm.heap.alloc(Obj::Str(obj))));
                }
            )?
            let r = $f(s);
            // Case mappings take ASCII to ASCII; other text may change width
            // ('ÿ'.upper() is 'Ÿ', beyond Latin-1) and is rescanned. As CPython's
            // (`case_operation`, `ascii_upper_or_lower`), the result is a new str
            // even when one character long; only the empty one is the singleton.
            if r.is_empty() {
                return Ok(vm.empty_str());
            }
            let obj = if facts.is_ascii() {
                let n = r.len();
                StrObj::with_facts(r, StrFacts::ascii(n))
            } else {
                StrObj::new(r)
            };
            Ok(Value::Obj(vm.heap.alloc(Obj::Str(obj))))
        }
    };
}
map_fn!(upper, sm::upper, <[u8]>::make_ascii_uppercase);
map_fn!(lower, sm::lower, <[u8]>::make_ascii_lowercase);
map_fn!(title, sm::title, sm::title_ascii);
map_fn!(capitalize, sm::capitalize);
map_fn!(swapcase, sm::swapcase);
map_fn!(casefold, sm::casefold);

macro_rules! pred_fn {
    ($name:ident, $f:path) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            check_method(vm, stringify!($name), args, 0, 0)?;
            let (s, _) = me_ref(vm, args);
            Ok(Value::Bool($f(s)))
        }
    };
}
pred_fn!(isdigit, sm::isdigit);
pred_fn!(isdecimal, sm::isdecimal);
pred_fn!(isnumeric, sm::isnumeric);
pred_fn!(isalpha, sm::isalpha);
pred_fn!(isalnum, sm::isalnum);
pred_fn!(isspace, sm::isspace);
pred_fn!(islower, sm::islower);
pred_fn!(isupper, sm::isupper);
pred_fn!(istitle, sm::istitle);
pred_fn!(isidentifier, sm::isidentifier);
pred_fn!(isascii, sm::isascii);
pred_fn!(isprintable, sm::isprintable);

macro_rules! pad_fn {
    ($name:ident, $f:path) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            check_method(vm, stringify!($name), args, 1, 2)?;
            let w = int_arg(vm, args[1])?;
            let fill = match args.get(2) {
                Some(&f) => {
                    let t = str_arg(vm, f, "fill character")?;
                    if t.chars().count() != 1 {
                        return Err(
                            vm.type_error("The fill character must be exactly one character long")
                        );
                    }
                    t.chars().next().unwrap()
                }
                None => ' ',
            };
            vm.ensure_alloc((w.max(0) as usize).saturating_mul(fill.len_utf8()))?;
            // Nothing to add: an exact str is returned itself (`unicode_result_unchanged`;
            // `unchanged_is_self` does the same for a subclass's equal copy).
            let (s, facts) = me_ref(vm, args);
            if w <= facts.nchars() as i64
                && matches!(args[0], Value::Obj(o) if matches!(vm.heap.get(o), Obj::Str(_)))
            {
                vm.incref(args[0]);
                return Ok(args[0]);
            }
            let r = $f(s, w, fill);
            Ok(vm.new_str(r))
        }
    };
}
pad_fn!(center, sm::center);
pad_fn!(ljust, sm::ljust);
pad_fn!(rjust, sm::rjust);

fn zfill(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "zfill", args, 1, 1)?;
    let s = me(vm, args);
    let w = int_arg(vm, args[1])?;
    vm.ensure_alloc(w.max(0) as usize)?;
    let r = sm::zfill(&s, w);
    Ok(vm.new_str(r))
}

/// `str.partition`/`rpartition` (CPython's `PyUnicode_Partition`, stringlib's
/// `partition`): when the separator is found, the tuple holds the separator object
/// itself between two new strs; when it is not (or is longer than the text), the
/// text object itself and two empty strings.
fn part(vm: &mut Vm, args: &[Value], right: bool) -> PyResult<Value> {
    check_method(vm, "partition", args, 1, 1)?;
    let (me_v, sep_v) = (args[0], args[1]);
    if vm.as_str(sep_v).is_none() {
        sub_arg(vm, sep_v)?;
    }
    let (s, facts) = me_ref(vm, args);
    let (sep, sep_facts) = vm.str_and_facts(sep_v).unwrap_or(("", StrFacts::EMPTY));
    let found = if facts.nchars() < sep_facts.nchars() {
        None
    } else if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    } else if right {
        s.rfind(sep).map(|i| (i, i + sep.len()))
    } else {
        s.find(sep).map(|i| (i, i + sep.len()))
    };
    let items = match found {
        Some((a, b)) => {
            let ascii = facts.is_ascii();
            let (head, tail) = (s[..a].to_string(), s[b..].to_string());
            let new = |vm: &mut Vm, t: String| {
                if ascii {
                    vm.new_ascii_str(t)
                } else {
                    vm.new_str(t)
                }
            };
            let head = new(vm, head);
            let tail = new(vm, tail);
            vm.incref(sep_v);
            vec![head, sep_v, tail]
        }
        None => {
            vm.incref(me_v);
            let (e1, e2) = (vm.empty_str(), vm.empty_str());
            if right {
                vec![e1, e2, me_v]
            } else {
                vec![me_v, e1, e2]
            }
        }
    };
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    part(vm, args, false)
}

fn rpartition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    part(vm, args, true)
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args_parsetuple(vm, "expandtabs", &args[1..], 0, 1)?;
    let tabsize = args.get(1).copied().or_else(|| kwarg(vm, kw, "tabsize"));
    let t = opt_int(vm, tabsize)?.unwrap_or(8);
    let s = me(vm, args);
    // No tab in an exact str: CPython returns the object itself.
    let exact = matches!(args[0], Value::Obj(o) if matches!(vm.heap.get(o), Obj::Str(_)));
    if exact && !s.contains('\t') {
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    if t > i32::MAX as i64 || t < i32::MIN as i64 {
        return Err(vm.err("OverflowError", "Python int too large to convert to C int"));
    }
    let tabs = s.matches('\t').count();
    vm.ensure_alloc(
        s.len()
            .saturating_add(tabs.saturating_mul(t.max(0) as usize)),
    )?;
    let r = sm::expandtabs(&s, t);
    Ok(vm.new_str(r))
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "removeprefix", args, 1, 1)?;
    let s = me(vm, args);
    let p = str_arg(vm, args[1], "removeprefix() argument")?;
    let r = sm::removeprefix(&s, &p);
    Ok(vm.new_str(r))
}

fn removesuffix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "removesuffix", args, 1, 1)?;
    let s = me(vm, args);
    let p = str_arg(vm, args[1], "removesuffix() argument")?;
    let r = sm::removesuffix(&s, &p);
    Ok(vm.new_str(r))
}

fn encode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.str_encode(args, kw)
}

/// `str.translate(table)` (CPython's `_PyUnicode_TranslateCharmap`): each character's
/// code point is looked up with `table[ord(c)]`; a LookupError keeps the character,
/// None deletes it, an int or a str replaces it.
///
/// The lookups are CPython's, call for call (a mapping with a `__getitem__` sees
/// them): ASCII text goes through the fast path (`unicode_fast_translate`), which looks
/// each distinct character up once and remembers the answer, as long as every answer
/// is "missing", None or one ASCII character; the first other answer ends it, and
/// the general loop carries on from that character (looking it up again), one lookup
/// per character, plus one more for the character after a run of deletions (CPython
/// looks it up to end the run, then again to translate it).
fn translate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "translate", args, 1, 1)?;
    let table = args[1];
    let (t, facts) = me_ref(vm, args);
    if facts.nchars() == 0 {
        // CPython returns the empty string itself.
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    let text: Vec<char> = t.chars().collect();
    // Surrogates (stand-ins, `text::surrogates`) are looked up by their code point;
    // the result holds some when the text or a mapping gives one.
    let in_flagged = facts.is_flagged();
    let mut flagged = in_flagged;
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    if facts.is_ascii() {
        // Per ASCII character: UNKNOWN, DELETE or its one-character ASCII translation.
        const UNKNOWN: u8 = 0xff;
        const DELETE: u8 = 0xfe;
        let mut cache = [UNKNOWN; 128];
        while i < text.len() {
            let ch = text[i] as usize;
            if cache[ch] == UNKNOWN {
                let to = match translate_lookup(vm, table, ch as u32)? {
                    Mapped::Missing => Some(ch as u8),
                    Mapped::Delete => Some(DELETE),
                    Mapped::Char(c) => (c < 128).then_some(c as u8),
                    Mapped::Str(v) => {
                        let one = vm.as_str(v).and_then(|s| match s.as_bytes() {
                            &[b] if b < 128 => Some(b),
                            _ => None,
                        });
                        vm.decref(v);
                        one
                    }
                };
                match to {
                    Some(b) => cache[ch] = b,
                    None => break,
                }
            }
            if cache[ch] != DELETE {
                out.push(cache[ch] as char);
            }
            i += 1;
        }
    }
    while i < text.len() {
        let cp = crate::text::surrogates::code_point(text[i], in_flagged);
        match translate_lookup(vm, table, cp)? {
            Mapped::Missing => out.push(text[i]),
            Mapped::Char(c) => flagged |= crate::text::surrogates::push_code_point(&mut out, c),
            Mapped::Str(v) => {
                out.push_str(vm.as_str(v).unwrap_or(""));
                flagged |= vm.str_is_flagged(v);
                vm.decref(v);
            }
            Mapped::Delete => {
                // The run of deleted characters ends at the first one that is not.
                let mut end = i + 1;
                while end < text.len() {
                    let cp = crate::text::surrogates::code_point(text[end], in_flagged);
                    let m = translate_lookup(vm, table, cp)?;
                    let deleted = matches!(m, Mapped::Delete);
                    if let Mapped::Str(v) = m {
                        vm.decref(v);
                    }
                    if !deleted {
                        break;
                    }
                    end += 1;
                }
                i = end;
                continue;
            }
        }
        i += 1;
    }
    Ok(vm.new_str_derived(out, flagged))
}

/// One answer of `str.translate`'s table (CPython's `charmaptranslate_lookup`).
enum Mapped {
    /// The lookup raised a LookupError: the character stays.
    Missing,
    /// None: the character goes.
    Delete,
    /// An int: that code point.
    Char(u32),
    /// A str (owned).
    Str(Value),
}

/// `table[cp]` for `str.translate`. An exact dict is searched directly: a missing key
/// is the common answer, and CPython's `dict_subscript` only records a KeyError
/// without building the exception object.
fn translate_lookup(vm: &mut Vm, table: Value, cp: u32) -> PyResult<Mapped> {
    let key = vm.int(cp as i64);
    let is_dict = matches!(table, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)));
    let r = if is_dict {
        vm.dict_get_item(table, key)
    } else {
        match vm.get_item(table, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.exc_matches(e.0, "LookupError") => {
                vm.decref(e.0);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    };
    vm.decref(key);
    let Some(v) = r? else {
        return Ok(Mapped::Missing);
    };
    let big = matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)));
    let m = match vm.scalar(v) {
        crate::value::Scalar::None => Mapped::Delete,
        crate::value::Scalar::Int(i) => match u32::try_from(i).ok().filter(|&c| c < 0x110000) {
            Some(c) => Mapped::Char(c),
            None => {
                vm.decref(v);
                return Err(vm.value_error("character mapping must be in range(0x110000)"));
            }
        },
        crate::value::Scalar::Bool(b) => Mapped::Char(b as u32),
        _ if big => {
            vm.decref(v);
            return Err(vm.value_error("character mapping must be in range(0x110000)"));
        }
        _ if vm.is_str(v) => return Ok(Mapped::Str(v)),
        _ => {
            vm.decref(v);
            return Err(
                vm.type_error("character mapping must return integer, None or str".to_string())
            );
        }
    };
    vm.decref(v);
    Ok(m)
}

/// `str.maketrans(x[, y[, z]])`: the translation table `translate` reads.
/// `args[0]` is the class the static function is bound to (`add_static_native`).
fn maketrans(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let args = args.get(1..).unwrap_or(&[]);
    crate::runtime::builtins::check_args(vm, "maketrans", args, 1, 3)?;
    let d = vm.new_dict();
    let r = fill_maketrans(vm, d, args);
    if let Err(e) = r {
        vm.decref(d);
        return Err(e);
    }
    Ok(d)
}

fn fill_maketrans(vm: &mut Vm, d: Value, args: &[Value]) -> PyResult<()> {
    if args.len() == 1 {
        let is_dict = matches!(args[0], Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)));
        if !is_dict {
            return Err(vm.type_error(
                "if you give only one argument to maketrans it must be a dict".to_string(),
            ));
        }
        let items: Vec<(Value, Value)> = match args[0] {
            Value::Obj(r) => match vm.heap.get(r) {
                Obj::Dict(dd) => dd.iter().map(|e| (e.key, e.value)).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        for &(k, v) in &items {
            vm.incref(k);
            vm.incref(v);
        }
        let mut res = Ok(());
        for &(k, v) in &items {
            if res.is_err() {
                break;
            }
            let key = if let Some(ks) = vm.as_str(k) {
                let mut it = ks.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => {
                        let cp = crate::text::surrogates::code_point(c, vm.str_is_flagged(k));
                        Ok(vm.int(cp as i64))
                    }
                    _ => Err(vm.value_error("string keys in translate table must be of length 1")),
                }
            } else if matches!(
                vm.scalar(k),
                crate::value::Scalar::Int(_) | crate::value::Scalar::Bool(_)
            ) || matches!(k, Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)))
            {
                vm.incref(k);
                Ok(k)
            } else {
                Err(vm
                    .type_error("keys in translate table must be strings or integers".to_string()))
            };
            res = key.and_then(|key| {
                let r = vm.dict_set_item(d, key, v);
                vm.decref(key);
                r
            });
        }
        for (k, v) in items {
            vm.decref(k);
            vm.decref(v);
        }
        return res;
    }
    if !vm.is_str(args[0]) {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument".to_string(),
        ));
    }
    let (Some(x), Some(y)) = (vm.as_str(args[0]), vm.as_str(args[1])) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!("maketrans() argument 2 must be str, not {}", tn)));
    };
    // Code points, surrogates included (stand-ins read back, `text::surrogates`).
    let (fx, fy) = (vm.str_is_flagged(args[0]), vm.str_is_flagged(args[1]));
    let cps =
        |t: &str, f: bool| -> Vec<u32> { crate::text::surrogates::code_points(t, f).collect() };
    let (x, y) = (cps(x, fx), cps(y, fy));
    if x.len() != y.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.into_iter().zip(y) {
        let (k, v) = (vm.int(a as i64), vm.int(b as i64));
        let r = vm.dict_set_item(d, k, v);
        vm.decref(k);
        vm.decref(v);
        r?;
    }
    if let Some(&zv) = args.get(2) {
        let Some(z) = vm.as_str(zv) else {
            let tn = vm.type_name(zv);
            return Err(vm.type_error(format!("maketrans() argument 3 must be str, not {}", tn)));
        };
        let z: Vec<u32> = crate::text::surrogates::code_points(z, vm.str_is_flagged(zv)).collect();
        for c in z {
            let k = vm.int(c as i64);
            let r = vm.dict_set_item(d, k, Value::None);
            vm.decref(k);
            r?;
        }
    }
    Ok(())
}
