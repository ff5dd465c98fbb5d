# unicodedata's carried properties (category, bidirectional, east_asian_width,
# combining, mirrored, digit, decimal) over sample code points and a checksum
# over every code point, plus the argument errors.
import unicodedata

print(unicodedata.unidata_version)
for c in 'aZ5 \t\u00e9\u0301\u0661\u00b2\u2167\u4e00\uff21\u200f(\U0001f600\U000e0001\ud800\ue000\U0010ffff':
    print(ascii(c), unicodedata.category(c), unicodedata.bidirectional(c),
          unicodedata.east_asian_width(c), unicodedata.combining(c),
          unicodedata.mirrored(c), unicodedata.digit(c, None), unicodedata.decimal(c, None))
h = 0
for cp in range(0, 0x110000, 3):
    c = chr(cp)
    for s in (unicodedata.category(c), unicodedata.bidirectional(c), unicodedata.east_asian_width(c)):
        for ch in s:
            h = (h * 31 + ord(ch)) % 1000000007
    h = (h * 31 + unicodedata.combining(c) + 3 * unicodedata.mirrored(c)
         + 7 * unicodedata.digit(c, -1) + 11 * unicodedata.decimal(c, -1)) % 1000000007
print(h)
for f in (lambda: unicodedata.category('ab'), lambda: unicodedata.category(1),
          lambda: unicodedata.category(), lambda: unicodedata.digit('a'),
          lambda: unicodedata.decimal('\u00b2'), lambda: unicodedata.digit(),
          lambda: unicodedata.digit('', 1), lambda: unicodedata.mirrored(b'a')):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
