# Text files in single-byte (charmap) encodings: written and read back through the
# codec's table, its aliases found, unmapped bytes and characters reported as the
# charmap codec does, errors= handlers; and source bytes declaring such a coding.
text = "Пітон € №"
with open("cp1251.txt", "w", encoding="cp1251") as f:
    print(f.encoding)
    f.write(text + "\n")
with open("cp1251.txt", "rb") as f:
    print(f.read())
with open("cp1251.txt", encoding="windows-1251") as f:
    print(repr(f.read()), f.encoding)

with open("box.txt", "w", encoding="cp437") as f:
    f.write("╔═╗ ñ\n")
with open("box.txt", "rb") as f:
    print(f.read())
with open("box.txt", encoding="IBM437") as f:
    print(f.readline().rstrip(), f.tell())

try:
    with open("x.txt", "w", encoding="cp1252") as f:
        f.write("ok \u3042")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open("x.txt", "w", encoding="cp1252", errors="replace") as f:
    f.write("a\u3042b")
with open("x.txt", "rb") as f:
    print(f.read())

with open("gap.bin", "wb") as f:
    f.write(b"A\x81B")
try:
    with open("gap.bin", encoding="cp1252") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open("gap.bin", encoding="cp1252", errors="replace") as f:
    print(repr(f.read()))
with open("gap.bin", encoding="cp1252", errors="ignore") as f:
    print(repr(f.read()))

try:
    open("y.txt", "w", encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)

src = b'# -*- coding: cp1251 -*-\ns = "\xcf\xb3\xf2\xee\xed"\n'
ns = {}
exec(compile(src, "<cp1251>", "exec"), ns)
print(ns["s"])
try:
    compile(b'# -*- coding: iso8859-7 -*-\n\xe1 = 0xI', "<greek>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    compile(b'# coding: cp1252\nx = "\x81"\n', "<gap>", "exec")
except SyntaxError as e:
    print(e.msg)
with open("mod_koi8.py", "wb") as f:
    # (bytes spelled out: `import encodings` would find this directory's case)
    f.write(b'# coding: koi8-r\nword = "\xd0\xd2\xc9\xd7\xc5\xd4"\n')
import sys
sys.path.insert(0, ".")
import mod_koi8
print(mod_koi8.word)
