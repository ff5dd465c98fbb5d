# gc.get_count() after a full collection (which empties CPython's free lists):
# the arguments tuple CPython packs to call builtin types without a vectorcall
# entry (int, str, bytes, slice, property, ...) and print's *args tuple count
# once, as do the objects made on first use: print's keyword names tuple and
# Py_ReprEnter's thread-state dict and list.
import gc, sys
gcnt = gc.get_count
res = []
def probe(label, fn):
    gc.collect()
    gcnt()
    a = gcnt()[0]
    fn()
    b = gcnt()[0]
    res.append((label, b - a))
x = 5
probe('nothing', lambda: None)
probe('first print', lambda: print('x'))
probe('print again', lambda: print('x'))
probe('print two', lambda: print('x', 'y'))
probe('print none', lambda: print())
probe('first repr', lambda: repr((1, 2)))
probe('repr again', lambda: repr((1, 2)))
probe('write', lambda: sys.stdout.write('w\n'))
probe('int', lambda: int('5'))
probe('int base', lambda: int('5', 10))
probe('str', lambda: str(x))
probe('str()', lambda: str())
probe('bytes', lambda: bytes(3))
probe('bytearray', lambda: bytearray(3))
probe('complex', lambda: complex(1, 2))
probe('slice', lambda: slice(1, 2))
probe('property', lambda: property(None))
probe('memoryview', lambda: memoryview(b'a'))
probe('float', lambda: float('1.5'))
probe('bool', lambda: bool(x))
probe('range', lambda: range(3))
probe('filter', lambda: filter(None, 'a'))
probe('list', lambda: list('ab'))
print(res)
