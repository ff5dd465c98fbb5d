//! Shared by the headless-browser tests of mempy's HTML pages (`trace_page.rs`,
//! `memprof_page.rs`): finding Chromium, the project root, and running Chromium
//! headless on a page with a deadline.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub fn chromium() -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    if let Ok(c) = std::env::var("MEMPY_CHROMIUM") {
        names.push(c);
    }
    names.extend(
        [
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    names.into_iter().find(|n| {
        Command::new(n)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs Chromium headless with `args` and the page URL; returns stdout.
pub fn browse(chrome: &str, dir: &Path, url: &str, args: &[&str]) -> String {
    let profile = tempfile::tempdir_in(dir).expect("profile dir");
    let mut child = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
            "--window-size=1400,850",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut s);
        s
    });
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() < Duration::from_secs(90) => {
                std::thread::sleep(Duration::from_millis(50))
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("chromium did not finish on {url}");
            }
        }
    }
    reader.join().unwrap_or_default()
}

/// Runs mempy with `flag OUT NAME.py` in the folder `under` (relative to the project
/// root) and returns OUT, the page written into `dir`.
pub fn write_page(flag: &str, under: &[&str], dir: &Path, name: &str) -> PathBuf {
    let out = dir.join(format!("{name}.html"));
    let folder = under.iter().fold(root(), |p, part| p.join(part));
    let st = Command::new(env!("CARGO_BIN_EXE_mempy"))
        .arg(flag)
        .arg(&out)
        .arg(format!("{name}.py"))
        .current_dir(folder)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("run mempy");
    assert!(st.success(), "{name}.py failed");
    out
}
