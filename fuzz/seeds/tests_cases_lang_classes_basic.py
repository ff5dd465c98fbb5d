# Checks: class definition, __init__, instance/class attributes, methods, __dict__, default repr-free output.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print("attrs", p.x, p.y, p.dims, Point.dims, p.norm2())
print("chain", p.move(1, 1).norm2(), p.__dict__)
p.dims = 3
print("shadow", p.dims, Point.dims)
Point.dims = 10
print("class attr", Point(0, 0).dims)
print("type", type(p).__name__, type(p) is Point, isinstance(p, Point), Point.__name__)
m = p.norm2
print("bound method", m())
print("unbound call", Point.norm2(p))
print("getattr/setattr", getattr(p, "x"), setattr(p, "z", 9), p.z, hasattr(p, "w"))
class Empty:
    pass
e = Empty()
e.anything = [1]
print("dynamic attr", e.anything, vars(e))
