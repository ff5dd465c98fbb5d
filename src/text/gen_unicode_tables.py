import sys, unicodedata
def ranges(pred):
    out=[]; start=None
    for cp in range(0x110000):
        c=chr(cp)
        ok=pred(c)
        if ok and start is None: start=cp
        if not ok and start is not None: out.append((start,cp-1)); start=None
    if start is not None: out.append((start,0x10ffff))
    return out
tables = {
 'NOT_PRINTABLE': lambda c: not c.isprintable(),
 'ALPHA': str.isalpha,
 'DECIMAL': str.isdecimal,
 'DIGIT': str.isdigit,
 'NUMERIC': str.isnumeric,
 'ID_START': lambda c: c.isidentifier(),
 'ID_CONTINUE': lambda c: ('a'+c).isidentifier(),
 'LOWER': str.islower,
 'UPPER': str.isupper,
 'TITLE': lambda c: unicodedata.category(c) == 'Lt',
 # Unicode Case_Ignorable (used by the final-sigma rule): Mn Me Cf Lm Sk plus
 # Word_Break MidLetter / MidNumLet / Single_Quote.
 'CASE_IGNORABLE': lambda c: unicodedata.category(c) in ('Mn', 'Me', 'Cf', 'Lm', 'Sk')
     or c in "'.:\u00b7\u0387\u055f\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a",
}
print("//! Unicode property tables generated from CPython 3.11's `str.is*` methods")
print("//! (Objects/unicodectype.c, Unicode %s), so the predicates agree exactly with" % unicodedata.unidata_version)
print("//! `python3` on this machine. Regenerate with `python3 src/text/gen_unicode_tables.py`")
print("//! if the target CPython version changes. Each table is a sorted list of")
print("//! inclusive code point ranges.")
print()
for name,p in tables.items():
    r=ranges(p)
    print("#[rustfmt::skip]")
    print("pub(crate) static %s: &[(u32, u32)] = &[" % name)
    line="   "
    for a,b in r:
        item=" (0x%x, 0x%x)," % (a,b)
        if len(line)+len(item)>99: print(line); line="   "
        line+=item
    print(line)
    print("];")
    print()
print('''/// Binary search `c` in a sorted table of inclusive ranges.
pub(crate) fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}''')

def esc(s):
    return ''.join('\\u{%x}' % ord(ch) for ch in s)

def pairs(name, f, doc):
    items = [(cp, f(chr(cp))) for cp in range(0x110000) if 0xd800 > cp or cp > 0xdfff]
    print("/// %s" % doc)
    print("#[rustfmt::skip]")
    print("pub(crate) static %s: &[(char, &str)] = &[" % name)
    for cp, v in items:
        if v is not None:
            print('    (\'\\u{%x}\', "%s"),' % (cp, esc(v)))
    print("];")
    print()

pairs('UPPER_MAP', lambda c: c.upper() if c.upper() != c else None,
      "Full uppercase mapping of every character that changes under `upper()`.")
pairs('LOWER_MAP', lambda c: c.lower() if c.lower() != c else None,
      "Full lowercase mapping of every character that changes under `lower()` (final sigma aside).")
pairs('CASEFOLD_SPECIAL', lambda c: c.casefold() if c.casefold() != c.lower() else None,
      "Characters whose `casefold()` differs from `lower()`, with the folding.")
pairs('TITLE_SPECIAL', lambda c: c.title() if c.title() != c.upper() else None,
      "Characters whose titlecase mapping differs from `upper()`, with the titlecase.")
print('''/// The start of the range of `table` containing `c`, if any.
pub(crate) fn ranges_start(table: &[(u32, u32)], c: char) -> Option<u32> {
    let cp = c as u32;
    let i = table.partition_point(|&(_, hi)| hi < cp);
    table.get(i).filter(|&&(lo, _)| lo <= cp).map(|&(lo, _)| lo)
}

/// Look `c` up in a sorted `(char, mapping)` table.
pub(crate) fn lookup_special(table: &[(char, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}''')
