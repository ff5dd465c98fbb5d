# SyntaxError(msg, info) takes info as any sequence of 4 to 6 items (filename, lineno,
# offset, text[, end_lineno, end_offset]); anything else is a TypeError, and an
# end_lineno needs an end_offset.
cases = [
    ("bad.py", 1, 2),
    ("bad.py", 1, 2, 4, 5, 6, 7),
    ("bad.py", 1, 2, "abcdefg", 1),
    ("bad.py", 1, 2, "t", None),
    ("f", 1, 2, "t", 3, 4),
    ("f", 1, 2, "t"),
    [1, 2, 3, 4],
    iter(("g", 5, 6, "text")),
    5,
]
for info in cases:
    try:
        e = SyntaxError("bad bad", info)
    except TypeError as exc:
        print("TypeError:", exc)
    else:
        print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
e = SyntaxError("m", ("f", 1, 2, "t"), 3)
print(e.args, e.msg, e.filename, e.lineno)
e = SyntaxError()
print(e.args, e.msg, e.filename)
