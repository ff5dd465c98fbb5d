import io
f = open("u.txt", "w")
for op in ["f.read()", "f.readline()", "list(f)"]:
    try:
        eval(op)
    except io.UnsupportedOperation as e:
        print(op, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
r = open("u.txt")
try:
    r.write("x")
except io.UnsupportedOperation as e:
    print(e)
try:
    r.seek(1, 1)
except io.UnsupportedOperation as e:
    print(e)
try:
    r.seek(-1)
except ValueError as e:
    print(e)
r.close()
b = open("u.txt", "wb")
try:
    b.read()
except io.UnsupportedOperation as e:
    print(e)
b.close()
b = open("u.txt", "rb")
try:
    b.write(b"x")
except io.UnsupportedOperation as e:
    print(e)
b.close()
