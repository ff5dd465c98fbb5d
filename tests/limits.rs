//! Child-process tests of the limits and of output delivery: `--max-memory`,
//! `--timeout`, huge allocations, flushing on every exit path, closed pipes.
//! Each test runs the built `mempy` binary; timings are generous so they hold
//! under load.

use std::io::Read;
use std::process::{Command, Stdio};

fn mempy() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mempy"));
    c.env("PYTHONHASHSEED", "0").env_remove("PYTHONUNBUFFERED");
    c.stdin(Stdio::null());
    c
}

fn run(args: &[&str]) -> (String, String, i32) {
    let o = mempy().args(args).output().expect("run mempy");
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
        o.status.code().unwrap_or(-1),
    )
}

#[test]
fn max_memory_turns_unbounded_growth_into_memory_error() {
    let prog = "d = {}\ni = 0\ntry:\n    while True:\n        d[i] = str(i)\n        i += 1\n\
                except MemoryError:\n    d = None\n    print('MemoryError', i > 1000)\n\
                print(len([0] * 1000))\n";
    // At several caps: what the program freed must be usable again whatever the
    // point its growth stopped at (a table doubled near the cap, the buffer that
    // freeing the dict filled, must not keep the memory reserved).
    for cap in ["48M", "64M", "70M"] {
        let (out, err, code) = run(&["--max-memory", cap, "-c", prog]);
        assert_eq!(
            out, "MemoryError True\n1000\n",
            "cap {cap}, stderr: {}",
            err
        );
        assert_eq!(code, 0);
    }
}

#[test]
fn max_memory_refuses_a_big_request_before_allocating() {
    // 10**8 list slots are far below what the OS would refuse, but above the cap.
    let (out, err, code) = run(&[
        "--max-memory",
        "100M",
        "-c",
        "print('a')\nx = [0] * 10**8\n",
    ]);
    assert_eq!(out, "a\n");
    assert!(err.ends_with("MemoryError\n"), "stderr: {}", err);
    assert_eq!(code, 1);
}

#[test]
fn huge_allocations_raise_memory_error_without_a_cap() {
    for expr in [
        "[0] * 10**12",
        "'x' * 10**12",
        "list(range(10**11))",
        "'x'.ljust(10**12)",
    ] {
        let (out, err, code) = run(&["-c", &format!("print(1)\n{}\n", expr)]);
        assert_eq!(out, "1\n", "{}", expr);
        assert!(err.ends_with("MemoryError\n"), "{}: {}", expr, err);
        assert_eq!(code, 1, "{}", expr);
    }
}

#[test]
fn timeout_stops_a_runaway_script_and_keeps_its_output() {
    let t = std::time::Instant::now();
    let (out, err, code) = run(&[
        "--timeout",
        "0.5",
        "-c",
        "print('start')\nwhile True:\n    pass\n",
    ]);
    assert_eq!(out, "start\n");
    assert_eq!(err, "mempy: timeout: stopped after 0.5 s (--timeout 0.5)\n");
    assert_eq!(code, 124);
    assert!(t.elapsed().as_secs() < 30);
}

#[test]
fn timeout_interrupts_a_native_loop_over_an_endless_iterator() {
    // list() of an endless generator polls too (and the memory would run out).
    let prog = "def g():\n    while True:\n        yield 1\nprint('x')\nlist(g())\n";
    let (out, _err, code) = run(&["--timeout", "0.5", "--max-memory", "1G", "-c", prog]);
    assert_eq!(out, "x\n");
    assert!(code == 124 || code == 1, "code {}", code);
}

#[test]
fn bad_limit_arguments_are_usage_errors() {
    assert_eq!(run(&["--max-memory", "lots", "-c", "1"]).2, 2);
    assert_eq!(run(&["--timeout", "-1", "-c", "1"]).2, 2);
    let (out, _, _) = run(&["--help"]);
    assert!(out.contains("--max-memory SIZE") && out.contains("--timeout SECONDS"));
}

#[test]
fn output_is_flushed_on_every_exit_path() {
    let cases = [
        ("print('a')\n", 0),
        ("print('a')\n1/0\n", 1),
        ("import sys\nprint('a')\nsys.exit(3)\n", 3),
        ("print('a')\nraise SystemExit('bye')\n", 1),
    ];
    for (prog, want) in cases {
        let (out, _err, code) = run(&["-c", prog]);
        assert_eq!(out, "a\n", "{:?}", prog);
        assert_eq!(code, want, "{:?}", prog);
    }
}

#[test]
fn a_closed_pipe_raises_broken_pipe_error() {
    // python3: the print whose buffer cannot be written raises BrokenPipeError (an
    // uncaught exception, status 1); what it held is gone, so the exit is quiet.
    let mut child = mempy()
        .args(["-c", "for i in range(10**6):\n    print(i)\n"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut first = [0u8; 2];
    let mut out = child.stdout.take().unwrap();
    out.read_exact(&mut first).unwrap();
    assert_eq!(&first, b"0\n");
    drop(out); // the reader goes away, like `| head -1`
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n\
         BrokenPipeError: [Errno 32] Broken pipe\n"
    );
    assert_eq!(status.code(), Some(1));
}

/// Runs `code` with stdout on /dev/full (every write fails with ENOSPC).
fn run_on_full_disk(code: &str, unbuffered: bool) -> (String, i32) {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let mut c = mempy();
    if unbuffered {
        c.env("PYTHONUNBUFFERED", "1");
    }
    let o = c
        .args(["-c", code])
        .stdout(full)
        .output()
        .expect("run mempy");
    (
        String::from_utf8_lossy(&o.stderr).into_owned(),
        o.status.code().unwrap_or(-1),
    )
}

#[test]
fn stdout_that_cannot_be_flushed_at_exit_is_reported_with_status_120() {
    // python3's shutdown (`flush_std_files`): "Exception ignored in" the stream, the
    // error, status 120 — after an uncaught exception's report too (the flush before
    // the report fails quietly and leaves the text pending).
    const IGNORED: &str = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' \
                           mode='w' encoding='utf-8'>\n\
                           OSError: [Errno 28] No space left on device\n";
    let (err, code) = run_on_full_disk("import sys\nsys.stdout.write('x')\n", false);
    assert_eq!((err.as_str(), code), (IGNORED, 120));
    let (err, code) = run_on_full_disk("print('x')\nraise KeyError(2)\n", false);
    let report = "Traceback (most recent call last):\n  File \"<string>\", line 2, in \
                  <module>\nKeyError: 2\n";
    assert_eq!((err, code), (format!("{report}{IGNORED}"), 120));
    // A failed explicit flush raises in the program and keeps the text pending.
    let (err, code) = run_on_full_disk(
        "import sys\nsys.stdout.write('x')\ntry:\n    sys.stdout.flush()\n\
         except OSError as e:\n    print(repr(e), file=sys.stderr)\n",
        false,
    );
    assert_eq!(
        (err, code),
        (
            format!("OSError(28, 'No space left on device')\n{IGNORED}"),
            120
        )
    );
    // Unbuffered (PYTHONUNBUFFERED), the write itself fails: an ordinary exception.
    let (err, code) = run_on_full_disk("print('x')\n", true);
    assert_eq!(
        (err.as_str(), code),
        (
            "Traceback (most recent call last):\n  File \"<string>\", line 1, in \
             <module>\nOSError: [Errno 28] No space left on device\n",
            1
        )
    );
}

#[test]
fn piped_stdout_is_block_buffered_like_python() {
    // With both streams on one pipe, python3 shows the stderr line first: its stdout
    // is block-buffered when not a terminal (and flushed before a traceback).
    let o = mempy()
        .args([
            "-c",
            "import sys\nprint('out')\nsys.stderr.write('err\\n')\n",
        ])
        .stderr(Stdio::piped())
        .stdout(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(o.stdout, b"out\n");
    assert_eq!(o.stderr, b"err\n");
    // Same file for both: order is observable.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("both");
    let f = std::fs::File::create(&path).unwrap();
    let status = mempy()
        .args([
            "-c",
            "import sys\nprint('out')\nsys.stderr.write('err\\n')\n1/0\n",
        ])
        .stdout(f.try_clone().unwrap())
        .stderr(f)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("err\nout\nTraceback"), "{}", text);
}
