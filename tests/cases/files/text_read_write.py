# text files: write, read back whole, by line, by size, iteration, readlines
with open("notes.txt", "w") as f:
    print(type(f).__name__, f.mode, f.name, f.encoding, f.closed, f.readable(), f.writable())
    print(f.write("alpha\nbeta\n"), f.write(""), f.write("gamma"))
    f.writelines(["\ndelta\n", "epsilon\n"])
print(f.closed)
f = open("notes.txt")
print(repr(f))
print(repr(f.read()))
f.close()
f = open("notes.txt", "r")
print(repr(f.readline()), repr(f.readline(2)), repr(f.readline()), repr(f.read(3)))
print(f.readlines())
print(repr(f.readline()), repr(f.read()))
f.close()
with open("notes.txt") as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip("\n"))
with open("notes.txt") as f:
    print(f.readlines(8))
print(list(open("notes.txt"))[-1:])
print(sum(1 for _ in open("notes.txt")))
