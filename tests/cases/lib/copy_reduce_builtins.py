# object.__reduce_ex__ / __reduce__ on builtin objects and on subclasses of
# builtin types, and copies of those subclasses.
import copy
import copyreg


def show(r):
    if isinstance(r, tuple):
        parts = []
        for item in r:
            if callable(item) and hasattr(item, "__name__"):
                parts.append(item.__name__)
            elif type(item).__name__.endswith("iterator"):
                parts.append(list(item))
            else:
                parts.append(item)
        return tuple(parts)
    return r


def attempt(label, f, *args):
    try:
        print(label, show(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


class A:
    pass


a = A()
a.x = 1
for proto in range(6):
    attempt(proto, a.__reduce_ex__, proto)
attempt("reduce", a.__reduce__)
print(object.__reduce_ex__(a, 4)[0] is copyreg.__newobj__)
print(a.__reduce_ex__(1)[0] is copyreg._reconstructor)


def gen():
    yield 1


for obj in [object(), 1, True, 1.5, "s", b"b", (1, 2), 2j, None, [1, 2],
            {1: 2}, (lambda: 0), gen()]:
    for proto in (0, 1, 2, 4):
        attempt((type(obj).__name__, proto), object.__reduce_ex__, obj, proto)
    attempt((type(obj).__name__, "reduce"), object.__reduce__, obj)


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


class T(tuple):
    pass


class St(str):
    pass


class F(float):
    pass


lst = L([1, [2]])
lst.q = 1
dd = D(a=[1])
for obj in [lst, dd, I(5), T((1, 2)), St("ab"), F(2.5)]:
    for proto in (0, 1, 2):
        attempt((type(obj).__name__, proto), obj.__reduce_ex__, proto)

l2 = copy.deepcopy(lst)
print(type(l2).__name__, l2, l2.q, l2[1] is lst[1])
l3 = copy.copy(lst)
print(type(l3).__name__, l3, l3[1] is lst[1])
d2 = copy.deepcopy(dd)
print(type(d2).__name__, d2, d2["a"] is dd["a"])
for obj in [I(5), T((1, [2])), St("ab"), F(2.5)]:
    c = copy.deepcopy(obj)
    print(type(c).__name__, c, c is obj)

attempt("no arg", object.__reduce_ex__)
attempt("one arg", object.__reduce_ex__, a)
attempt("str proto", object.__reduce_ex__, a, "x")
attempt("extra", object.__reduce__, a, 1)
attempt("getstate none", object.__getstate__)
print(object.__getstate__(object()))
print(callable(object.__reduce_ex__), object.__reduce__.__name__, object.__getstate__.__name__)

try:
    copy.deepcopy(gen())
except TypeError as e:
    print("deepcopy generator:", e)
try:
    copy.copy(gen())
except TypeError as e:
    print("copy generator:", e)
