//! Cells, the closure variables (CPython's Objects/cellobject.c): `Obj::Cell` holds
//! the variable's value, `Value::Undef` while it is unbound. A cell has no payload
//! struct; this file holds its size, `ops.rs` reading and writing it and `repr.rs`
//! its repr.

mod ops;
mod repr;

/// `sys.getsizeof` of a cell (CPython 3.11, 64-bit `PyCellObject` with its GC header).
pub const CELL_SIZEOF: usize = 40;
