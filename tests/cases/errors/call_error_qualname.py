# The TypeErrors of argument binding name the function by its __qualname__, which may
# have been reassigned after the function was made (CPython 3.11's func_qualname),
# not by its code's name.
def f(x, y=2, *, z):
    pass


f.__qualname__ = 'Renamed.f'
f.__name__ = 'other'
calls = [
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, x=1, z=0),
    lambda: f(1, w=0, z=0),
    lambda: f(1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)

g = lambda a: a
g.__qualname__ = 'Point.__new__'
try:
    g()
except TypeError as e:
    print(e)


def h(a, /, b):
    pass


h.__qualname__ = 'H'
try:
    h(a=1, b=2)
except TypeError as e:
    print(e)
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
f(1, 2, z=3)
