# Checks: more bytes methods: isascii, removeprefix/removesuffix, partition/rpartition,
# rsplit, splitlines, center/ljust/rjust, zfill, swapcase, capitalize, hex(sep, bytes_per_sep); iterator types.
tests = ['b"ab\\x80".isascii()', 'b"".isascii()', 'b"abc".removeprefix(b"ab")', 'b"abc".removesuffix(b"bc")', 'b"abc".removeprefix(b"x")', 'bytearray(b"abc").removesuffix(b"c")',
 'b"a=b=c".partition(b"=")', 'b"a=b=c".rpartition(b"=")', 'b"abc".partition(b"x")', 'b"abc".rpartition(b"x")', 'b"abc".partition(b"")', 'bytearray(b"a.b").partition(b".")',
 'b"a b  c ".rsplit()', 'b"a b  c ".rsplit(None, 1)', 'b"  a b  c".rsplit(maxsplit=1)', 'b"a,b,c".rsplit(b",", 1)', 'b"a,b,c".rsplit(b",")', 'b"".rsplit()', 'b"".rsplit(b",")',
 'b"a\\nb\\r\\nc\\rd\\n".splitlines()', 'b"a\\nb\\r\\nc\\rd\\n".splitlines(True)', 'b"".splitlines()', 'b"\\n".splitlines(keepends=True)',
 'b"ab".center(7)', 'b"ab".center(6, b"*")', 'b"abc".center(6)', 'b"abc".center(8, b"-")', 'b"ab".ljust(5, b".")', 'b"ab".rjust(5)', 'b"ab".rjust(1)', 'b"ab".center(5, "x")', 'b"ab".center(5, b"xy")',
 'b"42".zfill(5)', 'b"-42".zfill(5)', 'b"+4".zfill(4)', 'b"abc".zfill(2)', 'b"".zfill(3)', 'b"aBc".swapcase()', 'b"hELLO world".capitalize()', 'b"a".partition("x")']
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
it = iter(b"ab")
print(type(it).__name__, type(iter(bytearray())).__name__, next(it), list(it))
d=b'\x01\x02\x03\x04\x05'
for a in [(':',), (':',2), (':',-2), (b'-',3), ('',), ('ab',), (1,), ('é',), (':',0), (':',10), (':',-10), (':', 1.5), (':', 10**20), (b'\xff',), (':', 4), (':', -4)]:
    try: print(a, d.hex(*a), b''.hex(*a), bytearray(b'\xab\xcd').hex(*a))
    except Exception as e: print(a, type(e).__name__, e)
print(d.hex(sep="_", bytes_per_sep=2))
