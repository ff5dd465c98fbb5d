# bytes(x) asks x's type for __bytes__ first (None blocks the conversion), then
# takes __index__ objects as a count; bytes(list) reads the list live; join and
# fromhex take any buffer / call a subclass; bytearray.__init__ refills in place.
class A:
    def __bytes__(self):
        return b'abc'
print(bytes(A()), bytearray(b'x'))
class N:
    def __bytes__(self):
        return None
try:
    bytes(N())
except TypeError as e:
    print(e)
class Blocked(list):
    __bytes__ = None
try:
    bytes(Blocked([1]))
except TypeError as e:
    print(type(e).__name__)
print(bytearray(Blocked([1, 2])))
class X:
    def __index__(self):
        a.clear()
        return 42
a = [X(), X()]
print(bytes(a))
class I:
    def __index__(self):
        return 3
print(bytes(I()), bytearray(I()))
class B(bytes):
    pass
print(type(bytes(B(b'x'))).__name__, B(b'q').__bytes__(), b'z'.__bytes__())
class OwnBytes(bytes):
    def __bytes__(self):
        return b'own'
print(bytes(OwnBytes(b'x')))
print(b''.join([B(b'x'), bytearray(b'y'), memoryview(b'z')]), bytearray(b'-').join([b'a', B(b'b')]))
print(bytes.fromhex(' 1A\n2B\t30\v\x0c\r'), bytearray.fromhex('0a'))
for bad in ['\x1c', '\x85', '\xa0', '\u2000', '12 3\xff 56']:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(e)
class C(bytes):
    def __new__(cls, v):
        me = bytes.__new__(cls, v)
        me.foo = 1
        return me
x = C.fromhex('4142')
print(type(x).__name__, x, x.foo)
class D(bytearray):
    def __init__(me, *a, **k):
        bytearray.__init__(me, *a, **k)
        me.foo = 2
x = D.fromhex('4142')
print(type(x).__name__, x, x.foo)
b = bytearray()
seen = []
def g():
    for i in range(1, 6):
        yield i
        seen.append(list(b))
b.__init__(g())
print(b, seen, b.__alloc__() >= len(b))
class S(bytearray):
    def __init__(me, newarg=1, *args, **kwargs):
        bytearray.__init__(me, *args, **kwargs)
print(S(4, b"abcd"), S(4, source=b"abcd"), S(newarg=4, source=b"abcd"))
class T(bytearray):
    pass
print(T(b'xy'), T(3), T([1, 2]), T('ab', 'ascii'), T())
b = bytearray(b'abc')
b.__init__()
print(b)
b.__init__(2)
print(b)
try:
    b.__init__(1, 2)
except TypeError as e:
    print(e)
print(b, bytearray().__alloc__(), bytearray(b'ab').__alloc__())
class A(str):
    def __bytes__(self): return b'abc'
print(bytes(A('\u20ac')), bytes(A('x'), 'ascii'))
class S(str): pass
try: bytes(S('x'))
except TypeError as e: print(e)
try: bytes('x', errors='strict')
except TypeError as e: print(e)
class OB(bytes): pass
class A:
    def __bytes__(self): return OB(b'abc')
print(type(bytes(A())).__name__)
class BS(bytes): pass
print(type(BS(A())).__name__, BS(A()))
class BadInt:
    def __index__(self): 1/0
class BadIt:
    def __iter__(self): 1/0
for t in (bytes, bytearray):
    for a in (BadInt(), [BadInt()], BadIt()):
        try: t(a)
        except ZeroDivisionError as e: print('zde')
b=bytearray(range(10)); b[1:-1:2]=b''; print(b)
b=bytearray(range(10)); b[::-3]=[]; print(b)
b=bytearray(range(10)); v = memoryview(b)
try: b[1:-1:2] = b""
except BufferError as e: print(e)
