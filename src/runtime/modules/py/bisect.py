# mempy's `bisect` module: binary search in sorted sequences (written from the
# documented behaviour of CPython's bisect/_bisect). Compiled from this source at
# first import.
#
# As in CPython, the native `_bisect` (runtime/modules/bisect.rs) replaces these
# functions at the end when it can be imported; the Python versions remain for when
# it is blocked (`sys.modules['_bisect'] = None`). Their argument checking follows
# the C implementation's messages (missing/extra arguments, unknown keywords,
# `lo must be non-negative`, non-integer lo/hi, hi=-1 meaning len(a)).

__all__ = ["bisect_left", "bisect_right", "insort_left", "insort_right", "bisect",
           "insort"]

_MISSING = object()
_MAXSIZE = 9223372036854775807


def _as_index(v):
    if type(v) is not int:
        if isinstance(v, int):
            v = int(v)
        else:
            meth = getattr(type(v), "__index__", None)
            if meth is None:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(v).__name__)
            v = meth(v)
    if v > _MAXSIZE or v < -_MAXSIZE - 1:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return v


def _bounds(fname, a, x, lo, hi, extra, bad):
    if bad:
        for k in bad:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, fname))
    if extra:
        raise TypeError("%s() takes at most 4 positional arguments (%d given)"
                        % (fname, 4 + len(extra)))
    if a is _MISSING:
        raise TypeError("%s() missing required argument 'a' (pos 1)" % fname)
    if x is _MISSING:
        raise TypeError("%s() missing required argument 'x' (pos 2)" % fname)
    lo = _as_index(lo)
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    else:
        hi = _as_index(hi)
        if hi == -1:
            hi = len(a)
    return lo, hi


def bisect_right(a=_MISSING, x=_MISSING, lo=0, hi=None, *extra, key=None, **bad):
    """Index at which to insert x into the sorted a[lo:hi] after any items equal
    to x (every a[j] for lo <= j < index is <= x). key, if given, is applied to
    the items of a (not to x) before comparing.
    """
    lo, hi = _bounds("bisect_right", a, x, lo, hi, extra, bad)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a=_MISSING, x=_MISSING, lo=0, hi=None, *extra, key=None, **bad):
    """Index at which to insert x into the sorted a[lo:hi] before any items equal
    to x (every a[j] for lo <= j < index is < x). key, if given, is applied to
    the items of a (not to x) before comparing.
    """
    lo, hi = _bounds("bisect_left", a, x, lo, hi, extra, bad)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a=_MISSING, x=_MISSING, lo=0, hi=None, *extra, key=None, **bad):
    """Insert x into the sorted list a, after any items equal to it (key, if
    given, is applied to x as well as to the items).
    """
    lo, hi = _bounds("insort_right", a, x, lo, hi, extra, bad)
    if key is None:
        i = bisect_right(a, x, lo, hi)
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_left(a=_MISSING, x=_MISSING, lo=0, hi=None, *extra, key=None, **bad):
    """Insert x into the sorted list a, before any items equal to it (key, if
    given, is applied to x as well as to the items).
    """
    lo, hi = _bounds("insort_left", a, x, lo, hi, extra, bad)
    if key is None:
        i = bisect_left(a, x, lo, hi)
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


try:
    from _bisect import *
except ImportError:
    pass

bisect = bisect_right
insort = insort_right
