import collections
d=collections.deque()
for f in (lambda: d.rotate(1,2), lambda: d.insert(1), lambda: d.index(), lambda: d.index(1,2,3,4), lambda: d.insert(1,2,3)):
    try: f()
    except (TypeError,ValueError) as e: print(e)
try: d.__setitem__(1)
except TypeError as e: print(repr(str(e)))
