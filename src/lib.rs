//! mempy: a Python-subset interpreter that makes Python's memory model visible and exact.
pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod diagnostics;
pub mod heap;
pub mod inspect;
pub mod interrupt;
pub mod lexer;
pub mod object;
pub mod parser;
pub mod repl;
pub mod runner;
pub mod source;
pub mod text;
pub mod value;
pub mod vm;
