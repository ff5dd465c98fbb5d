# mempy's `abc` module (mirrors CPython's Lib/abc.py and Modules/_abc.c): ABC,
# abstractmethod, abstractproperty-style use via @property + @abstractmethod.
# Compiled from this source at first import.
#
# Differences from CPython: a class whose metaclass is not `type` cannot be
# instantiated in mempy unless the metaclass defines __call__, and a metaclass __call__
# cannot create the instance (no type.__call__ / super().__call__), so ABC is a plain
# class (type(ABC) is type, not ABCMeta) that finds abstract methods in
# __init_subclass__ and guards __init__ to raise CPython's TypeError on instantiation.
# `class X(metaclass=ABCMeta)` makes X uncallable; use `class X(ABC)`.
# ABCMeta.register / virtual subclasses are not supported.


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return _is_abstract(value.fget)
    return getattr(value, "__isabstractmethod__", False)


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def _guard_init(cls):
    own = cls.__dict__.get('__init__')

    def __init__(self, *args, **kwargs):
        missing = type(self).__abstractmethods__
        if missing:
            names = sorted(missing)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (type(self).__name__, "s" if len(names) > 1 else "",
                               ", ".join(names)))
        if own is not None:
            return own(self, *args, **kwargs)
        return super(cls, self).__init__(*args, **kwargs)
    if own is not None:
        __init__.__name__ = own.__name__
        __init__.__qualname__ = own.__qualname__
        __init__.__doc__ = own.__doc__
    cls.__init__ = __init__


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (see the module header: using it
    as a metaclass is not supported by mempy yet)."""


class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance."""
    __slots__ = ()
    __abstractmethods__ = frozenset()

    def __init_subclass__(cls):
        # (mempy has no object.__init_subclass__ to chain to yet.)
        abstracts = _compute_abstracts(cls)
        cls.__abstractmethods__ = abstracts
        if abstracts:
            _guard_init(cls)


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    if cls.__abstractmethods__:
        _guard_init(cls)
    return cls
