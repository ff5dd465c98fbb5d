# mempy's `types` module: names for the interpreter's built-in types, SimpleNamespace,
# GenericAlias, DynamicClassAttribute and the dynamic class-creation helpers
# (written from the documented behaviour of CPython's types). Compiled from this
# source at first import.
#
# Left out / different from CPython:
# * Types mempy cannot produce an instance of are absent: UnionType (no `int | str`).
# * `coroutine(f)` always wraps f: the generators it returns come back wrapped in an
#   awaitable _GeneratorWrapper (CPython flags a generator function's code object
#   instead, so there its calls return the generator itself).
# * WrapperDescriptorType, MethodWrapperType, MethodDescriptorType and
#   BuiltinMethodType are all mempy's one builtin-function type, and
#   ClassMethodDescriptorType is `classmethod`: they are what the defining expressions
#   evaluate to in mempy.
# * GenericAlias is a small Python class (repr, __origin__, __args__, __parameters__,
#   ==, hash, calling the origin); builtin `list[int]` does not produce one in mempy.

import builtins as _builtins

__all__ = ["FunctionType", "LambdaType", "CodeType", "GeneratorType", "CoroutineType",
           "AsyncGeneratorType",
           "MethodType", "coroutine", "FrameType", "TracebackType",
           "BuiltinFunctionType", "BuiltinMethodType", "WrapperDescriptorType",
           "MethodWrapperType", "MethodDescriptorType", "ClassMethodDescriptorType",
           "MemberDescriptorType", "MappingProxyType",
           "ModuleType", "CellType", "NoneType", "NotImplementedType", "EllipsisType",
           "SimpleNamespace", "GenericAlias", "DynamicClassAttribute", "new_class",
           "resolve_bases", "prepare_class"]


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_maker():
    a = 1

    def inner():
        return a
    return inner.__closure__[0]


CellType = type(_cell_maker())

# Without raising an exception to get one (which `--trace` would show).
from _traceback import FrameType, TracebackType


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()
del _co


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())


class _GeneratorWrapper:
    # What a generator returned by a types.coroutine function is wrapped in: awaitable
    # (its __await__ is the generator's iteration) and resumable like the generator.
    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if isinstance(self.__wrapped, GeneratorType):
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Make a generator-based function awaitable."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType:
            return coro
        if type(coro) is GeneratorType or (
                hasattr(coro, "__next__") and hasattr(coro, "send")
                and not hasattr(coro, "__await__")):
            return _GeneratorWrapper(coro)
        return coro

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


def _m(self):
    pass


# A function bound by hand: a throwaway class would be cyclic garbage left for the
# user's first gc.collect() (every class is in a cycle with its __mro__).
MethodType = type(_m.__get__(0))

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])


# Kept alive: a class is in a cycle only the collector could free.
class _Slotted:
    __slots__ = ("_s", "__weakref__")


MemberDescriptorType = type(_Slotted.__dict__["_s"])
GetSetDescriptorType = type(_Slotted.__dict__["__weakref__"])

# The read-only view a class's __dict__ is (the runtime's mappingproxy type).
MappingProxyType = type(type.__dict__)

ModuleType = type(_builtins)

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

del _f, _cell_maker, _g, _m


# ----- SimpleNamespace ----------------------------------------------------------------

_repr_running = set()


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def _type_name(self):
        if type(self) is SimpleNamespace:
            return "types.SimpleNamespace"
        return type(self).__name__

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            parts = ["%s=%r" % (k, v) for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (name, ", ".join(parts))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % self._type_name())

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'" % (self._type_name(), name))

    def __delattr__(self, name):
        d = self.__dict__
        if name in d:
            del d[name]
        else:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (self._type_name(), name))

    def __reduce__(self):
        return (type(self), (), self.__dict__)


# ----- GenericAlias -------------------------------------------------------------------

def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, list):
        return "[" + ", ".join([_type_repr(a) for a in obj]) + "]"
    return repr(obj)


class GenericAlias:
    """A parameterized class such as list[int]: __origin__ is the class,
    __args__ the parameters.
    """

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        if not self.__args__:
            args = "()"
        else:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        return "%s[%s]" % (_type_repr(self.__origin__), args)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


# ----- DynamicClassAttribute ----------------------------------------------------------

class DynamicClassAttribute:
    """A property for instances that, looked up on the class, raises
    AttributeError so that the metaclass's __getattr__ answers instead.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


# ----- dynamic class creation ---------------------------------------------------------

def resolve_bases(bases):
    """`bases` with each non-class that has __mro_entries__ replaced by what that
    method returns (PEP 560).
    """
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, kwds) for a class statement with these bases and
    keywords: the most derived metaclass, what its __prepare__ returns, and
    kwds without 'metaclass'.
    """
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    if prepare is not None:
        ns = prepare(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a class statement would; exec_body(ns) fills in the
    namespace.
    """
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)
