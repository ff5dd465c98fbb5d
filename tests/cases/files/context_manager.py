try:
    with open("cm.txt", "w") as f:
        f.write("partial")
        raise RuntimeError("boom")
except RuntimeError as e:
    print(e, f.closed)
print(open("cm.txt").read())
with open("cm.txt") as a, open("cm2.txt", "w") as b:
    b.write(a.read().upper())
print(a.closed, b.closed, open("cm2.txt").read())
print(f.__enter__ is not None, type(f).__module__)
