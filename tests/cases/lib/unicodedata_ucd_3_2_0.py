# unicodedata.ucd_3_2_0: the Unicode 3.2.0 view (properties that changed since,
# characters 3.2.0 did not assign, names and lookup without aliases, normalize
# always building a new string) and the UCD type.
import unicodedata

old = unicodedata.ucd_3_2_0
print(old.unidata_version, unicodedata.unidata_version, type(old).__name__,
      type(old).__module__, isinstance(old, unicodedata.UCD))
for ch in '\u231a\u0f3a\u3301\uf951\u20b9\u0221\u1f600\U0001F600\u00bd\u0e4f\u0bf1A':
    print('%04X' % ord(ch), old.category(ch), old.bidirectional(ch), old.east_asian_width(ch),
          old.mirrored(ch), old.combining(ch), repr(old.decomposition(ch)),
          old.numeric(ch, None), old.decimal(ch, None), old.digit(ch, None),
          old.name(ch, None))
print(old.lookup('LATIN SMALL LETTER A'), unicodedata.lookup('BYTE ORDER MARK') == '\ufeff')
for nm in ('BYTE ORDER MARK', 'INDIAN RUPEE SIGN', 'NO SUCH NAME'):
    try:
        print(old.lookup(nm))
    except KeyError as e:
        print('KeyError', e)
s = 'abc'
print(old.normalize('NFC', s) == s, old.normalize('NFC', s) is s, old.is_normalized('NFC', s))
print(ascii(old.normalize('NFD', '\u00e9\uac00')), ascii(old.normalize('NFKC', '\ufb01\u2460')))
try:
    unicodedata.UCD()
except TypeError as e:
    print('TypeError', e)
try:
    old.category(1)
except TypeError as e:
    print('TypeError', e)
