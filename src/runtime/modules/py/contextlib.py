"""mempy's stand-in for CPython's `contextlib` module (compiled from this source
at first import).

Owns: contextmanager, ContextDecorator, AbstractContextManager, closing,
nullcontext, suppress, redirect_stdout, redirect_stderr, chdir and ExitStack, and
the async variants asynccontextmanager, AsyncContextDecorator, aclosing,
AbstractAsyncContextManager and AsyncExitStack (nullcontext is both).
Written for mempy from the documented behaviour; class names, error messages and
what each `with` block does on success, on an exception and on re-entry are
CPython's.
"""

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]

import abc as _abc
import sys as _sys
from functools import wraps as _wraps


class AbstractContextManager(_abc.ABC):
    """Base class for context managers: __enter__ gives back self, __exit__ is
    abstract; any class with both methods counts as a subclass."""

    __slots__ = ()

    def __class_getitem__(cls, item):
        # `X[int]` is a types.GenericAlias, as CPython's classmethod(GenericAlias).
        import types
        return types.GenericAlias(cls, item)

    def __enter__(self):
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value,
                 traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        # Structural: a class providing __enter__ and __exit__ (neither set to
        # None) is a context manager.
        if cls is AbstractContextManager:
            from _collections_abc import _check_methods
            return _check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(_abc.ABC):
    """Base class for async context managers: __aenter__ gives back self,
    __aexit__ is abstract; any class with both methods counts as a subclass."""

    __slots__ = ()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    async def __aenter__(self):
        return self

    @_abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            from _collections_abc import _check_methods
            return _check_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class AsyncContextDecorator:
    """Mixin letting an async context manager decorate a coroutine function:
    each call runs inside an `async with` of the manager."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def run_inside(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return run_inside


class ContextDecorator:
    """Mixin letting a context manager be used as a function decorator: the
    decorated function runs inside a `with` of the manager."""

    def _recreate_cm(self):
        # The manager to use for one call; the generator-based ones make a
        # fresh one each time.
        return self

    def __call__(self, func):
        @_wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_inside


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """What calling a @contextmanager function returns: the code before the
    generator's yield runs on entry, the code after it on exit."""

    def __init__(self, func, args,
                 kwds):
        self._factory = (func, args, kwds)
        self.gen = func(*args, **kwds)
        # The instance documents itself with the decorated function's docstring.
        own = getattr(func, "__doc__", None)
        if own is None:
            own = type(self).__doc__
        self.__doc__ = own

    def _recreate_cm(self):
        return type(self)(*self._factory)

    def __enter__(self):
        self._factory = None    # one-shot from here on
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value,
                 traceback):
        if typ is None:
            # A clean exit: the generator must finish without yielding again;
            # if it does yield, it is closed (no longer suspended) as the
            # RuntimeError leaves.
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()       # the exception was given as a class only
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as stop:
            # The generator finished: the exception was handled there, unless
            # what ended it is the very StopIteration we sent in.
            return stop is not value
        except RuntimeError as err:
            # A StopIteration raised inside a generator comes back as a
            # RuntimeError whose cause is it: that still is "not handled".
            # The exception going on keeps the traceback it came with, not
            # the frames of the generator and of this method.
            if err is value:
                err.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and err.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            err.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """Decorator turning a one-yield generator function into a factory of
    context managers."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args=args, kwds=kwds)
    return helper


class _AsyncGeneratorContextManager(AsyncContextDecorator,
                                   AbstractAsyncContextManager):
    """What calling an @asynccontextmanager function returns: the async
    generator's code before its yield runs on entry, the rest on exit."""

    def __init__(self, func, args, kwds):
        self._factory = (func, args, kwds)
        self.gen = func(*args, **kwds)
        own = getattr(func, "__doc__", None)
        if own is None:
            own = type(self).__doc__
        self.__doc__ = own

    def _recreate_cm(self):
        return type(self)(*self._factory)

    async def __aenter__(self):
        self._factory = None    # one-shot from here on
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as stop:
            return stop is not value
        except RuntimeError as err:
            # As in the sync version: the exception sent in, or a
            # Stop(Async)Iteration turned into RuntimeError, is "not handled".
            if err is value:
                err.__traceback__ = traceback
                return False
            if (isinstance(value, (StopIteration, StopAsyncIteration))
                    and err.__cause__ is value):
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            err.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def asynccontextmanager(func):
    """Decorator turning a one-yield async generator function into a factory
    of async context managers."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class aclosing(AbstractAsyncContextManager):
    """`async with aclosing(x) as y:` gives y = x and awaits x.aclose() at
    the end."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class closing(AbstractContextManager):
    """`with closing(x) as y:` gives y = x and calls x.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class suppress(AbstractContextManager):
    """Swallow the listed exception types raised in the block."""

    def __init__(self, *exceptions):
        self._kinds = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype,
                 excinst, exctb):
        # True (swallowed) only for an exception of one of the listed kinds.
        if exctype is None:
            return False
        return issubclass(exctype, self._kinds)


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` gives enter_result."""

    def __init__(self,
                 enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class _SwapSysStream(AbstractContextManager):
    # Puts a new object in place of sys.<_attr> for the block; the replaced
    # ones are stacked so the same object can be entered again while active.
    _attr = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        import sys
        self._saved.append(getattr(sys, self._attr))
        setattr(sys, self._attr, self._target)
        return self._target

    def __exit__(self, exctype, excinst, exctb):
        import sys
        setattr(sys, self._attr, self._saved.pop())


class redirect_stdout(_SwapSysStream):
    """Send what is written to sys.stdout in the block to another file."""
    _attr = "stdout"


class redirect_stderr(_SwapSysStream):
    """Send what is written to sys.stderr in the block to another file."""
    _attr = "stderr"


class chdir(AbstractContextManager):
    """Work in another directory for the block (changes the whole process's
    current directory)."""

    def __init__(self, path):
        self.path = path
        self._came_from = []

    def __enter__(self):
        import os
        self._came_from.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._came_from.pop())


class _BaseExitStack:
    """What ExitStack and AsyncExitStack share: the registered callbacks."""

    def __init__(self):
        # (is_sync, callback) pairs, last registered last (CPython's layout,
        # which test suites look at); every callback takes the three
        # __exit__ arguments.
        self._exit_callbacks = []

    def pop_all(self):
        """Hand every registered callback to a new stack, leaving this one
        empty."""
        other = type(self)()
        other._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return other

    def push(self, exit):
        """Register an __exit__-style callable, or an object whose class has
        __exit__ (the object is not entered)."""
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            # Not a context manager by its class (an __exit__ set on the
            # instance does not count): the object itself is the callback.
            self._exit_callbacks.append((True, exit))
        else:
            self._push_exit_of(exit, method)
        return exit

    def enter_context(self, cm):
        """Enter `cm` and register its exit; returns what __enter__ gave."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            leave = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context "
                            "manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        value = enter(cm)
        self._push_exit_of(cm, leave)
        return value

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at unwinding; it does not
        see the exception and cannot suppress it."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        # The wrapped callable, for introspection; the wrapper has its own name
        # and no docstring.
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    def _push_exit_of(self, cm, method):
        # The class's __exit__ bound to the manager: its __self__ is `cm`.
        from types import MethodType
        self._exit_callbacks.append((True, MethodType(method, cm)))



class ExitStack(_BaseExitStack, AbstractContextManager):
    """Collects exit callbacks and context managers as the block goes, and
    unwinds them in reverse order when it ends (or on close())."""

    def close(self):
        """Unwind now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        given = exc_details[0] is not None
        # The exception being handled around the `with` (if any): a callback's
        # exception gets it as the end of its context chain, and that link is
        # moved to the exception unwinding had before, as if the callbacks were
        # nested `with` blocks.
        outer = _sys.exc_info()[1]

        def relink(new, previous):
            while True:
                ctx = new.__context__
                if ctx is None or ctx is previous:
                    return
                if ctx is outer:
                    break
                new = ctx
            new.__context__ = previous

        suppressed = False
        raising = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    raising = False
                    exc_details = (None, None, None)
            except:
                new_details = _sys.exc_info()
                relink(new_details[1], exc_details[1])
                raising = True
                exc_details = new_details
        if raising:
            # A plain `raise` here would make the exception's context the one
            # handled around the `with`; keep the chain built above.
            exc = exc_details[1]
            kept = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = kept
                raise
        return given and suppressed


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for `async with`: also takes async context managers and
    coroutine callbacks, and unwinds with await (aclose, __aexit__)."""

    async def enter_async_context(self, cm):
        """Enter the async context manager `cm` and register its __aexit__."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            leave = cls.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous "
                            "context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        value = await enter(cm)
        self._push_async_exit_of(cm, leave)
        return value

    def push_async_exit(self, exit):
        """Register a coroutine function with __aexit__'s signature, or an
        object whose class has __aexit__ (the object is not entered)."""
        method = getattr(type(exit), "__aexit__", None)
        if method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._push_async_exit_of(exit, method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register `await callback(*args, **kwds)` to run at unwinding."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def _push_async_exit_of(self, cm, method):
        from types import MethodType
        self._exit_callbacks.append((False, MethodType(method, cm)))

    async def aclose(self):
        """Unwind now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        # ExitStack.__exit__ with the async callbacks awaited.
        given = exc_details[0] is not None
        outer = _sys.exc_info()[1]

        def relink(new, previous):
            while True:
                ctx = new.__context__
                if ctx is None or ctx is previous:
                    return
                if ctx is outer:
                    break
                new = ctx
            new.__context__ = previous

        suppressed = False
        raising = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    result = cb(*exc_details)
                else:
                    result = await cb(*exc_details)
                if result:
                    suppressed = True
                    raising = False
                    exc_details = (None, None, None)
            except:
                new_details = _sys.exc_info()
                relink(new_details[1], exc_details[1])
                raising = True
                exc_details = new_details
        if raising:
            exc = exc_details[1]
            kept = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = kept
                raise
        return given and suppressed
