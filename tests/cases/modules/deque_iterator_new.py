# The deque iterator types can be called (what unpickling their __reduce__ does):
# _deque_iterator(d, index) starts `index` items in; keyword arguments are ignored.
import pickle
from collections import deque

I = type(iter(deque()))
R = type(reversed(deque()))
print(list(I(deque("abcd"))), list(R(deque("abcd"))))
for s in ("abcd", range(6)):
    for i in (-3, 0, 1, 3, 4, 10, 10**15):
        print(i, list(I(deque(s), i)), list(R(deque(s), i)))
print(list(I(deque("abc"), index=2)), list(R(deque("abc"), index=2)))
print(list(I(deque("abc"), True)))


class D(deque):
    pass


print(list(I(D("xyz"), 1)), type(I(D("xyz"))).__name__)
print(list(I.__new__(I, deque("abc"), 1)), list(R.__new__(R, deque("abc"), 1)))

d = deque("abcde")
it = iter(d)
next(it)
rit = reversed(d)
next(rit), next(rit)
print(it.__reduce__()[0].__name__, it.__reduce__()[1][1:])
print(rit.__reduce__()[0].__name__, rit.__reduce__()[1][1:])
print(list(pickle.loads(pickle.dumps(it))), list(pickle.loads(pickle.dumps(rit))))
print(list(it), list(rit))

# A copy made from a reduce still notices the deque changing under it.
it2 = I(d, 1)
d.append("f")
try:
    next(it2)
except RuntimeError as e:
    print("RuntimeError", e)

for args in [(), ("ab",), (deque(), 1, 2), (deque(), "x"), (deque(), 2**70), (deque(), 1.5)]:
    for T in (I, R):
        try:
            print(list(T(*args)))
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)
for bad in [(R, deque()), (int, deque()), (1, deque()), ()]:
    try:
        I.__new__(*bad)
    except TypeError as e:
        print("TypeError", e)
