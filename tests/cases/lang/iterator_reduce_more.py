# __reduce__ of iter(callable, sentinel), of subclasses of enumerate/zip/map/filter
# (their own class), and of sequence iterators when the builtins' 'iter' key is an
# object whose __eq__ runs code; the two-argument iter ends when its callable
# exhausted it, and compares the sentinel first; old-style sequence iteration stops
# with OverflowError at sys.maxsize.
import builtins
import pickle
import sys

def f():
    return 1
it = iter(f, 2)
print(it.__reduce__() == (iter, (f, 2)))
next(it)
print(it.__reduce__()[0] is iter)
counter = iter([5, 6, 2, 7]).__next__
it = iter(counter, 2)
print(list(it), it.__reduce__() == (iter, ((),)))
it = iter(iter([1, 2, 3]).__next__, 3)
print(list(pickle.loads(pickle.dumps(it))))

class E(enumerate): pass
class Z(zip): pass
class M(map): pass
class F(filter): pass
e = E('ab', 5)
r = e.__reduce__()
print(r[0] is E, r[1][1])
print(type(pickle.loads(pickle.dumps(e))).__name__, list(pickle.loads(pickle.dumps(E('xy')))))
print(Z([1], [2]).__reduce__()[0] is Z, M(abs, [1]).__reduce__()[0] is M,
      F(None, [1]).__reduce__()[0] is F)
print(enumerate('a').__reduce__()[0] is enumerate)

# Reentrant exhaustion: the callable exhausts its own iterator.
def spam():
    if spam.inner:
        return 2
    spam.inner = True
    list(spam.iterator)
    return 1
spam.inner = False
spam.iterator = iter(spam, 2)
try:
    print(next(spam.iterator))
except StopIteration:
    print('StopIteration')

class S:
    def __eq__(self, other):
        print('S.__eq__', type(other).__name__)
        return other == 3
class V:
    def __eq__(self, other):
        print('V.__eq__')
        return NotImplemented
vals = iter([V(), V(), 3]).__next__
print(len(list(iter(vals, S()))))

# The lookup of 'iter' in builtins may run code.
orig = builtins.iter
class Key:
    def __init__(self, it):
        self.it = it
    def __hash__(self):
        return hash('iter')
    def __eq__(self, other):
        list(self.it)
        return other == 'iter'
for seq in ([1, 2], (1, 2), 'ab', b'ab'):
    it = iter(seq)
    del builtins.__dict__['iter']
    builtins.__dict__[Key(it)] = orig
    try:
        r = it.__reduce__()
    finally:
        del builtins.__dict__['iter']
        builtins.iter = orig
    print(r[0] is orig, r[1])
it = reversed([1, 2])
print(it.__reduce__()[0] is reversed)
list(it)
print(it.__reduce__())
r = reversed('ab')
print(r.__reduce__()[0] is reversed)
list(r)
print(r.__reduce__())

class Seq:
    def __getitem__(self, i):
        return i
it = iter(Seq())
it.__setstate__(sys.maxsize - 1)
print(next(it) == sys.maxsize - 1)
for _ in range(2):
    try:
        next(it)
    except OverflowError as e:
        print('OverflowError:', e)

# Exhausted: a list's iterators reduce to iter([]), str's to iter(''), the others
# (tuple, bytes, bytearray) to iter(()).
for seq in ([1], (1,), 'a', b'a', bytearray(b'a'), reversed([1])):
    it = iter(seq)
    list(it)
    r = it.__reduce__()
    print(type(seq).__name__, r[0] is iter, r[1])
