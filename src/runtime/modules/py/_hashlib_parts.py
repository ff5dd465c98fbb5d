# The C-level module names of CPython's hashing: `_hashlib` (the OpenSSL
# binding: HASH, HASHXOF, new, the openssl_* constructors, pbkdf2_hmac, ...) and
# the builtin `_md5`, `_sha1`, `_sha256`, `_sha512`, `_sha3`, `_blake2`. mempy has
# one implementation (`hashlib` over `_mempy_hashlib`); this source, run under each
# of those names, exports that module's share of it. Compiled at first import.

import hashlib as _h

_name = __name__

if _name == '_hashlib':
    HASH = _h.HASH
    HASHXOF = _h.HASHXOF
    UnsupportedDigestmodError = _h.UnsupportedDigestmodError
    pbkdf2_hmac = _h.pbkdf2_hmac
    openssl_md_meth_names = frozenset(_h.algorithms_available)
    for _n in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224',
               'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'):
        globals()['openssl_' + _n] = getattr(_h, _n)

    def new(name, data=b'', *, usedforsecurity=True, string=None):
        """Return a new hash object using the named algorithm."""
        if not isinstance(name, str):
            raise TypeError('new() argument \'name\' must be str, not %s'
                            % type(name).__name__)
        if name.lower() not in _h.algorithms_available:
            raise UnsupportedDigestmodError('unsupported hash type ' + name)
        if string is not None:
            data = string
        return _h.new(name.lower(), data)

    def get_fips_mode():
        return 0

    def compare_digest(a, b, /):
        import hmac
        return hmac.compare_digest(a, b)

elif _name == '_md5':
    md5 = _h.md5
    MD5Type = _h.HASH
elif _name == '_sha1':
    sha1 = _h.sha1
    SHA1Type = _h.HASH
elif _name == '_sha256':
    sha224 = _h.sha224
    sha256 = _h.sha256
    SHA224Type = SHA256Type = _h.HASH
elif _name == '_sha512':
    sha384 = _h.sha384
    sha512 = _h.sha512
    SHA384Type = SHA512Type = _h.HASH
elif _name == '_sha3':
    sha3_224 = _h.sha3_224
    sha3_256 = _h.sha3_256
    sha3_384 = _h.sha3_384
    sha3_512 = _h.sha3_512
    shake_128 = _h.shake_128
    shake_256 = _h.shake_256
    implementation = 'mempy'
elif _name == '_blake2':
    blake2b = _h.blake2b
    blake2s = _h.blake2s
    BLAKE2B_SALT_SIZE = 16
    BLAKE2B_PERSON_SIZE = 16
    BLAKE2B_MAX_KEY_SIZE = 64
    BLAKE2B_MAX_DIGEST_SIZE = 64
    BLAKE2S_SALT_SIZE = 8
    BLAKE2S_PERSON_SIZE = 8
    BLAKE2S_MAX_KEY_SIZE = 32
    BLAKE2S_MAX_DIGEST_SIZE = 32

del _name
