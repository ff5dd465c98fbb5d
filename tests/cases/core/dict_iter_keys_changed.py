# A dict iterator that finds more entries than the dict had when iteration began
# (keys deleted and others added, size unchanged) raises "keys changed"; dict
# views have a read-only `mapping`.
for make in (lambda d: d, lambda d: d.values(), lambda d: d.items()):
    d = {0: 0}
    try:
        for i in make(d):
            del d[0]
            d[0] = 0
        print('no error')
    except RuntimeError as e:
        print('RuntimeError', e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[3] = 3
except RuntimeError as e:
    print('RuntimeError', e)
d = {'a': 1, 'b': 2}
it = iter(d)
print(next(it), list(it), list(it))
d = {1: 2}
for view in (d.keys(), d.values(), d.items()):
    m = view.mapping
    print(type(m).__name__, m, m[1])
d[5] = 6
print(d.keys().mapping)
try:
    d.items().mapping[7] = 8
except TypeError as e:
    print('TypeError', e)
