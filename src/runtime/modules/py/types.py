"""mempy's `types` module, standing in for CPython's `types`.

Names for the interpreter's built-in types, SimpleNamespace, GenericAlias,
DynamicClassAttribute and the dynamic class-creation helpers (written from
the documented behaviour of CPython's types). Compiled from this
source at first import.

Left out / different from CPython:
* Types mempy cannot produce an instance of are absent: UnionType (no `int | str`).
* `coroutine(f)` always wraps f: the generators it returns come back wrapped in an
  awaitable _GeneratorWrapper (CPython flags a generator function's code object
  instead, so there its calls return the generator itself).
* GenericAlias is a small Python class (repr, __origin__, __args__, __parameters__,
  ==, hash, calling the origin); builtin `list[int]` does not produce one in mempy.
"""

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
WrapperDescriptorType = type(object.__dict__['__init__'])
MethodWrapperType = type((0).__add__)
MethodDescriptorType = type(str.__dict__['join'])
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])


# Kept alive: a class is in a cycle only the collector could free.
class _Slotted:
    __slots__ = ("_s", "__weakref__")


MemberDescriptorType = type(_Slotted.__dict__["_s"])
GetSetDescriptorType = type(_Slotted.__dict__["__weakref__"])

# The read-only view a class's __dict__ is (the runtime's mappingproxy type).
MappingProxyType = type(object.__dict__)

ModuleType = type(_builtins)

NoneType, NotImplementedType, EllipsisType = [
    type(v) for v in (None, NotImplemented, ...)]

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
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return vars(self) == vars(other)

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
        inside = ", ".join(map(_type_repr, self.__args__)) or "()"
        return _type_repr(self.__origin__) + "[" + inside + "]"

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
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # With no doc of its own, the getter's docstring is used (and keeps
        # being taken from a getter installed later with .getter()).
        self.overwrite_doc = doc is None
        self.__doc__ = doc if doc else getattr(fget, "__doc__", None)
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError("unreadable attribute")
            return self.fget(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        setter = self.fset
        if setter is None:
            raise AttributeError("can't set attribute")
        setter(instance, value)

    def __delete__(self, instance):
        deleter = self.fdel
        if deleter is None:
            raise AttributeError("can't delete attribute")
        deleter(instance)

    def _with(self, fget, fset, fdel, doc):
        twin = type(self)(fget, fset, fdel, doc)
        twin.overwrite_doc = self.overwrite_doc
        return twin

    def getter(self, fget):
        doc = self.__doc__
        if self.overwrite_doc and fget.__doc__:
            doc = fget.__doc__
        return self._with(fget, self.fset, self.fdel, doc)

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel, self.__doc__)


# ----- dynamic class creation ---------------------------------------------------------

def resolve_bases(bases):
    """`bases` with each non-class that has __mro_entries__ replaced by what that
    method returns (PEP 560).
    """
    out = []
    changed = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, "__mro_entries__", None)
        if hook is None:
            out.append(base)
            continue
        replacement = hook(bases)
        changed = True
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        out.extend(replacement)
    return tuple(out) if changed else bases


def _most_derived_meta(meta, bases):
    for base in bases:
        other = type(base)
        if issubclass(meta, other):
            continue
        if not issubclass(other, meta):
            raise TypeError("metaclass conflict: the metaclass of a derived "
                            "class must be a (non-strict) subclass of the "
                            "metaclasses of all its bases")
        meta = other
    return meta


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, kwds) for a class statement with these bases and
    keywords: the most derived metaclass, what its __prepare__ returns, and
    kwds without 'metaclass'.
    """
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop("metaclass", type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a class statement would; exec_body(ns) fills in the
    namespace.
    """
    real_bases = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, real_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if real_bases is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, real_bases, namespace, **kwds)
