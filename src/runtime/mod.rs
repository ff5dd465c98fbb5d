//! The runtime: the object model, the heap and the interpreter that runs bytecode.
//!
//! Everything that touches a live Python object lives here; the layers below it
//! (`value`, `bytecode`, `compiler`, the syntax modules) know nothing of it, and the
//! layers above it (`trace`, `runner`, `repl`) drive it. See `docs/architecture.md`
//! for the module map and the import rule inside this folder.

pub mod builtins;
pub mod heap;
pub mod inspect;
pub mod interrupt;
pub mod limits;
pub mod modules;
pub mod object;
pub mod smallalloc;
pub mod types;
pub mod vm;
