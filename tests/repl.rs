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
