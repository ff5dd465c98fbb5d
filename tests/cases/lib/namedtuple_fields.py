# namedtuple's fields are _tuplegetter descriptors (read-only, with a per-field doc
# that pickles by index and doc; the default docs are shared between classes), and its
# __new__ has the fields as parameters, the defaults as __defaults__, and an empty
# __builtins__ in its globals.
import pickle
import inspect
from collections import namedtuple

Point = namedtuple('Point', 'x y', defaults=[20])
p = Point(11, 22)
print(repr(Point.x), repr(Point.y), type(Point.x).__name__)
print(inspect.isdatadescriptor(Point.x), Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
for action in (lambda: Point.x.__set__(p, 1), lambda: Point.x.__delete__(p),
               lambda: setattr(p, 'x', 1), lambda: delattr(p, 'y')):
    try:
        action()
    except AttributeError as e:
        print('AttributeError', e)
try:
    Point.x.__get__(3)
except TypeError as e:
    print('TypeError', e)

Q = namedtuple('Q', ['m', 'n'])
print(Point.x.__doc__ is Q.m.__doc__, Point.y.__doc__ is Q.n.__doc__, Q.m.__doc__)
Q.m.__doc__ = 'the m'
print(Q.m.__doc__, Point.x.__doc__)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    class NewPoint(tuple):
        x = pickle.loads(pickle.dumps(Point.x, proto))
        y = pickle.loads(pickle.dumps(Point.y, proto))
    np = NewPoint([1, 2])
    print(proto, np.x, np.y, repr(NewPoint.y))

print(Point.__new__.__defaults__, Point(1), Point(y=5, x=4))
print(Point.__new__.__name__, Point.__new__.__qualname__, Point.__new__.__doc__)
print(Point.__new__.__globals__['__builtins__'], Point.__new__.__builtins__)
print(inspect.signature(Point.__new__))
print(namedtuple('E', ()).__new__.__defaults__, namedtuple('One', 'a')(7))
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1,), {'z': 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
