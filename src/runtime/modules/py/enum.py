"""mempy's enum module: enumerations (Enum, IntEnum, StrEnum, ReprEnum) built by
the EnumType metaclass, with auto(), unique() and the functional form
Enum('Name', 'A B C'), and the bit-flag kinds Flag and IntFlag with their
boundary policies (STRICT, CONFORM, EJECT, KEEP); mirrors CPython 3.11's `enum`.

How a class body becomes an enumeration: the body runs in an _EnumDict, which
records every plain attribute (not a dunder, sunder, mangled private name or
descriptor) as a member definition, in order, resolving auto() as it is
assigned (_generate_next_value_ sees the values defined before). Members are
instances made once at class creation (by a __new__ of the body, or the
mixed-in data type's, e.g. int for IntEnum); a later definition with an equal
value is an alias of the first. Calling the class looks a value up,
consulting _missing_ when it is not found. Written for mempy from the
documented behaviour.

Flags: members whose value is a single bit are the canonical ones (iterated,
listed in _member_names_); multi-bit and zero members are named aliases. Any
other combination of bits is a pseudo-member made on demand by Flag._missing_
(named 'A|B'), cached in _value2member_map_ when every bit is known; values
with unknown bits are refused, masked, returned as plain ints or kept,
according to the class's boundary.
"""

import sys
import builtins

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

# This module defines its own `property` (for enum members); the builtin one is
# still needed inside it.
_builtin_property = builtins.property


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

def _is_dunder(key):
    # __x__ (but not ___ or __x___).
    return (len(key) > 4 and key.startswith('__') and key.endswith('__')
            and key[2] != '_' and key[-3] != '_')


def _is_sunder(key):
    # _x_ (single underscores on both sides).
    return (len(key) > 2 and key[0] == '_' and key[-1] == '_'
            and key[1] != '_' and key[-2] != '_')


def _is_private(class_name, key):
    # A mangled private name (_Class__x), but not _Class__x__.
    prefix = '_' + class_name + '__'
    return (key.startswith(prefix) and len(key) > len(prefix)
            and not key.endswith('__'))


def _is_descriptor(obj):
    # Functions, properties and anything with descriptor hooks are methods or
    # attributes of the class, never members.
    if isinstance(obj, (type(_is_dunder), _builtin_property, classmethod, staticmethod)):
        return True
    return any(hasattr(obj, hook) for hook in ('__get__', '__set__', '__delete__'))


class member:
    """Wrapper forcing a class-body attribute (even a function) to be a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Wrapper keeping a class-body attribute out of the members."""

    def __init__(self, value):
        self.value = value


def _is_single_bit(num):
    # True for 1, 2, 4, ... (not for 0 or negative numbers).
    return num > 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    # The single bits set in a non-negative int (or int-valued member), lowest
    # first.
    original = num
    if Enum is not None and isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        low = num & (-num)
        yield low
        num ^= low


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def _twos_bin(num, max_bits=None):
    # bin() with the sign as a separate leading bit and negative numbers in
    # two's complement: 10 -> '0b0 1010', ~10 -> '0b1 0101'.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        digits = builtins.bin(num + ceiling).replace('1', '0', 1)
    else:
        digits = builtins.bin(~num ^ (ceiling - 1) + ceiling)
    sign = digits[:3]
    digits = digits[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


import types as _types


class property(_types.DynamicClassAttribute):
    """A property for enumerations: through a member it runs the getter, through
    the class it finds the member of that name (so members may be named like
    a property, e.g. 'name' or 'value')."""

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r'
                                     % (ownerclass, self.name)) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r'
                                 % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r'
                                 % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# The base classes, once defined; EnumType checks for them while they are made.
Enum = ReprEnum = Flag = None

_CLASS_DIR = ('__class__', '__contains__', '__doc__', '__getitem__',
              '__init_subclass__', '__iter__', '__len__', '__members__',
              '__module__', '__name__', '__qualname__')
_MEMBER_DIR = ('__class__', '__doc__', '__eq__', '__hash__', '__module__')


def _data_type(class_name, bases):
    # The mixed-in data type: along each base's MRO, an enum's own data type,
    # or the class defining __new__ (or a dataclass) -- reported as the first
    # plain class met before it on that chain. Two different ones are an error.
    found = set()
    for chain in bases:
        plain = None
        for klass in chain.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    found.add(klass._member_type_)
                    break
            elif '__new__' in klass.__dict__ or '__dataclass_fields__' in klass.__dict__:
                found.add(plain or klass)
                break
            else:
                plain = plain or klass
    if len(found) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, found))
    return found.pop() if found else object


def _data_repr(bases):
    # How values show in a member's repr: the nearest enum's choice, else the
    # __repr__ of the first class defining one (None: plain repr()).
    for chain in bases:
        for klass in chain.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                return klass._value_repr_
            if '__repr__' in klass.__dict__:
                return klass.__dict__['__repr__']
    return None


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


def _refuse_extending(cls_name, bases):
    # An enumeration with members is final.
    if Enum is None:
        return
    for base in bases:
        for klass in base.__mro__:
            if issubclass(klass, Enum) and klass._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls_name, klass))


def _is_internal_class(cls_name, obj):
    # A class defined inside the enum's own body.
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    own = cls_name + '.' + getattr(obj, '__name__', '')
    return qualname == own or qualname.endswith('.' + own)


# Sunder names an enumeration body may define; the others are reserved.
_ALLOWED_SUNDERS = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                    '_ignore_', '_iter_member_', '_iter_member_by_value_',
                    '_iter_member_by_def_')


class _EnumDict(dict):
    """The namespace of an enumeration's class body: records which names are
    members (in order), resolves auto() as each is assigned, and refuses
    reused names and reserved _sunder_ names."""

    def __init__(self, cls_name=None):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_internal_class(self._cls_name, value):
            import warnings
            warnings.warn('In 3.13 classes created inside an enum will not become a '
                          'member.  Use the `member` decorator to keep the current '
                          'behavior.', DeprecationWarning, stacklevel=2)
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future '
                                 'Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate_next_value = (value.__func__ if isinstance(value, staticmethod)
                                             else value)
            elif key == '_ignore_':
                value = (value.replace(',', ' ').split() if isinstance(value, str)
                         else list(value))
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_autos(key, value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _resolve_autos(self, key, value):
        # auto() (alone or inside a plain tuple) gets its value now, seeing the
        # values defined so far.
        lone = isinstance(value, auto)
        parts = (value,) if lone else value
        if type(parts) is not tuple or not any(isinstance(p, auto) for p in parts):
            self._last_values.append(value)
            return value
        resolved = []
        for part in parts:
            if isinstance(part, auto):
                if part.value is _UNSET:
                    part.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                part = part.value
                self._last_values.append(part)
            resolved.append(part)
        return resolved[0] if lone else tuple(resolved)

    def update(self, members, **more_members):
        try:
            for key in members.keys():
                self[key] = members[key]
        except AttributeError:
            for key, obj in members:
                self[key] = obj
        for key, obj in more_members.items():
            self[key] = obj


class EnumType(type):
    """Metaclass of every enumeration: turns the class body's plain attributes
    into members and gives the class its container behaviour."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _refuse_extending(cls, bases)
        namespace = _EnumDict(cls)
        # The enum base comes last (mixins and the data type first); the
        # member values auto() generates come from it.
        if bases:
            if not isinstance(bases[-1], EnumType):
                raise TypeError('new enumerations should be created as '
                                '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
            namespace['_generate_next_value_'] = getattr(
                bases[-1], '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        _refuse_extending(cls, bases)
        if not isinstance(classdict, _EnumDict):
            # A plain mapping (e.g. from _simple_enum): sort it as a class body
            # would have been.
            sorted_body = metacls.__prepare__(cls, bases)
            for key, obj in classdict.items():
                sorted_body[key] = obj
            classdict = sorted_body
        skipped = list(classdict._ignore) + ['_ignore_']
        for key in skipped:
            classdict.pop(key, None)
        names = [key for key in classdict._member_names if key not in skipped]
        wrong = [key for key in names if key in ('mro', '')]
        if wrong:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(key) for key in wrong))
        order = classdict.pop('_order_', None)
        classdict.pop('_generate_next_value_', None) if (
            classdict.get('_generate_next_value_') is None) else None
        # The member definitions come out of the namespace, in order.
        definitions = [(key, classdict[key]) for key in names]
        classdict = dict(classdict)
        for key in names:
            del classdict[key]
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        # A __new__ written in the body makes the members (it is then hidden
        # behind the value lookup); subclasses inherit it as __new_member__.
        own_new = classdict.get('__new__') if Enum is not None else None
        if isinstance(own_new, staticmethod):
            own_new = own_new.__func__

        is_flag = (Flag is None and cls == 'Flag') or (
            Flag is not None and any(issubclass(base, Flag) for base in bases))
        if is_flag:
            inherited = None
            for base in bases:
                inherited = inherited or getattr(base, '_boundary_', None)
            classdict['_boundary_'] = boundary or inherited
            classdict['_flag_mask_'] = 0
            classdict['_singles_mask_'] = 0
            classdict['_all_bits_'] = 0
            classdict['_inverted_'] = None

        classdict['_value_repr_'] = _data_repr(bases)
        data = _data_type(cls, bases)
        classdict['_member_type_'] = data
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        if Enum is not None:
            _settle_text_methods(enum_class, bases, classdict, data)
        if own_new is not None:
            enum_class.__new_member__ = own_new
            make_member = own_new
        else:
            make_member = getattr(enum_class, '__new_member__', None)
            if make_member is None:
                make_member = object.__new__ if data is object else data.__new__
        # object.__new__ takes no values: the data type then makes _value_.
        use_args = make_member is not object.__new__
        enum_class._new_member_ = make_member
        enum_class._use_args_ = use_args
        if is_flag and Flag is not None:
            # The data type's bit operators (int's for IntFlag) must not win
            # over the flag's own.
            for hook in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                         '__rxor__', '__invert__'):
                if hook not in classdict:
                    type.__setattr__(enum_class, hook, Flag.__dict__[hook])

        # (auto() values were resolved as the body assigned them.)
        init = _inherited(enum_class, '__init__')
        for key, obj in definitions:
            _install_member(enum_class, key, obj, init, make_member, use_args, is_flag)

        if Enum is not None and (data is not object or own_new is not None
                                 or make_member is not object.__new__):
            # Members were made above; from now on calling the class means
            # looking a value up.
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])

        if is_flag and Flag is not None:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            if order:
                if isinstance(order, str):
                    order = order.replace(',', ' ').split()
                order = [name for name in order
                         if name not in enum_class._member_map_
                         or _is_single_bit(enum_class._member_map_[name]._value_)]
        if order:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            # Aliases may be listed or not.
            order = [name for name in order
                     if name not in enum_class._member_map_
                     or name in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
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
        return metacls.__new__(metacls, class_name, bases, body, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        # A new enumeration of this kind from the module globals (or source's
        # attributes) whose names pass filter, ordered by value then name; it
        # is stored in the module and its members exported there.
        module_globals = sys.modules[module].__dict__
        namespace = module_globals if source is None else source.__dict__
        chosen = [(key, obj) for key, obj in namespace.items() if filter(key)]
        try:
            chosen.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            chosen.sort(key=lambda pair: pair[0])
        body = dict(chosen)
        body['__module__'] = module
        plain = type(name, (object,), body)
        made = _simple_enum(etype=cls, boundary=boundary or KEEP)(plain)
        if as_global:
            global_enum(made)
        else:
            module_globals.update(made.__members__)
        module_globals[name] = made
        return made

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
        if not _is_dunder(name):
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

    @_builtin_property
    def __members__(cls):
        """Read-only live mapping of every member name (aliases too) to its member."""
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
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
    if not bases:
        return
    nearest_enum = bases[-1]
    # __reduce_ex__ too: a data type's would pickle members as plain values.
    for hook in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if hook in defined:
            continue
        current = getattr(enum_class, hook)
        if current in (getattr(data, hook), getattr(object, hook)):
            type.__setattr__(enum_class, hook, getattr(nearest_enum, hook))


def _install_member(enum_class, key, value, init, make_member, use_args, is_flag):
    # Create the member for one definition (or register key as an alias).
    data = enum_class._member_type_
    args = value if isinstance(value, tuple) else (value,)
    if data is tuple:
        # A tuple enum's value is one argument, not the arguments.
        args = (args,)
    if use_args:
        created = make_member(enum_class, *args)
    else:
        created = make_member(enum_class)
    if not hasattr(created, '_value_'):
        if data is object:
            created._value_ = value
        else:
            try:
                created._value_ = data(*args)
            except Exception as problem:
                failure = TypeError('_value_ not set in __new__, unable to create it')
                failure.__cause__ = problem
                raise failure
    created._name_ = key
    created.__objclass__ = enum_class
    if init is not None and init is not Enum.__dict__.get('__init__'):
        init(created, *args)
    created._sort_order_ = len(enum_class._member_names_)
    value = created._value_
    if is_flag:
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
    first = _find_by_value(enum_class, value)
    if first is None:
        # Flags list only their single-bit members; other values are named
        # aliases (still found by value).
        if not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(key)
        try:
            enum_class._value2member_map_.setdefault(value, created)
        except TypeError:
            pass
        found = created
    else:
        found = first
    enum_class._member_map_[key] = found
    # A property (or similar) of that name further up keeps working on
    # members: the class gets a redirecting enum property instead of the
    # member itself, finding the member when looked up on the class.
    shadowed = None
    for base in enum_class.__mro__[1:]:
        candidate = base.__dict__.get(key)
        if candidate is None:
            continue
        if isinstance(candidate, (_builtin_property, _types.DynamicClassAttribute)):
            shadowed = candidate
            break
        if all(hasattr(candidate, hook) for hook in ('fget', 'fset', 'fdel')):
            shadowed = candidate
    if shadowed is not None:
        redirect = property()
        redirect.member = found
        redirect.__set_name__(enum_class, key)
        redirect.fget = shadowed.fget
        redirect.fset = shadowed.fset
        redirect.fdel = shadowed.fdel
        type.__setattr__(enum_class, key, redirect)
    else:
        type.__setattr__(enum_class, key, found)


class Enum(metaclass=EnumType):
    """Base class of enumerations (see the module docstring)."""

    def __new__(cls, value):
        # Called as Color(value): look the member up, never create one.
        if type(value) is cls:
            return value
        found = _find_by_value(cls, value)
        if found is not None:
            return found
        if not cls._member_map_:
            # Reached through super().__new__ in a member-making __new__.
            raise TypeError('%r has no members defined' % cls)
        not_found = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        try:
            outcome = cls._missing_(value)
        except Exception as problem:
            failure = problem
        else:
            if isinstance(outcome, cls):
                return outcome
            if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                    and isinstance(outcome, int)):
                return outcome
            if outcome is None:
                raise not_found
            failure = TypeError('error in %s._missing_: returned %r instead of None '
                                'or a valid member' % (cls.__name__, outcome))
        if isinstance(failure, ValueError):
            raise failure
        # Report any other failure with not_found as its context.
        try:
            raise not_found
        except ValueError:
            raise failure

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        # One more than the latest value; values that do not sort or do not
        # support "+ 1" still work for now (the latest one that does), with
        # the warning of 3.11.
        if not last_values:
            return start
        try:
            latest = last_values[-1]
            ordered = sorted(last_values)
            if latest == ordered[-1]:
                return latest + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn(
                'In 3.13 the default `auto()`/`_generate_next_value_` will require all '
                'values to be sortable and support adding +1\nand the value returned '
                'will be the largest value in the enum incremented by 1',
                DeprecationWarning, stacklevel=3)
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
        show = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        names = set(_MEMBER_DIR)
        if self._member_type_ is not object:
            # object.__dir__'s listing: the instance dict and every class
            # dict along the MRO.
            names.update(getattr(self, '__dict__', ()))
            for klass in type(self).__mro__:
                names.update(klass.__dict__)
        members = type(self)._member_map_
        names.update(key for key in getattr(self, '__dict__', ())
                     if key[:1] != '_' and key not in members)
        for klass in type(self).__mro__:
            for key, obj in klass.__dict__.items():
                if key[:1] == '_':
                    continue
                if isinstance(obj, property):
                    # A getter-less enum property only stands for a member.
                    if obj.fget is not None or key not in members:
                        names.add(key)
                    else:
                        names.discard(key)
                elif key not in members:
                    names.add(key)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type; only repr()
    shows the enum."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        # Member values must already be strs (or str()'s bytes, encoding,
        # errors arguments).
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        text = str(*values)
        created = str.__new__(cls, text)
        created._value_ = text
        return created

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits no member has."""
    STRICT = auto()     # refuse it (ValueError)
    CONFORM = auto()    # drop the unknown bits
    EJECT = auto()      # return a plain int instead of a member
    KEEP = auto()       # keep the bits in a pseudo-member


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _flag_operand(flag, other):
    # The int value of the right operand of |, & or ^, or None when the operand
    # type is not supported (another class, or a plain int for a pure Flag).
    if isinstance(other, flag.__class__):
        return other._value_
    if flag._member_type_ is not object and isinstance(other, flag._member_type_):
        return other
    return None


class Flag(Enum, boundary=STRICT):
    """Enum whose members are bit flags combinable with |, & and ^."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        # The next power of two above the highest value so far.
        if not count:
            return start if start is not None else 1
        highest = max(last_values)
        try:
            top_bit = highest.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % highest) from None
        return 2 ** (top_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        # The canonical members whose bits are in value, lowest bit first.
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        # The same members in definition order (used when that order is not
        # ascending by value).
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda found: found._sort_order_)

    @classmethod
    def _missing_(cls, value):
        # Build (and cache) the pseudo-member for a combination of bits.
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _twos_bin(value, width),
                                    _twos_bin(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            # A negative value counts from the top of the known bits: ~A.
            negative = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        alias_bits = value & ~singles_mask
        single_bits = value & singles_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, _twos_bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if single_bits or alias_bits:
            parts = list(cls._iter_member_(single_bits))
            covered = 0
            for part in parts:
                covered |= part._value_
            if alias_bits:
                # Multi-bit members name bits no single member has.
                wanted = single_bits | alias_bits
                for candidate in cls._member_map_.values():
                    bits = candidate._value_
                    if candidate not in parts and bits and bits & wanted == bits:
                        parts.append(candidate)
                        covered |= bits
                value = wanted
            unknown = value ^ covered
            pseudo._name_ = '|'.join(part._name_ for part in parts)
            if not covered:
                pseudo._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (self.__class__.__name__, show(self._value_))
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        bits = _flag_operand(self, other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = _flag_operand(self, other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = _flag_operand(self, other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        # Computed once per member: within the known bits for STRICT/CONFORM,
        # plain bitwise (then folded by _missing_) for EJECT/KEEP.
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints (and combine with ints)."""


class EnumCheck(StrEnum):
    """Constraints verify() can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = ['%s -> %s' % (key, found.name)
                           for key, found in enumeration.__members__.items()
                           if key != found.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join(aliases)))
            elif check is CONTINUOUS:
                values = set(found.value for found in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    gaps = [2 ** bit for bit in range(low.bit_length(),
                                                      high.bit_length() - 1)
                            if 2 ** bit not in values]
                else:
                    gaps = [v for v in range(low + 1, high) if v not in values]
                if gaps:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        kind, name, ', '.join(str(v) for v in gaps)))[:256])
            elif check is NAMED_FLAGS:
                canonical = enumeration._member_names_
                known = [found.value for found in enumeration]
                lacking = []
                lacking_bits = 0
                for key, alias in enumeration._member_map_.items():
                    if key in canonical or alias.value < 0:
                        continue
                    missed = [bit for bit in _iter_bits_lsb(alias.value) if bit not in known]
                    if missed:
                        lacking.append(key)
                        for bit in missed:
                            lacking_bits |= bit
                if lacking:
                    if len(lacking) == 1:
                        which = 'alias %s is missing' % lacking[0]
                    else:
                        which = 'aliases %s and %s are missing' % (
                            ', '.join(lacking[:-1]), lacking[-1])
                    if _is_single_bit(lacking_bits):
                        what = 'value 0x%x' % lacking_bits
                    else:
                        what = 'combined values of 0x%x' % lacking_bits
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values'
                                     '(value) for details]' % (name, which, what))
        return enumeration


def global_enum_repr(self):
    # module.NAME instead of Class.NAME (the module's last dotted part).
    return '%s.%s' % (self.__class__.__module__.split('.')[-1], self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not KEEP:
        return '|'.join('%s.%s' % (module, part) for part in self.name.split('|'))
    shown = []
    for part in self.name.split('|'):
        if part[:1].isdigit():
            shown.append(part)
        else:
            shown.append('%s.%s' % (module, part))
    return '|'.join(shown)


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members repr as module.NAME and become module globals."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    # For __reduce_ex__ = pickle_by_global_name: pickled as a module global.
    return self.name


def pickle_by_enum_name(self, proto):
    # For __reduce_ex__ = pickle_by_enum_name: pickled as getattr(Class, name).
    return getattr, (self.__class__, self._name_)


def _reduce_ex_by_global_name(self, proto):
    return self.name


def _make_class_unpicklable(obj):
    """Make pickling a class (or the class being built from a namespace dict)
    fail instead of producing something that cannot be loaded."""
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = _break_on_call_reduce
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', _break_on_call_reduce)
        setattr(obj, '__module__', '<unknown>')


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator turning a plain class into an enumeration of kind etype
    (what the standard library uses for its own enums)."""
    def convert(cls):
        body = {key: obj for key, obj in cls.__dict__.items()
                if key not in ('__dict__', '__weakref__')}
        extra = {} if boundary is None else {'boundary': boundary}
        return type(etype)(cls.__name__, (etype,), body, **extra)
    return convert


def _test_simple_enum(checked_enum, simple_enum):
    """Raise TypeError when an enumeration made by _simple_enum differs from the
    one made by subclassing (same members, values and extra attributes)."""
    failed = []
    if checked_enum.__dict__ is not simple_enum.__dict__:
        wanted = dict(checked_enum.__members__)
        got = dict(simple_enum.__members__)
        if list(wanted) != list(got):
            failed.append('member names: %r != %r' % (list(wanted), list(got)))
        for key in wanted:
            if key in got and wanted[key]._value_ != got[key]._value_:
                failed.append('%s value: %r != %r'
                              % (key, wanted[key]._value_, got[key]._value_))
    if failed:
        raise TypeError('enum mismatch:\n   %s' % '\n   '.join(failed))


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias of another."""
    aliases = ['%s -> %s' % (key, member.name)
               for key, member in enumeration.__members__.items()
               if key != member.name]
    if aliases:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join(aliases)))
    return enumeration
