"""mempy's stand-in for CPython's `functools` module (compiled from this source at
first import).

Owns: reduce, partial, partialmethod, update_wrapper, wraps,
WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, total_ordering, cmp_to_key, lru_cache,
cache, cached_property, singledispatch and singledispatchmethod (with the C3
linearisation that places ABCs among a class's bases: _c3_mro, _compose_mro,
_find_impl). Written for mempy from the documented behaviour; the public names,
reprs and error messages are CPython's.

Known differences: partial is a Python class and the functions made by
lru_cache/cache are Python closures (CPython uses C types for both), so type()
tells them apart; cache keys are always tuples.
"""

from collections import namedtuple as _namedtuple
from _thread import RLock

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_NO_START = object()

# ids of the partials whose repr is being built (see partial.__repr__).
_repr_running = set()


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
        cls = type(self)
        name = "functools.partial" if cls is partial else cls.__name__
        # A partial reached again while its own repr is being built shows as
        # "..." (C's Py_ReprEnter), so a partial holding itself has a repr.
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            shown = [repr(self.func)]
            shown += [repr(a) for a in self.args]
            shown += ["%s=%r" % kv for kv in self.keywords.items()]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (name, ", ".join(shown))

    def __reduce__(self):
        # The keywords dict itself (C's partial_reduce): a copy made through
        # __setstate__ shares it, and the instance dict, with the original.
        return (type(self), (self._p_func,),
                (self._p_func, self._p_args, self._p_keywords,
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
        # Exact tuples and dicts are kept as given, subclasses converted
        # (C's partial_setstate); the namespace replaces the instance dict
        # (None empties it), it is not merged into it.
        if type(args) is not tuple:
            args = tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        object.__setattr__(self, '_p_func', func)
        object.__setattr__(self, '_p_args', args)
        object.__setattr__(self, '_p_keywords', kwds)
        object.__setattr__(self, '__dict__', {} if namespace is None else namespace)


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


# The twelve derived methods, made once and named as module functions
# (`_gt_from_lt`, ...): total_ordering gives every class the same function
# objects, as CPython does, so a derived method pickles by reference.
_DERIVED = {}
for _root, _fills in _FILL_FROM:
    for _name, _build in _fills:
        _f = _build(_root)
        _f.__name__ = _f.__qualname__ = '_%s_from_%s' % (_name[2:4], _root[2:4])
        globals()[_f.__name__] = _DERIVED[_root, _name] = _f
del _root, _fills, _name, _build, _f


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
    for name, _ in derived:
        if name in present:
            continue
        method = _DERIVED[root, name]
        method.__name__ = name
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


# The builtin len() as it was at import: the cache keeps working when len
# itself is replaced by a cached function (which would call back into it).
_len = len


class _HashedKey(list):
    """A call's key holding the hash computed when it was made: the cache's
    look-up, store and move-to-end then hash each argument once per call, as
    the C lru_cache does (an argument's __hash__ may be slow or have effects)."""

    __slots__ = ('_hash',)

    def __init__(self, items):
        self[:] = items
        self._hash = hash(items)

    def __hash__(self):
        return self._hash


def _call_key(args, kwds, typed):
    # Keyword order matters (f(a=1, b=2) and f(b=2, a=1) are cached apart), as
    # does the type of each argument when `typed` is set. A lone int or str
    # argument is its own key (as C's lru_cache_make_key has it).
    if not kwds and not typed:
        if _len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        return _HashedKey(args)
    key = (_KEYWORDS_FOLLOW, args, tuple(kwds.items()))
    if typed:
        key += (tuple([type(a) for a in args]),
                tuple([type(v) for v in kwds.values()]))
    return _HashedKey(key)


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
                if _len(store) >= maxsize:
                    del store[next(iter(store))]
                store[key] = found
            return found

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(counts[0], counts[1], maxsize, _len(store))

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
        # As in CPython 3.11: one lock per property, so that threads reading the
        # attribute at once call the function only once.
        self.lock = RLock()

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
            with self.lock:
                # Another thread may have stored it while this one waited.
                value = saved.get(name, _UNSET)
                if value is _UNSET:
                    value = self.func(instance)
                    try:
                        saved[name] = value
                    except TypeError:
                        raise TypeError(
                            "The '__dict__' attribute on %r instance does not "
                            "support item assignment for caching %r property."
                            % (type(instance).__name__, name)) from None
        return value

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# -- partialmethod ------------------------------------------------------------

class partialmethod:
    """partial for methods: a descriptor whose binding puts the instance (or,
    for a wrapped descriptor such as classmethod, what that binds) before the
    frozen arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            # Flattened, as a partial of a partial is.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        shown = [repr(self.func)]
        shown += [repr(a) for a in self.args]
        shown += ["{}={!r}".format(k, v) for k, v in self.keywords.items()]
        return "{module}.{cls}({args})".format(
            module=type(self).__module__, cls=type(self).__qualname__,
            args=", ".join(shown))

    def _make_unbound_method(self):
        pm = self

        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**pm.keywords, **keywords}
            return pm.func(cls_or_self, *pm.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                # A descriptor that bound to something else (classmethod,
                # staticmethod, a bound method): freeze the arguments on that.
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# -- singledispatch -----------------------------------------------------------

def _c3_merge(sequences):
    """Merges linearisations: repeatedly takes the first head that is in no
    other list's tail (C3); RuntimeError when there is none."""
    result = []
    sequences = [list(s) for s in sequences]
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return result
        head = None
        for seq in sequences:
            candidate = seq[0]
            if not any(candidate in other[1:] for other in sequences):
                head = candidate
                break
        if head is None:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(head)
        for seq in sequences:
            if seq[0] == head:
                del seq[0]


def _c3_mro(cls, abcs=None):
    """C3 linearisation of `cls` with the ABCs in `abcs` placed as if they were
    bases: each goes right after the last explicit base that is itself an ABC
    (has __abstractmethods__), before the plain bases after it."""
    bases = cls.__bases__
    boundary = 0
    for i in range(len(bases) - 1, -1, -1):
        if hasattr(bases[i], '__abstractmethods__'):
            boundary = i + 1
            break
    abcs = list(abcs) if abcs else []
    explicit = list(bases[:boundary])
    others = list(bases[boundary:])
    implied = []
    for base in abcs:
        if issubclass(cls, base) and not any(issubclass(b, base) for b in bases):
            # An ABC the class is registered with (or implements), none of its
            # bases being a subclass of it.
            implied.append(base)
    for base in implied:
        abcs.remove(base)
    return _c3_merge(
        [[cls]]
        + [_c3_mro(b, abcs=abcs) for b in explicit]
        + [_c3_mro(b, abcs=abcs) for b in implied]
        + [_c3_mro(b, abcs=abcs) for b in others]
        + [explicit] + [implied] + [others])


def _compose_mro(cls, types):
    """The MRO of `cls` extended with those of `types` (registered classes,
    ABCs among them) that `cls` is a subclass of without inheriting them."""
    import types as _types
    bases = set(cls.__mro__)

    def related(typ):
        return (typ not in bases and hasattr(typ, '__mro__')
                and not isinstance(typ, _types.GenericAlias)
                and issubclass(cls, typ))
    candidates = [t for t in types if related(t)]

    def strict_base(typ):
        return any(typ != other and typ in other.__mro__ for other in candidates)
    candidates = [t for t in candidates if not strict_base(t)]
    # Subclasses of a candidate ABC that cls also implements fix the order
    # among the ABCs.
    candidate_set = set(candidates)
    mro = []
    for typ in candidates:
        found = []
        for sub in typ.__subclasses__():
            if sub not in bases and issubclass(cls, sub):
                found.append([s for s in sub.__mro__ if s in candidate_set])
        if not found:
            mro.append(typ)
            continue
        found.sort(key=len, reverse=True)
        for sub in found:
            for subcls in sub:
                if subcls not in mro:
                    mro.append(subcls)
    return _c3_mro(cls, abcs=mro)


def _find_impl(cls, registry):
    """The registered implementation for `cls`: the first of its composed MRO
    in `registry`; RuntimeError when two unrelated ABCs both match."""
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            if (t in registry and t not in cls.__mro__
                    and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def singledispatch(func):
    """Makes `func` a generic function dispatching on its first argument's
    type; implementations are added with `.register`."""
    import types
    import weakref

    registry = {}
    dispatch_cache = weakref.WeakKeyDictionary()
    cache_token = [None]

    def dispatch(cls):
        """The implementation for the class `cls`."""
        if cache_token[0] is not None:
            current = _abc_token()
            if cache_token[0] != current:
                dispatch_cache.clear()
                cache_token[0] = current
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            try:
                impl = registry[cls]
            except KeyError:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def _is_union_type(cls):
        from typing import get_origin, Union
        return get_origin(cls) in {Union, types.UnionType}

    def _is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True
        from typing import get_args
        return (_is_union_type(cls) and
                all(isinstance(arg, type) for arg in get_args(cls)))

    def register(cls, func=None):
        """Registers `func` for `cls` (also as a decorator, or from the type
        annotation of the function's first parameter)."""
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes.")
                else:
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} is not a class.")
        if _is_union_type(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token[0] is None and hasattr(cls, '__abstractmethods__'):
            cache_token[0] = _abc_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _abc_token():
    try:
        from abc import get_cache_token
    except ImportError:
        return None
    return get_cache_token()


class singledispatchmethod:
    """singledispatch for methods: dispatches on the type of the first argument
    after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Registers `method` for `cls` (see singledispatch's register)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# The C accelerator's builtin functions replace the Python ones above (unless
# `_functools` is blocked, as Lib/test does to test these).
try:
    from _functools import reduce, cmp_to_key
except ImportError:
    pass


def __getattr__(name):
    # functools' `RLock` (CPython imports it from _thread for cached_property),
    # looked up on first use so importing functools does not load _thread.
    if name == 'RLock':
        from _thread import RLock
        return RLock
    raise AttributeError("module 'functools' has no attribute %r" % (name,))
