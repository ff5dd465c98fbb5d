//! The Encoder's call (CPython's `encoder_call`, `encoder_listencode_obj`,
//! `encoder_listencode_list`, `encoder_listencode_dict`, `encoder_encode_float`,
//! `encoder_encode_string`): the whole JSON text of a value, built in one buffer and
//! returned as a one-item list, what `json.dumps` joins when `indent` is None.
//!
//! It makes and drops what the C encoder does, so counts and identities seen from a
//! `default` or `encoder` callback are CPython's: the `markers` dict gets
//! `id(container) -> container` while a container is written, a dict's items are a
//! new list of 2-tuples (sorted in place for `sort_keys`), a list or tuple subclass is
//! copied into a new list first (`PySequence_Fast`), and each container level and
//! value inside one takes a recursion guard. Like C's encoder in 3.11, `indent` is
//! stored but not applied (json.encoder only uses this one without an indent).

use super::Out;
use crate::runtime::object::{NativeFn, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::types::str::StrFacts;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

const GUARD: &str = " while encoding a JSON object";

/// What an Encoder was made with (its `_c` tuple, filled by `_json.Encoder.__init__`);
/// values borrowed from that tuple, which the call holds.
struct Enc {
    markers: Value,
    default: Value,
    encoder: Value,
    /// `Some(ascii)` when `encoder` is `_json`'s own escaper, which is then run here
    /// (C's `fast_encode`).
    fast: Option<bool>,
    key_sep: (String, StrFacts, Value),
    item_sep: (String, StrFacts, Value),
    /// The `[]` and `{}` strs written for empty containers: made once by `_json`, so
    /// every encoding of an empty list is the same object, as C's static strings.
    empty: [Value; 2],
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
}

/// An Encoder instance called as `encoder(obj, _current_indent_level)`.
pub(super) fn encoder_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let this = args[0];
    let mut obj = args.get(1).copied();
    let mut level = args.get(2).copied();
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "_iterencode() takes at most 2 arguments ({} given)",
            args.len() - 1 + kw.len()
        )));
    }
    for &(k, v) in kw {
        match vm.heap.str(k) {
            "obj" if obj.is_none() => obj = Some(v),
            "_current_indent_level" if level.is_none() => level = Some(v),
            "obj" | "_current_indent_level" => {
                let name = vm.heap.str(k).to_string();
                return Err(vm.type_error(format!(
                    "argument for _iterencode() given by name ('{name}') and position"
                )));
            }
            other => {
                let other = other.to_string();
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for _iterencode()"
                )));
            }
        }
    }
    let (Some(obj), Some(level)) = (obj, level) else {
        let (name, pos) = if obj.is_none() {
            ("obj", 1)
        } else {
            ("_current_indent_level", 2)
        };
        return Err(vm.type_error(format!(
            "_iterencode() missing required argument '{name}' (pos {pos})"
        )));
    };
    super::ssize_arg(vm, level)?;
    let c = vm.get_attr(this, "_c")?;
    let mut acc = Acc {
        out: Out::default(),
        seg: 0,
        only: Only::Fresh,
        large: Vec::new(),
    };
    let r = read_enc(vm, c).and_then(|enc| {
        encode_obj(vm, &enc, &mut acc, obj)?;
        acc.flush(vm)
    });
    vm.decref(c);
    if let Err(e) = r {
        for v in acc.large {
            vm.decref(v);
        }
        return Err(e);
    }
    Ok(vm.new_list(acc.large))
}

/// What the one chunk of a segment is, when a segment holds only one: the joined
/// text is then that chunk's object itself (`PyUnicode_Join` of one str).
#[derive(Clone, Copy)]
enum Only {
    /// Made for this chunk: a number's text, an escaped string.
    Fresh,
    /// `null`, `true`, `false`: C's interned strings.
    Interned(&'static str),
    /// A bracket: C's interned one-character strings (the Latin-1 singletons).
    Char,
    /// A str the encoder holds (a separator, an empty container's text): borrowed.
    Obj(Value),
}

/// CPython 3.11's `_PyAccu`: the chunks written so far, joined into one str per
/// 100000 chunks; the call returns the list of those strs.
struct Acc {
    out: Out,
    seg: usize,
    only: Only,
    large: Vec<Value>,
}

const ACCU_CHUNKS: usize = 100_000;

impl Acc {
    /// Counts one chunk just written to `out`.
    fn chunk(&mut self, vm: &mut Vm, only: Only) -> PyResult<()> {
        self.seg += 1;
        if self.seg == 1 {
            self.only = only;
        }
        if self.seg >= ACCU_CHUNKS {
            self.flush(vm)?;
        }
        Ok(())
    }

    fn text(&mut self, vm: &mut Vm, s: &str, only: Only) -> PyResult<()> {
        self.out.s.push_str(s);
        self.chunk(vm, only)
    }

    fn flush(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.seg == 0 {
            return Ok(());
        }
        let out = std::mem::take(&mut self.out);
        let v = if self.seg == 1 {
            match self.only {
                Only::Interned(s) => {
                    let v = vm.intern(s);
                    vm.incref(v);
                    v
                }
                Only::Obj(v) => {
                    vm.incref(v);
                    v
                }
                Only::Char => out.finish(vm)?,
                Only::Fresh => out.finish_fresh(vm)?,
            }
        } else {
            out.finish(vm)?
        };
        self.large.push(v);
        self.seg = 0;
        Ok(())
    }
}

fn read_enc(vm: &mut Vm, c: Value) -> PyResult<Enc> {
    let items: Vec<Value> = match c {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(t) if t.len() == 11 => t.iter().copied().collect(),
            _ => vec![],
        },
        _ => vec![],
    };
    if items.len() != 11 {
        return Err(vm.type_error("_json.Encoder: bad state"));
    }
    let sep = |vm: &Vm, v: Value| {
        vm.str_and_facts(v)
            .map(|(t, f)| (t.to_owned(), f, v))
            .unwrap_or_else(|| (String::new(), StrFacts::ascii(0), v))
    };
    let fast = match items[2] {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Builtin(b) if b.f as usize == super::encode_ascii as NativeFn as usize => {
                Some(true)
            }
            Obj::Builtin(b) if b.f as usize == super::encode as NativeFn as usize => Some(false),
            _ => None,
        },
        _ => None,
    };
    Ok(Enc {
        markers: items[0],
        default: items[1],
        encoder: items[2],
        fast,
        key_sep: sep(vm, items[4]),
        item_sep: sep(vm, items[5]),
        sort_keys: matches!(items[6], Value::Bool(true)),
        skipkeys: matches!(items[7], Value::Bool(true)),
        allow_nan: matches!(items[8], Value::Bool(true)),
        empty: [items[9], items[10]],
    })
}

/// What a value is to the encoder, in `encoder_listencode_obj`'s order of tests
/// (instances of subclasses of str, int, float, list, tuple and dict count as those).
enum Kind {
    Lit(&'static str),
    Str,
    Int(Value),
    Float(f64),
    /// A list or tuple: exact (its items read in place) or not (copied first).
    Seq(bool),
    /// A dict: exact (its items listed directly) or not (its `items()` called).
    Dict(bool),
    Other,
}

fn kind(vm: &Vm, v: Value) -> Kind {
    match v {
        Value::None => Kind::Lit("null"),
        Value::Bool(true) => Kind::Lit("true"),
        Value::Bool(false) => Kind::Lit("false"),
        Value::Int(_) => Kind::Int(v),
        Value::Float(f) => Kind::Float(vm.heap.float_of(f)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(_) => Kind::Str,
            Obj::BigInt(_) => Kind::Int(v),
            Obj::List(_) | Obj::Tuple(_) => Kind::Seq(true),
            Obj::Dict(_) => Kind::Dict(true),
            Obj::Instance(i) => match i.payload() {
                Some(p) => match p {
                    Value::Int(_) => Kind::Int(p),
                    Value::Float(f) => Kind::Float(vm.heap.float_of(f)),
                    Value::Obj(pr) => match vm.heap.get(pr) {
                        Obj::Str(_) => Kind::Str,
                        Obj::BigInt(_) => Kind::Int(p),
                        Obj::List(_) | Obj::Tuple(_) => Kind::Seq(false),
                        Obj::Dict(_) => Kind::Dict(false),
                        _ => Kind::Other,
                    },
                    _ => Kind::Other,
                },
                None => Kind::Other,
            },
            _ => Kind::Other,
        },
        _ => Kind::Other,
    }
}

/// `int.__repr__` of an int (exact or a subclass instance's payload).
fn push_int(vm: &mut Vm, out: &mut Out, v: Value) -> PyResult<()> {
    use std::fmt::Write;
    match v {
        Value::Int(i) => {
            let _ = write!(out.s, "{}", vm.heap.int_of(i));
        }
        Value::Obj(r) => {
            let b = match vm.heap.get(r) {
                Obj::BigInt(b) => (**b).clone(),
                _ => return Ok(()),
            };
            vm.check_bigint_decimal(&b)?;
            let _ = write!(out.s, "{}", b);
        }
        _ => {}
    }
    Ok(())
}

/// `encoder_encode_float`: the repr, or NaN / Infinity / -Infinity when allowed.
fn float_text(vm: &mut Vm, enc: &Enc, f: f64) -> PyResult<String> {
    if f.is_finite() {
        return Ok(crate::text::float_repr::float_repr(f));
    }
    if !enc.allow_nan {
        return Err(vm.value_error("Out of range float values are not JSON compliant"));
    }
    Ok(if f > 0.0 {
        "Infinity"
    } else if f < 0.0 {
        "-Infinity"
    } else {
        "NaN"
    }
    .to_string())
}

/// `encoder_encode_string` of a str (or str subclass instance) `v`.
fn encode_str(vm: &mut Vm, enc: &Enc, out: &mut Out, v: Value) -> PyResult<()> {
    if let Some(ascii) = enc.fast {
        if let Some((text, facts)) = vm.str_and_facts(v) {
            out.escape(text, facts, ascii);
        }
        return Ok(());
    }
    let r = vm.call_value(enc.encoder, &[v], &[])?;
    match vm.str_and_facts(r) {
        Some((text, facts)) => {
            out.push_text(text, facts);
            vm.decref(r);
            Ok(())
        }
        None => {
            let tn = vm.type_name(r);
            vm.decref(r);
            Err(vm.type_error(format!("encoder() must return a string, not {:.80}", tn)))
        }
    }
}

/// A key written from its text (a number's, a constant's): the escaper's output
/// for a str of that text, made and passed only when the escaper is not `_json`'s
/// (a constant's str is C's interned one).
fn encode_key_text(
    vm: &mut Vm,
    enc: &Enc,
    acc: &mut Acc,
    text: String,
    interned: bool,
) -> PyResult<()> {
    if enc.fast.is_some() {
        // ASCII text needing no escapes.
        acc.out.s.push('"');
        acc.out.s.push_str(&text);
        acc.out.s.push('"');
        return acc.chunk(vm, Only::Fresh);
    }
    let k = if interned {
        let k = vm.intern(&text);
        vm.incref(k);
        k
    } else {
        vm.new_ascii_str(text)
    };
    let r = encode_str(vm, enc, &mut acc.out, k);
    vm.decref(k);
    r?;
    acc.chunk(vm, Only::Fresh)
}

/// `encoder_listencode_obj`.
fn encode_obj(vm: &mut Vm, enc: &Enc, acc: &mut Acc, v: Value) -> PyResult<()> {
    match kind(vm, v) {
        Kind::Lit(s) => acc.text(vm, s, Only::Interned(s))?,
        Kind::Str => {
            encode_str(vm, enc, &mut acc.out, v)?;
            acc.chunk(vm, Only::Fresh)?;
        }
        Kind::Int(i) => {
            push_int(vm, &mut acc.out, i)?;
            acc.chunk(vm, Only::Fresh)?;
        }
        Kind::Float(f) => {
            let t = float_text(vm, enc, f)?;
            acc.text(vm, &t, Only::Fresh)?;
        }
        Kind::Seq(exact) => {
            vm.enter_native(GUARD)?;
            let r = encode_seq(vm, enc, acc, v, exact);
            vm.leave_native();
            r?;
        }
        Kind::Dict(exact) => {
            vm.enter_native(GUARD)?;
            let r = encode_dict(vm, enc, acc, v, exact);
            vm.leave_native();
            r?;
        }
        Kind::Other => {
            let ident = mark(vm, enc, v)?;
            let newobj = match vm.call_value(enc.default, &[v], &[]) {
                Ok(o) => o,
                Err(e) => {
                    drop_ident(vm, ident);
                    return Err(e);
                }
            };
            let r = match vm.enter_native(GUARD) {
                Ok(()) => {
                    let r = encode_obj(vm, enc, acc, newobj);
                    vm.leave_native();
                    r
                }
                Err(e) => Err(e),
            };
            vm.decref(newobj);
            if let Err(e) = r {
                drop_ident(vm, ident);
                return Err(e);
            }
            unmark(vm, enc, ident)?;
        }
    }
    Ok(())
}

/// check_circular: `markers[id(v)] = v` while `v` is written; ValueError when it is
/// there already. Returns the id key (owned) to take out afterwards.
fn mark(vm: &mut Vm, enc: &Enc, v: Value) -> PyResult<Option<Value>> {
    if matches!(enc.markers, Value::None) {
        return Ok(None);
    }
    let id = vm.id_of(v) as i64;
    let ident = vm.int(id);
    match vm.dict_contains(enc.markers, ident) {
        Ok(false) => {}
        Ok(true) => {
            vm.decref(ident);
            return Err(vm.value_error("Circular reference detected"));
        }
        Err(e) => {
            vm.decref(ident);
            return Err(e);
        }
    }
    if let Err(e) = vm.dict_set_item(enc.markers, ident, v) {
        vm.decref(ident);
        return Err(e);
    }
    Ok(Some(ident))
}

/// After an error the entry stays in the markers, as C leaves it.
fn drop_ident(vm: &mut Vm, ident: Option<Value>) {
    if let Some(i) = ident {
        vm.decref(i);
    }
}

fn unmark(vm: &mut Vm, enc: &Enc, ident: Option<Value>) -> PyResult<()> {
    let Some(i) = ident else { return Ok(()) };
    let r = vm.dict_del_item(enc.markers, i);
    let r = match r {
        Ok(true) => Ok(()),
        Ok(false) => {
            vm.incref(i);
            Err(vm.key_error(i))
        }
        Err(e) => Err(e),
    };
    vm.decref(i);
    r
}

/// The item count and item `i` of a list or tuple (borrowed), re-read each time as
/// C's loop does.
fn seq_item(vm: &Vm, seq: Value, i: usize) -> Option<Value> {
    let Value::Obj(r) = seq else { return None };
    match vm.heap.get(r) {
        Obj::List(l) => l.items.get(i).copied(),
        Obj::Tuple(t) => t.get(i).copied(),
        _ => None,
    }
}

fn seq_len(vm: &Vm, seq: Value) -> usize {
    let Value::Obj(r) = seq else { return 0 };
    match vm.heap.get(r) {
        Obj::List(l) => l.items.len(),
        Obj::Tuple(t) => t.len(),
        _ => 0,
    }
}

/// `encoder_listencode_list`.
fn encode_seq(vm: &mut Vm, enc: &Enc, acc: &mut Acc, v: Value, exact: bool) -> PyResult<()> {
    // PySequence_Fast: the list or tuple itself, else a new list from iterating it.
    let fast = if exact {
        vm.incref(v);
        v
    } else {
        let items = vm.sequence_fast(v)?;
        vm.new_list(items)
    };
    let r = encode_seq_items(vm, enc, acc, v, fast);
    vm.decref(fast);
    r
}

fn encode_seq_items(vm: &mut Vm, enc: &Enc, acc: &mut Acc, v: Value, fast: Value) -> PyResult<()> {
    if seq_len(vm, fast) == 0 {
        return acc.text(vm, "[]", Only::Obj(enc.empty[0]));
    }
    let ident = mark(vm, enc, v)?;
    let r = (|| {
        acc.text(vm, "[", Only::Char)?;
        let mut i = 0;
        while let Some(item) = seq_item(vm, fast, i) {
            if i > 0 {
                acc.out.push_text(&enc.item_sep.0, enc.item_sep.1);
                acc.chunk(vm, Only::Obj(enc.item_sep.2))?;
            }
            encode_obj(vm, enc, acc, item)?;
            i += 1;
        }
        Ok(())
    })();
    if let Err(e) = r {
        drop_ident(vm, ident);
        return Err(e);
    }
    unmark(vm, enc, ident)?;
    acc.text(vm, "]", Only::Char)
}

/// `encoder_listencode_dict`.
fn encode_dict(vm: &mut Vm, enc: &Enc, acc: &mut Acc, v: Value, exact: bool) -> PyResult<()> {
    let d = if exact {
        v
    } else {
        vm.payload_of(v).unwrap_or(v)
    };
    let empty =
        matches!(d, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(x) if x.is_empty()));
    if empty {
        return acc.text(vm, "{}", Only::Obj(enc.empty[1]));
    }
    let ident = mark(vm, enc, v)?;
    let r = acc.text(vm, "{", Only::Char).and_then(|()| {
        let items = dict_items(vm, v, exact)?;
        let r = encode_items(vm, enc, acc, items);
        vm.decref(items);
        r
    });
    if let Err(e) = r {
        drop_ident(vm, ident);
        return Err(e);
    }
    unmark(vm, enc, ident)?;
    acc.text(vm, "}", Only::Char)
}

/// `PyMapping_Items`: a new list of `(key, value)` tuples for a dict, else the list
/// of what its `items()` returns.
fn dict_items(vm: &mut Vm, v: Value, exact: bool) -> PyResult<Value> {
    if exact {
        let pairs: Vec<(Value, Value)> = match v {
            Value::Obj(r) => match vm.heap.get(r) {
                Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
                _ => vec![],
            },
            _ => vec![],
        };
        let mut items = Vec::with_capacity(pairs.len());
        for (k, val) in pairs {
            vm.incref(k);
            vm.incref(val);
            items.push(vm.new_tuple(vec![k, val]));
        }
        return Ok(vm.new_list(items));
    }
    let m = vm.get_attr(v, "items")?;
    let res = vm.call_value(m, &[], &[]);
    vm.decref(m);
    let res = res?;
    let items = match vm.get_iter(res) {
        Ok(it) => {
            let r = vm.collect_iter(it);
            vm.decref(it);
            r
        }
        Err(e) => {
            let is_type_error = vm.exc_matches(e.0, "TypeError");
            if is_type_error {
                vm.decref(e.0);
                let (tn, rn) = (vm.type_name(v), vm.type_name(res));
                vm.decref(res);
                return Err(vm.type_error(format!(
                    "{:.200}.items() returned a non-iterable (type {:.200})",
                    tn, rn
                )));
            }
            Err(e)
        }
    };
    vm.decref(res);
    Ok(vm.new_list(items?))
}

/// The `(key, value)` item `i` of the items list, checked to be a 2-tuple.
fn item_pair(vm: &Vm, items: Value, i: usize) -> Option<Option<(Value, Value)>> {
    let item = seq_item(vm, items, i)?;
    let t = match item {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(_) => item,
            Obj::Instance(inst) => inst.payload().unwrap_or(item),
            _ => item,
        },
        _ => item,
    };
    let Value::Obj(r) = t else { return Some(None) };
    match vm.heap.get(r) {
        Obj::Tuple(t) if t.len() == 2 => Some(Some((t[0], t[1]))),
        _ => Some(None),
    }
}

fn encode_items(vm: &mut Vm, enc: &Enc, acc: &mut Acc, items: Value) -> PyResult<()> {
    if enc.sort_keys {
        let list_t = vm.types.list;
        let sort = vm.class_lookup(list_t, "sort");
        if let Some(sort) = sort {
            let r = vm.call_value(sort, &[items], &[]);
            vm.decref(sort);
            let r = r?;
            vm.decref(r);
        }
    }
    let mut first = true;
    let mut i = 0;
    while let Some(pair) = item_pair(vm, items, i) {
        i += 1;
        let Some((key, value)) = pair else {
            return Err(vm.value_error("items must return 2-tuples"));
        };
        let key_text = match kind(vm, key) {
            Kind::Str => None,
            Kind::Float(f) => Some((float_text(vm, enc, f)?, false)),
            Kind::Lit(s) => Some((s.to_string(), true)),
            Kind::Int(n) => {
                let mut o = Out::default();
                push_int(vm, &mut o, n)?;
                Some((o.s, false))
            }
            _ if enc.skipkeys => continue,
            _ => {
                let tn = vm.type_name(key);
                return Err(vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {:.100}",
                    tn
                )));
            }
        };
        if !first {
            acc.out.push_text(&enc.item_sep.0, enc.item_sep.1);
            acc.chunk(vm, Only::Obj(enc.item_sep.2))?;
        }
        first = false;
        match key_text {
            None => {
                encode_str(vm, enc, &mut acc.out, key)?;
                acc.chunk(vm, Only::Fresh)?;
            }
            Some((t, interned)) => encode_key_text(vm, enc, acc, t, interned)?,
        }
        acc.out.push_text(&enc.key_sep.0, enc.key_sep.1);
        acc.chunk(vm, Only::Obj(enc.key_sep.2))?;
        encode_obj(vm, enc, acc, value)?;
    }
    Ok(())
}
