with open("u.txt", "w", encoding="utf-8") as f:
    print(f.encoding, f.write("héllo wörld ✓\n"))
print(open("u.txt", "rb").read())
with open("u.txt") as f:
    print(f.read(3), f.read())
with open("u.txt", encoding="latin-1") as f:
    print(f.encoding, repr(f.read()))
with open("l.txt", "w", encoding="latin-1") as f:
    f.write("café")
print(open("l.txt", "rb").read())
try:
    open("l.txt").read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(repr(open("l.txt", errors="replace").read()), repr(open("l.txt", errors="ignore").read()))
try:
    with open("a.txt", "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open("a.txt", "w", encoding="ascii", errors="replace") as f:
    f.write("naïve")
print(open("a.txt").read())
