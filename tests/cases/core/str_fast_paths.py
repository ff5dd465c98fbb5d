# str operations with fast paths: results, identities CPython guarantees, sizes
# (the cached character count and width of strings built from other strings).
import sys

s = "abc" * 3
# PyObject_Str and PyObject_Format return an exact str itself.
print(f"{s!s}" is s, f"{s}" is s, format(s, "") is s, format(s) is s, str(s) is s)
x = 12345
print(f"{x}", f"{x!s}", f"{x!r}", f"{x:05d}", f"{x!s:>8}", f"{-x:+,}", f"{x:_x}")
print(f"{3:03d}|{-3:03d}|{3:<5d}|{3:^7d}|{3:=+6d}|{1234567:,}|{1234567:010,}|{255:#x}")
print(f"{255:08b}|{3:*^9}|{-42:€>6}|{0:03d}|{-9223372036854775808}|{9223372036854775807:d}")


class A:
    def __format__(self, spec):
        return "A<" + spec + ">"


print(f"{A():xyz}", f"{A()}", format(A(), "q"), format(A()))

# split / join / case mapping / count, ASCII and not.
print("a,b,,c".split(","), "a::b::c".split("::"), "x".split(","), "a b  c ".split())
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "é,ü,€".split(","), "a€b€".split("€"))
print(",".join(["é", "a", "😀"]), "-".join([]), "-".join(("a",)), "".join(x for x in "abc"))
print("hello".upper(), "ÿß".upper(), "ABC".lower(), "ΣΑΣ".lower())
print("banana".count("an"), "aaaa".count("aa"), "aaa".count(""), "héé".count("é"), "abcabc".count("a", 1))
for name in ("find", "count", "index", "partition"):
    try:
        getattr("a", name)(1)
    except TypeError as e:
        print(name, e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)

# Sizes follow the widest character, however the string was built.
print(sys.getsizeof("ÿ".upper()), sys.getsizeof(",".join(["é", "€"])), sys.getsizeof(f"{'€'}x{1}"))
print(sys.getsizeof("a,€".split(",")[0]), sys.getsizeof("a€".split("€")[0]), sys.getsizeof("é" + "a"))
print(sys.getsizeof("-".join(["a"] * 10)), sys.getsizeof("😀".join(["a", "b"])), sys.getsizeof(f"{x}"))
print(hash("abc"), hash("é"), hash(",".join(["a", "b"])), hash(f"{x}"))

# Unpacking lists and tuples of the right and wrong lengths.
a, b = "k:v".split(":")
c, d = (1, 2)
print(a, b, c, d)
for bad in (["x"], ["x", "y", "z"], (1,)):
    try:
        p, q = bad
    except ValueError as e:
        print(e)
t = ""
for i in range(30):
    t += str(i % 10)
print(t, len(t), t.count("7"))
