# The Python half of mempy's `weakref` module, mirroring CPython's `weakref`:
# finalize, WeakValueDictionary, WeakKeyDictionary, WeakSet and the proxy types,
# built on the native `ref` (written from the documented behaviour).
# Runs in the namespace of the native module, so `ref` is already defined here.

import atexit as _atexit
import gc as _gc
import sys as _sys


# ----- weak dictionaries --------------------------------------------------------------
# Both keep their entries in a plain dict `data`. While one of their iterators is
# suspended, an entry whose referent dies is not deleted (that would change `data`
# under the iterator): its key goes to `_pending_removals`, and the removals are made
# when the last iterator finishes or the next mutating method runs. len() already
# leaves the pending entries out (CPython's _IterationGuard and _pending_removals).


class _Iterating:
    # `with _Iterating(d):` around a loop over `d.data` inside a generator: counts the
    # suspended iterators of `d`; the last one to finish (or be closed when dropped)
    # makes the deferred removals.
    __slots__ = ("owner",)

    def __init__(self, owner):
        self.owner = owner

    def __enter__(self):
        self.owner._iterating += 1

    def __exit__(self, *exc):
        d = self.owner
        d._iterating -= 1
        if not d._iterating and d._pending_removals:
            d._commit_removals()


def _drop_if_dead(data, key):
    # Deletes data[key] when it is a dead reference (the entry may have been replaced
    # by a live one since its old value died).
    wr = data.get(key)
    if wr is not None and wr() is None:
        del data[key]


def _is_mapping(other):
    from collections.abc import Mapping
    return isinstance(other, (Mapping, WeakValueDictionary, WeakKeyDictionary))


class WeakValueDictionary:
    """Mapping whose values are held by weak references: an entry vanishes when its
    value dies (by refcount or by the cycle collector)."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, key, selfref=ref(self)):
            # The callback of every value's reference (through _keyed); no closure,
            # so it keeps nothing alive but the dictionary's weak reference.
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(key)
                else:
                    _drop_if_dead(self.data, key)
        self._remove = remove
        self._pending_removals = []
        self._iterating = 0
        self.data = {}
        self.update(other, **kw)

    def _keyed(self, key, value):
        return ref(value, lambda wr, key=key, remove=self._remove: remove(wr, key))

    def _commit_removals(self):
        pending, data = self._pending_removals, self.data
        while pending:
            _drop_if_dead(data, pending.pop())

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = self._keyed(key, value)

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        # Makes the deferred removals even while an iterator is suspended (which
        # then fails on its next step, as CPython 3.11's does).
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        wr = self.data.get(key)
        o = None if wr is None else wr()
        return default if o is None else o

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        wr = self.data.pop(key, None)
        o = None if wr is None else wr()
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        wr = self.data.get(key)
        o = None if wr is None else wr()
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = self._keyed(key, default)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        data = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                data[key] = self._keyed(key, o)
        for key, o in kwargs.items():
            data[key] = self._keyed(key, o)

    def clear(self):
        self._pending_removals.clear()
        self.data.clear()

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        with _Iterating(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        # The keys are copied, the values (held weakly) are shared.
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        new = self.__class__()
        with _Iterating(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[deepcopy(key, memo)] = o
        return new

    def __eq__(self, other):
        # Mapping equality (collections.abc.Mapping.__eq__; CPython's weak
        # dictionaries are MutableMappings): the live items as a dict. Defining it
        # also leaves the class unhashable, as CPython's.
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if _is_mapping(other):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented

    # The views are generators over `data`: deaths while one is suspended are
    # deferred (see _Iterating).
    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _Iterating(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    yield key, o

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _Iterating(self):
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key

    __iter__ = keys

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _Iterating(self):
            for wr in self.data.values():
                o = wr()
                if o is not None:
                    yield o

    def itervaluerefs(self):
        """An iterator over the weak references to the values (some may be dead)."""
        if self._pending_removals:
            self._commit_removals()
        with _Iterating(self):
            yield from self.data.values()

    def valuerefs(self):
        """A list of the weak references to the values (some may be dead)."""
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())


class WeakKeyDictionary:
    """Mapping whose keys are held by weak references: an entry vanishes when its key
    dies. Keys are compared by equality of their referents, as in CPython."""

    def __init__(self, dict=None):
        def remove(wr, selfref=ref(self)):
            # The callback of every key's reference; no closure (see above).
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(wr)
                else:
                    self.data.pop(wr, None)
        self._remove = remove
        self._pending_removals = []
        self._iterating = 0
        # An explicit removal may have taken out an entry that is also pending:
        # len() then drops the pending keys no longer present first.
        self._dirty_len = False
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending, data = self._pending_removals, self.data
        while pending:
            data.pop(pending.pop(), None)
        self._dirty_len = False

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            data = self.data
            self._pending_removals = [wr for wr in self._pending_removals if wr in data]
            self._dirty_len = False
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def popitem(self):
        self._dirty_len = True
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        data = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                data[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self._dirty_len = True
        self.data.clear()

    def copy(self):
        new = WeakKeyDictionary()
        with _Iterating(self):
            for wr, value in self.data.items():
                o = wr()
                if o is not None:
                    new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        # The keys (held weakly) are shared, the values are copied.
        from copy import deepcopy
        new = self.__class__()
        with _Iterating(self):
            for wr, value in self.data.items():
                o = wr()
                if o is not None:
                    new[o] = deepcopy(value, memo)
        return new

    def __eq__(self, other):
        # Mapping equality, as WeakValueDictionary's.
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if _is_mapping(other):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented

    def items(self):
        with _Iterating(self):
            for wr, value in self.data.items():
                o = wr()
                if o is not None:
                    yield o, value

    def keys(self):
        with _Iterating(self):
            for wr in self.data:
                o = wr()
                if o is not None:
                    yield o

    __iter__ = keys

    def values(self):
        with _Iterating(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys (some may be dead)."""
        return list(self.data)


ReferenceType = ref


class WeakMethod(ref):
    """A weak reference to a bound method: a bound method is made anew on each
    attribute access, so a plain `ref` to one dies at once. This is a `ref` to
    the method's object that also holds its function weakly, and rebuilds the
    method when called; it is dead once either has died."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def part_died(wr):
            # The callback of both references: the first of the object and the
            # function to die makes the method dead and runs `callback` once.
            me = selfref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, part_died)
        self._func_ref = ref(func, part_died)
        self._meth_type = type(meth)
        self._alive = True
        selfref = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class _Pending:
    # What a live finalizer will run, and its creation order (exit runs
    # newest first).
    __slots__ = ("target", "func", "args", "kwargs", "at_exit", "serial")


class finalize:
    """Run func(*args, **kwargs) at most once: when obj dies, when the
    finalizer is called, or at interpreter exit while its atexit is true,
    whichever comes first (CPython's weakref.finalize)."""

    __slots__ = ()

    # Class-wide state: the live finalizers and their records.
    _live = {}
    _serial = 0
    _exiting = False
    _changed = False        # _live gained entries since the exit queue was built
    _hooked = False         # the exit hook is registered with atexit

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._hooked:
            _atexit.register(finalize._run_at_exit)
            finalize._hooked = True
        rec = _Pending()
        # The finalizer itself is the weak reference's callback.
        rec.target = ref(obj, self)
        rec.func, rec.args, rec.kwargs = func, args, kwargs or None
        rec.at_exit = True
        rec.serial = finalize._serial
        finalize._serial += 1
        finalize._live[self] = rec
        finalize._changed = True

    def __call__(self, _=None):
        """Run the callback now if still alive; return its result."""
        rec = finalize._live.pop(self, None)
        if rec is not None and not finalize._exiting:
            return rec.func(*rec.args, **(rec.kwargs or {}))

    def _snapshot(self, forget):
        rec = finalize._live.get(self)
        target = rec.target() if rec is not None else None
        if target is None:
            return None
        if forget and finalize._live.pop(self, None) is None:
            return None
        return (target, rec.func, rec.args, rec.kwargs or {})

    def detach(self):
        """Kill the finalizer without running it: (obj, func, args, kwargs) if it was alive."""
        return self._snapshot(True)

    def peek(self):
        """(obj, func, args, kwargs) if alive, else None."""
        return self._snapshot(False)

    @property
    def alive(self):
        """Whether the finalizer has yet to run."""
        return self in finalize._live

    @property
    def atexit(self):
        """Whether the callback runs at interpreter exit if still alive then."""
        rec = finalize._live.get(self)
        return rec is not None and rec.at_exit

    @atexit.setter
    def atexit(self, value):
        rec = finalize._live.get(self)
        if rec is not None:
            rec.at_exit = bool(value)

    def __repr__(self):
        rec = finalize._live.get(self)
        target = rec.target() if rec is not None else None
        me = '<%s object at %#x' % (type(self).__name__, id(self))
        if target is None:
            return me + '; dead>'
        return me + '; for %r at %#x>' % (type(target).__name__, id(target))

    @staticmethod
    def _exit_queue():
        chosen = sorted((rec.serial, fin) for fin, rec in finalize._live.items()
                        if rec.at_exit)
        return [fin for _, fin in chosen]

    @staticmethod
    def _run_at_exit():
        # Run the live atexit finalizers newest first, with the cycle collector
        # paused so it cannot run some of them out of order meanwhile. A
        # callback may create finalizers: the queue is then rebuilt.
        paused = False
        try:
            if finalize._live:
                paused = _gc.isenabled()
                if paused:
                    _gc.disable()
                queue = None
                while True:
                    if queue is None or finalize._changed:
                        queue = finalize._exit_queue()
                        finalize._changed = False
                    if not queue:
                        break
                    fin = queue.pop()
                    # One that fails is reported and the others still run.
                    try:
                        fin()
                    except Exception:
                        _sys.excepthook(*_sys.exc_info())
        finally:
            finalize._exiting = True
            if paused:
                _gc.enable()


# ----- proxies -----------------------------------------------------------------------
# A proxy holds only a weak reference and forwards attribute access and operators to
# the referent (CPython's Objects/weakrefobject.c proxy types); once the referent is
# gone every use raises ReferenceError.

def _referent(proxy):
    obj = proxy._wr()
    if obj is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return obj


def _unary(name):
    def method(self):
        return getattr(_referent(self), name)()
    method.__name__ = name
    return method


def _binary(op):
    def method(self, other):
        if isinstance(other, (ProxyType, CallableProxyType)):
            other = _referent(other)
        return op(_referent(self), other)
    return method


def _rbinary(op):
    def method(self, other):
        return op(other, _referent(self))
    return method


def _inplace(op):
    def method(self, other):
        obj = _referent(self)
        result = op(obj, other)
        return self if result is obj else result
    return method


class ProxyType:
    # CPython's proxy is a `PyWeakReference` with no dict: six words after the
    # object header (referent, callback, hash, the referent's list links,
    # vectorcall), so `sys.getsizeof` of a proxy is a weak reference's. Here the
    # slots hold the reference to the referent and the proxy's own weakref list;
    # the rest only give the object CPython's size.
    __slots__ = ('_wr', '__weakref__', '_callback', '_hash', '_wr_prev', '_wr_next')

    def __init__(self, wr):
        object.__setattr__(self, '_wr', wr)

    # mempy looks attributes up on the proxy first (it has no __getattribute__
    # override), so only the names the proxy class itself defines are not forwarded.
    def __getattr__(self, name):
        return getattr(_referent(self), name)

    # `__class__` too is the referent's (CPython's proxy forwards every attribute), so
    # isinstance() sees the referent's class; a dead proxy raises ReferenceError.
    @property
    def __class__(self):
        return _referent(self).__class__

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        # CPython 3.11's proxy_repr: no quotes, and a dead proxy's referent reads as
        # None (`to NoneType at <id(None)>`).
        obj = self._wr()
        me = object.__repr__(self)
        addr = me[me.rfind(' at ') + 4:-1]
        return '<weakproxy at %s to %s at %#x>' % (addr, type(obj).__name__, id(obj))

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        obj = _referent(self)
        if not hasattr(type(obj), '__next__'):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(obj).__name__)
        return next(obj)

    def __reversed__(self):
        return reversed(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __index__(self):
        return _referent(self).__index__()

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))

    def __abs__(self):
        return abs(_referent(self))

    def __neg__(self):
        return -_referent(self)

    def __pos__(self):
        return +_referent(self)

    def __invert__(self):
        return ~_referent(self)

    def __enter__(self):
        return _referent(self).__enter__()

    def __exit__(self, *exc):
        return _referent(self).__exit__(*exc)


def _install_operators():
    import operator as op
    for name, fn in [('add', op.add), ('sub', op.sub), ('mul', op.mul),
                     ('truediv', op.truediv), ('floordiv', op.floordiv),
                     ('mod', op.mod), ('pow', op.pow), ('matmul', op.matmul),
                     ('lshift', op.lshift), ('rshift', op.rshift),
                     ('and', op.and_), ('or', op.or_), ('xor', op.xor)]:
        setattr(ProxyType, '__%s__' % name, _binary(fn))
        setattr(ProxyType, '__r%s__' % name, _rbinary(fn))
    for name, fn in [('iadd', op.iadd), ('isub', op.isub), ('imul', op.imul),
                     ('itruediv', op.itruediv), ('ifloordiv', op.ifloordiv),
                     ('imod', op.imod), ('ipow', op.ipow), ('imatmul', op.imatmul),
                     ('ilshift', op.ilshift), ('irshift', op.irshift),
                     ('ior', op.ior), ('iand', op.iand), ('ixor', op.ixor)]:
        setattr(ProxyType, '__%s__' % name, _inplace(fn))
    for name, fn in [('eq', op.eq), ('ne', op.ne), ('lt', op.lt), ('le', op.le),
                     ('gt', op.gt), ('ge', op.ge)]:
        setattr(ProxyType, '__%s__' % name, _binary(fn))
    ProxyType.__hash__ = _proxy_hash


def _proxy_hash(self):
    raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


_install_operators()


# id(referent) -> weak reference to its callback-less proxy, which is shared while it
# lives, as CPython shares it (and the callback-less `ref`).
_shared_proxies = {}


def _forget_shared(key, me):
    # The shared proxy `me` refers to died, or its referent did: drop its entry
    # unless a newer proxy took the slot.
    if _shared_proxies.get(key) is me:
        del _shared_proxies[key]


def _proxy_died(wr, me, callback, key):
    # The callback of a proxy's own reference (no closure): the referent died, so the
    # user's callback gets the proxy (if it is still alive), as in CPython, where
    # the proxy is the weak reference.
    if key is not None:
        _forget_shared(key, me)
    if callback is not None:
        p = me()
        if p is not None:
            callback(p)


def proxy(object, callback=None):
    """Create a proxy object that weakly references 'object'."""
    if isinstance(object, (ProxyType, CallableProxyType)):
        return object
    key = None
    if callback is None:
        key = id(object)
        held = _shared_proxies.get(key)
        p = None if held is None else held()
        if p is not None and p._wr() is object:
            return p
    cls = CallableProxyType if callable(object) else ProxyType
    p = cls.__new__(cls)
    if key is None:
        me = ref(p)
    else:
        me = ref(p, lambda me, key=key: _forget_shared(key, me))
    # The proxy's reference always has a callback, so it is its own weak reference
    # of `object` (counted by getweakrefcount), never the shared plain `ref`.
    wr = ref(object, lambda wr, me=me, callback=callback, key=key:
             _proxy_died(wr, me, callback, key))
    ProxyType.__init__(p, wr)      # (`object` is the argument here)
    if key is not None:
        _shared_proxies[key] = me
    return p


# Both proxy classes, for isinstance checks.
ProxyTypes = ProxyType, CallableProxyType


# ----- WeakSet -----------------------------------------------------------------------

class WeakSet:
    """A set holding its elements through weak references: an element that
    dies drops out (CPython's WeakSet, from its _weakrefset module). The
    references live in the set `data`."""

    def __init__(self, data=None):
        self.data = set()
        owner = ref(self)

        def forget(dead):
            # Callback of each element's reference; must not keep the set alive.
            me = owner()
            if me is not None:
                me.data.discard(dead)

        self._remove = forget
        if data is not None:
            self.update(data)

    def _plain_refs(self, items):
        # References for lookups and comparisons (no callback needed).
        return {ref(item) for item in items}

    def __iter__(self):
        for held in list(self.data):
            item = held()
            if item is not None:
                yield item

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False        # cannot be weakly referenced: cannot be here
        return probe in self.data

    def __repr__(self):
        return repr(self.data)

    # -- single elements

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def pop(self):
        while self.data:
            item = self.data.pop()()
            if item is not None:
                return item
        raise KeyError('pop from empty WeakSet')

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    # -- in-place set algebra

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            for item in other:
                self.data.discard(ref(item))
        return self

    def __iand__(self, other):
        self.data &= self._plain_refs(other)
        return self

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data ^= {ref(item, self._remove) for item in other}
        return self

    def difference_update(self, other):
        self.__isub__(other)

    def intersection_update(self, other):
        self.__iand__(other)

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    # -- set algebra making new sets

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    def difference(self, other):
        result = self.copy()
        result.__isub__(other)
        return result

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    def symmetric_difference(self, other):
        result = self.copy()
        result.__ixor__(other)
        return result

    __or__ = union
    __sub__ = difference
    __and__ = intersection
    __xor__ = symmetric_difference

    # -- comparisons (on the references, which compare by their referents)

    def issubset(self, other):
        return self.data <= self._plain_refs(other)

    def issuperset(self, other):
        return self.data >= self._plain_refs(other)

    __le__ = issubset
    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < self._plain_refs(other)

    def __gt__(self, other):
        return self.data > self._plain_refs(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._plain_refs(other)

    def isdisjoint(self, other):
        return not self.intersection(other)


WeakSet.__module__ = '_weakrefset'
