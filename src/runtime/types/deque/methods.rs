//! deque's methods (CPython's `deque_methods`: `append`, `appendleft`, `pop`,
//! `popleft`, `extend`, `extendleft`, `clear`, `copy`, `count`, `index`, `insert`,
//! `remove`, `reverse`, `rotate`, `__copy__`, `__reduce__`, `__sizeof__`,
//! `__class_getitem__`), the `maxlen` getter, `__new__`/`__init__`, and the
//! special-method wrappers of its slots. Each takes its receiver as it comes (a deque
//! or an instance of a subclass: `call_owned_builtin` leaves deque's methods the
//! receiver) and finds the deque with `Vm::deque_of`, so `copy`, `__reduce__`, `+` and
//! the repr can name a subclass.

use crate::bytecode::CmpOp;
use crate::runtime::builtins::{add_methods, set_in};
use crate::runtime::object::{MemberObj, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::types::member::MemberKind;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Registers deque's methods, `maxlen`, `__hash__ = None` and the iterators' methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.deque;
    let cg = crate::runtime::builtins::native(vm, "__class_getitem__", class_getitem);
    let cm = vm.heap.new_value(Obj::ClassMethod(cg, None));
    let d = match vm.heap.get(t) {
        Obj::Class(c) => c.dict,
        _ => return,
    };
    crate::runtime::builtins::add_tp_new(vm, t, w_new);
    add_methods(vm, t, &[("__repr__", w_repr)]);
    set_in(vm, d, "__hash__", Value::None);
    add_methods(
        vm,
        t,
        &[
            ("__lt__", w_lt),
            ("__le__", w_le),
            ("__eq__", w_eq),
            ("__ne__", w_ne),
            ("__gt__", w_gt),
            ("__ge__", w_ge),
            ("__iter__", w_iter),
            ("__init__", w_init),
            ("__len__", w_len),
            ("__add__", w_add),
            ("__mul__", w_mul),
            ("__rmul__", w_mul),
            ("__getitem__", w_getitem),
            ("__setitem__", w_setitem),
            ("__delitem__", w_delitem),
            ("__contains__", w_contains),
            ("__iadd__", w_iadd),
            ("__imul__", w_imul),
            ("append", append),
            ("appendleft", appendleft),
            ("clear", clear),
            ("__copy__", copy),
            ("copy", copy),
            ("count", count),
            ("extend", extend),
            ("extendleft", extendleft),
            ("index", index),
            ("insert", insert),
            ("pop", pop),
            ("popleft", popleft),
            ("__reduce__", reduce),
            ("remove", remove),
            ("__reversed__", w_reversed),
            ("reverse", reverse),
            ("rotate", rotate),
            ("__sizeof__", sizeof),
        ],
    );
    set_in(vm, d, "__class_getitem__", cm);
    let name = vm.intern("maxlen");
    if let Value::Obj(nr) = name {
        vm.heap.incref_obj(nr);
        vm.heap.incref_obj(t);
        let m = vm.heap.new_value(Obj::Member(MemberObj {
            name: nr,
            objclass: t,
            index: 0,
            kind: MemberKind::DequeMaxlen,
        }));
        set_in(vm, d, "maxlen", m);
    }
    let doc = vm.new_str(
        "deque([iterable[, maxlen]]) --> deque object\n\n\
         A list-like sequence optimized for data accesses near its endpoints.",
    );
    set_in(vm, d, "__doc__", doc);
    let t = vm.types;
    // Named as CPython's static types with a dotted `tp_name`: `__qualname__` is the
    // part after the dot (`__module__` the part before, see `Vm::special_attr`).
    for cls in [t.deque, t.deque_iterator, t.deque_reverse_iterator] {
        if let Obj::Class(c) = vm.heap.get_mut(cls) {
            let q = c.name.rsplit('.').next().unwrap_or("").to_string();
            c.qualname = q;
        }
    }
    for (it, f) in [
        (
            t.deque_iterator,
            w_iter_new as crate::runtime::types::function::NativeFn,
        ),
        (t.deque_reverse_iterator, w_reviter_new),
    ] {
        crate::runtime::builtins::add_tp_new(vm, it, f);
        add_methods(
            vm,
            it,
            &[
                ("__next__", iter_next),
                ("__iter__", crate::runtime::types::iter::methods::iter_self),
                ("__length_hint__", iter_length_hint),
                ("__reduce__", iter_reduce),
            ],
        );
    }
}

/// The deque of the receiver `args[0]`.
fn recv(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args.first().and_then(|&v| vm.deque_of(v)) {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "descriptor '{}' requires a 'collections.deque' object",
            name
        ))),
    }
}

/// The argument count of method `name` (excluding the receiver), with the messages
/// of its CPython calling convention: `METH_NOARGS` (`max` 0), `METH_O` (1..1), else
/// `_PyArg_CheckPositional`'s.
fn argc(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: KwArgs,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("deque.{}() takes no keyword arguments", name)));
    }
    let n = args.len().saturating_sub(1);
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let msg = match (min, max) {
        (0, 0) => format!("deque.{}() takes no arguments ({} given)", name, n),
        (1, 1) => format!("deque.{}() takes exactly one argument ({} given)", name, n),
        // The one clinic-style check of 3.11's deque, which names its type.
        _ if name == "rotate" => {
            crate::runtime::builtins::clinic_positional_msg("deque.rotate", n, min, max)
        }
        // A slot wrapper's check names nothing (`check_num_args`).
        _ if name.starts_with("__") => {
            crate::runtime::builtins::clinic_positional_msg("", n, min, max)
        }
        // `PyArg_ParseTuple`'s wording (`insert`, `index`).
        _ => {
            let (how, k) = match () {
                _ if min == max => ("exactly", min),
                _ if n < min => ("at least", min),
                _ => ("at most", max),
            };
            let s = if k == 1 { "" } else { "s" };
            format!("{name}() takes {how} {k} argument{s} ({n} given)")
        }
    };
    Err(vm.type_error(msg))
}

/// An index argument (`PyNumber_AsSsize_t` raising OverflowError).
fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Value::Bool(b) = v {
        return Ok(b as i64);
    }
    crate::runtime::builtins::int_arg(vm, v)
}

fn w_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let owner = vm.types.deque;
    let Some(&c) = args.first() else {
        return Err(vm.type_error("deque.__new__(): not enough arguments"));
    };
    let cls = match c {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => r,
        _ => {
            let tn = vm.type_name(c);
            return Err(vm.type_error(format!("deque.__new__(X): X is not a type object ({})", tn)));
        }
    };
    if cls != owner && !vm.is_subclass(cls, owner) {
        let cn = vm.class_name(cls);
        return Err(vm.type_error(format!(
            "deque.__new__({}): {} is not a subtype of deque",
            cn, cn
        )));
    }
    let d = vm.new_deque(None);
    if cls == owner {
        return Ok(d);
    }
    Ok(vm.new_payload_instance(cls, d))
}

fn w_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = recv(vm, args, "__init__")?;
    vm.deque_init(r, &args[1..], kw)?;
    Ok(Value::None)
}

/// `deque[item]`: `types.GenericAlias(cls, item)`.
fn class_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::types::class::generic::class_getitem(vm, "deque", args)
}

fn w_repr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__repr__", args, kw, 0, 0)?;
    recv(vm, args, "__repr__")?;
    let s = vm.deque_repr(args[0])?;
    Ok(vm.new_str(s))
}

macro_rules! cmp_fns {
    ($($name:ident => $dunder:literal, $op:ident),*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            argc(vm, $dunder, args, kw, 1, 1)?;
            recv(vm, args, $dunder)?;
            Ok(vm.deque_compare(args[0], args[1], CmpOp::$op)?.unwrap_or(Value::NotImplemented))
        })*
    };
}
cmp_fns!(
    w_lt => "__lt__", Lt,
    w_le => "__le__", LtE,
    w_eq => "__eq__", Eq,
    w_ne => "__ne__", NotEq,
    w_gt => "__gt__", Gt,
    w_ge => "__ge__", GtE
);

fn w_iter(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__iter__", args, kw, 0, 0)?;
    recv(vm, args, "__iter__")?;
    Ok(vm.deque_iter(args[0], false))
}

fn w_reversed(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__reversed__", args, kw, 0, 0)?;
    recv(vm, args, "__reversed__")?;
    Ok(vm.deque_iter(args[0], true))
}

fn w_len(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__len__", args, kw, 0, 0)?;
    let r = recv(vm, args, "__len__")?;
    let n = vm.deque_len(r) as i64;
    Ok(vm.int(n))
}

fn w_add(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__add__", args, kw, 1, 1)?;
    recv(vm, args, "__add__")?;
    vm.deque_concat(args[0], args[1])
}

fn w_mul(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__mul__", args, kw, 1, 1)?;
    recv(vm, args, "__mul__")?;
    let n = ssize_arg(vm, args[1])?;
    vm.deque_repeat(args[0], n)
}

fn w_iadd(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__iadd__", args, kw, 1, 1)?;
    let r = recv(vm, args, "__iadd__")?;
    vm.deque_extend(r, args[1], false)?;
    vm.incref(args[0]);
    Ok(args[0])
}

fn w_imul(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__imul__", args, kw, 1, 1)?;
    let r = recv(vm, args, "__imul__")?;
    let n = ssize_arg(vm, args[1])?;
    vm.deque_repeat_in_place(r, n)?;
    vm.incref(args[0]);
    Ok(args[0])
}

fn w_getitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__getitem__", args, kw, 1, 1)?;
    let r = recv(vm, args, "__getitem__")?;
    vm.deque_getitem(r, args[1])
}

fn w_setitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__setitem__", args, kw, 2, 2)?;
    let r = recv(vm, args, "__setitem__")?;
    vm.deque_setitem(r, args[1], args[2])?;
    Ok(Value::None)
}

fn w_delitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__delitem__", args, kw, 1, 1)?;
    let r = recv(vm, args, "__delitem__")?;
    vm.deque_delitem(r, args[1])?;
    Ok(Value::None)
}

fn w_contains(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__contains__", args, kw, 1, 1)?;
    let r = recv(vm, args, "__contains__")?;
    Ok(Value::Bool(vm.deque_contains(r, args[1])?))
}

fn append(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "append", args, kw, 1, 1)?;
    let r = recv(vm, args, "append")?;
    vm.deque_push_back(r, args[1]);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "appendleft", args, kw, 1, 1)?;
    let r = recv(vm, args, "appendleft")?;
    vm.deque_push_front(r, args[1]);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "pop", args, kw, 0, 0)?;
    let r = recv(vm, args, "pop")?;
    match vm.deque_mut(r).pop_back() {
        Some(v) => Ok(v),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn popleft(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "popleft", args, kw, 0, 0)?;
    let r = recv(vm, args, "popleft")?;
    match vm.deque_mut(r).pop_front() {
        Some(v) => Ok(v),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn extend(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "extend", args, kw, 1, 1)?;
    let r = recv(vm, args, "extend")?;
    vm.deque_extend(r, args[1], false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "extendleft", args, kw, 1, 1)?;
    let r = recv(vm, args, "extendleft")?;
    vm.deque_extend(r, args[1], true)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "clear", args, kw, 0, 0)?;
    let r = recv(vm, args, "clear")?;
    vm.deque_clear(r);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "copy", args, kw, 0, 0)?;
    recv(vm, args, "copy")?;
    vm.deque_copy(args[0])
}

fn count(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "count", args, kw, 1, 1)?;
    let r = recv(vm, args, "count")?;
    let state = vm.deque_ref(r).state;
    let mut n = 0i64;
    let mut i = 0;
    while let Some(&y) = vm.deque_ref(r).items.get(i) {
        vm.incref(y);
        let eq = vm.eq(y, args[1]);
        vm.decref(y);
        if eq? {
            n += 1;
        }
        if vm.deque_ref(r).state != state {
            return Err(vm.deque_mutated());
        }
        i += 1;
    }
    Ok(vm.int(n))
}

/// A start/stop bound of `index` (`_PyEval_SliceIndexNotNone`: ints and `__index__`,
/// clamped when too big).
fn slice_bound(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Value::Bool(b) = v {
        return Ok(b as i64);
    }
    if let Some(i) = vm.as_i64(v) {
        return Ok(i);
    }
    let big = match vm.as_bigint(v) {
        Some(b) => Some(b),
        None if matches!(v, Value::Obj(_)) => vm.index_dunder(v)?,
        None => None,
    };
    match big {
        Some(b) => {
            use num_traits::Signed;
            Ok(
                num_traits::ToPrimitive::to_i64(&b).unwrap_or(if b.is_negative() {
                    i64::MIN
                } else {
                    i64::MAX
                }),
            )
        }
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

fn index(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "index", args, kw, 1, 3)?;
    let r = recv(vm, args, "index")?;
    let n = vm.deque_len(r) as i64;
    let mut start = match args.get(2) {
        Some(&v) => slice_bound(vm, v)?,
        None => 0,
    };
    let mut stop = match args.get(3) {
        Some(&v) => slice_bound(vm, v)?,
        None => n,
    };
    if start < 0 {
        start = (start + n).max(0);
    }
    if stop < 0 {
        stop = (stop + n).max(0);
    }
    stop = stop.min(n);
    start = start.min(stop);
    match vm.deque_find(r, args[1], start as usize, stop as usize, Vm::deque_mutated)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => {
            let s = vm.repr(args[1])?;
            Err(vm.value_error(format!("{} is not in deque", s)))
        }
    }
}

fn insert(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "insert", args, kw, 2, 2)?;
    let r = recv(vm, args, "insert")?;
    let i = ssize_arg(vm, args[1])?;
    let d = vm.deque_ref(r);
    if d.maxlen == Some(d.len()) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    vm.incref(args[2]);
    vm.deque_mut(r).insert(i, args[2]);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "remove", args, kw, 1, 1)?;
    let r = recv(vm, args, "remove")?;
    let n = vm.deque_len(r);
    let mutated = |vm: &mut Vm| vm.index_error("deque mutated during iteration");
    match vm.deque_find(r, args[1], 0, n, mutated)? {
        Some(i) => {
            let old = vm.deque_mut(r).remove_at(i);
            vm.decref(old);
            Ok(Value::None)
        }
        None => {
            let s = vm.repr(args[1])?;
            Err(vm.value_error(format!("{} is not in deque", s)))
        }
    }
}

fn reverse(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "reverse", args, kw, 0, 0)?;
    let r = recv(vm, args, "reverse")?;
    let d = vm.deque_mut(r);
    d.items.make_contiguous().reverse();
    d.state += 1;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "rotate", args, kw, 0, 1)?;
    let r = recv(vm, args, "rotate")?;
    let n = match args.get(1) {
        Some(&v) => ssize_arg(vm, v)?,
        None => 1,
    };
    vm.deque_mut(r).rotate(n);
    Ok(Value::None)
}

fn sizeof(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__sizeof__", args, kw, 0, 0)?;
    let r = recv(vm, args, "__sizeof__")?;
    // `__sizeof__` leaves out the GC header `sys.getsizeof` adds.
    let n = vm.deque_ref(r).sizeof() - 16;
    Ok(vm.int(n as i64))
}

/// `__reduce__` (`deque_reduce`): `(type(d), () or ((), maxlen), d.__dict__ or None,
/// iter(d))`.
fn reduce(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    argc(vm, "__reduce__", args, kw, 0, 0)?;
    let r = recv(vm, args, "__reduce__")?;
    let v = args[0];
    let cls = Value::Obj(vm.type_of(v));
    vm.incref(cls);
    let cargs = match vm.deque_ref(r).maxlen {
        None => vm.new_tuple(vec![]),
        Some(m) => {
            let e = vm.new_tuple(vec![]);
            let m = vm.int(m as i64);
            vm.new_tuple(vec![e, m])
        }
    };
    // 3.11's `_PyObject_GetState`: the instance dict, None when there is none or
    // it is empty (with the `__slots__` values when the class has any).
    let state = if matches!(v, Value::Obj(o) if matches!(vm.heap.get(o), Obj::Instance(_))) {
        let f = vm.get_attr(v, "__getstate__")?;
        let s = vm.call_value(f, &[], &[]);
        vm.decref(f);
        s?
    } else {
        Value::None
    };
    let it = vm.deque_iter(v, false);
    Ok(vm.new_tuple(vec![cls, cargs, state, it]))
}

// ----- the iterators ---------------------------------------------------------------

/// `_deque_iterator.__new__(cls, d[, index])` and the reverse one's: `cls` must be
/// the iterator type itself (CPython's `tp_new_wrapper` checks, with its messages).
fn iter_new_for(vm: &mut Vm, reverse: bool, args: &[Value]) -> PyResult<Value> {
    let owner = if reverse {
        vm.types.deque_reverse_iterator
    } else {
        vm.types.deque_iterator
    };
    let on = vm.class_name(owner);
    let Some(&c) = args.first() else {
        return Err(vm.type_error(format!("{on}.__new__(): not enough arguments")));
    };
    let cls = match c {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => r,
        _ => {
            let tn = vm.type_name(c);
            return Err(vm.type_error(format!("{on}.__new__(X): X is not a type object ({tn})")));
        }
    };
    if cls != owner {
        let cn = vm.class_name(cls);
        return Err(vm.type_error(format!("{on}.__new__({cn}): {cn} is not a subtype of {on}")));
    }
    super::deque_iter_new(vm, reverse, &args[1..])
}

fn w_iter_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    iter_new_for(vm, false, args)
}

fn w_reviter_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    iter_new_for(vm, true, args)
}

fn iter_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(&Value::Obj(it)) = args.first() else {
        return Err(vm.type_error("descriptor '__next__' needs an argument"));
    };
    match vm.deque_iter_next(it)? {
        Some(v) => Ok(v),
        None => Err(vm.err_noargs("StopIteration")),
    }
}

/// The deque an iterator walks and how many items it has left.
fn iter_parts(vm: &Vm, args: &[Value]) -> Option<(Value, usize)> {
    let Some(&Value::Obj(it)) = args.first() else {
        return None;
    };
    match vm.heap.get(it) {
        Obj::Iter(i) => match **i {
            crate::runtime::object::IterObj::Deque { deque, counter, .. } => Some((deque, counter)),
            _ => None,
        },
        _ => None,
    }
}

fn iter_length_hint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = iter_parts(vm, args).map_or(0, |(_, c)| c);
    Ok(vm.int(n as i64))
}

/// `(type(it), (deque, position))` (`dequeiter_reduce`).
fn iter_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some((d, counter)) = iter_parts(vm, args) else {
        return Err(vm.type_error("not a deque iterator"));
    };
    let len = vm.deque_of(d).map_or(0, |r| vm.deque_len(r));
    let cls = Value::Obj(vm.type_of(args[0]));
    vm.incref(cls);
    vm.incref(d);
    let pos = vm.int(len.saturating_sub(counter) as i64);
    let inner = vm.new_tuple(vec![d, pos]);
    Ok(vm.new_tuple(vec![cls, inner]))
}
