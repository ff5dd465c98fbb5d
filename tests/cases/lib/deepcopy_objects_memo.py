# copy.deepcopy of values that are not builtin containers, inside builtin ones:
# classes and weak references are their own copy, bound methods are rebound to the
# receiver's copy, instances go through __deepcopy__ or their reduction (with the
# calls they make, in order), and a memo that is a user mapping sees every get/set.
import copy
import weakref


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class Plain:
    def __init__(self):
        self.items = [1, 2]

    def meth(self):
        return self.items


class Loud:
    def __init__(self, n):
        self.n = n

    def __reduce_ex__(self, proto):
        print("reduce_ex", self.n, proto)
        return (Loud, (self.n,), {"extra": [self.n]})

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)


p = Plain()
r = weakref.ref(p)
data = [Plain, WithMeta, r, p.meth, (p,), {"loud": Loud(1), "again": Loud(2)}]
c = copy.deepcopy(data)
print(c[0] is Plain, c[1] is WithMeta, c[2] is r)
print(c[3].__self__ is c[4][0], c[3]() == [1, 2], c[3].__self__ is not p)
print(c[5]["loud"].extra, c[5]["again"].n)


class LogMemo:
    def __init__(self):
        self.d = {}

    def get(self, key, default=None):
        print("get", key in self.d)
        return self.d.get(key, default)

    def __getitem__(self, key):
        print("getitem")
        return self.d[key]

    def __setitem__(self, key, value):
        print("setitem", type(value).__name__)
        self.d[key] = value


m = LogMemo()
out = copy.deepcopy({"a": [1, (2, [3])], "b": Loud(3)}, m)
print(out["a"], out["b"].extra, len(m.d))
