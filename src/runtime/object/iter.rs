//! Iterator objects for builtin containers and the iterator builtins
//! (CPython's listiterator, rangeiterator, dictiterator, enumerate, zip, map, filter,
//! reversed, callable_iterator).

use crate::value::Value;

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
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    /// Iteration over a big-int range (CPython's longrangeiterator): cur, stop, step.
    BigRange(Box<[num_bigint::BigInt; 3]>),
    /// Dict keys (0), values (1) or items (2); `pos` is the raw entry position.
    Dict {
        dict: Value,
        pos: usize,
        kind: u8,
        len: usize,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    Enumerate {
        it: Value,
        n: i64,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
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
    /// An iterator that is exhausted (keeps nothing alive).
    Done,
}

impl IterObj {
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        match self {
            IterObj::Seq { seq, .. } | IterObj::Reversed { seq, .. } => f(*seq),
            IterObj::Dict { dict, .. } => f(*dict),
            IterObj::Set { set, .. } => f(*set),
            IterObj::Enumerate { it, .. } => f(*it),
            IterObj::Zip { its, .. } => its.iter().for_each(|&v| f(v)),
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
            IterObj::Range { .. } | IterObj::BigRange(_) | IterObj::Done => {}
        }
    }

    pub fn clear_refs(&mut self, out: &mut Vec<Value>) {
        self.traverse(&mut |v| out.push(v));
        *self = IterObj::Done;
    }
}
