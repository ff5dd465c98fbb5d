# importlib.util: resolve_name for absolute and relative names (one dot is the
# package, each further dot one level up) and its errors, decode_source's universal
# newlines, and MAGIC_NUMBER's shape.
import importlib.util as u
for args in [('a', None), ('.a', 'p'), ('..a', 'p.q'), ('..', 'p.q'), ('.', 'p'),
             ('...a', 'p.q'), ('.a', ''), ('.a', None), ('a.b', 'x'), ('..b.c', 'p.q.r'),
             ('...', 'p.q.r'), ('....', 'p.q.r')]:
    try:
        print(args, u.resolve_name(*args))
    except ImportError as e:
        print(args, type(e).__name__, e)
print(repr(u.decode_source(b'a\r\nb\rc\n')))
print(repr(u.decode_source(bytearray(b'x\r\n\r\r\n'))))
print(repr(u.decode_source('caf\u00e9\r'.encode())))
print(u.MAGIC_NUMBER[2:], len(u.MAGIC_NUMBER))
