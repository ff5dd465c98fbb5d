# tracemalloc.Frame and Traceback order fully (<, <=, >, >=) and refuse other types.
import tracemalloc as tm

a, b = tm.Frame(("a.py", 3)), tm.Frame(("a.py", 4))
print(a < b, a <= b, a > b, a >= b, a == tm.Frame(("a.py", 3)), a != b, a.__lt__(1))
t1 = tm.Traceback((("b.py", 2), ("a.py", 1)))
t2 = tm.Traceback((("b.py", 3), ("a.py", 1)), 7)
print(t1 < t2, t1 <= t2, t1 > t2, t1 >= t2, t1.__le__("x"), repr(t2))
for obj in (a, t1, tm.Statistic(t1, 1, 1), tm.StatisticDiff(t1, 1, 1, 1, 1)):
    try:
        obj.extra = 1
    except AttributeError:
        print(type(obj).__name__, "has __slots__")
print(sorted([b, a]) == [a, b])
