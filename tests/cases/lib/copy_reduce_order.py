# copy.copy / copy.deepcopy go through the reduction protocol for instances:
# the order in which __init__, __reduce__, __reduce_ex__, __getstate__,
# __setstate__, __getnewargs__, __copy__ and __deepcopy__ run.
import copy


class C(object):
    def __init__(self):
        print("init")
        self.a = 1

    def __reduce__(self):
        print("reduce")
        return (C, (), self.__dict__)

    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)


c = C()
print("-- deepcopy")
d = copy.deepcopy(c)
print(d.a, d is c)
print("-- copy")
e = copy.copy(c)
print(e.a, e is c)


class Ex:
    def __init__(self, v):
        print("Ex.init", v)
        self.v = v

    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (Ex, (self.v,))

    def __reduce__(self):
        print("never called")


x = Ex([1])
y = copy.deepcopy(x)
print(y.v, y.v is x.v)
z = copy.copy(x)
print(z.v is x.v)


class G:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

    def __init__(self, a, b):
        print("G.init")
        self.a, self.b = a, b

    def __getnewargs__(self):
        print("getnewargs")
        return (self.a, self.b)

    def __getstate__(self):
        print("getstate")
        return {"a": self.a, "b": self.b, "extra": 1}

    def __setstate__(self, state):
        print("G.setstate", sorted(state))
        self.__dict__.update(state)


g = G(1, [2])
h = copy.deepcopy(g)
print(h.a, h.b, h.b is g.b, h.extra)
k = copy.copy(g)
print(k.b is g.b)


class GX:
    def __new__(cls, *args, **kwargs):
        print("GX.new", args, kwargs)
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs

    def __getnewargs_ex__(self):
        print("getnewargs_ex")
        return (self.args, self.kwargs)


gx = GX(1, key=2)
print(gx.__reduce_ex__(4)[0].__name__)
gy = copy.deepcopy(gx)
print(gy.args, gy.kwargs)
gz = GX(3)
print(gz.__reduce_ex__(4)[0].__name__)
copy.copy(gz)


class Hooks:
    def __init__(self):
        self.x = [1]

    def __copy__(self):
        print("copy hook")
        return "shallow"

    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__)
        return "deep"


print(copy.copy(Hooks()), copy.deepcopy(Hooks()))
print(copy.deepcopy([Hooks(), 1]))


class NoState:
    def __init__(self):
        print("NoState.init")


n = copy.deepcopy(NoState())
print(type(n).__name__, n.__dict__)


class Name:
    def __reduce__(self):
        print("Name.reduce")
        return "Name"


nm = Name()
print(copy.copy(nm) is nm, copy.deepcopy(nm) is nm)
