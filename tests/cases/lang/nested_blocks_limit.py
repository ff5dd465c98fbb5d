# CPython's CO_MAXBLOCKS: at most 20 statically nested frame blocks (loops, try
# bodies, with bodies; an except clause counts two), else "too many statically
# nested blocks" at compile time; up to the limit the code compiles and runs.
def nest(header, depth, inner):
    lines = [" " * i + header for i in range(depth)]
    return "\n".join(lines) + "\n" + " " * depth + inner + "\n"

def nest_except(depth, clause):
    lines = []
    for i in range(depth):
        lines += [" " * i + "try:", " " * (i + 1) + "raise KeyError", " " * i + clause]
    return "\n".join(lines) + "\n" + " " * depth + "n = 4\n"

def attempt(name, src, run=True):
    try:
        code = compile(src, "<nest>", "exec")
    except SyntaxError as e:
        print(name, "->", e.msg, e.lineno)
        return
    ns = {}
    if run:
        exec(code, ns)
    print(name, "-> ok", ns.get("n"))

attempt("while x20", nest("while True:", 20, "break"), run=False)
attempt("while x21", nest("while True:", 21, "break"), run=False)
attempt("for x20", nest("for i in range(1):", 20, "n = 1"))
attempt("for x21", nest("for i in range(1):", 21, "n = 1"))
attempt("with x20", "import contextlib\n" + nest("with contextlib.nullcontext():", 20, "n = 2"))
attempt("with x21", "import contextlib\n" + nest("with contextlib.nullcontext():", 21, "n = 2"))
attempt("except x10", nest_except(10, "except KeyError as e:"))
attempt("except x11", nest_except(11, "except KeyError:"))
attempt("except x12", nest_except(12, "except KeyError as e:"))
attempt("for in except x9", nest_except(9, "except KeyError:").replace("n = 4", "for i in 'a':\n" + " " * 10 + "n = i"))
attempt("for in except x10", nest_except(10, "except KeyError:").replace("n = 4", "for i in 'a':\n" + " " * 11 + "n = i"))
