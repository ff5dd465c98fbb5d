# Memory model of dataclass and enum objects: instance sizes (slots=True has no __dict__),
# refcounts of instances, fields, members and flag pseudo-members, finalizer timing.
import sys
from dataclasses import dataclass, field, fields
from enum import Enum, Flag


@dataclass
class A:
    x: int
    y: list = field(default_factory=list)


@dataclass(slots=True)
class S:
    x: int
    y: int


a = A(1)
print(sys.getsizeof(a), sys.getsizeof(S(1, 2)), sys.getsizeof(a.__dict__))
print(sys.getrefcount(a), sys.getrefcount(A.__dataclass_fields__['x']), sys.getrefcount(fields(A)[0]))


class C(Enum):
    R = 1
    G = 2


class F(Flag):
    A = 1
    B = 2


print(sys.getrefcount(C.R), sys.getrefcount(F.A), sys.getsizeof(C.R), sys.getsizeof(F.A | F.B))
print(sys.getrefcount(F.A | F.B), sys.getrefcount(C), (F.A | F.B) is F(3))


class D:
    def __del__(self):
        print('del D')


@dataclass
class H:
    d: object


h = H(D())
del h
print('end')
