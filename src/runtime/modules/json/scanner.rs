//! `_json.scanstring` and the Scanner's call (CPython's `py_scanstring`,
//! `scanstring_unicode`, `scanner_call`, `scan_once_unicode`, `_parse_object_unicode`,
//! `_parse_array_unicode`, `_match_number_unicode`): one JSON value read from a str at
//! an index, with the C module's messages, positions and allocations. A dict is made
//! first and filled pair by pair (a list of pairs only for `object_pairs_hook`), keys
//! go through the scanner's memo (so equal keys of one document are one str), and
//! "no value here" is `StopIteration(index)`, which `json.decoder` turns into
//! "Expecting value".

use super::{decode_error, ssize_arg};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::types::str::StrFacts;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::text::surrogates;
use crate::value::Value;

/// The document being read: its str object (for errors and hooks), a copy of its
/// text (the heap cannot stay borrowed across calls into Python), and its facts.
struct Doc {
    src: Value,
    text: String,
    facts: StrFacts,
}

impl Doc {
    fn of(vm: &Vm, src: Value) -> Option<Doc> {
        let (t, facts) = vm.str_and_facts(src)?;
        Some(Doc {
            src,
            text: t.to_owned(),
            facts,
        })
    }

    fn bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }

    /// The code-point index of byte offset `b`.
    fn char_index(&self, b: usize) -> usize {
        if self.facts.is_ascii() {
            b
        } else {
            self.text[..b].chars().count()
        }
    }

    /// The byte offset of code-point index `i` (at most the length).
    fn byte_offset(&self, i: usize) -> usize {
        if self.facts.is_ascii() {
            i
        } else {
            self.text
                .char_indices()
                .nth(i)
                .map_or(self.text.len(), |(b, _)| b)
        }
    }

    fn error(&self, vm: &mut Vm, msg: &str, byte: usize) -> PyErr {
        let pos = self.char_index(byte) as i64;
        decode_error(vm, msg, self.src, pos)
    }

    /// "Unterminated string" at the opening quote, one before the text's start
    /// (-1 when scanstring was asked to start at 0, as C reports).
    fn unterminated(&self, vm: &mut Vm, text_start: usize) -> PyErr {
        let pos = self.char_index(text_start) as i64 - 1;
        decode_error(vm, "Unterminated string starting at", self.src, pos)
    }

    fn stop(&self, vm: &mut Vm, byte: usize) -> PyErr {
        let pos = self.char_index(byte) as i64;
        let v = vm.int(pos);
        vm.stop_iteration(v)
    }

    /// A new str of the text between two byte offsets (a string's text never is the
    /// whole document; a number's is copied, `PyUnicode_FromKindAndData`, even then).
    fn substring(&self, vm: &mut Vm, a: usize, b: usize) -> Value {
        let s = &self.text[a..b];
        let facts = if self.facts.is_ascii() {
            StrFacts::ascii(s.len())
        } else {
            StrFacts::of_derived(s, self.facts.is_flagged())
        };
        vm.new_str_facts(s.to_owned(), facts)
    }
}

fn hex4(b: &[u8]) -> Option<u32> {
    let mut c = 0u32;
    for &d in b {
        let v = (d as char).to_digit(16)?;
        c = (c << 4) | v;
    }
    Some(c)
}

/// The JSON string whose text starts at byte `end` (just past its opening quote):
/// the new str and the byte offset past its closing quote.
fn scan_string(vm: &mut Vm, doc: &Doc, end: usize, strict: bool) -> PyResult<(Value, usize)> {
    let b = doc.bytes();
    let n = b.len();
    let begin = end;
    let mut end = end;
    let mut buf: Option<String> = None;
    let mut surr = false;
    let check_real = !doc.facts.is_flagged() && doc.facts.may_hold_stand_ins();
    let mut real = false;
    loop {
        let mut next = end;
        while next < n {
            let d = b[next];
            if d == b'"' || d == b'\\' {
                break;
            }
            if d <= 0x1f && strict {
                return Err(doc.error(vm, "Invalid control character at", next));
            }
            next += 1;
        }
        if next >= n {
            return Err(doc.unterminated(vm, begin));
        }
        let c = b[next];
        if c == b'"' && buf.is_none() {
            let v = doc.substring(vm, end, next);
            return Ok((v, next + 1));
        }
        let out = buf.get_or_insert_with(String::new);
        if next != end {
            let run = &doc.text[end..next];
            if check_real && surrogates::has_stand_in(run) {
                real = true;
            }
            out.push_str(run);
        }
        next += 1;
        if c == b'"' {
            end = next;
            break;
        }
        if next == n {
            return Err(doc.unterminated(vm, begin));
        }
        let e = b[next];
        let ch: u32;
        if e != b'u' {
            end = next + 1;
            ch = match e {
                b'"' => 0x22,
                b'\\' => 0x5c,
                b'/' => 0x2f,
                b'b' => 0x08,
                b'f' => 0x0c,
                b'n' => 0x0a,
                b'r' => 0x0d,
                b't' => 0x09,
                _ => return Err(doc.error(vm, "Invalid \\escape", next - 1)),
            };
        } else {
            // `next` is the 'u'; four hex digits and at least one more character
            // (a closing quote is still needed) must follow.
            let u = next;
            end = u + 5;
            let c1 = if end < n {
                hex4(&b[u + 1..u + 5])
            } else {
                None
            };
            let Some(mut c1) = c1 else {
                return Err(doc.error(vm, "Invalid \\uXXXX escape", u));
            };
            if (0xD800..0xDC00).contains(&c1)
                && end + 6 < n
                && b[end] == b'\\'
                && b[end + 1] == b'u'
            {
                let Some(c2) = hex4(&b[end + 2..end + 6]) else {
                    return Err(doc.error(vm, "Invalid \\uXXXX escape", end + 1));
                };
                if (0xDC00..0xE000).contains(&c2) {
                    c1 = 0x10000 + (((c1 - 0xD800) << 10) | (c2 - 0xDC00));
                    end += 6;
                }
            }
            ch = c1;
        }
        surr |= surrogates::push_code_point(out, ch);
    }
    let out = buf.unwrap_or_default();
    let flagged = surr || doc.facts.is_flagged();
    if surr && real {
        return Err(vm.value_error(surrogates::MIXED));
    }
    let facts = StrFacts::of_derived(&out, flagged);
    Ok((vm.new_str_facts(out, facts), end))
}

/// `_json.scanstring(string, end, strict=True)`: positional only, as C's
/// `PyArg_ParseTuple("On|i:scanstring")`.
pub(super) fn scanstring(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::no_kwargs(vm, "scanstring", kw)?;
    crate::runtime::builtins::check_args_parsetuple(vm, "scanstring", args, 2, 3)?;
    let end = ssize_arg(vm, args[1])?;
    let strict = match args.get(2) {
        Some(&v) => {
            if matches!(v, Value::Float(_)) {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            ssize_arg(vm, v)? != 0
        }
        None => true,
    };
    let Some(doc) = Doc::of(vm, args[0]) else {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!("first argument must be a string, not {:.80}", tn)));
    };
    if end < 0 || end as usize > doc.facts.nchars() {
        return Err(vm.value_error("end is out of bounds"));
    }
    let start = doc.byte_offset(end as usize);
    let (v, next) = scan_string(vm, &doc, start, strict)?;
    let pos = vm.int(doc.char_index(next) as i64);
    Ok(vm.new_tuple(vec![v, pos]))
}

/// What a Scanner was made with (its `_c` tuple, filled by `_json.Scanner.__init__`).
struct Ctx {
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    memo: Value,
    /// parse_float / parse_int are the float / int types themselves, whose work is
    /// done here (CPython's `_match_number_unicode` shortcut).
    std_float: bool,
    std_int: bool,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_ws(b[i]) {
        i += 1;
    }
    i
}

/// A Scanner instance called as `scanner(string, idx)`.
pub(super) fn scanner_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let this = args[0];
    let mut string = args.get(1).copied();
    let mut idx = args.get(2).copied();
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "scan_once() takes at most 2 arguments ({} given)",
            args.len() - 1 + kw.len()
        )));
    }
    for &(k, v) in kw {
        match vm.heap.str(k) {
            "string" if string.is_none() => string = Some(v),
            "idx" if idx.is_none() => idx = Some(v),
            "string" | "idx" => {
                let name = vm.heap.str(k).to_string();
                return Err(vm.type_error(format!(
                    "argument for scan_once() given by name ('{name}') and position"
                )));
            }
            other => {
                let other = other.to_string();
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for scan_once()"
                )));
            }
        }
    }
    let (Some(string), Some(idx)) = (string, idx) else {
        let (name, pos) = if string.is_none() {
            ("string", 1)
        } else {
            ("idx", 2)
        };
        return Err(vm.type_error(format!(
            "scan_once() missing required argument '{name}' (pos {pos})"
        )));
    };
    let idx = ssize_arg(vm, idx)?;
    let Some(doc) = Doc::of(vm, string) else {
        let tn = vm.type_name(string);
        return Err(vm.type_error(format!("first argument must be a string, not {:.80}", tn)));
    };
    // The context tuple is held for the call: its values are borrowed from it.
    let c = vm.get_attr(this, "_c")?;
    let ctx = match read_ctx(vm, c) {
        Ok(ctx) => ctx,
        Err(e) => {
            vm.decref(c);
            return Err(e);
        }
    };
    let r = if idx < 0 {
        Err(vm.value_error("idx cannot be negative"))
    } else if idx as usize >= doc.facts.nchars() {
        let v = vm.int(idx);
        Err(vm.stop_iteration(v))
    } else {
        let start = doc.byte_offset(idx as usize);
        scan_once(vm, &ctx, &doc, start)
    };
    // The memo lives for one call (CPython clears it whatever the outcome).
    clear_dict(vm, ctx.memo);
    vm.decref(c);
    let (v, end) = r?;
    let pos = vm.int(doc.char_index(end) as i64);
    Ok(vm.new_tuple(vec![v, pos]))
}

/// `PyDict_Clear` of the memo.
fn clear_dict(vm: &mut Vm, d: Value) {
    let mut out = Vec::new();
    if let Value::Obj(r) = d {
        if let Obj::Dict(d) = vm.heap.get_mut(r) {
            d.drain_into(&mut out);
        }
    }
    for v in out {
        vm.decref(v);
    }
}

/// `PyList_Append` (the list takes its own reference).
fn append(vm: &mut Vm, list: Value, v: Value) {
    vm.incref(v);
    if let Value::Obj(r) = list {
        if let Obj::List(l) = vm.heap.get_mut(r) {
            l.push(v);
        }
    }
}

fn read_ctx(vm: &mut Vm, c: Value) -> PyResult<Ctx> {
    let items: Vec<Value> = match c {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(t) if t.len() == 7 => t.iter().copied().collect(),
            _ => vec![],
        },
        _ => vec![],
    };
    if items.len() != 7 {
        return Err(vm.type_error("_json.Scanner: bad state"));
    }
    let (float_t, int_t) = (vm.types.float, vm.types.int);
    Ok(Ctx {
        strict: matches!(items[0], Value::Bool(true)),
        object_hook: items[1],
        object_pairs_hook: items[2],
        parse_float: items[3],
        parse_int: items[4],
        parse_constant: items[5],
        memo: items[6],
        std_float: matches!(items[3], Value::Obj(r) if r == float_t),
        std_int: matches!(items[4], Value::Obj(r) if r == int_t),
    })
}

/// One value starting exactly at byte `i` (`scan_once_unicode`).
fn scan_once(vm: &mut Vm, ctx: &Ctx, doc: &Doc, i: usize) -> PyResult<(Value, usize)> {
    let b = doc.bytes();
    let n = b.len();
    if i >= n {
        return Err(doc.stop(vm, i));
    }
    let lit = |word: &[u8]| i + word.len() <= n && &b[i..i + word.len()] == word;
    match b[i] {
        b'"' => return scan_string(vm, doc, i + 1, ctx.strict),
        b'{' => {
            vm.enter_native(" while decoding a JSON object from a unicode string")?;
            let r = parse_object(vm, ctx, doc, i + 1);
            vm.leave_native();
            return r;
        }
        b'[' => {
            vm.enter_native(" while decoding a JSON array from a unicode string")?;
            let r = parse_array(vm, ctx, doc, i + 1);
            vm.leave_native();
            return r;
        }
        b'n' if lit(b"null") => return Ok((Value::None, i + 4)),
        b't' if lit(b"true") => return Ok((Value::Bool(true), i + 4)),
        b'f' if lit(b"false") => return Ok((Value::Bool(false), i + 5)),
        b'N' if lit(b"NaN") => return constant(vm, ctx, "NaN", i),
        b'I' if lit(b"Infinity") => return constant(vm, ctx, "Infinity", i),
        b'-' if lit(b"-Infinity") => return constant(vm, ctx, "-Infinity", i),
        _ => {}
    }
    match_number(vm, ctx, doc, i)
}

/// `parse_constant(name)` with the interned name (`_parse_constant`).
fn constant(vm: &mut Vm, ctx: &Ctx, name: &str, i: usize) -> PyResult<(Value, usize)> {
    let s = vm.intern(name);
    vm.incref(s);
    let r = vm.call_value(ctx.parse_constant, &[s], &[]);
    vm.decref(s);
    Ok((r?, i + name.len()))
}

/// A number at byte `start` (`_match_number_unicode`): int or float by its form,
/// made here for the standard converters, else passed as text to the given one.
fn match_number(vm: &mut Vm, ctx: &Ctx, doc: &Doc, start: usize) -> PyResult<(Value, usize)> {
    let b = doc.bytes();
    let n = b.len();
    let digit = |i: usize| i < n && b[i].is_ascii_digit();
    let mut i = start;
    if b[i] == b'-' {
        i += 1;
        if i >= n {
            return Err(doc.stop(vm, start));
        }
    }
    if (b'1'..=b'9').contains(&b[i]) {
        i += 1;
        while digit(i) {
            i += 1;
        }
    } else if b[i] == b'0' {
        i += 1;
    } else {
        return Err(doc.stop(vm, start));
    }
    let mut is_float = false;
    if i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_digit() {
        is_float = true;
        i += 2;
        while digit(i) {
            i += 1;
        }
    }
    if i + 1 < n && (b[i] == b'e' || b[i] == b'E') {
        let e_start = i;
        i += 1;
        if i + 1 < n && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        while digit(i) {
            i += 1;
        }
        if b[i - 1].is_ascii_digit() {
            is_float = true;
        } else {
            i = e_start;
        }
    }
    let text = &doc.text[start..i];
    let v = if is_float && ctx.std_float {
        let f: f64 = text.parse().unwrap_or(f64::NAN);
        vm.float(f)
    } else if !is_float && ctx.std_int {
        match text.parse::<i64>() {
            Ok(k) => vm.int(k),
            Err(_) => {
                let digits = text.len() - usize::from(text.starts_with('-'));
                vm.check_int_str_digits(digits, Some(digits))?;
                let big: num_bigint::BigInt = text.parse().unwrap_or_default();
                vm.new_int(big)
            }
        }
    } else {
        let f = if is_float {
            ctx.parse_float
        } else {
            ctx.parse_int
        };
        let s = doc.substring(vm, start, i);
        let r = vm.call_value(f, &[s], &[]);
        vm.decref(s);
        r?
    };
    Ok((v, i))
}

/// The members of an object whose `{` is just before byte `i` (`_parse_object_unicode`).
fn parse_object(vm: &mut Vm, ctx: &Ctx, doc: &Doc, i: usize) -> PyResult<(Value, usize)> {
    let pairs_hook = !matches!(ctx.object_pairs_hook, Value::None);
    let acc = if pairs_hook {
        vm.new_list(vec![])
    } else {
        vm.new_dict()
    };
    match object_members(vm, ctx, doc, i, acc, pairs_hook) {
        Ok(end) => {
            let hook = if pairs_hook {
                ctx.object_pairs_hook
            } else if !matches!(ctx.object_hook, Value::None) {
                ctx.object_hook
            } else {
                return Ok((acc, end));
            };
            let r = vm.call_value(hook, &[acc], &[]);
            vm.decref(acc);
            Ok((r?, end))
        }
        Err(e) => {
            vm.decref(acc);
            Err(e)
        }
    }
}

fn object_members(
    vm: &mut Vm,
    ctx: &Ctx,
    doc: &Doc,
    mut i: usize,
    acc: Value,
    pairs_hook: bool,
) -> PyResult<usize> {
    let b = doc.bytes();
    let n = b.len();
    i = skip_ws(b, i);
    if i < n && b[i] == b'}' {
        return Ok(i + 1);
    }
    loop {
        if i >= n || b[i] != b'"' {
            return Err(doc.error(vm, "Expecting property name enclosed in double quotes", i));
        }
        let (key, next) = scan_string(vm, doc, i + 1, ctx.strict)?;
        // memo.setdefault(key, key): equal keys of one document share one str.
        let key = match vm.dict_get_item(ctx.memo, key) {
            Ok(Some(k)) => {
                vm.decref(key);
                k
            }
            Ok(None) => {
                if let Err(e) = vm.dict_set_item(ctx.memo, key, key) {
                    vm.decref(key);
                    return Err(e);
                }
                key
            }
            Err(e) => {
                vm.decref(key);
                return Err(e);
            }
        };
        i = skip_ws(b, next);
        if i >= n || b[i] != b':' {
            vm.decref(key);
            return Err(doc.error(vm, "Expecting ':' delimiter", i));
        }
        i = skip_ws(b, i + 1);
        let (val, next) = match scan_once(vm, ctx, doc, i) {
            Ok(r) => r,
            Err(e) => {
                vm.decref(key);
                return Err(e);
            }
        };
        if pairs_hook {
            let item = vm.new_tuple(vec![key, val]);
            append(vm, acc, item);
            vm.decref(item);
        } else {
            let r = vm.dict_set_item(acc, key, val);
            vm.decref(key);
            vm.decref(val);
            r?;
        }
        i = skip_ws(b, next);
        if i < n && b[i] == b'}' {
            return Ok(i + 1);
        }
        if i >= n || b[i] != b',' {
            return Err(doc.error(vm, "Expecting ',' delimiter", i));
        }
        i = skip_ws(b, i + 1);
    }
}

/// The items of an array whose `[` is just before byte `i` (`_parse_array_unicode`).
fn parse_array(vm: &mut Vm, ctx: &Ctx, doc: &Doc, i: usize) -> PyResult<(Value, usize)> {
    let list = vm.new_list(vec![]);
    match array_items(vm, ctx, doc, i, list) {
        Ok(end) => Ok((list, end)),
        Err(e) => {
            vm.decref(list);
            Err(e)
        }
    }
}

fn array_items(vm: &mut Vm, ctx: &Ctx, doc: &Doc, mut i: usize, list: Value) -> PyResult<usize> {
    let b = doc.bytes();
    let n = b.len();
    i = skip_ws(b, i);
    if i < n && b[i] == b']' {
        return Ok(i + 1);
    }
    loop {
        let (val, next) = scan_once(vm, ctx, doc, i)?;
        append(vm, list, val);
        vm.decref(val);
        i = skip_ws(b, next);
        if i < n && b[i] == b']' {
            return Ok(i + 1);
        }
        if i >= n || b[i] != b',' {
            return Err(doc.error(vm, "Expecting ',' delimiter", i));
        }
        i = skip_ws(b, i + 1);
    }
}
