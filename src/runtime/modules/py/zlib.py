# mempy's `zlib` module, written for mempy from the documented behaviour of
# CPython 3.11's zlib (messages as CPython's): crc32, adler32, compress,
# decompress, compressobj/Compress, decompressobj/Decompress and the constants.
# The work is done by the zlib library through the native `_mempy_zlib`
# (runtime/modules/zlib.rs), so compressed bytes are zlib's own. Compiled from
# this source at first import.

import _mempy_zlib as _z

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6

ZLIB_RUNTIME_VERSION = _z.version()
ZLIB_VERSION = ZLIB_RUNTIME_VERSION


class error(Exception):
    pass


error.__module__ = 'zlib'

_Z_STREAM_ERROR = -2
_Z_MEM_ERROR = -4

# zlib's texts for failures that leave no message on the stream.
_NO_MSG = {-5: 'incomplete or truncated stream',
           -2: 'inconsistent stream state',
           -3: 'invalid input data'}


def _failure(result, doing):
    # result: (code, zlib's message or None[, what was being done instead])
    code, msg = result[0], result[1]
    if len(result) > 2 and result[2] is not None:
        doing = result[2]
    if code == -6:
        msg = 'library version mismatch'
    if msg is None:
        msg = _NO_MSG.get(code)
    if msg is None:
        return error('Error %d %s' % (code, doing))
    return error('Error %d %s: %.200s' % (code, doing, msg))


def _buffer(data):
    if type(data) is bytes:
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _index(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return v.__index__()


def _c_int(v, name='argument'):
    # An Argument Clinic `int` converter: index, then the C int range.
    v = _index(v)
    if not -2147483648 <= v <= 2147483647:
        raise OverflowError('signed integer is greater than maximum'
                            if v > 0 else 'signed integer is less than minimum')
    return v


def crc32(data, value=0, /):
    """Compute a CRC-32 checksum of data."""
    return _z.crc32(_buffer(data), _index(value) & 0xFFFFFFFF)


def adler32(data, value=1, /):
    """Compute an Adler-32 checksum of data."""
    return _z.adler32(_buffer(data), _index(value) & 0xFFFFFFFF)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    data = _buffer(data)
    h = _z.deflate_init(_c_int(level), DEFLATED, _c_int(wbits), DEF_MEM_LEVEL,
                        Z_DEFAULT_STRATEGY, None)
    if h < 0:
        if h == _Z_MEM_ERROR:
            raise MemoryError('Out of memory while compressing data')
        if h == _Z_STREAM_ERROR:
            raise error('Bad compression level')
        raise _failure((h, None), 'while compressing data')
    try:
        out = _z.deflate(h, data, Z_FINISH)
    finally:
        _z.end(h)
    if type(out) is tuple:
        raise _failure(out, 'while compressing data')
    return out


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    data = _buffer(data)
    wbits = _c_int(wbits)
    bufsize = _index(bufsize)
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    h = _z.inflate_init(wbits, None)
    if h < 0:
        if h == _Z_MEM_ERROR:
            raise MemoryError('Out of memory while decompressing data')
        raise _failure((h, None), 'while preparing to decompress data')
    try:
        r = _z.inflate(h, data, 0, Z_NO_FLUSH)
    finally:
        _z.end(h)
    if type(r[0]) is int:
        raise _failure(r, 'while decompressing data')
    out, used, ended = r
    if not ended:
        raise _failure((-5, None), 'while decompressing data')
    return out


class _Stream:
    __slots__ = ('_h', '__weakref__')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'zlib.%s' instances" % type(self).__name__)

    def __del__(self):
        h = self._h
        if h is not None:
            self._h = None
            _z.end(h)


class Compress(_Stream):
    """A compression stream (made by compressobj)."""
    __slots__ = ()

    def compress(self, data, /):
        out = _z.deflate(self._h, _buffer(data), Z_NO_FLUSH)
        if type(out) is tuple:
            raise _failure(out, 'while compressing data')
        return out

    def flush(self, mode=Z_FINISH, /):
        mode = _c_int(mode)
        if mode == Z_NO_FLUSH:
            return b''
        out = _z.deflate(self._h, b'', mode)
        if type(out) is tuple:
            raise _failure(out, 'while flushing')
        return out

    def copy(self):
        h = _z.copy(self._h)
        if h < 0:
            if h == _Z_STREAM_ERROR:
                raise ValueError('Inconsistent stream state')
            raise _failure((h, None), 'while copying compression object')
        c = object.__new__(Compress)
        c._h = h
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        raise TypeError("cannot pickle 'zlib.Compress' object")


class Decompress(_Stream):
    """A decompression stream (made by decompressobj)."""
    __slots__ = ('unused_data', 'unconsumed_tail', 'eof', '_zdict')

    def _run(self, data, max_length, mode, doing):
        r = _z.inflate(self._h, data, max_length, mode)
        if type(r[0]) is int:
            raise _failure(r, doing)
        out, used, ended = r
        rest = data[used:]
        if ended:
            # Input after the end of the stream: unused_data collects it, and (as
            # in CPython) it is also left as the unconsumed tail.
            self.eof = True
            if rest:
                self.unused_data += rest
        if rest or self.unconsumed_tail:
            self.unconsumed_tail = rest
        return out

    def decompress(self, data, /, max_length=0):
        """Return a bytes object containing the decompressed version of the
        data."""
        data = _buffer(data)
        max_length = _index(max_length)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        return self._run(data, max_length, Z_SYNC_FLUSH, 'while decompressing data')

    def flush(self, length=DEF_BUF_SIZE, /):
        length = _index(length)
        if length <= 0:
            raise ValueError('length must be greater than zero')
        data = self.unconsumed_tail
        return self._run(data, 0, Z_FINISH, 'while flushing')

    def copy(self):
        h = _z.copy(self._h)
        if h < 0:
            if h == _Z_STREAM_ERROR:
                raise ValueError('Inconsistent stream state')
            raise _failure((h, None), 'while copying decompression object')
        d = object.__new__(Decompress)
        d._h = h
        d.unused_data = self.unused_data
        d.unconsumed_tail = self.unconsumed_tail
        d.eof = self.eof
        d._zdict = self._zdict
        return d

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        raise TypeError("cannot pickle 'zlib.Decompress' object")


Compress.__module__ = 'zlib'
Decompress.__module__ = 'zlib'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if zdict is not None:
        zdict = _buffer(zdict)
    h = _z.deflate_init(_c_int(level), _c_int(method), _c_int(wbits),
                        _c_int(memLevel), _c_int(strategy), zdict)
    if h < 0:
        if h == _Z_MEM_ERROR:
            raise MemoryError("Can't allocate memory for compression object")
        if h == _Z_STREAM_ERROR:
            raise ValueError('Invalid initialization option')
        raise _failure((h, None), 'while creating compression object')
    c = object.__new__(Compress)
    c._h = h
    return c


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    if zdict != b'':
        try:
            memoryview(zdict)
        except TypeError:
            raise TypeError('zdict argument must support the buffer protocol') \
                from None
        zdict = _buffer(zdict)
    else:
        zdict = None
    h = _z.inflate_init(_c_int(wbits), zdict)
    if h < 0:
        if h == _Z_MEM_ERROR:
            raise MemoryError("Can't allocate memory for decompression object")
        if h == _Z_STREAM_ERROR:
            raise ValueError('Invalid initialization option')
        raise _failure((h, None), 'while creating decompression object')
    d = object.__new__(Decompress)
    d._h = h
    d.unused_data = b''
    d.unconsumed_tail = b''
    d.eof = False
    d._zdict = zdict
    return d
