# A ** merge that meets a key twice names it by its str(), whatever its type.
def f(**kw):
    return kw

for call in (lambda: f(**{1: 3}, **{1: 5}),
             lambda: f(x=1, **{'x': 2}),
             lambda: f(**{'a': 1}, **{'a': 2}),
             lambda: f(**{(1, 2): 0}, **{(1, 2): 0}),
             lambda: f(**{None: 0}, **{None: 0})):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
