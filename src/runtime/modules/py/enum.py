"""mempy's enum module: enumerations (Enum, IntEnum, StrEnum, ReprEnum) built by
the EnumType metaclass, with auto(), unique() and the functional form
Enum('Name', 'A B C'); mirrors CPython's `enum` (without Flag/IntFlag).

How a class body becomes an enumeration: every plain attribute (not a dunder,
sunder, mangled private name or descriptor) is a member definition. Members are
instances made once at class creation (by the mixed-in data type's __new__ when
there is one, e.g. int for IntEnum); a later definition with an equal value is
an alias of the first. Calling the class looks a value up, consulting
_missing_ when it is not found. auto() values are resolved at class creation,
with _generate_next_value_ seeing the values defined before. Written for mempy
from the documented behaviour.
"""

import sys

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'ReprEnum', 'IntEnum', 'StrEnum',
    'auto', 'unique',
]


class _Unset:
    # Marks an auto() whose value is still to be generated.
    def __repr__(self):
        return '_auto_null'


_UNSET = _Unset()


class auto:
    """Placeholder in a class body: the member's value is generated for it."""

    def __init__(self, value=_UNSET):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


# -------------------------------------------------------------- name kinds

def _dunder(key):
    # __x__ (but not ___ or __x___).
    return (len(key) > 4 and key.startswith('__') and key.endswith('__')
            and key[2] != '_' and key[-3] != '_')


def _sunder(key):
    # _x_ (single underscores on both sides).
    return (len(key) > 2 and key[0] == '_' and key[-1] == '_'
            and key[1] != '_' and key[-2] != '_')


def _mangled(class_name, key):
    prefix = '_' + class_name + '__'
    return key.startswith(prefix) and len(key) > len(prefix)


def _describes_behaviour(obj):
    # Functions, properties and anything with descriptor hooks are methods or
    # attributes of the class, never members.
    if isinstance(obj, (type(_dunder), property, classmethod, staticmethod)):
        return True
    return any(hasattr(obj, hook) for hook in ('__get__', '__set__', '__delete__'))


def _member_candidate(class_name, key, obj):
    return not (_dunder(key) or _sunder(key) or _mangled(class_name, key)
                or _describes_behaviour(obj))


class _MemberAttr:
    """Read-only per-member attribute (name, value): the member's own slot,
    refusing assignment and deletion with CPython's enum messages."""

    def __init__(self, slot, doc):
        self._slot = slot
        self.__doc__ = doc

    def __set_name__(self, owner, attr):
        self._owner_name = owner.__name__
        self._attr = attr

    def __get__(self, member, owner=None):
        if member is None:
            return self
        return getattr(member, self._slot)

    def __set__(self, member, value):
        raise AttributeError('<enum %r> cannot set attribute %r'
                             % (self._owner_name, self._attr))

    def __delete__(self, member):
        raise AttributeError('<enum %r> cannot delete attribute %r'
                             % (self._owner_name, self._attr))


# The base classes, once defined; EnumType checks for them while they are made.
Enum = ReprEnum = None

_CLASS_DIR = ('__class__', '__contains__', '__doc__', '__getitem__',
              '__init_subclass__', '__iter__', '__len__', '__members__',
              '__module__', '__name__', '__qualname__')
_MEMBER_DIR = ('__class__', '__doc__', '__eq__', '__hash__', '__module__')


def _data_type(bases):
    # The first non-enum, non-object class found along the bases' MROs.
    for base in bases:
        for klass in base.__mro__:
            if klass is not object and not isinstance(klass, EnumType):
                return klass
    return object


def _inherited(enum_class, attr):
    # The nearest definition of attr along the MRO (its raw dict entry).
    for klass in enum_class.__mro__:
        if attr in klass.__dict__:
            return klass.__dict__[attr]
    return None


def _find_by_value(enum_class, value):
    # The canonical member with this value, or None; unhashable values are
    # compared one by one.
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for candidate in enum_class._member_map_.values():
            if candidate._value_ == value:
                return candidate
    return None


class EnumType(type):
    """Metaclass of every enumeration: turns the class body's plain attributes
    into members and gives the class its container behaviour."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, **kwds):
        if Enum is not None:
            for base in bases:
                for klass in base.__mro__:
                    if issubclass(klass, Enum) and klass._member_names_:
                        raise TypeError('<enum %r> cannot extend %r' % (cls, klass))
        skipped = classdict.pop('_ignore_', [])
        if isinstance(skipped, str):
            skipped = skipped.replace(',', ' ').split()
        for key in skipped:
            classdict.pop(key, None)

        # Take the member definitions out of the namespace, in order.
        definitions = [(key, obj) for key, obj in classdict.items()
                       if _member_candidate(cls, key, obj)]
        for key, _ in definitions:
            del classdict[key]
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}

        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        data = _data_type(bases)
        enum_class._member_type_ = data
        if Enum is not None:
            _settle_text_methods(enum_class, bases, classdict, data)

        make_next = getattr(enum_class, '_generate_next_value_', None)
        init = _inherited(enum_class, '__init__')
        earlier = []
        for position, (key, obj) in enumerate(definitions):
            if isinstance(obj, auto):
                if obj.value is _UNSET:
                    obj.value = make_next(key, 1, position, list(earlier))
                obj = obj.value
            elif isinstance(obj, tuple):
                obj = tuple(part.value if isinstance(part, auto) else part
                            for part in obj)
            _install_member(enum_class, key, obj, init)
            earlier.append(obj)

        if data is not object and Enum is not None:
            # Members were made by the data type's __new__ above; from now on
            # calling the class means looking a value up.
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1):
        # The functional API: a new enumeration named class_name whose members
        # come from a string, a list of names or pairs, or a mapping.
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        body = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, dict):
            pairs = list(names.items())
        elif isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
            pairs = []
            so_far = []
            for index, key in enumerate(names):
                generated = cls._generate_next_value_(key, start, index, list(so_far))
                so_far.append(generated)
                pairs.append((key, generated))
        else:
            pairs = [(entry, names[entry]) if isinstance(entry, str) else entry
                     for entry in names]
        for key, obj in pairs:
            body[key] = obj
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            body['__module__'] = module
        if qualname is not None:
            body['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, body)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will "
                "return True or\nFalse depending on whether the value is a member "
                "or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = set(_CLASS_DIR)
        names.update(cls._member_names_)
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        if not _dunder(name):
            found = cls._member_map_.get(name)
            if found is not None:
                return found
        raise AttributeError(name)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        table = cls._member_map_
        return (table[key] for key in cls._member_names_)

    def __reversed__(cls):
        table = cls._member_map_
        return (table[key] for key in cls._member_names_[::-1])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        """Read-only live mapping of every member name (aliases too) to its member."""
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        return '<enum %r>' % (cls.__name__,)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _settle_text_methods(enum_class, bases, classdict, data):
    # Which repr/str/format a new enumeration uses. Direct subclasses of
    # ReprEnum keep the data type's str() and format(); otherwise a method that
    # merely comes from the data type (or object) yields to the enum's own.
    defined = set(classdict)
    if ReprEnum is not None and ReprEnum in bases:
        if '__format__' not in defined:
            type.__setattr__(enum_class, '__format__', data.__format__)
            defined.add('__format__')
        if '__str__' not in defined:
            text = data.__str__
            if text is object.__str__:
                text = data.__repr__
            type.__setattr__(enum_class, '__str__', text)
            defined.add('__str__')
    nearest_enum = bases[-1]
    for hook in ('__repr__', '__str__', '__format__'):
        if hook in defined:
            continue
        current = getattr(enum_class, hook)
        if current is getattr(data, hook) or current is getattr(object, hook):
            type.__setattr__(enum_class, hook, getattr(nearest_enum, hook))


def _install_member(enum_class, key, value, init):
    # Create the member for one definition (or register key as an alias).
    data = enum_class._member_type_
    args = value if isinstance(value, tuple) else (value,)
    if data is object:
        member = object.__new__(enum_class)
    else:
        member = data.__new__(enum_class, *args)
    if not hasattr(member, '_value_'):
        member._value_ = value if data is object else data(*args)
    member._name_ = key
    member.__objclass__ = enum_class
    if init is not None and init is not Enum.__dict__.get('__init__'):
        init(member, *args)
    first = _find_by_value(enum_class, member._value_)
    if first is None:
        enum_class._member_names_.append(key)
        try:
            enum_class._value2member_map_[member._value_] = member
        except TypeError:
            pass
    else:
        member = first
    enum_class._member_map_[key] = member
    type.__setattr__(enum_class, key, member)


class Enum(metaclass=EnumType):
    """Base class of enumerations (see the module docstring)."""

    def __new__(cls, value):
        # Called as Color(value): look the member up, never create one.
        if type(value) is cls:
            return value
        found = _find_by_value(cls, value)
        if found is not None:
            return found
        not_found = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        try:
            outcome = cls._missing_(value)
        except Exception as problem:
            failure = problem
        else:
            if isinstance(outcome, cls):
                return outcome
            if outcome is None:
                raise not_found
            failure = TypeError('error in %s._missing_: returned %r instead of None '
                                'or a valid member' % (cls.__name__, outcome))
        # Report the failure with not_found as its context.
        try:
            raise not_found
        except ValueError:
            raise failure

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        # One more than the latest value that supports "+ 1", else start.
        for previous in reversed(last_values):
            try:
                return previous + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        names = set(_MEMBER_DIR)
        if self._member_type_ is not object:
            names.update(object.__dir__(self))
        names.update(key for key in getattr(self, '__dict__', ()) if key[:1] != '_')
        members = type(self)._member_map_
        for klass in type(self).__mro__:
            names.update(key for key in klass.__dict__
                         if key[:1] != '_' and key not in members)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    name = _MemberAttr('_name_', 'The name of the Enum member.')
    value = _MemberAttr('_value_', 'The value of the Enum member.')


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type; only repr()
    shows the enum."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strs; auto() gives the lower-cased name."""

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias of another."""
    aliases = ['%s -> %s' % (key, member.name)
               for key, member in enumeration.__members__.items()
               if key != member.name]
    if aliases:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join(aliases)))
    return enumeration
