# Identity and sizes of str method results: strip/lstrip/rstrip return the str
# itself when nothing is cut, the empty and one-character Latin-1 singletons for
# such results, new strs otherwise; ljust/rjust/center that add nothing return the
# str itself; case mappings always make a new str; join of short results.
import sys

s = 'abc'
print(s.strip() is s, s.lstrip() is s, s.rstrip() is s, s.strip('xyz') is s)
t = '  abc \t\n'
for r in (t.strip(), t.lstrip(), t.rstrip(), t.strip(' \t'), t.strip('\n')):
    print(repr(r), r is t, sys.getsizeof(r))
x, empty, e_acute = 'x', '', '\xe9'
print(' x '.strip() is x, '   '.strip() is empty, '\xe9 '.strip() is e_acute)
print(repr('\x1c\x1d a \x1f\x0b'.strip()), repr('\x85a\xa0'.strip()), repr('\u3000b\u2028'.strip()))
w = 'word!?'
print(w.strip('.,!?'), w.rstrip('!?') , w.lstrip('w'), w.strip('') is w, w.strip(None) is w)
print(repr('...'.strip('.')), repr('xx\u20acyy'.strip('xy')), sys.getsizeof('xx\u20acyy'.strip('xy')))
for m in (str.strip, str.lstrip, str.rstrip):
    try:
        m('a', 1)
    except TypeError as e:
        print(e)
class S(str):
    pass
u = S('abc')
print(type(u.strip()).__name__, u.strip() is u, type(u.ljust(2)).__name__, u.ljust(2) is u)

print(s.ljust(3) is s, s.rjust(2) is s, s.center(-1) is s, s.ljust(5, '*'), s.rjust(6, '\u20ac'), s.center(7, '-'))
print(sys.getsizeof(s.ljust(10)), sys.getsizeof(s.rjust(10, '\xe9')), repr('\xe9'.ljust(3)))

for m in (str.upper, str.lower, str.title, str.capitalize, str.swapcase, str.casefold):
    for v in ('abc', 'ABC', 'x', '', 'hello world-7', 'customer oslo 3x', '\xe9t\xe9', 'a' * 20):
        r = m(v)
        print(m.__name__, repr(r), r is v, r == v, sys.getsizeof(r))

print(repr(''.join(['ab', 'cd'])), repr(', '.join(['a', 'b', 'c'])), repr('-'.join(['x'])))
print(repr(''.join(['a', 'b'])), ''.join(['a', 'b']) is ''.join(['a', 'b']), repr(''.join(['\xe9'])))
print(sys.getsizeof(''.join(['ab', '\u20ac'])), sys.getsizeof('|'.join(['ab', 'cd', 'ef', 'gh', 'ij'])))
print(sys.getsizeof('\u20ac'.join([S('abc')])), sys.getsizeof('\u20ac'.join(['abc', 'd'])))
try:
    ''.join(['ab', 1, 'c'])
except TypeError as e:
    print(e)
print(repr(''.join(('a', 'bc', 'def', 'ghij'))), repr(' '.join(x for x in 'abc')))

for line in ('take the lamp', '  go   north  ', '', '   ', 'one', ' \t\n x\x1cy\x1fz \x0b'):
    parts = line.split()
    print(parts, [sys.getsizeof(p) for p in parts], line.split(None, 1), line.split(maxsplit=0))
one = 'alone'
print(one.split()[0] is one, ('  ' + one).split()[0] is one)
print(('a ' * 200).split()[-3:], len(('ab ' * 100).split()))

# split on one character: few pieces, many pieces, maxsplit, non-ASCII text.
for text in ('c.name', 'a|b|c', '', '.', 'x..y.', '\xe9.\u20ac.z', '.'.join('abcdefghijklmnopqrstuvwxyz')):
    for m in (-1, 0, 1, 2, 20):
        parts = text.split('.', m)
        print(repr(text), m, parts, [sys.getsizeof(p) for p in parts], sys.getsizeof(parts))
whole = 'nodots'
print(whole.split('.')[0] is whole, 'a.b'.split('.')[0] is 'a.b'.split('.')[0])
words = ' '.join('w%d' % i for i in range(40))
print(len(words.split()), words.split(None, 3)[-1][:12], len(words.split(maxsplit=20)))
print(' \xe9t\xe9  \u20ac '.split(), [sys.getsizeof(p) for p in ' \xe9t\xe9  \u20ac '.split()])
