# mempy's `dataclasses` module, following the behaviour of CPython 3.11's (its
# documentation and observable results are the reference; this is written for mempy).
#
# How a class becomes a dataclass: its fields are gathered from the dataclass bases
# (their __dataclass_fields__, oldest first) and then its own __annotations__, each
# annotation giving a Field of one of three kinds -- a real field, a ClassVar (skipped
# by every generated method) or an InitVar (a parameter of __init__ handed to
# __post_init__, never stored). The special methods are generated as Python source and
# exec'd, as CPython does, so they carry real signatures (inspect.signature works), the
# usual argument-error messages and `Class.method` qualnames. slots=True rebuilds the
# class with __slots__ naming the fields, so instances have no __dict__.

import abc
import sys
import copy
import types
import inspect
import keyword
import itertools

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


# "No value given": a class of its own so that None stays a usable default.
class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


# The default an __init__ parameter shows when the field has a default_factory; the
# body then calls the factory.
class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


# Annotating a pseudo-field with KW_ONLY makes every later field keyword-only.
class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

# Shared read-only mapping for fields created without metadata.
_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    # The three kinds of field; the repr is the kind's name.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


# Guards __repr__ against recursion: a dataclass reached again while its own repr is
# being built shows as '...'.
def _recursive_repr(user_function):
    import _thread
    running = set()

    def wrapper(self):
        key = (id(self), _thread.get_ident())
        if key in running:
            return '...'
        running.add(key)
        try:
            result = user_function(self)
        finally:
            running.discard(key)
        return result
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__doc__ = user_function.__doc__
    wrapper.__wrapped__ = user_function
    return wrapper


class InitVar:
    """Annotation marking an init-only pseudo-field: InitVar[int]."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            shown = self.type.__name__
        else:
            shown = repr(self.type)
        return 'dataclasses.InitVar[%s]' % shown

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        shown = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                 'compare', 'metadata', 'kw_only', '_field_type')
        return 'Field(' + ','.join('%s=%r' % (k, getattr(self, k)) for k in shown) + ')'
    # A field whose type is (or contains) the field itself shows as '...'.
    __repr__ = _recursive_repr(__repr__)

    def __set_name__(self, owner, name):
        # A descriptor used as a default still learns its name (it stays the class
        # attribute, so Python would otherwise never tell it).
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return '_DataclassParams(' + ','.join(
            '%s=%r' % (k, getattr(self, k)) for k in self.__slots__) + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass (used as the annotated attribute's value)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(flds):
    # Positional parameters first, then the keyword-only ones.
    return (tuple(f for f in flds if f.init and not f.kw_only),
            tuple(f for f in flds if f.init and f.kw_only))


def _tuple_str(obj_name, flds):
    # Source for a tuple of the named attributes: "(self.a,self.b,)" or "()".
    if not flds:
        return '()'
    return '(' + ','.join('%s.%s' % (obj_name, f.name) for f in flds) + ',)'


def _create_fn(name, args, body, *, globals=None, locals=None, return_type=MISSING):
    # Compile `def name(args): body` with the names in `locals` visible as closure
    # variables and `globals` as the function's globals (the class's module).
    if locals is None:
        locals = {}
    return_annotation = ''
    if return_type is not MISSING:
        locals['_return_type'] = return_type
        return_annotation = '->_return_type'
    args = ','.join(args)
    body = '\n'.join('  ' + line for line in body)
    text = ' def %s(%s)%s:\n%s' % (name, args, return_annotation, body)
    local_vars = ', '.join(locals.keys())
    text = 'def __create_fn__(%s):\n%s\n return %s' % (local_vars, text, name)
    namespace = {}
    exec(text, globals, namespace)
    return namespace['__create_fn__'](**locals)


def _field_assign(frozen, name, value, self_name):
    # Frozen classes refuse setattr, so __init__ goes around their __setattr__.
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(%s,%r,%s)' % (
            self_name, name, value)
    return '%s.%s=%s' % (self_name, name, value)


def _field_init(f, frozen, locals, self_name, slots):
    # The line of __init__ storing field f, or None when nothing is stored.
    default_name = '_dflt_' + f.name
    if f.default_factory is not MISSING:
        if f.init:
            locals[default_name] = f.default_factory
            value = '%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (
                default_name, f.name, f.name)
        else:
            locals[default_name] = f.default_factory
            value = default_name + '()'
    else:
        if f.init:
            if f.default is MISSING:
                value = f.name
            else:
                locals[default_name] = f.default
                value = f.name
        else:
            # init=False with a plain default: the class attribute supplies it,
            # unless slots took the class attribute away.
            if slots and f.default is not MISSING:
                locals[default_name] = f.default
                value = default_name
            else:
                return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    # One parameter of __init__: "name:_type_name[=default]".
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = '=_dflt_' + f.name
    else:
        default = '=_HAS_DEFAULT_FACTORY'
    return '%s:_type_%s%s' % (f.name, f.name, default)


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name,
             globals, slots):
    # As in a def statement, a positional parameter without a default cannot
    # follow one with a default.
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument'
                                % (f.name,))
    locals = {'_type_' + f.name: f.type for f in fields}
    locals.update({'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                   '__dataclass_builtins_object__': object})
    body_lines = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body_lines.append(line)
    if has_post_init:
        params = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body_lines.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, params))
    if not body_lines:
        body_lines = ['pass']
    args = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        args += ['*'] + [_init_param(f) for f in kw_only_fields]
    return _create_fn('__init__', args, body_lines, locals=locals, globals=globals,
                      return_type=None)


def _repr_fn(fields, globals):
    parts = ', '.join('%s={self.%s!r}' % (f.name, f.name) for f in fields)
    fn = _create_fn('__repr__', ('self',),
                    ['return self.__class__.__qualname__ + f"(' + parts + ')"'],
                    globals=globals)
    return _recursive_repr(fn)


def _frozen_get_del_attr(cls, fields, globals):
    locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    condition = 'type(self) is cls'
    if fields:
        condition += ' or name in {' + ', '.join(repr(f.name) for f in fields) + '}'
    return (_create_fn('__setattr__', ('self', 'name', 'value'),
                       ['if ' + condition + ':',
                        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                        'super(cls, self).__setattr__(name, value)'],
                       locals=locals, globals=globals),
            _create_fn('__delattr__', ('self', 'name'),
                       ['if ' + condition + ':',
                        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                        'super(cls, self).__delattr__(name)'],
                       locals=locals, globals=globals))


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _create_fn(name, ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       ' return %s%s%s' % (self_tuple, op, other_tuple),
                       'return NotImplemented'],
                      globals=globals)


def _hash_fn(fields, globals):
    return _create_fn('__hash__', ('self',),
                      ['return hash(%s)' % _tuple_str('self', fields)], globals=globals)


# ------------------------------------------------------------ field classification

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (type(a_type) is typing._GenericAlias
                and a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    # A string annotation such as "ClassVar[int]", "typing.ClassVar" or
    # "dataclasses.InitVar[str]": look its leading (module.)name up in the class's
    # module and test what it names. Only the first dotted name matters.
    text = annotation.lstrip()
    head = ''
    while text[:1].isalnum() or text[:1] == '_':
        head += text[0]
        text = text[1:]
    if not head:
        return False
    text = text.lstrip()
    module_name = None
    name = head
    if text[:1] == '.':
        text = text[1:].lstrip()
        name = ''
        while text[:1].isalnum() or text[:1] == '_':
            name += text[0]
            text = text[1:]
        if not name:
            return False
        module_name = head
    ns = sys.modules.get(cls.__module__).__dict__ if cls.__module__ in sys.modules else None
    if ns is None:
        return False
    if module_name is None:
        return is_type_predicate(ns.get(name), a_module)
    module = ns.get(module_name)
    if module is not None and module is a_module:
        return is_type_predicate(module.__dict__.get(name), a_module)
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            # The class's own __slots__ member: there is no default.
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing is not None:
        if (_is_classvar(a_type, typing)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, dataclasses, dataclasses.InitVar,
                                 _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError('field %s is a ClassVar but specifies kw_only' % (f.name,))

    # Mutable defaults would be shared by every instance: refuse the unhashable
    # ones (list, dict, set and the like).
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use '
                         'default_factory' % (type(f.default), f.name))
    return f


def _set_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = '%s.%s' % (cls.__qualname__, value.__name__)
    return value


def _set_new_attribute(cls, name, value):
    # Never replace what the class defines itself; True when it does.
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


# What to do about __hash__, from (unsafe_hash, eq, frozen, has_explicit_hash):
# None = leave it, 'none' = set to None, 'add' = generate, 'raise' = TypeError.
def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        return 'raise' if has_explicit_hash else 'add'
    if not eq:
        return None
    if has_explicit_hash:
        return None
    return 'add' if frozen else 'none'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    dataclasses = sys.modules[__name__]
    for name, tp in cls_annotations.items():
        if (_is_kw_only(tp, dataclasses)
                or (isinstance(tp, str)
                    and _is_type(tp, cls, dataclasses, dataclasses.KW_ONLY, _is_kw_only))):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, tp, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        # The class attribute becomes the plain default (or goes away).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    # Decide about __hash__ before __eq__ is added: a class body defining __eq__
    # gets __hash__ = None implicitly, which is not an explicit hash.
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init,
                                    '__dataclass_self__' if 'self' in fields else 'self',
                                    globals, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in field_list if f.repr],
                                                     globals))
    if eq:
        compared = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__',
                           _cmp_fn('__eq__', '==', _tuple_str('self', compared),
                                   _tuple_str('other', compared), globals))
    if order:
        compared = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', compared)
        other_tuple = _tuple_str('other', compared)
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')):
            if _set_new_attribute(cls, name,
                                  _cmp_fn(name, op, self_tuple, other_tuple, globals)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider '
                                'using functools.total_ordering'
                                % (name, cls.__name__))
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if action == 'none':
        cls.__hash__ = None
    elif action == 'add':
        hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _set_qualname(cls, _hash_fn(hashed, globals))
    elif action == 'raise':
        raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)

    if not getattr(cls, '__doc__'):
        # The class's call signature stands in for a docstring.
        try:
            text_sig = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            text_sig = ''
        cls.__doc__ = cls.__name__ + text_sig

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    update = getattr(abc, 'update_abstractmethods', None)
    if update is not None:
        update(cls)
    return cls


# Frozen slotted instances have no __dict__ to pickle, and setattr is refused, so
# they get a state of their own: the field values in order.
def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _get_slots(cls):
    # The slot names a class declares itself (__slots__ may be a string or any
    # iterable of names).
    declared = cls.__dict__.get('__slots__')
    if declared is None:
        return
    if isinstance(declared, str):
        yield declared
    elif not hasattr(declared, '__next__'):
        yield from declared
    else:
        # An iterator was consumed when the class was made.
        raise TypeError("Slots of '%s' cannot be determined" % cls.__name__)


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ only works at class creation, so a new class is made from the old
    # one's namespace.
    cls_dict = dict(cls.__dict__)
    if '__slots__' in cls_dict:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        if '__slots__' in base.__dict__:
            inherited_slots.update(_get_slots(base))
    extra = ('__weakref__',) if weakref_slot else ()
    cls_dict['__slots__'] = tuple(itertools.filterfalse(
        inherited_slots.__contains__, itertools.chain(field_names, extra)))
    for name in field_names:
        # The slot descriptors replace the defaults kept as class attributes.
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add generated special methods to a class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    # Used bare (@dataclass) or with options (@dataclass(...)).
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The real fields (no ClassVar or InitVar pseudo-fields) of a dataclass."""
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) and not isinstance(obj, types.GenericAlias) \
        else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The instance's fields as a dict, converting nested dataclasses, lists,
    tuples and dicts recursively and deep-copying everything else."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A namedtuple is rebuilt positionally (its constructor takes no iterable).
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The instance's field values as a tuple, converted as asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
                   match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """A new dataclass named cls_name; each of fields is a name, a (name, type) or a
    (name, type, Field) item, a bare name being annotated 'typing.Any'."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    # Made by types.new_class, so its __module__ is 'types' whoever calls.
    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()'
                                 % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
