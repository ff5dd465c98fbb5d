# A bare object() is no GC object in CPython (the `object` type has no GC flag): not
# tracked, not in gc.get_objects(), and not counted towards the next collection;
# instances of any class are. gc.get_objects(generation) lists one generation.
import gc

gc.disable()
gc.collect()
base = gc.get_count()[0]
keep = [object() for _ in range(50)]
# (50 tracked objects would add 50; the list and the call's temporaries a few.)
print("count grew by at most 3:", gc.get_count()[0] - base <= 3)
print(gc.is_tracked(object()), gc.is_tracked(keep[0]))


class C:
    pass


class S:
    __slots__ = ()


print(gc.is_tracked(C()), gc.is_tracked(S()), gc.is_tracked(C))
print(any(o is keep[0] for o in gc.get_objects()))

l = []
l.append(l)
print([any(o is l for o in gc.get_objects(g)) for g in (0, 1, 2)])
gc.collect(0)
print([any(o is l for o in gc.get_objects(generation=g)) for g in (0, 1, 2)])
gc.collect(1)
print([any(o is l for o in gc.get_objects(g)) for g in (0, 1, 2)])
print(any(o is l for o in gc.get_objects(None)), any(o is l for o in gc.get_objects(-1)))
for bad in (3, -2, "x", 1.0):
    try:
        gc.get_objects(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    gc.get_objects(1, 2)
except TypeError as e:
    print("TypeError", e)
