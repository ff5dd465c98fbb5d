//! The tokenizer (CPython's `Parser/tokenizer.c`): a logos lexer for raw tokens
//! (`token`), hand-written scanners for numbers and strings, and the layout pass that
//! produces NEWLINE/INDENT/DEDENT for the lalrpop grammar.
pub mod layout;
pub mod numbers;
pub mod strings;
pub mod token;

pub use layout::{tokenize, Layout, Triple};
pub use token::{StrLit, Tok};
