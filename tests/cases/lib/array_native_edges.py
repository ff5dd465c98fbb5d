# array.array edge cases: self slice assignment, extended slice deletion, invalid
# code points, unsigned limits, iterators over a growing array, tofile/fromfile.
import array
a = array.array('d', [1.0, 2.0, 3.0])
print(a[True], a * -1, a[::-1])
a[1:2] = a; print(a)
del a[::-2]; print(a)
del a[::3]; print(a)
u = array.array('u', b'\xff\xff\xff\xff')
try: print(u)
except ValueError as e: print(e)
b = array.array('b', [1, 2, 3])
b[::2] = array.array('b', [9, 9]); print(b)
print(array.array('I', [2**32 - 1]), array.array('L', [2**64 - 1]), array.array('q', [-2**63]))
it = iter(b); b.append(4); print(list(it))
print(array.array('d', (1, 2)), array.array('i', array.array('d', [1.0]).tobytes()[:4]))
x = array.array('i', [1]); x.extend(iter([2, 3])); x.extend(array.array('i', [4])); print(x, x.pop(), x.pop(0), x)
print(bool(array.array('i')), bool(x), array.array('i', [1, 2]) * 2 == 2 * array.array('i', [1, 2]))
try: array.array('i', [1]).extend(array.array('d'))
except TypeError as e: print(e)
import io
f = io.BytesIO(); x.tofile(f); f.seek(0); y = array.array('i'); y.fromfile(f, 1); print(y)
try: y.fromfile(f, 5)
except EOFError as e: print(e, y)
