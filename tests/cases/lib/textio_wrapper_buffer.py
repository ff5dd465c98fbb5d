# io.TextIOWrapper over a binary stream decodes, encodes and translates newlines
# itself; open(path, 'rb'/'wb', buffering=0) is a FileIO; code.replace() renames.
import io
b = io.BytesIO(b"one\r\ntwo\rthree\nfour")
t = io.TextIOWrapper(b, encoding="utf-8")
print(type(t).__name__, isinstance(t, io.TextIOWrapper), isinstance(t, io.TextIOBase))
print(repr(t.readline()), repr(t.readline()), repr(t.read(3)), repr(t.read()))
print(t.encoding, t.errors, t.buffer is b, t.readable(), t.writable(), t.seekable())
t.seek(0)
print(list(t))
t.seek(0)
print(repr(t.read(5)), t.tell())
b = io.BytesIO(b"a\r\nb\rc\n")
t = io.TextIOWrapper(b, newline="")
print([t.readline() for _ in range(4)])
b = io.BytesIO(b"a\r\nb\rc\n")
t = io.TextIOWrapper(b, newline="\r")
print(t.read().split("\r"))
out = io.BytesIO()
t = io.TextIOWrapper(out, encoding="latin-1", newline="\r\n")
print(t.write("é\nx\n"), out.getvalue())
t.flush()
print(out.getvalue())
t2 = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="replace")
t2.write("aé\n"); t2.flush(); print(t2.buffer.getvalue())
try:
    io.TextIOWrapper(io.BytesIO(), encoding="ascii").write("é") or print("no error")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)
t3 = io.TextIOWrapper(io.BytesIO("ß\n".encode("utf-16")), encoding="utf-16")
print(repr(t3.read()))
b4 = io.BytesIO()
t4 = io.TextIOWrapper(b4, line_buffering=True)
t4.write("no newline"); print(b4.getvalue())
t4.write(" then\n"); print(b4.getvalue())
t4.close()
print(t4.closed, b4.closed)
try:
    io.TextIOWrapper(io.BytesIO(), newline="x")
except ValueError as e:
    print(e)
d = io.TextIOWrapper(io.BytesIO(b"xy"))
raw = d.detach()
print(raw.read())
try:
    d.read()
except ValueError as e:
    print(e)
class Mine(io.TextIOWrapper):
    def shout(self):
        return self.read().upper()
print(Mine(io.BytesIO(b"quiet")).shout())

import os, tempfile
tmp = tempfile.TemporaryDirectory()
path = os.path.join(tmp.name, "raw.bin")
with open(path, "wb", buffering=0) as f:
    print(type(f).__name__, f.write(b"abc"), os.path.getsize(path), f.mode)
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(2), f.read())
with open(path, "rb") as f:
    w = io.TextIOWrapper(f, encoding="ascii")
    print(w.read(), w.name == path)
try:
    open(path, "r", buffering=0)
except ValueError as e:
    print(e)
os.remove(path)
tmp.cleanup()

def g(a, b):
    return a + b
c = g.__code__.replace(co_name="h", co_qualname="H")
print(c.co_name, c.co_qualname, c.co_argcount, c.co_varnames, g.__code__.co_name)
c2 = g.__code__.replace(co_firstlineno=g.__code__.co_firstlineno + 100)
print(c2.co_firstlineno - g.__code__.co_firstlineno)
try:
    g.__code__.replace(bogus=1)
except TypeError as e:
    print(e)
