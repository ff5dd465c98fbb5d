# difflib.diff_bytes runs unified_diff/context_diff over bytes, byte for byte.
import difflib

a = [b"one\n", b"caf\xc3\xa9\n", b"\xff three\n"]
b = [b"one\n", b"cafe\n", b"\xff three\n", b"four\n"]
for line in difflib.diff_bytes(difflib.unified_diff, a, b, b"old", b"new", b"d1", b"d2"):
    print(line)
print(list(difflib.diff_bytes(difflib.context_diff, [b"x\n"], [b"y\n"], n=0)))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["text"], [b"bytes"]))
except TypeError as e:
    print("TypeError:", e)
print("diff_bytes" in difflib.__all__)
