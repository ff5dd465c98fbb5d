# Checks: printf-style bytes formatting (%s/%b with bytes-like values, %r/%a, %c, numbers,
# mapping keys, bytearray results) and its errors.
tests = ['b"%d" % 1', 'b"%s" % b"x"', 'b"%s-%s" % (b"a", bytearray(b"b"))', 'b"%b" % b"q"', 'b"%r" % b"x"', 'b"%a" % "é"', 'b"%5s|%-5s|" % (b"ab", b"cd")', 'b"%.1s" % b"xyz"',
 'b"%c%c" % (65, b"B")', 'b"%x %X %o %05d %+d" % (255, 255, 8, 42, 3)', 'b"%.2f %e %g" % (3.14159, 1e10, 0.5)', 'b"%(a)s=%(b)d" % {b"a": b"k", b"b": 7}', 'b"100%%" % ()',
 'bytearray(b"%d") % 5', 'b"%s" % "str"', 'b"%s" % 1', 'b"%d" % "x"', 'b"%c" % 256', 'b"%c" % b"ab"', 'b"%d %d" % (1,)', 'b"%d" % (1, 2)', 'b"%q" % 1', 'b"%" % ()', 'b"%(a)s" % {"a": 1}',
 'b"%*d|" % (5, 1)', 'b"\\xff%s\\xfe" % b"\\x80"', 'b"abc" % ()', 'b"%s" % [1]', 'b"%i" % 2.7', 'b"%x" % 2.5']
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
