# Checks: bytes literals (all prefixes, escapes, concatenation), repr quoting, len,
# indexing, slicing, iteration, `in`, comparisons, hashing, + and *, constructors.
b = b"hello world"
print(b, repr(b), str(b), type(b).__name__, type(b), isinstance(b, bytes))
print(B"x", Rb"\x41", bR"\d", rb"raw\n", BR"q", b'single', b"""tri'ple""", b'''t"q''')
print(b"\101\x41\n\t\r\\\q\0", b"a" b'b' rb"\c")
print(b"a\x00'\"", b"it's", b'say "hi"', b"\x7f\x80\xff\x1f", b"")
print(len(b), b[0], b[-1], b[1:4], b[::-1], b[::2], b[100:], b[-3:])
print(list(b"abc"), [x for x in b"\x00\xff"], tuple(b"hi"), sum(b"ab"))
print(b"ell" in b, 104 in b, 0 in b, b"" in b, b"xyz" in b)
print(b == b"hello world", b != b"x", b < b"hellp", b"a" <= b"a", b"b" > b"a", b >= b)
print(b"a" == "a", "a" == b"a", b"a" != "a", b"" == "", b"1" == 1)
print(hash(b"abc") == hash(b"ab" + b"c"), hash(b"") == 0, hash(b"abc") == hash("abc"))
print(b + b"!", b"ab" * 3, 2 * b"x", b"x" * 0, b"x" * -1, bool(b""), bool(b"a"))
d = {b"a": 1, "a": 2}
print(d[b"a"], d["a"], len(d), len({b"a", b"a"}))
print(sorted([b"b", b"a", b"ab"]), max(b"az"), min(b"az"))
print(bytes(), bytes(3), bytes([65, 66]), bytes((1, 2)), bytes(range(3)))
print(bytes("é", "utf-8"), bytes("é", encoding="latin-1"), bytes(b"xy"), bytes(bytearray(b"z")))
x = b"same"
print(bytes(x) is x)
print(f"{b'x'}", f"{b'x'!r}", f"{b'x'!s}", "{}".format(b"z"), "%s %r" % (b"s", b"r"))
print(str(b"q"), format(b"f"))
for expr in [
    'b"a" + "b"', 'b"a" + 1', '"a" + b"a"', '"a" in b"abc"', '300 in b"abc"',
    'b"abc"[5]', 'b["x"]', 'bytes(-1)', 'bytes([300])', 'bytes(["a"])',
    'bytes("abc")', 'bytes(1.5)', 'bytes(None)', 'bytes(b"a", "utf-8")', 'bytes("a", "foo")',
    'b"a" < "a"', 'b"a" * "a"', 'b"a" * 1.5', 'format(b"x", "10")',
]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
def assign():
    x = b"ab"
    x[0] = 1
def delete():
    x = b"ab"
    del x[0]
for f in (assign, delete):
    try:
        f()
    except TypeError as e:
        print(e)
print(str(b"abc", "utf-8"), str(b"\xe9", "latin-1"), str(b"abc", encoding="ascii"), str(b"a", errors="strict"))
print(ord(b"a"), ord(bytearray(b"z")), list(reversed(b"abc")), sorted(b"cba"), [*b"ab"])
print(b"ab".__getitem__(1), b"ab".__contains__(97), b"a".__add__(b"b"), b"x".__mul__(2), b"a".__eq__(bytearray(b"a")))
print(b"a".__hash__() == hash(b"a"), b"a".__eq__("a"), bytearray.__hash__, b"abc".__len__())
for expr in ['ord(b"ab")', 'str("abc", "utf-8")', 'str(1, "utf-8")', 'str(b"\\xff", "utf-8")', 'str(b"a", "utf-8", "strict", 1)']:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
