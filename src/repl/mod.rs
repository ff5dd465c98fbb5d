//! The interactive session (CPython's interactive loop) made for experimenting with
//! references, `del` and the collector.
//!
//! - rustyline input with `>>> ` / `... ` prompts; compound statements (def, class,
//!   if, for, while, try, with, decorators) and unclosed brackets continue until a
//!   blank line; the next line is pre-indented after a `:` line and keeps the
//!   block's indentation;
//! - per-line history (up/down, Ctrl-R) saved to `~/.mempy_history`;
//! - Ctrl-C cancels the current input (`KeyboardInterrupt`) or interrupts running
//!   code with a Python `KeyboardInterrupt`; Ctrl-D, `exit()` or `quit()` leave;
//! - expression values are echoed (`_` holds the last one); errors print a traceback
//!   (`File "<stdin>", line N`) or a miette diagnostic and never end the session;
//! - tab completion (`complete.rs`), highlighting (`highlight.rs`) and the `%`
//!   commands (`commands.rs`).
//!
//! Without a terminal on stdin the whole input runs as one script, like `python3`.

pub mod commands;
pub mod complete;
pub mod highlight;

use crate::runner;
use crate::runtime::vm::Vm;
use crate::source::SourceFile;
use crate::value::ObjRef;
use complete::Snapshot;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor, Helper};
use std::borrow::Cow;
use std::io::{IsTerminal, Read, Write};

/// The rustyline helper: completion from a per-prompt snapshot, highlighting.
pub struct ReplHelper {
    pub snapshot: Snapshot,
    pub colors: bool,
}

impl Completer for ReplHelper {
    type Candidate = String;
    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        Ok(complete::complete(&self.snapshot, line, pos))
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.colors {
            Cow::Owned(highlight::highlight(line))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.colors
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}

/// Colours for diagnostics on stderr.
pub fn stderr_colors() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// The history file, `~/.mempy_history`.
fn history_path() -> Option<String> {
    std::env::var("HOME")
        .ok()
        .filter(|h| !h.is_empty())
        .map(|h| format!("{}/.mempy_history", h))
}

/// What to do with the lines collected so far.
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    /// Run the buffer.
    Run,
    /// Ask for another line with this indentation.
    More(String),
}

/// Decides whether `buf` (ending with `line`) is a complete input: a single simple
/// statement is complete when it compiles; a block (a line ending with `:`, a
/// decorator, or several lines) only ends on a blank line; unclosed brackets and
/// strings always continue.
pub fn classify(buf: &str, line: &str) -> Next {
    let src = SourceFile::new("<stdin>", buf);
    let incomplete = matches!(crate::compiler::compile_source(&src, true), Err(e) if e.incomplete);
    let first = buf.lines().next().unwrap_or("").trim_start();
    let blank = line.trim().is_empty();
    let code_part = line.split('#').next().unwrap_or("").trim_end();
    let first_word = first
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    let compound = matches!(
        first_word,
        "def" | "class" | "if" | "for" | "while" | "try" | "with" | "async"
    );
    let in_block =
        buf.lines().count() > 1 || code_part.ends_with(':') || first.starts_with('@') || compound;
    let run = if blank {
        in_block || !incomplete
    } else {
        !incomplete && !in_block
    };
    if run {
        return Next::Run;
    }
    let indent: String = line
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    if code_part.ends_with(':') {
        Next::More(format!("{}    ", indent))
    } else if first.starts_with('@') && buf.lines().count() == 1 {
        Next::More(String::new())
    } else {
        Next::More(indent)
    }
}

/// Runs the REPL on `vm`'s `__main__`; returns the exit code.
pub fn run(vm: &mut Vm) -> i32 {
    if !std::io::stdin().is_terminal() {
        let mut text = String::new();
        if std::io::stdin().read_to_string(&mut text).is_err() {
            return 2;
        }
        crate::runtime::limits::arm_timeout();
        return runner::run_program(vm, "<stdin>", &text);
    }
    vm.interactive = true;
    let config = Config::builder()
        .auto_add_history(false)
        .completion_type(CompletionType::List)
        .history_ignore_dups(true)
        .and_then(|c| c.max_history_size(10_000))
        .map(|c| c.build())
        .unwrap_or_default();
    let mut rl: Editor<ReplHelper, DefaultHistory> = match Editor::with_config(config) {
        Ok(r) => r,
        Err(e) => {
            crate::eprintln_safe!("mempy: cannot start the line editor: {}", e);
            return 1;
        }
    };
    // After the editor: rustyline installs its own SIGINT handler when created (it
    // reads Ctrl-C as a key in raw mode anyway); ours must be the one that runs while
    // Python code executes.
    crate::runtime::interrupt::install_handler();
    rl.set_helper(Some(ReplHelper {
        snapshot: Snapshot::default(),
        colors: highlight::colors_enabled(),
    }));
    let hist = history_path();
    if let Some(h) = &hist {
        let _ = rl.load_history(h);
    }
    println!(
        "mempy {} (Python 3.11 subset)\nType \"help\", \"exit()\" or Ctrl-D to leave, %help for the memory views.",
        env!("CARGO_PKG_VERSION")
    );
    let globals = runner::main_globals(vm);
    let code = session(vm, &mut rl, globals);
    if let Some(h) = &hist {
        let _ = rl.save_history(h);
    }
    vm.interactive = false;
    runner::finalize(vm, globals);
    vm.flush_out();
    code
}

/// The read-eval-print loop proper; returns the exit code.
fn session(vm: &mut Vm, rl: &mut Editor<ReplHelper, DefaultHistory>, globals: ObjRef) -> i32 {
    let mut buf = String::new();
    let mut indent = String::new();
    loop {
        vm.flush_out();
        let _ = std::io::stderr().flush();
        if buf.is_empty() {
            if let Some(h) = rl.helper_mut() {
                h.snapshot = Snapshot::take(vm, globals);
            }
        }
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        let line = match rl.readline_with_initial(prompt, (&indent, "")) {
            Ok(l) => l,
            Err(ReadlineError::Interrupted) => {
                println!("KeyboardInterrupt");
                buf.clear();
                indent.clear();
                continue;
            }
            Err(ReadlineError::Eof) => {
                crate::print_safe!("\n");
                return 0;
            }
            Err(e) => {
                crate::eprintln_safe!("mempy: {}", e);
                return 1;
            }
        };
        if !line.trim().is_empty() {
            let _ = rl.add_history_entry(line.trim_end());
        }
        if buf.is_empty() {
            if line.trim().is_empty() {
                continue;
            }
            if line.trim_start().starts_with('%') {
                match commands::parse(&line) {
                    Ok(cmd) => {
                        let out = commands::run(vm, globals, &cmd);
                        vm.flush_out();
                        crate::print_safe!("{}", out);
                    }
                    Err(msg) => crate::eprintln_safe!("{}", msg),
                }
                continue;
            }
        }
        buf.push_str(&line);
        buf.push('\n');
        match classify(&buf, &line) {
            Next::More(i) => {
                indent = i;
                continue;
            }
            Next::Run => {}
        }
        indent.clear();
        let text = std::mem::take(&mut buf);
        if let Some(code) = execute(vm, globals, &text) {
            return code;
        }
    }
}

/// Compiles and runs one input. Returns `Some(exit code)` when it raised SystemExit.
pub fn execute(vm: &mut Vm, globals: ObjRef, text: &str) -> Option<i32> {
    let src = SourceFile::new("<stdin>", text);
    // Like CPython's interactive mode, tracebacks show no source lines for <stdin>.
    vm.sources.remove("<stdin>");
    match crate::compiler::compile_source(&src, true) {
        Ok(code) => {
            crate::runtime::interrupt::clear();
            // `--timeout` applies to each input: a runaway statement is interrupted
            // and the session goes on.
            crate::runtime::limits::arm_timeout();
            let r = vm.eval_main(code, globals, globals);
            crate::runtime::limits::disarm_timeout();
            crate::runtime::interrupt::clear();
            match r {
                Ok(v) => vm.decref(v),
                Err(e) => {
                    if vm.exc_matches(e.0, "SystemExit") {
                        return Some(runner::report_exception(vm, e));
                    }
                    runner::report_exception(vm, e);
                }
            }
            vm.drain_zero_queue();
            vm.flush_out();
        }
        Err(e) => {
            vm.flush_out();
            crate::eprint_safe!("{}", e.render_miette(&src, stderr_colors()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_statements_run_at_once() {
        assert_eq!(classify("x = 1\n", "x = 1"), Next::Run);
        assert_eq!(
            classify("1 +\n", "1 +"),
            Next::Run,
            "a syntax error is reported"
        );
    }

    #[test]
    fn blocks_continue_until_a_blank_line() {
        assert_eq!(
            classify("def f(x):\n", "def f(x):"),
            Next::More("    ".into())
        );
        assert_eq!(
            classify("def f(x):\n    if x:\n", "    if x:"),
            Next::More("        ".into())
        );
        assert_eq!(
            classify("def f(x):\n    return x\n", "    return x"),
            Next::More("    ".into())
        );
        assert_eq!(classify("def f(x):\n    return x\n\n", ""), Next::Run);
        assert_eq!(classify("@dec\n", "@dec"), Next::More(String::new()));
        assert_eq!(
            classify("class N: pass\n", "class N: pass"),
            Next::More(String::new())
        );
        assert_eq!(classify("iffy = 1\n", "iffy = 1"), Next::Run);
        assert_eq!(
            classify("while True:  # spin\n", "while True:  # spin"),
            Next::More("    ".into())
        );
    }

    #[test]
    fn open_brackets_continue() {
        assert_eq!(classify("x = [1,\n", "x = [1,"), Next::More(String::new()));
        assert_eq!(classify("x = [1,\n2]\n", "2]"), Next::More(String::new()));
        assert_eq!(classify("x = [1,\n2]\n\n", ""), Next::Run);
    }
}
