# mempy's `typing` module (a small subset of CPython's Lib/typing.py). Compiled from
# this source at first import.
#
# mempy does not check types, so this module only has to make annotations evaluate:
# the special forms (Any, Union, Optional, List, Dict, Callable, ...) are objects that
# accept subscription and return an alias whose repr follows CPython's
# (`typing.List[int]`, `typing.Optional[int]`, `~T`). Differences: Optional[X] and
# Union[X, None] are not normalised into each other; aliases cannot be used with
# isinstance or to build instances; Generic[T] and Protocol[T] return the plain
# Generic/Protocol class; class-syntax NamedTuple and TypedDict are not provided
# (NamedTuple(name, [(field, type), ...]) is collections.namedtuple).

import collections as _collections

TYPE_CHECKING = False


def _type_repr(obj):
    # How an argument shows inside an alias's brackets: classes by qualified name
    # (builtins bare), None and ... as written, a Callable's parameter list in [].
    if isinstance(obj, type):
        where = obj.__module__
        return obj.__qualname__ if where == 'builtins' else where + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class _GenericAlias:
    """What subscribing a special form returns: remembers origin and arguments."""

    def __init__(self, name, args):
        self._name = name
        self.__args__ = args

    def __repr__(self):
        if self._name == 'Callable' and len(self.__args__) == 2 \
                and (isinstance(self.__args__[0], list) or self.__args__[0] is ...):
            return 'typing.Callable[%s, %s]' % (_type_repr(self.__args__[0]),
                                               _type_repr(self.__args__[1]))
        if not self.__args__:
            return f'typing.{self._name}[()]'
        return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))

    def __getitem__(self, params):
        return _GenericAlias(self._name, params if isinstance(params, tuple) else (params,))

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return (self._name, self.__args__) == (other._name, other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name in ('Any', 'NoReturn', 'Never', 'Self', 'LiteralString'):
            raise TypeError(f"type '{self._name}' is not subscriptable")
        if self._name == 'Optional' and len(params) != 1:
            raise TypeError(f"{self} requires a single type. Got {params!r}.")
        return _GenericAlias(self._name, params)

    def __call__(self, *args, **kwds):
        # Special forms describe types; none of them makes instances.
        what = "Any cannot be instantiated" if self._name == 'Any' else \
            "Cannot instantiate " + repr(self)
        raise TypeError(what)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Callable = _SpecialForm('Callable')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Type = _SpecialForm('Type')
Tuple = _SpecialForm('Tuple')
List = _SpecialForm('List')
Dict = _SpecialForm('Dict')
Set = _SpecialForm('Set')
FrozenSet = _SpecialForm('FrozenSet')
DefaultDict = _SpecialForm('DefaultDict')
Deque = _SpecialForm('Deque')
Counter = _SpecialForm('Counter')
OrderedDict = _SpecialForm('OrderedDict')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
AbstractSet = _SpecialForm('AbstractSet')
MutableSet = _SpecialForm('MutableSet')
Collection = _SpecialForm('Collection')
Container = _SpecialForm('Container')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
Reversible = _SpecialForm('Reversible')
Awaitable = _SpecialForm('Awaitable')
Coroutine = _SpecialForm('Coroutine')
AsyncIterator = _SpecialForm('AsyncIterator')
AsyncIterable = _SpecialForm('AsyncIterable')
AsyncGenerator = _SpecialForm('AsyncGenerator')
ContextManager = _SpecialForm('ContextManager')
Annotated = _SpecialForm('Annotated')
TypeAlias = _SpecialForm('TypeAlias')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
Text = str


class TypeVar:
    """Type variable: `T = TypeVar('T')`; repr `~T` (`+T`/`-T` for co/contravariant)."""

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        co, contra = bool(covariant), bool(contravariant)
        if co and contra:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__bound__ = bound
        self.__constraints__ = constraints
        self.__covariant__, self.__contravariant__ = co, contra

    def __repr__(self):
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', str, str)   # CPython: (bytes, str); mempy has no bytes


class Generic:
    """Base for generic classes; Generic[T] is Generic itself in mempy."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base for protocol classes (structural typing is not checked)."""


def NamedTuple(typename, fields=None, /,
               **kwargs):
    # The field types are not kept: the result is a plain collections.namedtuple.
    pairs = kwargs.items() if fields is None else fields
    import sys
    try:
        module = sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        module = '__main__'
    return _collections.namedtuple(typename, [pair[0] for pair in pairs], module=module)


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


_OVERLOAD_CALLED = ("You should not call an overloaded function. A series of "
                    "@overload-decorated functions outside a stub module should "
                    "always be followed by an implementation that is not "
                    "@overload-ed.")


def overload(func):
    # An @overload variant only describes a signature; the implementation that
    # follows it replaces it. Called on its own, it complains.
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(_OVERLOAD_CALLED)
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None,
                   include_extras=False):
    # The annotations as written (strings are not evaluated).
    found = getattr(obj, '__annotations__', None)
    return dict(found) if found else {}


def get_origin(tp):
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()
