//! `collections.deque`, the double-ended queue (CPython's `dequeobject` in
//! Modules/_collectionsmodule.c), and its two iterators.
//!
//! The items live in a `VecDeque`. CPython keeps them in a chain of 64-slot blocks,
//! and `sys.getsizeof` counts those blocks, so beside the items this payload keeps the
//! one number the block chain's size follows from: the slot the first item occupies
//! in its block (CPython's `leftindex`). Every operation that changes the length moves
//! it as CPython's block bookkeeping does (appends on the right leave it, appends on
//! the left and pops on the left step it, an emptied deque is re-centred, `extend` of
//! an empty deque starts at slot 1 and `extendleft` at slot 63, rotations shift it),
//! so the block count `ceil((leftindex + len) / 64)` is CPython's.
//!
//! `state` counts mutations (CPython's `deque->state`): iterators, `in`, `count`,
//! `index`, `remove` and comparisons compare it to notice a deque changed under them.
//!
//! This file is the data; `new.rs` the constructor and `__init__`, `ops.rs` the
//! protocol arms the dispatchers call (length, items, `in`, iteration, repr,
//! comparison, `+`, `*`), `methods.rs` the Python-visible methods.

mod methods;
mod new;
mod ops;

pub use methods::install;
pub use new::{deque_iter_new, deque_new};

use crate::value::Value;
use std::collections::VecDeque;

/// Slots per block (CPython's `BLOCKLEN`).
const BLOCKLEN: usize = 64;
/// Where an empty deque's next item goes (CPython's `CENTER + 1`).
const CENTER_NEXT: usize = (BLOCKLEN - 1) / 2 + 1;
/// `sys.getsizeof` of a deque without its blocks: the GC header and `dequeobject`
/// (CPython 3.11, 64-bit: 16 + 216).
pub const DEQUE_BASE_SIZEOF: usize = 232;
/// The bytes of one block: 64 item pointers and the two links.
const BLOCK_SIZEOF: usize = BLOCKLEN * 8 + 16;
/// `sys.getsizeof` of a deque iterator (`dequeiterobject` with its GC header).
pub const DEQUE_ITER_SIZEOF: usize = 72;

/// The payload of a deque (CPython's `dequeobject`).
pub struct DequeObj {
    /// The items, left to right (owned references).
    pub items: VecDeque<Value>,
    /// The bound on the length, None for an unbounded deque (CPython's `maxlen` -1).
    pub maxlen: Option<usize>,
    /// The mutation counter (CPython's `state`).
    pub state: u64,
    /// The block slot of the leftmost item (CPython's `leftindex`, 0..64).
    pub leftindex: usize,
}

impl Default for DequeObj {
    fn default() -> Self {
        DequeObj {
            items: VecDeque::new(),
            maxlen: None,
            state: 0,
            leftindex: CENTER_NEXT,
        }
    }
}

impl DequeObj {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// `deque_traverse`: every item.
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        self.items.iter().for_each(|&v| f(v));
    }

    /// `sys.getsizeof` (`deque_sizeof`): the object and its blocks.
    pub fn sizeof(&self) -> usize {
        let blocks = (self.leftindex + self.items.len())
            .div_ceil(BLOCKLEN)
            .max(1);
        DEQUE_BASE_SIZEOF + blocks * BLOCK_SIZEOF
    }

    /// Appends `v` (owned) on the right; when that passes `maxlen`, the leftmost item
    /// leaves and is returned for the caller to release (`deque_append_internal`).
    pub fn push_back(&mut self, v: Value) -> Option<Value> {
        self.items.push_back(v);
        if self.maxlen.is_some_and(|m| self.items.len() > m) {
            return self.pop_front();
        }
        self.state += 1;
        None
    }

    /// Appends `v` (owned) on the left; the rightmost item leaves past `maxlen`.
    pub fn push_front(&mut self, v: Value) -> Option<Value> {
        self.leftindex = if self.leftindex == 0 {
            BLOCKLEN - 1
        } else {
            self.leftindex - 1
        };
        self.items.push_front(v);
        if self.maxlen.is_some_and(|m| self.items.len() > m) {
            return self.pop_back();
        }
        self.state += 1;
        None
    }

    /// Removes the rightmost item (`deque_pop`), re-centring an emptied deque whose
    /// last block emptied.
    pub fn pop_back(&mut self) -> Option<Value> {
        let v = self.items.pop_back()?;
        self.state += 1;
        if self.items.is_empty() && self.leftindex == 0 {
            self.leftindex = CENTER_NEXT;
        }
        Some(v)
    }

    /// Removes the leftmost item (`deque_popleft`): its block is freed once emptied,
    /// or the deque re-centred when nothing is left.
    pub fn pop_front(&mut self) -> Option<Value> {
        let v = self.items.pop_front()?;
        self.state += 1;
        self.leftindex += 1;
        if self.leftindex == BLOCKLEN {
            self.leftindex = if self.items.is_empty() {
                CENTER_NEXT
            } else {
                0
            };
        }
        Some(v)
    }

    /// Takes every item out (`deque_clear`), leaving one fresh centred block.
    pub fn take_all(&mut self) -> VecDeque<Value> {
        self.state += 1;
        self.leftindex = CENTER_NEXT;
        std::mem::take(&mut self.items)
    }

    /// `deque_extend`'s space-saving start: an empty deque extended on the right fills
    /// its block from slot 1, one extended on the left from slot 63.
    pub fn prepare_extend(&mut self, left: bool) {
        if self.items.is_empty() {
            self.leftindex = if left { BLOCKLEN - 1 } else { 1 };
        }
    }

    /// `_deque_rotate(n)`: the last `n` items move to the front (the first `-n` to the
    /// back when negative), with CPython's reduction of `n` to the shorter way round.
    pub fn rotate(&mut self, n: i64) {
        let len = self.items.len() as i64;
        if len <= 1 {
            return;
        }
        let half = len >> 1;
        let mut n = n;
        if n > half || n < -half {
            n %= len;
            if n > half {
                n -= len;
            } else if n < -half {
                n += len;
            }
        }
        if n == 0 {
            return;
        }
        self.state += 1;
        if n > 0 {
            self.items.rotate_right(n as usize);
        } else {
            self.items.rotate_left((-n) as usize);
        }
        let b = BLOCKLEN as i64;
        self.leftindex = (self.leftindex as i64 - n).rem_euclid(b) as usize;
    }

    /// Removes item `i` (`deque_del_item`: rotate it to the front, pop it, rotate
    /// back).
    pub fn remove_at(&mut self, i: usize) -> Value {
        self.rotate(-(i as i64));
        let v = self.pop_front().expect("index checked by the caller");
        self.rotate(i as i64);
        v
    }

    /// Inserts `v` (owned) before item `i` of a deque with room (`deque_insert`,
    /// `i` already clamped to the length after negative wrapping by the caller).
    pub fn insert(&mut self, index: i64, v: Value) {
        let n = self.items.len() as i64;
        if index >= n {
            self.push_back(v);
        } else if index <= -n || index == 0 {
            self.push_front(v);
        } else {
            self.rotate(-index);
            if index < 0 {
                self.push_back(v);
            } else {
                self.push_front(v);
            }
            self.rotate(index);
        }
    }
}
