# `array`: compact sequences of one machine type (CPython's Modules/arraymodule.c,
# written anew in Python). The items are checked and converted as C would store them
# (range checks with CPython's OverflowError messages, 'f' rounded to single
# precision) and kept in machine format (native byte order) in a bytearray, `_b`:
# `_array.register` makes arrays buffer exporters, so memoryview(a), bytes(a), b + a
# and the other buffer consumers see and share that memory, and an array that is
# exporting cannot be resized (BufferError), as in CPython. Items are read and
# written through memoryview casts of `_b`. `__sizeof__` models CPython's buffer:
# the 64-byte header plus the allocated items, grown and shrunk with CPython's
# `array_resize` rule, so `sys.getsizeof` matches python3 after the same operations.
#
# Left out: `buffer_info` (there is no C address to give), `tofile`/`fromfile`,
# pickling, and the deprecated 'u' APIs' warnings.

import struct as _struct
import _array

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


def _index(v, msg=None):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__') and not isinstance(v, float):
        return v.__index__()
    raise TypeError(msg or "'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _slice_range(s, n):
    # The indices a slice selects in a sequence of length n (slice.indices).
    return range(n)[s]


class array:
    """array(typecode [, initializer]) -> array"""

    # CPython's Py_TPFLAGS_SEQUENCE: `match` sees a sequence.
    __abc_tpflags__ = 1 << 5
    # No instance __dict__ (as CPython's array): getsizeof adds only the GC header
    # to __sizeof__.
    __slots__ = ('_tc', '_b', '_alloc', '__weakref__')

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, '
                             'f or d)')
        self._tc = typecode
        self._b = bytearray()
        self._alloc = 0
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with '
                                "typecode '%s'" % typecode)
            self._b = self._pack(list(initializer))
            self._alloc = len(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array "
                                "with typecode '%s'" % typecode)
            items = [self._conv(v) for v in initializer._list()]
            self._b = self._pack(items)
            self._alloc = len(items)
        elif isinstance(initializer, (list, tuple)):
            items = [self._conv(v) for v in initializer]
            self._b = self._pack(items)
            self._alloc = len(items)
        else:
            for v in initializer:
                self.append(v)

    # ----- storage model -----

    def _code(self):
        # The memoryview format of an item ('u' is stored as its code point).
        return 'I' if self._tc == 'u' else self._tc

    def _pack(self, items):
        # A bytearray holding converted items in machine format.
        b = bytearray(len(items) * _ITEMSIZE[self._tc])
        if items:
            if self._tc == 'u':
                items = [ord(c) for c in items]
            v = memoryview(b).cast(self._code())
            for i, x in enumerate(items):
                v[i] = x
            v.release()
        return b

    def _list(self):
        # The items as a list of Python values.
        items = memoryview(self._b).cast(self._code()).tolist()
        if self._tc == 'u':
            return [chr(c) for c in items]
        return items

    def _splice(self, start, stop, items):
        # Replaces items [start:stop] by `items` (converted), keeping the allocation
        # model; an array that is exporting its buffer cannot change size.
        n = len(self)
        new = n - (stop - start) + len(items)
        size = _ITEMSIZE[self._tc]
        try:
            self._b[start * size:stop * size] = self._pack(items)
        except BufferError:
            raise BufferError('cannot resize an array that is exporting buffers') from None
        self._resize(n, new)

    def _resize(self, size, newsize):
        # CPython's array_resize: keep the block when it is big enough and the
        # array does not shrink by 16 or more, else reallocate with headroom.
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
        if not len(self):
            return 'array(%r)' % self._tc
        if self._tc == 'u':
            return 'array(%r, %r)' % (self._tc, ''.join(self._list()))
        return 'array(%r, %r)' % (self._tc, self._list())

    def _new(self, items):
        a = array(self._tc)
        a._b = a._pack(items)
        a._alloc = len(items)
        return a

    # ----- sequence protocol -----

    def __len__(self):
        return len(self._b) // _ITEMSIZE[self._tc]

    def __iter__(self):
        return iter(self._list())

    def __reversed__(self):
        # CPython reverses through the sequence protocol; mempy's reversed() wants this.
        return iter(self._list()[::-1])

    def __contains__(self, v):
        return v in self._list()

    def __getitem__(self, i):
        if type(i) is int:
            return _array.get(self._b, self._tc, i)
        if isinstance(i, slice):
            return self._new(self._list()[i])
        i = _index(i, 'array indices must be integers')
        n = len(self)
        if not -n <= i < n:
            raise IndexError('array index out of range')
        v = memoryview(self._b).cast(self._code())[i]
        return chr(v) if self._tc == 'u' else v

    def __setitem__(self, i, v):
        if type(i) is int and _array.set(self._b, self._tc, i, v):
            return
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            r = _slice_range(i, len(self))
            new = v._list()
            if r.step == 1:
                self._splice(r.start, max(r.stop, r.start), new)
                return
            if len(new) != len(r):
                raise ValueError('attempt to assign array of size %d to extended slice '
                                 'of size %d' % (len(new), len(r)))
            items = self._list()
            items[i] = new
            self._b[:] = self._pack(items)
            return
        i = _index(i, 'array indices must be integers')
        c = self._conv(v)
        n = len(self)
        if not -n <= i < n:
            raise IndexError('array assignment index out of range')
        memoryview(self._b).cast(self._code())[i] = ord(c) if self._tc == 'u' else c

    def __delitem__(self, i):
        if isinstance(i, slice):
            r = _slice_range(i, len(self))
            if r.step == 1:
                self._splice(r.start, max(r.stop, r.start), [])
                return
            items = self._list()
            del items[i]
            n = len(self)
            try:
                self._b[:] = self._pack(items)
            except BufferError:
                raise BufferError('cannot resize an array that is exporting buffers') from None
            self._resize(n, len(items))
            return
        i = _index(i)
        n = len(self)
        if not -n <= i < n:
            raise IndexError('array assignment index out of range')
        if i < 0:
            i += n
        self._splice(i, i + 1, [])

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._list() == other._list()

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._list() != other._list()

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._list() < other._list()

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._list() <= other._list()

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._list() > other._list()

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._list() >= other._list()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._list() + other._list())

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        n = _index(n)
        return self._new(self._list() * max(n, 0))

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        items = self._list()
        if n <= 0 or not items:
            self._splice(0, len(items), [])
        else:
            self._splice(len(items), len(items), items * (n - 1))
        return self

    def __copy__(self):
        return self._new(self._list())

    def __deepcopy__(self, memo):
        return self._new(self._list())

    # ----- methods -----

    def append(self, v):
        c = self._conv(v)
        n = len(self)
        self._splice(n, n, [c])

    def insert(self, i, v):
        c = self._conv(v)
        n = len(self)
        i = _index(i)
        if i < 0:
            i = max(i + n, 0)
        i = min(i, n)
        self._splice(i, i, [c])

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            n = len(self)
            self._splice(n, n, iterable._list())
            return
        for v in iterable:
            self.append(v)

    def pop(self, i=-1):
        n = len(self)
        if n == 0:
            raise IndexError('pop from empty array')
        i = _index(i)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('pop index out of range')
        v = self[i]
        self._splice(i, i + 1, [])
        return v

    def remove(self, v):
        for i, x in enumerate(self._list()):
            if x == v:
                self._splice(i, i + 1, [])
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None):
        items = self._list()
        n = len(items)
        if stop is None:
            stop = n
        for i in _slice_range(slice(start, stop), n):
            if items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return sum(1 for x in self._list() if x == v)

    def reverse(self):
        self._b[:] = self._pack(self._list()[::-1])

    def tolist(self):
        return self._list()

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        new = [self._conv(v) for v in items]
        n = len(self)
        self._splice(n, n, new)

    def tobytes(self):
        return bytes(self._b)

    def frombytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            try:
                data = memoryview(data)
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(data).__name__) from None
        data = bytes(data)
        size = _ITEMSIZE[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        n = len(self)
        try:
            self._b[len(self._b):] = data
        except BufferError:
            raise BufferError('cannot resize an array that is exporting buffers') from None
        self._resize(n, n + len(data) // size)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._list())

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        n = len(self)
        self._splice(n, n, list(s))

    def byteswap(self):
        size = _ITEMSIZE[self._tc]
        if size == 1:
            return
        b = self._b
        for i in range(0, len(b), size):
            b[i:i + size] = b[i:i + size][::-1]


ArrayType = array
_array.register(array)
