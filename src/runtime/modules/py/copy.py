# mempy's `copy` module (mirrors CPython's Lib/copy.py). Compiled from this source at
# first import.
#
# Shallow and deep copies. Values of the builtin types are handled here directly:
# immutable ones are their own copy, lists, dicts and tuples (and, for a shallow copy,
# sets and bytearrays) are rebuilt. Anything else is asked, in order, for __copy__ /
# __deepcopy__, then for a reduction: copyreg.dispatch_table, __reduce_ex__(4),
# __reduce__. A reduction (callable, args[, state[, listitems[, dictitems]]]) is
# replayed by _rebuild: the callable makes the new object, the state goes to its
# __setstate__ (or into its __dict__ and slots), the items are appended / stored. A
# deep copy copies the arguments, state and items too, recording every copy in the
# memo (keyed by id) so that shared and cyclic references stay shared and cyclic.

import sys

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # the module's old name for it


def _function():
    pass


_FunctionType = type(_function)
_CodeType = type(_function.__code__)
_BuiltinType = type(len)
class _Bound:
    def method(self):
        pass


_MethodType = type(_Bound().method)
del _Bound

# Classes whose instances are their own copy. Frozensets, so `cls in _...` is a
# single hash lookup.
_deep_atomic = frozenset((type(None), type(Ellipsis), type(NotImplemented), int,
                          float, bool, complex, bytes, str, _CodeType, type, range,
                          _BuiltinType, _FunctionType, property))
_shallow_atomic = frozenset((type(None), int, float, bool, complex, str, tuple,
                             bytes, frozenset, type, range, slice, property,
                             _BuiltinType, type(Ellipsis), type(NotImplemented),
                             _FunctionType))
_object_reduce_ex = object.__reduce_ex__
_object_reduce = object.__reduce__

# Mutable builtin containers whose `copy` method is the shallow copy.
_shallow_method = frozenset((list, dict, set, bytearray))


def _is_weakref(cls):
    """Whether cls is weakref.ref, whose instances are their own copy. Importing
    weakref costs more than everything else here, and no weak reference can exist
    before it is imported, so the module is only looked at when already loaded."""
    weakref = sys.modules.get("weakref")
    return weakref is not None and cls is weakref.ref


# copyreg, imported by the first copy that needs a reduction (copies of builtin
# values never do), then kept here: an import statement per call costs more.
_copyreg = None


def _reduction(x, cls, kind):
    """The reduction tuple (or name) for an object no dispatch entry covers."""
    global _copyreg
    copyreg = _copyreg
    if copyreg is None:
        import copyreg
        _copyreg = copyreg
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        if (isinstance(x, BaseException) and cls.__reduce_ex__ is _object_reduce_ex
                and cls.__reduce__ is _object_reduce):
            # mempy's exceptions have no __reduce__ of their own.
            return copyreg._reduce_exception(x)
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


# ----- shallow copy ------------------------------------------------------------------

def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _shallow_atomic:
        return x
    if cls in _shallow_method:
        return x.copy()
    if issubclass(cls, type) or _is_weakref(cls):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _rebuild(x, None, *rv)


# ----- deep copy ---------------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    # The common builtin types are handled inline: a call per element is what a
    # deep copy of nested data spends its time on.
    if cls in _deep_atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # Copying the items may have copied this very tuple (through a cycle).
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
    elif cls is _MethodType:
        # The same function bound to a copy of the receiver.
        y = x.__func__.__get__(deepcopy(x.__self__, memo))
    elif issubclass(cls, type) or _is_weakref(cls):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduction(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _rebuild(x, memo, *rv)
    # An object that is its own copy is not remembered.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive for as long as the memo lives, so that its id cannot be reused
    by another object while the copy is in progress."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _rebuild(x, memo, func, args, state=None, listitems=None, dictitems=None,
             *, deepcopy=deepcopy):
    """Makes the copy of x that its reduction describes (deep when memo is a dict)."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)

    if listitems is not None:
        if deep:
            for item in listitems:
                y.append(deepcopy(item, memo))
        else:
            for item in listitems:
                y.append(item)
    if dictitems is not None:
        if deep:
            for key, value in dictitems:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictitems:
                y[key] = value
    return y


del _function
