# Checks: str and bytes methods that change nothing answer with an exact receiver itself
# (CPython's unicode_result_unchanged / stringlib return_self): padding that adds
# nothing, a prefix or suffix not there, bytes.replace finding nothing, and a split with
# nothing to split at puts the receiver in the list, except a whitespace split with
# maxsplit=0, which copies. Subclass instances and bytearrays always get new objects.
s = str(len("abc")) * 3 + "q"
t = " ab "
cases = [
    ("center", s.center(1)), ("ljust", s.ljust(0)), ("rjust", s.rjust(2)), ("zfill", s.zfill(1)),
    ("center wide", s.center(10)), ("removeprefix", s.removeprefix("z")),
    ("removesuffix", s.removesuffix("z")), ("removeprefix hit", s.removeprefix("3")),
    ("split", s.split()[0]), ("split sep", s.split("z")[0]), ("rsplit", s.rsplit(None, 1)[0]),
    ("splitlines", s.splitlines()[0]), ("split maxsplit=0", s.split(None, 0)[0]),
    ("split sep maxsplit=0", s.split("3", 0)[0]), ("rsplit kw", s.rsplit(maxsplit=0)[0]),
]
for name, r in cases:
    print("str", name, r is s)
print("str padded pieces", t.split()[0] is t, (t + "\n").splitlines(True)[0] is t)
b = bytes([67]) * 3
cases = [
    ("center", b.center(1)), ("ljust", b.ljust(0)), ("rjust", b.rjust(3)), ("zfill", b.zfill(2)),
    ("removeprefix", b.removeprefix(b"z")), ("removeprefix hit", b.removeprefix(b"C")),
    ("split", b.split()[0]), ("split sep", b.split(b"z")[0]), ("rsplit", b.rsplit()[0]),
    ("splitlines", b.splitlines()[0]), ("split maxsplit=0", b.split(None, 0)[0]),
    ("replace missing", b.replace(b"q", b"z")), ("replace equal", b.replace(b"C", b"C")),
    ("replace hit", b.replace(b"C", b"D")),
]
for name, r in cases:
    print("bytes", name, r is b)
ba = bytearray(b"CCC")
print("bytearray", ba.center(1) is ba, ba.split()[0] is ba)


class S(str):
    pass


ss = S("abc")
print("subclass", ss.center(1) is ss, type(ss.center(1)).__name__, ss.split()[0] is ss)
