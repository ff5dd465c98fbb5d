//! The interactive REPL driven through a real pseudo-terminal (rexpect), plus its
//! piped-stdin and `mempy -i script.py` modes. Timeouts are generous so the tests
//! hold up on a loaded machine; each session takes well under a second normally.

use rexpect::session::{spawn_command, PtySession};
use std::io::Write;
use std::process::{Command, Stdio};

const TIMEOUT_MS: u64 = 30_000;

fn home() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn mempy_cmd(home: &std::path::Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mempy"));
    c.args(args)
        .env("HOME", home)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    c
}

fn start(home: &std::path::Path, args: &[&str]) -> PtySession {
    let mut p = spawn_command(mempy_cmd(home, args), Some(TIMEOUT_MS)).expect("spawn mempy");
    p.exp_string(">>> ").expect("first prompt");
    p
}

/// Sends a line and waits for the next primary prompt; returns what came before it.
fn run(p: &mut PtySession, line: &str) -> String {
    p.send_line(line).expect("send");
    p.exp_string(">>> ").expect("prompt after input")
}

#[test]
fn functions_cycles_gc_errors_and_history() {
    let h = home();
    let mut p = start(h.path(), &[]);
    // A multi-line function: the body line is auto-indented after the ':'.
    p.send_line("def double(x):").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("return x * 2").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    let out = run(&mut p, "double(21)");
    assert!(out.contains("42"), "{out}");
    let out = run(&mut p, "_ + 1");
    assert!(out.contains("43"), "{out}");

    // A cycle, its referrers, del, and the collector finding it.
    p.send_line("class Node: pass").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    run(&mut p, "a = Node(); b = Node(); a.other = b; b.other = a");
    let out = run(&mut p, "%refs a");
    assert!(out.contains("refcount 2"), "{out}");
    assert!(out.contains("global variable 'a'"), "{out}");
    assert!(out.contains("attribute 'other' of"), "{out}");
    run(&mut p, "del a, b");
    let out = run(&mut p, "%gc");
    assert!(out.contains("2 unreachable objects found"), "{out}");
    assert!(out.contains("Node"), "{out}");

    // Errors never end the session, and state survives them.
    let out = run(&mut p, "undefined_name");
    assert!(
        out.contains("File \"<stdin>\", line 1, in <module>"),
        "{out}"
    );
    assert!(
        out.contains("NameError: name 'undefined_name' is not defined"),
        "{out}"
    );
    let out = run(&mut p, "double(5)");
    assert!(out.contains("10"), "{out}");

    // History: the up arrow recalls the previous line.
    p.send("\x1b[A").unwrap();
    p.flush().unwrap();
    p.exp_string("double(5)").unwrap();
    p.send_line("").unwrap();
    p.exp_string("10").unwrap();
    p.exp_string(">>> ").unwrap();

    // Ctrl-D leaves; the history was saved.
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    let hist = std::fs::read_to_string(h.path().join(".mempy_history")).unwrap();
    assert!(hist.contains("double(5)"), "{hist}");
}

#[test]
fn ctrl_c_interrupts_a_loop_and_cancels_input() {
    let h = home();
    let mut p = start(h.path(), &[]);
    p.send_line("n = 0").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("while True: n += 1").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    let out = p.exp_string(">>> ").unwrap();
    assert!(out.contains("KeyboardInterrupt"), "{out}");
    assert!(out.contains("Traceback"), "{out}");
    // Still alive, with the loop's state.
    let out = run(&mut p, "n > 0");
    assert!(out.contains("True"), "{out}");
    // Ctrl-C on a half-typed line cancels it.
    p.send("x = 1").unwrap();
    p.flush().unwrap();
    p.send_control('c').unwrap();
    let out = p.exp_string(">>> ").unwrap();
    assert!(out.contains("KeyboardInterrupt"), "{out}");
    let out = run(&mut p, "x");
    assert!(out.contains("NameError"), "{out}");
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn syntax_errors_and_commands() {
    let h = home();
    let mut p = start(h.path(), &[]);
    let out = run(&mut p, "x = (1 +* 2)");
    assert!(out.contains("SyntaxError"), "{out}");
    let out = run(&mut p, "%help");
    assert!(out.contains("%heap") && out.contains("%size"), "{out}");
    let out = run(&mut p, "%nope");
    assert!(out.contains("unknown command %nope"), "{out}");
    run(&mut p, "data = [1, 2, 3]");
    let out = run(&mut p, "%size data");
    assert!(out.contains("getsizeof: 88 bytes"), "{out}");
    let out = run(&mut p, "%heap list");
    assert!(out.contains("[1, 2, 3]"), "{out}");
    let out = run(&mut p, "%stack");
    assert!(out.contains("value stack:"), "{out}");
    p.send_line("quit()").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn inspect_flag_runs_the_script_then_the_repl() {
    let h = home();
    let script = h.path().join("s.py");
    std::fs::write(&script, "greeting = 'hi'\nitems = [greeting] * 3\n").unwrap();
    let mut p = start(h.path(), &["-i", script.to_str().unwrap()]);
    let out = run(&mut p, "items");
    assert!(out.contains("['hi', 'hi', 'hi']"), "{out}");
    let out = run(&mut p, "%refs greeting");
    assert!(out.contains("item [2] of list"), "{out}");
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn piped_stdin_runs_as_a_script() {
    let h = home();
    let mut child = mempy_cmd(h.path(), &[])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"def f(x):\n    return x * 2\n\nprint(f(4))\n1 + 1\nimport mempy\nprint(mempy.size([]))\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    // A script: no prompts, no echo of expression values.
    assert_eq!(String::from_utf8_lossy(&out.stdout), "8\n56\n");
}

#[test]
fn script_interrupted_by_sigint_exits_130() {
    let h = home();
    let script = h.path().join("spin.py");
    std::fs::write(
        &script,
        "import time\nprint('ready', flush=True)\nwhile True:\n    pass\n",
    )
    .unwrap();
    let mut child = mempy_cmd(h.path(), &[script.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
    assert_eq!(line, "ready\n");
    // SAFETY: sending a signal to our own child process.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
    assert!(
        err.contains("line 4, in <module>") || err.contains("line 3, in <module>"),
        "{err}"
    );
}

/// Each REPL input is its own compilation unit, as in python3: equal constants typed in
/// two inputs are two objects, within one input they are one; the code object of an
/// input dies after it ran, so it no longer holds its constants.
#[test]
fn constants_are_per_input() {
    let h = home();
    let mut p = start(h.path(), &[]);
    run(&mut p, "import sys");
    run(&mut p, "a = 1000");
    run(&mut p, "b = 1000");
    let out = run(&mut p, "a is b");
    assert!(out.contains("False"), "{out}");
    let out = run(&mut p, "c = 1000; d = 1000; print(c is d)");
    assert!(out.contains("True"), "{out}");
    let out = run(&mut p, "x = 123456");
    assert!(!out.contains("Error"), "{out}");
    let out = run(&mut p, "sys.getrefcount(x)");
    assert!(out.contains('2'), "{out}");
    let out = run(&mut p, "%refs 1000");
    assert!(!out.contains("has no reference count"), "{out}");
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
}

/// The terminal output without escape sequences and carriage returns.
fn plain(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.peek() == Some(&'[') {
                chars.next();
                // Parameters, then one final byte in '@'..='~'.
                for d in chars.by_ref() {
                    if ('@'..='~').contains(&d) {
                        break;
                    }
                }
            }
            continue;
        }
        if c != '\r' {
            out.push(c);
        }
    }
    out
}

/// Sends a line and waits for a continuation prompt.
fn more(p: &mut PtySession, line: &str) {
    p.send_line(line).expect("send");
    p.exp_string("... ").expect("continuation prompt");
}

/// python3 users type their own indentation; IPython users rely on the offered one;
/// both give the same function (python3 3.11: `f(0), f(1)` is `(2, 1)`).
#[test]
fn typed_indentation_replaces_the_offered_one() {
    let h = home();
    let mut p = start(h.path(), &[]);
    more(&mut p, "def f(x):");
    more(&mut p, "    if x:");
    more(&mut p, "        return 1");
    more(&mut p, "    return 2");
    run(&mut p, "");
    let out = run(&mut p, "f(0), f(1)");
    assert!(out.contains("(2, 1)"), "{out}");
    // Tabs typed as indentation work too (each indents four spaces).
    more(&mut p, "def t(x):");
    more(&mut p, "\tif x:");
    more(&mut p, "\t\treturn 'tab'");
    more(&mut p, "\treturn 'no'");
    run(&mut p, "");
    let out = run(&mut p, "t(1), t(0)");
    assert!(out.contains("('tab', 'no')"), "{out}");
    // The offered indentation only (IPython style): nothing typed before the code.
    more(&mut p, "def g(x):");
    more(&mut p, "y = x + 1");
    more(&mut p, "return y");
    run(&mut p, "");
    let out = run(&mut p, "g(41)");
    assert!(out.contains("42"), "{out}");
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
}

/// A block pasted in one piece (as a terminal delivers a paste) runs unchanged, line by
/// line, as in python3: the blank line ends the function, the call after it runs.
#[test]
fn pasted_block_runs_unchanged() {
    let h = home();
    let mut p = start(h.path(), &[]);
    p.send("class Box:\n    def __init__(self, v):\n        self.v = v\n\n    def get(self):\n        return self.v\n\nprint(Box(7).v)\n")
        .unwrap();
    p.flush().unwrap();
    // python3 3.11 reads the blank line inside the class as its end: `def get` then
    // comes at the top level with an unexpected indent, exactly as here.
    p.exp_string("    def get(self):\r\nIndentationError: unexpected indent")
        .unwrap();
    p.exp_string("7").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send("def add(a, b):\n    total = a + b\n    return total\n\nadd(2, 3)\n")
        .unwrap();
    p.flush().unwrap();
    p.exp_string("5").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
}

/// Brackets continue and the statement runs when they close; an empty line inside an
/// open bracket keeps prompting (python3 3.11 prints `1 2` and `[1]` here).
#[test]
fn brackets_continue_and_run_when_closed() {
    let h = home();
    let mut p = start(h.path(), &[]);
    more(&mut p, "print(1,");
    let out = plain(&run(&mut p, "2)"));
    assert!(out.contains("1 2\n"), "{out:?}");
    more(&mut p, "x = [");
    more(&mut p, "");
    run(&mut p, "1]");
    let out = run(&mut p, "x");
    assert!(out.contains("[1]"), "{out}");
    more(&mut p, "y = 1 + \\");
    run(&mut p, "2");
    let out = run(&mut p, "y");
    assert!(out.contains('3'), "{out}");
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
}

/// A syntax error is reported as soon as it is certain, in python3's format (these
/// blocks are python3 3.11's output for the same input), and the next line is a new
/// input.
#[test]
fn syntax_errors_at_once_in_python3_format() {
    let h = home();
    let mut p = start(h.path(), &[]);
    let out = plain(&run(&mut p, "if True"));
    assert!(
        out.contains(
            "  File \"<stdin>\", line 1\n    if True\n           ^\nSyntaxError: expected ':'\n"
        ),
        "{out:?}"
    );
    run(&mut p, "x = 1");
    let out = run(&mut p, "x");
    assert!(out.contains('1'), "{out}");
    let out = plain(&run(&mut p, "1 +"));
    assert!(
        out.contains(
            "  File \"<stdin>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n"
        ),
        "{out:?}"
    );
    more(&mut p, "def f():");
    more(&mut p, "  return 1");
    let out = plain(&run(&mut p, "x = 2"));
    assert!(
        out.contains("  File \"<stdin>\", line 3\n    x = 2\n    ^\nSyntaxError: invalid syntax\n"),
        "{out:?}"
    );
    let out = plain(&run(&mut p, "'abc"));
    assert!(
        out.contains(
            "    'abc\n    ^\nSyntaxError: unterminated string literal (detected at line 1)\n"
        ),
        "{out:?}"
    );
    assert!(!out.contains('×'), "no miette box: {out:?}");
    // Found by the compiler, not the parser: python3 shows no source line for <stdin>.
    let out = plain(&run(&mut p, "return 1"));
    assert!(
        out.contains(
            "return 1\n  File \"<stdin>\", line 1\nSyntaxError: 'return' outside function\n"
        ),
        "{out:?}"
    );
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
}

/// Ctrl-C ends `time.sleep` and `input()` at once with a KeyboardInterrupt traceback
/// (python3 3.11 prints the same three lines) and the session goes on.
#[test]
fn ctrl_c_interrupts_sleep_and_input() {
    let h = home();
    let mut p = start(h.path(), &[]);
    run(&mut p, "import time");
    p.send_line("time.sleep(60)").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    let t = std::time::Instant::now();
    p.send_control('c').unwrap();
    let out = plain(&p.exp_string(">>> ").unwrap());
    assert!(
        t.elapsed() < std::time::Duration::from_secs(20),
        "sleep not cut short"
    );
    assert!(
        out.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n"),
        "{out:?}"
    );
    p.send_line("name = input('name? ')").unwrap();
    p.exp_string("name? ").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    let out = plain(&p.exp_string(">>> ").unwrap());
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");
    // input() still works afterwards.
    p.send_line("name = input('name? ')").unwrap();
    p.exp_string("name? ").unwrap();
    p.send_line("Ada").unwrap();
    p.exp_string(">>> ").unwrap();
    let out = run(&mut p, "name");
    assert!(out.contains("'Ada'"), "{out}");
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
}

/// `help`, `help(len)`, `help()`, `len.__doc__` and bare `exit`, as python3 shows them
/// (`help(len)`'s page is pydoc's plain-text layout).
#[test]
fn help_and_exit() {
    let h = home();
    let mut p = start(h.path(), &[]);
    let out = run(&mut p, "help");
    assert!(
        out.contains("Type help() for interactive help, or help(object) for help about object."),
        "{out}"
    );
    let out = plain(&run(&mut p, "help(len)"));
    assert!(
        out.contains("Help on built-in function len in module builtins:\n\nlen(obj, /)\n    Return the number of items in a container.\n"),
        "{out:?}"
    );
    let out = run(&mut p, "len.__doc__");
    assert!(
        out.contains("'Return the number of items in a container.'"),
        "{out}"
    );
    p.send_line("help()").unwrap();
    p.exp_string("help> ").unwrap();
    p.send_line("abs").unwrap();
    p.exp_string("Help on built-in function abs in module builtins:")
        .unwrap();
    p.exp_string("help> ").unwrap();
    p.send_line("q").unwrap();
    p.exp_string("leaving help").unwrap();
    p.exp_string(">>> ").unwrap();
    let out = run(&mut p, "exit");
    assert!(
        out.contains("Use exit() or Ctrl-D (i.e. EOF) to exit"),
        "{out}"
    );
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
}

/// A script interrupted while blocked in `time.sleep` or in a read of stdin: python3
/// 3.11 prints the KeyboardInterrupt traceback and ends with SIGINT's status (130).
#[test]
fn script_interrupted_in_a_blocking_call_exits_130() {
    let h = home();
    for (body, line) in [
        (
            "import time\nprint('ready', flush=True)\ntime.sleep(60)\n",
            3,
        ),
        (
            "import sys\nprint('ready', flush=True)\nsys.stdin.readline()\n",
            3,
        ),
        ("print('ready', flush=True)\ninput()\n", 2),
    ] {
        let script = h.path().join("block.py");
        std::fs::write(&script, body).unwrap();
        let mut child = mempy_cmd(h.path(), &[script.to_str().unwrap()])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Keep stdin open and empty: the read blocks.
        let _stdin = child.stdin.take();
        let mut first = String::new();
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
        assert_eq!(first, "ready\n");
        std::thread::sleep(std::time::Duration::from_millis(200));
        let t = std::time::Instant::now();
        // SAFETY: sending a signal to our own child process.
        unsafe {
            libc::kill(child.id() as i32, libc::SIGINT);
        }
        let out = child.wait_with_output().unwrap();
        assert!(t.elapsed() < std::time::Duration::from_secs(20), "{body}");
        assert_eq!(out.status.code(), Some(130), "{body}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.ends_with("KeyboardInterrupt\n"), "{body}: {err}");
        assert!(
            err.contains(&format!("line {line}, in <module>")),
            "{body}: {err}"
        );
    }
}

/// Tab completes a callable with `(` (python3's rlcompleter does the same), other
/// names without; `%gc` says which counter is which.
#[test]
fn tab_completion_and_gc_labels() {
    let h = home();
    let mut p = start(h.path(), &[]);
    run(&mut p, "numbers = [3, 1, 2]");
    p.send("le\t").unwrap();
    p.flush().unwrap();
    p.exp_string("len(").unwrap();
    p.send_line("numbers)").unwrap();
    let out = p.exp_string(">>> ").unwrap();
    assert!(out.contains('3'), "{out}");
    p.send("numb\t").unwrap();
    p.flush().unwrap();
    p.exp_string("numbers").unwrap();
    p.send(".so\t").unwrap();
    p.flush().unwrap();
    p.exp_string("sort(").unwrap();
    p.send_line(")").unwrap();
    p.exp_string(">>> ").unwrap();
    let out = run(&mut p, "numbers");
    assert!(out.contains("[1, 2, 3]"), "{out}");
    let out = plain(&run(&mut p, "%gc"));
    assert!(
        out.contains("get_count()  tracked: gen0  gen1  gen2"),
        "{out}"
    );
    assert!(
        out.contains("get_count(): allocations since the last collection"),
        "{out}"
    );
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
}
