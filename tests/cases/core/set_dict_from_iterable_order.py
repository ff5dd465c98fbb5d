# set(), frozenset(), dict() and their update() take an iterable's items one at a
# time: each item is hashed (a Python __hash__ runs) before the next is made, and
# an error stops the iteration where CPython's does.
print(sorted(set(x % 7 for x in range(50))), sorted(set(s for s in "abca")), frozenset(x for x in [1, 1.0, True, None]))
class K:
    def __init__(s,i): s.i=i; print("make", i)
    def __hash__(s): print("hash", s.i); return s.i
s = set(K(i) for i in range(2))
d = dict((K(i), i) for i in range(2))
l = sorted(K(i).i for i in range(2))
fs = frozenset(K(i) for i in range(2))
class H:
    def __init__(s, v): s.v = v
    def __hash__(s): print("hash", s.v); return hash(s.v)
    def __eq__(s, o): print("eq", s.v); return s.v == o
    def __repr__(s): return f"H({s.v})"
def g():
    yield 1; yield "a"; yield H(1); yield 2; yield H("a"); yield [1]
try: print(set(g()))
except TypeError as e: print(e)
x = {H(3)}; x.update(i for i in [3, 4]); print(sorted(map(str, x)))
def bad():
    yield 1
    raise KeyError(5)
try: set(bad())
except KeyError as e: print("KE", e)
for arg in ([(1, 2), (3,)], [(1, 2), 5], [(1,2), [3, 4]], ((k, v) for k, v in zip("ab", "cd")), ["ab", "cd"], iter([(1, 2)])):
    try: print(dict(arg))
    except Exception as e: print(type(e).__name__, e)
d = {}
try: d.update(x for x in [(1, 2), (3, 4, 5)])
except Exception as e: print(type(e).__name__, e, d)
