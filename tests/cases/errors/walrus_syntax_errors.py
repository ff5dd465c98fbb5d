# Named-expression SyntaxErrors as CPython 3.11 words and places them: a target that
# is not a plain name, walruses in comprehension iterables (at any depth, through
# lambdas and nested comprehensions), an inner loop rebinding a walrus target, and
# the comprehension-element mistakes (`[a, b for ...]`, `[*a for ...]`, `{**a for ...}`).
cases = [
    "((a, b) := (1, 2))", "(lambda: x := 1)", "(x.y := 1)", "(f() := 1)", "(x[0] := 1)",
    "(1 := 2)", "(True := 1)", "((a) := 1)", "(not a := 1)", "(a if b else c := 1)",
    "f(a.b := 1)", "(x := 1 := 2)", "[x for x in y if a.b := 1]", "if (a := 1) == (b.c := 2): pass",
    "[i for i in (i := range(5))]", "[i for i in (2, 3, i := range(5))]",
    "[i for i in (lambda: (j := range(5)))()]", "[i for i in range(5) for j in (i := range(5))]",
    "[i for i in [j for j in range(5) if (j := True)]]", "def f(): [i for i in (i := range(5))]",
    "[i for i in range(5) if (j := 0) for j in range(5)]",
    "[i for i in range(5) if (j := 0) for j, k in [(0, 1)]]",
    "lambda: [i for i in range(5) if (j := 0) for j in range(5)]",
    "[i := 0 for i in range(5)]", "[i+1 for i in range(5) if (i := 0)]",
    "[i := 0, j := 1 for i, j in [(1, 2), (3, 4)]]", "[a, b for a in c]", "{a, b for a in c}",
    "[a, for a in c]", "[a, b, for a in c]", "[*a for a in c]", "(*a for a in c)", "{*a for a in c}",
    "{**a for a in c}", "[for x in y]", "(a, b for a in c)",
]
for c in cases:
    try:
        compile(c, "<s>", "exec")
        print("compiled", repr(c))
    except SyntaxError as e:
        print(repr(c), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
# Valid forms keep working.
print([y := 10, y ** 2])
print([(x := i) for i in range(3)], x)
print([(a) for a in (1, 2)], {(a, b) for a, b in [(1, 2)]}, list((*(), a) for a in [1]))
def g():
    [(n := k) for k in range(4)]
    return n
print(g())
