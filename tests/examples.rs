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
