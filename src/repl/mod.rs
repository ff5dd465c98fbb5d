//! The interactive session (CPython's interactive loop) made for experimenting with
//! references, `del` and the collector.
//!
//! - rustyline input with `>>> ` / `... ` prompts; whether the lines typed so far are
//!   complete, incomplete or an error is decided as CPython's `codeop` decides it
//!   ([`classify`]): simple statements run as soon as they parse (brackets and
//!   backslashes continue), compound statements end on a blank line, and a syntax
//!   error no further line can repair is reported at once;
//! - the next line is offered an indentation (one level deeper after a `:`), and
//!   indentation the user types or pastes replaces it instead of adding to it;
//! - per-line history (up/down, Ctrl-R) saved to `~/.mempy_history`;
//! - Ctrl-C cancels the current input (`KeyboardInterrupt`) or interrupts running
//!   code with a Python `KeyboardInterrupt`; Ctrl-D, `exit()` or `quit()` leave;
//! - expression values are echoed (`_` holds the last one); errors print a traceback
//!   (`File "<stdin>", line N`) or a SyntaxError in python3's format, and never end
//!   the session;
//! - tab completion (`complete.rs`), highlighting (`highlight.rs`) and the `%`
//!   commands (`commands.rs`).
//!
//! Without a terminal on stdin the whole input runs as one script, like `python3`.

pub mod commands;
pub mod complete;
pub mod highlight;

use crate::ast::{self, Span};
use crate::diagnostics::SyntaxError;
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
use rustyline::{
    Cmd, CompletionType, ConditionalEventHandler, Config, Context, Editor, Event, EventContext,
    EventHandler, Helper, KeyCode, KeyEvent, Modifiers, Movement, RepeatCount,
};
use std::borrow::Cow;
use std::io::{IsTerminal, Read, Write};
use std::sync::{Arc, Mutex};

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

/// What CPython's `codeop` says about the lines typed so far.
#[derive(Debug, PartialEq)]
pub enum Verdict {
    /// A whole statement (or nothing but blanks and comments): run it.
    Complete,
    /// More lines are needed: prompt with `... `.
    Incomplete,
    /// A syntax error that no further line can repair: report it at once.
    Error(SyntaxError),
}

/// True for the statements CPython's grammar calls `compound_stmt`: in the interactive
/// (`single`) mode they end only with a blank line.
fn is_compound(s: &ast::Stmt) -> bool {
    use ast::StmtKind::*;
    matches!(
        s.kind,
        FunctionDef { .. }
            | ClassDef { .. }
            | For { .. }
            | While { .. }
            | If { .. }
            | With { .. }
            | Try { .. }
            | Match { .. }
    )
}

/// Classifies the input `lines` as `codeop.compile_command(source, "<stdin>", "single")`
/// does in CPython 3.11, where `source` is the lines joined by newlines:
/// - only blank lines and comments: complete (nothing to run);
/// - the parser ran out of input (an open bracket or triple-quoted string, a trailing
///   backslash, a block header still waiting for its body, a decorator without its
///   definition, a `try` without its handlers): incomplete;
/// - any other parse error: an error, reported at once (`if True` without its colon);
/// - a compound statement is complete only once a blank line follows it, a simple
///   statement as soon as it parses (`print(1,` then `2)` runs);
/// - a second statement after a compound one is `invalid syntax`, and after a simple one
///   `multiple statements found while compiling a single statement`.
pub fn classify(lines: &[String]) -> Verdict {
    if lines.iter().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#')
    }) {
        return Verdict::Complete;
    }
    let text = source_of(lines);
    let module = match crate::parser::parse(&text, crate::parser::Mode::Interactive) {
        Ok(m) => m,
        // An error at the very end, after the last newline, is one the parser met at
        // the block closings implied by the end of input (`def f():` then `  if x:`):
        // CPython's interactive parser implies none, so more input is awaited.
        Err(e) if e.incomplete || e.span.start as usize >= text.len() => {
            return Verdict::Incomplete
        }
        Err(e) => return Verdict::Error(e),
    };
    let verdict = match module.body.first() {
        None => Verdict::Complete,
        Some(first) => {
            let compound = is_compound(first);
            let mut prev_end = first.span.end;
            let mut second = None;
            for s in &module.body[1..] {
                // `x = 1; y = 2` is one `simple_stmts`; a statement on a later line is
                // a second statement.
                let between = &text[prev_end as usize..s.span.start as usize];
                if compound || !between.contains(';') {
                    second = Some((prev_end, s.span));
                    break;
                }
                prev_end = s.span.end;
            }
            match second {
                Some((_, span)) if compound => Verdict::Error(SyntaxError::syntax(
                    "invalid syntax",
                    Span::new(span.start as usize, span.start as usize + 1),
                )),
                Some((end, _)) => Verdict::Error(SyntaxError::syntax(
                    "multiple statements found while compiling a single statement",
                    Span::new(end as usize, end as usize),
                )),
                None if compound && !lines.last().is_some_and(|l| l.trim().is_empty()) => {
                    Verdict::Incomplete
                }
                None => Verdict::Complete,
            }
        }
    };
    crate::parser::drop_module(module);
    verdict
}

/// The source text of the input lines, as the compiler sees it.
pub fn source_of(lines: &[String]) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// The indentation offered on the next continuation line: the last line's, one level
/// deeper after a line ending with `:`, one level shallower after `return`, `pass`,
/// `raise`, `break` or `continue`. Whatever the
/// user types as indentation replaces it (see [`TypedIndent`]).
pub fn next_indent(lines: &[String]) -> String {
    let Some(line) = lines.iter().rev().find(|l| !l.trim().is_empty()) else {
        return String::new();
    };
    let code_part = line.split('#').next().unwrap_or("").trim_end();
    let indent: String = line
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    if code_part.ends_with(':') {
        return format!("{}    ", indent);
    }
    // After a statement that ends its block (IPython's auto-dedent): the indentation
    // of the enclosing block, found as the nearest earlier line indented less.
    let first_word = code_part.split_whitespace().next().unwrap_or("");
    if matches!(
        first_word,
        "return" | "pass" | "raise" | "break" | "continue"
    ) {
        let outer = lines
            .iter()
            .rev()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
            .find(|&n| n < indent.len());
        if let Some(n) = outer {
            return indent[..n].to_string();
        }
    }
    indent
}

/// Space and Tab on a line that still holds only the offered indentation: the user is
/// typing (or pasting) their own indentation, which replaces the offered one instead of
/// adding to it. Tab in leading whitespace indents by four spaces instead of completing.
///
/// rustyline offers no single command that replaces the line and leaves the cursor
/// after the new text, so the first such key clears the line and the text it typed is
/// owed: it is inserted together with the next key.
struct TypedIndent {
    state: Arc<Mutex<IndentState>>,
}

#[derive(Default)]
struct IndentState {
    /// The line still holds only the offered indentation, untouched.
    pristine: bool,
    /// Whitespace typed over the offered indentation, not yet in the line.
    owed: String,
}

impl ConditionalEventHandler for TypedIndent {
    fn handle(&self, evt: &Event, _n: RepeatCount, _pos: bool, ctx: &EventContext) -> Option<Cmd> {
        let mut st = self.state.lock().ok()?;
        let key = evt.get(0)?;
        let typed = match key {
            KeyEvent(KeyCode::Char(' '), Modifiers::NONE) => Some(" ".to_string()),
            KeyEvent(KeyCode::Tab, Modifiers::NONE) => Some("    ".to_string()),
            KeyEvent(KeyCode::Char(c), Modifiers::NONE | Modifiers::SHIFT) => Some(c.to_string()),
            _ => None,
        };
        if !st.owed.is_empty() {
            let owed = std::mem::take(&mut st.owed);
            // Enter on a line of typed spaces is a blank line either way; any other
            // key (a movement, Backspace) drops the owed whitespace.
            return typed.map(|t| Cmd::Insert(1, owed + &t));
        }
        let t = typed?;
        let line = ctx.line();
        let whitespace_key = t.trim().is_empty();
        if st.pristine && whitespace_key {
            st.pristine = false;
            if !line.is_empty() && line.trim().is_empty() && ctx.pos() == line.len() {
                st.owed = t;
                return Some(Cmd::Kill(Movement::BeginningOfLine));
            }
        } else if !whitespace_key {
            st.pristine = false;
        }
        let before = &line[..ctx.pos().min(line.len())];
        if t == "    " && before.trim().is_empty() {
            return Some(Cmd::Insert(1, t));
        }
        None
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
        // A paste arrives as typed keys, one line at a time, as in python3: each line
        // is classified on its own and its indentation replaces the offered one.
        .bracketed_paste(false)
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
    let indent_state = Arc::new(Mutex::new(IndentState::default()));
    for key in [
        Event::from(KeyEvent(KeyCode::Char(' '), Modifiers::NONE)),
        Event::from(KeyEvent(KeyCode::Tab, Modifiers::NONE)),
        Event::Any,
    ] {
        rl.bind_sequence(
            key,
            EventHandler::Conditional(Box::new(TypedIndent {
                state: indent_state.clone(),
            })),
        );
    }
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
    let code = session(vm, &mut rl, globals, &indent_state);
    if let Some(h) = &hist {
        let _ = rl.save_history(h);
    }
    vm.interactive = false;
    runner::finalize(vm, globals);
    vm.flush_out();
    code
}

/// The read-eval-print loop proper; returns the exit code.
fn session(
    vm: &mut Vm,
    rl: &mut Editor<ReplHelper, DefaultHistory>,
    globals: ObjRef,
    indent_state: &Mutex<IndentState>,
) -> i32 {
    let mut lines: Vec<String> = Vec::new();
    loop {
        vm.flush_out();
        let _ = std::io::stderr().flush();
        if lines.is_empty() {
            if let Some(h) = rl.helper_mut() {
                h.snapshot = Snapshot::take(vm, globals);
            }
        }
        let prompt = if lines.is_empty() { ">>> " } else { "... " };
        let indent = next_indent(&lines);
        if let Ok(mut st) = indent_state.lock() {
            st.pristine = !indent.is_empty();
            st.owed.clear();
        }
        let got = match rl.readline_with_initial(prompt, (&indent, "")) {
            Ok(l) => l,
            Err(ReadlineError::Interrupted) => {
                println!("KeyboardInterrupt");
                lines.clear();
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
        if !got.trim().is_empty() {
            let _ = rl.add_history_entry(got.trim_end());
        }
        // One line per readline normally; a pasted text that arrives in one piece is
        // taken line by line, as python3 reads a paste.
        for line in got.split('\n') {
            if let Some(code) = feed(vm, globals, &mut lines, line) {
                return code;
            }
        }
    }
}

/// Adds one typed line to the input: runs `%` commands, runs a complete statement,
/// reports a syntax error. Returns `Some(exit code)` when the input raised SystemExit.
fn feed(vm: &mut Vm, globals: ObjRef, lines: &mut Vec<String>, line: &str) -> Option<i32> {
    let line = line.trim_end_matches('\r');
    if lines.is_empty() && line.trim_start().starts_with('%') {
        match commands::parse(line) {
            Ok(cmd) => {
                let out = commands::run(vm, globals, &cmd);
                vm.flush_out();
                crate::print_safe!("{}", out);
            }
            Err(msg) => crate::eprintln_safe!("{}", msg),
        }
        return None;
    }
    lines.push(line.to_string());
    match classify(lines) {
        Verdict::Incomplete => None,
        Verdict::Error(e) => {
            let src = SourceFile::new("<stdin>", &source_of(lines));
            lines.clear();
            vm.flush_out();
            crate::eprint_safe!("{}", e.render_cpython(&src));
            None
        }
        Verdict::Complete => {
            let nothing = lines.iter().all(|l| {
                let t = l.trim();
                t.is_empty() || t.starts_with('#')
            });
            let text = source_of(lines);
            lines.clear();
            if nothing {
                return None;
            }
            execute(vm, globals, &text)
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
            // A quiet point between inputs: counts are checked exactly (debug builds).
            vm.debug_check_heap();
            vm.flush_out();
        }
        Err(e) => {
            // python3's own format, as for a script (`  File "<stdin>", line N`, the
            // line, the carets, `SyntaxError: ...`). An error found after parsing
            // (`'return' outside function`) comes without the line and carets: CPython
            // takes those from the file, and `<stdin>` has none.
            vm.flush_out();
            let full = e.render_cpython(&src);
            let parsed = match crate::parser::parse(text, crate::parser::Mode::Interactive) {
                Ok(m) => {
                    crate::parser::drop_module(m);
                    true
                }
                Err(_) => false,
            };
            let lines: Vec<&str> = full.lines().collect();
            if parsed && lines.len() > 2 {
                crate::eprint_safe!("{}\n{}\n", lines[0], lines[lines.len() - 1]);
            } else {
                crate::eprint_safe!("{}", full);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(lines: &[&str]) -> String {
        let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        match classify(&lines) {
            Verdict::Complete => "complete".into(),
            Verdict::Incomplete => "incomplete".into(),
            Verdict::Error(e) => format!("error {}: {}", e.kind.name(), e.msg),
        }
    }

    /// Each case with what `codeop.compile_command("\n".join(lines), "<stdin>",
    /// "single")` answers in CPython 3.11.
    #[test]
    fn classify_agrees_with_codeop() {
        let cases: &[(&[&str], &str)] = &[
            (&["def f():"], "incomplete"),
            (&["def f():", ""], "incomplete"),
            (&["def f():", "  return 1"], "incomplete"),
            (&["def f():", "  return 1", ""], "complete"),
            (&["if True"], "error SyntaxError: expected ':'"),
            (&["if True:"], "incomplete"),
            (&["if 1: print(1)"], "incomplete"),
            (&["if 1: print(1)", ""], "complete"),
            (&["class N: pass"], "incomplete"),
            (&["x = ["], "incomplete"),
            (&["x = [", ""], "incomplete"),
            (&["x = [", "", ""], "incomplete"),
            (&["print(1,"], "incomplete"),
            (&["print(1,", "2)"], "complete"),
            (&["x = 1 \\"], "incomplete"),
            (&["x = 1 \\", ""], "incomplete"),
            (&["@dec"], "incomplete"),
            (&["@dec", ""], "incomplete"),
            (&["@dec", "def f(): pass"], "incomplete"),
            (&["@dec", "def f(): pass", ""], "complete"),
            (&["def f():", "  return 1", "x = 2"], "error SyntaxError: invalid syntax"),
            (&["if 1:", "  pass", "else:"], "incomplete"),
            (&["if 1:", "  pass", "else:", "  pass"], "incomplete"),
            (&["# hi"], "complete"),
            (&[""], "complete"),
            (&["x = '''a"], "incomplete"),
            (&["x = '''a", ""], "incomplete"),
            (&["1 +"], "error SyntaxError: invalid syntax"),
            (&["x = 1; y = 2"], "complete"),
            (
                &["x = 1", "y = 2"],
                "error SyntaxError: multiple statements found while compiling a single statement",
            ),
            (
                &["for i in range(3):", "print(i)"],
                "error IndentationError: expected an indented block after 'for' statement on line 1",
            ),
            (&["  x = 1"], "error IndentationError: unexpected indent"),
            (&["def f(:"], "error SyntaxError: invalid syntax"),
            (&["x = )"], "error SyntaxError: unmatched ')'"),
            (&["match x:"], "incomplete"),
            (&["match x:", "    case 1:"], "incomplete"),
            (&["match x:", "    case 1:", "        pass"], "incomplete"),
            (&["match x:", "    case 1:", "        pass", ""], "complete"),
            (&["match = 1"], "complete"),
            (
                &["match x:", "pass"],
                "error IndentationError: expected an indented block after 'match' statement on line 1",
            ),
            (&["try:", "  pass"], "incomplete"),
            (&["try:", "  pass", ""], "incomplete"),
            (&["with open(x) as f:"], "incomplete"),
            (&["while True:  # spin"], "incomplete"),
            (&["def f():", "", "  return 1"], "incomplete"),
            (&["x = [1,", "2]"], "complete"),
            (&["x = (1 +"], "incomplete"),
            (&["lambda:"], "error SyntaxError: invalid syntax"),
            (&["f(**"], "incomplete"),
            (&["if 1:", "  x = ("], "incomplete"),
            (
                &["'abc"],
                "error SyntaxError: unterminated string literal (detected at line 1)",
            ),
            (&["1 2"], "error SyntaxError: invalid syntax"),
            (&["class A:", "  def f(self):", "    pass", "  x = 1"], "incomplete"),
            (&["def f(x):", "    if x:"], "incomplete"),
            (&["def f(x):", "    if x:", ""], "incomplete"),
            (&["def f(x):", "    for i in x:", "        if i:"], "incomplete"),
            (&["def f(x):", "    if x:", "        return 1", "    else:"], "incomplete"),
            (&["if 1:", "    if 2:", "        pass", "    else"], "error SyntaxError: expected ':'"),
        ];
        for (lines, want) in cases {
            assert_eq!(&verdict(lines), want, "{lines:?}");
        }
    }

    #[test]
    fn offered_indentation() {
        let v = |l: &[&str]| next_indent(&l.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(v(&["def f(x):"]), "    ");
        assert_eq!(v(&["def f(x):", "    if x:"]), "        ");
        assert_eq!(v(&["def f(x):", "    x += 1"]), "    ");
        assert_eq!(v(&["def f(x):", "    return x"]), "");
        assert_eq!(v(&["@dec"]), "");
        assert_eq!(v(&["while True:  # spin"]), "    ");
        assert_eq!(v(&["x = [1,"]), "");
        assert_eq!(v(&["def f():", "  return 1"]), "");
        assert_eq!(v(&["def f(x):", "    if x:", "        return 1"]), "    ");
        assert_eq!(v(&["for i in x:", "    if i:", "        break"]), "    ");
        assert_eq!(v(&["if x:", "    returned = 1"]), "    ");
    }
}
