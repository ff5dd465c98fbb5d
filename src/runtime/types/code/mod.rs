//! Code objects as Python sees them (CPython's Objects/codeobject.c): `Obj::Code`
//! wraps the compiler's `bytecode::CodeObject`. This folder holds what the simple
//! `co_*` fields in `vm/special.rs` do not: the tables derived from the instruction
//! list (`co_code`, `co_lines()`, `co_positions()`, `co_lnotab`) and the
//! constants and names as tuples (`attrs.rs`).

pub mod attrs;
