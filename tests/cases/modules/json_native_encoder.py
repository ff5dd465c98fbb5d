# The one-shot encoder (`_json.make_encoder`, what json.dumps uses without indent):
# subclasses of int/float/str written through the base type's repr, dict key
# coercion and its TypeError, skipkeys, sort_keys, allow_nan, circular references,
# default(), refcounts seen from default(), result identity, 100000-chunk segments,
# and the indent the C encoder stores but does not apply.
import json, _json, sys


class I(int):
    def __repr__(self):
        return 'I!'


class F(float):
    def __repr__(self):
        return 'F!'


class S(str):
    pass


print(json.dumps([I(3), F(2.5), S('s\n'), {I(4): F(1.5), F(2.0): 1, True: 0, None: 1}]))
print(json.dumps({'b': [1, (2, 3)], 'a': {}, 'c': []}, sort_keys=True))
print(json.dumps({'é': '\U0001f600\x7f'}, ensure_ascii=False), json.dumps({'é': '\U0001f600\x7f'}))
print(json.dumps([2 ** 70, -2 ** 70, 1e300, -0.0, 1e16, 0.1]))
for bad in [{(1, 2): 3}, {frozenset(): 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError:', e)
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
for v in [float('nan'), [float('inf')], {float('-inf'): 1}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print('ValueError:', e)
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
a = []
a.append(a)
d = {}
d['d'] = d
for v in (a, d):
    try:
        json.dumps(v)
    except ValueError as e:
        print('ValueError:', e)


class X:
    pass


def dflt(o):
    print('default sees refcount', sys.getrefcount(o))
    return {'x': 1}


print(json.dumps([X()], default=dflt))
print(json.dumps({'k': X()}, default=dflt, check_circular=False))
try:
    json.dumps(X())
except TypeError as e:
    print('TypeError:', e)
deep = []
for i in range(5000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError:', e)
print(json.dumps(None) is json.dumps(None), json.dumps([]) is json.dumps([]),
      json.dumps({}) is json.dumps({}), json.dumps(5) is chr(53))


class D(dict):
    def items(self):
        return [('z', 1)]


class L(list):
    def __iter__(self):
        return iter([9])


print(json.dumps(D(a=1)), json.dumps(L([1, 2])), json.dumps(D()))
e = _json.make_encoder({}, None, json.encoder.encode_basestring_ascii, 2, ':', ',',
                       1, 0, True)
print(e([1, {'a': [2]}], 0), e.indent, e.sort_keys, e.skipkeys, type(e).__name__)
r = e([1] * 50000, 0)
print(len(r), [len(x) for x in r], r[-1] is chr(93))
try:
    _json.make_encoder(1, None, None, None, ': ', ', ', False, False, False)
except TypeError as e:
    print('TypeError:', e)
bad = _json.make_encoder(None, str, lambda s: 1, None, ': ', ', ', False, False, False)
try:
    bad(['x'], 0)
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({1: 2}, sort_keys=True, separators=(',', ':')))
try:
    json.dumps({'a': 1, 1: 'a'}, sort_keys=True)
except TypeError as e:
    print('TypeError:', e)
