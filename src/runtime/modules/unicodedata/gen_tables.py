# Generates src/runtime/modules/unicodedata/tables.rs from this machine's CPython
# 3.11 `unicodedata` (the Unicode Character Database, 14.0.0): numeric values,
# decomposition mappings and the primary composites normalization composes to.
# Run: python3 src/runtime/modules/unicodedata/gen_tables.py > \
#          src/runtime/modules/unicodedata/tables.rs
import unicodedata

assert unicodedata.unidata_version == "14.0.0"

print("//! Unicode Character Database data for `unicodedata.numeric`,")
print("//! `decomposition` and `normalize` (Unicode 14.0.0, as CPython 3.11), generated")
print("//! from CPython's `unicodedata` by `gen_tables.py` beside this file; do not edit.")
print()

numeric = []
decomp = []
composites = []
for cp in range(0x110000):
    c = chr(cp)
    v = unicodedata.numeric(c, None)
    if v is not None:
        numeric.append((cp, v))
    d = unicodedata.decomposition(c)
    if d:
        decomp.append((cp, d))
        parts = d.split()
        if not parts[0].startswith("<") and len(parts) == 2:
            # A canonical pair: a primary composite unless NFC leaves it
            # decomposed (the composition exclusions).
            if unicodedata.normalize("NFC", c) == c:
                composites.append(cp)


def emit(name, doc, typ, items, fmt):
    print("/// %s" % doc)
    print("#[rustfmt::skip]")
    print("pub(crate) static %s: &[%s] = &[" % (name, typ))
    line = "   "
    for it in items:
        item = " " + fmt(it) + ","
        if len(line) + len(item) > 99:
            print(line)
            line = "   "
        line += item
    if line.strip():
        print(line)
    print("];")
    print()


FORMS = ("NFC", "NFKC", "NFD", "NFKD")


def quick_check(c):
    # Each form's quick-check value for c (0 yes, 1 maybe, 2 no), 2 bits each
    # in FORMS order. CPython returns its argument itself when the quick check
    # says yes, so a fresh but equal result means "maybe" (single characters
    # below U+0100 are shared objects, but none of them is a "maybe").
    packed = 0
    for i, form in enumerate(FORMS):
        r = unicodedata.normalize(form, c)
        if r is c or (ord(c) < 0x100 and r == c):
            v = 0
        elif r == c:
            v = 1
        else:
            v = 2
        packed |= v << (2 * i)
    return packed


qc_runs = []
for cp in range(0x110000):
    c = chr(cp)
    if 0xD800 <= cp < 0xE000:
        v = 0
    else:
        v = quick_check(c)
    if qc_runs and qc_runs[-1][2] == v and qc_runs[-1][1] == cp - 1:
        qc_runs[-1] = (qc_runs[-1][0], cp, v)
    else:
        qc_runs.append((cp, cp, v))
qc_runs = [r for r in qc_runs if r[2]]

emit("NUMERIC", "`unicodedata.numeric` values by code point.", "(u32, f64)",
     numeric, lambda it: "(0x%x, %r)" % (it[0], float(it[1])))
emit("DECOMPOSITION", "`unicodedata.decomposition` strings by code point.",
     "(u32, &str)", decomp, lambda it: '(0x%x, "%s")' % it)
emit("COMPOSITES", "Code points NFC composes canonical pairs into.", "u32",
     composites, lambda cp: "0x%x" % cp)
emit("QUICK_CHECK", "Normalization quick-check runs `(first, last, packed)`: 2 bits per form "
     "(NFC, NFKC, NFD, NFKD from the low bits; 0 yes, 1 maybe, 2 no); yes elsewhere.",
     "(u32, u32, u8)", qc_runs, lambda r: "(0x%x, 0x%x, %d)" % r)
