# Lone surrogates (U+D800..U+DFFF) in str: literals, chr/ord, repr, sequence
# operations, comparison and hashing, searching and the text methods, formatting.
import sys

hi = '\ud800'
lo = chr(0xdc80)
s = 'a' + hi + 'b' + lo
print(len(hi), len(s), ord(hi), hex(ord(lo)), ord(s[3]))
print(repr(hi), repr(lo), repr(s), ascii(s), str(s) == s)
print(repr('\udfff\U0001f600'), repr('é\ud800'), repr("it's\udc00"))

# indexing, slicing, iteration
print(repr(s[1]), repr(s[1:3]), repr(s[::-1]), repr(s[-1]), repr(s[::2]))
print([hex(ord(c)) for c in s], repr(list(s)), repr(tuple(reversed(s))))

# building strings
t = s
t += '\udfff'
print(repr(t), repr(hi * 3), repr(3 * lo + 'x'))
print(repr('-'.join([hi, 'x', lo])), repr(''.join(s)), repr(f'<{hi}>{s}'))

# equality, hashing, dict keys and sets
print(hi == '\ud800', hi == chr(0xd800), hi != lo, hi == '\ufffd', hi == '\U000f0000')
print('\ud800\udc00' == '\U00010000', len('\ud800\udc00'))
print(hash(hi) == hash(chr(0xd800)), hash(hi) != hash('\U000f0000'))
d = {hi: 1, lo: 2, '\U000f0000': 3}
print(d[chr(0xd800)], d['\udc80'], d['\U000f0000'], len(d))
print(len({hi, chr(0xd800), lo, '\udc80'}), sorted({s, hi}) == [hi, s])

# comparison is code-point order
print(hi < '\ue000', hi > '\ud7ff', '\udfff' < '\U00010000', '\U000f0000' > lo)
print([hex(ord(c)) for c in sorted(['\U00010000', '\uffff', '\udfff', '\ud800', 'z', '\ue000'])])
print(max(['\U000f0000', hi]) == '\U000f0000', min('\ud801', '\ud800') == hi)

# searching and the text methods
print(hi in s, '\U000f0000' in s, lo in s, 'b' + lo in s)
print(s.find(lo), s.index('b'), s.rfind(hi), s.count(hi), s.startswith('a' + hi), s.endswith(lo))
print(repr(s.replace(hi, '-')), repr(s.replace('b', lo)), repr(s.split(hi)), repr(s.rsplit('b', 1)))
print(repr(s.partition('b')), repr(s.rpartition(hi)), repr((hi + ' x ' + lo).split()))
print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.casefold()), repr(s.swapcase()))
print(repr(s.center(9, '*')), repr(hi.ljust(3, lo)), repr(s.zfill(6)), repr((' ' + hi + ' ').strip()))
print(repr(s.removeprefix('a')), repr(s.removesuffix(lo)), repr(s.strip('a' + lo)))
print(repr((hi + '\n' + lo).splitlines()), repr((hi + '\tx').expandtabs(4)))
print(repr(s.translate({ord('a'): 'A'})))
print(hi.isprintable(), s.isalpha(), s.isalnum(), hi.isidentifier(), hi.isspace(),
      hi.isdigit(), hi.isdecimal(), hi.isnumeric(), hi.islower(), hi.isupper(), hi.istitle(),
      hi.isascii())

# formatting
print(repr('%s|%r|%a|%5s' % (hi, hi, hi, lo)))
print(repr('{}|{!r}|{:>4}|{:*^5}'.format(hi, lo, hi, lo)), repr(format(hi, '<3')))
print(repr(f'{hi!r}{lo:>3}{s!a}'), repr('{0}{x}'.format(hi, x=lo)))

# sizes: one surrogate makes a UCS-2 string
print(sys.getsizeof(hi), sys.getsizeof(s), sys.getsizeof(hi + '\U0001f600'), sys.getsizeof(s * 10))
