# sys.getsizeof of instances of builtin subclasses with __slots__: 8 bytes per slot,
# the dict and weakref slots where the builtin's __sizeof__ counts them.
import sys
for base, v in [(list, [1]), (dict, {}), (str, 'ab'), (float, 1.5), (set, set()),
                (int, 5), (tuple, (1,)), (bytes, b'x'), (Exception, None),
                (frozenset, frozenset()), (bytearray, bytearray(b'ab')), (complex, 1j)]:
    row = []
    for ns in [{}, {'__slots__': ()}, {'__slots__': ('a',)}, {'__slots__': ('a', 'b')},
               {'__slots__': ('__dict__',)}, {'__slots__': ('__weakref__',)},
               {'__slots__': ('a', '__dict__', '__weakref__')}]:
        try:
            X = type('X', (base,), ns)
        except TypeError:
            row.append(None)
            continue
        x = X(v) if v is not None else X()
        row.append(sys.getsizeof(x))
        Y = type('Y', (X,), {})
        row.append(sys.getsizeof(Y(v) if v is not None else Y()))
    print(base.__name__, row)
