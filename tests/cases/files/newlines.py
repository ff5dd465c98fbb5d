# universal newlines on reading; newline= on reading and writing
with open("nl.txt", "wb") as f:
    f.write(b"a\r\nb\rc\nd\r\n\r\ne")
print(repr(open("nl.txt").read()))
print(list(open("nl.txt")))
print(list(open("nl.txt", newline="")))
print(list(open("nl.txt", newline="\n")))
print(list(open("nl.txt", newline="\r")))
print(list(open("nl.txt", newline="\r\n")))
print(repr(open("nl.txt", newline="").read()))
f = open("nl.txt")
print(repr(f.read(2)), repr(f.read(2)), repr(f.read(3)))
f.close()
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open("w.txt", "w", newline=nl) as f:
        f.write("x\ny\n")
    print(repr(nl), open("w.txt", "rb").read())
