//! `mempy --trace-json` golden tests: every `tests/trace/X.py` is run with
//! `--trace-json` and the recording is compared with `tests/trace/X.json`
//! (`MEMPY_UPDATE_TRACE=1` rewrites the expectations). Each run must also print,
//! exit and fail exactly like the same script run without `--trace`, and `--trace`
//! must write a page embedding the same JSON. `limit.py` runs with `--trace-limit 5`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("trace")
}

fn run(script: &str, extra: &[&str]) -> Output {
    run_in(&dir(), script, extra)
}

fn run_in(cwd: &Path, script: &str, extra: &[&str]) -> Output {
    run_bin_in(Path::new(env!("CARGO_BIN_EXE_mempy")), cwd, script, extra)
}

fn run_bin_in(bin: &Path, cwd: &Path, script: &str, extra: &[&str]) -> Output {
    Command::new(bin)
        .args(extra)
        .arg(script)
        .current_dir(cwd)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .output()
        .expect("cannot run mempy")
}

fn cases() -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir())
        .expect("tests/trace")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".py"))
        .collect();
    v.sort();
    v
}

/// Length of the absolute directory the golden scripts run from. The recording's
/// byte totals include the script's absolute path (`__file__` is a str on the
/// heap), so the path must have the same length on every machine and checkout.
const CASE_DIR_LEN: usize = 180;

/// Copies the cases into `<tmp>/ppp…` padded to `CASE_DIR_LEN` characters.
fn fixed_length_case_dir(tmp: &Path) -> PathBuf {
    let base = tmp.canonicalize().expect("canonical tempdir");
    let used = base.to_string_lossy().chars().count() + 1;
    assert!(
        used < CASE_DIR_LEN,
        "temp dir path too long: {}",
        base.display()
    );
    let case_dir = base.join("p".repeat(CASE_DIR_LEN - used));
    fs::create_dir(&case_dir).expect("create case dir");
    for case in cases() {
        fs::copy(dir().join(&case), case_dir.join(&case)).expect("copy case");
    }
    case_dir
}

#[test]
fn trace_json_golden() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let case_dir = fixed_length_case_dir(tmp.path());
    assert_eq!(case_dir.to_string_lossy().chars().count(), CASE_DIR_LEN);
    // `sys.executable` is a str on the heap too (a collection during start-up puts
    // it in a recorded frame's locals and every byte total): the binary runs from
    // the fixed-length directory, so its path has the same length on every checkout.
    let bin = case_dir.join("mempy");
    fs::copy(env!("CARGO_BIN_EXE_mempy"), &bin).expect("copy mempy");
    let update = std::env::var_os("MEMPY_UPDATE_TRACE").is_some();
    let mut failures = Vec::new();
    for case in cases() {
        let stem = case.trim_end_matches(".py");
        let json_path = tmp.path().join(format!("{stem}.json"));
        let html_path = tmp.path().join(format!("{stem}.html"));
        let mut args = vec![
            "--trace-json",
            json_path.to_str().unwrap(),
            "--trace",
            html_path.to_str().unwrap(),
        ];
        if stem == "limit" {
            args.extend(["--trace-limit", "5"]);
        }
        let traced = run_bin_in(&bin, &case_dir, &case, &args);
        let plain = run_bin_in(&bin, &case_dir, &case, &[]);
        if traced.stdout != plain.stdout
            || traced.stderr != plain.stderr
            || traced.status.code() != plain.status.code()
        {
            failures.push(format!(
                "{case}: --trace changed the run: stdout {:?} vs {:?}, stderr {:?} vs {:?}, code {:?} vs {:?}",
                String::from_utf8_lossy(&traced.stdout),
                String::from_utf8_lossy(&plain.stdout),
                String::from_utf8_lossy(&traced.stderr),
                String::from_utf8_lossy(&plain.stderr),
                traced.status.code(),
                plain.status.code()
            ));
            continue;
        }
        let raw = fs::read_to_string(&json_path).unwrap_or_default();
        let page = fs::read_to_string(&html_path).unwrap_or_default();
        if !page.contains(raw.trim_end()) || page.contains("__MEMPY_TRACE_JSON__") {
            failures.push(format!(
                "{case}: the page does not embed the JSON recording"
            ));
        }
        // The script's path is absolute (as in CPython's tracebacks); the expectations
        // hold it relative to the case directory.
        let got = raw.replace(
            &format!("{}{}", case_dir.display(), std::path::MAIN_SEPARATOR),
            "",
        );
        // Where the directory itself shows (`sys.path[0]`, often in a repr cut short
        // at a fixed length), its random temp part becomes more `p`s of the same
        // length, so the recording is the same on every run and machine.
        let base = format!(
            "{}{}",
            case_dir.parent().expect("case dir in tmp").display(),
            std::path::MAIN_SEPARATOR
        );
        let got = got.replace(&base, &"p".repeat(base.chars().count()));
        let expected_path = dir().join(format!("{stem}.json"));
        if update {
            fs::write(&expected_path, &got).expect("write expectation");
            continue;
        }
        let want = fs::read_to_string(&expected_path).unwrap_or_default();
        if got != want {
            let first = got
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(got.lines().count().min(want.lines().count()));
            failures.push(format!(
                "{case}: recording differs from {stem}.json at line {}:\n  got:  {}\n  want: {}",
                first + 1,
                got.lines().nth(first).unwrap_or("<end>"),
                want.lines().nth(first).unwrap_or("<end>")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn trace_needs_a_script_and_a_file_name() {
    let out = run("-c", &["--trace", "x.html"]);
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(env!("CARGO_BIN_EXE_mempy"))
        .arg("--trace")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let out = run(
        "aliasing_del.py",
        &["--trace-limit", "0", "--trace", "x.html"],
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn limit_is_noted() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let json = tmp.path().join("l.json");
    let out = run(
        "limit.py",
        &["--trace-limit", "5", "--trace-json", json.to_str().unwrap()],
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "45\n");
    let text = fs::read_to_string(&json).expect("json written");
    assert!(text.contains("\"limit\":5,\"limited\":true"), "{text}");
    // 5 steps plus the end step.
    assert_eq!(text.matches("{\"k\":").count(), 6, "{text}");
    assert!(text.contains("\"k\":\"end\""));
}

/// An output file that cannot be written is reported before the script runs (the
/// script would print "ran" and exit 0), with the OS's reason and exit status 2; the
/// same for `--trace-json` and `--memprofile-html`.
#[test]
fn unwritable_output_fails_before_running() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let script = tmp.path().join("ran.py");
    fs::write(&script, "print('ran')\n").unwrap();
    for opt in ["--trace", "--trace-json", "--memprofile-html"] {
        let out = run_in(tmp.path(), "ran.py", &[opt, "/nonexistent/dir/x.html"]);
        assert_eq!(out.status.code(), Some(2), "{opt}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "",
            "{opt} ran the script"
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            err,
            "mempy: cannot write /nonexistent/dir/x.html: No such file or directory (os error 2)\n",
            "{opt}"
        );
    }
}

/// Recording is linear in the steps for a deep stack (frames unchanged since the last
/// step are not read again, the totals visit only the program's slots): a runaway
/// recursion to the default limit (1000 frames, each holding a list) and one to a
/// limit of 3000 record in well under a second each on an idle machine (they took 4 s
/// and some 25 s of wall time when each step read the whole stack and heap); more
/// than a few seconds means that is back.
#[test]
fn runaway_recursion_records_quickly() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let cases = [
        (
            "runaway.py",
            "def down(n):\n    items = [n]\n    return down(n + 1)\n\ndown(0)\n",
            5,
        ),
        (
            "deeper.py",
            "import sys\nsys.setrecursionlimit(3000)\n\ndef down(n):\n    return down(n + 1)\n\ndown(0)\n",
            10,
        ),
    ];
    for (name, text, secs) in cases {
        fs::write(tmp.path().join(name), text).unwrap();
        let page = tmp.path().join("r.html");
        let start = std::time::Instant::now();
        let out = run_in(tmp.path(), name, &["--trace", page.to_str().unwrap()]);
        let took = start.elapsed();
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("RecursionError: maximum recursion depth exceeded"),
            "{name}: {err}"
        );
        assert!(page.exists());
        assert!(
            took < std::time::Duration::from_secs(secs),
            "{name}: recording to the recursion limit took {took:?}"
        );
    }
}

/// `--memprofile` runs the script its own way: combined with `--leaks` or `--trace`
/// it is a usage error (exit status 2), not one of them silently dropped.
#[test]
fn memprofile_is_not_combined() {
    let cases: [&[&str]; 2] = [
        &["--memprofile", "--leaks"],
        &[
            "--memprofile-html",
            "/nonexistent/m.html",
            "--trace",
            "/nonexistent/t.html",
        ],
    ];
    for extra in cases {
        let out = run("aliasing_del.py", extra);
        assert_eq!(out.status.code(), Some(2), "{extra:?}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "", "{extra:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("cannot be combined"),
            "{extra:?}"
        );
    }
}
