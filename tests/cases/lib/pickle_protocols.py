# pickle: the exact bytes of protocols 0-5 for builtin values, instances (dict, slots,
# __getstate__/__setstate__, __reduce__), subclasses of builtins, globals and shared
# references, each loaded back; the error messages of bad pickles and unpicklables.
import pickle, collections


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, o):
        return type(o) is P and o.x == self.x


class S:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


class G:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v * 2}

    def __setstate__(self, st):
        self.v = st['v'] // 2


class R:
    def __reduce__(self):
        return (R2, (5,))


class R2:
    def __init__(self, n):
        self.n = n


shared = [1, 2]
vals = [None, True, False, 0, 255, 256, 65536, -1, 2**31, -2**31 - 1, 2**100, -2**100,
        1.5, float('inf'), '', 'h\xe9llo\u20ac\U0001f600', 'a\\b\nc\r\x00\x1a', b'',
        b'ab\x00\xff', bytearray(b'xy'), (), (1,), (1, 2, 3), (1, 2, 3, 4), [1, [2]],
        {'a': 1, 2: [3]}, set(), {1, 2}, frozenset({4}), P(3), L([1, 2]), D(a=1), I(7),
        len, P, type(None), 3 + 4j, range(1, 10, 2), slice(1, 2, 3),
        collections.OrderedDict(a=1), collections.deque([1], 3),
        collections.defaultdict(list, a=[1]), collections.Counter('abca'),
        [shared, shared, (shared, shared)], ValueError('bad', 2)]
for v in vals:
    for proto in range(6):
        d = pickle.dumps(v, proto)
        back = pickle.loads(d)
        same = back == v if not isinstance(v, BaseException) else back.args == v.args
        print(proto, d, same, type(back).__name__)

g = pickle.loads(pickle.dumps(G(5)))
print(g.v)
s = pickle.loads(pickle.dumps(S(), 2))
print(s.a, hasattr(s, 'b'))
print(pickle.loads(pickle.dumps(R())).n)
big = list(range(1500))
print(pickle.loads(pickle.dumps(big, 1)) == big, len(pickle.dumps(big, 4)))
print(pickle.loads(b"S'a\\nb\\x41'\np0\n."))
for bad in [b'\xff', b'(', b'K']:
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(S(), 0)
except TypeError as e:
    print(e)
try:
    pickle.dumps(lambda: 1)
except pickle.PicklingError as e:
    print(str(e).split(':')[1])
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
