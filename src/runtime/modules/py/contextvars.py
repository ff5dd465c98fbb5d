"""mempy's `contextvars` module, standing in for CPython's `_contextvars` C module.

Written for mempy from the documented behaviour of CPython 3.11 (PEP 567): ContextVar
(get/set/reset), Token (var, old_value, Token.MISSING), Context (run, copy, the
read-only mapping protocol) and copy_context().

Each thread has its own current context, as in CPython (a new thread starts in an
empty one): `_contexts` maps the thread's ident to it, and Context.run swaps the
entry. (The entry of a thread that ended stays until its ident is reused.) CPython keeps a context's variables
in an immutable HAMT so that copy_context() is O(1); here a context owns a plain dict
that copy() copies, which behaves the same (a copy never sees later changes of the
original, and vice versa). The classes report the module `_contextvars` and refuse
subclassing, as CPython's C types do.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

from types import GenericAlias as _GenericAlias

_NO_DEFAULT = object()


class _Final:
    __slots__ = ()

    # CPython's three types are not base types; `class X(ContextVar)` fails.
    def __init_subclass__(cls, **kwargs):
        if _Final in cls.__bases__:
            return
        base = cls.__mro__[1]
        raise TypeError(f"type '_contextvars.{base.__name__}' is not an acceptable base type")


class Context(_Final):
    __module__ = '_contextvars'
    __slots__ = ('_vars', '_prev', '_entered', '__weakref__')

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._vars = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        ident = _get_ident()
        self._prev = _current()
        self._entered = True
        _contexts[ident] = self
        try:
            return callable(*args, **kwargs)
        finally:
            _contexts[ident] = self._prev
            self._prev = None
            self._entered = False
            # CPython's run is C code with no frame; this one's frame can outlive
            # the call (as the f_back of a frame a traceback keeps), and must not
            # keep the callable (a task's step, so the task) alive through it.
            callable = args = kwargs = None

    def copy(self):
        new = Context()
        new._vars = self._vars.copy()
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._vars[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._vars.get(var, default)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


from _greenthread import get_ident as _get_ident

_contexts = {_get_ident(): Context()}


def _current():
    ident = _get_ident()
    ctx = _contexts.get(ident)
    if ctx is None:
        ctx = _contexts[ident] = Context()
    return ctx


def copy_context():
    return _current().copy()


class ContextVar(_Final):
    __module__ = '_contextvars'
    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, *args, **kwargs):
        # C's argument parser for `ContextVar(name, /, *, default=...)`: its
        # messages, in its order (too many in all, too many positional, the
        # name missing, then an unknown keyword).
        given = len(args) + len(kwargs)
        if given > 2:
            raise TypeError(f'ContextVar() takes at most 2 arguments ({given} given)')
        if len(args) > 1:
            raise TypeError('ContextVar() takes at most 1 positional argument '
                            f'({len(args)} given)')
        if not args:
            raise TypeError('ContextVar() takes exactly 1 positional argument (0 given)')
        for key in kwargs:
            if key != 'default':
                raise TypeError(f'{key!r} is an invalid keyword argument for ContextVar()')
        name = args[0]
        default = kwargs.get('default', _NO_DEFAULT)
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        try:
            return _current()._vars[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._vars.get(self, Token.MISSING)
        ctx._vars[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        if token._old is Token.MISSING:
            ctx._vars.pop(self, None)
        else:
            ctx._vars[self] = token._old

    def __repr__(self):
        parts = [f'name={self._name!r}']
        if self._default is not _NO_DEFAULT:
            parts.append(f'default={self._default!r}')
        return f"<ContextVar {' '.join(parts)} at 0x{id(self):x}>"

    def __hash__(self):
        return object.__hash__(self)

    __class_getitem__ = classmethod(_GenericAlias)


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token(_Final):
    __module__ = '_contextvars'
    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _Missing()

    def __init__(self, *args, **kwargs):
        if len(args) != 3 or kwargs:
            raise RuntimeError('Tokens can only be created by ContextVars')
        self._ctx, self._var, self._old = args
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    __class_getitem__ = classmethod(_GenericAlias)
