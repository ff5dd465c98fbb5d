# `struct`: values to and from packed bytes (CPython's Modules/_struct.c, written
# anew in Python). Byte orders `@ = < > !`, native sizes and alignment of x86-64 Linux
# for `@`, the codes x c b B ? h H i I l L q Q n N e f d s p P, with CPython's
# `struct.error` messages. Floats are converted through their exact binary value
# (`float.hex`), rounding half to even as C does.
#
# Left out: `pack_into` on writable buffers other than bytearray and byte-format
# memoryviews, the Struct cache's size limits.

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


class error(Exception):
    pass


# code: (standard size, native size)
_SIZES = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
          'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (4, 8),
          'L': (4, 8), 'q': (8, 8), 'Q': (8, 8), 'n': (None, 8), 'N': (None, 8),
          'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1),
          'P': (None, 8)}
_SIGNED = 'bhilqn'
_NAMED_RANGE = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _parse(fmt):
    # (little_endian, native, items): items are (code, count, offset, size).
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                        % type(fmt).__name__)
    if '\0' in fmt:
        raise error('embedded null character')
    native = True
    little = True
    i = 0
    if fmt and fmt[0] in '@=<>!':
        c = fmt[0]
        native = c == '@'
        little = c in '@=<'
        i = 1
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            if j >= n:
                raise error('repeat count given without format specifier')
            i = j
            c = fmt[i]
        if c not in _SIZES:
            raise error('bad char in struct format')
        std, nat = _SIZES[c]
        size = nat if native else std
        if size is None:
            raise error('bad char in struct format')
        if native and c not in 'xcbB?sp':
            offset = (offset + size - 1) // size * size
        items.append((c, count, offset, size))
        offset += size * count
        # The size must fit a Py_ssize_t, as CPython's does.
        if offset > _MAXSIZE:
            raise error('total struct size too long')
        i += 1
    return little, native, items, offset


_MAXSIZE = (1 << 63) - 1


def _float_bits(x, ebits, mbits, code):
    # The IEEE bits of x with `ebits` exponent and `mbits` fraction bits.
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if x < 0 or (x == 0 and str(x).startswith('-')) else 0
    if x != x:
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits) | (1 << (mbits - 1))
    if x in (float('inf'), float('-inf')):
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits)
    if x == 0:
        return sign << (ebits + mbits)
    h = abs(x).hex()
    mant_text, exp_text = h[2:].split('p')
    head, _, frac = mant_text.partition('.')
    frac = (frac + '0' * 13)[:13]
    m = (int(head) << 52) | int(frac, 16)
    e = int(exp_text) - 52
    if head == '0':
        # A double subnormal: normalise so m has 53 significant bits.
        while m < (1 << 52):
            m <<= 1
            e -= 1
    # value = m * 2**e with 2**52 <= m < 2**53
    exp = e + 52
    if exp + bias <= 0:
        shift = 52 - mbits + (1 - bias - exp)
    else:
        shift = 52 - mbits
    if shift > 0:
        q = m >> shift
        r = m - (q << shift)
        half = 1 << (shift - 1)
        if r > half or (r == half and q & 1):
            q += 1
    else:
        q = m << -shift
    if exp + bias <= 0:
        if q >= (1 << mbits):
            return (sign << (ebits + mbits)) | (1 << mbits) | (q - (1 << mbits))
        return (sign << (ebits + mbits)) | q
    if q >= (2 << mbits):
        q >>= 1
        exp += 1
    if exp + bias >= (1 << ebits) - 1:
        raise OverflowError('float too large to pack with %s format' % code)
    return (sign << (ebits + mbits)) | ((exp + bias) << mbits) | (q - (1 << mbits))


def _bits_float(bits, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    e = (bits >> mbits) & ((1 << ebits) - 1)
    m = bits & ((1 << mbits) - 1)
    if e == (1 << ebits) - 1:
        if m:
            return float('nan')
        return sign * float('inf')
    if e == 0:
        return sign * _scale(m, 1 - bias - mbits)
    return sign * _scale(m | (1 << mbits), e - bias - mbits)


def _scale(m, e):
    # m * 2**e exactly (the result is representable for the formats used here).
    if m == 0:
        return 0.0
    if e >= 0:
        return float(m << e)
    return float.fromhex('%#xp%d' % (m, e))


def _int_arg(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__') and not isinstance(v, float):
        return v.__index__()
    raise error('required argument is not an integer')


def _pack_item(c, size, v, little, native):
    order = 'little' if little else 'big'
    if c in 'bBhHiIlLqQnNP':
        n = _int_arg(v)
        signed = c in _SIGNED
        if signed:
            lo, hi = -(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1
        else:
            lo, hi = 0, (1 << (size * 8)) - 1
        if not lo <= n <= hi:
            if c in _NAMED_RANGE:
                raise error('%s format requires %d <= number <= %d'
                            % (_NAMED_RANGE[c], lo, hi))
            if signed and size == 4:
                raise error("'%s' format requires %d <= number <= %d" % (c, lo, hi))
            raise error('argument out of range')
        return n.to_bytes(size, order, signed=signed)
    if c == '?':
        return b'\x01' if v else b'\x00'
    if c == 'c':
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise error('char format requires a bytes object of length 1')
        return bytes(v)
    if c in 'efd':
        if not isinstance(v, (int, float)):
            if hasattr(type(v), '__float__'):
                v = v.__float__()
            else:
                raise error('required argument is not a float')
        x = float(v)
        ebits, mbits = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}[c]
        return _float_bits(x, ebits, mbits, c).to_bytes(size, order)
    raise error('bad char in struct format')


def _unpack_item(c, data, little):
    order = 'little' if little else 'big'
    if c in 'bBhHiIlLqQnNP':
        return int.from_bytes(data, order, signed=c in _SIGNED)
    if c == '?':
        return data != b'\x00'
    if c == 'c':
        return bytes(data)
    if c in 'efd':
        ebits, mbits = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}[c]
        return _bits_float(int.from_bytes(data, order), ebits, mbits)
    raise error('bad char in struct format')


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        self.format = format.decode('latin-1') if isinstance(format, bytes) else format
        self._little, self._native, self._items, self.size = _parse(format)
        # What pack() takes: one value per item, a count for s/p, none for x.
        self._nargs = sum(0 if c == 'x' else (1 if c in 'sp' else n)
                          for c, n, _, _ in self._items)

    def pack(self, *args, **kwargs):
        if kwargs:
            raise TypeError("Struct.pack() takes no keyword arguments")
        if len(args) != self._nargs:
            raise error('pack expected %d items for packing (got %d)'
                        % (self._nargs, len(args)))
        out = bytearray(self.size)
        k = 0
        for c, n, off, size in self._items:
            if c == 'x':
                continue
            if c in 'sp':
                v = args[k]
                k += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % c)
                if c == 's':
                    data = bytes(v[:n])
                    out[off:off + len(data)] = data
                else:
                    # Up to n - 1 bytes are written; the length byte says at most 255.
                    data = bytes(v[:max(n - 1, 0)])
                    if n:
                        out[off] = min(len(data), 255)
                        out[off + 1:off + 1 + len(data)] = data
                continue
            for j in range(n):
                b = _pack_item(c, size, args[k], self._little, self._native)
                k += 1
                out[off + j * size:off + (j + 1) * size] = b
        return bytes(out)

    def _unpack_at(self, buffer, base):
        out = []
        for c, n, off, size in self._items:
            if c == 'x':
                continue
            start = base + off
            if c == 's':
                out.append(bytes(buffer[start:start + n]))
                continue
            if c == 'p':
                ln = buffer[start] if n else 0
                ln = min(ln, n - 1)
                out.append(bytes(buffer[start + 1:start + 1 + ln]))
                continue
            for j in range(n):
                s = start + j * size
                out.append(_unpack_item(c, bytes(buffer[s:s + size]), self._little))
        return tuple(out)

    def unpack(self, buffer):
        buffer = _bytes_like(buffer)
        if len(buffer) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack_at(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = _bytes_like(buffer)
        n = len(buffer)
        if offset < 0:
            if offset + self.size > 0:
                raise error('not enough data to unpack %d bytes at offset %d'
                            % (self.size, offset))
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for '
                        'unpacking %d bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, n))
        return self._unpack_at(buffer, offset)

    def iter_unpack(self, buffer):
        buffer = _bytes_like(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(buffer) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self.size)
        return _UnpackIterator(self, buffer)

    def pack_into(self, *args, **kwargs):
        if kwargs:
            raise TypeError("Struct.pack_into() takes no keyword arguments")
        if not args:
            raise error("pack_into expected buffer argument")
        if len(args) < 2:
            raise error("pack_into expected offset argument")
        return self._pack_into(*args)

    def _pack_into(self, buffer, offset, *args):
        data = self.pack(*args)
        # Written through the buffer protocol: any writable exporter (bytearray,
        # array, memoryview, mmap) takes the bytes.
        view = memoryview(buffer)
        if view.readonly:
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        view = view.cast('B')
        n = len(view)
        if offset < 0:
            if offset + self.size > 0:
                raise error('no space to pack %d bytes at offset %d'
                            % (self.size, offset))
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing '
                        '%d bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, n))
        view[offset:offset + self.size] = data


class _UnpackIterator:
    # What Struct.iter_unpack returns (CPython's _struct.unpack_iterator): the
    # records of the buffer one by one, with a length hint of those left.

    def __init__(self, struct, buffer):
        self._struct = struct
        self._buffer = buffer
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        buffer = self._buffer
        if buffer is None or self._index >= len(buffer):
            self._buffer = None
            raise StopIteration
        record = self._struct._unpack_at(buffer, self._index)
        self._index += self._struct.size
        return record

    def __length_hint__(self):
        if self._buffer is None:
            return 0
        return (len(self._buffer) - self._index) // self._struct.size


_UnpackIterator.__name__ = _UnpackIterator.__qualname__ = 'unpack_iterator'


def _bytes_like(b):
    # The bytes of any buffer exporter (memoryview, array, ...), read as bytes.
    if isinstance(b, (bytes, bytearray)):
        return b
    try:
        return memoryview(b).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(b).__name__) from None


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _struct(format).size


def pack(*args, **kwargs):
    if kwargs:
        raise TypeError("_struct.pack() takes no keyword arguments")
    if not args:
        raise TypeError('missing format argument')
    return _struct(args[0]).pack(*args[1:])


def pack_into(*args, **kwargs):
    if kwargs:
        raise TypeError("_struct.pack_into() takes no keyword arguments")
    if not args:
        raise TypeError('missing format argument')
    return _struct(args[0]).pack_into(*args[1:])


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
