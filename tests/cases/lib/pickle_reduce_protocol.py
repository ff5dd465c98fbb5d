# pickle asks objects through __reduce_ex__, which calls an overridden
# __reduce__; round trips of plain, slotted and builtin-subclass instances.
import pickle


class R:
    def __init__(self, v):
        print("R.init", v)
        self.v = v

    def __reduce__(self):
        print("R.reduce")
        return (R, (self.v,))


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r = pickle.loads(pickle.dumps(R(proto), proto))
    print(proto, r.v)


class State:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        print("getstate")
        return {"a": self.a, "b": 2}

    def __setstate__(self, st):
        print("setstate", sorted(st.items()))
        self.__dict__.update(st)


for proto in (0, 2, 4):
    s = pickle.loads(pickle.dumps(State(), proto))
    print(proto, s.a, s.b)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


for proto in (2, 4):
    t = pickle.loads(pickle.dumps(Slotted(), proto))
    print(proto, t.a, hasattr(t, "b"))
try:
    pickle.dumps(Slotted(), 1)
except TypeError as e:
    print(e)


class L(list):
    pass


class D(dict):
    pass


lst = L([1, 2])
lst.tag = "t"
for proto in (0, 2, 5):
    a = pickle.loads(pickle.dumps(lst, proto))
    b = pickle.loads(pickle.dumps(D(k=1), proto))
    print(proto, type(a).__name__, a, a.tag, type(b).__name__, b)


class Plain:
    pass


p = Plain()
p.x = [1]
for proto in range(6):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, type(q).__name__, q.x)
try:
    pickle.dumps(lambda: 0)
except Exception as e:
    print(type(e).__name__)
