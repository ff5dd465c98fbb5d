//! A class's shared keys object (CPython 3.11's `ht_cached_keys`, made by
//! `_PyDict_NewKeysForClass` in Objects/dictobject.c): the state instance `__dict__`s
//! of one class share while they are *split* tables. Only what `sys.getsizeof` of a
//! split dict depends on is modelled; the dict's own table stays a working combined one.

use std::cell::RefCell;
use std::rc::Rc;

/// CPython 3.11's `SHARED_KEYS_MAX_SIZE`: a class's shared keys hold at most 30 names.
pub const SHARED_KEYS_MAX_SIZE: usize = 30;

/// The state of a class's shared keys object (`ht_cached_keys`, made by
/// `_PyDict_NewKeysForClass`): the names it holds (as str hashes, in insertion order)
/// and `dk_usable`. Only what `sys.getsizeof` needs is modelled:
///
/// * the keys object has `1 << NEXT_LOG2_SHARED_KEYS_MAX_SIZE` (64) slots and starts
///   with `dk_usable = SHARED_KEYS_MAX_SIZE` (30);
/// * every new instance takes one from `dk_usable` while it is above 1
///   (`init_inline_values`: `if (keys->dk_usable > 1) keys->dk_usable--;`);
/// * a name not yet in the keys is added while `dk_usable > 0` (`insert_into_dictkeys`
///   / `insertdict` on a split dict: `dk_usable--; dk_nentries++`), otherwise the
///   instance's dict becomes a combined table;
/// * a split dict's size is `_PyDict_SizeOf`: 48 + 16 (GC header) +
///   `shared_keys_usable_size(keys) * 8` with `shared_keys_usable_size = dk_nentries +
///   dk_usable`, read *now* (so it shrinks as more instances are made); the keys object
///   itself is not counted (the class holds a reference, so `dk_refcnt > 1`).
#[derive(Clone, Debug, PartialEq)]
pub struct SharedKeys {
    hashes: Vec<i64>,
    usable: usize,
}

pub type SharedKeysRef = Rc<RefCell<SharedKeys>>;

impl Default for SharedKeys {
    fn default() -> Self {
        SharedKeys::new()
    }
}

impl SharedKeys {
    pub fn new() -> SharedKeys {
        SharedKeys {
            hashes: Vec::new(),
            usable: SHARED_KEYS_MAX_SIZE,
        }
    }

    pub fn new_ref() -> SharedKeysRef {
        Rc::new(RefCell::new(SharedKeys::new()))
    }

    /// A new instance of the class was made (`init_inline_values`).
    #[inline]
    pub fn instance_created(&mut self) {
        if self.usable > 1 {
            self.usable -= 1;
        }
    }

    pub fn contains(&self, hash: i64) -> bool {
        self.hashes.contains(&hash)
    }

    /// A str key with this hash is stored in a split table: true if the keys hold it
    /// (added now if there is room), false if they are full (the table must turn
    /// combined).
    pub fn add(&mut self, hash: i64) -> bool {
        if self.contains(hash) {
            return true;
        }
        if self.usable == 0 {
            return false;
        }
        self.hashes.push(hash);
        self.usable -= 1;
        true
    }

    /// `dk_nentries`.
    pub fn nentries(&self) -> usize {
        self.hashes.len()
    }

    /// `dk_usable`.
    pub fn usable(&self) -> usize {
        self.usable
    }

    /// `shared_keys_usable_size`: the value slots a split dict is sized by.
    pub fn usable_size(&self) -> usize {
        self.hashes.len() + self.usable
    }

    /// The same names with no room left: for rebuilding the dict of an instance that
    /// (in CPython) outgrew full keys, so its first unknown name makes it combined.
    pub fn frozen(&self) -> SharedKeys {
        SharedKeys {
            hashes: self.hashes.clone(),
            usable: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_keys_follow_init_inline_values_and_insert_into_dictkeys() {
        let mut sk = SharedKeys::new();
        assert_eq!((sk.nentries(), sk.usable()), (0, 30));
        sk.instance_created();
        assert_eq!(sk.usable_size(), 29);
        assert!(sk.add(1) && sk.add(2) && sk.add(1));
        assert_eq!((sk.nentries(), sk.usable(), sk.usable_size()), (2, 27, 29));
        sk.instance_created();
        assert_eq!(sk.usable_size(), 28);
        // dk_usable stops at 1 for instances, at 0 for keys.
        for _ in 0..40 {
            sk.instance_created();
        }
        assert_eq!(sk.usable(), 1);
        assert!(sk.add(3));
        assert!(!sk.add(4));
        assert_eq!((sk.nentries(), sk.usable_size()), (3, 3));
    }
}
