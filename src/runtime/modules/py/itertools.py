# mempy's `itertools` module (mirrors CPython's Modules/itertoolsmodule.c, following the
# "roughly equivalent" code in its documentation). Compiled from this source at first
# import.
#
# Differences from CPython: except for `count` and `repeat` (small classes with
# CPython's repr), the iterators are generators, so `type(x).__name__` is 'generator'
# (CPython: 'chain', 'islice', ...) and their repr shows a generator. Values, laziness
# and the errors for bad arguments (raised at call time, as in CPython) match.

import sys as _sys

__all__ = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile',
           'takewhile', 'filterfalse', 'groupby', 'islice', 'starmap', 'tee',
           'zip_longest', 'product', 'permutations', 'combinations',
           'combinations_with_replacement', 'pairwise']


def _is_number(x):
    return isinstance(x, (int, float, complex))


# ----- infinite iterators ------------------------------------------------------------

class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


def cycle(iterable, /):
    it = iter(iterable)

    def gen():
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element
    return gen()


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        if times is not None:
            if not isinstance(times, int):
                _index(times)
            if times < 0:
                times = 0
        self._obj = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


def _index(x):
    raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")


# ----- iterators terminating on the shortest input -----------------------------------

def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)

    def gen():
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total
    return gen()


def chain(*iterables):
    def gen():
        for it in iterables:
            for element in it:
                yield element
    return gen()


def _from_iterable(iterables, /):
    def gen():
        for it in iterables:
            for element in it:
                yield element
    return gen()


chain.from_iterable = _from_iterable


def compress(data, selectors):
    data = iter(data)
    selectors = iter(selectors)

    def gen():
        for d, s in zip(data, selectors):
            if s:
                yield d
    return gen()


def dropwhile(predicate, iterable, /):
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x
    return gen()


def takewhile(predicate, iterable, /):
    it = iter(iterable)

    def gen():
        for x in it:
            if predicate(x):
                yield x
            else:
                break
    return gen()


def filterfalse(function, iterable, /):
    it = iter(iterable)
    if function is None:
        function = bool

    def gen():
        for x in it:
            if not function(x):
                yield x
    return gen()


def groupby(iterable, key=None):
    it = iter(iterable)
    keyfunc = (lambda x: x) if key is None else key
    # state: [current key, current value, exhausted, id of the live group]
    sentinel = object()
    state = [sentinel, sentinel, False, 0]

    def advance():
        try:
            v = next(it)
        except StopIteration:
            state[2] = True
            return False
        state[1] = v
        state[0] = keyfunc(v)
        return True

    def grouper(tgtkey, gid):
        # A group is live until the outer iterator advances (state[3] changes).
        while state[3] == gid:
            yield state[1]
            if state[3] != gid or not advance():
                return
            if state[0] != tgtkey:
                return

    def gen():
        if not advance():
            return
        while True:
            tgtkey = state[0]
            state[3] += 1
            yield (tgtkey, grouper(tgtkey, state[3]))
            state[3] += 1
            # Skip what is left of the group the caller did not consume.
            while not state[2] and state[0] == tgtkey:
                if not advance():
                    break
            if state[2]:
                return
    return gen()


def _islice_arg(x):
    # CPython's PyNumber_AsSsize_t with the error cleared: non-integers become -1.
    return x if isinstance(x, int) else -1


def islice(iterable, *args):
    if not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
    it = iter(iterable)
    start, stop, step = 0, None, 1
    a_stop = args[0] if len(args) == 1 else args[1]
    if len(args) > 1 and args[0] is not None:
        start = _islice_arg(args[0])
    if a_stop is not None:
        stop = _islice_arg(a_stop)
        if stop == -1:
            raise ValueError("Stop argument for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
    if start < 0 or (stop is not None and stop < -1):
        raise ValueError("Indices for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize.")
    if len(args) == 3 and args[2] is not None:
        step = _islice_arg(args[2])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")

    def gen():
        nexti = start
        i = 0
        while stop is None or i < stop:
            if i == nexti:
                try:
                    element = next(it)
                except StopIteration:
                    return
                yield element
                nexti += step
            else:
                try:
                    next(it)
                except StopIteration:
                    return
            i += 1
        # Consume up to start when stop <= start, as CPython does.
        while i < start:
            try:
                next(it)
            except StopIteration:
                return
            i += 1
    return gen()


def starmap(function, iterable, /):
    it = iter(iterable)

    def gen():
        for args in it:
            yield function(*args)
    return gen()


def tee(iterable, n=2, /):
    # CPython reads `n` as a C ssize_t (`__index__`, OverflowError beyond 64 bits)
    # and allocates the result tuple before making any iterator, so a huge `n`
    # fails at once with MemoryError instead of making iterators until memory runs
    # out.
    if not isinstance(n, int):
        index = getattr(type(n), '__index__', None)
        if index is None:
            _index(n)
        n = index(n)
    if not -(1 << 63) <= n < (1 << 63):
        raise OverflowError("Python int too large to convert to C ssize_t")
    if n < 0:
        raise ValueError("n must be >= 0")
    result = [None] * n
    it = iter(iterable)
    # Shared buffer: a linked list of [value, next] cells.
    head = [None, None]

    def gen(link):
        while True:
            if link[1] is None:
                try:
                    value = next(it)
                except StopIteration:
                    return
                link[1] = [value, None]
            link = link[1]
            yield link[0]
    for i in range(n):
        result[i] = gen(head)
    return tuple(result)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]

    def gen():
        num_active = len(iterators)
        if not num_active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    num_active -= 1
                    if not num_active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)
    return gen()


def pairwise(iterable, /):
    it = iter(iterable)

    def gen():
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b
    return gen()


# ----- combinatoric iterators --------------------------------------------------------

def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        _index(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat

    def gen():
        for pool in pools:
            if not pool:
                return
        indices = [0] * len(pools)
        while True:
            yield tuple([pool[i] for pool, i in zip(pools, indices)])
            for k in reversed(range(len(pools))):
                indices[k] += 1
                if indices[k] < len(pools[k]):
                    break
                indices[k] = 0
            else:
                return
    return gen()


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        _index(r)
    elif r < 0:
        raise ValueError("r must be non-negative")

    def gen():
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return
    return gen()


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not isinstance(r, int):
        _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")

    def gen():
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)
    return gen()


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not isinstance(r, int):
        _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")

    def gen():
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
    return gen()
