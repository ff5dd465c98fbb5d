//! The interactive session (CPython's interactive loop): rustyline input with `>>> `
//! and `... ` prompts, blocks that end on a blank line, echo of expression values, and
//! tracebacks that never end the session. Without a terminal, stdin is run as a script.

use crate::runner;
use crate::source::SourceFile;
use crate::vm::Vm;
use std::io::{IsTerminal, Read};

/// Runs the REPL; returns the exit code.
pub fn run(vm: &mut Vm) -> i32 {
    if !std::io::stdin().is_terminal() {
        let mut text = String::new();
        if std::io::stdin().read_to_string(&mut text).is_err() {
            return 2;
        }
        return runner::run_program(vm, "<stdin>", &text);
    }
    vm.interactive = true;
    let mut rl = match rustyline::DefaultEditor::new() {
        Ok(r) => r,
        Err(_) => return 1,
    };
    let hist = std::env::var("HOME")
        .map(|h| format!("{}/.mempy_history", h))
        .ok();
    if let Some(h) = &hist {
        let _ = rl.load_history(h);
    }
    println!(
        "mempy {} (Python 3.11 subset)\nType \"help\", \"exit()\" or Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION")
    );
    let globals = runner::main_globals(vm);
    let mut buf = String::new();
    let mut lineno = 0;
    loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        match rl.readline(prompt) {
            Ok(line) => {
                if buf.is_empty() && line.trim().is_empty() {
                    continue;
                }
                buf.push_str(&line);
                buf.push('\n');
                let src = SourceFile::new("<stdin>", &buf);
                let in_block = buf.lines().count() > 1 || line.trim_end().ends_with(':');
                let complete = match runner::compile(&src, true) {
                    Err(e) if e.incomplete => false,
                    _ => !in_block || line.trim().is_empty(),
                };
                if !complete {
                    continue;
                }
                let _ = rl.add_history_entry(buf.trim_end());
                lineno += 1;
                vm.sources.insert("<stdin>".into(), src.clone());
                match runner::compile(&src, true) {
                    Ok(code) => {
                        if let Err(e) = runner::exec_code(vm, code, globals) {
                            if vm.exc_matches(e.0, "SystemExit") {
                                let c = runner::report_exception(vm, e);
                                return c;
                            }
                            runner::report_exception(vm, e);
                        }
                        vm.drain_zero_queue();
                        vm.flush_out();
                    }
                    Err(e) => eprint!(
                        "{}",
                        e.render_miette(
                            &src,
                            std::io::stderr().is_terminal()
                                && std::env::var_os("NO_COLOR").is_none()
                        )
                    ),
                }
                buf.clear();
            }
            Err(rustyline::error::ReadlineError::Interrupted) => {
                println!("KeyboardInterrupt");
                buf.clear();
            }
            Err(_) => break,
        }
    }
    let _ = lineno;
    if let Some(h) = &hist {
        let _ = rl.save_history(h);
    }
    0
}
