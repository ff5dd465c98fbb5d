# Colour conversions and HTML escaping as a small web-page generator would use them.
import colorsys
import html
from html import entities

for rgb in [(1.0, 0.0, 0.0), (0.2, 0.4, 0.4), (0.5, 0.5, 0.5), (0.9, 0.1, 0.6)]:
    h, l, s = colorsys.rgb_to_hls(*rgb)
    hv = colorsys.rgb_to_hsv(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print(rgb, (h, l, s), hv, yiq)
    print(colorsys.hls_to_rgb(h, l, s), colorsys.hsv_to_rgb(*hv), colorsys.yiq_to_rgb(*yiq))
for i in range(7):
    print(i, colorsys.hsv_to_rgb(i / 6, 0.75, 0.8))

text = '<a href="x?a=1&b=2">Tom\'s "page"</a>'
print(html.escape(text))
print(html.escape(text, quote=False))
print(html.unescape(html.escape(text)) == text)
for s in ['&amp;&lt;&gt;&quot;&#39;', '&copy 2024 &notit; &notin;', '&#x41;&#66;&#0;&#128;&#x110000;&#xd800;',
          '&#1;x&#65534;', 'no refs', '&unknown; & &amp', '&AMP;&Aacute;&aacute', '&#x2A;&#X2a;&#42']:
    print(repr(html.unescape(s)))
print(entities.name2codepoint['eacute'], entities.codepoint2name[0x3b1], entities.entitydefs['nbsp'] == '\xa0')
print(len(entities.html5), entities.html5['lt;'], entities.html5['NotNestedGreaterGreater;'] == '\u2aa2\u0338')
