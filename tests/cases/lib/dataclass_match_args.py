# @dataclass sets __match_args__ to the __init__ fields in order (unless the class
# defines it or match_args=False), so class patterns take positional sub-patterns.
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0
    tag: str = field(default="p", init=False)


@dataclass(match_args=False)
class NoArgs:
    a: int


@dataclass
class Own:
    a: int
    b: int
    __match_args__ = ("b",)


@dataclass
class Point3(Point):
    z: int = 0


print(Point.__match_args__, Point3.__match_args__, Own.__match_args__)
print("__match_args__" in NoArgs.__dict__)
for obj in [Point(1, 2), Point(3), Point3(1, 2, 3), Own(1, 2), NoArgs(5)]:
    match obj:
        case Point3(a, b, c):
            print("Point3", a, b, c)
        case Point(0 | 1 as a, b):
            print("Point small", a, b)
        case Point(a):
            print("Point", a)
        case Own(b):
            print("Own", b)
        case NoArgs(a=a):
            print("NoArgs", a)
try:
    match NoArgs(1):
        case NoArgs(a):
            pass
except TypeError as e:
    print("TypeError:", e)
