//! `_operator`, the native half of `operator` (CPython's Modules/_operator.c): every
//! operator as a builtin function (`add`, `lt`, `getitem`, `iadd`, `truth`, `index`,
//! `length_hint`, `call`, `_compare_digest`, ...), with Argument Clinic's argument
//! errors, and the
//! `itemgetter`/`attrgetter`/`methodcaller` types (`runtime/types/opcaller`).
//! `operator` (`py/operator.py`) re-exports them with their `__dunder__` aliases.

use crate::bytecode::{BinOp, CmpOp, Unary};
use crate::runtime::builtins::{add_fns, new_module, set_in};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_operator");
    add_fns(
        vm,
        d,
        &[
            ("truth", truth),
            ("contains", contains),
            ("indexOf", index_of),
            ("countOf", count_of),
            ("is_", is_),
            ("is_not", is_not),
            ("index", index),
            ("add", add),
            ("sub", sub),
            ("mul", mul),
            ("matmul", matmul),
            ("floordiv", floordiv),
            ("truediv", truediv),
            ("mod", mod_),
            ("neg", neg),
            ("pos", pos),
            ("abs", abs),
            ("inv", inv),
            ("invert", invert),
            ("lshift", lshift),
            ("rshift", rshift),
            ("not_", not_),
            ("and_", and_),
            ("xor", xor),
            ("or_", or_),
            ("iadd", iadd),
            ("isub", isub),
            ("imul", imul),
            ("imatmul", imatmul),
            ("ifloordiv", ifloordiv),
            ("itruediv", itruediv),
            ("imod", imod),
            ("ilshift", ilshift),
            ("irshift", irshift),
            ("iand", iand),
            ("ixor", ixor),
            ("ior", ior),
            ("concat", concat),
            ("iconcat", iconcat),
            ("getitem", getitem),
            ("setitem", setitem),
            ("delitem", delitem),
            ("pow", pow),
            ("ipow", ipow),
            ("eq", eq),
            ("ne", ne),
            ("lt", lt),
            ("le", le),
            ("gt", gt),
            ("ge", ge),
            ("length_hint", length_hint),
            ("_compare_digest", compare_digest),
            ("call", call),
        ],
    );
    let t = vm.types;
    for (name, cls) in [
        ("itemgetter", t.itemgetter),
        ("attrgetter", t.attrgetter),
        ("methodcaller", t.methodcaller),
    ] {
        vm.heap.incref_obj(cls);
        set_in(vm, d, name, Value::Obj(cls));
    }
    m
}

/// Argument Clinic's positional check (`_PyArg_CheckPositional`) after refusing
/// keywords (`_PyArg_NoKwnames`).
fn positional(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: KwArgs,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("_operator.{}() takes no keyword arguments", name)));
    }
    let n = args.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let msg = crate::runtime::builtins::clinic_positional_msg(name, n, min, max);
    Err(vm.type_error(msg))
}

/// A `METH_O` function's check.
fn one(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("_operator.{}() takes no keyword arguments", name)));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "_operator.{}() takes exactly one argument ({} given)",
            name,
            args.len()
        )));
    }
    Ok(args[0])
}

macro_rules! binops {
    ($($f:ident => $name:literal, $op:ident, $method:ident);* $(;)?) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            positional(vm, $name, args, kw, 2, 2)?;
            vm.$method(args[0], args[1], BinOp::$op)
        })*
    };
}
binops!(
    add => "add", Add, binary_op;
    sub => "sub", Sub, binary_op;
    mul => "mul", Mult, binary_op;
    matmul => "matmul", MatMult, binary_op;
    floordiv => "floordiv", FloorDiv, binary_op;
    truediv => "truediv", Div, binary_op;
    mod_ => "mod", Mod, binary_op;
    lshift => "lshift", LShift, binary_op;
    rshift => "rshift", RShift, binary_op;
    and_ => "and_", BitAnd, binary_op;
    xor => "xor", BitXor, binary_op;
    or_ => "or_", BitOr, binary_op;
    pow => "pow", Pow, binary_op;
    iadd => "iadd", Add, inplace_op;
    isub => "isub", Sub, inplace_op;
    imul => "imul", Mult, inplace_op;
    imatmul => "imatmul", MatMult, inplace_op;
    ifloordiv => "ifloordiv", FloorDiv, inplace_op;
    itruediv => "itruediv", Div, inplace_op;
    imod => "imod", Mod, inplace_op;
    ilshift => "ilshift", LShift, inplace_op;
    irshift => "irshift", RShift, inplace_op;
    iand => "iand", BitAnd, inplace_op;
    ixor => "ixor", BitXor, inplace_op;
    ior => "ior", BitOr, inplace_op;
    ipow => "ipow", Pow, inplace_op;
);

macro_rules! cmps {
    ($($f:ident => $name:literal, $op:ident);* $(;)?) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            positional(vm, $name, args, kw, 2, 2)?;
            vm.rich_compare(args[0], args[1], CmpOp::$op)
        })*
    };
}
cmps!(
    eq => "eq", Eq;
    ne => "ne", NotEq;
    lt => "lt", Lt;
    le => "le", LtE;
    gt => "gt", Gt;
    ge => "ge", GtE;
);

macro_rules! unaries {
    ($($f:ident => $name:literal, $op:ident);* $(;)?) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            let a = one(vm, $name, args, kw)?;
            vm.unary_op(a, Unary::$op)
        })*
    };
}
unaries!(
    neg => "neg", Neg;
    pos => "pos", Pos;
    inv => "inv", Invert;
    invert => "invert", Invert;
);

fn abs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = one(vm, "abs", args, kw)?;
    crate::runtime::builtins::numeric::abs_impl(vm, &[a], &[])
}

fn truth(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = one(vm, "truth", args, kw)?;
    Ok(Value::Bool(vm.truthy(a)?))
}

fn not_(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = one(vm, "not_", args, kw)?;
    Ok(Value::Bool(!vm.truthy(a)?))
}

fn is_(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional(vm, "is_", args, kw, 2, 2)?;
    Ok(Value::Bool(args[0].is(args[1])))
}

fn is_not(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional(vm, "is_not", args, kw, 2, 2)?;
    Ok(Value::Bool(!args[0].is(args[1])))
}

/// `index(a)`: `PyNumber_Index` (an int as is; `__index__` otherwise).
fn index(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = one(vm, "index", args, kw)?;
    match a {
        Value::Bool(b) => return Ok(vm.int(b as i64)),
        Value::Int(_) => {
            vm.incref(a);
            return Ok(a);
        }
        _ => {}
    }
    // Any int, an int subclass's instance included, is taken as it is without
    // calling an overriding `__index__` (3.11's `_PyNumber_Index`); a subclass's
    // value is then copied into an exact int (`PyNumber_Index`).
    let p = vm.unwrap_payload(a);
    if let Some(b) = vm.as_bigint(p) {
        if vm.payload_of(a).is_none() {
            vm.incref(a);
            return Ok(a);
        }
        return Ok(vm.new_int(b));
    }
    if matches!(a, Value::Obj(_)) {
        if let Some(b) = vm.index_dunder(a)? {
            return Ok(vm.new_int(b));
        }
    }
    let tn = vm.type_name(a);
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        tn
    )))
}

fn contains(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional(vm, "contains", args, kw, 2, 2)?;
    Ok(Value::Bool(vm.contains(args[0], args[1])?))
}

/// `countOf`/`indexOf`'s walk (CPython's `_PySequence_IterSearch`): the items of `a`
/// that are `b` or equal to it; `first` stops at the first, giving its position.
fn search(vm: &mut Vm, a: Value, b: Value, first: bool) -> PyResult<Option<i64>> {
    let it = match vm.get_iter(a) {
        Ok(it) => it,
        Err(e) if vm.exc_matches(e.0, "TypeError") => {
            vm.decref(e.0);
            let tn = vm.type_name(a);
            return Err(vm.type_error(format!("argument of type '{}' is not iterable", tn)));
        }
        Err(e) => return Err(e),
    };
    let mut n = 0i64;
    let mut pos = 0i64;
    let res = loop {
        let x = match vm.iter_next(it) {
            Ok(Some(x)) => x,
            Ok(None) => break Ok(if first { None } else { Some(n) }),
            Err(e) => break Err(e),
        };
        let eq = vm.eq(x, b);
        vm.decref(x);
        match eq {
            Ok(true) if first => break Ok(Some(pos)),
            Ok(true) => n += 1,
            Ok(false) => {}
            Err(e) => break Err(e),
        }
        pos += 1;
    };
    vm.decref(it);
    res
}

fn count_of(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional(vm, "countOf", args, kw, 2, 2)?;
    let n = search(vm, args[0], args[1], false)?.unwrap_or(0);
    Ok(vm.int(n))
}

fn index_of(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional(vm, "indexOf", args, kw, 2, 2)?;
    match search(vm, args[0], args[1], true)? {
        Some(i) => Ok(vm.int(i)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

/// Whether `a` is a sequence for `concat` (`PySequence_Check`: it supports items by
/// index, and is no dict).
fn is_sequence_like(vm: &mut Vm, a: Value) -> bool {
    if vm.is_sequence(a) {
        return true;
    }
    if let Value::Obj(r) = a {
        use crate::runtime::object::Obj;
        match vm.heap.get(r) {
            Obj::Dict(_) | Obj::MappingProxy(_) => return false,
            Obj::Range { .. } | Obj::BigRange(_) | Obj::MemoryView(_) => return true,
            Obj::Instance(_) => {
                let d = vm.types.dict;
                if vm.is_instance(a, d) {
                    return false;
                }
            }
            _ => {}
        }
    }
    match vm.lookup_type_attr(a, "__getitem__") {
        Some(m) => {
            vm.decref(m);
            true
        }
        None => false,
    }
}

fn concat_check(vm: &mut Vm, a: Value) -> PyResult<()> {
    if is_sequence_like(vm, a) {
        return Ok(());
    }
    let tn = vm.type_name(a);
    Err(vm.type_error(format!("'{}' object can't be concatenated", tn)))
}

fn concat(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional(vm, "concat", args, kw, 2, 2)?;
    concat_check(vm, args[0])?;
    vm.binary_op(args[0], args[1], BinOp::Add)
}

fn iconcat(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional(vm, "iconcat", args, kw, 2, 2)?;
    concat_check(vm, args[0])?;
    vm.inplace_op(args[0], args[1], BinOp::Add)
}

fn getitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional(vm, "getitem", args, kw, 2, 2)?;
    vm.get_item(args[0], args[1])
}

fn setitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional(vm, "setitem", args, kw, 3, 3)?;
    vm.set_item(args[0], args[1], args[2])?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional(vm, "delitem", args, kw, 2, 2)?;
    vm.del_item(args[0], args[1])?;
    Ok(Value::None)
}

/// `length_hint(obj, default=0)` (`PyObject_LengthHint`): `len(obj)` when it has
/// one, else its `__length_hint__()` (NotImplemented means `default`), checked.
fn length_hint(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional(vm, "length_hint", args, kw, 1, 2)?;
    let obj = args[0];
    let default = match args.get(1) {
        Some(&d) => {
            if let Value::Bool(b) = d {
                b as i64
            } else {
                crate::runtime::builtins::int_arg(vm, d)?
            }
        }
        None => 0,
    };
    let n = vm.length_hint(obj, default)?;
    Ok(vm.int(n))
}

/// `_compare_digest(a, b)` (what `hmac.compare_digest` is): equality of two ASCII
/// strs or two bytes-like objects, looking at every byte of `b` whatever the first
/// difference, so the time taken does not tell where two secrets differ.
fn compare_digest(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    positional(vm, "_compare_digest", args, kw, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    let (x, y) = match (vm.as_str(a), vm.as_str(b)) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(
                    vm.type_error("comparing strings with non-ASCII characters is not supported")
                );
            }
            (x.as_bytes().to_vec(), y.as_bytes().to_vec())
        }
        _ => {
            let x = vm.buffer_bytes(a)?;
            let y = vm.buffer_bytes(b)?;
            match (x, y) {
                (Some(x), Some(y)) => (x, y),
                (None, None) => {
                    let (ta, tb) = (vm.type_name(a), vm.type_name(b));
                    return Err(vm.type_error(format!(
                        "unsupported operand types(s) or combination of types: '{ta}' and '{tb}'"
                    )));
                }
                (x, _) => {
                    let bad = if x.is_none() { a } else { b };
                    let tn = vm.type_name(bad);
                    return Err(
                        vm.type_error(format!("a bytes-like object is required, not '{tn}'"))
                    );
                }
            }
        }
    };
    // Walk all of `y` against `x` repeated (or itself when lengths differ), folding
    // every difference into one accumulator instead of stopping at the first.
    let (left, mut acc) = if x.len() == y.len() {
        (&x, 0u8)
    } else {
        (&y, 1u8)
    };
    for (p, q) in left.iter().zip(y.iter()) {
        acc |= std::hint::black_box(p ^ q);
    }
    Ok(Value::Bool(acc == 0))
}

/// `call(obj, /, *args, **kwargs)`.
fn call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("call expected at least 1 argument, got 0"));
    }
    vm.call_value(args[0], &args[1..], kw)
}
