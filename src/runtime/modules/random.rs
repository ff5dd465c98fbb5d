//! The `random` module: seeded and deterministic, but its sequence is mempy's own
//! (not CPython's Mersenne Twister).

use crate::runtime::builtins::{add_fns, check_args, new_module};
use crate::runtime::object::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

thread_local!(static RNG: std::cell::Cell<u64> = const { std::cell::Cell::new(0x853c49e6748fea9b) });

fn next_u64() -> u64 {
    // splitmix64: small, fast and deterministic for a given seed.
    RNG.with(|s| {
        let mut z = s.get().wrapping_add(0x9e3779b97f4a7c15);
        s.set(z);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    })
}

fn below(n: u64) -> u64 {
    if n == 0 {
        0
    } else {
        next_u64() % n
    }
}

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "random");
    add_fns(
        vm,
        d,
        &[
            ("seed", seed),
            ("random", random),
            ("randint", randint),
            ("randrange", randrange),
            ("choice", choice),
            ("shuffle", shuffle),
            ("uniform", uniform),
            ("sample", sample),
        ],
    );
    m
}

fn seed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = match args.first() {
        Some(&v) => vm.hash(v)? as u64,
        None => 0,
    };
    RNG.with(|c| c.set(s));
    Ok(Value::None)
}

fn random(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(
        (next_u64() >> 11) as f64 / (1u64 << 53) as f64,
    ))
}

fn uniform(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "uniform", args, 2, 2)?;
    let (a, b) = (vm.to_f64(args[0])?, vm.to_f64(args[1])?);
    let r = (next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    Ok(Value::Float(a + (b - a) * r))
}

fn randint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "randint", args, 2, 2)?;
    let (a, b) = (
        crate::runtime::builtins::int_arg(vm, args[0])?,
        crate::runtime::builtins::int_arg(vm, args[1])?,
    );
    if b < a {
        return Err(vm.value_error(format!(
            "empty range for randrange() ({}, {}, {})",
            a,
            b + 1,
            b + 1 - a
        )));
    }
    Ok(Value::Int(a + below((b - a + 1) as u64) as i64))
}

fn randrange(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "randrange", args, 1, 3)?;
    let (a, b, step) = match args.len() {
        1 => (0, crate::runtime::builtins::int_arg(vm, args[0])?, 1),
        2 => (
            crate::runtime::builtins::int_arg(vm, args[0])?,
            crate::runtime::builtins::int_arg(vm, args[1])?,
            1,
        ),
        _ => (
            crate::runtime::builtins::int_arg(vm, args[0])?,
            crate::runtime::builtins::int_arg(vm, args[1])?,
            crate::runtime::builtins::int_arg(vm, args[2])?,
        ),
    };
    let n = crate::runtime::types::range::range_len(a, b, step.max(1));
    if n <= 0 {
        return Err(vm.value_error("empty range for randrange()"));
    }
    Ok(Value::Int(a + below(n as u64) as i64 * step))
}

fn choice(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "choice", args, 1, 1)?;
    let n = crate::runtime::builtins::functions::length(vm, args[0])?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    vm.get_item(args[0], Value::Int(below(n as u64) as i64))
}

fn shuffle(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "shuffle", args, 1, 1)?;
    if let Value::Obj(r) = args[0] {
        if let crate::runtime::object::Obj::List(l) = vm.heap.get_mut(r) {
            for i in (1..l.items.len()).rev() {
                let j = below(i as u64 + 1) as usize;
                l.items.swap(i, j);
            }
        }
    }
    Ok(Value::None)
}

/// `random.sample(population, k)`: k distinct positions, partial Fisher-Yates.
fn sample(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "sample", args, 1, 2)?;
    let k = match args
        .get(1)
        .copied()
        .or_else(|| crate::runtime::builtins::kwarg(vm, kw, "k"))
    {
        Some(v) => crate::runtime::builtins::int_arg(vm, v)?,
        None => return Err(vm.type_error("sample() missing 1 required positional argument: 'k'")),
    };
    let mut pool = vm.collect_iter(args[0])?;
    if k < 0 || k as usize > pool.len() {
        for v in pool {
            vm.decref(v);
        }
        return Err(vm.value_error("Sample larger than population or is negative"));
    }
    let k = k as usize;
    for i in 0..k {
        let j = i + below((pool.len() - i) as u64) as usize;
        pool.swap(i, j);
    }
    for v in pool.drain(k..) {
        vm.decref(v);
    }
    Ok(vm.new_list(pool))
}
