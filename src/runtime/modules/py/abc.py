# mempy's `abc` module (mirrors CPython's Lib/abc.py and Modules/_abc.c): ABCMeta,
# ABC, abstractmethod, abstractproperty-style use via @property + @abstractmethod,
# update_abstractmethods.
# Compiled from this source at first import.
#
# Virtual subclasses: ABCMeta.register, __subclasshook__, and the metaclass's
# __instancecheck__ / __subclasscheck__ that isinstance()/issubclass() consult, with
# a positive and a negative cache per ABC (the negative ones are dropped whenever
# any ABC registers a class), kept in the class's `_abc_impl` as CPython does.
# Differences from CPython: the caches hold strong references (CPython's are weak
# sets), and _abc_registry / _abc_cache / _abc_negative_cache are not exposed.


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


# Bumped by every register(): negative caches older than this are stale.
_abc_invalidation_counter = 0


def get_cache_token():
    """The current ABC cache token (changes whenever a class is registered)."""
    return _abc_invalidation_counter


class _AbcData:
    """The per-ABC bookkeeping (CPython's `_abc_data`)."""
    __slots__ = ("registry", "cache", "negative_cache", "negative_version",
                 "abc_subclasses")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _abc_invalidation_counter
        self.abc_subclasses = []


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_impl = _AbcData()
        for base in bases:
            impl = base.__dict__.get("_abc_impl")
            if impl is not None:
                impl.abc_subclasses.append(cls)
        return cls

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_version == _abc_invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_version = _abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        hook = getattr(cls, "__subclasshook__", None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return bool(ok)
        found = cls in subclass.__mro__
        if not found:
            for rcls in impl.registry:
                if issubclass(subclass, rcls):
                    found = True
                    break
        if not found:
            for scls in impl.abc_subclasses:
                if issubclass(subclass, scls):
                    found = True
                    break
        if found:
            impl.cache.add(subclass)
        else:
            impl.negative_cache.add(subclass)
        return found

    def __call__(cls, *args, **kwargs):
        missing = cls.__abstractmethods__
        if missing:
            names = sorted(missing)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "",
                               ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow
        usage as a class decorator."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance."""
    __slots__ = ()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls
