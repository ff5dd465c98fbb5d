import array
import sys
a = array.array('i')
print(sys.getsizeof(a), a.__sizeof__(), a, a.typecode, a.itemsize, array.typecodes)
sizes = []
for i in range(20):
    a.append(i)
    sizes.append(sys.getsizeof(a))
print(sizes)
b = array.array('d', [1.0, 2.0, 3.0])
print(sys.getsizeof(b), repr(b), b.itemsize, b[1], b[-1], b[0:2], list(b), 2.0 in b)
print(sys.getsizeof(array.array('b', b'abcdefgh')), sys.getsizeof(array.array('u', 'hello')), array.array('u', 'hi'))
c = array.array('i', range(10))
c.extend([1, 2])
print(sys.getsizeof(c), sys.getsizeof(c[2:5]), sys.getsizeof(c * 3), sys.getsizeof(c + c))
for tc, v in [('b', -200), ('B', 300), ('h', -70000), ('H', 70000), ('i', -2**40), ('I', 2**40), ('l', 2**70), ('L', 2**70), ('q', -2**70), ('Q', -1), ('Q', 2**70), ('f', 'x'), ('d', None), ('u', 5), ('u', 'ab'), ('i', 'x'), ('i', 1.5), ('z', 1)]:
    try:
        array.array(tc, [v])
    except (OverflowError, TypeError, ValueError) as e:
        print(tc, type(e).__name__, e)
a = array.array('i', [1, 2])
for f in [lambda: a[5], lambda: a.pop(7), lambda: array.array('i').pop(), lambda: a.remove(9), lambda: a.index(9), lambda: a + [1], lambda: a + array.array('d'), lambda: a.__setitem__(0, 'x'), lambda: array.array('i', 'ab'), lambda: a.tounicode(), lambda: array.array('i', b'abc'), lambda: a.__setitem__(slice(0, 1), [1])]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(a == array.array('d', [1.0, 2.0]), a < array.array('i', [1, 3]), repr(array.array('i')), str(array.array('f', [0.1])))
d = array.array('i', range(10))
print(sys.getsizeof(d))
del d[2:4]
print(sys.getsizeof(d))
d.pop()
d.pop()
print(sys.getsizeof(d))
d.insert(0, 5)
print(sys.getsizeof(d), d)
e = array.array('i', [1, 2, 3])
e.extend(array.array('i', [4, 5]))
print(sys.getsizeof(e))
e *= 3
print(sys.getsizeof(e), len(e))
e.fromlist([1, 2, 3])
print(sys.getsizeof(e))
f = array.array('b')
f.frombytes(b'abc')
print(sys.getsizeof(f))
f += array.array('b', [1])
print(sys.getsizeof(f))
f[1:2] = array.array('b', [7, 8, 9])
print(sys.getsizeof(f), f)
print(sys.getsizeof(array.array('i', array.array('i', [1, 2, 3]))), sys.getsizeof(array.array('i', (1, 2))), sys.getsizeof(array.array('q', iter([1, 2]))))
g = array.array('h', [1, -2, 300])
print(g.tobytes(), array.array('h', g.tobytes()), g.count(1), g.index(300), g.tolist())
g.byteswap()
print(g)
g.reverse()
print(g, list(reversed(g)))
big = array.array('d', [0.5] * 100)
for _ in range(90):
    big.pop()
print(sys.getsizeof(big), len(big))
print(array.array('f', [1e300]), array.array('B', bytearray(b'\x01\x02')))
