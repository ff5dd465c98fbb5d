# CPython 3.11's statically allocated singletons: small ints, the empty tuple, the
# empty and one-character Latin-1 strings, the empty and one-byte bytes. They are the
# same object however they are made, and sys.getrefcount reports them from CPython's
# static base (999,999,999) upwards; None, the bools, Ellipsis and NotImplemented
# are counted like any object. Differences between two readings are exact.
import sys

big = 900_000_000
for o in [0, 1, -5, 256, (), '', 'a', 'é', '\xff', b'', b'a', b'\xff']:
    print(repr(o), sys.getrefcount(o) > big)
for o in [257, -6, 'ā', 'ab', b'ab', (1,), 1.0, None, True, False, ..., NotImplemented]:
    print(repr(o), sys.getrefcount(o) > big)

s = 'xay'
print(s[1] is 'a', chr(97) is 'a', 'a' is 'ab'[0], str(chr(233)) is 'é')
print('xé'[1] is 'é', 'A'.lower() is 'a', 'xa'[1] is chr(97))
print(b'a' is bytes([97]), b'' is bytes(), b'ab'[0:1] is b'a', bytes(b'\xff') is b'\xff')
print(b'xa'[1:] is b'a', 'q'.encode() is b'q', () is tuple([]), '' is str())
print(b'ab' is bytes([97, 98]), 'ab' is 'xab'[1:])


def delta(o, make):
    a = sys.getrefcount(o)
    keep = make()
    b = sys.getrefcount(o)
    del keep
    c = sys.getrefcount(o)
    return b - a, c - a


for o in [None, True, False, ..., NotImplemented, 7, (), 'q', b'q', '']:
    print(repr(o), delta(o, lambda: [o] * 10))
d = {k: None for k in range(20)}
print(delta(None, lambda: dict.fromkeys(range(5))))
print(delta(True, lambda: [x > -1 for x in range(8)]))
print('ab'[0] is 'a', (1, 2)[-1], b'ab'[1])
