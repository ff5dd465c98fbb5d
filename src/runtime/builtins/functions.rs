//! Builtin functions (CPython's Python/bltinmodule.c): print, len, min/max, sum, sorted,
//! isinstance, getattr, iter/next, chr/ord, round, divmod, pow, ...

use super::{add_fns, check_args, int_arg, kwarg, no_kwargs};
use crate::runtime::object::function::KwArgs;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    add_fns(
        vm,
        b,
        &[
            ("print", print),
            ("len", len),
            ("repr", repr),
            ("ascii", ascii),
            ("abs", abs),
            ("min", min),
            ("max", max),
            ("sum", sum),
            ("sorted", sorted),
            ("id", id),
            ("hash", hash),
            ("isinstance", isinstance),
            ("issubclass", issubclass),
            ("iter", iter),
            ("next", next),
            ("getattr", getattr),
            ("setattr", setattr),
            ("hasattr", hasattr),
            ("delattr", delattr),
            ("chr", chr),
            ("ord", ord),
            ("hex", hex),
            ("oct", oct),
            ("bin", bin),
            ("any", any),
            ("all", all),
            ("callable", callable),
            ("round", round),
            ("divmod", divmod),
            ("pow", pow),
            ("format", format),
            ("input", input),
            ("vars", vars),
            ("dir", dir),
            ("globals", globals),
            ("locals", locals),
            (
                "__build_class__",
                crate::runtime::types::class::new::build_class,
            ),
        ],
    );
    let n = Value::None;
    super::set_in(vm, b, "__name__", n);
    let nm = vm.new_str("builtins");
    super::set_in(vm, b, "__name__", nm);
}

fn print(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let sep = match kwarg(vm, kw, "sep") {
        Some(Value::None) | None => " ".to_string(),
        Some(v) => match vm.as_str(v) {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("sep must be None or a string, not {}", tn)));
            }
        },
    };
    let end = match kwarg(vm, kw, "end") {
        Some(Value::None) | None => "\n".to_string(),
        Some(v) => match vm.as_str(v) {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("end must be None or a string, not {}", tn)));
            }
        },
    };
    let file = kwarg(vm, kw, "file");
    let mut out = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.to_str(a)?);
    }
    out.push_str(&end);
    match file {
        Some(f) if !matches!(f, Value::None) => {
            let w = vm.get_attr(f, "write")?;
            let s = vm.new_str(out);
            let r = vm.call_value(w, &[s], &[]);
            vm.decref(w);
            vm.decref(s);
            let x = r?;
            vm.decref(x);
        }
        _ => vm.write_out(&out),
    }
    if kwarg(vm, kw, "flush")
        .map(|v| matches!(v, Value::Bool(true)))
        .unwrap_or(false)
    {
        vm.flush_out();
    }
    Ok(Value::None)
}

/// `len(v)` as usize.
pub fn length(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if let Value::Obj(r) = v {
        match vm.heap.get(r) {
            Obj::Str(s) => return Ok(s.len()),
            Obj::Bytes(b) => return Ok(b.len()),
            Obj::ByteArray(b) => return Ok(b.data.len()),
            Obj::List(l) => return Ok(l.len()),
            Obj::Tuple(t) => return Ok(t.len()),
            Obj::Dict(d) => return Ok(d.len()),
            Obj::Set(s) | Obj::FrozenSet(s) => return Ok(s.len()),
            Obj::Range { start, stop, step } => {
                return Ok(crate::runtime::types::range::range_len(*start, *stop, *step) as usize)
            }
            Obj::BigRange(br) => {
                use num_traits::ToPrimitive;
                return match br.len().to_i64() {
                    Some(n) => Ok(n as usize),
                    None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
                };
            }
            Obj::DictView { dict, .. } => {
                if let Obj::Dict(d) = vm.heap.get(*dict) {
                    return Ok(d.len());
                }
            }
            Obj::Instance(_) | Obj::Class(_) if vm.like_instance(v) => {
                if let Some(n) = vm.instance_len(v) {
                    return n;
                }
            }
            _ => {}
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("object of type '{}' has no len()", tn)))
}

fn len(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "len", kw)?;
    check_args(vm, "len", args, 1, 1)?;
    Ok(Value::Int(length(vm, args[0])? as i64))
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
fn repr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| repr_impl(vm, args, kw))
}

fn repr_impl(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "repr", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
fn ascii(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| ascii_impl(vm, args, kw))
}

fn ascii_impl(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "ascii", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    let s = crate::runtime::vm::repr::ascii_of_repr(&s);
    Ok(vm.new_str(s))
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
fn abs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| abs_impl(vm, args, kw))
}

fn abs_impl(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "abs", args, 1, 1)?;
    let v = args[0];
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.new_int(BigInt::from(i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => {
            if let Some(b) = vm.as_bigint(v) {
                return Ok(vm.new_int(b.abs()));
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

fn min_max(vm: &mut Vm, args: &[Value], kw: KwArgs, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let key = kwarg(vm, kw, "key").filter(|k| !matches!(k, Value::None));
    let default = kwarg(vm, kw, "default");
    let items = if args.len() == 1 {
        vm.collect_iter(args[0])?
    } else if args.is_empty() {
        return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name)));
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {}() with multiple positional arguments",
                name
            )));
        }
        for &a in args {
            vm.incref(a);
        }
        args.to_vec()
    };
    if items.is_empty() {
        if let Some(d) = default {
            vm.incref(d);
            return Ok(d);
        }
        return Err(vm.value_error(format!("{}() arg is an empty sequence", name)));
    }
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => vm.call_value(k, &[best], &[])?,
        None => {
            vm.incref(best);
            best
        }
    };
    let mut res = Ok(());
    for &it in &items[1..] {
        let k = match key {
            Some(kf) => match vm.call_value(kf, &[it], &[]) {
                Ok(k) => k,
                Err(e) => {
                    res = Err(e);
                    break;
                }
            },
            None => {
                vm.incref(it);
                it
            }
        };
        // CPython's min_max: `item > best` for max, `item < best` for min.
        let better = if is_max {
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
                vm.decref(best_key);
                best_key = k;
                best = it;
            }
            Ok(false) => vm.decref(k),
            Err(e) => {
                vm.decref(k);
                res = Err(e);
                break;
            }
        }
    }
    vm.decref(best_key);
    vm.incref(best);
    for it in items {
        vm.decref(it);
    }
    match res {
        Ok(()) => Ok(best),
        Err(e) => {
            vm.decref(best);
            Err(e)
        }
    }
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
fn min(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| min_impl(vm, args, kw))
}

fn min_impl(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, false)
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
fn max(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| max_impl(vm, args, kw))
}

fn max_impl(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, true)
}

fn sum(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "sum", args, 1, 2)?;
    let mut acc = match (args.get(1), kwarg(vm, kw, "start")) {
        (Some(&s), _) | (None, Some(s)) => s,
        _ => Value::Int(0),
    };
    if vm.is_str(acc) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    vm.incref(acc);
    let it = vm.get_iter(args[0])?;
    loop {
        let x = match vm.iter_next(it) {
            Ok(Some(x)) => x,
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                vm.decref(acc);
                return Err(e);
            }
        };
        let r = match (acc, x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(b).is_some() => Ok(Value::Int(a + b)),
            (Value::Float(a), Value::Float(b)) => Ok(Value::Float(a + b)),
            _ => vm.binary_op(acc, x, crate::bytecode::BinOp::Add),
        };
        vm.decref(x);
        vm.decref(acc);
        match r {
            Ok(v) => acc = v,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(acc)
}

/// `sorted` calls `list.sort` through a bound builtin method; CPython counts one level
/// for the pair (see `vm/depth.rs`).
fn sorted(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| sorted_impl(vm, args, kw))
}

fn sorted_impl(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "sorted", args, 1, 1)?;
    let mut items = vm.collect_iter(args[0])?;
    let key = kwarg(vm, kw, "key");
    let reverse = match kwarg(vm, kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    if let Err(e) = crate::runtime::types::list::sort::sort_values(vm, &mut items, key, reverse) {
        for v in items {
            vm.decref(v);
        }
        return Err(e);
    }
    let l = crate::runtime::object::ListObj::new_preallocated(items);
    Ok(vm.heap.new_value(Obj::List(l)))
}

fn id(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "id", args, 1, 1)?;
    Ok(Value::Int(vm.id_of(args[0]) as i64))
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
fn hash(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| hash_impl(vm, args, kw))
}

fn hash_impl(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(args[0])?))
}

/// `isinstance`'s class argument: a class or a tuple of classes.
pub fn class_check(vm: &mut Vm, v: Value, cls: Value, sub: bool) -> PyResult<bool> {
    if let Some(items) = vm.seq_items(cls) {
        if matches!(cls, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_))) {
            for c in items {
                if class_check(vm, v, c, sub)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
    match cls {
        Value::Obj(c) if matches!(vm.heap.get(c), Obj::Class(_)) => {
            if sub {
                match v {
                    Value::Obj(vr) if matches!(vm.heap.get(vr), Obj::Class(_)) => {
                        Ok(vm.is_subclass(vr, c))
                    }
                    _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
                }
            } else {
                Ok(vm.is_instance(v, c))
            }
        }
        _ => Err(vm.type_error(if sub {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        } else {
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        })),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "isinstance", args, 2, 2)?;
    Ok(Value::Bool(class_check(vm, args[0], args[1], false)?))
}

fn issubclass(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "issubclass", args, 2, 2)?;
    Ok(Value::Bool(class_check(vm, args[0], args[1], true)?))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(crate::runtime::types::iter::new::callable_iter_new(
            vm, args[0], args[1],
        ));
    }
    vm.get_iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "next", args, 1, 2)?;
    let it = args[0];
    let is_iter = matches!(it, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Iter(_) | Obj::Generator(_)))
        || vm
            .lookup_type_attr(it, "__next__")
            .map(|m| vm.decref(m))
            .is_some();
    if !is_iter {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{}' object is not an iterator", tn)));
    }
    // Generators: a return value becomes StopIteration(value).
    if let Value::Obj(r) = it {
        if let Obj::Generator(_) = vm.heap.get(r) {
            return match vm.gen_resume(r, Value::None, None)? {
                Ok(v) => Ok(v),
                Err(ret) => {
                    if let Some(&d) = args.get(1) {
                        vm.decref(ret);
                        vm.incref(d);
                        return Ok(d);
                    }
                    Err(vm.stop_iteration(ret))
                }
            };
        }
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => {
                vm.incref(d);
                Ok(d)
            }
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn attr_name(vm: &mut Vm, v: Value, f: &str) -> PyResult<Value> {
    match vm.as_str(v) {
        Some(s) => {
            let s = s.to_string();
            Ok(vm.intern(&s))
        }
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "{}(): attribute name must be string, not '{}'",
                f, tn
            )))
        }
    }
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getattr", args, 2, 3)?;
    let n = attr_name(vm, args[1], "getattr")?;
    match vm.get_attr(args[0], n) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.exc_matches(e.0, "AttributeError") => {
            vm.decref(e.0);
            vm.incref(args[2]);
            Ok(args[2])
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "setattr", args, 3, 3)?;
    let n = attr_name(vm, args[1], "setattr")?;
    vm.set_attr(args[0], n, Some(args[2]))?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "hasattr", args, 2, 2)?;
    let n = attr_name(vm, args[1], "hasattr")?;
    match vm.get_attr(args[0], n) {
        Ok(v) => {
            vm.decref(v);
            Ok(Value::Bool(true))
        }
        Err(e) if vm.exc_matches(e.0, "AttributeError") => {
            vm.decref(e.0);
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "delattr", args, 2, 2)?;
    let n = attr_name(vm, args[1], "delattr")?;
    vm.set_attr(args[0], n, None)?;
    Ok(Value::None)
}

fn chr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "chr", args, 1, 1)?;
    let i = int_arg(vm, args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.str_of_char(c)),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "ord", args, 1, 1)?;
    if let Some(b) = vm.bytes_data(args[0]) {
        if b.len() != 1 {
            let n = b.len();
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                n
            )));
        }
        return Ok(Value::Int(b[0] as i64));
    }
    match vm.as_str(args[0]) {
        Some(s) => {
            let n = s.chars().count();
            if n != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    n
                )));
            }
            Ok(Value::Int(s.chars().next().unwrap() as i64))
        }
        None => {
            let tn = vm.type_name(args[0]);
            Err(vm.type_error(format!(
                "ord() expected string of length 1, but {} found",
                tn
            )))
        }
    }
}

fn base_fn(vm: &mut Vm, args: &[Value], base: u32) -> PyResult<Value> {
    check_args(vm, "hex", args, 1, 1)?;
    match vm.as_bigint(args[0]) {
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

fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    base_fn(vm, args, 16)
}

fn oct(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    base_fn(vm, args, 8)
}

fn bin(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    base_fn(vm, args, 2)
}

fn any_all(vm: &mut Vm, args: &[Value], want: bool) -> PyResult<Value> {
    check_args(vm, if want { "any" } else { "all" }, args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    loop {
        match vm.iter_next(it) {
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
fn any(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| any_impl(vm, args, kw))
}

fn any_impl(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    any_all(vm, args, true)
}

/// A `METH_O`/`METH_VARARGS` builtin in CPython: its call counts towards the
/// recursion limit (see `vm/depth.rs`).
fn all(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.c_call(|vm| all_impl(vm, args, kw))
}

fn all_impl(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    any_all(vm, args, false)
}

fn callable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "callable", args, 1, 1)?;
    let v = args[0];
    let c = match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Function(_) | Obj::Builtin(_) | Obj::BoundMethod { .. } | Obj::Class(_) => true,
            Obj::Instance(_) => vm
                .lookup_type_attr(v, "__call__")
                .map(|m| vm.decref(m))
                .is_some(),
            _ => false,
        },
        _ => false,
    };
    Ok(Value::Bool(c))
}

/// Python's round-half-even of a float to `nd` digits.
fn round_float(x: f64, nd: i64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    if nd > 22 {
        return x;
    }
    // Use the shortest-repr decimal route for correctness like CPython's dtoa.
    let s = format!("{:.*e}", 17, x);
    let _ = s;
    let p = 10f64.powi(nd.unsigned_abs() as i32);
    let y = if nd >= 0 { x * p } else { x / p };
    let mut r = y.round();
    if (y - y.trunc()).abs() == 0.5 {
        r = 2.0 * (y / 2.0).round();
    }
    let z = if nd >= 0 { r / p } else { r * p };
    // Correct with decimal formatting when the multiply was inexact.
    if nd >= 0 {
        let txt = format!("{:.*}", nd as usize, x);
        if let Ok(v) = txt.parse::<f64>() {
            return v;
        }
    }
    z
}

fn round(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "round", args, 1, 2)?;
    let nd = match args.get(1).copied().or_else(|| kwarg(vm, kw, "ndigits")) {
        None | Some(Value::None) => None,
        Some(v) => Some(int_arg(vm, v)?),
    };
    let v = args[0];
    match v {
        Value::Float(f) => match nd {
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
            Some(n) => Ok(Value::Float(round_float(f, n))),
        },
        _ => {
            if let Some(b) = vm.as_bigint(v) {
                return match nd {
                    None => Ok(vm.new_int(b)),
                    Some(n) if n >= 0 => Ok(vm.new_int(b)),
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

fn divmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
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
            return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    let q = vm.binary_op(args[0], args[1], crate::bytecode::BinOp::FloorDiv)?;
    let r = match vm.binary_op(args[0], args[1], crate::bytecode::BinOp::Mod) {
        Ok(r) => r,
        Err(e) => {
            vm.decref(q);
            return Err(e);
        }
    };
    Ok(vm.new_tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "pow", args, 2, 3)?;
    if args.len() == 3 && !matches!(args[2], Value::None) {
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

fn modinv(a: &BigInt, m: &BigInt) -> Option<BigInt> {
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

fn format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "format", args, 1, 2)?;
    // A non-str spec counts as empty (CPython raises TypeError; not modelled).
    let spec = args.get(1).copied().unwrap_or(Value::None);
    vm.format_obj(args[0], spec)
}

fn input(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "input", args, 0, 1)?;
    if let Some(&p) = args.first() {
        let s = vm.to_str(p)?;
        vm.write_out(&s);
    }
    vm.flush_out();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.err("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
        Err(_) => Err(vm.err("EOFError", "EOF when reading a line")),
    }
}

fn vars(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "vars", args, 0, 1)?;
    match args.first() {
        None => locals(vm, args, &[]),
        Some(&v) => match vm.get_attr(v, "__dict__") {
            Ok(d) => Ok(d),
            Err(e) => {
                vm.decref(e.0);
                Err(vm.type_error("vars() argument must have __dict__ attribute"))
            }
        },
    }
}

fn dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "dir", args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match args.first() {
        None => {
            let d = locals(vm, &[], &[])?;
            if let Value::Obj(r) = d {
                if let Obj::Dict(dict) = vm.heap.get(r) {
                    names = dict
                        .iter()
                        .filter_map(|e| vm.as_str(e.key).map(String::from))
                        .collect();
                }
            }
            vm.decref(d);
        }
        Some(&v) => {
            let mut classes = Vec::new();
            if let Value::Obj(r) = v {
                match vm.heap.get(r) {
                    Obj::Instance(i) => {
                        names.extend(
                            i.attrs
                                .iter()
                                .filter_map(|e| vm.as_str(e.key).map(String::from)),
                        );
                        if let Some(d) = i.dict {
                            if let Obj::Dict(dict) = vm.heap.get(d) {
                                names.extend(
                                    dict.iter()
                                        .filter_map(|e| vm.as_str(e.key).map(String::from)),
                                );
                            }
                        }
                    }
                    Obj::Module(m) => {
                        if let Obj::Dict(dict) = vm.heap.get(m.dict) {
                            names.extend(
                                dict.iter()
                                    .filter_map(|e| vm.as_str(e.key).map(String::from)),
                            );
                        }
                    }
                    Obj::Class(_) => classes.push(r),
                    _ => {}
                }
            }
            if !matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Module(_) | Obj::Class(_)))
            {
                classes.push(vm.type_of(v));
            }
            for c in classes {
                if let Obj::Class(cl) = vm.heap.get(c) {
                    let mut all = vec![c];
                    all.extend(cl.mro.iter().copied());
                    for k in all {
                        if let Obj::Class(kc) = vm.heap.get(k) {
                            if let Obj::Dict(dict) = vm.heap.get(kc.dict) {
                                names.extend(
                                    dict.iter()
                                        .filter_map(|e| vm.as_str(e.key).map(String::from)),
                                );
                            }
                        }
                    }
                }
            }
        }
    }
    names.sort();
    names.dedup();
    let items: Vec<Value> = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn globals(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = vm.frames.last().map(|f| f.globals);
    match g {
        Some(g) => {
            vm.heap.incref_obj(g);
            Ok(Value::Obj(g))
        }
        None => Ok(vm.new_dict()),
    }
}

fn locals(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    locals_value(vm)
}

/// `locals()` of the innermost frame (owned dict).
pub fn locals_value(vm: &mut Vm) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else {
        return Ok(vm.new_dict());
    };
    if let Some(ns) = f.locals.or(if f.code.flags.uses_namespace {
        Some(f.globals)
    } else {
        None
    }) {
        vm.heap.incref_obj(ns);
        return Ok(Value::Obj(ns));
    }
    let code = f.code.rc();
    let base = f.base;
    let d = vm.new_dict();
    for (i, name) in code.varnames.iter().enumerate() {
        let v = vm.stack[base + i];
        if !v.is_undef() {
            let k = vm.new_str(name.to_string());
            vm.dict_set_item(d, k, v)?;
            vm.decref(k);
        }
    }
    let nv = code.varnames.len();
    for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        let cell = vm.stack[base + nv + i];
        let v = vm.cell_get(cell);
        if !v.is_undef() {
            let k = vm.new_str(name.to_string());
            vm.dict_set_item(d, k, v)?;
            vm.decref(k);
        }
    }
    Ok(d)
}

/// CPython's `_sitebuiltins.Quitter`, whose instances `site` installs as `exit` and
/// `quit`: the repr tells how to leave, calling raises `SystemExit(code)`.
const SITEBUILTINS: &str = "\
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
";

/// Installs `exit` and `quit` (run once the builtin types are ready).
pub fn install_quitters(vm: &mut Vm) {
    let (m, d) = super::new_module(vm, "_sitebuiltins");
    crate::runtime::modules::pysrc::exec_in(vm, "_sitebuiltins", SITEBUILTINS, d)
        .unwrap_or_else(|_| panic!("_sitebuiltins failed to initialize"));
    let cls = vm.get_attr(m, "Quitter").expect("_sitebuiltins.Quitter");
    for name in ["exit", "quit"] {
        let n = vm.new_str(name);
        let eof = vm.new_str("Ctrl-D (i.e. EOF)");
        let q = vm.call_value(cls, &[n, eof], &[]).expect("Quitter()");
        vm.decref(n);
        vm.decref(eof);
        let b = vm.builtins;
        super::set_in(vm, b, name, q);
    }
    vm.decref(cls);
    vm.decref(m);
}

#[allow(dead_code)]
fn _unused(b: &BigInt) -> Option<i64> {
    b.to_i64()
}
