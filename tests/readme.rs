//! README.md is executable: every command it shows is run here and its output compared,
//! so the README cannot drift from what mempy does. The rules (also described in the
//! README, section "The README is tested"):
//!
//! * Commands live in fenced ```` ```console ```` blocks. A line starting with `$ ` is a
//!   command (a line ending in ` \` continues on the next one); the lines after it, up to
//!   the next `$ ` line or the end of the block, are its expected output: stdout and
//!   stderr together, as a terminal shows them. No lines means no output.
//!   Each command runs with `sh -c` from the repository root, with the built `mempy`
//!   first on PATH (so `mempy` is this build), stdin empty, HOME a scratch directory,
//!   NO_COLOR=1, and must exit with status 0: a failing command is shown as
//!   `$ mempy ...; echo "exit status $?"`.
//! * REPL sessions live in fenced ```` ```pycon ```` blocks: lines starting with `>>> ` or
//!   `... ` (or a bare `>>>`/`...`) are input, the others the output of the input above
//!   them. The session runs in `mempy` on a pseudo-terminal (TERM=dumb, so no line
//!   editing escapes; the terminal's echo is off, so the transcript is rebuilt as prompt
//!   + input + mempy's output), and the whole transcript must match.
//! * In expected output, a line that is exactly `[...]` matches any number of lines
//!   (including none), and `[...]` inside a line matches any text within that line.
//!   Object addresses (`0x` and six or more hex digits) match any address.
//! * A block directly preceded by a line `<!-- readme-test: skip: REASON -->` is not run
//!   (for commands that cannot run here: cargo itself, python3, network, a browser). The
//!   reason is required; skipped blocks are listed in the test output.
//! * Nothing else may hide a command: fenced blocks must say `console`, `pycon`,
//!   `python`, `text` or `json`; `$ ` lines may only appear in `console` blocks; an
//!   indented line outside a fence must not look like a command (`$ `, `>>> `, `mempy `,
//!   `cargo `, ...).
//! * Repository paths written in backticks (`src/...`, `tests/...`, ...; placeholders
//!   such as `NAME` or `<folder>` excepted) and relative link targets must exist, and
//!   `#anchor` links must name a heading (GitHub's slugs).
//!
//! The number of commands and sessions checked must stay above a floor, so a broken
//! extractor cannot silently check nothing.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// At least this many `$` commands must be run and compared.
const MIN_COMMANDS: usize = 15;
/// At least this many REPL sessions must be run and compared.
const MIN_SESSIONS: usize = 2;
/// Per command / per REPL reply; generous for a loaded machine.
const TIMEOUT: Duration = Duration::from_secs(30);
/// Paths the README names that are not in a checkout: docs/architecture.md is written on
/// another branch (remove it here once it exists); tools/difftest-out/ is created by
/// tools/difftest.
const NOT_YET_PRESENT: &[&str] = &["tools/difftest-out/"];

#[derive(Debug)]
struct Block {
    /// 1-based line of the opening fence.
    line: usize,
    info: String,
    skip: Option<String>,
    body: Vec<String>,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).expect("README.md")
}

const SKIP_PREFIX: &str = "<!-- readme-test: skip:";

/// Fenced blocks of the README (fences may be indented, inside list items), plus the
/// problems found outside them (command-like indented lines, bad skip markers).
fn blocks(text: &str) -> (Vec<Block>, Vec<String>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim_start();
        if let Some(info) = t.strip_prefix("```") {
            let indent = lines[i].len() - t.len();
            let skip = if i > 0 && lines[i - 1].trim_start().starts_with(SKIP_PREFIX) {
                let m = lines[i - 1].trim();
                let reason = m
                    .strip_prefix(SKIP_PREFIX)
                    .and_then(|r| r.strip_suffix("-->"))
                    .map(str::trim)
                    .unwrap_or("");
                if reason.is_empty() {
                    problems.push(format!("README.md:{}: skip marker without a reason", i));
                }
                Some(reason.to_string())
            } else {
                None
            };
            let start = i;
            let mut body = Vec::new();
            i += 1;
            while i < lines.len() && lines[i].trim_start() != "```" {
                let l = lines[i];
                // Strip the fence's own indentation (list items).
                let cut = l.len() - l.trim_start().len();
                body.push(l[cut.min(indent)..].to_string());
                i += 1;
            }
            if i == lines.len() {
                problems.push(format!("README.md:{}: unclosed code fence", start + 1));
            }
            out.push(Block {
                line: start + 1,
                info: info.trim().to_string(),
                skip,
                body,
            });
        } else {
            if t.starts_with(SKIP_PREFIX)
                && !lines
                    .get(i + 1)
                    .is_some_and(|n| n.trim_start().starts_with("```"))
            {
                problems.push(format!(
                    "README.md:{}: a skip marker must be directly followed by a code fence",
                    i + 1
                ));
            }
            let indent = lines[i].len() - t.len();
            let looks_like_command = [
                "$ ",
                ">>> ",
                "mempy ",
                "cargo ",
                "cd ",
                "tools/",
                "bench/",
                "tests/regen",
                "MEMPY_",
            ]
            .iter()
            .any(|p| t.starts_with(p));
            if indent >= 4 && looks_like_command {
                problems.push(format!(
                    "README.md:{}: an indented command outside a fenced block (put it in a ```console block): {}",
                    i + 1,
                    t
                ));
            }
        }
        i += 1;
    }
    for b in &out {
        let lang = b.info.split_whitespace().next().unwrap_or("");
        if !["console", "pycon", "python", "text", "json"].contains(&lang) {
            problems.push(format!(
                "README.md:{}: code block language {:?}: use console (commands), pycon (REPL), python, text or json",
                b.line, b.info
            ));
        }
        if lang != "console" && b.body.iter().any(|l| l.starts_with("$ ")) {
            problems.push(format!(
                "README.md:{}: `$ ` command line outside a console block",
                b.line
            ));
        }
    }
    (out, problems)
}

/// One `$` command and its expected output lines.
struct Cmd {
    line: usize,
    text: String,
    expected: Vec<String>,
}

fn commands(b: &Block) -> Vec<Cmd> {
    let mut cmds: Vec<Cmd> = Vec::new();
    let mut k = 0;
    while k < b.body.len() {
        let l = &b.body[k];
        if let Some(c) = l.strip_prefix("$ ") {
            let line = b.line + 1 + k;
            let mut text = c.to_string();
            while text.ends_with('\\') && k + 1 < b.body.len() {
                text.pop();
                k += 1;
                text.push('\n');
                text.push_str(&b.body[k]);
            }
            cmds.push(Cmd {
                line,
                text,
                expected: Vec::new(),
            });
        } else if let Some(last) = cmds.last_mut() {
            last.expected.push(l.clone());
        } else {
            // Output before any command: kept as a command-less entry that fails.
            cmds.push(Cmd {
                line: b.line + 1 + k,
                text: String::new(),
                expected: vec![l.clone()],
            });
        }
        k += 1;
    }
    cmds
}

/// `s` with each object address (`0x` and at least six hex digits, as `id()`-based
/// reprs print them) replaced by `0x…`: where the heap puts an object moves whenever
/// start-up allocates one object more, and the README's real output should not have to
/// be re-pasted for that.
fn without_addresses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        let hex = rest[i + 2..]
            .bytes()
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        if hex >= 6 {
            out.push('…');
        } else {
            out.push_str(&rest[i + 2..i + 2 + hex]);
        }
        rest = &rest[i + 2 + hex..];
    }
    out.push_str(rest);
    out
}

/// Does `got` (one line) match `pat`, where `[...]` in `pat` matches any text? Object
/// addresses match any address (see [`without_addresses`]).
fn line_matches(pat: &str, got: &str) -> bool {
    let (pat, got) = (without_addresses(pat), without_addresses(got));
    let (pat, got) = (pat.as_str(), got.as_str());
    let parts: Vec<&str> = pat.split("[...]").collect();
    if parts.len() == 1 {
        return pat == got;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !got.starts_with(first) || got.len() < first.len() + last.len() || !got.ends_with(last) {
        return false;
    }
    let mut rest = &got[first.len()..got.len() - last.len()];
    for p in &parts[1..parts.len() - 1] {
        match rest.find(p) {
            Some(at) => rest = &rest[at + p.len()..],
            None => return false,
        }
    }
    true
}

/// Does the output match the expected lines, where a `[...]` line matches any run of lines?
fn lines_match(pat: &[String], got: &[&str]) -> bool {
    match pat.first() {
        None => got.is_empty(),
        Some(p) if p == "[...]" => (0..=got.len()).any(|n| lines_match(&pat[1..], &got[n..])),
        Some(p) => !got.is_empty() && line_matches(p, got[0]) && lines_match(&pat[1..], &got[1..]),
    }
}

fn bin_dir() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_mempy")).parent().unwrap()
}

/// Runs one command as the README's reader would; returns (output, exit status).
fn run_command(text: &str, home: &Path) -> Result<(String, i32), String> {
    use std::os::unix::process::CommandExt;
    let path = format!(
        "{}:{}",
        bin_dir().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!("exec 2>&1\n{text}"))
        .current_dir(root())
        .env("PATH", path)
        .env("HOME", home)
        .env("NO_COLOR", "1")
        .env_remove("PYTHONHASHSEED")
        .env_remove("PYTHONUNBUFFERED")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start sh: {e}"))?;
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > TIMEOUT {
            // SAFETY: signalling the process group we created for this command.
            unsafe {
                libc::kill(-(child.id() as i32), libc::SIGKILL);
            }
            let _ = child.wait();
            return Err(format!("timed out after {} s", TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = reader.join().unwrap();
    Ok((
        String::from_utf8_lossy(&out).into_owned(),
        status.code().unwrap_or(-1),
    ))
}

fn show(lines: &[String]) -> String {
    lines.iter().map(|l| format!("    {l}\n")).collect()
}

fn check_console(b: &Block, home: &Path, failures: &mut Vec<String>) -> usize {
    let mut n = 0;
    for c in commands(b) {
        if c.text.is_empty() {
            failures.push(format!(
                "README.md:{}: output lines before any `$ ` command",
                c.line
            ));
            continue;
        }
        n += 1;
        match run_command(&c.text, home) {
            Err(e) => failures.push(format!("README.md:{}: $ {}\n  {e}", c.line, c.text)),
            Ok((out, code)) => {
                let got: Vec<&str> = out.lines().collect();
                let ok_out = lines_match(&c.expected, &got);
                if !ok_out || code != 0 {
                    let mut msg = format!("README.md:{}: $ {}\n", c.line, c.text);
                    if code != 0 {
                        msg += &format!(
                            "  exit status {code} (show it with `; echo \"exit status $?\"` if intended)\n"
                        );
                    }
                    if !ok_out {
                        msg += &format!(
                            "  expected:\n{}  got:\n{}",
                            show(&c.expected),
                            show(&got.iter().map(|s| s.to_string()).collect::<Vec<_>>())
                        );
                    }
                    failures.push(msg);
                }
            }
        }
    }
    n
}

fn prompt_of(l: &str) -> Option<(&'static str, &str)> {
    for p in [">>>", "..."] {
        if l == p {
            return Some((if p == ">>>" { ">>> " } else { "... " }, ""));
        }
        if let Some(rest) = l.strip_prefix(p).and_then(|r| r.strip_prefix(' ')) {
            return Some((if p == ">>>" { ">>> " } else { "... " }, rest));
        }
    }
    None
}

/// Runs a REPL transcript on a pseudo-terminal; returns the transcript mempy produced
/// for the same inputs.
fn run_session(inputs: &[(&'static str, String)], home: &Path) -> Result<Vec<String>, String> {
    use rexpect::session::spawn_command;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mempy"));
    cmd.current_dir(root())
        .env("HOME", home)
        .env("TERM", "dumb")
        .env("NO_COLOR", "1")
        .env_remove("PYTHONHASHSEED");
    let ms = TIMEOUT.as_millis() as u64;
    let mut p = spawn_command(cmd, Some(ms)).map_err(|e| format!("spawn: {e}"))?;
    let first = inputs.first().map(|i| i.0).unwrap_or(">>> ");
    p.exp_string(first)
        .map_err(|e| format!("no first prompt: {e}"))?;
    let mut transcript = String::new();
    for (k, (prompt, input)) in inputs.iter().enumerate() {
        p.send_line(input).map_err(|e| e.to_string())?;
        let next = inputs.get(k + 1).map(|i| i.0).unwrap_or(">>> ");
        let reply = p
            .exp_string(next)
            .map_err(|e| format!("after {prompt}{input}: no prompt {next:?}: {e}"))?;
        transcript += prompt;
        transcript += input;
        transcript += "\n";
        transcript += &reply.replace("\r\n", "\n");
    }
    let _ = p.send_control('d');
    let _ = p.exp_eof();
    Ok(transcript
        .lines()
        .map(|l| match l {
            ">>> " => ">>>".to_string(),
            "... " => "...".to_string(),
            _ => l.to_string(),
        })
        .collect())
}

fn check_pycon(b: &Block, home: &Path, failures: &mut Vec<String>) -> bool {
    let mut inputs = Vec::new();
    for (k, l) in b.body.iter().enumerate() {
        match prompt_of(l) {
            Some((p, rest)) => inputs.push((p, rest.to_string())),
            None if inputs.is_empty() => {
                failures.push(format!(
                    "README.md:{}: REPL output before the first prompt",
                    b.line + 1 + k
                ));
                return false;
            }
            None => {}
        }
    }
    match run_session(&inputs, home) {
        Err(e) => failures.push(format!("README.md:{}: REPL session: {e}", b.line)),
        Ok(got) => {
            let refs: Vec<&str> = got.iter().map(String::as_str).collect();
            if !lines_match(&b.body, &refs) {
                failures.push(format!(
                    "README.md:{}: REPL session differs\n  expected:\n{}  got:\n{}",
                    b.line,
                    show(&b.body),
                    show(&got)
                ));
            }
        }
    }
    true
}

#[test]
fn every_command_in_the_readme_runs_as_shown() {
    let text = readme();
    let (blocks, mut failures) = blocks(&text);
    let home = tempfile::tempdir().expect("temp dir");
    let (mut commands_run, mut sessions_run) = (0, 0);
    let mut skipped = Vec::new();
    for b in &blocks {
        let lang = b.info.split_whitespace().next().unwrap_or("");
        if !matches!(lang, "console" | "pycon") {
            continue;
        }
        if let Some(reason) = &b.skip {
            skipped.push(format!("README.md:{} ({lang}): {reason}", b.line));
            continue;
        }
        if lang == "console" {
            commands_run += check_console(b, home.path(), &mut failures);
        } else if check_pycon(b, home.path(), &mut failures) {
            sessions_run += 1;
        }
    }
    println!(
        "README: {commands_run} commands and {sessions_run} REPL sessions checked; {} blocks skipped:",
        skipped.len()
    );
    for s in &skipped {
        println!("  {s}");
    }
    assert!(
        failures.is_empty(),
        "{} README problem(s):\n\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        commands_run >= MIN_COMMANDS,
        "only {commands_run} README commands checked (floor {MIN_COMMANDS})"
    );
    assert!(
        sessions_run >= MIN_SESSIONS,
        "only {sessions_run} README REPL sessions checked (floor {MIN_SESSIONS})"
    );
}

/// GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .chars()
        .filter_map(|c| {
            if c == ' ' {
                Some('-')
            } else if c.is_alphanumeric() || c == '-' || c == '_' {
                Some(c.to_ascii_lowercase())
            } else {
                None
            }
        })
        .collect::<String>()
        .to_lowercase()
}

/// Is `p` a placeholder path (`tests/cases/<folder>/X.py`, `tests/examples/NAME.out`)?
fn is_placeholder(p: &str) -> bool {
    p.contains(['<', '>', '*', '{'])
        || p.split('/').any(|seg| {
            let stem = seg.split('.').next().unwrap_or("");
            !stem.is_empty() && stem.chars().all(|c| c.is_ascii_uppercase())
        })
}

#[test]
fn readme_paths_and_anchors_exist() {
    let text = readme();
    let mut problems = Vec::new();
    let mut slugs = Vec::new();
    let mut in_fence = false;
    let mut prose = String::new();
    for l in text.lines() {
        if l.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        if let Some(h) = l.strip_prefix('#') {
            let h = h.trim_start_matches('#');
            let s = slug(h);
            if slugs.contains(&s) {
                problems.push(format!("two headings with the anchor #{s}"));
            }
            slugs.push(s);
        }
        prose.push_str(l);
        prose.push('\n');
    }
    let tops = [
        "src/",
        "tests/",
        "tools/",
        "bench/",
        "examples/",
        "docs/",
        "fuzz/",
        ".ci/",
    ];
    // Paths in backticks (the first word: `tools/difftest -n 2000` names tools/difftest).
    let mut paths = Vec::new();
    for (k, span) in prose.split('`').enumerate() {
        if k % 2 == 1 {
            if let Some(w) = span.split_whitespace().next() {
                paths.push(w.to_string());
            }
        }
    }
    // Link targets: ](target)
    let mut anchors = Vec::new();
    for part in prose.split("](").skip(1) {
        let target = part.split(')').next().unwrap_or("");
        if let Some(a) = target.strip_prefix('#') {
            anchors.push(a.to_string());
        } else if !target.contains("://") {
            let file = target.split('#').next().unwrap_or("");
            if file.is_empty() || NOT_YET_PRESENT.contains(&file) {
                continue;
            }
            if !root().join(file).exists() {
                problems.push(format!("link to a missing file: {target}"));
            }
        }
    }
    for p in paths {
        if !tops.iter().any(|t| p.starts_with(t)) || is_placeholder(&p) {
            continue;
        }
        let p = p.trim_end_matches([',', '.', ':', ';']);
        if !p
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./-".contains(c))
        {
            continue;
        }
        if !NOT_YET_PRESENT.contains(&p) && !root().join(p).exists() {
            problems.push(format!("`{p}` does not exist"));
        }
    }
    for a in anchors {
        if !slugs.contains(&a) {
            problems.push(format!("link to #{a}, which no heading has"));
        }
    }
    assert!(slugs.len() > 10, "headings not found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_matchers_work() {
    let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert!(lines_match(&v(&["a", "[...]", "z"]), &["a", "b", "c", "z"]));
    assert!(lines_match(&v(&["a", "[...]", "z"]), &["a", "z"]));
    assert!(!lines_match(&v(&["a", "[...]", "z"]), &["a", "b"]));
    assert!(!lines_match(&v(&["a"]), &["a", "b"]));
    assert!(lines_match(&v(&[]), &[]));
    assert!(line_matches(
        "File \"[...]/x.py\", line [...]",
        "File \"/r/x.py\", line 3"
    ));
    assert!(!line_matches("File \"[...]/x.py\"", "File \"/r/y.py\""));
    assert!(line_matches("[...]x[...]", "x"));
    assert!(line_matches(
        "<A object at 0x7f3a0001e200>",
        "<A object at 0x7f3a0001e340>"
    ));
    assert!(!line_matches("0x12 0x7f3a0001e200", "0x13 0x7f3a0001e200"));
    assert!(!line_matches("ab[...]ba", "aba"));
    assert_eq!(
        slug("Watching memory move: `--trace`"),
        "watching-memory-move---trace"
    );
    assert_eq!(
        slug("Contributing / architecture"),
        "contributing--architecture"
    );
    assert!(is_placeholder("tests/examples/NAME.out"));
    assert!(is_placeholder("tests/cases/<folder>/X.py"));
    assert!(!is_placeholder("tests/readme.rs"));
}
