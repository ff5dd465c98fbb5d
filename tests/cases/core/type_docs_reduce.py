# Builtin classes carry __doc__ (a str or None) that instances find; sequence iterators
# pickle through __reduce__/__setstate__; Ellipsis/NotImplemented reduce to their
# names; a class's getset attributes cannot be deleted or replaced.
for T in (dict, list, int, str, type, object, tuple, set, float, property, BaseException):
    print(T.__name__, isinstance(T.__doc__, str), T.__doc__ == T().__doc__ if T not in (type, property) else "")
print(type(iter([])).__doc__, ValueError.__doc__ is None or isinstance(ValueError.__doc__, str))
print("__doc__" in dir(int), "__doc__" in dict.__dict__, "__doc__" in dir(ValueError()))


class Plain:
    pass


class Doc(dict):
    "my dict"


print(Plain.__doc__, Plain().__doc__, Doc.__doc__, Doc().__doc__)

it = iter([1, 2, 3])
next(it)
f, args, idx = it.__reduce__()
print(f is iter, args, idx)
it.__setstate__(0)
print(next(it), list(it), it.__reduce__()[1:])
s = iter("héllo")
s.__setstate__(3)
print(next(s), s.__reduce__()[1:])
s.__setstate__(-5)
print(next(s))
s.__setstate__(99)
print(list(s))
t = iter((1, 2, 3))
t.__setstate__(2)
print(list(t))
b = iter(b"abc")
b.__setstate__(1)
print(list(b))
r = reversed([1, 2, 3, 4])
next(r)
print(r.__reduce__()[0] is reversed, r.__reduce__()[1:])
r.__setstate__(1)
print(list(r))
for bad in ("x", 1.5):
    try:
        iter([]).__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)

print(Ellipsis.__reduce__(), NotImplemented.__reduce__(), type(...).__reduce__(...))


class D:
    __qualname__ = "DD"


for name in ("__qualname__", "__name__", "__module__", "__doc__", "__bases__"):
    try:
        delattr(D, name)
    except TypeError as e:
        print("TypeError", e)
for name in ("__dict__", "__mro__"):
    try:
        setattr(D, name, {})
    except AttributeError as e:
        print("AttributeError", e)
print(D.__qualname__, D.__name__)
