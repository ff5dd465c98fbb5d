# fnmatch over bytes (read as Latin-1), path-like names, and the errors for a mix
# of str and bytes (those of a regular-expression match).
import fnmatch
import pathlib

for a in [('test', b'*'), (b'test', '*'), (1, '*'), (b'Python', b'P*'),
          (bytearray(b'Px'), b'P?'), (b'\xe9t\xe9', b'?t?'), (pathlib.Path('a.py'), '*.py'),
          (b'a[b]c', b'a[[]b[]]c')]:
    for f in (fnmatch.fnmatch, fnmatch.fnmatchcase):
        try:
            print(f.__name__, f(*a))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for a in [(['test'], b'*'), ([b'test'], '*'), ([], b'*'), ([1], '*'),
          ([b'Python', b'Ruby', b'Perl'], b'P*'), (['a.py', 'b.c'], '*.py')]:
    try:
        print(fnmatch.filter(*a))
    except Exception as e:
        print(type(e).__name__, e)
