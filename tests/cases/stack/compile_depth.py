# Checks: compile()/eval()/exec() of deeply nested source: CPython 3.11's SyntaxError, IndentationError, RecursionError during compilation and MemoryError, then normal operation.
def attempt(label, src, mode="exec"):
    try:
        compile(src, "<deep>", mode)
        print(label, "ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(label, type(e).__name__, e)
attempt("brackets 10000", "x = " + "(" * 10000 + "1" + ")" * 10000)
attempt("brackets 200", "x = " + "[" * 200 + "1" + "]" * 200)
attempt("brackets 201", "x = " + "[" * 201 + "1" + "]" * 201)
def ifs(n):
    return "".join(" " * i + "if True:\n" for i in range(n)) + " " * n + "pass\n"
attempt("if x99", ifs(99))
attempt("if x100", ifs(100))
attempt("if x2000", ifs(2000))
attempt("plus 100000", "+".join(["1"] * 100000), "eval")
attempt("plus 2000", "+".join(["1"] * 2000), "eval")
attempt("unary 100000", "-" * 100000 + "1", "eval")
attempt("not 100000", "not " * 100000 + "1", "eval")
attempt("pow 5000", "**".join(["2"] * 5000), "eval")
attempt("lambda 1000", "lambda: " * 1000 + "1", "eval")
attempt("lambda 5000", "lambda: " * 5000 + "1", "eval")
attempt("ternary 4000", "1 if 0 else " * 4000 + "2", "eval")
attempt("attr 100000", "a" + ".b" * 100000, "eval")
attempt("calls 150", "abs(" * 150 + "1" + ")" * 150, "eval")
attempt("comprehensions 50", "[" * 50 + "1" + " for _ in [1]]" * 50, "eval")
print(eval("+".join(["1"] * 1000)))
print(eval("-" * 1001 + "1"))
print(eval("[" * 150 + "7" + "]" * 150))
f = eval("lambda: " * 100 + "42")
for _ in range(100):
    f = f()
print(f)
exec("x = " + "+".join(["2"] * 500))
print(x)
