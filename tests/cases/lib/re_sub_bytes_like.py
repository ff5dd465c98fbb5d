# re.sub / subn with a bytes-like template (bytearray, memoryview) for a bytes
# pattern: a literal template is read as bytes and the result is exact bytes; a
# bytearray template with escapes is refused as CPython's template cache does.
import re
for repl in (b'a', bytearray(b'a'), memoryview(b'a')):
    for subject in (b'xyz', bytearray(b'xyz'), memoryview(b'xyz')):
        r = re.sub(b'(y)', repl, subject)
        print(type(r).__name__, r, re.subn(b'(y)', repl, subject))
print(re.sub(b'(y)', memoryview(b'[\\1]'), b'xyz'))
try:
    re.sub(b'y', bytearray(b'\\0'), b'xyz')
except TypeError as e:
    print('TypeError:', e)
try:
    re.sub(b'y', 5, b'xyz')
except TypeError as e:
    print('TypeError:', e)
