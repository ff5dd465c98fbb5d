//! One folder per builtin type, as CPython's `Objects/`: each holds that type's
//! payload struct (what a heap slot stores), its arms of the object protocols
//! (repr, comparison, hashing, arithmetic, subscription, iteration, `sizeof`,
//! traversal), its methods and its constructor. The protocol dispatchers in
//! `runtime/vm` (CPython's Objects/abstract.c) match on the object's kind and call
//! into these folders; a type's data part (`mod.rs`) does not import the VM.

pub mod array;
pub mod bytes;
pub mod cell;
pub mod class;
pub mod code;
pub mod complex;
pub mod deque;
pub mod descriptor;
pub mod dict;
pub mod exception;
pub mod file;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod itertools;
pub mod list;
pub mod mappingproxy;
pub mod member;
pub mod memoryview;
pub mod module;
pub mod odict;
pub mod opcaller;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod traceback;
pub mod tuple;
pub mod weakref;
