# Methods called on a class object: classmethods get the class they were called
# on, staticmethods and plain functions get nothing bound, and rebinding the name
# (on the class or a base) is seen at once.
import gc, sys

class S:
    n = 0
    @classmethod
    def make(cls, v): return (cls.__name__, v)
    @staticmethod
    def twice(v): return 2 * v
    def plain(self): return "plain " + type(self).__name__
    def __repr__(self): return "<S>"

class T(S): pass

for i in range(3):
    print(S.make(i), T.make(i), S.twice(i), T.twice(i), S.plain(T()))
S.make = classmethod(lambda cls, v: ("lambda", cls.__name__, v))
print(S.make(1), T.make(2))
del S.make
try:
    S.make(1)
except AttributeError as e:
    print("error", e)
T.twice = staticmethod(lambda v: -v)
print(S.twice(3), T.twice(3))
S.twice = 5
try:
    S.twice(1)
except TypeError as e:
    print("error", e)

class R:
    @classmethod
    def count(cls): return sys.getrefcount(cls)
base = sys.getrefcount(R)
print("refcount during call", R.count() - base)

class M(type):
    def make(cls, v): return "meta"
class WithMeta(metaclass=M):
    pass
print(WithMeta.make(1))
class WithMeta2(metaclass=M):
    @classmethod
    def make(cls, v): return ("own", v)
print(WithMeta2.make(2))

S.cm = classmethod(lambda cls: cls)
print([T.cm().__name__ for i in range(3)], S.cm() is S)
