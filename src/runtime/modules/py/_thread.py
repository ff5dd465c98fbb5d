"""mempy's `_thread`: the low-level thread primitives (CPython's Modules/_threadmodule.c).

Threads are green threads (`vm/threads.rs`, primitives in `_greenthread`): each has
its own frame stack, exactly one runs at a time (as under CPython's GIL), and the
interpreter switches when the running thread blocks (a lock held by another thread,
a join, time.sleep, ...), when it ends, and every `sys.getswitchinterval()` seconds
at a backward jump or a Python function entry.

Waiting is built on one primitive: `_greenthread.block(timeout, what)` parks the
thread until `_greenthread.wake()` (called whenever something a waiter may wait for
changes: here, every release) or until the timeout; a waiter rechecks and parks
again. Because a switch only happens at a call of a Python function, a backward jump
or a blocking call, the few lines between a check and the update it guards here
contain none of those (no Python calls, no loops): they run as one step, as CPython's
C code does under the GIL.

When every thread waits without a timeout (a deadlock), the waiting thread gets a
RuntimeError naming what it waited for, instead of hanging for ever.

get_native_id() is the process id for every thread (one OS process; the threads are
not kernel threads). Written for mempy; names, messages and reprs are CPython 3.11's.
"""

import _greenthread
from time import monotonic as _monotonic

TIMEOUT_MAX = 9223372036.0
error = RuntimeError

_MAIN_IDENT = _greenthread.get_ident()
# ident -> the per-thread dicts of `_local` objects made for it, dropped at its end.
_local_dicts = {}
_stack_size = 0
# How many threads started through this module are running (`_count()`).
_started = 0


def _deadlock(what):
    return RuntimeError(
        f'{what} would block forever: no other thread can ever make it ready '
        f'(deadlock)')


def _check_timeout(blocking, timeout):
    # The argument checks CPython's lock_acquire_parse_args makes; the timeout in
    # seconds, or -1 for "no timeout".
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be positive')
    if timeout > TIMEOUT_MAX:
        raise OverflowError('timestamp out of range for platform time_t')
    return timeout


def _deadline(timeout):
    # The monotonic time a wait of `timeout` seconds (None or -1: none) ends at.
    if timeout is None or timeout == -1:
        return None
    return _monotonic() + timeout


def _park(deadline, what, epoch=None):
    # Parks until woken or the deadline passes; False once the deadline has passed.
    # `epoch` is `_greenthread.epoch()` read before the caller tested its condition:
    # a wake since then (the thread can be switched out on entering this function)
    # returns at once instead of being missed.
    if deadline is None:
        _greenthread.block(None, what, epoch)
        return True
    remaining = deadline - _monotonic()
    if remaining <= 0:
        return False
    _greenthread.block(remaining, what, epoch)
    return True


def _wait_out(timeout, what):
    # A wait nothing can end (kept for callers that wait for their own thread):
    # without a timeout a deadlock, with one the whole timeout passes.
    deadline = _deadline(timeout)
    while _park(deadline, what):
        pass
    return False


get_ident = _greenthread.get_ident


def get_native_id():
    import _os
    return _os.getpid()


def _count():
    # The threads started through this module that are still running.
    return _started


def stack_size(size=0):
    global _stack_size
    size = size.__index__()
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    if size < 0:
        raise ValueError('size must be 0 or a positive value')
    old = _stack_size
    _stack_size = size
    return old


class lock:
    """A non-reentrant lock (CPython's `_thread.lock`)."""
    __slots__ = ('_held', '__weakref__')

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        timeout = _check_timeout(blocking, timeout)
        epoch = _greenthread.epoch()
        if not self._held:
            self._held = True
            return True
        if not blocking:
            return False
        return self._wait_acquire(timeout, 'acquiring a lock that is already held', epoch)

    def _wait_acquire(self, timeout, what, epoch=None):
        # Waits for the lock to be released, then takes it; False on timeout (-1:
        # none). `what` names the wait in the deadlock error; `epoch` is the wake
        # count read before the lock was last seen held (see `_park`).
        deadline = _deadline(timeout)
        while True:
            if not _park(deadline, what, epoch):
                if self._held:
                    return False
            epoch = _greenthread.epoch()
            if not self._held:
                self._held = True
                return True

    def release(self):
        if not self._held:
            raise RuntimeError('release unlocked lock')
        self._held = False
        _greenthread.wake()

    def locked(self):
        return self._held

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._held = False

    def __repr__(self):
        state = 'locked' if self._held else 'unlocked'
        return f'<{state} _thread.lock object at {id(self):#x}>'


LockType = lock


class _BuiltinFunction:
    """A function that, like CPython's builtins, does not bind as a method when
    stored in a class (`locktype = _thread.allocate_lock`)."""
    __slots__ = ('__name__', '__qualname__', '_function')

    def __init__(self, function):
        self.__name__ = self.__qualname__ = function.__name__
        self._function = function

    def __call__(self, *args, **kwargs):
        return self._function(*args, **kwargs)

    def __repr__(self):
        return f'<built-in function {self.__name__}>'


def _allocate_lock():
    return lock()


_allocate_lock.__name__ = 'allocate_lock'
allocate_lock = _BuiltinFunction(_allocate_lock)
allocate = allocate_lock


class RLock:
    """A reentrant lock: its owner may take it again; each acquire needs a release."""
    __slots__ = ('_owner', '_level', '__weakref__')

    def __init__(self, *args, **kwargs):
        self._owner = 0
        self._level = 0

    def acquire(self, blocking=True, timeout=-1):
        timeout = _check_timeout(blocking, timeout)
        me = get_ident()
        epoch = _greenthread.epoch()
        if self._level and self._owner == me:
            self._level += 1
            return True
        if not self._level:
            self._owner = me
            self._level = 1
            return True
        if not blocking:
            return False
        deadline = _deadline(timeout)
        while True:
            if not _park(deadline, 'acquiring an RLock held by another thread', epoch):
                if self._level:
                    return False
            epoch = _greenthread.epoch()
            if not self._level:
                self._owner = me
                self._level = 1
                return True

    def release(self):
        if not self._level or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._level -= 1
        if not self._level:
            self._owner = 0
            _greenthread.wake()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return bool(self._level) and self._owner == get_ident()

    # What threading.Condition uses to let go of the lock entirely while it waits.
    def _release_save(self):
        if not self._level:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._level, self._owner)
        self._level = 0
        self._owner = 0
        _greenthread.wake()
        return state

    def _acquire_restore(self, state):
        while True:
            epoch = _greenthread.epoch()
            if not self._level:
                break
            _park(None, 'restoring an RLock held by another thread', epoch)
        self._level, self._owner = state

    def _at_fork_reinit(self):
        self._owner = 0
        self._level = 0

    def __repr__(self):
        state = 'locked' if self._level else 'unlocked'
        return (f'<{state} _thread.RLock object owner={self._owner} '
                f'count={self._level} at {id(self):#x}>')


def _thread_ended(ident):
    # The per-thread data of an ended thread goes with it.
    global _started
    _started -= 1
    for dicts in _local_dicts.pop(ident, ()):
        dicts.pop(ident, None)


def _start(body):
    # Starts a thread running body(); the thread counts for _count() until it ends.
    global _started

    def run():
        try:
            body()
        finally:
            _thread_ended(get_ident())

    ident = _greenthread.start(run)
    _started += 1
    return ident


def start_new_thread(function, args, kwargs=None):
    if not callable(function):
        raise TypeError('first arg must be callable')
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is None:
        kwargs = {}
    elif not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')

    def body():
        try:
            function(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            # Through sys.unraisablehook, the traceback starting at the function
            # (its caller is C in CPython).
            tb = e.__traceback__
            _greenthread.unraisable(e.with_traceback(tb.tb_next if tb else None),
                                    'in thread started by', function)

    return _start(body)


start_new = start_new_thread


def exit():
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    # Only from the main thread itself: the interrupt arrives at once, as
    # KeyboardInterrupt does for SIGINT. Other signals have no handlers to run in
    # mempy; another thread's request is not delivered.
    if signum != 2:
        raise NotImplementedError('interrupt_main: mempy only simulates SIGINT')
    if get_ident() == _MAIN_IDENT:
        raise KeyboardInterrupt


def daemon_threads_allowed():
    return True


def _set_sentinel():
    return lock()


class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook (a struct sequence in CPython)."""
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence '
                            f'({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, '
                'exc_traceback=%r, thread=%r)' % tuple(self))


def _excepthook(args, /):
    import sys
    if args.exc_type is SystemExit:
        return
    stderr = sys.stderr
    if stderr is None:
        return
    thread = args.thread
    name = thread.name if thread is not None and hasattr(thread, 'name') \
        else get_ident()
    stderr.write(f'Exception in thread {name}:\n')
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=stderr)
    if hasattr(stderr, 'flush'):
        stderr.flush()


class _local:
    """Thread-local data: each thread sees its own attributes (CPython's
    `_thread._local`). The instance's __dict__ is swapped for the current thread's
    one before every attribute access."""
    __slots__ = ('__dict__', '__weakref__', '_local__dicts', '_local__args')

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kwargs))
        dicts = {}
        object.__setattr__(self, '_local__dicts', dicts)
        # The creating thread's dict exists from the start; __init__ (run by the
        # class call) fills it.
        _adopt(self, dicts, get_ident())
        return self

    def __getattribute__(self, name):
        _switch(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % type(self).__name__)
        _switch(self)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % type(self).__name__)
        _switch(self)
        object.__delattr__(self, name)


def _adopt(self, dicts, ident):
    d = {}
    dicts[ident] = d
    _local_dicts.setdefault(ident, []).append(dicts)
    object.__setattr__(self, '__dict__', d)
    return d


def _switch(self):
    # Makes the current thread's dict the instance's __dict__; a thread's first
    # access makes its dict and runs __init__ with the constructor's arguments.
    dicts = object.__getattribute__(self, '_local__dicts')
    ident = get_ident()
    d = dicts.get(ident)
    if d is None:
        _adopt(self, dicts, ident)
        args, kwargs = object.__getattribute__(self, '_local__args')
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *args, **kwargs)
    else:
        object.__setattr__(self, '__dict__', d)
