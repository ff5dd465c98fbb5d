# stat: the st_mode constants and field indexes, the S_IS* predicates and S_IMODE /
# S_IFMT over every file type and the set-id/sticky bits, filemode() (including '?'
# for an unknown type), and the errors for a non-integer or negative mode.
import stat, os
for n in sorted(n for n in dir(stat) if not n.startswith('_')):
    v = getattr(stat, n)
    if isinstance(v, int):
        print(n, v)
tests = (stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO,
         stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT)
for m in [0o100644, 0o040755, 0o120777, 0o020666, 0o060660, 0o010600, 0o140755,
          0o104755, 0o102755, 0o101755, 0o104644, 0o102644, 0o101644, 0, 0o7777,
          0o170000 | 0o7777, 0o777]:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m),
          [int(f(m)) for f in tests])
st = os.stat('.')
print(stat.S_ISDIR(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]), stat.S_ISREG(st.st_mode))
for bad in ['x', None, 1.5, -1]:
    for f in (stat.filemode, stat.S_IMODE, stat.S_IFMT, stat.S_ISDIR):
        try:
            print(f(bad))
        except (TypeError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
print(stat.S_ISDIR.__name__, stat.filemode.__name__)
