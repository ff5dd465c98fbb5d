"""mempy's `concurrent.futures` (CPython's Lib/concurrent/futures, PEP 3148),
written for mempy from the documented behaviour: Future (states, result/exception
with timeouts, cancel, done callbacks, the executor-side set_running_or_notify_cancel,
set_result, set_exception), Executor (submit, map, shutdown, the with-statement),
ThreadPoolExecutor, wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED),
as_completed and the exceptions.

The workers are `threading` threads, mempy's green threads: one runs at a time, so
the pool gives concurrency for code that sleeps or waits, not parallelism (as
CPython's pool under the GIL for Python code). At interpreter exit the pools are
told to stop and their workers joined (`threading._register_atexit`), before
threading joins the remaining threads. Left out: ProcessPoolExecutor (mempy runs
one process per interpreter and cannot pickle a running function to another).
"""

import threading as _threading
import time as _time
import types as _types
import itertools as _itertools
import queue as _queue
import weakref as _weakref
import logging as _logging
import os as _os
import collections as _collections

__all__ = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'CancelledError', 'TimeoutError', 'InvalidStateError', 'BrokenExecutor',
    'Future', 'Executor', 'wait', 'as_completed', 'ThreadPoolExecutor',
)

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# A future's states, by the names its repr shows.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
# Cancelled, and the waiters told (set_running_or_notify_cancel has run).
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TEXT = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}

LOGGER = _logging.getLogger("concurrent.futures")


class Error(Exception):
    """Base class for the module's own exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


# Since 3.11 the builtin one.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work (a worker failed to start)."""


class BrokenThreadPool(BrokenExecutor):
    """A worker of a ThreadPoolExecutor failed in its initializer."""


class _Waiter:
    """What `wait` and `as_completed` block on: every future they watch reports
    each completion here; `wake` decides when the event is set."""

    def __init__(self, wake):
        self.event = _threading.Event()
        self.lock = _threading.Lock()
        self.finished_futures = []
        # wake(waiter, future, failed) -> bool: set the event now?
        self._wake = wake

    def _note(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            if self._wake(self, future, failed):
                self.event.set()

    def add_result(self, future):
        self._note(future, False)

    def add_exception(self, future):
        self._note(future, True)

    def add_cancelled(self, future):
        self._note(future, False)


def _wake_on_count(pending, stop_on_exception):
    left = [pending]

    def wake(waiter, future, failed):
        if failed and stop_on_exception:
            return True
        left[0] -= 1
        return left[0] <= 0
    return wake


def _wake_always(waiter, future, failed):
    return True


class _Watch:
    """A waiter installed on several futures for the duration of a `with`."""

    def __init__(self, futures, waiter):
        self.futures = sorted(futures, key=id)
        self.waiter = waiter

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()
        return self

    def __exit__(self, *exc):
        for f in self.futures:
            f._condition.release()

    def install(self):
        for f in self.futures:
            f._waiters.append(self.waiter)

    def remove(self):
        for f in self.futures:
            with f._condition:
                f._waiters.remove(self.waiter)


class Future:
    """The result of a call that runs elsewhere (an executor's worker)."""

    def __init__(self):
        self._condition = _threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            where = f'<{self.__class__.__name__} at {id(self):#x} state={_STATE_TEXT[self._state]}'
            if self._state == FINISHED:
                if self._exception is not None:
                    return f'{where} raised {self._exception.__class__.__name__}>'
                return f'{where} returned {self._result.__class__.__name__}>'
            return where + '>'

    def cancel(self):
        """Cancel the call if it has not started; True if it is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _outcome(self):
        if self._exception is None:
            return self._result
        exc = self._exception
        try:
            raise exc
        finally:
            # The traceback must not keep this frame (and so exc) alive.
            del exc

    def add_done_callback(self, fn):
        """Call fn(future) when the future finishes or is cancelled (now, if it has)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _wait_done(self, timeout):
        # Under the condition: wait until finished or cancelled, else time out.
        if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds; re-raises its
        exception; CancelledError if cancelled, TimeoutError on time-out."""
        try:
            with self._condition:
                self._wait_done(timeout)
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as result()."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    # For executors.

    def set_running_or_notify_cancel(self):
        """Mark the future running (True), or, if cancelled, tell its waiters
        (False); an executor calls it before running the work."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                if exception is None:
                    waiter.add_result(self)
                else:
                    waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    __class_getitem__ = classmethod(_types.GenericAlias)


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they complete (finished or cancelled); those
    already done first. TimeoutError if they are not all done within timeout."""
    deadline = None if timeout is None else timeout + _time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _Watch(fs, _Waiter(_wake_always)) as watch:
        finished = {f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)}
        pending = fs - finished
        watch.install()
    waiter = watch.waiter
    try:
        yield from finished
        while pending:
            if deadline is None:
                wait_for = None
            else:
                wait_for = deadline - _time.monotonic()
                if wait_for < 0:
                    raise TimeoutError(f'{len(pending)} (of {total}) futures unfinished')
            waiter.event.wait(wait_for)
            with waiter.lock:
                arrived = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            # In the order they completed.
            for f in arrived:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        watch.remove()


# `wait`'s answer: the sets of done and not done futures.
DoneAndNotDoneFutures = _collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of fs, until return_when holds or timeout seconds pass:
    the pair (done, not_done) of sets."""
    fs = set(fs)
    with _Watch(fs, None) as watch:
        done = {f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f.exception() is not None for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_COMPLETED:
            waiter = _Waiter(_wake_always)
        elif return_when in (FIRST_EXCEPTION, ALL_COMPLETED):
            waiter = _Waiter(_wake_on_count(len(not_done),
                                            return_when == FIRST_EXCEPTION))
        else:
            raise ValueError(f'Invalid return condition: {return_when!r}')
        watch.waiter = waiter
        watch.install()
    waiter.event.wait(timeout)
    watch.remove()
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


class Executor:
    """The interface of the pools: submit, map, shutdown, and `with`."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls running in the executor: an
        iterator of their results in order (each waited for up to what is left of
        timeout). Every call is submitted at once."""
        deadline = None if timeout is None else timeout + _time.monotonic()
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                # Oldest first; each popped so a finished one is not kept alive.
                futures.reverse()
                while futures:
                    f = futures.pop()
                    if deadline is None:
                        yield _result_and_drop(f)
                    else:
                        yield _result_and_drop(f, deadline - _time.monotonic())
            finally:
                for f in futures:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _result_and_drop(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()
        del fut


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break the cycle exc -> traceback -> this frame -> exc.
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(_types.GenericAlias)


# Every live pool worker and its pool's queue, so that interpreter exit can stop
# them (the dict holds the threads weakly: a worker that ended drops out).
_worker_queues = _weakref.WeakKeyDictionary()
_exiting = False
_exit_lock = _threading.Lock()


def _at_exit():
    global _exiting
    with _exit_lock:
        _exiting = True
    workers = list(_worker_queues.items())
    for _, q in workers:
        q.put(None)
    for t, _ in workers:
        t.join()


_threading._register_atexit(_at_exit)


def _work(pool_ref, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            LOGGER.critical('Exception in initializer:', exc_info=True)
            pool = pool_ref()
            if pool is not None:
                pool._initializer_failed()
            return
    try:
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                # Drop the item before waiting again (its result may be large).
                del item
                pool = pool_ref()
                if pool is not None:
                    pool._idle_semaphore.release()
                del pool
                continue
            # None: stop if the interpreter exits, the pool is gone or shut down;
            # pass the None on so the next worker sees it too.
            pool = pool_ref()
            if _exiting or pool is None or pool._shutdown:
                if pool is not None:
                    pool._shutdown = True
                work_queue.put(None)
                return
            del pool
    except BaseException:
        LOGGER.critical('Exception in worker', exc_info=True)


class ThreadPoolExecutor(Executor):
    """Runs each submitted call in one of at most max_workers threads."""

    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (_os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = _threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = _threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    f'ThreadPoolExecutor-{self._counter()}')
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _exit_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f
    submit.__doc__ = Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker takes the new item; otherwise start one, up to the limit.
        if self._idle_semaphore.acquire(timeout=0):
            return

        def wake_up(_, q=self._work_queue):
            q.put(None)

        if len(self._threads) < self._max_workers:
            name = f'{self._thread_name_prefix or self}_{len(self._threads)}'
            t = _threading.Thread(
                name=name, target=_work,
                args=(_weakref.ref(self, wake_up), self._work_queue,
                      self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _worker_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail every queued item.
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except _queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            # One None wakes a worker, which passes it on to the next.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = Executor.shutdown.__doc__


# Where CPython defines them: the package's `_base` and `thread` modules (reprs of
# the classes and of `Future[int]` name them; both modules exist and re-export).
for _cls in (Error, CancelledError, InvalidStateError, BrokenExecutor, Future,
             Executor, _Waiter, _WorkItem):
    _cls.__module__ = 'concurrent.futures._base'
for _cls in (BrokenThreadPool, ThreadPoolExecutor):
    _cls.__module__ = 'concurrent.futures.thread'
del _cls
