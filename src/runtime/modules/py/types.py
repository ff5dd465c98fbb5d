"""mempy's `types` module, standing in for CPython's `types`.

Names for the interpreter's built-in types, SimpleNamespace, GenericAlias,
DynamicClassAttribute and the dynamic class-creation helpers (written from
the documented behaviour of CPython's types). Compiled from this
source at first import.

Left out / different from CPython:
* `coroutine(f)` always wraps f: the generators it returns come back wrapped in an
  awaitable _GeneratorWrapper (CPython flags a generator function's code object
  instead, so there its calls return the generator itself).
* GenericAlias and UnionType are Python classes here (C types in CPython): their
  methods show in tracebacks as frames of <frozen types>, a UnionType has
  __instancecheck__/__subclasscheck__ (CPython's isinstance knows unions itself), and
  their slots (__origin__, __args__) can be assigned.
"""

import builtins as _builtins

__all__ = ["FunctionType", "LambdaType", "CodeType", "GeneratorType", "CoroutineType",
           "AsyncGeneratorType",
           "MethodType", "coroutine", "FrameType", "TracebackType",
           "BuiltinFunctionType", "BuiltinMethodType", "WrapperDescriptorType",
           "MethodWrapperType", "MethodDescriptorType", "ClassMethodDescriptorType",
           "MemberDescriptorType", "MappingProxyType",
           "ModuleType", "CellType", "NoneType", "NotImplementedType", "EllipsisType",
           "SimpleNamespace", "GenericAlias", "UnionType", "DynamicClassAttribute", "new_class",
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

    # The wrapped generator's state, under the generator's and the coroutine's
    # names.
    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

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
    # An `async def` function (CO_COROUTINE) or one already made iterable
    # (CO_ITERABLE_COROUTINE) is returned as it is.
    if type(func) is FunctionType and func.__code__.co_flags & 0x180:
        return func

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
        # By the real type (`PyObject_TypeCheck`), not a `__class__` the other
        # object claims.
        if not issubclass(type(other), SimpleNamespace):
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


# ----- GenericAlias and UnionType ------------------------------------------------------
#
# CPython's Objects/genericaliasobject.c and Objects/unionobject.c, written from their
# documented behaviour. `list[int]` (the runtime's class subscription of the builtin
# containers) makes a GenericAlias; `int | str` (type.__or__/__ror__, native in the
# runtime) calls _type_or below. The slots give the instances CPython's sizes
# (GenericAlias: origin, args, parameters, weakref list, starred flag and vectorcall
# pointer; UnionType: args and parameters).

# The names a GenericAlias answers itself; every other attribute is the origin's
# (CPython's ga_getattro and its attr_exceptions).
_GA_OWN = frozenset({"__class__", "__origin__", "__args__", "__unpacked__",
                     "__parameters__", "__typing_unpacked_tuple_args__",
                     "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__",
                     "__deepcopy__"})


def _ga_repr_item(p):
    # How an origin or argument shows in a GenericAlias's repr (ga_repr_item): another
    # alias by its repr, ... as written, a class by (module.)qualname, else repr().
    if p is Ellipsis:
        return "..."
    if isinstance(p, list):
        return "[" + ", ".join([_ga_repr_item(a) for a in p]) + "]"
    try:
        p.__origin__
        p.__args__
        return repr(p)
    except AttributeError:
        pass
    try:
        qualname = p.__qualname__
        module = p.__module__
    except AttributeError:
        return repr(p)
    if module == "builtins":
        return str(qualname)
    return "%s.%s" % (module, qualname)


def _is_typevar_like(t):
    try:
        t.__typing_subst__
    except AttributeError:
        return False
    return True


def _make_parameters(args):
    # The type variables among (and inside) args, in order, without repeats
    # (CPython's _Py_make_parameters).
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if _is_typevar_like(t):
            if t not in params:
                params.append(t)
            continue
        try:
            sub = t.__parameters__
        except AttributeError:
            continue
        if isinstance(sub, tuple):
            for x in sub:
                if x not in params:
                    params.append(x)
    return tuple(params)


def _subs_parameters(alias, args, params, item):
    # args with each type variable of params replaced by its value in item
    # (CPython's _Py_subs_parameters, without TypeVarTuple).
    if not params:
        raise TypeError("%r is not a generic class" % (alias,))
    items = item if isinstance(item, tuple) else (item,)
    if len(items) != len(params):
        raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                        % ("many" if len(items) > len(params) else "few",
                           alias, len(items), len(params)))
    out = []
    for arg in args:
        if isinstance(arg, type):
            out.append(arg)
        elif _is_typevar_like(arg):
            out.append(arg.__typing_subst__(items[params.index(arg)]))
        else:
            try:
                sub = arg.__parameters__
            except AttributeError:
                sub = None
            if isinstance(sub, tuple) and sub:
                arg = arg[tuple([items[params.index(x)] for x in sub])]
            out.append(arg)
    return tuple(out)


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    __slots__ = ("__origin__", "__args__", "_parameters", "__weakref__", "_starred",
                 "_vectorcall")

    def __new__(cls, *pair, **kwargs):
        if kwargs and cls is GenericAlias:
            raise TypeError("GenericAlias() takes no keyword arguments")
        if len(pair) != 2:
            raise TypeError("GenericAlias expected 2 arguments, got %d" % len(pair))
        origin, args = pair
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        _set = object.__setattr__
        _set(self, "__origin__", origin)
        _set(self, "__args__", args)
        _set(self, "_parameters", None)
        _set(self, "_starred", False)
        return self

    def __getattribute__(self, name):
        if name in _GA_OWN:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "__origin__"), name)

    @property
    def __parameters__(self):
        own = object.__getattribute__
        params = own(self, "_parameters")
        if params is None:
            params = _make_parameters(own(self, "__args__"))
            object.__setattr__(self, "_parameters", params)
        return params

    @property
    def __unpacked__(self):
        return object.__getattribute__(self, "_starred")

    @property
    def __typing_unpacked_tuple_args__(self):
        own = object.__getattribute__
        if own(self, "_starred") and own(self, "__origin__") is tuple:
            return own(self, "__args__")
        return None

    def __repr__(self):
        own = object.__getattribute__
        args = own(self, "__args__")
        if args:
            inside = ", ".join([_ga_repr_item(a) for a in args])
        else:
            inside = "()"
        star = "*" if own(self, "_starred") else ""
        return "%s%s[%s]" % (star, _ga_repr_item(own(self, "__origin__")), inside)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        own = object.__getattribute__
        if own(self, "_starred") != own(other, "_starred"):
            return False
        return (own(self, "__origin__") == own(other, "__origin__")
                and own(self, "__args__") == own(other, "__args__"))

    def __hash__(self):
        own = object.__getattribute__
        return hash(own(self, "__origin__")) ^ hash(own(self, "__args__"))

    def __call__(self, *args, **kwargs):
        obj = object.__getattribute__(self, "__origin__")(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return obj

    def __getitem__(self, item):
        own = object.__getattribute__
        args = _subs_parameters(self, own(self, "__args__"), self.__parameters__, item)
        res = GenericAlias(own(self, "__origin__"), args)
        object.__setattr__(res, "_starred", own(self, "_starred"))
        return res

    def __mro_entries__(self, bases):
        return (object.__getattribute__(self, "__origin__"),)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        own = object.__getattribute__
        import operator
        return (operator.getitem, (own(self, "__origin__"), own(self, "__args__")))

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __dir__(self):
        names = set(dir(object.__getattribute__(self, "__origin__")))
        names.update(_GA_OWN)
        return sorted(names)

    def __iter__(self):
        # `*tuple[int]`: the starred alias (PEP 646).
        own = object.__getattribute__
        starred = GenericAlias(own(self, "__origin__"), own(self, "__args__"))
        object.__setattr__(starred, "_starred", True)
        yield starred


def _unionable(obj):
    # CPython's is_unionable: None, a class, a GenericAlias or a union.
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union_args(objs):
    # The members of a union of objs: unions flattened, None as NoneType, repeats
    # dropped (by identity; aliases by ==), CPython's dedup_and_flatten_args.
    flat = []
    for obj in objs:
        if isinstance(obj, UnionType):
            flat.extend(object.__getattribute__(obj, "__args__"))
        elif obj is None:
            flat.append(NoneType)
        else:
            flat.append(obj)
    out = []
    for x in flat:
        for y in out:
            if isinstance(x, GenericAlias) and isinstance(y, GenericAlias):
                if x == y:
                    break
            elif x is y:
                break
        else:
            out.append(x)
    return tuple(out)


def _make_union(args):
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    object.__setattr__(u, "__args__", args)
    object.__setattr__(u, "_parameters", None)
    return u


def _type_or(a, b):
    """`a | b` for classes, None, aliases and unions (CPython's _Py_union_type_or)."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    return _make_union(_union_args((a, b)))


def _union_repr_item(p):
    if p is NoneType:
        return "None"
    try:
        p.__origin__
        p.__args__
        return repr(p)
    except AttributeError:
        pass
    try:
        qualname = p.__qualname__
    except AttributeError:
        return repr(p)
    module = getattr(p, "__module__", None)
    if module is None:
        return repr(p)
    if module == "builtins":
        return str(qualname)
    return "%s.%s" % (module, qualname)


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __slots__ = ("__args__", "_parameters")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    @property
    def __parameters__(self):
        params = self._parameters
        if params is None:
            params = _make_parameters(self.__args__)
            object.__setattr__(self, "_parameters", params)
        return params

    def __repr__(self):
        return " | ".join([_union_repr_item(a) for a in self.__args__])

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __getitem__(self, item):
        args = _subs_parameters(self, self.__args__, self.__parameters__, item)
        if not args:
            return _make_union(args)
        res = args[0]
        for arg in args[1:]:
            res = res | arg
        return res

    # isinstance(x, int | str) checks the members as a tuple would (CPython 3.11's
    # PyObject_IsInstance treats a union as its __args__).
    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)


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
