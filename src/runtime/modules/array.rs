//! `_array`, the native half of `array` (CPython's Modules/arraymodule.c, whose rest is
//! written in Python in `py/array.py`): `register(cls)` makes the instances of `cls`
//! buffer exporters. An array keeps its items in machine format in a bytearray (`_b`),
//! so `memoryview(a)`, `bytes(a)`, `b + a` and the other buffer consumers see and
//! share that memory (types/memoryview).

use crate::runtime::builtins::{add_fns, check_args, new_module};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::types::memoryview::{fits, format_itemsize, pack, unpack, Item};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_array");
    add_fns(vm, d, &[("register", register), ("get", get), ("set", set)]);
    m
}

/// `_array.register(cls)`: the array class; kept alive for the rest of the run.
fn register(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "register", args, 1, 1)?;
    match args[0] {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => {
            if let Some(old) = vm.array_class.replace(r) {
                vm.heap.decref_obj(old);
            }
            vm.heap.incref_obj(r);
            register_fast(vm, r);
            Ok(Value::None)
        }
        v => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("register() argument must be a class, not {}", tn)))
        }
    }
}

/// The array's type code and its items' memory: `(storage format, item size)`.
/// `'u'` is stored as a code point in format `I`.
fn layout(vm: &Vm, tc: Value) -> Option<(u8, usize)> {
    match vm.as_str(tc)?.as_bytes() {
        [c] => code_layout(*c),
        _ => None,
    }
}

/// `layout` of the type code `c`.
fn code_layout(c: u8) -> Option<(u8, usize)> {
    let fmt = if c == b'u' { b'I' } else { c };
    Some((fmt, format_itemsize(std::str::from_utf8(&[fmt]).ok()?)?))
}

/// Item `i` of `len` items (a negative index counts from the end), or IndexError.
fn item_index(vm: &mut Vm, i: Value, len: usize, msg: &str) -> PyResult<usize> {
    let Some(i) = vm.as_i64(i) else {
        return Err(vm.err("IndexError", msg));
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if (0..len as i64).contains(&j) {
        Ok(j as usize)
    } else {
        Err(vm.err("IndexError", msg))
    }
}

/// `_array.get(b, typecode, i)`: item `i` of an array's storage `b` (CPython's
/// `array_item`, without a memoryview per access).
fn get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "get", args, 3, 3)?;
    let (Some((fmt, size)), Value::Obj(br)) = (layout(vm, args[1]), args[0]) else {
        return Err(vm.type_error("_array.get: bad arguments"));
    };
    let len = match vm.heap.get(br) {
        Obj::ByteArray(ba) => ba.data.len() / size,
        _ => return Err(vm.type_error("_array.get: bad arguments")),
    };
    let i = item_index(vm, args[2], len, "array index out of range")?;
    let item = match vm.heap.get(br) {
        Obj::ByteArray(ba) => unpack(fmt, &ba.data[i * size..(i + 1) * size]),
        _ => unreachable!("checked above"),
    };
    let is_unicode = vm.as_str(args[1]) == Some("u");
    Ok(match item {
        Item::UInt(u) if is_unicode => match char::from_u32(u as u32) {
            Some(c) => vm.str_of_char(c),
            None => return Err(vm.value_error("character out of range")),
        },
        Item::Int(x) => vm.int(x),
        Item::UInt(u) => vm.new_int(u.into()),
        Item::Float(f) => vm.float(f),
        Item::Bool(b) => Value::Bool(b),
        Item::Char(c) => vm.new_bytes(vec![c]),
    })
}

/// `_array.set(b, typecode, i, v)`: stores `v` as item `i` when it is an exact int
/// or float the type code takes as is (range-checked); False, storing nothing,
/// for anything else, which `array.__setitem__` converts and reports itself. A bad
/// index is an IndexError first, as in CPython's `array_ass_item`.
fn set(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "set", args, 4, 4)?;
    let (Some((fmt, size)), Value::Obj(br)) = (layout(vm, args[1]), args[0]) else {
        return Ok(Value::Bool(false));
    };
    if vm.as_str(args[1]) == Some("u") {
        return Ok(Value::Bool(false));
    }
    let len = match vm.heap.get(br) {
        Obj::ByteArray(ba) => ba.data.len() / size,
        _ => return Ok(Value::Bool(false)),
    };
    let i = item_index(vm, args[2], len, "array assignment index out of range")?;
    let item = match (fmt, args[3]) {
        (b'f' | b'd', Value::Float(_)) => Item::Float(vm.to_f64(args[3])?),
        (b'f' | b'd', Value::Int(_)) => Item::Float(vm.to_f64(args[3])?),
        (b'b' | b'h' | b'i' | b'l' | b'q', Value::Int(_)) => {
            let x = vm.as_i64(args[3]).expect("an int that fits i64");
            if !fits(fmt, x as i128) {
                return Ok(Value::Bool(false));
            }
            Item::Int(x)
        }
        (b'B' | b'H' | b'I' | b'L' | b'Q', Value::Int(_)) => {
            let x = vm.as_i64(args[3]).expect("an int that fits i64");
            if !fits(fmt, x as i128) {
                return Ok(Value::Bool(false));
            }
            Item::UInt(x as u64)
        }
        _ => return Ok(Value::Bool(false)),
    };
    if let Obj::ByteArray(ba) = vm.heap.get_mut(br) {
        pack(fmt, item, &mut ba.data[i * size..(i + 1) * size]);
    }
    Ok(Value::Bool(true))
}

/// What `_array.register` records so that `a[i]`, `a[i] = v` and `len(a)` on an exact
/// `array.array` run natively instead of entering the Python-written methods (CPython's
/// array is C throughout: `array_subscr`, `array_ass_subscr`, `array_length`). Each
/// fast path runs only while the instance's class is the registered class and still
/// has the very method it had at registration (so a replaced method is honoured), and
/// only for what that method would do at once: an int index into `_b` with the
/// typecode `_tc`. Anything else (slices, conversions, errors other than a bad index)
/// runs the Python method, so the result is the same either way.
///
/// Ownership: one counted reference to each registered method; the names are
/// interned (immortal) strings.
pub struct ArrayFast {
    class: ObjRef,
    /// `__getitem__`, `__setitem__`, `__len__` as registered (indexed by [`GET`],
    /// [`SET`], [`LEN`]) and their interned names.
    methods: [Value; 3],
    method_names: [Value; 3],
    /// Where an instance keeps `_b` and `_tc`: array.py declares them as `__slots__`,
    /// so normally slot indices (`Slot`); the attribute names otherwise.
    b: Field,
    tc: Field,
}

/// Where an array instance keeps one of its fields.
#[derive(Clone, Copy)]
enum Field {
    /// Slot `ix` of the instance's slot vector (a `__slots__` member).
    Slot(usize),
    /// An inline attribute with this interned name.
    Attr(Value),
}

/// Where instances of `cls` keep the field `name`: its slot when the class has a
/// member descriptor for it, else the attribute.
fn field(vm: &mut Vm, cls: ObjRef, name: &str) -> Field {
    let key = vm.intern(name);
    let found = vm.class_lookup(cls, key);
    let f = match found {
        Some(Value::Obj(m)) => match vm.heap.get(m) {
            Obj::Member(mo) if mo.kind == crate::runtime::types::member::MemberKind::Slot => {
                Field::Slot(mo.index as usize)
            }
            _ => Field::Attr(key),
        },
        _ => Field::Attr(key),
    };
    if let Some(v) = found {
        vm.decref(v);
    }
    f
}

const GET: usize = 0;
const SET: usize = 1;
const LEN: usize = 2;

impl ArrayFast {
    /// The counted references it holds, for whoever enumerates the VM's roots.
    pub fn refs(&self) -> [Value; 3] {
        self.methods
    }
}

/// Records the fast paths' guards for the array class `cls` (see [`ArrayFast`]).
fn register_fast(vm: &mut Vm, cls: ObjRef) {
    let method_names = ["__getitem__", "__setitem__", "__len__"].map(|n| vm.intern(n));
    let methods = method_names.map(|n| vm.class_lookup(cls, n).unwrap_or(Value::Undef));
    let fast = ArrayFast {
        class: cls,
        methods,
        method_names,
        b: field(vm, cls, "_b"),
        tc: field(vm, cls, "_tc"),
    };
    if let Some(old) = vm.array_fast.replace(Box::new(fast)) {
        for v in old.refs() {
            vm.decref(v);
        }
    }
}

/// An array's storage as the fast paths see it.
struct Parts {
    /// The bytearray `_b`.
    b: ObjRef,
    /// The typecode `_tc` (borrowed from the instance).
    tc: Value,
    /// Storage format and item size (see [`layout`]).
    fmt: u8,
    size: usize,
}

/// The storage of instance `r` when it is an exact registered array whose class still
/// has the registered method `k` ([`GET`], [`SET`] or [`LEN`]); None otherwise.
fn fast_parts(vm: &mut Vm, r: ObjRef, k: usize) -> Option<Parts> {
    let fast = vm.array_fast.as_deref()?;
    let (class, want, name, bn, tn) = (
        fast.class,
        fast.methods[k],
        fast.method_names[k],
        fast.b,
        fast.tc,
    );
    let Obj::Instance(i) = vm.heap.get(r) else {
        return None;
    };
    if i.class != class || i.dict.is_some() {
        return None;
    }
    let find = |k: Field| {
        let v = match k {
            Field::Slot(ix) => i.slot(ix),
            Field::Attr(name) => i
                .attrs
                .entries
                .iter()
                .find(|e| e.key.is(name))
                .map_or(Value::Undef, |e| e.value),
        };
        (!v.is_undef()).then_some(v)
    };
    let (Some(Value::Obj(b)), Some(tc @ Value::Obj(tr))) = (find(bn), find(tn)) else {
        return None;
    };
    let (fmt, size) = match vm.heap.get(tr) {
        Obj::Str(s) if s.as_str().len() == 1 => code_layout(s.as_str().as_bytes()[0])?,
        _ => return None,
    };
    if !matches!(vm.heap.get(b), Obj::ByteArray(_)) {
        return None;
    }
    let m = vm.class_lookup(class, name)?;
    vm.decref(m);
    m.is(want).then_some(Parts { b, tc, fmt, size })
}

/// `a[key]` for an exact array and an int `key` without running `array.__getitem__`
/// (see [`ArrayFast`]); None when that method must run.
pub fn fast_getitem(vm: &mut Vm, r: ObjRef, key: Value) -> Option<PyResult<Value>> {
    if !matches!(key, Value::Int(_)) {
        return None;
    }
    let p = fast_parts(vm, r, GET)?;
    if p.fmt == b'd' {
        // The common case (float arrays), without the general unpacking.
        let Obj::ByteArray(ba) = vm.heap.get(p.b) else {
            return None;
        };
        let n = ba.data.len() / 8;
        let i = vm.heap.int_of(match key {
            Value::Int(k) => k,
            _ => return None,
        });
        let j = if i < 0 { i + n as i64 } else { i };
        if !(0..n as i64).contains(&j) {
            return Some(Err(vm.err("IndexError", "array index out of range")));
        }
        let j = j as usize * 8;
        let bytes: [u8; 8] = ba.data[j..j + 8].try_into().expect("8 bytes");
        return Some(Ok(vm.float(f64::from_le_bytes(bytes))));
    }
    Some(get(vm, &[Value::Obj(p.b), p.tc, key], &[]))
}

/// `a[key] = v` for an exact array, an int `key` and a value the typecode stores as is
/// (see [`ArrayFast`] and [`set`]); None when `array.__setitem__` must run.
pub fn fast_setitem(vm: &mut Vm, r: ObjRef, key: Value, v: Value) -> Option<PyResult<()>> {
    if !matches!(key, Value::Int(_)) {
        return None;
    }
    let p = fast_parts(vm, r, SET)?;
    if let (b'd', Value::Float(_) | Value::Int(_), Value::Int(k)) = (p.fmt, v, key) {
        // The common case (float arrays), as `set` would store it.
        let x = match vm.to_f64(v) {
            Ok(x) => x,
            Err(e) => return Some(Err(e)),
        };
        let i = vm.heap.int_of(k);
        let Obj::ByteArray(ba) = vm.heap.get_mut(p.b) else {
            return None;
        };
        let n = ba.data.len() / 8;
        let j = if i < 0 { i + n as i64 } else { i };
        if !(0..n as i64).contains(&j) {
            return Some(Err(
                vm.err("IndexError", "array assignment index out of range")
            ));
        }
        let j = j as usize * 8;
        ba.data[j..j + 8].copy_from_slice(&x.to_le_bytes());
        return Some(Ok(()));
    }
    match set(vm, &[Value::Obj(p.b), p.tc, key, v], &[]) {
        Ok(Value::Bool(true)) => Some(Ok(())),
        Ok(_) => None,
        Err(e) => Some(Err(e)),
    }
}

/// `len(a)` for an exact array (see [`ArrayFast`]); None when `array.__len__` must run.
pub fn fast_len(vm: &mut Vm, r: ObjRef) -> Option<usize> {
    let p = fast_parts(vm, r, LEN)?;
    match vm.heap.get(p.b) {
        Obj::ByteArray(ba) => Some(ba.data.len() / p.size),
        _ => None,
    }
}
