//! The numeric builtins (CPython's Python/bltinmodule.c): abs, min/max, sum, any/all,
//! hex/oct/bin, round, divmod, pow.

use super::{check_args, kwarg};
use crate::runtime::types::function::KwArgs;
use crate::runtime::types::generator::DrainMode;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{Scalar, Value};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
pub(super) fn abs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| abs_impl(vm, args, kw))
}

pub(crate) fn abs_impl(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "abs", args, 1, 1)?;
    let v = args[0];
    match vm.scalar(v) {
        Scalar::Int(i) => Ok(match i.checked_abs() {
            Some(a) if a == i => {
                // abs(x) of a non-negative int is x itself (CPython's long_abs).
                vm.incref(v);
                v
            }
            Some(a) => vm.int(a),
            None => vm.new_int(BigInt::from(i).abs()),
        }),
        Scalar::Bool(b) => Ok(vm.int(b as i64)),
        Scalar::Float(f) => Ok(vm.float(f.abs())),
        _ => {
            if let Some(b) = vm.as_bigint(v) {
                if vm.is_exact_int(v) && b.sign() != num_bigint::Sign::Minus {
                    // As for a small int: abs(x) of a non-negative int is x.
                    vm.incref(v);
                    return Ok(v);
                }
                return Ok(vm.new_int(b.abs()));
            }
            if let Some(r) = vm.complex_abs(v) {
                return r;
            }
            if let Some(m) = vm.lookup_type_attr(v, "__abs__") {
                let r = vm.call_value(m, &[v], &[]);
                vm.decref(m);
                return r;
            }
            if let Some(p) = vm.payload_of(v) {
                return abs_impl(vm, &[p], _kw);
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("bad operand type for abs(): '{}'", tn)))
        }
    }
}

/// `min(c)` / `max(c)` of a non-empty list, tuple, set or frozenset of ints only,
/// read in place (borrowed result): comparing two ints runs no code and makes
/// nothing, so walking the items where they are gives what CPython's `min_max`
/// loop gives (the first strictly best item in iteration order) without taking
/// each one out and counting it. None (nothing done) for anything else.
fn min_max_ints(vm: &Vm, c: Value, is_max: bool) -> Option<Value> {
    use crate::runtime::object::Obj;
    let Value::Obj(r) = c else {
        return None;
    };
    let mut best: Option<(i64, Value)> = None;
    let mut take = |v: Value| -> bool {
        let Value::Int(n) = v else {
            return false;
        };
        let x = vm.heap.int_of(n);
        match best {
            Some((b, _)) if !(if is_max { x > b } else { x < b }) => {}
            _ => best = Some((x, v)),
        }
        true
    };
    let all = match vm.heap.get(r) {
        Obj::List(l) => l.items.iter().all(|&v| take(v)),
        Obj::Tuple(t) => t.iter().all(|&v| take(v)),
        Obj::Set(s) | Obj::FrozenSet(s) => s.iter().all(|(_, v)| take(v)),
        _ => false,
    };
    if !all {
        return None;
    }
    best.map(|(_, v)| v)
}

/// `min(...)` / `max(...)`: CPython 3.11's `builtin_min`/`builtin_max` take
/// `METH_VARARGS | METH_KEYWORDS`, so the call packs the arguments into a tuple (and
/// the keywords into a dict), which only the collector's count sees
/// (`Heap::before_tp_call_args`).
pub(super) fn min_max(vm: &mut Vm, args: &[Value], kw: KwArgs, is_max: bool) -> PyResult<Value> {
    vm.heap.before_tp_call_args(args.len(), kw.len());
    let r = min_max_unpacked(vm, args, kw, is_max);
    vm.heap.after_tp_call_args(args.len(), kw.len());
    r
}

fn min_max_unpacked(vm: &mut Vm, args: &[Value], kw: KwArgs, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let key = kwarg(vm, kw, "key").filter(|k| !matches!(k, Value::None));
    let default = kwarg(vm, kw, "default");
    if args.len() == 1 && key.is_none() {
        if let Some(best) = min_max_ints(vm, args[0], is_max) {
            vm.incref(best);
            return Ok(best);
        }
    }
    if args.is_empty() {
        return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name)));
    }
    if args.len() > 1 && default.is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {}() with multiple positional arguments",
            name
        )));
    }
    // CPython's `min_max` streams: each item is compared as the iterator yields it
    // and the losers die at once (collecting the iterable first held every item at
    // the peak, and ran all the key calls after the whole iteration).
    let it = if args.len() == 1 {
        Some(vm.get_iter(args[0])?)
    } else {
        None
    };
    let mut pos = 0;
    // (item, its key), owned.
    let mut best: Option<(Value, Value)> = None;
    // Without a key, a generator's ints and floats are compared as it yields them
    // (`gen_drain`); what the fold cannot take comes back here as the next item.
    let gen = match it {
        Some(it) if key.is_none() => vm.generator_of(it),
        _ => None,
    };
    let mode = if is_max {
        DrainMode::Max
    } else {
        DrainMode::Min
    };
    let res = loop {
        let item = match it {
            Some(it) => {
                let drained = match gen {
                    Some(g) => {
                        // The fold's best is one reference (item and key are the
                        // same object without a key); `Undef` for none yet.
                        let mut acc = match best.take() {
                            Some((b, bk)) => {
                                vm.decref(bk);
                                b
                            }
                            None => Value::Undef,
                        };
                        let r = vm.gen_drain(g, mode, &mut acc);
                        if !acc.is_undef() {
                            vm.incref(acc);
                            best = Some((acc, acc));
                        }
                        r
                    }
                    None => None,
                };
                match drained.unwrap_or_else(|| vm.iter_next(it)) {
                    Ok(Some(v)) => v,
                    Ok(None) => break Ok(()),
                    Err(e) => break Err(e),
                }
            }
            None => match args.get(pos) {
                Some(&v) => {
                    pos += 1;
                    vm.incref(v);
                    v
                }
                None => break Ok(()),
            },
        };
        let k = match key {
            Some(kf) => match vm.call_value(kf, &[item], &[]) {
                Ok(k) => k,
                Err(e) => {
                    vm.decref(item);
                    break Err(e);
                }
            },
            None => {
                vm.incref(item);
                item
            }
        };
        let Some((_, best_key)) = best else {
            best = Some((item, k));
            continue;
        };
        // CPython's min_max: `item > best` for max, `item < best` for min.
        // Two ints or two floats compare without a dispatch (no code can run).
        let fast = match (vm.scalar(k), vm.scalar(best_key)) {
            (Scalar::Int(x), Scalar::Int(y)) => Some(if is_max { x > y } else { x < y }),
            (Scalar::Float(x), Scalar::Float(y)) => Some(if is_max { x > y } else { x < y }),
            _ => None,
        };
        let better = if let Some(b) = fast {
            Ok(b)
        } else if is_max {
            match vm.rich_compare(k, best_key, crate::bytecode::CmpOp::Gt) {
                Ok(v) => {
                    let t = vm.truthy(v);
                    vm.decref(v);
                    t
                }
                Err(e) => Err(e),
            }
        } else {
            vm.lt(k, best_key)
        };
        match better {
            Ok(true) => {
                if let Some((old, old_key)) = best.replace((item, k)) {
                    vm.decref(old_key);
                    vm.decref(old);
                }
                // A loser's `__del__` runs now, as CPython's decref would run it.
                vm.drain_zero_queue();
            }
            Ok(false) => {
                vm.decref(item);
                vm.decref(k);
                vm.drain_zero_queue();
            }
            Err(e) => {
                vm.decref(k);
                vm.decref(item);
                break Err(e);
            }
        }
    };
    // Released in CPython's order: the best key, (on an error the best item), then
    // the iterator.
    let out = match (res, best) {
        (Err(e), best) => {
            if let Some((b, bk)) = best {
                vm.decref(bk);
                vm.decref(b);
            }
            Err(e)
        }
        (Ok(()), Some((b, bk))) => {
            vm.decref(bk);
            Ok(b)
        }
        (Ok(()), None) => match default {
            Some(d) => {
                vm.incref(d);
                Ok(d)
            }
            None => Err(vm.value_error(format!("{}() arg is an empty sequence", name))),
        },
    };
    if let Some(it) = it {
        vm.decref(it);
    }
    out
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
pub(super) fn min(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| min_impl(vm, args, kw))
}

pub(super) fn min_impl(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, false)
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
pub(super) fn max(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| max_impl(vm, args, kw))
}

pub(super) fn max_impl(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, true)
}

pub(super) fn sum(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if args.len() + kw.len() > 2 {
        let n = args.len() + kw.len();
        return Err(vm.type_error(format!("sum() takes at most 2 arguments ({} given)", n)));
    }
    let acc = match (args.get(1), kwarg(vm, kw, "start")) {
        (Some(&s), _) | (None, Some(s)) => s,
        // A borrowed reference like the argument's (the cache holds 0 for good).
        _ => crate::runtime::heap::Heap::small_int(0),
    };
    // CPython's builtin_sum refuses a str, bytes or bytearray start (subclasses
    // included: `PyUnicode_Check`, `PyBytes_Check`, `PyByteArray_Check`).
    let p = vm.unwrap_payload(acc);
    if vm.is_str(p) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if vm.bytes_data(p).is_some() {
        let what = if vm.is_bytearray(p) {
            "bytearray"
        } else {
            "bytes"
        };
        return Err(vm.type_error(format!(
            "sum() can't sum {what} [use b''.join(seq) instead]"
        )));
    }
    let it = vm.get_iter(args[0])?;
    let r = sum_items(vm, it, acc);
    vm.decref(it);
    r
}

/// `sum()`'s loops over iterator `it` from `start` (borrowed), as CPython's
/// `builtin_sum`: while the total is an exact int that fits a C long, then while it
/// is an exact float, it is a machine number (`SumAcc`) and the items that fit are
/// added without making an object; the first item that does not fit turns the total
/// into an object, added to with `+` from then on (the float loop may follow the int
/// loop, never the reverse). So the result of a machine total is a new object, even
/// when no item was added (`sum([], x) is x` is false for an exact int or float).
fn sum_items(vm: &mut Vm, it: Value, start: Value) -> PyResult<Value> {
    use crate::runtime::types::generator::{sum_step, SumAcc};
    let gen = vm.generator_of(it);
    let mut machine = match start {
        Value::Int(_) => match vm.scalar(start) {
            Scalar::Int(i) => Some(SumAcc::Int(i)),
            _ => None,
        },
        Value::Float(_) => match vm.scalar(start) {
            Scalar::Float(f) => Some(SumAcc::Float(f)),
            _ => None,
        },
        _ => None,
    };
    // The object total (owned), once there is one.
    let mut total = Value::Undef;
    if machine.is_none() {
        vm.incref(start);
        total = start;
    }
    loop {
        // A generator's numbers are added as it yields them (`gen_drain_sum`); what
        // the fast loop cannot take comes back here as its next item.
        let drained = match (gen, machine.as_mut()) {
            (Some(g), Some(acc)) => vm.gen_drain_sum(g, acc),
            _ => None,
        };
        if let (None, None, Some(acc)) = (gen, &drained, machine.as_mut()) {
            sum_seq_run(vm, it, acc);
        }
        let next = match drained {
            Some(r) => r,
            None => vm.iter_next(it),
        };
        let x = match next {
            Ok(Some(x)) => x,
            Ok(None) => break,
            Err(e) => {
                vm.decref(total);
                return Err(e);
            }
        };
        let mut left_int_loop = false;
        if let Some(acc) = machine {
            if let Some(acc) = sum_step(vm, acc, x) {
                machine = Some(acc);
                vm.decref(x);
                continue;
            }
            // The item leaves the fast loop: the total becomes an object.
            total = match acc {
                SumAcc::Int(i) => vm.int(i),
                SumAcc::Float(f) => vm.float(f),
            };
            left_int_loop = matches!(acc, SumAcc::Int(_));
            machine = None;
        }
        let r = vm.binary_op(total, x, crate::bytecode::BinOp::Add);
        // The old total dies before the item, as in `builtin_sum`'s loops.
        vm.decref(total);
        vm.decref(x);
        total = r?;
        // The int loop is followed by the float loop when the total it left is now
        // an exact float (`sum([1, 2.5, 3])`).
        if let (true, Value::Float(_)) = (left_int_loop, total) {
            if let Scalar::Float(f) = vm.scalar(total) {
                vm.decref(total);
                total = Value::Undef;
                machine = Some(SumAcc::Float(f));
            }
        }
    }
    Ok(match machine {
        Some(SumAcc::Int(i)) => vm.int(i),
        Some(SumAcc::Float(f)) => vm.float(f),
        None => total,
    })
}

/// `sum()`'s machine loop over a list or tuple iterator `it` (CPython's
/// `builtin_sum` stepping its `listiterator`): the items from the iterator's
/// position that `sum_step` takes are added to `acc` read in place (no reference
/// taken and dropped per item: nothing runs meanwhile), and the iterator is left
/// at the first item that does not fit, or at the end, for `iter_next` to give or
/// to end as it would have.
fn sum_seq_run(vm: &mut Vm, it: Value, acc: &mut crate::runtime::types::generator::SumAcc) {
    use crate::runtime::object::{IterObj, Obj};
    let Value::Obj(r) = it else { return };
    let Obj::Iter(iter) = vm.heap.get(r) else {
        return;
    };
    let IterObj::Seq {
        seq: Value::Obj(sr),
        idx,
    } = **iter
    else {
        return;
    };
    let items: &[Value] = match vm.heap.get(sr) {
        Obj::List(l) => &l.items,
        Obj::Tuple(t) => t,
        _ => return,
    };
    let mut next = idx;
    for &v in items.get(idx..).unwrap_or(&[]) {
        match crate::runtime::types::generator::sum_step(vm, *acc, v) {
            Some(a) => *acc = a,
            None => break,
        }
        next += 1;
    }
    if let Obj::Iter(iter) = vm.heap.get_mut(r) {
        if let IterObj::Seq { idx, .. } = &mut **iter {
            *idx = next;
        }
    }
}

pub(super) fn base_fn(vm: &mut Vm, args: &[Value], base: u32) -> PyResult<Value> {
    check_args(vm, "hex", args, 1, 1)?;
    let n = match vm.as_bigint(args[0]) {
        Some(b) => Some(b),
        None if matches!(args[0], Value::Obj(_)) => vm.index_dunder(args[0])?,
        None => None,
    };
    match n {
        Some(b) if !matches!(args[0], Value::Float(_)) => {
            let s = crate::text::int_text::int_to_base_string(&b, base, true);
            Ok(vm.new_str(s))
        }
        _ => {
            let tn = vm.type_name(args[0]);
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                tn
            )))
        }
    }
}

pub(super) fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    base_fn(vm, args, 16)
}

pub(super) fn oct(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    base_fn(vm, args, 8)
}

pub(super) fn bin(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    base_fn(vm, args, 2)
}

pub(super) fn any_all(vm: &mut Vm, args: &[Value], want: bool) -> PyResult<Value> {
    check_args(vm, if want { "any" } else { "all" }, args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    let gen = vm.generator_of(it);
    let mode = if want { DrainMode::Any } else { DrainMode::All };
    loop {
        // A generator's values are tested as it yields them (`gen_drain`, which skips
        // the numbers, bools and Nones that do not decide the result); any other
        // value comes back here.
        let mut unused = Value::None;
        let drained = match gen {
            Some(g) => vm.gen_drain(g, mode, &mut unused),
            None => None,
        };
        let next = match drained {
            Some(r) => r,
            None => vm.iter_next(it),
        };
        match next {
            Ok(Some(x)) => {
                let t = vm.truthy(x);
                vm.decref(x);
                match t {
                    Ok(t) if t == want => {
                        vm.decref(it);
                        return Ok(Value::Bool(want));
                    }
                    Ok(_) => {}
                    Err(e) => {
                        vm.decref(it);
                        return Err(e);
                    }
                }
            }
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(Value::Bool(!want))
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
pub(super) fn any(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| any_impl(vm, args, kw))
}

pub(super) fn any_impl(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    any_all(vm, args, true)
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
pub(super) fn all(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| all_impl(vm, args, kw))
}

pub(super) fn all_impl(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    any_all(vm, args, false)
}

/// Python's round-half-even of a float to `nd` digits.
/// `round(x, nd)` of a float, correctly rounded (half to even on the exact binary
/// value, as CPython's `double_round` through `_Py_dg_dtoa` mode 3); None when the
/// result overflows ("rounded value too large to represent").
pub(super) fn round_float(x: f64, nd: i64) -> Option<f64> {
    // Past these every float is unchanged, or rounds to a zero of its sign.
    if !x.is_finite() || nd > 323 {
        return Some(x);
    }
    if nd < -308 {
        return Some(0.0 * x);
    }
    if nd >= 0 {
        // Rust's fixed-point formatting is exact and rounds half to even.
        return format!("{:.*}", nd as usize, x).parse::<f64>().ok();
    }
    // To a multiple of 10^k: the exact value is m * 2^e, an integer when e >= 0.
    use num_integer::Integer;
    use num_traits::{One, ToPrimitive};
    let bits = x.abs().to_bits();
    let (exp, frac) = ((bits >> 52) as i64, bits & ((1u64 << 52) - 1));
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let unit = num_traits::pow(BigInt::from(10), (-nd) as usize);
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << e as usize, unit.clone())
    } else {
        (BigInt::from(m), unit.clone() << (-e) as usize)
    };
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r * 2;
    if twice > den || (twice == den && q.is_odd()) {
        q += BigInt::one();
    }
    let v = (q * unit).to_f64().unwrap_or(f64::INFINITY);
    if v.is_infinite() {
        return None;
    }
    Some(if x.is_sign_negative() { -v } else { v })
}

pub(crate) fn round(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "round", args, 1, 2)?;
    let nd = match args.get(1).copied().or_else(|| kwarg(vm, kw, "ndigits")) {
        None | Some(Value::None) => None,
        // Clamped, as CPython's float and int `__round__` read it: a huge ndigits
        // leaves the number as it is (or rounds it to zero).
        Some(v) => Some(crate::runtime::builtins::int_arg_clamped(vm, v)?),
    };
    let v = args[0];
    match vm.scalar(v) {
        Scalar::Float(f) => match nd {
            None => {
                if !f.is_finite() {
                    return Err(if f.is_nan() {
                        vm.value_error("cannot convert float NaN to integer")
                    } else {
                        vm.overflow_error("cannot convert float infinity to integer")
                    });
                }
                let r = f.round();
                let r = if (f - f.trunc()).abs() == 0.5 {
                    2.0 * (f / 2.0).round()
                } else {
                    r
                };
                Ok(vm.new_int(BigInt::from(r as i128)))
            }
            Some(n) => match round_float(f, n) {
                Some(r) => Ok(vm.float(r)),
                None => Err(vm.overflow_error("rounded value too large to represent")),
            },
        },
        _ => {
            // CPython's int.__round__: without ndigits, or with ndigits >= 0, an exact
            // int is returned itself (`long_long`).
            if vm.is_exact_int(v) && nd.is_none_or(|n| n >= 0) {
                vm.incref(v);
                return Ok(v);
            }
            if let Some(b) = vm.as_bigint(v) {
                return match nd {
                    None => Ok(vm.new_int(b)),
                    Some(n) if n >= 0 => Ok(vm.new_int(b)),
                    // 10**-n cannot be built (CPython runs out of memory trying).
                    Some(n) if n < -(1i64 << 40) => Err(vm.err_noargs("MemoryError")),
                    Some(n) => {
                        let p = num_traits::pow(BigInt::from(10), (-n) as usize);
                        let q = num_integer::Integer::div_floor(&b, &p);
                        let r = &b - &q * &p;
                        let twice = &r * 2;
                        let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                            q + 1
                        } else {
                            q
                        };
                        Ok(vm.new_int(q * p))
                    }
                };
            }
            if let Some(m) = vm.lookup_type_attr(v, "__round__") {
                let r = match args.get(1) {
                    Some(&n) => vm.call_value(m, &[v, n], &[]),
                    None => vm.call_value(m, &[v], &[]),
                };
                vm.decref(m);
                return r;
            }
            if let Some(p) = vm.payload_of(v) {
                let mut a = args.to_vec();
                a[0] = p;
                return round(vm, &a, kw);
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("type {} doesn't define __round__ method", tn)))
        }
    }
}

pub(crate) fn divmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "divmod", args, 2, 2)?;
    if matches!(args[0], Value::Float(_)) || matches!(args[1], Value::Float(_)) {
        // float.__divmod__ computes both parts at once (and names itself in the
        // ZeroDivisionError).
        if vm.num(args[0]).is_some() && vm.num(args[1]).is_some() {
            let (x, y) = (vm.to_f64(args[0])?, vm.to_f64(args[1])?);
            if y == 0.0 {
                return Err(vm.err("ZeroDivisionError", "float divmod()"));
            }
            let (q, r) = crate::runtime::types::float::ops::float_divmod(x, y);
            let (q, r) = (vm.float(q), vm.float(r));
            return Ok(vm.new_tuple(vec![q, r]));
        }
    }
    // A class's own __divmod__ / __rdivmod__ computes both parts at once (and may
    // signal differently from // and % apart: decimal's divmod by zero).
    if let Some(r) = vm.try_dunder(args[0], "__divmod__", args[1])? {
        return Ok(r);
    }
    if let Some(r) = vm.try_dunder(args[1], "__rdivmod__", args[0])? {
        return Ok(r);
    }
    let q = match vm.binary_op(args[0], args[1], crate::bytecode::BinOp::FloorDiv) {
        Ok(q) => q,
        Err(e) => {
            // No `//` for these operands: the error names divmod() (CPython's
            // binary_op1 for nb_divmod), not the operator tried first here.
            let (ta, tb) = (vm.type_name(args[0]), vm.type_name(args[1]));
            let floordiv = format!("unsupported operand type(s) for //: '{}' and '{}'", ta, tb);
            if vm.exc_matches(e.0, "TypeError") && vm.exc_str(e.0) == floordiv {
                vm.decref(e.0);
                return Err(vm.type_error(format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    ta, tb
                )));
            }
            return Err(e);
        }
    };
    let r = match vm.binary_op(args[0], args[1], crate::bytecode::BinOp::Mod) {
        Ok(r) => r,
        Err(e) => {
            vm.decref(q);
            return Err(e);
        }
    };
    Ok(vm.new_tuple(vec![q, r]))
}

pub(super) fn pow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "pow", args, 2, 3)?;
    if args.len() == 3 && !matches!(args[2], Value::None) {
        // complex_pow refuses a modulus before looking at the operands.
        if args.iter().any(|&a| vm.complex_of(a).is_some()) {
            return Err(vm.value_error("complex modulo"));
        }
        // Three-argument pow of an instance calls its __pow__(exp, mod) (as
        // CPython's ternary_op does for the first operand's type).
        let t = vm.type_of(args[0]);
        if vm.class_kind(t) == crate::runtime::types::class::BuiltinType::User {
            if let Some(m) = vm.class_lookup(t, "__pow__") {
                let r = vm.call_special(m, args[0], &[args[1], args[2]]);
                vm.decref(m);
                let v = r?;
                if !matches!(v, Value::NotImplemented) {
                    return Ok(v);
                }
                let msg = format!(
                    "unsupported operand type(s) for pow(): '{}', '{}', '{}'",
                    vm.type_name(args[0]),
                    vm.type_name(args[1]),
                    vm.type_name(args[2])
                );
                return Err(vm.type_error(msg));
            }
        }
        let (Some(b), Some(e), Some(m)) = (
            vm.as_bigint(args[0]),
            vm.as_bigint(args[1]),
            vm.as_bigint(args[2]),
        ) else {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        if m.is_zero() {
            return Err(vm.value_error("pow() 3rd argument cannot be 0"));
        }
        let r = if e.is_negative() {
            // Modular inverse.
            let inv = modinv(&b, &m);
            match inv {
                Some(i) => i.modpow(&(-e), &m.abs()),
                None => return Err(vm.value_error("base is not invertible for the given modulus")),
            }
        } else {
            b.modpow(&e, &m.abs())
        };
        let r = if m.is_negative() && !r.is_zero() {
            r + &m
        } else {
            r
        };
        return Ok(vm.new_int(r));
    }
    vm.binary_op(args[0], args[1], crate::bytecode::BinOp::Pow)
}

pub(super) fn modinv(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let (mut t, mut newt) = (BigInt::zero(), BigInt::from(1));
    let (mut r, mut newr) = (m.clone(), num_integer::Integer::mod_floor(a, &m));
    while !newr.is_zero() {
        let q = num_integer::Integer::div_floor(&r, &newr);
        let nt = &t - &q * &newt;
        t = std::mem::replace(&mut newt, nt);
        let nr = &r - &q * &newr;
        r = std::mem::replace(&mut newr, nr);
    }
    if r > BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&t, &m))
}
