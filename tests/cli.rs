//! The `mempy` command line, against CPython 3.11's behaviour (expected text recorded from
//! `python3` with its name replaced by mempy's; python3 itself is not needed): usage
//! errors, scripts that are directories or missing, the script's absolute path, options
//! after the script name, and the `exit`/`quit` objects at the interactive prompt.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const USAGE: &str = "usage: mempy [option] ... [-c cmd | file | -] [arg] ...\n\
                     Try 'mempy -h' for more information.\n";

/// Runs mempy in `cwd` (or the current directory); returns stdout, stderr and status.
fn run_in(cwd: Option<&Path>, args: &[&str]) -> (String, String, i32) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mempy"));
    c.args(args)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(d) = cwd {
        c.current_dir(d);
    }
    let o = c.output().expect("run mempy");
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
        o.status.code().unwrap_or(-1),
    )
}

fn run(args: &[&str]) -> (String, String, i32) {
    run_in(None, args)
}

/// A scratch directory and its path as the child's getcwd() reports it.
fn scratch() -> (tempfile::TempDir, PathBuf) {
    let t = tempfile::tempdir().expect("temp dir");
    let real = t.path().canonicalize().expect("canonical temp dir");
    (t, real)
}

fn assert_usage_error(args: &[&str], first_line: &str) {
    let (out, err, code) = run(args);
    assert_eq!(out, "", "{args:?}");
    assert_eq!(err, format!("{first_line}\n{USAGE}"), "{args:?}");
    assert_eq!(code, 2, "{args:?}");
}

#[test]
fn unknown_options_print_a_short_usage_hint_and_exit_2() {
    // python3: `unknown option --bad-flag` / `Unknown option: -Z`, usage, `Try ...`.
    assert_usage_error(&["--bad-flag"], "unknown option --bad-flag");
    assert_usage_error(&["--bad-flag", "-h"], "unknown option --bad-flag");
    assert_usage_error(&["---"], "unknown option ---");
    assert_usage_error(&["-Z"], "Unknown option: -Z");
    assert_usage_error(&["-Zfoo"], "Unknown option: -Z");
    // One-letter options group as with python3's getopt: -i is fine, -Z is not.
    assert_usage_error(&["-iZ"], "Unknown option: -Z");
    assert_usage_error(&["-i", "-Z", "x.py"], "Unknown option: -Z");
}

#[test]
fn options_missing_their_argument() {
    assert_usage_error(&["-c"], "Argument expected for the -c option");
    assert_usage_error(&["-ic"], "Argument expected for the -c option");
    assert_usage_error(&["-m"], "Argument expected for the -m option");
    for opt in [
        "--trace",
        "--trace-json",
        "--trace-limit",
        "--stack-size",
        "--max-memory",
        "--timeout",
    ] {
        assert_usage_error(&[opt], &format!("Argument expected for the {opt} option"));
    }
}

#[test]
fn options_with_a_bad_value() {
    assert_usage_error(
        &["--stack-size", "5", "-c", "pass"],
        "--stack-size needs a number of slots >= 1024",
    );
    assert_usage_error(
        &["--timeout", "soon", "-c", "pass"],
        "--timeout needs a number of seconds > 0",
    );
    assert_usage_error(
        &["--trace-limit", "0", "x.py"],
        "--trace-limit needs a number of steps >= 1",
    );
    assert_usage_error(
        &["--max-memory", "lots", "x.py"],
        "--max-memory needs a size such as 512M, 2G or 100000",
    );
    assert_usage_error(
        &["--trace", "t.html", "-c", "pass"],
        "--trace needs a script file",
    );
    assert_usage_error(
        &["--trace-json", "t.json"],
        "--trace-json needs a script file",
    );
}

#[test]
fn help_and_version() {
    for flag in ["-h", "--help", "-?", "-ih"] {
        let (out, err, code) = run(&[flag, "--bad-flag"]);
        assert!(
            out.starts_with("usage: mempy [option] ... [-c cmd | file | -] [arg] ...\nOptions:\n"),
            "{flag}: {out}"
        );
        assert!(out.contains("everything after the script name"), "{out}");
        assert_eq!((err.as_str(), code), ("", 0), "{flag}");
    }
    let (out, _, code) = run(&["-V"]);
    assert!(out.starts_with("mempy "), "{out}");
    assert_eq!(code, 0);
}

#[test]
fn python3_flags_x_and_w_options() {
    // `-X opt` / `-Xopt` fill sys._xoptions (True, or the text after `=`), `-W` adds
    // to sys.warnoptions, as python3's; its flags that change nothing in mempy
    // (the test suites' `-E -I -u -X faulthandler`) are accepted.
    let prog = "import sys; print(sys._xoptions, sys.warnoptions, sys.argv)";
    let (out, err, code) = run(&[
        "-X",
        "faulthandler",
        "-Xdev=2",
        "-W",
        "ignore",
        "-Wd",
        "-E",
        "-I",
        "-us",
        "-c",
        prog,
        "-X",
    ]);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "{'faulthandler': True, 'dev': '2'} ['ignore', 'd'] ['-c', '-X']\n",
            "",
            0
        )
    );
    assert_usage_error(&["-X"], "Argument expected for the -X option");
    assert_usage_error(&["-W"], "Argument expected for the -W option");
    // -E/-I: PYTHONPATH is not read.
    let (t, dir) = scratch();
    let mut c = Command::new(env!("CARGO_BIN_EXE_mempy"));
    let path_has = "import sys; print(sys.argv[1] in sys.path)";
    for (flag, expected) in [("-E", "False\n"), ("-I", "False\n"), ("-u", "True\n")] {
        let o = c
            .args([flag, "-c", path_has, dir.to_str().unwrap()])
            .env("PYTHONPATH", &dir)
            .output()
            .expect("run mempy");
        assert_eq!(String::from_utf8_lossy(&o.stdout), expected, "{flag}");
        c = Command::new(env!("CARGO_BIN_EXE_mempy"));
    }
    drop(t);
}

#[test]
fn optimize_flags_remove_asserts_and_docstrings() {
    // python3 -O / -OO / -OOO: sys.flags.optimize counts the flags, __debug__ is
    // False and asserts are not run from -O on, docstrings are None from -OO on.
    let prog = "def f():\n    'doc'\n    assert 0, 'x'\n    return 1\n\
                import sys; print(sys.flags.optimize, __debug__, f.__doc__, f())";
    for (flags, expected) in [
        (&[][..], ""),
        (&["-O"][..], "1 False doc 1\n"),
        (&["-OO"][..], "2 False None 1\n"),
        (&["-O", "-O", "-O"][..], "3 False None 1\n"),
    ] {
        let mut args: Vec<&str> = flags.to_vec();
        args.extend(["-c", prog]);
        let (out, err, code) = run(&args);
        if flags.is_empty() {
            assert_eq!(code, 1, "{flags:?}");
            assert!(err.ends_with("AssertionError: x\n"), "{err}");
        } else {
            assert_eq!(
                (out.as_str(), err.as_str(), code),
                (expected, "", 0),
                "{flags:?}"
            );
        }
    }
}

#[test]
fn dash_c_forms() {
    let prog = "import sys; print(sys.argv)";
    assert_eq!(run(&["-c", prog, "a"]).0, "['-c', 'a']\n");
    // The command may be attached (`-cCODE`), as in python3.
    assert_eq!(
        run(&[&format!("-c{prog}"), "a", "-Z"]).0,
        "['-c', 'a', '-Z']\n"
    );
    // Everything after the command is the program's, even what looks like an option.
    let (out, err, code) = run(&["-c", prog, "-c", "--bad-flag"]);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("['-c', '-c', '--bad-flag']\n", "", 0)
    );
}

#[test]
fn directory_without_main_module() {
    let (t, cwd) = scratch();
    std::fs::create_dir(t.path().join("sub")).unwrap();
    std::fs::create_dir_all(t.path().join("pkg").join("__main__.py")).unwrap();
    let cwd = cwd.display().to_string();
    // python3: `python3: can't find '__main__' module in '/abs/path'`, status 1; `.` is
    // the directory itself, other relative paths are appended as given.
    for (arg, shown) in [
        (".", cwd.clone()),
        ("", cwd.clone()),
        ("./", format!("{cwd}/./")),
        ("sub", format!("{cwd}/sub")),
        ("sub/", format!("{cwd}/sub/")),
        ("sub/..", format!("{cwd}/sub/..")),
        // A directory named __main__.py is not a main module.
        ("pkg", format!("{cwd}/pkg")),
    ] {
        let (out, err, code) = run_in(Some(t.path()), &[arg]);
        assert_eq!(out, "", "{arg:?}");
        assert_eq!(
            err,
            format!("mempy: can't find '__main__' module in '{shown}'\n"),
            "{arg:?}"
        );
        assert_eq!(code, 1, "{arg:?}");
    }
    // The path is shown as a Python repr.
    std::fs::create_dir(t.path().join("it's")).unwrap();
    let (_, err, code) = run_in(Some(t.path()), &["it's"]);
    assert_eq!(
        err,
        format!("mempy: can't find '__main__' module in \"{cwd}/it's\"\n")
    );
    assert_eq!(code, 1);
}

#[test]
fn directory_with_main_module_runs_it() {
    let (t, cwd) = scratch();
    let app = t.path().join("app");
    std::fs::create_dir(&app).unwrap();
    std::fs::write(
        app.join("__main__.py"),
        "import sys\nprint(__name__, __file__, sys.argv)\n",
    )
    .unwrap();
    let cwd = cwd.display();
    let (out, err, code) = run_in(Some(t.path()), &["app/", "x"]);
    assert_eq!(
        out,
        format!("__main__ {cwd}/app/__main__.py ['app/', 'x']\n"),
        "{err}"
    );
    assert_eq!(code, 0);
    let (out, _, _) = run_in(Some(&app), &["."]);
    assert_eq!(out, format!("__main__ {cwd}/app/__main__.py ['.']\n"));
}

#[test]
fn dash_m_runs_a_module_as_main() {
    // `-m mod`: sys.path[0] is the current directory, sys.argv[0] the module's file,
    // a package runs its `__main__`, and the rest of the line is the program's.
    let (t, cwd) = scratch();
    let pkg = t.path().join("pkg");
    std::fs::create_dir(&pkg).unwrap();
    std::fs::write(pkg.join("__init__.py"), "print('init')\n").unwrap();
    let show = "import sys\nprint(__name__, __package__, sys.argv, sys.path[0])\n";
    std::fs::write(pkg.join("__main__.py"), show).unwrap();
    std::fs::write(t.path().join("mod.py"), show).unwrap();
    let cwd = cwd.display();
    let (out, err, code) = run_in(Some(t.path()), &["-m", "mod", "a", "--trace"]);
    assert_eq!(
        out,
        format!("__main__  ['{cwd}/mod.py', 'a', '--trace'] {cwd}\n"),
        "{err}"
    );
    assert_eq!(code, 0);
    let (out, _, code) = run_in(Some(t.path()), &["-mpkg"]);
    assert_eq!(
        out,
        format!("init\n__main__ pkg ['{cwd}/pkg/__main__.py'] {cwd}\n")
    );
    assert_eq!(code, 0);
    // Errors: python3's messages after the program name, exit status 1.
    for (name, msg) in [
        ("nosuch", "No module named nosuch".to_string()),
        ("pkg.nope", "No module named pkg.nope".to_string()),
        (
            "json",
            "No module named json.__main__; 'json' is a package and cannot be directly \
             executed"
                .to_string(),
        ),
        (
            "nosuch.sub",
            "Error while finding module specification for 'nosuch.sub' \
             (ModuleNotFoundError: No module named 'nosuch')"
                .to_string(),
        ),
    ] {
        let (out, err, code) = run_in(Some(t.path()), &["-m", name]);
        // The parent package is imported (its __init__ runs) before the search.
        let want = if name.starts_with("pkg.") {
            "init\n"
        } else {
            ""
        };
        assert_eq!((out.as_str(), code), (want, 1), "{name}");
        assert_eq!(err, format!("mempy: {msg}\n"), "{name}");
    }
    // A library module with a command line: json.tool pretty-prints stdin's JSON.
    let input = t.path().join("in.json");
    std::fs::write(&input, "{\"b\": [1, 2.5], \"a\": \"\\u00e9\"}").unwrap();
    let (out, err, code) = run(&["-m", "json.tool", "--sort-keys", input.to_str().unwrap()]);
    assert_eq!(
        out, "{\n    \"a\": \"\\u00e9\",\n    \"b\": [\n        1,\n        2.5\n    ]\n}\n",
        "{err}"
    );
    assert_eq!(code, 0);
}

#[test]
fn dash_m_runs_any_library_module_as_main() {
    // Every library module written in Python can be run with `-m` (one table serves
    // import and -m): base64's command line encodes, decodes, and reports a bad
    // option with its usage and status 2, as python3's does.
    let (t, _) = scratch();
    let input = t.path().join("in.bin");
    std::fs::write(&input, b"a\xffb\n").unwrap();
    let (out, err, code) = run(&["-m", "base64", "-e", input.to_str().unwrap()]);
    assert_eq!((out.as_str(), err.as_str(), code), ("Yf9iCg==\n", "", 0));
    std::fs::write(&input, b"Yf9iCg==").unwrap();
    let (out, _, code) = run(&["-m", "base64", "-d", input.to_str().unwrap()]);
    assert_eq!((out.as_str(), code), ("a\u{fffd}b\n", 0));
    let (out, _, code) = run(&["-m", "base64", "-t"]);
    assert_eq!(
        (out.as_str(), code),
        (
            "b'Aladdin:open sesame'\nb'QWxhZGRpbjpvcGVuIHNlc2FtZQ==\\n'\n\
             b'Aladdin:open sesame'\n",
            0
        )
    );
    let (out, err, code) = run(&["-m", "base64", "-x"]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(
        err.starts_with("option -x not recognized\nusage: ") && err.contains("-d, -u: decode"),
        "{err}"
    );
    // `-m unittest NAMES` runs the named tests with the module the tests import.
    std::fs::write(
        t.path().join("test_one.py"),
        "import unittest\nclass T(unittest.TestCase):\n    def test_a(self): pass\n",
    )
    .unwrap();
    let (out, err, code) = run_in(Some(t.path()), &["-m", "unittest", "-v", "test_one"]);
    assert_eq!((out.as_str(), code), ("", 0), "{err}");
    assert!(
        err.starts_with("test_a (test_one.T.test_a) ... ok\n") && err.ends_with("\nOK\n"),
        "{err}"
    );
}

#[test]
fn missing_script_file() {
    let (t, cwd) = scratch();
    let cwd = cwd.display();
    for (arg, shown) in [
        ("nosuch.py".to_string(), format!("{cwd}/nosuch.py")),
        ("sub/nosuch.py".to_string(), format!("{cwd}/sub/nosuch.py")),
        (
            "/nonexistent/x.py".to_string(),
            "/nonexistent/x.py".to_string(),
        ),
    ] {
        let (out, err, code) = run_in(Some(t.path()), &[&arg]);
        assert_eq!(out, "");
        assert_eq!(
            err,
            format!("mempy: can't open file '{shown}': [Errno 2] No such file or directory\n")
        );
        assert_eq!(code, 2);
    }
    // After `--`, `-c` is a file name.
    let (_, err, code) = run_in(Some(t.path()), &["--", "-c"]);
    assert_eq!(
        err,
        format!("mempy: can't open file '{cwd}/-c': [Errno 2] No such file or directory\n")
    );
    assert_eq!(code, 2);
}

#[test]
fn script_path_is_made_absolute_like_cpython() {
    let (t, cwd) = scratch();
    std::fs::create_dir(t.path().join("sub")).unwrap();
    std::fs::write(
        t.path().join("s.py"),
        "import sys\nprint(__file__, sys.argv)\n1/0\n",
    )
    .unwrap();
    let cwd = cwd.display();
    // No normalization: `./s.py` stays `/cwd/./s.py` in __file__ and tracebacks.
    let (out, err, code) = run_in(Some(t.path()), &["./s.py"]);
    assert_eq!(out, format!("{cwd}/./s.py ['./s.py']\n"));
    assert!(
        err.contains(&format!("  File \"{cwd}/./s.py\", line 3, in <module>\n")),
        "{err}"
    );
    assert_eq!(code, 1);
    let (out, _, _) = run_in(Some(&t.path().join("sub")), &["../s.py"]);
    assert_eq!(out, format!("{cwd}/sub/../s.py ['../s.py']\n"));
}

#[test]
fn mempy_options_after_the_script_warn_but_go_to_the_script() {
    let (t, _) = scratch();
    std::fs::write(t.path().join("s.py"), "import sys\nprint(sys.argv)\n").unwrap();
    let warning = "mempy: warning: '--trace' after the script name is passed to the script; \
                   put mempy options before the script\n";
    let (out, err, code) = run_in(Some(t.path()), &["s.py", "--trace", "x.html"]);
    assert_eq!(out, "['s.py', '--trace', 'x.html']\n");
    assert_eq!(err, warning);
    assert_eq!(code, 0);
    assert!(!t.path().join("x.html").exists());
    // One line, naming the first such option; `--opt=value` counts too.
    let (out, err, _) = run_in(
        Some(t.path()),
        &["s.py", "-v", "--timeout=3", "--trace", "x.html"],
    );
    assert_eq!(out, "['s.py', '-v', '--timeout=3', '--trace', 'x.html']\n");
    assert_eq!(
        err,
        "mempy: warning: '--timeout' after the script name is passed to the script; \
         put mempy options before the script\n"
    );
    // Options python3 also has (the script's own -h, --help ...) and anything after
    // `--` are left alone.
    for args in [
        &["s.py", "-h", "--help", "-i", "--verbose"][..],
        &["s.py", "--", "--trace", "x.html"],
        &["s.py", "--tracer", "--dis-all"],
    ] {
        let (_, err, code) = run_in(Some(t.path()), args);
        assert_eq!((err.as_str(), code), ("", 0), "{args:?}");
    }
    // Options before the script are mempy's.
    let (out, err, code) = run_in(Some(t.path()), &["--timeout", "30", "s.py", "a"]);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("['s.py', 'a']\n", "", 0)
    );
    // The same after -c cmd.
    let (out, err, _) = run(&["-c", "import sys; print(sys.argv)", "--max-memory", "1G"]);
    assert_eq!(out, "['-c', '--max-memory', '1G']\n");
    assert_eq!(
        err,
        "mempy: warning: '--max-memory' after -c cmd is passed to the program; \
         put mempy options before -c\n"
    );
}

#[test]
fn exit_and_quit_at_the_prompt_say_how_to_leave() {
    use rexpect::session::spawn_command;
    let home = tempfile::tempdir().expect("temp dir");
    let mut c = Command::new(env!("CARGO_BIN_EXE_mempy"));
    c.env("HOME", home.path())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    let mut p = spawn_command(c, Some(30_000)).expect("spawn mempy");
    p.exp_string(">>> ").expect("first prompt");
    for (line, says) in [
        ("exit", "Use exit() or Ctrl-D (i.e. EOF) to exit"),
        ("quit", "Use quit() or Ctrl-D (i.e. EOF) to exit"),
    ] {
        p.send_line(line).unwrap();
        let out = p.exp_string(">>> ").expect("prompt after a bare name");
        assert!(out.contains(says), "{out:?}");
    }
    p.send_line("exit(3)").unwrap();
    p.exp_eof().expect("exit(3) leaves");
    let status = format!("{:?}", p.process().wait().expect("status"));
    assert!(
        status.starts_with("Exited(") && status.ends_with(", 3)"),
        "{status}"
    );
}

/// Bytes written to `sys.stdout.buffer` go beneath the text `sys.stdout` still holds:
/// on a pipe python3 prints them before unflushed text; under -u
/// (`PYTHONUNBUFFERED`) everything goes out in program order. Expected output recorded
/// from python3 3.11 both ways; `sys.stdout.buffer` is then a `FileIO`.
#[test]
fn stdout_buffer_writes_go_beneath_pending_text() {
    let prog = "import sys\nprint('a')\nsys.stdout.buffer.write(b'b\\n')\n\
                sys.stdout.write('c\\n')\nprint(sys.stdout.buffer.write(b'd\\n'))\n\
                sys.stdout.flush()\nsys.stdout.buffer.write(b'e\\n')\nprint('f')\n\
                print(type(sys.stdout.buffer).__name__)\n";
    for (unbuffered, expected) in [
        (false, "b\nd\na\nc\n2\ne\nf\nBufferedWriter\n"),
        (true, "a\nb\nc\nd\n2\ne\nf\nFileIO\n"),
    ] {
        let mut c = Command::new(env!("CARGO_BIN_EXE_mempy"));
        c.args(["-c", prog])
            .env_remove("PYTHONUNBUFFERED")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if unbuffered {
            c.env("PYTHONUNBUFFERED", "1");
        }
        let o = c.output().expect("run mempy");
        assert_eq!(
            String::from_utf8_lossy(&o.stdout),
            expected,
            "unbuffered: {unbuffered}"
        );
    }
}
