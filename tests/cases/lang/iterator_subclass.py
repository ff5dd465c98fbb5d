# Checks: enumerate, zip, map, filter and reversed can be subclassed (the instance
# wraps the builtin iterator); other builtin iterator types cannot.
import sys


class mymap(map):
    def twice(self):
        return [next(self), next(self)]


class myenum(enumerate):
    pass


m = mymap(lambda x: x + 10, range(5))
print(type(m).__name__, isinstance(m, map), m.twice(), list(m))
e = myenum('ab', start=1)
print(list(e), list(myenum([])))
print(sys.getsizeof(mymap(abs, [])) - sys.getsizeof(map(abs, [])))


class Z(zip):
    pass


class F(filter):
    pass


print(list(Z('ab', 'cd')), list(F(None, [0, 1, 2])))
for t in (type(iter([])), type(iter(range(3))), type(iter({}))):
    try:
        class X(t):
            pass
    except TypeError as err:
        print('TypeError:', err)


class Doubling(map):
    def __next__(self):
        return 2 * super().__next__()


d = Doubling(abs, [-1, 2, -3])
print(iter(d) is d, list(d), [x for x in Doubling(int, '45')])
