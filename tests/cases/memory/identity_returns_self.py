# Operations CPython answers with their argument itself when it is of the exact
# type (and with a new object for a subclass instance).
import math


def same(label, a, b):
    print(label, a is b)


f = 2.5 * 3
big = 10 ** 20
mid = 1000 * 7
b = b'bytes here' * 3
t = (1, 2, 3, 4000)

same('f.conjugate()', f.conjugate(), f)
same('f.__float__()', f.__float__(), f)
same('+f', +f, f)
same('abs(big)', abs(big), big)
same('abs(-big)', abs(-big), big)
same('abs(mid)', abs(mid), mid)
for name in ('floor', 'ceil', 'trunc'):
    fn = getattr(math, name)
    same('math.%s(big)' % name, fn(big), big)
    same('math.%s(mid)' % name, fn(mid), mid)
    same('big.__%s__()' % name, getattr(big, '__%s__' % name)(), big)
print('math.floor(True)', math.floor(True), type(math.floor(True)).__name__)
same('int(big)', int(big), big)
same('b[:]', b[:], b)
same('b[::1]', b[::1], b)
same('b[0:len(b)]', b[0:len(b)], b)
same('b[1:]', b[1:], b)
same('b + b""', b + b'', b)
same('b"" + b', b'' + b, b)
same('b + bytearray()', b + bytearray(), b)
same('b.partition(b"z")[0]', b.partition(b'z')[0], b)
same('b.rpartition(b"z")[2]', b.rpartition(b'z')[2], b)
same('b.partition(b"h")[0]', b.partition(b'h')[0], b)
same('b"".join([b])', b''.join([b]), b)
same('b"-".join((b,))', b'-'.join((b,)), b)
same('b"".join([b, b""])', b''.join([b, b'']), b)
same('b.translate(None)', b.translate(None), b)
same('b.translate(None, b"q")', b.translate(None, b'q'), b)
same('b.translate(None, b"b")', b.translate(None, b'b'), b)
ba = bytearray(b'xy')
same('bytearray().join([ba])', bytearray().join([ba]), ba)
same('t[:]', t[:], t)
same('f.__getnewargs__()[0]', f.__getnewargs__()[0], f)
same('big.__getnewargs__()[0]', big.__getnewargs__()[0], big)
s = 'hello there'
same('s.__getnewargs__()[0]', s.__getnewargs__()[0], s)
same('b.__getnewargs__()[0]', b.__getnewargs__()[0], b)
same('t.__getnewargs__()[0]', t.__getnewargs__()[0], t)


class I(int):
    pass


class Fl(float):
    pass


class S(str):
    pass


class B(bytes):
    pass


class T(tuple):
    pass


i = I(10 ** 20)
fl = Fl(1.5)
si = S('hello there')
bi = B(b'hello there')
ti = T((1, 2))
# Each call makes a new object of the base type: two calls never give one object.
for label, fn in [
    ('I.__index__', lambda: i.__index__()),
    ('int(I)', lambda: int(i)),
    ('I.__floor__', lambda: i.__floor__()),
    ('math.floor(I)', lambda: math.floor(i)),
    ('abs(I)', lambda: abs(i)),
    ('Fl.conjugate', lambda: fl.conjugate()),
    ('float(Fl)', lambda: float(fl)),
    ('Fl.__float__', lambda: fl.__float__()),
    ('S.strip', lambda: si.strip()),
    ('S.replace', lambda: si.replace('z', 'y')),
    ('str(S)', lambda: str(si)),
    ('B.strip', lambda: bi.strip()),
    ('B[:]', lambda: bi[:]),
    ('B.translate', lambda: bi.translate(None)),
    ('T[:]', lambda: ti[:]),
]:
    x, y = fn(), fn()
    print(label, type(x).__name__, x is y)
five = 5
print(int(I(5)) is five, type(I(7).__int__()).__name__)
