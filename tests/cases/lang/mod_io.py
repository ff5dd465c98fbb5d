# Checks: io.StringIO/BytesIO: write/read/readline/readlines/getvalue/seek/tell/truncate, iteration, close, context manager, print(file=), newline modes, CPython's errors.
import io
buf = io.StringIO()
print("hello", 1, 2.5, sep="-", end="!\n", file=buf)
print(file=buf)
print("x", "y", file=buf, end="")
buf.writelines(["\nline a\n", "line b\n"])
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
for i, line in enumerate(buf):
    print(i, repr(line))
buf.seek(0)
print(repr(buf.readline(3)), repr(buf.readline()), repr(buf.read(1)), repr(buf.readlines()), repr(buf.read()))
s = io.StringIO("abc")
print(s.tell(), s.read(), s.tell(), s.seek(6), s.write("x"), repr(s.getvalue()), s.tell())
s = io.StringIO("abcdef")
s.seek(2)
print(s.write("XY"), repr(s.getvalue()), s.tell(), repr(s.read()))
print(s.truncate(3), repr(s.getvalue()), s.tell(), s.seek(0, 2), s.seek(0, 1))
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines)
t = io.StringIO("one\ntwo\nthree")
print(t.readlines(1), t.readlines(0), list(io.StringIO("p\nq\n")), io.StringIO(None).getvalue() == "")
with io.StringIO("ctx") as f:
    print(f.read(), f.closed, f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.closed)
e = io.StringIO()
for call in ["e.write(3)", "e.seek(-1)", "e.seek(1, 1)", "e.seek(1, 2)", "e.seek(0, 3)", "e.seek(1.5)",
             "e.read(None)", "e.readline(None)", "e.truncate(-1)", "e.fileno()", "e.line_buffering",
             "e.encoding", "e.errors", "io.StringIO(3)", "io.StringIO(newline=3)",
             "io.StringIO(newline='x')"]:
    try:
        print(call, "->", repr(eval(call)))
    except Exception as ex:
        print(call, "->", type(ex).__name__, ex)
e.close()
for call in ["e.write('a')", "e.getvalue()", "e.read()", "e.tell()", "e.closed", "e.close()",
             "next(iter(e))", "e.readable()"]:
    try:
        print(call, "->", repr(eval(call)))
    except Exception as ex:
        print(call, "->", type(ex).__name__, ex)
print(type(io.StringIO()), type(io.BytesIO()), io.UnsupportedOperation.__mro__)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase),
      isinstance(io.BytesIO(), io.BufferedIOBase), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
b = io.BytesIO(b"hello\nworld\n")
print(b.readline(), b.read(2), b.tell(), b.readlines(), b.getvalue(), b.read())
for call in ["b.write('x')", "b.write(bytearray(b'zz'))", "b.getvalue()", "b.seek(-1)", "b.seek(1, 1)",
             "b.seek(-3, 2)", "b.read()", "b.seek(-30, 2)", "b.seek(-30, 1)", "b.read1()",
             "b.seek(0, 5)", "b.write(3)", "b.truncate(-1)", "b.seek(2)", "b.truncate()", "b.getvalue()",
             "b.seek(6)", "b.write(b'!')", "b.getvalue()", "io.BytesIO('s')"]:
    try:
        print(call, "->", repr(eval(call)))
    except Exception as ex:
        print(call, "->", type(ex).__name__, ex)
ba = bytearray(3)
b.seek(0)
print(b.readinto(ba), ba, list(io.BytesIO(b"a\nb")))
b.close()
for call in ["b.read()", "b.getvalue()", "b.seek(0)", "b.closed", "iter(b) is b"]:
    try:
        print(call, "->", repr(eval(call)))
    except Exception as ex:
        print(call, "->", type(ex).__name__, ex)
big = io.StringIO()
for i in range(1000):
    print(i, end=" ", file=big)
v = big.getvalue()
print(len(v), v[:20], v[-10:])
