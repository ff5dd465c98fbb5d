# ast.parse raises CPython's SyntaxError (msg, lineno, offset, text, filename) for
# errors CPython's parser finds, and leaves later-pass errors ('return' outside a
# function, __debug__ assignment) to compile().
import ast

for bad in ["x = = 1", "1 = x", "def f(:", "x = (1,", "a +\n", "del f()",
            "for 1 in x: pass", "f(**x, *y)", "(a, b) += 1",
            "return 1", "break", "x = yield", "__debug__ = 1", "nonlocal x"]:
    try:
        ast.parse(bad, filename="<bad>")
        print("ok", repr(bad))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename)
