# User-defined descriptors: __get__/__set__/__delete__/__set_name__, data vs non-data
# precedence, class access, caches declining descriptor attributes.

class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
        self.private = '_' + name

    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return getattr(inst, self.private, None)

    def __set__(self, inst, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}')
        setattr(inst, self.private, value)

    def __delete__(self, inst):
        print('delete', self.name)
        delattr(inst, self.private)


class Point:
    x = Typed(int)
    y = Typed(int)

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, sorted(vars(p)))
for i in range(3):
    p.x = i          # the store cache must keep declining
    print(p.x)
try:
    p.y = 'no'
except TypeError as e:
    print('TypeError:', e)
del p.x
print(p.x)
print(type(Point.x).__name__, Point.x.name)


# Non-data descriptor: the instance dict wins.
class Lazy:
    def __init__(self, f):
        self.f = f

    def __get__(self, inst, owner):
        if inst is None:
            return 'class access ' + owner.__name__
        v = self.f(inst)
        inst.__dict__[self.f.__name__] = v
        return v


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        print('computing')
        return self.r * self.r * 3


c = Circle(2)
for _ in range(3):
    print(c.area)
print(Circle.area)


# Data descriptor wins over an instance dict entry.
class Const:
    def __get__(self, inst, owner):
        return 42

    def __set__(self, inst, v):
        raise AttributeError('read-only')


class K:
    k = Const()


k = K()
k.__dict__['k'] = 'shadow'
print(k.k)
try:
    k.k = 1
except AttributeError as e:
    print('AttributeError:', e)


# A descriptor with only __get__ and __delete__ is still a data descriptor.
class GD:
    def __get__(self, inst, owner):
        return 'gd'

    def __delete__(self, inst):
        print('gd delete')


class H:
    g = GD()


h = H()
try:
    h.g = 3
except AttributeError as e:
    print('AttributeError:', e)
del h.g
print(h.g)


# __get__ returning a bound-like callable.
class Method:
    def __init__(self, f):
        self.f = f

    def __get__(self, inst, owner):
        if inst is None:
            return self
        return lambda *a: self.f(inst, *a)


class W:
    @Method
    def twice(self, n):
        return n * 2


w = W()
print(w.twice(21))
for i in range(3):
    print(w.twice(i))


# __set_name__ for descriptors added after class creation is not called.
class Late:
    pass


Late.d = Typed(str)
print(hasattr(Late.d, 'name'))


# Descriptor defined in a base class.
class Base:
    v = Typed(str)


class Derived(Base):
    pass


d = Derived()
d.v = 'hello'
print(d.v, d._v)


# Errors raised in __set_name__ propagate.
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('bad ' + name)


try:
    class Q:
        b = Bad()
except Exception as e:
    print(type(e).__name__, e)


# Functions are non-data descriptors: explicit __get__.
def free(self, x):
    return (type(self).__name__, x)


bound = free.__get__(Point(0, 0), Point)
print(bound(5), free.__get__(None, Point) is free, hasattr(free, '__set__'))
