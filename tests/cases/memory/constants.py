# Constants as CPython's compiler makes them: shared within a compilation unit,
# folded, interned; the empty tuple and one-character strings are singletons.
import sys

x = 123456
print(sys.getrefcount(x))


def in_function():
    z = 777777
    return sys.getrefcount(z)


print(in_function())


def f():
    return 1000


def g():
    return 1000


print(f() is g())
t = (1, 2)
t2 = (1, 2)
print(t is t2)
e = ()
print(e is tuple(), e is tuple([]))
a = "hel" + "lo"
b = "hello"
print(a is b)
a = "ab" * 2
b = "abab"
print(a is b)
a = 1000 * 1000
b = 1000000
print(a is b, sys.getrefcount(a))
print(2 ** 10, -7 // 2, -7 % 3, 1 << 40, 10 / 4, 3 * 1.5, 1 - 0.5)
print(("a",) + ("b",), (0,) * 3, b"x" * 3, "-" * 0)
print(~5, +7, -(-3))

# Interning: identifier-like constants and names are interned; sys.intern does it
# for any string.
s = "hello_world"
u = "".join(["hello", "_", "world"])
print(s == u, s is u, sys.intern(u) is s)
w = "".join(["not an", " identifier!"])
print(sys.intern(w) is sys.intern("not an identifier!"))

# The empty string and one-character Latin-1 strings are singletons.
empty = ""
letter = "a"
abc = "abc"
print(abc[1:1] is empty, abc[0] is letter, str() is empty, "".join([]) is empty)
