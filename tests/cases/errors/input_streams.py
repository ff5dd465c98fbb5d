# input() reads sys.stdin's readline and writes its prompt with sys.stdout's write
# (whatever objects they are); a deleted or None stream is a RuntimeError naming it,
# an empty read is EOFError, a non-str line a TypeError. open() refuses a path
# holding NUL with a ValueError.
import io
import sys


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        self.parts.append("<flush>")


def attempt(f):
    try:
        print(repr(f()), file=sys.__stdout__)
    except Exception as e:
        print(type(e).__name__ + ":", e, file=sys.__stdout__)


saved = sys.stdin, sys.stdout
out = Out()
sys.stdout = out
sys.stdin = io.StringIO("first\nsecond\n  third")
attempt(lambda: input())
attempt(lambda: input("prompt> "))
attempt(lambda: input(42))
attempt(lambda: input())
attempt(lambda: input("a", "b"))


class BadLine:
    def readline(self):
        return 3


sys.stdin = BadLine()
attempt(lambda: input())
sys.stdin = None
attempt(lambda: input("x"))
sys.stdin = io.StringIO("z\n")
sys.stdout = None
attempt(lambda: input("x"))
del sys.stdout
attempt(lambda: input("x"))
sys.stdin, sys.stdout = saved
print(out.parts)
del sys.stdin
attempt(lambda: input())
sys.stdin = saved[0]
attempt(lambda: open("a\x00b"))
attempt(lambda: open(b"a\x00b", "rb"))
