# Checks: a StopIteration raised by map's function, filter's predicate or
# iter(callable, sentinel)'s callable ends that iterator for its consumer (list, for,
# sum) as in CPython, next() re-raises the very exception, and `yield from map(...)`
# evaluates to its value; other exceptions still propagate.
def stop_at(n):
    def f(x):
        if x == n:
            raise StopIteration('at %d' % x)
        return x * 10
    return f


print(list(map(stop_at(3), range(10))))
print(list(filter(lambda x: stop_at(4)(x) > 0, range(10))))
print(sum(map(stop_at(2), [5, 6, 2, 7])))
for v in map(stop_at(1), [0, 1, 2]):
    print('loop', v)
m = map(stop_at(1), [0, 1, 2])
print(next(m))
try:
    next(m)
except StopIteration as e:
    print('next raised', e.args)
print(next(m), 'map goes on after')
flt = filter(stop_at(0), [1, 0, 2])
print(next(flt))
try:
    next(flt)
except StopIteration as e:
    print('filter next raised', e.args)

calls = []


def producer():
    calls.append(1)
    if len(calls) == 3:
        raise StopIteration('done')
    return len(calls)


it = iter(producer, 99)
print(list(it), list(it), len(calls))


def delegate():
    r = yield from map(stop_at(2), range(5))
    print('yield from gave', repr(r))


print(list(delegate()))
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(list(zip(map(stop_at(2), range(5)), 'abcdef')))
print(dict(enumerate(map(stop_at(3), range(9)))))
