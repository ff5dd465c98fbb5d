# A dict or set iterator that saw its collection change size keeps raising
# RuntimeError on every later step, even after the collection is back to its old
# size, and its length hint is 0 from then on. A deque's forward iterator also
# keeps raising; its reverse iterator, spent by the error, is exhausted after.
# str.join and bytes.join ask the iterator of a non-sequence for its length hint
# (PySequence_Fast), so an error from __length_hint__ comes out.
from collections import deque
from operator import length_hint


def steps(it, n):
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except RuntimeError as e:
            out.append("RuntimeError: %s" % e)
        except StopIteration:
            out.append("StopIteration")
    return out


s = set(range(5))
it = iter(s)
next(it)
print(length_hint(it))
s.add(99)
print(steps(it, 1), length_hint(it))
s.discard(99)
print(steps(it, 2), length_hint(it))

d = {i: i for i in range(5)}
for view in (d, d.keys(), d.values(), d.items()):
    it = iter(view)
    next(it)
    d[99] = 99
    print(steps(it, 1), length_hint(it))
    del d[99]
    print(steps(it, 2), length_hint(it))

q = deque(range(5))
fwd, rev = iter(q), reversed(q)
next(fwd), next(rev)
q.pop()
print(steps(fwd, 1), steps(rev, 1))
q.append(4)
print(steps(fwd, 2), steps(rev, 2), length_hint(fwd), length_hint(rev))


class Loud:
    def __init__(self, items):
        self.it = iter(items)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.it)

    def __length_hint__(self):
        raise ValueError("asked for a hint")


class Holder:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return Loud(self.items)


for sep, items in (("-", ("a", "b")), (b"-", (b"a", b"b"))):
    try:
        print(sep.join(Holder(items)))
    except ValueError as e:
        print("ValueError", e)
    print(sep.join(iter(items)), sep.join(list(items)))
print(list(Holder("ab")), tuple(Holder("ab")), sorted(Holder("ba")))
