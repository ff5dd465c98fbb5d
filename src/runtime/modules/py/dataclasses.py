# mempy's `dataclasses` module (a subset of CPython's Lib/dataclasses.py). Compiled from
# this source at first import.
#
# Supported: @dataclass / @dataclass(...) with init, repr, eq, order, frozen, fields from
# the class's own __annotations__ and dataclass bases, defaults, field(default=...,
# default_factory=..., init=..., repr=..., compare=...), __post_init__, ClassVar
# skipping, fields(), asdict(), astuple(), replace(), is_dataclass(), make_dataclass(),
# FrozenInstanceError. Differences: the generated methods are closures rather than
# exec'd source, so their error messages are produced by hand (CPython's wording for
# the common cases); InitVar, KW_ONLY, slots= and unsafe_hash are not provided.

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'fields', 'asdict',
           'astuple', 'make_dataclass', 'replace', 'is_dataclass', 'MISSING']


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __class_getitem__(cls, item):
        # `X[int]` is a types.GenericAlias, as CPython's classmethod(GenericAlias).
        import types
        return types.GenericAlias(cls, item)

    # The attributes a Field shows in its repr, in order. name and type are filled
    # in when the class is processed.
    _shown = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
              'compare')

    def __init__(self, default, default_factory, init, repr, hash, compare):
        self.name = self.type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare

    def __repr__(self):
        parts = ['%s=%r' % (attr, getattr(self, attr)) for attr in self._shown]
        return 'Field(' + ','.join(parts) + ')'


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def field(*, default=MISSING, default_factory=MISSING,
          init=True, repr=True, hash=None, compare=True):
    made = Field(default, default_factory, init, repr, hash, compare)
    if default is MISSING or default_factory is MISSING:
        return made
    raise ValueError('cannot specify both default and default_factory')


def _is_classvar(tp):
    r = tp if isinstance(tp, str) else repr(tp)
    return r.startswith('typing.ClassVar') or r.startswith('ClassVar')


def _collect_fields(cls):
    flds = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, '__dataclass_fields__', {}).values():
            flds[f.name] = f
    ann = cls.__dict__.get('__annotations__', {})
    for name, tp in ann.items():
        if _is_classvar(tp):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        if type(f.default) in (list, dict, set):
            raise ValueError(f'mutable default {type(f.default)} for field {name} '
                             'is not allowed: use default_factory')
        flds[name] = f
    return flds


def _set_new(cls, name, value):
    if name in cls.__dict__:
        return
    value.__qualname__ = f"{cls.__qualname__}.{name}"
    setattr(cls, name, value)


def _process_class(cls, init, repr, eq, order, frozen, match_args=True):
    flds = _collect_fields(cls)
    cls.__dataclass_fields__ = flds
    all_fields = list(flds.values())
    init_fields = [f for f in all_fields if f.init]
    # As in a def statement, parameters without a default cannot follow one with.
    defaulted = False
    for f in init_fields:
        if _has_default(f):
            defaulted = True
        elif defaulted:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    if init:
        _set_new(cls, '__init__', _make_init(init_fields, all_fields, frozen))
    if repr:
        _set_new(cls, '__repr__', _make_repr([f for f in all_fields if f.repr]))
    cmp_fields = [f.name for f in all_fields if f.compare]

    def astuple_(self):
        return tuple(getattr(self, n) for n in cmp_fields)
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return astuple_(self) == astuple_(other)
            return NotImplemented
        _set_new(cls, '__eq__', __eq__)
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            _set_new(cls, name, _make_cmp(name, op, astuple_))
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in flds:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in flds:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            object.__delattr__(self, name)
        _set_new(cls, '__setattr__', __setattr__)
        _set_new(cls, '__delattr__', __delattr__)
    if '__hash__' not in cls.__dict__ or cls.__dict__['__hash__'] is None:
        if eq and frozen:
            def __hash__(self):
                return hash(astuple_(self))
            cls.__hash__ = __hash__
        elif eq:
            cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        # Positional sub-patterns in `case Point(x, y)` bind the __init__
        # parameters in order.
        cls.__match_args__ = tuple(f.name for f in init_fields)
    return cls


def _make_cmp(name, op, astuple_):
    def cmp(self, other):
        if other.__class__ is self.__class__:
            return op(astuple_(self), astuple_(other))
        return NotImplemented
    cmp.__name__ = name
    return cmp


def _make_init(init_fields, all_fields, frozen):
    names = [f.name for f in init_fields]
    nparams = len(names) + 1
    nrequired = 1 + sum(1 for f in init_fields if not _has_default(f))

    def __init__(self, *args, **kw):
        if len(args) > len(names):
            takes = str(nparams) if nrequired == nparams else f"from {nrequired} to {nparams}"
            raise TypeError(f"{type(self).__qualname__}.__init__() takes {takes} "
                            f"positional argument{'s' if nparams != 1 else ''} "
                            f"but {len(args) + 1} were given")
        values = dict(zip(names, args))
        for k, v in kw.items():
            if k not in names:
                raise TypeError(f"{type(self).__qualname__}.__init__() got an unexpected "
                                f"keyword argument {k!r}")
            if k in values:
                raise TypeError(f"{type(self).__qualname__}.__init__() got multiple "
                                f"values for argument {k!r}")
            values[k] = v
        missing = [f.name for f in init_fields
                   if f.name not in values and not _has_default(f)]
        if missing:
            if len(missing) == 1:
                listed = repr(missing[0])
            else:
                listed = ', '.join(repr(m) for m in missing[:-1]) + ' and ' + repr(missing[-1])
            raise TypeError(f"{type(self).__qualname__}.__init__() missing {len(missing)} "
                            f"required positional argument{'s' if len(missing) > 1 else ''}: "
                            f"{listed}")
        for f in all_fields:
            # Given value, else a fresh one from the factory, else the default (for
            # init=False fields the class attribute already holds it).
            if f.name in values:
                v = values[f.name]
            elif f.default_factory is MISSING:
                if f.default is MISSING or not f.init:
                    continue
                v = f.default
            else:
                v = f.default_factory()
            if frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        post = getattr(type(self), '__post_init__', None)
        if post is not None:
            post(self)
    return __init__


def _make_repr(repr_fields):
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            inner = ', '.join(f"{f.name}={getattr(self, f.name)!r}" for f in repr_fields)
        finally:
            running.discard(key)
        return f"{type(self).__qualname__}({inner})"
    return __repr__


def dataclass(cls=None, /, *, init=True, repr=True,
              eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True):
    def decorate(target):
        return _process_class(target, init, repr, eq, order, frozen, match_args)
    # Used bare (@dataclass) or with options (@dataclass(...)).
    return decorate if cls is None else decorate(cls)


def is_dataclass(obj):
    kind = obj if isinstance(obj, type) else type(obj)
    return hasattr(kind, '__dataclass_fields__')


def fields(class_or_instance):
    table = getattr(class_or_instance, '__dataclass_fields__', None)
    if table is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(table.values())


def _instance_check(obj, caller):
    # The conversion helpers take instances only, not the classes themselves.
    if not hasattr(type(obj), '__dataclass_fields__'):
        raise TypeError(caller + "() should be called on dataclass instances")


def _convert(obj, record):
    """The recursive part of asdict()/astuple(): a dataclass instance becomes
    record(instance) of its converted fields, lists, tuples and dicts are rebuilt
    with converted items (as their own type), anything else is deep-copied."""
    if hasattr(type(obj), '__dataclass_fields__'):
        return record(obj)
    if isinstance(obj, dict):
        return type(obj)([(_convert(k, record), _convert(v, record))
                          for k, v in obj.items()])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(item, record) for item in obj)
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    _instance_check(obj, 'asdict')

    def record(inst):
        return dict_factory([(f.name, _convert(getattr(inst, f.name), record))
                             for f in fields(inst)])
    return record(obj)


def astuple(obj, *, tuple_factory=tuple):
    _instance_check(obj, 'astuple')

    def record(inst):
        return tuple_factory([_convert(getattr(inst, f.name), record)
                              for f in fields(inst)])
    return record(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True):
    """A new dataclass named cls_name; each of fields is a name, a (name, type)
    or a (name, type, Field) item, a bare name being annotated 'typing.Any'."""
    import keyword
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, kind = item, 'typing.Any'
        elif len(item) == 2:
            name, kind = item
        elif len(item) == 3:
            name, kind, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = kind
    namespace['__annotations__'] = annotations
    # CPython 3.11 makes the class with types.new_class, so its __module__ is
    # 'types' whoever calls.
    namespace.setdefault('__module__', 'types')
    decorate = dataclass(init=init, repr=repr, eq=eq, order=order, frozen=frozen,
                         unsafe_hash=unsafe_hash, match_args=match_args)
    return decorate(type(cls_name, tuple(bases), namespace))


def replace(obj, /, **changes):
    _instance_check(obj, 'replace')
    for f in fields(obj):
        given = f.name in changes
        if not f.init:
            if given:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot '
                                 'be specified with replace()')
        elif not given:
            # Fields not mentioned keep the original's value.
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
