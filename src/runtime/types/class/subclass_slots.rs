//! The special methods builtin types get as callable wrappers (CPython's slot
//! wrappers, `wrapper_descriptor` in Objects/descrobject.c and the `slotdefs` table in
//! Objects/typeobject.c): `int.__add__`, `list.__getitem__`, `str.__repr__`, ..., so a
//! subclass's `super().__add__(x)` and an explicit `int.__add__(a, b)` reach the
//! builtin behaviour, and `__new__` of each subclassable builtin type.
//! Registered last (`install`), after the types' own methods.

use super::subclass::{
    array_new, bool_new, bytearray_new, bytes_new, classmethod_new, complex_new, dict_new,
    ellipsis_new, enumerate_new, exc_new, filter_new, float_new, frozenset_new, int_new, list_new,
    map_new, none_new, notimplemented_new, object_new, property_new, reversed_new, set_new,
    staticmethod_new, str_new, tuple_new, zip_new,
};
use super::BuiltinType;
use crate::runtime::builtins::{add_methods, check_args};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

// ----- slot wrappers: the builtin behaviour as callable special methods --------------
// They run on the payload already (`call_owned_builtin` substituted it for `self`), so
// each applies the VM's protocol to a real builtin value.

/// The argument count check of a slot wrapper taking exactly `n` arguments after
/// its receiver (CPython's `check_num_args`).
fn wrapper_args(vm: &mut Vm, rest: &[Value], n: usize) -> PyResult<()> {
    if rest.len() == n {
        return Ok(());
    }
    let s = if n == 1 { "" } else { "s" };
    Err(vm.type_error(format!("expected {n} argument{s}, got {}", rest.len())))
}

/// The same for the wrappers that unpack their argument tuple under an empty name
/// (`wrap_objobjargproc` behind `__setitem__`), hence the leading space.
fn wrapper_unpack(vm: &mut Vm, rest: &[Value], n: usize) -> PyResult<()> {
    if rest.len() == n {
        return Ok(());
    }
    let s = if n == 1 { "" } else { "s" };
    Err(vm.type_error(format!(" expected {n} argument{s}, got {}", rest.len())))
}

fn w_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, &args[1..], 0)?;
    if let Value::Int(_) = args[0] {
        // A new str, as `repr(int)` (see `repr_value`).
        return vm.repr_value(args[0]);
    }
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}

fn w_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, &args[1..], 0)?;
    vm.str_value(args[0])
}

fn w_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, &args[1..], 0)?;
    let n = vm.hash(args[0])?;
    Ok(vm.int(n))
}

fn w_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, &args[1..], 0)?;
    vm.get_iter(args[0])
}

fn w_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, &args[1..], 0)?;
    let n = crate::runtime::builtins::functions::length(vm, args[0])? as i64;
    Ok(vm.int(n))
}

fn w_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, &args[1..], 1)?;
    Ok(Value::Bool(vm.contains(args[0], args[1])?))
}

fn w_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, &args[1..], 1)?;
    vm.get_item(args[0], args[1])
}

fn w_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_unpack(vm, &args[1..], 2)?;
    vm.set_item(args[0], args[1], args[2])?;
    Ok(Value::None)
}

fn w_delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, &args[1..], 1)?;
    vm.del_item(args[0], args[1])?;
    Ok(Value::None)
}

fn w_bool(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, &args[1..], 0)?;
    Ok(Value::Bool(vm.truthy(args[0])?))
}

fn w_float(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, &args[1..], 0)?;
    if let v @ Value::Float(_) = args[0] {
        // `float.__float__` of a float is the float itself (CPython's `float_float`).
        vm.incref(v);
        return Ok(v);
    }
    let n = vm.to_f64(args[0])?;
    Ok(vm.float(n))
}

fn w_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__format__", &args[1..], 1, 1)?;
    // int/float/str/complex `__format__` take a str spec only (Argument Clinic).
    if !vm.is_str(vm.unwrap_payload(args[1])) {
        let tn = match args[1] {
            Value::None => "None".to_string(),
            v => vm.type_name(v),
        };
        return Err(vm.type_error(format!("__format__() argument must be str, not {tn}")));
    }
    vm.format_obj(args[0], args[1])
}

/// Whether `f` is the `__format__` of int, float, str and complex (which, with an
/// empty spec, is `str(self)`: `long__format__` -> `PyObject_Str`).
pub(crate) fn is_builtin_format(f: crate::runtime::types::function::NativeFn) -> bool {
    std::ptr::fn_addr_eq(f, w_format as crate::runtime::types::function::NativeFn)
}

fn w_getnewargs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // `int.__getnewargs__` gives `int(self)`: a bool's argument is the plain int.
    // A copy of the number (CPython's `_PyLong_Copy`, `float___getnewargs__`'s
    // `Py_BuildValue`): a new object unless it is a small int.
    let v = match args[0] {
        Value::Bool(b) => vm.int(b as i64),
        v => vm.copy_immutable(v).unwrap_or_else(|| {
            vm.incref(v);
            v
        }),
    };
    Ok(vm.new_tuple(vec![v]))
}

/// Rich comparisons: NotImplemented unless the other operand has the same builtin
/// layout (or is a number, for numbers), as the builtin `tp_richcompare` slots.
macro_rules! cmp_fns {
    ($($name:ident => $op:ident),*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            wrapper_args(vm, &args[1..], 1)?;
            let other = vm.unwrap_payload(args[1]);
            if !same_layout(vm, args[0], other) {
                return Ok(Value::NotImplemented);
            }
            // `dict_richcompare` answers only `==` and `!=`.
            let op = crate::bytecode::CmpOp::$op;
            if !matches!(op, crate::bytecode::CmpOp::Eq | crate::bytecode::CmpOp::NotEq)
                && vm.is_instance(args[0], vm.types.dict)
            {
                return Ok(Value::NotImplemented);
            }
            vm.rich_compare(args[0], other, op)
        })*
    };
}
cmp_fns!(w_eq => Eq, w_ne => NotEq, w_lt => Lt, w_le => LtE, w_gt => Gt, w_ge => GtE);

/// Binary operators, same rule as the comparisons (`swap` for the reflected ones).
macro_rules! bin_fns {
    ($($name:ident => $op:ident, $swap:expr),*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            wrapper_args(vm, &args[1..], 1)?;
            let op = crate::bytecode::BinOp::$op;
            if let Some(r) = str_format_slot(vm, args[0], args[1], op, $swap) {
                return r;
            }
            let other = vm.unwrap_payload(args[1]);
            if let Some(r) = seq_repeat_slot(vm, args[0], args[1], op) {
                return r;
            }
            if !$swap {
                if let Some(r) = seq_concat_slot(vm, args[0], other, op) {
                    return r;
                }
            }
            if !binop_applies(vm, args[0], other, op)
                || $swap && !rmod_applies(vm, args[0], other, op)
            {
                return Ok(Value::NotImplemented);
            }
            if $swap {
                vm.binary_op(other, args[0], op)
            } else {
                vm.binary_op(args[0], other, op)
            }
        })*
    };
}
bin_fns!(w_add => Add, false, w_radd => Add, true, w_sub => Sub, false,
    w_rsub => Sub, true, w_mul => Mult, false, w_rmul => Mult, true,
    w_truediv => Div, false, w_rtruediv => Div, true, w_floordiv => FloorDiv, false,
    w_rfloordiv => FloorDiv, true, w_mod => Mod, false, w_rmod => Mod, true,
    w_pow => Pow, false, w_rpow => Pow, true, w_and => BitAnd, false, w_rand => BitAnd, true,
    w_or => BitOr, false, w_ror => BitOr, true, w_xor => BitXor, false, w_rxor => BitXor, true,
    w_lshift => LShift, false, w_rshift => RShift, false);

bin_fns!(w_rlshift => LShift, true, w_rrshift => RShift, true);

/// The in-place operators of the mutable builtins (`list.__iadd__`, `set.__ior__`,
/// `dict.__ior__`, ...; CPython's `sq_inplace_concat`, `nb_inplace_or`, ...): the
/// builtin's own in-place arm, NotImplemented where it declines (a set with a
/// non-set operand). The result is the receiver itself; `call_owned_builtin` hands
/// a subclass instance back instead of its payload.
macro_rules! inplace_fns {
    ($($name:ident => $dunder:literal, $op:ident),*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            wrapper_args(vm, &args[1..], 1)?;
            let other = vm.unwrap_payload(args[1]);
            inplace(vm, args[0], other, crate::bytecode::BinOp::$op)
        })*
    };
}
inplace_fns!(w_iadd => "__iadd__", Add, w_imul => "__imul__", Mult, w_ior => "__ior__", BitOr,
    w_iand => "__iand__", BitAnd, w_ixor => "__ixor__", BitXor, w_isub => "__isub__", Sub);

fn inplace(vm: &mut Vm, a: Value, b: Value, op: crate::bytecode::BinOp) -> PyResult<Value> {
    use crate::bytecode::BinOp;
    let Value::Obj(r) = a else {
        return Ok(Value::NotImplemented);
    };
    match (vm.heap.get(r), op) {
        (Obj::List(_), BinOp::Add) => vm.list_inplace_concat(a, b),
        (Obj::List(_), BinOp::Mult) => vm.list_inplace_repeat(a, b),
        (Obj::Dict(_), BinOp::BitOr) => vm.dict_ior(a, b),
        (Obj::Set(_), _) => Ok(vm.set_inplace(a, b, op)?.unwrap_or(Value::NotImplemented)),
        (Obj::ByteArray(_), _) => Ok(vm.bytes_inplace(a, b, op)?.unwrap_or(Value::NotImplemented)),
        (Obj::Array(_), _) => Ok(vm.array_inplace(a, b, op)?.unwrap_or(Value::NotImplemented)),
        _ => Ok(Value::NotImplemented),
    }
}

/// `f.__call__(*args, **kw)` of functions, builtin functions and bound methods
/// (CPython's `tp_call` slot wrapper).
fn w_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.call_value(args[0], &args[1..], kw)
}

/// `reversed(x)` as a method (`list.__reversed__`, `range.__reversed__`).
fn w_reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__reversed__", &args[1..], 0, 0)?;
    let cls = vm.types.reversed;
    crate::runtime::types::iter::new::reversed_new(vm, cls, &args[..1], &[])
}

/// `__divmod__`/`__rdivmod__` of int and float: `divmod()` on the builtin values when
/// the other operand is a number, NotImplemented otherwise.
fn divmod_wrapper(vm: &mut Vm, args: &[Value], swap: bool) -> PyResult<Value> {
    wrapper_args(vm, &args[1..], 1)?;
    let other = vm.unwrap_payload(args[1]);
    if !binop_applies(vm, args[0], other, crate::bytecode::BinOp::FloorDiv) {
        return Ok(Value::NotImplemented);
    }
    let pair = if swap {
        [other, args[0]]
    } else {
        [args[0], other]
    };
    crate::runtime::builtins::numeric::divmod(vm, &pair, &[])
}

fn w_divmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    divmod_wrapper(vm, args, false)
}

fn w_rdivmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    divmod_wrapper(vm, args, true)
}

/// The unary operators (`nb_negative`, `nb_positive`, `nb_invert`, `nb_absolute`).
macro_rules! unary_fns {
    ($($name:ident => $dunder:literal, $op:ident),*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            wrapper_args(vm, &args[1..], 0)?;
            vm.unary_op(args[0], crate::bytecode::Unary::$op)
        })*
    };
}
unary_fns!(w_neg => "__neg__", Neg, w_pos => "__pos__", Pos, w_invert => "__invert__", Invert);

fn w_abs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    wrapper_args(vm, &args[1..], 0)?;
    crate::runtime::builtins::numeric::abs_impl(vm, &args[..1], kw)
}

fn w_round(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__round__", &args[1..], 0, 1)?;
    crate::runtime::builtins::numeric::round(vm, args, kw)
}

/// An int's value as an exact int; a float's rounded by `f` (CPython's `float___trunc__`,
/// `float___floor__`, `float___ceil__`, `float___int__`; int's are the int itself).
fn integral(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_args(vm, name, &args[1..], 0, 0)?;
    if vm.is_exact_int(args[0]) {
        // An int's `__trunc__`/`__floor__`/`__ceil__` is the int itself (CPython's
        // `long_long`); a bool's is the plain int.
        vm.incref(args[0]);
        return Ok(args[0]);
    }
    if let Some(b) = vm.as_bigint(args[0]) {
        return Ok(vm.new_int(b));
    }
    let x = vm.to_f64(args[0])?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let r = f(x);
    if r.abs() < 9.0e18 {
        return Ok(vm.int(r as i64));
    }
    Ok(vm.new_int(crate::runtime::types::int::new::float_to_bigint(r)))
}

fn w_trunc(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    integral(vm, args, "__trunc__", f64::trunc)
}

fn w_int(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    integral(vm, args, "__int__", f64::trunc)
}

fn w_floor(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    integral(vm, args, "__floor__", f64::floor)
}

fn w_ceil(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    integral(vm, args, "__ceil__", f64::ceil)
}

fn is_number(vm: &Vm, v: Value) -> bool {
    vm.num(v).is_some()
}

fn kind_of(vm: &Vm, v: Value) -> BuiltinType {
    let t = vm.type_of(v);
    vm.class_kind(t)
}

/// complex's slots take any number (`complex.__add__(1j, 2)`); int's and float's
/// take no complex.
fn complex_applies(vm: &Vm, a: Value, b: Value) -> Option<bool> {
    vm.complex_of(a)
        .map(|_| is_number(vm, b) || vm.complex_of(b).is_some())
}

/// int's and float's slots: float's take any int or float, int's only ints (an int
/// with a float is float's to answer: `int.__add__(1, 2.5)` is NotImplemented).
fn numbers_apply(vm: &Vm, a: Value, b: Value) -> bool {
    is_number(vm, b) && (matches!(a, Value::Float(_)) || !matches!(b, Value::Float(_)))
}

fn same_layout(vm: &Vm, a: Value, b: Value) -> bool {
    if let Some(ok) = complex_applies(vm, a, b) {
        return ok;
    }
    if is_number(vm, a) {
        return numbers_apply(vm, a, b);
    }
    let (ka, kb) = (kind_of(vm, a), kind_of(vm, b));
    let setlike = |k| matches!(k, BuiltinType::Set | BuiltinType::FrozenSet);
    // bytearray's comparisons take any bytes-like object, bytes' only bytes.
    let byteslike = |k| matches!(k, BuiltinType::Bytes | BuiltinType::ByteArray);
    ka == kb || setlike(ka) && setlike(kb) || ka == BuiltinType::ByteArray && byteslike(kb)
}

/// `seq.__mul__(n)` and `seq.__rmul__(n)` of the builtin sequences (CPython's
/// `wrap_indexargfunc` over `sq_repeat`): the count is an int or `__index__`, and
/// anything else is a TypeError rather than NotImplemented. None when `a` is not
/// such a sequence or `op` not `*`.
fn seq_repeat_slot(
    vm: &mut Vm,
    a: Value,
    n: Value,
    op: crate::bytecode::BinOp,
) -> Option<PyResult<Value>> {
    if op != crate::bytecode::BinOp::Mult
        || !matches!(
            kind_of(vm, a),
            BuiltinType::Str
                | BuiltinType::List
                | BuiltinType::Tuple
                | BuiltinType::Bytes
                | BuiltinType::ByteArray
                | BuiltinType::Array
        )
    {
        return None;
    }
    Some(match vm.repeat_count(n) {
        Err(e) => Err(e),
        Ok(None) => {
            let tn = vm.type_name(n);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
        Ok(Some(count)) => {
            let nv = vm.int(count);
            let r = vm.binary_op(a, nv, op);
            vm.decref(nv);
            r
        }
    })
}

/// `seq.__add__(x)` of the builtin sequences (CPython's `wrap_binaryfunc` over
/// `sq_concat`): an operand the sequence cannot concatenate is a TypeError with
/// the operator's message (`can only concatenate list (not "int") to list`), not
/// NotImplemented. None when `a` is not such a sequence, `op` is not `+`, or `b` is
/// an instance of a Python class (whose own reflected method `a + b` would try).
fn seq_concat_slot(
    vm: &mut Vm,
    a: Value,
    b: Value,
    op: crate::bytecode::BinOp,
) -> Option<PyResult<Value>> {
    if op != crate::bytecode::BinOp::Add
        || !matches!(
            kind_of(vm, a),
            BuiltinType::Str
                | BuiltinType::List
                | BuiltinType::Tuple
                | BuiltinType::Bytes
                | BuiltinType::ByteArray
                | BuiltinType::Array
        )
        || binop_applies(vm, a, b, op)
        || kind_of(vm, b) == BuiltinType::User
    {
        return None;
    }
    Some(vm.binary_op(a, b, op))
}

fn binop_applies(vm: &Vm, a: Value, b: Value, op: crate::bytecode::BinOp) -> bool {
    use crate::bytecode::BinOp;
    if let Some(ok) = complex_applies(vm, a, b) {
        return ok;
    }
    if is_number(vm, a) {
        return numbers_apply(vm, a, b);
    }
    match (kind_of(vm, a), op) {
        (BuiltinType::Str | BuiltinType::Bytes | BuiltinType::ByteArray, BinOp::Mod) => true,
        (BuiltinType::Bytes | BuiltinType::ByteArray, BinOp::Add) => {
            matches!(kind_of(vm, b), BuiltinType::Bytes | BuiltinType::ByteArray)
        }
        (
            BuiltinType::Str
            | BuiltinType::List
            | BuiltinType::Tuple
            | BuiltinType::Bytes
            | BuiltinType::ByteArray,
            BinOp::Mult,
        ) => {
            matches!(b, Value::Int(_) | Value::Bool(_))
        }
        _ => same_layout(vm, a, b),
    }
}

/// The reflected `%` of str and bytes (`str.__rmod__`, `bytes.__rmod__`): the
/// formatting runs only when the left operand is itself a format string of the same
/// kind (CPython's `bytes_mod` answers NotImplemented otherwise).
/// `str.__mod__`/`str.__rmod__` (CPython's `unicode_mod` slot: `PyUnicode_Format(v, w)`
/// when the left operand `v` is a str, a subclass's too): the format argument is
/// passed as it is, so a str subclass's `__str__` is what `%s` shows. None when
/// not a str's `%`.
fn str_format_slot(
    vm: &mut Vm,
    me: Value,
    other: Value,
    op: crate::bytecode::BinOp,
    swap: bool,
) -> Option<PyResult<Value>> {
    if op != crate::bytecode::BinOp::Mod {
        return None;
    }
    // Only str's own slot (bytes' formats bytes).
    if !vm.is_str(vm.unwrap_payload(me)) {
        return None;
    }
    let (fmt, arg) = if swap { (other, me) } else { (me, other) };
    let fmt = vm.unwrap_payload(fmt);
    if !vm.is_str(fmt) {
        // `str.__rmod__` with a left operand that is not a str declines.
        return Some(Ok(Value::NotImplemented));
    }
    Some(vm.percent_format(fmt, arg))
}

fn rmod_applies(vm: &Vm, me: Value, other: Value, op: crate::bytecode::BinOp) -> bool {
    if op != crate::bytecode::BinOp::Mod {
        return true;
    }
    match kind_of(vm, me) {
        BuiltinType::Str => kind_of(vm, other) == BuiltinType::Str,
        BuiltinType::Bytes | BuiltinType::ByteArray => matches!(
            kind_of(vm, other),
            BuiltinType::Bytes | BuiltinType::ByteArray
        ),
        _ => true,
    }
}

/// `list.__init__(self, iterable=())`: replaces the contents.
fn list_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // (A subclass with its own `__new__` has its keywords dropped before this:
    // `call_owned_builtin`.)
    crate::runtime::builtins::no_kwargs(vm, "list", kw)?;
    check_args(vm, "list", &args[1..], 0, 1)?;
    let items = match args.get(1) {
        Some(&v) => vm.collect_iter(v)?,
        None => vec![],
    };
    // Sized the way `list(iterable)` is (CPython's `list_preallocate_exact`).
    let old = match vm.heap.get_mut(args[0].as_obj().unwrap()) {
        Obj::List(l) => {
            std::mem::replace(l, crate::runtime::object::ListObj::new_preallocated(items)).items
        }
        _ => items,
    };
    for v in old {
        vm.decref(v);
    }
    Ok(Value::None)
}

/// Registers `__new__` (a staticmethod, as CPython's) and the special-method wrappers
/// on the builtin types that can be subclassed.
pub fn install(vm: &mut Vm) {
    let t = vm.types;
    // `type.__new__` is installed by `metaclass.rs` (it builds classes with their
    // metaclass).
    let news: [(ObjRef, crate::runtime::object::NativeFn); 26] = [
        (t.object, object_new),
        (t.base_exception, exc_new),
        (t.int, int_new),
        (t.float, float_new),
        (t.complex, complex_new),
        (t.str_, str_new),
        (t.tuple, tuple_new),
        (t.list, list_new),
        (t.dict, dict_new),
        (t.set, set_new),
        (t.frozenset, frozenset_new),
        (t.bytes, bytes_new),
        (t.bytearray, bytearray_new),
        (t.array, array_new),
        (t.enumerate, enumerate_new),
        (t.zip, zip_new),
        (t.map, map_new),
        (t.filter, filter_new),
        (t.reversed, reversed_new),
        (t.property, property_new),
        (t.staticmethod, staticmethod_new),
        (t.classmethod, classmethod_new),
        (t.ellipsis, ellipsis_new),
        (t.none, none_new),
        (t.bool_, bool_new),
        (t.not_implemented, notimplemented_new),
    ];
    for (cls, f) in news {
        crate::runtime::builtins::add_tp_new(vm, cls, f);
    }
    type W = (&'static str, crate::runtime::object::NativeFn);
    let cmp: &[W] = &[
        ("__eq__", w_eq),
        ("__ne__", w_ne),
        ("__lt__", w_lt),
        ("__le__", w_le),
        ("__gt__", w_gt),
        ("__ge__", w_ge),
        ("__repr__", w_repr),
    ];
    let container: &[W] = &[
        ("__iter__", w_iter),
        ("__len__", w_len),
        ("__contains__", w_contains),
    ];
    let numeric: &[W] = &[
        ("__hash__", w_hash),
        ("__bool__", w_bool),
        ("__float__", w_float),
        ("__format__", w_format),
        ("__add__", w_add),
        ("__radd__", w_radd),
        ("__sub__", w_sub),
        ("__rsub__", w_rsub),
        ("__mul__", w_mul),
        ("__rmul__", w_rmul),
        ("__truediv__", w_truediv),
        ("__rtruediv__", w_rtruediv),
        ("__floordiv__", w_floordiv),
        ("__rfloordiv__", w_rfloordiv),
        ("__mod__", w_mod),
        ("__rmod__", w_rmod),
        ("__pow__", w_pow),
        ("__rpow__", w_rpow),
        ("__getnewargs__", w_getnewargs),
        ("__divmod__", w_divmod),
        ("__rdivmod__", w_rdivmod),
        ("__neg__", w_neg),
        ("__pos__", w_pos),
        ("__abs__", w_abs),
        ("__round__", w_round),
        ("__trunc__", w_trunc),
        ("__floor__", w_floor),
        ("__ceil__", w_ceil),
        ("__int__", w_int),
    ];
    // complex has no `__float__`, `//`, `%` nor ordering of its own.
    let complex_numeric: &[W] = &[
        ("__eq__", w_eq),
        ("__ne__", w_ne),
        ("__repr__", w_repr),
        ("__hash__", w_hash),
        ("__bool__", w_bool),
        ("__format__", w_format),
        ("__add__", w_add),
        ("__radd__", w_radd),
        ("__sub__", w_sub),
        ("__rsub__", w_rsub),
        ("__mul__", w_mul),
        ("__rmul__", w_rmul),
        ("__truediv__", w_truediv),
        ("__rtruediv__", w_rtruediv),
        ("__pow__", w_pow),
        ("__rpow__", w_rpow),
        ("__neg__", w_neg),
        ("__pos__", w_pos),
        ("__abs__", w_abs),
    ];
    let bits: &[W] = &[
        ("__and__", w_and),
        ("__rand__", w_rand),
        ("__or__", w_or),
        ("__ror__", w_ror),
        ("__xor__", w_xor),
        ("__rxor__", w_rxor),
        ("__lshift__", w_lshift),
        ("__rshift__", w_rshift),
        ("__rlshift__", w_rlshift),
        ("__rrshift__", w_rrshift),
        ("__invert__", w_invert),
    ];
    let seq: &[W] = &[
        ("__getitem__", w_getitem),
        ("__add__", w_add),
        ("__mul__", w_mul),
        ("__rmul__", w_rmul),
    ];
    let setops: &[W] = &[
        ("__and__", w_and),
        ("__or__", w_or),
        ("__xor__", w_xor),
        ("__sub__", w_sub),
        ("__rand__", w_rand),
        ("__ror__", w_ror),
        ("__rxor__", w_rxor),
        ("__rsub__", w_rsub),
    ];
    let str_extra: &[W] = &[
        ("__str__", w_str),
        ("__hash__", w_hash),
        ("__mod__", w_mod),
        ("__format__", w_format),
    ];
    let hash: &[W] = &[("__hash__", w_hash)];
    let formatting: &[W] = &[("__mod__", w_mod), ("__rmod__", w_rmod)];
    // What `copy` and pickle rebuild a subclass instance with (`cls.__new__(cls,
    // *x.__getnewargs__())`): the builtin value.
    let newargs: &[W] = &[("__getnewargs__", w_getnewargs)];
    let list_extra: &[W] = &[
        ("__setitem__", w_setitem),
        ("__delitem__", w_delitem),
        ("__init__", list_init),
    ];
    let dict_extra: &[W] = &[
        ("__getitem__", w_getitem),
        ("__setitem__", w_setitem),
        ("__delitem__", w_delitem),
        ("__init__", crate::runtime::types::dict::methods::init),
        ("__or__", w_or),
        ("__ror__", w_ror),
    ];
    let set_extra: &[W] = &[("__init__", crate::runtime::types::set::methods::init)];
    let bytearray_extra: &[W] = &[("__setitem__", w_setitem), ("__delitem__", w_delitem)];
    let memoryview_slots: &[W] = &[
        ("__getitem__", w_getitem),
        ("__setitem__", w_setitem),
        ("__delitem__", w_delitem),
        ("__len__", w_len),
        ("__iter__", w_iter),
        ("__hash__", w_hash),
    ];
    let list_inplace: &[W] = &[
        ("__iadd__", w_iadd),
        ("__imul__", w_imul),
        ("__reversed__", w_reversed),
    ];
    let bytearray_inplace: &[W] = &[("__iadd__", w_iadd), ("__imul__", w_imul)];
    let set_inplace: &[W] = &[
        ("__ior__", w_ior),
        ("__iand__", w_iand),
        ("__ixor__", w_ixor),
        ("__isub__", w_isub),
    ];
    let dict_inplace: &[W] = &[("__ior__", w_ior)];
    let range_slots: &[W] = &[
        ("__getitem__", w_getitem),
        ("__hash__", w_hash),
        ("__bool__", w_bool),
        ("__reversed__", w_reversed),
    ];
    let callable: &[W] = &[("__call__", w_call)];
    let singleton: &[W] = &[("__repr__", w_repr)];
    let none_extra: &[W] = &[("__bool__", w_bool)];
    for (cls, groups) in [
        (t.int, vec![cmp, numeric, bits]),
        (t.float, vec![cmp, numeric]),
        (t.complex, vec![complex_numeric]),
        (
            t.str_,
            vec![cmp, container, seq, str_extra, newargs, formatting],
        ),
        (t.tuple, vec![cmp, container, seq, hash, newargs]),
        (t.list, vec![cmp, container, seq, list_extra, list_inplace]),
        (t.dict, vec![cmp, container, dict_extra, dict_inplace]),
        (t.set, vec![cmp, container, setops, set_extra, set_inplace]),
        (t.range, vec![cmp, container, range_slots]),
        (t.function, vec![callable]),
        (t.builtin_function, vec![callable]),
        (t.builtin_method, vec![callable]),
        (t.method, vec![callable]),
        (t.method_wrapper, vec![callable]),
        (t.wrapper_descriptor, vec![callable]),
        (t.frozenset, vec![cmp, container, setops, hash]),
        (
            t.bytes,
            vec![cmp, container, seq, hash, newargs, formatting],
        ),
        (
            t.bytearray,
            vec![
                cmp,
                container,
                seq,
                bytearray_extra,
                bytearray_inplace,
                formatting,
            ],
        ),
        (t.memoryview, vec![memoryview_slots]),
        (
            t.array,
            vec![cmp, container, seq, bytearray_extra, bytearray_inplace],
        ),
        // The singletons print as their names (`none_repr`, `ellipsis_repr`, ...),
        // not as `object.__repr__` would.
        (t.none, vec![singleton, none_extra]),
        (t.ellipsis, vec![singleton]),
        (t.not_implemented, vec![singleton]),
    ] {
        for g in groups {
            // Methods a type already registered (e.g. `list.__len__`) are kept.
            let d = match vm.heap.get(cls) {
                Obj::Class(c) => c.dict,
                _ => continue,
            };
            let missing: Vec<W> = g
                .iter()
                .copied()
                .filter(|&(n, _)| {
                    let k = vm.intern(n);
                    vm.dict_get_str(d, k).is_none()
                })
                .collect();
            add_methods(vm, cls, &missing);
        }
    }
    // Mutable containers are unhashable (`list.__hash__ is None`).
    for cls in [t.list, t.dict, t.set, t.bytearray, t.slice, t.array] {
        if let Obj::Class(c) = vm.heap.get(cls) {
            let d = c.dict;
            crate::runtime::builtins::set_in(vm, d, "__hash__", Value::None);
        }
    }
}
