//! bytearray's own mutating methods: `append`, `extend`, `pop`, `insert`, `remove`,
//! `clear`, `copy`, `reverse` (CPython's Objects/bytearrayobject.c), each keeping
//! CPython's `ob_alloc` accounting through `ByteArrayObj::resize`.

use super::methods::me;
use super::new::{byte_value, bytes_from_ints};
use crate::runtime::builtins::{add_methods, check_method, int_arg};
use crate::runtime::object::Obj;
use crate::runtime::types::bytes::ByteArrayObj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Registers bytearray's mutators.
pub(super) fn install(vm: &mut Vm) {
    let ba = vm.types.bytearray;
    add_methods(
        vm,
        ba,
        &[
            ("append", ba_append),
            ("extend", ba_extend),
            ("pop", ba_pop),
            ("insert", ba_insert),
            ("remove", ba_remove),
            ("clear", ba_clear),
            ("copy", ba_copy),
            ("reverse", ba_reverse),
            ("__init__", ba_init),
            ("__alloc__", ba_alloc),
        ],
    );
}

/// Runs `f` on the bytearray `self` (args[0]).
fn with_ba<R>(vm: &mut Vm, args: &[Value], f: impl FnOnce(&mut ByteArrayObj) -> R) -> Option<R> {
    match args[0] {
        Value::Obj(r) => match vm.heap.get_mut(r) {
            Obj::ByteArray(ba) => Some(f(ba)),
            _ => None,
        },
        _ => None,
    }
}

fn ba_append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "append", args, 1, 1)?;
    let c = byte_value(vm, args[1], false)?;
    let len = vm.bytes_data(args[0]).map_or(0, <[u8]>::len);
    vm.check_resizable(args[0], len + 1)?;
    with_ba(vm, args, |ba| {
        let n = ba.data.len() + 1;
        ba.resize(n);
        ba.data.push(c);
    });
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "extend", args, 1, 1)?;
    let add = match vm.buffer_bytes(args[1])? {
        Some(d) => d,
        None => {
            // Only a value that is not iterable gets the "can't extend" message; an
            // error raised while iterating is the caller's to see.
            let it = match vm.get_iter(args[1]) {
                Ok(it) => it,
                Err(e) if vm.exc_matches(e.0, "TypeError") => {
                    vm.decref(e.0);
                    let tn = vm.type_name(args[1]);
                    return Err(vm.type_error(format!("can't extend bytearray with {}", tn)));
                }
                Err(e) => return Err(e),
            };
            let items = vm.collect_iter(it);
            vm.decref(it);
            let items = items?;
            let r = bytes_from_ints(vm, &items, true);
            for x in items {
                vm.decref(x);
            }
            r?
        }
    };
    let len = vm.bytes_data(args[0]).map_or(0, <[u8]>::len);
    vm.check_resizable(args[0], len + add.len())?;
    with_ba(vm, args, |ba| {
        let n = ba.data.len() + add.len();
        ba.resize(n);
        ba.data.extend_from_slice(&add);
    });
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "pop", args, 0, 1)?;
    let len = vm.bytes_data(args[0]).map_or(0, <[u8]>::len);
    let i = match args.get(1) {
        None => -1,
        Some(&v) => int_arg(vm, v)?,
    };
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    vm.check_resizable(args[0], len - 1)?;
    let c = with_ba(vm, args, |ba| {
        ba.resize(len - 1);
        ba.data.remove(j as usize)
    });
    Ok(vm.int(c.unwrap_or(0) as i64))
}

fn ba_insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "insert", args, 2, 2)?;
    let i = int_arg(vm, args[1])?;
    let c = byte_value(vm, args[2], false)?;
    let len = vm.bytes_data(args[0]).map_or(0, <[u8]>::len);
    vm.check_resizable(args[0], len + 1)?;
    with_ba(vm, args, |ba| {
        let len = ba.data.len() as i64;
        let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
        ba.resize(len as usize + 1);
        ba.data.insert(j as usize, c);
    });
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "remove", args, 1, 1)?;
    let c = byte_value(vm, args[1], false)?;
    if vm.bytes_data(args[0]).is_some_and(|d| d.contains(&c)) {
        let len = vm.bytes_data(args[0]).map_or(0, <[u8]>::len);
        vm.check_resizable(args[0], len - 1)?;
    }
    let found = with_ba(vm, args, |ba| match ba.data.iter().position(|&x| x == c) {
        Some(p) => {
            let n = ba.data.len() - 1;
            ba.resize(n);
            ba.data.remove(p);
            true
        }
        None => false,
    });
    if found != Some(true) {
        return Err(vm.value_error("value not found in bytearray"));
    }
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "clear", args, 0, 0)?;
    vm.check_resizable(args[0], 0)?;
    with_ba(vm, args, |ba| {
        ba.resize(0);
        ba.data.clear();
    });
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "copy", args, 0, 0)?;
    let d = me(vm, args);
    Ok(vm.new_bytearray(d))
}

fn ba_reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "reverse", args, 0, 0)?;
    with_ba(vm, args, |ba| ba.data.reverse());
    Ok(Value::None)
}

/// `bytearray.__init__(source=None, encoding=None, errors=None)` (CPython's
/// `bytearray___init__`): empties the bytearray, then fills it as `bytearray(...)`
/// would. An iterable of ints is appended one item at a time, so the bytearray can
/// be watched growing while the iterable runs. `bytearray.__new__` leaves subclass
/// instances empty for this to fill.
fn ba_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "bytearray", &args[1..], 0, 3)?;
    // The keywords are bytearray()'s (`bytearray(x, newarg=1)` on a subclass
    // without its own `__init__` is an error, as for bytearray itself).
    vm.check_builtin_kwargs(None, "bytearray", &args[1..], kw)?;
    let me_v = args[0];
    let src = args
        .get(1)
        .copied()
        .or_else(|| crate::runtime::builtins::kwarg(vm, kw, "source"));
    let plain_iterable = match src {
        Some(s @ Value::Obj(_))
            if args.len() <= 2
                && kw.iter().all(|(k, _)| vm.heap.str(*k) == "source")
                && !vm.is_str(s)
                && vm.as_bigint(s).is_none() =>
        {
            vm.buffer_bytes(s)?.is_none() && {
                let ix = vm.lookup_type_attr(s, "__index__");
                if let Some(f) = ix {
                    vm.decref(f);
                }
                ix.is_none()
            }
        }
        _ => false,
    };
    if !plain_iterable {
        // The new content is made first, so bad arguments leave the old one.
        let made = vm.bytes_new(&args[1..], kw, true)?;
        let d = vm.bytes_data(made).map(<[u8]>::to_vec).unwrap_or_default();
        vm.decref(made);
        let n = d.len();
        vm.check_resizable(me_v, n)?;
        with_ba(vm, args, |ba| {
            ba.resize(0);
            ba.data.clear();
            ba.resize(n);
            ba.data.extend_from_slice(&d);
        });
        return Ok(Value::None);
    }
    vm.check_resizable(me_v, 0)?;
    with_ba(vm, args, |ba| {
        ba.resize(0);
        ba.data.clear();
    });
    let src = src.unwrap_or(Value::None);
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(e) if !vm.exc_matches(e.0, "TypeError") => return Err(e),
        Err(e) => {
            vm.decref(e.0);
            let tn = vm.type_name(src);
            return Err(vm.type_error(format!("cannot convert '{}' object to bytearray", tn)));
        }
    };
    let r = (|| -> PyResult<()> {
        while let Some(x) = vm.iter_next(it)? {
            let c = byte_value(vm, x, false);
            vm.decref(x);
            let c = c?;
            let len = vm.bytes_data(me_v).map_or(0, <[u8]>::len);
            vm.check_resizable(me_v, len + 1)?;
            with_ba(vm, args, |ba| {
                let n = ba.data.len() + 1;
                ba.resize(n);
                ba.data.push(c);
            });
        }
        Ok(())
    })();
    vm.decref(it);
    r?;
    Ok(Value::None)
}

/// `bytearray.__alloc__()`: the bytes allocated for the buffer (CPython's
/// `ob_alloc`, which counts the trailing NUL).
fn ba_alloc(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__alloc__", args, 0, 0)?;
    let n = with_ba(vm, args, |ba| ba.alloc).unwrap_or(0);
    Ok(vm.int(n as i64))
}
