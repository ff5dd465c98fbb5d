# Checks: object has __lt__/__le__/__gt__/__ge__ answering NotImplemented (so an
# ordering a class does not define still fails with CPython's message), None,
# Ellipsis and NotImplemented have their own __repr__, and None.__bool__.
o = object()
print(o.__lt__(o), o.__le__(1), o.__gt__(None), o.__ge__(o), object.__lt__(1, 2))
print(o.__eq__(o), o.__eq__(1), o.__ne__(o))
for call in (lambda: object.__lt__(1), lambda: object.__ge__()):
    try:
        call()
    except TypeError as e:
        print(e)


class P:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v


print(P(1) < P(2), P(3) > P(2), P(1).__lt__(P(2)))
try:
    P(1) <= P(2)
except TypeError as e:
    print(e)
print(Ellipsis.__repr__(), None.__repr__(), NotImplemented.__repr__(), None.__bool__())
print(repr(type(None).__repr__(None)), str(...), f'{None!r:>6}')
