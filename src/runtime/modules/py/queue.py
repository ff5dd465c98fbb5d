"""mempy's `queue` module, standing in for CPython's `queue`.

FIFO, LIFO and priority queues, written for mempy from the documented
behaviour of CPython 3.11's queue module.

Provides: Queue(maxsize=0), LifoQueue, PriorityQueue, SimpleQueue, Empty, Full;
put/get (block, timeout), put_nowait/get_nowait, qsize, empty, full, maxsize,
task_done/join/unfinished_tasks, the overridable _init/_qsize/_put/_get hooks, the
`queue` attribute holding the items (a deque, a list, a heap list), `Queue[int]`.

The blocking calls wait for other threads (mempy's green threads, see `_thread`):
`mutex` is a threading.Lock and `not_empty`, `not_full`, `all_tasks_done` are
Conditions over it, as in CPython. A wait without a timeout that no other thread can
end raises RuntimeError (deadlock) instead of hanging.
Empty and SimpleQueue come from the `_queue` module when it can be imported (as
CPython takes them from its C module); otherwise this module defines Empty and
SimpleQueue is `_PySimpleQueue`, which is always here too.
"""

from collections import deque
import heapq
import threading
from time import monotonic as _time
from types import GenericAlias

_generic_alias = classmethod(GenericAlias)

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


try:
    from _queue import Empty
except ImportError:
    class Empty(Exception):
        """Exception raised by Queue.get(block=0)/get_nowait()."""
try:
    from _queue import SimpleQueue
except ImportError:
    SimpleQueue = None
from _simplequeue import check_timeout as _check_timeout, simple_queue_class


class Full(Exception):
    """Raised by put() when a bounded queue has no room."""


class Queue:
    """First-in first-out queue holding at most maxsize items (no limit when
    maxsize <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the queue; the three conditions share it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken with get() as processed (for join())."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Wait until every item put has been marked done with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Number of items in the queue."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether the queue holds no items."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Whether a bounded queue holds maxsize items."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add item, waiting (up to timeout seconds) for room in a bounded queue."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    end = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = end - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Take the next item, waiting (up to timeout seconds) for one."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                end = _time() + timeout
                while not self._qsize():
                    remaining = end - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

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


# CPython's pure-Python SimpleQueue, the one used when `_queue` is missing.
_PySimpleQueue = simple_queue_class('_PySimpleQueue', 'queue', Empty)
del simple_queue_class
if SimpleQueue is None:
    SimpleQueue = _PySimpleQueue
