# `copyreg` (stands in for CPython's `copyreg`): the table of reduction functions that
# `pickle` consults before an object's own __reduce_ex__ (dispatch_table, filled by
# pickle()), the callables that reduced objects name inside pickles
# (_reconstructor, __newobj__, __newobj_ex__), the protocol 0/1 default reduction
# (_reduce_ex, which object.__reduce_ex__ calls), _slotnames, the reduction of
# exceptions (_reduce_exception: mempy's exceptions have no __reduce__ of their own),
# and the registry of extension codes.
# Compiled from this source at first import.

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}

# The bit of type.__flags__ that marks a class created by a class statement.
_HEAPTYPE = 1 << 9


def _require_callable(obj, what):
    if callable(obj):
        return
    raise TypeError(what + " must be callable")


def pickle(ob_type, pickle_function,
           constructor_ob=None):
    """Make `pickle_function(obj)` the reduction used for objects of `ob_type`."""
    _require_callable(pickle_function, "reduction functions")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that `object` could serve as a constructor (it must be callable)."""
    _require_callable(object, "constructors")


def pickle_complex(c):
    return complex, (c.real, c.imag)


def pickle_union(obj):
    # int | str is rebuilt as functools.reduce(operator.or_, (int, str)).
    from functools import reduce
    from operator import or_
    return reduce, (or_, obj.__args__)


pickle(complex, pickle_complex, constructor_ob=complex)
try:
    _union_type = type(int | str)
except TypeError:       # mempy's classes have no `|` yet
    pass
else:
    dispatch_table[_union_type] = pickle_union
    del _union_type


# --- what objects reduced by the default protocol 0/1 reduction are rebuilt with

def _reconstructor(cls, base,
                   state):
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    initializer = base.__init__
    if initializer != object.__init__:
        initializer(made, state)
    return made


def _native_base(cls):
    # The first class along the MRO that was not written in Python (object when
    # nothing else qualifies): its value is what the instance carries besides
    # its __dict__.
    # A class written in Python has '__module__' in its namespace; a native type
    # (builtins', or a native module's such as itertools.chain) has not.
    for klass in cls.__mro__:
        if (getattr(klass, '__module__', None) == 'builtins'
                or '__module__' not in vars(klass)):
            return klass
    return object


_SLOTS_NEED_GETSTATE = ('a class that defines __slots__ without defining '
                        '__getstate__ cannot be pickled')


def _reduce_ex(self, proto):
    assert proto < 2
    cls = type(self)
    base = _native_base(cls)
    if base is object:
        value = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        value = base(self)
    # The state is what __getstate__ gives (object's returns the instance dict); a
    # class with slots must supply its own, since these protocols store no slots.
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, '__slots__', None):
            raise TypeError(_SLOTS_NEED_GETSTATE) from None
        extra = getattr(self, '__dict__', None)
    else:
        if (type(self).__getstate__ is object.__getstate__
                and getattr(self, '__slots__', None)):
            raise TypeError(_SLOTS_NEED_GETSTATE)
        extra = getstate()
    reduced = (_reconstructor, (cls, base, value))
    return reduced + (extra,) if extra else reduced


# The fields mempy keeps in an OSError's __dict__ that BaseException.__reduce__
# would not carry as state (CPython keeps them in the C struct).
_OSERROR_FIELDS = ('errno', 'strerror', 'filename', 'filename2',
                   'characters_written')


def _reduce_exception(exc):
    """What BaseException.__reduce__ gives in CPython: (type, args[, dict]), with an
    OSError's file names appended to its two arguments. Used by copy and pickle for
    exceptions whose class does not define its own reduction."""
    extra = dict(getattr(exc, '__dict__', None) or {})
    args = exc.args
    if isinstance(exc, OSError):
        for field in _OSERROR_FIELDS:
            extra.pop(field, None)
        if len(args) == 2 and getattr(exc, 'filename', None) is not None:
            args = args + (exc.filename,)
            if getattr(exc, 'filename2', None) is not None:
                args = args + (None, exc.filename2)
    return (type(exc), args, extra) if extra else (type(exc), args)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args,
                  kwargs):
    """Protocol 4's counterpart of __newobj__, for classes whose __new__ takes
    keyword arguments.
    """
    new = cls.__new__
    return new(cls, *args, **kwargs)


def _mangled(owner, slot):
    # A private slot name is stored under its class-mangled name.
    if slot.startswith('__') and not slot.endswith('__'):
        prefix = owner.__name__.lstrip('_')
        if prefix:
            return '_' + prefix + slot
    return slot


def _slotnames(cls):
    """The names of every slot that instances of `cls` have (those of its bases
    included), computed once and kept as cls.__slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__", ())
            if isinstance(declared, str):
                declared = [declared]
            found.extend(_mangled(klass, slot) for slot in declared
                         if slot not in ("__dict__", "__weakref__"))
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


# --- extension codes: small integers that stand for (module, name) in a pickle

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> the object it was last loaded as


def add_extension(module, name,
                  code):
    """Register an extension code."""
    code = int(code)
    # Codes are positive and fit in a signed 32-bit int.
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    known_code = _extension_registry.get(key)
    known_key = _inverted_registry.get(code)
    if known_code == code and known_key == key:
        return
    if known_code is not None:
        raise ValueError("key %s is already registered with code %s"
                         % (key, known_code))
    if known_key is not None:
        raise ValueError("code %s is already in use for key %s"
                         % (code, known_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name,
                     code):
    """Unregister an extension code (meant for tests)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s"
                         % (key, code))
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
