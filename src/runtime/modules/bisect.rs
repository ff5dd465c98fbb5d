//! The `_bisect` module: binary search and insertion in sorted sequences, the
//! accelerator `bisect` re-exports (CPython's Modules/_bisectmodule.c). The
//! Python-written `bisect` keeps its own versions for when `_bisect` is blocked.
//!
//! The sequence is read through the sequence protocol (`PySequence_Size`,
//! `PySequence_GetItem`), so a mapping is "not a sequence" and a set "does not
//! support indexing"; items compare with `<` (any Python `__lt__`), and `key`, when
//! given, is applied to the items (and, for the insort functions, to `x`).

use crate::runtime::builtins::{add_module_fns, new_module, ssize_arg};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_bisect");
    add_module_fns(
        vm,
        d,
        "_bisect",
        &[
            ("bisect_right", bisect_right),
            ("bisect_left", bisect_left),
            ("insort_right", insort_right),
            ("insort_left", insort_left),
        ],
    );
    m
}

/// The arguments every function takes: `(a, x, lo=0, hi=None, *, key=None)`.
struct Args {
    a: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Option<Value>,
}

const NAMES: [&str; 4] = ["a", "x", "lo", "hi"];

/// Argument Clinic's parsing for these signatures, with its messages.
fn parse(vm: &mut Vm, fname: &str, args: &[Value], kw: KwArgs) -> PyResult<Args> {
    if args.len() > 4 {
        return Err(vm.type_error(format!(
            "{}() takes at most 4 positional arguments ({} given)",
            fname,
            args.len()
        )));
    }
    let mut slots: [Option<Value>; 4] = [None; 4];
    for (i, &v) in args.iter().enumerate() {
        slots[i] = Some(v);
    }
    let mut key = None;
    for &(k, v) in kw {
        let name = vm.heap.str(k).to_string();
        if name == "key" {
            key = Some(v);
            continue;
        }
        match NAMES.iter().position(|&n| n == name) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    name,
                    i + 1
                )));
            }
            Some(i) => slots[i] = Some(v),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    name, fname
                )));
            }
        }
    }
    for (i, n) in NAMES.iter().enumerate().take(2) {
        if slots[i].is_none() {
            return Err(vm.type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                n,
                i + 1
            )));
        }
    }
    let (a, x) = (
        slots[0].unwrap_or(Value::None),
        slots[1].unwrap_or(Value::None),
    );
    let lo = match slots[2] {
        Some(v) => ssize_arg(vm, v, "Python int too large to convert to C ssize_t")?,
        None => 0,
    };
    let hi = match slots[3] {
        None | Some(Value::None) => -1,
        Some(v) => {
            if vm.as_bigint(v).is_none() && !has_attr(vm, v, "__index__") {
                let tn = vm.type_name(v);
                return Err(
                    vm.type_error(format!("argument should be integer or None, not '{}'", tn))
                );
            }
            ssize_arg(vm, v, "cannot fit 'int' into an index-sized integer")?
        }
    };
    let key = key.filter(|k| !matches!(k, Value::None));
    Ok(Args { a, x, lo, hi, key })
}

/// Whether `type(v)` has the special method `name`.
fn has_attr(vm: &mut Vm, v: Value, name: &str) -> bool {
    match vm.lookup_type_attr(v, name) {
        Some(m) => {
            vm.decref(m);
            true
        }
        None => false,
    }
}

/// Whether `v` is a mapping without the sequence protocol (a dict, a dict subclass,
/// a mappingproxy): CPython's "X is not a sequence".
fn is_mapping_only(vm: &Vm, v: Value) -> bool {
    let dict = vm.types.dict;
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Dict(_) | Obj::MappingProxy(_) => true,
            Obj::Instance(_) => vm.is_subclass(vm.type_of(v), dict),
            _ => false,
        },
        _ => false,
    }
}

/// `PySequence_Size(a)`.
fn seq_size(vm: &mut Vm, a: Value) -> PyResult<i64> {
    if is_mapping_only(vm, a) {
        let tn = vm.type_name(a);
        return Err(vm.type_error(format!("{} is not a sequence", tn)));
    }
    Ok(crate::runtime::builtins::functions::length(vm, a)? as i64)
}

/// `PySequence_GetItem(a, i)` (a new reference).
fn seq_item(vm: &mut Vm, a: Value, i: i64) -> PyResult<Value> {
    if let Value::Obj(r) = a {
        let indexable = match vm.heap.get(r) {
            Obj::List(_)
            | Obj::Tuple(_)
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::ByteArray(_)
            | Obj::Array(_)
            | Obj::Deque(_)
            | Obj::Range { .. }
            | Obj::BigRange(_)
            | Obj::MemoryView(_) => true,
            Obj::Instance(_) => !is_mapping_only(vm, a) && has_attr(vm, a, "__getitem__"),
            _ => false,
        };
        if indexable {
            let k = vm.int(i);
            let r = vm.get_item(a, k);
            vm.decref(k);
            return r;
        }
    }
    let tn = vm.type_name(a);
    if is_mapping_only(vm, a) {
        return Err(vm.type_error(format!("{} is not a sequence", tn)));
    }
    Err(vm.type_error(format!("'{}' object does not support indexing", tn)))
}

/// `key(a[mid]) < x` (`right`: `x < key(a[mid])`), the items held while Python code
/// runs.
fn probe(vm: &mut Vm, p: &Args, x: Value, mid: i64, right: bool) -> PyResult<bool> {
    let item = seq_item(vm, p.a, mid)?;
    let item = match p.key {
        Some(k) => {
            let r = vm.call_value(k, &[item], &[]);
            vm.decref(item);
            r?
        }
        None => item,
    };
    let r = if right {
        vm.lt(x, item)
    } else {
        vm.lt(item, x)
    };
    vm.decref(item);
    r
}

/// The search shared by the four functions (CPython's `internal_bisect_right` /
/// `internal_bisect_left`): `x` is already the key when `key` is given.
fn search(vm: &mut Vm, p: &Args, x: Value, right: bool) -> PyResult<i64> {
    if p.lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let (mut lo, mut hi) = (p.lo, p.hi);
    if hi == -1 {
        hi = seq_size(vm, p.a)?;
    }
    while lo < hi {
        // (lo + hi) / 2 without overflow: both are non-negative i64s.
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        if probe(vm, p, x, mid, right)? {
            if right {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        } else if right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect(vm: &mut Vm, fname: &str, args: &[Value], kw: KwArgs, right: bool) -> PyResult<Value> {
    let p = parse(vm, fname, args, kw)?;
    let i = search(vm, &p, p.x, right)?;
    Ok(vm.int(i))
}

fn insort(vm: &mut Vm, fname: &str, args: &[Value], kw: KwArgs, right: bool) -> PyResult<Value> {
    let p = parse(vm, fname, args, kw)?;
    let i = match p.key {
        Some(k) => {
            let kx = vm.call_value(k, &[p.x], &[])?;
            let r = search(vm, &p, kx, right);
            vm.decref(kx);
            r?
        }
        None => search(vm, &p, p.x, right)?,
    };
    // `a.insert(i, x)`: a list subclass's own `insert` is honoured, as CPython calls
    // the method on anything but an exact list (whose method is list.insert).
    let iv = vm.int(i);
    let r = match vm.get_attr(p.a, "insert") {
        Ok(insert) => {
            let r = vm.call_value(insert, &[iv, p.x], &[]);
            vm.decref(insert);
            r
        }
        Err(e) => Err(e),
    };
    vm.decref(iv);
    vm.decref(r?);
    Ok(Value::None)
}

fn bisect_right(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    bisect(vm, "bisect_right", args, kw, true)
}

fn bisect_left(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    bisect(vm, "bisect_left", args, kw, false)
}

fn insort_right(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    insort(vm, "insort_right", args, kw, true)
}

fn insort_left(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    insort(vm, "insort_left", args, kw, false)
}
