# A raw stream written by the user (only readinto) read through the io base
# classes' default read()/readall() and a BufferedReader; BufferedIOBase's
# readinto() from read(); the unsupported defaults.
import io


class Counter(io.RawIOBase):
    def __init__(self, total):
        self.left = total
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), self.left, 5)
        b[:n] = bytes([48 + (self.pos + i) % 10 for i in range(n)])
        self.left -= n
        self.pos += n
        return n


print(Counter(12).read(3), Counter(12).read(), Counter(0).read(), Counter(7).readall())
print(io.BufferedReader(Counter(11)).read(), io.BufferedReader(Counter(20), buffer_size=4).read(6))


class Chunks(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def read(self, size=-1):
        out, self.data = self.data[:size], self.data[size:]
        return out

    read1 = read


buf = bytearray(4)
c = Chunks(b"abcdefg")
print(c.readinto(buf), buf, c.readinto1(buf), buf, c.readinto(buf), buf)
for call in (lambda: io.RawIOBase().readinto(bytearray(1)), lambda: io.RawIOBase().write(b"x"),
             lambda: io.BufferedIOBase().read(), lambda: io.BufferedIOBase().write(b"")):
    try:
        call()
    except (NotImplementedError, io.UnsupportedOperation) as e:
        print(type(e).__name__, e)
