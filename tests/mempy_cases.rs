//! Golden tests of mempy's own tools, which CPython does not have (`mempy.why`,
//! `mempy.growth`, `mempy.snapshot`, `--leaks`, `--memprofile`, ...): every
//! `tests/mempy_cases/X.py` is run with the built `mempy` and its stdout compared with
//! `X.out`, written by hand or recorded and then checked line by line against the
//! script's comments (each case says what its answer must be and why). Stderr is
//! compared with `X.err` (absent = empty): `--leaks` reports there.
//!
//! A first line `# mempy-args: ARGS` puts options before the script (`--leaks`,
//! `--memprofile`). Each script runs from a copy of its directory at a fixed path
//! (`/tmp/mempy-cases/<set>`: the first `mempy.growth()` counts the bytes of the
//! script's path strings, which must not depend on where the checkout is), with cwd =
//! that directory, its bare file name as argument, stdin null and
//! `PYTHONHASHSEED=0`; the exit status must be 0 unless `X.code` says otherwise. `MEMPY_UPDATE_CASES=1` rewrites the `.out` files (review
//! the diff before committing).

use std::path::Path;
use std::process::{Command, Stdio};

#[test]
fn mempy_only_cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    check_dir(
        &root.join("tests/mempy_cases"),
        &root.join("tests/mempy_cases"),
        "cases",
    );
}

/// The leak-hunting examples (`examples/leak-hunting/`): their output is mempy's own,
/// so they are checked here rather than against python3 by tests/examples.rs; the
/// expected output sits in `tests/examples/leak-hunting/`.
#[test]
fn leak_hunting_examples() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    check_dir(
        &root.join("examples/leak-hunting"),
        &root.join("tests/examples/leak-hunting"),
        "leaks",
    );
}

/// Copies the `.py` files of `src` to `/tmp/mempy-cases/<set>` (a path of the same
/// length on every machine; `set` names are all five letters) and returns it.
fn fixed_copy(src: &Path, set: &str) -> std::path::PathBuf {
    assert_eq!(set.len(), 5, "set names keep the copy's path length fixed");
    let dir = Path::new("/tmp/mempy-cases").join(set);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create /tmp/mempy-cases");
    for e in std::fs::read_dir(src).expect("case directory").flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "py") {
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).expect("copy case");
        }
    }
    dir
}

fn check_dir(src: &Path, expected_dir: &Path, set: &str) {
    let root = &fixed_copy(src, set);
    let update = std::env::var_os("MEMPY_UPDATE_CASES").is_some();
    if update {
        std::fs::create_dir_all(expected_dir).unwrap();
    }
    let mut scripts: Vec<_> = std::fs::read_dir(root)
        .expect("case directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    scripts.sort();
    assert!(!scripts.is_empty(), "no cases");
    let mut failures = Vec::new();
    for script in scripts {
        let text = std::fs::read_to_string(&script).unwrap();
        let args: Vec<&str> = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# mempy-args:"))
            .map(|a| a.split_whitespace().collect())
            .unwrap_or_default();
        let name = script.file_name().unwrap().to_string_lossy().into_owned();
        let out = Command::new(env!("CARGO_BIN_EXE_mempy"))
            .args(&args)
            .arg(&name)
            .current_dir(root)
            .env("PYTHONHASHSEED", "0")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .output()
            .expect("run mempy");
        let expected = expected_dir.join(script.file_name().unwrap());
        let expected_out = expected.with_extension("out");
        let code: i32 = std::fs::read_to_string(expected.with_extension("code"))
            .map(|s| s.trim().parse().unwrap())
            .unwrap_or(0);
        if update {
            std::fs::write(&expected_out, &out.stdout).unwrap();
        }
        let want = std::fs::read(&expected_out).unwrap_or_default();
        let expected_err = expected.with_extension("err");
        if update && !out.stderr.is_empty() {
            std::fs::write(&expected_err, &out.stderr).unwrap();
        }
        let want_err = std::fs::read(&expected_err).unwrap_or_default();
        if out.stderr != want_err {
            failures.push(format!(
                "{name}: stderr differs\n--- expected\n{}\n--- got\n{}",
                String::from_utf8_lossy(&want_err),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        if out.stdout != want {
            failures.push(format!(
                "{name}: stdout differs\n--- expected\n{}\n--- got\n{}\n--- stderr\n{}",
                String::from_utf8_lossy(&want),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        if out.status.code() != Some(code) {
            failures.push(format!(
                "{name}: exit status {:?}, expected {code}\n{}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
