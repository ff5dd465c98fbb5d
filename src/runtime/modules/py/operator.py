"""mempy's stand-in for CPython's `operator` module (compiled from this source at
first import).

Owns the function form of every Python operator (add, lt, getitem, iadd, ...),
their __dunder__ aliases, length_hint, call, and the itemgetter, attrgetter and
methodcaller callables. Written for mempy from the documented behaviour; the
names, reprs and error messages are CPython's.

Known difference: these are Python functions, so repr(operator.add) reads
`<function add at 0x...>` where CPython has `<built-in function add>`.
"""

__all__ = """
    abs add and_ attrgetter call concat contains countOf delitem eq floordiv ge
    getitem gt iadd iand iconcat ifloordiv ilshift imatmul imod imul index
    indexOf inv invert ior ipow irshift is_ is_not isub itemgetter itruediv
    ixor le length_hint lshift lt matmul methodcaller mod mul ne neg not_ or_
    pos pow rshift setitem sub truediv truth xor
""".split()


# -- comparisons ----------------------------------------------------------------

def lt(a, b):
    "Same as a < b."
    return a < b


def le(a, b):
    "Same as a <= b."
    return a <= b


def eq(a, b):
    "Same as a == b."
    return a == b


def ne(a, b):
    "Same as a != b."
    return a != b


def ge(a, b):
    "Same as a >= b."
    return a >= b


def gt(a, b):
    "Same as a > b."
    return a > b


# -- truth and identity ---------------------------------------------------------

def not_(a):
    "Same as not a."
    return not a


def truth(a):
    "True when a is truthy, else False."
    return bool(a)


def is_(a, b):
    "Same as a is b."
    return a is b


def is_not(a, b):
    "Same as a is not b."
    return a is not b


# -- arithmetic and bitwise -----------------------------------------------------

def _over_builtin_abs(real):
    # operator.abs calls the builtin abs, which its own name hides here. (No
    # builtin function is left in the namespace: every public-looking name of
    # the module is expected to have __module__ 'operator'.)
    def abs(a):
        "Same as abs(a)."
        return real(a)
    abs.__qualname__ = 'abs'
    return abs


abs = _over_builtin_abs(abs)
del _over_builtin_abs


def add(a, b):
    "Same as a + b."
    return a + b


def sub(a, b):
    "Same as a - b."
    return a - b


def mul(a, b):
    "Same as a * b."
    return a * b


def matmul(a, b):
    "Same as a @ b."
    return a @ b


def truediv(a, b):
    "Same as a / b."
    return a / b


def floordiv(a, b):
    "Same as a // b."
    return a // b


def mod(a, b):
    "Same as a % b."
    return a % b


def pow(a, b):
    "Same as a ** b."
    return a ** b


def neg(a):
    "Same as -a."
    return -a


def pos(a):
    "Same as +a."
    return +a


def inv(a):
    "Same as ~a."
    return ~a


invert = inv


def lshift(a, b):
    "Same as a << b."
    return a << b


def rshift(a, b):
    "Same as a >> b."
    return a >> b


def and_(a, b):
    "Same as a & b."
    return a & b


def or_(a, b):
    "Same as a | b."
    return a | b


def xor(a, b):
    "Same as a ^ b."
    return a ^ b


def index(a):
    "Same as a.__index__()"
    if isinstance(a, int):
        return a
    hook = getattr(type(a), '__index__', None)
    if hook is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__)
    return hook(a)


# -- sequences ------------------------------------------------------------------

def concat(a, b):
    "a + b for two sequences."
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b):
    "b in a (the container comes first)."
    return b in a


def countOf(a, b):
    "How many items of a are b or equal to b."
    return sum(1 for x in a if x is b or x == b)


def indexOf(a, b):
    "Position of the first item of a that is b or equals b."
    pos = 0
    for x in a:
        if x is b or x == b:
            return pos
        pos += 1
    raise ValueError('sequence.index(x): x not in sequence')


def getitem(a, b):
    "Same as a[b]."
    return a[b]


def setitem(a, b, c):
    "Same as a[b] = c."
    a[b] = c


def delitem(a, b):
    "Same as del a[b]."
    del a[b]


def length_hint(obj, default=0):
    """A guess at len(obj): exact when obj has a length, else what its
    __length_hint__ says, else `default`."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hook = getattr(type(obj), '__length_hint__', None)
    if hook is None:
        return default
    try:
        guess = hook(obj)
    except TypeError:
        # An object that has no length to guess says so with TypeError (an
        # endless itertools.repeat): the default stands.
        return default
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        raise TypeError('__length_hint__ must be an integer, not %s'
                        % type(guess).__name__)
    if guess < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return guess


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# -- in-place forms -------------------------------------------------------------

def iadd(a, b):
    "Same as a += b."
    a += b
    return a


def isub(a, b):
    "Same as a -= b."
    a -= b
    return a


def imul(a, b):
    "Same as a *= b."
    a *= b
    return a


def imatmul(a, b):
    "Same as a @= b."
    a @= b
    return a


def itruediv(a, b):
    "Same as a /= b."
    a /= b
    return a


def ifloordiv(a, b):
    "Same as a //= b."
    a //= b
    return a


def imod(a, b):
    "Same as a %= b."
    a %= b
    return a


def ipow(a, b):
    "Same as a **= b."
    a **= b
    return a


def ilshift(a, b):
    "Same as a <<= b."
    a <<= b
    return a


def irshift(a, b):
    "Same as a >>= b."
    a >>= b
    return a


def iand(a, b):
    "Same as a &= b."
    a &= b
    return a


def ior(a, b):
    "Same as a |= b."
    a |= b
    return a


def ixor(a, b):
    "Same as a ^= b."
    a ^= b
    return a


def iconcat(a, b):
    "a += b for two sequences."
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


# -- itemgetter / attrgetter / methodcaller -------------------------------------

class itemgetter:
    """itemgetter(k) called on x gives x[k]; with several keys, a tuple of
    those items."""

    __slots__ = ('_keys', '_get')

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._keys = items
        if len(items) == 1:
            key = items[0]
            self._get = lambda obj: obj[key]
        else:
            self._get = lambda obj: tuple([obj[k] for k in items])

    def __call__(self, obj, /):
        return self._get(obj)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._keys))


class attrgetter:
    """attrgetter('a.b') called on x gives x.a.b; with several names, a tuple
    of those attributes."""

    __slots__ = ('_names', '_get')

    @staticmethod
    def _path_getter(path):
        # A function following a dotted attribute path ("a.b.c").
        steps = path.split('.')
        if len(steps) == 1:
            return lambda obj: getattr(obj, path)

        def follow(obj):
            for step in steps:
                obj = getattr(obj, step)
            return obj
        return follow

    def __init__(self, attr, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._names = names
        if attrs:
            getters = [self._path_getter(n) for n in names]
            self._get = lambda obj: tuple([g(obj) for g in getters])
        else:
            self._get = self._path_getter(attr)

    def __call__(self, obj, /):
        return self._get(obj)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._names))


class methodcaller:
    """methodcaller('m', *args, **kw) called on x gives x.m(*args, **kw)."""

    __slots__ = ('_method', '_pos', '_named')

    def __init__(*args, **kwargs):
        # (No named `self`/`name` parameters: both may be keyword arguments
        # meant for the method.)
        if len(args) < 2:
            raise TypeError(
                'methodcaller needs at least one argument, the method name')
        self, name = args[0], args[1]
        args = args[1:]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._method = name
        self._pos = args[1:]
        self._named = kwargs

    def __call__(self, obj, /):
        bound = getattr(obj, self._method)
        return bound(*self._pos, **self._named)

    def __repr__(self):
        shown = [repr(self._method)] + [repr(a) for a in self._pos]
        shown += ['%s=%r' % kv for kv in self._named.items()]
        return 'operator.methodcaller(%s)' % ', '.join(shown)


# -- the __dunder__ spellings ---------------------------------------------------
# operator.__add__ is operator.add, and so on for every operator function
# (the names that are not operators themselves have none).

for _name in __all__:
    if _name in ('attrgetter', 'itemgetter', 'methodcaller', 'countOf',
                 'indexOf', 'length_hint', 'truth', 'is_', 'is_not'):
        continue
    globals()['__%s__' % _name.rstrip('_')] = globals()[_name]
del _name
