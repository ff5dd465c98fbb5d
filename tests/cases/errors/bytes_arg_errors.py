# Checks: argument errors of bytes methods and constructors, in CPython's order
# (start/end and maxsplit are converted before the needle/separator is checked,
# encoding/errors types before the codec lookup) and wording.
tests = [
    'b"abc".count()', 'b"abc".find()', 'b"abc".index(b"a", 1, 2, 3)', 'b"abc".startswith()',
    'b"abc".count(10**20)', 'b"abc".find(-1)', 'b"abc".count(b"a", 10**20)', 'b"abc".find(b"c", -10**20)',
    'b"abc".count(None, "x")', 'b"abc".find("s", slice(1, 2))', 'b"abc".startswith(1, None, 1.5)',
    'b"abc".split(b"", "x")', 'b"abc".split("s", 10**20)', 'b"abc".rsplit(1.5, [1])', 'b"abc".split(b"", 1)',
    'b"abc".decode(None)', 'b"abc".decode(b"x", 1)', 'b"abc".decode("nope", 1)', 'b"abc".decode("nope")',
    'b"".decode("nope")', 'b"\\xff".decode("ascii", "nope")', 'b"abc".decode("ascii", "nope")',
    'b"a\\nb".splitlines(b"x")', 'b"a\\nb".splitlines(10**20)', 'b"a\\nb".splitlines(True, 1)',
    'bytes.fromhex()', 'bytearray.fromhex("41", 1)', 'b"".join(5)', 'b"-".join([b"a", "b"])',
    'bytes(b"", b"")', 'bytes("a", None)', 'bytearray("a", "utf-8", 1)', 'bytes("a", "nope")',
    'bytes(errors="strict")', 'bytes(1, "utf-8")', 'str(b"", "nope")', 'str(b"a", "nope")',
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
