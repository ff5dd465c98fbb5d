# Interned strings: identifier-like constants are interned (shared across code
# objects), the intern table's own reference is not counted, and sys.intern interns
# the very object it is given when its text is not interned yet.
import sys

a = "zzqq"
print(sys.getrefcount(a))  # co_consts, the global, the argument
print(sys.getrefcount("zzqq"))


def f():
    return "zzqq"


print(f() is a, sys.getrefcount(a))

s = "".join(["hello", " ", "world"])  # made at run time: not interned
print(s is "hello world", sys.getrefcount(s))
t = sys.intern(s)
print(t is s, sys.getrefcount(s))  # the very object: s, t, the argument
u = "".join(["hello", " ", "world"])
print(u is s, sys.intern(u) is s, sys.getrefcount(u))
print(sys.intern("zzqq") is a)
del t
print(sys.getrefcount(s))


class S(str):
    pass


for bad in (S("x"), 1, None):
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.intern()
except TypeError as e:
    print("TypeError:", e)
