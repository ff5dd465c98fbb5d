"""mempy's `collections.UserDict`, `UserList`, `UserString` and `ChainMap` (CPython
defines them in Lib/collections/__init__.py; this module stands in for that part).

Each class wraps a real dict, list or str kept in `self.data` and answers every
method by asking it; the collections.abc mixins fill in the rest, so a subclass
can override a few methods and inherit consistent behaviour. Results that are
containers of the same kind come back wrapped in the caller's class. Written for
mempy from the documented behaviour; method names and signatures are CPython's.
ChainMap is a view over a list of mappings: lookups search them in order, writes
and deletions touch only the first. Loaded on first access through `collections.__getattr__`, so a plain
`import collections` does not pay for collections.abc.
"""

import _collections_abc

_Mapping = _collections_abc.Mapping
_BIG = 9223372036854775807      # sys.maxsize: the default end of a str search


def _unwrap(x, cls):
    # The plain value inside a wrapper of kind `cls`, else x itself.
    return x.data if isinstance(x, cls) else x


class UserDict(_collections_abc.MutableMapping):
    __module__ = 'collections'

    def __init__(self, dict=None, /,
                 **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        # Asks the dict itself: a __missing__ hook does not make keys present.
        return key in self.data

    def __getitem__(self, key):
        try:
            return self.data[key]
        except KeyError:
            pass
        hook = getattr(type(self), '__missing__', None)
        if hook is None:
            raise KeyError(key)
        return hook(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        merged = dict(self.data)
        merged.update(_unwrap(other, UserDict))
        return type(self)(merged)

    def __ror__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        merged = dict(_unwrap(other, UserDict))
        merged.update(self.data)
        return type(self)(merged)

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        cls = type(self)
        twin = cls.__new__(cls)
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = dict(self.__dict__['data'])
        return twin

    def copy(self):
        if type(self) is UserDict:
            return UserDict(dict(self.data))
        # A subclass: copy the instance with an empty dict in place, then
        # refill it through the (possibly overridden) mapping methods.
        import copy as _copy
        kept = self.data
        self.data = {}
        try:
            twin = _copy.copy(self)
        finally:
            self.data = kept
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable,
                 value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


class UserList(_collections_abc.MutableSequence):
    __module__ = 'collections'

    def __init__(self, initlist=None):
        # Always a new list: another UserList's items are copied, not shared.
        self.data = [] if initlist is None else list(_unwrap(initlist, UserList))

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _unwrap(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrap(other, UserList)

    def __eq__(self, other):
        return self.data == _unwrap(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrap(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrap(other, UserList)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        got = self.data[i]
        return type(self)(got) if isinstance(i, slice) else got

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    @staticmethod
    def _as_list(other):
        # The right operand of + as a plain list.
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        cls = type(self)
        twin = cls.__new__(cls)
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = list(self.__dict__['data'])
        return twin

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))


class UserString(_collections_abc.Sequence):
    __module__ = 'collections'

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data
        self.data = seq if isinstance(seq, str) else str(seq)

    # Results that are strings come back as the caller's class.
    def _new(self, text):
        return type(self)(text)

    def __plain(self, x):
        return _unwrap(x, UserString)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == self.__plain(string)

    def __lt__(self, string):
        return self.data < self.__plain(string)

    def __le__(self, string):
        return self.data <= self.__plain(string)

    def __gt__(self, string):
        return self.data > self.__plain(string)

    def __ge__(self, string):
        return self.data >= self.__plain(string)

    def __contains__(self, char):
        return self.__plain(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self._new(self.data[index])

    def __add__(self, other):
        other = self.__plain(other)
        return self._new(self.data + (other if isinstance(other, str)
                                      else str(other)))

    def __radd__(self, other):
        return self._new((other if isinstance(other, str) else str(other))
                         + self.data)

    def __mul__(self, n):
        return self._new(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self._new(self.data % args)

    def __rmod__(self, template):
        return self._new(str(template) % self)

    # -- methods giving a new string ------------------------------------------

    def capitalize(self):
        return self._new(self.data.capitalize())

    def casefold(self):
        return self._new(self.data.casefold())

    def center(self, width, *args):
        return self._new(self.data.center(width, *args))

    def expandtabs(self, tabsize=8):
        return self._new(self.data.expandtabs(tabsize))

    def ljust(self, width, *args):
        return self._new(self.data.ljust(width, *args))

    def rjust(self, width, *args):
        return self._new(self.data.rjust(width, *args))

    def lower(self):
        return self._new(self.data.lower())

    def upper(self):
        return self._new(self.data.upper())

    def swapcase(self):
        return self._new(self.data.swapcase())

    def title(self):
        return self._new(self.data.title())

    def lstrip(self, chars=None):
        return self._new(self.data.lstrip(chars))

    def rstrip(self, chars=None):
        return self._new(self.data.rstrip(chars))

    def strip(self, chars=None):
        return self._new(self.data.strip(chars))

    def removeprefix(self, prefix, /):
        return self._new(self.data.removeprefix(self.__plain(prefix)))

    def removesuffix(self, suffix, /):
        return self._new(self.data.removesuffix(self.__plain(suffix)))

    def replace(self, old, new,
                maxsplit=-1):
        text = self.data.replace(self.__plain(old), self.__plain(new), maxsplit)
        return self._new(text)

    def translate(self, *args):
        return self._new(self.data.translate(*args))

    def zfill(self, width):
        return self._new(self.data.zfill(width))

    # -- searching ------------------------------------------------------------

    def count(self, sub, start=0, end=_BIG):
        return self.data.count(self.__plain(sub), start, end)

    def find(self, sub, start=0, end=_BIG):
        return self.data.find(self.__plain(sub), start, end)

    def rfind(self, sub, start=0, end=_BIG):
        return self.data.rfind(self.__plain(sub), start, end)

    def index(self, sub, start=0, end=_BIG):
        return self.data.index(self.__plain(sub), start, end)

    def rindex(self, sub, start=0, end=_BIG):
        return self.data.rindex(sub, start, end)

    def startswith(self, prefix, start=0, end=_BIG):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_BIG):
        return self.data.endswith(suffix, start, end)

    # -- everything else answers with plain values -----------------------------

    def encode(self, encoding='utf-8',
               errors='strict'):
        return self.data.encode(encoding or 'utf-8', errors or 'strict')

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)   # a plain str

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)

    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def split(self, sep=None,
              maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None,
               maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        # Like split(), a list of plain str.
        return self.data.splitlines(keepends=keepends)

    maketrans = str.maketrans

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()


class ChainMap(_collections_abc.MutableMapping):
    """A single mapping view over several: `maps[0]` is searched first and is the
    only one changed."""
    __module__ = 'collections'

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for m in self.maps:
            # Indexing (not `in`) so that a __missing__ hook of a member answers.
            try:
                return m[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        # Through __getitem__ (not each map's get) so member __missing__ hooks
        # still answer for keys they report as present.
        if key not in self:
            return default
        return self[key]

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Each key once, in the order the last mapping, then the ones before it,
        # first supplied it (the order a dict merged from back to front keeps).
        seen = {}
        for m in reversed(self.maps):
            for k in m:
                seen[k] = None
        return iter(seen)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __repr__(self):
        # A chain that contains itself shows as `...` inside, as CPython's
        # recursive_repr does.
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            inner = ', '.join([repr(m) for m in self.maps])
        finally:
            _repr_running.discard(key)
        return f'{type(self).__name__}({inner})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        first = dict.fromkeys(iterable, *args)
        return cls(first)

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}') from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}') from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        for m in reversed(self.maps):
            merged.update(m)
        return type(self)(merged)


_repr_running = set()
