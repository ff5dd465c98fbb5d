# Builtins that parse their arguments with getargs check the keyword count before
# the names; Argument Clinic words a positional excess its own way; METH_O methods
# refuse keywords before counting; struct's functions take no keywords.
import itertools
import struct

calls = [
    lambda: min(0, default=1, key=2, foo=3),
    lambda: max(0, key=1, default=2, foo=3),
    lambda: min(1, 2, foo=1),
    lambda: itertools.product(0, repeat=1, foo=2),
    lambda: itertools.product(foo=2),
    lambda: ImportError(0, name=1, path=2, foo=3),
    lambda: ImportError(foo=3),
    lambda: NameError(name=1, foo=2),
    lambda: AttributeError(name=1, obj=2, foo=3),
    lambda: int.from_bytes(b"a", "little", False),
    lambda: (1).to_bytes(1, "little", False),
    lambda: {}.__contains__(x=2),
    lambda: {}.__contains__(1, x=2),
    lambda: {}.__getitem__(x=2),
    lambda: struct.pack(x=2),
    lambda: struct.pack_into(x=2),
    lambda: struct.Struct("").pack(x=2),
    lambda: struct.Struct.pack(struct.Struct(""), x=2),
    lambda: struct.Struct("b").pack_into(x=2),
    lambda: struct.pack_into("b"),
    lambda: struct.pack_into("b", bytearray(1)),
    lambda: struct.Struct("b").pack_into(bytearray(1)),
]
for f in calls:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(struct.pack("b", 1), int.from_bytes(b"\x01\x00", "little"), min(3, 1, key=abs))
