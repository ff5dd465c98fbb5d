# zip and map keep their iterators in a tuple; min and max take their arguments
# as a tuple (METH_VARARGS): the collector's count sees each.
import gc
def count(label, make):
    gc.collect()
    b = gc.get_count()[0]
    z = make()
    c = gc.get_count()[0] - b
    del z
    print(label, c, gc.get_count()[0] - b)
count("zip0", lambda: zip())
count("zip1", lambda: zip(()))
count("zip2", lambda: zip((), ()))
count("map", lambda: map(str, [1]))
count("map2", lambda: map(pow, [1], [2]))
count("max", lambda: max((1, 2)))
count("min2", lambda: min(1, 2))
count("minkey", lambda: min(1, 2, key=abs))
gc.collect()
base = gc.get_count()[0]
z = zip([1], [2])
print("zip", gc.get_count()[0] - base)
m = map(str, [1])
print("map", gc.get_count()[0] - base)
f = filter(None, [1])
print("filter", gc.get_count()[0] - base)
print(max([3, 1, 2]), gc.get_count()[0] - base)
print(sorted([2, 1]), gc.get_count()[0] - base)
del z, m, f
print(gc.get_count()[0] - base)
