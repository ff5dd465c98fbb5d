"""mempy's `_queue`, standing in for CPython's C accelerator of `queue`: the Empty
exception and SimpleQueue (`queue` takes both from here when it can, as CPython's
does; with `_queue` blocked it makes its own)."""

from _simplequeue import simple_queue_class as _simple_queue_class


class Empty(Exception):
    """Exception raised by Queue.get(block=0)/get_nowait()."""


SimpleQueue = _simple_queue_class('SimpleQueue', '_queue', Empty)
