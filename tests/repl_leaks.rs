//! The REPL's leak-hunting commands (`%why`, `%growth`, `%snapshot`, `%diff`) driven
//! through a real pseudo-terminal, as a learner types them.

use rexpect::session::{spawn_command, PtySession};
use std::process::Command;

const TIMEOUT_MS: u64 = 30_000;

fn start(home: &std::path::Path) -> PtySession {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mempy"));
    c.env("HOME", home)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    let mut p = spawn_command(c, Some(TIMEOUT_MS)).expect("spawn mempy");
    p.exp_string(">>> ").expect("first prompt");
    p
}

/// Sends a line and waits for the next primary prompt; returns what came before it.
fn run(p: &mut PtySession, line: &str) -> String {
    p.send_line(line).expect("send");
    p.exp_string(">>> ").expect("prompt after input")
}

#[test]
fn why_names_the_chain_and_the_cycle() {
    let h = tempfile::tempdir().unwrap();
    let mut p = start(h.path());
    run(&mut p, "cache = {'k': [1, 2, 3]}");
    let out = run(&mut p, "%why cache['k']");
    assert!(
        out.contains("list [1, 2, 3]: refcount 1, 88 bytes"),
        "{out}"
    );
    assert!(out.contains("reachable from a root in 2 steps"), "{out}");
    assert!(out.contains("global 'cache' of module __main__"), "{out}");
    assert!(out.contains("['k']"), "{out}");
    p.send_line("class Node: pass").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    run(&mut p, "import gc, weakref; gc.disable()");
    run(&mut p, "a = Node(); a.me = a; r = weakref.ref(a); del a");
    let out = run(&mut p, "%why r()");
    assert!(out.contains("reference cycle of 1 object"), "{out}");
    assert!(out.contains(".me -> back to the first"), "{out}");
    let out = run(&mut p, "%why");
    assert!(out.contains("usage: %why EXPR"), "{out}");
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn growth_snapshot_and_diff() {
    let h = tempfile::tempdir().unwrap();
    let mut p = start(h.path());
    let out = run(&mut p, "%diff");
    assert!(out.contains("no snapshot taken"), "{out}");
    run(&mut p, "%growth");
    let out = run(&mut p, "%snapshot");
    assert!(out.contains("snapshot taken"), "{out}");
    run(&mut p, "data = [[i] for i in range(40)]");
    let out = run(&mut p, "%growth");
    assert!(out.contains("list"), "{out}");
    assert!(out.contains("+41"), "{out}");
    let out = run(&mut p, "%diff");
    // The 41 lists were made by line 1 of the input (the compiler's new name, a str,
    // was allocated before any instruction ran: its site is unknown).
    assert!(out.contains("new objects still alive"), "{out}");
    assert!(out.contains("list     41"), "{out}");
    assert!(out.contains("<stdin>:1        41"), "{out}");
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}
