# Generates src/text/unicodedata_tables.rs from this machine's CPython 3.11
# `unicodedata` (the Unicode Character Database, 14.0.0): per-property runs of
# code points sharing one value. Run: python3 src/text/gen_unicodedata_tables.py
import unicodedata

def runs(f, step=False):
    # (first, last, value) runs; with `step`, value is the first code point's and
    # the run's values rise by one per code point (digit values).
    out = []
    cur = None
    for cp in range(0x110000):
        v = f(chr(cp))
        if cur is not None:
            a, b, w = cur
            want = (w + (cp - a)) if step and w is not None else w
            if v == want and b == cp - 1:
                cur = (a, cp, w)
                continue
            out.append(cur)
        cur = (cp, cp, v)
    out.append(cur)
    return out

def names(vals):
    return sorted(set(vals))

def emit(name, doc, rs, kinds=None, skip=None):
    print("/// %s" % doc)
    print("#[rustfmt::skip]")
    print("pub(crate) static %s: &[(u32, u32, u8)] = &[" % name)
    line = "   "
    for a, b, v in rs:
        if skip is not None and v == skip:
            continue
        code = kinds.index(v) if kinds is not None else v
        item = " (0x%x, 0x%x, %d)," % (a, b, code)
        if len(line) + len(item) > 99:
            print(line)
            line = "   "
        line += item
    if line.strip():
        print(line)
    print("];")
    print()

print("//! Unicode Character Database properties for `unicodedata` (Unicode %s)," % unicodedata.unidata_version)
print("//! generated from CPython 3.11's `unicodedata` by")
print("//! `python3 src/text/gen_unicodedata_tables.py`: sorted runs `(first, last, value)`")
print("//! of code points; a value is an index into the names list beside the table,")
print("//! or the property's number. Code points in no run have the default value.")
print()
print("pub(crate) const UNIDATA_VERSION: &str = \"%s\";" % unicodedata.unidata_version)
print()
for prop, fname, default in (('CATEGORY', unicodedata.category, 'Cn'),
                             ('BIDIRECTIONAL', unicodedata.bidirectional, ''),
                             ('EAST_ASIAN_WIDTH', unicodedata.east_asian_width, 'N')):
    kinds = names(fname(chr(c)) for c in range(0x110000))
    print("/// The `%s` values the table's third members index." % fname.__name__)
    print("pub(crate) static %s_NAMES: &[&str] = &[%s];" % (prop, ", ".join('"%s"' % k for k in kinds)))
    print("/// The default `%s` value (for code points in no run)." % fname.__name__)
    print("pub(crate) const %s_DEFAULT: u8 = %d;" % (prop, kinds.index(default)))
    print()
    emit(prop, "`unicodedata.%s` by runs." % fname.__name__, runs(fname), kinds, skip=default)
emit("COMBINING", "`unicodedata.combining` (canonical combining class) by runs; 0 elsewhere.",
     runs(unicodedata.combining), skip=0)
emit("MIRRORED", "`unicodedata.mirrored` by runs; 0 elsewhere.", runs(unicodedata.mirrored), skip=0)
emit("DIGIT", "`unicodedata.digit` by runs: the value is the first code point's, rising by one.",
     [r for r in runs(lambda c: unicodedata.digit(c, None), step=True) if r[2] is not None])
