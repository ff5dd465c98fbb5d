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
use crate::value::Value;

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
    let t = vm.as_str(tc)?;
    let fmt = match t.as_bytes() {
        [b'u'] => b'I',
        [c] => *c,
        _ => return None,
    };
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
