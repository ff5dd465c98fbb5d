# Lone surrogates from the front end (escapes in plain, adjacent and f-string
# literals, defaults, match patterns) and from %c / {:c} of their code points.
x = 5
print(repr(f'\ud800{x}\udc00'), repr('a' '\ud800' "b"), repr(f'{x}' '\udfff'))
print(repr('\ud800' + 'x'), repr('\ud800' * 2), repr(r'\ud800'), repr(b'\ud800'))
print(repr('''\udbff
\U0001f600'''), repr('\N{LATIN SMALL LETTER E WITH ACUTE}\udc00'))
match '\ud800':
    case '\udc00':
        print('wrong')
    case '\ud800':
        print('matched')

def f(a='\udc80'):
    return a

print(repr(f()), f.__defaults__, f.__code__.co_consts.count('\ud800'))
print(repr(str('\ud800')), repr('\ud800'.__repr__()))
print(repr(' '.join(['\ud800'] * 3)), repr('\ud800'.join('ab')))
print(repr('\ud800'[0:1]), repr(chr(0xd800) + chr(0xdc00)))
print('\U00010000'.encode('utf-16-le') == '\ud800\udc00'.encode('utf-16-le', 'surrogatepass'))
print(repr(''.join(reversed('a\ud800'))), repr(sorted('\udfff\ud800a')))
print(repr(('\ud800', '\udc80')), repr({'\ud800': '\udc80'}), repr(['\udfff']))
print(repr(format(0xd800, 'c')), repr(f'{0xdc80:c}'), repr('{:c}'.format(0xdfff)))
print(repr('%c' % 0xd800), repr('%-3c|' % 0xdc80), repr('%c' % '\udc01'))
print(repr('%s' % ('\ud800',)), repr('%(a)s' % {'a': '\udc80'}), repr('%s%s' % ('\ud800', 1)))
