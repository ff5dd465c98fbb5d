# Checks: lambdas (in sort keys, immediately called), decorators with and without args, stacked decorators, functools-free wrappers.
sq = lambda x: x * x
print(sq(7), (lambda a, b=2: a + b)(1), sorted([(1, "b"), (2, "a")], key=lambda t: t[1]))
def log(fn):
    def wrapper(*args, **kwargs):
        print(" calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@log
def add(a, b):
    return a + b
print("decorated", add(2, b=3), add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(x):
            return [fn(x) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print("with args", hi("bo"))
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def ital(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@ital
def text():
    return "t"
print("stacked", text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print("registry", registry)
def cls_deco(cls):
    cls.tag = "tagged"
    return cls
@cls_deco
class K:
    pass
print("class deco", K.tag)
