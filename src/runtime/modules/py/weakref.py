# The Python half of mempy's `weakref` module (mirrors CPython's Lib/weakref.py):
# finalize, WeakValueDictionary and WeakKeyDictionary, built on the native `ref`.
# Runs in the namespace of the native module, so `ref` is already defined here.

import atexit as _atexit
import gc as _gc
import sys as _sys


def _remove_value(selfref, key, wr):
    # Callback of a WeakValueDictionary entry: drop it if it still holds `wr`.
    self = selfref()
    if self is not None and self._d.get(key) is wr:
        del self._d[key]


def _remove_key(selfref, wr):
    self = selfref()
    if self is not None and wr in self._d:
        del self._d[wr]


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

    def items(self):
        out = []
        for key, wr in list(self._d.items()):
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

    def items(self):
        out = []
        for wr, value in list(self._d.items()):
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


class _Info:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """Class for finalization of weakrefable objects: calling the finalizer (or the
    death of the object, or interpreter exit when `atexit` is true) runs
    func(*args, **kwargs) at most once."""

    _registry = {}
    _shutdown = False
    _index = [0]
    _dirty = False
    _registered_with_atexit = False

    def __init__(self, obj, func, *args, **kwargs):
        if not finalize._registered_with_atexit:
            _atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = _Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._index[0]
        finalize._index[0] += 1
        finalize._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _select_for_exit():
        pending = [(i.index, f) for (f, i) in finalize._registry.items() if i.atexit]
        pending.sort(key=lambda item: item[0])
        return [f for (_, f) in pending]

    @staticmethod
    def _exitfunc():
        # Runs the live finalizers with atexit=True, newest first, with the cycle
        # collector disabled (as CPython's weakref.finalize._exitfunc).
        reenable_gc = False
        try:
            if finalize._registry:
                if _gc.isenabled():
                    reenable_gc = True
                    _gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = finalize._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    f()
        finally:
            finalize._shutdown = True
            if reenable_gc:
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


ProxyTypes = (ProxyType, CallableProxyType)


# ----- WeakSet -----------------------------------------------------------------------

class WeakSet:
    """A set whose elements are held by weak references: an element that dies leaves
    the set (CPython's Lib/_weakrefset.py)."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self -= other

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self &= other

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self ^= other

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


WeakSet.__module__ = '_weakrefset'
