# Item access and len() of exact arrays run natively; anything the Python-level
# methods would do differently (subclasses, replaced methods, conversions,
# errors) must still come out as python3 prints it.
from array import array
import sys

d = array('d', [1.5, 2.5, 3.5])
print(d[0], d[-1], len(d))
d[1] = 7
d[-1] = 0.25
print(d, type(d[1]).__name__)
for bad in (3, -4):
    try:
        d[bad]
    except IndexError as e:
        print("get", bad, e)
    try:
        d[bad] = 1.0
    except IndexError as e:
        print("set", bad, e)
try:
    d[0] = "x"
except TypeError as e:
    print(e)
print(d[True], d[0:2])

b = array('b', [1, -2])
try:
    b[0] = 200
except OverflowError as e:
    print(e)
b[1] = 100
print(b, b[1], len(b))
u = array('u', 'hé')
print(u[1], len(u))
u[0] = 'z'
print(u)
I = array('I', [4000000000])
print(I[0], sys.getrefcount(I[0]) >= 1)

class Sub(array):
    def __getitem__(self, i):
        return ("sub", array.__getitem__(self, i))
    def __len__(self):
        return 99
s = Sub('i', [5, 6])
print(s[1], len(s))

x = 10 ** 6
big = array('q', [x])
v = big[0]
print(v == x, v is x)
f = array('d', [0.0]) * 4
for i in range(4):
    f[i] = i * 0.5
print(sum(f), f[3] + f[2])
