# Warnings issued in or through library code that CPython writes in C are
# reported at the Python line that called it, as CPython's C warn() does.
import codecs
import functools
import warnings

warnings.simplefilter('always')


def deprecated_api(x):
    warnings.warn("deprecated_api is going away", DeprecationWarning, stacklevel=2)
    return x * 2


def caller():
    # A partial object is C in CPython: stacklevel=2 names this line.
    return functools.partial(deprecated_api, 21)()


print(caller())
print(list(map(deprecated_api, [1])))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: deprecated_api(a) - b)))


def decode(data):
    return codecs.escape_decode(data)


print(decode(b'a\\qb'))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    codecs.escape_decode(b'\\8')
    warnings.warn("level zero", UserWarning, stacklevel=0)
    warnings.warn("level one", UserWarning, stacklevel=1)
for w in caught:
    print(w.category.__name__, w.message, w.filename == __file__, w.lineno)
