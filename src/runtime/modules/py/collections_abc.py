"""mempy's `collections.abc` module, standing in for CPython's
`collections.abc` (`_collections_abc`): the abstract base classes for containers, with
their mixin methods (written from the documented behaviour of CPython's
collections.abc). Compiled from this source at first import, named
`collections.abc`. mempy's runtime imports top-level modules only: for
`import collections.abc` / `from collections.abc import X` the compiler also imports
the top-level module `_collections_abc` (this one; CPython's implementation module
has that name too) and binds it as the `abc` attribute of `collections`. So, as in
CPython, plain `import collections` does not load it; unlike CPython, nothing else
loads it either, so `collections.abc` is an AttributeError until it is imported.

Left out / different from CPython:
* The builtin types are registered (abc.ABCMeta.register) as CPython registers
  them, and also recorded in a private registry that the mixin methods use for
  their own checks (so `MySet() <= {1, 2}` and `MyMapping() == {...}` work).
* The __subclasshook__ checks look for methods in the classes' __dict__, and some
  builtin types lack entries CPython has: functions and builtins have no
  `__call__` (so they are not Callable), dict and its views no `__reversed__`
  (not Reversible), dict_keys/dict_items no `__hash__ = None` (seen as Hashable).
* The async ABCs' (Awaitable, Coroutine, AsyncIterable, AsyncIterator,
  AsyncGenerator) default methods are plain functions, not `async def`s.
* `X[int]` gives mempy's small types.GenericAlias (repr `collections.abc.X[int]`,
  __origin__, __args__); Callable[[a], r] keeps its argument list as given
  (CPython flattens __args__ to (a, r)).
"""

from abc import ABCMeta, abstractmethod
from types import GenericAlias

# sys.maxsize (importing sys here would be circular: sys uses collections).
_MAXSIZE = 9223372036854775807

__all__ = [
    # one-trick ponies
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
    "Container", "Callable", "Collection",
    # containers with mixin methods
    "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView",
    "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString",
]


# ----- generic aliases (`Iterable[int]`) ----------------------------------------------

def _class_getitem(cls, item):
    return GenericAlias(cls, item)


# Marks "no default given" for MutableMapping.pop.
_MISSING = object()


# ----- the private registry standing in for ABCMeta.register -------------------------

_registry = {}   # ABC -> list of builtin classes registered as virtual subclasses
_children = {}   # ABC -> the ABCs of this module that derive from it


def _register(abc, *classes):
    _registry.setdefault(abc, []).extend(classes)
    for c in classes:
        abc.register(c)


def _check_methods(C, *methods):
    """True when C (or a class on its MRO) defines every one of `methods` as
    something other than None; NotImplemented otherwise."""
    for name in methods:
        owner = next((k for k in C.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _duck_typed(*methods):
    """Class decorator: instances of any class defining `methods` count as
    instances of the decorated ABC (but not of its subclasses)."""
    def install(abc_cls):
        def __subclasshook__(cls, C):
            if cls is not abc_cls:
                return NotImplemented
            return _check_methods(C, *methods)
        __subclasshook__.__qualname__ = abc_cls.__name__ + '.__subclasshook__'
        abc_cls.__subclasshook__ = classmethod(__subclasshook__)
        return abc_cls
    return install


def _throw_default(typ, val, tb):
    # The default throw()/athrow(): raise what was thrown in.
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    raise val if tb is None else val.with_traceback(tb)


def _close_default(gen, what):
    # The default close(): GeneratorExit must end the generator.
    try:
        gen.throw(GeneratorExit)
    except (StopIteration, GeneratorExit):
        return
    raise RuntimeError(what + " ignored GeneratorExit")


def _is_subclass(C, abc):
    """issubclass(C, abc) as ABCMeta would answer it: real subclass, subclass hook,
    registered class, or any of the above for one of abc's derived ABCs."""
    if abc in C.__mro__:
        return True
    hook = getattr(abc, "__subclasshook__", None)
    if hook is not None:
        ok = hook(C)
        if ok is not NotImplemented:
            return bool(ok)
    for r in _registry.get(abc, ()):
        if r in C.__mro__:
            return True
    for child in _children.get(abc, ()):
        if _is_subclass(C, child):
            return True
    return False


def _isinstance(obj, abc):
    return isinstance(obj, abc) or _is_subclass(type(obj), abc)


# ----- one-trick ponies ---------------------------------------------------------------

@_duck_typed("__hash__")
class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


@_duck_typed("__await__")
class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_class_getitem)

    @abstractmethod
    def __await__(self):
        yield


@_duck_typed("__await__", "send", "throw", "close")
class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume with `value`; give the next value produced or raise the
        exhaustion exception.
        """
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise the exception given by typ/val/tb at the suspension point."""
        _throw_default(typ, val, tb)

    def close(self):
        """Throw GeneratorExit in; it must finish rather than produce a value."""
        _close_default(self, "coroutine")


@_duck_typed("__aiter__")
class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_class_getitem)

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


@_duck_typed("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        """Next item, or StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_duck_typed("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    def __anext__(self):
        """Next item, or StopAsyncIteration at the end."""
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        """Resume with `value`; give the next value or raise StopAsyncIteration."""
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        """Raise the exception given by typ/val/tb at the suspension point."""
        _throw_default(typ, val, tb)

    async def aclose(self):
        """Throw GeneratorExit in; it must finish rather than produce a value."""
        # The awaitable form of _close_default: the async generator's own end is
        # StopAsyncIteration where a generator's is StopIteration.
        try:
            await self.athrow(GeneratorExit)
        except (StopAsyncIteration, GeneratorExit):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


@_duck_typed("__iter__")
class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_class_getitem)

    @abstractmethod
    def __iter__(self):
        return
        yield


@_duck_typed("__iter__", "__next__")
class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Next item, or StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self


@_duck_typed("__reversed__", "__iter__")
class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield


@_duck_typed("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """Next item, or StopIteration at the end."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume with `value`; give the next value produced or raise the
        exhaustion exception.
        """
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise the exception given by typ/val/tb at the suspension point."""
        _throw_default(typ, val, tb)

    def close(self):
        """Throw GeneratorExit in; it must finish rather than produce a value."""
        _close_default(self, "generator")


@_duck_typed("__len__")
class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


@_duck_typed("__contains__")
class Container(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_class_getitem)

    @abstractmethod
    def __contains__(self, x):
        return False


@_duck_typed("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):
    __slots__ = ()


@_duck_typed("__call__")
class Callable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_class_getitem)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


# ----- sets ---------------------------------------------------------------------------

class Set(Collection):
    """Read-only set: subclasses give __contains__, __iter__ and __len__; the
    comparisons and the &, |, -, ^ operators come from them.
    """

    __slots__ = ()

    # Comparisons are by inclusion, and only against other Sets.
    def _all_in(self, small, big):
        for item in small:
            if item not in big:
                return False
        return True

    def __le__(self, other):
        if not _isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and self._all_in(self, other)

    def __lt__(self, other):
        if not _isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not _isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and self._all_in(other, self)

    def __gt__(self, other):
        if not _isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not _isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Build a set of this class from an iterable (the binary operators use
        this; override it when the constructor takes other arguments).
        """
        return cls(it)

    def _as_set(self, other):
        # Another Set as is, any other iterable made into one, else None.
        if _isinstance(other, Set):
            return other
        if _isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def isdisjoint(self, other):
        """True if no element of other is in this set."""
        return not any(item in self for item in other)

    def __and__(self, other):
        if not _isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([x for x in other if x in self])

    __rand__ = __and__

    def __or__(self, other):
        if not _isinstance(other, Iterable):
            return NotImplemented
        both = list(self)
        both.extend(other)
        return self._from_iterable(both)

    __ror__ = __or__

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable([x for x in self if x not in other])

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable([x for x in other if x not in self])

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """Compute the hash value of a set (the algorithm frozenset uses), for
        subclasses that want to be hashable: `__hash__ = Set._hash`."""
        MAX = _MAXSIZE
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


class MutableSet(Set):
    """Set that can change: subclasses also give add() and discard(); remove,
    pop, clear and the in-place operators are built on those.
    """

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put value in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take value out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take value out of the set; KeyError if it is not there."""
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        """Take out and return some element; KeyError if the set is empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Take out every element."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for gone in self - it:
            self.discard(gone)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not _isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            (self.discard if value in self else self.add)(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# ----- mappings -----------------------------------------------------------------------

class Mapping(Collection):
    """Read-only mapping: subclasses give __getitem__, __iter__ and __len__;
    get, keys, items, values, == and `in` are built on those.
    """

    __slots__ = ()
    # CPython's Py_TPFLAGS_MAPPING: subclasses match mapping patterns in `match`.
    __abc_tpflags__ = 1 << 6

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key], or default when key is missing."""
        try:
            found = self[key]
        except KeyError:
            found = default
        return found

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _isinstance(other, Mapping):
            return NotImplemented
        mine = dict(self.items())
        return mine == dict(other.items())

    __reversed__ = None


class MappingView(Sized):

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)

    __class_getitem__ = classmethod(_class_getitem)


class KeysView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            held = self._mapping[key]
        except KeyError:
            return False
        return held is value or held == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):

    __slots__ = ()

    def __contains__(self, value):
        return any(held is value or held == value for held in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


class MutableMapping(Mapping):
    """Mapping that can change: subclasses also give __setitem__ and
    __delitem__; pop, popitem, clear, update and setdefault are built on those.
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        """Remove key and return its value; default (or KeyError) if absent."""
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Set items from a mapping, an object with keys(), or pairs, then
        from the keyword arguments."""
        if _isinstance(other, Mapping) or hasattr(other, "keys"):
            keys = other if _isinstance(other, Mapping) else other.keys()
            for key in keys:
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], first setting it to default when missing."""
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default


# ----- sequences ----------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """Read-only sequence: subclasses give __getitem__ and __len__; iteration,
    `in`, reversed(), index() and count() are built on those.
    """

    __slots__ = ()
    # CPython's Py_TPFLAGS_SEQUENCE: subclasses match sequence patterns in `match`.
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # Index from 0 until IndexError.
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(item is value or item == value for item in self)

    def __reversed__(self):
        position = len(self)
        while position > 0:
            position -= 1
            yield self[position]

    def index(self, value, start=0, stop=None):
        """First position of value within [start:stop]; ValueError if absent."""
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop = stop + len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if item is value or item == value:
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """How many items are value (or equal to it)."""
        total = 0
        for item in self:
            if item is value or item == value:
                total += 1
        return total


class ByteString(Sequence):
    """Common base for bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """Sequence that can change: subclasses also give __setitem__, __delitem__
    and insert(); append, extend, pop, remove, reverse, clear and += are
    built on those.
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put value in front of position index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo += 1
            hi -= 1

    def extend(self, values):
        """Append every item of values (a snapshot, when values is self)."""
        for v in (list(values) if values is self else values):
            self.append(v)

    def pop(self, index=-1):
        """Remove and return the item at index (default: the last)."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Remove the first occurrence of value; ValueError if absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ----- the builtin types' places in the hierarchy ------------------------------------

def _link_children():
    abcs = [Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
            Iterable, Iterator, Reversible, Generator, Sized, Container, Collection,
            Callable, Set, MutableSet, Mapping, MappingView, KeysView, ItemsView,
            ValuesView, MutableMapping, Sequence, ByteString, MutableSequence]
    for a in abcs:
        for b in a.__bases__:
            if b in abcs:
                _children.setdefault(b, []).append(a)


_link_children()
del _link_children


def _g():
    yield 1


_register(Generator, type(_g()))
del _g
_register(Set, frozenset)
_register(MutableSet, set)
_register(KeysView, type({}.keys()))
_register(ValuesView, type({}.values()))
_register(ItemsView, type({}.items()))
_register(Mapping, type(type.__dict__))
_register(MutableMapping, dict)
_register(Sequence, tuple, str, range, memoryview)
_register(ByteString, bytes, bytearray)
_register(MutableSequence, list, bytearray)
# deque too (CPython's `collections` registers it), unless `_collections` is blocked.
try:
    from _collections import deque as _deque
except ImportError:
    pass
else:
    _register(MutableSequence, _deque)
    del _deque
