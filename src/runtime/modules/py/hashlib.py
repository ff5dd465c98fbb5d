# mempy's `hashlib` module, written for mempy from the documented behaviour of
# CPython 3.11's hashlib (with OpenSSL): md5, sha1, sha224, sha256, sha384,
# sha512, sha3_224/256/384/512, shake_128/256, blake2b/blake2s (digest_size, key,
# salt, person), new(), pbkdf2_hmac, file_digest, the algorithms_* sets.
# Compiled from this source at first import.
#
# The hashing is native (`_mempy_hashlib`, runtime/modules/hashlib/): a hash
# object keeps the running state as a bytes object, which update() replaces and
# digest() finishes a copy of, so copy() shares nothing mutable.
#
# Left out: the OpenSSL-only algorithms (sha512_224, sha512_256, ripemd160, sm3,
# md5-sha1) and BLAKE2's tree-hashing parameters (fanout, depth, leaf_size,
# node_offset, node_depth, inner_size, last_node), which raise TypeError.

import _mempy_hashlib as _native

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384',
           'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

# name: (native algorithm number, digest_size, block_size)
_ALGOS = {
    'md5': (0, 16, 64),
    'sha1': (1, 20, 64),
    'sha224': (2, 28, 64),
    'sha256': (3, 32, 64),
    'sha384': (4, 48, 128),
    'sha512': (5, 64, 128),
    'sha3_224': (6, 28, 144),
    'sha3_256': (7, 32, 136),
    'sha3_384': (8, 48, 104),
    'sha3_512': (9, 64, 72),
    'shake_128': (10, 0, 168),
    'shake_256': (11, 0, 136),
    'blake2b': (12, 64, 128),
    'blake2s': (13, 32, 64),
}

algorithms_guaranteed = frozenset(_ALGOS)
algorithms_available = set(_ALGOS)


def _data(obj):
    # What update() and the constructors accept: any bytes-like object.
    if type(obj) is bytes:
        return obj
    if isinstance(obj, str):
        raise TypeError('Strings must be encoded before hashing')
    try:
        return memoryview(obj).tobytes()
    except TypeError:
        raise TypeError('object supporting the buffer API required') from None


class HASH:
    """A hash object: update() with more data, digest()/hexdigest(), copy()."""

    __slots__ = ('_state', '_name')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HASH' instances")

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _ALGOS[self._name][1]

    @property
    def block_size(self):
        return _ALGOS[self._name][2]

    def update(self, *args):
        if len(args) != 1:
            raise TypeError('HASH.update() takes exactly one argument (%d given)'
                            % len(args))
        self._state = _native.update(self._state, _data(args[0]))

    def digest(self):
        return _native.digest(self._state, 0)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = object.__new__(type(self))
        other._state = self._state
        other._name = self._name
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %#x>' % (self._name, id(self))


class HASHXOF(HASH):
    """A SHAKE object: digest(length) and hexdigest(length)."""

    __slots__ = ()

    def digest(self, *args, **kwargs):
        length = _length_arg('digest', args, kwargs)
        if length < 0:
            raise SystemError('Negative size passed to PyBytes_FromStringAndSize')
        return _native.digest(self._state, length)

    def hexdigest(self, *args, **kwargs):
        return self.digest(_length_arg('hexdigest', args, kwargs)).hex()

    def __repr__(self):
        return '<%s _hashlib.HASHXOF object @ %#x>' % (self._name, id(self))


def _length_arg(fname, args, kwargs):
    # Argument Clinic's parsing of `(length)` for the XOF digests.
    if len(args) + len(kwargs) > 1 or len(args) > 1:
        raise TypeError('%s() takes at most 1 argument (%d given)'
                        % (fname, len(args) + len(kwargs)))
    if args:
        length = args[0]
    elif 'length' in kwargs:
        length = kwargs['length']
    else:
        raise TypeError("%s() missing required argument 'length' (pos 1)" % fname)
    if not isinstance(length, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(length).__name__)
    return length


class UnsupportedDigestmodError(ValueError):
    pass


UnsupportedDigestmodError.__module__ = '_hashlib'
HASH.__module__ = '_hashlib'
HASHXOF.__module__ = '_hashlib'
HASH.__qualname__ = HASH.__name__ = 'HASH'
HASHXOF.__qualname__ = HASHXOF.__name__ = 'HASHXOF'


def _make(cls, name, state, data):
    h = object.__new__(cls)
    h._name = name
    h._state = state
    if data is not None:
        h.update(data)
    return h


def _openssl_constructor(name):
    number = _ALGOS[name][0]
    cls = HASHXOF if name.startswith('shake') else HASH
    fname = 'openssl_' + name

    def constructor(*args, usedforsecurity=True, **kwargs):
        if len(args) > 1:
            raise TypeError('%s() takes at most 1 positional argument (%d given)'
                            % (fname, len(args)))
        data = args[0] if args else None
        if 'string' in kwargs:
            if args:
                raise TypeError("argument for %s() given by name ('string') "
                                "and position (1)" % fname)
            data = kwargs.pop('string')
        for key in kwargs:
            raise TypeError("'%s' is an invalid keyword argument for %s()"
                            % (key, fname))
        return _make(cls, name, _native.init(number, _ALGOS[name][1], b'', b'',
                                             b''), data)

    constructor.__name__ = constructor.__qualname__ = fname
    return constructor


md5 = _openssl_constructor('md5')
sha1 = _openssl_constructor('sha1')
sha224 = _openssl_constructor('sha224')
sha256 = _openssl_constructor('sha256')
sha384 = _openssl_constructor('sha384')
sha512 = _openssl_constructor('sha512')
sha3_224 = _openssl_constructor('sha3_224')
sha3_256 = _openssl_constructor('sha3_256')
sha3_384 = _openssl_constructor('sha3_384')
sha3_512 = _openssl_constructor('sha3_512')
shake_128 = _openssl_constructor('shake_128')
shake_256 = _openssl_constructor('shake_256')


class _Blake2(HASH):
    __slots__ = ('_digest_size',)
    _MAX = 64
    _SALT = 16

    def __new__(cls, data=b'', /, *, digest_size=None, key=b'', salt=b'',
                person=b'', usedforsecurity=True, **tree):
        for k in tree:
            if k in ('fanout', 'depth', 'leaf_size', 'node_offset', 'node_depth',
                     'inner_size', 'last_node'):
                raise TypeError('%s: tree hashing parameters are not supported '
                                'by mempy' % cls.__name__)
            raise TypeError("%s() got an unexpected keyword argument '%s'"
                            % (cls.__name__, k))
        limit = cls._MAX
        if digest_size is None:
            digest_size = limit
        if not 1 <= digest_size <= limit:
            raise ValueError('digest_size must be between 1 and %d bytes' % limit)
        key = _data(key)
        salt = _data(salt)
        person = _data(person)
        if len(key) > limit:
            raise ValueError('maximum key length is %d bytes' % limit)
        if len(salt) > cls._SALT:
            raise ValueError('maximum salt length is %d bytes' % cls._SALT)
        if len(person) > cls._SALT:
            raise ValueError('maximum person length is %d bytes' % cls._SALT)
        h = object.__new__(cls)
        h._name = cls.__name__
        h._digest_size = digest_size
        h._state = _native.init(_ALGOS[cls.__name__][0], digest_size, key, salt,
                                person)
        h.update(data)
        return h

    def __init__(self, *args, **kwargs):
        pass

    @property
    def digest_size(self):
        return self._digest_size

    def update(self, data, /):
        self._state = _native.update(self._state, _data(data))

    def copy(self):
        other = HASH.copy(self)
        other._digest_size = self._digest_size
        return other

    def __repr__(self):
        return '<_blake2.%s object at %#x>' % (self._name, id(self))


class blake2b(_Blake2):
    """BLAKE2b hash object (digest_size up to 64, key up to 64 bytes)."""
    __slots__ = ()
    _MAX = 64
    _SALT = 16
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    """BLAKE2s hash object (digest_size up to 32, key up to 32 bytes)."""
    __slots__ = ()
    _MAX = 32
    _SALT = 8
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


blake2b.__module__ = '_blake2'
blake2s.__module__ = '_blake2'

_CONSTRUCTORS = {
    'md5': md5, 'sha1': sha1, 'sha224': sha224, 'sha256': sha256,
    'sha384': sha384, 'sha512': sha512, 'sha3_224': sha3_224,
    'sha3_256': sha3_256, 'sha3_384': sha3_384, 'sha3_512': sha3_512,
    'shake_128': shake_128, 'shake_256': shake_256,
    'blake2b': blake2b, 'blake2s': blake2s,
}


# The builtin (non-OpenSSL) modules' constructors by name, as
# `__get_builtin_constructor` finds them: in mempy they are the same functions.
__builtin_constructor_cache = {}

_BUILTIN_MODULES = {
    'md5': ('_md5', ('md5',)), 'sha1': ('_sha1', ('sha1',)),
    'sha224': ('_sha256', ('sha224', 'sha256')), 'sha256': ('_sha256', ('sha224', 'sha256')),
    'sha384': ('_sha512', ('sha384', 'sha512')), 'sha512': ('_sha512', ('sha384', 'sha512')),
    'blake2b': ('_blake2', ('blake2b', 'blake2s')), 'blake2s': ('_blake2', ('blake2b', 'blake2s')),
}
for _n in ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'):
    _BUILTIN_MODULES[_n] = ('_sha3', (_n,))
del _n


def __get_builtin_constructor(name):
    cache = __builtin_constructor_cache
    ctor = cache.get(name)
    if ctor is not None:
        return ctor
    # md5/sha1/sha2 are also known by their upper-case names.
    entry = _BUILTIN_MODULES.get(name if name.startswith(('blake', 'sha3', 'shake'))
                                 else name.lower())
    if entry is not None:
        module = __import__(entry[0])
        for n in entry[1]:
            cache[n] = getattr(module, n)
            if not n.startswith(('blake', 'sha3', 'shake')):
                cache[n.upper()] = cache[n]
    ctor = cache.get(name)
    if ctor is not None:
        return ctor
    raise ValueError('unsupported hash type ' + name)


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named
    algorithm; optionally initialized with data (which must be a bytes-like
    object)."""
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    ctor = _CONSTRUCTORS.get(name)
    if ctor is None:
        ctor = _CONSTRUCTORS.get(name.lower())
        if ctor is None or name.lower().startswith('blake2'):
            raise ValueError('unsupported hash type ' + name)
    return ctor(data, **kwargs)


def _hmac_digest(name, key, msg):
    ctor = _CONSTRUCTORS[name]
    block = _ALGOS[name][2]
    if len(key) > block:
        key = ctor(key).digest()
    key = key + bytes(block - len(key))
    inner = ctor(bytes(b ^ 0x36 for b in key))
    inner.update(msg)
    outer = ctor(bytes(b ^ 0x5C for b in key))
    outer.update(inner.digest())
    return outer


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError('pbkdf2_hmac() argument \'hash_name\' must be str, not %s'
                        % type(hash_name).__name__)
    password = _data(password)
    salt = _data(salt)
    name = hash_name.lower()
    if name not in _CONSTRUCTORS or name.startswith('shake'):
        # OpenSSL's wording, as CPython's _hashlib reports it.
        raise UnsupportedDigestmodError('[digital envelope routines] unsupported')
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if iterations > 2147483647:
        raise OverflowError('iteration value is too great.')
    size = _ALGOS[name][1]
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    if dklen > 2147483647:
        raise OverflowError('key length is too great.')
    out = bytearray()
    block = 1
    while len(out) < dklen:
        u = _hmac_digest(name, password, salt + block.to_bytes(4, 'big')).digest()
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = _hmac_digest(name, password, u).digest()
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(size, 'big')
        block += 1
    return bytes(out[:dklen])


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object (opened for reading in binary
    mode). Returns a hash object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    # CPython asks for readinto(); mempy's binary files do not have it yet, so
    # a readable file opened in binary mode is read with read() instead.
    binary = hasattr(fileobj, 'readinto') or 'b' in str(getattr(fileobj, 'mode', ''))
    if not (binary and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError("'%r' is not a file-like object in binary reading mode."
                         % (fileobj,))
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
