# Checks: @dataclass __init__/__repr__/__eq__, defaults, field(default_factory=...),
# order=True, frozen=True, __post_init__, inheritance, fields/asdict/astuple/replace,
# and the errors for bad construction.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass
from typing import List, ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p.x, p.y, Point.y, Point.__hash__, is_dataclass(p), is_dataclass(5))
p.x = 10
print(p)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    secret: str = field(default="s", repr=False, compare=False)


a, b = Inventory("a"), Inventory("b")
a.items.append("sword")
print(a, b, a.items is not b.items, Inventory.count, [f.name for f in fields(a)])
print(Inventory("x", ["y"], "1") == Inventory("x", ["y"], "2"))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 5), max(vs))


@dataclass(frozen=True)
class Frozen:
    name: str
    tags: tuple = ()


f = Frozen("ice")
try:
    f.name = "water"
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(f, hash(f) == hash(Frozen("ice")), {f: 1}[Frozen("ice")], isinstance(FrozenInstanceError(), AttributeError))


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2, 3).area)


@dataclass
class Point3(Point):
    z: int = 0


print(Point3(1, 2, 3), [f.name for f in fields(Point3)])
print(asdict(Point3(1, 2, 3)), astuple(Point(5, 6)), replace(p, y=99))


@dataclass
class Line:
    start: Point
    end: Point


ln = Line(Point(0, 0), Point(1, 1))
print(ln, asdict(ln))
for bad in ["Point()", "Point(1, 2, 3)", "Point(1, z=2)", "Point(1, x=2)", "Version()"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    asdict(5)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class WithRepr:
    v: int

    def __repr__(self):
        return "custom"


print(WithRepr(1), WithRepr(1) == WithRepr(1))
