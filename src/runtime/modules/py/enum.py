# mempy's `enum` module (mirrors CPython 3.11's Lib/enum.py): Enum, EnumType/EnumMeta,
# auto, unique, the functional API Enum('Name', 'A B C').
# Compiled from this source at first import.
#
# Enums with a data type mixed in (`class P(int, Enum)`, IntEnum, StrEnum) make their
# members with the data type's `__new__`.
#
# Differences from CPython: no Flag/IntFlag, no pickling support, auto() values are
# resolved when the class is created (not while the body runs), and
# `_generate_next_value_` gets the values of the members before it.

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'auto',
           'unique']

class _auto_null:
    def __repr__(self):
        return '_auto_null'


_auto_null = _auto_null()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name, )
    return len(name) > len(pattern) and name.startswith(pattern)


_function_type = type(_is_dunder)


def _is_descriptor(obj):
    if isinstance(obj, (_function_type, property, classmethod, staticmethod)):
        return True
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


Enum = None
ReprEnum = None


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, **kwds):
        if Enum is not None:
            for chain in bases:
                for base in chain.__mro__:
                    if issubclass(base, Enum) and base._member_names_:
                        raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        ignore = classdict.pop('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in ignore:
            classdict.pop(key, None)
        member_names = []
        for key, value in classdict.items():
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                continue
            member_names.append(key)
        members = {}
        for key in member_names:
            members[key] = classdict.pop(key)
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        member_type = metacls._find_data_type_(bases)
        enum_class._member_type_ = member_type
        # CPython's EnumType.__new__: ReprEnum's direct subclasses take str() and
        # format() from the data type; otherwise a data type's (or object's) repr/str/
        # format must not shadow the enum's.
        if Enum is not None:
            own = set(classdict)
            if ReprEnum is not None and ReprEnum in bases:
                if '__format__' not in own:
                    type.__setattr__(enum_class, '__format__', member_type.__format__)
                    own.add('__format__')
                if '__str__' not in own:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    type.__setattr__(enum_class, '__str__', method)
                    own.add('__str__')
            first_enum = bases[-1]
            for name in ('__repr__', '__str__', '__format__'):
                if name in own:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        gnv = getattr(enum_class, '_generate_next_value_', None)
        init = enum_class.__dict__.get('__init__')
        if init is None:
            for base in enum_class.__mro__[1:]:
                if '__init__' in base.__dict__:
                    init = base.__dict__['__init__']
                    break
        last_values = []
        for count, name in enumerate(member_names):
            value = members[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(name, 1, count, last_values[:])
                value = value.value
            elif isinstance(value, tuple):
                value = tuple(v.value if isinstance(v, auto) else v for v in value)
            metacls._add_member_(enum_class, name, value, init)
            last_values.append(value)
        if member_type is not object and Enum is not None:
            # Members are made (above) by the data type's `__new__`; calling the class
            # looks them up (CPython keeps the data type's as `_new_member_`).
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        return enum_class

    @staticmethod
    def _find_data_type_(bases):
        # The first base in the bases' MROs that is neither an enum nor object.
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                return base
        return object

    def _add_member_(enum_class, name, value, init):
        args = value if isinstance(value, tuple) else (value, )
        member_type = enum_class._member_type_
        if member_type is object:
            member = object.__new__(enum_class)
        else:
            member = member_type.__new__(enum_class, *args)
        if not hasattr(member, '_value_'):
            member._value_ = value if member_type is object else member_type(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = enum_class
        if init is not None and init is not Enum.__dict__.get('__init__'):
            init(member, *args)
        # An alias: the same value as an earlier member.
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            member = canonical
        else:
            enum_class._member_names_.append(name)
            try:
                enum_class._value2member_map_[value] = member
            except TypeError:
                pass
        enum_class._member_map_[name] = member
        type.__setattr__(enum_class, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1):
        metacls = cls.__class__
        bases = (cls, ) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        # A read-only live view of the name -> member map (types.MappingProxyType).
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % (cls.__name__, )

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError(
                'error in %s._missing_: returned %r instead of None or a valid member'
                % (cls.__name__, result))
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return getattr, (self.__class__, self._name_)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration
