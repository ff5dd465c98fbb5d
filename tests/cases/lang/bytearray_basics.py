# Checks: bytearray construction, repr, mutation (append/extend/pop/insert/remove,
# item and slice assignment, del), methods shared with bytes, and errors.
b = bytearray()
print(b, repr(b), type(b).__name__, len(b), bool(b), isinstance(b, bytearray), isinstance(b, bytes))
for i in range(10):
    b.append(65 + i)
print(b, b[0], b[-1], b[2:5], b[::3], list(b[:3]), 66 in b, b"CD" in b)
b[0] = 97
b[1:3] = b"XYZ"
print(b, len(b))
b[::2] = b"123456"
print(b)
del b[0]
del b[::3]
print(b)
print(b.pop(), b.pop(0), b)
b.extend(b"hi")
b.extend([1, 2])
b.extend(bytearray(b"!"))
b += b"+="
print(b)
c = bytearray(b"abc")
c.insert(0, 120)
c.insert(-1, 121)
c.insert(100, 122)
c.remove(98)
print(c)
c.reverse()
print(c, c.copy(), c.copy() is c)
print(bytearray(b"cax") == b"cax", b"cax" == bytearray(b"cax"), bytearray(b"a") < b"b", bytearray(b"a") + b"1", b"1" + bytearray(b"a"), bytearray(b"ab") * 2)
c *= 2
print(c)
c.clear()
print(c)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"q"), bytearray(range(3)))
print(bytearray(b"Hello").upper(), bytearray(b"a,b").split(b","), bytearray(b"abc").decode(), bytearray.fromhex("41 42"))
print(bytearray(b" x ").strip(), bytearray(b"x").join([b"a", b"b"]), bytearray(b"abc").hex(), bytearray(b"abc").find(b"c"))
print(bytes(bytearray(b"to bytes")), list(bytearray(b"\x00\x01")), f"{bytearray(b'f')}")
for expr in [
    'bytearray(b"a").pop(5)', 'bytearray().pop()', 'bytearray(b"a").append(256)',
    'bytearray(b"a").append("x")', 'bytearray(b"a").remove(9)', 'hash(bytearray())',
    'bytearray(3.0)', 'bytearray(b"a")[4]', 'bytearray(b"a")["x"]', 'bytearray(b"a") + "x"',
    'bytearray(b"a").extend("s")', 'bytearray(b"a").extend(5)', 'bytearray([256])',
]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
def setbig():
    x = bytearray(b"ab")
    x[0] = 300
def setstr():
    x = bytearray(b"ab")
    x[0] = "s"
def setext():
    x = bytearray(b"abcd")
    x[::2] = b"xyz"
for f in (setbig, setstr, setext):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
