//! Runs every script in `examples/` and compares its stdout with the output CPython 3.11
//! gave for it (recorded in `tests/examples/NAME.out` by running `python3 NAME.py` from
//! `examples/` with PYTHONHASHSEED=0). The examples are what a newcomer runs first, so
//! they must keep printing exactly what python3 prints.

use std::path::Path;
use std::process::{Command, Stdio};

#[test]
fn examples_print_what_python3_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = env!("CARGO_BIN_EXE_mempy");
    let mut failures = Vec::new();
    let mut ran = 0;
    let mut entries: Vec<_> = std::fs::read_dir(root.join("examples"))
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    entries.sort();
    for script in entries {
        let stem = script.file_stem().unwrap().to_string_lossy().into_owned();
        let expected = root.join("tests/examples").join(format!("{stem}.out"));
        let Ok(want) = std::fs::read(&expected) else {
            failures.push(format!(
                "{stem}: no expectation file {}",
                expected.display()
            ));
            continue;
        };
        let out = Command::new(bin)
            .arg(script.file_name().unwrap())
            .current_dir(root.join("examples"))
            .env("PYTHONHASHSEED", "0")
            .stdin(Stdio::null())
            .output()
            .expect("run mempy");
        ran += 1;
        if out.stdout != want {
            failures.push(format!(
                "{stem}: stdout differs\n--- expected\n{}\n--- got\n{}",
                String::from_utf8_lossy(&want),
                String::from_utf8_lossy(&out.stdout)
            ));
        }
    }
    assert!(ran > 0, "no examples found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every file under `dir`, relative to it, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir").flatten() {
            let p = e.path();
            out.push(p.strip_prefix(dir).unwrap().display().to_string());
            if p.is_dir() {
                stack.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The examples that are small programs of several files: a directory of
/// `examples/` with a `main.py` (and its package and data beside it). `main.py` runs
/// from its directory, its stdout is compared with python3's (recorded in
/// `tests/examples/DIR.out` by `PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 python3
/// main.py` there), and it must leave nothing behind: neither in its own directory
/// nor in the temporary directory it is given (TMPDIR).
#[test]
fn program_examples_print_what_python3_prints_and_leave_nothing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = env!("CARGO_BIN_EXE_mempy");
    let mut failures = Vec::new();
    let mut ran = 0;
    let mut dirs: Vec<_> = std::fs::read_dir(root.join("examples"))
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("main.py").is_file())
        .collect();
    dirs.sort();
    for dir in dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let expected = root.join("tests/examples").join(format!("{name}.out"));
        let Ok(want) = std::fs::read(&expected) else {
            failures.push(format!(
                "{name}: no expectation file {}",
                expected.display()
            ));
            continue;
        };
        let tmp = std::env::temp_dir().join(format!("mempy-example-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&tmp).expect("temporary directory");
        let before = tree(&dir);
        let out = Command::new(bin)
            .arg("main.py")
            .current_dir(&dir)
            .env("PYTHONHASHSEED", "0")
            .env("TMPDIR", &tmp)
            .stdin(Stdio::null())
            .output()
            .expect("run mempy");
        ran += 1;
        let left_in_tmp = tree(&tmp);
        let _ = std::fs::remove_dir_all(&tmp);
        if !out.status.success() {
            failures.push(format!(
                "{name}: exit status {}\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        if out.stdout != want {
            failures.push(format!(
                "{name}: stdout differs\n--- expected\n{}\n--- got\n{}",
                String::from_utf8_lossy(&want),
                String::from_utf8_lossy(&out.stdout)
            ));
        }
        let after = tree(&dir);
        if after != before {
            failures.push(format!(
                "{name}: its directory changed: {before:?} -> {after:?}"
            ));
        }
        if !left_in_tmp.is_empty() {
            failures.push(format!("{name}: left behind in TMPDIR: {left_in_tmp:?}"));
        }
    }
    assert!(ran > 0, "no program examples found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
