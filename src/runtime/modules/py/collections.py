# mempy's `collections` module (mirrors CPython's Lib/collections/__init__.py; its
# C half, Modules/_collectionsmodule.c, is the native `_collections`, which has
# deque). Compiled from this source at first import.
#
# defaultdict and Counter are real dict subclasses; OrderedDict is the native one
# `_collections` has (runtime/types/odict), with a Python fallback below; namedtuple
# classes are real tuple subclasses whose fields are `_tuplegetter` descriptors.

import heapq as _heapq

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
    'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
    'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def _type_name(x):
    return type(x).__name__


# ----- deque -------------------------------------------------------------------------
# The double-ended queue is native (CPython's C type): types/deque in the runtime.
# As in CPython, the module still imports when `_collections` is blocked
# (`sys.modules['_collections'] = None`, as tests of the pure-Python parts do);
# it then has no deque.

try:
    from _collections import deque
except ImportError:
    pass


# ----- dict wrappers -----------------------------------------------------------------

# ids of the default factories whose repr a defaultdict's repr is building
# (CPython's Py_ReprEnter in defdict_repr).
_defaultdict_repr_running = set()


class defaultdict(dict):
    # A real dict subclass: `d[k]` on a missing key calls `__missing__`. Its one
    # field is a slot, as CPython's C type's (`sys.getsizeof` is a dict's + 8, no
    # `__dict__`, no weak references).
    __slots__ = ("default_factory",)

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.defaultdict'")

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    def __reduce__(self):
        # For pickle and copy: the class, its factory, no state, the items.
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    # CPython's defdict_or: a new dict of the defaultdict operand's class and
    # factory, holding the left operand's items updated with the right's.
    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    __copy__ = copy

    def __repr__(self):
        # defdict_repr: the class's name, and "..." for a factory whose repr is
        # already being made (a bound method of this dict shows the dict again).
        factory = self.default_factory
        key = id(factory)
        if key in _defaultdict_repr_running:
            shown = "..."
        else:
            _defaultdict_repr_running.add(key)
            try:
                shown = repr(factory)
            finally:
                _defaultdict_repr_running.discard(key)
        return type(self).__name__ + "(" + shown + ", " + dict.__repr__(self) + ")"


_MISSING = object()
# ids of the OrderedDicts whose repr is being built (CPython's Py_ReprEnter).
_repr_running = set()


# The native OrderedDict (runtime/types/odict, CPython's C odict). This class is
# only for a `collections` imported with `_collections` blocked (as CPython's
# pure-Python OrderedDict is); it is not even made otherwise, so importing
# `collections` leaves no class behind for the collector.
try:
    from _collections import OrderedDict
except ImportError:
    OrderedDict = None

if OrderedDict is None:
    import _collections_abc

    class _ODKeysView(_collections_abc.KeysView):
        def __reversed__(self):
            yield from reversed(self._mapping)

    class _ODItemsView(_collections_abc.ItemsView):
        def __reversed__(self):
            for key in reversed(self._mapping):
                yield (key, self._mapping[key])

    class _ODValuesView(_collections_abc.ValuesView):
        def __reversed__(self):
            for key in reversed(self._mapping):
                yield self._mapping[key]

    class OrderedDict(dict):
        # A dict subclass whose order is its own: the keys, in order, in a plain
        # dict kept in the instance (`__order`, key -> None), so reordering never
        # touches the dict, and iteration, the views and repr walk that order and
        # look each value up (a key removed behind its back through `dict`'s own
        # methods gives a KeyError, as CPython's pure-Python OrderedDict does).
        # getsizeof is a dict's (CPython's C OrderedDict adds its linked-list index).
        def __new__(cls, /, *args, **kwds):
            self = dict.__new__(cls)
            self.__order = {}
            return self

        def __init__(self, other=(), /, **kwds):
            # `self` and `other` are positional-only, so `OrderedDict(self=1)` is a key.
            self.__update(other, **kwds)

        def __setitem__(self, key, value, dict_setitem=dict.__setitem__):
            if key not in self:
                self.__order[key] = None
            dict_setitem(self, key, value)

        def __delitem__(self, key, dict_delitem=dict.__delitem__):
            dict_delitem(self, key)
            del self.__order[key]

        def __iter__(self):
            yield from self.__order

        def __reversed__(self):
            yield from reversed(self.__order)

        def clear(self):
            self.__order.clear()
            dict.clear(self)

        def popitem(self, last=True):
            if not self:
                raise KeyError("dictionary is empty")
            order = self.__order
            key = next(reversed(order)) if last else next(iter(order))
            del order[key]
            return (key, dict.pop(self, key))

        def move_to_end(self, key, last=True):
            order = self.__order
            del order[key]
            if last:
                order[key] = None
            else:
                rest = list(order)
                order.clear()
                order[key] = None
                order.update(dict.fromkeys(rest))

        def keys(self):
            return _ODKeysView(self)

        def items(self):
            return _ODItemsView(self)

        def values(self):
            return _ODValuesView(self)

        update = __update = _collections_abc.MutableMapping.update

        __hash__ = None

        def __eq__(self, other):
            if isinstance(other, OrderedDict):
                return dict.__eq__(self, other) and list(self) == list(other)
            return dict.__eq__(self, other)

        def __ne__(self, other):
            r = self.__eq__(other)
            if r is NotImplemented:
                return r
            return not r

        def copy(self):
            return self.__class__(self)

        # Unlike dict's, these take their default by keyword too (CPython's OrderedDict
        # methods are declared with named parameters).
        def pop(self, key, default=_MISSING):
            result = dict.pop(self, key, _MISSING)
            if result is not _MISSING:
                del self.__order[key]
                return result
            if default is _MISSING:
                raise KeyError(key)
            return default

        def setdefault(self, key, default=None):
            if key in self:
                return self[key]
            self[key] = default
            return default

        def __reduce__(self):
            # What pickle and copy use: the class, no arguments, the instance state
            # without the order (object.__getstate__: the __dict__, and the slots as a
            # second dict), and the items in order.
            state = self.__getstate__()
            if state:
                if isinstance(state, tuple):
                    state, slots = state
                else:
                    slots = {}
                if state:
                    state = state.copy()
                    state.pop("_OrderedDict__order", None)
                state = (state or None, slots) if slots else (state or None)
            return self.__class__, (), state or None, None, iter(self.items())

        @classmethod
        def fromkeys(cls, iterable, value=None):
            new = cls()
            for k in iterable:
                new[k] = value
            return new

        def __or__(self, other):
            if not isinstance(other, dict):
                return NotImplemented
            new = self.__class__(self)
            new.update(other)
            return new

        def __ror__(self, other):
            # `dict | OrderedDict` is an OrderedDict (the right operand's class).
            if not isinstance(other, dict):
                return NotImplemented
            new = self.__class__(other)
            new.update(self)
            return new

        def __ior__(self, other):
            self.update(other)
            return self

        def __repr__(self):
            # A dict that holds itself shows `...` there, as dict's repr does.
            name = self.__class__.__name__
            if not self:
                return name + "()"
            key = id(self)
            if key in _repr_running:
                return "..."
            _repr_running.add(key)
            try:
                return name + "(" + repr(list(self.items())) + ")"
            finally:
                _repr_running.discard(key)


class Counter(dict):
    # A real dict subclass: a missing key counts 0. `self` and `iterable` are
    # positional-only, so counting a key named 'self' or 'iterable' works.
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() and nlargest() are both stable: equal counts keep insertion order.
        if n is None:
            return sorted(self.items(), key=_second, reverse=True)
        return _heapq.nlargest(n, self.items(), key=_second)

    def elements(self):
        for k, v in self.items():
            for _ in range(v):
                yield k

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    get = self.get
                    for k, v in iterable.items():
                        self[k] = v + get(k, 0)
                else:
                    # An empty counter takes the mapping's counts as they are.
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for k, v in iterable.items():
                    self[k] = get(k, 0) - v
            else:
                for k in iterable:
                    self[k] = get(k, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        return self.copy()

    def __delitem__(self, key):
        if key in self:
            dict.__delitem__(self, key)

    # Comparisons are multiset ones: a missing key counts as zero.
    def _all_pairs(self, other, test):
        for c in (self, other):
            for k in c:
                if not test(self[k], other[k]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __repr__(self):
        if not self:
            return self.__class__.__name__ + "()"
        try:
            shown = dict(self.most_common())
        except TypeError:
            # Counts that do not order among themselves are shown as stored.
            shown = dict(self)
        return self.__class__.__name__ + "(" + repr(shown) + ")"

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            n = v + other[k]
            if n > 0:
                result[k] = n
        for k, v in other.items():
            if k not in self and v > 0:
                result[k] = v
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            n = v - other[k]
            if n > 0:
                result[k] = n
        for k, v in other.items():
            if k not in self and v < 0:
                result[k] = 0 - v
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            o = other[k]
            n = o if v < o else v
            if n > 0:
                result[k] = n
        for k, v in other.items():
            if k not in self and v > 0:
                result[k] = v
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            o = other[k]
            n = v if v < o else o
            if n > 0:
                result[k] = n
        return result

    def __pos__(self):
        result = Counter()
        for k, v in self.items():
            if v > 0:
                result[k] = 0 + v
        return result

    def __neg__(self):
        result = Counter()
        for k, v in self.items():
            if v < 0:
                result[k] = 0 - v
        return result

    # The in-place forms change counts where they are (keys keep their places)
    # and then drop what is no longer positive.
    def _drop_non_positive(self):
        for k in [k for k, v in self.items() if not v > 0]:
            dict.__delitem__(self, k)
        return self

    def __iadd__(self, other):
        for k, v in other.items():
            self[k] += v
        return self._drop_non_positive()

    def __isub__(self, other):
        for k, v in other.items():
            self[k] -= v
        return self._drop_non_positive()

    def __ior__(self, other):
        for k, v in other.items():
            if v > self[k]:
                self[k] = v
        return self._drop_non_positive()

    def __iand__(self, other):
        for k, v in self.items():
            o = other[k]
            if o < v:
                self[k] = o
        return self._drop_non_positive()


def _second(pair):
    return pair[1]


def _is_mapping(x):
    # collections.abc.Mapping, imported on first need so that `import collections`
    # stays cheap; a dict answers without it.
    if isinstance(x, dict):
        return True
    import sys
    abc = sys.modules.get('collections.abc')
    if abc is None:
        __import__('collections.abc')
        abc = sys.modules['collections.abc']
    return isinstance(x, abc.Mapping)


# ----- namedtuple --------------------------------------------------------------------

def _count_elements(mapping, iterable):
    # Counter's tally loop (CPython's C helper of the same name): one more for
    # each element, read with get() and stored with item assignment so that a
    # mapping overriding either sees every step.
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _is_identifier(s):
    if not s:
        return False
    c = s[0]
    if not (c == '_' or c.isalpha()):
        return False
    for c in s:
        if not (c == '_' or c.isalnum()):
            return False
    return True


def _namedtuple_methods(typename, fields, field_defaults):
    """The methods of one namedtuple class. As in CPython (whose generated `__new__`
    has the fields as its parameters), `__new__`, `_make`, `_replace` and `__repr__`
    keep the fields the class was made with, so a subclass that changes `_fields`
    (platform.uname_result adds a computed one) still builds the same tuple."""
    nf = len(fields)

    # `__new__` is compiled with the fields as its parameters, as CPython's is: the
    # interpreter's own argument binding then gives the TypeErrors, and `__defaults__`
    # holds the defaults. It is evaluated in a namespace of its own whose
    # `__builtins__` is empty, so nothing a caller rebinds reaches it.
    arg_list = ', '.join(fields) + (',' if nf == 1 else '')
    namespace = {'_tuple_new': tuple.__new__, '__builtins__': {},
                 '__name__': 'namedtuple_' + typename}
    __new__ = eval('lambda _cls, ' + arg_list + ': _tuple_new(_cls, (' + arg_list + '))',
                   namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = 'Create new instance of ' + typename + '(' + arg_list + ')'
    if field_defaults:
        __new__.__defaults__ = tuple(field_defaults.values())

    def _make(cls, iterable):
        t = tuple.__new__(cls, iterable)
        if len(t) != nf:
            raise TypeError("Expected " + str(nf) + " arguments, got " + str(len(t)))
        return t

    def _replace(self, /, **kwds):
        values = []
        for f, v in zip(fields, self):
            values.append(kwds.pop(f) if f in kwds else v)
        if kwds:
            raise ValueError("Got unexpected field names: " + repr(list(kwds)))
        return self._make(values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        parts = []
        for f, v in zip(fields, self):
            parts.append(f + "=" + repr(v))
        return self.__class__.__name__ + "(" + ", ".join(parts) + ")"

    methods = {'__new__': __new__, '_make': classmethod(_make), '_replace': _replace,
               '_asdict': _asdict, '__getnewargs__': __getnewargs__, '__repr__': __repr__}
    for name, m in methods.items():
        f = m.__func__ if isinstance(m, classmethod) else m
        f.__qualname__ = typename + "." + name
    return methods


class _tuplegetter:
    # A namedtuple field (CPython's _collections._tuplegetter): a read-only data
    # descriptor giving item `index` of the tuple. Its doc is settable per field, and
    # it pickles as (type, (index, doc)).
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not isinstance(instance, tuple):
            raise TypeError("descriptor for index '" + str(self._index)
                            + "' for tuple subclasses doesn't apply to '"
                            + type(instance).__name__ + "' object")
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)

    def __repr__(self):
        return type(self).__name__ + '(' + str(self._index) + ', ' + repr(self.__doc__) + ')'


def _field_getter(i, intern):
    # `intern` is sys.intern: one doc string per index, shared by every namedtuple's
    # field i, as in CPython.
    return _tuplegetter(i, intern('Alias for field number ' + str(i)))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    import sys
    if module is None:
        # The module that called namedtuple(), so that the class pickles by name.
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    return _namedtuple(typename, field_names, rename, defaults, module, sys.intern)


def _namedtuple(typename, field_names, rename, defaults, module, intern):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not _is_identifier(name) or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_' + str(index)
            seen.add(name)
    for name in [typename] + field_names:
        if not _is_identifier(name):
            raise ValueError('Type names and field names must be valid identifiers: ' + repr(name))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: ' + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: ' + repr(name))
        if name in seen:
            raise ValueError('Encountered duplicate field name: ' + repr(name))
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
    ns = {
        '__slots__': (),
        '__module__': module,
        '__doc__': typename + '(' + ', '.join(field_names) + ')',
        '_fields': tuple(field_names),
        '_field_defaults': field_defaults,
        '__match_args__': tuple(field_names),
    }
    for index, name in enumerate(field_names):
        ns[name] = _field_getter(index, intern)
    # The class's only base is tuple, as in CPython.
    ns.update(_namedtuple_methods(typename, tuple(field_names), field_defaults))
    return type(typename, (tuple,), ns)


def _structseq(qualified_name, field_names, values):
    # A struct sequence like sys.version_info (CPython's structseq types).
    module, _, name = qualified_name.rpartition('.')
    # Made while `sys` itself is being built (its version_info, flags...), so
    # without sys.intern: these docs are not shared.
    cls = _namedtuple(name, field_names, False, None, module, str)
    plain_repr = cls.__repr__

    def __repr__(self):
        # A struct sequence's repr names its module ("sys.version_info(...)").
        return module + '.' + plain_repr(self)

    __repr__.__qualname__ = name + '.__repr__'
    cls.__repr__ = __repr__
    return cls(*values)


def __getattr__(name):
    # UserDict, UserList, UserString and ChainMap live in `_collections_user`, which needs
    # collections.abc: made on first use so that plain `import collections` stays
    # cheap.
    if name in ('UserDict', 'UserList', 'UserString', 'ChainMap'):
        import _collections_user
        for n in ('UserDict', 'UserList', 'UserString', 'ChainMap'):
            globals()[n] = getattr(_collections_user, n)
        return globals()[name]
    if name == 'abc':
        # CPython's collections imports collections.abc itself; here the import
        # binds it on this module when first asked for.
        import sys
        __import__('collections.abc')
        m = sys.modules['collections.abc']
        globals()['abc'] = m
        return m
    raise AttributeError(f"module 'collections' has no attribute '{name}'")
