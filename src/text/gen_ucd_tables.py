# Generates src/text/ucd_tables.rs from this machine's CPython
# 3.11 `unicodedata` (the Unicode Character Database, 14.0.0): numeric values,
# decomposition mappings and the primary composites normalization composes to.
# Run: python3 src/text/gen_ucd_tables.py > \
#          src/text/ucd_tables.rs
import unicodedata

assert unicodedata.unidata_version == "14.0.0"

print("//! Unicode Character Database data for `unicodedata.numeric`,")
print("//! `decomposition` and `normalize` (Unicode 14.0.0, as CPython 3.11), generated")
print("//! from CPython's `unicodedata` by `gen_ucd_tables.py` beside this file; do not edit.")

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
    print()
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

# `ucd_3_2_0`: where Unicode 3.2.0's value of a property differs from 14.0.0's,
# as runs `(first, last, old value)`; elsewhere the two agree.
old = unicodedata.ucd_3_2_0
assert old.unidata_version == "3.2.0"


def old_runs(prop, encode):
    runs = []
    for cp in range(0x110000):
        c = chr(cp)
        if prop in ("decimal", "digit", "numeric"):
            a, b = getattr(old, prop)(c, None), getattr(unicodedata, prop)(c, None)
        else:
            a, b = getattr(old, prop)(c), getattr(unicodedata, prop)(c)
        if a == b and type(a) is type(b):
            continue
        v = encode(a)
        if runs and runs[-1][2] == v and runs[-1][1] == cp - 1:
            runs[-1] = (runs[-1][0], cp, v)
        else:
            runs.append((cp, cp, v))
    return runs


def text(v):
    return '"%s"' % v


def small(v):
    return str(-1 if v is None else v)


def real(v):
    return "f64::NAN" if v is None else repr(float(v))


for name, prop, typ, enc in (
        ("OLD_CATEGORY", "category", "&str", text),
        ("OLD_BIDIRECTIONAL", "bidirectional", "&str", text),
        ("OLD_EAST_ASIAN_WIDTH", "east_asian_width", "&str", text),
        ("OLD_MIRRORED", "mirrored", "i8", small),
        ("OLD_COMBINING", "combining", "i16", small),
        ("OLD_DECOMPOSITION", "decomposition", "&str", text),
        ("OLD_DECIMAL", "decimal", "i8", small),
        ("OLD_DIGIT", "digit", "i8", small),
        ("OLD_NUMERIC", "numeric", "f64", real)):
    none = " (%s: none)" % enc(None) if prop in ("decimal", "digit", "numeric") else ""
    emit(name, "Unicode 3.2.0's `%s` where it differs%s." % (prop, none),
         "(u32, u32, %s)" % typ, old_runs(prop, enc), lambda r: "(0x%x, 0x%x, %s)" % r)

# The decompositions `ucd_3_2_0.normalize` corrects back to 3.2.0's (CPython's
# normalization_3_2_0), found where its NFD of a 3.2.0 character differs.
corrections = []
for cp in range(0x110000):
    c = chr(cp)
    if 0xD800 <= cp < 0xE000 or old.category(c) == "Cn":
        continue
    d = old.normalize("NFD", c)
    if d != unicodedata.normalize("NFD", c):
        assert len(d) == 1
        corrections.append((cp, ord(d)))
emit("OLD_NORMALIZATION", "The canonical singleton mappings `ucd_3_2_0.normalize` uses instead.",
     "(u32, u32)", corrections, lambda r: "(0x%x, 0x%x)" % r)
