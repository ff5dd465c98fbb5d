# marshal writes and reads CPython's byte format: every type code, each version's
# choices, the reference flag (shown only on objects with more than one reference),
# sets in the order of their items' bytes, and CPython's errors.
import marshal, sys
x = 'ab'*2; y = sys.intern('zz'+'q')
for v in range(5):
    print(v, marshal.dumps(('abc', x, 'é', y, 1.5, 2+3j, 2**40, -2**70, (), frozenset(), b'q', [x,x], StopIteration, ...), v))
print(marshal.dumps(True), marshal.version)
for b in [b'', b'0', b'i\x01', b'l\x02\x00\x00\x00\x01\x00', b'l\x02\x00\x00\x00\x01\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x80', b'(\x01\x00\x00\x000', b'[\x01\x00\x00\x000', b'{0', b'{N0', b'r\x00\x00\x00\x00', b'\xa9\x01r\x00\x00\x00\x00', b'\x01', b'<\x01\x00\x00\x000', b's\xff\xff\xff\xff', b'u\x01\x00\x00\x00\xff', b'f\x03abc', b'f\x031.5', b'z', b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00', b'\xbc\x01\x00\x00\x00r\x00\x00\x00\x00']:
    try: print(b, repr(marshal.loads(b)))
    except Exception as e: print(b, type(e).__name__, e)
class I(int): pass
for o in [I(3), object(), bytearray(b'ab'), memoryview(b'cd'), [[]]*1]:
    try: print(marshal.dumps(o)[:20])
    except Exception as e: print(type(e).__name__, e)
l=[]
for i in range(2100): l=[l]
try: marshal.dumps(l)
except Exception as e: print(type(e).__name__, e)
print(marshal.loads(b'[\x01\x00\x00\x00N extra'))
for f, a in [(marshal.dumps, ()), (marshal.dumps, (1,2,3)), (marshal.loads, ()), (marshal.loads, (1,2)), (marshal.loads, ('s',)), (marshal.dump, (1,)), (marshal.load, ()), (marshal.dumps, (1,'a')), (marshal.load, (1,))]:
    try: f(*a)
    except Exception as e: print(type(e).__name__, e)
try: marshal.dumps(value=1)
except Exception as e: print(type(e).__name__, e)
vals = [0, -1, 2**31-1, 2**31, -2**31, -2**31-1, 2**62, 2**63, -2**63, 2**100+7, -(2**200), 0.0, -0.0, 1e300, float('inf'), 1j, -2.5-0j, '', 'xy-'*100, 'é'*3, '\udc80', '\U0001F600', b'', b'\x00'*3, (1, (2, 3)), [1, [2]], {'a': 1, 2: [3]}, {1, 2, 3}, frozenset({'a', 'b'}), set(), None, True, False, ..., ((),)*3]
for v in vals:
    for ver in range(5):
        d = marshal.dumps(v, ver)
        r = marshal.loads(d)
        print(ver, d[:40], repr(r)[:40], r == v or v != v)
import io
f = io.BytesIO()
marshal.dump([1,2], f); marshal.dump('x', f, 2); marshal.dump(3.5, f)
f.seek(0)
print(marshal.load(f), marshal.load(f), marshal.load(f))
try: marshal.load(f)
except Exception as e: print(type(e).__name__, e)
s = {1.5, 'q'}
t = (s, s)
print(marshal.dumps(t))
a = [1]
print(marshal.dumps([a, a, (a,)]))
print(marshal.loads(marshal.dumps([a, a, (a,)])))

print(marshal.loads(b'I\xfe\xdc\xba\x98\x76\x54\x32\x10'))
class W:
    def __init__(self): self.parts = []
    def write(self, b): self.parts.append(b)
w = W(); marshal.dump({'k': (1, 2.5)}, w); print(w.parts)
class R:
    def read(self, n): return 'text'
try: marshal.load(R())
except Exception as e: print(type(e).__name__, e)
