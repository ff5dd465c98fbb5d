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
        }
    }

    /// The iterator over a dict view: keys (0), values (1) or items (2) of `dict`.
    pub(crate) fn new_dict_view_iter(&mut self, dict: ObjRef, kind: u8) -> IterObj {
        let len = match self.heap.get(dict) {
            Obj::Dict(d) => d.len(),
            _ => 0,
        };
        self.heap.incref_obj(dict);
        IterObj::Dict {
            dict: Value::Obj(dict),
            pos: 0,
            kind,
            len,
            left: len,
        }
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
    check_args(vm, "enumerate", args, 1, 2)?;
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
    let e = match num_traits::ToPrimitive::to_i64(&start) {
        Some(n) => IterObj::Enumerate { it, n },
        None => IterObj::BigEnumerate {
            it,
            n: Box::new(start),
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
    let mut its = Vec::new();
    for &a in args {
        match vm.get_iter(a) {
            Ok(i) => its.push(i),
            Err(e) => {
                for i in its {
                    vm.decref(i);
                }
                return Err(e);
            }
        }
    }
    Ok(vm
        .heap
        .new_value(Obj::Iter(Box::new(IterObj::Zip { its, strict }))))
}

/// `map(func, *iterables)`.
pub fn map_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for &a in &args[1..] {
        its.push(vm.get_iter(a)?);
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
    check_args(vm, "reversed", args, 1, 1)?;
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
