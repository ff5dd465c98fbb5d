# mempy's `copy` module (mirrors CPython's Lib/copy.py). Compiled from this source at
# first import.
#
# Shallow and deep copies. Values of the builtin types are handled here directly:
# immutable ones are their own copy, lists, dicts and tuples (and, for a shallow copy,
# sets and bytearrays) are rebuilt. Anything else is asked, in order, for __copy__ /
# __deepcopy__, then for a reduction: copyreg.dispatch_table, __reduce_ex__(4),
# __reduce__. A reduction (callable, args[, state[, listitems[, dictitems]]]) is
# replayed by _replay: the callable makes the new object, the state goes to its
# __setstate__ (or into its __dict__ and slots), the items are appended / stored. A
# deep copy copies the arguments, state and items too, recording every copy in the
# memo (keyed by id) so that shared and cyclic references stay shared and cyclic.

import sys
from _mempy_copy import deepcopy as _native_deepcopy

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # the module's old name for it


def _sample():
    pass


class _Holder:
    def meth(self):
        pass


_FunctionType = type(_sample)
_MethodType = type(_Holder().meth)
_immutables = (type(None), type(Ellipsis), type(NotImplemented), bool, int, float,
               complex, str, bytes, range, type, property, _FunctionType, type(len))

# Classes whose instances are their own copy. Frozensets, so `cls in _...` is a
# single hash lookup. Both kinds of copy share code objects; a shallow one also
# shares the immutable containers, whose items it would not copy anyway.
_immutables += (type(_sample.__code__),)
_OWN_DEEP_COPY = frozenset(_immutables)
_OWN_SHALLOW_COPY = frozenset(_immutables + (tuple, frozenset, slice))
del _immutables, _sample, _Holder

# Mutable builtin containers whose `copy` method is the shallow copy.
_HAS_COPY_METHOD = frozenset((list, dict, set, bytearray))

_base_reduce_ex = object.__reduce_ex__
_base_reduce = object.__reduce__


def _shared_by_copies(cls):
    """Whether instances of cls (classes, weak references) are their own copy.
    Importing weakref costs more than everything else here, and no weak reference can
    exist before it is imported, so the module is only looked at when loaded."""
    if issubclass(cls, type):
        return True
    wr = sys.modules.get("weakref")
    return wr is not None and cls is wr.ref


# copyreg, imported by the first copy that needs a reduction (copies of builtin
# values never do), then kept here: an import statement per call costs more.
_copyreg = None


def _reduce_for_copy(obj, cls, which):
    """How obj is rebuilt: a reduction tuple, or a string meaning "obj itself".
    `which` ("shallow" / "deep") only names the copy in the error message."""
    global _copyreg
    if _copyreg is None:
        import copyreg as _loaded
        _copyreg = _loaded
    registered = _copyreg.dispatch_table.get(cls)
    if registered is not None:
        return registered(obj)
    try:
        by_protocol = obj.__reduce_ex__
    except AttributeError:
        by_protocol = None
    if by_protocol is not None:
        # mempy's exceptions have no reduction methods of their own; copyreg knows
        # how to take them apart.
        if (isinstance(obj, BaseException) and cls.__reduce_ex__ is _base_reduce_ex
                and cls.__reduce__ is _base_reduce):
            return _copyreg._reduce_exception(obj)
        return by_protocol(4)
    try:
        plain = obj.__reduce__
    except AttributeError:
        plain = None
    if not plain:
        raise Error("un(%s)copyable object of type %s" % (which, cls))
    return plain()


def copy(x):
    """Return a shallow copy of x: a new container holding the same items, or x
    itself when it is immutable."""
    cls = type(x)
    if cls in _OWN_SHALLOW_COPY:
        return x
    if cls in _HAS_COPY_METHOD:
        return x.copy()
    if _shared_by_copies(cls):
        return x
    if cls is _MethodType:
        # CPython reduces a bound method to getattr(receiver, name): the copy is a
        # fresh lookup of the same name on the same receiver.
        return getattr(x.__self__, x.__func__.__name__)
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    recipe = _reduce_for_copy(x, cls, "shallow")
    if isinstance(recipe, str):
        return x
    return _replay(x, None, *recipe)


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x: containers and instances are copied all the way down,
    with shared and cyclic references kept so. `memo` maps id(original) to its copy."""
    if memo is None:
        memo = {}
    return _native_deepcopy(x, memo, _deepcopy_general, _deepcopy_object)


def _deepcopy_general(x, memo, _nil=[]):
    # The whole of deepcopy for one value, for any memo mapping. When memo is an
    # exact dict, _native_deepcopy (_mempy_copy) does the memo lookup and copies
    # dicts, lists, tuples and atoms itself, without a frame per value, and hands
    # every other value to _deepcopy_object.
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    cls = type(x)
    # The common builtin containers are copied inline: a call per element is what a
    # deep copy of nested data spends its time on.
    if cls in _OWN_DEEP_COPY:
        return x
    if cls is dict:
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is list:
        result = []
        memo[key] = result
        put = result.append
        for item in x:
            put(deepcopy(item, memo))
    elif cls is tuple:
        parts = [deepcopy(item, memo) for item in x]
        # A cycle through the items may already have produced this tuple's copy.
        try:
            return memo[key]
        except KeyError:
            pass
        # A tuple whose items all copied to themselves is its own copy.
        result = x
        i = 0
        for item in x:
            if parts[i] is not item:
                result = tuple(parts)
                break
            i += 1
    else:
        return _deepcopy_object(x, memo)
    # An object that is its own copy is not remembered.
    if result is not x:
        memo[key] = result
        # The memo also keeps every original alive while it lives, so that no id
        # used as a key can be reused by a new object during the copy.
        try:
            memo[id(memo)].append(x)
        except KeyError:
            memo[id(memo)] = [x]
    return result


def _deepcopy_object(x, memo):
    # deepcopy of a value the memo does not know that is no builtin container:
    # its __deepcopy__ hook or its reduction.
    cls = type(x)
    if cls in _OWN_DEEP_COPY:
        return x
    if cls is _MethodType:
        # The same function bound to a copy of the receiver.
        result = x.__func__.__get__(deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        result = x
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            result = hook(memo)
        else:
            # A weak reference is its own copy (weakref.ref has no __deepcopy__,
            # so asking first changes nothing). No weak reference can exist before
            # weakref is imported.
            wr = sys.modules.get("weakref")
            if wr is not None and cls is wr.ref:
                return x
            recipe = _reduce_for_copy(x, cls, "deep")
            if isinstance(recipe, str):
                result = x
            else:
                result = _replay(x, memo, *recipe)
    if result is not x:
        memo[id(x)] = result
        try:
            memo[id(memo)].append(x)
        except KeyError:
            memo[id(memo)] = [x]
    return result


def _set_state(obj, state):
    """Gives a freshly made obj the state of its original: through __setstate__ when
    it has one, else into its __dict__ and, for a (dict, slots) pair, its slots."""
    hook = getattr(obj, "__setstate__", None)
    if hook is not None:
        hook(state)
        return
    slots = None
    if isinstance(state, tuple):
        if len(state) == 2:
            state, slots = state
    if state is not None:
        obj.__dict__.update(state)
    if slots is not None:
        for attr in slots:
            setattr(obj, attr, slots[attr])


def _replay(original, memo, maker, args, state=None, listitems=None, dictitems=None):
    """Carries out a reduction of original; the copy is deep when memo is a dict."""
    if memo is None:
        made = maker(*args)
        if state is not None:
            _set_state(made, state)
        if listitems is not None:
            for item in listitems:
                made.append(item)
        if dictitems is not None:
            for k, v in dictitems:
                made[k] = v
        return made

    if args:
        # Each argument on its own, as CPython's _reconstruct does.
        args = [deepcopy(arg, memo) for arg in args]
    made = maker(*args)
    # Registered before the state is copied, which may refer back to the original.
    memo[id(original)] = made
    if state is not None:
        _set_state(made, deepcopy(state, memo))
    if listitems is not None:
        for item in listitems:
            made.append(deepcopy(item, memo))
    if dictitems is not None:
        for k, v in dictitems:
            made[deepcopy(k, memo)] = deepcopy(v, memo)
    return made
