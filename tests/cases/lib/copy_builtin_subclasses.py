# copy.copy / copy.deepcopy of instances of builtin subclasses keep their builtin
# contents (as CPython's reductions rebuild them) as well as their attributes.
import copy


class L(list):
    pass


class D(dict):
    pass


class S(set):
    pass


class F(frozenset):
    pass


class I(int):
    pass


class Str(str):
    def __str__(self):
        return 'other'


class T(tuple):
    pass


for cls, v in ((L, [1, [2]]), (D, {1: [2]}), (S, [1, 2]), (F, [3]), (I, 7),
               (Str, 'ab'), (T, (1, [2]))):
    x = cls(v)
    x.attr = [5]
    for f in (copy.copy, copy.deepcopy):
        y = f(x)
        print(cls.__name__, f.__name__, type(y).__name__, y == x, y.attr,
              y.attr is x.attr, y is x)
big = L([[1], [2]])
deep = copy.deepcopy(big)
print(deep[0] is big[0], copy.copy(big)[0] is big[0])


class Tracer:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return self.value

    def __deepcopy__(self, memo=None):
        return Tracer(self.value + 1)


for cls in (set, S, frozenset, F):
    d = copy.deepcopy(cls([Tracer(10)]))
    print(cls.__name__, type(d).__name__, [t.value for t in d])
