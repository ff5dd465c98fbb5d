# `array`: compact sequences of one machine type (CPython's Modules/arraymodule.c,
# written anew in Python). The items are checked and converted as C would store them
# (range checks with CPython's OverflowError messages, 'f' rounded to single
# precision), and the object models CPython's buffer: `__sizeof__` is the 64-byte
# header plus the allocated items, grown and shrunk with CPython's `array_resize`
# rule, so `sys.getsizeof` matches python3 after the same operations.
#
# Left out: `buffer_info` (there is no C buffer to point at), the buffer protocol
# (memoryview), `tofile`/`fromfile`, pickling, and the deprecated 'u' APIs' warnings.

import struct as _struct

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8,
             'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
# (min, max, message for too small, message for too large)
_LIMITS = {
    'b': (-128, 127, 'signed char is less than minimum',
          'signed char is greater than maximum'),
    'B': (0, 255, 'unsigned byte integer is less than minimum',
          'unsigned byte integer is greater than maximum'),
    'h': (-32768, 32767, 'signed short integer is less than minimum',
          'signed short integer is greater than maximum'),
    'H': (0, 65535, 'unsigned short is less than minimum',
          'unsigned short is greater than maximum'),
    'i': (-2**31, 2**31 - 1, 'signed integer is less than minimum',
          'signed integer is greater than maximum'),
    'I': (0, 2**32 - 1, "can't convert negative value to unsigned int",
          'unsigned int is greater than maximum'),
    'l': (-2**63, 2**63 - 1, 'Python int too large to convert to C long',
          'Python int too large to convert to C long'),
    'L': (0, 2**64 - 1, "can't convert negative value to unsigned int",
          'Python int too large to convert to C unsigned long'),
    'q': (-2**63, 2**63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (0, 2**64 - 1, "can't convert negative int to unsigned",
          'int too big to convert'),
}
_F32_MAX = 3.4028234663852886e38


def _index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__') and not isinstance(v, float):
        return v.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _slice_range(s, n):
    # The indices a slice selects in a sequence of length n (slice.indices).
    return range(n)[s]


class array:
    """array(typecode [, initializer]) -> array"""

    # CPython's Py_TPFLAGS_SEQUENCE: `match` sees a sequence.
    __abc_tpflags__ = 1 << 5
    # No instance __dict__ (as CPython's array): getsizeof adds only the GC header
    # to __sizeof__.
    __slots__ = ('_tc', '_items', '_alloc', '__weakref__')

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, '
                             'f or d)')
        self._tc = typecode
        self._items = []
        self._alloc = 0
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with '
                                "typecode '%s'" % typecode)
            self._items = list(initializer)
            self._alloc = len(self._items)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array "
                                "with typecode '%s'" % typecode)
            self._items = [self._conv(v) for v in initializer._items]
            self._alloc = len(self._items)
        elif isinstance(initializer, (list, tuple)):
            self._items = [self._conv(v) for v in initializer]
            self._alloc = len(self._items)
        else:
            for v in initializer:
                self.append(v)

    # ----- storage model -----

    def _resize(self, newsize):
        # CPython's array_resize: keep the block when it is big enough and the
        # array does not shrink by 16 or more, else reallocate with headroom.
        size = len(self._items)
        if self._alloc >= newsize and size < newsize + 16 and self._alloc:
            return
        if newsize == 0:
            self._alloc = 0
            return
        self._alloc = (newsize >> 4) + (3 if size < 8 else 7) + newsize

    def _conv(self, v):
        tc = self._tc
        if tc == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError('array item must be unicode character')
            return v
        if tc in 'fd':
            if not isinstance(v, (int, float)):
                if hasattr(type(v), '__float__'):
                    v = v.__float__()
                else:
                    raise TypeError('must be real number, not %s' % type(v).__name__)
            v = float(v)
            if tc == 'f':
                if v != v or abs(v) == float('inf'):
                    return v
                if abs(v) > _F32_MAX:
                    return float('inf') if v > 0 else float('-inf')
                return _struct.unpack('<f', _struct.pack('<f', v))[0]
            return v
        n = _index(v)
        lo, hi, small, big = _LIMITS[tc]
        if n < lo:
            raise OverflowError(small)
        if n > hi:
            raise OverflowError(big)
        return n

    # ----- attributes -----

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    def __sizeof__(self):
        return 64 + self._alloc * _ITEMSIZE[self._tc]

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._tc
        if self._tc == 'u':
            return 'array(%r, %r)' % (self._tc, ''.join(self._items))
        return 'array(%r, %r)' % (self._tc, self._items)

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        a._alloc = len(items)
        return a

    # ----- sequence protocol -----

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __reversed__(self):
        # CPython reverses through the sequence protocol; mempy's reversed() wants this.
        return iter(self._items[::-1])

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        i = _index(i)
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            r = _slice_range(i, len(self._items))
            new = list(v._items)
            if r.step == 1:
                old = len(r)
                if len(new) > old:
                    self._resize(len(self._items) + len(new) - old)
                elif len(new) < old:
                    self._resize(len(self._items) - (old - len(new)))
            self._items[i] = new
            return
        i = _index(i)
        c = self._conv(v)
        try:
            self._items[i] = c
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            n = len(self._items)
            k = len(_slice_range(i, n))
            self._resize(n - k)
            del self._items[i]
            return
        i = _index(i)
        n = len(self._items)
        if not -n <= i < n:
            raise IndexError('array assignment index out of range')
        self._resize(n - 1)
        del self._items[i]

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        n = _index(n)
        return self._new(self._items * max(n, 0))

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        if n <= 0 or not self._items:
            self._resize(0)
            self._items = []
        else:
            self._resize(len(self._items) * n)
            self._items = self._items * n
        return self

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    # ----- methods -----

    def append(self, v):
        c = self._conv(v)
        self._resize(len(self._items) + 1)
        self._items.append(c)

    def insert(self, i, v):
        c = self._conv(v)
        self._resize(len(self._items) + 1)
        self._items.insert(_index(i), c)

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            new = list(iterable._items)
            self._resize(len(self._items) + len(new))
            self._items.extend(new)
            return
        for v in iterable:
            self.append(v)

    def pop(self, i=-1):
        n = len(self._items)
        if n == 0:
            raise IndexError('pop from empty array')
        i = _index(i)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('pop index out of range')
        v = self._items[i]
        self._resize(n - 1)
        del self._items[i]
        return v

    def remove(self, v):
        for i, x in enumerate(self._items):
            if x == v:
                self._resize(len(self._items) - 1)
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        for i in _slice_range(slice(start, stop), n):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        new = [self._conv(v) for v in items]
        self._resize(len(self._items) + len(new))
        self._items.extend(new)

    def _fmt(self, n):
        code = {'u': 'I', 'l': 'q', 'L': 'Q'}.get(self._tc, self._tc)
        return '<%d%s' % (n, code)

    def tobytes(self):
        if self._tc == 'u':
            return _struct.pack(self._fmt(len(self._items)), *map(ord, self._items))
        return _struct.pack(self._fmt(len(self._items)), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = _ITEMSIZE[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        n = len(data) // size
        values = list(_struct.unpack(self._fmt(n), data))
        if self._tc == 'u':
            values = [chr(v) for v in values]
        self._resize(len(self._items) + n)
        self._items.extend(values)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._resize(len(self._items) + len(s))
        self._items.extend(s)

    def byteswap(self):
        size = _ITEMSIZE[self._tc]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        alloc = self._alloc
        self.frombytes(swapped)
        self._alloc = alloc


ArrayType = array
