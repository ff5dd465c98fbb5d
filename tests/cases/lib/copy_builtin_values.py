# copy / deepcopy of builtin values that are rebuilt from their own __reduce__
# (sets, frozensets, slices, ranges, bytearrays, exceptions) and of their
# subclasses; the reductions themselves.
import copy


class SS(set):
    pass


class FS(frozenset):
    pass


class E(Exception):
    pass


class B(bytearray):
    pass


inner = (2,)
objs = [{1, inner}, frozenset([1, inner]), slice(1, [2]), ValueError("x", [1]),
        E("y"), SS([1]), FS([2]), bytearray(b"ab"), B(b"x"), range(3), 2j,
        ..., NotImplemented, OSError(2, "no", "f")]
for o in objs:
    for f in (copy.copy, copy.deepcopy):
        try:
            r = f(o)
            print(f.__name__, type(r).__name__, repr(r), r is o)
        except Exception as e:
            print(f.__name__, type(o).__name__, type(e).__name__, e)

s = SS([1])
s.tag = [1]
t = copy.deepcopy(s)
print(type(t).__name__, t, t.tag, t.tag is s.tag)
print(SS([1]).__reduce__(), {1}.__reduce__(), frozenset().__reduce__())
print(slice(1, 2).__reduce__(), range(1, 5, 2).__reduce__())
print(B(b"x").__reduce__(), bytearray(b"\xffa").__reduce_ex__(2))
print(bytearray(b"ab").__reduce_ex__(3), bytearray().__reduce_ex__(4))
try:
    set.__reduce__(5)
except TypeError as e:
    print(e)
e = E("m")
e.note = 1
e2 = copy.copy(e)
print(type(e2).__name__, e2.args, e2.note)
