//! Golden tests: every `tests/cases/**/X.py` is run with the built `mempy` binary and its
//! results are compared with CPython 3.11's recorded ones (made by `tests/regen`):
//!
//! * `X.out`  — exact stdout (bytes);
//! * `X.code` — exit status (absent = 0);
//! * `X.err`  — stderr (absent = empty; the script's directory followed by `/` is
//!   removed wherever it appears, so `File "/abs/dir/X.py"` reads `File "X.py"`, as
//!   tests/regen does), compared line by line, CPython 3.11's `^^^^` marker lines
//!   included.
//!
//! Cases in a directory named `files` (they create files) run with a fresh temporary
//! directory as cwd, removed afterwards, and their script given by absolute path; they
//! still import helpers from their own directory (`sys.path[0]`).
//!
//! Multi-file cases: a case's helper modules sit beside it. A `.py` file or a
//! directory whose name starts with `_` (`_helper.py`, `_extra/`, `__init__.py`) is not
//! a case, and neither is anything inside a package directory (one holding an
//! `__init__.py`), so `pkg/sub.py` is a module the case imports, not a case.
//!
//! Each script runs with cwd = its directory, its bare file name as argument, stdin null,
//! `PYTHONHASHSEED=0` and a 20 s limit. `MEMPY_GOLDEN_FILTER=substr` runs only the cases
//! whose path (relative to `tests/cases`) contains `substr`. `MEMPY_GOLDEN_THREADS=n`
//! sets the parallelism (default 3). `MEMPY_GOLDEN_BIN=python3` runs the cases under another
//! interpreter (to check the harness and the recorded expectations against CPython).

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);
const MAX_DIFF_LINES: usize = 15;

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("cases")
}

fn collect_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        // Helper modules and packages of multi-file cases (see the header).
        let helper = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('_'));
        if helper || p.join("__init__.py").exists() {
            continue;
        }
        if p.is_dir() {
            collect_py(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn all_cases() -> Vec<PathBuf> {
    let mut v = Vec::new();
    collect_py(&cases_dir(), &mut v);
    v
}

fn rel(p: &Path) -> String {
    p.strip_prefix(cases_dir())
        .unwrap_or(p)
        .display()
        .to_string()
}

struct RunResult {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: Option<i32>,
    timed_out: bool,
}

/// A case that writes files: it runs in a temporary directory (see the header).
fn runs_in_temp_dir(script: &Path) -> bool {
    script
        .parent()
        .and_then(|d| d.file_name())
        .is_some_and(|n| n == "files")
}

/// A fresh empty directory under the system's temporary directory.
fn fresh_temp_dir() -> Result<PathBuf, String> {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    let d = std::env::temp_dir().join(format!("mempy-golden-{}-{n}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).map_err(|e| format!("cannot create {}: {e}", d.display()))?;
    Ok(d)
}

fn run_script(bin: &str, script: &Path) -> Result<RunResult, String> {
    let tmp = if runs_in_temp_dir(script) {
        Some(fresh_temp_dir()?)
    } else {
        None
    };
    let r = run_script_in(bin, script, tmp.as_deref());
    if let Some(t) = tmp {
        let _ = fs::remove_dir_all(t);
    }
    r
}

fn run_script_in(bin: &str, script: &Path, tmp: Option<&Path>) -> Result<RunResult, String> {
    let dir = script.parent().unwrap();
    let name = script.file_name().unwrap();
    let mut cmd = Command::new(bin);
    match tmp {
        Some(t) => cmd.arg(script).current_dir(t),
        None => cmd.arg(name).current_dir(dir),
    };
    let mut child = cmd
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {bin}: {e}"))?;
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let t_out = thread::spawn(move || {
        let mut b = Vec::new();
        let _ = so.read_to_end(&mut b);
        b
    });
    let t_err = thread::spawn(move || {
        let mut b = Vec::new();
        let _ = se.read_to_end(&mut b);
        b
    });
    // Watchdog: poll the child; kill it once the deadline passes.
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) => {
                if start.elapsed() > TIMEOUT {
                    timed_out = true;
                    let _ = child.kill();
                    break child.wait().map_err(|e| e.to_string())?;
                }
                thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let stdout = t_out.join().unwrap_or_default();
    let stderr = t_err.join().unwrap_or_default();
    Ok(RunResult {
        stdout,
        stderr,
        code: status.code(),
        timed_out,
    })
}

/// stderr as lines, compared exactly (including 3.11's `^^^^` marker lines).
/// `s` without any occurrence of `pat` (byte-wise: program output need not be UTF-8).
fn strip_bytes(s: &[u8], pat: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if !pat.is_empty() && s[i..].starts_with(pat) {
            i += pat.len();
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    out
}

fn normalize_stderr(s: &str) -> Vec<String> {
    s.lines().map(|l| l.to_string()).collect()
}

/// A short unified-style diff (LCS-based) of at most MAX_DIFF_LINES changed lines.
fn short_diff(expected: &[String], actual: &[String]) -> String {
    let (n, m) = (expected.len(), actual.len());
    let mut out = String::new();
    if n * m > 4_000_000 {
        // Too big for the LCS table: naive first-difference listing.
        let mut shown = 0;
        for i in 0..n.max(m) {
            let (e, a) = (expected.get(i), actual.get(i));
            if e != a && shown < MAX_DIFF_LINES {
                if let Some(e) = e {
                    out.push_str(&format!("    -{e}\n"));
                }
                if let Some(a) = a {
                    out.push_str(&format!("    +{a}\n"));
                }
                shown += 1;
            }
        }
        return out;
    }
    // lcs[i][j] = LCS length of expected[i..], actual[j..]
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if expected[i] == actual[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut changes) = (0, 0, 0);
    let mut last_ctx: Option<String> = None;
    let mut ctx_line = 0;
    while (i < n || j < m) && changes < MAX_DIFF_LINES {
        if i < n && j < m && expected[i] == actual[j] {
            last_ctx = Some(expected[i].clone());
            ctx_line = i + 1;
            i += 1;
            j += 1;
            continue;
        }
        if let Some(c) = last_ctx.take() {
            out.push_str(&format!(
                "    @@ after expected line {ctx_line}\n     {c}\n"
            ));
        } else if changes == 0 {
            out.push_str("    @@ at start\n");
        }
        if j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push_str(&format!("    +{}\n", actual[j]));
            j += 1;
        } else {
            out.push_str(&format!("    -{}\n", expected[i]));
            i += 1;
        }
        changes += 1;
    }
    if i < n || j < m {
        out.push_str("    ... (more differences)\n");
    }
    out
}

fn text_lines(b: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(b)
        .split('\n')
        .map(|s| s.to_string())
        .collect()
}

/// Returns None when the case passes, or a report of what differed.
fn check_case(bin: &str, script: &Path) -> Option<String> {
    let base = script.with_extension("");
    let read = |ext: &str| fs::read(base.with_extension(ext)).ok();
    let Some(exp_out) = read("out") else {
        return Some("  missing .out (run tests/regen)\n".into());
    };
    let exp_code: i32 = match read("code") {
        Some(b) => String::from_utf8_lossy(&b).trim().parse().unwrap_or(-1),
        None => 0,
    };
    let exp_err = read("err")
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();

    let r = match run_script(bin, script) {
        Ok(r) => r,
        Err(e) => return Some(format!("  {e}\n")),
    };
    let mut rep = String::new();
    if r.timed_out {
        rep.push_str(&format!(
            "  TIMEOUT after {}s (killed)\n",
            TIMEOUT.as_secs()
        ));
    }
    if r.code != Some(exp_code) {
        let got = r
            .code
            .map_or("killed by signal".to_string(), |c| c.to_string());
        rep.push_str(&format!("  exit status: expected {exp_code}, got {got}\n"));
    }
    // CPython prints absolute paths (tracebacks, the traceback and inspect modules,
    // ImportError and OSError messages); the expectations hold them relative to the
    // script's directory (see tests/regen), so strip that directory here too.
    let dir = script.parent().unwrap();
    let mut dirs = vec![dir.to_path_buf()];
    if let Ok(c) = dir.canonicalize() {
        dirs.push(c);
    }
    let prefixes: Vec<String> = dirs
        .iter()
        .map(|d| format!("{}{}", d.display(), std::path::MAIN_SEPARATOR))
        .collect();
    let mut actual_out = r.stdout.clone();
    for p in &prefixes {
        actual_out = strip_bytes(&actual_out, p.as_bytes());
    }
    if actual_out != exp_out {
        rep.push_str("  stdout differs (-expected +actual):\n");
        rep.push_str(&short_diff(&text_lines(&exp_out), &text_lines(&actual_out)));
    }
    let mut actual_err = String::from_utf8_lossy(&r.stderr).into_owned();
    for p in &prefixes {
        actual_err = actual_err.replace(p, "");
    }
    let (e, a) = (normalize_stderr(&exp_err), normalize_stderr(&actual_err));
    if e != a {
        rep.push_str("  stderr differs (-expected +actual):\n");
        rep.push_str(&short_diff(&e, &a));
    }
    if rep.is_empty() {
        None
    } else {
        Some(rep)
    }
}

#[test]
fn golden_cases() {
    // MEMPY_GOLDEN_BIN=python3 checks the harness and the expectations against CPython itself.
    let bin_override = std::env::var("MEMPY_GOLDEN_BIN").ok();
    let bin: &'static str = match bin_override {
        Some(b) => Box::leak(b.into_boxed_str()),
        None => env!("CARGO_BIN_EXE_mempy"),
    };
    let filter = std::env::var("MEMPY_GOLDEN_FILTER").unwrap_or_default();
    let cases: Vec<PathBuf> = all_cases()
        .into_iter()
        .filter(|p| rel(p).contains(&filter))
        .collect();
    assert!(
        !cases.is_empty(),
        "no golden cases matched filter {filter:?} under {}",
        cases_dir().display()
    );
    let threads: usize = std::env::var("MEMPY_GOLDEN_THREADS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3)
        .max(1);

    let cases = Arc::new(cases);
    let next = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(Mutex::new(Vec::<(String, String)>::new()));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let (cases, next, failures) = (cases.clone(), next.clone(), failures.clone());
            thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(i) else { break };
                if let Some(rep) = check_case(bin, case) {
                    failures.lock().unwrap().push((rel(case), rep));
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("golden worker panicked");
    }
    let mut failures = failures.lock().unwrap().clone();
    failures.sort();
    if !failures.is_empty() {
        let mut msg = format!(
            "\n{} of {} golden cases failed:\n",
            failures.len(),
            cases.len()
        );
        for (name, _) in &failures {
            msg.push_str(&format!("  {name}\n"));
        }
        msg.push('\n');
        for (name, rep) in &failures {
            msg.push_str(&format!("--- {name}\n{rep}\n"));
        }
        msg.push_str(&format!(
            "{} of {} golden cases failed (rerun a subset with MEMPY_GOLDEN_FILTER=<substring>)\n",
            failures.len(),
            cases.len()
        ));
        panic!("{msg}");
    }
    eprintln!("golden: {} cases passed", cases.len());
}

#[test]
fn every_case_has_expected_output() {
    let cases = all_cases();
    assert!(
        !cases.is_empty(),
        "no golden cases under {}",
        cases_dir().display()
    );
    let missing: Vec<String> = cases
        .iter()
        .filter(|p| !p.with_extension("out").exists())
        .map(|p| rel(p))
        .collect();
    assert!(
        missing.is_empty(),
        "cases without a .out file (run tests/regen): {missing:?}"
    );
}

#[test]
fn stderr_comparison_keeps_caret_lines() {
    let a = "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n";
    let b = "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    1/0\nZeroDivisionError: division by zero\n";
    assert_ne!(normalize_stderr(a), normalize_stderr(b));
    assert!(short_diff(&["a".into(), "b".into()], &["a".into(), "c".into()]).contains("+c"));
}
