# Weak dictionaries while iterated: a referent dying under a suspended iterator is
# not removed at once (the dict would change under the iterator) and the removal
# happens when the iterator finishes or is dropped; a WeakKeyDictionary's len()
# leaves it out, a WeakValueDictionary's len() makes the removal at once (so the
# suspended iterator fails next, as in CPython 3.11); the views are iterators; `|`, `|=` and the reflected `|`; `self`/`other` as keyword
# names of update(); update() from a sequence of pairs.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


objs = [Obj(i) for i in range(6)]
wvd = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
wkd = weakref.WeakKeyDictionary((o, o.n) for o in objs)
print(len(wvd), len(wkd), type(wvd.items()).__name__)

it_v = iter(wvd.items())
it_k = iter(wkd.keys())
print(next(it_v), next(it_k))
del objs[-1]
gc.collect()
print("while iterating:", len(wvd.data), len(wkd.data), len(wkd), len(wkd.data))
print(sorted(k for k, _ in it_v), sorted(o.n for o in it_k))
print("after:", len(wvd.data), len(wkd.data), len(wvd), len(wkd))
it_v = iter(wvd.keys())
next(it_v)
del objs[-1]
print("len commits:", len(wvd.data), len(wvd), len(wvd.data))
try:
    next(it_v)
except RuntimeError as e:
    print("RuntimeError:", e)

it_v = iter(wvd.values())
next(it_v)
del objs[0]
print("dropped while suspended:", len(wvd), len(wvd.data))
del it_v
print("iterator gone:", len(wvd), len(wvd.data))

d = weakref.WeakValueDictionary(self=objs[0], other=objs[1])
print(sorted(d.keys()))
d.update(self=objs[1])
print(d["self"])

a = weakref.WeakValueDictionary({1: objs[0]})
b = weakref.WeakValueDictionary({2: objs[1]})
print(sorted((a | b).items(), key=repr), sorted(({3: objs[1]} | a).items(), key=repr))
a |= {4: objs[1]}
print(sorted(a.keys()))
print(type(a | b).__name__, type({0: objs[0]} | a).__name__)
try:
    a | 5
except TypeError as e:
    print("TypeError:", e)

k = weakref.WeakKeyDictionary()
k.update([(objs[0], "x")])
print(list(k.values()), objs[0] in k)
print(repr(wvd).startswith("<WeakValueDictionary at 0x"), repr(wkd).startswith("<WeakKeyDictionary at 0x"))
