# The Python half of mempy's `weakref` module, mirroring CPython's `weakref`:
# finalize, WeakValueDictionary, WeakKeyDictionary, WeakSet and the proxy types,
# built on the native `ref` (written from the documented behaviour).
# Runs in the namespace of the native module, so `ref` is already defined here.

import atexit as _atexit
import gc as _gc
import sys as _sys


def _remove_value(selfref, key, wr):
    # Callback of a WeakValueDictionary entry: drop it if it still holds `wr`.
    self = selfref()
    if self is not None:
        pending = _snapshots.get(id(self))
        if pending is not None:
            pending.append((key, wr))
        elif self._d.get(key) is wr:
            del self._d[key]


def _remove_key(selfref, wr):
    self = selfref()
    if self is not None:
        pending = _snapshots.get(id(self))
        if pending is not None:
            pending.append((wr, None))
        elif wr in self._d:
            del self._d[wr]


# id of a weak dictionary being copied by _snapshot -> the removals deferred meanwhile.
_snapshots = {}


def _snapshot(self):
    # The entries of a weak dictionary as a list. An entry whose referent dies while
    # the list is being made (its callback run by a collection, or by another thread
    # freeing it) is removed after, not during, the copy (CPython's _IterationGuard
    # and _pending_removals do the same).
    key = id(self)
    if key in _snapshots:
        return list(self._d.items())
    _snapshots[key] = pending = []
    try:
        return list(self._d.items())
    finally:
        del _snapshots[key]
        for k, wr in pending:
            if wr is None:
                self._d.pop(k, None)
            elif self._d.get(k) is wr:
                del self._d[k]


class WeakValueDictionary:
    """Mapping whose values are held by weak references: an entry vanishes when its
    value dies (by refcount or by the cycle collector)."""

    def __init__(self, other=(), **kw):
        self._d = {}
        self._selfref = ref(self)
        self.update(other, **kw)

    def _ref(self, key, value):
        return ref(value, lambda wr, selfref=self._selfref, key=key: _remove_value(selfref, key, wr))

    def __getitem__(self, key):
        o = self._d[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self._d[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self._d[key]

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        wr = self._d.get(key)
        return wr is not None and wr() is not None

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)

    def get(self, key, default=None):
        wr = self._d.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *args):
        wr = self._d.pop(key, None)
        o = None if wr is None else wr()
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self._d.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, **kwargs):
        if other is not None:
            if hasattr(other, "keys"):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k in kwargs:
            self[k] = kwargs[k]

    def clear(self):
        self._d.clear()

    def copy(self):
        new = WeakValueDictionary()
        for key, o in self.items():
            new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        # The keys are copied, the values (held weakly) are shared.
        from copy import deepcopy
        new = self.__class__()
        for key, o in self.items():
            new[deepcopy(key, memo)] = o
        return new

    def __eq__(self, other):
        # Mapping equality (collections.abc.Mapping.__eq__; CPython's weak
        # dictionaries are MutableMappings): the live items as a dict. Defining it
        # also leaves the class unhashable, as CPython's.
        from collections.abc import Mapping
        if not isinstance(other, (Mapping, WeakValueDictionary, WeakKeyDictionary)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def items(self):
        out = []
        for key, wr in _snapshot(self):
            o = wr()
            if o is not None:
                out.append((key, o))
        return out

    def keys(self):
        return [k for k, _ in self.items()]

    def values(self):
        return [o for _, o in self.items()]

    def __iter__(self):
        return iter(self.keys())

    def keyrefs(self):
        return list(self._d.keys())

    def itervaluerefs(self):
        return iter(list(self._d.values()))

    def valuerefs(self):
        return list(self._d.values())


class WeakKeyDictionary:
    """Mapping whose keys are held by weak references: an entry vanishes when its key
    dies. Keys are compared by equality of their referents, as in CPython."""

    def __init__(self, dict=None):
        self._d = {}
        self._selfref = ref(self)
        if dict is not None:
            self.update(dict)

    def _ref(self, key):
        return ref(key, lambda wr, selfref=self._selfref: _remove_key(selfref, wr))

    def __getitem__(self, key):
        return self._d[ref(key)]

    def __setitem__(self, key, value):
        self._d[self._ref(key)] = value

    def __delitem__(self, key):
        del self._d[ref(key)]

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self._d

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)

    def get(self, key, default=None):
        return self._d.get(ref(key), default)

    def pop(self, key, *args):
        return self._d.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, value = self._d.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        wr = ref(key)
        if wr in self._d:
            return self._d[wr]
        self[key] = default
        return default

    def update(self, dict=None, **kwargs):
        if dict is not None:
            if hasattr(dict, "keys"):
                for k in dict.keys():
                    self[k] = dict[k]
            else:
                for k, v in dict:
                    self[k] = v
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self._d.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        # The keys (held weakly) are shared, the values are copied.
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new

    def __eq__(self, other):
        # Mapping equality (collections.abc.Mapping.__eq__; CPython's weak
        # dictionaries are MutableMappings): the live items as a dict. Defining it
        # also leaves the class unhashable, as CPython's.
        from collections.abc import Mapping
        if not isinstance(other, (Mapping, WeakValueDictionary, WeakKeyDictionary)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def items(self):
        out = []
        for wr, value in _snapshot(self):
            o = wr()
            if o is not None:
                out.append((o, value))
        return out

    def keys(self):
        return [k for k, _ in self.items()]

    def values(self):
        return [v for _, v in self.items()]

    def __iter__(self):
        return iter(self.keys())

    def keyrefs(self):
        return list(self._d.keys())


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
                    queue.pop()()
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
        obj = self._wr()
        me = object.__repr__(self)
        addr = me[me.rfind(' at ') + 4:-1]
        if obj is None:
            return '<weakproxy at %s; dead>' % addr
        return '<weakproxy at %s; to %r at %#x>' % (addr, type(obj).__name__, id(obj))

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
        return next(_referent(self))

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
                     ('imod', op.imod), ('ior', op.ior), ('iand', op.iand),
                     ('ixor', op.ixor)]:
        setattr(ProxyType, '__%s__' % name, _inplace(fn))
    for name, fn in [('eq', op.eq), ('ne', op.ne), ('lt', op.lt), ('le', op.le),
                     ('gt', op.gt), ('ge', op.ge)]:
        setattr(ProxyType, '__%s__' % name, _binary(fn))
    ProxyType.__hash__ = _proxy_hash


def _proxy_hash(self):
    raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


_install_operators()


def proxy(object, callback=None):
    """Create a proxy object that weakly references 'object'."""
    if isinstance(object, (ProxyType, CallableProxyType)):
        return object
    wr = ref(object) if callback is None else ref(object, callback)
    if callable(object):
        return CallableProxyType(wr)
    return ProxyType(wr)


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
