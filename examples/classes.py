"""Classes: attributes, inheritance with super(), properties, dunder methods."""


class Shape:
    count = 0  # a class attribute, shared by every instance

    def __init__(self, name):
        self.name = name  # an instance attribute, in the instance's own namespace
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__(f"{w}x{h}")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, value):
        if value <= 0:
            raise ValueError("side must be positive")
        self.w = self.h = value


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        super().__init__(f"r={r}")
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def describe():
        return "round"


shapes = [Rect(3, 4), Square(2), Circle(1.5), Circle.unit()]
for s in sorted(shapes):
    print(s)
print("shapes made:", Shape.count)
print("MRO of Square:", [c.__name__ for c in Square.__mro__])
sq = shapes[1]
sq.side = 5
print("after resize:", sq, "side =", sq.side)
try:
    sq.side = -1
except ValueError as e:
    print("ValueError:", e)
print(Circle.describe(), isinstance(sq, Rect), issubclass(Circle, Rect))
print("instance namespace:", vars(sq))


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


v = Vector(1, 2) + Vector(3, 4)
print(v, 2 * v, v * 3, list(v), len(v), v == Vector(4, 6), {v, Vector(4, 6)})
