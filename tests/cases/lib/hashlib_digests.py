# hashlib: every guaranteed algorithm's digests (empty, short, block-boundary
# and multi-block input, incremental updates, copy), BLAKE2 parameters, SHAKE
# lengths, new(), pbkdf2_hmac, file_digest and the argument errors.
import hashlib
import io

inputs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 64, b'b' * 111, b'b' * 112,
          b'c' * 128, b'd' * 135, b'd' * 136, b'e' * 1000, bytes(range(256)) * 5]
for name in sorted(hashlib.algorithms_guaranteed):
    for data in inputs:
        h = hashlib.new(name, data)
        d = h.hexdigest(20) if name.startswith('shake') else h.hexdigest()
        print(name, len(data), d)
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size)

for name in ('md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', 'blake2s'):
    whole = getattr(hashlib, name)(b'x' * 300).hexdigest()
    h = getattr(hashlib, name)()
    for i in range(0, 300, 7):
        h.update(b'x' * min(7, 300 - i))
    c = h.copy()
    c.update(b'more')
    print(name, whole == h.hexdigest(), c.hexdigest() != h.hexdigest(), h.digest().hex() == h.hexdigest())

print(hashlib.blake2b(b'msg', digest_size=16, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2s(b'msg', digest_size=10, key=b'key' * 10, person=b'pers').hexdigest())
print(hashlib.blake2b(key=b'k').hexdigest(), hashlib.blake2s(b'', key=b'x' * 32).hexdigest())
print(hashlib.blake2b(b'a' * 128, key=b'k').hexdigest())
print(hashlib.shake_256(b'abc').hexdigest(300)[-40:], hashlib.shake_128(b'').digest(0))
print(hashlib.md5(string=b'old').hexdigest(), hashlib.sha256(memoryview(b'mv')).hexdigest())
print(hashlib.sha1(bytearray(b'ba'), usedforsecurity=False).hexdigest())
print(hashlib.new('SHA256', b'up').hexdigest() == hashlib.sha256(b'up').hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 3, 40).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'na', 2).hex())
print(hashlib.file_digest(io.BytesIO(b'file body'), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'file body'), hashlib.md5).hexdigest())
print(type(hashlib.md5()).__name__, type(hashlib.shake_128()).__name__, type(hashlib.blake2b()).__name__)

def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(hashlib.md5, 'text')
err(hashlib.md5, 1)
err(hashlib.sha256().update, 'text')
err(hashlib.new, 'nope')
err(hashlib.new, 5)
err(hashlib.shake_128().digest)
err(hashlib.blake2b, digest_size=65)
err(hashlib.blake2s, digest_size=0)
err(hashlib.blake2b, key=b'k' * 65)
err(hashlib.blake2b, salt=b's' * 17)
err(hashlib.blake2s, person=b'p' * 9)
err(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 0)
err(hashlib.pbkdf2_hmac, 'nope', b'p', b's', 1)
err(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 1, 2**62)
err(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 2**31)
