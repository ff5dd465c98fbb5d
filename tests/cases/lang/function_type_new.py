# Checks: types.FunctionType(code, globals, name, argdefs, closure) makes a function
# that runs the code in the given globals; CPython's argument errors.
import types


def f():
    return a


ftype = type(f)
f1 = ftype(f.__code__, {'a': 1})
f2 = types.FunctionType(f.__code__, {'a': 2}, 'renamed')
print(type(f1) is ftype, f1(), f2(), f2.__name__, f2.__qualname__)
g = ftype((lambda: (lambda: a)).__code__, {'a': 3})
print(g()())


def h(x, y=5):
    return x + y


h2 = ftype(h.__code__, {}, None, (10,))
print(h2(1), h2.__defaults__)
for args in [(None, {}), (f.__code__, None), (f.__code__, {}, 3), (h.__code__, {}, None, [1])]:
    try:
        ftype(*args)
    except TypeError as e:
        print('TypeError:', e)


def outer():
    x = 1

    def inner():
        return x
    return inner


try:
    ftype(outer().__code__, {})
except TypeError as e:
    print('TypeError:', e)
print(ftype(outer().__code__, {}, None, None, outer().__closure__)())
