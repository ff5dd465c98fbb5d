import re
bad = ['(', ')', 'a)', '[a', 'a**', '*a', 'a{3,2}', r'\q', '(?P<1>a)', '(?P<a>x)(?P<a>y)', r'(?P=zz)',
       '(?<a)', '(?z)', r'\2(a)', '(?<=a+)b', r'[z-a]', 'a\\', r'(?P<a', '(?#abc', '(?i', r'\x4', r'[\d-z]',
       '(?P', 'x{2}{3}', '(?i)(?x)', 'a(?i)b', '(?-i)', r'\777', '((a)', '(?(2)a|b)', 'a|*', r'(a)\2', r'\u12', '(?<=(a)\\1)b',
       '^*', 'a\n(', '(?P<a-b>x)', '(?Px)', '(?(1a)x)', '(?(0)x)', r'(?P<n>a)(?(n)b|c|d)']
for p in bad:
    try:
        re.compile(p)
        print('ok', repr(p))
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), 'other', type(e).__name__, e)
for t in [r'\5', r'\g<x>', r'\g<1', r'\g<>', r'\g', r'\q', '\\', r'\g<-1>']:
    try:
        print(re.sub('(a)', t, 'a'))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
for f in [lambda: re.match('a', 5), lambda: re.match(b'a', 'a'), lambda: re.match('a', b'a'),
          lambda: re.compile(re.compile('a'), re.I), lambda: re.compile(5), lambda: re.match('a', 'a').group(3),
          lambda: re.match('a', 'a').group('x'), lambda: re.sub('a', 5, 'a'), lambda: re.sub('a', lambda m: 5, 'a'),
          lambda: re.compile('a', re.L), lambda: re.compile(b'a', re.U), lambda: re.compile('a{99999999999}')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.compile('(')
except re.error as e:
    print(type(e), type(e).__mro__[1])
print(type(re.match('a', 'a')), type(re.compile('x')))
