//! The iterator types of the `itertools` module (CPython's Modules/itertoolsmodule.c):
//! `count`, `cycle`, `repeat`, `accumulate`, `chain`, `compress`, `dropwhile`,
//! `takewhile`, `filterfalse`, `groupby` and its `_grouper`, `islice`, `starmap`,
//! `tee`'s `_tee` and `_tee_dataobject`, `zip_longest`, `pairwise`, `product`,
//! `permutations`, `combinations` and `combinations_with_replacement`.
//!
//! They are builtin iterators (`Obj::Iter` holding `IterObj::Tool`), so iteration,
//! the cycle collector and `sys.getsizeof` reach them as they reach `map` or `zip`.
//! This file is the data: the states, their traversal and their size. Beside it:
//! `new.rs` (the constructors and `tee()`), `next.rs` (each type's `tp_iternext`),
//! `methods.rs` (the Python-visible methods, reprs, `__length_hint__`) and
//! `reduce.rs` (`__reduce__`/`__setstate__`/`__copy__`, the pickle support CPython
//! 3.11 still has). The module object itself is `runtime/modules/itertools.rs`.

pub mod methods;
pub mod new;
mod next;
mod reduce;

use crate::value::Value;

/// How many values one `_tee_dataobject` buffers before it links to the next one
/// (CPython's `LINKCELLS`).
pub const LINKCELLS: usize = 57;

/// The itertools types, in the order of `Types::itertools`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Count,
    Cycle,
    Repeat,
    Accumulate,
    Chain,
    Compress,
    DropWhile,
    TakeWhile,
    FilterFalse,
    GroupBy,
    Grouper,
    ISlice,
    StarMap,
    Tee,
    TeeData,
    ZipLongest,
    Pairwise,
    Product,
    Permutations,
    Combinations,
    CombinationsWithReplacement,
}

/// How many itertools types there are.
pub const N_KINDS: usize = 21;

/// Every kind, in `Types::itertools` order.
pub const KINDS: [Kind; N_KINDS] = [
    Kind::Count,
    Kind::Cycle,
    Kind::Repeat,
    Kind::Accumulate,
    Kind::Chain,
    Kind::Compress,
    Kind::DropWhile,
    Kind::TakeWhile,
    Kind::FilterFalse,
    Kind::GroupBy,
    Kind::Grouper,
    Kind::ISlice,
    Kind::StarMap,
    Kind::Tee,
    Kind::TeeData,
    Kind::ZipLongest,
    Kind::Pairwise,
    Kind::Product,
    Kind::Permutations,
    Kind::Combinations,
    Kind::CombinationsWithReplacement,
];

impl Kind {
    /// The type's `__name__` (its `tp_name` is `itertools.` + this).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Cycle => "cycle",
            Kind::Repeat => "repeat",
            Kind::Accumulate => "accumulate",
            Kind::Chain => "chain",
            Kind::Compress => "compress",
            Kind::DropWhile => "dropwhile",
            Kind::TakeWhile => "takewhile",
            Kind::FilterFalse => "filterfalse",
            Kind::GroupBy => "groupby",
            Kind::Grouper => "_grouper",
            Kind::ISlice => "islice",
            Kind::StarMap => "starmap",
            Kind::Tee => "_tee",
            Kind::TeeData => "_tee_dataobject",
            Kind::ZipLongest => "zip_longest",
            Kind::Pairwise => "pairwise",
            Kind::Product => "product",
            Kind::Permutations => "permutations",
            Kind::Combinations => "combinations",
            Kind::CombinationsWithReplacement => "combinations_with_replacement",
        }
    }

    /// Whether a class may derive from the type (CPython's `Py_TPFLAGS_BASETYPE`).
    pub fn subclassable(self) -> bool {
        !matches!(self, Kind::Grouper | Kind::Tee | Kind::TeeData)
    }
}

/// The state of one itertools object. Every `Value` is owned; `Value::Undef` is
/// CPython's NULL (an iterator dropped once exhausted, a result not made yet).
pub enum ToolObj {
    /// `count(start, step)`; `fast` is CPython's fast mode: an int count stepping
    /// by the int 1 (its repr and `__reduce__` leave the step out).
    Count {
        cur: Value,
        step: Value,
        fast: bool,
    },
    /// `cycle(it)`: `saved` is the list of what the first pass saw.
    Cycle {
        it: Value,
        saved: Value,
        index: usize,
        firstpass: bool,
    },
    /// `repeat(obj, times)`; `left` is -1 for endless.
    Repeat {
        obj: Value,
        left: i64,
    },
    /// `accumulate(it, func, initial=)`: `func` is None for `+`, `initial` None
    /// once given out.
    Accumulate {
        it: Value,
        func: Value,
        total: Value,
        initial: Value,
    },
    /// `chain(*its)`: `source` iterates over the iterables, `active` is the current
    /// one's iterator.
    Chain {
        source: Value,
        active: Value,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    /// `dropwhile`: `started` once the predicate failed (CPython's `start`).
    DropWhile {
        func: Value,
        it: Value,
        started: bool,
    },
    /// `takewhile`: `stopped` once the predicate failed.
    TakeWhile {
        func: Value,
        it: Value,
        stopped: bool,
    },
    FilterFalse {
        func: Value,
        it: Value,
    },
    /// `groupby(it, key)`: `group` numbers the groups handed out, so a `_grouper`
    /// knows it is still the current one (CPython compares `currgrouper`).
    GroupBy {
        it: Value,
        keyfunc: Value,
        tgtkey: Value,
        currkey: Value,
        currvalue: Value,
        group: u64,
    },
    /// One group of a `groupby` (`parent`), valid while the parent's `group` is
    /// still `group`.
    Grouper {
        parent: Value,
        tgtkey: Value,
        group: u64,
    },
    /// `islice(it, start, stop, step)`: `stop` -1 is None; `cnt` counts what was
    /// read, `next` is the index of the next item to give.
    ISlice {
        it: Value,
        next: i64,
        stop: i64,
        step: i64,
        cnt: i64,
    },
    StarMap {
        func: Value,
        it: Value,
    },
    /// One of `tee()`'s iterators: the buffer block it reads and its position in it.
    Tee {
        data: Value,
        index: usize,
    },
    /// A block of up to `LINKCELLS` values read from `it`, shared by the tee
    /// iterators, linked to the block after it (`next`).
    TeeData {
        it: Value,
        values: Vec<Value>,
        next: Value,
        running: bool,
    },
    /// `zip_longest`: an exhausted iterator's slot becomes Undef.
    ZipLongest {
        its: Vec<Value>,
        active: usize,
        fill: Value,
    },
    /// `pairwise(it)`: `old` is the previous item.
    Pairwise {
        it: Value,
        old: Value,
    },
    /// `product`: `pools` is a tuple of tuples; `result` the last tuple given out
    /// (reused when nobody else holds it, as CPython does).
    Product {
        pools: Value,
        indices: Vec<usize>,
        result: Value,
        stopped: bool,
    },
    Permutations {
        pool: Value,
        r: usize,
        indices: Vec<usize>,
        cycles: Vec<usize>,
        result: Value,
        stopped: bool,
    },
    /// `combinations` (`with_replacement` false) and
    /// `combinations_with_replacement`.
    Combinations {
        pool: Value,
        r: usize,
        indices: Vec<usize>,
        result: Value,
        stopped: bool,
        with_replacement: bool,
    },
}

impl ToolObj {
    pub fn kind(&self) -> Kind {
        match self {
            ToolObj::Count { .. } => Kind::Count,
            ToolObj::Cycle { .. } => Kind::Cycle,
            ToolObj::Repeat { .. } => Kind::Repeat,
            ToolObj::Accumulate { .. } => Kind::Accumulate,
            ToolObj::Chain { .. } => Kind::Chain,
            ToolObj::Compress { .. } => Kind::Compress,
            ToolObj::DropWhile { .. } => Kind::DropWhile,
            ToolObj::TakeWhile { .. } => Kind::TakeWhile,
            ToolObj::FilterFalse { .. } => Kind::FilterFalse,
            ToolObj::GroupBy { .. } => Kind::GroupBy,
            ToolObj::Grouper { .. } => Kind::Grouper,
            ToolObj::ISlice { .. } => Kind::ISlice,
            ToolObj::StarMap { .. } => Kind::StarMap,
            ToolObj::Tee { .. } => Kind::Tee,
            ToolObj::TeeData { .. } => Kind::TeeData,
            ToolObj::ZipLongest { .. } => Kind::ZipLongest,
            ToolObj::Pairwise { .. } => Kind::Pairwise,
            ToolObj::Product { .. } => Kind::Product,
            ToolObj::Permutations { .. } => Kind::Permutations,
            ToolObj::Combinations {
                with_replacement: false,
                ..
            } => Kind::Combinations,
            ToolObj::Combinations { .. } => Kind::CombinationsWithReplacement,
        }
    }

    /// Calls `f` on every strong reference held (CPython's `tp_traverse`); Undef
    /// slots are skipped.
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        let mut g = |v: Value| {
            if !v.is_undef() {
                f(v)
            }
        };
        match self {
            ToolObj::Count { cur, step, .. } => {
                g(*cur);
                g(*step);
            }
            ToolObj::Cycle { it, saved, .. } => {
                g(*it);
                g(*saved);
            }
            ToolObj::Repeat { obj, .. } => g(*obj),
            ToolObj::Accumulate {
                it,
                func,
                total,
                initial,
            } => {
                g(*func);
                g(*it);
                g(*total);
                g(*initial);
            }
            ToolObj::Chain { source, active } => {
                g(*source);
                g(*active);
            }
            ToolObj::Compress { data, selectors } => {
                g(*data);
                g(*selectors);
            }
            ToolObj::DropWhile { func, it, .. }
            | ToolObj::TakeWhile { func, it, .. }
            | ToolObj::FilterFalse { func, it }
            | ToolObj::StarMap { func, it } => {
                g(*it);
                g(*func);
            }
            ToolObj::GroupBy {
                it,
                keyfunc,
                tgtkey,
                currkey,
                currvalue,
                ..
            } => {
                g(*it);
                g(*keyfunc);
                g(*tgtkey);
                g(*currkey);
                g(*currvalue);
            }
            ToolObj::Grouper { parent, tgtkey, .. } => {
                g(*parent);
                g(*tgtkey);
            }
            ToolObj::ISlice { it, .. } => g(*it),
            ToolObj::Tee { data, .. } => g(*data),
            ToolObj::TeeData {
                it, values, next, ..
            } => {
                g(*it);
                values.iter().for_each(|&v| g(v));
                g(*next);
            }
            ToolObj::ZipLongest { its, fill, .. } => {
                its.iter().for_each(|&v| g(v));
                g(*fill);
            }
            ToolObj::Pairwise { it, old } => {
                g(*it);
                g(*old);
            }
            ToolObj::Product { pools, result, .. } => {
                g(*pools);
                g(*result);
            }
            ToolObj::Permutations { pool, result, .. }
            | ToolObj::Combinations { pool, result, .. } => {
                g(*pool);
                g(*result);
            }
        }
    }

    /// `sys.getsizeof` (CPython 3.11, 64-bit, GC header included): the type's
    /// basic size plus, for the combinatoric ones, their index arrays.
    pub fn sizeof(&self) -> usize {
        match self {
            ToolObj::Repeat { .. }
            | ToolObj::Chain { .. }
            | ToolObj::Compress { .. }
            | ToolObj::FilterFalse { .. }
            | ToolObj::StarMap { .. }
            | ToolObj::Pairwise { .. }
            | ToolObj::Grouper { .. } => 48,
            ToolObj::Count { .. }
            | ToolObj::DropWhile { .. }
            | ToolObj::TakeWhile { .. }
            | ToolObj::Tee { .. } => 56,
            ToolObj::Cycle { .. } | ToolObj::Accumulate { .. } => 64,
            ToolObj::ISlice { .. } | ToolObj::ZipLongest { .. } => 72,
            ToolObj::GroupBy { .. } => 80,
            // teedataobject: header, iterator, counters, next link, LINKCELLS values.
            ToolObj::TeeData { .. } => 40 + 16 + 8 * LINKCELLS,
            ToolObj::Product { indices, .. } => 64 + 8 * indices.len(),
            ToolObj::Permutations {
                indices, cycles, ..
            } => 80 + 8 * (indices.len() + cycles.len()),
            ToolObj::Combinations { indices, .. } => 72 + 8 * indices.len(),
        }
    }
}
