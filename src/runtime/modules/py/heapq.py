# mempy's `heapq` module: a binary min-heap kept in a plain list, plus merge,
# nlargest and nsmallest (written from the documented behaviour of CPython's
# heapq). Compiled from this source at first import.
#
# As in CPython, the native `_heapq` (runtime/modules/heapq.rs) replaces the heap
# functions at the end when it can be imported; these Python versions remain for
# when it is blocked (`sys.modules['_heapq'] = None`). Both use the same sifting
# order, so the same comparisons run in the same order (a Python `__lt__` can tell).
# Only `<` is used to compare items.

"""Heap queue algorithm (a.k.a. priority queue).

A heap is a list in which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k
that has children, counting from 0, so a[0] is always the smallest item.

heappush(heap, item)      push item, keeping the heap invariant
heappop(heap)             pop and return the smallest item
heapify(x)                turn a list into a heap, in place, in linear time
heapreplace(heap, item)   pop the smallest item, then push item
heappushpop(heap, item)   push item, then pop the smallest item
"""

__about__ = """Heaps keep their smallest item at index 0 and let items be added
and the smallest removed in logarithmic time; sorting a heap's list keeps it a
heap."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    last = heap.pop()    # IndexError when the heap is empty
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return top


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item.

    The heap's size does not change; the popped value may be larger than
    item (use heappushpop to get the smaller of the two).
    """
    top = heap[0]        # IndexError when the heap is empty
    heap[0] = item
    _siftup(heap, 0)
    return top


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    if heap and heap[0] < item:
        top = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return top
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    # Every node with children, the last first: its subtrees are heaps already.
    for pos in range(len(x) // 2 - 1, -1, -1):
        _siftup(x, pos)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return top


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    top = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return top


def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    for pos in range(len(x) // 2 - 1, -1, -1):
        _siftup_max(x, pos)


def _siftdown(heap, startpos, pos):
    # The item at pos moves towards startpos past every parent it is smaller
    # than; the parents move down into the hole it leaves.
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = item


def _siftup(heap, pos):
    # The smaller child moves up into the hole at pos until the hole reaches a
    # leaf; the item that was at pos then goes there and moves back up. Going
    # all the way down first takes fewer comparisons on average than stopping
    # where the item fits, since an item from the bottom usually belongs there.
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not parent < item:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = item


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    '''Merge sorted inputs into one sorted output, lazily.

    Like sorted(itertools.chain(*iterables)) but it returns an iterator, reads
    each input only as far as needed and holds one item per input. Equal items
    come out in the order of their inputs. key and reverse mean what they mean
    for sorted(); every input must already be sorted that way.

    >>> list(merge([2, 4, 9], [1, 4, 5], [], [3, 10]))
    [1, 2, 3, 4, 4, 5, 9, 10]

    >>> list(merge(['ox', 'tea'], ['egg', 'pear', 'apple'], key=len))
    ['ox', 'tea', 'egg', 'pear', 'apple']
    '''
    # Each entry of the heap is a list [sort key, tie-breaker, ..., next]: the
    # tie-breaker (the input's position, negated when reversed) keeps equal items
    # in input order and keeps the comparison off the later fields.
    if reverse:
        _make, _pop, _replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        _make, _pop, _replace, sign = heapify, heappop, heapreplace, 1

    entries = []
    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            step = it.__next__
            try:
                entries.append([step(), order * sign, step])
            except StopIteration:
                pass
        _make(entries)
        while len(entries) > 1:
            try:
                while True:
                    entry = entries[0]
                    yield entry[0]
                    entry[0] = entry[2]()
                    _replace(entries, entry)
            except StopIteration:
                _pop(entries)
        if entries:
            value, _, step = entries[0]
            yield value
            yield from step.__self__
        return

    for order, it in enumerate(map(iter, iterables)):
        step = it.__next__
        try:
            value = step()
        except StopIteration:
            continue
        entries.append([key(value), order * sign, value, step])
    _make(entries)
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = key(value)
                entry[2] = value
                _replace(entries, entry)
        except StopIteration:
            _pop(entries)
    if entries:
        _, _, value, step = entries[0]
        yield value
        yield from step.__self__


_MISSING = object()


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        found = min(iter(iterable), default=_MISSING, key=key)
        return [] if found is _MISSING else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    # A max-heap of the n smallest seen so far; an item smaller than its top
    # replaces the top. The running count breaks ties in favour of the earlier
    # item (and keeps the items themselves out of tie comparisons).
    it = iter(iterable)
    if key is None:
        best = [(elem, i) for i, elem in zip(range(n), it)]
        if not best:
            return best
        _heapify_max(best)
        top = best[0][0]
        count = n
        for elem in it:
            if elem < top:
                _heapreplace_max(best, (elem, count))
                top = best[0][0]
                count += 1
        best.sort()
        return [elem for elem, _ in best]

    best = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not best:
        return best
    _heapify_max(best)
    top = best[0][0]
    count = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(best, (k, count, elem))
            top = best[0][0]
            count += 1
    best.sort()
    return [elem for _, _, elem in best]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        found = max(iter(iterable), default=_MISSING, key=key)
        return [] if found is _MISSING else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    # A min-heap of the n largest seen so far; the count runs downwards so that,
    # sorted in reverse, equal items keep their input order.
    it = iter(iterable)
    if key is None:
        best = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not best:
            return best
        heapify(best)
        top = best[0][0]
        count = -n
        for elem in it:
            if top < elem:
                heapreplace(best, (elem, count))
                top = best[0][0]
                count -= 1
        best.sort(reverse=True)
        return [elem for elem, _ in best]

    best = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not best:
        return best
    heapify(best)
    top = best[0][0]
    count = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(best, (k, count, elem))
            top = best[0][0]
            count -= 1
    best.sort(reverse=True)
    return [elem for _, _, elem in best]


# The native versions, when there are any (`from _heapq import *` leaves out the
# underscored names, so those come one by one).
try:
    from _heapq import *
except ImportError:
    pass
try:
    from _heapq import _heapreplace_max
except ImportError:
    pass
try:
    from _heapq import _heapify_max
except ImportError:
    pass
try:
    from _heapq import _heappop_max
except ImportError:
    pass
