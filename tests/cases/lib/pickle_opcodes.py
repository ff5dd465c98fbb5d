# pickle: every protocol's bytes for builtin values, containers around the batch
# size (exact and subclassed lists, dicts, sets), classes, instances (dict, slots,
# __getstate__/__setstate__, __getnewargs[_ex]__, __reduce__), shared and recursive
# references, exceptions; hand-written pickles of each opcode and the errors of bad
# ones (stack underflow, misplaced MARK, missing memo, persistent ids); Pickler and
# Unpickler hooks (persistent_id/load, reducer_override, dispatch_table,
# find_class) and the errors of bad reductions.
import pickle, io, copyreg, sys, collections
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version, pickle.compatible_formats)
class P:
    def __init__(self): self.a = 1; self.b = [1, 2]
    def __eq__(self, o): return type(o) is P and o.__dict__ == self.__dict__
class Sl:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1
class GS:
    def __init__(self, v): self.v = v
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, s): self.v = s['v'] + 1
class NA(tuple):
    def __new__(cls, a, b): return tuple.__new__(cls, (a, b))
    def __getnewargs__(self): return tuple(self)
class KW:
    def __new__(cls, *, k): o = object.__new__(cls); o.k = k; return o
    def __getnewargs_ex__(self): return (), {'k': self.k}
class R:
    def __reduce__(self): return (R2, (5,))
class R2:
    def __init__(self, v): self.v = v
class MyList(list): pass
class MyDict(dict): pass
class MyInt(int): pass
class E(Exception): pass
shared = [1]
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2**31-1, 2**31, -2**31, -2**31-1, 2**100, -2**100, 2**2050, 0.5, -1e300, float('inf'), 1+2j,
        '', 'abc', 'é\u20ac\U0001f600', 'a\\b\nc\r\x00\x1a', b'', b'xyz', b'\x00\xff' * 200, bytearray(b'ab'), bytearray(),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2]], {}, {'a': 1, 2: [3]}, set(), {1, 2}, frozenset(), frozenset({3}),
        list(range(2500)), {i: i for i in range(1200)}, set(range(1100)),
        [shared, shared, (shared,)], len, print, int, type(None), type(NotImplemented), type(...), None.__class__, P, P(), Sl(),
        MyList([1, 2]), MyDict(a=1), MyInt(7), range(1, 10, 2), slice(1, 2), E('x', 2), ValueError('bad'), collections.OrderedDict(a=1),
        'x' * 300, b'y' * 70000, NotImplemented, Ellipsis, collections.deque([1, 2]), KeyError, OSError(2, 'nf')]
for proto in range(6):
    for v in vals:
        try:
            d = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, type(v).__name__, 'DUMPERR', type(e).__name__, e); continue
        try:
            back = pickle.loads(d)
        except Exception as e:
            print(proto, type(v).__name__, 'LOADERR', type(e).__name__, e); continue
        short = d if len(d) < 120 else (len(d), d[:40], d[-20:])
        ok = back == v if not isinstance(v, (Sl, E, ValueError, OSError)) else type(back) is type(v)
        print(proto, type(v).__name__, short, ok)
    for v in [GS(3), NA(1, 2), R(), Sl()] + ([KW(k=4)] if proto > 3 else []):
        try:
            d = pickle.dumps(v, proto); b = pickle.loads(d)
            print(proto, type(v).__name__, d, type(b).__name__, getattr(b, '__dict__', None), getattr(b, 'x', None))
        except Exception as e: print(proto, type(v).__name__, 'ERR', type(e).__name__, e)
    r = [1]; r.append(r)
    b = pickle.loads(pickle.dumps(r, proto)); print(proto, 'rec', b[1] is b)
    t = ([],); t[0].append(t)
    b = pickle.loads(pickle.dumps(t, proto)); print(proto, 'rectuple', b[0][0] is b, pickle.dumps(t, proto))
for bad in [(x for x in []), sys]:
    for proto in (0, 2, 4):
        try: pickle.dumps(bad, proto); print('no err')
        except Exception as e: print(type(e).__name__, str(e)[:100])
def local():
    class Loc: pass
    return Loc
for proto in (0, 4):
    try: pickle.dumps(local(), proto)
    except Exception as e: print(type(e).__name__, e)
for data in [b'', b'\x80\x09.', b'\xff', b'N', b'(N', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.', b'h\x05.', b'g3\n.', b'K', b'S\'abc\'\n.', b'Sabc\n.',
             b'c__builtin__\nxrange\n(K\x03tR.', b'cbuiltins\nnope\n.', b'cnomod\nx\n.', b'\x80\x02c__builtin__\nunicode\n.', b'I01\n.', b'I00\n.', b'I12\n.', b'L12L\n.',
             b'F1.5\n.', b'Vab\\u20ac\n.', b'\x80\x04\x8c\x01a\x8c\x01b\x93.', b'\x80\x04K\x01K\x02\x93.', b'T\x02\x00\x00\x00ab.', b'U\x02ab.', b'Q.', b'P1\n.',
             b'(I1\nI2\nl.', b'(I1\nI2\nd.', b'}(K\x01K\x02u.', b'0.', b'2.', b'\x8a\x02\xff\x7f.', b'\x8b\xff\xff\xff\xff.', b'\x82\x01.', b']\x94(K\x01\x85\x94e.', b'cbuiltins\nlist\n)R.',
             b'J\x01\x00\x00\x00.', b'M\x01\x01.', b'G?\xf0\x00\x00\x00\x00\x00\x00.', b'B\x01\x00\x00\x00a.', b'C\x01a.', b'X\x01\x00\x00\x00a.', b'\x8e\x01\x00\x00\x00\x00\x00\x00\x00a.',
             b'\x96\x01\x00\x00\x00\x00\x00\x00\x00a.', b'\x8f(K\x01\x90.', b'(K\x01\x91.', b'\x97.', b'\x98.', b'N\x88\x89.', b"S'a\\x41\\n\\101'\n.", b'(cbuiltins\nlist\no.', b'(ibuiltins\nlist\n.',
             b'K\x01p0\nK\x02g0\n.', b'K\x01q\x00h\x00.', b'K\x01r\x00\x00\x00\x00j\x00\x00\x00\x00.']:
    try: print(repr(data), repr(pickle.loads(data)))
    except Exception as e: print(repr(data), type(e).__name__, e)
for enc in ['ASCII', 'latin1', 'bytes']:
    try: print(enc, pickle.loads(b"U\x02\xe9a.", encoding=enc))
    except Exception as e: print(enc, type(e).__name__, e)
try: pickle.loads('x')
except TypeError as e: print(e)
for proto in (6, -1, 100):
    try: print(len(pickle.dumps(1, proto)))
    except ValueError as e: print(e)
try: pickle.Pickler(object())
except TypeError as e: print(e)
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dump([1, 2]); p.dump('x')
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load())
try: u.load()
except EOFError as e: print('EOF', e)
class PP(pickle.Pickler):
    def persistent_id(self, obj):
        return 'ID%d' % obj if isinstance(obj, int) and obj > 100 else None
class PU(pickle.Unpickler):
    def persistent_load(self, pid): return ('loaded', pid)
for proto in (0, 1, 4):
    f = io.BytesIO(); PP(f, proto).dump([1, 500]); print(f.getvalue())
    f.seek(0); print(PU(f).load())
    f.seek(0)
    try: pickle.Unpickler(f).load()
    except pickle.UnpicklingError as e: print(e)
class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if obj == 7: return (int, (8,))
        return NotImplemented
f = io.BytesIO(); RO(f, 4).dump([7, 'a']); print(pickle.loads(f.getvalue()))
class DT(pickle.Pickler):
    dispatch_table = {complex: lambda c: (str, ('cplx',))}
f = io.BytesIO(); DT(f).dump(1j); print(pickle.loads(f.getvalue()))
f = io.BytesIO(); p = pickle.Pickler(f, 4); p.dispatch_table = copyreg.dispatch_table.copy(); p.dispatch_table[R2] = lambda o: (str, ('r2',)); p.dump(R2(1)); print(pickle.loads(f.getvalue()))
class FC(pickle.Unpickler):
    def find_class(self, m, n):
        if m == 'builtins' and n == 'list': return tuple
        raise pickle.UnpicklingError('forbidden %s.%s' % (m, n))
print(FC(io.BytesIO(pickle.dumps([list]))).load())
try: FC(io.BytesIO(pickle.dumps([dict]))).load()
except pickle.UnpicklingError as e: print(e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
class BadR:
    def __reduce__(self): return 5
class BadR2:
    def __reduce__(self): return (1,)
class BadR3:
    def __reduce__(self): return (len, 5)
class BadR4:
    def __reduce__(self): return (5, ())
class BadR5:
    def __reduce__(self): return 'nonexist_name'
for c in (BadR, BadR2, BadR3, BadR4):
    try: pickle.dumps(c())
    except Exception as e: print(type(e).__name__, e)
f = io.BytesIO(); pickle.dump({'k': 1}, f, protocol=3); f.seek(0); print(pickle.load(f))
print(pickle.dumps(P, 0), pickle.dumps(P, 3), pickle.dumps(collections.OrderedDict, 1))
p = pickle.Pickler(io.BytesIO()); p.dump(1); p.clear_memo()
print(pickle.loads(pickle.dumps(OSError(2, 'nf'))).args, pickle.loads(pickle.dumps(E('x', 2))).args)
print(pickle.dumps(E('x', 2)))
e = E('q'); e.extra = 1; print(pickle.dumps(e, 2)); print(pickle.loads(pickle.dumps(e)).extra)
for pr in (0, 1, 2):
    try: print(pickle.dumps(Sl(), pr))
    except Exception as e: print(type(e).__name__, e)
print(pickle.dumps([True, False], 1), pickle.dumps(P(), 1))
print(pickle.dumps(b'ab', 0), pickle.dumps(b'ab', 2), pickle.dumps(bytearray(b'ab'), 4), pickle.dumps('x\u20ac', 0))
for fn in (P.__init__,):
    try: print(pickle.dumps(fn, 4), pickle.dumps(fn, 2))
    except Exception as e: print(type(e).__name__, e)
print(pickle.dumps(1.5, 0), pickle.dumps(10**20, 0), pickle.dumps(-5, 0))

class L2(list): pass
class D2(dict): pass
for v in (list(range(1001)), L2(range(1001)), {i: i for i in range(1001)}, D2({i: i for i in range(1001)}), [5], L2([5]), {1: 2}, D2({1: 2}), list(range(1000)), L2(range(1000)), L2(), set(range(1000)), set(range(2000)), set(range(1001))):
    for pr in (0, 1, 2, 4):
        d = pickle.dumps(v, pr); print(type(v).__name__, len(v), pr, len(d), d[-14:], pickle.loads(d) == v)
print(pickle.dumps([P, R2, P], 4))
print(pickle.dumps([NotImplemented, ..., None], 4))
f = io.BytesIO(pickle.dumps(['x'] * 3 + ['y' * 70000], 4)); print(len(f.getvalue()), pickle.load(f)[0])
import pickle as pk
for bad in [b'\x85.', b'(\x85.', b'a.', b']Na.', b'(t(.', b'1.', b'(1N.', b'(0N.', b'u.', b'}(Ku.', b'\x93.', b'\x80\x04N\x95\x02\x00\x00\x00\x00\x00\x00\x00N.']:
    try: print(bad, pk.loads(bad))
    except Exception as e: print(bad, type(e).__name__, e)
class PU2(pickle.Unpickler):
    pass
u = PU2(io.BytesIO(b'K\x01Q.'))
try: print(u.load())
except Exception as e: print(type(e).__name__, e)
u = pickle.Unpickler(io.BytesIO(b'K\x01Q.')); u.persistent_load = lambda pid: ('pl', pid)
print(u.load())
print(pickle.dumps(OSError(2, 'nf', 'fn'), 2), pickle.loads(pickle.dumps(OSError(2, 'nf', 'fn'))).filename)
def gen(): yield 1
for pr in (0, 2, 4):
    for o in (gen(), object(), property()):
        try: print(pr, type(o).__name__, pickle.dumps(o, pr))
        except Exception as e: print(pr, type(o).__name__, type(e).__name__, e)
