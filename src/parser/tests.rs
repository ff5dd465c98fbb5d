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
        ("print \"x\"\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?"),
        ("f(a for a in b, c)\n", "SyntaxError", "Generator expression must be parenthesized"),
        ("x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed"),
        ("def f(:\n  pass\n", "SyntaxError", "invalid syntax"),
        ("x = (a b c d\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?"),
        ("x = [1 2\n", "SyntaxError", "'[' was never closed"),
        ("a = 1 if b\n", "SyntaxError", "expected 'else' after 'if' expression"),
        ("f(x=1, x=2)\n", "SyntaxError", "keyword argument repeated: x"),
        ("x = 1 = 2\n", "SyntaxError", "cannot assign to literal"),
        ("x = *a\n", "SyntaxError", "can't use starred expression here"),
        ("*a\n", "SyntaxError", "can't use starred expression here"),
        ("f'{x!}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
        ("f'{x:{y:{z}}}'\n", "SyntaxError", "f-string: expressions nested too deeply"),
        ("def f(**k, a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument"),
        ("def f(*): pass\n", "SyntaxError", "named arguments must follow bare *"),
        ("(a, 1) = x\n", "SyntaxError", "cannot assign to literal"),
        ("x = 0o8\n", "SyntaxError", "invalid digit '8' in octal literal"),
        ("x = '\\x4'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"),
        ("if True:\n    pass\nelse\n    pass\n", "SyntaxError", "expected ':'"),
        ("x = 1\n    y = 2\n", "IndentationError", "unexpected indent"),
        ("x = y if z else\n", "SyntaxError", "invalid syntax"),
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

const PROGRAM: &str = r#"
import os, sys as system
import a.b.c as d
from . import x
from ..pkg.mod import (y as z, w,)
from m import *
global g
x = y = 1; a, *b = c
x += 1; x //= 2; x **= 3; x @= m
n: int = 5
m: list
del a[0], b.c, d
assert x, "msg"

@decorator
@other.deco(1)
def f(a, b: int = 1, /, c=2, *args, d, e: str = "e", **kw) -> None:
    """doc"""
    global q
    def inner():
        nonlocal a
        return
    yield
    yield from g()
    x = yield 1, 2
    return a if b else c

def g(*, k): pass
lam = lambda a, b=1, *c, d, **e: a + b
lam2 = lambda: 0

class C(Base, metaclass=Meta, **extra):
    attr = 1
    def method(self): return self.attr

class D: pass

if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass

while x < 10:
    x += 1
    if x: break
    else: continue
else:
    done()

for i, (j, k) in enumerate(items):
    print(i)
else:
    pass

try:
    risky()
except (A, B) as e:
    raise C("x") from e
except D:
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

with open(p) as fh, lock:
    data = fh.read()

r = [x * 2 for x in range(10) if x % 2 if x for y in z]
s = {x for x in y}
d = {k: v for k, v in items.items()}
gen = (x for x in y)
call = f(x for x in y)
args = f(1, *a, k=2, **kw)
sub = a[1:2, ::3, 4][:][::-1][x]
dd = {1: 2, **other, 3: 4,}
ss = {1, 2, *rest}
t = (); t1 = (1,); t2 = 1, 2,
l = [*a, *b]
cond = not a and b or c
cmp = a < b <= c != d is not e not in f in g is h
bits = a | b ^ c & d << 2 >> 1
arith = -a + b - c * d / e // f % g @ h ** -i ** j
inv = ~x
if (n := len(a)) > 10: pass
strs = "a" 'b' """c""" r'\d'; bs = b"x" rb'\x'; fs = f"{x!r:>{width}} {y=}" 'tail'
e = ...; none = None; t = True; f = False
big = 123456789012345678901234567890
flt = 1.5e-3 + .5 + 1. + 0x1f + 0o17 + 0b1 + 1_000 + 2j
await_me = await coro() if False else 0
"#;

#[test]
fn parses_every_construct() {
    let m = parse(PROGRAM, Mode::Module).unwrap_or_else(|e| {
        let sf = crate::source::SourceFile::new("p.py", PROGRAM);
        panic!("{}", e.render_cpython(&sf))
    });
    assert!(m.body.len() > 50, "{}", m.body.len());
    // Every statement span lies within the source.
    for s in &m.body {
        assert!(s.span.start < s.span.end && s.span.end as usize <= PROGRAM.len());
    }
}

#[test]
fn precedence_and_shapes() {
    // -2**2 == -(2**2)
    match expr("-2**2").kind {
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => assert!(matches!(
            operand.kind,
            ExprKind::BinOp { op: BinOp::Pow, .. }
        )),
        k => panic!("{k:?}"),
    }
    // 2**3**2 is right-associative.
    match expr("2**3**2").kind {
        ExprKind::BinOp { right, .. } => {
            assert!(matches!(right.kind, ExprKind::BinOp { op: BinOp::Pow, .. }))
        }
        k => panic!("{k:?}"),
    }
    // 1-2-3 is left-associative.
    match expr("1-2-3").kind {
        ExprKind::BinOp { left, .. } => {
            assert!(matches!(left.kind, ExprKind::BinOp { op: BinOp::Sub, .. }))
        }
        k => panic!("{k:?}"),
    }
    match expr("a < b not in c is not d").kind {
        ExprKind::Compare { ops, .. } => {
            assert_eq!(ops, vec![CmpOp::Lt, CmpOp::NotIn, CmpOp::IsNot])
        }
        k => panic!("{k:?}"),
    }
    assert_eq!(
        expr("'a' \"b\"").kind,
        ExprKind::Constant(Constant::Str("ab".into()))
    );
    assert_eq!(
        expr(r"'\x41\101\u00e9\U0001F600\n\t\\'").kind,
        ExprKind::Constant(Constant::Str("AAé😀\n\t\\".into()))
    );
    assert_eq!(
        expr(r"b'\x00a\n'").kind,
        ExprKind::Constant(Constant::Bytes(vec![0, b'a', b'\n']))
    );
    assert_eq!(
        expr(r"R'\n'").kind,
        ExprKind::Constant(Constant::Str("\\n".into()))
    );
    assert_eq!(expr("x").span, Span::new(0, 1));
    assert!(matches!(expr("(1, 2)").kind, ExprKind::Tuple(ref v) if v.len() == 2));
    assert_eq!(expr("(1, 2)").span, Span::new(0, 6));
    assert!(matches!(expr("1,").kind, ExprKind::Tuple(ref v) if v.len() == 1));
    assert!(matches!(
        expr("f(x for x in y)").kind,
        ExprKind::Call { ref args, .. } if matches!(args[0].kind, ExprKind::GeneratorExp { .. })
    ));
}

#[test]
fn fstrings() {
    let e = expr("f'a{x!r:>{w}}b{{c}}' 'd'");
    let ExprKind::JoinedStr(parts) = e.kind else {
        panic!()
    };
    assert_eq!(parts.len(), 3);
    assert_eq!(parts[0].kind, ExprKind::Constant(Constant::Str("a".into())));
    assert_eq!(
        parts[2].kind,
        ExprKind::Constant(Constant::Str("b{c}d".into()))
    );
    let ExprKind::FormattedValue {
        value,
        conversion,
        format_spec,
    } = &parts[1].kind
    else {
        panic!()
    };
    assert_eq!(value.kind, ExprKind::Name("x".into()));
    // The inner expression's span is shifted to the whole source.
    assert_eq!(value.span, Span::new(4, 5));
    assert_eq!(*conversion, Some('r'));
    let Some(spec) = format_spec else { panic!() };
    let ExprKind::JoinedStr(sp) = &spec.kind else {
        panic!()
    };
    assert_eq!(sp[0].kind, ExprKind::Constant(Constant::Str(">".into())));
    assert!(matches!(sp[1].kind, ExprKind::FormattedValue { .. }));
    // Self-documenting `{x=}`.
    let ExprKind::JoinedStr(p) = expr("f'{x = }'").kind else {
        panic!()
    };
    assert_eq!(p[0].kind, ExprKind::Constant(Constant::Str("x = ".into())));
    assert!(matches!(
        p[1].kind,
        ExprKind::FormattedValue {
            conversion: Some('r'),
            ..
        }
    ));
    // Nested brackets and strings inside a field; `!=` is not a conversion.
    let ExprKind::JoinedStr(p) = expr("f'{d[\"k\"]} {a != b} {[1,2][0]}'").kind else {
        panic!()
    };
    assert_eq!(p.len(), 5);
    assert!(matches!(
        err("f'{a b}'\n").1.as_str(),
        "f-string: invalid syntax" | "f-string: invalid syntax. Perhaps you forgot a comma?"
    ));
}

#[test]
fn incomplete_flags() {
    for src in [
        "if x:\n",
        "x = (1,\n",
        "s = '''abc\n",
        "x = 1 + \\\n",
        "def f():\n",
    ] {
        let e = parse(src, Mode::Interactive).unwrap_err();
        assert!(e.incomplete, "{src:?}: {e:?}");
    }
    for src in ["x = )\n", "x y\n", "'abc\n"] {
        let e = parse(src, Mode::Interactive).unwrap_err();
        assert!(!e.incomplete, "{src:?}: {e:?}");
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    let inputs = [
        "",
        "\n",
        "\\",
        "x = 1",
        "\r\n\r\n",
        "x = 1\r\ny = 2",
        "\x0c\n",
        "\t\t\n",
        "'",
        "'''",
        "f'{",
        "f'{x",
        "f'{x!",
        "f'{x:",
        "f'{x:{'",
        "0x_",
        "1e+",
        "1__0",
        "é = 1",
        "x = ☃",
        "\0",
        "@",
        "def",
        "lambda",
        "((((",
        "))))",
        "f'{'",
        "b'é'",
        "u'\\N{DASH}'",
        "'\\x4'",
        "if x:\n\tpass\n  \tpass\n",
        "class",
        "from import x",
        "from . import",
        "a[::",
        "*a",
        "**a",
        "x = yield",
        "print 'x'",
    ];
    for src in inputs {
        for mode in [Mode::Module, Mode::Interactive, Mode::Expression] {
            let _ = parse(src, mode);
        }
    }
    // Every prefix of the big program, too.
    for end in 0..PROGRAM.len() {
        if PROGRAM.is_char_boundary(end) {
            let _ = parse(&PROGRAM[..end], Mode::Module);
        }
    }
}

#[test]
fn deep_nesting_is_rejected_by_the_tokenizer() {
    let src = "(".repeat(10_000) + &")".repeat(10_000);
    assert_eq!(err(&src).1, "too many nested parentheses");
    let src = "[".repeat(10_000);
    assert_eq!(err(&src).1, "too many nested parentheses");
}

#[test]
fn long_sums_parse_and_drop_on_a_default_stack() {
    // 8 MiB: the main thread's default stack.
    let h = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            let src = vec!["1"; 100_000].join("+");
            let m = parse(&src, Mode::Module).expect("parses");
            crate::parser::drop_module(m);
        })
        .unwrap();
    h.join().expect("no stack overflow");
}

/// Line and 1-based column of the error, as CPython's `e.lineno` / `e.offset`.
#[test]
fn error_positions_match_cpython() {
    let table: &[(&str, u32, u32)] = &[
        ("if x\n  pass\n", 1, 5),
        ("x = (]\n", 1, 6),
        ("x = 'abc\n", 1, 5),
        ("x = 1\n    y = 2\n", 2, 4),
        ("if x:\n  pass\n else:\n  pass\n", 3, 7),
        ("a = 1 if b\n", 1, 5),
        ("x = 1__0\n", 1, 6),
        ("x = 0o8\n", 1, 7),
        ("f(x=1, x=2)\n", 1, 8),
        ("del f()\n", 1, 5),
        ("x = (1 2)\n", 1, 6),
        ("def f(**k, a): pass\n", 1, 12),
    ];
    let mut failures = Vec::new();
    for (src, line, col) in table {
        let e = parse(src, Mode::Module).unwrap_err();
        let sf = crate::source::SourceFile::new("t.py", src);
        let got = (sf.line_of(e.span.start), sf.col_of(e.span.start) + 1);
        if got != (*line, *col) {
            failures.push(format!("{src:?}: got {got:?}, want {:?}", (line, col)));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Random snippets over Python's punctuation: nothing may panic.
#[test]
fn random_inputs_do_not_panic() {
    let alphabet: Vec<char> = "()[]{}:;,.=+-*/%@<>!~^&|'\"\\#\n\r\t\x0c fabrj0123456789_xeyif else def class lambda for in not is é☃"
        .chars()
        .collect();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..3000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 40) as usize;
        let mut s = String::new();
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        for mode in [Mode::Module, Mode::Interactive, Mode::Expression] {
            let _ = parse(&s, mode);
        }
    }
}
