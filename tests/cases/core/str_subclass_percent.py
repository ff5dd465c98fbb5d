# str % arg formats the argument as it is: a str subclass's __str__ is what %s
# shows, and a str subclass on the right that defines __rmod__ is asked first.
class S(str):
    def __str__(self):
        return "S!"
x = S("b")
print("%s" % x, "%s" % (x,), "[%5s]" % x, "%r" % x, str.__mod__("%s", x))
print("%s|%s" % (x, 1), f"{x!s}", "{}".format(x), format(x))
class R(str):
    def __rmod__(self, other):
        return "rmod(" + other + ")"
print("x%s" % R("q"), "%d" % 3)
class L(list):
    def __repr__(self):
        return "L!"
print("%s" % L([1]))
try:
    "%s %s" % S("b")
except TypeError as e:
    print("TypeError:", e)
