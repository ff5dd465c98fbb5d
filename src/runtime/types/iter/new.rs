//! Making builtin iterators: the iterator states `Vm::get_iter` (CPython's
//! `PyObject_GetIter`, in `vm/iter.rs`) builds for the containers (the `tp_iter` of
//! list, tuple, str, bytes, dict and its views, set: CPython's `list_iter`,
//! `dict_iter`, `set_iter`, ...), and the constructors of `enumerate`, `zip`, `map`,
//! `filter`, `reversed` (CPython's Objects/enumobject.c and Python/bltinmodule.c) and
//! `iter(callable, sentinel)` (`PyCallIter_New`, Objects/iterobject.c).

use crate::runtime::builtins::{check_args, kwarg};
use crate::runtime::object::{IterObj, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// What an iterator holding `held` walks: `held` itself, or, when `held` is an
    /// instance of a subclass of list, tuple, str, bytes, bytearray, array, dict, set
    /// or frozenset, the builtin container inside it. CPython's iterators hold the
    /// instance itself (`it_seq`, `di_dict`, `si_set` point at it), so the instance
    /// (its `__del__`, its weakrefs) lives as long as the iterator does; here the
    /// instance is held the same way and its builtin part read at each step. An
    /// instance whose builtin part is something else (or none: the sequence
    /// protocol over `__getitem__`) is walked as itself.
    #[inline]
    pub(crate) fn iter_target(&self, held: Value) -> Value {
        let Value::Obj(r) = held else { return held };
        let Obj::Instance(i) = self.heap.get(r) else {
            return held;
        };
        match i.payload() {
            Some(p @ Value::Obj(pr))
                if matches!(
                    self.heap.get(pr),
                    Obj::List(_)
                        | Obj::Tuple(_)
                        | Obj::Str(_)
                        | Obj::Bytes(_)
                        | Obj::ByteArray(_)
                        | Obj::Array(_)
                        | Obj::Dict(_)
                        | Obj::Set(_)
                        | Obj::FrozenSet(_)
                ) =>
            {
                p
            }
            _ => held,
        }
    }

    /// `iter()` of `held`, an instance of a subclass of a builtin container whose
    /// builtin part is `p` (both borrowed), as the builtin's `tp_iter` makes it
    /// (`list_iter`, `dict_iter`, `set_iter`, ...): an iterator holding the instance
    /// and walking `p` (see `iter_target`). Any other builtin part makes its own
    /// iterator.
    pub(crate) fn held_container_iter(&mut self, held: Value, p: Value) -> PyResult<Value> {
        let Value::Obj(pr) = p else {
            return self.get_iter(p);
        };
        // 0: index iterator, 1: dict key iterator, 2: set iterator.
        let (kind, len) = match self.heap.get(pr) {
            Obj::List(_)
            | Obj::Tuple(_)
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::ByteArray(_)
            | Obj::Array(_) => (0, 0),
            Obj::Dict(d) => (1, d.len()),
            Obj::Set(s) | Obj::FrozenSet(s) => (2, s.len()),
            _ => return self.get_iter(p),
        };
        let it = match kind {
            0 => self.new_seq_iter(held),
            1 => self.new_dict_iter(held, len),
            _ => self.new_set_iter(held, len),
        };
        Ok(self.heap.new_value(Obj::Iter(Box::new(it))))
    }

    /// `reversed()` of `held`, an instance of a subclass of a builtin sequence or
    /// dict whose builtin part is `p` (both borrowed): an iterator holding the
    /// instance. A list's is `list.__reversed__`'s (walking `p`), a dict's
    /// `dict.__reversed__`'s; a tuple, str, bytes, bytearray or array has no
    /// `__reversed__`, so `reversed` takes the instance as a sequence (CPython's
    /// `reversed_new`: its `__len__`, then its `__getitem__` at each step). `None`
    /// for any other builtin part.
    pub(crate) fn held_container_reversed(
        &mut self,
        held: Value,
        p: Value,
    ) -> Option<PyResult<Value>> {
        let Value::Obj(pr) = p else { return None };
        let n = match self.heap.get(pr) {
            Obj::List(l) => l.items.len(),
            Obj::Dict(_) => return Some(self.dict_reversed(held)),
            Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Array(_) => {
                match crate::runtime::builtins::functions::length(self, held) {
                    Ok(n) => n,
                    Err(e) => return Some(Err(e)),
                }
            }
            _ => return None,
        };
        self.incref(held);
        let it = IterObj::Reversed {
            seq: held,
            idx: n as isize - 1,
        };
        Some(Ok(self.heap.new_value(Obj::Iter(Box::new(it)))))
    }

    /// The index iterator over a list, tuple, str, bytes or bytearray `v` (borrowed;
    /// the iterator takes a new reference).
    pub(crate) fn new_seq_iter(&mut self, v: Value) -> IterObj {
        self.incref(v);
        IterObj::Seq { seq: v, idx: 0 }
    }

    /// The key iterator over the dict `v` of `len` items (borrowed; the iterator takes
    /// a new reference).
    pub(crate) fn new_dict_iter(&mut self, v: Value, len: usize) -> IterObj {
        self.incref(v);
        IterObj::Dict {
            dict: v,
            pos: 0,
            kind: 0,
            len,
            left: len,
            result: Value::Undef,
        }
    }

    /// The iterator over a dict view: keys (0), values (1) or items (2) of `dict`
    /// (a dict, or a dict subclass instance, which the iterator holds).
    pub(crate) fn new_dict_view_iter(&mut self, dict: ObjRef, kind: u8) -> IterObj {
        let len = match self.iter_target(Value::Obj(dict)) {
            Value::Obj(d) => match self.heap.get(d) {
                Obj::Dict(d) => d.len(),
                _ => 0,
            },
            _ => 0,
        };
        self.heap.incref_obj(dict);
        let result = self.dict_iter_result(kind);
        IterObj::Dict {
            dict: Value::Obj(dict),
            pos: 0,
            kind,
            len,
            left: len,
            result,
        }
    }

    /// The result tuple a new dict iterator of `kind` starts with: `(None, None)` for
    /// items (CPython's `dictiter_new` packs it before the first step), none else.
    pub(crate) fn dict_iter_result(&mut self, kind: u8) -> Value {
        if kind & !super::DICT_ITER_REVERSED == 2 {
            self.none_tuple(2)
        } else {
            Value::Undef
        }
    }

    /// A new tuple of `n` Nones: the result tuple an items iterator, `enumerate` or
    /// `zip` makes at its creation (CPython's `PyTuple_Pack(2, Py_None, Py_None)`,
    /// `PyTuple_New(n)` filled with None), `()` for none. Up to
    /// `tuple::INLINE_ITEMS` of them without building a Vec first (its malloc and
    /// free cost more than the rest of the tuple).
    pub(crate) fn none_tuple(&mut self, n: usize) -> Value {
        use crate::runtime::types::tuple::{TupleObj, INLINE_ITEMS};
        if n == 0 || n > INLINE_ITEMS {
            return self.new_tuple(vec![Value::None; n]);
        }
        let items = TupleObj::from_slice(&[Value::None; INLINE_ITEMS][..n]);
        self.heap.new_value(Obj::Tuple(items))
    }

    /// The iterator over the set or frozenset `v` of `len` items (borrowed; the
    /// iterator takes a new reference).
    pub(crate) fn new_set_iter(&mut self, v: Value, len: usize) -> IterObj {
        self.incref(v);
        IterObj::Set {
            set: v,
            pos: 0,
            len,
        }
    }
}

/// `enumerate(iterable, start=0)`.
pub fn enumerate_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // CPython's argument-clinic messages for `enumerate(iterable, start=0)`.
    if args.is_empty() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let start = match args.get(1).copied().or_else(|| kwarg(vm, kw, "start")) {
        // Any int (or `__index__`), however big.
        Some(s) => match vm.as_bigint(s) {
            Some(b) => Some(b),
            None if matches!(s, Value::Obj(_)) => vm.index_dunder(s)?,
            None => None,
        }
        .ok_or_else(|| {
            let tn = vm.type_name(s);
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                tn
            ))
        })?,
        None => num_bigint::BigInt::from(0),
    };
    let it = vm.get_iter(args[0])?;
    // CPython's `enum_new` packs its result tuple once it has the iterator.
    let result = vm.none_tuple(2);
    let e = match num_traits::ToPrimitive::to_i64(&start) {
        Some(n) => IterObj::Enumerate { it, n, result },
        None => IterObj::BigEnumerate {
            it,
            n: Box::new(start),
            result,
        },
    };
    Ok(vm.heap.new_value(Obj::Iter(Box::new(e))))
}

/// `zip(*iterables, strict=False)`.
pub fn zip_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let strict = match kwarg(vm, kw, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // CPython keeps the iterators in a tuple, made first (`zip_new`'s `ittuple`);
    // mempy holds them in the zip object itself, so only the collector's count
    // sees that tuple (given back when the zip object dies: `Heap::release_slot`).
    if !args.is_empty() {
        vm.heap
            .note_unbuilt_alloc(crate::runtime::heap::free_lists::Kind::Tuple(args.len()));
    }
    let mut its = Vec::new();
    for &a in args {
        match vm.get_iter(a) {
            Ok(i) => its.push(i),
            Err(e) => {
                for i in its {
                    vm.decref(i);
                }
                if !args.is_empty() {
                    vm.heap
                        .note_unbuilt_free(crate::runtime::heap::free_lists::Kind::Tuple(
                            args.len(),
                        ));
                }
                return Err(e);
            }
        }
    }
    // The result tuple is made before the zip object, as CPython's `zip_new` does.
    let result = vm.none_tuple(its.len());
    Ok(vm.heap.new_value(Obj::Iter(Box::new(IterObj::Zip {
        its,
        strict,
        result,
    }))))
}

/// `map(func, *iterables)`.
pub fn map_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    // CPython 3.11's `map_vectorcall` keeps the iterators in a tuple, made first;
    // mempy holds them in the map object itself, so only the collector's count
    // sees that tuple (given back when the map object dies: `Heap::release_slot`).
    let kind = crate::runtime::heap::free_lists::Kind::Tuple(args.len() - 1);
    vm.heap.note_unbuilt_alloc(kind);
    let mut its = Vec::new();
    for &a in &args[1..] {
        match vm.get_iter(a) {
            Ok(i) => its.push(i),
            Err(e) => {
                for i in its {
                    vm.decref(i);
                }
                vm.heap.note_unbuilt_free(kind);
                return Err(e);
            }
        }
    }
    vm.incref(args[0]);
    Ok(vm
        .heap
        .new_value(Obj::Iter(Box::new(IterObj::Map { func: args[0], its }))))
}

/// `filter(func, iterable)`.
pub fn filter_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "filter", args, 2, 2)?;
    let it = vm.get_iter(args[1])?;
    vm.incref(args[0]);
    Ok(vm
        .heap
        .new_value(Obj::Iter(Box::new(IterObj::Filter { func: args[0], it }))))
}

/// `reversed(seq)` (`cls` is the `reversed` class): a reverse index iterator over a
/// builtin sequence, a reversed range iterator, or the sequence's `__reversed__`.
pub fn reversed_new(vm: &mut Vm, cls: ObjRef, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // `_PyArg_CheckPositional("reversed", ...)`'s message.
    if args.len() != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", args.len())));
    }
    let v = args[0];
    if let Value::Obj(r) = v {
        match vm.heap.get(r) {
            Obj::List(_)
            | Obj::Tuple(_)
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::ByteArray(_)
            | Obj::Array(_)
            // memoryview has no __reversed__: reversed() uses its len() and items.
            | Obj::MemoryView(_) => {
                let n = crate::runtime::builtins::functions::length(vm, v)?;
                vm.incref(v);
                return Ok(vm.heap.new_value(Obj::Iter(Box::new(IterObj::Reversed {
                    seq: v,
                    idx: n as isize - 1,
                }))));
            }
            Obj::Range { start, stop, step } => {
                let (s, e, st) = (*start, *stop, *step);
                let n = crate::runtime::types::range::range_len(s, e, st);
                // From the last element down to one step before the first: in i64
                // when both ends (and the negated step) fit, else as a big range.
                let last = s as i128 + (n as i128 - 1) * st as i128;
                let before = s as i128 - st as i128;
                if let (Ok(cur), Ok(stop), Some(step)) =
                    (i64::try_from(last), i64::try_from(before), st.checked_neg())
                {
                    return Ok(vm.heap.new_value(Obj::Iter(Box::new(IterObj::Range {
                        cur,
                        stop,
                        step,
                        start: cur,
                    }))));
                }
                let it = IterObj::BigRange(Box::new([
                    last.into(),
                    before.into(),
                    (-(st as i128)).into(),
                    last.into(),
                ]));
                return Ok(vm.heap.new_value(Obj::Iter(Box::new(it))));
            }
            // CPython's range_reverse over PyLongs (a longrangeiterator counting down).
            Obj::BigRange(b) => {
                let n = b.len();
                let (s, st) = (b.start.clone(), b.step.clone());
                let last = &s + (n - 1u32) * &st;
                let before = &s - &st;
                let it = IterObj::BigRange(Box::new([last.clone(), before, -st, last]));
                return Ok(vm.heap.new_value(Obj::Iter(Box::new(it))));
            }
            // The dict and its three views (CPython 3.8's dict_reversed*iterator).
            Obj::Dict(_) | Obj::DictView { .. } => return vm.dict_reversed(v),
            Obj::MappingProxy(_) => return vm.mappingproxy_reversed(r),
            Obj::Deque(_) => return Ok(vm.deque_iter(Value::Obj(r), true)),
            Obj::Instance(_) | Obj::Class(_) if vm.like_instance(v) => {
                if let Some(p) = vm.payload_for(v, "__reversed__") {
                    if let Some(r) = vm.held_container_reversed(v, p) {
                        return r;
                    }
                    return vm.call_builtin_class(cls, &[p], kw);
                }
                if let Some(m) = vm.lookup_type_attr(v, "__reversed__") {
                    if matches!(m, Value::None) {
                        // `__reversed__ = None` opts out of reversal.
                        let tn = vm.type_name(v);
                        return Err(vm.type_error(format!("'{}' object is not reversible", tn)));
                    }
                    let r = vm.call_value(m, &[v], &[]);
                    vm.decref(m);
                    return r;
                }
                // The sequence protocol: __len__ and __getitem__ (CPython's
                // PySequence_Check), read from the last index down.
                if matches!(vm.heap.get(r), Obj::Instance(_)) {
                    if let Some(g) = vm.lookup_type_attr(v, "__getitem__") {
                        vm.decref(g);
                        if let Some(l) = vm.lookup_type_attr(v, "__len__") {
                            vm.decref(l);
                            let n = crate::runtime::builtins::functions::length(vm, v)?;
                            vm.incref(v);
                            return Ok(vm.heap.new_value(Obj::Iter(Box::new(IterObj::Reversed {
                                seq: v,
                                idx: n as isize - 1,
                            }))));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("'{}' object is not reversible", tn)))
}

/// `iter(callable, sentinel)` (both borrowed): calls `func` until it returns
/// `sentinel`.
pub fn callable_iter_new(vm: &mut Vm, func: Value, sentinel: Value) -> Value {
    vm.incref(func);
    vm.incref(sentinel);
    vm.heap
        .new_value(Obj::Iter(Box::new(IterObj::Callable { func, sentinel })))
}
