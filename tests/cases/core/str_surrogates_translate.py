# str.translate and str.maketrans with lone surrogates as keys and values.
s = 'a\ud800b\udc80'
print(repr(s.translate({0xd800: 'X', ord('b'): 0xdfff, 0xdc80: None})))
print(repr('abc'.translate({ord('b'): '\udc01'})), repr('abc'.translate({ord('c'): 0xd801})))
t = str.maketrans('\ud800b', 'c\udc00', '\udc80')
print(sorted(t.items()))
print(repr(s.translate(t)), sorted(str.maketrans({'\udfff': 'y'}).items()))
