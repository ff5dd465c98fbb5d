# sys.stdout / sys.stderr / sys.stdin are TextIOWrapper objects over binary streams.
import sys, io

for s in (sys.stdout, sys.stderr, sys.stdin):
    print(type(s).__name__, s.name, s.mode, s.encoding, s.closed, s.fileno())
    print(type(s.buffer).__name__ in ("BufferedWriter", "BufferedReader", "FileIO"))
print(repr(sys.stdout))
print(sys.stderr.errors, sys.stdout.errors in ("strict", "surrogateescape"))
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.stdout.isatty(), sys.stdout.seekable())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)

# write returns the count (characters for text, bytes for the buffer)
n = sys.stdout.write("héllo\n")
print(n)
sys.stdout.flush()
n = sys.stdout.buffer.write("héllo\n".encode())
sys.stdout.buffer.flush()
print(n)
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print(e)
try:
    sys.stdout.buffer.write("x")
except TypeError as e:
    print(e)

# print to a replaced stdout, then back
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("captured")
sys.stdout = old
print(repr(buf.getvalue()))
print("to stderr", file=sys.stderr)
sys.stderr.buffer.write(b"bytes to stderr\n")
sys.stdout.flush()
