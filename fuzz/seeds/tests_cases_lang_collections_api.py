# Checks: collections deque/defaultdict/Counter/OrderedDict/namedtuple API, reprs and CPython error messages.
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
d = deque(range(5))
d.extendleft([10, 11])
print(d, len(d), d[0], d[-1], 3 in d, d.count(3), d.index(3))
d.rotate(-2); print(d)
d.rotate(3); print(d)
d[1] = 99; del d[0]; print(d, list(reversed(d)))
d.insert(2, "x"); d.remove("x"); d.reverse(); print(d, d.maxlen)
e = deque(maxlen=2); e.extend("abc"); print(e, e == deque("bc"), e.copy())
print(deque() == deque(), deque([1]) + deque([2]), deque([1, 2]) * 2, bool(deque()))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque(maxlen=-1),
            lambda: deque([1], maxlen=1).insert(0, 2), lambda: hash(deque())]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
dd = defaultdict(int)
for w in "the cat the hat the end".split():
    dd[w] += 1
print(dd, dd.default_factory, len(dd), "the" in dd, "dog" in dd)
print(defaultdict(), defaultdict(list, a=[1]))
try:
    defaultdict(None)["k"]
except KeyError as ex:
    print("KeyError", ex)
try:
    defaultdict(3)
except TypeError as ex:
    print("TypeError", ex)
c = Counter("mississippi")
print(c, c.most_common(1), c.total(), sorted(c.elements())[:4])
c2 = Counter(s=1, z=2)
print(c + c2, c - c2, c | c2, c & c2, -Counter(a=-2, b=3), +Counter(a=0, b=1))
c.update("ss"); c.subtract({"i": 4}); print(c, c["q"], Counter() == Counter(a=0))
od = OrderedDict()
od["x"] = 1; od["y"] = 2; od["z"] = 3
od.move_to_end("x"); od.move_to_end("z", last=False)
print(od, od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
try:
    OrderedDict().popitem()
except KeyError as ex:
    print("KeyError", ex)
Point = namedtuple("Point", "x y")
p = Point(3, y=4)
x, y = p
print(p, x, y, p[0], p[-1], p[:1], len(p), p == (3, 4), p._fields, Point._make([5, 6]))
print(p._asdict(), p._replace(y=0), hash(p) == hash((3, 4)), p < Point(3, 5), p + (1,))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0])
print(P3(1, 2), P3._field_defaults, type(p).__name__, Point.__name__)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
            lambda: P3(), lambda: p._replace(z=1), lambda: namedtuple("Bad", "x x"),
            lambda: namedtuple("Bad", "_x"), lambda: namedtuple("Bad", "class"), lambda: namedtuple("1Bad", "x")]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
print(namedtuple("R", "a class _b a", rename=True)._fields)
