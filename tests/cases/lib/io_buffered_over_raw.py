import io
b = io.BytesIO()
w = io.BufferedWriter(b)
print(w, type(w), isinstance(w, io.BufferedWriter), w.raw is b)
print(w.write(b"hello"), b.getvalue())
w.flush(); print(b.getvalue(), w.tell())
t = io.TextIOWrapper(io.BufferedWriter(io.BytesIO(b"ab")), 'utf-8', newline='\n')
t.write("x\ny"); t.flush(); print(t.buffer.raw.getvalue())
r = io.BufferedReader(io.BytesIO(b"line1\nline2\nrest"), buffer_size=4)
print(r.readline(), r.peek()[:3], r.read(3), r.tell(), r.read(), r.read())
r.seek(0); print(list(r))
rw = io.BufferedRandom(io.BytesIO(b"0123456789"))
print(rw.read(2)); rw.write(b"AB"); rw.seek(0); print(rw.read())
print(rw.detach().getvalue())
try: rw.read()
except ValueError as e: print(e)
class R(io.RawIOBase):
    def readable(self): return False
try: io.BufferedReader(R())
except OSError as e: print(type(e).__name__, e)
try: io.BufferedWriter(io.BytesIO(), 0)
except ValueError as e: print(e)
w = io.BufferedWriter(io.BytesIO()); w.close(); print(w.closed)
try: w.write(b"x")
except ValueError as e: print(e)
print(repr(io.BufferedReader(io.BytesIO())))
class MyW(io.BufferedWriter):
    def extra(self): return 'extra'
m = MyW(io.BytesIO()); print(type(m).__name__, m.extra(), m.write(b'q'))
# A buffered writer holds small writes until flush; a big one goes through.
raw = io.BytesIO()
w = io.BufferedWriter(raw, buffer_size=8)
w.write(b"abc"); print(raw.getvalue())
w.write(b"0123456789"); print(raw.getvalue())
w.flush(); print(raw.getvalue(), w.tell())
# readinto / read1 / peek over a reader
r = io.BufferedReader(io.BytesIO(b"abcdefgh"), buffer_size=3)
buf = bytearray(5); print(r.readinto(buf), buf, r.read1(10), r.read())
# The writer wrapped by a text layer: a stream with a byte buffer underneath.
class StdIOBuffer(io.TextIOWrapper):
    def __init__(self, initial=''):
        super().__init__(io.BufferedWriter(io.BytesIO(initial.encode())), 'utf-8',
                         newline='\n')
    def getvalue(self):
        self.flush()
        return self.buffer.raw.getvalue().decode('utf-8')
s = StdIOBuffer()
print("héllo", file=s)
print(repr(s.getvalue()), type(s).__name__, isinstance(s, io.TextIOWrapper))
with io.BufferedWriter(io.BytesIO()) as w2:
    w2.write(b"x")
print(w2.closed)
