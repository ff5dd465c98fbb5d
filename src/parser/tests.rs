//! Parser tests: error messages checked against CPython 3.11, and a program that
//! exercises every construct of the subset.
use super::*;
use crate::ast::*;

fn err(src: &str) -> (&'static str, String) {
    match parse(src, Mode::Module) {
        Ok(m) => panic!("expected an error for {src:?}, got {m:?}"),
        Err(e) => (e.kind.name(), e.msg),
    }
}

fn expr(src: &str) -> Expr {
    let m = parse(src, Mode::Expression).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    match m.body.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Expr(e)) => e,
        other => panic!("{other:?}"),
    }
}

/// Each message was produced by `python3` (3.11) on the same snippet.
#[test]
fn error_messages_match_cpython() {
    let table: &[(&str, &str, &str)] = &[
        ("if x\n  pass\n", "SyntaxError", "expected ':'"),
        ("if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1"),
        ("if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1"),
        ("for x in y\n", "SyntaxError", "expected ':'"),
        ("x = (1,\n", "SyntaxError", "'(' was never closed"),
        ("x = )\n", "SyntaxError", "unmatched ')'"),
        ("x = (]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('"),
        ("  x=1\n", "IndentationError", "unexpected indent"),
        ("if 1:\n    x\n  y\n", "IndentationError", "unindent does not match any outer indentation level"),
        ("x = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)"),
        ("x = \"\"\"abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)"),
        ("1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?"),
        ("f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?"),
        ("a+1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?"),
        ("for 1 in x: pass\n", "SyntaxError", "cannot assign to literal"),
        ("del 1\n", "SyntaxError", "cannot delete literal"),
        ("1 += 1\n", "SyntaxError", "'literal' is an illegal expression for augmented assignment"),
        ("(a, b) += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment"),
        ("x = 012\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
        ("x = 1 +\n", "SyntaxError", "invalid syntax"),
        ("x y\n", "SyntaxError", "invalid syntax"),
        ("f\"{}\"\n", "SyntaxError", "f-string: empty expression not allowed"),
        ("def f()\n", "SyntaxError", "expected ':'"),
        ("class A\n", "SyntaxError", "expected ':'"),
        ("while x\n", "SyntaxError", "expected ':'"),
        ("try\n", "SyntaxError", "expected ':'"),
        ("x = $\n", "SyntaxError", "invalid syntax"),
        ("x = 1\\\n", "SyntaxError", "unexpected EOF while parsing"),
        ("if 1:\n\tx\n        y\n", "TabError", "inconsistent use of tabs and spaces in indentation"),
        ("f(**a, *b)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking"),
        ("f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument"),
        ("else:\n", "SyntaxError", "invalid syntax"),
        ("x = [1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?"),
        ("def f():\n  x\n    y\n", "IndentationError", "unexpected indent"),
        ("f\"{x!z}\"\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
        ("f\"{x\"\n", "SyntaxError", "f-string: expecting '}'"),
        ("f\"}\"\n", "SyntaxError", "f-string: single '}' is not allowed"),
        ("x = 1e\n", "SyntaxError", "invalid decimal literal"),
        ("x = 0x\n", "SyntaxError", "invalid hexadecimal literal"),
        ("x = 1_\n", "SyntaxError", "invalid decimal literal"),
        ("def f(x, x=1, y): pass\n", "SyntaxError", "non-default argument follows default argument"),
        ("while x:\n", "IndentationError", "expected an indented block after 'while' statement on line 1"),
        ("for x in y:\nz\n", "IndentationError", "expected an indented block after 'for' statement on line 1"),
        ("def f():\nreturn\n", "IndentationError", "expected an indented block after function definition on line 1"),
        ("class A:\n\nx\n", "IndentationError", "expected an indented block after class definition on line 1"),
        ("try:\nx\n", "IndentationError", "expected an indented block after 'try' statement on line 1"),
        ("if x:\n  y\nelse:\nz\n", "IndentationError", "expected an indented block after 'else' statement on line 3"),
        ("if x:\n  y\nelif z:\nz\n", "IndentationError", "expected an indented block after 'elif' statement on line 3"),
        ("try:\n  x\nexcept:\ny\n", "IndentationError", "expected an indented block after 'except' statement on line 3"),
        ("try:\n  x\nfinally:\ny\n", "IndentationError", "expected an indented block after 'finally' statement on line 3"),
        ("with a:\nb\n", "IndentationError", "expected an indented block after 'with' statement on line 1"),
        ("x = [1,\n2,\n", "SyntaxError", "'[' was never closed"),
        ("x = {1: 2]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '{'"),
        ("b'a' 'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals"),
        ("def f(a, a): pass\n", "SyntaxError", "duplicate argument 'a' in function definition"),
        ("x = 0b102\n", "SyntaxError", "invalid digit '2' in binary literal"),
        ("None = 1\n", "SyntaxError", "cannot assign to None"),
        ("x = 'a\\\nb\n", "SyntaxError", "unterminated string literal (detected at line 2)"),
    ];
    let mut failures = Vec::new();
    for (src, kind, msg) in table {
        let (k, m) = err(src);
        if (k, m.as_str()) != (*kind, *msg) {
            failures.push(format!("{src:?}: got {k}: {m}, want {kind}: {msg}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
