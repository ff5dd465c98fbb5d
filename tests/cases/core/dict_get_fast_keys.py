# dict.get and d[k] with keys that compare without Python code (ints, strs, bools,
# floats equal to ints) and with keys that need __eq__ / __hash__, subclasses and
# errors: the fast lookup must give the general lookup's answers.
import sys

d = {i: 'v%d' % i for i in range(-5, 300)}
d[2**40] = 'big'
d[-(2**62)] = 'neg'
d[2**61 - 1] = 'modulus'
d[-1] = 'minus one'
print(d.get(7), d.get(299), d.get(300), d.get(300, 'dflt'), d.get(2**40), d.get(-(2**62)))
print(d.get(2**61 - 1), d.get(-1), d.get(-2), d[2**61 - 1], d[-1])
print(d.get(1.0), d.get(True), d.get(False), d.get(7.5), d.get(2.0**40))
print(d.get(10**30), d.get(-(10**30), 'none'))
x = 1000
y = 999 + 1
print(x is y, {x: 'x'}.get(y), {x: 'x'}[y])

s = {'a': 1, 'bb': 2, ''.join(['c', 'c']): 3}
print(s.get('a'), s.get('cc'), s.get(''.join(['b', 'b'])), s.get('zz'), s.get('zz', 0))

mixed = {1: 'int', 'one': 'str', (1, 2): 'tuple', None: 'none', 2.5: 'float'}
print(mixed.get(True), mixed.get('one'), mixed.get((1, 2)), mixed.get(None), mixed.get(2.5))

class K:
    calls = 0
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        K.calls += 1
        return hash(self.n)
    def __eq__(self, other):
        K.calls += 1
        return other == self.n

ks = {K(3): 'k3', 4: 'four'}
print(ks.get(3), ks.get(4), ks.get(K(4)), K.calls)

class Sub(dict):
    def __missing__(self, key):
        return 'missing %r' % (key,)

sd = Sub({1: 'one'})
print(sd.get(1), sd.get(2), sd[2], sd.get(2, 'default'))

nan = float('nan')
nd = {nan: 'nan'}
print(nd.get(nan), nd.get(float('nan')))

for bad in ([1], {}, {1}):
    try:
        d.get(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    d.get()
except TypeError as e:
    print('TypeError:', e)
try:
    d.get(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)

# The returned value is a new reference each time.
v = object()
rd = {5: v}
before = sys.getrefcount(v)
got = [rd.get(5) for _ in range(3)]
print(sys.getrefcount(v) - before, all(g is v for g in got))
del got
print(sys.getrefcount(v) - before)
dflt = object()
before = sys.getrefcount(dflt)
got = [rd.get(6, dflt) for _ in range(3)]
print(sys.getrefcount(dflt) - before)
