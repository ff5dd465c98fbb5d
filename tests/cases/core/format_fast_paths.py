# f-strings and %-formatting of strs and ints (the interpreter's fast paths) and
# of everything else (the general path) give CPython's text and errors.
class S(str):
    def __str__(self):
        return "S.__str__"
    def __format__(self, spec):
        return "S.__format__"

class I(int):
    def __str__(self):
        return "I.__str__"

vals = ["txt", "", "é", 0, -7, 2**70, True, None, 1.5, S("s"), I(3), [1, "a"], (2,)]
for v in vals:
    print(f"{v}|{v!s}|{v!r}|" + "%s" % (v,) + "|%r" % (v,))
    try:
        print(f"{v:>4}|")
    except TypeError as e:
        print("TypeError:", e)
print("%s: %s" % ("a", "b"), "%d%%" % 5, "%s" % "x", "%s-%d" % (1, -2), "100%%" % ())
cases = [("%s %s", ("a",)), ("%s", ("a", "b")), ("%", ()), ("%s %", ("a",)),
         ("%d", "x"), ("%s", (1.5,)), ("%5s", "ab"), ("%(a)s", {"a": 1}),
         ("%s", [1]), ("%s%s", ("é", "ü")), ("%d", (True,)), ("%s", (S("z"),)), ("%d", (I(4),))]
for f, a in cases:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
parts = []
for i in range(-3, 300, 50):
    parts.append(f"{i}:{i!s}")
print(" ".join(parts))
x = "abc"
print("".join([x]) is x, ", ".join((x,)) is x, "-".join(iter([x])) is x, "".join([S("q")]), type("".join([S("q")])))
print(f"{vals[7]:>4}")
