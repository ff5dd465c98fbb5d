# unicodedata: name/lookup (aliases, CJK and Hangul names, unassigned code
# points), numeric, decomposition, normalize in all four forms (with the
# identity of already-normalized input) and is_normalized.
import unicodedata as u

for ch in 'aZ½\u00e9\u0301\uac00\u4e00\U0001F600\u2167\uff21\ufb01\u1e9b\u0387':
    print('%04X' % ord(ch), u.name(ch, '-'), u.numeric(ch, None), repr(u.decomposition(ch)))
print(u.name('\x00', 'none'), u.name('\U000E01EF'), u.name('\U00030000', 'cjk-ext-g?'))
print(u.name('\U0001FAE8', 'unassigned in 14'), u.name('\ue000', 'private'))
for nm in ('LATIN SMALL LETTER A', 'latin small letter sharp s', 'NULL', 'BYTE ORDER MARK',
           'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E01', b'DIGIT ONE'):
    print(repr(u.lookup(nm)))
for nm in ('NO SUCH THING', 'cjk unified ideograph-4e00', 'hangul syllable ga', 'x' * 300):
    try:
        u.lookup(nm)
    except KeyError as e:
        print('KeyError', str(e)[:60])
for args in (('a',), ('1', None), ('\u00bc',), ('\u5341',), ('\U0001D7D8',)):
    try:
        print(u.numeric(*args))
    except ValueError as e:
        print('ValueError', e)

samples = ['caf\u00e9', 'cafe\u0301', '\u1e9b\u0323', '\ufb01ne', '\u00c5\u212b\u0041\u030a',
           '\u1100\u1161\u11a8', '\uac00\u11a8', 'a\u0328\u0301\u0323', '\u0958',
           '\u2460\u00bd\u2167', 'x\u0316\u0300\u0301\u0316', 'plain ascii', '',
           '\u0b47\u0b3e', '\u1026\u102e', 'e\u0301\u0301', '\u00c7\u0301']
for s in samples:
    row = []
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        r = u.normalize(form, s)
        row.append('%s:%s%s%s' % (form, ascii(r), '=' if r is s else '',
                                  '' if u.is_normalized(form, s) == (r == s) else '!'))
    print(' '.join(row))
s = 'already normal text'
print(u.normalize('NFC', s) is s, u.normalize('NFKD', s) is s)
t = 'e\u0301'
print(u.normalize('NFD', t) is t, u.normalize('NFC', t) is t)
for bad in (('NFX', 'a'), (1, 'a'), ('NFC', 1)):
    try:
        u.normalize(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
