# hmac: HMAC digests with each way of naming the digest (str, constructor,
# module), long keys, incremental update and copy, hmac.digest, compare_digest,
# and the C-level hashing module names (_hashlib, _md5, ...).
import hashlib
import hmac

key = b'key'
msg = b'The quick brown fox jumps over the lazy dog'
print(hmac.new(key, msg, 'md5').hexdigest())
print(hmac.new(key, msg, hashlib.sha256).hexdigest())
print(hmac.new(key, msg, digestmod=hashlib.sha1).hexdigest())
print(hmac.new(b'k' * 200, msg, 'sha512').hexdigest())
print(hmac.new(b'', b'', 'sha3_256').hexdigest())
h = hmac.new(key, digestmod='sha256')
h.update(msg[:10])
c = h.copy()
h.update(msg[10:])
print(h.hexdigest() == hmac.digest(key, msg, 'sha256').hex(), c.hexdigest() != h.hexdigest())
print(h.name, h.digest_size, h.block_size, hmac.new(key, msg, 'blake2b').name)
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest('abc', 'abc'), hmac.compare_digest(bytearray(b'x'), b'xy'))
for args in ((key, msg), ('str key', msg, 'md5')):
    try:
        hmac.new(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    hmac.compare_digest('a', b'a')
except TypeError as e:
    print('TypeError', e)

import _hashlib, _md5, _sha1, _sha256, _sha512, _sha3, _blake2
print(_md5.md5(b'').hexdigest(), _sha1.sha1(b'').hexdigest()[:8])
print(_sha256.sha224(b'a').hexdigest()[:8], _sha512.sha384(b'a').hexdigest()[:8])
print(_sha3.shake_128(b'a').hexdigest(4), _blake2.blake2s(b'a').hexdigest()[:8])
print(_hashlib.new('sha256', b'x').hexdigest() == hashlib.sha256(b'x').hexdigest())
print(isinstance(hashlib.md5(), _hashlib.HASH), issubclass(_hashlib.HASHXOF, _hashlib.HASH))
print(_hashlib.openssl_sha1(b'q').hexdigest() == hashlib.sha1(b'q').hexdigest())
try:
    _hashlib.HASH()
except TypeError as e:
    print('TypeError', e)
