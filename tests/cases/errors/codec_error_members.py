# The UnicodeEncodeError and UnicodeDecodeError that str.encode, bytes.decode,
# str(b, enc), bytes(s, enc), eval/exec/compile of a str holding lone surrogates
# raise carry their five members: encoding, object (the str itself; a new bytes of
# the data), start, end and reason, and str() names a lone surrogate by its code.
def show(f):
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e.args, e.start, e.end, e.reason, e.encoding)
        print(" ", e)
        return e


s = "aé\ud800z"
e = show(lambda: s.encode("ascii"))
print(e.object is s)
e = show(lambda: s.encode("utf-8"))
print(e.object is s)
show(lambda: s.encode("latin-1"))
show(lambda: "\ud800\udfff".encode("utf-8"))
e = show(lambda: bytes(s, "utf-8"))
print(e.object is s)
b = b"ab\xff\xfecd"
e = show(lambda: b.decode("utf-8"))
print(e.object is b, type(e.object).__name__)
show(lambda: b.decode("ascii"))
show(lambda: str(bytearray(b"x\x80"), "ascii"))
show(lambda: b"\x00\xd8".decode("utf-16-le"))
show(lambda: b"\xe2\x82".decode("utf-8"))
show(lambda: "\ud800".encode("utf-16"))
for src in ("\ud800", "x = 1  # \udcff"):
    for fn in (eval, exec):
        e = show(lambda: fn(src))
        print(e.object is src)
show(lambda: compile("'\udc80'", "<s>", "eval"))
try:
    b"\xff".decode("ascii", "xmlcharrefreplace")
except TypeError as e:
    print("TypeError", e)
