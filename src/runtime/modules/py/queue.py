"""mempy's `queue` module, standing in for CPython's `queue`.

FIFO, LIFO and priority queues, written for mempy from the documented
behaviour of CPython 3.11's queue module.

Provides: Queue(maxsize=0), LifoQueue, PriorityQueue, SimpleQueue, Empty, Full;
put/get (block, timeout), put_nowait/get_nowait, qsize, empty, full, maxsize,
task_done/join/unfinished_tasks, the overridable _init/_qsize/_put/_get hooks, the
`queue` attribute holding the items (a deque, a list, a heap list), `Queue[int]`.

Left out / different from CPython:
* mempy has no threads, so nothing else can ever put into an empty queue or take
  from a full one. A blocking call that would wait behaves as CPython's does when no
  other thread will act: with a timeout it sleeps for the timeout and then raises
  Empty/Full; with no timeout (or join() with unfinished tasks) it waits forever,
  until Ctrl-C raises KeyboardInterrupt. Use get_nowait()/put_nowait() or
  block=False to get Empty/Full at once.
* The mutex / not_empty / not_full / all_tasks_done attributes are no-op stand-ins
  (usable in `with`, with acquire/release/notify/notify_all/wait) rather than
  threading locks and conditions.
* Empty is reported as `_queue.Empty` (as in CPython, where it comes from the C
  module), SimpleQueue as `_queue.SimpleQueue`.
"""

from collections import deque
import heapq
import time
from types import GenericAlias

_generic_alias = classmethod(GenericAlias)

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    """Raised by get() when there is nothing to take."""
    __module__ = '_queue'


class Full(Exception):
    """Raised by put() when a bounded queue has no room."""


class _NoLock:
    # Stands in for the lock and conditions of a threaded queue.
    def __enter__(self):
        return True

    def __exit__(self, *exc):
        return False

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    def wait(self, timeout=None):
        return _wait(timeout)


def _check_timeout(timeout):
    if timeout is None:
        return
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait(timeout):
    # Nothing can wake us (no other threads): sleep out the timeout, or forever.
    if timeout is not None:
        time.sleep(timeout)
        return False
    while True:
        time.sleep(1)


class Queue:
    """First-in first-out queue holding at most maxsize items (no limit when
    maxsize <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _NoLock()
        self.not_empty = self.mutex
        self.not_full = self.mutex
        self.all_tasks_done = self.mutex
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken with get() as processed (for join())."""
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        """Wait until every item put has been marked done with task_done()."""
        if self.unfinished_tasks:
            _wait(None)

    def qsize(self):
        """Number of items in the queue."""
        return self._qsize()

    def empty(self):
        """Whether the queue holds no items."""
        return not self._qsize()

    def full(self):
        """Whether a bounded queue holds maxsize items."""
        limit = self.maxsize
        return limit > 0 and self._qsize() >= limit

    def put(self, item, block=True, timeout=None):
        """Add item (see the module header about blocking)."""
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if not block:
                raise Full
            _check_timeout(timeout)
            _wait(timeout)
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Take the next item (see the module header about blocking)."""
        if not self._qsize():
            if not block:
                raise Empty
            _check_timeout(timeout)
            _wait(timeout)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        """put(item, block=False): raises Full if there is no room."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False): raises Empty if there is nothing to take."""
        return self.get(block=False)

    # The storage hooks, overridable by subclasses.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = _generic_alias


class PriorityQueue(Queue):
    """A Queue whose get() returns the smallest item (a heap underneath)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """A Queue whose get() returns the newest item (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue without task tracking."""
    __module__ = '_queue'

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Add item (never blocks; block and timeout are ignored)."""
        self._queue.append(item)

    def put_nowait(self, item):
        """Add item."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Take the next item (see the module header about blocking)."""
        if not self._queue:
            if not block:
                raise Empty
            _check_timeout(timeout)
            _wait(timeout)
            raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        """get(block=False): raises Empty if there is nothing to take."""
        return self.get(False)

    def empty(self):
        """Whether the queue holds no items."""
        return not self._queue

    def qsize(self):
        """Number of items in the queue."""
        return len(self._queue)

    __class_getitem__ = _generic_alias
