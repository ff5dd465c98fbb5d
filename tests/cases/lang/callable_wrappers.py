# Method-wrappers and slot wrappers are callable through __call__ too, and a
# bound method of any callable is named by its __qualname__, else __name__.
import types
f = lambda: "f"
w = f.__call__
print(type(w).__name__, type(w.__call__).__name__, w.__call__())
for i in range(1000):
    f = f.__call__
print(f())
print(list.__add__.__call__([1], [2]), [].__len__.__call__())
class MyCallable:
    def __call__(self, arg):
        return arg
func = MyCallable()
m = types.MethodType(func, 5)
print(repr(m).split(" of ")[0], m())
func.__name__ = "name"
print(repr(m).split(" of ")[0])
func.__qualname__ = "qualname"
print(repr(m).split(" of ")[0])
func.__qualname__ = 3
print(repr(m).split(" of ")[0])
class C:
    __slots__ = ()
    @classmethod
    def cm(cls): pass
print(repr(C.cm).split(" of ")[0], repr(C().cm).split(" at ")[0])
print(C.__basicsize__, type("D", (C,), {}).__basicsize__)
class S:
    __slots__ = ("a", "b")
class T(S):
    pass
print(S.__basicsize__, T.__basicsize__)
