# mempy's `typing` module (a subset of CPython's Lib/typing.py, written from its
# documented behaviour). Compiled from this source at first import.
#
# mempy does not check types, so this module makes annotations evaluate, print and
# compare as CPython's do: the special forms (Any, Union, Optional, ClassVar, ...),
# the aliases of the builtin and abstract classes (List, Dict, Callable, Iterable,
# ...) whose subscription gives a typing alias (`typing.List[int]`), unions
# normalised as CPython's (flattened, without repeats, `Optional[X]` for `X | None`),
# TypeVar, Generic[T] classes (`Box[int]` makes instances of Box), get_origin and
# get_args. Differences: string annotations stay strings (no ForwardRef), no
# ParamSpec/TypeVarTuple, Protocol does not check structure, class-syntax NamedTuple
# and TypedDict are not provided (NamedTuple(name, [(field, type), ...]) is
# collections.namedtuple).

import collections as _collections
import collections.abc as _abc
import contextlib as _contextlib
import types as _types

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    # How an argument shows inside an alias's brackets (CPython's typing._type_repr):
    # classes by qualified name (builtins bare), ... as written, a function by name.
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    # None stands for its type inside an alias.
    return _NoneType if arg is None else arg


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if isinstance(t, TypeVar):
            if t not in params:
                params.append(t)
            continue
        for x in getattr(t, '__parameters__', ()) if not isinstance(t, (list, tuple)) \
                else _collect_parameters(t):
            if x not in params:
                params.append(x)
    return tuple(params)


def _subst(arg, mapping):
    # arg with the type variables of mapping replaced.
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_subst(a, mapping) for a in arg]
    params = getattr(arg, '__parameters__', ()) if not isinstance(arg, type) else ()
    if isinstance(params, tuple) and params:
        sub = tuple(mapping.get(p, p) for p in params)
        return arg[sub if len(sub) != 1 else sub[0]]
    return arg


class _GenericAlias:
    """A subscripted generic (`typing.List[int]`, `Box[int]`): __origin__ is the
    class, __args__ the parameters."""

    def __init__(self, origin, args, *, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._inst = inst
        self._name = name

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            inside = ', '.join([_type_repr(a) for a in self.__args__])
        else:
            inside = '()'
        return f'{name}[{inside}]'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'}"
                            f" arguments for {self}; actual {len(params)}, "
                            f"expected {len(self.__parameters__)}")
        mapping = dict(zip(self.__parameters__, [_type_check(p) for p in params]))
        args = tuple(_subst(a, mapping) for a in self.__args__)
        return self.copy_with(args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, inst=self._inst, name=self._name)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if Generic not in res and not (isinstance(self.__origin__, type)
                                           and issubclass(self.__origin__, Generic)):
                res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        # Everything but dunders is the origin's (`List[int].append`).
        if attr.startswith('__') and attr.endswith('__') or attr.startswith('_'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _TypingEllipsis:
    """Internal placeholder for ... (Callable[..., int])."""


class _CallableGenericAlias(_GenericAlias):
    # Callable[[int], str] keeps its arguments flat: __args__ == (int, str).
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return super().__repr__()
        return (f'typing.Callable[[{", ".join([_type_repr(a) for a in args[:-1]])}], '
                f'{_type_repr(args[-1])}]')

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=True)


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _SpecialGenericAlias:
    """An unsubscripted alias of a class (`typing.List` for list): subscripting it
    gives a _GenericAlias; isinstance checks against the class."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name if name is not None else origin.__name__

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} "
                            f"arguments for {self}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, inst=self._inst, name=self._name)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __getattr__(self, attr):
        if attr.startswith('_'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (_TypingEllipsis, _type_check(result))
        elif isinstance(args, list):
            flat = tuple(_type_check(a) for a in args) + (_type_check(result),)
        else:
            flat = (_type_check(args), _type_check(result))
        return _CallableGenericAlias(self.__origin__, flat, name=self._name, inst=True)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(self.__origin__, tuple(_type_check(p) for p in params[:-1])
                                 + (_TypingEllipsis,), name=self._name, inst=False)
        return _GenericAlias(self.__origin__, tuple(_type_check(p) for p in params),
                             name=self._name, inst=False)


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, _types.UnionType)):
            out.extend(p.__args__)
        else:
            out.append(p)
    deduped = []
    for p in out:
        if p not in deduped:
            deduped.append(p)
    return tuple(deduped)


class _SpecialForm:
    """A typing construct that is not a class (Any, Union, Optional, ...)."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _not_subscriptable(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


def _one_type(self, parameters):
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError(f"{self} accepts only single type.")
    item = parameters[0] if isinstance(parameters, tuple) else parameters
    return _GenericAlias(self, (_type_check(item),))


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    return _not_subscriptable(self, parameters)


def Never(self, parameters):
    """The bottom type, a type that has no members."""
    return _not_subscriptable(self, parameters)


def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    return _not_subscriptable(self, parameters)


def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    return _not_subscriptable(self, parameters)


def TypeAlias(self, parameters):
    """Special marker indicating that an assignment should be recognized as a
    type alias."""
    return _not_subscriptable(self, parameters)


def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    return _one_type(self, parameters)


def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    return _one_type(self, parameters)


def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type guard functions."""
    return _one_type(self, parameters)


def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = _flatten_union(tuple(_type_check(p) for p in parameters))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


def Optional(self, parameters):
    """Optional type; Optional[X] is equivalent to Union[X, None]."""
    if isinstance(parameters, tuple):
        raise TypeError(f"{self} requires a single type. Got {parameters!r:.100}.")
    return Union[parameters, None]


def Literal(self, parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


def Concatenate(self, parameters):
    """Used in conjunction with ParamSpec and Callable."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


for _f in (NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final,
           TypeGuard, Union, Optional, Literal, Concatenate):
    globals()[_f.__name__] = _SpecialForm(_f)
del _f


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x]."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        return _AnnotatedAlias(_type_check(params[0]), tuple(params[1:]))


def _alias(origin, nparams, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(_collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(_collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 2)
Counter = _alias(_collections.Counter, 1)
ChainMap = _alias(_collections.ChainMap, 2)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')
ContextManager = _alias(_contextlib.AbstractContextManager, 1, name='ContextManager')
Text = str


class TypeVar:
    """Type variable: `T = TypeVar('T')`; repr `~T` (`+T`/`-T` for co/contravariant)."""

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        co, contra = bool(covariant), bool(contravariant)
        if co and contra:
            raise ValueError("Bivariant types are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__constraints__ = tuple(_type_check(t) for t in constraints)
        self.__covariant__, self.__contravariant__ = co, contra

    def __repr__(self):
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__

    def __typing_subst__(self, arg):
        # What the variable becomes in `list[T][int]` (types.GenericAlias asks).
        return _type_check(arg)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types: `class Box(Generic[T])`; `Box[int]`
    is an alias whose calls make Box instances."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                "variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = len(cls.__parameters__)
            if not expected:
                raise TypeError(f"{cls} is not a generic class")
            if len(params) != expected:
                raise TypeError(f"Too {'many' if len(params) > expected else 'few'} "
                                f"arguments for {cls}; actual {len(params)}, "
                                f"expected {expected}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            if Generic in cls.__orig_bases__:
                raise TypeError("Cannot inherit from plain Generic")
            tvars = _collect_parameters(cls.__orig_bases__)
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    tvars = base.__parameters__
        else:
            if Generic in cls.__bases__ and cls.__module__ != 'typing':
                raise TypeError("Cannot inherit from plain Generic")
            tvars = ()
        cls.__parameters__ = tuple(tvars)


class Protocol(Generic):
    """Base for protocol classes (structural typing is not checked)."""

    __slots__ = ()


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


def _hint_value(value, globalns, localns):
    # One annotation as get_type_hints gives it: None stands for NoneType, a
    # string (a forward reference) is evaluated in the namespaces given.
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = eval(value, globalns, localns)
        if value is None:
            return type(None)
    return value


def _hints_done(hints, include_extras):
    # Annotated[T, ...] stands for T unless the extras are asked for.
    if include_extras:
        return hints
    return {k: (v.__origin__ if isinstance(v, _AnnotatedAlias) else v)
            for k, v in hints.items()}


def get_type_hints(obj, globalns=None, localns=None,
                   include_extras=False):
    """The annotations of a function, method, module or class, with string
    annotations evaluated: a function's in its globals (after unwrapping
    __wrapped__), a class's from every class of its MRO, each in its module's
    namespace and its own."""
    import sys
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                ann = {}
            if globalns is None:
                g = getattr(sys.modules.get(base.__module__), '__dict__', {})
            else:
                g = globalns
            l = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # The module's names come first for a class, then the class's.
                g, l = l, g
            for name, value in ann.items():
                hints[name] = _hint_value(value, g, l)
        return _hints_done(hints, include_extras)
    if globalns is None:
        if isinstance(obj, _types.ModuleType):
            globalns = obj.__dict__
        else:
            inner = obj
            while hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            globalns = getattr(inner, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    found = getattr(obj, '__annotations__', None)
    if found is None:
        if callable(obj) or isinstance(obj, _types.ModuleType):
            return {}
        raise TypeError('{!r} is not a module, class, method, '
                        'or function.'.format(obj))
    hints = {name: _hint_value(value, globalns, localns)
             for name, value in dict(found).items()}
    return _hints_done(hints, include_extras)


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        if isinstance(tp, _AnnotatedAlias):
            return Annotated
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not Ellipsis:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    return ()
