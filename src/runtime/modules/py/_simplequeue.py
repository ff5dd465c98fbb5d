"""The SimpleQueue both `_queue.SimpleQueue` (CPython's C queue) and
`queue._PySimpleQueue` (its pure-Python one) are made from: one body, two distinct
classes, as CPython has two. mempy-internal; written from the documented behaviour."""

from collections import deque
import threading
from time import monotonic as _time
from types import GenericAlias


def check_timeout(timeout):
    if timeout is None:
        return
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def simple_queue_class(name, module, empty):
    """A new SimpleQueue class named `module.name` whose get raises `empty`."""

    class SimpleQueue:
        """An unbounded first-in first-out queue without task tracking."""

        def __init__(self):
            self._queue = deque()
            # Reentrant: a finalizer run by the collector in the middle of put()
            # may put() again on the same thread (CPython's put never blocks).
            self._ready = threading.Condition(threading.RLock())

        def put(self, item, block=True, timeout=None):
            """Add item (never blocks; block and timeout are ignored)."""
            with self._ready:
                self._queue.append(item)
                self._ready.notify()

        def put_nowait(self, item):
            """Add item."""
            self.put(item, False)

        def get(self, block=True, timeout=None):
            """Take the next item, waiting (up to timeout seconds) for one."""
            with self._ready:
                if not block:
                    if not self._queue:
                        raise empty
                else:
                    check_timeout(timeout)
                    end = None if timeout is None else _time() + timeout
                    while not self._queue:
                        if end is None:
                            self._ready.wait()
                            continue
                        remaining = end - _time()
                        if remaining <= 0.0:
                            raise empty
                        self._ready.wait(remaining)
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

        __class_getitem__ = classmethod(GenericAlias)

    SimpleQueue.__name__ = SimpleQueue.__qualname__ = name
    SimpleQueue.__module__ = module
    return SimpleQueue
