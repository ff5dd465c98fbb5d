# mempy's `collections.abc` module: the abstract base classes for containers, with
# their mixin methods (written from the documented behaviour of CPython's
# collections.abc). Compiled from this source at first import, named
# `collections.abc`. mempy's runtime imports top-level modules only: for
# `import collections.abc` / `from collections.abc import X` the compiler also imports
# the top-level module `_collections_abc` (this one; CPython's implementation module
# has that name too) and binds it as the `abc` attribute of `collections`. So, as in
# CPython, plain `import collections` does not load it; unlike CPython, nothing else
# loads it either, so `collections.abc` is an AttributeError until it is imported.
#
# Left out / different from CPython:
# * The builtin types are registered (abc.ABCMeta.register) as CPython registers
#   them, and also recorded in a private registry that the mixin methods use for
#   their own checks (so `MySet() <= {1, 2}` and `MyMapping() == {...}` work).
# * The __subclasshook__ checks look for methods in the classes' __dict__, and some
#   builtin types lack entries CPython has: functions and builtins have no
#   `__call__` (so they are not Callable), dict and its views no `__reversed__`
#   (not Reversible), dict_keys/dict_items no `__hash__ = None` (seen as Hashable).
# * The async ABCs' (Awaitable, Coroutine, AsyncIterable, AsyncIterator,
#   AsyncGenerator) default methods are plain functions, not `async def`s.
# * `X[int]` gives mempy's small types.GenericAlias (repr `collections.abc.X[int]`,
#   __origin__, __args__); Callable[[a], r] keeps its argument list as given
#   (CPython flattens __args__ to (a, r)).

from abc import ABCMeta, abstractmethod
from types import GenericAlias

# sys.maxsize (importing sys here would be circular: sys uses collections).
_MAXSIZE = 9223372036854775807

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]


# ----- generic aliases (`Iterable[int]`) ----------------------------------------------

def _class_getitem(cls, item):
    return GenericAlias(cls, item)


# ----- the private registry standing in for ABCMeta.register -------------------------

_registry = {}   # ABC -> list of builtin classes registered as virtual subclasses
_children = {}   # ABC -> the ABCs of this module that derive from it


def _register(abc, *classes):
    _registry.setdefault(abc, []).extend(classes)
    for c in classes:
        abc.register(c)


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


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

class Hashable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Awaitable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, "__await__")
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


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
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Throw GeneratorExit in; it must finish rather than produce a value."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, "__aiter__")
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


class AsyncIterator(AsyncIterable):

    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        """Next item, or StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


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
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__',
                                  'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


class Iterator(Iterable):

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Next item, or StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


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
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Throw GeneratorExit in; it must finish rather than produce a value."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__',
                                  'send', 'throw', 'close')
        return NotImplemented


class Sized(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


class Collection(Sized, Iterable, Container):

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Callable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


# ----- sets ---------------------------------------------------------------------------

class Set(Collection):
    """Read-only set: subclasses give __contains__, __iter__ and __len__; the
    comparisons and the &, |, -, ^ operators come from them.
    """

    __slots__ = ()

    def __le__(self, other):
        if not _isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not _isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not _isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not _isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

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

    def __and__(self, other):
        if not _isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True if no element of other is in this set."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not _isinstance(other, Iterable):
            return NotImplemented
        chain = (e for s in (self, other) for e in s)
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not _isinstance(other, Set):
            if not _isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self
                                   if value not in other)

    def __rsub__(self, other):
        if not _isinstance(other, Set):
            if not _isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other
                                   if value not in self)

    def __xor__(self, other):
        if not _isinstance(other, Set):
            if not _isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
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
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not _isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
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
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)

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
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):

    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


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

    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if _isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
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
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)

        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


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
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
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
_register(Sequence, tuple, str, range)
_register(ByteString, bytes, bytearray)
_register(MutableSequence, list, bytearray)
