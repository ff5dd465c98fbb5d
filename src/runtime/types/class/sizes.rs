//! CPython 3.11's instance layout numbers of the builtin types: `tp_basicsize`,
//! `tp_itemsize`, `tp_dictoffset` and `tp_weaklistoffset`, which Python shows as
//! `__basicsize__`, `__itemsize__`, `__dictoffset__` and `__weakrefoffset__` (and
//! `__text_signature__`, the signature line of the type's `tp_doc`), and from
//! which `type_new` lays out a class statement's instances (a `list` subclass starts
//! at list's 40 bytes, then adds its slots, a weakref slot and a managed dict).
//!
//! The numbers are CPython's (a table read off python3 by `tools/gen-type-sizes`),
//! not derived from mempy's Rust structs: what `sys.getsizeof` and these attributes
//! show must be what python3 shows.

use super::{ClassObj, InstLayout};

/// `(module.qualname, basicsize, itemsize, dictoffset, weaklistoffset, signature)`.
type TypeRow = (&'static str, u32, u32, i32, u32, Option<&'static str>);

include!("sizes_table.rs");

/// CPython's numbers for a builtin type, by its `module.qualname`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TypeSizes {
    pub basicsize: u32,
    pub itemsize: u32,
    pub dictoffset: i32,
    pub weaklistoffset: u32,
}

/// The table's row for `module.qualname`, if python3 has that type.
fn row(module: &str, qualname: &str) -> Option<&'static TypeRow> {
    let cmp = |name: &str| {
        // Compare `name` with `module + "." + qualname` without building it.
        let key = module
            .bytes()
            .chain(std::iter::once(b'.'))
            .chain(qualname.bytes());
        name.bytes().cmp(key)
    };
    let i = TYPE_SIZES.binary_search_by(|&(n, ..)| cmp(n)).ok()?;
    Some(&TYPE_SIZES[i])
}

/// CPython's numbers for the builtin type `module.qualname`, if python3 has it.
pub fn lookup(module: &str, qualname: &str) -> Option<TypeSizes> {
    let &(_, basicsize, itemsize, dictoffset, weaklistoffset, _) = row(module, qualname)?;
    Some(TypeSizes {
        basicsize,
        itemsize,
        dictoffset,
        weaklistoffset,
    })
}

/// `cls.__text_signature__`: a builtin type's, from CPython's table; None for the
/// others (a class statement's docstring is not parsed for one).
pub fn text_signature(c: &ClassObj) -> Option<&'static str> {
    if c.is_heap {
        return None;
    }
    row(static_module(c), &c.qualname).and_then(|r| r.5)
}

/// The module a builtin (static) class reports: the part of a dotted name before its
/// last dot (`collections.deque`), else `builtins`.
pub fn static_module(c: &ClassObj) -> &str {
    c.name.rsplit_once('.').map_or("builtins", |(m, _)| m)
}

/// A class's numbers: a builtin's from the table (its mempy layout where python3 has
/// no such type), a class statement's from the layout `type_new` gave it.
pub fn type_sizes(c: &ClassObj) -> TypeSizes {
    if !c.is_heap {
        if let Some(s) = lookup(static_module(c), &c.qualname) {
            return s;
        }
    }
    let l = &c.layout;
    TypeSizes {
        basicsize: l.basicsize,
        itemsize: l.item_bytes,
        dictoffset: l.dictoffset,
        weaklistoffset: l.weaklistoffset,
    }
}

/// The layout a class statement derives from when `c` is its best base: `c`'s own,
/// with a builtin's sizes and offsets taken from CPython's table.
pub fn base_layout(c: &ClassObj) -> InstLayout {
    let mut l = c.layout;
    if !c.is_heap {
        let s = type_sizes(c);
        l.basicsize = s.basicsize;
        l.item_bytes = s.itemsize;
        l.dictoffset = s.dictoffset;
        l.weaklistoffset = s.weaklistoffset;
    }
    l
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(TYPE_SIZES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn lookup_finds_rows_by_module_and_qualname() {
        let list = lookup("builtins", "list").unwrap();
        assert_eq!((list.basicsize, list.itemsize), (40, 0));
        let t = lookup("builtins", "tuple").unwrap();
        assert_eq!((t.basicsize, t.itemsize), (24, 8));
        assert_eq!(lookup("collections", "deque").unwrap().weaklistoffset, 208);
        assert_eq!(lookup("builtins", "lis"), None);
        assert_eq!(lookup("builtin", "slist"), None);
    }
}
