//! Operators: truth testing, arithmetic with int→bigint promotion, rich comparison,
//! and the dunder protocol for user classes (CPython's Objects/abstract.c,
//! longobject.c, floatobject.c, `do_richcompare`).

use super::{PyResult, Vm};
use crate::bytecode::Unary;
use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::value::{ObjRef, Scalar, Value};
use num_traits::Zero;
use std::cmp::Ordering;

/// How deep `fast_cmp` follows nested tuples and lists before handing over to the
/// general comparison (which has the recursion guard).
const FAST_CMP_DEPTH: u32 = 8;

/// Exact ordering of an int and a float (CPython's `float_richcompare` compares
/// the integer part exactly: `2**53 + 1 > 2.0**53`). `None` when `y` is NaN.
fn cmp_i64_f64(x: i64, y: f64) -> Option<Ordering> {
    const EXACT: i64 = 1 << 53;
    if (-EXACT..=EXACT).contains(&x) || y.is_infinite() || y.is_nan() {
        return (x as f64).partial_cmp(&y);
    }
    // |x| > 2**53: compare against y's integer part, which fits in i128.
    let yt = y.trunc();
    if yt >= 9.3e18 {
        return Some(Ordering::Less);
    }
    if yt <= -9.3e18 {
        return Some(Ordering::Greater);
    }
    match (x as i128).cmp(&(yt as i128)) {
        Ordering::Equal => 0.0f64.partial_cmp(&(y - yt)),
        o => Some(o),
    }
}

pub(crate) fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

/// `bool(v)` for the values whose truth runs no code and cannot fail (CPython's
/// `PyObject_IsTrue` fast cases, and the builtin kinds whose `nb_bool`/`sq_length`
/// is a field read); None for the rest (instances, memoryviews, views, ranges).
#[inline(always)]
pub(crate) fn fast_truth(heap: &crate::runtime::heap::Heap, v: Value) -> Option<bool> {
    Some(match v {
        Value::Bool(b) => b,
        Value::None | Value::Undef => false,
        Value::Int(i) => heap.int_of(i) != 0,
        Value::Float(f) => heap.float_of(f) != 0.0,
        Value::Ellipsis => true,
        // True, with a DeprecationWarning (`truthy`).
        Value::NotImplemented => return None,
        Value::Obj(r) => match heap.get(r) {
            Obj::Str(s) => !s.is_empty(),
            Obj::List(l) => !l.is_empty(),
            Obj::Tuple(t) => !t.is_empty(),
            Obj::Dict(d) => !d.is_empty(),
            Obj::Set(s) | Obj::FrozenSet(s) => !s.is_empty(),
            Obj::Bytes(b) => !b.is_empty(),
            Obj::ByteArray(b) => !b.data.is_empty(),
            Obj::Array(a) => !a.is_empty(),
            Obj::BigInt(b) => !b.is_zero(),
            Obj::Complex(z) => z.re != 0.0 || z.im != 0.0,
            Obj::Function(_) | Obj::BoundMethod { .. } | Obj::Builtin(_) | Obj::Class(_) => true,
            _ => return None,
        },
    })
}

impl Vm {
    /// `bool(v)` (CPython's `PyObject_IsTrue`).
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if let Some(b) = fast_truth(&self.heap, v) {
            return Ok(b);
        }
        if let Value::NotImplemented = v {
            // CPython 3.9+'s `notimplemented_bool`.
            self.warn(
                "DeprecationWarning",
                "NotImplemented should not be used in a boolean context",
            )?;
            return Ok(true);
        }
        Ok(match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::MemoryView(_) => self.memoryview_len(r)? > 0,
                Obj::Range { start, stop, step } => {
                    crate::runtime::types::range::range_len(*start, *stop, *step) > 0
                }
                Obj::BigRange(br) => !br.is_empty(),
                // A dict view is as true as its dict is non-empty (it has __len__).
                Obj::DictView { dict, .. } => matches!(
                    self.iter_target(Value::Obj(*dict)),
                    Value::Obj(d) if matches!(self.heap.get(d), Obj::Dict(d) if !d.is_empty())
                ),
                Obj::Instance(_) => return self.instance_truthy(v),
                Obj::MappingProxy(_) => return self.mappingproxy_truthy(r),
                Obj::Deque(d) => !d.is_empty(),
                _ => true,
            },
            // Every other value is one of `fast_truth`'s.
            _ => true,
        })
    }

    /// `a op b` with the full protocol. Args borrowed, result owned.
    #[inline]
    pub fn binary_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        self.binary_op_for(a, b, op, false)
    }

    /// `binary_op`, `inplace` when it is the fallback of `a op= b`: then an
    /// unsupported pair is reported with the augmented operator (`+=`, `**=`), as
    /// CPython's `binary_iop1` does.
    pub(crate) fn binary_op_for(
        &mut self,
        a: Value,
        b: Value,
        op: BinOp,
        inplace: bool,
    ) -> PyResult<Value> {
        self.binary_op_shown(a, b, op, inplace, (a, b))
    }

    /// `binary_op_for` where an unsupported pair is reported with the types of
    /// `shown`: the operands as the program gave them, when `a` and `b` are the
    /// payloads of builtin-subclass instances (CPython names `defaultdict`, not the
    /// `dict` underneath).
    fn binary_op_shown(
        &mut self,
        a: Value,
        b: Value,
        op: BinOp,
        inplace: bool,
        shown: (Value, Value),
    ) -> PyResult<Value> {
        // Two instances of Python classes with no builtin part (`v1 + v2` with
        // `__add__` in Python): only their methods can answer.
        if self.plain_instance(a) && self.plain_instance(b) {
            return self.binary_op_user(a, b, op, inplace, shown);
        }
        // Concatenation of two exact strs, lists or tuples (string building is
        // everywhere) before the numeric tower is asked about them.
        if let (BinOp::Add, Value::Obj(ra), Value::Obj(rb)) = (op, a, b) {
            match (self.heap.get(ra), self.heap.get(rb)) {
                (Obj::Str(_), Obj::Str(_)) => {
                    if let Some(v) = self.str_concat(a, b)? {
                        return Ok(v);
                    }
                }
                (Obj::List(_), Obj::List(_)) => return Ok(self.list_concat(ra, rb)),
                (Obj::Tuple(_), Obj::Tuple(_)) => return Ok(self.tuple_concat(ra, rb)),
                _ => {}
            }
        }
        // bool & bool etc. stay bool.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Value::Bool(x & y)),
                BinOp::BitOr => return Ok(Value::Bool(x | y)),
                BinOp::BitXor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let Some(v) = self.num_binop(a, b, op)? {
            return Ok(v);
        }
        if let Some(v) = self.complex_binop(a, b, op)? {
            return Ok(v);
        }
        if let Some(v) = self.seq_binop(a, b, op)? {
            return Ok(v);
        }
        if let Some(v) = self.bytes_binop(a, b, op)? {
            return Ok(v);
        }
        if op == BinOp::BitOr {
            if let Some(v) = self.dict_or(a, b)? {
                return Ok(v);
            }
            if let Some(v) = self.mappingproxy_or(a, b, false)? {
                return Ok(v);
            }
        }
        self.binary_op_user(a, b, op, inplace, shown)
    }

    /// `binary_op_shown` from the operands' own methods on: the left one's method,
    /// the right one's reflected method (first when its class is a subclass
    /// overriding it, as CPython's SLOT1BINFULL), then the last builtin cases and
    /// the TypeError.
    fn binary_op_user(
        &mut self,
        a: Value,
        b: Value,
        op: BinOp,
        inplace: bool,
        shown: (Value, Value),
    ) -> PyResult<Value> {
        let (l, r) = self.names.binop[op as usize];
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_sub = ta != tb && self.is_subclass(tb, ta);
        // The subclass's reflected method goes first only when it overrides the
        // left class's (CPython's SLOT1BINFULL `method_is_overloaded` check, made
        // when the left operand's class is a Python class); otherwise it is still
        // asked, after the left operand's own method.
        let b_first = b_sub && self.reflected_overloaded(ta, tb, r);
        if b_first {
            if let Some(v) = self.try_dunder(b, r, a)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.try_dunder(a, l, b)? {
            return Ok(v);
        }
        if !b_first {
            if let Some(v) = self.left_number_slot(a, b, op)? {
                return Ok(v);
            }
        }
        self.binary_op_user_rest(a, b, op, inplace, shown, ta != tb && !b_first)
    }

    /// The left operand's number slot when it is an exact int, bool, float or complex and the
    /// right one an instance of an int or float subclass that is not asked first:
    /// CPython's `binary_op1` calls the left type's slot before the right one's
    /// reflected method, and `long_add` takes any int (`PyLong_Check`), `float_add`
    /// any int or float, by value (`1.5 + MyInt(2)` is 3.5 without
    /// `MyInt.__radd__`). None where that slot would answer NotImplemented.
    fn left_number_slot(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        let (left_float, left_complex) = match a {
            Value::Int(_) | Value::Bool(_) => (false, false),
            Value::Float(_) => (true, false),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(_) => (false, false),
                Obj::Complex(_) => (true, true),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        let Some(pb) = self.payload_of(b) else {
            return Ok(None);
        };
        let takes = match pb {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Float(_) => left_float,
            Value::Obj(r) => matches!(self.heap.get(r), Obj::BigInt(_)),
            _ => false,
        };
        // float has no bitwise slots; neither type has `@`.
        let float_op = matches!(
            op,
            BinOp::Add
                | BinOp::Sub
                | BinOp::Mult
                | BinOp::Div
                | BinOp::FloorDiv
                | BinOp::Mod
                | BinOp::Pow
        );
        if !takes || op == BinOp::MatMult || (left_float && !float_op) {
            return Ok(None);
        }
        if left_complex {
            // `complex_add` & co. take any int or float; it has no `//` or `%`.
            if matches!(op, BinOp::FloorDiv | BinOp::Mod) {
                return Ok(None);
            }
            return self.complex_binop(a, pb, op);
        }
        self.num_binop(a, pb, op)
    }

    /// `binary_op_user` once the left operand's method answered NotImplemented (or
    /// was missing): the reflected method when it is still to be asked (`reflect`:
    /// the classes differ and it did not go first), then the last builtin cases and
    /// the TypeError. The dispatch loop continues here when it ran the left method as
    /// a frame of its own (`Cont::Binary`).
    pub(crate) fn binary_op_user_rest(
        &mut self,
        a: Value,
        b: Value,
        op: BinOp,
        inplace: bool,
        shown: (Value, Value),
        reflect: bool,
    ) -> PyResult<Value> {
        if reflect {
            let r = self.names.binop[op as usize].1;
            if let Some(v) = self.try_dunder(b, r, a)? {
                return Ok(v);
            }
        }
        if op == BinOp::BitOr {
            if let Some(v) = self.mappingproxy_or(a, b, true)? {
                return Ok(v);
            }
            // `int | str`: type's own `__or__`/`__ror__` (a union of classes).
            if let Some(v) = self.class_or(a, b)? {
                return Ok(v);
            }
        }
        // A deque's sequence slots, reached after the number slots (its only ones).
        if matches!(op, BinOp::Add | BinOp::Mult) {
            if let Some(v) = self.deque_binop(a, b, op)? {
                return Ok(v);
            }
        }
        // Instances of builtin subclasses without an applicable override: the builtin
        // operation on their payloads (`[1] + MyList([2])`, `"a" + MyStr("b")`).
        let (pa, pb) = (self.unwrap_payload(a), self.unwrap_payload(b));
        // str's `%` (`unicode_mod`: any str on the left) formats the right operand
        // as it is: a str subclass's `__str__` is what `%s` shows.
        if op == BinOp::Mod && self.is_str(pa) {
            return self.percent_format(pa, b);
        }
        if !pa.is(a) || !pb.is(b) {
            return self.binary_op_shown(pa, pb, op, inplace, shown);
        }
        // CPython's `sequence_repeat`, reached when no number slot took `seq * n`:
        // a count that is not an int goes through `__index__` (a big int overflows).
        if op == BinOp::Mult {
            if let Some(v) = self.seq_repeat_index(a, b)? {
                return Ok(v);
            }
        }
        // A sequence's concatenation and repetition keep their own messages
        // (CPython falls back to sq_concat / sq_repeat after the in-place slots).
        let msg = if inplace
            && !(op == BinOp::Add && (self.is_sequence(a) || self.is_str(a)))
            && !(op == BinOp::Mult && (self.is_sequence(a) || self.is_sequence(b)))
        {
            format!(
                "unsupported operand type(s) for {}=: '{}' and '{}'",
                op.symbol(),
                self.type_name(shown.0),
                self.type_name(shown.1)
            )
        } else if op == BinOp::Pow {
            format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                self.type_name(shown.0),
                self.type_name(shown.1)
            )
        } else if let Some(m) = (op == BinOp::Add)
            .then(|| self.bytes_concat_error(a, b))
            .flatten()
        {
            m
        } else if op == BinOp::Add && self.is_str(a) {
            format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(shown.1)
            )
        } else if op == BinOp::Add
            && matches!(a, Value::Obj(r) if matches!(self.heap.get(r), Obj::List(_)))
        {
            format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(shown.1)
            )
        } else if op == BinOp::Add
            && matches!(a, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_)))
        {
            format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(shown.1)
            )
        } else if op == BinOp::Mult && (self.is_sequence(a) || self.is_sequence(b)) {
            // CPython's sq_repeat path names the operand that is not the sequence.
            let other = if self.is_sequence(a) { b } else { a };
            format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(other)
            )
        } else {
            // `print >> f, x`, Python 2's redirection (CPython's binary_op hint).
            let print_hint = op == BinOp::RShift
                && matches!(a, Value::Obj(r) if matches!(self.heap.get(r),
                    Obj::Builtin(f) if f.name == "print" && f.self_.is_undef()));
            format!(
                "unsupported operand type(s) for {}: '{}' and '{}'{}",
                op.symbol(),
                self.type_name(shown.0),
                self.type_name(shown.1),
                if print_hint {
                    ". Did you mean \"print(<message>, file=<output_stream>)\"?"
                } else {
                    ""
                }
            )
        };
        Err(self.type_error(msg))
    }

    /// Calls the special method `m` (borrowed) that `obj`'s type defines, with `obj` as
    /// self and then `rest`. A staticmethod or classmethod found there is bound first
    /// (CPython's `lookup_maybe_method` runs the descriptor of anything that is not a
    /// plain function), so `__sub__ = staticmethod(f)` is called as `f(rest...)`.
    pub fn call_special(&mut self, m: Value, obj: Value, rest: &[Value]) -> PyResult<Value> {
        if self.is_receiverless(m) {
            // Not a method descriptor (an instance such as a Mock, a bound method):
            // bound through its `__get__`, or called without `obj`.
            let f = self.bind_receiverless(m, obj)?;
            let r = self.call_value(f, rest, &[]);
            self.decref(f);
            return r;
        }
        if matches!(m, Value::Obj(r) if matches!(self.heap.get(r), Obj::StaticMethod(..) | Obj::ClassMethod(..)))
        {
            self.incref(m);
            let t = self.type_of(obj);
            let b = self.bind_descriptor(m, obj, t)?;
            let r = self.call_value(b, rest, &[]);
            self.decref(b);
            return r;
        }
        match *rest {
            [] => self.call_value(m, &[obj], &[]),
            [a] => self.call_value(m, &[obj, a], &[]),
            [a, b] => self.call_value(m, &[obj, a, b], &[]),
            _ => {
                let mut args = vec![obj];
                args.extend_from_slice(rest);
                self.call_value(m, &args, &[])
            }
        }
    }

    /// `call_special` with keyword arguments too (CPython's `slot_tp_init`, which
    /// calls `__init__` found on the type as `lookup_method` binds it).
    pub fn call_special_kw(
        &mut self,
        m: Value,
        obj: Value,
        rest: &[Value],
        kw: KwArgs,
    ) -> PyResult<Value> {
        let bound = if self.is_receiverless(m) {
            Some(self.bind_receiverless(m, obj)?)
        } else if matches!(m, Value::Obj(r) if matches!(self.heap.get(r), Obj::StaticMethod(..) | Obj::ClassMethod(..)))
        {
            self.incref(m);
            let t = self.type_of(obj);
            Some(self.bind_descriptor(m, obj, t)?)
        } else {
            None
        };
        if let Some(f) = bound {
            let r = self.call_value(f, rest, kw);
            self.decref(f);
            return r;
        }
        let mut full = Vec::with_capacity(rest.len() + 1);
        full.push(obj);
        full.extend_from_slice(rest);
        self.call_value(m, &full, kw)
    }

    /// Whether subclass `tb` overrides reflected method `name` of class `ta`, as
    /// CPython's `method_is_overloaded` decides it for a Python class `ta` (a builtin
    /// `ta` has no such check: the subclass's method always goes first).
    fn reflected_overloaded(
        &mut self,
        ta: ObjRef,
        tb: ObjRef,
        name: impl crate::runtime::vm::attr::AttrName + Copy,
    ) -> bool {
        if !matches!(
            self.class_kind(ta),
            crate::runtime::types::class::BuiltinType::User
                | crate::runtime::types::class::BuiltinType::Exception
        ) {
            return true;
        }
        let Some(mb) = self.class_lookup(tb, name) else {
            return false;
        };
        let ma = self.class_lookup(ta, name);
        let overloaded = !ma.is_some_and(|m| m.is(mb));
        self.decref(mb);
        if let Some(m) = ma {
            self.decref(m);
        }
        overloaded
    }

    /// Calls `obj.name(arg)` if the type defines it; None if missing or NotImplemented.
    pub fn try_dunder(
        &mut self,
        obj: Value,
        name: impl crate::runtime::vm::attr::AttrName,
        arg: Value,
    ) -> PyResult<Option<Value>> {
        self.try_dunder_for(obj, name, arg, false)
    }

    /// `try_dunder`; with `cmp`, a method whose descriptor fails to bind counts as
    /// missing (CPython's `slot_tp_richcompare` clears the lookup's error and
    /// answers NotImplemented, where the binary operators' `vectorcall_maybe`
    /// propagates it).
    fn try_dunder_for(
        &mut self,
        obj: Value,
        name: impl crate::runtime::vm::attr::AttrName,
        arg: Value,
        cmp: bool,
    ) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        if !matches!(
            self.class_kind(t),
            crate::runtime::types::class::BuiltinType::User
                | crate::runtime::types::class::BuiltinType::Exception
                | crate::runtime::types::class::BuiltinType::ODict
        ) {
            return Ok(None);
        }
        let Some(m) = self.class_lookup(t, name) else {
            return Ok(None);
        };
        if cmp && self.is_receiverless(m) {
            let bound = self.bind_receiverless(m, obj);
            self.decref(m);
            let f = match bound {
                Ok(f) => f,
                Err(e) => {
                    self.decref(e.0);
                    return Ok(None);
                }
            };
            let r = self.call_value(f, &[arg], &[]);
            self.decref(f);
            let v = r?;
            if matches!(v, Value::NotImplemented) {
                return Ok(None);
            }
            return Ok(Some(v));
        }
        let r = self.call_special(m, obj, &[arg]);
        self.decref(m);
        let v = r?;
        if matches!(v, Value::NotImplemented) {
            return Ok(None);
        }
        Ok(Some(v))
    }

    /// One side of a comparison: `obj.name(arg)`, None for NotImplemented. For `!=`
    /// (`ne`), a type without its own `__ne__` uses `object.__ne__`, which inverts
    /// the type's `__eq__` (and passes its NotImplemented on), so each side is asked
    /// once, in CPython's order.
    fn try_cmp_dunder(
        &mut self,
        obj: Value,
        name: Value,
        arg: Value,
        ne: bool,
    ) -> PyResult<Option<Value>> {
        if !ne {
            return self.try_dunder_for(obj, name, arg, true);
        }
        let t = self.type_of(obj);
        let (eq, ne) = (self.names.eq, self.names.ne);
        let own = match self.class_lookup(t, ne) {
            Some(m) => {
                let object = self.types.object;
                let default = self.class_lookup(object, ne);
                let inherited = default.is_some_and(|d| d.is(m));
                self.decref(m);
                if let Some(d) = default {
                    self.decref(d);
                }
                !inherited
            }
            None => false,
        };
        if own {
            return self.try_dunder_for(obj, ne, arg, true);
        }
        // `object.__ne__` is a slot wrapper, called with an argument tuple
        // `(obj, arg)` that `wrapperdescr_call` slices to `(arg,)`: both live while
        // `__eq__` runs (`sys.getrefcount`, `gc.get_count()` see them), and die after
        // the answer's truth is taken, the slice first.
        self.incref(obj);
        self.incref(arg);
        let args = self.new_tuple(vec![obj, arg]);
        self.incref(arg);
        let sliced = self.new_tuple(vec![arg]);
        let r = match self.try_dunder_for(obj, eq, arg, true) {
            Ok(Some(v)) => {
                let truth = self.truthy(v);
                self.decref(v);
                truth.map(|t| Some(Value::Bool(!t)))
            }
            r => r,
        };
        self.decref(sliced);
        self.decref(args);
        r
    }

    /// `a op= b`.
    pub fn inplace_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        if let Value::Obj(r) = a {
            match self.heap.get(r) {
                Obj::List(_) if op == BinOp::Add => return self.list_inplace_concat(a, b),
                Obj::List(_) if op == BinOp::Mult => return self.list_inplace_repeat(a, b),
                Obj::Set(_)
                    if matches!(
                        op,
                        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
                    ) =>
                {
                    if let Some(v) = self.set_inplace(a, b, op)? {
                        return Ok(v);
                    }
                }
                Obj::Array(_) => {
                    if let Some(v) = self.array_inplace(a, b, op)? {
                        return Ok(v);
                    }
                }
                Obj::ByteArray(_) => {
                    if let Some(v) = self.bytes_inplace(a, b, op)? {
                        return Ok(v);
                    }
                }
                Obj::Dict(_) if op == BinOp::BitOr => return self.dict_ior(a, b),
                Obj::MappingProxy(_) if op == BinOp::BitOr => return self.mappingproxy_ior(),
                Obj::Deque(_) if matches!(op, BinOp::Add | BinOp::Mult) => {
                    if let Some(v) = self.deque_inplace(a, b, op)? {
                        return Ok(v);
                    }
                }
                Obj::Instance(_) => {
                    if let Some(v) = self.instance_inplace_op(a, b, op, dunder(op).2)? {
                        return Ok(v);
                    }
                }
                _ => {}
            }
        }
        self.binary_op_for(a, b, op, true)
    }

    pub fn unary_op(&mut self, a: Value, u: Unary) -> PyResult<Value> {
        if let Some(v) = self.num_unary(a, u) {
            return Ok(v);
        }
        if let Some(v) = self.complex_unary(a, u) {
            return Ok(v);
        }
        let name = match u {
            Unary::Neg => "__neg__",
            Unary::Pos => "__pos__",
            Unary::Invert => "__invert__",
            Unary::Not => "__bool__",
        };
        if let Some(m) = self.lookup_type_attr(a, name) {
            let r = self.call_special(m, a, &[]);
            self.decref(m);
            return r;
        }
        if let Some(p) = self.payload_of(a) {
            return self.unary_op(p, u);
        }
        let sym = match u {
            Unary::Neg => "-",
            Unary::Pos => "+",
            Unary::Invert => "~",
            Unary::Not => "not",
        };
        let tn = self.type_name(a);
        Err(self.type_error(format!("bad operand type for unary {}: '{}'", sym, tn)))
    }

    /// Comparison operators, including `is`, `in`. Result owned.
    pub fn compare_op(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        match op {
            CmpOp::Is => Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => Ok(Value::Bool(!a.is(b))),
            CmpOp::In => self.contains(b, a).map(Value::Bool),
            CmpOp::NotIn => self.contains(b, a).map(|x| Value::Bool(!x)),
            _ => self.rich_compare(a, b, op),
        }
    }

    /// `a == b` as a Rust bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        // Identity implies equality, NaN included (CPython's PyObject_RichCompareBool:
        // `nan in [nan]` is True for the same float object).
        if a.is(b) {
            return Ok(true);
        }
        if let Some(o) = self.fast_cmp(a, b) {
            return Ok(o == Some(Ordering::Equal));
        }
        let v = self.rich_compare(a, b, CmpOp::Eq)?;
        let t = self.truthy(v);
        self.decref(v);
        t
    }

    /// `a < b` as a Rust bool.
    pub fn lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(Some(o)) = self.fast_cmp(a, b) {
            return Ok(o == Ordering::Less);
        }
        let v = self.rich_compare(a, b, CmpOp::Lt)?;
        let t = self.truthy(v);
        self.decref(v);
        t
    }

    /// Ordering of numbers and strings without Python code. `Some(None)` = unordered
    /// (NaN); `None` = not a fast case.
    pub(crate) fn fast_cmp(&self, a: Value, b: Value) -> Option<Option<Ordering>> {
        self.fast_cmp_depth(a, b, 0)
    }

    /// `fast_cmp` inside `depth` levels of tuples or lists. Sequences compare as
    /// CPython's `tuplerichcompare`/`list_richcompare` do (the first pair that is
    /// neither identical nor equal decides, else the lengths), which cannot run
    /// Python code when every pair reached is a fast case; anything else, and
    /// nesting deeper than `FAST_CMP_DEPTH` (left to the guarded general path and
    /// its RecursionError), is `None`.
    fn fast_cmp_depth(&self, a: Value, b: Value, depth: u32) -> Option<Option<Ordering>> {
        match (self.scalar(a), self.scalar(b)) {
            (Scalar::Int(x), Scalar::Int(y)) => Some(Some(x.cmp(&y))),
            (Scalar::Float(x), Scalar::Float(y)) => Some(x.partial_cmp(&y)),
            (Scalar::Int(x), Scalar::Float(y)) => Some(cmp_i64_f64(x, y)),
            (Scalar::Float(x), Scalar::Int(y)) => Some(cmp_i64_f64(y, x).map(Ordering::reverse)),
            // bool is an int subclass whose comparisons are int's (sort keys such as
            // `(w.creator_id == owner, n)` put them first in tuples).
            (Scalar::Bool(x), Scalar::Bool(y)) => Some(Some(x.cmp(&y))),
            (Scalar::Bool(x), Scalar::Int(y)) => Some(Some(i64::from(x).cmp(&y))),
            (Scalar::Int(x), Scalar::Bool(y)) => Some(Some(x.cmp(&i64::from(y)))),
            (Scalar::Bool(x), Scalar::Float(y)) => Some(cmp_i64_f64(i64::from(x), y)),
            (Scalar::Float(x), Scalar::Bool(y)) => {
                Some(cmp_i64_f64(i64::from(y), x).map(Ordering::reverse))
            }
            (Scalar::Obj(x), Scalar::Obj(y)) => match (self.heap.get(x), self.heap.get(y)) {
                (Obj::Str(s), Obj::Str(t)) => Some(Some(s.cmp_text(t))),
                (Obj::Tuple(s), Obj::Tuple(t)) if depth < FAST_CMP_DEPTH => {
                    self.fast_cmp_items(s, t, depth + 1)
                }
                (Obj::List(s), Obj::List(t)) if depth < FAST_CMP_DEPTH => {
                    self.fast_cmp_items(&s.items, &t.items, depth + 1)
                }
                (p, q) => match (
                    crate::runtime::types::bytes::obj_bytes(p),
                    crate::runtime::types::bytes::obj_bytes(q),
                ) {
                    (Some(s), Some(t)) => Some(Some(s.cmp(t))),
                    _ => None,
                },
            },
            _ => None,
        }
    }

    /// Lexicographic `fast_cmp` of two sequences' items: identical items are equal
    /// (`PyObject_RichCompareBool`'s identity rule, NaN included).
    fn fast_cmp_items(&self, s: &[Value], t: &[Value], depth: u32) -> Option<Option<Ordering>> {
        for (&x, &y) in s.iter().zip(t) {
            if x.is(y) {
                continue;
            }
            match self.fast_cmp_depth(x, y, depth)? {
                Some(Ordering::Equal) => continue,
                o => return Some(o),
            }
        }
        Some(Some(s.len().cmp(&t.len())))
    }

    /// Rich comparison (CPython's `do_richcompare`), with the reflected-operand rules.
    pub fn rich_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        // Two instances of Python classes without a builtin part (`p1 < p2` with
        // `__lt__` in Python): none of the builtin comparisons applies to them.
        let plain = self.plain_instance(a) && self.plain_instance(b);
        if !plain {
            if let Some(v) = self.builtin_compare(a, b, op) {
                return Ok(v);
            }
        }
        // Instances whose classes keep `object`'s `__eq__`/`__ne__`, against each other
        // or None: both sides' slots would answer NotImplemented unless identical, and
        // the fallback is identity; no Python code can run on the way.
        if matches!(op, CmpOp::Eq | CmpOp::NotEq)
            && self.object_eq_instance(a, b)
            && self.object_eq_instance(b, a)
        {
            return Ok(Value::Bool(a.is(b) == (op == CmpOp::Eq)));
        }
        // CPython's PyObject_RichCompare guard: only comparisons that can run Python
        // code or recurse into containers get here, and only those can be observed.
        self.enter_native(" in comparison")?;
        // Two exact sets/frozensets: their own comparison, without the search for
        // dunders (neither type's methods can be overridden).
        if !plain
            && self.is_set_like(a)
            && self.is_set_like(b)
            && !matches!(op, CmpOp::In | CmpOp::NotIn)
        {
            let r = self.set_compare(a, b, op).map(Value::Bool);
            self.leave_native();
            return r;
        }
        let r = self.do_richcompare(a, b, op);
        self.leave_native();
        r
    }

    /// `rich_compare`'s answers that run no code: numbers, strs and sequences of them
    /// (`fast_cmp`), mixed and big numbers, complex `==`, and identity for the types
    /// that compare by it. None: the comparison goes on.
    fn builtin_compare(&mut self, a: Value, b: Value, op: CmpOp) -> Option<Value> {
        if let Some(o) = self.fast_cmp(a, b) {
            return Some(Value::Bool(ord_matches(o, op)));
        }
        // Numbers (bool, bigint, mixed).
        if let Some(o) = self.num_compare(a, b) {
            return Some(Value::Bool(ord_matches(o, op)));
        }
        if let Some(eq) = self.complex_compare(a, b, op) {
            return Some(Value::Bool(eq));
        }
        if matches!(op, CmpOp::Eq | CmpOp::NotEq)
            && self.identity_eq_only(a)
            && self.identity_eq_only(b)
        {
            return Some(Value::Bool(a.is(b) == (op == CmpOp::Eq)));
        }
        None
    }

    /// `v` is an instance of a Python class with no builtin part (not of a subclass
    /// of int, str, list, ...): its comparisons are its class's methods or identity.
    #[inline]
    fn plain_instance(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(i) if i.payload().is_none()))
    }

    /// True when `v`'s type compares with `object`'s `==` (identity) and no other type's
    /// reflected `__eq__`/`__ne__` can be asked first: `None`, `...`, plain classes (no
    /// metaclass), functions, builtins and modules. `==` between two of them is `is`
    /// without the general protocol (`cls in (int, str)` compares classes).
    fn identity_eq_only(&self, v: Value) -> bool {
        match v {
            Value::None | Value::Ellipsis => true,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Class(c) => c.metaclass.is_none(),
                Obj::Builtin(b) => b.self_.is_undef(),
                Obj::Function(_) | Obj::Module(_) => true,
                _ => false,
            },
            _ => false,
        }
    }

    /// For the `==` fast path: `v` is None, or a plain instance (no payload: not of a
    /// builtin subclass) of a class that keeps `object`'s `__eq__`/`__ne__` — when
    /// `other` is such a value too.
    fn object_eq_instance(&mut self, v: Value, other: Value) -> bool {
        match self.eq_identity_subject(v, other) {
            Ok(cls) => self.class_facts(cls) & crate::runtime::types::class::CLASS_EQ_IDENTITY != 0,
            Err(answer) => answer,
        }
    }

    /// What decides `object_eq_instance(v, other)`: the class of `v`, a plain
    /// instance (no payload), whose facts say whether it keeps `object`'s `==`; or
    /// the answer itself (None against anything but None: yes; anything else: no).
    #[inline(always)]
    pub(crate) fn eq_identity_subject(&self, v: Value, other: Value) -> Result<ObjRef, bool> {
        match v {
            Value::None => Err(!matches!(other, Value::None)),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) if i.payload().is_none() => Ok(i.class),
                _ => Err(false),
            },
            _ => Err(false),
        }
    }

    /// `a < b` for `list.sort` when all keys have the same type: CPython's
    /// `unsafe_object_compare` calls the type's slot directly, without the
    /// comparison recursion guard.
    pub fn lt_same_type(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(Some(o)) = self.fast_cmp(a, b) {
            return Ok(o == Ordering::Less);
        }
        if self.num(a).is_some() && self.num(b).is_some() {
            return self.lt(a, b);
        }
        let v = self.do_richcompare(a, b, CmpOp::Lt)?;
        let t = self.truthy(v);
        self.decref(v);
        t
    }

    /// The body of a rich comparison once the fast numeric cases are excluded
    /// (CPython's `do_richcompare`).
    fn do_richcompare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        // The interned method names (no hashing of the name per comparison).
        let n = &self.names;
        let (l, r) = match op {
            CmpOp::Eq => (n.eq, n.eq),
            CmpOp::NotEq => (n.ne, n.ne),
            CmpOp::Lt => (n.lt, n.gt),
            CmpOp::LtE => (n.le, n.ge),
            CmpOp::Gt => (n.gt, n.lt),
            CmpOp::GtE => (n.ge, n.le),
            _ => unreachable!(),
        };
        let b_sub = ta != tb && self.is_subclass(tb, ta);
        let ne = op == CmpOp::NotEq;
        if b_sub {
            if let Some(v) = self.try_cmp_dunder(b, r, a, ne)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.try_cmp_dunder(a, l, b, ne)? {
            return Ok(v);
        }
        self.do_richcompare_rest(a, b, op, b_sub, r)
    }

    /// `do_richcompare` once the left operand's method answered NotImplemented (or
    /// was missing): the reflected method unless it went first (`b_sub`), then the
    /// builtin fallbacks, identity for `==`/`!=`, the TypeError. `r` is the reflected
    /// method's name. The dispatch loop continues here when it ran the left method as
    /// a frame of its own (`Cont::Compare`).
    pub(crate) fn do_richcompare_rest(
        &mut self,
        a: Value,
        b: Value,
        op: CmpOp,
        b_sub: bool,
        r: Value,
    ) -> PyResult<Value> {
        let ne = op == CmpOp::NotEq;
        if let Some(v) = self.mappingproxy_richcompare(a, b, op)? {
            return Ok(v);
        }
        if !b_sub {
            if let Some(v) = self.try_cmp_dunder(b, r, a, ne)? {
                return Ok(v);
            }
        }
        if let Some(res) = self.weakref_compare(a, b, op)? {
            return Ok(res);
        }
        if let Some(res) = self.buffer_compare(a, b, op)? {
            return Ok(Value::Bool(res));
        }
        if let Some(res) = self.array_compare(a, b, op)? {
            return Ok(Value::Bool(res));
        }
        if let Some(res) = self.dict_view_compare(a, b, op)? {
            return Ok(Value::Bool(res));
        }
        if let Some(res) = self.exact_deque_compare(a, b, op)? {
            return Ok(res);
        }
        if let Some(o) = self.number_slot_compare(a, b) {
            return Ok(Value::Bool(ord_matches(o, op)));
        }
        // Builtin containers.
        if let Some(res) = self.container_compare(a, b, op)? {
            return Ok(Value::Bool(res));
        }
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            if let Some(eq) = self.method_eq(a, b) {
                return Ok(Value::Bool(eq == (op == CmpOp::Eq)));
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => {
                let msg = format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.type_name(a),
                    self.type_name(b)
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// `==` of two bound methods (CPython's `method_richcompare` / `meth_richcompare`):
    /// the same function bound to the very same object. None unless both are bound
    /// methods of one kind.
    fn method_eq(&self, a: Value, b: Value) -> Option<bool> {
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
            return None;
        };
        match (self.heap.get(ra), self.heap.get(rb)) {
            (
                Obj::BoundMethod {
                    func: f1,
                    self_: s1,
                },
                Obj::BoundMethod {
                    func: f2,
                    self_: s2,
                },
            ) => Some(f1.is(*f2) && s1.is(*s2)),
            (Obj::Builtin(x), Obj::Builtin(y)) if !x.self_.is_undef() && !y.self_.is_undef() => {
                Some(x.f as usize == y.f as usize && x.name == y.name && x.self_.is(y.self_))
            }
            _ => None,
        }
    }

    /// Lexicographic comparison of lists/tuples, equality of dicts and sets.
    fn container_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
            return Ok(None);
        };
        let kind = |o: &Obj| match o {
            Obj::List(_) => 1,
            Obj::Tuple(_) => 2,
            Obj::Dict(_) => 3,
            Obj::Set(_) | Obj::FrozenSet(_) => 4,
            Obj::Range { .. } | Obj::BigRange(_) => 5,
            Obj::Slice { .. } => 6,
            _ => 0,
        };
        let (mut ka, mut kb) = (kind(self.heap.get(ra)), kind(self.heap.get(rb)));
        // An exact container's own comparison also takes an instance of a subclass
        // of its type (CPython's `PyDict_Check`/`PyList_Check`): it gets here when the
        // subclass's method declined (NotImplemented), and compares the contents.
        // Two subclass instances are left alone: both their methods have declined.
        let payload = |vm: &Vm, r: ObjRef| match vm.heap.get(r) {
            Obj::Instance(i) => match i.payload() {
                Some(Value::Obj(p)) => Some(p),
                _ => None,
            },
            _ => None,
        };
        let (mut a, mut b) = (a, b);
        if ka != 0 && kb == 0 {
            if let Some(p) = payload(self, rb) {
                kb = kind(self.heap.get(p));
                b = Value::Obj(p);
            }
        } else if ka == 0 && kb != 0 {
            if let Some(p) = payload(self, ra) {
                ka = kind(self.heap.get(p));
                a = Value::Obj(p);
            }
        }
        let (ra, rb) = match (a, b) {
            (Value::Obj(x), Value::Obj(y)) => (x, y),
            _ => return Ok(None),
        };
        if ka == 0 || ka != kb {
            return Ok(None);
        }
        match ka {
            1 | 2 => self.seq_richcompare(a, b, op).map(Some),
            3 => self.dict_compare(a, b, op),
            4 => self.set_compare(a, b, op).map(Some),
            5 => Ok(self.range_compare(a, b, op)),
            6 => self.slice_compare(ra, rb, op).map(Some),
            _ => Ok(None),
        }
    }

    /// An exact int or float against an instance of a number subclass whose own
    /// methods declined (NotImplemented): the exact side's slot still compares, as
    /// CPython's `long_richcompare` takes any int (`PyLong_Check`) and
    /// `float_richcompare` any int or float. An int's slot declines a float
    /// subclass. None when that slot does not apply.
    fn number_slot_compare(&self, a: Value, b: Value) -> Option<Option<Ordering>> {
        let exact_kind = |v: Value| match self.num(v)? {
            crate::runtime::types::int::ops::Num::Int(_) => Some(false),
            crate::runtime::types::int::ops::Num::Float(_) => Some(true),
        };
        let (ka, kb) = (exact_kind(a), exact_kind(b));
        let (exact_is_float, other) = match (ka, kb) {
            (Some(f), None) => (f, b),
            (None, Some(f)) => (f, a),
            _ => return None,
        };
        let p = self.payload_of(other)?;
        if !exact_is_float && exact_kind(p)? {
            return None;
        }
        if ka.is_some() {
            self.num_compare(a, p)
        } else {
            self.num_compare(p, b)
        }
    }

    /// Two slices compare as the tuples (start, stop, step) (CPython's
    /// `slice_richcompare`).
    fn slice_compare(&mut self, ra: ObjRef, rb: ObjRef, op: CmpOp) -> PyResult<bool> {
        let parts = |r: ObjRef| match self.heap.get(r) {
            Obj::Slice { start, stop, step } => vec![*start, *stop, *step],
            _ => unreachable!("slice_compare on a non-slice"),
        };
        let (pa, pb) = (parts(ra), parts(rb));
        for &v in pa.iter().chain(pb.iter()) {
            self.incref(v);
        }
        let ta = self.new_tuple(pa);
        let tb = self.new_tuple(pb);
        let r = self.seq_richcompare(ta, tb, op);
        self.decref(ta);
        self.decref(tb);
        r
    }

    /// An instance of a user subclass of str (not an exact str).
    fn is_str_subclass_instance(&mut self, v: Value) -> bool {
        if !matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_))) {
            return false;
        }
        let (t, s) = (self.type_of(v), self.types.str_);
        self.is_subclass(t, s)
    }

    /// `seq * n` or `n * seq` where `n` is not a small int: the left operand's
    /// sequence repetition first, then the right's (CPython's `PyNumber_Multiply`
    /// after the number slots), with the count from `repeat_count`. None when neither
    /// operand is a sequence or the count has no `__index__`.
    fn seq_repeat_index(&mut self, a: Value, b: Value) -> PyResult<Option<Value>> {
        let (seq, n) = if self.is_sequence(a) {
            (a, b)
        } else if self.is_sequence(b) {
            (b, a)
        } else {
            return Ok(None);
        };
        let Some(count) = self.repeat_count(n)? else {
            return Ok(None);
        };
        let nv = self.int(count);
        let r = match self.seq_binop(seq, nv, BinOp::Mult) {
            Ok(None) => match self.bytes_binop(seq, nv, BinOp::Mult) {
                Ok(None) => self.deque_binop(seq, nv, BinOp::Mult),
                r => r,
            },
            r => r,
        };
        self.decref(nv);
        r
    }

    /// Sequence operators: concatenation and repetition of str, list, tuple.
    fn seq_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        match op {
            BinOp::Add => {
                // Exact strs only: an instance of a str subclass goes through its
                // class's `__add__`/`__radd__`, which it may override.
                if self.is_str(a) && self.is_str(b) {
                    if let Some(v) = self.str_concat(a, b)? {
                        return Ok(Some(v));
                    }
                }
                if let Value::Obj(ra) = a {
                    if matches!(self.heap.get(ra), Obj::Array(_)) {
                        return self.array_concat(ra, b).map(Some);
                    }
                }
                let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
                    return Ok(None);
                };
                match (self.heap.get(ra), self.heap.get(rb)) {
                    (Obj::List(_), Obj::List(_)) => Ok(Some(self.list_concat(ra, rb))),
                    (Obj::Tuple(_), Obj::Tuple(_)) => Ok(Some(self.tuple_concat(ra, rb))),
                    _ => Ok(None),
                }
            }
            BinOp::Mult => {
                let (seq, n) = if let Some(n) = self.as_i64(b) {
                    (a, n)
                } else if let Some(n) = self.as_i64(a) {
                    (b, n)
                } else {
                    return Ok(None);
                };
                let n = n.max(0) as usize;
                if self.is_str(seq) {
                    if let Some(v) = self.str_repeat(seq, n)? {
                        return Ok(Some(v));
                    }
                }
                let Value::Obj(r) = seq else { return Ok(None) };
                match self.heap.get(r) {
                    Obj::List(_) => self.list_repeat(r, n).map(Some),
                    Obj::Tuple(_) => self.tuple_repeat(r, n).map(Some),
                    Obj::Array(_) => self.array_repeat(r, n as i64).map(Some),
                    _ => Ok(None),
                }
            }
            // An instance of a str subclass on the right is asked first (its
            // `__rmod__` may override str's): the general path does that.
            BinOp::Mod if self.is_str(a) && !self.is_str_subclass_instance(b) => {
                self.percent_format(a, b).map(Some)
            }
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor => {
                match self.set_binop(a, b, op)? {
                    Some(v) => Ok(Some(v)),
                    None => self.dict_view_binop(a, b, op),
                }
            }
            _ => Ok(None),
        }
    }
}

pub(crate) fn ord_matches(o: Option<Ordering>, op: CmpOp) -> bool {
    match o {
        None => op == CmpOp::NotEq,
        Some(o) => match op {
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::NotEq => o != Ordering::Equal,
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::LtE => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::GtE => o != Ordering::Less,
            _ => false,
        },
    }
}
