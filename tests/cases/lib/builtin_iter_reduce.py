# map, filter and zip pickle and copy through their __reduce__ (zip's keeps strict as a
# third item and __setstate__ sets it back).
import copy
import pickle

m = map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])
r = m.__reduce__()
print(r[0] is map, len(r[1]), type(r[1][1]).__name__)
next(m)
print(list(copy.copy(m)), list(m))

f = filter(None, [0, 1, '', 'x', None, 2])
print(f.__reduce__()[0] is filter, f.__reduce__()[1][0])
print(list(copy.deepcopy(f)), list(f))

z = zip('abc', range(3))
print(len(z.__reduce__()), z.__reduce__()[0] is zip)
print(list(copy.copy(z)), list(z), list(copy.copy(z)))

s = zip('ab', 'xy', strict=True)
print(s.__reduce__()[2])
t = zip('ab', 'xyz')
t.__setstate__(True)
print(len(t.__reduce__()), t.__reduce__()[2])
try:
    list(t)
except ValueError as e:
    print('ValueError', e)
t.__setstate__(0)
print(len(t.__reduce__()))

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    z = pickle.loads(pickle.dumps(zip([1, 2], (3, 4)), proto))
    f = pickle.loads(pickle.dumps(filter(bool, [0, 5, 0, 6]), proto))
    m = pickle.loads(pickle.dumps(map(abs, [-1, -2]), proto))
    print(proto, list(z), list(f), list(m))

# Their pickle methods are method descriptors: a wrong receiver is named that way.
for meth in (zip.__reduce__, zip.__setstate__, type(iter([])).__length_hint__):
    try:
        meth(1) if meth is not zip.__setstate__ else meth(1, True)
    except TypeError as e:
        print('TypeError', e)
