# array.array as a builtin type: its class, iterator, methods, errors, pickling,
# subclasses and sizes after the same operations as CPython.
import array
import copy
import pickle
import sys

print(array.array, array.array.__name__, array.array.__qualname__, array.array.__module__)
print(array.ArrayType is array.array, array.typecodes, type(iter(array.array('i'))))
a = array.array('d', [1.0, 2.5])
a[0] = 3
a.append(4)
print(a, a.tolist(), a.typecode, a.itemsize, len(a), a.buffer_info()[1])
for tc in 'bBhHiIlLqQ':
    for v in [2**70, -2**70, -1, 300, 70000, 2**33, 1.5, 'x']:
        try:
            array.array(tc, [v])
        except (OverflowError, TypeError) as e:
            print(tc, repr(v), type(e).__name__, e)
for args in [(), ('i', 1, 2), (1,), ('ii',), ('z',)]:
    try:
        array.array(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b = array.array('i', [1, 2])
for f in [lambda: b * 'x', lambda: b + 1, lambda: 1 + b, lambda: b < [1],
          lambda: b.__iadd__([1]), lambda: hash(b), lambda: b.pop(1.5),
          lambda: b.index(1, 'x'), lambda: b.extend(1), lambda: b.fromlist((1,)),
          lambda: b.frombytes('x'), lambda: b.frombytes(b'abc'), lambda: b.count(),
          lambda: b.pop(1, 2), lambda: b.byteswap(1), lambda: b['x'], lambda: b[2**70],
          lambda: b.__setitem__(5, 1), lambda: b.__delitem__(5),
          lambda: b.__setitem__(slice(0, 2, 2), array.array('i', [1, 2])),
          lambda: array.array('u').fromunicode(1), lambda: b.fromunicode('x')]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(b.index(2, -1), array.array('i', [5, 5, 1]).count(5), list(reversed(b)))
h = array.array('H', [1, 256])
h.byteswap()
h.reverse()
print(h, h.tobytes(), array.array('H', h.tobytes()))
u = array.array('u', 'hé')
u.fromunicode('!')
print(u, u.tounicode(), u[1], u.tolist())
for proto in range(5):
    c = pickle.loads(pickle.dumps(a, proto))
    print(proto, c, c == a, type(c))
print(copy.copy(a), copy.deepcopy(a), a.__reduce_ex__(2), a.__reduce_ex__(3))
print(array._array_reconstructor(array.array, 'i', 9, b'\x00\x00\x00\x07'))
print(array._array_reconstructor(array.array, 'd', 14, b'\x00\x00\xc0?'))


class A(array.array):
    pass


s = A('i', [1, 2])
s.note = 'x'
print(s, type(s), s + s, s.typecode, len(s), s[1], s[::-1], sys.getsizeof(s))
print(pickle.loads(pickle.dumps(s)).note, type(pickle.loads(pickle.dumps(s, 2))), type(copy.copy(s)))
m = memoryview(s)
try:
    s.append(3)
except BufferError as e:
    print('BufferError', e)
m.release()
s.append(3)
print(s, s == array.array('i', [1, 2, 3]), bytes(s)[:4])
d = array.array('i', range(20))
sizes = []
for step in [lambda: d.__delitem__(slice(None, None, 2)), lambda: d.extend(range(30)),
             lambda: d.__imul__(2), lambda: d.__setitem__(slice(1, 3), array.array('i')),
             lambda: d.insert(-100, 1), lambda: d.pop(0), lambda: d.remove(3),
             lambda: d.fromlist([1] * 40), lambda: d.__delitem__(slice(5, None))]:
    step()
    sizes.append((len(d), sys.getsizeof(d)))
print(sizes)
match d:
    case [x, *rest]:
        print('sequence', x, len(rest))
print(array.array('f', [1e300, -1e300, 0.1]), array.array('Q', [2**64 - 1]), array.array('b', [-1]) < array.array('B', [0]))
