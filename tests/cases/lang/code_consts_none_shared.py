# Checks: a function without a docstring has None as co_consts[0], and a None its body
# uses is that same entry, not a second one (functions, lambdas, generators, methods).
def f(x, y, *args, power=1, **kwargs):
    print("Constant String", 256, None, (2, 4), None, 256)
    return x * y


def g():
    "doc"
    return None


def h():
    x = None
    y = None
    return x


class C:
    def m(self):
        return self or None


def gen():
    yield None
    yield 1


for fn in (f, g, h, C.m, gen, lambda: None, lambda x: x or None, lambda: 5):
    print(fn.__code__.co_consts)
