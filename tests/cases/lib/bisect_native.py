# bisect's functions come from the native _bisect, read through the sequence
# protocol with CPython's argument checking; the Python versions remain when
# _bisect is blocked.
import sys
import bisect
import _bisect

print(bisect.bisect is _bisect.bisect_right, bisect.insort_left is _bisect.insort_left)
print(type(bisect.bisect_left).__name__)


class G:
    def __getitem__(self, i):
        return i


class Ln:
    def __len__(self):
        return 5


class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        list.insert(self, i, x)


b = _bisect
tests = [
    lambda: b.bisect_right({1: 2}, 1, 0, 1), lambda: b.bisect_right(G(), 1),
    lambda: b.bisect_right(G(), 3, 0, 10), lambda: b.bisect_right(Ln(), 1),
    lambda: b.bisect_right({1, 2}, 1), lambda: b.bisect_right('abc', 'b'),
    lambda: b.bisect_right(range(10), 5), lambda: b.bisect_right([1, 2, 3], 2, 0, 2**70),
    lambda: b.bisect_right([1, 2], 'a'), lambda: b.bisect_right([1], 1, 2**70),
    lambda: b.bisect_right([1], 1, 1.0), lambda: b.bisect_right([1], 1, 0, 'x'),
    lambda: b.bisect_right([1], 1, 0, None, 3), lambda: b.bisect_right([1]),
    lambda: b.bisect_right([1], 1, lo=2, foo=3), lambda: b.bisect_right([1], 1, 0, lo=2),
    lambda: b.bisect_right({1: 2}, 1), lambda: b.bisect_right(10, 1),
    lambda: b.insort_left((1,), 1), lambda: b.bisect_right([1, 2, 3], 2, 5, 2),
    lambda: b.bisect_right([1, 2, 3], 2, 0, -1), lambda: b.bisect_right([1, 2, 3], 2, 0, -2),
    lambda: b.bisect_left(x=1), lambda: b.bisect_left([], 1, key=3),
    lambda: b.bisect_left([1, 2], 5, -1), lambda: b.insort_left([], {}, key='b'),
    lambda: b.bisect_left(range(sys.maxsize - 1), sys.maxsize - 3, sys.maxsize - 10, sys.maxsize),
    lambda: b.bisect_right(a=[10, 20, 30, 40], x=25, lo=1, hi=3),
    lambda: b.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda p: p[0]),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
data = L([1, 3])
b.insort_left(data, 2)
b.insort_right(data, 2, key=None)
bisect.insort(data, 0)
print(data)
words = ['apple', 'fig', 'banana']
words.sort(key=len)
bisect.insort(words, 'kiwi', key=len)
print(words)


def cmp_err():
    class E:
        def __lt__(self, other):
            raise ZeroDivisionError('cmp')
    b.bisect_left([E(), E()], E())


try:
    cmp_err()
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

# Blocking _bisect gives the Python versions.
del sys.modules['bisect']
sys.modules['_bisect'] = None
import bisect as pyb
print(type(pyb.bisect_left).__name__, pyb.bisect([1, 2, 3], 2), pyb.insort_left is pyb.insort)
