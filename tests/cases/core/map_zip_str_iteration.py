# map over one to six iterables (its arguments on the native stack or in a vector),
# the end and errors of each, and `for ch in text` (str iteration's fast path).
import sys


def f(*a):
    return sum(a)


for n in range(1, 7):
    its = [list(range(k, k + 3 + (k == 0))) for k in range(n)]
    print(n, list(map(f, *its)))


class C:
    def __del__(self):
        print("del C")


def boom(*a):
    raise KeyError(len(a))


for n in (1, 2, 5):
    try:
        list(map(boom, *[[C()] for _ in range(n)]))
    except KeyError as e:
        print("KeyError", e)


def stop(x):
    if x == 2:
        raise StopIteration("from func")
    return x


m = map(stop, [1, 2, 3])
print(list(m), list(m))
m = map(stop, [1, 2, 3])
print(next(m))
try:
    next(m)
except StopIteration as e:
    print("StopIteration", e)


def gen():
    yield 1
    raise ValueError("in gen")


for n in (1, 2, 5):
    try:
        print(list(map(f, *([gen()] + [[1, 2]] * (n - 1)))))
    except ValueError as e:
        print("ValueError", e)

# Items given to the function and dropped at once; the iterators are not copied.
objs = [object() for _ in range(3)]
print([sys.getrefcount(o) for o in map(lambda o: o, objs)])
print(list(map(lambda *a: len(a), *([[1]] * 6))))
l = [1, 2, 3]
print(list(map(lambda x: l.pop() if len(l) > 1 else x, l)), l)

# Strings: ASCII, non-ASCII, a lone surrogate, a subclass, a growing loop.
for s in ("abc", "héllo wörld", "\udc80x", "日本語"):
    print([ch for ch in s], [ord(ch) for ch in s])


class S(str):
    pass


print([ch for ch in S("sub")])
it = iter("xy")
print(next(it), [c for c in it], list(it))
total = 0
for ch in "0123456789" * 3:
    total += int(ch)
print(total)
print("done")
