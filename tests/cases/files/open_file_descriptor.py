# open(fd) and os.fdopen(fd) wrap an open descriptor: named by it, closing it
# unless closefd=False.
import os

with open("data.txt", "w") as f:
    f.write("line one\nline two\n")

fd = os.open("data.txt", os.O_RDONLY)
f = open(fd, "r", closefd=False)
print(f.name, type(f.name).__name__, f.readline(), repr(f)[:30])
f.close()
print(os.read(fd, 4))
with os.fdopen(fd, "rb") as g:
    print(g.name, g.read(), repr(g))
try:
    os.close(fd)
except OSError as e:
    print("closed with the file:", e)

r, w = os.pipe()
with os.fdopen(w, "w") as out:
    out.write("via pipe\n")
with open(r) as inp:
    print(inp.read(), end="")

for call in (lambda: open(-1), lambda: open(fd), lambda: open("data.txt", closefd=False),
             lambda: os.fdopen("data.txt")):
    try:
        call()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.remove("data.txt")
