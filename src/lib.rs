//! mempy: a Python-subset interpreter that makes Python's memory model visible and exact.
pub mod ast;
pub mod bytecode;
pub mod compiler;
pub mod diagnostics;
pub mod lexer;
pub mod parser;
pub mod repl;
pub mod runner;
pub mod runtime;
pub mod source;
pub mod text;
pub mod trace;
pub mod value;

/// `eprint!` that ignores a closed stderr instead of panicking.
#[macro_export]
macro_rules! eprint_safe {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr(), $($t)*);
    }};
}

/// `eprintln!` that ignores a closed stderr instead of panicking.
#[macro_export]
macro_rules! eprintln_safe {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// `print!` straight to stdout (not the VM's buffer) that ignores a closed stdout.
#[macro_export]
macro_rules! print_safe {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let mut out = std::io::stdout().lock();
        let _ = write!(out, $($t)*);
        let _ = out.flush();
    }};
}
