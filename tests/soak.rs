//! The soak test (issue 15): every construct the golden cases use runs hundreds of
//! times under mempy, and the number of live objects after `gc.collect()` must not
//! move between rounds (tests/soak/constructs.py says how it measures). A construct
//! that leaks one object per run shows up as hundreds of objects.
//!
//! mempy only: CPython's `sys.getallocatedblocks()` moves with its internal caches and
//! free lists, so it is no judge of a flat count.

use std::process::{Command, Stdio};

#[test]
fn live_objects_stay_flat_under_repetition() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/soak/constructs.py");
    let out = Command::new(env!("CARGO_BIN_EXE_mempy"))
        .arg(script)
        .stdin(Stdio::null())
        .output()
        .expect("cannot run mempy");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "stderr: {stderr}");
    let last = stdout.lines().last().unwrap_or("");
    assert!(
        last.ends_with(" constructs, 0 leaking") && stdout.lines().count() == 1,
        "leaks found:\n{stdout}{stderr}"
    );
    // The script found its constructs (a rename must not make it vacuous).
    let n: usize = last.split(' ').next().unwrap().parse().unwrap();
    assert!(n >= 18, "only {n} constructs ran");
}
