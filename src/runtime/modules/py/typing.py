# mempy's `typing` module (a subset of CPython's Lib/typing.py, written from its
# documented behaviour). Compiled from this source at first import.
#
# mempy does not check types, so this module makes annotations evaluate, print and
# compare as CPython's do: the special forms (Any, Union, Optional, ClassVar, ...),
# the aliases of the builtin and abstract classes (List, Dict, Callable, Iterable,
# ...) whose subscription gives a typing alias (`typing.List[int]`), unions
# normalised as CPython's (flattened, without repeats, `Optional[X]` for `X | None`),
# TypeVar, TypeVarTuple and Unpack, ParamSpec, Generic[T] classes (`Box[int]` makes
# instances of Box), string annotations as ForwardRef (evaluated by get_type_hints),
# class-syntax NamedTuple and TypedDict (Required/NotRequired), NewType, the IO
# classes, the overload registry, get_origin and get_args. Differences: Protocol
# classes are plain generic classes (isinstance does not check their structure).

import collections as _collections
import collections.abc as _abc
import abc as _abc_module
import contextlib as _contextlib
import types as _types
from types import GenericAlias  # typing's namespace has it, as CPython's does

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


# Functions that clear typing's caches (each cache's cache_clear).
_cleanups = []


def _tp_cache(func, typed=False):
    # Subscriptions are cached, as CPython's are: `List[int] is List[int]`, and a
    # pickled alias loads as the same object. Unhashable arguments skip the cache.
    import functools
    cached = functools.lru_cache(typed=typed)(func)
    _cleanups.append(cached.cache_clear)

    @functools.wraps(func)
    def inner(*args, **kwds):
        try:
            return cached(*args, **kwds)
        except TypeError:
            pass
        return func(*args, **kwds)
    return inner


def _tp_cache_typed(func):
    # For the special forms (Literal[1] and Literal[True] differ).
    return _tp_cache(func, typed=True)


def _type_check(arg):
    # None stands for its type inside an alias, a string for a ForwardRef to it.
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


# Generic and Protocol, once defined (below): not types a variable can stand for.
_GENERIC_BASES = ()


def _type_check_arg(arg, msg):
    # An argument that must be a type (a type variable's value, bound or
    # constraint): a plain special form, Generic, Protocol, ClassVar[...],
    # Final[...] or a tuple is refused.
    arg = _type_check(arg)
    if arg in _GENERIC_BASES:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if isinstance(arg, _GenericAlias) and arg.__origin__ in _GENERIC_BASES:
        raise TypeError(f"{arg} is not valid as type argument")
    if isinstance(arg, _GenericAlias) and (arg.__origin__ is ClassVar
                                           or arg.__origin__ is Final):
        raise TypeError(f"{arg} is not valid as type argument")
    if isinstance(arg, _SpecialForm):
        if any(arg is f for f in (NoReturn, Never, Self, LiteralString, TypeAlias)):
            return arg
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _caller_module(depth=2):
    # The `__name__` of the module that called the caller (where a TypeVar, NewType
    # or NamedTuple is defined, so that it pickles by reference).
    import sys
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _is_param(t):
    # A type variable of any kind: what an alias's __parameters__ lists.
    return isinstance(t, (TypeVar, TypeVarTuple, ParamSpec))


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if _is_param(t):
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
    if _is_param(arg):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_subst(a, mapping) for a in arg]
    if isinstance(arg, _UnpackGenericAlias):
        return arg
    params = getattr(arg, '__parameters__', ()) if not isinstance(arg, type) else ()
    if isinstance(params, tuple) and params:
        sub = []
        for p in params:
            v = mapping.get(p, p)
            if isinstance(p, TypeVarTuple) and isinstance(v, tuple):
                sub.extend(v)
            else:
                sub.append(v)
        return arg[tuple(sub) if len(sub) != 1 else sub[0]]
    return arg


def _bind_params(alias, params, args):
    # {parameter: argument} for `alias[args]`: a TypeVarTuple takes the arguments
    # the other parameters leave (as a tuple), a lone ParamSpec all of them (as a list).
    if (len(params) == 1 and isinstance(params[0], ParamSpec)
            and not (len(args) == 1 and _is_param_expr(args[0]))):
        args = (list(args),)
    star = [i for i, p in enumerate(params) if isinstance(p, TypeVarTuple)]
    if star:
        i = star[0]
        after = len(params) - i - 1
        if len(args) < len(params) - 1:
            raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        mapping = dict(zip(params[:i], [_type_check(a) for a in args[:i]]))
        mapping[params[i]] = tuple(_type_check(a) for a in args[i:len(args) - after])
        mapping.update(zip(params[i + 1:],
                           [_type_check(a) for a in args[len(args) - after:]]))
        return mapping
    if len(args) != len(params):
        raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'}"
                        f" arguments for {alias}; actual {len(args)}, "
                        f"expected {len(params)}")
    return {p: (a if isinstance(p, ParamSpec) and isinstance(a, (list, tuple))
                else p.__typing_subst__(a) if isinstance(p, TypeVar)
                else _type_check(a)) for p, a in zip(params, args)}


def _is_param_expr(arg):
    return (arg is ... or isinstance(arg, (list, tuple, ParamSpec))
            or isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


def _subst_args(args, mapping):
    # The arguments of an alias after substitution; `*Ts` splices Ts's tuple.
    out = []
    for a in args:
        if (isinstance(a, _UnpackGenericAlias) and isinstance(a.__args__[0], TypeVarTuple)
                and a.__args__[0] in mapping):
            out.extend(mapping[a.__args__[0]])
        elif isinstance(a, TypeVarTuple) and a in mapping:
            out.extend(mapping[a])
        else:
            out.append(_subst(a, mapping))
    return tuple(out)


class _Final:
    # The typing classes that cannot be subclassed outside this module (CPython's
    # _Final): a subclass here says `_root=True`.
    __slots__ = ()

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")



class _GenericAlias(_Final, _root=True):
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

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        mapping = _bind_params(self, self.__parameters__, params)
        return self.copy_with(_subst_args(self.__args__, mapping))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, inst=self._inst, name=self._name)

    def __iter__(self):
        # `*Tuple[int]` is `Unpack[Tuple[int]]` (PEP 646).
        yield Unpack[self]

    def __reduce__(self):
        # Pickled as the subscription that makes it: `List[int]` as
        # getitem(typing.List, int).
        import operator
        origin = globals()[self._name] if self._name else self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return operator.getitem, (origin, args)

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
        if isinstance(self.__origin__, _SpecialForm):
            # ClassVar[int], Final[int], Unpack[Ts], ...: not classes.
            raise TypeError(f"Cannot subclass {self!r}")
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
        # The alias's name (`List[int].__name__` is 'List'); everything but dunders
        # is the origin's (`List[int].append`).
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
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


class _CallableGenericAlias(_GenericAlias, _root=True):
    __iter__ = None  # not iterable: `*Union[...]` is an error
    # Callable[[int], str] keeps its arguments flat: __args__ == (int, str).
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return super().__repr__()
        return (f'typing.Callable[[{", ".join([_type_repr(a) for a in args[:-1]])}], '
                f'{_type_repr(args[-1])}]')

    def __reduce__(self):
        import operator
        args = self.__args__
        if not (len(args) == 2 and args[0] is ...):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)

    def copy_with(self, args):
        # A ParamSpec replaced by a list of types: the list's items become arguments.
        if args and isinstance(args[0], (list, tuple)):
            args = tuple(args[0]) + tuple(args[1:])
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=True)


class _UnionGenericAlias(_GenericAlias, _root=True):
    __iter__ = None  # not iterable: `*Union[...]` is an error
    def copy_with(self, params):
        return Union[params]

    def __reduce__(self):
        func, (origin, args) = super().__reduce__()
        return func, (Union, args)

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


class _SpecialGenericAlias(_Final, _root=True):
    __iter__ = None  # not iterable (CPython's _NotIterable)
    """An unsubscripted alias of a class (`typing.List` for list): subscripting it
    gives a _GenericAlias; isinstance checks against the class."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name if name is not None else origin.__name__

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check_arg(p, msg) for p in params)
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
        if attr in ('__name__', '__qualname__'):
            return self._name
        if attr.startswith('_'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        # The argument list as a tuple, so the subscription can be cached.
        if isinstance(args, list):
            args = tuple(args)
        return self._getitem_inner((args, result))

    @_tp_cache
    def _getitem_inner(self, params):
        args, result = params
        if isinstance(args, tuple):
            args = list(args)
        if args is ...:
            flat = (_TypingEllipsis, _type_check(result))
        elif isinstance(args, list):
            flat = tuple(_type_check(a) for a in args) + (_type_check(result),)
        else:
            flat = (_type_check(args), _type_check(result))
        return _CallableGenericAlias(self.__origin__, flat, name=self._name, inst=True)


class _TupleType(_SpecialGenericAlias, _root=True):
    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(self.__origin__,
                                 tuple(_type_check_arg(p, msg) for p in params[:-1])
                                 + (_TypingEllipsis,), name=self._name, inst=False)
        return _GenericAlias(self.__origin__, tuple(_type_check_arg(p, msg) for p in params),
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


class _SpecialForm(_Final, _root=True):
    __iter__ = None  # not iterable (CPython's _NotIterable)
    """A typing construct that is not a class (Any, Union, Optional, ...)."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __repr__(self):
        return 'typing.' + self._name

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __reduce__(self):
        return self._name

    @_tp_cache_typed
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

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
    return _GenericAlias(self, (_type_check_arg(item, f"{self} accepts only single type."),))


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
    return Union[parameters, _NoneType]


def Literal(self, parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    # Nested literals are flattened; repeats (same value and type) dropped.
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    try:
        seen = set()
        unique = []
        for p in flat:
            if (p, type(p)) not in seen:
                seen.add((p, type(p)))
                unique.append(p)
        flat = unique
    except TypeError:
        pass
    return _LiteralGenericAlias(self, tuple(flat))


class _LiteralSpecialForm(_SpecialForm, _root=True):
    # Literal's subscriptions are cached by each value *and its type*, so that
    # Literal[0] and Literal[False] stay different objects.
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem_values(*parameters)

    @_tp_cache_typed
    def _getitem_values(self, *parameters):
        return self._getitem(self, parameters)


def Concatenate(self, parameters):
    """Used in conjunction with ParamSpec and Callable."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


def Unpack(self, parameters):
    """Type unpack operator: Unpack[Ts] (also spelled *Ts) for a TypeVarTuple."""
    item = parameters[0] if isinstance(parameters, tuple) and len(parameters) == 1 \
        else parameters
    return _UnpackGenericAlias(self, (_type_check(item),))


def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict
    as required."""
    return _one_type(self, parameters)


def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as
    potentially missing."""
    return _one_type(self, parameters)


for _f in (NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final,
           TypeGuard, Union, Optional, Concatenate, Unpack, Required,
           NotRequired):
    globals()[_f.__name__] = _SpecialForm(_f)
del _f
Literal = _LiteralSpecialForm(Literal)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    # Two literal types are equal when they hold the same values of the same types,
    # in any order (Literal[0] != Literal[False]).
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return (set((a, type(a)) for a in self.__args__)
                == set((a, type(a)) for a in other.__args__))

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


class _UnpackGenericAlias(_GenericAlias, _root=True):
    # `*Ts` / `Unpack[Ts]`: shows as `*Ts` (CPython 3.11's repr of both spellings).
    def __repr__(self):
        return '*' + _type_repr(self.__args__[0])

    def copy_with(self, args):
        return _UnpackGenericAlias(self.__origin__, args)

    @property
    def __typing_unpacked_tuple_args__(self):
        arg = self.__args__[0]
        if isinstance(arg, _GenericAlias) and arg.__origin__ is tuple:
            return arg.__args__
        return None


class _AnnotatedAlias(_GenericAlias, _root=True):
    __iter__ = None  # not iterable: `*Union[...]` is an error
    def __init__(self, origin, metadata):
        # Annotated[Annotated[T, x], y] is Annotated[T, x, y].
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,), name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __reduce__(self):
        import operator
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x]."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @_tp_cache
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
AsyncContextManager = _alias(_contextlib.AbstractAsyncContextManager, 1,
                             name='AsyncContextManager')
ByteString = _alias(_abc.ByteString, 0)


class TypeVar(_Final, _root=True):
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
        self.__bound__ = (_type_check_arg(bound, "Bound must be a type.")
                          if bound is not None else None)
        self.__constraints__ = tuple(
            _type_check_arg(t, "TypeVar(name, constraint, ...): constraints must be types.")
            for t in constraints)
        self.__covariant__, self.__contravariant__ = co, contra
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")

    def __repr__(self):
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__

    def __typing_subst__(self, arg):
        # What the variable becomes in `list[T][int]` (types.GenericAlias asks).
        return _type_check_arg(arg, "Parameters to generic types must be types.")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


AnyStr = TypeVar('AnyStr', bytes, str)

# The type variables typing itself uses (not in __all__).
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple: `Ts = TypeVarTuple('Ts')`, used as `*Ts` or `Unpack[Ts]`
    in a generic's parameters; it stands for any number of types."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVarTuple")


class ParamSpecArgs(_Final, _root=True):
    """The `P.args` of a ParamSpec P (get_origin gives P)."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs(_Final, _root=True):
    """The `P.kwargs` of a ParamSpec P (get_origin gives P)."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_Final, _root=True):
    """Parameter specification variable: `P = ParamSpec('P')` stands for the
    parameters of a callable (`Callable[P, T]`, `*args: P.args`)."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a) for a in arg)
        if not _is_param_expr(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {arg}")
        return arg

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpec")


class Generic:
    """Abstract base class for generic types: `class Box(Generic[T])`; `Box[int]`
    is an alias whose calls make Box instances."""

    __slots__ = ()

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_param(p) or isinstance(p, _UnpackGenericAlias)
                       and isinstance(p.__args__[0], TypeVarTuple) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                "variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            if not cls.__parameters__:
                raise TypeError(f"{cls} is not a generic class")
            mapping = _bind_params(cls, cls.__parameters__, params)
            params = _subst_args(cls.__parameters__, mapping)
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
                    break
        else:
            if Generic in cls.__bases__ and cls.__module__ != 'typing':
                raise TypeError("Cannot inherit from plain Generic")
            tvars = ()
        cls.__parameters__ = tuple(tvars)


# The names every class has that say nothing about a protocol's members.
_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__parameters__', '__orig_bases__', '__orig_class__',
    '_is_protocol', '_is_runtime_protocol', '__qualname__', '__init_subclass__',
    '_MutableMapping__marker', '__protocol_attrs__', '__match_args__'})


def _get_protocol_attrs(cls):
    # The members a protocol class asks for: its own and its protocol bases' names
    # (annotated ones too), without the private `_abc_` ones and the special names.
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(_abc_module.ABCMeta):
    # isinstance() against a @runtime_checkable protocol checks that the object has
    # every member the protocol names (callable ones not None), as CPython's does.
    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False) or cls is Protocol:
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if super().__instancecheck__(instance):
            return True
        for attr in _get_protocol_attrs(cls):
            try:
                val = getattr(instance, attr)
            except AttributeError:
                return False
            if val is None and callable(getattr(cls, attr, None)):
                return False
        return True

    def __subclasscheck__(cls, other):
        if (getattr(cls, '_is_protocol', False) and cls is not Protocol
                and not getattr(cls, '_is_runtime_protocol', False)):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if (getattr(cls, '_is_protocol', False) and cls is not Protocol
                and isinstance(other, type)):
            if super().__subclasscheck__(other):
                return True
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None and callable(getattr(cls, attr, None)):
                            return False
                        break
                else:
                    return False
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base for protocol classes: `class P(Protocol): def meth(self): ...`;
    with @runtime_checkable, isinstance() checks that the members are there."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A protocol class is one that lists Protocol among its bases.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


_GENERIC_BASES = (Generic, Protocol)


# ----- NamedTuple -----------------------------------------------------------------
# `class P(NamedTuple): x: int; y: int = 0` and `NamedTuple('P', [('x', int)])`
# both make a collections.namedtuple whose __annotations__ are the field types.

_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                            '_fields', '_field_defaults', '_make', '_replace',
                            '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t) for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        if Generic in bases:
            nm_tpl.__bases__ = bases
            class_getitem = Generic.__class_getitem__.__func__
            nm_tpl.__class_getitem__ = classmethod(class_getitem)
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if Generic in bases:
            nm_tpl.__init_subclass__()
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: NamedTuple('Employee', [('name', str),
    ('id', int)]), or as a base class with annotated fields."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ----- TypedDict ------------------------------------------------------------------
# A TypedDict class only describes dicts: calling it makes a plain dict, and it keeps
# which keys are required (__required_keys__, __optional_keys__, __total__).

def _strip_qualifiers(tp):
    # Required[...] / NotRequired[...] (also inside Annotated[...]) -> what they hold.
    while isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired):
        tp = tp.__args__[0]
    return tp


def _key_qualifier(tp):
    # Required / NotRequired / None for an annotation, looking through Annotated.
    while True:
        if isinstance(tp, _AnnotatedAlias):
            tp = tp.__origin__
        elif isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired):
            return tp.__origin__
        else:
            return None


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic = (Generic,) if any(b is Generic for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        own = {n: _type_check(tp) for n, tp in own.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            q = _key_qualifier(tp)
            if q is Required or q is None and total:
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace. At runtime it is equivalent to a plain dict:
    TypedDict('Point2D', x=int, y=int), or a class deriving from TypedDict."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    if kwargs:
        import warnings
        warnings.warn("The kwargs-based syntax for TypedDict definitions is "
                      "deprecated in Python 3.11, will be removed in Python 3.13, "
                      "and may not be supported by third-party type checkers.",
                      DeprecationWarning, stacklevel=2)
    ns = {'__annotations__': dict(fields)}
    module = _caller_module()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# ----- NewType --------------------------------------------------------------------

class NewType:
    """NewType('UserId', int) makes a callable that returns its argument: a
    distinct name for the type checker, the supertype at runtime."""

    __call__ = _idfunc = (lambda self, x, /: x)

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`"
                )

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


# ----- ForwardRef -----------------------------------------------------------------

class ForwardRef(_Final, _root=True):
    """A string annotation, kept for get_type_hints to evaluate later."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # A string of `*Ts` stands for the unpacked form (PEP 646).
        if arg[0] == '*':
            arg_to_compile = f'({arg},)[0]'
        else:
            arg_to_compile = arg
        try:
            code = compile(arg_to_compile, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                import sys
                globalns = getattr(sys.modules.get(self.__forward_module__, None),
                                   '__dict__', globalns)
            value = eval(self.__forward_code__, globalns, localns)
            value = _type_check(value)
            self.__forward_value__ = _eval_type(
                value, globalns, localns, recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ''
        else:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    # t with every ForwardRef in it (also inside aliases and unions) evaluated.
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, _AnnotatedAlias):
        inner = _eval_type(t.__origin__, globalns, localns, recursive_guard)
        if inner is t.__origin__:
            return t
        return _AnnotatedAlias(inner, t.__metadata__)
    if isinstance(t, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        args = t.__args__
        new = tuple(_eval_type(ForwardRef(a) if isinstance(a, str) and
                               isinstance(t, _types.GenericAlias) else a,
                               globalns, localns, recursive_guard) for a in args)
        if all(x is y for x, y in zip(new, args)):
            return t
        if isinstance(t, _types.GenericAlias):
            return _types.GenericAlias(t.__origin__, new)
        if isinstance(t, _types.UnionType):
            import functools
            import operator
            return functools.reduce(operator.or_, new)
        return t.copy_with(new)
    return t


# ----- IO -------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """Generic base class for the file-like types TextIO and BinaryIO."""

    __slots__ = ()

    @property
    def mode(self):
        pass

    @property
    def name(self):
        pass

    def close(self):
        pass

    @property
    def closed(self):
        pass

    def fileno(self):
        pass

    def flush(self):
        pass

    def isatty(self):
        pass

    def read(self, n=-1):
        pass

    def readable(self):
        pass

    def readline(self, limit=-1):
        pass

    def readlines(self, hint=-1):
        pass

    def seek(self, offset, whence=0):
        pass

    def seekable(self):
        pass

    def tell(self):
        pass

    def truncate(self, size=None):
        pass

    def writable(self):
        pass

    def write(self, s):
        pass

    def writelines(self, lines):
        pass

    def __enter__(self):
        pass

    def __exit__(self, type, value, traceback):
        pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()

    def write(self, s):
        pass

    def __enter__(self):
        pass


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()

    @property
    def buffer(self):
        pass

    @property
    def encoding(self):
        pass

    @property
    def errors(self):
        pass

    @property
    def line_buffering(self):
        pass

    @property
    def newlines(self):
        pass

    def __enter__(self):
        pass


def _re_alias(name):
    import re
    return _alias(getattr(re, name), 1)


Pattern = _re_alias('Pattern')
Match = _re_alias('Match')


# ----- functions --------------------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that val has type typ (returns val)."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Reveal the inferred type of a variable: prints the runtime type to stderr."""
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_OVERLOAD_CALLED = ("You should not call an overloaded function. A series of "
                    "@overload-decorated functions outside a stub module should "
                    "always be followed by an implementation that is not "
                    "@overload-ed.")

# {module: {qualname: {first line: overload}}}: what get_overloads answers.
_overload_registry = _collections.defaultdict(
    lambda: _collections.defaultdict(dict))


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(_OVERLOAD_CALLED)


def overload(func):
    """Decorator for overloaded functions/methods: the variants only describe
    signatures (get_overloads lists them); called on its own, one complains."""
    f = getattr(func, '__func__', func)
    try:
        _overload_registry[f.__module__][f.__qualname__][f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The overloads registered for func (in definition order)."""
    f = getattr(func, '__func__', func)
    if f.__module__ not in _overload_registry:
        return []
    mod_dict = _overload_registry[f.__module__]
    if f.__qualname__ not in mod_dict:
        return []
    return list(mod_dict[f.__qualname__].values())


def clear_overloads():
    """Forget every registered overload."""
    _overload_registry.clear()


def final(f):
    """Decorator marking a method or class final (sets __final__ when it can)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: annotations of the function (or the class's methods) are not
    type hints."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, _types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, _types.MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    import functools

    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func

    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(), **kwargs):
    """Decorator marking an object as providing dataclass-like behaviour: records
    its arguments in __dataclass_transform__."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls




# ----- the Supports* protocols ------------------------------------------------------

@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @_abc_module.abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @_abc_module.abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @_abc_module.abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @_abc_module.abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @_abc_module.abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    @_abc_module.abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    @_abc_module.abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


_ASSERT_NEVER_REPR_MAX_LENGTH = 100

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type',
    'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict',
    'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
    'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
    'Unpack',
]


def _hint_value(value, globalns, localns, is_class=False):
    # One annotation as get_type_hints gives it: None stands for NoneType, a
    # string (a forward reference) and the ForwardRefs inside an alias are
    # evaluated in the namespaces given.
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value, is_argument=not is_class, is_class=is_class)
    return _eval_type(value, globalns, localns)


def _strip_annotations(t):
    # t without Annotated/Required/NotRequired wrappers, at any depth.
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        args = t.__args__
        new = tuple(_strip_annotations(a) for a in args)
        if all(x is y for x, y in zip(new, args)):
            return t
        if isinstance(t, _types.GenericAlias):
            return _types.GenericAlias(t.__origin__, new)
        if isinstance(t, _types.UnionType):
            import functools
            import operator
            return functools.reduce(operator.or_, new)
        return t.copy_with(new)
    return t


def _hints_done(hints, include_extras):
    # Annotated[T, ...] stands for T unless the extras are asked for.
    if include_extras:
        return hints
    return {k: _strip_annotations(v) for k, v in hints.items()}


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
                hints[name] = _hint_value(value, g, l, is_class=True)
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
    if getattr(obj, '__no_type_check__', None):
        return {}
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
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
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
