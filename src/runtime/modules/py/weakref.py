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
