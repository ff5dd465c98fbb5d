//! `collections.OrderedDict` (CPython's Objects/odictobject.c): a dict subclass whose
//! order lives beside the dict, so reordering (`move_to_end`, `popitem(last=False)`)
//! never touches the dict itself.
//!
//! An OrderedDict is an instance whose payload is its dict (as any dict subclass's,
//! `types/class/subclass.rs`); this file is the rest of CPython's `PyODictObject`:
//! the doubly linked list of nodes (each owning a reference to its key, as
//! `_odictnode` does) and what `sys.getsizeof` reads of `od_fast_nodes`, the
//! array CPython keeps the size of the dict's index table to find a key's node.
//! Here a key's node is found by the identity of the key object the dict stores
//! (the dict lookup runs first, with Python's `__eq__`, as in CPython's
//! `_odict_get_index`), through a map from that identity to the node.
//! The methods are in `methods.rs`, the iterator and the views in `iter.rs`.

pub mod iter;
pub mod methods;

use crate::runtime::heap::fxhash::FxHashMap;
use crate::value::Value;

/// No node (the end of the list, an empty list).
pub const NIL: u32 = u32::MAX;

/// One `_odictnode`: the key (owned), its hash, its neighbours.
#[derive(Clone, Copy)]
struct Node {
    key: Value,
    hash: i64,
    prev: u32,
    next: u32,
}

/// The order of an OrderedDict (CPython's `od_first`, `od_last`, the nodes,
/// `od_fast_nodes_size`, `od_state`).
pub struct ODictState {
    nodes: Vec<Node>,
    /// Unused entries of `nodes`, for reuse.
    free: Vec<u32>,
    first: u32,
    last: u32,
    /// Key identity (`ident`) -> node.
    index: FxHashMap<u64, u32>,
    len: usize,
    /// `od_fast_nodes_size`: the size of the dict's index table when the order last
    /// looked a key up (0 before the first time and after `clear`).
    pub fast_size: usize,
    /// `od_state`: bumped whenever the list changes (a node added, removed or
    /// moved), for the iterators' "mutated during iteration" check.
    pub state: u64,
}

impl Default for ODictState {
    fn default() -> Self {
        ODictState {
            nodes: Vec::new(),
            free: Vec::new(),
            first: NIL,
            last: NIL,
            index: FxHashMap::default(),
            len: 0,
            fast_size: 0,
            state: 0,
        }
    }
}

/// The identity of a key object (`is`), as a map key.
fn ident(v: Value) -> u64 {
    match v {
        Value::Obj(r) => r.0 as u64,
        Value::Int(n) => (1 << 40) | n.0 as u64,
        Value::Float(n) => (2 << 40) | n.0 as u64,
        Value::Bool(b) => (3 << 40) | b as u64,
        Value::None => 4 << 40,
        Value::Ellipsis => 5 << 40,
        Value::NotImplemented => 6 << 40,
        Value::Undef => 7 << 40,
    }
}

impl ODictState {
    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.first == NIL
    }

    /// The node of the key object `key` (the one the dict stores), if any.
    pub fn node_of(&self, key: Value) -> Option<u32> {
        self.index.get(&ident(key)).copied()
    }

    pub fn key(&self, n: u32) -> Value {
        self.nodes[n as usize].key
    }

    pub fn hash(&self, n: u32) -> i64 {
        self.nodes[n as usize].hash
    }

    pub fn first(&self) -> u32 {
        self.first
    }

    pub fn last(&self) -> u32 {
        self.last
    }

    /// The node after `n` (`reverse`: before it).
    pub fn step(&self, n: u32, reverse: bool) -> u32 {
        let node = &self.nodes[n as usize];
        if reverse {
            node.prev
        } else {
            node.next
        }
    }

    /// The keys in order (borrowed).
    pub fn keys(&self) -> Vec<Value> {
        let mut out = Vec::with_capacity(self.len);
        let mut n = self.first;
        while n != NIL {
            out.push(self.nodes[n as usize].key);
            n = self.nodes[n as usize].next;
        }
        out
    }

    /// `_odict_add_new_node`: a node for `key` (a reference the caller gives) at the end.
    pub fn push_back(&mut self, key: Value, hash: i64) {
        let node = Node {
            key,
            hash,
            prev: NIL,
            next: NIL,
        };
        let n = match self.free.pop() {
            Some(n) => {
                self.nodes[n as usize] = node;
                n
            }
            None => {
                self.nodes.push(node);
                (self.nodes.len() - 1) as u32
            }
        };
        self.index.insert(ident(key), n);
        self.len += 1;
        self.link_tail(n);
    }

    fn link_tail(&mut self, n: u32) {
        self.nodes[n as usize].prev = self.last;
        self.nodes[n as usize].next = NIL;
        if self.last == NIL {
            self.first = n;
        } else {
            self.nodes[self.last as usize].next = n;
        }
        self.last = n;
        self.state += 1;
    }

    fn link_head(&mut self, n: u32) {
        self.nodes[n as usize].next = self.first;
        self.nodes[n as usize].prev = NIL;
        if self.first == NIL {
            self.last = n;
        } else {
            self.nodes[self.first as usize].prev = n;
        }
        self.first = n;
        self.state += 1;
    }

    /// `_odict_remove_node`: takes `n` out of the list (it stays allocated).
    fn unlink(&mut self, n: u32) {
        let Node { prev, next, .. } = self.nodes[n as usize];
        if prev == NIL {
            self.first = next;
        } else {
            self.nodes[prev as usize].next = next;
        }
        if next == NIL {
            self.last = prev;
        } else {
            self.nodes[next as usize].prev = prev;
        }
        self.state += 1;
    }

    /// `_odict_clear_node`: removes node `n`; returns its key (the caller's to drop).
    pub fn remove(&mut self, n: u32) -> Value {
        self.unlink(n);
        let key = self.nodes[n as usize].key;
        self.nodes[n as usize].key = Value::Undef;
        self.index.remove(&ident(key));
        self.free.push(n);
        self.len -= 1;
        key
    }

    /// `move_to_end`: node `n` to the end (`last`) or the front.
    pub fn move_to_end(&mut self, n: u32, last: bool) {
        if last {
            if self.last != n {
                self.unlink(n);
                self.link_tail(n);
            }
        } else if self.first != n {
            self.unlink(n);
            self.link_head(n);
        }
    }

    /// `_odict_clear_nodes`: every key (in order, the caller's to drop); the fast
    /// nodes go too.
    pub fn clear(&mut self, out: &mut Vec<Value>) {
        out.extend(self.keys());
        self.nodes.clear();
        self.free.clear();
        self.index.clear();
        self.first = NIL;
        self.last = NIL;
        self.len = 0;
        self.fast_size = 0;
    }

    /// The keys the nodes own (CPython's `odict_traverse`).
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        let mut n = self.first;
        while n != NIL {
            f(self.nodes[n as usize].key);
            n = self.nodes[n as usize].next;
        }
    }

    /// What `OrderedDict.__sizeof__` adds to the dict's size: the fast-nodes array
    /// (8 bytes a slot) and the nodes (32 bytes each: key, hash, next, prev), for the
    /// dict's `used` items, as CPython counts them.
    pub fn sizeof_extra(&self, dict_len: usize) -> usize {
        8 * self.fast_size + if self.is_empty() { 0 } else { 32 * dict_len }
    }
}

/// `sys.getsizeof` of an OrderedDict beyond its payload dict's (a dict's `sizeof`):
/// `PyODictObject`'s fields after the dict's (64 bytes), 8 per `__slots__` slot of a
/// subclass, and the order's own storage. `state` None: an OrderedDict made without
/// `OrderedDict.__new__` (`dict.__new__(OrderedDict)`), which has none yet.
pub fn sizeof_extra(state: Option<&ODictState>, dict_len: usize, nslots: usize) -> usize {
    64 + 8 * nslots + state.map_or(0, |s| s.sizeof_extra(dict_len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::NumRef;

    fn k(i: u32) -> Value {
        Value::Int(NumRef(i))
    }

    #[test]
    fn keeps_order_through_moves_and_removals() {
        let mut s = ODictState::default();
        for i in 0..4 {
            s.push_back(k(i), i as i64);
        }
        let n2 = s.node_of(k(2)).unwrap();
        s.move_to_end(n2, true);
        let n3 = s.node_of(k(3)).unwrap();
        s.move_to_end(n3, false);
        assert_eq!(
            s.keys().iter().map(|v| ident(*v)).collect::<Vec<_>>(),
            [3, 0, 1, 2]
                .iter()
                .map(|&i| ident(k(i)))
                .collect::<Vec<_>>()
        );
        let n0 = s.node_of(k(0)).unwrap();
        assert!(s.remove(n0).is(k(0)));
        assert!(s.node_of(k(0)).is_none());
        s.push_back(k(9), 9);
        assert_eq!(s.len(), 4);
        assert_eq!(s.keys().len(), 4);
        assert!(s.keys()[3].is(k(9)));
        let before = s.state;
        let last = s.last();
        s.move_to_end(last, true);
        assert_eq!(
            s.state, before,
            "moving the last node to the end changes nothing"
        );
        let mut out = Vec::new();
        s.clear(&mut out);
        assert_eq!(out.len(), 4);
        assert!(s.is_empty() && s.fast_size == 0);
    }
}
