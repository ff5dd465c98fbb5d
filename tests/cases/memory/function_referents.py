# gc.get_referents of a function (3.11's func_traverse): code, globals, builtins,
# module name, defaults, doc, name, closure, qualname.
import gc
x = 1
def f(a=[1]):
    'doc'
    return a
print([type(r).__name__ for r in gc.get_referents(f)])
print(gc.get_referents(f)[2] is __builtins__.__dict__)
def outer():
    y = 2
    def inner():
        return y
    return inner
print([type(r).__name__ for r in gc.get_referents(outer())])
print(sorted(type(r).__name__ for r in gc.get_referents(lambda: 0)))
