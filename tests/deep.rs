//! Deep inputs run in child processes: whatever the nesting — of source code, of calls,
//! of data — mempy must end with a Python exception (exit status 1 and the expected
//! error on stderr, or success), never a signal such as a stack-overflow abort.
//!
//! Cases where python3 itself would crash (a raised recursion limit with native
//! recursion) live here rather than in the golden tests, which record python3's output;
//! they assert mempy's own documented messages.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn mempy() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mempy"))
}

/// Runs `src` as the main script (through a temporary file, as sources here are big).
fn run_script(name: &str, src: &str) -> Output {
    let dir = std::env::temp_dir().join(format!("mempy-deep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{}.py", name));
    std::fs::File::create(&path)
        .unwrap()
        .write_all(src.as_bytes())
        .unwrap();
    let out = mempy()
        .arg(&path)
        .stdin(Stdio::null())
        .output()
        .expect("cannot run mempy");
    let _ = std::fs::remove_file(&path);
    out
}

/// Asserts a normal exit with `code` and `needle` on stderr (never a signal).
fn expect(out: &Output, code: i32, needle: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(code),
        "status {:?}, stderr tail: {}",
        out.status,
        &err[err.len().saturating_sub(600)..]
    );
    assert!(
        err.contains(needle),
        "expected {:?} in stderr: {}",
        needle,
        err
    );
}

#[test]
fn nested_brackets_in_source() {
    let src = format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000));
    expect(
        &run_script("brackets", &src),
        1,
        "SyntaxError: too many nested parentheses",
    );
}

#[test]
fn nested_blocks_in_source() {
    let mut src = String::new();
    for i in 0..2000 {
        src += &" ".repeat(i);
        src += "if True:\n";
    }
    src += &" ".repeat(2000);
    src += "pass\n";
    let out = run_script("blocks", &src);
    expect(&out, 1, "IndentationError: too many levels of indentation");
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 101"));
}

#[test]
fn long_expressions_in_source() {
    let plus = format!("x = {}\n", vec!["1"; 100_000].join("+"));
    expect(
        &run_script("plus", &plus),
        1,
        "RecursionError: maximum recursion depth exceeded during compilation",
    );
    // Right-recursive chains stop at CPython's parser stack limit, at any length.
    for (name, unit) in [("unary", "-"), ("not", "not "), ("lambda", "lambda: ")] {
        let src = format!("x = {}1\n", unit.repeat(200_000));
        let out = run_script(name, &src);
        expect(&out, 1, "MemoryError");
    }
    let attr = format!("x = a{}\n", ".b".repeat(200_000));
    expect(
        &run_script("attr", &attr),
        1,
        "maximum recursion depth exceeded during compilation",
    );
}

#[test]
fn raised_limit_exhausts_the_value_stack() {
    let src = "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nf(0)\n";
    let out = run_script("valuestack", src);
    expect(&out, 1, "mempy's value stack is exhausted");
    expect(&out, 1, "[Previous line repeated");
    // A smaller stack ends sooner, with the same kind of error.
    let out = mempy()
        .args(["--stack-size", "20000", "-c", src])
        .output()
        .unwrap();
    expect(&out, 1, "slots; raise it with --stack-size");
}

#[test]
fn raised_limit_with_native_recursion() {
    // python3 crashes on each of these (C stack overflow); mempy raises RecursionError.
    let repr = "import sys\nsys.setrecursionlimit(10**6)\nclass A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n";
    expect(
        &run_script("repr", repr),
        1,
        "nested calls from native code)",
    );
    let gens = "import sys\nsys.setrecursionlimit(10**6)\ndef g(n):\n    yield next(g(n - 1)) if n else 1\nprint(list(g(200000)))\n";
    expect(&run_script("gens", gens), 1, "RecursionError");
    // A `yield from` chain runs its frames in one dispatch loop (no native
    // recursion, as CPython 3.12's SEND_GEN): 200000 levels finish.
    let chain = "import sys\nsys.setrecursionlimit(10**6)\ndef g(n):\n    yield from g(n - 1) if n else iter([1])\nprint(list(g(200000)))\n";
    let out = run_script("chain", chain);
    assert_eq!(out.status.code(), Some(0), "{:?}", out);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[1]\n");
    let sort_key = "import sys\nsys.setrecursionlimit(10**6)\ndef k(x):\n    return sorted([1, 2], key=k)\nk(0)\n";
    expect(&run_script("key", sort_key), 1, "RecursionError");
    // Deep data with the limit raised: comparing, printing and hashing either finish
    // or raise RecursionError, depending on how deep native recursion may go (the repr
    // is shallower only because building it is quadratic, in CPython too).
    let data = "import sys\nsys.setrecursionlimit(10**6)\na = b = c = ()\nfor _ in range(300000):\n    a = [a]; b = [b]\nfor _ in range(20000):\n    c = [c]\nfor f in [lambda: a == b, lambda: repr(c)]:\n    try:\n        f()\n    except RecursionError:\n        pass\nt = ()\nfor _ in range(300000):\n    t = (t,)\nhash(t)\nprint('done')\n";
    let out = run_script("data", data);
    assert_eq!(out.status.code(), Some(0), "{:?}", out);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "done\n");
}

#[test]
fn deep_data_at_default_limit() {
    let src = "a = []\nfor _ in range(100000):\n    a = [a]\nprint(a)\n";
    expect(
        &run_script("print", src),
        1,
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object",
    );
    let src = "class N:\n    def __init__(self, n): self.n = n\n    def __del__(self): pass\nh = None\nfor i in range(200000):\n    h = N(h)\ndel h\nprint('ok')\n";
    let out = run_script("delchain", src);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok\n");
}

#[test]
fn deep_source_through_exec() {
    let src = "for s in ['(' * 10000 + ')' * 10000, '-' * 100000 + '1', '+'.join(['1'] * 100000)]:\n    try:\n        eval(s)\n    except (SyntaxError, MemoryError, RecursionError) as e:\n        print(type(e).__name__)\n";
    let out = run_script("exec", src);
    assert_eq!(out.status.code(), Some(0), "{:?}", out);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "SyntaxError\nMemoryError\nRecursionError\n"
    );
}
