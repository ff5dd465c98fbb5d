with open("s.txt", "w") as f:
    f.write("0123456789\nabcdef\n")
    print(f.tell())
with open("s.txt") as f:
    print(f.tell(), f.read(4), f.tell())
    print(f.readline(), f.tell())
    print(f.seek(0), f.read(3))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(11), f.readline())
with open("s.txt", "rb") as f:
    print(f.seek(-3, 2), f.read())
    print(f.seek(2), f.seek(3, 1), f.read(2), f.tell())
with open("s.txt", "r+") as f:
    f.seek(5)
    f.write("XY")
    print(f.tell())
print(open("s.txt").read(), end="")
with open("s.txt", "r+") as f:
    print(f.truncate(4), f.read())
print(repr(open("s.txt").read()))
