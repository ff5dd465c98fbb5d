"""mempy's `threading` (CPython's Lib/threading.py) over mempy's `_thread`: Thread,
the synchronisation objects (Lock, RLock, Condition, Semaphore, BoundedSemaphore,
Event, Barrier), Timer, local, excepthook and the module functions.

Threads are green threads (see `_thread`): one runs at a time and the interpreter
switches when the running one blocks, ends, or has run for the switch interval. An
exception escaping a thread goes to `threading.excepthook`, which prints CPython's
"Exception in thread NAME:" report. Waiting with no timeout while every other thread
waits too raises RuntimeError (deadlock) instead of hanging.
Left out: the `setprofile`/`settrace` `all_threads` variants of 3.12.
"""

import sys as _sys
import _thread
import _greenthread
from time import monotonic as _time
from _collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile', 'get_native_id']

# Taken from _thread as they are.
from _thread import (get_ident, get_native_id, stack_size, TIMEOUT_MAX,
                     allocate_lock as Lock, error as ThreadError, _local as local,
                     RLock as _CRLock)
# An older name some code reaches for.
_allocate_lock = Lock

_profile_hook = None
_trace_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def RLock(*args, **kwargs):
    return _CRLock(*args, **kwargs)


def _deprecated(old, new):
    import warnings
    warnings.warn(f'{old}() is deprecated, {new}', DeprecationWarning, stacklevel=3)


class Condition:
    """A condition variable over a lock (an RLock unless one is given)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            if hasattr(lock, name):
                setattr(self, name, getattr(lock, name))
        # One held lock per waiting thread; notify releases them in order.
        self._waiters = _deque()
        # What a wait is called in the deadlock error.
        self._waiting_for = 'Condition.wait()'

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f'<Condition({self._lock}, {len(self._waiters)})>'

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _must_own(self, what):
        # Waiting and notifying are only for the holder of the lock.
        if not self._is_owned():
            raise RuntimeError(f'cannot {what} on un-acquired lock')

    def wait(self, timeout=None):
        self._must_own('wait')
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        # The wake count once the lock is let go of: a notify from here on (another
        # thread may run before this one parks) is not missed.
        epoch = _greenthread.epoch()
        notified = False
        try:
            # A notify releases `waiter`; taking it again is the wake-up.
            if timeout is None:
                notified = waiter._wait_acquire(-1, self._waiting_for, epoch)
            elif timeout > 0:
                notified = waiter._wait_acquire(timeout, self._waiting_for, epoch)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        deadline = None
        remaining = timeout
        outcome = predicate()
        while not outcome:
            if remaining is not None:
                # The deadline is fixed at the first wait, not at the call.
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        self._must_own('notify')
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # Released already by a wait that timed out meanwhile.
                pass
            n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll', 'use notify_all() instead')
        self.notify_all()


def _check_release_count(n):
    if n >= 1:
        return
    raise ValueError('n must be one or more')


class Semaphore:
    """A counter of free places: acquire takes one, release gives them back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:'
                f' value={self._value}>')

    def acquire(self, blocking=True,
                timeout=None):
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        taken = False
        end = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if end is None:
                        end = _time() + timeout
                    else:
                        timeout = end - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                taken = True
        return taken

    __enter__ = acquire

    def release(self, n=1):
        _check_release_count(n)
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:'
                f' value={self._value}/{self._initial_value}>')

    def release(self, n=1):
        _check_release_count(n)
        with self._cond:
            raised = self._value + n
            if raised > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value = raised
            self._cond.notify(n)


class Event:
    """A flag threads wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._cond._waiting_for = 'Event.wait()'
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        state = ('unset', 'set')[bool(self._flag)]
        return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {state}>'

    def _at_fork_reinit(self):
        self._cond = Condition(Lock())

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet', 'use is_set() instead')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait for each other: each wait() returns once all
    have arrived (one of them runs `action` first), then the barrier fills again."""

    # _state: filling (arrivals wait), draining (the released parties leave),
    # resetting (reset() while parties wait: they leave with BrokenBarrierError),
    # broken.
    _FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2

    def __init__(self, parties, action=None,
                 timeout=None):
        # CPython 3.11 takes any count here (the check for < 1 came in 3.12).
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._state = self._FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>'
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:'
                f' waiters={self.n_waiting}/{self.parties}>')

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Parties of the previous round still leaving: wait for them.
            while self._state in (self._DRAINING, self._RESETTING):
                self._cond.wait()
            if self._state == self._BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _trip(self):
        # The last party arrived: run the action, then release everybody.
        try:
            if self._action is not None:
                self._action()
            self._state = self._DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _await(self, timeout):
        if not self._cond.wait_for(lambda: self._state != self._FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        # The last party out opens the barrier for the next round.
        if self._count == 0 and self._state in (self._DRAINING, self._RESETTING):
            self._state = self._FILLING
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state in (self._FILLING, self._BROKEN):
                    self._state = self._RESETTING
            else:
                self._state = self._FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = self._BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == self._FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == self._BROKEN


_counter = 0


def _newname(name_template='Thread-%d'):
    global _counter
    _counter += 1
    return name_template % _counter


# ident -> Thread for the running threads (and the main thread); the threads made
# but not started are only in _dangling.
_active = {}
_limbo = {}
_dangling = None  # a WeakSet, made below once weakref is importable


ExceptHookArgs = _thread._ExceptHookArgs


def excepthook(args, /):
    _thread._excepthook(args)


__excepthook__ = excepthook


class Thread:
    """A thread of control. start() runs run() to its end at once (see the module
    docstring)."""

    _initialized = False

    def __init__(self, group=None, target=None,
                 name=None, args=(), kwargs=None,
                 *, daemon=None):
        # Thread groups were planned but never came; only None is accepted.
        assert group is None, 'group argument must be None for now'
        if not name:
            # Thread-N, followed by the target's name when it has one.
            name = _newname('Thread-%d')
            label = getattr(target, '__name__', None) if target is not None else None
            if label is not None:
                name = f'{name} ({label})'
        self._name = str(name)
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if daemon is None:
            # A new thread is a daemon when the thread creating it is.
            daemon = current_thread().daemon
        elif daemon and not _thread.daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _report_thread_exception
        _dangling.add(self)

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started.is_set():
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += f' {self._ident}'
        return f'<{self.__class__.__name__}({self._name}, {status})>'

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        _limbo[self] = self
        try:
            _thread._start(self._bootstrap)
        except Exception:
            del _limbo[self]
            raise
        # The new thread runs until it has registered itself (or longer).
        self._started.wait()

    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self
        _limbo.pop(self, None)
        self._started.set()
        try:
            self._bootstrap_inner()
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)
            _greenthread.wake()

    def _bootstrap_inner(self):
        old_trace = _sys.gettrace()
        old_profile = _sys.getprofile() if hasattr(_sys, 'getprofile') else None
        if _trace_hook is not None:
            _sys.settrace(_trace_hook)
        if _profile_hook is not None:
            _sys.setprofile(_profile_hook)
        try:
            self.run()
        except BaseException:
            self._invoke_excepthook(self)
        finally:
            if _trace_hook is not None:
                _sys.settrace(old_trace)
            if _profile_hook is not None:
                _sys.setprofile(old_profile)

    def run(self):
        func = self._target
        try:
            if func is not None:
                func(*self._args, **self._kwargs)
        finally:
            # Dropped once run, so the thread object does not keep them alive.
            del self._target
            del self._args
            del self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        deadline = _thread._deadline(None if timeout is None else max(timeout, 0))
        while True:
            # The wake count first: a thread that stops after the test wakes us.
            epoch = _greenthread.epoch()
            if self._is_stopped:
                break
            if not _thread._park(deadline, 'joining a thread', epoch):
                break

    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id

    def is_alive(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon', 'get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon', 'set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName', 'get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName', 'set the name attribute instead')
        self.name = name


def _report_thread_exception(thread):
    # Reports the exception that ended `thread` through threading.excepthook (looked
    # up at the time, so a replaced hook is used), falling back to sys.excepthook
    # for an exception raised by the hook itself.
    info = _sys.exc_info()
    try:
        excepthook(ExceptHookArgs([info[0], info[1], info[2], thread]))
    except Exception as hook_error:
        hook_error.__suppress_context__ = True
        _sys.excepthook(type(hook_error), hook_error, hook_error.__traceback__)
    finally:
        info = None


class Timer(Thread):
    """Calls a function after `interval` seconds unless cancelled first."""

    def __init__(self, interval, function,
                 args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        # The interval passes unless cancel() is called meanwhile.
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._ident = _thread._MAIN_IDENT
        self._native_id = get_native_id()
        self._started.set()
        _active[self._ident] = self


class _DummyThread(Thread):
    """The Thread object of a thread not started through `threading` (one from
    `_thread.start_new_thread`): a daemon, never joinable, and (as in CPython 3.11)
    kept in the active threads even after its thread ended."""

    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError('cannot join a dummy thread')


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread', 'use current_thread() instead')
    return current_thread()


def active_count():
    return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount', 'use active_count() instead')
    return active_count()


def _enumerate():
    return list(_active.values())


def enumerate():
    return list(_active.values()) + list(_limbo.values())


def main_thread():
    return _main_thread


# Calls registered by `_register_atexit` (concurrent.futures' executors stop their
# workers with one), run by `_shutdown` before it joins the threads.
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Run func(*arg, **kwargs) when the interpreter shuts down, before the
    non-daemon threads are joined (last registered first, as atexit)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    # At exit (before the atexit handlers): wait for every non-daemon thread, as
    # CPython's interpreter finalisation does. Daemon threads are left parked.
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    me = current_thread()
    while True:
        waiting = [t for t in list(_active.values())
                   if t is not me and not t.daemon and not t._is_stopped]
        waiting += [t for t in list(_limbo.values()) if not t.daemon]
        if not waiting:
            break
        waiting[0].join()


def _after_fork(*args, **kwargs):
    pass


import weakref as _weakref  # noqa: E402  (after Thread: weakref needs no threads)
_dangling = _weakref.WeakSet()

# The main thread's object: made while `_active` is empty, so its own
# `current_thread().daemon` question is answered by the explicit daemon=False.
_main_thread = _MainThread()
