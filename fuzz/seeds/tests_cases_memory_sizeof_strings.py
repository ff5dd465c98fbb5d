# Checks: sys.getsizeof of str in its compact forms: ASCII, latin-1, UCS-2 (BMP), UCS-4 (astral), by length.
import sys
print("empty", sys.getsizeof(""))
for n in [1, 2, 10, 100]:
    print("ascii", n, sys.getsizeof("a" * n))
for n in [1, 2, 10]:
    print("latin1", n, sys.getsizeof("\xe9" * n))
for n in [1, 2, 10]:
    print("ucs2", n, sys.getsizeof("\u4e2d" * n))
for n in [1, 2, 10]:
    print("ucs4", n, sys.getsizeof("\U0001F600" * n))
print("mixed widest wins", sys.getsizeof("a\xe9"), sys.getsizeof("a\u4e2d"), sys.getsizeof("a\U0001F600"))
print("concat", sys.getsizeof("abc" + "def"), sys.getsizeof("".join(["x"] * 5)))
print("slice", sys.getsizeof("hello world"[2:7]), "upper", sys.getsizeof("abc".upper()))
