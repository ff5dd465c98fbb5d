# getopt / gnu_getopt and the secrets helpers.
import getopt
import os
import secrets
import string

os.environ.pop('POSIXLY_CORRECT', None)
cases = [
    (['-a', '1', '-bc', 'x', 'y'], 'a:bc', []),
    (['-a1', '--alpha', '--beta=2', 'rest', '-b'], 'a:b', ['alpha', 'beta=']),
    (['--al', '--be', 'val'], '', ['alpha', 'beta=']),
    (['--', '-a'], 'a', []),
    (['-', '-a'], 'a', []),
    (['-x'], 'a', []),
    (['-a'], 'a:', []),
    (['--nope'], '', ['alpha']),
    (['--alpha=1'], '', ['alpha']),
    (['--beta'], '', ['beta=']),
    (['--a'], '', ['alpha', 'alps']),
    (['--alpha'], '', ['alpha', 'alphabet']),
    (['--alp'], '', 'alpha'),
]
for args, short, long in cases:
    for f in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(f.__name__, f(args, short, long))
        except getopt.GetoptError as e:
            print(f.__name__, 'GetoptError', e, repr(e.msg), repr(e.opt), e.args)
print(getopt.gnu_getopt(['x', '-a', 'y', '--', '-b'], 'ab'))
print(getopt.gnu_getopt(['x', '-a', 'y'], '+ab'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['x', '-a', 'y'], 'ab'))
del os.environ['POSIXLY_CORRECT']
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))

print(secrets.DEFAULT_ENTROPY, len(secrets.token_bytes()), len(secrets.token_bytes(5)),
      len(secrets.token_hex(7)), all(c in string.hexdigits for c in secrets.token_hex()))
t = secrets.token_urlsafe(16)
print(all(c in string.ascii_letters + string.digits + '-_' for c in t), len(t))
print(0 <= secrets.randbelow(3) < 3, 0 <= secrets.randbits(5) < 32,
      secrets.choice('abc') in 'abc', isinstance(secrets.SystemRandom(), secrets.SystemRandom))
for bad in (0, -1):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print('ValueError', e)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'))
try:
    secrets.compare_digest('a', b'a')
except TypeError as e:
    print('TypeError', e)
