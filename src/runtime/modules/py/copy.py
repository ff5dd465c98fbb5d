# mempy's `copy` module (mirrors CPython's Lib/copy.py). Compiled from this source at
# first import.
#
# CPython copies instances through __reduce_ex__ / copyreg; mempy has no pickle
# protocol, so instances of Python classes are copied directly: a new instance is made
# without running __init__ (object.__new__ when available, else a temporarily
# neutralised __init__), then __dict__ and __slots__ values are copied, honouring
# __copy__, __deepcopy__, __getstate__ and __setstate__. Subclasses of builtin types
# are rebuilt as their reductions would: through __getnewargs__ (int, str, tuple,
# ...), cls(items) (set, frozenset), or refilled after the state (list, dict).
# Other objects of builtin types that are not handled below raise CPython's
# "cannot pickle" TypeError.

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def _noop_init(self, *args, **kwargs):
    pass


def _new_instance(cls):
    """An instance of `cls` created without calling its __init__."""
    try:
        return object.__new__(cls)
    except (AttributeError, TypeError):
        pass
    had = '__init__' in cls.__dict__
    old = cls.__dict__['__init__'] if had else None
    cls.__init__ = _noop_init
    try:
        return cls()
    finally:
        if had:
            cls.__init__ = old
        else:
            del cls.__init__


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            # A private slot name is stored mangled with its class's name.
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_' + stripped + name
            if name not in names:
                names.append(name)
    return names


def _make_instance(x, cls, deep, memo):
    """A new, empty-stated instance of `cls` to copy `x` into, made as CPython's
    object.__reduce_ex__ and the builtin types' reductions would: a class with
    __getnewargs__ (the subclasses of int, str, tuple, ...) through
    cls.__new__(cls, *args), a set or frozenset subclass through cls(items); any
    other class without running its __init__."""
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(x)
        if deep:
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args)
    if isinstance(x, (set, frozenset)):
        items = list(x)
        if deep:
            items = deepcopy(items, memo)
        return cls(items)
    return _new_instance(cls)


def _fill(x, y, deep, memo):
    """The items of a list or dict subclass instance, added to its copy after the
    state (CPython's _reconstruct with listitems / dictitems)."""
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value


def _get_state(x):
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None:
        return getstate(x)
    d = getattr(x, '__dict__', None)
    d = dict(d) if d else None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (d, slots)
    return d


def _set_state(y, state):
    setstate = getattr(type(y), '__setstate__', None)
    if setstate is not None:
        setstate(y, state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            object.__setattr__(y, key, value)


def _is_user_instance(x):
    return type(x).__module__ != 'builtins'


# A frozenset, so `cls in _atomic` is one hash lookup (CPython's copy module looks the
# class up in a dict of copiers the same way).
_atomic = frozenset((type(None), int, float, complex, bool, str, type, range,
                     type(Ellipsis), type(NotImplemented), property, type(len),
                     type([].append),
                     type(_noop_init)))


def _cannot(x):
    raise TypeError(f"cannot pickle '{type(x).__name__}' object")


def _by_reduce(x, deep, memo):
    """A builtin object whose type has its own __reduce__ (the iterators), rebuilt
    from it as CPython's _reconstruct does: callable(*args), then the state through
    __setstate__. Raises the "cannot pickle" error for a type without one."""
    reductor = getattr(type(x), '__reduce__', None)
    if reductor is None:
        _cannot(x)
    rv = reductor(x)
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        y.__setstate__(state)
    return y


# ----- shallow copy ------------------------------------------------------------------

def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, type) or not _is_user_instance(x):
        if isinstance(x, type):
            return x
        return _by_reduce(x, False, None)
    y = _make_instance(x, cls, False, None)
    state = _get_state(x)
    if state is not None:
        _set_state(y, state)
    _fill(x, y, False, None)
    return y


# ----- deep copy ---------------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A tuple may have been copied while copying its own items (a cycle).
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    else:
        copier = getattr(cls, '__deepcopy__', None)
        if copier is not None:
            y = copier(x, memo)
        elif isinstance(x, type):
            y = x
        elif not _is_user_instance(x):
            y = _by_reduce(x, True, memo)
        else:
            y = _make_instance(x, cls, True, memo)
            memo[d] = y
            state = _get_state(x)
            if state is not None:
                _set_state(y, deepcopy(state, memo))
            _fill(x, y, True, memo)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps a reference to x in the memo, so its id is not reused during the copy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
