"""mempy's abc module: abstract base classes, mirroring CPython's `abc` (the
Python face of Lib/abc.py over Modules/_abc.c).

Owns ABCMeta, the metaclass that (1) records which methods of a class are still
abstract and refuses to instantiate such a class, and (2) answers isinstance()/
issubclass() for virtual subclasses: ones registered with register(), accepted
by __subclasshook__, or subclasses of either. Answers are cached per ABC, a
positive set and a negative set; any register() anywhere makes every negative
set stale (tracked by a global token, get_cache_token()). Also ABC, the
abstractmethod decorator, the deprecated abstract{class,static}method/property
wrappers and update_abstractmethods. The caches hold strong references (CPython
uses weak sets), and the deprecated wrappers are functions (see below). Written for mempy from the documented behaviour.
"""


def abstractmethod(funcobj):
    """Decorator: mark a method abstract (ABCMeta classes with one cannot be
    instantiated until a subclass overrides it)."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated abstract{class,static}method/property wrappers. CPython makes
# them subclasses of classmethod/staticmethod/property; mempy's descriptors cannot
# be subclassed yet, so these build the plain descriptor over a function marked
# abstract, which ABCMeta treats the same way.

def abstractclassmethod(callable):
    """Deprecated spelling of @classmethod over @abstractmethod."""
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    """Deprecated spelling of @staticmethod over @abstractmethod."""
    return staticmethod(abstractmethod(callable))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated spelling of @property over @abstractmethod."""
    if fget is not None:
        fget = abstractmethod(fget)
    else:
        # Without a getter the property is still declared abstract.
        fset = fset if fset is None else abstractmethod(fset)
    return property(fget, fset, fdel, doc)


for _wrapper in (abstractclassmethod, abstractstaticmethod, abstractproperty):
    _wrapper.__isabstractmethod__ = True
del _wrapper


def _flagged(obj):
    # classmethod, staticmethod and property pass their functions' flag on.
    return bool(getattr(obj, '__isabstractmethod__', False))


def _still_abstract(cls):
    # Abstract names: those the class itself defines abstractly, plus those a
    # base left abstract and the class has not replaced with something concrete.
    names = {key for key, obj in cls.__dict__.items() if _flagged(obj)}
    for base in cls.__bases__:
        for key in getattr(base, '__abstractmethods__', ()):
            if key not in names and _flagged(getattr(cls, key, None)):
                names.add(key)
    return frozenset(names)


# Incremented by every successful register(); negative caches remember the
# value they were filled under.
_registrations = 0


def get_cache_token():
    """An opaque token that changes whenever any ABC registers a virtual subclass."""
    return _registrations


class _Bookkeeping:
    # Per-ABC state, stored as cls._abc_impl.
    __slots__ = ('registered', 'known_yes', 'known_no', 'no_token', 'children')

    def __init__(self):
        self.registered = set()
        self.known_yes = set()
        self.known_no = set()
        self.no_token = _registrations
        self.children = []      # ABCs deriving directly from this one


class ABCMeta(type):
    """Metaclass of abstract base classes (see the module docstring)."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        # The pattern-matching kind a class declares (`_abc_init`): a sequence or
        # a mapping, not both.
        tpflags = cls.__dict__.get('__abc_tpflags__')
        if type(tpflags) is int and tpflags & 0x60 == 0x60:
            raise TypeError('__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE '
                            'and Py_TPFLAGS_MAPPING')
        cls.__abstractmethods__ = _still_abstract(cls)
        cls._abc_impl = _Bookkeeping()
        # Parents learn of their ABC children, whose virtual subclasses are
        # theirs too.
        for base in bases:
            book = base.__dict__.get('_abc_impl')
            if book is not None:
                book.children.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        pending = sorted(cls.__abstractmethods__)
        if pending:
            noun = 'methods' if len(pending) > 1 else 'method'
            raise TypeError("Can't instantiate abstract class %s with abstract %s %s"
                            % (cls.__name__, noun, ', '.join(pending)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns it, so this
        also works as a class decorator."""
        global _registrations
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass     # nothing to record
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registered.add(subclass)
        _registrations += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), counting virtual subclasses."""
        book = cls._abc_impl
        claimed = instance.__class__
        if claimed in book.known_yes:
            return True
        actual = type(instance)
        if actual is not claimed:
            # __class__ lies (a proxy): either class will do.
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)
        if book.no_token == _registrations and claimed in book.known_no:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), counting virtual subclasses."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        book = cls._abc_impl
        if subclass in book.known_yes:
            return True
        if book.no_token != _registrations:
            book.known_no = set()
            book.no_token = _registrations
        elif subclass in book.known_no:
            return False
        # The hook (object's says NotImplemented) may decide outright.
        verdict = cls.__subclasshook__(subclass)
        if verdict is NotImplemented:
            verdict = (cls in subclass.__mro__
                       or any(issubclass(subclass, r) for r in book.registered)
                       or any(issubclass(subclass, c) for c in book.children))
        verdict = bool(verdict)
        (book.known_yes if verdict else book.known_no).add(subclass)
        return verdict

    def _abc_registry_clear(cls):
        """Forget every class registered with this ABC (testing aid)."""
        cls._abc_impl.registered.clear()

    def _abc_caches_clear(cls):
        """Forget the cached isinstance/issubclass answers (testing aid)."""
        book = cls._abc_impl
        book.known_yes.clear()
        book.known_no.clear()


class ABC(metaclass=ABCMeta):
    """Convenience base: subclass it instead of writing metaclass=ABCMeta."""

    __slots__ = ()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced
    on an already-created abstract class; returns cls."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _still_abstract(cls)
    return cls
