//! deque's arms of the object protocols (CPython's `deque_as_sequence`,
//! `deque_richcompare`, `deque_iter`/`deque_reviter` with their iterators'
//! `tp_iternext`, `deque_repr`): items by index (no slices: a deque is a sequence
//! without `mp_subscript`), `in`, iteration that fails once the deque changes,
//! lexicographic comparison with another deque, `+` and `*` and their in-place forms.
//! The protocol dispatchers in `runtime/vm` call these for `Obj::Deque`; an instance
//! of a deque subclass reaches them through its payload or the wrappers in
//! `methods.rs`.

use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::object::{IterObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    pub(crate) fn deque_len(&self, r: ObjRef) -> usize {
        self.deque_ref(r).len()
    }

    /// A deque subscript as an index (`PySequence_GetItem`'s conversion: an int or
    /// `__index__`, IndexError when it does not fit), before wrapping negatives.
    fn deque_key(&mut self, key: Value) -> PyResult<i64> {
        if let Some(i) = self.as_i64(key) {
            return Ok(i);
        }
        let big = match self.as_bigint(key) {
            Some(b) => Some(b),
            None if matches!(key, Value::Obj(_)) && !self.is_slice(key) => {
                self.index_dunder(key)?
            }
            None => None,
        };
        match big {
            Some(b) => num_traits::ToPrimitive::to_i64(&b).ok_or_else(|| {
                let tn = self.type_name(key);
                self.index_error(format!("cannot fit '{tn}' into an index-sized integer"))
            }),
            None => {
                let tn = self.type_name(key);
                Err(self.type_error(format!("sequence index must be integer, not '{}'", tn)))
            }
        }
    }

    /// `key` as a position in deque `r`, or IndexError.
    fn deque_position(&mut self, r: ObjRef, key: Value) -> PyResult<usize> {
        let i = self.deque_key(key)?;
        let len = self.deque_len(r) as i64;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err(self.index_error("deque index out of range"));
        }
        Ok(j as usize)
    }

    /// `d[i]` (`deque_item`).
    pub(crate) fn deque_getitem(&mut self, r: ObjRef, key: Value) -> PyResult<Value> {
        let i = self.deque_position(r, key)?;
        let v = self.deque_ref(r).items[i];
        self.incref(v);
        Ok(v)
    }

    /// `d[i] = v` (`deque_ass_item`).
    pub(crate) fn deque_setitem(&mut self, r: ObjRef, key: Value, v: Value) -> PyResult<()> {
        let i = self.deque_position(r, key)?;
        self.incref(v);
        let old = std::mem::replace(&mut self.deque_mut(r).items[i], v);
        self.decref(old);
        Ok(())
    }

    /// `del d[i]` (`deque_del_item`).
    pub(crate) fn deque_delitem(&mut self, r: ObjRef, key: Value) -> PyResult<()> {
        let i = self.deque_position(r, key)?;
        let old = self.deque_mut(r).remove_at(i);
        self.decref(old);
        Ok(())
    }

    /// The error of a search whose `==` changed the deque it walks.
    pub(crate) fn deque_mutated(&mut self) -> crate::runtime::vm::PyErr {
        self.err("RuntimeError", "deque mutated during iteration")
    }

    /// The first position in `lo..hi` of deque `r` holding an item equal to `x`
    /// (`is` or `==`, as `PyObject_RichCompareBool`), None if none does. `mutated`
    /// makes the error raised when a comparison changed the deque.
    pub(crate) fn deque_find(
        &mut self,
        r: ObjRef,
        x: Value,
        lo: usize,
        hi: usize,
        mutated: fn(&mut Vm) -> crate::runtime::vm::PyErr,
    ) -> PyResult<Option<usize>> {
        let state = self.deque_ref(r).state;
        for i in lo..hi {
            let Some(&y) = self.deque_ref(r).items.get(i) else {
                break;
            };
            self.incref(y);
            let eq = self.eq(y, x);
            self.decref(y);
            let eq = eq?;
            if self.deque_ref(r).state != state {
                return Err(mutated(self));
            }
            if eq {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// `x in d` (`deque_contains`).
    pub(crate) fn deque_contains(&mut self, r: ObjRef, x: Value) -> PyResult<bool> {
        let n = self.deque_len(r);
        Ok(self.deque_find(r, x, 0, n, Vm::deque_mutated)?.is_some())
    }

    /// `iter(d)` / `reversed(d)` for `v`, a deque or an instance of a subclass (kept
    /// by the iterator, as CPython's `it->deque`).
    pub(crate) fn deque_iter(&mut self, v: Value, reverse: bool) -> Value {
        let r = self.deque_of(v).expect("a deque");
        let d = self.deque_ref(r);
        let (state, counter) = (d.state, d.len());
        self.incref(v);
        self.heap.new_value(Obj::Iter(Box::new(IterObj::Deque {
            deque: v,
            index: if reverse { counter.wrapping_sub(1) } else { 0 },
            state,
            counter,
            reverse,
        })))
    }

    /// `next()` of a deque iterator (`dequeiter_next`, `dequereviter_next`): a change
    /// of the deque since the iterator was made is a RuntimeError, every time for a
    /// forward iterator, once for a reverse one.
    pub(crate) fn deque_iter_next(&mut self, it: ObjRef) -> PyResult<Option<Value>> {
        let Obj::Iter(i) = self.heap.get(it) else {
            return Ok(None);
        };
        let IterObj::Deque {
            deque,
            index,
            state,
            counter,
            reverse,
        } = **i
        else {
            return Ok(None);
        };
        let Some(r) = self.deque_of(deque) else {
            return Ok(None);
        };
        // `dequereviter_next` looks at its count before the deque, so a reverse
        // iterator spent by a mutation error is plainly exhausted afterwards;
        // `dequeiter_next` looks at the deque first and raises again.
        if reverse && counter == 0 {
            return Ok(None);
        }
        if self.deque_ref(r).state != state {
            if let Obj::Iter(i) = self.heap.get_mut(it) {
                if let IterObj::Deque { counter, .. } = &mut **i {
                    *counter = 0;
                }
            }
            return Err(self.deque_mutated());
        }
        if counter == 0 {
            return Ok(None);
        }
        let v = self.deque_ref(r).items[index];
        self.incref(v);
        if let Obj::Iter(i) = self.heap.get_mut(it) {
            if let IterObj::Deque { index, counter, .. } = &mut **i {
                *index = if reverse {
                    index.wrapping_sub(1)
                } else {
                    *index + 1
                };
                *counter -= 1;
            }
        }
        Ok(Some(v))
    }

    /// `repr(d)` for `v`, a deque or an instance of a subclass (whose class the repr
    /// names): `deque([...])`, `deque([...], maxlen=n)`, `[...]` when met again
    /// inside its own repr (`deque_repr`).
    pub(crate) fn deque_repr(&mut self, v: Value) -> PyResult<String> {
        let (Value::Obj(outer), Some(r)) = (v, self.deque_of(v)) else {
            return Ok(String::new());
        };
        if self.repr_guard_enter(outer) {
            return Ok("[...]".into());
        }
        let items: Vec<Value> = self.deque_ref(r).items.iter().copied().collect();
        for &x in &items {
            self.incref(x);
        }
        let maxlen = self.deque_ref(r).maxlen;
        let l = self.new_list(items);
        let body = self.repr(l);
        self.decref(l);
        self.repr_guard_exit(outer);
        let body = body?;
        let cls = self.type_of(v);
        let name = self.class_name(cls);
        let name = name.rsplit('.').next().unwrap_or("").to_string();
        Ok(match maxlen {
            Some(m) => format!("{}({}, maxlen={})", name, body, m),
            None => format!("{}({})", name, body),
        })
    }

    /// `a op b` for two deques (`deque_richcompare`): NotImplemented (None) unless
    /// both are deques; `==`/`!=` of different lengths answer at once; otherwise the
    /// first pair that is not equal decides with `op`, else the lengths.
    pub(crate) fn deque_compare(
        &mut self,
        a: Value,
        b: Value,
        op: CmpOp,
    ) -> PyResult<Option<Value>> {
        let (Some(ra), Some(rb)) = (self.deque_of(a), self.deque_of(b)) else {
            return Ok(None);
        };
        let (la, lb) = (self.deque_len(ra), self.deque_len(rb));
        match op {
            CmpOp::Eq if a.is(b) => return Ok(Some(Value::Bool(true))),
            CmpOp::NotEq if a.is(b) => return Ok(Some(Value::Bool(false))),
            CmpOp::Eq if la != lb => return Ok(Some(Value::Bool(false))),
            CmpOp::NotEq if la != lb => return Ok(Some(Value::Bool(true))),
            _ => {}
        }
        let (sa, sb) = (self.deque_ref(ra).state, self.deque_ref(rb).state);
        let mut i = 0;
        let (x_more, y_more) = loop {
            if self.deque_ref(ra).state != sa || self.deque_ref(rb).state != sb {
                return Err(self.deque_mutated());
            }
            let x = self.deque_ref(ra).items.get(i).copied();
            let y = self.deque_ref(rb).items.get(i).copied();
            let (Some(x), Some(y)) = (x, y) else {
                break (x.is_some(), y.is_some());
            };
            self.incref(x);
            self.incref(y);
            let res = match self.eq(x, y) {
                Ok(true) => Ok(None),
                Ok(false) => self.rich_compare(x, y, op).map(Some),
                Err(e) => Err(e),
            };
            self.decref(x);
            self.decref(y);
            if let Some(v) = res? {
                return Ok(Some(v));
            }
            i += 1;
        };
        let answer = match op {
            CmpOp::Lt => y_more,
            CmpOp::LtE => !x_more,
            CmpOp::Eq => x_more == y_more,
            CmpOp::NotEq => x_more != y_more,
            CmpOp::Gt => x_more,
            _ => !y_more,
        };
        Ok(Some(Value::Bool(answer)))
    }

    /// A copy of `v`, a deque or a subclass instance (`deque_copy`): for the exact
    /// type a new deque with the same bound filled by `append` (one item) or
    /// `extend`; for a subclass, `type(v)(v)` or `type(v)(v, maxlen)`.
    pub(crate) fn deque_copy(&mut self, v: Value) -> PyResult<Value> {
        let r = self.deque_of(v).expect("a deque");
        let maxlen = self.deque_ref(r).maxlen;
        if v.is(Value::Obj(r)) {
            let new = self.new_deque(maxlen);
            let Value::Obj(nr) = new else { unreachable!() };
            if self.deque_len(r) == 1 {
                let x = self.deque_ref(r).items[0];
                self.deque_push_back(nr, x);
            } else if let Err(e) = self.deque_extend(nr, v, false) {
                self.decref(new);
                return Err(e);
            }
            return Ok(new);
        }
        let cls = Value::Obj(self.type_of(v));
        match maxlen {
            Some(m) => {
                let m = self.int(m as i64);
                let res = self.call_value(cls, &[v, m], &[]);
                self.decref(m);
                res
            }
            None => self.call_value(cls, &[v], &[]),
        }
    }

    /// `a + b` for a deque `a` (`deque_concat`): `b` must be a deque; the result is a
    /// copy of `a` (of its class) extended by `b`.
    pub(crate) fn deque_concat(&mut self, a: Value, b: Value) -> PyResult<Value> {
        if self.deque_of(b).is_none() {
            let tn = self.type_name(b);
            return Err(self.type_error(format!(
                "can only concatenate deque (not \"{}\") to deque",
                tn
            )));
        }
        let new = self.deque_copy(a)?;
        let res = match self.deque_of(new) {
            Some(nr) => self.deque_extend(nr, b, false),
            None => Ok(()),
        };
        match res {
            Ok(()) => Ok(new),
            Err(e) => {
                self.decref(new);
                Err(e)
            }
        }
    }

    /// `d *= n` on deque `r` (`deque_inplace_repeat`): nothing to do for an empty
    /// deque or `n == 1`; cleared for `n <= 0`; a single item repeated up to the
    /// bound; otherwise `n - 1` extensions by a snapshot, with `n` first reduced to
    /// the fewest repetitions that reach the bound.
    pub(crate) fn deque_repeat_in_place(&mut self, r: ObjRef, n: i64) -> PyResult<()> {
        let size = self.deque_len(r);
        if size == 0 || n == 1 {
            return Ok(());
        }
        if n <= 0 {
            self.deque_clear(r);
            return Ok(());
        }
        if size == 1 {
            let mut n = n as u64;
            if let Some(m) = self.deque_ref(r).maxlen {
                n = n.min(m as u64);
            }
            if n > 1 && (n - 1).saturating_mul(8) > isize::MAX as u64 {
                return Err(self.err_noargs("MemoryError"));
            }
            let x = self.deque_ref(r).items[0];
            for _ in 1..n {
                self.deque_push_back(r, x);
            }
            return Ok(());
        }
        if (size as u64).saturating_mul(n as u64) > (isize::MAX as u64) / 8 {
            return Err(self.err_noargs("MemoryError"));
        }
        let mut n = n;
        if let Some(m) = self.deque_ref(r).maxlen {
            if (n as u64).saturating_mul(size as u64) > m as u64 {
                n = m.div_ceil(size) as i64;
            }
        }
        let items: Vec<Value> = self.deque_ref(r).items.iter().copied().collect();
        for &x in &items {
            self.incref(x);
        }
        let snapshot = self.new_list(items);
        let mut res = Ok(());
        for _ in 1..n {
            res = self.deque_extend(r, snapshot, false);
            if res.is_err() {
                break;
            }
        }
        self.decref(snapshot);
        res
    }

    /// The repeat count of `d * n`: an int or `__index__`, else None (the operator
    /// then reports "can't multiply sequence by non-int").
    fn deque_count_arg(&mut self, n: Value) -> PyResult<Option<i64>> {
        if let Value::Bool(b) = n {
            return Ok(Some(b as i64));
        }
        if let Some(i) = self.as_i64(n) {
            return Ok(Some(i));
        }
        if self.as_bigint(n).is_some() {
            return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        if matches!(n, Value::Obj(_)) {
            if let Some(b) = self.index_dunder(n)? {
                return match num_traits::ToPrimitive::to_i64(&b) {
                    Some(i) => Ok(Some(i)),
                    None => Err(self.overflow_error(format!(
                        "cannot fit '{}' into an index-sized integer",
                        self.type_name(n)
                    ))),
                };
            }
        }
        Ok(None)
    }

    /// `d * n` (`deque_repeat`): a copy repeated in place.
    pub(crate) fn deque_repeat(&mut self, v: Value, n: i64) -> PyResult<Value> {
        let new = self.deque_copy(v)?;
        if let Some(nr) = self.deque_of(new) {
            if let Err(e) = self.deque_repeat_in_place(nr, n) {
                self.decref(new);
                return Err(e);
            }
        }
        Ok(new)
    }

    /// `a + b` / `a * b` / `b * a` with an exact deque operand, once the operands'
    /// own methods declined (a deque has only sequence slots): None if not for us.
    pub(crate) fn deque_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        let is_deque = |vm: &Vm, v: Value| matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Deque(_)));
        match op {
            BinOp::Add if is_deque(self, a) => self.deque_concat(a, b).map(Some),
            BinOp::Mult if is_deque(self, a) => match self.deque_count_arg(b)? {
                Some(n) => self.deque_repeat(a, n).map(Some),
                None => Ok(None),
            },
            BinOp::Mult if is_deque(self, b) => match self.deque_count_arg(a)? {
                Some(n) => self.deque_repeat(b, n).map(Some),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// `d += x` / `d *= n` on an exact deque (`deque_inplace_concat`: any iterable;
    /// `deque_inplace_repeat`). None if the operator is not one of these or `n` is no
    /// index.
    pub(crate) fn deque_inplace(
        &mut self,
        a: Value,
        b: Value,
        op: BinOp,
    ) -> PyResult<Option<Value>> {
        let Some(r) = self.deque_of(a) else {
            return Ok(None);
        };
        match op {
            BinOp::Add => self.deque_extend(r, b, false)?,
            BinOp::Mult => match self.deque_count_arg(b)? {
                Some(n) => self.deque_repeat_in_place(r, n)?,
                None => return Ok(None),
            },
            _ => return Ok(None),
        }
        self.incref(a);
        Ok(Some(a))
    }
}

impl Vm {
    /// The comparison of `do_richcompare` when an exact deque is an operand (an
    /// instance of a subclass reaches `deque_compare` through its `__eq__` & co.).
    pub(crate) fn exact_deque_compare(
        &mut self,
        a: Value,
        b: Value,
        op: CmpOp,
    ) -> PyResult<Option<Value>> {
        let is = |vm: &Vm, v: Value| matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Deque(_)));
        if !is(self, a) && !is(self, b) {
            return Ok(None);
        }
        self.deque_compare(a, b, op)
    }
}
