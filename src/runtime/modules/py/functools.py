"""mempy's stand-in for CPython's `functools` module (compiled from this source at
first import).

Owns: reduce, partial, update_wrapper, wraps, WRAPPER_ASSIGNMENTS,
WRAPPER_UPDATES, total_ordering, cmp_to_key, lru_cache, cache and
cached_property. Written for mempy from the documented behaviour; the public names,
reprs and error messages are CPython's.

Known differences: partial is a Python class and the functions made by
lru_cache/cache are Python closures (CPython uses C types for both), so type()
tells them apart; cache keys are always tuples; cached_property has no lock.
"""

from collections import namedtuple as _namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_NO_START = object()


# -- reduce -------------------------------------------------------------------

def reduce(function, sequence, initial=_NO_START):
    """Fold `sequence` from the left with the two-argument `function`, starting
    from `initial` when given, else from the first item."""
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    total = initial
    if total is _NO_START:
        for total in items:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in items:
        total = function(total, item)
    return total


# -- partial ------------------------------------------------------------------

class partial:
    """A callable that calls `func` with some arguments filled in already."""

    # func/args/keywords live in slots behind read-only properties (CPython's are
    # read-only members), so the instance __dict__ holds only what users set.
    __slots__ = ('_p_func', '_p_args', '_p_keywords', '__dict__', '__weakref__')

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial) and not func.__dict__:
            # Flatten: a partial of a partial calls the inner function directly
            # (not one carrying attributes of its own, which CPython keeps whole).
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        object.__setattr__(self, '_p_func', func)
        object.__setattr__(self, '_p_args', args)
        object.__setattr__(self, '_p_keywords', keywords)

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._p_func

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._p_args

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._p_keywords

    def __setattr__(self, name, value):
        if name in ('func', 'args', 'keywords') or name.startswith('_p_'):
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in ('func', 'args', 'keywords') or name.startswith('_p_'):
            raise AttributeError('readonly attribute')
        if name == '__dict__':
            # CPython's partial keeps its dict for good: it may be replaced by
            # another dict, never removed.
            raise TypeError('cannot delete __dict__')
        object.__delattr__(self, name)

    def __call__(self, /, *args, **keywords):
        if self._p_keywords:
            keywords = {**self._p_keywords, **keywords}
        return self._p_func(*self._p_args, *args, **keywords)

    def __repr__(self):
        shown = [repr(self.func)]
        shown += [repr(a) for a in self.args]
        shown += ["%s=%r" % kv for kv in self.keywords.items()]
        cls = type(self)
        name = "functools.partial" if cls is partial else cls.__name__
        return "%s(%s)" % (name, ", ".join(shown))

    def __reduce__(self):
        return (type(self), (self._p_func,),
                (self._p_func, self._p_args, self._p_keywords or None,
                 self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError("expected 4 items in state, got %d" % len(state))
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict))):
            raise TypeError("invalid partial state")
        args = tuple(args)
        kwds = {} if kwds is None else dict(kwds)
        object.__setattr__(self, '_p_func', func)
        object.__setattr__(self, '_p_args', args)
        object.__setattr__(self, '_p_keywords', kwds)
        if namespace is not None:
            self.__dict__.update(namespace)


# -- update_wrapper / wraps ---------------------------------------------------

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the attributes named in
    `assigned`, merge those named in `updated`, and set __wrapped__."""
    for name in assigned:
        if hasattr(wrapped, name):
            setattr(wrapper, name, getattr(wrapped, name))
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper()."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# -- total_ordering -----------------------------------------------------------
# Given one ordering method (the "root"), each of the other three follows from
# it and ==. The helpers below build them; all give back NotImplemented when
# the root does.

def _negated(root):
    # The opposite direction with the other strictness: a >= b is not a < b.
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return not r
    return method


def _or_equal(root):
    # Strict root, loose result in the same direction: a <= b is a < b or a == b.
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return r or self == other
    return method


def _and_unequal(root):
    # Loose root, strict result in the same direction: a < b is a <= b, a != b.
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return r and self != other
    return method


def _reversed_strict(root):
    # Strict root, strict result the other way: a > b is not a < b, a != b.
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other
    return method


def _reversed_loose(root):
    # Loose root, loose result the other way: a >= b is not a <= b, or a == b.
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return not r or self == other
    return method


# For each possible root (in order of preference), how to build the others.
_FILL_FROM = (
    ('__lt__', (('__gt__', _reversed_strict), ('__le__', _or_equal),
                ('__ge__', _negated))),
    ('__le__', (('__ge__', _reversed_loose), ('__lt__', _and_unequal),
                ('__gt__', _negated))),
    ('__gt__', (('__lt__', _reversed_strict), ('__ge__', _or_equal),
                ('__le__', _negated))),
    ('__ge__', (('__le__', _reversed_loose), ('__gt__', _and_unequal),
                ('__lt__', _negated))),
)


def _own_method(cls, name):
    # Whether some class on cls's MRO other than object provides `name`.
    for klass in cls.__mro__:
        if klass is object:
            return False
        found = klass.__dict__.get(name, _NO_START)
        if found is not _NO_START:
            return found is not None
    return False


def total_ordering(cls):
    """Class decorator: fill in the ordering methods the class leaves out."""
    present = {name for name, _ in _FILL_FROM if _own_method(cls, name)}
    for root, derived in _FILL_FROM:
        if root in present:
            break
    else:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, build in derived:
        if name in present:
            continue
        method = build(root)
        method.__name__ = name
        method.__qualname__ = cls.__qualname__ + '.' + name
        setattr(cls, name, method)
    return cls


# -- cmp_to_key ---------------------------------------------------------------

def cmp_to_key(mycmp):
    """Turn an old-style cmp(a, b) function into a key= function."""
    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def _cmp(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj)

        def __lt__(self, other):
            return self._cmp(other) < 0

        def __le__(self, other):
            return self._cmp(other) <= 0

        def __eq__(self, other):
            return self._cmp(other) == 0

        def __ge__(self, other):
            return self._cmp(other) >= 0

        def __gt__(self, other):
            return self._cmp(other) > 0

        __hash__ = None

    KeyWrapper.__name__ = KeyWrapper.__qualname__ = 'functools.KeyWrapper'
    return KeyWrapper


# -- lru_cache / cache --------------------------------------------------------

_CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


_KEYWORDS_FOLLOW = object()


def _call_key(args, kwds, typed):
    # Keyword order matters (f(a=1, b=2) and f(b=2, a=1) are cached apart), as
    # does the type of each argument when `typed` is set.
    if not kwds and not typed:
        return args
    key = (_KEYWORDS_FOLLOW, args, tuple(kwds.items()))
    if typed:
        key += (tuple([type(a) for a in args]),
                tuple([type(v) for v in kwds.values()]))
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator caching a function's results, keeping the `maxsize` most
    recently used (all of them when maxsize is None)."""
    if callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache.
        return _memoize(maxsize, 128, typed)
    if maxsize is not None:
        if not isinstance(maxsize, int) or isinstance(maxsize, bool):
            raise TypeError(
                'Expected first argument to be an integer, a callable, or None')
        maxsize = max(maxsize, 0)

    def decorating_function(user_function):
        return _memoize(user_function, maxsize, typed)
    return decorating_function


def _memoize(func, maxsize, typed):
    store = {}          # key -> result, least recently used first
    counts = [0, 0]     # hits, misses
    absent = store      # a marker no result can be

    if maxsize == 0:
        def wrapper(*args, **kwds):
            counts[1] += 1
            return func(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _call_key(args, kwds, typed)
            found = store.get(key, absent)
            if found is absent:
                counts[1] += 1
                found = store[key] = func(*args, **kwds)
            else:
                counts[0] += 1
            return found
    else:
        def wrapper(*args, **kwds):
            key = _call_key(args, kwds, typed)
            found = store.pop(key, absent)
            if found is not absent:
                store[key] = found      # now the most recently used
                counts[0] += 1
                return found
            counts[1] += 1
            found = func(*args, **kwds)
            if key not in store:        # a recursive call may have added it
                if len(store) >= maxsize:
                    del store[next(iter(store))]
                store[key] = found
            return found

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(counts[0], counts[1], maxsize, len(store))

    def cache_clear():
        """Clear the cache and cache statistics"""
        store.clear()
        counts[0] = counts[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, func)


def cache(user_function, /):
    """lru_cache(maxsize=None): remember every result."""
    return _memoize(user_function, None, False)


# -- cached_property ----------------------------------------------------------

_UNSET = object()


class cached_property:
    """A non-data descriptor: the first read of the attribute on an instance
    calls the function and stores the value in the instance __dict__, where
    later reads find it directly (assigning or deleting works on that value)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different "
                "names (%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without "
                            "calling __set_name__ on it.")
        try:
            saved = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache "
                            "%r property." % (type(instance).__name__, name)) from None
        value = saved.get(name, _UNSET)
        if value is _UNSET:
            value = self.func(instance)
            try:
                saved[name] = value
            except TypeError:
                raise TypeError(
                    "The '__dict__' attribute on %r instance does not support "
                    "item assignment for caching %r property."
                    % (type(instance).__name__, name)) from None
        return value

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
