//! The builtin iterator types (`Obj::Iter`): sequence, dict, set and range iterators,
//! `enumerate`, `zip`, `map`, `filter`, `reversed` and `iter(callable, sentinel)`
//! (CPython's Objects/iterobject.c, listobject.c's listiterator, rangeobject.c's
//! rangeiterator, dictobject.c's dictiterator, setobject.c's setiterator,
//! enumobject.c and Python/bltinmodule.c's zip/map/filter).
//!
//! This file is the data: the iterator states, their traversal and their size. The
//! code that needs the VM is beside it: `new.rs` builds iterators (the `tp_iter` of the
//! containers and the constructors of the iterator builtins), `next.rs` advances them
//! (each kind's `tp_iternext`), `methods.rs` registers `__next__`/`__iter__`, and
//! `repr.rs` prints them.

pub mod methods;
pub mod new;
mod next;
mod repr;

use crate::value::{ObjRef, Value};

/// `IterObj::Dict::kind` bit: the iterator walks the dict from its last entry
/// (CPython's `dict_reversekeyiterator` & co.); the low bits say keys/values/items.
pub const DICT_ITER_REVERSED: u8 = 4;

/// What `Vm::next_pair_fast` (the `FOR_ITER` + `UNPACK_SEQUENCE 2` of
/// `for a, b in it`) found.
pub enum PairStep {
    /// The next pair's items, new references, first item first.
    Pair(Value, Value),
    /// The iterator ran out (having let go of what its end lets go of).
    End,
    /// Nothing changed: the general path decides.
    Slow,
}

pub enum IterObj {
    /// Index-based iteration over a list, tuple or str (`seq` owned).
    Seq {
        seq: Value,
        idx: usize,
    },
    /// Reverse index-based iteration (`reversed(list)`); idx counts down.
    Reversed {
        seq: Value,
        idx: isize,
    },
    /// Iteration over a range (CPython's rangeiterator): `cur` is the next value,
    /// `start` the first one (so `__reduce__` can give the index, as CPython's
    /// `it->index`).
    Range {
        cur: i64,
        stop: i64,
        step: i64,
        start: i64,
    },
    /// Iteration over a big-int range (CPython's longrangeiterator): cur, stop, step,
    /// start.
    BigRange(Box<[num_bigint::BigInt; 4]>),
    /// Dict keys (0), values (1) or items (2), walked backwards when the kind has
    /// `DICT_ITER_REVERSED` (`reversed(d)`, `reversed(d.items())`); `pos` is the raw
    /// entry position (backwards: one past the next entry to look at), `len` the
    /// dict's size when iteration began, `left` how many entries may still come
    /// (CPython's `di_len`: one more means keys were deleted and added). An items
    /// iterator's `result` (owned; `Undef` for the others) is the `(None, None)`
    /// tuple it made at its creation and hands out again, refilled, whenever nothing
    /// else holds it (CPython's `di_result`).
    Dict {
        dict: Value,
        pos: usize,
        kind: u8,
        len: usize,
        left: usize,
        result: Value,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    /// `enumerate(it)`: `result` (owned) is the `(None, None)` tuple it made at its
    /// creation and hands out again, refilled, whenever nothing else holds it
    /// (CPython's `en_result`, as `Zip`'s).
    Enumerate {
        it: Value,
        n: i64,
        result: Value,
    },
    /// `enumerate` counting past i64 (a big `start`, or an i64 count run out): as
    /// CPython's enumobject switches to its `en_longindex`.
    BigEnumerate {
        it: Value,
        n: Box<num_bigint::BigInt>,
        result: Value,
    },
    /// `zip(*its)` (CPython's `zipobject`): `result` (owned) is the tuple of
    /// `its.len()` items it made at its creation (Nones; the empty tuple for no
    /// iterables) and hands out again, refilled, whenever nothing else holds it,
    /// as CPython's `zip_next` does: so `for a, b in zip(x, y)` allocates no tuple
    /// per step, and the tuple keeps the last items alive until the next step.
    Zip {
        its: Vec<Value>,
        strict: bool,
        result: Value,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// `iter(callable, sentinel)`
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// What an async generator's `__anext__()`/`asend(v)` returns (CPython's
    /// `async_generator_asend`): an awaitable iterator running one step of `gen`
    /// (owned) with `sendval` (owned; Undef for `__anext__`). `state` is
    /// `asyncgen::AWAIT_INIT`, `AWAIT_ITER` or `AWAIT_CLOSED`.
    AsyncGenASend {
        gen: Value,
        sendval: Value,
        state: u8,
    },
    /// What `athrow(...)` and `aclose()` return (CPython's `async_generator_athrow`):
    /// `args` (owned) is the tuple of `athrow`'s arguments, Undef for `aclose()`.
    AsyncGenAThrow {
        gen: Value,
        args: Value,
        state: u8,
    },
    /// What `anext(it, default)` returns (CPython's `anext_awaitable`): it awaits
    /// `wrapped` (owned), and its StopAsyncIteration ends it with `default` (owned).
    AnextAwaitable {
        wrapped: Value,
        default: Value,
    },
    /// What a coroutine's `__await__()` returns (CPython's `coroutine_wrapper`,
    /// `PyCoroWrapper`): an iterator driving `coro` (owned).
    CoroWrapper {
        coro: Value,
    },
    /// Iteration over a `collections.deque` (CPython's `dequeiterobject`): `deque` is
    /// the deque or subclass instance (owned), `index` the next item's position
    /// (counting down when `reverse`), `state` the deque's mutation count when the
    /// iterator was made, `counter` how many items are left.
    Deque {
        deque: Value,
        index: usize,
        state: u64,
        counter: usize,
        reverse: bool,
    },
    /// An `itertools` iterator (types/itertools).
    Tool(Box<crate::runtime::types::itertools::ToolObj>),
    /// An iterator that is exhausted (keeps nothing alive).
    Done,
    /// An exhausted iterator that let go of what it walked, as CPython's do at
    /// their end (`it_seq`, `di_dict`, `si_set` set to NULL), keeping its type
    /// (`class`) and its size: `type(it)` and `sys.getsizeof(it)` do not change.
    Spent {
        class: ObjRef,
        size: u32,
    },
    /// An OrderedDict's iterator (`types/odict/iter.rs`): the OrderedDict (`Undef`
    /// once done), the next key (owned, `Undef` at the end), the size and order
    /// state it started with, the kind (`odict::iter::ITER_*`) and the result
    /// tuple it reuses.
    ODict {
        od: Value,
        current: Value,
        size: usize,
        state: u64,
        kind: u8,
        result: Value,
    },
}

impl IterObj {
    /// The iterator over `range(start, stop, step)` (CPython's `range_iter`): an i64
    /// range_iterator unless stepping to the end could leave i64 (then CPython too
    /// makes a longrange_iterator).
    pub fn range(start: i64, stop: i64, step: i64) -> IterObj {
        let len = crate::runtime::types::range::range_len(start, stop, step);
        let overflows = len > 0
            && if step > 0 {
                stop > i64::MAX - (step - 1)
            } else {
                stop < i64::MIN + (-1 - step)
            };
        if overflows {
            return IterObj::BigRange(Box::new([
                start.into(),
                stop.into(),
                step.into(),
                start.into(),
            ]));
        }
        IterObj::Range {
            cur: start,
            stop,
            step,
            start,
        }
    }

    /// The iterator over a big-int range (CPython's `longrangeiter`).
    pub fn big_range(br: &crate::runtime::object::BigRangeObj) -> IterObj {
        IterObj::BigRange(Box::new([
            br.start.clone(),
            br.stop.clone(),
            br.step.clone(),
            br.start.clone(),
        ]))
    }

    /// Whether CPython's type for this iterator is a GC type (counted in
    /// `gc.get_count()` when made, tracked): all are but the range iterators,
    /// which hold only numbers (`PyRangeIter_Type`, `PyLongRangeIter_Type`).
    pub fn is_gc(&self) -> bool {
        !matches!(self, IterObj::Range { .. } | IterObj::BigRange(_))
    }

    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        match self {
            IterObj::Seq { seq, .. } | IterObj::Reversed { seq, .. } => f(*seq),
            IterObj::Dict { dict, result, .. } => {
                f(*dict);
                if !result.is_undef() {
                    f(*result);
                }
            }
            IterObj::Set { set, .. } => f(*set),
            IterObj::Deque { deque, .. } => f(*deque),
            IterObj::Enumerate { it, result, .. } | IterObj::BigEnumerate { it, result, .. } => {
                f(*it);
                f(*result);
            }
            IterObj::Zip { its, result, .. } => {
                its.iter().for_each(|&v| f(v));
                f(*result);
            }
            IterObj::Map { func, its } => {
                f(*func);
                its.iter().for_each(|&v| f(v));
            }
            IterObj::Filter { func, it } => {
                f(*func);
                f(*it);
            }
            IterObj::Callable { func, sentinel } => {
                f(*func);
                f(*sentinel);
            }
            IterObj::AsyncGenASend { gen, sendval, .. } => {
                f(*gen);
                f(*sendval);
            }
            IterObj::AsyncGenAThrow { gen, args, .. } => {
                f(*gen);
                f(*args);
            }
            IterObj::AnextAwaitable { wrapped, default } => {
                f(*wrapped);
                f(*default);
            }
            IterObj::CoroWrapper { coro } => f(*coro),
            IterObj::Tool(t) => t.traverse(f),
            IterObj::Range { .. }
            | IterObj::BigRange(_)
            | IterObj::Done
            | IterObj::Spent { .. } => {}
            IterObj::ODict {
                od,
                current,
                result,
                ..
            } => [*od, *current, *result]
                .into_iter()
                .filter(|v| !v.is_undef())
                .for_each(f),
        }
    }

    pub fn clear_refs(&mut self, out: &mut Vec<Value>) {
        self.traverse(&mut |v| out.push(v));
        *self = IterObj::Done;
    }

    /// `sys.getsizeof` (CPython 3.11, 64-bit) of the iterator object.
    pub fn sizeof(&self) -> usize {
        match self {
            // dictiterobject: GC header, dict, used, pos, result, len.
            IterObj::Dict { .. } => 72,
            // enumobject: GC header, index, iterator, result, long index.
            IterObj::Enumerate { .. } | IterObj::BigEnumerate { .. } => 72,
            // setiterobject and zipobject: four fields after the header.
            IterObj::Set { .. } | IterObj::Zip { .. } => 64,
            // anextawaitableobject: two fields after the header.
            IterObj::AnextAwaitable { .. } => 48,
            // PyCoroWrapper: GC header, object header, the coroutine.
            IterObj::CoroWrapper { .. } => 40,
            IterObj::Deque { .. } => crate::runtime::types::deque::DEQUE_ITER_SIZEOF,
            // async_generator_asend/athrow: generator, value or args, state.
            IterObj::AsyncGenASend { .. } | IterObj::AsyncGenAThrow { .. } => 56,
            IterObj::Tool(t) => t.sizeof(),
            IterObj::Spent { size, .. } => *size as usize,
            IterObj::ODict { .. } => crate::runtime::types::odict::iter::ODICT_ITER_SIZEOF,
            // list/tuple/str/range iterators, reversed, map, filter,
            // callable_iterator: two fields after the header.
            _ => 48,
        }
    }
}
