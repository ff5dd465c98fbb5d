# A bare * must be followed by a keyword-only parameter, not by **kwargs or the
# end of the list; a lambda reports it at the last token CPython read.
for src in ["def f(p1, *, **k1):\n  pass\n", "def f(*, **k1): pass", "lambda *, **k: 0",
            "def f(*): pass", "def f(*,): pass", "lambda *: 0", "lambda *,: 0",
            "def f(a, *, b=1, **k): pass", "lambda *, b, **k: b"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.args)
