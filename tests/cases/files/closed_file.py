# operations on a closed file
f = open("c.txt", "w")
f.write("x")
f.close()
f.close()
print(f.closed)
for op in ["f.read()", "f.readline()", "f.write('y')", "f.tell()", "f.seek(0)", "next(f)", "f.flush()", "f.readlines()", "iter(f)"]:
    try:
        eval(op)
    except ValueError as e:
        print(op, e)
g = open("c.txt", "rb")
g.close()
for op in ["g.read()", "g.readline()", "g.seek(0)", "g.tell()", "g.write(b'x')"]:
    try:
        eval(op)
    except ValueError as e:
        print(op, e)
try:
    with f:
        pass
except ValueError as e:
    print("with:", e)
f.read()
