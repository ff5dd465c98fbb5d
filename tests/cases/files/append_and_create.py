# modes a, x, w+, r+, a+
with open("log.txt", "a") as f:
    print(f.tell())
    f.write("one\n")
with open("log.txt", "a") as f:
    print(f.tell())
    f.write("two\n")
print(open("log.txt").read(), end="")
try:
    open("log.txt", "x")
except FileExistsError as e:
    print(type(e).__name__, e, e.errno)
with open("new.txt", "x") as f:
    f.write("created")
print(open("new.txt").read())
with open("new.txt", "w+") as f:
    print(repr(f.read()))
    f.write("hello world")
    f.seek(0)
    print(f.read(), f.tell())
with open("new.txt", "r+") as f:
    print(f.read(5))
    f.write("!!")
print(open("new.txt").read())
with open("new.txt", "a+") as f:
    f.write(" tail")
    f.seek(0)
    print(f.read())
