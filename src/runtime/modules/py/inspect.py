# `inspect` (CPython's Lib/inspect.py, the part a script reaches for, written anew):
# the type predicates, `getmembers`, `classify_class_attrs`, `getdoc`/`cleandoc`, `getmro`, `getmodule`,
# `isabstract`, `unwrap`, `getattr_static`; generator and coroutine states and
# locals (`getgeneratorstate`, `getcoroutinelocals`, ...); frames and tracebacks (`currentframe`,
# `getframeinfo`, `stack`, `trace`, `getouterframes`, `getinnerframes`);
# `signature` with `Signature`, `Parameter` and `BoundArguments` (from code objects,
# bound methods, classes, callable objects, functools.partial, `__wrapped__`,
# `__signature__`, and builtins from the signatures `help()` shows); `getsource`,
# `getsourcelines`, `getsourcefile`, `getfile`, `getcomments`-free source lookup for
# modules, classes and functions of files (read from the file, not a cache).
#
# Also `getfullargspec`, `getcallargs`, `getclosurevars`, `get_annotations`,
# `getargvalues`/`formatargvalues`, `findsource`.
# Left out: `Signature.from_callable` options
# (`globals`, `locals`, `eval_str`), FrameInfo's `positions`, generators flagged
# CO_ITERABLE_COROUTINE in `isawaitable`, `getcomments`. getsource finds a class by the first
# `class Name` line of its file (CPython parses the file to match the qualified name).

import types as _types
import sys as _sys

# The public names, those of CPython's inspect that mempy's has (CPython's are all
# here but the source-block parser's: BlockFinder, getblock, getcomments,
# ClassFoundException, EndOfBlock).
__all__ = [
    'ArgInfo', 'Arguments', 'Attribute', 'BoundArguments', 'CORO_CLOSED', 'CORO_CREATED',
    'CORO_RUNNING', 'CORO_SUSPENDED', 'CO_ASYNC_GENERATOR', 'CO_COROUTINE',
    'CO_GENERATOR', 'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS',
    'CO_NOFREE', 'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS', 'ClosureVars',
    'TPFLAGS_IS_ABSTRACT', 'formatannotationrelativeto', 'getargs', 'getlineno',
    'FrameInfo', 'FullArgSpec', 'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING',
    'GEN_SUSPENDED', 'Parameter', 'Signature', 'Traceback', 'classify_class_attrs',
    'cleandoc', 'currentframe', 'findsource', 'formatannotation', 'formatargvalues',
    'get_annotations', 'getabsfile', 'getargvalues', 'getattr_static',
    'getcallargs', 'getclasstree', 'getclosurevars', 'getcoroutinelocals',
    'getcoroutinestate', 'getdoc', 'getfile', 'getframeinfo', 'getfullargspec',
    'getgeneratorlocals', 'getgeneratorstate', 'getinnerframes', 'getmembers',
    'getmembers_static', 'getmodule', 'getmodulename', 'getmro', 'getouterframes',
    'getsource', 'getsourcefile', 'getsourcelines', 'getcomments', 'indentsize',
    'isabstract',
    'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isclass',
    'iscode', 'iscoroutine', 'iscoroutinefunction', 'isdatadescriptor', 'isframe',
    'isfunction', 'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor',
    'ismemberdescriptor', 'ismethod', 'ismethoddescriptor', 'ismethodwrapper',
    'ismodule', 'isroutine', 'istraceback', 'signature', 'stack', 'trace', 'unwrap',
    'walktree',
]

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

# The type flag set on a class with abstract methods (CPython's Py_TPFLAGS_IS_ABSTRACT).
TPFLAGS_IS_ABSTRACT = 1 << 20


def ismodule(object):
    return isinstance(object, _types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _types.MethodType)


def isfunction(object):
    return isinstance(object, _types.FunctionType)


def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def _descriptor_type(obj):
    # Classes, functions and methods have __get__ too but are not what the
    # descriptor predicates mean; for them this is None.
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return None
    return type(obj)


def ismethoddescriptor(object):
    kind = _descriptor_type(object)
    return kind is not None and hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def ismethodwrapper(object):
    return isinstance(object, _types.MethodWrapperType)


def isdatadescriptor(object):
    kind = _descriptor_type(object)
    return kind is not None and (hasattr(kind, '__set__') or hasattr(kind, '__delete__'))


def _code_flag_test(flag):
    # A predicate: is the object (a function, or a method around one) compiled
    # with `flag` set?
    def test(obj):
        while ismethod(obj):
            obj = obj.__func__
        return isfunction(obj) and (obj.__code__.co_flags & flag) != 0
    return test


isgeneratorfunction = _code_flag_test(CO_GENERATOR)
iscoroutinefunction = _code_flag_test(CO_COROUTINE)
isasyncgenfunction = _code_flag_test(CO_ASYNC_GENERATOR)
isgeneratorfunction.__name__ = isgeneratorfunction.__qualname__ = 'isgeneratorfunction'
iscoroutinefunction.__name__ = iscoroutinefunction.__qualname__ = 'iscoroutinefunction'
isasyncgenfunction.__name__ = isasyncgenfunction.__qualname__ = 'isasyncgenfunction'


def isgenerator(object):
    return isinstance(object, _types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, _types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, _types.AsyncGeneratorType)


def isawaitable(object):
    return (isinstance(object, _types.CoroutineType)
            or hasattr(type(object), '__await__'))


# The states of a generator or coroutine, from its gi_/cr_ running, suspended
# and frame attributes (a closed one has no frame left).
GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def _run_state(running, suspended, frame, states):
    """One of `states` (created, running, suspended, closed) from a generator's or
    coroutine's flags."""
    if running:
        return states[1]
    if suspended:
        return states[2]
    if frame is None:
        return states[3]
    return states[0]


def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or
    GEN_CLOSED."""
    return _run_state(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                      (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getgeneratorlocals(generator):
    """The local variables of a generator's frame ({} once it is closed)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


def getcoroutinestate(coroutine):
    """The state of a coroutine: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or
    CORO_CLOSED."""
    return _run_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                      (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame ({} once it is closed)."""
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


def iscode(object):
    return type(object).__name__ == 'code'


def istraceback(object):
    return type(object).__name__ == 'traceback'


def isframe(object):
    return type(object).__name__ == 'frame'


def currentframe():
    """The caller's frame object."""
    return _sys._getframe(1)


class _Positions(tuple):
    """(lineno, end_lineno, col_offset, end_col_offset) of an instruction: CPython's
    `dis.Positions`, made here so that inspect does not import dis."""
    _fields = ('lineno', 'end_lineno', 'col_offset', 'end_col_offset')

    def __new__(cls, lineno=None, end_lineno=None, col_offset=None, end_col_offset=None):
        return tuple.__new__(cls, (lineno, end_lineno, col_offset, end_col_offset))

    lineno = property(lambda self: self[0])
    end_lineno = property(lambda self: self[1])
    col_offset = property(lambda self: self[2])
    end_col_offset = property(lambda self: self[3])

    def __repr__(self):
        return ('Positions(lineno=%r, end_lineno=%r, col_offset=%r, end_col_offset=%r)'
                % tuple(self))


_Positions.__name__ = _Positions.__qualname__ = 'Positions'
_Positions.__module__ = 'dis'


def _positions(code, lasti):
    for i, pos in enumerate(code.co_positions()):
        if i == lasti // 2:
            return _Positions(*pos)
    return _Positions()


class Traceback(tuple):
    """(filename, lineno, function, code_context, index), as getframeinfo returns,
    with the instruction's `positions`."""
    _fields = ('filename', 'lineno', 'function', 'code_context', 'index')

    def __new__(cls, filename, lineno, function, code_context, index,
                *, positions=None):
        self = tuple.__new__(cls, (filename, lineno, function, code_context, index))
        self.positions = positions
        return self

    filename = property(lambda self: self[0])
    lineno = property(lambda self: self[1])
    function = property(lambda self: self[2])
    code_context = property(lambda self: self[3])
    index = property(lambda self: self[4])

    def __repr__(self):
        return ('Traceback(filename=%r, lineno=%r, function=%r, code_context=%r, '
                'index=%r, positions=%r)' % (tuple(self) + (self.positions,)))


class FrameInfo(tuple):
    """(frame, filename, lineno, function, code_context, index) of one stack entry."""
    _fields = ('frame', 'filename', 'lineno', 'function', 'code_context', 'index')

    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        self = tuple.__new__(cls, (frame, filename, lineno, function, code_context,
                                   index))
        self.positions = positions
        return self

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return ('FrameInfo(frame=%r, filename=%r, lineno=%r, function=%r, '
                'code_context=%r, index=%r, positions=%r)'
                % (tuple(self) + (self.positions,)))


def _context_lines(filename, lineno, context):
    if context <= 0:
        return None, None
    try:
        with open(filename) as f:
            lines = f.readlines()
    except (OSError, TypeError):
        return None, None
    start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
    return lines[start:start + context], lineno - 1 - start


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame or a
    traceback entry."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        positions = _positions(frame.tb_frame.f_code, frame.tb_lasti)
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        if isframe(frame):
            positions = _positions(frame.f_code, frame.f_lasti)
    if not isframe(frame):
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    if positions[0] is None:
        positions = _Positions(lineno, *positions[1:])
    filename = frame.f_code.co_filename
    lines, index = _context_lines(filename, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=positions)


def _frame_infos(entry, context, frame_of, next_of):
    found = []
    while entry:
        info = getframeinfo(entry, context)
        found.append(FrameInfo(frame_of(entry), *info, positions=info.positions))
        entry = next_of(entry)
    return found


def getouterframes(frame, context=1):
    """FrameInfo of a frame and each frame outwards from it."""
    return _frame_infos(frame, context, lambda fr: fr, lambda fr: fr.f_back)


def getinnerframes(tb, context=1):
    """FrameInfo of each entry of a traceback, outermost first."""
    return _frame_infos(tb, context, lambda t: t.tb_frame, lambda t: t.tb_next)


def stack(context=1):
    """FrameInfo of the caller's frame and every frame outwards."""
    return getouterframes(_sys._getframe(1), context)


def trace(context=1):
    """FrameInfo of the entries of the exception being handled."""
    return getinnerframes(_sys.exc_info()[2], context)


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', None))


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    # For a class, a name dir() lists but getattr cannot fetch (a descriptor that
    # raises AttributeError) is looked up raw in the class dictionaries; the
    # DynamicClassAttribute names of its MRO (which a metaclass's __dir__ may
    # hide, as Enum's does for `name` and `value`) are members too.
    names = dir(object)
    if isclass(object):
        bases = (object,) + tuple(getmro(object))
        for base in getmro(object):
            for k, v in base.__dict__.items():
                if isinstance(v, _types.DynamicClassAttribute):
                    names.append(k)
    else:
        bases = ()
    members = {}
    for name in names:
        if name in members:
            continue
        try:
            value = getattr(object, name)
        except AttributeError:
            owner = next((b for b in bases if name in b.__dict__), None)
            if owner is None:
                continue
            value = owner.__dict__[name]
        if predicate and not predicate(value):
            continue
        members[name] = value
    return sorted(members.items(), key=lambda item: item[0])


class Attribute(tuple):
    """One class attribute as classify_class_attrs reports it: its name, its kind
    ('class method', 'static method', 'property', 'method' or 'data'), the class
    whose __dict__ defines it, and the object found there."""
    __slots__ = ()
    _fields = ('name', 'kind', 'defining_class', 'object')

    def __new__(cls, name, kind, defining_class, object):
        return tuple.__new__(cls, (name, kind, defining_class, object))

    name = property(lambda self: self[0])
    kind = property(lambda self: self[1])
    defining_class = property(lambda self: self[2])
    object = property(lambda self: self[3])

    def __repr__(self):
        return 'Attribute(name=%r, kind=%r, defining_class=%r, object=%r)' % self


def classify_class_attrs(cls):
    """The attributes of class `cls` (the names dir() gives, plus the
    DynamicClassAttributes of its MRO) as Attribute tuples: each with its kind and
    the first class of the MRO (or the metaclass's) whose __dict__ holds it."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c is not type and c is not object)
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    names = dir(cls)
    for base in mro:
        for k, v in base.__dict__.items():
            if isinstance(v, _types.DynamicClassAttribute) and v.fget is not None:
                names.append(k)
    result = []
    processed = set()
    for name in names:
        homecls = None
        get_obj = None
        dict_obj = None
        if name not in processed:
            try:
                if name == '__dict__':
                    raise Exception("__dict__ is special, don't want the proxy")
                get_obj = getattr(cls, name)
            except Exception:
                pass
            else:
                homecls = getattr(get_obj, "__objclass__", homecls)
                if homecls not in class_bases:
                    # A descriptor's __objclass__ outside the MRO (or none): look
                    # for the last base that has the attribute itself.
                    homecls = None
                    last_cls = None
                    for srch_cls in class_bases:
                        srch_obj = getattr(srch_cls, name, None)
                        if srch_obj is get_obj:
                            last_cls = srch_cls
                    for srch_cls in metamro:
                        try:
                            srch_obj = srch_cls.__getattr__(cls, name)
                        except AttributeError:
                            continue
                        if srch_obj is get_obj:
                            last_cls = srch_cls
                    if last_cls is not None:
                        homecls = last_cls
        for base in all_bases:
            if name in base.__dict__:
                dict_obj = base.__dict__[name]
                if homecls not in metamro:
                    homecls = base
                break
        if homecls is None:
            # Found neither in the class dictionaries nor through getattr.
            continue
        obj = get_obj if get_obj is not None else dict_obj
        if isinstance(dict_obj, (staticmethod, _types.BuiltinMethodType)):
            kind = "static method"
            obj = dict_obj
        elif isinstance(dict_obj, (classmethod, _types.ClassMethodDescriptorType)):
            kind = "class method"
            obj = dict_obj
        elif isinstance(dict_obj, property):
            kind = "property"
            obj = dict_obj
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, homecls, obj))
        processed.add(name)
    return result


_sentinel = object()


# `getattr_static` finds an attribute the way `object.__getattribute__` would,
# without running any code of the object's: no `__getattr__`/`__getattribute__`, no
# property or other descriptor `__get__`, no metaclass `__mro__` override. Every
# read goes through `type`'s and `object`'s own slots.
_type_mro = type.__dict__['__mro__'].__get__
_type_dict = type.__dict__['__dict__'].__get__


def _static_mro(klass):
    return _type_mro(klass)


def _own_dict_slot(klass):
    # The class's `__dict__` attribute as its MRO defines it, unless it is the
    # ordinary getset a class gets for its instances' dicts: then _sentinel. A
    # class that redefines `__dict__` (a property, a plain value) shadows the
    # instance dict.
    for entry in _static_mro(klass):
        try:
            found = _type_dict(entry)['__dict__']
        except KeyError:
            continue
        if not (type(found) is _types.GetSetDescriptorType
                and found.__name__ == '__dict__'
                and found.__objclass__ is entry):
            return found
    return _sentinel


def _lookup_instance(obj, attr):
    try:
        namespace = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _sentinel
    return dict.get(namespace, attr, _sentinel)


def _lookup_class(klass, attr):
    for entry in _static_mro(klass):
        if _own_dict_slot(type(entry)) is _sentinel:
            namespace = _type_dict(entry)
            if attr in namespace:
                return namespace[attr]
    return _sentinel


def _is_data_descriptor(value):
    kind = type(value)
    return (_lookup_class(kind, '__get__') is not _sentinel
            and (_lookup_class(kind, '__set__') is not _sentinel
                 or _lookup_class(kind, '__delete__') is not _sentinel))


def getattr_static(obj, attr, default=_sentinel):
    from_instance = _sentinel
    if type not in _static_mro(type(obj)):
        klass = type(obj)
        slot = _own_dict_slot(klass)
        if slot is _sentinel or type(slot) is _types.MemberDescriptorType:
            from_instance = _lookup_instance(obj, attr)
    else:
        klass = obj
    from_class = _lookup_class(klass, attr)
    if from_instance is not _sentinel:
        if from_class is not _sentinel and _is_data_descriptor(from_class):
            return from_class
        return from_instance
    if from_class is not _sentinel:
        return from_class
    if obj is klass:
        # A class's attribute may also come from its metaclass.
        for entry in _static_mro(type(klass)):
            if _own_dict_slot(type(entry)) is _sentinel:
                namespace = _type_dict(entry)
                if attr in namespace:
                    return namespace[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def cleandoc(doc):
    text = doc.expandtabs()
    lines = text.split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _defining_class(func):
    # The class a function's qualified name places it in, if it is one.
    owner = _sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part)
    return owner if isclass(owner) else None


def _finddoc(obj):
    # The docstring an object without its own inherits: a class's from the first
    # base (before object) that has one; a method's, property's or descriptor's
    # from the attribute of the same name further along its class's MRO.
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                return None
            doc = base.__dict__.get('__doc__')
            if doc is not None:
                return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if not (isclass(owner)
                and getattr(getattr(owner, name, None), '__func__', None) is obj.__func__):
            owner = owner.__class__
    elif isfunction(obj):
        name = obj.__name__
        owner = _defining_class(obj)
        if owner is None or getattr(owner, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if not (isclass(owner) and owner.__qualname__ + '.' + name == obj.__qualname__):
            owner = owner.__class__
    elif isinstance(obj, property):
        name = obj.fget.__name__
        owner = _defining_class(obj.fget)
        if owner is None or getattr(owner, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        owner = obj.__objclass__
        if getattr(owner, name) is not obj:
            return None
    else:
        return None
    for base in owner.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    # Whatever module the object says it comes from, if that is loaded.
    owner = getattr(object, '__module__', None)
    return None if owner is None else _sys.modules.get(owner)


def getmodulename(path):
    name = path.rsplit('/', 1)[-1]
    if name.endswith('.py'):
        return name[:-3]
    return None


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__'):
        if stop is not None and stop(f):
            break
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


# ---------------------------------------------------------------- signature

class _empty:
    """Stands for "no default" / "no annotation" (Parameter.empty, Signature.empty)."""


class _void:
    # Stands for "argument not given" in the replace() methods, where None and
    # _empty are meaningful values.
    pass


class _ParameterKind(int):
    # CPython's IntEnum of parameter kinds: an int with a name.

    def __new__(cls, value, name=None, description=None):
        if name is None:
            # `_ParameterKind(1)` is the member of that value, as an enum's call is
            # (so copies and pickles of a kind are the kind itself).
            for member in _PARAMETER_KINDS:
                if member == value:
                    return member
            raise ValueError('%r is not a valid _ParameterKind' % (value,))
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    def __reduce_ex__(self, protocol):
        return _ParameterKind, (int(self),)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self._name_, int(self))

    def __str__(self):
        return self._name_

    def __hash__(self):
        return int.__hash__(self)


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD',
                                        'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_PARAMETER_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL,
                    _KEYWORD_ONLY, _VAR_KEYWORD)


def formatannotation(annotation, base_module=None):
    where = getattr(annotation, '__module__', None)
    if where == 'typing':
        # typing's reprs without the module prefix: List[int], not typing.List[int].
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _types.GenericAlias):
        return str(annotation)
    if not isinstance(annotation, type):
        return repr(annotation)
    if where == 'builtins' or where == base_module:
        return annotation.__qualname__
    return where + '.' + annotation.__qualname__


def formatannotationrelativeto(object):
    """A formatannotation that leaves out the module name of object's module."""
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    empty = _empty
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty,
                 annotation=_empty):
        if not isinstance(kind, _ParameterKind):
            # A plain int names a kind by its value.
            known = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL,
                     _KEYWORD_ONLY, _VAR_KEYWORD)
            if not (isinstance(kind, int) and 0 <= kind < len(known)):
                raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
            kind = known[kind]
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default '
                             f'values')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(
                type(name).__name__))
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=(self._annotation if annotation is _void
                                      else annotation))

    def __str__(self):
        out = self._name
        if self._annotation is not _empty:
            out = '{}: {}'.format(out, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                out = '{} = {}'.format(out, repr(self._default))
            else:
                out = '{}={}'.format(out, repr(self._default))
        if self._kind == _VAR_POSITIONAL:
            out = '*' + out
        elif self._kind == _VAR_KEYWORD:
            out = '**' + out
        return out

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _identity(self):
        return (self._name, self._kind, self._annotation, self._default)

    def __hash__(self):
        name, kind, annotation, default = self._identity()
        return hash((name, kind, annotation, default))

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Parameter):
            return self._identity() == other._identity()
        return NotImplemented


class _ParameterMapping:
    # Signature.parameters: a read-only ordered view, shown as CPython's
    # mappingproxy of an OrderedDict.

    def __init__(self, items):
        self._d = dict(items)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def __eq__(self, other):
        if isinstance(other, _ParameterMapping):
            other = other._d
        return self._d == other

    def __str__(self):
        if not self._d:
            return 'OrderedDict()'
        return 'OrderedDict([%s])' % ', '.join(
            '(%r, %r)' % kv for kv in self._d.items())

    def __repr__(self):
        return 'mappingproxy(%s)' % self


class BoundArguments:
    """The result of Signature.bind: which argument went to which parameter."""

    def __init__(self, signature,
                 arguments):
        self._signature = signature
        self.arguments = arguments

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, p in self._signature.parameters.items():
            if p.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if p.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, p in self._signature.parameters.items():
            if not started:
                if p.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if p.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        new = []
        for name, p in self._signature.parameters.items():
            if name in self.arguments:
                new.append((name, self.arguments[name]))
            elif p.default is not _empty:
                new.append((name, p.default))
            elif p.kind == _VAR_POSITIONAL:
                new.append((name, ()))
            elif p.kind == _VAR_KEYWORD:
                new.append((name, {}))
        self.arguments = dict(new)

    def __eq__(self, other):
        if isinstance(other, BoundArguments):
            return (self.signature, self.arguments) == (other.signature, other.arguments)
        return NotImplemented

    def __repr__(self):
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(
            '{}={!r}'.format(k, v) for k, v in self.arguments.items()))


class Signature:
    """The parameters and return annotation of a callable."""

    empty = _empty

    def __init__(self, parameters=None, *,
                 return_annotation=_empty, __validate_parameters__=True):
        self._return_annotation = return_annotation
        table = []
        if parameters is not None:
            table = [(p.name, p) for p in parameters]
            if __validate_parameters__:
                _check_parameter_list([p for _, p in table])
        self._parameters = _ParameterMapping(table)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)

    def replace(self, *, parameters=_void,
                return_annotation=_void):
        """A copy with the parameters and/or the return annotation changed."""
        params = list(self.parameters.values()) if parameters is _void else parameters
        result = self._return_annotation if return_annotation is _void \
            else return_annotation
        return type(self)(params, return_annotation=result)

    def _identity(self):
        return (self._return_annotation, list(self.parameters.items()))

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Signature):
            return self._identity() == other._identity()
        return NotImplemented

    def __hash__(self):
        return hash((tuple(self.parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, partial=False):
        # First the positional arguments, each to the next parameter that can take
        # one; then every parameter not yet filled looks for its keyword (or, when
        # required, complains); what keywords remain go to **kwargs if there is one.
        bound = {}
        pending = list(self.parameters.values())
        taken = 0
        while taken < len(args):
            if not pending or pending[0].kind >= _KEYWORD_ONLY:
                raise TypeError('too many positional arguments')
            param = pending.pop(0)
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = tuple(args[taken:])
                break
            if param.kind != _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError(f'multiple values for argument {param.name!r}')
            bound[param.name] = args[taken]
            taken += 1
        catch_all = None
        for param in pending:
            if param.kind == _VAR_KEYWORD:
                catch_all = param
            elif param.kind == _VAR_POSITIONAL:
                pass
            elif param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{param.name!r} parameter is positional only, '
                                    f'but was passed as a keyword')
                bound[param.name] = kwargs.pop(param.name)
            elif param.default is _empty and not partial:
                raise TypeError(f'missing a required argument: {param.name!r}')
        if kwargs:
            if catch_all is None:
                raise TypeError('got an unexpected keyword argument '
                                f'{next(iter(kwargs))!r}')
            bound[catch_all.name] = kwargs
        return BoundArguments(self, bound)

    def bind(self, /, *args, **kwargs):
        """Maps the arguments to the parameters; TypeError if they do not fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args,
                     **kwargs):
        """As bind, allowing required arguments to be missing."""
        return self._bind(args, kwargs, True)

    def __str__(self):
        # A '/' goes after the last positional-only parameter, a '*' before the
        # first keyword-only one unless a *args already marks the place.
        pieces = []
        params = list(self.parameters.values())
        starred = False
        for i, param in enumerate(params):
            if param.kind == _VAR_POSITIONAL:
                starred = True
            elif param.kind == _KEYWORD_ONLY and not starred:
                pieces.append('*')
                starred = True
            pieces.append(str(param))
            last_positional_only = param.kind == _POSITIONAL_ONLY and (
                i + 1 == len(params) or params[i + 1].kind != _POSITIONAL_ONLY)
            if last_positional_only:
                pieces.append('/')
        text = '(' + ', '.join(pieces) + ')'
        if self.return_annotation is _empty:
            return text
        return text + ' -> ' + formatannotation(self.return_annotation)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'


def _check_parameter_list(params):
    # The rules of a def statement: kinds in order, no required positional
    # parameter after one with a default, no name twice.
    previous = _POSITIONAL_ONLY
    defaulted = False
    seen = set()
    for p in params:
        if p.kind < previous:
            raise ValueError(f'wrong parameter order: {previous.description} '
                             f'parameter before {p.kind.description} parameter')
        if p.kind > _POSITIONAL_OR_KEYWORD:
            defaulted = False
        elif p.default is not _empty:
            defaulted = True
        elif defaulted:
            raise ValueError('non-default argument follows default argument')
        if p.name in seen:
            raise ValueError(f'duplicate parameter name: {p.name!r}')
        seen.add(p.name)
        previous = p.kind


def _signature_from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    params = []
    first_default = pos_count - len(defaults)
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Parameter(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
        index += 1
    for i in range(pos_count, pos_count + kwonly):
        name = names[i]
        params.append(Parameter(name, _KEYWORD_ONLY,
                                default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty),
                     __validate_parameters__=False)


def _split_params(text):
    # The parameter list of a builtin's signature text, split at top-level commas.
    parts, depth, quote, cur = [], 0, None, ''
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            cur += ch
            if ch == '\\' and i + 1 < len(text):
                cur += text[i + 1]
                i += 1
            elif ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
            cur += ch
        elif ch in '([{':
            depth += 1
            cur += ch
        elif ch in ')]}':
            depth -= 1
            cur += ch
        elif ch == ',' and depth == 0:
            parts.append(cur.strip())
            cur = ''
        else:
            cur += ch
        i += 1
    if cur.strip():
        parts.append(cur.strip())
    return parts


def _builtin_signature_text(func):
    # help()'s helper (mempy's `_sitebuiltins`) knows the builtins' signatures.
    import builtins
    try:
        helper = type(builtins.help)
        return helper.__call__.__globals__['_signature'](func)
    except (AttributeError, KeyError, TypeError):
        return None


def _signature_from_builtin(func):
    text = _builtin_signature_text(func)
    if not text or '(' not in text:
        raise ValueError('no signature found for builtin {!r}'.format(func))
    inner = text[text.index('(') + 1:text.rindex(')')]
    parts = _split_params(inner)
    kinds = _POSITIONAL_OR_KEYWORD
    if '/' in parts:
        kinds = _POSITIONAL_ONLY
    params = []
    for part in parts:
        if part == '/':
            kinds = _POSITIONAL_OR_KEYWORD
            continue
        if part == '*':
            kinds = _KEYWORD_ONLY
            continue
        if part.startswith('**'):
            params.append(Parameter(part[2:], _VAR_KEYWORD))
            continue
        if part.startswith('*'):
            params.append(Parameter(part[1:], _VAR_POSITIONAL))
            kinds = _KEYWORD_ONLY
            continue
        name, eq, default = part.partition('=')
        if eq:
            params.append(Parameter(name.strip(), kinds,
                                    default=eval(default.strip(), {})))
        else:
            params.append(Parameter(name.strip(), kinds))
    return Signature(params, __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_of_partial(sig, partial):
    args = partial.args
    keywords = partial.keywords
    try:
        ba = sig.bind_partial(*args, **keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(
            partial)) from ex
    new_params = []
    transform_to_kwonly = False
    for name, p in sig.parameters.items():
        if transform_to_kwonly:
            if p.kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
                if name in keywords:
                    p = p.replace(kind=_KEYWORD_ONLY, default=keywords[name])
                else:
                    p = p.replace(kind=_KEYWORD_ONLY)
            new_params.append(p)
            continue
        if name in ba.arguments and name not in keywords:
            continue  # filled positionally
        if name in keywords:
            if p.kind == _POSITIONAL_OR_KEYWORD:
                p = p.replace(kind=_KEYWORD_ONLY, default=keywords[name])
                transform_to_kwonly = True
            elif p.kind == _KEYWORD_ONLY:
                p = p.replace(default=keywords[name])
            elif p.kind == _POSITIONAL_ONLY:
                continue
        new_params.append(p)
    return sig.replace(parameters=new_params)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None,
              eval_str=False):
    """The Signature of callable `obj`."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, _types.MethodType):
        return _drop_first(signature(obj.__func__, follow_wrapped=follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, _types.MethodType):
            return signature(obj, follow_wrapped=follow_wrapped)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'
                            .format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    if isbuiltin(obj):
        return _signature_from_builtin(obj)
    try:
        import functools
        if isinstance(obj, functools.partial):
            return _signature_of_partial(signature(obj.func), obj)
    except ImportError:
        pass
    if isinstance(obj, type):
        for name in ('__call__',):
            meta_call = _class_attr(type(obj), name)
            if meta_call is not None and isfunction(meta_call):
                return _drop_first(signature(meta_call))
        new = _class_attr(obj, '__new__')
        init = _class_attr(obj, '__init__')
        if new is not None and isinstance(new, staticmethod):
            new = new.__func__
        if init is not None and isfunction(init):
            return _drop_first(signature(init))
        if new is not None and isfunction(new):
            return _drop_first(signature(new))
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return Signature()
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = _class_attr(type(obj), '__call__')
    if call is not None:
        if isfunction(call):
            return _drop_first(signature(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _class_attr(cls, name):
    # The first definition of `name` along the MRO, skipping object and type.
    for base in cls.__mro__:
        if base is object or base is type:
            continue
        if name in base.__dict__:
            return base.__dict__[name]
    return None


# ---------------------------------------------------------------- source

def getfile(object):
    """The name of the file object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = _sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(
                        type(object).__name__))


def getsourcefile(object):
    """The file object's source is in, or None."""
    filename = getfile(object)
    if filename.startswith('<') and filename.endswith('>'):
        return None
    if filename.endswith('.py'):
        try:
            open(filename).close()
        except OSError:
            return None
        return filename
    return None


def _read_lines(object):
    file = getsourcefile(object)
    if file is None:
        raise OSError('could not get source code')
    with open(file, encoding='utf-8') as f:
        return f.readlines()


def _block_end(lines, start):
    # The end (exclusive) of the block starting at lines[start]: its decorators,
    # the header up to where its brackets close, and then, if the header ends
    # with ':', every following line indented deeper than the header (blank and
    # comment lines inside the body included), and after the last of them the
    # comment lines indented at least as far as the body's first line (CPython's
    # BlockFinder keeps those). A header that does not end with ':'
    # ('def f(): return 1', a lambda's line) is the whole block.
    i = start
    n = len(lines)
    while True:
        depth = 0
        while i < n:
            for ch in lines[i].split('#', 1)[0]:
                if ch in '([{':
                    depth += 1
                elif ch in ')]}':
                    depth -= 1
            if depth <= 0 and not lines[i].rstrip().endswith('\\'):
                break
            i += 1
        if i < n - 1 and lines[i].lstrip().startswith('@'):
            i += 1
            continue
        break
    if i >= n:
        return n
    header = lines[i]
    if not header.split('#', 1)[0].rstrip().endswith(':'):
        return i + 1
    indent = len(header) - len(header.lstrip())
    end = i + 1
    i += 1
    body_col = None
    while i < n:
        line = lines[i]
        col = len(line) - len(line.lstrip())
        if line.strip() == '':
            i += 1
            continue
        if line.lstrip().startswith('#'):
            i += 1
            if body_col is not None and col >= body_col:
                end = i
            continue
        if col <= indent:
            break
        if body_col is None:
            body_col = col
        i += 1
        end = i
    return end


def getsourcelines(object):
    """(lines, first line number) of object's source."""
    if ismethod(object):
        object = object.__func__
    object = unwrap(object) if isfunction(object) else object
    lines = _read_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        for i, line in enumerate(lines):
            s = line.lstrip()
            if s.startswith('class ') and s[6:].lstrip().startswith(name):
                rest = s[6:].lstrip()[len(name):]
                if rest[:1] in ('(', ':', ' '):
                    start = i
                    while start > 0 and lines[start - 1].lstrip().startswith('@'):
                        start -= 1
                    return lines[start:_block_end(lines, start)], start + 1
        raise OSError('could not find class definition')
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        start = object.co_firstlineno - 1
        if not 0 <= start < len(lines):
            raise OSError('lineno is out of bounds')
        return lines[start:_block_end(lines, start)], start + 1
    raise OSError('could not find code object')


def getsource(object):
    """The source text of a module, class, method or function."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def indentsize(line):
    """The number of columns of indentation of `line`."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


# ----- argument specs, call arguments, closures, annotations --------------------------

from collections import namedtuple as _namedtuple

FullArgSpec = _namedtuple('FullArgSpec',
                          'args, varargs, varkw, defaults, kwonlyargs, '
                          'kwonlydefaults, annotations')
ArgInfo = _namedtuple('ArgInfo', 'args varargs keywords locals')
ClosureVars = _namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getfullargspec(func):
    """The names and default values of a callable's parameters, as a FullArgSpec
    (built from its signature; the bound first argument of a method is kept)."""
    try:
        sig = _signature_for_argspec(func)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    posonlyargs_defaults = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY or kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(args, varargs, varkw, defaults, kwonlyargs, kwdefaults,
                       annotations)


def _signature_for_argspec(func):
    # getfullargspec ignores __wrapped__ and keeps a bound method's first argument.
    if ismethod(func) and isfunction(func.__func__):
        return _signature_from_function(func.__func__)
    return signature(func, follow_wrapped=False)


def getcallargs(func, /, *positional, **named):
    """{parameter name: value} that calling func(*positional, **named) would bind,
    with the errors such a call raises."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    arg2value = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError("%s() got an unexpected keyword argument %r" %
                                (f_name, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError("%s() got multiple values for argument %r" %
                            (f_name, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults,
                  num_pos, arg2value)
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        for arg in req:
            if arg not in arg2value:
                _missing_arguments(f_name, req, True, arg2value)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    missing = 0
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                missing += 1
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, arg2value)
    return arg2value


def _missing_arguments(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    missing = len(names)
    if missing == 1:
        s = names[0]
    elif missing == 2:
        s = "{} and {}".format(*names)
    else:
        tail = ", {} and {}".format(*names[-2:])
        del names[-2:]
        s = ", ".join(names) + tail
    raise TypeError("%s() missing %i required %s argument%s: %s" %
                    (f_name, missing,
                     "positional" if pos else "keyword-only",
                     "" if missing == 1 else "s", s))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        sig = "at least %d" % (atleast,)
    elif defcount:
        plural = True
        sig = "from %d to %d" % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ""
    if kwonly_given:
        msg = " positional argument%s (and %d keyword-only argument%s)"
        kwonly_sig = (msg % ("s" if given != 1 else "", kwonly_given,
                             "s" if kwonly_given != 1 else ""))
    raise TypeError("%s() takes %s positional argument%s but %d%s %s given" %
                    (f_name, sig, "s" if plural else "", given, kwonly_sig,
                     "was" if given == 1 and not kwonly_given else "were"))


def getclosurevars(func):
    """The names a function's code refers to, split into the closure's cells
    (nonlocals), the module's names (globals), builtins, and names found nowhere."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents
                         for var, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", _builtins_dict())
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in _code_names(code):
        if name in ("None", "True", "False"):
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


def _builtins_dict():
    import builtins
    return builtins.__dict__


def _code_names(code):
    # co_names of code and of the code objects nested in it (lambdas, comprehensions).
    names = list(code.co_names)
    for const in code.co_consts:
        if iscode(const):
            names.extend(_code_names(const))
    return names


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a module, class or callable (a new dict; strings
    evaluated when eval_str is true)."""
    if isinstance(obj, type):
        obj_dict = getattr(obj, '__dict__', None)
        if obj_dict and hasattr(obj_dict, 'get'):
            ann = obj_dict.get('__annotations__', None)
            if isinstance(ann, _types.GetSetDescriptorType):
                ann = None
        else:
            ann = None
        obj_globals = None
        module_name = getattr(obj, '__module__', None)
        if module_name:
            module = _sys.modules.get(module_name, None)
            if module:
                obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap_obj = obj
    elif isinstance(obj, _types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrap_obj = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap_obj = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap_obj is not None:
        while True:
            if hasattr(unwrap_obj, '__wrapped__'):
                unwrap_obj = unwrap_obj.__wrapped__
                continue
            if isinstance(unwrap_obj, _functools_partial()):
                unwrap_obj = unwrap_obj.func
                continue
            break
        if hasattr(unwrap_obj, "__globals__"):
            obj_globals = unwrap_obj.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def _functools_partial():
    import functools
    return functools.partial


Arguments = _namedtuple('Arguments', 'args, varargs, varkw')


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object: the names of its
    positional and keyword-only parameters, then of its * and ** ones (or None)."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    nargs = co.co_argcount + co.co_kwonlyargcount
    names = co.co_varnames
    args = list(names[:nargs])
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[nargs]
        nargs += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[nargs]
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame's arguments."""
    args, varargs, keywords = getargs(frame.f_code)
    return ArgInfo(args, varargs, keywords, frame.f_locals)


def getlineno(frame):
    """The line a frame is running."""
    return frame.f_lineno


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *args=(), **kw={})': an argument list from getargvalues' parts."""
    def convert(name, locals=locals, formatarg=formatarg, formatvalue=formatvalue):
        return formatarg(name) + formatvalue(locals[name])
    specs = [convert(arg) for arg in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def getcomments(object):
    """The comment lines just above object's source (for a module: the first
    comment block of its file, after a '#!' line and blank lines), as one string;
    None when the source cannot be found or there are no such comments."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        i = 1 if lines and lines[0].startswith('#!') else 0
        while i < len(lines) and lines[i].strip() in ('', '#'):
            i += 1
        block = []
        while i < len(lines) and lines[i].startswith('#'):
            block.append(lines[i].expandtabs())
            i += 1
        return ''.join(block) if block else None
    if lnum <= 0:
        return None
    # The run of comment lines directly above, at the object's own indentation,
    # without bare '#' lines at either end.
    indent = indentsize(lines[lnum])
    block = []
    i = lnum - 1
    while (i >= 0 and lines[i].lstrip().startswith('#')
           and indentsize(lines[i]) == indent):
        block.insert(0, lines[i].expandtabs().lstrip())
        i -= 1
    if not block:
        return None
    while block and block[0].strip() == '#':
        del block[0]
    while block and block[-1].strip() == '#':
        del block[-1]
    return ''.join(block)


def findsource(object):
    """(all the lines of the file, index of the first line of object's source)."""
    lines, lnum = getsourcelines(object)
    all_lines = _read_lines(object)
    return all_lines, max(lnum - 1, 0)


def isgetsetdescriptor(object):
    """Whether object is a getset descriptor (a C struct's computed attribute)."""
    return isinstance(object, _types.GetSetDescriptorType)


def ismemberdescriptor(object):
    """Whether object is a member descriptor (a __slots__ entry)."""
    return isinstance(object, _types.MemberDescriptorType)


def getabsfile(object, _filename=None):
    """The absolute, case-normalised path of the file object is defined in."""
    import os
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmembers_static(object, predicate=None):
    """getmembers without running descriptors or __getattr__: the values as the
    dictionaries hold them (getattr_static)."""
    names = dir(object)
    members = {}
    for name in names:
        if name in members:
            continue
        try:
            value = getattr_static(object, name)
        except AttributeError:
            continue
        if predicate and not predicate(value):
            continue
        members[name] = value
    return sorted(members.items(), key=lambda item: item[0])


def walktree(classes, children, parent):
    # The nested lists of getclasstree, for classes sorted by module and name.
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """The inheritance tree of classes as nested lists: each class as
    (class, its bases), followed by the list of its subclasses' entries."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)
