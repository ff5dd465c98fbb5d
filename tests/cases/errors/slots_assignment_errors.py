# Storing or deleting an attribute the class has (not a data descriptor) on an
# instance without __dict__ is "read-only"; __class__ assignment requires the
# two classes' layouts to have been extended from the same base with the same
# slots (CPython's compatible_for_assignment).
class B:
    y = 0
    __slots__ = ('z',)
for op in ("get x", "del x", "set x", "del y", "set y", "get z", "del z"):
    what, name = op.split()
    try:
        if what == "get":
            getattr(B(), name)
        elif what == "del":
            delattr(B(), name)
        else:
            setattr(B(), name, 0)
    except AttributeError as e:
        print(op, "AttributeError", e)

class G(object):
    __slots__ = ["a", "b"]
class H(object):
    __slots__ = ["b", "a"]
class I(object):
    __slots__ = ["a", "b"]
class J(object):
    __slots__ = ["c", "b"]
class L(H):
    __slots__ = ["e"]
class M(I):
    __slots__ = ["e"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
for cls, cls2 in ((G, H), (G, I), (Q, R), (L, M), (M, L), (G, J), (G, L)):
    x = cls()
    try:
        x.__class__ = cls2
        print(cls.__name__, "->", type(x).__name__)
    except TypeError as e:
        print(cls.__name__, "->", cls2.__name__, "TypeError", e)
